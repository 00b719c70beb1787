#pragma once

#include <memory>

#include "core/ContentStore.h"
#include "core/PageRenderer.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QSplitter;
class QToolBar;
class QStackedWidget;
class QTextBrowser;
class QListWidget;
class QTabWidget;

namespace sipref {

class BookmarksPanel;
class CompareView;
class LanguageManager;
class NotesPanel;
class ResultModel;
class TraceView;
class Search;
class UserStore;

/// The main window: search box and results on the left; the code page or
/// the comparison on the right; back/forward through what was shown.
class MainWindow final : public QMainWindow {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(MainWindow)

public:
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
  /// Opens a trace file in the trace explainer.
  void explainFile(const QString &path);
  void startQuiz();
  /// Zoom steps of the pages (0 = normal), remembered.
  int zoom() const { return m_zoom; }
  void setZoom(int steps);
  TraceView *traceView() const { return m_trace; }
  NotesPanel *notesPanel() const { return m_notes; }
  BookmarksPanel *bookmarksPanel() const { return m_bookmarks; }
  /// Which registries and SIP classes the result list shows (remembered).
  SearchFilter filter() const;
  void setFilter(const SearchFilter &filter);
  void setSearchText(const QString &text);
  void setContentError(const QString &message);

  // For tests and the CLI hand-off.
  QLineEdit *searchBox() const { return m_search; }
  QListView *resultView() const { return m_results; }
  ResultModel *resultModel() const { return m_model; }
  QTextBrowser *entryPage() const { return m_page; }
  CompareView *compareView() const { return m_compare; }
  bool isComparing() const;
  EntryRef currentEntry() const;
  bool canGoBack() const;
  bool canGoForward() const;
  void goBack();
  void goForward();

protected:
  void changeEvent(QEvent *event) override;
  void closeEvent(QCloseEvent *event) override;
  void dragEnterEvent(QDragEnterEvent *event) override;
  void dropEvent(QDropEvent *event) override;
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  struct Place {
    enum class Kind { Entry, Compare, Mapping, Trace };
    Kind kind = Kind::Entry;
    EntryRef a;
    EntryRef b;
    bool preview = false;
    friend bool operator==(const Place &x, const Place &y) {
      return x.kind == y.kind && x.a == y.a && (x.kind != Kind::Compare || x.b == y.b);
    }
  };
  static Place entryPlace(const EntryRef &ref, bool preview = false) {
    return Place{Place::Kind::Entry, ref, {}, preview};
  }

  void createActions();
  void createMenus();
  void createLayout();
  QWidget *createFilterBar(QWidget *parent);
  void filterToggled();
  void retranslateUi();
  void runSearch();
  void resultActivated(const QModelIndex &index);
  void resultCurrentChanged(const QModelIndex &current);
  void resultContextMenu(const QPoint &pos);
  void openLink(const QUrl &url);
  void navigate(const Place &place, bool preview);
  void display(const Place &place);
  void renderCurrent();
  void updateNavigation();
  void startComparison();
  void printCurrent(bool pdf);
  void printCheatSheet(bool pdf);
  void exportUserData();
  void importUserData();
  void refreshUserMarkers();
  void refreshHistory();
  void setLanguage(Language language);
  void restoreSettings();
  void saveSettings() const;
  Language language() const;

  ContentStore &m_store;
  LanguageManager &m_languages;
  QString m_contentError;

  QLineEdit *m_search = nullptr;
  QListView *m_results = nullptr;
  ResultModel *m_model = nullptr;
  QLabel *m_resultCount = nullptr;
  QTextBrowser *m_page = nullptr;
  CompareView *m_compare = nullptr;
  QStackedWidget *m_stack = nullptr;
  QSplitter *m_splitter = nullptr;

  QMenu *m_fileMenu = nullptr;
  QMenu *m_goMenu = nullptr;
  QMenu *m_viewMenu = nullptr;
  QMenu *m_languageMenu = nullptr;
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
  QMenu *m_trainingMenu = nullptr;
  UserStore *m_user = nullptr;
  std::unique_ptr<Search> m_searcher; // after m_store and m_user, which it reads
  NotesPanel *m_notes = nullptr;
  BookmarksPanel *m_bookmarks = nullptr;
  QListWidget *m_historyList = nullptr;
  QTabWidget *m_leftTabs = nullptr;
  TraceView *m_trace = nullptr;
  QSplitter *m_pageSplitter = nullptr;
  int m_zoom = 0;
  QList<QAction *> m_registryFilters; ///< in allRegistries() order
  QList<QAction *> m_classFilters;    ///< 1xx..6xx
  QAction *m_focusSearchAction = nullptr;
  QAction *m_quitAction = nullptr;
  QAction *m_englishAction = nullptr;
  QAction *m_japaneseAction = nullptr;
  QAction *m_aboutAction = nullptr;
  QActionGroup *m_languageGroup = nullptr;

  QList<Place> m_history;
  int m_historyIndex = -1;
  bool m_updatingFromSearch = false;
};

} // namespace sipref
