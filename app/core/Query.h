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
///   - a registry word and a number: "cause 17", "q850 17", "Q.850 17",
///     "warning 399", "warn 399" → Code in that registry
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
  /// Set when the input named its registry (a Reason header, "cause 17").
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
