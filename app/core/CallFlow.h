#pragma once

#include "Entry.h"
#include "TraceExplainer.h"
#include "TraceSummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>

namespace sipref {

class ContentStore;

/// One side of a call's ladder: an address, and what it calls itself.
struct FlowParticipant {
  QString address; ///< "192.0.2.10:5060" (capture, Via, Request-URI); "?" when not known
  QString agent;   ///< its User-Agent or Server, from the messages it sent; empty when none
};

/// One arrow of the ladder: a message of the call.
struct FlowStep {
  int message = -1; ///< index in TraceSummary::messages()
  /// The message without Request-URI, From, To, Via, Contact and Call-ID
  /// (TraceSummary::message(int, bool)); the participants stand for them.
  TraceMessage m;
  int from = -1; ///< index in CallFlow::participants()
  int to = -1;
  double time = -1;            ///< seconds since the epoch; -1 when the trace had no time for it
  double gap = -1;             ///< seconds since the previous message with a time; -1 when not known
  bool retransmission = false; ///< a copy of an earlier message between the same two sides
};

/// How long the parts of a call took, in seconds; -1 when the trace cannot tell.
struct CallTiming {
  double start = -1;         ///< the time of the first message
  double postDialDelay = -1; ///< first INVITE -> first 18x
  double ringTime = -1;      ///< first 18x -> final response
  double timeToFinal = -1;   ///< first INVITE -> final response (answer or failure)
  double duration = -1;      ///< 200 OK -> BYE
};

/// What went wrong in a way no single code says.
enum class FlowPattern {
  InviteUnanswered,     ///< INVITE retransmitted, no response at all: no path back
  OkNotAcked,           ///< 200 OK never ACKed (retransmitted, or BYE some 32 s later)
  AuthRepeated,         ///< 401/407 again and again, to the same credentials
  CancelRace,           ///< CANCEL crossed a 200 OK
  RequestTimeout,       ///< 408
  NoAnswerAfterRinging, ///< 480 after the phone rang (for long)
  Glare,                ///< 491: two re-INVITEs crossed
};

/// The ladder of one call: who took part, each message as an arrow between
/// two of them, the timing, and the patterns the flow shows.
///
/// Participants come from a capture's addresses when the trace has them.
/// From text they are worked out: a request goes from its top Via's sent-by
/// to its Request-URI's host; a response goes to its top Via's sent-by from
/// where its request went. A port left out is 5060.
class CallFlow final {
public:
  static CallFlow build(const TraceSummary &summary, int call);

  int call() const { return m_call; }
  const QList<FlowParticipant> &participants() const { return m_participants; }
  const QList<FlowStep> &steps() const { return m_steps; }
  const CallTiming &timing() const { return m_timing; }
  const QList<FlowPattern> &patterns() const { return m_patterns; }
  /// The step of the response that decided the call (TraceCall's outcome); -1 when none.
  int finalStep() const { return m_finalStep; }
  /// The From and To of the first request, without tags ("Alice" <sip:a@x>).
  QString from() const { return m_from; }
  QString to() const { return m_to; }

  /// "sip:2001@pbx.example.com;transport=udp" -> "pbx.example.com:5060".
  static QString hostPort(const QString &uriOrSentBy);

private:
  int m_call = -1;
  QList<FlowParticipant> m_participants;
  QList<FlowStep> m_steps;
  CallTiming m_timing;
  QList<FlowPattern> m_patterns;
  int m_finalStep = -1;
  QString m_from;
  QString m_to;
};

/// Why a call failed or looks odd, in the chosen language, built from the
/// content: what the final code means, what its Reason cause and Warning
/// say, what the flow's patterns mean, and the first things to check.
/// The sentences of SipRef's own come from tr() (the installed translator).
struct CallDiagnosis {
  QString headline;     ///< "Failed (486 Busy Here)" and the patterns
  QStringList findings; ///< sentences: who answered, what it means, Reason, Warning, patterns
  QStringList checks;   ///< the first things to check
  bool problem = false; ///< false for a call that was answered and ended normally
};

/// Words for call flows: timing, patterns, diagnosis, the ladder as text,
/// and the call list as CSV.
class CallFlowWriter final {
  Q_DECLARE_TR_FUNCTIONS(CallFlowWriter)
  Q_DISABLE_COPY_MOVE(CallFlowWriter)

public:
  /// Reads the content through the explainer (its entries, in its language).
  explicit CallFlowWriter(const TraceExplainer &explainer);
  ~CallFlowWriter();

  /// What a diagnosis says of a code's entry, kept by whoever diagnoses many
  /// calls (one per thread): a report on thousands of calls repeats a few codes.
  struct EntryFinding {
    bool exists = false, hasText = false;
    QString line;       ///< "486 Busy Here: The callee's device was reached…"
    QStringList checks; ///< its first three things to check
  };
  using FindingMemo = std::map<EntryRef, EntryFinding>;

  CallDiagnosis diagnose(const CallFlow &flow, const TraceCall &call, FindingMemo *memo = nullptr) const;
  /// A diagnosis from log lines alone: the last final code they mention for a Call-ID.
  CallDiagnosis diagnoseMentions(const QList<TraceMention> &mentions) const;

  static QString patternName(FlowPattern pattern);
  /// The words of timingText() and durationText() in the installed language,
  /// looked up once where many calls are written.
  /// A translation with one "%1", split there once: written for every call
  /// of a large report without looking for the "%1" again.
  struct Pattern {
    Pattern() = default;
    explicit Pattern(const QString &text);
    QString before; ///< the whole text when it has no "%1"
    QString after;
    bool filled = false; ///< it has a "%1"
  };
  struct TimingWords {
    Pattern milliseconds, seconds;
    QString minutes; ///< "%1 min %2 s"
    Pattern postDialDelay, ringing, finalAfter, talkTime;
    QString separator;
  };
  static TimingWords timingWords();
  /// "Post-dial delay 1.20 s; ringing 3.0 s; answered after 4.2 s; talk 1 min 5 s", or empty.
  static QString timingText(const CallTiming &timing) { return timingText(timing, timingWords()); }
  static QString timingText(const CallTiming &timing, const TimingWords &words);
  /// "12.345 s", "850 ms", "2 min 5 s".
  static QString durationText(double seconds) { return durationText(seconds, timingWords()); }
  static QString durationText(double seconds, const TimingWords &words);
  /// "2026-11-25 12:00:01.104" (the trace's clock, no zone).
  static QString timeText(double seconds);
  /// "192.0.2.10:5060 (Yealink SIP-T46S)".
  static QString participantLabel(const FlowParticipant &participant);
  /// The label of a step's arrow: "INVITE", "486 Busy Here".
  static QString stepLabel(const FlowStep &step);

  /// The ladder as plain text, one line per message, for a terminal.
  QString ladderText(const CallFlow &flow) const;
  /// One row per call (Call-ID, From, To, start time, outcome, final
  /// response, Reason cause, Warning, duration), RFC 4180: CRLF, quotes doubled.
  QString callsCsv(const TraceSummary &summary) const;

private:
  EntryFinding entryFinding(const EntryRef &ref, FindingMemo *memo) const;

  const TraceExplainer &m_explainer;
};

} // namespace sipref
