#pragma once

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

namespace sipref {

class CompareView;
class LanguageManager;
class ResultModel;

/// The main window: search box and results on the left; the code page or
/// the comparison on the right; back/forward through what was shown.
class MainWindow final : public QMainWindow {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(MainWindow)

public:
  /// `contentError` is shown instead of content when the store did not open.
  MainWindow(ContentStore &store, LanguageManager &languages, QWidget *parent = nullptr);
  ~MainWindow() override;

  void showEntry(const EntryRef &ref);
  void showComparison(const EntryRef &left, const EntryRef &right);
  void showMapping();
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
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  struct Place {
    enum class Kind { Entry, Compare, Mapping };
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
