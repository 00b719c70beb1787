#pragma once

#include "CaptureReader.h"
#include "Entry.h"
#include "TraceScanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <array>
#include <map>
#include <optional>

namespace sipref {

/// The messages of one Call-ID and how the call ended.
struct TraceCall {
  QString callId;        ///< empty for the messages that had no Call-ID
  QList<int> messages;   ///< indexes into TraceSummary::messages(), in input order
  int outcomeCode = -1;  ///< the final response that decided the call; -1 when none was seen
  QString outcomePhrase; ///< its phrase as sent
  QString outcomeMethod; ///< the method it answered (INVITE, REGISTER...)
  bool hasInvite = false;
  bool answered = false; ///< an INVITE got a 2xx
  bool byeSeen = false;
  bool cancelSeen = false;
  QList<int> q850Causes; ///< the Q.850 causes its Reason headers gave, each once, in order
  int lastResponseCode = -1;
  QString lastResponsePhrase;
};

} // namespace sipref

Q_DECLARE_TYPEINFO(sipref::TraceCall, Q_RELOCATABLE_TYPE);

namespace sipref {

/// What a trace contains, gathered from the scanner's messages: the messages
/// in input order, the calls (grouped by Call-ID, in order of first
/// appearance) and counts.
///
/// A 100 MB trace holds some 200,000 messages: they are kept compactly (each
/// method, phrase and Call-ID once) and handed out one at a time by message().
///
/// Copies of one message (a retransmission, or the same message logged on
/// its way in and out of a proxy) are listed as rows but counted once: the
/// counts are per transaction, keyed by Call-ID, CSeq and the status code
/// (among a call's latest 8 transactions, where copies are found).
/// Knows no content; TraceExplainer (TraceExplainer.h) puts words to the codes.
class TraceSummary final {
public:
  /// `a` is the upper-case ASCII `word` in any letter case (method names).
  static bool sameWord(const QString &a, const char *word);

  void add(const TraceMessage &message);
  void add(const QList<TraceMessage> &messages);
  void clear();
  /// Makes room for what `bytes` of trace usually hold, so that a large file
  /// is not copied while the lists grow. Only a hint.
  void reserveForInput(qint64 bytes);

  int messageCount() const { return int(m_messages.size()); }
  bool isEmpty() const { return m_messages.isEmpty(); }
  /// The message at `index` (0 to messageCount() - 1), in input order.
  TraceMessage message(int index) const { return message(index, true); }
  /// The same, and without `headers` also without the Request-URI, From,
  /// To, Via and Contact (a call flow's participants stand for them) and
  /// the Call-ID (its call's): quicker where every message of a large trace is read.
  TraceMessage message(int index, bool headers) const;
  /// The line where the message at `index` starts (0 in a capture).
  qint64 lineOf(int index) const { return m_messages.at(index).line; }
  /// The capture frame of the message at `index` (0 in a text trace).
  qint64 frameOf(int index) const { return m_messages.at(index).frame; }
  /// The index in calls() of the call a message belongs to.
  int callOf(int index) const { return m_messages.at(index).call; }
  /// How many Reason and Warning values the message at `index` has.
  int reasonCountOf(int index) const { return m_messages.at(index).reasonCount; }
  int warningCountOf(int index) const { return m_messages.at(index).warningCount; }
  const QList<TraceCall> &calls() const { return m_calls; }

  /// Numbers that stand for a message's texts, for comparing messages without
  /// their strings: two messages have the same text where they have the same
  /// number (-1: the message has none). Methods are numbered in upper case,
  /// so INVITE and invite get one number.
  struct Ids {
    int method = -1;     ///< a request's method; -1 for a response
    int cseqMethod = -1; ///< the CSeq method
    int source = -1;     ///< a capture's endpoints and transport: sourceText() gives them back
    int destination = -1;
    int requestUri = -1; ///< headers: whoText() gives them back
    int from = -1;
    int to = -1;
    int via = -1;
    int contact = -1;
    int authorization = -1;
  };
  Ids idsOf(int index) const;
  /// The text of Ids::source and Ids::destination.
  const QString &sourceText(int id) const { return m_texts.at(id); }
  /// The text of Ids' headers.
  const QString &whoText(int id) const { return m_whoTexts.at(id); }

  /// Calls with a Call-ID (the group of messages without one is not a call).
  int callCount() const;
  int requestCount() const { return m_requests; }
  int responseCount() const { return int(m_messages.size()) - m_requests; }
  /// Every response code seen, per code, each message.
  const QMap<int, int> &responseCodes() const { return m_responseCodes; }
  /// Final responses (200-699) per code, each transaction once.
  const QMap<int, int> &finalResponses() const { return m_finalResponses; }
  /// Q.850 causes given in Reason headers, per value, each message once.
  const QMap<int, int> &q850Causes() const { return m_q850Causes; }
  /// SIP causes given in Reason headers (Reason: SIP;cause=...), per value, each message once.
  const QMap<int, int> &sipCauses() const { return m_sipCauses; }
  /// Warning codes, per value, each message once.
  const QMap<int, int> &warningCodes() const { return m_warningCodes; }
  /// Every Reason and Warning value of every message, copies included.
  const QList<TraceReason> &allReasons() const { return m_reasons; }
  const QList<TraceWarning> &allWarnings() const { return m_warnings; }

  /// What the capture held besides these messages; nullptr when the input was text.
  const CaptureReport *captureReport() const { return m_capture ? &*m_capture : nullptr; }
  void setCaptureReport(const CaptureReport &report) { m_capture = report; }

  // --- codes named in log lines ------------------------------------
  /// Adds what TraceScanner::takeMentions() returned.
  void addMentions(const QList<TraceMention> &mentions) { m_mentions.append(mentions); }
  /// Every candidate, in input order; TraceExplainer::mentions() keeps the real ones.
  const QList<TraceMention> &mentions() const { return m_mentions; }

private:
  /// A message as kept: numbers, and indexes into the tables below.
  struct Stored {
    qint64 line = 0;
    qint64 frame = 0;
    double time = -1;
    qint64 cseq = -1;
    qint32 call = -1;
    qint32 text = -1;        ///< the method or the reason phrase, in m_texts
    qint32 cseqMethod = -1;  ///< in m_texts
    qint32 firstReason = -1; ///< in m_reasons; the Warning values follow them in m_warnings
    qint32 firstWarning = -1;
    qint32 source = -1; ///< in m_texts, as are destination and transport
    qint32 destination = -1;
    qint32 transport = -1;
    qint16 statusCode = -1; ///< -1: a request
    quint8 reasonCount = 0;
    quint8 warningCount = 0;
  };
  /// Per call: the transactions counted last, where a copy would be found.
  struct Recent {
    std::array<quint64, 8> keys{};
    quint8 next = 0;
    quint8 size = 0;
  };

  enum class Method : quint8 { Other, Invite, Bye, Cancel };
  struct TextSlot {
    QString text;
    quintptr data = 0;
    qsizetype size = -1;
    int index = -1;
  };

  int textIndex(const QString &text);

  // --- the headers that tell who took part (kept beside m_messages) ---
  struct Who {
    qint32 requestUri = -1, from = -1, to = -1, via = -1, contact = -1, userAgent = -1,
           authorization = -1; ///< in m_whoTexts; -1 when empty
  };
  int whoIndex(const QString &text);
  QList<Who> m_who;
  QStringList m_whoTexts;
  QHash<QString, int> m_whoIndex;
  std::array<TextSlot, 16> m_recentWho;
  QList<TraceMention> m_mentions;

  QList<Stored> m_messages;
  QStringList m_texts;
  QList<Method> m_textMethod; ///< per text: the method it names, in any letter case
  QList<int> m_textUpper;     ///< per text: the number of its upper-case form (Ids)
  QHash<QString, int> m_upperIndex;
  std::array<TextSlot, 16> m_recentTexts;
  QHash<QString, int> m_textIndex;
  QList<TraceReason> m_reasons;
  QList<TraceWarning> m_warnings;
  QList<TraceCall> m_calls;
  QHash<QString, int> m_callIndex;
  QList<Recent> m_recent; ///< per call
  int m_lastCall = -1;
  QMap<int, int> m_responseCodes;
  QMap<int, int> m_finalResponses;
  QMap<int, int> m_q850Causes;
  QMap<int, int> m_sipCauses;
  QMap<int, int> m_warningCodes;
  int m_requests = 0;
  std::optional<CaptureReport> m_capture;
};

} // namespace sipref
