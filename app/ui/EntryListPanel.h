#pragma once

#include "core/Registry.h"

#include <QWidget>

class QLabel;
class QListView;
class QVBoxLayout;

namespace sipref {

class ContentStore;
class EntryListView;
class UserStore;

/// A sidebar panel listing codes the user keeps (the bookmarks, the
/// history) in an EntryListView, with a text that stands in for the list
/// while it is empty. Titles follow setLanguage(); the panel's own words
/// follow LanguageChange. Activating a row emits entryRequested().
///
/// A subclass says which codes to list (listedEntries()), sets its words in
/// retranslateUi(), and calls refresh() when its codes change; the user data
/// being reset (an import) refreshes every panel. The list is first read
/// when the panel is shown or its entries, view or model are asked for.
class EntryListPanel : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(EntryListPanel)

public:
  ~EntryListPanel() override;

  /// The language of the titles in the list.
  void setLanguage(Language language);
  /// The codes in the order listed (up to date even while hidden).
  QList<EntryRef> entries() const;
  QListView *view() const;

signals:
  void entryRequested(const sipref::EntryRef &ref);

protected:
  EntryListPanel(UserStore &userStore, const ContentStore &content, QWidget *parent);

  virtual QList<EntryRef> listedEntries() const = 0;
  virtual void retranslateUi() = 0;
  /// Lists listedEntries() again, keeping the selection on its code. While
  /// the panel is a hidden page (a tab behind the results) it only notes
  /// that the list is out of date, to be read when the panel is shown or its
  /// entries are asked for: the history changes with every page opened.
  virtual void refresh();
  /// Brings the list up to date if a refresh was put off.
  void ensureListed() const;
  void changeEvent(QEvent *event) override;
  void showEvent(QShowEvent *event) override;
  /// The text that stands in for an empty list. Given to the label when the
  /// panel is shown: the panels start in tabs behind the results, and a
  /// wrapped label's size, which the tabs ask for at once, costs laying out
  /// its text (some 5 million instructions of the first paint for the two).
  void setEmptyText(const QString &text);

  /// The list, then the empty text; a subclass may put more above them.
  QVBoxLayout *m_layout;
  UserStore &m_userStore;
  EntryListView *m_view;
  QLabel *m_empty;

private:
  void list() const;

  const ContentStore &m_content;
  Language m_language = Language::English;
  QString m_emptyText;
  mutable bool m_stale = true; ///< not listed since the codes changed
};

} // namespace sipref
