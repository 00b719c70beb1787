#pragma once

#include "core/ContentStore.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QTabWidget;

namespace sipref {

class BookmarksPanel;
class EntryListView;
class HistoryPanel;
class ResultModel;
class Search;
class UserStore;

/// The left side of the window: the search box, the filter toggles, and
/// the lists (Results, and with a user store Bookmarks and History).
///
/// The results follow every keystroke. Up/Down/PageUp/PageDown move in the
/// list from the search box, Enter opens, Esc clears. Typing always brings
/// the Results tab back. When the filters hide results the pane says how
/// many, with a link that shows all. The filters are remembered (Settings).
///
/// The pane opens nothing itself: it says what the user wants to see.
class SearchPane final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(SearchPane)

public:
  /// Without `user` there are no Bookmarks and History tabs and no note search.
  SearchPane(const ContentStore &store, UserStore *user, QWidget *parent = nullptr);
  ~SearchPane() override;

  void setLanguage(Language language);
  /// The code the window shows now: the list keeps its selection on it, and
  /// "Compare with" in the context menu compares with it.
  void setShownEntry(const EntryRef &ref);

  SearchFilter filter() const;
  void setFilter(const SearchFilter &filter);
  /// How many results the filters hide for the text as typed (0 without filters).
  int hiddenByFilter() const { return m_hidden; }

  QString text() const;
  void setText(const QString &text);
  void focusSearch();
  /// Runs the search again for the same text (after a language or data
  /// change) without opening anything.
  void refresh();
  /// Note and star markers in the list, after the user's data changed.
  void refreshMarkers();

  QLineEdit *searchBox() const { return m_search; }
  QListView *resultView() const;
  ResultModel *resultModel() const { return m_model; }
  QTabWidget *tabs() const { return m_tabs; }
  BookmarksPanel *bookmarksPanel() const { return m_bookmarks; }
  HistoryPanel *historyPanel() const { return m_history; }

signals:
  /// The best match while typing, or the row moved to: show it for now.
  void entryPreviewed(const sipref::EntryRef &ref);
  /// Enter or a click on a result, bookmark or history row: open it.
  void entryActivated(const sipref::EntryRef &ref);
  /// The text typed matches nothing (with the filters as they are).
  void nothingFound(const QString &text);
  /// "Compare with…" from a result's context menu; `chooseRight` asks the
  /// window to put the focus on the right-hand picker.
  void compareRequested(const sipref::EntryRef &left, const sipref::EntryRef &right, bool chooseRight);

protected:
  void changeEvent(QEvent *event) override;
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  QWidget *createFilterBar();
  void filterToggled();
  void enableClassFilters();
  void retranslateUi();
  void runSearch(bool openBestMatch);
  void updateCounts();
  void currentRowChanged(int row);
  void showContextMenu(const QPoint &pos);
  bool isWindowShortcut(const QKeyEvent *key) const;

  const ContentStore &m_store;
  UserStore *m_user;
  Language m_language = Language::English;
  EntryRef m_shown;
  QLineEdit *m_search = nullptr;
  EntryListView *m_results = nullptr;
  ResultModel *m_model = nullptr;
  QTabWidget *m_tabs = nullptr;
  BookmarksPanel *m_bookmarks = nullptr;
  HistoryPanel *m_history = nullptr;
  QLabel *m_resultCount = nullptr;
  QLabel *m_hiddenNotice = nullptr;
  QList<QAction *> m_registryFilters; ///< in allRegistries() order
  QList<QAction *> m_classFilters;    ///< 1xx..6xx
  int m_hidden = 0;
  bool m_updating = false;
  std::unique_ptr<Search> m_searcher; ///< keeps its word list between keystrokes
  QString m_suggestion;               ///< "Did you mean 403 Forbidden?", or empty
};

} // namespace sipref
