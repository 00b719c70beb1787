#include "ContentStore.h"

#include "ContentSchema.h"
#include "SearchText.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace sipref {

namespace {

QStringList fromJsonList(const QString &json) {
  QStringList out;
  for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
    out << v.toString();
  return out;
}




QString filterSql(const SearchFilter &filter) {
  QString sql;
  if (!filter.registries.isEmpty()) {
    QStringList ids;
    for (Registry r : filter.registries)
      ids << QString::number(int(r));
    sql += QStringLiteral(" AND e.registry_order IN (%1)").arg(ids.join(u','));
  }
  if (!filter.sipClasses.isEmpty()) {
    QStringList ids;
    for (int c : filter.sipClasses)
      ids << QString::number(std::clamp(c, 1, 6));
    sql += QStringLiteral(" AND (e.registry_order <> 0 OR e.class_digit IN (%1))").arg(ids.join(u','));
  }
  return sql;
}

const char *kHitColumns =
    "SELECT e.id, e.registry_order, e.code, e.phrase, e.class, e.class_digit, e.has_text,"
    " t.summary, t.name, e.commonness, e.status";
const char *kHitJoin = " LEFT JOIN texts t ON t.entry_id = e.id AND t.lang = ?";

} // namespace

ContentStore::ContentStore()
    : m_connection(QStringLiteral("content-") + QUuid::createUuid().toString(QUuid::Id128)) {}

ContentStore::~ContentStore() { close(); }

void ContentStore::close() {
  if (QSqlDatabase::contains(m_connection)) {
    {
      QSqlDatabase db = QSqlDatabase::database(m_connection, false);
      db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
  }
  m_open = false;
}

bool ContentStore::open(const QString &path) {
  close();
  m_path = path;
  const QFileInfo info(path);
  if (!info.exists()) {
    m_error = tr("The content database %1 does not exist.").arg(path);
    return false;
  }
  if (!info.isReadable()) {
    m_error = tr("The content database %1 cannot be read (permission denied).").arg(path);
    return false;
  }
  if (info.isDir()) {
    m_error = tr("The content database %1 cannot be read: it is a directory.").arg(path);
    return false;
  }
  // Check the file header before SQLite sees the file, so a damaged file
  // gets a message that says what is wrong with it.
  {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
      m_error = tr("The content database %1 cannot be read: %2").arg(path, file.errorString());
      return false;
    }
    const QByteArray header = file.read(100);
    if (file.error() != QFileDevice::NoError) {
      m_error = tr("The content database %1 cannot be read: %2").arg(path, file.errorString());
      return false;
    }
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
      m_error = tr("The content database %1 is damaged: it is not an SQLite database (%2 bytes, unknown "
                   "header).")
                    .arg(path)
                    .arg(info.size());
      return false;
    }
    auto be = [&header](int offset, int bytes) {
      quint64 v = 0;
      for (int i = 0; i < bytes; ++i)
        v = (v << 8) | quint8(header.at(offset + i));
      return v;
    };
    const quint64 pageSize = be(16, 2) == 1 ? 65536 : be(16, 2);
    const quint64 pages = be(28, 4);
    // The page count in the header is valid when bytes 92-95 match the change counter.
    if (be(92, 4) == be(24, 4) && pageSize > 0 && quint64(info.size()) < pages * pageSize) {
      m_error = tr("The content database %1 is damaged: it is truncated (%2 of %3 bytes).")
                    .arg(path)
                    .arg(info.size())
                    .arg(pages * pageSize);
      return false;
    }
  }
  QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
  db.setDatabaseName(path);
  db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
  if (!db.open()) {
    m_error = tr("The content database %1 cannot be opened: %2").arg(path, db.lastError().text());
    close();
    return false;
  }
  QSqlQuery q(db);
  // The file is read, never written: mapped, its pages are read in place
  // instead of copied by a read() call each (the first list alone reads a few hundred).
  q.exec(QStringLiteral("PRAGMA mmap_size = 67108864"));
  if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next()) {
    m_error = tr("%1 is not a SipRef content database, or it is damaged (%2).")
                  .arg(path, q.lastError().text().isEmpty() ? tr("no schema version") : q.lastError().text());
    close();
    return false;
  }
  const int version = q.value(0).toInt();
  if (version != schema::kContentSchemaVersion) {
    m_error = tr("The content database %1 has schema version %2; this version of SipRef reads version %3.")
                  .arg(path)
                  .arg(version)
                  .arg(schema::kContentSchemaVersion);
    close();
    return false;
  }
  if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM entries),"
                             " (SELECT value FROM meta WHERE key = 'entry_count')")) ||
      !q.next()) {
    m_error = tr("The content database %1 is damaged: %2").arg(path, q.lastError().text());
    close();
    return false;
  }
  if (!q.value(1).isNull() && q.value(0).toInt() != q.value(1).toInt()) {
    m_error = tr("The content database %1 is damaged: it holds %2 entries instead of %3.")
                  .arg(path)
                  .arg(q.value(0).toInt())
                  .arg(q.value(1).toInt());
    close();
    return false;
  }
  m_open = true;
  m_error.clear();
  return true;
}

int ContentStore::entryCount() const {
  if (!m_open)
    return 0;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  if (q.exec(QStringLiteral("SELECT count(*) FROM entries")) && q.next())
    return q.value(0).toInt();
  return 0;
}

std::optional<Entry> ContentStore::entry(const EntryRef &ref) const {
  if (!m_open)
    return std::nullopt;
  QSqlDatabase db = QSqlDatabase::database(m_connection, false);
  QSqlQuery q(db);
  q.prepare(QStringLiteral(
      "SELECT id, phrase, alt_phrases, class, kind, status, refs, senders, headers,"
      " client_retry, related, has_text, commonness FROM entries WHERE registry_order = ? AND code = ?"));
  q.addBindValue(int(ref.registry));
  q.addBindValue(ref.code);
  if (!q.exec()) {
    m_error = q.lastError().text();
    return std::nullopt;
  }
  if (!q.next())
    return std::nullopt;
  Entry e;
  e.ref = ref;
  const qint64 id = q.value(0).toLongLong();
  e.phrase = q.value(1).toString();
  e.altPhrases = fromJsonList(q.value(2).toString());
  e.cls = q.value(3).toString();
  e.kind = q.value(4).toString();
  e.status = q.value(5).toString();
  for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
    e.refs.append(DocRef{v[QStringLiteral("doc")].toString(), v[QStringLiteral("section")].toString()});
  e.senders = fromJsonList(q.value(7).toString());
  e.headers = fromJsonList(q.value(8).toString());
  e.clientRetry = q.value(9).toString();
  for (const QString &r : fromJsonList(q.value(10).toString()))
    if (auto parsed = EntryRef::fromString(r))
      e.related.append(*parsed);
  e.hasText = q.value(11).toBool();
  e.commonness = q.value(12).toInt();
  {
    QSqlQuery v(db);
    v.prepare(QStringLiteral(
        "SELECT vendor, name, is_primary, note_en, note_ja FROM vendor_names WHERE entry_id = ?"
        " ORDER BY rowid"));
    v.addBindValue(id);
    if (v.exec())
      while (v.next())
        e.vendorNames.append(VendorName{v.value(0).toString(), v.value(1).toString(), v.value(2).toBool(),
                                        v.value(3).toString(), v.value(4).toString()});
  }
  if (e.hasText) {
    QSqlQuery t(db);
    t.prepare(QStringLiteral("SELECT lang, name, summary, meaning, when_seen, todo, retry FROM texts WHERE entry_id = ?"));
    t.addBindValue(id);
    if (t.exec()) {
      while (t.next()) {
        EntryText &out = t.value(0).toString() == u"ja" ? e.ja : e.en;
        out.name = t.value(1).toString();
        out.summary = t.value(2).toString();
        out.meaning = t.value(3).toString();
        out.when = fromJsonList(t.value(4).toString());
        out.todo = fromJsonList(t.value(5).toString());
        out.retry = t.value(6).toString();
      }
    }
  }
  return e;
}

bool ContentStore::contains(const EntryRef &ref) const {
  if (!m_open)
    return false;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT 1 FROM entries WHERE registry_order = ? AND code = ?"));
  q.addBindValue(int(ref.registry));
  q.addBindValue(ref.code);
  return q.exec() && q.next();
}

QList<EntryRef> ContentStore::allRefs(std::optional<Registry> registry) const {
  QList<EntryRef> out;
  if (!m_open)
    return out;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.setForwardOnly(true);
  if (registry) {
    q.prepare(QStringLiteral("SELECT registry_order, code FROM entries WHERE registry_order = ? ORDER BY code"));
    q.addBindValue(int(*registry));
  } else {
    q.prepare(QStringLiteral("SELECT registry_order, code FROM entries ORDER BY registry_order, code"));
  }
  if (q.exec())
    while (q.next())
      out.append(EntryRef{Registry(q.value(0).toInt()), q.value(1).toInt()});
  return out;
}

namespace {

// Reads the rows of a hit query into `hits`, once per entry, keeping the best rank.
bool collectHits(QSqlQuery &q, int rank, QList<SearchHit> &hits, QHash<qint64, qsizetype> &seen,
                 QString &error) {
  q.setForwardOnly(true);
  if (!q.exec()) {
    error = q.lastError().text();
    return false;
  }
  while (q.next()) {
    const qint64 id = q.value(0).toLongLong();
    if (auto it = seen.constFind(id); it != seen.cend()) {
      hits[*it].rank = std::min(hits[*it].rank, rank);
      continue;
    }
    SearchHit h;
    h.rowId = id;
    h.ref = EntryRef{Registry(q.value(1).toInt()), q.value(2).toInt()};
    h.phrase = q.value(3).toString();
    h.cls = q.value(4).toString();
    h.classDigit = q.value(5).toInt();
    h.hasText = q.value(6).toBool();
    h.summary = q.value(7).toString();
    const QString name = q.value(8).toString();
    h.title = (h.ref.registry == Registry::Sip || name.isEmpty()) ? h.phrase : name;
    h.commonness = q.value(9).toInt();
    h.current = q.value(10).toString() == u"current";
    h.rank = rank;
    seen.insert(id, hits.size());
    hits.append(h);
  }
  return true;
}

} // namespace

QList<SearchHit> ContentStore::search(const Query &query, Language language,
                                      const SearchFilter &filter, int limit) const {
  QList<SearchHit> hits;
  if (!m_open || limit <= 0)
    return hits;
  QSqlDatabase db = QSqlDatabase::database(m_connection, false);
  const QString lang = languageKey(language);
  const QString filterClause = filterSql(filter);
  QHash<qint64, qsizetype> seen; // entry id → index in hits
  auto collect = [&](QSqlQuery &q, int rank) { collectHits(q, rank, hits, seen, m_error); };
  const QString base = QString::fromLatin1(kHitColumns) + QStringLiteral(" FROM entries e") +
                       QString::fromLatin1(kHitJoin);

  switch (query.kind) {
  case Query::Kind::Empty: {
    QSqlQuery q(db);
    q.prepare(base + QStringLiteral(" WHERE 1") + filterClause +
              QStringLiteral(" ORDER BY e.registry_order, e.code LIMIT ?"));
    q.addBindValue(lang);
    q.addBindValue(limit);
    collect(q, SearchHit::Browse);
    break;
  }
  case Query::Kind::Code: {
    const int code = query.code();
    QSqlQuery exact(db);
    exact.prepare(base + QStringLiteral(" WHERE e.code = ?") +
                  (query.registry ? QStringLiteral(" AND e.registry_order = %1").arg(int(*query.registry))
                                  : QString()) +
                  filterClause);
    exact.addBindValue(lang);
    exact.addBindValue(code);
    collect(exact, SearchHit::ExactCode);
    if (query.exactOnly)
      break;
    const QString &digits = query.digits;
    if (digits.size() < 3 && !digits.startsWith(u'0')) {
      int scale = 1;
      for (qsizetype i = digits.size(); i < 3; ++i)
        scale *= 10;
      const int low = code * scale;
      QSqlQuery prefix(db);
      // SIP responses and warn-codes are three-digit codes; Q.850 causes are not.
      prefix.prepare(base + QStringLiteral(" WHERE e.registry_order IN (0, 1) AND e.code BETWEEN ? AND ?") +
                     filterClause + QStringLiteral(" ORDER BY e.registry_order, e.code"));
      prefix.addBindValue(lang);
      prefix.addBindValue(low);
      prefix.addBindValue(low + scale - 1);
      collect(prefix, SearchHit::CodePrefix);
    }
    if (digits.size() == 3) {
      // Other entries that talk about this code ("unlike 486, ...").
      QSqlQuery text(db);
      text.prepare(QString::fromLatin1(kHitColumns) + QStringLiteral(" FROM body_tri s JOIN entries e ON e.id = s.rowid") +
                   QString::fromLatin1(kHitJoin) + QStringLiteral(" WHERE body_tri MATCH ?") + filterClause +
                   QStringLiteral(" LIMIT 100"));
      text.addBindValue(lang);
      text.addBindValue(searchtext::quoted(digits));
      collect(text, SearchHit::Text);
    }
    break;
  }
  case Query::Kind::Class: {
    QSqlQuery q(db);
    q.prepare(base + QStringLiteral(" WHERE e.registry_order = 0 AND e.class_digit = ?") + filterClause +
              QStringLiteral(" ORDER BY e.code LIMIT ?"));
    q.addBindValue(lang);
    q.addBindValue(query.classDigit);
    q.addBindValue(limit);
    collect(q, SearchHit::ExactCode);
    break;
  }
  case Query::Kind::Text: {
    QList<QStringList> groups;
    for (const QString &t : searchtext::words(searchtext::fold(query.terms.join(u' '))))
      groups.append(QStringList{t});
    hits = textCandidates(groups, language, filter, limit);
    break;
  }
  }

  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
    if (a.rank != b.rank)
      return a.rank < b.rank;
    return a.ref < b.ref;
  });
  if (hits.size() > limit)
    hits.resize(limit);
  return hits;
}

QList<SearchHit> ContentStore::textCandidates(const QList<QStringList> &groups, Language language,
                                              const SearchFilter &filter, int limit) const {
  QList<SearchHit> hits;
  if (!m_open || limit <= 0 || groups.isEmpty())
    return hits;
  QSqlDatabase db = QSqlDatabase::database(m_connection, false);
  const QString lang = languageKey(language);
  const QString filterClause = filterSql(filter);
  QHash<qint64, qsizetype> seen;
  // Groups whose spellings all have three characters or more go to the
  // trigram index, the others to the word index; both give rowids in display
  // order, so LIMIT ends each scan early however large the content is.
  QList<QStringList> longGroups;
  QList<QStringList> shortGroups;
  for (const QStringList &g : groups) {
    const bool allLong =
        std::all_of(g.cbegin(), g.cend(), [](const QString &t) { return searchtext::length(t) >= 3; });
    (allLong ? longGroups : shortGroups).append(g);
  }
  auto join = [](const QList<QStringList> &gs, bool trigram) {
    QStringList parts;
    for (const QStringList &g : gs) {
      QStringList alternatives;
      for (const QString &t : g) {
        const QString e = trigram ? searchtext::quoted(t) : searchtext::wordPrefixQuery(t);
        if (!e.isEmpty())
          alternatives << u'(' + e + u')';
      }
      if (!alternatives.isEmpty())
        parts << u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
    }
    return parts.join(QStringLiteral(" AND "));
  };
  const QString tri = join(longGroups, true);
  const QString words = join(shortGroups, false);
  if (longGroups.isEmpty() && words.isEmpty())
    return hits;
  // phrases: true for the phrase indexes, false for the body indexes.
  auto run = [&](bool phrases, int rank, int rowLimit) {
    if (rowLimit <= 0)
      return;
    QString table;
    QStringList likeColumns;
    if (!longGroups.isEmpty()) {
      table = phrases ? QStringLiteral("phrase_tri") : QStringLiteral("body_tri");
      likeColumns = phrases ? QStringList{QStringLiteral("s.phrase")}
                            : QStringList{QStringLiteral("s.body_en"), QStringLiteral("s.body_ja")};
    } else {
      table = phrases ? QStringLiteral("phrase_words") : QStringLiteral("body_words");
    }
    QString sql = QString::fromLatin1(kHitColumns) +
                  QStringLiteral(" FROM %1 s JOIN entries e ON e.id = s.rowid").arg(table) +
                  QString::fromLatin1(kHitJoin) + QStringLiteral(" WHERE %1 MATCH ?").arg(table);
    // Short terms beside long ones are checked on the rows the trigram
    // index yields, which stay bounded by the LIMIT.
    QStringList likePatterns;
    if (!longGroups.isEmpty()) {
      for (const QStringList &g : std::as_const(shortGroups)) {
        QStringList ors;
        for (const QString &t : g) {
          QString escaped = t;
          escaped.replace(u'\\', QStringLiteral("\\\\"))
              .replace(u'%', QStringLiteral("\\%"))
              .replace(u'_', QStringLiteral("\\_"));
          for (const QString &c : likeColumns) {
            ors << c + QStringLiteral(" LIKE ? ESCAPE '\\'");
            likePatterns << u'%' + escaped + u'%';
          }
        }
        sql += QStringLiteral(" AND (") + ors.join(QStringLiteral(" OR ")) + u')';
      }
    }
    sql += filterClause + QStringLiteral(" ORDER BY s.rowid LIMIT ?");
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(lang);
    q.addBindValue(longGroups.isEmpty() ? words : tri);
    for (const QString &p : std::as_const(likePatterns))
      q.addBindValue(p);
    q.addBindValue(rowLimit);
    collectHits(q, rank, hits, seen, m_error);
  };
  run(true, SearchHit::Phrase, limit);
  // A single character narrows by name only; texts would match nearly everything.
  const bool singleCharacter =
      groups.size() == 1 && groups.first().size() == 1 && searchtext::length(groups.first().first()) == 1;
  if (!singleCharacter)
    run(false, SearchHit::Text, limit - int(hits.size()));
  return hits;
}

void ContentStore::readRankDocs(QHash<qint64, RankDoc> &docs, const QList<qint64> &ids, RankDoc::Part part) const {
  if (!m_open || ids.isEmpty())
    return;
  QStringList list;
  list.reserve(ids.size());
  for (qint64 id : ids)
    list << QString::number(id);
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.setForwardOnly(true);
  const QString columns = part == RankDoc::Names     ? QStringLiteral("names, vendor")
                          : part == RankDoc::Summary ? QStringLiteral("summary, ''")
                                                     : QStringLiteral("meaning, rest");
  // The ids are numbers from the database itself, so they are written into the SQL.
  if (!q.exec(QStringLiteral("SELECT entry_id, %1 FROM rank_docs WHERE entry_id IN (%2)")
                  .arg(columns, list.join(u',')))) {
    m_error = q.lastError().text();
    return;
  }
  while (q.next()) {
    RankDoc &d = docs[q.value(0).toLongLong()];
    switch (part) {
    case RankDoc::Names:
      d.names = q.value(1).toString();
      d.vendor = q.value(2).toString();
      break;
    case RankDoc::Summary:
      d.summary = q.value(1).toString();
      break;
    case RankDoc::Texts:
      d.meaning = q.value(1).toString();
      d.rest = q.value(2).toString();
      break;
    }
  }
}

QList<VocabularyWord> ContentStore::vocabulary() const {
  QList<VocabularyWord> out;
  if (!m_open)
    return out;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.setForwardOnly(true);
  if (q.exec(QStringLiteral("SELECT word, in_names FROM terms ORDER BY word")))
    while (q.next())
      out.append(VocabularyWord{q.value(0).toString(), q.value(1).toBool()});
  return out;
}

std::optional<CuratedPair> ContentStore::curatedPair(const EntryRef &a, const EntryRef &b) const {
  if (!m_open)
    return std::nullopt;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT a, b, differences_en, differences_ja, use_when_en, use_when_ja"
                           " FROM comparisons WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)"));
  q.addBindValue(a.toString());
  q.addBindValue(b.toString());
  q.addBindValue(b.toString());
  q.addBindValue(a.toString());
  if (!q.exec() || !q.next())
    return std::nullopt;
  CuratedPair p;
  p.a = EntryRef::fromString(q.value(0).toString()).value_or(a);
  p.b = EntryRef::fromString(q.value(1).toString()).value_or(b);
  p.differencesEn = fromJsonList(q.value(2).toString());
  p.differencesJa = fromJsonList(q.value(3).toString());
  p.useWhenEn = fromJsonList(q.value(4).toString());
  p.useWhenJa = fromJsonList(q.value(5).toString());
  return p;
}

QList<EntryRef> ContentStore::curatedPartners(const EntryRef &ref) const {
  QList<EntryRef> out;
  if (!m_open)
    return out;
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT b FROM comparisons WHERE a = ? UNION SELECT a FROM comparisons WHERE b = ?"));
  q.addBindValue(ref.toString());
  q.addBindValue(ref.toString());
  if (q.exec())
    while (q.next())
      if (auto r = EntryRef::fromString(q.value(0).toString()))
        out.append(*r);
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

QList<MappingRow> readMappings(QSqlQuery &q) {
  QList<MappingRow> out;
  if (!q.exec())
    return out;
  while (q.next()) {
    MappingRow r;
    r.direction = q.value(0).toString() == u"sip_to_isup" ? MappingRow::Direction::SipToIsup
                                                           : MappingRow::Direction::IsupToSip;
    r.cause = q.value(1).toInt();
    r.sip = q.value(2).toInt();
    r.noteKey = q.value(3).toString();
    r.note = LocalizedText{q.value(4).toString(), q.value(5).toString()};
    out.append(r);
  }
  return out;
}

} // namespace

QList<MappingRow> ContentStore::mappingsFor(const EntryRef &ref) const {
  if (!m_open || ref.registry == Registry::Warning)
    return {};
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT direction, cause, sip, note_key, note_en, note_ja FROM mapping WHERE %1 = ?"
                           " ORDER BY direction, cause, sip")
                .arg(ref.registry == Registry::Sip ? QStringLiteral("sip") : QStringLiteral("cause")));
  q.addBindValue(ref.code);
  return readMappings(q);
}

QList<MappingRow> ContentStore::allMappings() const {
  if (!m_open)
    return {};
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT direction, cause, sip, note_key, note_en, note_ja FROM mapping"
                           " ORDER BY direction, CASE direction WHEN 'isup_to_sip' THEN cause ELSE sip END, rowid"));
  return readMappings(q);
}

LocalizedText ContentStore::document(const QString &key) const {
  if (!m_open)
    return {};
  QSqlQuery q(QSqlDatabase::database(m_connection, false));
  q.prepare(QStringLiteral("SELECT en, ja FROM documents WHERE key = ?"));
  q.addBindValue(key);
  if (q.exec() && q.next())
    return LocalizedText{q.value(0).toString(), q.value(1).toString()};
  return {};
}

} // namespace sipref
