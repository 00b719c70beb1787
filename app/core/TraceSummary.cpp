#include "TraceSummary.h"

#include <QStringBuilder>

namespace sipref {

bool TraceSummary::sameWord(const QString &a, const char *word) {
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
    // Only new texts come here: the upper-case form is looked up once per text.
    const QString upper = text.toUpper();
    auto u = m_upperIndex.constFind(upper);
    if (u == m_upperIndex.constEnd())
      u = m_upperIndex.insert(upper, int(m_upperIndex.size()));
    m_textUpper.append(*u);
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

TraceSummary::Ids TraceSummary::idsOf(int index) const {
  const Stored &s = m_messages.at(index);
  const Who &w = m_who.at(index);
  Ids ids;
  if (s.statusCode < 0)
    ids.method = m_textUpper.at(s.text);
  if (s.cseqMethod >= 0)
    ids.cseqMethod = m_textUpper.at(s.cseqMethod);
  ids.source = s.source;
  ids.destination = s.destination;
  ids.requestUri = w.requestUri;
  ids.from = w.from;
  ids.to = w.to;
  ids.via = w.via;
  ids.contact = w.contact;
  ids.authorization = w.authorization;
  return ids;
}

TraceMessage TraceSummary::message(int index, bool headers) const {
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
  if (headers)
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
  // Assigned only where there is a text: an empty QString costs nothing to leave.
  auto set = [this](QString &field, qint32 i) {
    if (i >= 0)
      field = m_whoTexts.at(i);
  };
  if (headers) {
    set(m.requestUri, w.requestUri);
    set(m.from, w.from);
    set(m.to, w.to);
    set(m.via, w.via);
    set(m.contact, w.contact);
  }
  set(m.userAgent, w.userAgent);
  set(m.authorization, w.authorization);
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

} // namespace sipref
