#pragma once

#include "core/Entry.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

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
  const QList<Entry> &entries() const { return m_entries; }
  const QList<CuratedPair> &pairs() const { return m_pairs; }

private:
  void loadFile(const QString &file);
  void loadRegistry(const QString &file, const QJsonObject &root);
  void loadEntry(const QString &file, Registry registry, const QJsonObject &obj, int index);
  void loadComparisons(const QString &file, const QJsonObject &root);
  void loadMapping(const QString &file, const QJsonObject &root);
  void loadDepartures(const QString &file, const QJsonObject &root);
  void checkReferences();
  void error(const QString &file, const QString &where, const QString &problem);

  struct PendingRef {
    QString file;
    QString where;
    EntryRef ref;
    QString what;
  };

  QStringList m_errors;
  QList<Entry> m_entries;
  QHash<EntryRef, QString> m_entryFile;
  QList<CuratedPair> m_pairs;
  QList<MappingRow> m_mapping;
  QHash<QString, LocalizedText> m_documents;
  QList<PendingRef> m_pendingRefs;
};

/// True when the text contains at least one hiragana, katakana or CJK ideograph.
bool containsJapanese(const QString &text);

} // namespace sipref
