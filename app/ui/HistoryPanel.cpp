#include "HistoryPanel.h"

#include "EntryListView.h"
#include "core/UserStore.h"

#include <QLabel>
#include <QMenu>

namespace sipref {

namespace {
// What the panel lists; the store keeps more for its own limit.
constexpr int kShown = 100;
} // namespace

HistoryPanel::HistoryPanel(UserStore &userStore, const ContentStore &content, QWidget *parent)
    : EntryListPanel(userStore, content, parent) {
  m_view->setOpenOnClick(true);
  connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
    QMenu menu(this);
    menu.addAction(tr("Clear history"), this, [this] { m_userStore.clearHistory(); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
  });
  connect(&m_userStore, &UserStore::historyChanged, this, &HistoryPanel::refresh);
  retranslateUi();
}

HistoryPanel::~HistoryPanel() = default;

QString HistoryPanel::title() {
  return tr("History");
}

QList<EntryRef> HistoryPanel::listedEntries() const {
  QList<EntryRef> refs;
  for (const Visit &visit : m_userStore.history(kShown))
    refs << visit.ref;
  return refs;
}

void HistoryPanel::retranslateUi() {
  setEmptyText(tr("Codes you open or stay on are listed here, newest first."));
  m_view->setAccessibleName(title());
}

} // namespace sipref
