#include "TraceExplainer.h"

#include "ContentStore.h"
#include "Vocabulary.h"

#include <QStringBuilder>

namespace sipref {

TraceExplainer::TraceExplainer(const ContentStore &store, Language language)
    : m_store(store), m_language(language) {}

TraceExplainer::~TraceExplainer() = default;

const Entry *TraceExplainer::entry(const EntryRef &ref) const {
  auto it = m_cache.find(ref);
  if (it == m_cache.end()) {
    // In shared use the store (one thread's connection) is not asked.
    Q_ASSERT_X(!m_shared, "TraceExplainer::entry", "a code the summary did not give, in shared use");
    if (m_shared)
      return nullptr;
    it = m_cache.emplace(ref, m_store.entry(ref)).first;
  }
  return it->second ? &*it->second : nullptr;
}

TraceExplainer::SharedUse::SharedUse(const TraceExplainer &explainer, const TraceSummary &summary)
    : m_explainer(explainer) {
  Q_ASSERT(!explainer.m_shared);
  for (auto it = summary.responseCodes().cbegin(); it != summary.responseCodes().cend(); ++it)
    explainer.entry(EntryRef{Registry::Sip, it.key()});
  // Each value's code, not only the counted ones: a message's copies are read too.
  for (const TraceReason &r : summary.allReasons())
    if (const EntryRef ref = refFor(r); ref.isValid())
      explainer.entry(ref);
  for (const TraceWarning &w : summary.allWarnings())
    if (const EntryRef ref = refFor(w); ref.isValid())
      explainer.entry(ref);
  for (const TraceCall &call : summary.calls())
    explainer.outcomeText(call);
  explainer.m_shared = true;
}

TraceExplainer::SharedUse::~SharedUse() {
  m_explainer.m_shared = false;
}

bool TraceExplainer::isRegistered(const EntryRef &ref) const {
  return ref.isValid() && entry(ref);
}

QString TraceExplainer::title(const EntryRef &ref) const {
  const Entry *e = ref.isValid() ? entry(ref) : nullptr;
  return e ? e->title(m_language) : QString();
}

QString TraceExplainer::phraseIfDifferent(int code, const QString &sent) const {
  const Entry *e = entry(EntryRef{Registry::Sip, code});
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
  // Remembered per outcome: a capture of thousands of calls has a handful of
  // them, and this is asked for every call in the list, the summary and the
  // call's own heading. Texts by where they are (the summary's shared
  // strings), checked on a hit.
  const OutcomeKey key{call.outcomeCode,
                       call.lastResponseCode,
                       quint8(call.answered | call.byeSeen << 1 | call.cancelSeen << 2),
                       call.outcomePhrase.constData(),
                       call.outcomeMethod.constData(),
                       call.lastResponsePhrase.constData()};
  auto it = m_outcomes.find(key);
  if (it != m_outcomes.end() && it->second.phrase == call.outcomePhrase && it->second.method == call.outcomeMethod &&
      it->second.lastPhrase == call.lastResponsePhrase)
    return it->second.text;
  if (m_shared)
    return makeOutcomeText(call); // only read meanwhile
  if (m_outcomes.size() > 4096)
    m_outcomes.clear();
  Outcome &outcome = m_outcomes[key];
  outcome = Outcome{call.outcomePhrase, call.outcomeMethod, call.lastResponsePhrase, makeOutcomeText(call)};
  return outcome.text;
}

QString TraceExplainer::makeOutcomeText(const TraceCall &call) const {
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
  if (TraceSummary::sameWord(call.outcomeMethod, "BYE"))
    return tr("Ended by BYE (%1)").arg(code); // the trace starts mid-call
  if (call.outcomeMethod.isEmpty())
    return code; // no CSeq: what the response answered is not known
  if (!TraceSummary::sameWord(call.outcomeMethod, "INVITE"))
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
    const Entry *e = entry(EntryRef{Registry::Sip, m.code});
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
    const Entry *e = entry(EntryRef{Registry::Sip, m.code});
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
