// Search and lookup on the shipped content database (built by the content
// compiler from resources/content), in English and Japanese.

#include "core/ContentStore.h"
#include "core/PageRenderer.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace sipref;

namespace {

QList<int> sipCodes(const QList<SearchHit> &hits) {
  QList<int> out;
  for (const SearchHit &h : hits)
    if (h.ref.registry == Registry::Sip)
      out << h.ref.code;
  return out;
}

} // namespace

class TestContentStore : public QObject {
  Q_OBJECT

  ContentStore m_store;

  void checkOrdered(const QList<SearchHit> &hits) {
    for (qsizetype i = 1; i < hits.size(); ++i) {
      const SearchHit &a = hits.at(i - 1);
      const SearchHit &b = hits.at(i);
      QVERIFY2(a.rank < b.rank || (a.rank == b.rank && a.ref < b.ref),
               qPrintable(QStringLiteral("%1 (rank %2) before %3 (rank %4)")
                              .arg(a.ref.toString())
                              .arg(a.rank)
                              .arg(b.ref.toString())
                              .arg(b.rank)));
    }
  }

private slots:
  void initTestCase() { QVERIFY2(m_store.open(SIPREF_CONTENT_DB), qPrintable(m_store.errorString())); }

  void lookup() {
    const auto e = m_store.entry({Registry::Sip, 486});
    QVERIFY(e);
    QCOMPARE(e->phrase, QStringLiteral("Busy Here"));
    QCOMPARE(e->cls, QStringLiteral("4xx"));
    QCOMPARE(e->kind, QStringLiteral("final"));
    QVERIFY(e->hasText);
    QVERIFY(!e->en.summary.isEmpty());
    QVERIFY(!e->ja.summary.isEmpty());
    QVERIFY(!e->refs.isEmpty());
    QCOMPARE(e->refs.first().doc, QStringLiteral("RFC 3261"));
    QVERIFY(!m_store.entry({Registry::Sip, 499}));
  }

  void fullCode() {
    const auto hits = m_store.search("486", Language::English);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().ref, (EntryRef{Registry::Sip, 486}));
    QCOMPARE(hits.first().rank, int(SearchHit::ExactCode));
    checkOrdered(hits);
  }

  void prefix() {
    const auto hits = m_store.search("48", Language::English);
    QList<int> prefixCodes;
    for (const SearchHit &h : hits)
      if (h.rank == SearchHit::CodePrefix)
        prefixCodes << h.ref.code;
    QCOMPARE(prefixCodes, (QList<int>{480, 481, 482, 483, 484, 485, 486, 487, 488, 489}));
    checkOrdered(hits);
  }

  void classQuery() {
    for (const QString &q : {QStringLiteral("4xx"), QStringLiteral("4XX")}) {
      const auto hits = m_store.search(q, Language::English);
      QVERIFY(hits.size() > 30);
      for (const SearchHit &h : hits) {
        QCOMPARE(h.ref.registry, Registry::Sip);
        QCOMPARE(h.ref.code / 100, 4);
      }
      checkOrdered(hits);
    }
  }

  void phrase_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::newRow("busy") << "busy" << 486;
    QTest::newRow("BUSY") << "BUSY" << 600;
    QTest::newRow("temporarily") << "temporarily" << 480;
    QTest::newRow("temporarily moved") << "Temporarily" << 302;
    QTest::newRow("part of a phrase") << "unavail" << 503;
    QTest::newRow("two words") << "busy here" << 486;
  }
  void phrase() {
    QFETCH(QString, query);
    QFETCH(int, expected);
    const auto hits = m_store.search(query, Language::English);
    bool found = false;
    for (const SearchHit &h : hits)
      if (h.ref == EntryRef{Registry::Sip, expected}) {
        QCOMPARE(h.rank, int(SearchHit::Phrase));
        found = true;
      }
    QVERIFY2(found, qPrintable(query));
    QCOMPARE(hits.first().rank, int(SearchHit::Phrase));
    checkOrdered(hits);
  }

  void textInBothLanguages_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::newRow("english word from the texts") << "Retry-After" << 486;
    QTest::newRow("english word: credentials") << "credentials" << 401;
    QTest::newRow("ビジー") << "ビジー" << 486;
    QTest::newRow("認証 (two characters)") << "認証" << 401;
    QTest::newRow("認証 finds 407 too") << "認証" << 407;
    QTest::newRow("転送 (two characters)") << "転送" << 302;
    QTest::newRow("話中") << "話中" << 486;
    // 着信拒否 means blocking (STYLE-ja.md): anonymous call rejection, not 603 Decline.
    QTest::newRow("着信拒否") << "着信拒否" << 433;
  }
  void textInBothLanguages() {
    QFETCH(QString, query);
    QFETCH(int, expected);
    for (Language l : {Language::English, Language::Japanese}) {
      const auto hits = m_store.search(query, l);
      QVERIFY2(sipCodes(hits).contains(expected),
               qPrintable(QStringLiteral("%1 not found for %2").arg(expected).arg(query)));
      checkOrdered(hits);
    }
  }

  void summaryFollowsLanguage() {
    const auto en = m_store.search("486", Language::English);
    const auto ja = m_store.search("486", Language::Japanese);
    QVERIFY(!en.first().summary.isEmpty());
    QVERIFY(en.first().summary != ja.first().summary);
  }

  void pastedStatusLine() {
    const auto hits = m_store.search("SIP/2.0 486 Busy Here", Language::English);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().ref, (EntryRef{Registry::Sip, 486}));
    const auto log = m_store.search("Nov 25 12:00:01 pbx kamailio[123]: reply SIP/2.0 503 Service Unavailable",
                                    Language::Japanese);
    QCOMPARE(log.first().ref, (EntryRef{Registry::Sip, 503}));
  }

  void rankingExactPrefixPhraseText() {
    // "180" is a code; other entries mention it in their texts.
    const auto hits = m_store.search("180", Language::English);
    QCOMPARE(hits.first().ref, (EntryRef{Registry::Sip, 180}));
    QVERIFY(hits.size() > 1);
    QCOMPARE(hits.at(1).rank, int(SearchHit::Text));
    checkOrdered(hits);
  }

  void otherRegistries_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first");
    QTest::newRow("cause 17") << "cause 17" << "q850:17";
    QTest::newRow("q850 17") << "q850 17" << "q850:17";
    QTest::newRow("Q.850;cause=17") << "Q.850;cause=17" << "q850:17";
    QTest::newRow("Reason header") << "Reason: Q.850;cause=17;text=\"User busy\"" << "q850:17";
    QTest::newRow("warning 399") << "warning 399" << "warning:399";
    QTest::newRow("Warning header") << "Warning: 399 sbc.example.com \"Incompatible codecs\"" << "warning:399";
    QTest::newRow("380 SIP first") << "380" << "sip:380";
    QTest::newRow("17 is a cause") << "17" << "q850:17";
  }
  void otherRegistries() {
    QFETCH(QString, query);
    QFETCH(QString, first);
    const auto hits = m_store.search(query, Language::English);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().ref.toString(), first);
    checkOrdered(hits);
  }

  void numberInTwoRegistries() {
    const auto hits = m_store.search("380", Language::Japanese);
    QCOMPARE(hits.at(0).ref, (EntryRef{Registry::Sip, 380}));
    QCOMPARE(hits.at(1).ref, (EntryRef{Registry::Warning, 380}));
    QCOMPARE(hits.at(1).rank, int(SearchHit::ExactCode));
  }

  void mappingBothWays() {
    bool toSip = false, toIsup = false;
    for (const MappingRow &r : m_store.mappingsFor({Registry::Sip, 486})) {
      if (r.direction == MappingRow::Direction::SipToIsup && r.cause == 17)
        toIsup = true;
    }
    for (const MappingRow &r : m_store.mappingsFor({Registry::Q850, 17})) {
      if (r.direction == MappingRow::Direction::IsupToSip && r.sip == 486)
        toSip = true;
    }
    QVERIFY(toSip);
    QVERIFY(toIsup);
    QVERIFY(!m_store.document("reason_header").ja.isEmpty());
  }

  // Where SIP-I interworking (3GPP TS 29.163) departs from RFC 3398, the code
  // pages and the mapping page show the row, what RFC 3398 says and the source.
  void sipIDeparturesOnPages() {
    const PageRenderer r(m_store);
    auto page = [&](Registry reg, int code) { return r.entryPage(*m_store.entry({reg, code}), Language::English); };
    const QString p433 = page(Registry::Sip, 433);
    QVERIFY(p433.contains(QStringLiteral("SIP-I (3GPP TS 29.163)")));
    QVERIFY(p433.contains(PageRenderer::entryLink({Registry::Q850, 24})));
    QVERIFY(p433.contains(QStringLiteral("RFC 3398 has no row for it.")));
    const QString p480 = page(Registry::Sip, 480);
    QVERIFY(p480.contains(PageRenderer::entryLink({Registry::Q850, 20})));
    QVERIFY(p480.contains(QStringLiteral("RFC 3398 gives cause 18.")));
    // Cause 24 has no RFC 3398 row at all; its page still shows where it comes from.
    const QString p24 = page(Registry::Q850, 24);
    QVERIFY(p24.contains(PageRenderer::entryLink({Registry::Sip, 433})));
    QVERIFY(p24.contains(QStringLiteral("Source: Oracle")));
    QVERIFY(!page(Registry::Sip, 486).contains(QStringLiteral("29.163")));
    const QString mapping = r.mappingPage(Language::Japanese);
    QVERIFY(mapping.contains(m_store.document("departures_intro").ja.toHtmlEscaped()));
    QVERIFY(mapping.contains(PageRenderer::entryLink({Registry::Sip, 433})));
    QVERIFY(mapping.contains(PageRenderer::entryLink({Registry::Q850, 24})));
  }

  void emptyQueryBrowsesEverything() {
    const auto hits = m_store.search("", Language::English);
    QCOMPARE(hits.size(), qsizetype(m_store.entryCount()));
    checkOrdered(hits);
  }

  void filter() {
    SearchFilter f;
    f.sipClasses = {6};
    const auto hits = m_store.search("busy", Language::English, f);
    QVERIFY(!hits.isEmpty());
    for (const SearchHit &h : hits)
      QVERIFY(h.ref.registry != Registry::Sip || h.ref.code / 100 == 6);
  }

  void hostileInputs_data() {
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("10000 characters") << QString(10000, u'x');
    QTest::newRow("10000 mixed") << QStringLiteral("busy \"( NEAR * - ").repeated(700);
    QTest::newRow("quote") << "\"";
    QTest::newRow("quotes") << "\"busy here\"";
    QTest::newRow("NEAR") << "NEAR(busy here, 2)";
    QTest::newRow("star") << "*";
    QTest::newRow("bu*") << "bu*";
    QTest::newRow("minus") << "-busy";
    QTest::newRow("unbalanced (") << "(busy";
    QTest::newRow("unbalanced )") << "busy)";
    QTest::newRow("column filter") << "phrase:busy";
    QTest::newRow("caret") << "^busy";
    QTest::newRow("AND OR NOT") << "AND OR NOT";
    QTest::newRow("percent") << "%";
    QTest::newRow("underscore") << "_";
    QTest::newRow("backslash") << "\\";
    QTest::newRow("sql") << "'; DROP TABLE entries; --";
    QTest::newRow("control") << QString("\x01\x02\x1b[31m");
    QTest::newRow("nul") << QString(QChar(0)) + "busy";
    QTest::newRow("emoji") << "📞☎️";
    QTest::newRow("emoji word") << "busy📞";
    QTest::newRow("lone surrogate") << QString(QChar(0xD800));
    QTest::newRow("rtl") << "\u202Ebusy";
    QTest::newRow("999") << "999";
    QTest::newRow("0") << "0";
    QTest::newRow("000") << "000";
    QTest::newRow("SIP/2.0 999") << "SIP/2.0 999 Whatever";
  }
  void hostileInputs() {
    QFETCH(QString, input);
    for (Language l : {Language::English, Language::Japanese}) {
      const auto hits = m_store.search(input, l);
      checkOrdered(hits);
    }
    // The store still answers afterwards.
    QCOMPARE(m_store.search("486", Language::English).first().ref.code, 486);
  }

  void damagedDatabasesAreRefused_data() {
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "missing" << "does not exist";
    QTest::newRow("truncated") << "truncated" << "truncated";
    QTest::newRow("zero-filled") << "zero-filled" << "not an SQLite database";
    QTest::newRow("random bytes") << "random" << "not an SQLite database";
    QTest::newRow("empty file") << "empty" << "not an SQLite database";
    QTest::newRow("other schema version") << "version" << "schema version 99";
    QTest::newRow("other SQLite database") << "foreign" << "not a SipRef content database";
    QTest::newRow("rows missing") << "rows" << "holds";
    QTest::newRow("a directory") << "directory" << "directory";
    QTest::newRow("unreadable") << "unreadable" << "cannot be read";
  }
  void damagedDatabasesAreRefused() {
    QFETCH(QString, damage);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath("content.sqlite");
    QFile original(SIPREF_CONTENT_DB);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    auto write = [&](const QByteArray &data) {
      QFile f(path);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(data);
    };
    auto modify = [&](const QString &sql) {
      write(bytes);
      {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "damage");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        db.close();
      }
      QSqlDatabase::removeDatabase("damage");
    };
    if (damage == "truncated") {
      write(bytes.left(bytes.size() / 2));
    } else if (damage == "zero-filled") {
      write(QByteArray(bytes.size(), '\0'));
    } else if (damage == "random") {
      QByteArray junk(bytes.size(), Qt::Uninitialized);
      QRandomGenerator rng(42);
      for (char &c : junk)
        c = char(rng.bounded(256));
      write(junk);
    } else if (damage == "empty") {
      write({});
    } else if (damage == "version") {
      modify("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    } else if (damage == "foreign") {
      QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "foreign");
      db.setDatabaseName(path);
      QVERIFY(db.open());
      QVERIFY(QSqlQuery(db).exec("CREATE TABLE notes (id INTEGER)"));
      db.close();
    } else if (damage == "rows") {
      modify("DELETE FROM entries WHERE code = 486");
    } else if (damage == "directory") {
      QVERIFY(QDir(dir.path()).mkdir("content.sqlite"));
    }
    QSqlDatabase::removeDatabase("foreign");
    QString target = path;
    if (damage == "unreadable") {
      write(bytes);
      QFile::setPermissions(path, QFileDevice::Permissions());
      // Root reads a file without permissions; a file whose reads fail
      // stands in for it there.
      if (::geteuid() == 0)
        target = QStringLiteral("/proc/self/mem");
    }
    ContentStore s;
    QVERIFY(!s.open(target));
    QVERIFY2(s.errorString().contains(message), qPrintable(s.errorString()));
    QVERIFY(s.errorString().contains(target));
    QVERIFY(s.search("486", Language::English).isEmpty());
    QVERIFY(!s.entry({Registry::Sip, 486}));
    // The same store opens a good database afterwards.
    QVERIFY(s.open(SIPREF_CONTENT_DB));
  }

  void openedReadOnly() {
    // The shipped database is never written: a write through the store's
    // connection fails. We check by opening a copy and asserting its bytes
    // are unchanged after searches.
    QTemporaryDir dir;
    const QString copy = dir.filePath("copy.sqlite");
    QVERIFY(QFile::copy(SIPREF_CONTENT_DB, copy));
    QFile before(copy);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    {
      ContentStore s;
      QVERIFY(s.open(copy));
      s.search("busy", Language::Japanese);
      s.entry({Registry::Sip, 486});
    }
    QFile after(copy);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
  }
};

QTEST_GUILESS_MAIN(TestContentStore)
#include "tst_contentstore.moc"
