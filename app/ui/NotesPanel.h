#pragma once

#include "core/Registry.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace sipref {

class UserStore;

/// The user's own plain-text note on the code shown, under the code page.
///
/// Saved as you type: a pause of kSaveDelayMs in typing saves, and so do
/// leaving the editor, switching to another code, hiding the panel and
/// destroying it, so nothing typed is left unsaved. Each save is one
/// UserStore transaction. A note changed elsewhere (an import) is reloaded
/// unless the user is typing in it.
class NotesPanel final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(NotesPanel)

public:
  /// The pause in typing after which the note is saved.
  static constexpr int kSaveDelayMs = 300;

  explicit NotesPanel(UserStore &store, QWidget *parent = nullptr);
  ~NotesPanel() override;

  /// Shows the note on `ref` (saving the one being edited first).
  /// `label` names the code in the heading, e.g. "486 Busy Here"; an
  /// invalid ref disables the editor.
  void setEntry(const EntryRef &ref, const QString &label = {});
  EntryRef entry() const { return m_ref; }
  /// Saves what is typed now if it is not saved yet. False when the save failed.
  bool saveNow();
  bool hasUnsavedChanges() const { return m_dirty; }

  QPlainTextEdit *editor() const { return m_editor; }
  QLabel *statusLabel() const { return m_status; }

signals:
  void noteSaved(const sipref::EntryRef &ref);

protected:
  void changeEvent(QEvent *event) override;
  void hideEvent(QHideEvent *event) override;
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void textEdited();
  void reload();
  void retranslateUi();
  void updateStatus();

  UserStore &m_store;
  EntryRef m_ref;
  QString m_label;
  QLabel *m_title;
  QPlainTextEdit *m_editor;
  QLabel *m_status;
  QTimer m_saveTimer;
  QString m_saveError;
  bool m_dirty = false;
  bool m_loading = false;
};

} // namespace sipref
