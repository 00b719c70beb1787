#include "TraceHtml.h"

#include "LadderView.h"
#include "TraceInput.h"
#include "TraceView.h" // the translation context of the whole trace view

#include "core/Page.h"
#include "core/Report.h"
#include "core/TraceExplainer.h"

#include <QHash>
#include <QUrl>

#include <algorithm>

namespace sipref {

namespace {

// A message shows at most this many of its lines.
constexpr qint64 kMessageLines = 80;
// A printout of 30,000 calls helps nobody.
constexpr int kCallsInPrint = 200;

QString esc(const QString &text) {
  return text.toHtmlEscaped();
}

} // namespace

std::optional<EntryRef> TraceHtml::linkedEntry(const QUrl &url) {
  if (const auto page = Page::fromLink(url); page && page->kind == Page::Kind::Entry)
    return page->first;
  return std::nullopt;
}

TraceHtml::TraceHtml(const ContentStore &store, const TraceExplainer &explainer, const CallFlowWriter &writer)
    : m_store(store), m_explainer(explainer), m_writer(writer) {}

QString TraceHtml::linked(const EntryRef &ref, const QString &label) const {
  if (!m_explainer.isRegistered(ref))
    return esc(label);
  return QStringLiteral("<a href=\"%1\">%2</a>").arg(Page::entry(ref).link(), esc(label));
}

QString TraceHtml::summary(const TraceSummary &s, const PageColors &colors) const {
  const QList<TraceMention> mentions = m_explainer.mentions(s);
  // The same report as the first part of --explain.
  const Report report = ReportBuilder::traceSummary(s, m_explainer);
  if (report.sections.isEmpty() && mentions.isEmpty())
    return {};
  QString html = PageRenderer(m_store, colors).sections(report);
  if (mentions.isEmpty())
    return html;
  // Codes named in log lines, by Call-ID, apart from the messages.
  html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(ReportBuilder::mentionsHeading()));
  QStringList order;
  QHash<QString, QList<TraceMention>> byCall;
  for (const TraceMention &m : mentions) {
    if (!byCall.contains(m.callId))
      order << m.callId;
    byCall[m.callId] << m;
  }
  std::stable_partition(order.begin(), order.end(), [](const QString &id) { return !id.isEmpty(); });
  for (const QString &id : order) {
    QStringList items;
    for (const TraceMention &m : byCall.value(id)) {
      const EntryRef ref = TraceExplainer::refFor(m);
      QString item = linked(ref, m_explainer.mentionText(m));
      if (!m_explainer.isRegistered(ref))
        item += QStringLiteral(" <i>%1</i>").arg(esc(ReportBuilder::notRegistered()));
      items << item + QStringLiteral(" <i>%1</i>").arg(esc(CallFlowWriter::tr("line %1").arg(m.line)));
    }
    QString item =
        QStringLiteral("<li><b>%1</b>: %2")
            .arg(esc(id.isEmpty() ? ReportBuilder::noCallId() : id), items.join(QStringLiteral(", ")));
    if (!id.isEmpty()) {
      const CallDiagnosis d = m_writer.diagnoseMentions(byCall.value(id));
      if (d.problem && !d.findings.isEmpty())
        item += QStringLiteral("<br>→ ") + esc(d.findings.join(QStringLiteral(" ")));
    }
    html += item + QStringLiteral("</li>");
  }
  return html + QStringLiteral("</ul>");
}

QString TraceHtml::diagnosis(const CallFlow &flow, const CallDiagnosis &d) const {
  QString html;
  const QString timing = CallFlowWriter::timingText(flow.timing());
  if (!timing.isEmpty())
    html += QStringLiteral("<p><b>%1</b>: %2</p>").arg(esc(TraceView::tr("Timing")), esc(timing));
  if (!d.findings.isEmpty()) {
    html += QStringLiteral("<ul>");
    for (const QString &f : d.findings)
      html += QStringLiteral("<li>%1</li>").arg(esc(f));
    html += QStringLiteral("</ul>");
  }
  if (!d.checks.isEmpty()) {
    html += QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(TraceView::tr("Check first")));
    for (const QString &c : d.checks)
      html += QStringLiteral("<li>%1</li>").arg(esc(c));
    html += QStringLiteral("</ol>");
  }
  return html;
}

QString TraceHtml::callDiagnosis(const CallFlow &flow, const TraceCall &call) const {
  const CallDiagnosis d = m_writer.diagnose(flow, call);
  QString html = QStringLiteral("<h3>%1</h3>").arg(esc(d.headline));
  if (!flow.from().isEmpty())
    html += QStringLiteral("<p>%1 → %2</p>").arg(esc(flow.from()), esc(flow.to()));
  html += diagnosis(flow, d);
  if (flow.finalStep() >= 0) {
    const TraceMessage &m = flow.steps().at(flow.finalStep()).m;
    const EntryRef ref = TraceExplainer::refFor(m);
    if (m_explainer.isRegistered(ref))
      html += QStringLiteral("<p>%1</p>").arg(PageRenderer::openEntryLink(ref, TraceExplainer::startLine(m)));
  }
  return html;
}

QString TraceHtml::message(const CallFlow &flow, int step, const TraceSummary &summary,
                           const TraceSource &source) const {
  const FlowStep &s = flow.steps().at(step);
  const TraceMessage m = summary.message(s.message); // with the headers the step leaves out
  const QString title = m.isResponse() ? linked(TraceExplainer::refFor(m), TraceExplainer::startLine(m))
                                       : esc(TraceExplainer::startLine(m));
  QString html = QStringLiteral("<h3>%1</h3><p>").arg(title);
  auto row = [&](const QString &name, const QString &value) {
    if (!value.isEmpty())
      html += QStringLiteral("<b>%1</b>: %2<br>").arg(esc(name), esc(value));
  };
  row(TraceView::tr("From → To"), CallFlowWriter::participantLabel(flow.participants().at(s.from)) +
                                      QStringLiteral(" → ") +
                                      CallFlowWriter::participantLabel(flow.participants().at(s.to)));
  row(CallFlowWriter::tr("Time"), CallFlowWriter::timeText(s.time));
  if (m.frame > 0) {
    row(TraceView::tr("Frame"), QString::number(m.frame));
    row(TraceView::tr("Transport"), m.transport);
  } else {
    row(TraceView::tr("Line"), QString::number(m.line));
  }
  if (s.retransmission)
    row(TraceView::tr("Note"), LadderView::retransmissionNote());
  html += QStringLiteral("</p>");
  QStringList decoded;
  for (const TraceReason &r : m.reasons)
    decoded << linked(TraceExplainer::refFor(r), QStringLiteral("Reason: ") + m_explainer.reasonText(r));
  for (const TraceWarning &w : m.warnings)
    decoded << linked(TraceExplainer::refFor(w), m_explainer.warningText(w));
  if (!decoded.isEmpty())
    html += QStringLiteral("<p>%1</p>").arg(decoded.join(QStringLiteral("<br>")));
  // The message as it stands in the trace: its lines up to the next message.
  qint64 last = m.line + kMessageLines - 1;
  if (s.message + 1 < summary.messageCount())
    last = qMin(last, summary.lineOf(s.message + 1) - 1);
  QString text = m.line > 0 ? source.lines(m.line, last) : QString();
  if (text.isEmpty()) {
    // A capture keeps no message text: the headers the trace reader kept.
    QStringList lines{m.isRequest() ? m.method + u' ' + m.requestUri : TraceExplainer::startLine(m)};
    auto header = [&lines](const char *name, const QString &value) {
      if (!value.isEmpty())
        lines << QLatin1String(name) + QStringLiteral(": ") + value;
    };
    header("Via", m.via);
    header("From", m.from);
    header("To", m.to);
    header("Call-ID", m.callId);
    header("CSeq", m.cseq >= 0 ? QStringLiteral("%1 %2").arg(m.cseq).arg(m.cseqMethod) : QString());
    header("Contact", m.contact);
    header(m.isRequest() ? "User-Agent" : "Server", m.userAgent);
    text = lines.join(u'\n');
  }
  return html + QStringLiteral("<pre>%1</pre>").arg(esc(text));
}

QString TraceHtml::explanation(const QString &status, const TraceSummary &s, const PageColors &colors) const {
  QString html =
      QStringLiteral("<h1>%1</h1><p>%2</p>").arg(esc(TraceView::tr("Trace explanation")), esc(status));
  html += summary(s, colors);
  int printed = 0;
  for (int i = 0; i < s.calls().size() && printed < kCallsInPrint; ++i) {
    const TraceCall &call = s.calls().at(i);
    if (call.callId.isEmpty())
      continue;
    ++printed;
    const CallFlow flow = CallFlow::build(s, i);
    const CallDiagnosis d = m_writer.diagnose(flow, call);
    html += QStringLiteral("<h2>%1</h2><p><b>%2</b></p>").arg(esc(call.callId), esc(d.headline));
    html += diagnosis(flow, d);
    html += QStringLiteral("<pre style=\"font-size: 7pt\">%1</pre>").arg(esc(m_writer.ladderText(flow)));
  }
  return html;
}

} // namespace sipref
