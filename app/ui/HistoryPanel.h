#pragma once

#include "core/Registry.h"

#include <QWidget>

class QLabel;
class QListView;

namespace sipref {

class ContentStore;
class EntryListView;
class UserStore;

/// The codes the user opened or stayed on, newest first, for the sidebar:
/// the same list model and delegate as the search results, following the
/// UserStore's history. Activating a row (Enter, click) emits entryRequested;
/// "Clear history" is in the context menu.
class HistoryPanel final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
  HistoryPanel(UserStore &userStore, const ContentStore &content, QWidget *parent = nullptr);
  ~HistoryPanel() override;

  /// What the panel is called, on its tab and to assistive tools.
  static QString title();

  /// The language of the titles in the list.
  void setLanguage(Language language);
  /// The codes in the order listed, newest first.
  QList<EntryRef> entries() const;
  QListView *view() const;

signals:
  void entryRequested(const sipref::EntryRef &ref);

protected:
  void changeEvent(QEvent *event) override;

private:
  void refresh();
  void retranslateUi();

  UserStore &m_userStore;
  const ContentStore &m_content;
  Language m_language = Language::English;
  EntryListView *m_view;
  QLabel *m_empty;
};

} // namespace sipref
