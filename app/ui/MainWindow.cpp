#include "MainWindow.h"

#include "BookmarksPanel.h"
#include "CompareView.h"
#include "Icons.h"
#include "LanguageManager.h"
#include "NotesPanel.h"
#include "PageStack.h"
#include "Output.h"
#include "QuizDialog.h"
#include "ResultModel.h"
#include "SearchPane.h"
#include "TraceInput.h"
#include "TraceView.h"
#include "UserDataDialogs.h"
#include "core/Settings.h"
#include "core/UserStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolBar>

namespace sipref {

MainWindow::MainWindow(ContentStore &store, LanguageManager &languages, UserStore *user, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_languages(languages),
      m_user(user && user->isOpen() ? user : nullptr) {
  setObjectName(QStringLiteral("MainWindow"));
  setAcceptDrops(true);
  m_dwell.setSingleShot(true);
  m_dwell.setInterval(kDwellMs);
  connect(&m_dwell, &QTimer::timeout, this, &MainWindow::keepPreview);
  createActions();
  createLayout();
  createMenus();
  retranslateUi();
  connect(&m_languages, &LanguageManager::languageChanged, this, &MainWindow::languageChanged);
  if (m_user) {
    connect(m_user, &UserStore::bookmarkChanged, m_searchPane, &SearchPane::refreshMarkers);
    connect(m_user, &UserStore::noteChanged, m_searchPane, &SearchPane::refreshMarkers);
    connect(m_user, &UserStore::dataReset, m_searchPane, &SearchPane::refreshMarkers);
    m_searchPane->refreshMarkers();
  }
  m_pages->setLanguage(language());
  m_searchPane->setLanguage(language());
  restoreSettings();
  if (!m_store.isOpen())
    setContentError(m_store.errorString());
  else if (m_history.isEmpty())
    display();
}

MainWindow::~MainWindow() = default;

Language MainWindow::language() const {
  return m_languages.language();
}

void MainWindow::createActions() {
  auto action = [this](const QList<QKeySequence> &keys, auto slot) {
    auto *a = new QAction(this);
    a->setShortcuts(keys);
    connect(a, &QAction::triggered, this, slot);
    return a;
  };
  m_backAction = action({QKeySequence(Qt::ALT | Qt::Key_Left)}, &MainWindow::goBack);
  m_backAction->setIcon(icons::back());
  m_forwardAction = action({QKeySequence(Qt::ALT | Qt::Key_Right)}, &MainWindow::goForward);
  m_forwardAction->setIcon(icons::forward());
  m_compareAction = action({QKeySequence(Qt::CTRL | Qt::Key_D)}, &MainWindow::startComparison);
  m_compareAction->setIcon(icons::compare());
  m_traceAction = action({QKeySequence(Qt::CTRL | Qt::Key_E)}, &MainWindow::showTraceExplainer);
  m_mappingAction = action({QKeySequence(Qt::CTRL | Qt::Key_M)}, &MainWindow::showMapping);
  m_openTraceAction = action({QKeySequence::Open}, [this] {
    if (const QString path = TraceView::askForFile(this); !path.isEmpty())
      explainFile(path);
  });
  m_printAction = action({QKeySequence::Print}, [this] { print(false, false); });
  m_pdfAction = action({}, [this] { print(true, false); });
  m_cheatSheetAction = action({}, [this] { print(false, true); });
  m_cheatSheetPdfAction = action({}, [this] { print(true, true); });
  m_exportDataAction = action({}, [this] {
    if (const QString done = UserDataDialogs::exportWithDialog(this, *m_user); !done.isEmpty())
      statusBar()->showMessage(done, 8000);
  });
  m_importDataAction = action({}, [this] {
    UserDataDialogs::importWithDialog(this, *m_user, m_store);
    m_searchPane->refreshMarkers();
  });
  m_exportDataAction->setEnabled(m_user != nullptr);
  m_importDataAction->setEnabled(m_user != nullptr);
  m_quizAction = action({QKeySequence(Qt::CTRL | Qt::Key_T)}, &MainWindow::startQuiz);
  m_zoomInAction = action({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                          [this] { setZoom(m_zoom + 1); });
  m_zoomOutAction = action({QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] { setZoom(m_zoom - 1); });
  m_zoomResetAction = action({QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { setZoom(0); });
  m_focusSearchAction = action({QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_F)},
                               [this] { m_searchPane->focusSearch(); });
  m_quitAction = action({QKeySequence::Quit}, &QWidget::close);
  m_welcomeAction = action({QKeySequence::HelpContents}, &MainWindow::showWelcome);

  m_languageGroup = new QActionGroup(this);
  m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
  m_japaneseAction = new QAction(QStringLiteral("日本語"), m_languageGroup);
  for (QAction *a : {m_englishAction, m_japaneseAction})
    a->setCheckable(true);
  m_englishAction->setChecked(language() == Language::English);
  m_japaneseAction->setChecked(language() == Language::Japanese);
  auto choose = [this](Language l) {
    LanguageManager::saveLanguage(l);
    m_languages.setLanguage(l);
  };
  connect(m_englishAction, &QAction::triggered, this, [choose] { choose(Language::English); });
  connect(m_japaneseAction, &QAction::triggered, this, [choose] { choose(Language::Japanese); });

  m_aboutAction = action({}, [this] {
    QMessageBox::about(
        this, tr("About SipRef"),
        tr("<h3>SipRef %1</h3><p>A desktop reference for SIP response codes, SIP Warning codes "
           "and ITU-T Q.850 cause values, in English and Japanese.</p>"
           "<p>Content database: %2 (%3 entries)</p>")
            .arg(QCoreApplication::applicationVersion(), m_store.path().toHtmlEscaped())
            .arg(m_store.entryCount()));
  });
}

void MainWindow::createMenus() {
  m_fileMenu = menuBar()->addMenu(QString());
  m_fileMenu->addActions({m_openTraceAction});
  m_fileMenu->addSeparator();
  m_fileMenu->addActions({m_printAction, m_pdfAction, m_cheatSheetAction, m_cheatSheetPdfAction});
  m_fileMenu->addSeparator();
  m_fileMenu->addActions({m_exportDataAction, m_importDataAction});
  m_fileMenu->addSeparator();
  m_fileMenu->addAction(m_quitAction);
  m_goMenu = menuBar()->addMenu(QString());
  m_goMenu->addActions({m_backAction, m_forwardAction});
  m_goMenu->addSeparator();
  m_goMenu->addAction(m_focusSearchAction);
  if (bookmarksPanel())
    m_goMenu->addAction(bookmarksPanel()->starAction());
  m_viewMenu = menuBar()->addMenu(QString());
  m_viewMenu->addActions({m_compareAction, m_mappingAction, m_traceAction});
  m_viewMenu->addSeparator();
  m_viewMenu->addActions({m_zoomInAction, m_zoomOutAction, m_zoomResetAction});
  m_viewMenu->addSeparator();
  m_languageMenu = m_viewMenu->addMenu(QString());
  m_languageMenu->addActions({m_englishAction, m_japaneseAction});
  m_trainingMenu = menuBar()->addMenu(QString());
  m_trainingMenu->addAction(m_quizAction);
  m_helpMenu = menuBar()->addMenu(QString());
  m_helpMenu->addActions({m_welcomeAction, m_aboutAction});

  m_toolBar = addToolBar(QString());
  m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
  m_toolBar->setMovable(false);
  m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  m_toolBar->addActions({m_backAction, m_forwardAction});
  m_toolBar->addSeparator();
  m_toolBar->addActions({m_compareAction, m_mappingAction, m_traceAction});
  if (bookmarksPanel()) {
    m_toolBar->addSeparator();
    m_toolBar->addAction(bookmarksPanel()->starAction());
  }
}

void MainWindow::createLayout() {
  m_searchPane = new SearchPane(m_store, m_user, this);
  m_searchPane->setObjectName(QStringLiteral("searchPane"));
  connect(m_searchPane, &SearchPane::entryPreviewed, this,
          [this](const EntryRef &ref) { navigate(Page::entry(ref), true); });
  connect(m_searchPane, &SearchPane::entryActivated, this, &MainWindow::showEntry);
  connect(m_searchPane, &SearchPane::nothingFound, this, &MainWindow::showNothingFound);
  connect(m_searchPane, &SearchPane::compareRequested, this,
          [this](const EntryRef &left, const EntryRef &right, bool chooseRight) {
            showComparison(left, right);
            if (chooseRight) {
              compareView()->rightPicker()->setFocus();
              compareView()->rightPicker()->lineEdit()->selectAll();
            }
          });

  m_pages = new PageStack(m_store, m_user, this);
  m_pages->setObjectName(QStringLiteral("pageStack"));
  connect(m_pages, &PageStack::linkActivated, this, &MainWindow::openLink);
  connect(m_pages, &PageStack::comparisonChosen, this, &MainWindow::showComparison);
  connect(m_pages, &PageStack::entryRequested, this, &MainWindow::showEntry);
  // Reading on (scrolling) counts as staying on a previewed code.
  connect(m_pages, &PageStack::pageRead, this, &MainWindow::keepPreview);

  m_splitter = new QSplitter(Qt::Horizontal, this);
  m_splitter->setObjectName(QStringLiteral("mainSplitter"));
  m_splitter->addWidget(m_searchPane);
  m_splitter->addWidget(m_pages);
  // Explicit minimums: the panes' own hints (nine filter toggles, the trace
  // view's toolbar) would otherwise forbid a half-screen window.
  m_searchPane->setMinimumWidth(260);
  m_pages->setMinimumWidth(360);
  m_splitter->setStretchFactor(0, 0);
  m_splitter->setStretchFactor(1, 1);
  m_splitter->setSizes({450, 730});
  setCentralWidget(m_splitter);
  statusBar();
}

void MainWindow::retranslateUi() {
  m_fileMenu->setTitle(tr("&File"));
  m_goMenu->setTitle(tr("&Go"));
  m_viewMenu->setTitle(tr("&View"));
  m_languageMenu->setTitle(tr("&Language"));
  m_trainingMenu->setTitle(tr("&Training"));
  m_helpMenu->setTitle(tr("&Help"));
  m_toolBar->setWindowTitle(tr("Navigation"));
  m_backAction->setText(tr("Back"));
  m_backAction->setToolTip(tr("Back to the previous page (Alt+Left)"));
  m_forwardAction->setText(tr("Forward"));
  m_forwardAction->setToolTip(tr("Forward to the next page (Alt+Right)"));
  m_compareAction->setText(tr("Compare"));
  m_compareAction->setToolTip(tr("Compare the current code with another, side by side (Ctrl+D)"));
  m_focusSearchAction->setText(tr("Search"));
  m_traceAction->setText(PageStack::traceTitle());
  m_traceAction->setToolTip(
      tr("Paste or open a SIP trace or log and see every code in it explained (Ctrl+E)"));
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
  m_mappingAction->setText(tr("SIP ⇄ Q.850"));
  m_mappingAction->setToolTip(tr("RFC 3398 mapping between SIP responses and Q.850 causes (Ctrl+M)"));
  m_quitAction->setText(tr("&Quit"));
  m_welcomeAction->setText(tr("&Welcome and keys"));
  m_aboutAction->setText(tr("&About SipRef"));
  updateTitle();
}

void MainWindow::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange && m_fileMenu)
    retranslateUi();
  QMainWindow::changeEvent(event);
}

void MainWindow::languageChanged(Language language) {
  m_englishAction->setChecked(language == Language::English);
  m_japaneseAction->setChecked(language == Language::Japanese);
  // The same page, in the other language: nothing is opened anew.
  m_pages->setLanguage(language);
  m_searchPane->setLanguage(language);
  updateTitle();
}

void MainWindow::setContentError(const QString &message) {
  m_pages->setContentError(message);
  statusBar()->showMessage(message);
}

void MainWindow::setSearchText(const QString &text) {
  m_searchPane->setText(text);
}

void MainWindow::showEntry(const EntryRef &ref) {
  navigate(Page::entry(ref), false);
}
void MainWindow::showMapping() {
  navigate(Page::mapping(), false);
}
void MainWindow::showTraceExplainer() {
  navigate(Page::trace(), false);
}
void MainWindow::showWelcome() {
  navigate(Page::welcome(), false);
}
void MainWindow::showComparison(const EntryRef &left, const EntryRef &right) {
  navigate(Page::comparison(left, right), false);
}

void MainWindow::explainFile(const QString &path) {
  showTraceExplainer();
  traceView()->openFile(path);
}

void MainWindow::startComparison() {
  EntryRef left = currentEntry();
  if (!left.isValid())
    left = m_searchPane->resultModel()->refAt(0);
  if (!left.isValid())
    left = EntryRef{Registry::Sip, 486};
  EntryRef right = left;
  const QList<EntryRef> partners = m_store.curatedPartners(left);
  if (!partners.isEmpty())
    right = partners.first();
  else if (const auto e = m_store.entry(left); e && !e->related.isEmpty())
    right = e->related.first();
  showComparison(left, right);
  compareView()->rightPicker()->setFocus();
}

void MainWindow::openLink(const QUrl &url) {
  if (const auto page = Page::fromLink(url))
    navigate(*page, false);
  else if (PageRenderer::isTrustedExternalLink(url)) // only the standards' own pages leave the application
    QDesktopServices::openUrl(url);
}

void MainWindow::navigate(const Page &page, bool preview) {
  if (!page.isValid())
    return;
  if (!m_pages->isShowingNothingFound() && !m_history.isEmpty())
    m_history.setScrollPosition(m_pages->scrollPosition());
  const bool same = !m_history.isEmpty() && m_history.current() == page;
  m_history.visit(page, preview);
  if (preview && !same)
    m_dwell.start();
  else if (!preview)
    keepPreview();
  if (!same || m_pages->isShowingNothingFound() || page.kind == Page::Kind::Comparison)
    display();
}

void MainWindow::keepPreview() {
  m_dwell.stop();
  if (m_history.isEmpty() || m_pages->isShowingNothingFound())
    return;
  m_history.confirmPreview();
  const Page page = m_history.current();
  if (m_user && page.kind == Page::Kind::Entry)
    m_user->recordVisit(page.first);
  updateTitle();
  m_backAction->setEnabled(canGoBack());
}

void MainWindow::showNothingFound(const QString &text) {
  if (m_pages->hasContentError())
    return;
  if (!m_pages->isShowingNothingFound() && !m_history.isEmpty())
    m_history.setScrollPosition(m_pages->scrollPosition());
  m_dwell.stop();
  m_pages->showNothingFound(text, m_searchPane->hiddenByFilter());
  if (bookmarksPanel())
    bookmarksPanel()->setCurrentEntry({});
  m_printAction->setEnabled(false);
  m_pdfAction->setEnabled(false);
  updateTitle();
}

void MainWindow::display() {
  const Page page = m_history.isEmpty() ? Page::welcome() : m_history.current();
  m_pages->showPage(page, m_history.scrollPosition());
  const bool entry = page.kind == Page::Kind::Entry;
  if (bookmarksPanel())
    bookmarksPanel()->setCurrentEntry(entry ? page.first : EntryRef{});
  m_searchPane->setShownEntry(page.entryRef());
  m_printAction->setEnabled(entry || page.kind == Page::Kind::Comparison);
  m_pdfAction->setEnabled(m_printAction->isEnabled());
  updateTitle();
}

void MainWindow::updateTitle() {
  // The application display name ("SipRef") is added by Qt after a dash.
  setWindowTitle(m_pages->title());
  m_backAction->setEnabled(canGoBack());
  m_forwardAction->setEnabled(canGoForward());
}

bool MainWindow::isComparing() const {
  return m_pages->isComparing();
}

EntryRef MainWindow::currentEntry() const {
  return m_pages->isShowingNothingFound() ? EntryRef{} : m_history.current().entryRef();
}

void MainWindow::goBack() {
  goInHistory(false);
}

void MainWindow::goForward() {
  goInHistory(true);
}

void MainWindow::goInHistory(bool forward) {
  const bool nothingFound = m_pages->isShowingNothingFound();
  if (!nothingFound)
    m_history.setScrollPosition(m_pages->scrollPosition());
  // From "nothing matches", Back returns to the page that was shown before it.
  const bool stay = nothingFound && !forward;
  if (!stay && !(forward ? m_history.forward() : m_history.back()))
    return;
  m_dwell.stop();
  display();
}

void MainWindow::restoreSettings() {
  if (!restoreGeometry(Settings::windowGeometry()))
    resize(1180, 760);
  m_splitter->restoreState(Settings::splitterState());
  setZoom(Settings::zoom());
  const auto last = Settings::lastEntry();
  if (last && m_store.contains(*last))
    showEntry(*last);
}

void MainWindow::saveSettings() const {
  Settings::setWindowGeometry(saveGeometry());
  Settings::setSplitterState(m_splitter->saveState());
  if (currentEntry().isValid())
    Settings::setLastEntry(currentEntry());
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
    m_pages->zoomBy(delta);
    QFont f = resultView()->font();
    f.setPointSizeF(std::max(6.0, f.pointSizeF() + delta));
    resultView()->setFont(f);
    Settings::setZoom(m_zoom);
  }
}

void MainWindow::print(bool pdf, bool cheatSheet) {
  if (!cheatSheet && (m_pages->isShowingNothingFound() || m_history.isEmpty()))
    return;
  QString error;
  const OutputFunctions *output = output::functions(&error);
  if (!output) {
    QMessageBox::warning(this, QGuiApplication::applicationDisplayName(), tr("Printing is not available: %1").arg(error));
    return;
  }
  const QString written = output->printPage(
      this, m_store, cheatSheet ? std::nullopt : std::optional(m_history.current()), language(), pdf);
  if (!written.isEmpty())
    statusBar()->showMessage(tr("Saved as PDF: %1").arg(QDir::toNativeSeparators(written)), 10000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
  if (!localFileOf(event->mimeData()).isEmpty())
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
  if (const QString file = localFileOf(event->mimeData()); !file.isEmpty()) {
    explainFile(file);
    event->acceptProposedAction();
  }
}

void MainWindow::closeEvent(QCloseEvent *event) {
  if (notesPanel())
    notesPanel()->saveNow();
  saveSettings();
  QMainWindow::closeEvent(event);
}

} // namespace sipref
