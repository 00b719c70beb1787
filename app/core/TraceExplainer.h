#pragma once

#include "Entry.h"
#include "TraceSummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <tuple>
#include <optional>

namespace sipref {

class ContentStore;

/// Words for what a trace contains, in one language: SipRef's phrase for a
/// code, whether the code is registered, how a call ended, what a Reason or
/// Warning value means. Looks each code up in the content once.
///
/// Uses the ContentStore, so it lives on the thread that opened the store.
class TraceExplainer final {
  Q_DECLARE_TR_FUNCTIONS(TraceExplainer)
  Q_DISABLE_COPY_MOVE(TraceExplainer)

public:
  TraceExplainer(const ContentStore &store, Language language);
  ~TraceExplainer();

  Language language() const { return m_language; }

  bool isRegistered(const EntryRef &ref) const;
  /// The phrase (SIP) or name (Warning, Q.850) in the content; empty when the code is not registered.
  QString title(const EntryRef &ref) const;
  /// SipRef's reason phrase when it differs from the one sent (letter case
  /// and spacing aside); empty otherwise.
  QString phraseIfDifferent(int code, const QString &sent) const;
  /// For a code the registries do not have, what can still be said:
  /// "499 is not a registered SIP response code; its class is 4xx, client
  /// failure." Empty for registered codes.
  QString unregisteredNote(const EntryRef &ref) const;

  /// "INVITE" or "486 Busy Here" (as sent).
  static QString startLine(const TraceMessage &message);
  /// "CSeq 1 INVITE", or empty.
  static QString cseqText(const TraceMessage &message);
  /// A Reason value decoded: "Q.850 cause 17 \"User busy\": User busy".
  QString reasonText(const TraceReason &reason) const;
  /// A Warning value decoded: "Warning 399 sbc.example.com \"...\": Miscellaneous warning".
  QString warningText(const TraceWarning &warning) const;
  /// How the call ended, in a few words: "Answered (200 OK), ended by BYE".
  QString outcomeText(const TraceCall &call) const;
  /// The label of a call: its Call-ID, or "(no Call-ID)".
  QString callLabel(const TraceCall &call) const;

  /// The entry a message, Reason or Warning points to, for a link; invalid when none.
  static EntryRef refFor(const TraceMessage &message);
  static EntryRef refFor(const TraceReason &reason);
  static EntryRef refFor(const TraceWarning &warning);

  /// Every note about unregistered codes in the summary, each once.
  QStringList notes(const TraceSummary &summary) const;

  /// The mentions that are what they seem: a SIP code whose words begin
  /// with its registered or a known other phrase, and every Q.850 cause.
  QList<TraceMention> mentions(const TraceSummary &summary) const;
  /// "486 Busy Here", "Q.850 cause 17 User busy (USER_BUSY, FreeSWITCH)".
  QString mentionText(const TraceMention &mention) const;
  static EntryRef refFor(const TraceMention &mention);

  /// The content's entry for a code, looked up once; null when there is none.
  const Entry *entry(const EntryRef &ref) const;

  /// While one exists, the explainer only reads what it has remembered, so
  /// that several threads can use it at once (the parts of a report made
  /// side by side): it looks up every code the summary's messages give
  /// (status codes, Reason causes, Warning codes) and every call's outcome
  /// first. Only for that summary's messages: any other code reads as not
  /// registered meanwhile. Made and ended on the explainer's own thread.
  class SharedUse final {
    Q_DISABLE_COPY_MOVE(SharedUse)

  public:
    SharedUse(const TraceExplainer &explainer, const TraceSummary &summary);
    ~SharedUse();

  private:
    const TraceExplainer &m_explainer;
  };

private:
  QString makeOutcomeText(const TraceCall &call) const;

  struct OutcomeKey {
    int code, lastCode;
    quint8 flags;
    const QChar *phrase, *method, *lastPhrase;
    bool operator<(const OutcomeKey &o) const {
      return std::tie(code, lastCode, flags, phrase, method, lastPhrase) <
             std::tie(o.code, o.lastCode, o.flags, o.phrase, o.method, o.lastPhrase);
    }
  };
  struct Outcome {
    QString phrase, method, lastPhrase; ///< kept, so that their addresses stay theirs
    QString text;
  };
  mutable std::map<OutcomeKey, Outcome> m_outcomes;

  const ContentStore &m_store;
  Language m_language;
  // A map, not a QHash: entry() hands out pointers that must stay valid.
  mutable std::map<EntryRef, std::optional<Entry>> m_cache;
  mutable bool m_shared = false; ///< a SharedUse exists: m_cache and m_outcomes are only read
};

} // namespace sipref
