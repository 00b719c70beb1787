#include <charconv>
#include <cstdlib>
#include <map>
#include "Cli.h"

#include "core/CallFlow.h"
#include "core/Comparison.h"
#include "core/ContentLocator.h"
#include "core/ContentStore.h"
#include "core/InOrder.h"
#include "core/Report.h"
#include "core/ReportText.h"
#include "core/Search.h"
#include "core/TraceExplainer.h"
#include "core/TraceReader.h"
#include "core/TraceSummary.h"
#include "core/Vocabulary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace sipref::cli {

namespace {

void out(const QString &s) { std::fputs(s.toUtf8().constData(), stdout); }

void err(const QString &s) { std::fputs(s.toUtf8().constData(), stderr); }

QJsonObject entryJson(const Entry &e, Language language) {
  const EntryText &t = e.text(language);
  QJsonArray refs;
  for (const DocRef &r : e.refs)
    refs.append(QJsonObject{{QStringLiteral("doc"), r.doc}, {QStringLiteral("section"), r.section},
                            {QStringLiteral("url"), r.url()}});
  QJsonArray related;
  for (const EntryRef &r : e.related)
    related.append(r.toString());
  QJsonObject o{{QStringLiteral("registry"), registryKey(e.ref.registry)},
                {QStringLiteral("code"), e.ref.code},
                {QStringLiteral("phrase"), e.phrase},
                {QStringLiteral("title"), e.title(language)},
                {QStringLiteral("class"), e.cls},
                {QStringLiteral("status"), e.status},
                {QStringLiteral("refs"), refs},
                {QStringLiteral("related"), related},
                {QStringLiteral("has_text"), e.hasText},
                {QStringLiteral("commonness"), e.commonness}};
  QJsonArray vendors;
  for (const VendorName &n : e.vendorNames)
    vendors.append(QJsonObject{{QStringLiteral("vendor"), n.vendor},
                               {QStringLiteral("name"), n.name},
                               {QStringLiteral("stands_for_this_entry"), n.primary}});
  if (!vendors.isEmpty())
    o.insert(QStringLiteral("vendor_names"), vendors);
  if (!e.kind.isEmpty())
    o.insert(QStringLiteral("kind"), e.kind);
  if (e.hasText) {
    o.insert(QStringLiteral("summary"), t.summary);
    o.insert(QStringLiteral("meaning"), t.meaning);
    o.insert(QStringLiteral("when"), QJsonArray::fromStringList(t.when));
    o.insert(QStringLiteral("todo"), QJsonArray::fromStringList(t.todo));
    if (!t.retry.isEmpty())
      o.insert(QStringLiteral("retry"), t.retry);
  }
  return o;
}

/// A capture time in UTC: "2026-11-30T00:17:55.123456Z", or "00:17:55.123456" for a row.
/// Formatted by hand: it runs once per message, and QDateTime::toString
/// took a third of the time of --explain on a large capture (snprintf a tenth).
/// Writes "HH:MM:SS.uuuuuu" (or with `full` "YYYY-MM-DDTHH:MM:SS.uuuuuuZ")
/// into `text` (room for 40), returning its length; 0 when there is no time.
int writeCaptureTime(char *text, double time, bool full) {
  if (time < 0)
    return 0;
  const qint64 micros = qint64(time * 1e6 + 0.5);
  const qint64 seconds = micros / 1000000;
  const qint64 secondOfDay = seconds % 86400;
  int n = 0;
  auto digits = [&](qint64 value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10)
      text[n + i] = char('0' + value % 10);
    n += width;
  };
  if (full) {
    // QDate from the day number: no string formatting, so it stays cheap.
    const QDate date = QDate::fromJulianDay(seconds / 86400 + 2440588); // 2440588: 1970-01-01
    digits(date.year(), 4);
    text[n++] = '-';
    digits(date.month(), 2);
    text[n++] = '-';
    digits(date.day(), 2);
    text[n++] = 'T';
  }
  digits(secondOfDay / 3600, 2);
  text[n++] = ':';
  digits(secondOfDay / 60 % 60, 2);
  text[n++] = ':';
  digits(secondOfDay % 60, 2);
  text[n++] = '.';
  digits(micros % 1000000, 6);
  if (full)
    text[n++] = 'Z';
  return n;
}

QString captureTime(double time, bool full) {
  char text[40];
  return QString::fromLatin1(text, writeCaptureTime(text, time, full));
}

/// The listing of --explain: a line per message (where, when, what, CSeq),
/// the endpoints of a captured one, its Reason and Warning values. Written
/// straight into the report, without a string per field: a 100 MB capture
/// has some 160,000 messages.
class MessageRows final {
public:
  explicit MessageRows(const TraceExplainer &explainer) : m_explainer(explainer) {
    auto split = [](const QString &text, QString &before, QString &after) {
      const qsizetype at = text.indexOf(QLatin1StringView("%1"));
      before = at < 0 ? text + u' ' : text.left(at);
      after = at < 0 ? QString() : text.mid(at + 2);
    };
    split(CallFlowWriter::tr("frame %1"), m_frameBefore, m_frameAfter);
    split(CallFlowWriter::tr("line %1"), m_lineBefore, m_lineAfter);
  }

  void append(QString &s, const TraceMessage &m) {
    // The row is written through a pointer into room made for it at once
    // (256 is more than the fixed parts, numbers and padding take together),
    // then cut to what was written: a QString::append per field cost more
    // than the writing (its growth checks), for 160,000 rows of a capture.
    const bool captured = m.frame > 0;
    const QString &before = captured ? m_frameBefore : m_lineBefore;
    const QString &after = captured ? m_frameAfter : m_lineAfter;
    const QString &remarkText = m.isRequest() ? m_noRemark : remark(m);
    const qsizetype start = s.size();
    s.resize(start + 256 + before.size() + after.size() + m.method.size() + m.reasonPhrase.size() + remarkText.size() +
             m.cseqMethod.size() + m.source.size() + m.destination.size() + m.transport.size());
    char16_t *const base = reinterpret_cast<char16_t *>(s.data());
    char16_t *p = base + start;
    auto put = [&p](QStringView text) {
      if (text.isEmpty())
        return; // an empty string's data may be null, which memcpy must not get
      std::memcpy(p, text.utf16(), size_t(text.size()) * sizeof(char16_t));
      p += text.size();
    };
    auto putLatin1 = [&p](const char *text, qsizetype n) {
      for (qsizetype i = 0; i < n; ++i)
        *p++ = char16_t(uchar(text[i]));
    };
    auto putNumber = [&putLatin1](qint64 value) {
      char text[24];
      putLatin1(text, std::to_chars(text, text + sizeof text, value).ptr - text);
    };
    // Spaces up to `width` display columns from `from` (wide characters count two).
    auto padTo = [&p](const char16_t *from, int width) {
      for (int n = width - text::columns(QStringView(from, p - from)); n > 0; --n)
        *p++ = u' ';
    };
    // A capture's messages are placed by frame and time, a text's by line.
    put(u"  ");
    const char16_t *from = p;
    put(before);
    putNumber(captured ? m.frame : m.line);
    put(after);
    padTo(from, 11);
    if (captured) {
      put(u"  ");
      char time[40];
      putLatin1(time, writeCaptureTime(time, m.time, false));
    }
    put(u"  ");
    from = p;
    if (m.isRequest()) {
      put(m.method);
    } else {
      putNumber(m.statusCode);
      if (!m.reasonPhrase.isEmpty()) {
        *p++ = u' ';
        put(m.reasonPhrase);
      }
      put(remarkText);
    }
    padTo(from, 36);
    put(u"  ");
    if (m.cseq >= 0) {
      put(u"CSeq ");
      putNumber(m.cseq);
      if (!m.cseqMethod.isEmpty()) {
        *p++ = u' ';
        put(m.cseqMethod);
      }
    }
    *p++ = u'\n';
    if (captured) {
      put(u"                             ");
      put(m.source);
      put(u" → ");
      put(m.destination);
      *p++ = u' ';
      put(m.transport);
      *p++ = u'\n';
    }
    s.truncate(p - base);
    for (const TraceReason &r : m.reasons)
      s += QStringLiteral("               Reason: ") + m_explainer.reasonText(r) + u'\n';
    for (const TraceWarning &w : m.warnings)
      s += QStringLiteral("               Warning: ") + m_explainer.warningText(w) + u'\n';
  }

private:
  /// What follows a response's status line: the registered phrase when it
  /// was sent with another, or that the code is not registered. Worked out
  /// once per code and phrase: the phrases are shared strings, told apart by where they are.
  const QString &remark(const TraceMessage &m) {
    const std::pair<int, const QChar *> key{m.statusCode, m.reasonPhrase.constData()};
    auto it = m_remarks.find(key);
    if (it != m_remarks.end() && it->second.phrase == m.reasonPhrase)
      return it->second.text;
    QString text;
    const QString ours = m_explainer.phraseIfDifferent(m.statusCode, m.reasonPhrase);
    if (!ours.isEmpty())
      text = u' ' + QCoreApplication::translate("Cli", "(registered phrase: %1)").arg(ours);
    else if (!m_explainer.isRegistered(TraceExplainer::refFor(m)))
      text = u' ' + ReportBuilder::notRegistered();
    if (m_remarks.size() > 4096)
      m_remarks.clear();
    return (m_remarks[key] = Remark{m.reasonPhrase, text}).text;
  }

  const QString m_noRemark;
  struct Remark {
    QString phrase; ///< kept, so that its address stays its own
    QString text;
  };
  const TraceExplainer &m_explainer;
  QString m_frameBefore, m_frameAfter, m_lineBefore, m_lineAfter;
  std::map<std::pair<int, const QChar *>, Remark> m_remarks;
};

QJsonArray reasonsJson(const TraceMessage &m, const TraceExplainer &explainer) {
  QJsonArray out;
  for (const TraceReason &r : m.reasons) {
    QJsonObject o{{QStringLiteral("protocol"), r.protocolName}, {QStringLiteral("text"), r.text},
                  {QStringLiteral("decoded"), explainer.reasonText(r)}};
    if (r.cause >= 0)
      o.insert(QStringLiteral("cause"), r.cause);
    const EntryRef ref = TraceExplainer::refFor(r);
    if (ref.isValid()) {
      o.insert(QStringLiteral("ref"), ref.toString());
      o.insert(QStringLiteral("registered"), explainer.isRegistered(ref));
    }
    out.append(o);
  }
  return out;
}

QJsonArray warningsJson(const TraceMessage &m, const TraceExplainer &explainer) {
  QJsonArray out;
  for (const TraceWarning &w : m.warnings) {
    QJsonObject o{{QStringLiteral("agent"), w.agent}, {QStringLiteral("text"), w.text},
                  {QStringLiteral("decoded"), explainer.warningText(w)}};
    if (w.code >= 0) {
      o.insert(QStringLiteral("code"), w.code);
      o.insert(QStringLiteral("registered"), explainer.isRegistered(TraceExplainer::refFor(w)));
    }
    out.append(o);
  }
  return out;
}

QJsonArray countsJson(const QMap<int, int> &counts, Registry registry, const char *key,
                      const TraceExplainer &explainer) {
  QJsonArray out;
  for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
    const EntryRef ref{registry, it.key()};
    out.append(QJsonObject{{QString::fromLatin1(key), it.key()},
                           {QStringLiteral("title"), explainer.title(ref)},
                           {QStringLiteral("registered"), explainer.isRegistered(ref)},
                           {QStringLiteral("count"), it.value()}});
  }
  return out;
}

// --- call flows, diagnosis and log-line mentions --------------------

QString patternKey(FlowPattern p) {
  switch (p) {
  case FlowPattern::InviteUnanswered:
    return QStringLiteral("invite_unanswered");
  case FlowPattern::OkNotAcked:
    return QStringLiteral("ok_not_acked");
  case FlowPattern::AuthRepeated:
    return QStringLiteral("auth_repeated");
  case FlowPattern::CancelRace:
    return QStringLiteral("cancel_race");
  case FlowPattern::RequestTimeout:
    return QStringLiteral("request_timeout");
  case FlowPattern::NoAnswerAfterRinging:
    return QStringLiteral("no_answer_after_ringing");
  case FlowPattern::Glare:
    return QStringLiteral("glare");
  }
  return {};
}

void flowJson(const TraceSummary &summary, int callIndex, const CallFlowWriter &writer, QJsonObject &c) {
  const TraceCall &call = summary.calls().at(callIndex);
  const CallFlow flow = CallFlow::build(summary, callIndex);
  QJsonArray participants;
  for (const FlowParticipant &p : flow.participants())
    participants.append(QJsonObject{{QStringLiteral("address"), p.address}, {QStringLiteral("agent"), p.agent}});
  QJsonArray steps;
  for (const FlowStep &s : flow.steps()) {
    QJsonObject o{{s.m.frame > 0 ? QStringLiteral("frame") : QStringLiteral("line"),
                   s.m.frame > 0 ? s.m.frame : s.m.line},
                  {QStringLiteral("from"), s.from},
                  {QStringLiteral("to"), s.to},
                  {QStringLiteral("label"), CallFlowWriter::stepLabel(s)},
                  {QStringLiteral("retransmission"), s.retransmission}};
    if (s.time >= 0)
      o.insert(QStringLiteral("time"), s.time);
    if (s.gap >= 0)
      o.insert(QStringLiteral("gap"), s.gap);
    steps.append(o);
  }
  const CallTiming &t = flow.timing();
  QJsonObject timing;
  auto put = [&timing](const char *key, double v) {
    if (v >= 0)
      timing.insert(QString::fromLatin1(key), v);
  };
  put("start", t.start);
  put("post_dial_delay", t.postDialDelay);
  put("ring_time", t.ringTime);
  put("time_to_final", t.timeToFinal);
  put("duration", t.duration);
  QJsonArray patterns;
  for (FlowPattern p : flow.patterns())
    patterns.append(patternKey(p));
  const CallDiagnosis d = writer.diagnose(flow, call);
  c.insert(QStringLiteral("from"), flow.from());
  c.insert(QStringLiteral("to"), flow.to());
  c.insert(QStringLiteral("participants"), participants);
  c.insert(QStringLiteral("flow"), steps);
  c.insert(QStringLiteral("timing"), timing);
  c.insert(QStringLiteral("patterns"), patterns);
  if (flow.finalStep() >= 0) {
    const FlowStep &f = flow.steps().at(flow.finalStep());
    c.insert(QStringLiteral("final_responder"),
             QJsonObject{{QStringLiteral("participant"), f.from},
                         {QStringLiteral("address"), flow.participants().at(f.from).address},
                         {QStringLiteral("agent"), f.m.userAgent.isEmpty() ? flow.participants().at(f.from).agent
                                                                            : f.m.userAgent}});
  }
  c.insert(QStringLiteral("diagnosis"), QJsonObject{{QStringLiteral("headline"), d.headline},
                                                    {QStringLiteral("problem"), d.problem},
                                                    {QStringLiteral("findings"), QJsonArray::fromStringList(d.findings)},
                                                    {QStringLiteral("checks"), QJsonArray::fromStringList(d.checks)}});
}

QJsonArray mentionsJson(const QList<TraceMention> &mentions, const TraceExplainer &explainer) {
  QJsonArray out;
  for (const TraceMention &m : mentions) {
    QJsonObject o{{QStringLiteral("line"), m.line},
                  {QStringLiteral("kind"), m.kind == TraceMention::Kind::SipStatus ? QStringLiteral("sip")
                                                                                   : QStringLiteral("q850")},
                  {QStringLiteral("code"), m.code},
                  {QStringLiteral("text"), explainer.mentionText(m)},
                  {QStringLiteral("ref"), TraceExplainer::refFor(m).toString()}};
    if (!m.callId.isEmpty())
      o.insert(QStringLiteral("call_id"), m.callId);
    if (!m.name.isEmpty())
      o.insert(QStringLiteral("vendor_name"), m.name);
    out.append(o);
  }
  return out;
}

/// Mentions grouped by Call-ID in order of first appearance; those without one last.
QList<QPair<QString, QList<TraceMention>>> mentionGroups(const QList<TraceMention> &mentions) {
  QList<QPair<QString, QList<TraceMention>>> groups;
  for (const TraceMention &m : mentions) {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == m.callId; });
    if (it == groups.end()) {
      groups.append({m.callId, {}});
      it = groups.end() - 1;
    }
    it->second.append(m);
  }
  std::stable_partition(groups.begin(), groups.end(), [](const auto &g) { return !g.first.isEmpty(); });
  return groups;
}

QString mentionsText(const QList<TraceMention> &mentions, const TraceExplainer &explainer,
                     const CallFlowWriter &writer) {
  if (mentions.isEmpty())
    return {};
  QString s = u'\n' + ReportBuilder::mentionsHeading() + u'\n';
  for (const auto &group : mentionGroups(mentions)) {
    s += QStringLiteral("  ") + (group.first.isEmpty() ? ReportBuilder::noCallId() : group.first) + u'\n';
    for (const TraceMention &m : group.second)
      s += QStringLiteral("    %1  %2\n")
               .arg(text::padded(CallFlowWriter::tr("line %1").arg(m.line), 11),
                    explainer.mentionText(m));
    if (!group.first.isEmpty()) {
      const CallDiagnosis d = writer.diagnoseMentions(group.second);
      if (d.problem)
        for (const QString &f : d.findings)
          s += QStringLiteral("    → ") + f + u'\n';
    }
  }
  return s;
}

QString diagnosisText(const CallDiagnosis &d) {
  QString s;
  for (const QString &f : d.findings)
    s += QStringLiteral("  ") + f + u'\n';
  if (!d.checks.isEmpty()) {
    s += QStringLiteral("  ") + QCoreApplication::translate("Cli", "Check first:") + u'\n';
    for (const QString &c : d.checks)
      s += QStringLiteral("    - ") + c + u'\n';
  }
  return s;
}

QJsonObject explainJson(const TraceSummary &summary, const TraceExplainer &explainer,
                        const CallFlowWriter *flows = nullptr) {
  QJsonArray calls;
  for (const TraceCall &call : summary.calls()) {
    QJsonArray messages;
    for (int index : call.messages) {
      const TraceMessage m = summary.message(index);
      QJsonObject o{{QStringLiteral("type"), m.isRequest() ? QStringLiteral("request") : QStringLiteral("response")}};
      if (m.frame > 0) {
        o.insert(QStringLiteral("frame"), m.frame);
        o.insert(QStringLiteral("time"), captureTime(m.time, true));
        o.insert(QStringLiteral("source"), m.source);
        o.insert(QStringLiteral("destination"), m.destination);
        o.insert(QStringLiteral("transport"), m.transport);
      } else {
        o.insert(QStringLiteral("line"), m.line);
      }
      if (m.isRequest()) {
        o.insert(QStringLiteral("method"), m.method);
      } else {
        const EntryRef ref{Registry::Sip, m.statusCode};
        o.insert(QStringLiteral("code"), m.statusCode);
        o.insert(QStringLiteral("phrase"), m.reasonPhrase);
        o.insert(QStringLiteral("registered"), explainer.isRegistered(ref));
        const QString ours = explainer.phraseIfDifferent(m.statusCode, m.reasonPhrase);
        if (!ours.isEmpty())
          o.insert(QStringLiteral("registered_phrase"), ours);
        const QString note = explainer.unregisteredNote(ref);
        if (!note.isEmpty())
          o.insert(QStringLiteral("note"), note);
      }
      if (m.cseq >= 0)
        o.insert(QStringLiteral("cseq"), QJsonObject{{QStringLiteral("number"), m.cseq},
                                                     {QStringLiteral("method"), m.cseqMethod}});
      if (!m.reasons.isEmpty())
        o.insert(QStringLiteral("reasons"), reasonsJson(m, explainer));
      if (!m.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), warningsJson(m, explainer));
      messages.append(o);
    }
    QJsonObject c{{QStringLiteral("call_id"), call.callId},
                  {QStringLiteral("outcome"), explainer.outcomeText(call)},
                  {QStringLiteral("answered"), call.answered},
                  {QStringLiteral("q850_causes"), QJsonArray::fromVariantList([&] {
                     QVariantList l;
                     for (int cause : call.q850Causes)
                       l << cause;
                     return l;
                   }())},
                  {QStringLiteral("messages"), messages}};
    if (call.outcomeCode >= 0)
      c.insert(QStringLiteral("outcome_code"), call.outcomeCode);
    if (flows)
      flowJson(summary, int(&call - summary.calls().constData()), *flows, c);
    calls.append(c);
  }
  const QJsonObject s{
      {QStringLiteral("messages"), summary.messageCount()},
      {QStringLiteral("requests"), summary.requestCount()},
      {QStringLiteral("responses"), summary.responseCount()},
      {QStringLiteral("calls"), summary.callCount()},
      {QStringLiteral("final_responses"), countsJson(summary.finalResponses(), Registry::Sip, "code", explainer)},
      {QStringLiteral("q850_causes"), countsJson(summary.q850Causes(), Registry::Q850, "cause", explainer)},
      {QStringLiteral("warning_codes"), countsJson(summary.warningCodes(), Registry::Warning, "code", explainer)},
      {QStringLiteral("notes"), QJsonArray::fromStringList(explainer.notes(summary))}};
  QJsonObject result{{QStringLiteral("summary"), s},
                     {QStringLiteral("calls"), calls},
                     {QStringLiteral("mentions"), mentionsJson(explainer.mentions(summary), explainer)}};
  if (const CaptureReport *capture = summary.captureReport()) {
    QJsonArray unreadable;
    for (const CaptureReport::Unreadable &u : capture->unreadable)
      unreadable.append(QJsonObject{{QStringLiteral("transport"), u.transport},
                                    {QStringLiteral("port"), u.port},
                                    {QStringLiteral("packets"), u.packets}});
    result.insert(QStringLiteral("capture"),
                  QJsonObject{{QStringLiteral("format"), capture->format},
                              {QStringLiteral("link_type"), capture->linkType},
                              {QStringLiteral("packets"), capture->packets},
                              {QStringLiteral("unreadable"), unreadable},
                              {QStringLiteral("incomplete_messages"), capture->incompleteMessages},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(capture->problems())}});
  }
  return result;
}

void writeCalls(const TraceSummary &summary, const TraceExplainer &explainer, const CallFlowWriter &writer,
                bool ladder);

/// Writes the report --explain prints: the overview the window's trace
/// summary shows, the call list, then every call's part (heading, timing,
/// diagnosis, the ladder with --flow, its messages) and the log lines' mentions.
/// A large trace's report is written as it is made, not held whole in memory.
void writeExplainText(const TraceSummary &summary, const TraceExplainer &explainer, const CallFlowWriter &writer,
                      bool ladder) {
  QString s = text::report(ReportBuilder::traceSummary(summary, explainer));
  s += u'\n' + QCoreApplication::translate("Cli", "Calls") + u'\n';
  out(s);
  writeCalls(summary, explainer, writer, ladder);
  // Log lines' mentions: codes the messages did not give are looked up again.
  out(mentionsText(explainer.mentions(summary), explainer, writer));
}

/// The call list, then every call's part of --explain's report (heading,
/// timing, diagnosis, the ladder with --flow, its messages). Both are made
/// on two threads, a group of calls at a time (each thread with its own
/// remembered row remarks and code findings), in UTF-8, and written in
/// order. Meanwhile the explainer only reads.
void writeCalls(const TraceSummary &summary, const TraceExplainer &explainer, const CallFlowWriter &writer,
                bool ladder) {
  const TraceExplainer::SharedUse shared(explainer, summary);
  const QString callHeading = QCoreApplication::translate("Cli", "Call %1: %2");
  const QString timingLine = QCoreApplication::translate("Cli", "Timing: %1");
  const CallFlowWriter::TimingWords timingWords = CallFlowWriter::timingWords();
  MessageRows rows[2] = {MessageRows(explainer), MessageRows(explainer)};
  CallFlowWriter::FindingMemo findings[2];
  // Calls in groups of some hundreds of messages: a part is worth handing
  // from one thread to the other (thousands of short calls, or one long one).
  std::vector<int> groups{0}; // the first call of each group, then the end
  for (int c = 0, messages = 0; c < int(summary.calls().size()); ++c) {
    messages += int(summary.calls().at(c).messages.size());
    if (messages >= 512 || c + 1 == int(summary.calls().size())) {
      groups.push_back(c + 1);
      messages = 0;
    }
  }
  const int groupCount = int(groups.size()) - 1;
  // Items 0 .. groupCount-1: the group's lines of the call list; then the groups' parts.
  InOrder<QByteArray> items(2 * groupCount, 4, [&](int item, int worker) {
    const int group = item % groupCount;
    const int first = groups.at(size_t(group)), end = groups.at(size_t(group) + 1);
    QString part;
    if (item < groupCount) {
      part.reserve((end - first) * 96);
      for (int c = first; c < end; ++c) {
        const TraceCall &call = summary.calls().at(c);
        part += QLatin1StringView("  ");
        text::appendPadded(part, explainer.callLabel(call), 40);
        part += QLatin1StringView("  ");
        part += explainer.outcomeText(call);
        part += u'\n';
      }
      return part.toUtf8();
    }
    qsizetype messages = 0;
    for (int c = first; c < end; ++c)
      messages += summary.calls().at(c).messages.size();
    part.reserve(messages * 256); // a message's row and its share of the call's heading and diagnosis
    for (int c = first; c < end; ++c) {
      const TraceCall &call = summary.calls().at(c);
      const CallFlow flow = CallFlow::build(summary, c);
      part += u'\n' + callHeading.arg(explainer.callLabel(call), explainer.outcomeText(call)) + u'\n';
      const QString timing = CallFlowWriter::timingText(flow.timing(), timingWords);
      if (!timing.isEmpty())
        part += QStringLiteral("  ") + timingLine.arg(timing) + u'\n';
      if (!call.callId.isEmpty())
        part += diagnosisText(writer.diagnose(flow, call, &findings[worker]));
      if (ladder && !call.callId.isEmpty()) {
        part += u'\n';
        for (const QString &l : writer.ladderText(flow).split(u'\n', Qt::SkipEmptyParts))
          part += QStringLiteral("  ") + l + u'\n';
        part += u'\n';
      }
      for (const FlowStep &step : flow.steps())
        rows[worker].append(part, step.m);
    }
    return part.toUtf8();
  });
  while (!items.atEnd()) {
    const QByteArray part = items.next();
    std::fwrite(part.constData(), 1, size_t(part.size()), stdout);
  }
}

/// Ends the process once the report is out: a large trace's summary is
/// hundreds of thousands of small allocations, and freeing them one by one
/// took 8 ms of a 100 MB capture's 190 ms; the system takes the memory back
/// at once. Only where nothing else is left to do (nothing else is written),
/// and not in sanitizer builds, whose leak check runs at a normal exit.
void exitWithoutCleanUp(int code) {
#if defined(__SANITIZE_ADDRESS__)
  Q_UNUSED(code)
#else
  std::fflush(stdout);
  std::fflush(stderr);
  std::_Exit(code);
#endif
}

int explain(const QString &path, Language language, bool json, bool ladder, bool csv) {
  ContentStore store;
  if (!store.open(locateContentDatabase())) {
    err(QStringLiteral("sipref: ") + store.errorString() + u'\n');
    return 2;
  }
  TraceSummary summary;
  const QString name = path == u"-" ? QCoreApplication::translate("Cli", "standard input") : path;
  const TraceReader::Result read = TraceReader::readFile(path, summary);
  if (!read.ok()) {
    err(QStringLiteral("sipref: ") + QCoreApplication::translate("Cli", "cannot read %1: %2").arg(name, read.error) + u'\n');
    return 2;
  }
  const TraceExplainer explainer(store, language);
  const CallFlowWriter writer(explainer);
  const QList<TraceMention> mentions = explainer.mentions(summary);
  if (summary.isEmpty() && (mentions.isEmpty() || csv)) {
    err(QStringLiteral("sipref: ") + QCoreApplication::translate("Cli", "no SIP requests or responses found in %1").arg(name) + u'\n');
    if (const CaptureReport *capture = summary.captureReport()) {
      // Say why: SIP over TLS, a link type that is not read, a cut file.
      err(QStringLiteral("sipref: ") + capture->description() + u'\n');
      for (const QString &problem : capture->problems())
        err(QStringLiteral("sipref: ") + problem + u'\n');
    }
    return 1;
  }
  if (csv)
    out(writer.callsCsv(summary));
  else if (json)
    out(QString::fromUtf8(QJsonDocument(explainJson(summary, explainer, &writer)).toJson(QJsonDocument::Indented)));
  else if (summary.isEmpty())
    out(QCoreApplication::translate("Cli", "No whole SIP messages in %1.").arg(name) + u'\n' +
        mentionsText(mentions, explainer, writer));
  else
    writeExplainText(summary, explainer, writer, ladder);
  exitWithoutCleanUp(0);
  return 0;
}

// Option names, for configure() and for reading what was given.
const QString kLookup = QStringLiteral("lookup");
const QString kCompare = QStringLiteral("compare");
const QString kExplain = QStringLiteral("explain");
const QString kLang = QStringLiteral("lang");
const QString kJson = QStringLiteral("json");
const QString kFlow = QStringLiteral("flow");
const QString kCsv = QStringLiteral("csv");

/// The command line's options: the one list, for wantsCli() and run().
void configure(QCommandLineParser &parser) {
  // "-platform offscreen" is one option to Qt, not -p -l -a …
  parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
  parser.setApplicationDescription(QCoreApplication::translate(
      "Cli", "Reference for SIP response codes, SIP Warning codes and Q.850 causes."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addOptions(
      {{kLookup, QCoreApplication::translate("Cli", "Print the entry or the matches for <query>."),
        QStringLiteral("query")},
       {kCompare,
        QCoreApplication::translate("Cli", "Print the comparison of the two codes given as arguments, "
                                           "e.g. --compare 486 600.")},
       {kExplain,
        QCoreApplication::translate(
            "Cli", "Explain the SIP messages in a trace or log <file> (- reads standard input)."),
        QStringLiteral("file")},
       {kLang, QCoreApplication::translate("Cli", "Output language: en or ja."), QStringLiteral("en|ja"),
        QStringLiteral("en")},
       {kJson, QCoreApplication::translate("Cli", "Print JSON.")},
       {kFlow, QCoreApplication::translate("Cli", "With --explain: print each call's ladder.")},
       {kCsv, QCoreApplication::translate("Cli", "With --explain: print the call list as CSV.")}});
  parser.addPositionalArgument(
      QStringLiteral("code"),
      QCoreApplication::translate("Cli", "Without options: the code to open in the window (e.g. 486). "
                                         "With --compare: the two codes to compare."),
      QStringLiteral("[code…]"));
}

} // namespace

bool wantsCli(const QStringList &arguments) {
  QCommandLineParser parser;
  configure(parser);
  parser.parse(arguments); // what is wrong is reported by run()
  // Qt's own options (-platform, -style …) are for the window.
  static const QStringList qtOptions = {
      QStringLiteral("platform"),    QStringLiteral("platformtheme"),   QStringLiteral("platformpluginpath"),
      QStringLiteral("plugin"),      QStringLiteral("style"),           QStringLiteral("stylesheet"),
      QStringLiteral("geometry"),    QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowtitle"),
      QStringLiteral("qwindowicon"), QStringLiteral("reverse"),         QStringLiteral("session"),
      QStringLiteral("display"),     QStringLiteral("widgetcount"),     QStringLiteral("nograb"),
      QStringLiteral("dograb")};
  for (const QString &name : parser.unknownOptionNames())
    if (!qtOptions.contains(name))
      return true;
  return !parser.optionNames().isEmpty();
}

int run(const QStringList &arguments) {
  QCommandLineParser parser;
  configure(parser);
  auto usageError = [&](const QString &message) {
    err(QStringLiteral("sipref: ") + message + QStringLiteral("\n\n") + parser.helpText());
    return 2;
  };
  if (!parser.parse(arguments))
    return usageError(parser.unknownOptionNames().isEmpty()
                          ? parser.errorText()
                          : QCoreApplication::translate("Cli", "unknown option %1")
                                .arg(QStringLiteral("'") +
                                     parser.unknownOptionNames().join(QStringLiteral("', '")) +
                                     QStringLiteral("'")));
  if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
    out(parser.helpText());
    return 0;
  }
  if (parser.isSet(QStringLiteral("version"))) {
    out(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n');
    return 0;
  }
  const QString langValue = parser.value(kLang);
  if (langValue != u"en" && langValue != u"ja") {
    err(QStringLiteral("sipref: --lang must be en or ja\n"));
    return 2;
  }
  const Language language = langValue == u"ja" ? Language::Japanese : Language::English;
  static QTranslator translator;
  if (language == Language::Japanese && translator.load(QStringLiteral(":/i18n/sipref_ja.qm")))
    QCoreApplication::installTranslator(&translator);

  const QStringList positional = parser.positionalArguments();
  const bool comparing = parser.isSet(kCompare);
  if (!comparing && !positional.isEmpty())
    return usageError(QCoreApplication::translate("Cli", "unexpected argument %1").arg(positional.first()));
  if (parser.isSet(kExplain))
    return explain(parser.value(kExplain), language, parser.isSet(kJson), parser.isSet(kFlow), parser.isSet(kCsv));
  if (!parser.isSet(kLookup) && !comparing) {
    err(QStringLiteral("sipref: nothing to do; use --lookup, --explain or --compare (see --help)\n"));
    return 2;
  }
  ContentStore store;
  if (!store.open(locateContentDatabase())) {
    err(QStringLiteral("sipref: ") + store.errorString() + u'\n');
    return 2;
  }
  if (comparing) {
    const QStringList &codes = positional;
    if (codes.size() != 2) {
      err(QStringLiteral("sipref: --compare needs two codes, e.g. --compare 486 600\n"));
      return 2;
    }
    std::optional<Entry> sides[2];
    for (int i = 0; i < 2; ++i) {
      // The same first match as --lookup and the window: "busy" is 486.
      const auto hits = store.search(codes.at(i), language, {}, 1);
      if (hits.isEmpty()) {
        err(QStringLiteral("sipref: no code matches \"%1\"\n").arg(codes.at(i)));
        return 1;
      }
      sides[i] = store.entry(hits.first().ref);
    }
    const Comparison c(*sides[0], *sides[1], language, store.curatedPair(sides[0]->ref, sides[1]->ref));
    const Report report = ReportBuilder(store).comparison(c);
    if (parser.isSet(kJson)) {
      // The fields scripts read, and the report the window shows.
      QJsonArray rows;
      for (const auto &r : c.rows())
        rows.append(QJsonObject{{QStringLiteral("label"), r.label},
                                {QStringLiteral("left"), QJsonArray::fromStringList(r.left)},
                                {QStringLiteral("right"), QJsonArray::fromStringList(r.right)}});
      QJsonObject o{{QStringLiteral("left"), entryJson(c.left(), language)},
                    {QStringLiteral("right"), entryJson(c.right(), language)},
                    {QStringLiteral("rows"), rows},
                    {QStringLiteral("differences"), QJsonArray::fromStringList(c.derivedDifferences())},
                    {QStringLiteral("report"), report.toJson()}};
      if (c.curated()) {
        o.insert(QStringLiteral("curated_differences"), QJsonArray::fromStringList(c.curated()->differences(language)));
        o.insert(QStringLiteral("use_when"), QJsonArray::fromStringList(c.curated()->useWhen(language)));
      }
      out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
      return 0;
    }
    out(text::report(report));
    return 0;
  }

  const QString query = parser.value(kLookup);
  const SearchResult result = Search(store).run(query, language, {}, 200);
  const QList<SearchHit> &hits = result.hits;
  if (hits.isEmpty()) {
    if (parser.isSet(kJson))
      out(QStringLiteral("[]\n"));
    err(QStringLiteral("sipref: nothing matches \"%1\"\n").arg(query));
    return 1;
  }
  if (result.suggestion) {
    // Only a corrected spelling matched: offer it instead of guessing.
    err(QStringLiteral("sipref: nothing matches \"%1\" exactly. %2\n")
            .arg(query, Search::didYouMean(result)));
    return 1;
  }
  // One exact code: print the whole entry; otherwise list the matches.
  // A vendor name or a whole reason phrase counts like a code: "USER_BUSY" prints cause 17.
  const bool single = (hits.first().rank == SearchHit::ExactCode &&
                       (hits.size() == 1 || hits.at(1).rank != SearchHit::ExactCode)) ||
                      (hits.first().exactName && (hits.size() == 1 || !hits.at(1).exactName));
  if (parser.isSet(kJson)) {
    QJsonArray arr;
    if (single) {
      // The entry's facts for scripts, and the report the window shows.
      const Entry e = *store.entry(hits.first().ref);
      QJsonObject o = entryJson(e, language);
      o.insert(QStringLiteral("report"), ReportBuilder(store).entry(e, language).toJson());
      arr.append(o);
    } else {
      for (const SearchHit &h : hits)
        arr.append(QJsonObject{{QStringLiteral("registry"), registryKey(h.ref.registry)},
                               {QStringLiteral("code"), h.ref.code},
                               {QStringLiteral("title"), h.title},
                               {QStringLiteral("summary"), h.summary}});
    }
    out(QString::fromUtf8(QJsonDocument(single ? QJsonDocument(arr.first().toObject()) : QJsonDocument(arr))
                              .toJson(QJsonDocument::Indented)));
    return 0;
  }
  if (single) {
    out(text::report(ReportBuilder(store).entry(*store.entry(hits.first().ref), language)));
    return 0;
  }
  QString s;
  for (const SearchHit &h : hits)
    s += QStringLiteral("%1  %2%3\n")
             .arg(Vocabulary::entryLabel(h.ref, h.title), h.summary.isEmpty() ? QString() : QStringLiteral("— "),
                  h.summary);
  out(s);
  return 0;
}

} // namespace sipref::cli
