#include "MainWindow.h"

#include "Icons.h"

#include "BookmarksPanel.h"
#include "CompareView.h"
#include "NotesPanel.h"
#include "PrintSupport.h"
#include "QuizDialog.h"
#include "TraceView.h"
#include "core/UserDataExchange.h"
#include "core/UserStore.h"
#include "LanguageManager.h"
#include "ResultDelegate.h"
#include "ResultModel.h"
#include "core/Vocabulary.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QTimer>
#include <cstdio>
#include <QComboBox>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QListWidget>
#include <QMimeData>
#include <QStandardPaths>
#include <QTabWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace sipref {

namespace {

// Prints a marker with the peak resident memory so far, for the benchmarks.
void benchmarkMarker(const char *what) {
  QFile status(QStringLiteral("/proc/self/status"));
  QByteArray peak = "0";
  if (status.open(QIODevice::ReadOnly))
    for (const QByteArray &line : status.readAll().split('\n'))
      if (line.startsWith("VmHWM:"))
        peak = line.mid(6).trimmed().split(' ').value(0);
  std::printf("%s peak_kb=%s\n", what, peak.constData());
  std::fflush(stdout);
}

} // namespace

MainWindow::MainWindow(ContentStore &store, LanguageManager &languages, UserStore *user, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_languages(languages), m_user(user && user->isOpen() ? user : nullptr) {
  setObjectName(QStringLiteral("MainWindow"));
  setAcceptDrops(true);
  createActions();
  createLayout();
  createMenus();
  retranslateUi();
  connect(&m_languages, &LanguageManager::languageChanged, this, [this](Language l) {
    m_englishAction->setChecked(l == Language::English);
    m_japaneseAction->setChecked(l == Language::Japanese);
    m_compare->setLanguage(l);
    if (m_bookmarks)
      m_bookmarks->setLanguage(l);
    m_trace->setLanguage(l);
    runSearch();
    renderCurrent();
    refreshHistory();
  });
  if (m_user) {
    connect(m_user, &UserStore::bookmarkChanged, this, [this] { refreshUserMarkers(); });
    connect(m_user, &UserStore::noteChanged, this, [this] { refreshUserMarkers(); });
    connect(m_user, &UserStore::dataReset, this, [this] { refreshUserMarkers(); });
    refreshUserMarkers();
    connect(m_user, &UserStore::historyChanged, this, &MainWindow::refreshHistory);
    refreshHistory();
  }
  m_trace->setLanguage(language());
  if (m_bookmarks)
    m_bookmarks->setLanguage(language());
  m_compare->setLanguage(language());
  if (!m_store.isOpen())
    setContentError(m_store.errorString());
  restoreSettings();
  runSearch();
  if (m_history.isEmpty())
    renderCurrent();
  updateNavigation();
}

MainWindow::~MainWindow() = default;

Language MainWindow::language() const { return m_languages.language(); }

void MainWindow::createActions() {
  m_backAction = new QAction(this);
  m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
  m_backAction->setIcon(icons::back());
  connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);

  m_forwardAction = new QAction(this);
  m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
  m_forwardAction->setIcon(icons::forward());
  connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);

  m_compareAction = new QAction(this);
  m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
  m_compareAction->setIcon(icons::compare());
  connect(m_compareAction, &QAction::triggered, this, &MainWindow::startComparison);

  m_traceAction = new QAction(this);
  m_traceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  connect(m_traceAction, &QAction::triggered, this, &MainWindow::showTraceExplainer);
  m_openTraceAction = new QAction(this);
  m_openTraceAction->setShortcut(QKeySequence::Open);
  connect(m_openTraceAction, &QAction::triggered, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a SIP trace or log"));
    if (!path.isEmpty())
      explainFile(path);
  });
  m_printAction = new QAction(this);
  m_printAction->setShortcut(QKeySequence::Print);
  connect(m_printAction, &QAction::triggered, this, [this] { printCurrent(false); });
  m_pdfAction = new QAction(this);
  connect(m_pdfAction, &QAction::triggered, this, [this] { printCurrent(true); });
  m_cheatSheetAction = new QAction(this);
  connect(m_cheatSheetAction, &QAction::triggered, this, [this] { printCheatSheet(false); });
  m_cheatSheetPdfAction = new QAction(this);
  connect(m_cheatSheetPdfAction, &QAction::triggered, this, [this] { printCheatSheet(true); });
  m_exportDataAction = new QAction(this);
  connect(m_exportDataAction, &QAction::triggered, this, &MainWindow::exportUserData);
  m_importDataAction = new QAction(this);
  connect(m_importDataAction, &QAction::triggered, this, &MainWindow::importUserData);
  m_exportDataAction->setEnabled(m_user != nullptr);
  m_importDataAction->setEnabled(m_user != nullptr);
  m_quizAction = new QAction(this);
  m_quizAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
  connect(m_quizAction, &QAction::triggered, this, &MainWindow::startQuiz);
  m_zoomInAction = new QAction(this);
  m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
  connect(m_zoomInAction, &QAction::triggered, this, [this] { setZoom(m_zoom + 1); });
  m_zoomOutAction = new QAction(this);
  m_zoomOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
  connect(m_zoomOutAction, &QAction::triggered, this, [this] { setZoom(m_zoom - 1); });
  m_zoomResetAction = new QAction(this);
  m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
  connect(m_zoomResetAction, &QAction::triggered, this, [this] { setZoom(0); });

  m_mappingAction = new QAction(this);
  m_mappingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
  connect(m_mappingAction, &QAction::triggered, this, &MainWindow::showMapping);

  m_focusSearchAction = new QAction(this);
  m_focusSearchAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_F)});
  connect(m_focusSearchAction, &QAction::triggered, this, [this] {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
  });
  addAction(m_focusSearchAction);

  m_quitAction = new QAction(this);
  m_quitAction->setShortcut(QKeySequence::Quit);
  connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

  m_languageGroup = new QActionGroup(this);
  m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
  m_japaneseAction = new QAction(QStringLiteral("日本語"), m_languageGroup);
  for (QAction *a : {m_englishAction, m_japaneseAction})
    a->setCheckable(true);
  m_englishAction->setChecked(language() == Language::English);
  m_japaneseAction->setChecked(language() == Language::Japanese);
  connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(Language::English); });
  connect(m_japaneseAction, &QAction::triggered, this, [this] { setLanguage(Language::Japanese); });

  m_aboutAction = new QAction(this);
  connect(m_aboutAction, &QAction::triggered, this, [this] {
    QMessageBox::about(this, tr("About SipRef"),
                       tr("<h3>SipRef %1</h3><p>A desktop reference for SIP response codes, SIP Warning codes "
                          "and ITU-T Q.850 cause values, in English and Japanese.</p>"
                          "<p>Content database: %2 (%3 entries)</p>")
                           .arg(QCoreApplication::applicationVersion(), m_store.path().toHtmlEscaped())
                           .arg(m_store.entryCount()));
  });
}

void MainWindow::createMenus() {
  m_fileMenu = menuBar()->addMenu(QString());
  m_fileMenu->addAction(m_openTraceAction);
  m_fileMenu->addSeparator();
  m_fileMenu->addAction(m_printAction);
  m_fileMenu->addAction(m_pdfAction);
  m_fileMenu->addAction(m_cheatSheetAction);
  m_fileMenu->addAction(m_cheatSheetPdfAction);
  m_fileMenu->addSeparator();
  m_fileMenu->addAction(m_exportDataAction);
  m_fileMenu->addAction(m_importDataAction);
  m_fileMenu->addSeparator();
  m_fileMenu->addAction(m_quitAction);
  m_goMenu = menuBar()->addMenu(QString());
  m_goMenu->addAction(m_backAction);
  m_goMenu->addAction(m_forwardAction);
  m_goMenu->addSeparator();
  m_goMenu->addAction(m_focusSearchAction);
  m_viewMenu = menuBar()->addMenu(QString());
  m_viewMenu->addAction(m_compareAction);
  m_viewMenu->addAction(m_mappingAction);
  m_viewMenu->addAction(m_traceAction);
  m_viewMenu->addSeparator();
  m_viewMenu->addAction(m_zoomInAction);
  m_viewMenu->addAction(m_zoomOutAction);
  m_viewMenu->addAction(m_zoomResetAction);
  m_viewMenu->addSeparator();
  m_languageMenu = m_viewMenu->addMenu(QString());
  m_languageMenu->addAction(m_englishAction);
  m_languageMenu->addAction(m_japaneseAction);
  m_trainingMenu = menuBar()->addMenu(QString());
  m_trainingMenu->addAction(m_quizAction);
  m_helpMenu = menuBar()->addMenu(QString());
  m_helpMenu->addAction(m_aboutAction);

  m_toolBar = addToolBar(QString());
  m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
  m_toolBar->setMovable(false);
  m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  m_toolBar->addAction(m_backAction);
  m_toolBar->addAction(m_forwardAction);
  m_toolBar->addSeparator();
  m_toolBar->addAction(m_compareAction);
  m_toolBar->addAction(m_mappingAction);
  m_toolBar->addAction(m_traceAction);
  if (m_bookmarks) {
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_bookmarks->starAction());
  }
}

void MainWindow::createLayout() {
  auto *left = new QWidget(this);
  auto *leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(6, 6, 0, 6);
  m_search = new QLineEdit(left);
  m_search->setObjectName(QStringLiteral("searchBox"));
  icons::addClearButton(m_search);
  m_search->installEventFilter(this);
  QFont searchFont = m_search->font();
  searchFont.setPointSizeF(searchFont.pointSizeF() * 1.15);
  m_search->setFont(searchFont);
  connect(m_search, &QLineEdit::textChanged, this, &MainWindow::runSearch);

  m_model = new ResultModel(this);
  m_results = new QListView(left);
  m_results->setObjectName(QStringLiteral("resultList"));
  m_results->setModel(m_model);
  m_results->setItemDelegate(new ResultDelegate(m_results));
  m_results->setUniformItemSizes(true);
  m_results->setContextMenuPolicy(Qt::CustomContextMenu);
  m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  if (qEnvironmentVariableIsSet("SIPREF_BENCH_STARTUP"))
    m_results->viewport()->installEventFilter(this);
  connect(m_results, &QListView::activated, this, &MainWindow::resultActivated);
  connect(m_results, &QListView::clicked, this, &MainWindow::resultActivated);
  connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex &current) { resultCurrentChanged(current); });
  connect(m_results, &QWidget::customContextMenuRequested, this, &MainWindow::resultContextMenu);

  m_resultCount = new QLabel(left);
  m_resultCount->setObjectName(QStringLiteral("resultCount"));
  leftLayout->addWidget(m_search);
  leftLayout->addWidget(createFilterBar(left));
  m_leftTabs = new QTabWidget(left);
  m_leftTabs->setObjectName(QStringLiteral("leftTabs"));
  m_leftTabs->setDocumentMode(true);
  m_leftTabs->addTab(m_results, QString());
  if (m_user) {
    m_bookmarks = new BookmarksPanel(*m_user, m_store, m_leftTabs);
    m_bookmarks->setObjectName(QStringLiteral("bookmarksPanel"));
    connect(m_bookmarks, &BookmarksPanel::entryRequested, this, &MainWindow::showEntry);
    m_leftTabs->addTab(m_bookmarks, QString());
    m_historyList = new QListWidget(m_leftTabs);
    m_historyList->setObjectName(QStringLiteral("historyList"));
    connect(m_historyList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
      if (const auto ref = EntryRef::fromString(item->data(Qt::UserRole).toString()))
        showEntry(*ref);
    });
    connect(m_historyList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
      if (const auto ref = EntryRef::fromString(item->data(Qt::UserRole).toString()))
        showEntry(*ref);
    });
    m_leftTabs->addTab(m_historyList, QString());
  }
  leftLayout->addWidget(m_leftTabs, 1);
  leftLayout->addWidget(m_resultCount);

  m_page = new QTextBrowser(this);
  m_page->setObjectName(QStringLiteral("entryPage"));
  m_page->setOpenLinks(false);
  connect(m_page, &QTextBrowser::anchorClicked, this, &MainWindow::openLink);
  m_compare = new CompareView(m_store, this);
  m_compare->setObjectName(QStringLiteral("compareView"));
  connect(m_compare, &CompareView::linkActivated, this, &MainWindow::openLink);
  connect(m_compare, &CompareView::pairChanged, this,
          [this](const EntryRef &a, const EntryRef &b) { navigate(Place{Place::Kind::Compare, a, b, false}, false); });

  m_trace = new TraceView(m_store, this);
  m_trace->setObjectName(QStringLiteral("traceView"));
  connect(m_trace, &TraceView::entryRequested, this, &MainWindow::showEntry);

  m_pageSplitter = new QSplitter(Qt::Vertical, this);
  m_pageSplitter->setObjectName(QStringLiteral("pageSplitter"));
  m_pageSplitter->addWidget(m_page);
  if (m_user) {
    m_notes = new NotesPanel(*m_user, m_pageSplitter);
    m_notes->setObjectName(QStringLiteral("notesPanel"));
    m_pageSplitter->addWidget(m_notes);
    m_pageSplitter->setStretchFactor(0, 1);
    m_pageSplitter->setStretchFactor(1, 0);
    m_pageSplitter->setSizes({600, 130});
  }
  m_stack = new QStackedWidget(this);
  m_stack->addWidget(m_pageSplitter);
  m_stack->addWidget(m_compare);
  m_stack->addWidget(m_trace);

  m_splitter = new QSplitter(Qt::Horizontal, this);
  m_splitter->setObjectName(QStringLiteral("mainSplitter"));
  m_splitter->addWidget(left);
  m_splitter->addWidget(m_stack);
  // Explicit minimums: the panes' own hints (nine filter toggles, the trace
  // view's toolbar) would otherwise forbid a half-screen window.
  left->setMinimumWidth(260);
  m_stack->setMinimumWidth(360);
  m_splitter->setStretchFactor(0, 0);
  m_splitter->setStretchFactor(1, 1);
  m_splitter->setSizes({450, 730});
  setCentralWidget(m_splitter);
  statusBar();
}

QWidget *MainWindow::createFilterBar(QWidget *parent) {
  auto *bar = new QWidget(parent);
  bar->setObjectName(QStringLiteral("filterBar"));
  auto *layout = new QHBoxLayout(bar);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  // Nine toggles must fit the default width of the left pane.
  bar->setStyleSheet(QStringLiteral("QToolButton { padding: 1px 3px; margin: 0px; }"));
  const QSettings settings;
  const QStringList registries = settings.value(QStringLiteral("filter/registries")).toStringList();
  const QStringList classes = settings.value(QStringLiteral("filter/classes")).toStringList();
  auto addToggle = [&](const QString &key, bool checked) {
    auto *a = new QAction(key, this);
    a->setCheckable(true);
    a->setChecked(checked);
    a->setObjectName(QStringLiteral("filter-") + key);
    connect(a, &QAction::toggled, this, &MainWindow::filterToggled);
    auto *button = new QToolButton(bar);
    button->setDefaultAction(a);
    button->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(button);
    return a;
  };
  for (Registry r : allRegistries()) {
    QAction *a = addToggle(registryKey(r), registries.isEmpty() || registries.contains(registryKey(r)));
    a->setData(int(r));
    m_registryFilters << a;
  }
  layout->addSpacing(6);
  for (int digit = 1; digit <= 6; ++digit) {
    const QString key = QStringLiteral("%1xx").arg(digit);
    m_classFilters << addToggle(key, classes.isEmpty() || classes.contains(key));
  }
  layout->addStretch(1);
  return bar;
}

SearchFilter MainWindow::filter() const {
  SearchFilter f;
  bool allRegistries = true;
  for (QAction *a : m_registryFilters) {
    if (a->isChecked())
      f.registries << Registry(a->data().toInt());
    else
      allRegistries = false;
  }
  if (allRegistries)
    f.registries.clear();
  bool allClasses = true;
  for (int i = 0; i < m_classFilters.size(); ++i) {
    if (m_classFilters.at(i)->isChecked())
      f.sipClasses << i + 1;
    else
      allClasses = false;
  }
  if (allClasses)
    f.sipClasses.clear();
  return f;
}

void MainWindow::setFilter(const SearchFilter &f) {
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

void MainWindow::filterToggled() {
  // An empty filter would hide everything; keep at least one toggle on.
  auto keepOne = [this](const QList<QAction *> &group) {
    for (QAction *a : group)
      if (a->isChecked())
        return;
    if (auto *sender = qobject_cast<QAction *>(this->sender()); sender && group.contains(sender)) {
      const QSignalBlocker block(sender);
      sender->setChecked(true);
    } else if (!group.isEmpty()) {
      const QSignalBlocker block(group.first());
      group.first()->setChecked(true);
    }
  };
  keepOne(m_registryFilters);
  keepOne(m_classFilters);
  // SIP classes mean nothing when SIP responses are hidden.
  const bool sipShown = !m_registryFilters.isEmpty() && m_registryFilters.first()->isChecked();
  for (QAction *a : std::as_const(m_classFilters))
    a->setEnabled(sipShown);
  QStringList registries, classes;
  for (QAction *a : std::as_const(m_registryFilters))
    if (a->isChecked())
      registries << registryKey(Registry(a->data().toInt()));
  for (int i = 0; i < m_classFilters.size(); ++i)
    if (m_classFilters.at(i)->isChecked())
      classes << QStringLiteral("%1xx").arg(i + 1);
  QSettings settings;
  settings.setValue(QStringLiteral("filter/registries"), registries);
  settings.setValue(QStringLiteral("filter/classes"), classes);
  if (m_search)
    runSearch();
}

void MainWindow::retranslateUi() {
  setWindowTitle(tr("SipRef — SIP and Q.850 code reference"));
  m_fileMenu->setTitle(tr("&File"));
  m_goMenu->setTitle(tr("&Go"));
  m_viewMenu->setTitle(tr("&View"));
  m_languageMenu->setTitle(tr("&Language"));
  m_helpMenu->setTitle(tr("&Help"));
  m_toolBar->setWindowTitle(tr("Navigation"));
  m_backAction->setText(tr("Back"));
  m_backAction->setToolTip(tr("Back to the previous page (Alt+Left)"));
  m_forwardAction->setText(tr("Forward"));
  m_forwardAction->setToolTip(tr("Forward to the next page (Alt+Right)"));
  m_compareAction->setText(tr("Compare"));
  m_compareAction->setToolTip(tr("Compare the current code with another, side by side (Ctrl+D)"));
  m_focusSearchAction->setText(tr("Search"));
  m_trainingMenu->setTitle(tr("&Training"));
  m_traceAction->setText(tr("Explain a trace"));
  m_traceAction->setToolTip(tr("Paste or open a SIP trace or log and see every code in it explained (Ctrl+E)"));
  m_openTraceAction->setText(tr("&Open trace or log…"));
  m_printAction->setText(tr("&Print…"));
  m_pdfAction->setText(tr("Export page as PDF…"));
  m_cheatSheetAction->setText(tr("Print cheat sheet…"));
  m_cheatSheetPdfAction->setText(tr("Export cheat sheet as PDF…"));
  m_exportDataAction->setText(tr("Export bookmarks and notes…"));
  m_importDataAction->setText(tr("Import bookmarks and notes…"));
  m_quizAction->setText(tr("&Quiz…"));
  m_zoomInAction->setText(tr("Zoom in"));
  m_zoomOutAction->setText(tr("Zoom out"));
  m_zoomResetAction->setText(tr("Normal size"));
  m_leftTabs->setTabText(0, tr("Results"));
  if (m_user) {
    m_leftTabs->setTabText(1, tr("Bookmarks"));
    m_leftTabs->setTabText(2, tr("History"));
  }
  m_mappingAction->setText(tr("SIP ⇄ Q.850"));
  m_mappingAction->setToolTip(tr("RFC 3398 mapping between SIP responses and Q.850 causes (Ctrl+M)"));
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
  m_quitAction->setText(tr("&Quit"));
  m_aboutAction->setText(tr("&About SipRef"));
  m_search->setPlaceholderText(tr("Code, class (4xx), phrase, or a pasted SIP line"));
  m_search->setToolTip(tr("Search as you type: 486, 48, 4xx, busy, ビジー, SIP/2.0 486 Busy Here, cause 17"));
  m_resultCount->setText(tr("%n result(s)", nullptr, int(m_model->rowCount())));
}

void MainWindow::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange && m_fileMenu)
    retranslateUi();
  else if (event->type() == QEvent::PaletteChange && m_page)
    renderCurrent();
  QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(Language language) {
  LanguageManager::saveLanguage(language);
  m_languages.setLanguage(language);
}

void MainWindow::setContentError(const QString &message) {
  m_contentError = message;
  m_page->setHtml(PageRenderer(m_store, pageColorsFor(m_page))
                      .errorPage(tr("The content database could not be loaded"),
                                 message + QStringLiteral(" ") +
                                     tr("Reinstall SipRef or rebuild it; your own data is not affected.")));
  statusBar()->showMessage(message);
}

void MainWindow::setSearchText(const QString &text) { m_search->setText(text); }

void MainWindow::runSearch() {
  const QString text = m_search->text();
  // Parsed once: the content search and the notes search share it.
  const Query query = Query::fromString(text);
  QList<SearchHit> hits = m_store.search(query, language(), filter());
  // The user's own notes are searched too.
  if (m_user && query.kind == Query::Kind::Text) {
    QSet<EntryRef> listed;
    for (const SearchHit &h : std::as_const(hits))
      listed.insert(h.ref);
    const SearchFilter f = filter();
    for (const EntryRef &ref : m_user->searchNotes(query.terms)) {
      if (listed.contains(ref) || (!f.registries.isEmpty() && !f.registries.contains(ref.registry)) ||
          (ref.registry == Registry::Sip && !f.sipClasses.isEmpty() && !f.sipClasses.contains(ref.code / 100)))
        continue;
      const auto e = m_store.entry(ref);
      if (!e)
        continue;
      SearchHit h;
      h.ref = ref;
      h.phrase = e->phrase;
      h.title = e->title(language());
      h.summary = e->text(language()).summary;
      h.cls = e->cls;
      h.classDigit = ref.registry == Registry::Sip ? ref.code / 100 : 0;
      h.hasText = e->hasText;
      h.rank = SearchHit::Text;
      hits.append(h);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
      return a.rank != b.rank ? a.rank < b.rank : a.ref < b.ref;
    });
  }
  const EntryRef previous = m_model->refAt(m_results->currentIndex().row());
  m_updatingFromSearch = true;
  // The model keeps its note and star markers across searches; they are
  // refreshed when the user's data changes, not on every keystroke.
  m_model->setHits(hits);
  m_resultCount->setText(tr("%n result(s)", nullptr, int(hits.size())));
  if (!hits.isEmpty()) {
    int row = 0;
    if (text.trimmed().isEmpty()) {
      // Browsing: keep the selection on what is shown.
      const int shown = m_model->rowOf(currentEntry());
      row = shown >= 0 ? shown : std::max(0, m_model->rowOf(previous));
    }
    m_results->setCurrentIndex(m_model->index(row, 0));
    m_results->scrollTo(m_model->index(row, 0));
  }
  m_updatingFromSearch = false;
  // As you type, the best match is shown at once.
  if (!text.trimmed().isEmpty() && !hits.isEmpty())
    navigate(entryPlace(hits.first().ref, true), true);
}

void MainWindow::resultCurrentChanged(const QModelIndex &current) {
  if (m_updatingFromSearch || !current.isValid())
    return;
  navigate(entryPlace(m_model->refAt(current.row()), true), true);
}

void MainWindow::resultActivated(const QModelIndex &index) {
  if (!index.isValid())
    return;
  navigate(entryPlace(m_model->refAt(index.row())), false);
}

void MainWindow::resultContextMenu(const QPoint &pos) {
  const QModelIndex index = m_results->indexAt(pos);
  if (!index.isValid())
    return;
  const EntryRef ref = m_model->refAt(index.row());
  const EntryRef current = currentEntry();
  QMenu menu(this);
  menu.addAction(tr("Open"), this, [this, ref] { navigate(entryPlace(ref), false); });
  QAction *withCurrent = menu.addAction(
      tr("Compare with %1").arg(current.isValid() ? Vocabulary::codeLabel(current) : QString()), this,
      [this, ref, current] { showComparison(current, ref); });
  withCurrent->setEnabled(current.isValid() && current != ref);
  menu.addAction(tr("Compare with…"), this, [this, ref] {
    const auto e = m_store.entry(ref);
    EntryRef other = ref;
    if (e && !e->related.isEmpty())
      other = e->related.first();
    showComparison(ref, other);
    m_compare->rightPicker()->setFocus();
    m_compare->rightPicker()->lineEdit()->selectAll();
  });
  menu.exec(m_results->viewport()->mapToGlobal(pos));
}

void MainWindow::startComparison() {
  EntryRef left = currentEntry();
  if (!left.isValid())
    left = m_model->refAt(std::max(0, m_results->currentIndex().row()));
  if (!left.isValid())
    left = EntryRef{Registry::Sip, 486};
  EntryRef right = left;
  const QList<EntryRef> partners = m_store.curatedPartners(left);
  if (!partners.isEmpty()) {
    right = partners.first();
  } else if (const auto e = m_store.entry(left); e && !e->related.isEmpty()) {
    right = e->related.first();
  }
  showComparison(left, right);
  m_compare->rightPicker()->setFocus();
}

void MainWindow::showEntry(const EntryRef &ref) { navigate(entryPlace(ref), false); }

void MainWindow::showMapping() { navigate(Place{Place::Kind::Mapping, {Registry::Q850, 0}, {}, false}, false); }

void MainWindow::showComparison(const EntryRef &left, const EntryRef &right) {
  navigate(Place{Place::Kind::Compare, left, right, false}, false);
}

void MainWindow::openLink(const QUrl &url) {
  if (url.scheme() == u"sipref") {
    const QStringList parts = url.path().split(u'/');
    auto refAt = [&](int i) -> EntryRef {
      if (parts.size() <= i + 1)
        return {};
      const auto r = registryFromKey(parts.at(i));
      bool ok = false;
      const int code = parts.at(i + 1).toInt(&ok);
      return r && ok ? EntryRef{*r, code} : EntryRef{};
    };
    if (parts.value(0) == u"mapping") {
      showMapping();
    } else if (parts.value(0) == u"entry") {
      const EntryRef ref = refAt(1);
      if (ref.isValid())
        showEntry(ref);
    } else if (parts.value(0) == u"compare") {
      const EntryRef a = refAt(1);
      const EntryRef b = refAt(3);
      if (a.isValid() && b.isValid())
        showComparison(a, b);
    }
    return;
  }
  // Only documents of the standards leave the application.
  if (PageRenderer::isTrustedExternalLink(url))
    QDesktopServices::openUrl(url);
}

void MainWindow::navigate(const Place &place, bool preview) {
  if (!place.a.isValid())
    return;
  if (m_user && !preview && place.kind == Place::Kind::Entry)
    m_user->recordVisit(place.a);
  if (m_historyIndex >= 0 && m_history.at(m_historyIndex) == place) {
    if (!preview)
      m_history[m_historyIndex].preview = false;
    display(place);
    return;
  }
  if (m_historyIndex >= 0 && preview && m_history.at(m_historyIndex).preview) {
    // Typing replaces the previewed page rather than piling up history.
    m_history[m_historyIndex] = place;
  } else {
    m_history.erase(m_history.begin() + (m_historyIndex + 1), m_history.end());
    Place p = place;
    p.preview = preview;
    m_history.append(p);
    if (m_history.size() > 200)
      m_history.removeFirst();
    m_historyIndex = int(m_history.size()) - 1;
  }
  display(place);
}

void MainWindow::display(const Place &place) {
  const bool compare = place.kind == Place::Kind::Compare;
  // Keep the result list on what is shown, when it lists it.
  if (!m_updatingFromSearch) {
    const int row = place.kind == Place::Kind::Mapping || place.kind == Place::Kind::Trace ? -1 : m_model->rowOf(place.a);
    if (row >= 0 && row != m_results->currentIndex().row()) {
      m_updatingFromSearch = true;
      m_results->setCurrentIndex(m_model->index(row, 0));
      m_results->scrollTo(m_model->index(row, 0));
      m_updatingFromSearch = false;
    }
  }
  if (compare) {
    m_compare->setPair(place.a, place.b);
    m_stack->setCurrentWidget(m_compare);
  } else if (place.kind == Place::Kind::Trace) {
    m_stack->setCurrentWidget(m_trace);
    setWindowTitle(tr("Explain a trace — SipRef"));
  } else {
    m_stack->setCurrentWidget(m_pageSplitter);
    renderCurrent();
  }
  const bool entry = place.kind == Place::Kind::Entry;
  if (m_notes) {
    const auto e = entry ? m_store.entry(place.a) : std::nullopt;
    m_notes->setEntry(entry ? place.a : EntryRef{},
                      e ? Vocabulary::entryLabel(e->ref, e->title(language())) : QString());
    m_notes->setVisible(entry);
  }
  if (m_bookmarks)
    m_bookmarks->setCurrentEntry(entry ? place.a : EntryRef{});
  m_printAction->setEnabled(entry || compare);
  m_pdfAction->setEnabled(entry || compare);
  updateNavigation();
}

void MainWindow::renderCurrent() {
  if (m_historyIndex < 0 || m_historyIndex >= m_history.size()) {
    if (!m_contentError.isEmpty())
      setContentError(m_contentError);
    else
      m_page->setHtml(PageRenderer(m_store, pageColorsFor(m_page)).welcomePage(language()));
    return;
  }
  const Place &place = m_history.at(m_historyIndex);
  if (place.kind == Place::Kind::Compare) {
    m_compare->refresh();
    return;
  }
  const PageRenderer renderer(m_store, pageColorsFor(m_page));
  if (place.kind == Place::Kind::Trace)
    return;
  if (place.kind == Place::Kind::Mapping) {
    m_page->setHtml(renderer.mappingPage(language()));
    setWindowTitle(tr("SIP and Q.850 mapping — SipRef"));
    return;
  }
  const auto entry = m_store.entry(place.a);
  if (!entry) {
    m_page->setHtml(renderer.errorPage(tr("Not found"),
                                       tr("%1 is not in the content database.").arg(Vocabulary::codeLabel(place.a))));
    return;
  }
  m_page->setHtml(renderer.entryPage(*entry, language()));
  setWindowTitle(tr("%1 — SipRef").arg(Vocabulary::entryLabel(entry->ref, entry->title(language()))));
}

void MainWindow::updateNavigation() {
  m_backAction->setEnabled(canGoBack());
  m_forwardAction->setEnabled(canGoForward());
}

bool MainWindow::isComparing() const { return m_stack->currentWidget() == m_compare; }

EntryRef MainWindow::currentEntry() const {
  if (m_historyIndex < 0 || m_historyIndex >= m_history.size())
    return {};
  const Place &p = m_history.at(m_historyIndex);
  return p.kind == Place::Kind::Mapping || p.kind == Place::Kind::Trace ? EntryRef{} : p.a;
}

bool MainWindow::canGoBack() const { return m_historyIndex > 0; }
bool MainWindow::canGoForward() const { return m_historyIndex >= 0 && m_historyIndex + 1 < m_history.size(); }

void MainWindow::goBack() {
  if (!canGoBack())
    return;
  m_history[m_historyIndex].preview = false;
  --m_historyIndex;
  display(m_history.at(m_historyIndex));
}

void MainWindow::goForward() {
  if (!canGoForward())
    return;
  ++m_historyIndex;
  display(m_history.at(m_historyIndex));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
  if (m_results && watched == m_results->viewport() && event->type() == QEvent::Paint && m_model->rowCount() > 0) {
    // The startup benchmark (tests/bench) waits for this line: the window is
    // painted with results shown.
    QTimer::singleShot(0, this, [this] {
      m_results->viewport()->removeEventFilter(this);
      benchmarkMarker("painted");
      QCoreApplication::quit();
    });
  }
  if (watched == m_search && event->type() == QEvent::KeyPress) {
    auto *key = static_cast<QKeyEvent *>(event);
    const int rows = m_model->rowCount();
    const int row = m_results->currentIndex().row();
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
    case Qt::Key_PageDown:
    case Qt::Key_PageUp: {
      if (rows == 0)
        return true;
      int step = key->key() == Qt::Key_Down ? 1 : key->key() == Qt::Key_Up ? -1 : key->key() == Qt::Key_PageDown ? 10 : -10;
      const int next = std::clamp(row + step, 0, rows - 1);
      m_results->setCurrentIndex(m_model->index(next, 0));
      return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
      if (rows > 0)
        resultActivated(m_model->index(std::max(0, row), 0));
      return true;
    case Qt::Key_Escape:
      m_search->clear();
      return true;
    default:
      break;
    }
  }
  return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreSettings() {
  QSettings settings;
  if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
    resize(1180, 760);
  m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
  setZoom(settings.value(QStringLiteral("view/zoom"), 0).toInt());
  const auto last = EntryRef::fromString(settings.value(QStringLiteral("lastEntry")).toString());
  if (last && m_store.contains(*last))
    showEntry(*last);
}

void MainWindow::saveSettings() const {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
  const EntryRef current = currentEntry();
  if (current.isValid())
    settings.setValue(QStringLiteral("lastEntry"), current.toString());
}

void MainWindow::showTraceExplainer() { navigate(Place{Place::Kind::Trace, {Registry::Sip, 0}, {}, false}, false); }

void MainWindow::explainFile(const QString &path) {
  showTraceExplainer();
  m_trace->openFile(path);
}

void MainWindow::startQuiz() {
  auto *quiz = findChild<QuizDialog *>();
  if (!quiz) {
    quiz = new QuizDialog(m_store, language(), this);
    connect(quiz, &QuizDialog::entryRequested, this, &MainWindow::showEntry);
    connect(&m_languages, &LanguageManager::languageChanged, quiz, &QuizDialog::setLanguage);
  }
  quiz->show();
  quiz->raise();
  quiz->activateWindow();
}

void MainWindow::setZoom(int steps) {
  steps = std::clamp(steps, -4, 12);
  const int delta = steps - m_zoom;
  m_zoom = steps;
  if (delta != 0) {
    // Text sizes grow in points, so pages stay laid out the same, only larger.
    m_page->zoomIn(delta * 2);
    m_compare->browser()->zoomIn(delta * 2);
    QFont f = m_results->font();
    f.setPointSizeF(std::max(6.0, f.pointSizeF() + delta));
    m_results->setFont(f);
  }
  m_trace->setZoom(m_zoom); // issue 11: the trace view follows the zoom too
  QSettings().setValue(QStringLiteral("view/zoom"), m_zoom);
}

void MainWindow::printCurrent(bool pdf) {
  if (m_historyIndex < 0 || m_historyIndex >= m_history.size())
    return;
  const Place &p = m_history.at(m_historyIndex);
  QString html;
  QString title;
  QString file;
  if (p.kind == Place::Kind::Entry) {
    html = PrintSupport::entryHtml(m_store, p.a, language());
    const auto e = m_store.entry(p.a);
    title = e ? Vocabulary::entryLabel(e->ref, e->title(language())) : Vocabulary::codeLabel(p.a);
    file = QStringLiteral("sipref-%1-%2.pdf").arg(registryKey(p.a.registry)).arg(p.a.code);
  } else if (p.kind == Place::Kind::Compare) {
    html = PrintSupport::comparisonHtml(m_store, p.a, p.b, language());
    title = tr("%1 vs %2").arg(Vocabulary::codeLabel(p.a), Vocabulary::codeLabel(p.b));
    file = QStringLiteral("sipref-%1-vs-%2.pdf").arg(p.a.code).arg(p.b.code);
  } else {
    return;
  }
  if (pdf)
    PrintSupport::exportPdfWithDialog(this, html, title, file);
  else
    PrintSupport::printWithDialog(this, html, title);
}

void MainWindow::printCheatSheet(bool pdf) {
  const QString html = PrintSupport::cheatSheetHtml(m_store, language());
  const QString title = tr("SIP response codes — cheat sheet");
  if (pdf)
    PrintSupport::exportPdfWithDialog(this, html, title,
                                      QStringLiteral("sip-cheat-sheet-%1.pdf").arg(languageKey(language())));
  else
    PrintSupport::printWithDialog(this, html, title);
}

void MainWindow::exportUserData() {
  if (!m_user)
    return;
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export bookmarks and notes"),
      QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("sipref-notes.json")),
      tr("SipRef notes (*.json)"));
  if (path.isEmpty())
    return;
  QString error;
  if (UserDataExchange::exportToFile(*m_user, path, &error))
    statusBar()->showMessage(tr("Bookmarks and notes exported to %1").arg(path), 8000);
  else
    QMessageBox::warning(this, tr("Export bookmarks and notes"), error);
}

void MainWindow::importUserData() {
  if (!m_user)
    return;
  const QString path = QFileDialog::getOpenFileName(this, tr("Import bookmarks and notes"), QString(),
                                                    tr("SipRef notes (*.json);;All files (*)"));
  if (path.isEmpty())
    return;
  const auto result = UserDataExchange::importFile(*m_user, path, &m_store);
  if (result.ok)
    QMessageBox::information(this, tr("Import bookmarks and notes"), result.message());
  else
    QMessageBox::warning(this, tr("Import bookmarks and notes"), result.message());
  refreshUserMarkers();
}

void MainWindow::refreshUserMarkers() {
  if (!m_user)
    return;
  QSet<EntryRef> starred;
  for (const EntryRef &r : m_user->bookmarkedRefs())
    starred.insert(r);
  m_model->setMarkers(m_user->notedRefs(), starred);
}

void MainWindow::refreshHistory() {
  if (!m_user || !m_historyList)
    return;
  m_historyList->clear();
  for (const auto &visit : m_user->history(100)) {
    const auto e = m_store.entry(visit.ref);
    auto *item = new QListWidgetItem(Vocabulary::entryLabel(visit.ref, e ? e->title(language()) : QString()),
                                     m_historyList);
    item->setData(Qt::UserRole, visit.ref.toString());
  }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
  if (event->mimeData()->hasUrls())
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
  for (const QUrl &url : event->mimeData()->urls())
    if (url.isLocalFile()) {
      explainFile(url.toLocalFile());
      event->acceptProposedAction();
      return;
    }
}

void MainWindow::closeEvent(QCloseEvent *event) {
  if (m_notes)
    m_notes->saveNow();
  saveSettings();
  QMainWindow::closeEvent(event);
}

} // namespace sipref
