#pragma once

#include "core/Entry.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sipref {

/// Reads the content JSON files (see resources/content/SCHEMA.md), validates
/// them and writes content.sqlite.
///
/// Every problem is reported as "<file>: <entry>: <problem>", so a broken
/// build points at the line of JSON to fix. Validation is complete before
/// anything is written: the output file is either a whole, valid database or
/// untouched.
class ContentCompiler final {

public:
  /// Loads and validates the files. Returns false when any problem was found;
  /// errors() lists them all.
  bool load(const QStringList &files);
  /// Adds an entry without validation: for generated benchmark content only.
  void addUncheckedEntry(const Entry &entry) { m_entries.append(entry); }
  /// Writes the loaded content to `output` (replacing it atomically).
  bool write(const QString &output);

  const QStringList &errors() const { return m_errors; }
  /// Problems that do not stop the build, such as a search hint for a code
  /// that another content change has not added yet.
  const QStringList &warnings() const { return m_warnings; }
  const QList<Entry> &entries() const { return m_entries; }
  const QList<CuratedPair> &pairs() const { return m_pairs; }

private:
  void loadFile(const QString &file);
  /// The "entries" array of a file; an error and nullopt when it has none.
  std::optional<QJsonArray> entriesOf(const QString &file, const QJsonObject &root);
  void loadRegistry(const QString &file, const QJsonObject &root);
  void loadEntry(const QString &file, Registry registry, const QJsonObject &obj, int index);
  void loadComparisons(const QString &file, const QJsonObject &root);
  void loadMapping(const QString &file, const QJsonObject &root);
  void loadSearchHints(const QString &file, const QJsonObject &root);
  void loadVendorNames(const QString &file, const QJsonObject &root);
  void loadVendorCauses(const QString &file, const QJsonObject &root, const QString &key, const QString &vendor);
  void loadVendorReceived(const QString &file, const QJsonObject &root, const QString &key,
                          const QString &vendor);
  LocalizedText readNote(const QString &file, const QString &where, const QJsonValue &value);
  void loadDepartures(const QString &file, const QJsonObject &root);
  void checkReferences();
  void applyHints();
  void resolveVendorNames();
  void error(const QString &file, const QString &where, const QString &problem);

  struct PendingRef {
    QString file;
    QString where;
    EntryRef ref;
    QString what;
  };

  /// A search hint (search_hints.json) for one entry.
  struct Hint {
    QString file;
    int commonness = 1;
    QStringList aliases; ///< both languages
  };
  /// A vendor name as read, placed on entries once every file is loaded.
  struct PendingVendorName {
    QString file;
    QString where;
    QString vendor;
    QString name;          ///< as shown: "USER_BUSY", "DIALSTATUS=BUSY"
    QStringList forms;     ///< what it is searched by (the name, Asterisk's text)
    int value = -1;        ///< cause value; -1 for DIALSTATUS
    int sends = -1;        ///< SIP response the vendor sends for it; -1 if none
    bool hasEntries = false;
    QList<EntryRef> entries; ///< where it belongs, when the file says so
    LocalizedText note;
  };
  /// Reads where a vendor name or value belongs ("entries", codes written
  /// like `example`) and its note, then keeps it for resolveVendorNames.
  /// `what` ("name", "value") is what a message calls one without entries.
  void keepVendorName(PendingVendorName v, const QJsonObject &object, const QString &example,
                      const QString &what);

  QStringList m_errors;
  QStringList m_warnings;
  QList<Entry> m_entries;
  QHash<EntryRef, Hint> m_hints;
  QString m_hintsFile;
  QList<PendingVendorName> m_vendorNames;
  QHash<QString, QSet<QString>> m_vendorDeclared; ///< vendor → names declared
  QHash<EntryRef, QStringList> m_vendorForms;      ///< entry → primary forms (for search)
  QHash<EntryRef, QStringList> m_vendorOtherForms; ///< entry → other vendor forms
  QHash<EntryRef, QString> m_entryFile;
  QList<CuratedPair> m_pairs;
  QList<MappingRow> m_mapping;
  QHash<QString, LocalizedText> m_documents;
  QList<PendingRef> m_pendingRefs;
};

/// True when the text contains at least one hiragana, katakana or CJK ideograph.
bool containsJapanese(const QString &text);

} // namespace sipref
