#pragma once

#include "Comparison.h"
#include "Entry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sipref {

class ContentStore;
class TraceExplainer;
class TraceSummary;

/// A piece of a report's text; `target` makes it a link: a Page::link()
/// ("sipref:entry/sip/486") or a standard's https page. Empty: plain text.
struct ReportSpan {
  QString text;
  QString target;
  bool literal = false; ///< a name as software prints it (USER_BUSY), shown as code
};

/// One paragraph, list item or table row of a section.
struct ReportItem {
  QString label;           ///< a row's label ("Defined in", "ISUP → SIP"); empty for plain items
  QList<ReportSpan> spans; ///< the text, parts of which may link
  QString note;            ///< secondary text shown after it, set apart

  static ReportItem plain(const QString &text) { return {{}, {{text, {}}}, {}}; }
  static ReportItem link(const QString &text, const QString &target) { return {{}, {{text, target}}, {}}; }
  /// The spans joined, without links.
  QString text() const;
};

/// One aligned row of a comparison: the same field of both codes.
struct ReportPair {
  QString label;
  QStringList left;
  QStringList right;
};

/// A heading with what is under it. `id` names the section for the JSON
/// output and the tests ("meaning", "mapping", "differences" …); the heading
/// is in the report's language.
struct ReportSection {
  // In this order in Report.cpp's styleKey().
  enum class Style {
    Paragraphs, ///< each item a paragraph
    Bullets,    ///< a list
    Numbered,   ///< a numbered list
    Rows,       ///< label/value rows, aligned (facts)
    Table,      ///< rows of label, value and note (mapping rows)
    Lines,      ///< items one to a line, close together
    Lead,       ///< "label text" lines right under the summary, each with its note below
    Inline,     ///< items on one line, separated
    Code,       ///< literal protocol text
    Notice,     ///< a remark set apart (no text written yet, no curated note)
    Pairs,      ///< the two codes side by side, row by row
    Counts,     ///< codes or outcomes with how often they occur (the note: the count)
  };

  QString id;
  QString heading; ///< may be empty (the summary, a notice)
  Style style = Style::Paragraphs;
  QList<ReportItem> items;
  QList<ReportPair> pairs; ///< Style::Pairs only
  /// Links to pages the window has and the command line does not (the whole
  /// mapping page): shown by the window, left out of text output.
  QList<ReportItem> seeAlso;
};

/// A code a report is about, with what its title line shows.
struct ReportSubject {
  EntryRef ref;
  QString cls;   ///< Entry::cls: the badge's class
  QString title; ///< in the report's language
};

/// What the window, the command line (text and JSON) and the PDF show for an
/// entry or a comparison, built once by ReportBuilder. It holds text only:
/// every renderer escapes what it writes.
struct Report {
  enum class Kind { Entry, Comparison, Trace };

  Kind kind = Kind::Entry;
  Language language = Language::English;
  QList<ReportSubject> subjects; ///< one for an entry, left and right for a comparison
  QString subtitle;              ///< the standard's name when the title differs from it
  QStringList facts;             ///< shown beside the badge: class, kind, status
  bool deprecated = false;       ///< the status fact is a warning (deprecated, historic)
  QList<ReportSection> sections;

  const ReportSection *section(const QString &id) const;
  /// The report as JSON: {"kind", "title", "subtitle", "facts", "sections": [...]}.
  QJsonObject toJson() const;
};

/// A row where SIP-I interworking (3GPP TS 29.163) departs from RFC 3398.
struct SipIDeparture {
  bool toIsup = true;
  int sip = -1;
  int cause = -1;
  int rfc3398 = -1; ///< -1: RFC 3398 has no row
  QString source;
};

/// Builds reports from the content. Every heading and sentence of an entry
/// page, a comparison and a trace summary is here, in the one translation
/// context "Report".
class ReportBuilder final {
  Q_DECLARE_TR_FUNCTIONS(Report)

public:
  explicit ReportBuilder(const ContentStore &store);

  /// Meaning, when you see it, what to do, retry, the facts, the RFC 3398
  /// mapping with SIP-I departures, the Reason header, look-alikes, related codes.
  Report entry(const Entry &entry, Language language) const;
  /// Key differences first, then which to use when, then the aligned rows.
  Report comparison(const Comparison &comparison) const;

  /// What a trace holds: its counts, what a capture held besides SIP, the
  /// final responses, Q.850 causes and Warning codes with how often each
  /// occurs, how the calls ended, and remarks on unregistered codes. The
  /// window's trace summary and the first part of --explain.
  static Report traceSummary(const TraceSummary &summary, const TraceExplainer &explainer);
  /// "(not registered)", after a code the registries do not have.
  static QString notRegistered();
  /// The heading over codes named in log lines, and the group of those
  /// without a Call-ID (the window's summary and --explain list them).
  static QString mentionsHeading();
  /// "Remarks": over the trace summary's notes and the trace view's column of them.
  static QString remarksHeading();
  static QString noCallId();

  /// The SIP-I departures of the content.
  static QList<SipIDeparture> departures(const ContentStore &store, Language language);
  /// "Source: 3GPP TS 29.163 Table 7.2.3.1.2-1" for a departure.
  static QString sourceText(const SipIDeparture &departure);

  /// "486 vs 600": a comparison's title, wherever one is named.
  static QString versus(const QString &left, const QString &right);

  /// The fields an entry page shows and a comparison aligns.
  enum class RowLabel { Class, Kind, Summary, Meaning, When, Todo, Retry, Headers, Status, DefinedIn };
  /// The heading of a field, the same on the entry page and in a comparison.
  static QString rowLabel(RowLabel label);

private:
  /// "FreeSWITCH: USER_BUSY · Asterisk: AST_CAUSE_USER_BUSY, …": the names
  /// that stand for the entry (`primary`) or those of causes mapped to it.
  static QList<ReportSpan> vendorSpans(const Entry &entry, bool primary);
  /// A link to `ref`'s page, labelled "486 Busy Here".
  ReportSpan entryLink(const EntryRef &ref, Language language) const;

  const ContentStore &m_store;
};

} // namespace sipref
