#include "HistoryPanel.h"

#include "EntryListView.h"
#include "ResultModel.h"
#include "core/UserStore.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace sipref {

namespace {
// What the panel lists; the store keeps more for its own limit.
constexpr int kShown = 100;
} // namespace

HistoryPanel::HistoryPanel(UserStore &userStore, const ContentStore &content, QWidget *parent)
    : QWidget(parent), m_userStore(userStore), m_content(content), m_view(new EntryListView(this)),
      m_empty(new QLabel(this)) {
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_view, 1);
  layout->addWidget(m_empty);
  layout->addStretch(0);

  m_view->setOpenOnClick(true);
  connect(m_view, &EntryListView::entryRequested, this, &HistoryPanel::entryRequested);
  connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
    QMenu menu(this);
    menu.addAction(tr("Clear history"), this, [this] { m_userStore.clearHistory(); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
  });
  m_empty->setWordWrap(true);
  m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  m_empty->setForegroundRole(QPalette::PlaceholderText);

  connect(&m_userStore, &UserStore::historyChanged, this, &HistoryPanel::refresh);
  connect(&m_userStore, &UserStore::dataReset, this, &HistoryPanel::refresh);
  retranslateUi();
  refresh();
}

HistoryPanel::~HistoryPanel() = default;

QString HistoryPanel::title() {
  return tr("History");
}

QListView *HistoryPanel::view() const {
  return m_view;
}

void HistoryPanel::setLanguage(Language language) {
  m_language = language;
  refresh();
}

QList<EntryRef> HistoryPanel::entries() const {
  return m_view->entries()->refs();
}

void HistoryPanel::refresh() {
  QList<EntryRef> refs;
  for (const Visit &visit : m_userStore.history(kShown))
    refs << visit.ref;
  m_view->setEntries(m_content, refs, m_language);
  const bool empty = refs.isEmpty();
  m_view->setVisible(!empty);
  m_empty->setVisible(empty);
}

void HistoryPanel::retranslateUi() {
  m_empty->setText(tr("Codes you open or stay on are listed here, newest first."));
  m_view->setAccessibleName(title());
}

void HistoryPanel::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    refresh(); // "Warning 399", "Cause 17" are translated labels
  }
  QWidget::changeEvent(event);
}

} // namespace sipref
