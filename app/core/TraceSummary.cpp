#include "TraceSummary.h"

#include "ContentStore.h"
#include "Vocabulary.h"

#include <QStringBuilder>

namespace sipref {

namespace {

/// `a` is the upper-case ASCII `word` in any letter case (method names).
bool sameWord(const QString &a, const char *word) {
  const QChar *c = a.constData();
  qsizetype i = 0;
  for (; word[i]; ++i) {
    if (i >= a.size())
      return false;
    const char16_t u = c[i].unicode();
    if ((u >= u'a' && u <= u'z' ? char16_t(u - 32) : u) != char16_t(word[i]))
      return false;
  }
  return i == a.size();
}

} // namespace

// ---------------------------------------------------------------------------

void TraceSummary::add(const QList<TraceMessage> &messages) {
  m_messages.reserve(m_messages.size() + messages.size());
  for (const TraceMessage &m : messages)
    add(m);
}

void TraceSummary::clear() {
  *this = TraceSummary();
}

void TraceSummary::reserveForInput(qint64 bytes) {
  // A SIP message takes some 400-600 bytes of trace, a call some 6 messages.
  const qsizetype messages = qsizetype(qBound(qint64(0), bytes / 600, qint64(50'000'000)));
  m_messages.reserve(m_messages.size() + messages);
  m_who.reserve(m_who.size() + messages);
  m_calls.reserve(m_calls.size() + messages / 6);
  m_recent.reserve(m_recent.size() + messages / 6);
  m_callIndex.reserve(m_callIndex.size() + messages / 6);
}

int TraceSummary::callCount() const {
  return int(m_calls.size()) - (m_callIndex.contains(QString()) ? 1 : 0);
}

int TraceSummary::textIndex(const QString &text) {
  // Methods and phrases repeat, and the scanner hands out one shared copy of
  // each: most are found by where their characters are, without hashing.
  const quintptr where = quintptr(text.constData());
  TextSlot &slot = m_recentTexts[(where >> 4) % m_recentTexts.size()];
  if (slot.data == where && slot.size == text.size())
    return slot.index;
  auto it = m_textIndex.constFind(text);
  int index;
  if (it != m_textIndex.constEnd()) {
    index = *it;
  } else {
    index = int(m_texts.size());
    m_texts.append(text);
    m_textIndex.insert(text, index);
    Method method = Method::Other;
    if (sameWord(text, "INVITE"))
      method = Method::Invite;
    else if (sameWord(text, "BYE"))
      method = Method::Bye;
    else if (sameWord(text, "CANCEL"))
      method = Method::Cancel;
    m_textMethod.append(method);
  }
  // The slot keeps the string alive, so its address cannot be reused for another text.
  slot = TextSlot{text, where, text.size(), index};
  return index;
}

int TraceSummary::whoIndex(const QString &text) {
  if (text.isEmpty())
    return -1;
  // As textIndex(): the scanner hands out one shared copy of a repeated value.
  const quintptr where = quintptr(text.constData());
  TextSlot &slot = m_recentWho[(where >> 4) % m_recentWho.size()];
  if (slot.data == where && slot.size == text.size())
    return slot.index;
  auto it = m_whoIndex.constFind(text);
  int index;
  if (it != m_whoIndex.constEnd()) {
    index = *it;
  } else {
    index = int(m_whoTexts.size());
    m_whoTexts.append(text);
    m_whoIndex.insert(text, index);
  }
  slot = TextSlot{text, where, text.size(), index};
  return index;
}

TraceMessage TraceSummary::message(int index) const {
  const Stored &s = m_messages.at(index);
  TraceMessage m;
  m.line = s.line;
  m.frame = s.frame;
  m.time = s.time;
  if (s.source >= 0)
    m.source = m_texts.at(s.source);
  if (s.destination >= 0)
    m.destination = m_texts.at(s.destination);
  if (s.transport >= 0)
    m.transport = m_texts.at(s.transport);
  m.kind = s.statusCode < 0 ? TraceMessage::Kind::Request : TraceMessage::Kind::Response;
  if (m.isRequest())
    m.method = m_texts.at(s.text);
  else
    m.reasonPhrase = m_texts.at(s.text);
  m.statusCode = s.statusCode;
  m.callId = m_calls.at(s.call).callId;
  m.cseq = s.cseq;
  if (s.cseqMethod >= 0)
    m.cseqMethod = m_texts.at(s.cseqMethod);
  if (s.reasonCount)
    m.reasons = m_reasons.mid(s.firstReason, s.reasonCount);
  if (s.warningCount)
    m.warnings = m_warnings.mid(s.firstWarning, s.warningCount);
  // the headers; time and addresses are in Stored
  const Who &w = m_who.at(index);
  auto text = [this](qint32 i) { return i < 0 ? QString() : m_whoTexts.at(i); };
  m.requestUri = text(w.requestUri);
  m.from = text(w.from);
  m.to = text(w.to);
  m.via = text(w.via);
  m.contact = text(w.contact);
  m.userAgent = text(w.userAgent);
  m.authorization = text(w.authorization);
  return m;
}

void TraceSummary::add(const TraceMessage &message) {
  const int index = int(m_messages.size());
  // Consecutive messages mostly belong to one call: try the last one first.
  int callIndex = m_lastCall;
  if (callIndex < 0 || m_calls.at(callIndex).callId != message.callId) {
    callIndex = m_callIndex.value(message.callId, -1);
    if (callIndex < 0) {
      callIndex = int(m_calls.size());
      TraceCall call;
      call.callId = message.callId;
      call.messages.reserve(8);
      m_calls.append(std::move(call));
      m_recent.append(Recent());
      m_callIndex.insert(message.callId, callIndex);
    }
    m_lastCall = callIndex;
  }
  TraceCall &call = m_calls[callIndex];
  call.messages.append(index);

  Stored stored;
  stored.line = message.line;
  stored.frame = message.frame;
  stored.time = message.time;
  // A capture reader hands out one string per endpoint: kept once, found by address.
  if (!message.source.isEmpty())
    stored.source = textIndex(message.source);
  if (!message.destination.isEmpty())
    stored.destination = textIndex(message.destination);
  if (!message.transport.isEmpty())
    stored.transport = textIndex(message.transport);
  stored.cseq = message.cseq;
  stored.statusCode = qint16(message.isRequest() ? -1 : message.statusCode);
  stored.call = callIndex;
  stored.text = textIndex(message.isRequest() ? message.method : message.reasonPhrase);
  if (!message.cseqMethod.isEmpty())
    stored.cseqMethod = textIndex(message.cseqMethod);
  if (!message.reasons.isEmpty()) {
    stored.firstReason = int(m_reasons.size());
    stored.reasonCount = quint8(message.reasons.size()); // the scanner keeps at most 16
    m_reasons.append(message.reasons);
  }
  if (!message.warnings.isEmpty()) {
    stored.firstWarning = int(m_warnings.size());
    stored.warningCount = quint8(message.warnings.size());
    m_warnings.append(message.warnings);
  }
  m_messages.append(stored);
  Who who;
  who.requestUri = whoIndex(message.requestUri);
  who.from = whoIndex(message.from);
  who.to = whoIndex(message.to);
  who.via = whoIndex(message.via);
  who.contact = whoIndex(message.contact);
  who.userAgent = whoIndex(message.userAgent);
  who.authorization = whoIndex(message.authorization);
  m_who.append(who);

  // Without a Call-ID the messages cannot be told apart from copies of each other.
  // Requests of one transaction share the CSeq method, except ACK and CANCEL,
  // whose CSeq carries their own method: CSeq and status code tell them apart.
  const quint64 key = quint64(message.cseq) * 1000003u ^ quint64(quint32(stored.cseqMethod)) << 40 ^
                      quint64(quint16(stored.statusCode)) << 24;
  bool first = true;
  if (!message.callId.isEmpty()) {
    // Copies of a message (retransmissions, a proxy's in and out) come
    // while their transaction is among the call's latest.
    Recent &recent = m_recent[callIndex];
    for (int i = 0; i < recent.size && first; ++i)
      first = recent.keys[size_t(i)] != key;
    if (first) {
      recent.keys[recent.next] = key;
      recent.next = quint8((recent.next + 1) % recent.keys.size());
      recent.size = quint8(qMin<size_t>(recent.size + 1, recent.keys.size()));
    }
  }

  if (message.isRequest()) {
    ++m_requests;
    switch (m_textMethod.at(stored.text)) {
    case Method::Invite:
      call.hasInvite = true;
      break;
    case Method::Bye:
      call.byeSeen = true;
      break;
    case Method::Cancel:
      call.cancelSeen = true;
      break;
    case Method::Other:
      break;
    }
  } else {
    ++m_responseCodes[message.statusCode];
    call.lastResponseCode = message.statusCode;
    call.lastResponsePhrase = message.reasonPhrase;
    const bool toInvite = stored.cseqMethod >= 0 && m_textMethod.at(stored.cseqMethod) == Method::Invite;
    if (toInvite)
      call.hasInvite = true;
    if (message.isFinalResponse()) {
      if (first)
        ++m_finalResponses[message.statusCode];
      // The call's outcome: the first 2xx to an INVITE, else the last final
      // response to one (after a 407 the INVITE is sent again); a call
      // without an INVITE (REGISTER, OPTIONS) ends with its last final response.
      const bool decides = toInvite ? !call.answered : !call.hasInvite;
      if (decides) {
        call.outcomeCode = message.statusCode;
        call.outcomePhrase = message.reasonPhrase;
        call.outcomeMethod = message.cseqMethod;
        if (toInvite && message.statusCode < 300)
          call.answered = true;
      }
    }
  }
  for (const TraceReason &r : message.reasons) {
    if (r.cause < 0)
      continue;
    if (r.protocol == TraceReason::Protocol::Sip && first)
      ++m_sipCauses[r.cause];
    if (r.protocol != TraceReason::Protocol::Q850)
      continue;
    if (first)
      ++m_q850Causes[r.cause];
    if (!call.q850Causes.contains(r.cause))
      call.q850Causes.append(r.cause);
  }
  if (first)
    for (const TraceWarning &w : message.warnings)
      if (w.code >= 0)
        ++m_warningCodes[w.code];
}

// ---------------------------------------------------------------------------

TraceExplainer::TraceExplainer(const ContentStore &store, Language language)
    : m_store(store), m_language(language) {}

TraceExplainer::~TraceExplainer() = default;

const Entry *TraceExplainer::lookup(const EntryRef &ref) const {
  auto it = m_cache.find(ref);
  if (it == m_cache.end())
    it = m_cache.emplace(ref, m_store.entry(ref)).first;
  return it->second ? &*it->second : nullptr;
}

bool TraceExplainer::isRegistered(const EntryRef &ref) const {
  return ref.isValid() && lookup(ref);
}

QString TraceExplainer::title(const EntryRef &ref) const {
  const Entry *e = ref.isValid() ? lookup(ref) : nullptr;
  return e ? e->title(m_language) : QString();
}

QString TraceExplainer::phraseIfDifferent(int code, const QString &sent) const {
  const Entry *e = lookup(EntryRef{Registry::Sip, code});
  if (!e || e->phrase.isEmpty())
    return {};
  // Most phrases are sent with single spaces: compared as they are, without a copy.
  bool simple = true;
  bool space = true; // a leading space is not simple
  for (QChar c : sent) {
    if (c.isSpace() && (space || c != u' ')) {
      simple = false;
      break;
    }
    space = c.isSpace();
  }
  if (space && !sent.isEmpty())
    simple = false; // a trailing space
  if (e->phrase.compare(simple ? sent : sent.simplified(), Qt::CaseInsensitive) == 0)
    return {};
  return e->phrase;
}

QString TraceExplainer::unregisteredNote(const EntryRef &ref) const {
  if (!ref.isValid() || isRegistered(ref))
    return {};
  switch (ref.registry) {
  case Registry::Sip: {
    const QString cls = classKey(ref);
    return tr("%1 is not a registered SIP response code; its class is %2, %3.")
        .arg(ref.code)
        .arg(cls, Vocabulary::className(cls).toLower());
  }
  case Registry::Q850:
    if (ref.code > 127)
      return tr("Q.850 cause %1 is out of range: cause values go from 0 to 127.").arg(ref.code);
    return tr("Q.850 cause %1 is not a defined cause value; its class is %2.")
        .arg(ref.code)
        .arg(Vocabulary::className(classKey(ref)).toLower());
  case Registry::Warning:
    return tr("Warning %1 is not a registered SIP warning code.").arg(ref.code);
  }
  return {};
}

QString TraceExplainer::startLine(const TraceMessage &message) {
  if (message.isRequest())
    return message.method;
  if (message.reasonPhrase.isEmpty())
    return QString::number(message.statusCode);
  return QString::number(message.statusCode) % u' ' % message.reasonPhrase;
}

QString TraceExplainer::cseqText(const TraceMessage &message) {
  if (message.cseq < 0)
    return {};
  // Built in one piece: this runs for every message of a report.
  if (message.cseqMethod.isEmpty())
    return QStringLiteral("CSeq ") % QString::number(message.cseq);
  return QStringLiteral("CSeq ") % QString::number(message.cseq) % u' ' % message.cseqMethod;
}

QString TraceExplainer::reasonText(const TraceReason &reason) const {
  QString s;
  switch (reason.protocol) {
  case TraceReason::Protocol::Q850:
    s = reason.cause >= 0 ? tr("Q.850 cause %1").arg(reason.cause) : QStringLiteral("Q.850");
    break;
  case TraceReason::Protocol::Sip:
    s = reason.cause >= 0 ? tr("SIP %1").arg(reason.cause) : QStringLiteral("SIP");
    break;
  case TraceReason::Protocol::Other:
    s = reason.cause >= 0 ? tr("%1 cause %2").arg(reason.protocolName).arg(reason.cause)
                          : reason.protocolName;
    break;
  }
  if (!reason.text.isEmpty())
    s += QStringLiteral(" \"%1\"").arg(reason.text);
  const QString ours = title(refFor(reason));
  if (!ours.isEmpty() && ours.compare(reason.text, Qt::CaseInsensitive) != 0)
    s += QStringLiteral(" — ") + ours;
  return s;
}

QString TraceExplainer::warningText(const TraceWarning &warning) const {
  QString s = warning.code >= 0 ? tr("Warning %1").arg(warning.code) : tr("Warning");
  if (!warning.agent.isEmpty())
    s += u' ' + warning.agent;
  if (!warning.text.isEmpty())
    s += QStringLiteral(" \"%1\"").arg(warning.text);
  const QString ours = title(refFor(warning));
  if (!ours.isEmpty() && ours.compare(warning.text, Qt::CaseInsensitive) != 0)
    s += QStringLiteral(" — ") + ours;
  return s;
}

QString TraceExplainer::outcomeText(const TraceCall &call) const {
  auto codeText = [this](int code, const QString &phrase) {
    const QString p = phrase.isEmpty() ? title(EntryRef{Registry::Sip, code}) : phrase;
    return p.isEmpty() ? QString::number(code) : QString::number(code) + u' ' + p;
  };
  if (call.outcomeCode < 0) {
    if (call.lastResponseCode >= 0)
      return tr("No final response (last: %1)").arg(codeText(call.lastResponseCode, call.lastResponsePhrase));
    return tr("No response");
  }
  const QString code = codeText(call.outcomeCode, call.outcomePhrase);
  if (sameWord(call.outcomeMethod, "BYE"))
    return tr("Ended by BYE (%1)").arg(code); // the trace starts mid-call
  if (call.outcomeMethod.isEmpty())
    return code; // no CSeq: what the response answered is not known
  if (!sameWord(call.outcomeMethod, "INVITE"))
    return tr("%1: %2").arg(call.outcomeMethod, code);
  if (call.answered)
    return call.byeSeen ? tr("Answered (%1), ended by BYE").arg(code) : tr("Answered (%1)").arg(code);
  if (call.outcomeCode == 487 && call.cancelSeen)
    return tr("Cancelled (%1)").arg(code);
  if (call.outcomeCode < 400)
    return tr("Redirected (%1)").arg(code);
  return tr("Failed (%1)").arg(code);
}

QString TraceExplainer::callLabel(const TraceCall &call) const {
  return call.callId.isEmpty() ? tr("(no Call-ID)") : call.callId;
}

EntryRef TraceExplainer::refFor(const TraceMessage &message) {
  if (message.isResponse())
    return EntryRef{Registry::Sip, message.statusCode};
  // A request links to the first code its Reason headers give (a BYE's cause).
  for (const TraceReason &r : message.reasons)
    if (refFor(r).isValid())
      return refFor(r);
  return {};
}

EntryRef TraceExplainer::refFor(const TraceReason &reason) {
  if (reason.cause < 0)
    return {};
  if (reason.protocol == TraceReason::Protocol::Q850)
    return EntryRef{Registry::Q850, reason.cause};
  if (reason.protocol == TraceReason::Protocol::Sip && reason.cause >= 100 && reason.cause <= 699)
    return EntryRef{Registry::Sip, reason.cause};
  return {};
}

EntryRef TraceExplainer::refFor(const TraceWarning &warning) {
  if (warning.code < 0)
    return {};
  return EntryRef{Registry::Warning, warning.code};
}

QStringList TraceExplainer::notes(const TraceSummary &summary) const {
  QList<EntryRef> sorted;
  for (auto it = summary.responseCodes().cbegin(); it != summary.responseCodes().cend(); ++it)
    sorted << EntryRef{Registry::Sip, it.key()};
  for (auto it = summary.sipCauses().cbegin(); it != summary.sipCauses().cend(); ++it)
    if (it.key() >= 100 && it.key() <= 699)
      sorted << EntryRef{Registry::Sip, it.key()};
  for (auto it = summary.q850Causes().cbegin(); it != summary.q850Causes().cend(); ++it)
    sorted << EntryRef{Registry::Q850, it.key()};
  for (auto it = summary.warningCodes().cbegin(); it != summary.warningCodes().cend(); ++it)
    sorted << EntryRef{Registry::Warning, it.key()};
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  QStringList out;
  for (const EntryRef &ref : sorted) {
    const QString note = unregisteredNote(ref);
    if (!note.isEmpty())
      out << note;
  }
  return out;
}

EntryRef TraceExplainer::refFor(const TraceMention &mention) {
  return EntryRef{mention.kind == TraceMention::Kind::SipStatus ? Registry::Sip : Registry::Q850,
                  mention.code};
}

QList<TraceMention> TraceExplainer::mentions(const TraceSummary &summary) const {
  QList<TraceMention> out;
  for (const TraceMention &m : summary.mentions()) {
    if (m.kind == TraceMention::Kind::Q850Cause) {
      out << m;
      continue;
    }
    const Entry *e = lookup(EntryRef{Registry::Sip, m.code});
    if (!e)
      continue;
    // "Busy Here from 127.0.0.1" begins with "Busy Here": the words must end
    // where the phrase does, or go on after a space.
    for (const QString &phrase : QStringList{e->phrase} + e->altPhrases) {
      if (phrase.isEmpty() || !m.words.startsWith(phrase, Qt::CaseInsensitive))
        continue;
      const qsizetype n = phrase.size();
      if (m.words.size() == n || (!m.words.at(n).isLetterOrNumber() && m.words.at(n) != u'-')) {
        out << m;
        break;
      }
    }
  }
  return out;
}

QString TraceExplainer::mentionText(const TraceMention &m) const {
  if (m.kind == TraceMention::Kind::SipStatus) {
    const Entry *e = lookup(EntryRef{Registry::Sip, m.code});
    return QString::number(m.code) + u' ' + (e ? e->phrase : m.words);
  }
  QString s = tr("Q.850 cause %1").arg(m.code);
  const QString name = title(EntryRef{Registry::Q850, m.code});
  if (!name.isEmpty())
    s += u' ' + name;
  if (!m.name.isEmpty())
    s += QStringLiteral(" (%1, %2)").arg(m.name, m.vendor);
  return s;
}

} // namespace sipref
