// Search on the shipped content: the relevance set in tests/data/queries.tsv
// (at least 95% must land, every miss is printed), the searches an engineer
// reported as wrong, typo correction and "Did you mean", spelling folding,
// vendor names as content, and commonness filled for every entry.

#include "common/TestData.h"
#include "core/ContentStore.h"
#include "core/Search.h"
#include "core/SearchText.h"
#include "core/UserStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace sipref;

namespace {

QStringList refs(const QList<SearchHit> &hits, int n) {
  QStringList out;
  for (qsizetype i = 0; i < std::min<qsizetype>(n, hits.size()); ++i)
    out << hits.at(i).ref.toString();
  return out;
}

} // namespace

class TestSearch : public QObject {
  Q_OBJECT

  ContentStore m_store;

  QString first(const QString &text, Language language = Language::English) {
    const SearchResult r = Search(m_store).run(text, language);
    return r.hits.isEmpty() ? QString() : r.hits.first().ref.toString();
  }
  QStringList top(const QString &text, int n, Language language = Language::English) {
    return refs(Search(m_store).run(text, language).hits, n);
  }

private slots:
  void initTestCase() { QVERIFY2(m_store.open(test::shippedContent()), qPrintable(m_store.errorString())); }

  // The relevance set, written from the content before the ranking was tuned.
  void relevance() {
    QFile file(test::dataPath("queries.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const Search search(m_store);
    int total = 0;
    int landed = 0;
    QHash<QString, QPair<int, int>> byKind;
    QStringList misses;
    int lineNumber = 0;
    while (!file.atEnd()) {
      const QString line = QString::fromUtf8(file.readLine()).chopped(1);
      ++lineNumber;
      if (line.isEmpty() || line.startsWith(u'#'))
        continue;
      const QStringList cols = line.split(u'\t');
      QVERIFY2(cols.size() == 3,
               qPrintable(QStringLiteral("queries.tsv:%1: expected 3 columns").arg(lineNumber)));
      const QStringList expected = cols.at(1).split(u' ', Qt::SkipEmptyParts);
      QVERIFY2(!expected.isEmpty() && expected.size() <= 3,
               qPrintable(QStringLiteral("queries.tsv:%1").arg(lineNumber)));
      for (const QString &e : expected)
        QVERIFY2(
            m_store.contains(*EntryRef::fromString(e)),
            qPrintable(QStringLiteral("queries.tsv:%1: %2 is not in the content").arg(lineNumber).arg(e)));
      // Japanese queries are typed with the Japanese interface, the rest in English.
      const bool japanese = cols.at(2) == u"ja";
      const QStringList got =
          refs(search.run(cols.at(0), japanese ? Language::Japanese : Language::English).hits, 3);
      const bool ok = expected.size() == 1 ? (!got.isEmpty() && got.first() == expected.first())
                                           : std::all_of(expected.cbegin(), expected.cend(),
                                                         [&](const QString &e) { return got.contains(e); });
      ++total;
      auto &kind = byKind[cols.at(2)];
      ++kind.second;
      if (ok) {
        ++landed;
        ++kind.first;
      } else {
        misses << QStringLiteral("  MISS [%1] \"%2\": expected %3 %4, got %5")
                      .arg(cols.at(2), cols.at(0),
                           expected.size() == 1 ? QStringLiteral("first") : QStringLiteral("in top 3"),
                           expected.join(u' '), got.isEmpty() ? QStringLiteral("nothing") : got.join(u' '));
      }
    }
    for (const QString &m : std::as_const(misses))
      qInfo().noquote() << m;
    QStringList kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
      kinds << QStringLiteral("%1 %2/%3").arg(it.key()).arg(it->first).arg(it->second);
    kinds.sort();
    qInfo().noquote() << QStringLiteral("relevance: %1/%2 = %3% (%4)")
                             .arg(landed)
                             .arg(total)
                             .arg(100.0 * landed / std::max(1, total), 0, 'f', 1)
                             .arg(kinds.join(QStringLiteral(", ")));
    QVERIFY2(total >= 150, "the relevance set must hold at least 150 queries");
    QVERIFY2(landed * 100 >= total * 95,
             qPrintable(QStringLiteral("%1/%2 landed, below 95%").arg(landed).arg(total)));
  }

  // Searches reported as wrong, and forms of query copied from logs: where the
  // answer must land.
  void reportedSearches_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("within");
    const int en = int(Language::English);
    const int ja = int(Language::Japanese);
    QTest::newRow("話中") << "話中" << ja << "sip:486" << 3;
    QTest::newRow("認証") << "認証" << ja << "sip:401" << 3;
    QTest::newRow("呼出中") << "呼出中" << ja << "sip:180" << 1;
    QTest::newRow("タイムアウト") << "タイムアウト" << ja << "sip:408" << 3;
    QTest::newRow("forbiden") << "forbiden" << en << "sip:403" << 1;
    QTest::newRow("unauthorised") << "unauthorised" << en << "sip:401" << 1;
    QTest::newRow("Busy Hre") << "Busy Hre" << en << "sip:486" << 1;
    QTest::newRow("timout") << "timout" << en << "sip:408" << 1;
    QTest::newRow("decilne") << "decilne" << en << "sip:603" << 1;
    QTest::newRow("NORMAL_TEMPORARY_FAILURE") << "NORMAL_TEMPORARY_FAILURE" << en << "q850:41" << 1;
    QTest::newRow("UNALLOCATED_NUMBER") << "UNALLOCATED_NUMBER" << en << "q850:1" << 1;
    QTest::newRow("ORIGINATOR_CANCEL") << "ORIGINATOR_CANCEL" << en << "sip:487" << 1;
    QTest::newRow("RECOVERY_ON_TIMER_EXPIRE") << "RECOVERY_ON_TIMER_EXPIRE" << en << "q850:102" << 1;
    QTest::newRow("CALL_REJECTED") << "CALL_REJECTED" << en << "q850:21" << 1;
    QTest::newRow("INCOMPATIBLE_DESTINATION") << "INCOMPATIBLE_DESTINATION" << en << "q850:88" << 1;
    QTest::newRow("AST_CAUSE_NORMAL_CLEARING") << "AST_CAUSE_NORMAL_CLEARING" << en << "q850:16" << 1;
    QTest::newRow("hangupcause=17") << "hangupcause=17" << en << "q850:17" << 1;
    QTest::newRow("X-Asterisk-HangupCause")
        << "X-Asterisk-HangupCause: Normal Clearing" << en << "q850:16" << 1;
    QTest::newRow("cause code 34") << "cause code 34" << en << "q850:34" << 1;
    QTest::newRow("Q.850 cause 41") << "Q.850 cause 41" << en << "q850:41" << 1;
    QTest::newRow("ISDN cause 16") << "ISDN cause 16" << en << "q850:16" << 1;
    // Lines and fields copied from PBX logs and CDRs.
    QTest::newRow("HANGUPCAUSE N") << "HANGUPCAUSE 21" << en << "q850:21" << 1;
    QTest::newRow("SIP N") << "SIP 486" << en << "sip:486" << 1;
    QTest::newRow("DIALSTATUS") << "DIALSTATUS=CONGESTION" << en << "q850:34" << 1;
    QTest::newRow("${DIALSTATUS}") << "${DIALSTATUS} = noanswer" << en << "q850:19" << 1;
    QTest::newRow("FreeSWITCH line")
        << "2026-11-30 10:15:02.123456 [NOTICE] switch_channel.c:1104 Hangup "
           "sofia/external/0312345678@10.0.0.5 [CS_CONSUME_MEDIA] [NORMAL_TEMPORARY_FAILURE]"
        << en << "q850:41" << 1;
    QTest::newRow("Hangup Cause:") << "Hangup Cause: ORIGINATOR_CANCEL" << en << "sip:487" << 1;
    QTest::newRow("variable_hangup_cause") << "variable_hangup_cause: [USER_BUSY]" << en << "q850:17" << 1;
    QTest::newRow("X-Asterisk-HangupCause Q.850 only")
        << "X-Asterisk-HangupCause: User busy" << en << "q850:17" << 1;
  }
  void reportedSearches() {
    QFETCH(QString, query);
    QFETCH(int, language);
    QFETCH(QString, expected);
    QFETCH(int, within);
    const QStringList got = top(query, within, Language(language));
    QVERIFY2(got.contains(expected), qPrintable(QStringLiteral("\"%1\": expected %2 within %3, got %4")
                                                    .arg(query, expected)
                                                    .arg(within)
                                                    .arg(got.join(u' '))));
  }

  // Results after the first are ordered by how well they match, not by code.
  void rankedByWhereWordsMatch() {
    // 181 Call Is Being Forwarded mentions being busy only in its texts.
    const QStringList busy = top(QStringLiteral("話中"), 200, Language::Japanese);
    QVERIFY(busy.indexOf(QStringLiteral("sip:486")) < busy.indexOf(QStringLiteral("sip:181")) ||
            !busy.contains(QStringLiteral("sip:181")));
    // All words before some: 486 Busy Here before 600 Busy Everywhere.
    const QStringList here = top(QStringLiteral("busy here"), 5);
    QCOMPARE(here.first(), QStringLiteral("sip:486"));
    QVERIFY(here.indexOf(QStringLiteral("sip:600")) > 0);
    // Ties go to the commoner entry: both have "busy" in their names.
    const QStringList b = top(QStringLiteral("busy"), 3);
    QVERIFY(b.indexOf(QStringLiteral("sip:486")) < b.indexOf(QStringLiteral("sip:600")));
  }

  void typoCorrectionAndSuggestion() {
    const Search search(m_store);
    QVERIFY(search.corrections(QStringLiteral("timout")).contains(QStringLiteral("timeout")));
    QVERIFY(search.corrections(QStringLiteral("decilne"))
                .contains(QStringLiteral("decline"))); // a swap is one edit
    QVERIFY(search.corrections(QStringLiteral("forbbiden"))
                .contains(QStringLiteral("forbidden"))); // two edits at 9 letters
    QVERIFY(!search.corrections(QStringLiteral("frbdn")).contains(QStringLiteral("forbidden")));
    const SearchResult r = search.run(QStringLiteral("forbiden"), Language::English);
    QVERIFY(r.suggestion);
    QCOMPARE(r.suggestion->toString(), QStringLiteral("sip:403"));
    QCOMPARE(Search::didYouMean(r), QStringLiteral("Did you mean 403 Forbidden?"));
    QVERIFY(r.hits.first().corrected);
    // Spelled right: no suggestion.
    QVERIFY(!search.run(QStringLiteral("forbidden"), Language::English).suggestion);
    // A word being typed is not "corrected": "forb" is the start of forbidden.
    QVERIFY(!search.run(QStringLiteral("forb"), Language::English).suggestion);
    QCOMPARE(first(QStringLiteral("forb")), QStringLiteral("sip:403"));
    // Exact matches rank above corrected ones.
    const SearchResult mixed = search.run(QStringLiteral("busy hre"), Language::English);
    QCOMPARE(mixed.hits.first().ref.toString(), QStringLiteral("sip:486"));
    // A word of the texts that is a typo for a name's word: the whole corrected name wins.
    QCOMPARE(first(QStringLiteral("sever internal error")), QStringLiteral("sip:500"));
    // Nonsense finds nothing and suggests nothing.
    const SearchResult none = search.run(QStringLiteral("qqqqzzzz"), Language::English);
    QVERIFY(none.hits.isEmpty());
    QVERIFY(!none.suggestion);
  }

  void spellingsFold() {
    QCOMPARE(searchtext::fold(QStringLiteral("ユーザー")), searchtext::fold(QStringLiteral("ユーザ")));
    QCOMPARE(searchtext::fold(QStringLiteral("ｻｰﾊﾞｰ")), searchtext::fold(QStringLiteral("サーバ")));
    QCOMPARE(searchtext::fold(QStringLiteral("ＢＵＳＹ")), QStringLiteral("busy"));
    QCOMPARE(searchtext::fold(QStringLiteral("USER_BUSY")), QStringLiteral("user busy"));
    QCOMPARE(first(QStringLiteral("ユーザービジー"), Language::Japanese), QStringLiteral("q850:17"));
    QCOMPARE(first(QStringLiteral("タイマー満了"), Language::Japanese), QStringLiteral("q850:102"));
    QCOMPARE(first(QStringLiteral("ｂｕｓｙ ｈｅｒｅ")), QStringLiteral("sip:486"));
    // British and American spellings.
    QCOMPARE(first(QStringLiteral("unauthorised")), QStringLiteral("sip:401"));
    QVERIFY(!Search(m_store).run(QStringLiteral("unauthorised"), Language::English).suggestion);
    // The content writes "dialled" and "honour"; American spellings find them, uncorrected.
    for (const char *american : {"dialed", "honor", "canceled"}) {
      const SearchResult r = Search(m_store).run(QString::fromLatin1(american), Language::English);
      QVERIFY2(!r.hits.isEmpty() && !r.suggestion, american);
    }
  }

  void vendorNamesAreContent() {
    const auto busy = m_store.entry({Registry::Q850, 17});
    QVERIFY(busy);
    QStringList names;
    for (const VendorName &n : busy->vendorNames)
      names << n.vendor + u':' + n.name + (n.primary ? QString() : QStringLiteral("(other)"));
    QVERIFY2(names.contains(QStringLiteral("FreeSWITCH:USER_BUSY")), qPrintable(names.join(u' ')));
    QVERIFY2(names.contains(QStringLiteral("Asterisk:AST_CAUSE_BUSY")), qPrintable(names.join(u' ')));
    QVERIFY2(names.contains(QStringLiteral("Asterisk:DIALSTATUS=BUSY")), qPrintable(names.join(u' ')));
    // On 486, USER_BUSY is the name of the cause FreeSWITCH sends 486 for.
    const auto sip486 = m_store.entry({Registry::Sip, 486});
    QVERIFY(std::any_of(sip486->vendorNames.cbegin(), sip486->vendorNames.cend(),
                        [](const VendorName &n) { return n.name == u"USER_BUSY" && !n.primary; }));
    // Names that are not Q.850 values belong to the response FreeSWITCH uses.
    const auto cancelled = m_store.entry({Registry::Sip, 487});
    QStringList on487;
    for (const VendorName &n : cancelled->vendorNames)
      on487 << n.name;
    for (const char *n : {"ORIGINATOR_CANCEL", "LOSE_RACE", "PICKED_OFF", "DIALSTATUS=CANCEL"})
      QVERIFY2(on487.contains(QLatin1String(n)), n);
    // A vendor name ranks its own entry first, the mapped response after it.
    const QStringList userBusy = top(QStringLiteral("USER_BUSY"), 3);
    QCOMPARE(userBusy.value(0), QStringLiteral("q850:17"));
    QVERIFY(userBusy.contains(QStringLiteral("sip:486")));
  }

  // Every value the issue names is in the vendor file, and each one that
  // belongs to an entry is shown on it.
  void vendorFileIsComplete() {
    QFile file(QStringLiteral(SIPREF_SOURCE_DIR "/resources/content/vendor_names.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QSet<QString> listed;
    for (const char *key : {"freeswitch", "asterisk"})
      for (const QJsonValue &v : root.value(QLatin1String(key)).toArray())
        listed << v[QStringLiteral("name")].toString();
    for (const QJsonValue &v : root.value(QStringLiteral("dialstatus")).toArray())
      listed << QStringLiteral("DIALSTATUS=") + v[QStringLiteral("value")].toString();
    QSet<QString> shown;
    for (const EntryRef &ref : m_store.allRefs()) {
      const auto entry = m_store.entry(ref);
      for (const VendorName &n : entry->vendorNames)
        shown << n.name;
    }
    const char *expected[] = {"ORIGINATOR_CANCEL",
                              "LOSE_RACE",
                              "MEDIA_TIMEOUT",
                              "PICKED_OFF",
                              "NORMAL_CLEARING",
                              "USER_BUSY",
                              "AST_CAUSE_NORMAL_CLEARING",
                              "AST_CAUSE_BUSY",
                              "AST_CAUSE_CONGESTION",
                              "DIALSTATUS=ANSWER",
                              "DIALSTATUS=BUSY",
                              "DIALSTATUS=NOANSWER",
                              "DIALSTATUS=CANCEL",
                              "DIALSTATUS=CONGESTION",
                              "DIALSTATUS=CHANUNAVAIL",
                              "DIALSTATUS=DONTCALL",
                              "DIALSTATUS=TORTURE",
                              "DIALSTATUS=INVALIDARGS"};
    for (const char *name : expected) {
      QVERIFY2(listed.contains(QLatin1String(name)), name);
      // INVALIDARGS: Dial() was not even attempted, so no code applies (the file says why).
      if (QLatin1String(name) != QLatin1String("DIALSTATUS=INVALIDARGS"))
        QVERIFY2(shown.contains(QLatin1String(name)), name);
    }
  }

  // Asking for one result ranks the same candidates as asking for all.
  void firstResultDoesNotDependOnTheLimit() {
    const Search search(m_store);
    for (const char *q : {"USER_BUSY", "DIALSTATUS=BUSY", "forbiden", "話中", "one way audio"})
      for (Language l : {Language::English, Language::Japanese}) {
        const QList<SearchHit> one = search.run(QString::fromUtf8(q), l, {}, 1).hits;
        const QList<SearchHit> all = search.run(QString::fromUtf8(q), l).hits;
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().ref, all.first().ref);
      }
  }

  void xAsteriskHangupCauseListsCausesOnly() {
    const QList<SearchHit> hits =
        Search(m_store).run(QStringLiteral("X-Asterisk-HangupCause: User busy"), Language::English).hits;
    QVERIFY(!hits.isEmpty());
    for (const SearchHit &h : hits)
      QCOMPARE(h.ref.registry, Registry::Q850);
  }

  void commonnessFilled() {
    // Every entry has its value from search_hints.json (the default is 1).
    QCOMPARE(m_store.entry({Registry::Sip, 486})->commonness, 3);
    QCOMPARE(m_store.entry({Registry::Q850, 16})->commonness, 3);
    QCOMPARE(m_store.entry({Registry::Sip, 409})->commonness, 0);
    QCOMPARE(m_store.entry({Registry::Warning, 399})->commonness, 2);
    // Cause 24 came with another change; its hint was written beforehand.
    QCOMPARE(m_store.entry({Registry::Q850, 24})->commonness, 0);
    int nonDefault = 0;
    for (const EntryRef &ref : m_store.allRefs())
      nonDefault += m_store.entry(ref)->commonness != 1 ? 1 : 0;
    QVERIFY(nonDefault > 50);
  }

  // Anything typed or pasted gives a result or none, never a failure.
  void oddInputs() {
    const Search search(m_store);
    const QStringList inputs = {
        QStringLiteral("\"\"\""),
        QStringLiteral("busy NEAR(here"),
        QStringLiteral("* OR AND NOT"),
        QStringLiteral("a_b-c=d:e"),
        QStringLiteral("____"),
        QStringLiteral("ーーー"),
        QStringLiteral("🙂 busy"),
        QString(2000, u'x'),
        QStringLiteral("DIALSTATUS="),
        QStringLiteral("X-Asterisk-HangupCause:"),
        QStringLiteral("Hangup Cause: "),
        QStringLiteral("%_\\'"),
        QString(QChar(0xD800)) + QStringLiteral("busy"),
        QStringLiteral(
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbb c d e f g h i j")};
    for (const QString &in : inputs)
      for (Language l : {Language::English, Language::Japanese}) {
        const SearchResult r = search.run(in, l);
        QVERIFY(r.hits.size() <= 200);
        QVERIFY(!r.suggestion || !r.hits.isEmpty());
      }
    QVERIFY2(m_store.errorString().isEmpty(), qPrintable(m_store.errorString()));
  }

  void notesAreSearched() {
    QTemporaryDir dir;
    UserStore user;
    QVERIFY2(user.open(dir.filePath(QStringLiteral("user.sqlite"))), qPrintable(user.errorString()));
    QVERIFY(user.setNote({Registry::Sip, 430}, QStringLiteral("our carrier sends this for zebra routes")));
    const Search search(m_store, &user);
    const QList<SearchHit> hits = search.run(QStringLiteral("zebra"), Language::English).hits;
    QCOMPARE(refs(hits, 1), QStringList{QStringLiteral("sip:430")});
    // Filters apply to notes too.
    SearchFilter onlyQ850;
    onlyQ850.registries = {Registry::Q850};
    QVERIFY(search.run(QStringLiteral("zebra"), Language::English, onlyQ850).hits.isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
