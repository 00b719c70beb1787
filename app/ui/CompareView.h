#pragma once

#include "core/ContentStore.h"
#include "core/PageRenderer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;
class QTextBrowser;

namespace sipref {

/// Two codes side by side: a picker at the top of each column, a swap
/// button, and the aligned comparison page below.
class CompareView final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CompareView)

public:
  CompareView(const ContentStore &store, QWidget *parent = nullptr);

  void setLanguage(Language language);
  void setPair(const EntryRef &left, const EntryRef &right);
  EntryRef left() const { return m_left; }
  EntryRef right() const { return m_right; }
  QTextBrowser *browser() const { return m_browser; }
  QComboBox *leftPicker() const { return m_leftPicker; }
  QComboBox *rightPicker() const { return m_rightPicker; }
  void swap();
  /// Re-renders with the palette's colours (after a theme change).
  void refresh();

signals:
  void pairChanged(const sipref::EntryRef &left, const sipref::EntryRef &right);
  void linkActivated(const QUrl &url);

protected:
  void changeEvent(QEvent *event) override;
  void showEvent(QShowEvent *event) override;

private:
  void retranslateUi();
  void fillPickers();
  void selectInPicker(QComboBox *picker, const EntryRef &ref);
  void pickerChosen();
  void pickerEntered(QComboBox *picker);
  PageColors pageColors() const;

  const ContentStore &m_store;
  Language m_language = Language::English;
  EntryRef m_left;
  EntryRef m_right;
  QComboBox *m_leftPicker;
  QComboBox *m_rightPicker;
  QToolButton *m_swap;
  QTextBrowser *m_browser;
  bool m_filling = false;
  bool m_pickersFilled = false;
};

} // namespace sipref
