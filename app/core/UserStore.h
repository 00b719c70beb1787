#pragma once

#include "Registry.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

class QSqlDatabase;
class QSqlQuery;

namespace sipref {

/// A starred code.
struct Bookmark {
  EntryRef ref;
  QDateTime starred; ///< UTC
};

/// The user's own plain-text note on one code.
struct Note {
  EntryRef ref;
  QString text;
  QDateTime updated; ///< UTC
};

/// One visit in the recent history.
struct Visit {
  EntryRef ref;
  QDateTime visited; ///< UTC
};

/// What an import added to the store (see UserStore::importData).
struct ImportSummary {
  int bookmarksAdded = 0;
  int bookmarksPresent = 0; ///< already starred: left as they were
  int notesAdded = 0;
  int notesMerged = 0;  ///< appended below a different note the user already had
  int notesPresent = 0; ///< the same text was already there
};

/// The user's own data: bookmarks, a note per code, recent history.
///
/// It lives in its own SQLite file in the user data directory
/// (QStandardPaths::AppDataLocation), never in the shipped content database,
/// so a content update cannot touch it. The file is in WAL mode with
/// synchronous=FULL; every write is one transaction, so a crash or a power
/// cut loses at most the write in progress, never an earlier one. The
/// schema carries its version in PRAGMA user_version and is migrated forward
/// step by step when an older file is opened.
///
/// Nothing the user saved is ever deleted by the program:
///   - a damaged file is moved aside as "<name>.damaged-<timestamp>" (with its
///     -wal and -shm files) and a fresh one is started; notice() says where
///     the old one went;
///   - a file written by a newer SipRef, a data directory that cannot be
///     written, or a damaged file that cannot be moved aside are left
///     untouched: the store then works in memory (seeded with what could be
///     read), isPersistent() is false and notice() tells the user that
///     changes will not be saved.
/// Only an explicit user action removes something: unstarring, clearing a
/// note, clearing the history. History is bounded to historyLimit() visits.
class UserStore final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(UserStore)

public:
  /// The schema this build writes. Version 1: bookmarks, notes. Version 2:
  /// history.
  static constexpr int kSchemaVersion = 2;
  static constexpr int kDefaultHistoryLimit = 200;

  explicit UserStore(QObject *parent = nullptr);
  ~UserStore() override;

  /// <AppDataLocation>/userdata.sqlite
  static QString defaultPath();

  /// Opens (creating when needed) the user database at `path`. Returns false
  /// only when not even an in-memory store could be set up; every other
  /// problem leaves a working store and a notice().
  bool open(const QString &path = defaultPath());
  void close();
  bool isOpen() const { return m_open; }
  /// True when changes are written to the file at path().
  bool isPersistent() const { return m_persistent; }
  QString path() const { return m_path; }
  /// A sentence for the user about how the last open() went when it did not
  /// simply open the file (moved aside, not saving); empty otherwise.
  QString notice() const { return m_notice; }
  /// Where a damaged database was moved to by the last open(); empty otherwise.
  QString movedAsidePath() const { return m_movedAside; }
  /// A sentence for the user saying why the last write failed; empty after success.
  QString errorString() const { return m_error; }
  /// PRAGMA user_version of the open database.
  int schemaVersion() const;

  // Bookmarks -------------------------------------------------------------
  bool isBookmarked(const EntryRef &ref) const;
  /// Stars or unstars a code. Returns false (and sets errorString()) when
  /// the write failed.
  bool setBookmarked(const EntryRef &ref, bool starred);
  /// Starred codes, in registry and code order.
  QList<Bookmark> bookmarks() const;
  QList<EntryRef> bookmarkedRefs() const;

  // Notes -----------------------------------------------------------------
  /// The note on a code; empty when there is none.
  QString note(const EntryRef &ref) const;
  /// Saves the note at once (one transaction). A note that is only
  /// whitespace removes the note: that is the user clearing it.
  bool setNote(const EntryRef &ref, const QString &text);
  /// Every note, in registry and code order.
  QList<Note> notes() const;
  /// The codes that have a note (to mark them in the result list).
  QSet<EntryRef> notedRefs() const;
  /// Codes whose note contains every one of `terms`, ignoring case and
  /// width (NFKC), in registry and code order. No terms: no codes.
  QList<EntryRef> searchNotes(const QStringList &terms) const;
  /// Codes whose note contains `text` (one string, spaces included).
  QList<EntryRef> searchNotes(const QString &text) const { return searchNotes(QStringList{text}); }

  // History ---------------------------------------------------------------
  /// Records that the user opened a code. A code appears once, at its
  /// latest visit; the oldest visits beyond historyLimit() are dropped.
  bool recordVisit(const EntryRef &ref);
  /// Most recent first, at most `limit` (all when limit <= 0).
  QList<Visit> history(int limit = 0) const;
  bool clearHistory();
  int historyLimit() const { return m_historyLimit; }
  void setHistoryLimit(int limit);

  // Import ----------------------------------------------------------------
  /// Adds bookmarks and notes in one transaction: all or nothing. Existing
  /// data is never replaced: a code already starred stays starred, a note
  /// equal to (or already containing) the imported text is left as it is,
  /// and a different note gets the imported text appended below it. So
  /// importing the same data twice changes nothing the second time.
  bool importData(const QList<Bookmark> &bookmarks, const QList<Note> &notes,
                  ImportSummary *summary = nullptr);

signals:
  void bookmarkChanged(const sipref::EntryRef &ref, bool starred);
  void noteChanged(const sipref::EntryRef &ref);
  void historyChanged();
  /// Many things changed at once (an import, a reopen).
  void dataReset();

private:
  QSqlDatabase database() const;
  bool openFile(const QString &path, QString *failure, bool *damaged);
  /// Checks an opened file (integrity, version, ownership), sets WAL and
  /// migrates. `damaged` tells a broken file from one we may not write.
  bool prepareFile(QSqlDatabase &db, QString *failure, bool *damaged);
  bool openMemory(const QString &seedFrom);
  void seedMemory(QSqlDatabase &db, const QString &seedFrom);
  bool migrate(QSqlDatabase &db, QString *failure);
  /// Runs `body` in a transaction; commits when it returns true, rolls back
  /// otherwise. Sets m_error from the failing query.
  bool write(const std::function<bool(QSqlQuery &)> &body);
  bool trimHistory(QSqlQuery &q);
  /// Runs a query whose first two columns name a code (registry, code) and
  /// hands `row` each row of a registry this version knows. Nothing when
  /// the store is closed or the query fails.
  void eachCode(QLatin1String sql, const QVariantList &values,
                const std::function<void(const EntryRef &, const QSqlQuery &)> &row) const;
  QString moveAside(const QString &path, QString *failure) const;

  QString m_connection;
  QString m_path;
  QString m_notice;
  QString m_movedAside;
  QString m_error;
  int m_historyLimit = kDefaultHistoryLimit;
  bool m_open = false;
  bool m_persistent = false;
};

/// Folds text for note search: NFKC (full width → half width) and case.
QString foldForSearch(const QString &text);

} // namespace sipref
