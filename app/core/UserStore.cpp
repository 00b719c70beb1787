#include "UserStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace sipref {

namespace {

// SQLite's primary result codes that mean "this file is not a sound database".
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

// 'SIPU' (SipRef user data), so a file can be told apart from other SQLite files.
constexpr int kApplicationId = 0x53495055;

bool isDamageError(const QSqlError &error) {
  bool ok = false;
  const int code =
      error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes carry the primary one in the low byte
  return ok && (code == kSqliteCorrupt || code == kSqliteNotADatabase);
}

QString now() {
  return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QString &text) {
  QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
  if (!t.isValid())
    t = QDateTime::fromString(text, Qt::ISODate);
  return t.toUTC();
}

// Statements used by more than one writer.
constexpr QLatin1String
    kInsertBookmark("INSERT OR IGNORE INTO bookmarks (registry, code, starred) VALUES (?, ?, ?)");
constexpr QLatin1String kDeleteBookmark("DELETE FROM bookmarks WHERE registry = ? AND code = ?");
constexpr QLatin1String kSelectNote("SELECT text FROM notes WHERE registry = ? AND code = ?");
constexpr QLatin1String kDeleteNote("DELETE FROM notes WHERE registry = ? AND code = ?");
constexpr QLatin1String kUpsertNote("INSERT INTO notes (registry, code, text, updated) VALUES (?, ?, ?, ?)"
                                    " ON CONFLICT (registry, code) DO UPDATE SET text = excluded.text,"
                                    " updated = excluded.updated");

/// Prepares a statement whose first two parameters name a code, and binds
/// the code and then `more`.
void prepareFor(QSqlQuery &q, QLatin1String sql, const EntryRef &ref, const QVariantList &more = {}) {
  q.prepare(sql);
  q.addBindValue(registryKey(ref.registry));
  q.addBindValue(ref.code);
  for (const QVariant &v : more)
    q.addBindValue(v);
}

std::optional<EntryRef> refFromRow(const QSqlQuery &q, int registryColumn = 0, int codeColumn = 1) {
  const auto registry = registryFromKey(q.value(registryColumn).toString());
  if (!registry)
    return std::nullopt; // a registry a newer SipRef knows: kept in the file, not shown
  return EntryRef{*registry, q.value(codeColumn).toInt()};
}

// Each step brings the schema from version (index) to version (index + 1).
// Steps are append-only: a released step is never edited, so every older
// file reaches the current schema the same way.
const QList<QStringList> &migrationSteps() {
  static const QList<QStringList> steps = {
      // 0 → 1: bookmarks and notes.
      {QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
       QStringLiteral("CREATE TABLE bookmarks (registry TEXT NOT NULL, code INTEGER NOT NULL,"
                      " starred TEXT NOT NULL, PRIMARY KEY (registry, code))"),
       QStringLiteral("CREATE TABLE notes (registry TEXT NOT NULL, code INTEGER NOT NULL, text TEXT NOT NULL,"
                      " updated TEXT NOT NULL, PRIMARY KEY (registry, code))")},
      // 1 → 2: recent history, one row per code at its latest visit.
      {QStringLiteral("CREATE TABLE history (registry TEXT NOT NULL, code INTEGER NOT NULL,"
                      " visited TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (registry, code))"),
       QStringLiteral("CREATE INDEX history_seq ON history (seq)")},
  };
  return steps;
}

} // namespace

QString foldForSearch(const QString &text) {
  return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

UserStore::UserStore(QObject *parent)
    : QObject(parent), m_connection(QStringLiteral("user-") + QUuid::createUuid().toString(QUuid::Id128)) {
  static_assert(kSchemaVersion == 2, "add a migration step for the new schema version");
}

UserStore::~UserStore() {
  close();
}

QString UserStore::defaultPath() {
  return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
         QStringLiteral("/userdata.sqlite");
}

QSqlDatabase UserStore::database() const {
  return QSqlDatabase::database(m_connection, false);
}

void UserStore::close() {
  if (QSqlDatabase::contains(m_connection)) {
    {
      QSqlDatabase db = database();
      db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
  }
  m_open = false;
  m_persistent = false;
}

bool UserStore::open(const QString &path) {
  close();
  m_path = path;
  m_notice.clear();
  m_movedAside.clear();
  m_error.clear();

  const QFileInfo info(path);
  const QString folder = info.absolutePath();
  if (!QDir().mkpath(folder)) {
    m_notice =
        tr("Your bookmarks and notes cannot be saved: the folder %1 cannot be created. SipRef works as "
           "usual, but what you change now is lost when you quit.")
            .arg(QDir::toNativeSeparators(folder));
    return openMemory({});
  }

  QString failure;
  bool damaged = false;
  if (openFile(path, &failure, &damaged))
    return true;

  if (damaged) {
    QString moveFailure;
    const QString aside = moveAside(path, &moveFailure);
    if (aside.isEmpty()) {
      m_notice =
          tr("Your saved bookmarks and notes in %1 cannot be read (%2), and the file cannot be moved aside "
             "(%3). It was left untouched; what you change now is not saved.")
              .arg(QDir::toNativeSeparators(path), failure, moveFailure);
      return openMemory(path);
    }
    m_movedAside = aside;
    const QString reason = failure;
    if (openFile(path, &failure, &damaged)) {
      m_notice =
          tr("Your saved bookmarks and notes in %1 could not be read (%2). The damaged file was kept as %3 "
             "and a new, empty one was started.")
              .arg(QDir::toNativeSeparators(path), reason, QDir::toNativeSeparators(aside));
      return true;
    }
    m_notice =
        tr("Your saved bookmarks and notes in %1 could not be read (%2); the damaged file was kept as %3. "
           "A new one cannot be created (%4), so what you change now is not saved.")
            .arg(QDir::toNativeSeparators(path), reason, QDir::toNativeSeparators(aside), failure);
    return openMemory({});
  }

  m_notice =
      tr("Your bookmarks and notes cannot be saved: %1. SipRef shows what was saved before, but what you "
         "change now is lost when you quit.")
          .arg(failure);
  return openMemory(QFileInfo::exists(path) ? path : QString());
}

bool UserStore::openFile(const QString &path, QString *failure, bool *damaged) {
  *damaged = false;
  close();
  const QFileInfo info(path);
  const QFileInfo folder(info.absolutePath());
  if (info.exists() && !info.isWritable()) {
    *failure = tr("the file %1 is read-only").arg(QDir::toNativeSeparators(path));
    return false;
  }
  // WAL mode needs to create the -wal and -shm files next to the database.
  if (!folder.isWritable()) {
    *failure = tr("the folder %1 is read-only").arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    return false;
  }

  bool ok = false;
  {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    // Another SipRef (a second window) may be writing: wait for it rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    ok = prepareFile(db, failure, damaged);
  }
  if (!ok) {
    close();
    return false;
  }
  m_open = true;
  m_persistent = true;
  emit dataReset();
  return true;
}

bool UserStore::prepareFile(QSqlDatabase &db, QString *failure, bool *damaged) {
  auto fail = [&](const QString &reason, bool isDamage) {
    *failure = reason;
    *damaged = isDamage;
    return false;
  };
  if (!db.open())
    return fail(db.lastError().text(), isDamageError(db.lastError()));

  QSqlQuery q(db);
  if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
    return fail(q.lastError().text(), isDamageError(q.lastError()));
  QStringList problems;
  while (q.next())
    problems << q.value(0).toString();
  if (problems != QStringList{QStringLiteral("ok")})
    return fail(tr("the integrity check reports: %1").arg(problems.mid(0, 3).join(QStringLiteral("; "))),
                true);

  if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
    return fail(q.lastError().text(), isDamageError(q.lastError()));
  const int version = q.value(0).toInt();
  if (version > kSchemaVersion)
    return fail(
        tr("the file was written by a newer version of SipRef (data version %1; this version reads up to "
           "%2)")
            .arg(version)
            .arg(kSchemaVersion),
        false);
  if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
    return fail(q.lastError().text(), isDamageError(q.lastError()));
  const int applicationId = q.value(0).toInt();
  if (version == 0) {
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
      return fail(q.lastError().text(), isDamageError(q.lastError()));
    if (q.value(0).toInt() > 0)
      return fail(tr("the file is not a SipRef user database"), true);
  } else if (applicationId != kApplicationId) {
    return fail(tr("the file is not a SipRef user database"), true);
  }

  // A new file holds nothing of the user's yet: the switch to write-ahead
  // logging and the schema are written without waiting for the disk (a crash
  // now leaves a file that the next start sets up again or moves aside,
  // losing nothing). This keeps the first start as fast as the others:
  // waiting for the syncs took ~40 ms on a slow disk before the window could
  // paint, and four syncs of the journal switch ~1 ms on a fast one.
  if (version == 0 && !q.exec(QStringLiteral("PRAGMA synchronous = OFF")))
    return fail(q.lastError().text(), false);
  if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
    return fail(q.lastError().text(), isDamageError(q.lastError()));
  if (q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
    return fail(tr("the database cannot be switched to write-ahead logging (journal mode %1)")
                    .arg(q.value(0).toString()),
                false);
  q.finish();
  QString migrationFailure;
  if (!migrate(db, &migrationFailure))
    return fail(migrationFailure, false);

  // FULL: a commit is on disk before setNote() returns, even across a power cut.
  if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
    return fail(q.lastError().text(), false);
  q.finish();
  return true;
}

bool UserStore::migrate(QSqlDatabase &db, QString *failure) {
  QSqlQuery q(db);
  if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
    *failure = q.lastError().text();
    return false;
  }
  int version = q.value(0).toInt();
  q.finish();
  const QList<QStringList> &steps = migrationSteps();
  while (version < kSchemaVersion) {
    // The step and the new version number commit together, so a crash
    // mid-migration leaves the file at the old version, ready to retry.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
      *failure = q.lastError().text();
      return false;
    }
    bool ok = true;
    for (const QString &sql : steps.at(version)) {
      if (!q.exec(sql)) {
        ok = false;
        break;
      }
    }
    ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
    if (ok) {
      q.finish();
      ok = q.exec(QStringLiteral("COMMIT"));
    }
    if (!ok) {
      *failure =
          tr("the data could not be updated to version %1: %2").arg(version + 1).arg(q.lastError().text());
      QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
      return false;
    }
    ++version;
  }
  return true;
}

bool UserStore::openMemory(const QString &seedFrom) {
  close();
  QString failure;
  {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    // URIs let us attach the saved file strictly read-only below.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    if (!db.open())
      failure = db.lastError().text();
    else if (migrate(db, &failure) && !seedFrom.isEmpty())
      seedMemory(db, seedFrom);
  }
  if (!failure.isEmpty()) {
    m_error = tr("The user data cannot be kept even in memory: %1").arg(failure);
    if (m_notice.isEmpty())
      m_notice = m_error;
    close();
    return false;
  }
  m_open = true;
  m_persistent = false;
  emit dataReset();
  return true;
}

void UserStore::seedMemory(QSqlDatabase &db, const QString &seedFrom) {
  // Show what was saved, without writing to the file in any way. A
  // read-only folder cannot hold the -shm file WAL readers need, so fall
  // back to reading the file as immutable.
  const QString url =
      QUrl::fromLocalFile(QFileInfo(seedFrom).absoluteFilePath()).toString(QUrl::FullyEncoded);
  QSqlQuery q(db);
  bool attached = false;
  for (const QString &options : {QStringLiteral("?mode=ro"), QStringLiteral("?mode=ro&immutable=1")}) {
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS saved"));
    q.addBindValue(url + options);
    if (q.exec() && q.exec(QStringLiteral("SELECT count(*) FROM saved.sqlite_master")) && q.next()) {
      attached = true;
      break;
    }
    q.finish();
    q.exec(QStringLiteral("DETACH DATABASE saved"));
  }
  if (!attached)
    return;
  q.finish();
  // Each copy may fail on its own (a table of a newer or an older version):
  // what can be read is shown.
  q.exec(QStringLiteral("INSERT OR IGNORE INTO main.bookmarks (registry, code, starred)"
                        " SELECT registry, code, starred FROM saved.bookmarks"));
  q.exec(QStringLiteral("INSERT OR IGNORE INTO main.notes (registry, code, text, updated)"
                        " SELECT registry, code, text, updated FROM saved.notes"));
  q.exec(QStringLiteral("INSERT OR IGNORE INTO main.history (registry, code, visited, seq)"
                        " SELECT registry, code, visited, seq FROM saved.history"));
  q.finish();
  q.exec(QStringLiteral("DETACH DATABASE saved"));
}

QString UserStore::moveAside(const QString &path, QString *failure) const {
  const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
  QString target = path + QStringLiteral(".damaged-") + stamp;
  for (int n = 2; QFileInfo::exists(target); ++n)
    target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
  QFile file(path);
  if (!file.rename(target)) {
    *failure = file.errorString();
    return {};
  }
  // The -wal file may hold the newest part of the damaged data: keep it with it.
  for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
    if (QFileInfo::exists(path + suffix))
      QFile::rename(path + suffix, target + suffix);
  return target;
}

int UserStore::schemaVersion() const {
  if (!m_open)
    return 0;
  QSqlQuery q(database());
  if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
    return q.value(0).toInt();
  return 0;
}

bool UserStore::write(const std::function<bool(QSqlQuery &)> &body) {
  m_error.clear();
  if (!m_open) {
    m_error = tr("Your bookmarks and notes are not available.");
    return false;
  }
  QSqlDatabase db = database();
  QSqlQuery q(db);
  // IMMEDIATE takes the write lock now, so two SipRef processes never
  // deadlock upgrading a read lock.
  if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
    m_error = tr("Could not save: %1").arg(q.lastError().text());
    return false;
  }
  if (!body(q)) {
    m_error = tr("Could not save: %1").arg(q.lastError().text());
    q.finish();
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return false;
  }
  q.finish();
  if (!q.exec(QStringLiteral("COMMIT"))) {
    m_error = tr("Could not save: %1").arg(q.lastError().text());
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return false;
  }
  return true;
}

// Bookmarks -----------------------------------------------------------------

bool UserStore::isBookmarked(const EntryRef &ref) const {
  if (!m_open)
    return false;
  QSqlQuery q(database());
  prepareFor(q, QLatin1String("SELECT 1 FROM bookmarks WHERE registry = ? AND code = ?"), ref);
  return q.exec() && q.next();
}

bool UserStore::setBookmarked(const EntryRef &ref, bool starred) {
  if (!ref.isValid()) {
    m_error = tr("There is no code to star.");
    return false;
  }
  if (isBookmarked(ref) == starred)
    return true;
  const bool ok = write([&](QSqlQuery &q) {
    if (starred)
      prepareFor(q, kInsertBookmark, ref, {now()});
    else
      prepareFor(q, kDeleteBookmark, ref);
    return q.exec();
  });
  if (ok)
    emit bookmarkChanged(ref, starred);
  return ok;
}

void UserStore::eachCode(QLatin1String sql, const QVariantList &values,
                         const std::function<void(const EntryRef &, const QSqlQuery &)> &row) const {
  if (!m_open)
    return;
  QSqlQuery q(database());
  q.prepare(sql);
  for (const QVariant &v : values)
    q.addBindValue(v);
  if (!q.exec())
    return;
  while (q.next())
    if (const auto ref = refFromRow(q))
      row(*ref, q);
}

QList<Bookmark> UserStore::bookmarks() const {
  QList<Bookmark> out;
  eachCode(QLatin1String("SELECT registry, code, starred FROM bookmarks"), {},
           [&](const EntryRef &ref, const QSqlQuery &q) {
             out << Bookmark{ref, fromStored(q.value(2).toString())};
           });
  std::sort(out.begin(), out.end(), [](const Bookmark &a, const Bookmark &b) { return a.ref < b.ref; });
  return out;
}

QList<EntryRef> UserStore::bookmarkedRefs() const {
  QList<EntryRef> out;
  for (const Bookmark &b : bookmarks())
    out << b.ref;
  return out;
}

// Notes ---------------------------------------------------------------------

QString UserStore::note(const EntryRef &ref) const {
  if (!m_open)
    return {};
  QSqlQuery q(database());
  prepareFor(q, kSelectNote, ref);
  if (q.exec() && q.next())
    return q.value(0).toString();
  return {};
}

bool UserStore::setNote(const EntryRef &ref, const QString &text) {
  if (!ref.isValid()) {
    m_error = tr("There is no code to attach the note to.");
    return false;
  }
  const bool clear = text.trimmed().isEmpty();
  const QString before = note(ref);
  if ((clear && before.isEmpty()) || (!clear && before == text))
    return true; // nothing to write: focus-out after a debounced save, say
  const bool ok = write([&](QSqlQuery &q) {
    if (clear)
      prepareFor(q, kDeleteNote, ref);
    else
      prepareFor(q, kUpsertNote, ref, {text, now()});
    return q.exec();
  });
  if (ok)
    emit noteChanged(ref);
  return ok;
}

QList<Note> UserStore::notes() const {
  QList<Note> out;
  eachCode(QLatin1String("SELECT registry, code, text, updated FROM notes"), {},
           [&](const EntryRef &ref, const QSqlQuery &q) {
             out << Note{ref, q.value(2).toString(), fromStored(q.value(3).toString())};
           });
  std::sort(out.begin(), out.end(), [](const Note &a, const Note &b) { return a.ref < b.ref; });
  return out;
}

QSet<EntryRef> UserStore::notedRefs() const {
  QSet<EntryRef> out;
  eachCode(QLatin1String("SELECT registry, code FROM notes"), {},
           [&](const EntryRef &ref, const QSqlQuery &) { out.insert(ref); });
  return out;
}

QList<EntryRef> UserStore::searchNotes(const QStringList &terms) const {
  // At most one note per code, so a few hundred notes at the very most:
  // folding in C++ handles full-width and non-ASCII case, which LIKE does not.
  QStringList folded;
  for (const QString &t : terms) {
    const QString f = foldForSearch(t).trimmed();
    if (!f.isEmpty())
      folded << f;
  }
  QList<EntryRef> out;
  if (folded.isEmpty())
    return out;
  for (const Note &n : notes()) {
    const QString text = foldForSearch(n.text);
    if (std::all_of(folded.cbegin(), folded.cend(), [&](const QString &t) { return text.contains(t); }))
      out << n.ref;
  }
  return out;
}

// History -------------------------------------------------------------------

void UserStore::setHistoryLimit(int limit) {
  m_historyLimit = std::max(1, limit);
}

bool UserStore::trimHistory(QSqlQuery &q) {
  q.prepare(QStringLiteral(
      "DELETE FROM history WHERE seq NOT IN (SELECT seq FROM history ORDER BY seq DESC LIMIT ?)"));
  q.addBindValue(m_historyLimit);
  return q.exec();
}

bool UserStore::recordVisit(const EntryRef &ref) {
  if (!ref.isValid())
    return false;
  const bool ok = write([&](QSqlQuery &q) {
    prepareFor(q,
               QLatin1String("INSERT INTO history (registry, code, visited, seq)"
                             " VALUES (?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM history))"
                             " ON CONFLICT (registry, code) DO UPDATE SET visited = excluded.visited,"
                             " seq = excluded.seq"),
               ref, {now()});
    return q.exec() && trimHistory(q);
  });
  if (ok)
    emit historyChanged();
  return ok;
}

QList<Visit> UserStore::history(int limit) const {
  QList<Visit> out;
  eachCode(QLatin1String("SELECT registry, code, visited FROM history ORDER BY seq DESC LIMIT ?"),
           {limit > 0 ? limit : -1}, [&](const EntryRef &ref, const QSqlQuery &q) {
             out << Visit{ref, fromStored(q.value(2).toString())};
           });
  return out;
}

bool UserStore::clearHistory() {
  const bool ok = write([](QSqlQuery &q) { return q.exec(QStringLiteral("DELETE FROM history")); });
  if (ok)
    emit historyChanged();
  return ok;
}

// Import --------------------------------------------------------------------

bool UserStore::importData(const QList<Bookmark> &bookmarks, const QList<Note> &notes,
                           ImportSummary *summary) {
  ImportSummary counts;
  const bool ok = write([&](QSqlQuery &q) {
    for (const Bookmark &b : bookmarks) {
      prepareFor(q, kInsertBookmark, b.ref,
                 {b.starred.isValid() ? b.starred.toUTC().toString(Qt::ISODateWithMs) : now()});
      if (!q.exec())
        return false;
      if (q.numRowsAffected() > 0)
        ++counts.bookmarksAdded;
      else
        ++counts.bookmarksPresent;
    }
    for (const Note &n : notes) {
      if (n.text.trimmed().isEmpty())
        continue;
      prepareFor(q, kSelectNote, n.ref);
      if (!q.exec())
        return false;
      const bool exists = q.next();
      const QString existing = exists ? q.value(0).toString() : QString();
      q.finish();
      if (exists && existing.contains(n.text)) {
        ++counts.notesPresent;
        continue;
      }
      const QString text = exists ? existing + QStringLiteral("\n\n") + n.text : n.text;
      prepareFor(
          q, kUpsertNote, n.ref,
          {text, exists || !n.updated.isValid() ? now() : n.updated.toUTC().toString(Qt::ISODateWithMs)});
      if (!q.exec())
        return false;
      if (exists)
        ++counts.notesMerged;
      else
        ++counts.notesAdded;
    }
    return true;
  });
  if (ok) {
    if (summary)
      *summary = counts;
    emit dataReset();
  }
  return ok;
}

} // namespace sipref
