#include "NotesPanel.h"

#include "core/UserStore.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sipref {

NotesPanel::NotesPanel(UserStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_title(new QLabel(this)), m_editor(new QPlainTextEdit(this)),
      m_status(new QLabel(this)) {
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  QFont bold = m_title->font();
  bold.setBold(true);
  m_title->setFont(bold);
  m_editor->setTabChangesFocus(true);
  m_editor->installEventFilter(this);
  m_status->setWordWrap(true);
  m_status->setForegroundRole(QPalette::PlaceholderText);
  layout->addWidget(m_title);
  layout->addWidget(m_editor, 1);
  layout->addWidget(m_status);

  m_saveTimer.setSingleShot(true);
  m_saveTimer.setInterval(kSaveDelayMs);
  connect(&m_saveTimer, &QTimer::timeout, this, &NotesPanel::saveNow);
  connect(m_editor, &QPlainTextEdit::textChanged, this, &NotesPanel::textEdited);
  connect(&m_store, &UserStore::noteChanged, this, [this](const EntryRef &ref) {
    if (ref == m_ref && !m_dirty)
      reload();
  });
  connect(&m_store, &UserStore::dataReset, this, [this] {
    if (!m_dirty)
      reload();
  });

  retranslateUi();
  setEntry({});
}

NotesPanel::~NotesPanel() {
  saveNow();
}

void NotesPanel::setEntry(const EntryRef &ref, const QString &label) {
  saveNow();
  m_ref = ref;
  m_label = label.isEmpty() && ref.isValid() ? ref.toString() : label;
  m_saveError.clear();
  m_editor->setEnabled(ref.isValid());
  reload();
  retranslateUi();
}

void NotesPanel::reload() {
  m_loading = true;
  const QString text = m_ref.isValid() ? m_store.note(m_ref) : QString();
  if (m_editor->toPlainText() != text) {
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End); // notes grow at the end
  }
  m_loading = false;
  m_dirty = false;
  updateStatus();
}

void NotesPanel::textEdited() {
  if (m_loading || !m_ref.isValid())
    return;
  m_dirty = true;
  m_saveTimer.start(); // restarts: saves once typing pauses
  updateStatus();
}

bool NotesPanel::saveNow() {
  m_saveTimer.stop();
  if (!m_dirty || !m_ref.isValid())
    return true;
  if (!m_store.setNote(m_ref, m_editor->toPlainText())) {
    // Keep m_dirty: the next pause or focus change tries again.
    m_saveError = m_store.errorString();
    updateStatus();
    return false;
  }
  m_dirty = false;
  m_saveError.clear();
  updateStatus();
  emit noteSaved(m_ref);
  return true;
}

void NotesPanel::updateStatus() {
  QString status;
  if (!m_saveError.isEmpty())
    status = tr("Not saved: %1").arg(m_saveError);
  else if (!m_ref.isValid())
    status.clear();
  else if (!m_store.isPersistent())
    status = tr("Kept until SipRef closes: your notes cannot be saved to disk.");
  else if (m_dirty)
    status = tr("Saving…");
  else if (!m_editor->toPlainText().trimmed().isEmpty())
    status = tr("Saved");
  m_status->setText(status);
  m_status->setVisible(!status.isEmpty());
}

void NotesPanel::retranslateUi() {
  m_title->setText(m_ref.isValid() ? tr("My note on %1").arg(m_label) : tr("My note"));
  m_editor->setPlaceholderText(
      m_ref.isValid() ? tr("Write what you learned about this code: your own words, the calls you "
                           "saw it on. Saved as you type.")
                      : tr("Open a code to write a note on it."));
  m_editor->setAccessibleName(tr("Note"));
  updateStatus();
}

void NotesPanel::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void NotesPanel::hideEvent(QHideEvent *event) {
  saveNow();
  QWidget::hideEvent(event);
}

bool NotesPanel::eventFilter(QObject *watched, QEvent *event) {
  if (watched == m_editor && event->type() == QEvent::FocusOut)
    saveNow();
  return QWidget::eventFilter(watched, event);
}

} // namespace sipref
