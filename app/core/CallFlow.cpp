#include "CallFlow.h"

#include "ContentStore.h"
#include "ReportText.h"
#include "Vocabulary.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace sipref {

namespace {

/// `method` is upper-case ASCII; runs several times per message, so without Qt's general compare.
bool isMethod(const QString &a, const char *method) {
  return TraceSummary::sameWord(a, method);
}

bool answersInvite(const TraceMessage &m) {
  return m.isResponse() && isMethod(m.cseqMethod, "INVITE");
}

/// A From or To value without its tag: `"Alice" <sip:a@x>`.
/// Every ";tag=..." goes (spaces allowed before "tag", any case), up to the
/// next ';'. Once per call: by hand, not by a regular expression.
QString withoutTag(const QString &value) {
  auto isSpace = [](QChar c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); };
  QString out;
  qsizetype kept = 0; // value[kept, i) is still to be copied
  for (qsizetype i = value.indexOf(u';'); i >= 0; i = value.indexOf(u';', i + 1)) {
    qsizetype j = i + 1;
    while (j < value.size() && isSpace(value.at(j)))
      ++j;
    if (!QStringView(value).sliced(j).startsWith(QLatin1String("tag="), Qt::CaseInsensitive))
      continue;
    out += QStringView(value).sliced(kept, i - kept);
    const qsizetype end = value.indexOf(u';', j);
    kept = end < 0 ? value.size() : end;
    if (end < 0)
      break;
    i = end - 1;
  }
  if (kept == 0)
    return value.trimmed();
  out += QStringView(value).sliced(kept);
  return out.trimmed();
}

/// username="alice" of an Authorization value; empty when none.
QString authUser(const QString &authorization) {
  static const QRegularExpression user(QStringLiteral("username\\s*=\\s*\"?([^\",]*)"),
                                       QRegularExpression::CaseInsensitiveOption);
  const auto match = user.match(authorization);
  return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

QString CallFlow::hostPort(const QString &uriOrSentBy) {
  QString s = uriOrSentBy.trimmed();
  const qsizetype lt = s.indexOf(u'<');
  if (lt >= 0) {
    const qsizetype gt = s.indexOf(u'>', lt);
    s = s.mid(lt + 1, gt > lt ? gt - lt - 1 : -1);
  }
  for (const char *scheme : {"sips:", "sip:", "tel:"})
    if (s.startsWith(QLatin1String(scheme), Qt::CaseInsensitive)) {
      s = s.mid(qsizetype(std::strlen(scheme)));
      break;
    }
  const qsizetype at = s.lastIndexOf(u'@');
  if (at >= 0)
    s = s.mid(at + 1);
  for (QChar stop : {u';', u'?', u'>', u' ', u','}) {
    const qsizetype i = s.indexOf(stop);
    if (i >= 0)
      s.truncate(i);
  }
  if (s.isEmpty())
    return {};
  s = s.toLower();
  const bool v6 = s.startsWith(u'[');
  const bool hasPort = v6 ? s.contains(QStringLiteral("]:")) : s.contains(u':');
  if (!hasPort)
    s += QStringLiteral(":5060");
  return s;
}

namespace {

/// What makes a message a copy of an earlier one: the same request or status
/// code, transaction, sides and credentials. Texts by their summary numbers.
struct CopyKey {
  qint64 cseq;
  int what; ///< a request's method number, or a response's status code + 1,000,000
  int cseqMethod, from, to, authorization;
  bool operator==(const CopyKey &o) const {
    return cseq == o.cseq && what == o.what && cseqMethod == o.cseqMethod && from == o.from && to == o.to &&
           authorization == o.authorization;
  }
};

size_t qHash(const CopyKey &k, size_t seed = 0) {
  return qHashMulti(seed, k.cseq, k.what, k.cseqMethod, k.from, k.to, k.authorization);
}

/// A request by its CSeq and method (by number), and, for where it went, the side that sent it.
struct RequestKey {
  qint64 cseq;
  int method, from;
  bool operator==(const RequestKey &o) const { return cseq == o.cseq && method == o.method && from == o.from; }
};

size_t qHash(const RequestKey &k, size_t seed = 0) {
  return qHashMulti(seed, k.cseq, k.method, k.from);
}

/// A map for one call's keys: most calls have a handful of messages, so the
/// keys are kept in a short list (no allocation) and searched in order until
/// there are more than fit; then in a hash. K and V are plain values.
template <typename K, typename V> class SmallMap {
public:
  /// `expected`: about how many keys there will be (a long call's goes to the hash at once).
  explicit SmallMap(qsizetype expected) : m_big(expected > kListSize) {
    if (m_big)
      m_hash.reserve(expected);
  }

  const V *find(const K &key) const { return slot(*this, key); }
  V value(const K &key, V otherwise) const {
    const V *v = find(key);
    return v ? *v : otherwise;
  }
  bool contains(const K &key) const { return find(key) != nullptr; }
  /// Sets the key's value; true when the key was not there.
  bool insert(const K &key, V value) {
    if (V *v = slot(*this, key)) {
      *v = value;
      return false;
    }
    if (!m_big && m_count == kListSize) {
      m_hash.reserve(kListSize * 4);
      for (const auto &[k, v] : m_list)
        m_hash.insert(k, v);
      m_big = true;
    }
    if (m_big)
      m_hash.insert(key, value);
    else
      m_list[size_t(m_count++)] = {key, value};
    return true;
  }

private:
  /// Where the key's value is, in `map` (const or not); null when absent.
  template <typename Map> static auto slot(Map &map, const K &key) -> decltype(&map.m_list[0].second) {
    if (map.m_big) {
      auto it = map.m_hash.find(key);
      return it == map.m_hash.end() ? nullptr : &*it;
    }
    for (int i = 0; i < map.m_count; ++i)
      if (map.m_list[size_t(i)].first == key)
        return &map.m_list[size_t(i)].second;
    return nullptr;
  }

  static constexpr int kListSize = 16;
  std::array<std::pair<K, V>, kListSize> m_list{};
  int m_count = 0;
  bool m_big;
  QHash<K, V> m_hash;
};

} // namespace

CallFlow CallFlow::build(const TraceSummary &summary, int callIndex) {
  CallFlow flow;
  flow.m_call = callIndex;
  const TraceCall &call = summary.calls().at(callIndex);
  // Calls can be long (a registration refreshed all day, a capture's copies):
  // everything below is looked up by hash of numbers, never by scanning the
  // steps again or by building strings per message.
  QHash<QString, int> participantIndex;
  auto participant = [&flow, &participantIndex](const QString &address) {
    const QString a = address.isEmpty() ? QStringLiteral("?") : address;
    auto it = participantIndex.constFind(a);
    if (it != participantIndex.constEnd())
      return *it;
    flow.m_participants.append(FlowParticipant{a, {}});
    const int index = int(flow.m_participants.size() - 1);
    participantIndex.insert(a, index);
    return index;
  };
  // A capture's endpoint by its number; a header's host and port by the
  // header's number. A call has a few of each: looked for in a short list.
  std::vector<std::pair<int, int>> byEndpoint, byHeader;
  auto find = [](std::vector<std::pair<int, int>> &list, int id, auto &&make) {
    for (const auto &[key, value] : list)
      if (key == id)
        return value;
    const int value = make();
    // Many different ones (a registrar's Call-ID reused by many phones): the oldest go.
    if (list.size() >= 64)
      list.erase(list.begin());
    list.emplace_back(id, value);
    return value;
  };
  auto endpoint = [&](int id) {
    return find(byEndpoint, id, [&] { return participant(id >= 0 ? summary.sourceText(id) : QString()); });
  };
  auto header = [&](int id) {
    return find(byHeader, id, [&] { return participant(id >= 0 ? hostPort(summary.whoText(id)) : QString()); });
  };
  const qsizetype messages = call.messages.size();
  SmallMap<RequestKey, int> lastRequest(messages / 2); ///< CSeq and method -> the step of the latest such request
  SmallMap<RequestKey, int> requestTo(messages / 2);   ///< CSeq, method and sender -> where that request went

  double lastTime = -1;
  SmallMap<CopyKey, bool> seen(messages); // the messages so far, to mark copies
  flow.m_steps.reserve(call.messages.size());
  // What each step is, told once: the passes below ask it again and again.
  enum : quint8 { Invite = 1, Bye = 2, Ack = 4, ToInvite = 8 };
  std::vector<quint8> what;
  what.reserve(size_t(call.messages.size()));
  for (int index : call.messages) {
    FlowStep step;
    step.message = index;
    step.m = summary.message(index, false);
    const TraceMessage &m = step.m;
    const TraceSummary::Ids ids = summary.idsOf(index);
    if (flow.m_from.isEmpty() && m.isRequest() && ids.from >= 0) {
      flow.m_from = withoutTag(summary.whoText(ids.from));
      flow.m_to = ids.to >= 0 ? withoutTag(summary.whoText(ids.to)) : QString();
    }
    if (ids.source >= 0 || ids.destination >= 0) {
      step.from = endpoint(ids.source);
      step.to = endpoint(ids.destination);
    } else if (m.isRequest()) {
      step.from = header(ids.via);
      step.to = header(ids.requestUri >= 0 ? ids.requestUri : ids.to);
    } else {
      // A response goes back to its top Via; it comes from where the request
      // sent from there went (a proxy's log has the request in and out).
      step.to = header(ids.via);
      const int sender = requestTo.value(RequestKey{m.cseq, ids.cseqMethod, step.to}, -1);
      step.from = sender >= 0 ? sender : header(ids.contact);
    }
    if (!m.userAgent.isEmpty() && flow.m_participants[step.from].agent.isEmpty())
      flow.m_participants[step.from].agent = m.userAgent;

    step.time = m.time;
    if (m.time >= 0) {
      if (lastTime >= 0)
        step.gap = m.time - lastTime;
      lastTime = m.time;
      if (flow.m_timing.start < 0)
        flow.m_timing.start = m.time;
    }
    const CopyKey key{m.cseq,          m.isRequest() ? ids.method : 1000000 + m.statusCode,
                      ids.cseqMethod,  step.from,
                      step.to,         ids.authorization};
    step.retransmission = !seen.insert(key, true);
    what.push_back(m.isRequest() ? (isMethod(m.method, "INVITE") ? Invite
                                    : isMethod(m.method, "BYE")  ? Bye
                                    : isMethod(m.method, "ACK")  ? Ack
                                                                 : 0)
                                 : answersInvite(m) ? ToInvite
                                                    : 0);
    if (m.isRequest()) {
      lastRequest.insert(RequestKey{m.cseq, ids.method, -1}, int(flow.m_steps.size()));
      requestTo.insert(RequestKey{m.cseq, ids.method, step.from}, step.to);
    }
    flow.m_steps.append(std::move(step));
  }

  // The deciding response: TraceCall's outcome, its first occurrence.
  for (int i = 0; i < flow.m_steps.size() && call.outcomeCode >= 0; ++i) {
    const TraceMessage &m = flow.m_steps.at(i).m;
    if (m.isResponse() && m.statusCode == call.outcomeCode && m.cseqMethod == call.outcomeMethod) {
      flow.m_finalStep = i;
      if (!(call.answered && m.statusCode >= 300))
        break;
    }
  }
  if (call.answered) {
    for (int i = 0; i < flow.m_steps.size(); ++i)
      if (what[size_t(i)] == ToInvite && flow.m_steps.at(i).m.statusCode >= 200 &&
          flow.m_steps.at(i).m.statusCode < 300) {
        flow.m_finalStep = i;
        break;
      }
  }

  // Timing.
  double invite = -1, ringing = -1, final = -1, answer = -1, bye = -1;
  for (int i = 0; i < flow.m_steps.size(); ++i) {
    const FlowStep &s = flow.m_steps.at(i);
    if (s.time < 0)
      continue;
    if (what[size_t(i)] == Invite && invite < 0)
      invite = s.time;
    if (what[size_t(i)] == ToInvite && s.m.statusCode >= 180 && s.m.statusCode < 200 && ringing < 0)
      ringing = s.time;
    if (i == flow.m_finalStep)
      final = s.time;
    if (what[size_t(i)] == ToInvite && s.m.statusCode >= 200 && s.m.statusCode < 300 && answer < 0)
      answer = s.time;
    if (what[size_t(i)] == Bye && answer >= 0 && bye < 0)
      bye = s.time;
  }
  if (invite >= 0 && ringing >= invite)
    flow.m_timing.postDialDelay = ringing - invite;
  if (invite >= 0 && final >= invite && flow.m_finalStep >= 0 &&
      answersInvite(flow.m_steps.at(flow.m_finalStep).m))
    flow.m_timing.timeToFinal = final - invite;
  if (ringing >= 0 && flow.m_timing.timeToFinal >= 0 && final >= ringing)
    flow.m_timing.ringTime = final - ringing;
  if (answer >= 0 && bye >= answer)
    flow.m_timing.duration = bye - answer;

  // Patterns, each in one pass over the steps.
  QList<FlowPattern> &patterns = flow.m_patterns;
  const int count = int(flow.m_steps.size());
  SmallMap<qint64, bool> answeredInvites(count / 2); ///< CSeq numbers of INVITEs that got any response
  SmallMap<qint64, int> lastAck(count / 2);          ///< CSeq number -> the step of its last ACK
  SmallMap<qint64, int> lastOkCopy(0);               ///< CSeq number -> the step of the last repeated 2xx to its INVITE
  std::vector<double> nextByeTime(size_t(count) + 1, -1); ///< from step i on: the time of the first BYE
  for (int i = count - 1; i >= 0; --i) {
    const FlowStep &s = flow.m_steps.at(i);
    nextByeTime[size_t(i)] = what[size_t(i)] == Bye && s.time >= 0 ? s.time : nextByeTime[size_t(i) + 1];
  }
  for (int i = 0; i < count; ++i) {
    const FlowStep &s = flow.m_steps.at(i);
    if (what[size_t(i)] == ToInvite)
      answeredInvites.insert(s.m.cseq, true);
    if (what[size_t(i)] == Ack)
      lastAck.insert(s.m.cseq, i);
    if (s.retransmission && what[size_t(i)] == ToInvite && s.m.statusCode >= 200 && s.m.statusCode < 300)
      lastOkCopy.insert(s.m.cseq, i);
  }
  for (int i = 0; i < count; ++i)
    if (const FlowStep &s = flow.m_steps.at(i);
        s.retransmission && what[size_t(i)] == Invite && !answeredInvites.contains(s.m.cseq)) {
      patterns << FlowPattern::InviteUnanswered;
      break;
    }
  for (int i = 0; i < count; ++i) {
    const FlowStep &ok = flow.m_steps.at(i);
    if (what[size_t(i)] != ToInvite || ok.m.statusCode < 200 || ok.m.statusCode >= 300 || ok.retransmission)
      continue;
    const bool acked = lastAck.value(ok.m.cseq, -1) > i;
    const bool copies = lastOkCopy.value(ok.m.cseq, -1) > i;
    const double bye = nextByeTime[size_t(i) + 1];
    const double byeAfter = bye >= 0 && ok.time >= 0 ? bye - ok.time : -1;
    // RFC 3261 §13.3.1.4: the UAS retransmits the 2xx until the ACK comes,
    // and gives up after 64*T1 = 32 s, when it usually sends BYE.
    if (!acked && (copies || (byeAfter >= 28 && byeAfter <= 40))) {
      patterns << FlowPattern::OkNotAcked;
      break;
    }
  }
  {
    int challenged = 0;
    QSet<QString> users;
    for (const FlowStep &s : flow.m_steps) {
      if (s.retransmission || !s.m.isResponse() || (s.m.statusCode != 401 && s.m.statusCode != 407))
        continue;
      // The request it answered carried credentials: they were refused.
      const int r = lastRequest.value(RequestKey{s.m.cseq, summary.idsOf(s.message).cseqMethod, -1}, -1);
      if (r >= 0 && !flow.m_steps.at(r).m.authorization.isEmpty()) {
        ++challenged;
        users << authUser(flow.m_steps.at(r).m.authorization);
      }
    }
    if (challenged >= 2 && users.size() == 1)
      patterns << FlowPattern::AuthRepeated;
  }
  if (call.cancelSeen && call.answered)
    patterns << FlowPattern::CancelRace;
  if (flow.m_finalStep >= 0 && !call.answered) {
    const FlowStep &f = flow.m_steps.at(flow.m_finalStep);
    if (answersInvite(f.m) && f.m.statusCode == 408)
      patterns << FlowPattern::RequestTimeout;
    if (answersInvite(f.m) && f.m.statusCode == 480 && ringing >= 0 &&
        (flow.m_timing.ringTime < 0 || flow.m_timing.ringTime >= 15))
      patterns << FlowPattern::NoAnswerAfterRinging;
  }
  for (const FlowStep &s : flow.m_steps)
    if (answersInvite(s.m) && s.m.statusCode == 491) {
      patterns << FlowPattern::Glare;
      break;
    }
  return flow;
}

// ---------------------------------------------------------------------------

CallFlowWriter::CallFlowWriter(const TraceExplainer &explainer) : m_explainer(explainer) {}

CallFlowWriter::~CallFlowWriter() = default;

QString CallFlowWriter::patternName(FlowPattern pattern) {
  switch (pattern) {
  case FlowPattern::InviteUnanswered:
    return tr("INVITE retransmitted, no response");
  case FlowPattern::OkNotAcked:
    return tr("200 OK never acknowledged");
  case FlowPattern::AuthRepeated:
    return tr("Credentials refused again and again");
  case FlowPattern::CancelRace:
    return tr("CANCEL crossed the 200 OK");
  case FlowPattern::RequestTimeout:
    return tr("Request timed out");
  case FlowPattern::NoAnswerAfterRinging:
    return tr("No answer after ringing");
  case FlowPattern::Glare:
    return tr("re-INVITE glare");
  }
  return {};
}

namespace {

/// `pattern` appended to `out`, with what `write` appends to `out` in place
/// of its "%1" (nothing when it has none).
template <typename Write> void appendFilled(QString &out, const CallFlowWriter::Pattern &pattern, Write write) {
  out += pattern.before;
  if (!pattern.filled)
    return;
  write();
  out += pattern.after;
}

} // namespace

CallFlowWriter::Pattern::Pattern(const QString &text) {
  const qsizetype at = text.indexOf(QLatin1StringView("%1"));
  filled = at >= 0;
  before = filled ? text.first(at) : text;
  after = filled ? text.sliced(at + 2) : QString();
}

CallFlowWriter::TimingWords CallFlowWriter::timingWords() {
  return {Pattern(tr("%1 ms")),
          Pattern(tr("%1 s")),
          tr("%1 min %2 s"),
          Pattern(tr("post-dial delay %1")),
          Pattern(tr("ringing %1")),
          Pattern(tr("final response after %1")),
          Pattern(tr("talk time %1 (200 OK to BYE)")),
          //: Joins the parts of a call's timing: "post-dial delay 1.2 s; ringing 3.0 s".
          tr("; ")};
}

namespace {

/// `value` (0 <= value < 1e6) with `decimals` (1 or 2) digits after the
/// point, rounded as printf and std::to_chars round: to the nearest, exact
/// ties to even, from the exact binary value. By integers: the
/// general to_chars() with a precision costs thousands of instructions, and
/// a report on a capture of 30,000 calls writes a few of these per call.
char *fixedDigits(char *out, double value, int decimals) {
  // A double's 53 bits times 100 need at most 60: the product is exact in a long double's 64.
  const long double scaled = static_cast<long double>(value) * (decimals == 1 ? 10 : 100);
  const long double whole = std::floor(scaled);
  const long double rest = scaled - whole; // exact too
  auto n = static_cast<unsigned long long>(whole);
  if (rest > 0.5L || (rest == 0.5L && (n & 1)))
    ++n;
  char digits[24];
  int count = int(std::to_chars(digits, digits + sizeof digits, n).ptr - digits);
  while (count <= decimals) { // "0.05": a digit before the point
    std::memmove(digits + 1, digits, size_t(count));
    digits[0] = '0';
    ++count;
  }
  const int before = count - decimals;
  std::memcpy(out, digits, size_t(before));
  out[before] = '.';
  std::memcpy(out + before + 1, digits + before, size_t(decimals));
  return out + count + 1;
}

/// A duration in `words`, appended to `out` without a string of its own.
void appendDuration(QString &out, double seconds, const CallFlowWriter::TimingWords &words) {
  char digits[32];
  if (seconds < 1) {
    const auto end = std::to_chars(digits, digits + sizeof digits, qRound(seconds * 1000)).ptr;
    appendFilled(out, words.milliseconds, [&] { out += QLatin1StringView(digits, end - digits); });
  } else if (seconds < 60) {
    const char *end = fixedDigits(digits, seconds, seconds < 10 ? 2 : 1);
    appendFilled(out, words.seconds, [&] { out += QLatin1StringView(digits, end - digits); });
  } else {
    const qint64 whole = qint64(std::floor(seconds));
    out += words.minutes.arg(whole / 60).arg(whole % 60);
  }
}

} // namespace

QString CallFlowWriter::durationText(double seconds, const TimingWords &words) {
  QString out;
  if (seconds >= 0)
    appendDuration(out, seconds, words);
  return out;
}

QString CallFlowWriter::timeText(double seconds) {
  if (seconds < 0)
    return {};
  const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000)), QTimeZone::utc());
  return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString CallFlowWriter::timingText(const CallTiming &t, const TimingWords &words) {
  QString out;
  out.reserve(96); // the four parts, without growing on the way
  auto part = [&](const Pattern &pattern, double seconds) {
    if (seconds < 0)
      return;
    if (!out.isEmpty())
      out += words.separator;
    appendFilled(out, pattern, [&] { appendDuration(out, seconds, words); });
  };
  part(words.postDialDelay, t.postDialDelay);
  part(words.ringing, t.ringTime);
  part(words.finalAfter, t.timeToFinal);
  part(words.talkTime, t.duration);
  return out;
}

QString CallFlowWriter::participantLabel(const FlowParticipant &p) {
  return p.agent.isEmpty() ? p.address : QStringLiteral("%1 (%2)").arg(p.address, p.agent);
}

QString CallFlowWriter::stepLabel(const FlowStep &step) {
  return TraceExplainer::startLine(step.m);
}

CallFlowWriter::EntryFinding CallFlowWriter::entryFinding(const EntryRef &ref, FindingMemo *memo) const {
  if (memo)
    if (auto it = memo->find(ref); it != memo->end())
      return it->second;
  EntryFinding f;
  if (const Entry *e = m_explainer.entry(ref)) {
    const Language language = m_explainer.language();
    const EntryText &t = e->text(language);
    f.exists = true;
    f.hasText = e->hasText;
    f.line = Vocabulary::entryLabel(ref, e->title(language)) + QStringLiteral(": ") +
             (t.summary.isEmpty() ? t.meaning : t.summary);
    f.checks = t.todo.mid(0, 3);
  }
  if (memo)
    memo->emplace(ref, f);
  return f;
}

CallDiagnosis CallFlowWriter::diagnose(const CallFlow &flow, const TraceCall &call, FindingMemo *memo) const {
  CallDiagnosis d;
  d.headline = m_explainer.outcomeText(call);
  QStringList names;
  for (FlowPattern p : flow.patterns())
    names << patternName(p);
  if (!names.isEmpty())
    d.headline += QStringLiteral(" — ") + names.join(QStringLiteral(", "));
  d.problem = !flow.patterns().isEmpty() ||
              (call.outcomeCode >= 300 && call.outcomeCode != 401 && call.outcomeCode != 407) ||
              call.outcomeCode < 0;
  if (call.answered && flow.patterns().isEmpty())
    d.problem = false;

  auto addEntry = [&](const EntryRef &ref, bool withTodo) {
    const EntryFinding f = entryFinding(ref, memo);
    if (!f.hasText)
      return;
    d.findings << f.line;
    if (withTodo)
      for (const QString &todo : f.checks)
        if (!d.checks.contains(todo))
          d.checks << todo;
  };

  if (flow.finalStep() >= 0) {
    const FlowStep &f = flow.steps().at(flow.finalStep());
    const FlowParticipant &who = flow.participants().at(f.from);
    const QString agent = f.m.userAgent.isEmpty() ? who.agent : f.m.userAgent;
    const QString sender = agent.isEmpty() ? who.address : QStringLiteral("%1 (%2)").arg(who.address, agent);
    d.findings << tr("%1 was sent by %2.").arg(TraceExplainer::startLine(f.m), sender);
    if (d.problem) {
      addEntry(EntryRef{Registry::Sip, f.m.statusCode}, true);
      for (const TraceReason &r : f.m.reasons) {
        d.findings << tr("Its Reason header: %1.").arg(m_explainer.reasonText(r));
        addEntry(TraceExplainer::refFor(r), false);
      }
      for (const TraceWarning &w : f.m.warnings) {
        d.findings << tr("Its Warning header: %1.").arg(m_explainer.warningText(w));
        addEntry(TraceExplainer::refFor(w), false);
      }
    }
  }
  // A BYE or CANCEL that gives a cause says why the call ended.
  for (const FlowStep &s : flow.steps())
    if (s.m.isRequest() && !s.retransmission && !s.m.reasons.isEmpty() && d.problem)
      for (const TraceReason &r : s.m.reasons)
        d.findings << tr("%1 gives the cause: %2.").arg(s.m.method, m_explainer.reasonText(r));

  for (FlowPattern p : flow.patterns()) {
    switch (p) {
    case FlowPattern::InviteUnanswered:
      d.findings << tr(
          "The INVITE was sent again and again and nothing came back: the request may never have "
          "arrived, or the responses found no way back.");
      d.checks.prepend(
          tr("Check that responses can reach the caller: NAT and firewall rules for the signalling "
             "port, the address and port in the top Via (rport, received), and whether the far end "
             "is reachable at all."));
      break;
    case FlowPattern::OkNotAcked:
      d.findings << tr("The 200 OK was never acknowledged: the answering side repeated it and gave up after "
                       "about 32 seconds (64 × T1), usually ending the call with BYE.");
      d.checks.prepend(tr("Check the path of the ACK: the Contact and Record-Route of the 200 OK must be "
                          "reachable from the caller (private addresses behind NAT, a proxy that did not "
                          "record-route, TCP/TLS connections that closed)."));
      break;
    case FlowPattern::AuthRepeated:
      d.findings << tr(
          "The server refused the same user's credentials more than once: retrying does not help.");
      d.checks.prepend(tr("Check the user name, password and realm configured on the client, and that the "
                          "client answers the latest nonce."));
      break;
    case FlowPattern::CancelRace:
      d.findings << tr(
          "The caller cancelled while the callee answered: the CANCEL and the 200 OK crossed. The "
          "INVITE is answered with 200 and the call must be ended with BYE; a 487 may also appear "
          "on another branch.");
      d.checks.prepend(tr("Check that the caller sends ACK and then BYE for a 200 OK that arrives after its "
                          "CANCEL, so that no half-open call stays up."));
      break;
    case FlowPattern::RequestTimeout:
      d.findings << tr(
          "No final response came in time: a server on the path gave up waiting (its timer expired).");
      d.checks.prepend(tr("Check which hop generated the 408 and whether the next hop after it was reachable "
                          "and answering."));
      break;
    case FlowPattern::NoAnswerAfterRinging:
      d.findings << tr("The phone rang but nobody answered before a no-answer timer ended the call.");
      d.checks.prepend(tr("Check the no-answer timers on the proxy and the PBX (and call forwarding on no "
                          "answer) if the ringing was shorter than expected."));
      break;
    case FlowPattern::Glare:
      d.findings << tr(
          "Both sides sent a re-INVITE at the same time (glare); each refuses the other with 491 "
          "and retries after a random wait.");
      d.checks.prepend(tr("Repeated 491s mean the random back-off of RFC 3261 §14.1 is not followed; check "
                          "what triggers the re-INVITEs (session timers, hold, codec changes)."));
      break;
    }
  }
  if (!d.problem && d.findings.size() <= 1)
    d.findings << tr("Nothing wrong is visible in this call's messages.");
  return d;
}

CallDiagnosis CallFlowWriter::diagnoseMentions(const QList<TraceMention> &mentions) const {
  CallDiagnosis d;
  int finalCode = -1;
  int lastCause = -1;
  for (const TraceMention &m : mentions) {
    if (m.kind == TraceMention::Kind::SipStatus && m.code >= 200)
      finalCode = m.code;
    if (m.kind == TraceMention::Kind::Q850Cause)
      lastCause = m.code;
  }
  auto addEntry = [&](const EntryRef &ref) {
    const EntryFinding f = entryFinding(ref, nullptr);
    if (!f.exists)
      return;
    d.findings << f.line;
    if (d.problem)
      for (const QString &todo : f.checks)
        if (!d.checks.contains(todo))
          d.checks << todo;
  };
  if (finalCode >= 0) {
    d.problem = finalCode >= 300;
    d.headline = tr("Log lines name %1 as the final response").arg(finalCode);
    addEntry(EntryRef{Registry::Sip, finalCode});
  }
  if (lastCause >= 0) {
    if (d.headline.isEmpty())
      d.headline = tr("Log lines name Q.850 cause %1").arg(lastCause);
    d.problem = d.problem || (lastCause != 16 && lastCause != 31);
    addEntry(EntryRef{Registry::Q850, lastCause});
  }
  return d;
}

QString CallFlowWriter::ladderText(const CallFlow &flow) const {
  constexpr int kColumn = 30; // characters between two participants' lines
  const QList<FlowParticipant> &ps = flow.participants();
  const int width = int(ps.size() - 1) * kColumn + 1;
  const TimingWords words = timingWords();
  using text::columns; // terminal columns: CJK characters take two

  auto pad = [](QString s, int n) {
    if (columns(s) > n) {
      while (!s.isEmpty() && columns(s) > n - 1)
        s.chop(1);
      s += u'…';
    }
    return s + QString(qMax(0, n - columns(s)), u' ');
  };
  const bool timed =
      std::any_of(flow.steps().begin(), flow.steps().end(), [](const FlowStep &s) { return s.time >= 0; });
  const QString timeHead = timed ? pad(tr("Time"), 13) + pad(tr("Gap"), 12) : QString();
  QString out;
  // Participant headers: address on one line, agent under it.
  QString head(width + kColumn, u' ');
  QString agents(width + kColumn, u' ');
  for (int i = 0; i < ps.size(); ++i) {
    const QString a = pad(ps.at(i).address, kColumn - 1);
    const QString g = pad(ps.at(i).agent, kColumn - 1);
    head.replace(i * kColumn, a.size(), a);
    agents.replace(i * kColumn, g.size(), g);
  }
  out += QString(timeHead.size(), u' ') + head.trimmed() + u'\n';
  if (!agents.trimmed().isEmpty())
    out += QString(timeHead.size(), u' ') + agents.trimmed() + u'\n';
  for (const FlowStep &s : flow.steps()) {
    QString line(width, u' ');
    for (int i = 0; i < ps.size(); ++i)
      line[i * kColumn] = u'|';
    const int a = s.from * kColumn;
    const int b = s.to * kColumn;
    if (a != b) {
      const int left = qMin(a, b), right = qMax(a, b);
      for (int x = left + 1; x < right; ++x)
        line[x] = u'-';
      if (b > a)
        line[right - 1] = u'>';
      else
        line[left + 1] = u'<';
      QString label = stepLabel(s);
      if (s.retransmission)
        label += u'*';
      const int room = right - left - 3;
      if (label.size() > room)
        label = label.left(qMax(0, room - 1)) + u'…';
      const int n = int(label.size());
      const int at = qBound(left + 2, left + 1 + (right - left - 1 - n) / 2, right - 1 - n);
      line.replace(at, label.size(), label);
    } else {
      line.replace(a + 2, stepLabel(s).size(), stepLabel(s)); // to itself (a proxy's own view)
    }
    QString prefix;
    if (timed) {
      prefix = pad(s.time >= 0 ? timeText(s.time).mid(11) : QString(), 13) +
               pad(s.gap >= 0 ? u'+' + durationText(s.gap, words) : QString(), 12);
    }
    // A capture's message is placed by its frame, a text's by its line.
    out += prefix + line + QStringLiteral("  ") +
           (s.m.frame > 0 ? tr("frame %1").arg(s.m.frame) : tr("line %1").arg(s.m.line)) + u'\n';
  }
  if (std::any_of(flow.steps().begin(), flow.steps().end(),
                  [](const FlowStep &s) { return s.retransmission; }))
    out += tr("* retransmission") + u'\n';
  return out;
}

QString CallFlowWriter::callsCsv(const TraceSummary &summary) const {
  auto field = [](const QString &v) {
    if (!v.contains(u',') && !v.contains(u'"') && !v.contains(u'\n') && !v.contains(u'\r'))
      return v;
    return u'"' + QString(v).replace(u'"', QStringLiteral("\"\"")) + u'"';
  };
  // Header names stay English: they are column keys for spreadsheets and scripts.
  QString out = QStringLiteral(
      "Call-ID,From,To,Start time,Outcome,Final response,Reason cause,Warning,Duration (s)\r\n");
  for (int c = 0; c < summary.calls().size(); ++c) {
    const TraceCall &call = summary.calls().at(c);
    if (call.callId.isEmpty())
      continue;
    const CallFlow flow = CallFlow::build(summary, c);
    QString final, reason, warning;
    if (flow.finalStep() >= 0) {
      const TraceMessage &m = flow.steps().at(flow.finalStep()).m;
      final = TraceExplainer::startLine(m);
      QStringList rs, ws;
      for (const TraceReason &r : m.reasons)
        rs << m_explainer.reasonText(r);
      for (const TraceWarning &w : m.warnings)
        ws << m_explainer.warningText(w);
      reason = rs.join(QStringLiteral("; "));
      warning = ws.join(QStringLiteral("; "));
    }
    if (reason.isEmpty()) // the cause a BYE or CANCEL gave
      for (const FlowStep &s : flow.steps())
        for (const TraceReason &r : s.m.reasons)
          if (reason.isEmpty())
            reason = m_explainer.reasonText(r);
    const double duration = flow.timing().duration;
    out += QStringList{field(call.callId),
                       field(flow.from()),
                       field(flow.to()),
                       field(timeText(flow.timing().start)),
                       field(m_explainer.outcomeText(call)),
                       field(final),
                       field(reason),
                       field(warning),
                       duration >= 0 ? QString::number(duration, 'f', 3) : QString()}
               .join(u',') +
           QStringLiteral("\r\n");
  }
  return out;
}

} // namespace sipref
