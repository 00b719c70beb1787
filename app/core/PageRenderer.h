#pragma once

#include "Comparison.h"
#include "Entry.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace sipref {

class ContentStore;
struct Report;
struct ReportItem;
struct ReportSection;

/// Colours for generated pages, taken from the widget palette by the UI so
/// pages follow light and dark themes. Values are "#rrggbb".
struct PageColors {
  QString text = QStringLiteral("#1d1f21");
  QString muted = QStringLiteral("#5f6670");
  QString link = QStringLiteral("#1a5fb4");
  QString base = QStringLiteral("#ffffff");
  QString alternate = QStringLiteral("#f2f4f7");
  QString border = QStringLiteral("#d0d4da");
};

/// Renders reports (Report: entry pages, comparisons) and the mapping and
/// welcome pages as the HTML shown by the window and printed to PDF
/// (QTextBrowser's rich-text subset). The command line renders the same
/// reports as text and JSON.
///
/// Every content string is HTML-escaped: text from content never becomes
/// markup. Links to other pages are Page::link()s ("sipref:entry/sip/486");
/// the others point at the RFC Editor / ITU-T.
class PageRenderer final {
  Q_DECLARE_TR_FUNCTIONS(PageRenderer)

public:
  explicit PageRenderer(const ContentStore &store, PageColors colors = {});

  QString html(const Report &report) const;
  /// The report's sections alone, for a page that holds more than the report
  /// (the trace view's summary, the trace explanation printed).
  QString sections(const Report &report) const;
  /// `body` as a page in these colours.
  QString document(const QString &body) const;
  /// html() of ReportBuilder's entry report and comparison.
  QString entryPage(const Entry &entry, Language language) const;
  QString comparisonPage(const Comparison &comparison) const;
  /// RFC 3398's mapping in both directions, the Reason header and where
  /// common equipment departs from the RFC.
  QString mappingPage(Language language) const;
  /// A page saying the content could not be loaded, with the reason.
  QString errorPage(const QString &title, const QString &detail) const;
  /// The welcome page shown before any code is selected.
  QString welcomePage(Language language) const;

  static QString entryLink(const EntryRef &ref);
  /// An HTML link reading "Open <label>" to ref's page, for a pane that
  /// names a code without showing it (a quiz answer, a call's final response).
  static QString openEntryLink(const EntryRef &ref, const QString &label);
  static QString compareLink(const EntryRef &a, const EntryRef &b);
  static QString mappingLink();
  /// The only links that leave the application: the standards' own pages
  /// (RFC Editor, IETF Datatracker, ITU-T) over https. Anything else in a
  /// page (content, notes, imported files) is never opened.
  static bool isTrustedExternalLink(const QUrl &url);

private:
  QString style() const;
  QString badge(const EntryRef &ref, const QString &cls) const;
  QString linkTo(const EntryRef &ref, Language language) const;
  QString section(const ReportSection &section) const;
  QString spans(const ReportItem &item) const;

  const ContentStore &m_store;
  PageColors m_colors;
};

} // namespace sipref
