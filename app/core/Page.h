#pragma once

#include "Registry.h"

#include <QUrl>

#include <optional>

namespace sipref {

/// What the window can show: a code, two codes compared, the SIP ⇄ Q.850
/// mapping, the trace explainer or the welcome page (keys and a short guide). It is also what a "sipref:"
/// link names, and this is the one place such links are written and read:
///
///     sipref:entry/sip/486
///     sipref:compare/sip/486/q850/17
///     sipref:mapping
///     sipref:trace
///     sipref:welcome
///
/// fromLink() accepts exactly what link() writes; anything else (another
/// scheme, an unknown registry, a code that is not a number) is nullopt.
struct Page {
  enum class Kind { Entry, Comparison, Mapping, Trace, Welcome };

  Kind kind = Kind::Entry;
  EntryRef first;  ///< the code (Entry) or the left code (Comparison)
  EntryRef second; ///< the right code (Comparison)

  static Page entry(const EntryRef &ref) { return {Kind::Entry, ref, {}}; }
  static Page comparison(const EntryRef &left, const EntryRef &right) {
    return {Kind::Comparison, left, right};
  }
  static Page mapping() { return {Kind::Mapping, {}, {}}; }
  static Page trace() { return {Kind::Trace, {}, {}}; }
  static Page welcome() { return {Kind::Welcome, {}, {}}; }

  /// False for an entry or comparison without valid codes.
  bool isValid() const;
  /// The code shown, when the page shows one code or a comparison (its left side).
  EntryRef entryRef() const { return kind == Kind::Entry || kind == Kind::Comparison ? first : EntryRef{}; }

  QString link() const;
  static std::optional<Page> fromLink(const QUrl &url);

  friend bool operator==(const Page &a, const Page &b) {
    return a.kind == b.kind && a.first == b.first && a.second == b.second;
  }
  friend bool operator!=(const Page &a, const Page &b) { return !(a == b); }
};

} // namespace sipref
