#pragma once

#include <QHashFunctions>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace sipref {

/// The code registries SipRef knows. The order is the display order: where a
/// number exists in several registries, SIP responses come first.
enum class Registry { Sip = 0, Warning = 1, Q850 = 2 };

/// All registries in display order.
QList<Registry> allRegistries();

/// "sip", "warning", "q850": the key used in JSON, in the database and in links.
QString registryKey(Registry registry);
std::optional<Registry> registryFromKey(const QString &key);

/// The languages content and UI exist in.
enum class Language { English, Japanese };
QString languageKey(Language language); // "en" / "ja"

/// Identifies one entry: a code within a registry. Written "sip:486".
struct EntryRef {
  Registry registry = Registry::Sip;
  int code = -1;

  bool isValid() const { return code >= 0; }
  QString toString() const;
  /// Parses "sip:486", "q850:17", "warning:399"; a bare number means SIP.
  static std::optional<EntryRef> fromString(const QString &text);

  friend bool operator==(const EntryRef &a, const EntryRef &b) {
    return a.registry == b.registry && a.code == b.code;
  }
  friend bool operator!=(const EntryRef &a, const EntryRef &b) { return !(a == b); }
  friend bool operator<(const EntryRef &a, const EntryRef &b) {
    if (a.registry != b.registry)
      return int(a.registry) < int(b.registry);
    return a.code < b.code;
  }
};

/// The class of a code as the content keys it (Entry::cls): "4xx" for SIP
/// 486; for a Q.850 cause the class of its range of 16 values (Q.850 §2.2.5),
/// e.g. "normal" for cause 17. Empty for Warning codes, which have no
/// classes, and for codes outside their registry's range.
QString classKey(const EntryRef &ref);

/// True for characters of Japanese text: hiragana, katakana (with ー), CJK
/// ideographs (extension A, compatibility and the supplementary planes
/// included) and half-width katakana. Search cuts text by it; the content
/// compiler checks with it that Japanese text is Japanese.
bool isJapaneseCharacter(char32_t c);

inline size_t qHash(const EntryRef &ref, size_t seed = 0) {
  return qHashMulti(seed, int(ref.registry), ref.code);
}

} // namespace sipref

Q_DECLARE_METATYPE(sipref::EntryRef)
