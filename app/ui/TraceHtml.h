#pragma once

#include "core/CallFlow.h"
#include "core/PageRenderer.h"
#include "core/TraceSummary.h"

#include <optional>

class QUrl;

namespace sipref {

class ContentStore;
class TraceExplainer;
struct TraceSource;

/// The HTML the trace view shows and prints, written in one place so that
/// the panes and the printed explanation say a thing the same way:
///
/// - summary(): the trace summary report (as `sipref --explain` starts) and
///   the codes named in log lines, by Call-ID, each with "line N";
/// - callDiagnosis(): a call's headline, parties, timing, findings and
///   first checks, with a link to its final response's page;
/// - message(): one message of a call flow: where it went, when, its Reason
///   and Warning values decoded and linked, and its text as in the trace
///   (or, for a capture, the headers the reader kept);
/// - explanation(): all of it for print or PDF, with each call's ladder as text.
///
/// Code links are Page::link()s, as on every page; a code SipRef does not
/// know is named, not linked. Content text is in the explainer's language;
/// the words around it come from the TraceView translation context, except
/// "Time" and "line N", which are CallFlowWriter's: the ladder text says
/// them too, and a word is translated once.
class TraceHtml final {
public:
  /// The code a link in this HTML opens (a Page::link() to an entry); nothing for any other link.
  static std::optional<EntryRef> linkedEntry(const QUrl &url);

  /// All three must outlive this object.
  TraceHtml(const ContentStore &store, const TraceExplainer &explainer, const CallFlowWriter &writer);

  /// Empty when the summary has nothing to say (nothing scanned yet).
  QString summary(const TraceSummary &summary, const PageColors &colors) const;
  QString callDiagnosis(const CallFlow &flow, const TraceCall &call) const;
  QString message(const CallFlow &flow, int step, const TraceSummary &summary,
                  const TraceSource &source) const;
  /// The whole explanation under a title; `status` is the trace view's status line.
  QString explanation(const QString &status, const TraceSummary &summary, const PageColors &colors) const;

private:
  /// Timing, findings and first checks, as the pane and the printout show them.
  QString diagnosis(const CallFlow &flow, const CallDiagnosis &d) const;
  /// `label` linked to ref's page when SipRef knows the code, else escaped.
  QString linked(const EntryRef &ref, const QString &label) const;

  const ContentStore &m_store;
  const TraceExplainer &m_explainer;
  const CallFlowWriter &m_writer;
};

} // namespace sipref
