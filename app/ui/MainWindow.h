#pragma once

#include "PageStack.h"
#include "SearchPane.h"
#include "core/ContentStore.h"
#include "core/NavigationHistory.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QActionGroup;
class QLineEdit;
class QListView;
class QMenu;
class QSplitter;
class QTextBrowser;
class QToolBar;

namespace sipref {

class BookmarksPanel;
class CompareView;
class LanguageManager;
class NotesPanel;
class ResultModel;
class TraceView;
class UserStore;

/// The window chrome: menus, actions, the toolbar and the stack of pages
/// (a code with its notes, a comparison, the trace explainer) next to the
/// SearchPane, with back and forward over everything shown.
///
/// A code shown while the user types is a preview; it goes into Back and
/// History once the user stays on it for kDwell, scrolls it or opens it.
class MainWindow final : public QMainWindow {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(MainWindow)

public:
  /// How long a previewed code must stay on screen to count as visited.
  static constexpr int kDwellMs = 1500;

  /// The window shows the content error page when `store` did not open.
  /// `user` holds bookmarks, notes and history; without it those panels
  /// are not shown.
  MainWindow(ContentStore &store, LanguageManager &languages, UserStore *user = nullptr,
             QWidget *parent = nullptr);
  ~MainWindow() override;

  void showEntry(const EntryRef &ref);
  void showComparison(const EntryRef &left, const EntryRef &right);
  void showMapping();
  void showTraceExplainer();
  void showWelcome();
  /// Opens a trace file in the trace explainer.
  void explainFile(const QString &path);
  void startQuiz();
  /// Zoom steps of the pages (0 = normal), remembered.
  int zoom() const { return m_zoom; }
  void setZoom(int steps);
  void setSearchText(const QString &text);
  void setContentError(const QString &message);

  SearchPane *searchPane() const { return m_searchPane; }
  PageStack *pageStack() const { return m_pages; }
  TraceView *traceView() const { return m_pages->traceView(); }
  NotesPanel *notesPanel() const { return m_pages->notesPanel(); }
  BookmarksPanel *bookmarksPanel() const { return m_searchPane->bookmarksPanel(); }
  QLineEdit *searchBox() const { return m_searchPane->searchBox(); }
  QListView *resultView() const { return m_searchPane->resultView(); }
  ResultModel *resultModel() const { return m_searchPane->resultModel(); }
  QTextBrowser *entryPage() const { return m_pages->entryPage(); }
  CompareView *compareView() const { return m_pages->compareView(); }
  bool isComparing() const;
  /// The code shown (the left one in a comparison); invalid otherwise.
  EntryRef currentEntry() const;
  const NavigationHistory &history() const { return m_history; }
  bool canGoBack() const { return m_history.canGoBack(); }
  bool canGoForward() const { return m_history.canGoForward(); }
  void goBack();
  void goForward();

protected:
  void changeEvent(QEvent *event) override;
  void closeEvent(QCloseEvent *event) override;
  void dragEnterEvent(QDragEnterEvent *event) override;
  void dropEvent(QDropEvent *event) override;

private:
  void createActions();
  void createMenus();
  void createLayout();
  void retranslateUi();
  void openLink(const QUrl &url);
  void navigate(const Page &page, bool preview);
  void showNothingFound(const QString &text);
  void display();
  /// Back (false) or Forward (true) in the navigation history.
  void goInHistory(bool forward);
  void updateTitle();
  void keepPreview();
  void startComparison();
  /// Prints the page shown or the cheat sheet, on paper or as a PDF.
  void print(bool pdf, bool cheatSheet);
  void languageChanged(Language language);
  void restoreSettings();
  void saveSettings() const;
  Language language() const;

  ContentStore &m_store;
  LanguageManager &m_languages;
  UserStore *m_user = nullptr;
  /// The "nothing matches" page is not a step in it.
  NavigationHistory m_history;
  QTimer m_dwell;
  int m_zoom = 0;

  SearchPane *m_searchPane = nullptr;
  PageStack *m_pages = nullptr;
  QSplitter *m_splitter = nullptr;

  QMenu *m_fileMenu = nullptr;
  QMenu *m_goMenu = nullptr;
  QMenu *m_viewMenu = nullptr;
  QMenu *m_languageMenu = nullptr;
  QMenu *m_trainingMenu = nullptr;
  QMenu *m_helpMenu = nullptr;
  QToolBar *m_toolBar = nullptr;
  QAction *m_backAction = nullptr;
  QAction *m_forwardAction = nullptr;
  QAction *m_compareAction = nullptr;
  QAction *m_mappingAction = nullptr;
  QAction *m_traceAction = nullptr;
  QAction *m_openTraceAction = nullptr;
  QAction *m_printAction = nullptr;
  QAction *m_pdfAction = nullptr;
  QAction *m_cheatSheetAction = nullptr;
  QAction *m_cheatSheetPdfAction = nullptr;
  QAction *m_exportDataAction = nullptr;
  QAction *m_importDataAction = nullptr;
  QAction *m_quizAction = nullptr;
  QAction *m_zoomInAction = nullptr;
  QAction *m_zoomOutAction = nullptr;
  QAction *m_zoomResetAction = nullptr;
  QAction *m_focusSearchAction = nullptr;
  QAction *m_quitAction = nullptr;
  QAction *m_englishAction = nullptr;
  QAction *m_japaneseAction = nullptr;
  QAction *m_welcomeAction = nullptr;
  QAction *m_aboutAction = nullptr;
  QActionGroup *m_languageGroup = nullptr;
};

} // namespace sipref
