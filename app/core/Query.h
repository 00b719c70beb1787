#pragma once

#include "Registry.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sipref {

/// What the user typed in the search box, understood.
///
/// Query::fromString accepts anything and never fails. It recognises, in
/// this order:
///   - a pasted SIP status line anywhere in the text: "SIP/2.0 486 Busy Here"
///     → Code 486 (SIP)
///   - a Reason header: "Reason: Q.850;cause=17;text=\"User busy\"" → Code 17
///     (Q.850); "Reason: SIP;cause=480" → Code 480 (SIP)
///   - a Warning header: "Warning: 399 sbc.example.com \"...\"" → Code 399
///     (Warning)
///   - a FreeSWITCH hangup log line or variable: "... Hangup sofia/internal/1001@pbx
///     [CS_EXECUTE] [USER_BUSY]", "Hangup Cause: USER_BUSY",
///     "variable_hangup_cause: [USER_BUSY]" → Text "USER_BUSY" (the vendor name)
///   - "X-Asterisk-HangupCause: Normal Clearing", AMI "Cause-txt: Normal Clearing"
///     → Text "Normal Clearing", registry Q.850 (Asterisk puts the cause's text there)
///   - Asterisk's HANGUPCAUSE(channel,tech): "SIP 486 Busy Here" → Code 486 (SIP)
///   - "DIALSTATUS=BUSY", "${DIALSTATUS}: busy" → Text "DIALSTATUS=BUSY"
///   - a registry word and a number: "cause 17", "cause code 34", "ISDN cause 16",
///     "Q.850 cause 41", "q850 17", "isup 17", "hangupcause=17", "HANGUPCAUSE 17",
///     "X-Asterisk-HangupCauseCode: 17" → Code (Q.850); "SIP 486" → Code (SIP);
///     "warning 399", "warn 399" → Code (Warning)
///   - a class: "4xx", "4XX" → Class 4 (SIP)
///   - one to three digits: "486" → Code, "48" → Code with prefix semantics
///   - a code followed by words: "486 Busy Here" → Code 486
///   - anything else → Text: the words, matched against phrases and texts in
///     both languages
/// Full-width characters are folded (NFKC) so "４８６" is 486; control
/// characters are dropped; the input is bounded to a few hundred characters.
struct Query {
  enum class Kind { Empty, Code, Class, Text };

  Kind kind = Kind::Empty;
  /// Set when the input named its registry (a Reason header, "cause 17",
  /// X-Asterisk-HangupCause): only entries of that registry are wanted.
  std::optional<Registry> registry;
  /// Kind::Code: the digits typed. Fewer than three digits also match as a
  /// prefix of three-digit codes ("48" → 480-489).
  QString digits;
  /// Kind::Code: true when the input was a full pasted line or header, so
  /// only the exact code is wanted.
  bool exactOnly = false;
  /// Kind::Class: 1-6.
  int classDigit = 0;
  /// Kind::Text: the words, in order, as typed (folded, without quotes).
  QStringList terms;
  /// The cleaned input.
  QString normalized;

  int code() const { return digits.toInt(); }
  static Query fromString(const QString &input);
};

} // namespace sipref
