#pragma once

#include "Registry.h"

#include <QString>
#include <QStringList>

namespace sipref {

/// A reference to a standard: "RFC 3261" section "21.4.24".
struct DocRef {
  QString doc;
  QString section;
  /// A link to the document at the section (RFC Editor for RFCs, ITU-T otherwise).
  QString url() const;
  QString label() const; // "RFC 3261 §21.4.24"
};

/// A name a vendor gives to this code ("USER_BUSY", "AST_CAUSE_BUSY",
/// "DIALSTATUS=BUSY"), from resources/content/vendor_names.json.
struct VendorName {
  QString vendor; ///< "FreeSWITCH" or "Asterisk"
  QString name;
  /// True when the name stands for this entry itself (cause 17 for USER_BUSY);
  /// false when the entry is only the SIP response the vendor maps it to.
  bool primary = true;
  QString noteEn; ///< why the name belongs here, when that is not plain
  QString noteJa;
};

/// The texts of an entry in one language.
struct EntryText {
  QString name; ///< warning and q850: the localized name
  QString summary;
  QString meaning;
  QStringList when;
  QStringList todo;
  QString retry;
};

/// One code of a registry with its facts and, when written, its texts.
struct Entry {
  EntryRef ref;
  QString phrase;
  QStringList altPhrases;
  QString cls;     ///< "4xx" for SIP, a Q.850 class key, empty for warnings
  QString kind;    ///< "provisional" / "final" (SIP only)
  QString status;  ///< "current" / "deprecated" / "historic"
  QList<DocRef> refs;
  QStringList senders;
  QStringList headers;
  QString clientRetry;
  QList<EntryRef> related;
  bool hasText = false;
  /// How often an engineer meets this code in practice: 3 every day (486, 404,
  /// cause 16), 2 common, 1 occasional, 0 rare or historic. Ranks search ties
  /// and picks the quiz's "common codes" set.
  int commonness = 1;
  QList<VendorName> vendorNames;
  EntryText en;
  EntryText ja;

  bool isValid() const { return ref.isValid(); }
  const EntryText &text(Language language) const {
    return language == Language::Japanese ? ja : en;
  }
  /// The title shown in lists: the reason phrase for SIP, the localized name otherwise.
  QString title(Language language) const;
  /// The vendor names by vendor, in content order: the names that stand for
  /// this entry (`primary`), or those of causes mapped to this response.
  QList<std::pair<QString, QStringList>> vendorNamesByVendor(bool primary) const;
};

} // namespace sipref

namespace sipref {

/// A text in both languages.
struct LocalizedText {
  QString en;
  QString ja;
  const QString &in(Language language) const { return language == Language::Japanese ? ja : en; }
};

/// A curated comparison of two codes engineers confuse.
struct CuratedPair {
  EntryRef a;
  EntryRef b;
  QStringList differencesEn, differencesJa;
  QStringList useWhenEn, useWhenJa;
  const QStringList &differences(Language l) const {
    return l == Language::Japanese ? differencesJa : differencesEn;
  }
  const QStringList &useWhen(Language l) const {
    return l == Language::Japanese ? useWhenJa : useWhenEn;
  }
};

/// One row of RFC 3398's default mapping. A missing side is -1.
struct MappingRow {
  enum class Direction { IsupToSip, SipToIsup };
  Direction direction = Direction::IsupToSip;
  int cause = -1;
  int sip = -1;
  QString noteKey;
  LocalizedText note;
};

} // namespace sipref
