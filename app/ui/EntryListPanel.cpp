#include "EntryListPanel.h"

#include "EntryListView.h"
#include "ResultModel.h"
#include "core/UserStore.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace sipref {

EntryListPanel::EntryListPanel(UserStore &userStore, const ContentStore &content, QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this)), m_userStore(userStore),
      m_view(new EntryListView(this)), m_empty(new QLabel(this)), m_content(content) {
  m_layout->setContentsMargins(0, 0, 0, 0);
  m_layout->addWidget(m_view, 1);
  m_layout->addWidget(m_empty);
  m_layout->addStretch(0);
  m_empty->setWordWrap(true);
  m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  m_empty->setForegroundRole(QPalette::PlaceholderText);
  connect(m_view, &EntryListView::entryRequested, this, &EntryListPanel::entryRequested);
  connect(&m_userStore, &UserStore::dataReset, this, [this] { refresh(); });
}

EntryListPanel::~EntryListPanel() = default;

void EntryListPanel::setLanguage(Language language) {
  m_language = language;
  refresh();
}

QList<EntryRef> EntryListPanel::entries() const {
  ensureListed();
  return m_view->entries()->refs();
}

QListView *EntryListPanel::view() const {
  ensureListed();
  return m_view;
}

void EntryListPanel::refresh() {
  m_stale = true;
  if (!(isHidden() && !isWindow()))
    list();
}

void EntryListPanel::ensureListed() const {
  if (m_stale)
    list();
}

void EntryListPanel::list() const {
  m_stale = false;
  m_view->setEntries(m_content, listedEntries(), m_language);
  const bool empty = m_view->entries()->rowCount() == 0;
  m_view->setVisible(!empty);
  m_empty->setVisible(empty);
}

void EntryListPanel::setEmptyText(const QString &text) {
  m_emptyText = text;
  if (isVisible())
    m_empty->setText(text);
}

void EntryListPanel::showEvent(QShowEvent *event) {
  ensureListed();
  if (m_empty->text() != m_emptyText)
    m_empty->setText(m_emptyText);
  QWidget::showEvent(event);
}

void EntryListPanel::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    refresh(); // "Warning 399", "Cause 17" are translated labels
  }
  QWidget::changeEvent(event);
}

} // namespace sipref
