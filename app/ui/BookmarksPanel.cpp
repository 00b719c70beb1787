#include "BookmarksPanel.h"

#include "core/ContentStore.h"
#include "core/UserStore.h"
#include "core/Vocabulary.h"

#include <QAbstractListModel>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace sipref {

/// The starred codes as a list model, titled in the current language.
class BookmarkModel final : public QAbstractListModel {
public:
  enum Roles { RefRole = Qt::UserRole + 1 };

  BookmarkModel(const ContentStore &content, QObject *parent)
      : QAbstractListModel(parent), m_content(content) {}

  void setRefs(const QList<EntryRef> &refs) {
    beginResetModel();
    m_rows.clear();
    for (const EntryRef &ref : refs) {
      Row row{ref, {}, {}};
      if (const auto e = m_content.entry(ref)) {
        row.title = e->title(m_language);
        row.summary = e->text(m_language).summary;
      }
      m_rows << row;
    }
    endResetModel();
  }
  void setLanguage(Language language) {
    m_language = language;
    setRefs(refs());
  }
  QList<EntryRef> refs() const {
    QList<EntryRef> out;
    for (const Row &r : m_rows)
      out << r.ref;
    return out;
  }
  EntryRef refAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).ref : EntryRef{}; }
  int rowOf(const EntryRef &ref) const {
    for (int i = 0; i < m_rows.size(); ++i)
      if (m_rows.at(i).ref == ref)
        return i;
    return -1;
  }

  int rowCount(const QModelIndex &parent = {}) const override {
    return parent.isValid() ? 0 : int(m_rows.size());
  }
  QVariant data(const QModelIndex &index, int role) const override {
    if (!index.isValid() || index.row() >= m_rows.size())
      return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
      // A code no longer in the content (an old bookmark) still shows.
      return Vocabulary::entryLabel(r.ref, r.title).trimmed();
    case Qt::ToolTipRole:
      return r.summary;
    case RefRole:
      return QVariant::fromValue(r.ref);
    default:
      return {};
    }
  }

private:
  struct Row {
    EntryRef ref;
    QString title;
    QString summary;
  };
  const ContentStore &m_content;
  Language m_language = Language::English;
  QList<Row> m_rows;
};

BookmarksPanel::BookmarksPanel(UserStore &userStore, const ContentStore &content, QWidget *parent)
    : QWidget(parent), m_userStore(userStore), m_model(new BookmarkModel(content, this)),
      m_heading(new QLabel(this)), m_starButton(new QToolButton(this)), m_view(new QListView(this)),
      m_empty(new QLabel(this)), m_starAction(new QAction(this)), m_removeAction(new QAction(this)) {
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  auto *top = new QHBoxLayout;
  QFont bold = m_heading->font();
  bold.setBold(true);
  m_heading->setFont(bold);
  top->addWidget(m_heading, 1);
  top->addWidget(m_starButton);
  layout->addLayout(top);
  layout->addWidget(m_view, 1);
  layout->addWidget(m_empty);

  m_starAction->setCheckable(true);
  m_starAction->setShortcutContext(Qt::WindowShortcut);
  m_starButton->setDefaultAction(m_starAction);
  m_starButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
  connect(m_starAction, &QAction::triggered, this, &BookmarksPanel::toggleStar);
  connect(m_removeAction, &QAction::triggered, this, &BookmarksPanel::removeSelected);

  m_view->setModel(m_model);
  m_view->setUniformItemSizes(true);
  m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_view->setContextMenuPolicy(Qt::CustomContextMenu);
  m_view->installEventFilter(this);
  connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
    const EntryRef ref = m_model->refAt(index.row());
    if (ref.isValid())
      emit entryRequested(ref);
  });
  connect(m_view, &QListView::customContextMenuRequested, this, &BookmarksPanel::showContextMenu);

  m_empty->setWordWrap(true);
  m_empty->setForegroundRole(QPalette::PlaceholderText);

  connect(&m_userStore, &UserStore::bookmarkChanged, this, [this] { refresh(); });
  connect(&m_userStore, &UserStore::dataReset, this, [this] { refresh(); });

  retranslateUi();
  refresh();
}

BookmarksPanel::~BookmarksPanel() = default;

QAbstractItemModel *BookmarksPanel::model() const {
  return m_model;
}

QList<EntryRef> BookmarksPanel::entries() const {
  return m_model->refs();
}

void BookmarksPanel::setLanguage(Language language) {
  m_model->setLanguage(language);
}

void BookmarksPanel::setCurrentEntry(const EntryRef &ref) {
  m_current = ref;
  updateStarAction();
}

void BookmarksPanel::toggleStar(bool starred) {
  if (!m_current.isValid())
    return;
  if (!m_userStore.setBookmarked(m_current, starred)) {
    m_empty->setText(tr("The star could not be saved: %1").arg(m_userStore.errorString()));
    m_empty->setVisible(true);
  }
  updateStarAction();
}

void BookmarksPanel::removeSelected() {
  const QModelIndex index = m_view->currentIndex();
  const EntryRef ref = m_model->refAt(index.row());
  if (ref.isValid())
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
  const EntryRef selected = m_model->refAt(m_view->currentIndex().row());
  const int oldRow = m_view->currentIndex().row();
  m_model->setRefs(m_userStore.bookmarkedRefs());
  // Keep the selection where it was, or on the row that took its place.
  int row = m_model->rowOf(selected);
  if (row < 0 && oldRow >= 0)
    row = std::min(oldRow, m_model->rowCount() - 1);
  if (row >= 0)
    m_view->setCurrentIndex(m_model->index(row));
  const bool empty = m_model->rowCount() == 0;
  m_view->setVisible(!empty);
  m_empty->setVisible(empty);
  updateStarAction();
}

void BookmarksPanel::updateStarAction() {
  const bool valid = m_current.isValid();
  const bool starred = valid && m_userStore.isBookmarked(m_current);
  m_starAction->setEnabled(valid);
  m_starAction->setChecked(starred);
  // ★ / ☆ read at a glance in both languages; the tooltip says it in words.
  m_starAction->setText(starred ? QStringLiteral("★") : QStringLiteral("☆"));
  const QString code = valid ? Vocabulary::codeLabel(m_current) : QString();
  m_starAction->setToolTip(!valid    ? tr("Open a code to star it")
                           : starred ? tr("Remove the star from %1").arg(code)
                                     : tr("Star %1: keep it in Bookmarks").arg(code));
  m_starAction->setStatusTip(m_starAction->toolTip());
}

void BookmarksPanel::retranslateUi() {
  m_heading->setText(tr("Bookmarks"));
  m_empty->setText(tr("No bookmarks yet. Star a code (☆) to keep it here."));
  m_removeAction->setText(tr("Remove star"));
  m_view->setAccessibleName(tr("Bookmarks"));
  updateStarAction();
}

void BookmarksPanel::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    refresh(); // "Warning 399", "Cause 17" are translated labels
  }
  QWidget::changeEvent(event);
}

bool BookmarksPanel::eventFilter(QObject *watched, QEvent *event) {
  if (watched == m_view && event->type() == QEvent::KeyPress) {
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
      removeSelected();
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

} // namespace sipref
