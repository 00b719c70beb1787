#include "BookmarksPanel.h"

#include "EntryListView.h"
#include "ResultModel.h"
#include "core/UserStore.h"
#include "core/Vocabulary.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace sipref {

BookmarksPanel::BookmarksPanel(UserStore &userStore, const ContentStore &content, QWidget *parent)
    : EntryListPanel(userStore, content, parent), m_heading(new QLabel(this)),
      m_starButton(new QToolButton(this)), m_starAction(new QAction(this)),
      m_removeAction(new QAction(this)) {
  auto *top = new QHBoxLayout;
  QFont bold = m_heading->font();
  bold.setBold(true);
  m_heading->setFont(bold);
  top->addWidget(m_heading, 1);
  top->addWidget(m_starButton);
  m_layout->insertLayout(0, top);

  m_starAction->setCheckable(true);
  m_starAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
  m_starAction->setShortcutContext(Qt::WindowShortcut);
  m_starButton->setDefaultAction(m_starAction);
  m_starButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
  connect(m_starAction, &QAction::triggered, this, &BookmarksPanel::toggleStar);
  connect(m_removeAction, &QAction::triggered, this, &BookmarksPanel::removeSelected);

  m_view->installEventFilter(this);
  connect(m_view, &QListView::customContextMenuRequested, this, &BookmarksPanel::showContextMenu);
  connect(&m_userStore, &UserStore::bookmarkChanged, this, [this] { refresh(); });

  retranslateUi();
  updateStarAction();
}

BookmarksPanel::~BookmarksPanel() = default;

QString BookmarksPanel::title() {
  return tr("Bookmarks");
}

QAbstractItemModel *BookmarksPanel::model() const {
  ensureListed();
  return m_view->entries();
}

QList<EntryRef> BookmarksPanel::listedEntries() const {
  return m_userStore.bookmarkedRefs();
}

void BookmarksPanel::setCurrentEntry(const EntryRef &ref) {
  m_current = ref;
  updateStarAction();
}

void BookmarksPanel::toggleStar(bool starred) {
  if (!m_current.isValid())
    return;
  if (!m_userStore.setBookmarked(m_current, starred)) {
    setEmptyText(tr("The star could not be saved: %1").arg(m_userStore.errorString()));
    m_empty->setVisible(true);
  }
  updateStarAction();
}

void BookmarksPanel::removeSelected() {
  if (const EntryRef ref = m_view->currentEntry(); ref.isValid())
    m_userStore.setBookmarked(ref, false);
}

void BookmarksPanel::showContextMenu(const QPoint &pos) {
  const QModelIndex index = m_view->indexAt(pos);
  if (!index.isValid())
    return;
  m_view->setCurrentIndex(index);
  QMenu menu(this);
  menu.addAction(m_removeAction);
  menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void BookmarksPanel::refresh() {
  EntryListPanel::refresh();
  updateStarAction();
}

void BookmarksPanel::updateStarAction() {
  const bool valid = m_current.isValid();
  const bool starred = valid && m_userStore.isBookmarked(m_current);
  m_starAction->setEnabled(valid);
  m_starAction->setChecked(starred);
  // ★ / ☆ read at a glance in both languages on the buttons; menus and
  // tooltips say it in words.
  m_starAction->setIconText(starred ? QStringLiteral("★") : QStringLiteral("☆"));
  const QString code = valid ? Vocabulary::codeLabel(m_current) : QString();
  m_starAction->setText(valid ? tr("Star %1").arg(code) : tr("Star this code"));
  m_starAction->setToolTip(!valid    ? tr("Open a code to star it (Ctrl+B)")
                           : starred ? tr("Remove the star from %1 (Ctrl+B)").arg(code)
                                     : tr("Star %1: keep it in Bookmarks (Ctrl+B)").arg(code));
  m_starAction->setStatusTip(m_starAction->toolTip());
}

void BookmarksPanel::retranslateUi() {
  m_heading->setText(title());
  setEmptyText(tr("No bookmarks yet. Star a code (☆) to keep it here."));
  m_removeAction->setText(tr("Remove star"));
  m_view->setAccessibleName(title());
  updateStarAction();
}

bool BookmarksPanel::eventFilter(QObject *watched, QEvent *event) {
  if (watched == m_view && event->type() == QEvent::KeyPress) {
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
      removeSelected();
      return true;
    }
  }
  return EntryListPanel::eventFilter(watched, event);
}

} // namespace sipref
