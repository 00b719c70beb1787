// The user's own database: bookmarks, notes, history, note search, schema
// migrations, and what happens to a damaged file or a folder that cannot be
// written (nothing the user saved is ever deleted).

#include "common/TestCodes.h"
#include "common/TestData.h"
#include "core/UserStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <unistd.h>

using namespace sipref;
using namespace sipref::test;

namespace {

// Runs SQL on a database file through a connection of its own.
class RawDb {
public:
  explicit RawDb(const QString &path) : m_name(QUuid::createUuid().toString()) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.open();
  }
  ~RawDb() {
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
  }
  bool exec(const QString &sql) {
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    return q.exec(sql);
  }
  QVariant value(const QString &sql) {
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (q.exec(sql) && q.next())
      return q.value(0);
    return {};
  }

private:
  QString m_name;
};

QStringList filesIn(const QString &dir) {
  return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestUserStore : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  int m_counter = 0;

  QString freshPath() { return m_dir.filePath(QStringLiteral("case%1/userdata.sqlite").arg(++m_counter)); }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
  }

  void defaultPathIsInTheUserDataDirectory() {
    const QString path = UserStore::defaultPath();
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(path.endsWith(QStringLiteral("userdata.sqlite")));
  }

  void createsTheFileInWalModeWithTheCurrentSchema() {
    const QString path = freshPath();
    UserStore store;
    QVERIFY(store.open(path));
    QVERIFY(store.isPersistent());
    QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
    QCOMPARE(store.schemaVersion(), UserStore::kSchemaVersion);
    QVERIFY(QFileInfo::exists(path));
    store.close();
    RawDb raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), UserStore::kSchemaVersion);
  }

  void bookmarks() {
    UserStore store;
    QVERIFY(store.open(freshPath()));
    QSignalSpy changed(&store, &UserStore::bookmarkChanged);
    QVERIFY(!store.isBookmarked(k486));
    QVERIFY(store.setBookmarked(k600, true));
    QVERIFY(store.setBookmarked(kCause17, true));
    QVERIFY(store.setBookmarked(k486, true));
    QVERIFY(store.setBookmarked(k486, true)); // starring twice keeps one
    QCOMPARE(changed.count(), 3);
    QCOMPARE(store.bookmarkedRefs(), (QList<EntryRef>{k486, k600, kCause17}));
    QVERIFY(store.bookmarks().first().starred.isValid());
    QVERIFY(store.setBookmarked(k600, false));
    QCOMPARE(store.bookmarkedRefs(), (QList<EntryRef>{k486, kCause17}));
    QCOMPARE(changed.last().at(1).toBool(), false);
    QVERIFY(!store.setBookmarked(EntryRef{}, true));
    QVERIFY(!store.errorString().isEmpty());
  }

  void notesAreSavedAtOnceAndSurviveAReopen() {
    const QString path = freshPath();
    {
      UserStore store;
      QVERIFY(store.open(path));
      QSignalSpy changed(&store, &UserStore::noteChanged);
      QVERIFY(store.setNote(k486, QStringLiteral("Carrier X sends 486 when the trunk is full.")));
      QVERIFY(store.setNote(kCause17, QStringLiteral("ユーザビジー。SBC のログで確認")));
      QVERIFY(store.setNote(k486, QStringLiteral("Carrier X sends 486 when the trunk group is full.")));
      QVERIFY(store.setNote(k486, QStringLiteral("Carrier X sends 486 when the trunk group is full.")));
      QCOMPARE(changed.count(), 3); // the unchanged save writes nothing
      // Another connection sees it while this one is still open: it is committed.
      RawDb raw(path);
      QCOMPARE(raw.value(QStringLiteral("SELECT text FROM notes WHERE code = 486")).toString(),
               QStringLiteral("Carrier X sends 486 when the trunk group is full."));
    }
    UserStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.note(k486), QStringLiteral("Carrier X sends 486 when the trunk group is full."));
    QCOMPARE(store.note(kCause17), QStringLiteral("ユーザビジー。SBC のログで確認"));
    QCOMPARE(store.note(k600), QString());
    QCOMPARE(store.notedRefs(), (QSet<EntryRef>{k486, kCause17}));
    QCOMPARE(store.notes().size(), 2);
    QVERIFY(store.notes().first().updated.isValid());
    // Clearing the text is the user removing the note.
    QVERIFY(store.setNote(k486, QStringLiteral("  \n ")));
    QCOMPARE(store.notedRefs(), (QSet<EntryRef>{kCause17}));
  }

  void noteSearch() {
    UserStore store;
    QVERIFY(store.open(freshPath()));
    store.setNote(k486, QStringLiteral("Seen on the Acme SBC when the trunk is FULL"));
    store.setNote(k600, QStringLiteral("Acme: everywhere busy, do not fork"));
    store.setNote(kCause17, QStringLiteral("ＳＢＣのトランク満杯時に出る"));
    store.setNote(kWarning399, QStringLiteral("misc warning"));
    QCOMPARE(store.searchNotes(QStringLiteral("acme")), (QList<EntryRef>{k486, k600}));
    QCOMPARE(store.searchNotes(QStringLiteral("trunk is full")), (QList<EntryRef>{k486}));
    // Full-width letters match half-width ones, both ways.
    QCOMPARE(store.searchNotes(QStringLiteral("sbc")), (QList<EntryRef>{k486, kCause17}));
    QCOMPARE(store.searchNotes(QStringLiteral("ｓｂｃ")), (QList<EntryRef>{k486, kCause17}));
    QCOMPARE(store.searchNotes(QStringLiteral("トランク")), (QList<EntryRef>{kCause17}));
    QCOMPARE(store.searchNotes(QStringList{QStringLiteral("acme"), QStringLiteral("fork")}),
             (QList<EntryRef>{k600}));
    QVERIFY(store.searchNotes(QStringLiteral("nothing like this")).isEmpty());
    QVERIFY(store.searchNotes(QStringLiteral("  ")).isEmpty());
    QVERIFY(store.searchNotes(QStringLiteral("%")).isEmpty()); // not a wildcard
  }

  void historyIsBoundedAndMostRecentFirst() {
    UserStore store;
    QVERIFY(store.open(freshPath()));
    store.setHistoryLimit(5);
    for (int code : {100, 180, 183, 200, 486, 180, 603, 404})
      QVERIFY(store.recordVisit({Registry::Sip, code}));
    QList<int> codes;
    for (const Visit &v : store.history())
      codes << v.ref.code;
    // 180 appears once, at its latest visit; 100 fell off the end.
    QCOMPARE(codes, (QList<int>{404, 603, 180, 486, 200}));
    QCOMPARE(store.history(2).size(), 2);
    QVERIFY(store.clearHistory());
    QVERIFY(store.history().isEmpty());
  }

  void migratesAVersionOneFile() {
    const QString path = freshPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
      // A file as the first released schema wrote it.
      RawDb raw(path);
      QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x53495055)));
      QVERIFY(raw.exec(QStringLiteral("CREATE TABLE bookmarks (registry TEXT NOT NULL, code INTEGER NOT NULL,"
                                      " starred TEXT NOT NULL, PRIMARY KEY (registry, code))")));
      QVERIFY(raw.exec(
          QStringLiteral("CREATE TABLE notes (registry TEXT NOT NULL, code INTEGER NOT NULL,"
                         " text TEXT NOT NULL, updated TEXT NOT NULL, PRIMARY KEY (registry, code))")));
      QVERIFY(raw.exec(QStringLiteral("INSERT INTO bookmarks VALUES ('sip', 486, '2024-01-02T03:04:05Z')")));
      QVERIFY(raw.exec(
          QStringLiteral("INSERT INTO notes VALUES ('q850', 17, 'old note', '2024-01-02T03:04:05Z')")));
      QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    UserStore store;
    QVERIFY(store.open(path));
    QVERIFY(store.isPersistent());
    QCOMPARE(store.schemaVersion(), 2);
    QCOMPARE(store.bookmarkedRefs(), (QList<EntryRef>{k486}));
    QCOMPARE(store.bookmarks().first().starred, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(store.note(kCause17), QStringLiteral("old note"));
    QVERIFY(store.recordVisit(k486)); // the table version 2 added
    QCOMPARE(store.history().size(), 1);
  }

  void aDamagedFileIsMovedAsideAndKept() {
    const QString path = freshPath();
    const QString folder = QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    QByteArray garbage("This is not an SQLite database, but it is the user's file all the same.\n");
    garbage = garbage.repeated(200);
    QVERIFY(writeFile(path, garbage));
    UserStore store;
    QVERIFY(store.open(path));
    QVERIFY(store.isPersistent());
    QVERIFY(!store.movedAsidePath().isEmpty());
    QVERIFY2(store.notice().contains(QDir::toNativeSeparators(store.movedAsidePath())),
             qPrintable(store.notice()));
    QVERIFY(store.movedAsidePath().startsWith(path + QStringLiteral(".damaged-")));
    // The old bytes are all there, untouched.
    QFile kept(store.movedAsidePath());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
    // And the new store works.
    QVERIFY(store.setNote(k486, QStringLiteral("fresh")));
    QCOMPARE(store.note(k486), QStringLiteral("fresh"));
  }

  void aCorruptedPageIsDetected() {
    const QString path = freshPath();
    {
      UserStore store;
      QVERIFY(store.open(path));
      for (int code = 100; code < 700; ++code)
        QVERIFY(store.setNote({Registry::Sip, code}, QString(200, QChar(u'a' + code % 26))));
    }
    {
      // Fold the WAL into the main file, then overwrite the middle of it.
      RawDb raw(path);
      QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 40000);
    f.seek(size / 2);
    f.write(QByteArray(8192, '\xA5'));
    f.close();

    UserStore store;
    QVERIFY(store.open(path));
    QVERIFY2(!store.movedAsidePath().isEmpty(), qPrintable(store.notice()));
    QVERIFY(!store.notice().isEmpty());
    QCOMPARE(QFileInfo(store.movedAsidePath()).size(), size);
    QVERIFY(store.notes().isEmpty());
  }

  void aFileFromANewerVersionIsLeftAlone() {
    const QString path = freshPath();
    {
      UserStore store;
      QVERIFY(store.open(path));
      QVERIFY(store.setNote(k486, QStringLiteral("written by me")));
    }
    {
      RawDb raw(path);
      QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QStringList before = filesIn(QFileInfo(path).absolutePath());
    UserStore store;
    QVERIFY(store.open(path));
    QVERIFY(!store.isPersistent());
    QVERIFY(store.movedAsidePath().isEmpty());
    QVERIFY2(store.notice().contains(QStringLiteral("newer version")), qPrintable(store.notice()));
    // What was saved is shown, and changes work for this session.
    QCOMPARE(store.note(k486), QStringLiteral("written by me"));
    QVERIFY(store.setNote(k486, QStringLiteral("changed in memory")));
    QCOMPARE(store.note(k486), QStringLiteral("changed in memory"));
    store.close();
    RawDb raw(path);
    QCOMPARE(raw.value(QStringLiteral("SELECT text FROM notes")).toString(), QStringLiteral("written by me"));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
  }

  void aFolderThatCannotBeCreatedStillGivesAWorkingStore() {
    UserStore store;
    QVERIFY(store.open(
        pathBelowAFile(m_dir.filePath(QStringLiteral("blocker")), QStringLiteral("sub/userdata.sqlite"))));
    QVERIFY(store.isOpen());
    QVERIFY(!store.isPersistent());
    QVERIFY2(store.notice().contains(QStringLiteral("cannot be saved")), qPrintable(store.notice()));
    QVERIFY(store.setBookmarked(k486, true));
    QVERIFY(store.setNote(k486, QStringLiteral("kept for this session")));
    QCOMPARE(store.note(k486), QStringLiteral("kept for this session"));
    QVERIFY(store.isBookmarked(k486));
  }

  void aReadOnlyFolderShowsWhatWasSaved() {
    if (::geteuid() == 0) {
      // Root writes into read-only folders, so the check runs as an ordinary
      // user: this same test, in a child process under the nobody account.
      QProcess child;
      child.setProcessChannelMode(QProcess::MergedChannels);
      child.start(QStringLiteral("setpriv"),
                  {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                   QCoreApplication::applicationFilePath(), QStringLiteral("aReadOnlyFolderShowsWhatWasSaved")});
      QVERIFY2(child.waitForFinished(60000), "the unprivileged run did not finish");
      const QByteArray output = child.readAll();
      QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
      QVERIFY2(output.contains("PASS   : TestUserStore::aReadOnlyFolderShowsWhatWasSaved()"), output.constData());
      return;
    }
    const QString path = freshPath();
    {
      UserStore store;
      QVERIFY(store.open(path));
      QVERIFY(store.setBookmarked(k600, true));
      QVERIFY(store.setNote(k600, QStringLiteral("saved before")));
    }
    const QString folder = QFileInfo(path).absolutePath();
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    UserStore store;
    const bool opened = store.open(path);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(opened);
    QVERIFY(!store.isPersistent());
    QVERIFY2(store.notice().contains(QStringLiteral("read-only")), qPrintable(store.notice()));
    QCOMPARE(store.note(k600), QStringLiteral("saved before"));
    QVERIFY(store.isBookmarked(k600));
  }

  void aSecondWindowOnTheSameFileWorks() {
    const QString path = freshPath();
    UserStore first;
    QVERIFY(first.open(path));
    QVERIFY(first.setNote(k486, QStringLiteral("first window")));
    // A second SipRef opening the same file at the same time.
    UserStore second;
    QVERIFY(second.open(path));
    QVERIFY(second.isPersistent());
    QVERIFY(second.movedAsidePath().isEmpty());
    QCOMPARE(second.note(k486), QStringLiteral("first window"));
    QVERIFY(second.setBookmarked(k486, true));
    QVERIFY(first.isBookmarked(k486));
  }

  void importAddsWithoutReplacing() {
    UserStore store;
    QVERIFY(store.open(freshPath()));
    QVERIFY(store.setBookmarked(k486, true));
    QVERIFY(store.setNote(k486, QStringLiteral("mine")));
    const QList<Bookmark> bookmarks{{k486, {}},
                                    {k600, QDateTime(QDate(2023, 5, 6), QTime(7, 8, 9), Qt::UTC)}};
    const QList<Note> notes{{k486, QStringLiteral("from the trainer"), {}},
                            {kCause17, QStringLiteral("busy"), {}}};
    QSignalSpy reset(&store, &UserStore::dataReset);
    ImportSummary first;
    QVERIFY(store.importData(bookmarks, notes, &first));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(first.bookmarksAdded, 1);
    QCOMPARE(first.bookmarksPresent, 1);
    QCOMPARE(first.notesAdded, 1);
    QCOMPARE(first.notesMerged, 1);
    QCOMPARE(store.note(k486), QStringLiteral("mine\n\nfrom the trainer"));
    QCOMPARE(store.bookmarks().at(1).starred, bookmarks.at(1).starred);
    ImportSummary second;
    QVERIFY(store.importData(bookmarks, notes, &second));
    QCOMPARE(second.bookmarksAdded, 0);
    QCOMPARE(second.notesAdded + second.notesMerged, 0);
    QCOMPARE(second.notesPresent, 2);
    QCOMPARE(store.note(k486), QStringLiteral("mine\n\nfrom the trainer"));
    QCOMPARE(store.bookmarkedRefs().size(), 2);
  }
};

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
