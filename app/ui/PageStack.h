#pragma once

#include "core/ContentStore.h"
#include "core/Page.h"

#include <QStackedWidget>

class QSplitter;
class QTextBrowser;

namespace sipref {

class CompareView;
class NotesPanel;
class TraceView;
class UserStore;

/// The right side of the window: shows one Page at a time (a code with its
/// notes below, a comparison, the mapping, the welcome page, the trace
/// explainer), or the "nothing matches" page while a search finds nothing,
/// or the content error when the content did not open. It renders; which
/// page comes next is the window's business.
class PageStack final : public QStackedWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(PageStack)

public:
  /// Without `user` there is no notes panel.
  PageStack(const ContentStore &store, UserStore *user, QWidget *parent = nullptr);

  void setLanguage(Language language);
  /// Shows `page`, scrolled to `scroll`.
  void showPage(const Page &page, int scroll = 0);
  /// Shows that `text` matches nothing; `hidden` matches are hidden by filters.
  void showNothingFound(const QString &text, int hidden);
  bool isShowingNothingFound() const { return !m_nothingFound.isEmpty(); }
  /// From now on every page says the content could not be loaded (except the trace explainer).
  void setContentError(const QString &message);
  bool hasContentError() const { return !m_contentError.isEmpty(); }
  /// The window title for what is shown, without the application name.
  QString title() const;
  /// The trace explainer's title, also the name of the action that shows it.
  static QString traceTitle();
  /// How far the page shown is scrolled (0 = top).
  int scrollPosition() const;
  /// Text size steps relative to the last call's.
  void zoomBy(int steps);
  bool isComparing() const;

  QTextBrowser *entryPage() const { return m_page; }
  /// The comparison and the trace view, built on first use.
  CompareView *compareView() const;
  TraceView *traceView() const;
  NotesPanel *notesPanel() const { return m_notes; }

signals:
  void linkActivated(const QUrl &url);
  void comparisonChosen(const sipref::EntryRef &left, const sipref::EntryRef &right);
  void entryRequested(const sipref::EntryRef &ref);
  /// The user scrolled the page: they are reading it.
  void pageRead();

protected:
  void changeEvent(QEvent *event) override;

private:
  void render();

  const ContentStore &m_store;
  Language m_language = Language::English;
  Page m_shown = Page::welcome();
  QString m_nothingFound;
  int m_hidden = 0;
  QString m_contentError;
  QTextBrowser *m_page;
  mutable CompareView *m_compare = nullptr;
  mutable TraceView *m_trace = nullptr;
  int m_zoom = 0; ///< text size steps, for views built later
  QSplitter *m_pageSplitter;
  NotesPanel *m_notes = nullptr;
};

} // namespace sipref
