#include "SearchPane.h"

#include "BookmarksPanel.h"
#include "EntryListView.h"
#include "HistoryPanel.h"
#include "Icons.h"
#include "ResultModel.h"
#include "core/Search.h"
#include "core/Settings.h"
#include "core/UserStore.h"
#include "core/Vocabulary.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sipref {

SearchPane::SearchPane(const ContentStore &store, UserStore *user, QWidget *parent)
    : QWidget(parent), m_store(store), m_user(user && user->isOpen() ? user : nullptr),
      m_searcher(std::make_unique<Search>(m_store, m_user)) {
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 0, 6);
  m_search = new QLineEdit(this);
  m_search->setObjectName(QStringLiteral("searchBox"));
  icons::addClearButton(m_search);
  m_search->installEventFilter(this);
  QFont searchFont = m_search->font();
  searchFont.setPointSizeF(searchFont.pointSizeF() * 1.15);
  m_search->setFont(searchFont);
  connect(m_search, &QLineEdit::textEdited, this, [this] { m_tabs->setCurrentIndex(0); });
  connect(m_search, &QLineEdit::textChanged, this, [this] { runSearch(true); });

  m_results = new EntryListView(this);
  m_results->setObjectName(QStringLiteral("resultList"));
  m_results->setOpenOnClick(true);
  m_model = m_results->entries();
  connect(m_results, &EntryListView::entryRequested, this, &SearchPane::entryActivated);
  connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex &current) { currentRowChanged(current.row()); });
  connect(m_results, &QWidget::customContextMenuRequested, this, &SearchPane::showContextMenu);

  m_tabs = new QTabWidget(this);
  m_tabs->setObjectName(QStringLiteral("leftTabs"));
  m_tabs->setDocumentMode(true);
  m_tabs->addTab(m_results, QString());
  if (m_user) {
    m_bookmarks = new BookmarksPanel(*m_user, m_store, m_tabs);
    m_bookmarks->setObjectName(QStringLiteral("bookmarksPanel"));
    connect(m_bookmarks, &BookmarksPanel::entryRequested, this, &SearchPane::entryActivated);
    m_tabs->addTab(m_bookmarks, QString());
    m_history = new HistoryPanel(*m_user, m_store, m_tabs);
    m_history->setObjectName(QStringLiteral("historyPanel"));
    connect(m_history, &HistoryPanel::entryRequested, this, &SearchPane::entryActivated);
    m_tabs->addTab(m_history, QString());
  }

  m_resultCount = new QLabel(this);
  m_resultCount->setObjectName(QStringLiteral("resultCount"));
  m_hiddenNotice = new QLabel(this);
  m_hiddenNotice->setObjectName(QStringLiteral("hiddenByFilters"));
  m_hiddenNotice->setWordWrap(true);
  m_hiddenNotice->setTextFormat(Qt::RichText);
  connect(m_hiddenNotice, &QLabel::linkActivated, this, [this] { setFilter({}); });

  layout->addWidget(m_search);
  layout->addWidget(createFilterBar());
  layout->addWidget(m_tabs, 1);
  layout->addWidget(m_hiddenNotice);
  layout->addWidget(m_resultCount);
  retranslateUi();
  // The first search runs when the window sets the language; nothing is
  // written to the settings at startup.
  enableClassFilters();
}

SearchPane::~SearchPane() = default;

QListView *SearchPane::resultView() const {
  return m_results;
}

QWidget *SearchPane::createFilterBar() {
  auto *bar = new QWidget(this);
  bar->setObjectName(QStringLiteral("filterBar"));
  auto *layout = new QHBoxLayout(bar);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  // Nine toggles must fit the default width of the pane; a toggle that is on
  // is filled, so a filter switched off shows at a glance.
  bar->setStyleSheet(
      QStringLiteral("QToolButton { padding: 1px 3px; margin: 0px; border: 1px solid palette(mid);"
                     " border-radius: 3px; }"
                     "QToolButton:checked { background: palette(highlight);"
                     " color: palette(highlighted-text); }"
                     "QToolButton:!checked { color: palette(placeholder-text); }"));
  const SearchFilter saved = Settings::searchFilter();
  auto addToggle = [&](const QString &key, bool checked) {
    auto *a = new QAction(key, this);
    a->setCheckable(true);
    a->setChecked(checked);
    a->setObjectName(QStringLiteral("filter-") + key);
    connect(a, &QAction::toggled, this, &SearchPane::filterToggled);
    auto *button = new QToolButton(bar);
    button->setDefaultAction(a);
    button->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(button);
    return a;
  };
  for (Registry r : allRegistries()) {
    QAction *a = addToggle(registryKey(r), saved.registries.isEmpty() || saved.registries.contains(r));
    a->setData(int(r));
    m_registryFilters << a;
  }
  layout->addSpacing(6);
  for (int digit = 1; digit <= 6; ++digit)
    m_classFilters << addToggle(QStringLiteral("%1xx").arg(digit),
                                saved.sipClasses.isEmpty() || saved.sipClasses.contains(digit));
  layout->addStretch(1);
  return bar;
}

SearchFilter SearchPane::filter() const {
  SearchFilter f;
  for (QAction *a : m_registryFilters)
    if (a->isChecked())
      f.registries << Registry(a->data().toInt());
  if (f.registries.size() == m_registryFilters.size())
    f.registries.clear();
  for (int i = 0; i < m_classFilters.size(); ++i)
    if (m_classFilters.at(i)->isChecked())
      f.sipClasses << i + 1;
  if (f.sipClasses.size() == m_classFilters.size())
    f.sipClasses.clear();
  return f;
}

void SearchPane::setFilter(const SearchFilter &f) {
  for (QAction *a : std::as_const(m_registryFilters)) {
    const QSignalBlocker block(a);
    a->setChecked(f.registries.isEmpty() || f.registries.contains(Registry(a->data().toInt())));
  }
  for (int i = 0; i < m_classFilters.size(); ++i) {
    const QSignalBlocker block(m_classFilters.at(i));
    m_classFilters.at(i)->setChecked(f.sipClasses.isEmpty() || f.sipClasses.contains(i + 1));
  }
  filterToggled();
}

void SearchPane::filterToggled() {
  // An empty filter would hide everything; keep at least one toggle on.
  auto keepOne = [this](const QList<QAction *> &group) {
    if (std::any_of(group.begin(), group.end(), [](QAction *a) { return a->isChecked(); }))
      return;
    auto *sender = qobject_cast<QAction *>(this->sender());
    QAction *keep = sender && group.contains(sender) ? sender : group.value(0);
    if (keep) {
      const QSignalBlocker block(keep);
      keep->setChecked(true);
    }
  };
  keepOne(m_registryFilters);
  keepOne(m_classFilters);
  enableClassFilters();
  Settings::setSearchFilter(filter());
  // As if the text was typed again: the best match, or "nothing matches".
  runSearch(true);
}

void SearchPane::enableClassFilters() {
  // SIP classes mean nothing when SIP responses are hidden.
  const bool sipShown = !m_registryFilters.isEmpty() && m_registryFilters.first()->isChecked();
  for (QAction *a : std::as_const(m_classFilters))
    a->setEnabled(sipShown);
}

void SearchPane::setLanguage(Language language) {
  m_language = language;
  if (m_bookmarks)
    m_bookmarks->setLanguage(language);
  if (m_history)
    m_history->setLanguage(language);
  refresh();
}

void SearchPane::setShownEntry(const EntryRef &ref) {
  m_shown = ref;
  const int row = m_model->rowOf(ref);
  if (row >= 0 && row != m_results->currentIndex().row()) {
    m_updating = true;
    m_results->setCurrentIndex(m_model->index(row, 0));
    m_results->scrollTo(m_model->index(row, 0));
    m_updating = false;
  }
}

QString SearchPane::text() const {
  return m_search->text();
}
void SearchPane::setText(const QString &text) {
  m_search->setText(text);
}

void SearchPane::focusSearch() {
  m_search->setFocus(Qt::ShortcutFocusReason);
  m_search->selectAll();
}

void SearchPane::refresh() {
  runSearch(false);
}

void SearchPane::refreshMarkers() {
  if (!m_user)
    return;
  QSet<EntryRef> starred;
  for (const EntryRef &r : m_user->bookmarkedRefs())
    starred.insert(r);
  m_model->setMarkers(m_user->notedRefs(), starred);
}

void SearchPane::runSearch(bool openBestMatch) {
  const QString text = m_search->text();
  const SearchFilter f = filter();
  // Search makes the results: content, the user's notes, filters, ranking.
  const SearchResult result = m_searcher->run(text, m_language, f);
  const QList<SearchHit> &hits = result.hits;
  // Nothing matched as typed: the count line says which correction the list shows.
  m_suggestion = Search::didYouMean(result);
  const bool filtered = !f.registries.isEmpty() || !f.sipClasses.isEmpty();
  m_hidden = filtered ? std::max(0, int(m_searcher->run(text, m_language).hits.size() - hits.size())) : 0;
  const EntryRef previous = m_model->refAt(m_results->currentIndex().row());
  m_updating = true;
  // The model keeps its note and star markers across searches; they are
  // refreshed when the user's data changes, not on every keystroke.
  m_model->setHits(hits);
  if (!hits.isEmpty()) {
    int row = 0;
    if (text.trimmed().isEmpty() || !openBestMatch) {
      // Browsing, or the same search again: keep the selection on what is shown.
      const int shown = m_model->rowOf(m_shown);
      row = shown >= 0 ? shown : std::max(0, m_model->rowOf(previous));
    }
    m_results->setCurrentIndex(m_model->index(row, 0));
    m_results->scrollTo(m_model->index(row, 0));
  }
  m_updating = false;
  updateCounts();
  if (!openBestMatch || text.trimmed().isEmpty())
    return;
  // As you type, the best match is shown at once.
  if (hits.isEmpty())
    emit nothingFound(text);
  else
    emit entryPreviewed(hits.first().ref);
}

void SearchPane::updateCounts() {
  m_resultCount->setText(m_suggestion.isEmpty() ? tr("%n result(s)", nullptr, int(m_model->rowCount()))
                                                : m_suggestion);
  m_hiddenNotice->setVisible(m_hidden > 0);
  if (m_hidden > 0)
    m_hiddenNotice->setText(tr("%n hidden by filters", nullptr, m_hidden) +
                            QStringLiteral(" — <a href=\"#all\">") + tr("show all").toHtmlEscaped() +
                            QStringLiteral("</a>"));
}

void SearchPane::currentRowChanged(int row) {
  if (!m_updating && row >= 0)
    emit entryPreviewed(m_model->refAt(row));
}

void SearchPane::showContextMenu(const QPoint &pos) {
  const QModelIndex index = m_results->indexAt(pos);
  if (!index.isValid())
    return;
  const EntryRef ref = m_model->refAt(index.row());
  const EntryRef shown = m_shown;
  QMenu menu(this);
  menu.addAction(tr("Open"), this, [this, ref] { emit entryActivated(ref); });
  QAction *withShown =
      menu.addAction(tr("Compare with %1").arg(shown.isValid() ? Vocabulary::codeLabel(shown) : QString()),
                     this, [this, ref, shown] { emit compareRequested(shown, ref, false); });
  withShown->setEnabled(shown.isValid() && shown != ref);
  menu.addAction(tr("Compare with…"), this, [this, ref] {
    const auto e = m_store.entry(ref);
    emit compareRequested(ref, e && !e->related.isEmpty() ? e->related.first() : ref, true);
  });
  menu.exec(m_results->viewport()->mapToGlobal(pos));
}

bool SearchPane::isWindowShortcut(const QKeyEvent *key) const {
  // The line edit claims Ctrl+E (end of line), Ctrl+D and others for itself;
  // the window's own shortcuts must win while the user is typing.
  if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
    return false;
  const QKeySequence pressed(key->keyCombination());
  const QList<QAction *> actions = window()->findChildren<QAction *>();
  return std::any_of(actions.begin(), actions.end(), [&](const QAction *a) {
    return a->isEnabled() && a->shortcuts().contains(pressed) && a->shortcutContext() != Qt::WidgetShortcut;
  });
}

bool SearchPane::eventFilter(QObject *watched, QEvent *event) {
  if (watched != m_search)
    return QWidget::eventFilter(watched, event);
  if (event->type() == QEvent::ShortcutOverride && isWindowShortcut(static_cast<QKeyEvent *>(event))) {
    event->ignore();
    return true;
  }
  if (event->type() != QEvent::KeyPress)
    return QWidget::eventFilter(watched, event);
  const auto *key = static_cast<QKeyEvent *>(event);
  const int rows = m_model->rowCount();
  const int row = m_results->currentIndex().row();
  switch (key->key()) {
  case Qt::Key_Down:
  case Qt::Key_Up:
  case Qt::Key_PageDown:
  case Qt::Key_PageUp: {
    m_tabs->setCurrentIndex(0);
    if (rows == 0)
      return true;
    const int step = key->key() == Qt::Key_Down       ? 1
                     : key->key() == Qt::Key_Up       ? -1
                     : key->key() == Qt::Key_PageDown ? 10
                                                      : -10;
    m_results->setCurrentIndex(m_model->index(std::clamp(row + step, 0, rows - 1), 0));
    return true;
  }
  case Qt::Key_Return:
  case Qt::Key_Enter:
    if (rows > 0)
      emit entryActivated(m_model->refAt(std::max(0, row)));
    return true;
  case Qt::Key_Escape:
    m_search->clear();
    return true;
  default:
    return QWidget::eventFilter(watched, event);
  }
}

void SearchPane::retranslateUi() {
  m_tabs->setTabText(0, tr("Results"));
  if (m_user) {
    m_tabs->setTabText(1, BookmarksPanel::title());
    m_tabs->setTabText(2, HistoryPanel::title());
  }
  const QStringList registryTips = {tr("Show SIP response codes"), tr("Show SIP Warning codes"),
                                    tr("Show Q.850 cause values")};
  const QStringList registryNames = {tr("SIP"), tr("Warning"), QStringLiteral("Q.850")};
  for (int i = 0; i < m_registryFilters.size(); ++i) {
    m_registryFilters[i]->setText(registryNames.value(i));
    m_registryFilters[i]->setToolTip(registryTips.value(i));
  }
  for (int i = 0; i < m_classFilters.size(); ++i)
    m_classFilters[i]->setToolTip(tr("Show %1 responses (%2)")
                                      .arg(QStringLiteral("%1xx").arg(i + 1),
                                           Vocabulary::className(QStringLiteral("%1xx").arg(i + 1))));
  m_search->setPlaceholderText(tr("Code, class (4xx), phrase, or a pasted SIP line"));
  m_search->setToolTip(tr("Search as you type: 486, 48, 4xx, busy, ビジー, SIP/2.0 486 Busy Here, cause 17"));
  updateCounts();
}

void SearchPane::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange && m_search)
    retranslateUi();
  QWidget::changeEvent(event);
}

} // namespace sipref
