// Export and import of bookmarks and notes as JSON: a round trip to a new
// machine, all-or-nothing import, no duplicates on a second import, and a
// message saying what is wrong and where for a malformed file.

#include "common/TestCodes.h"
#include "core/ContentStore.h"
#include "core/UserDataExchange.h"
#include "core/UserStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace sipref;
using namespace sipref::test;

namespace {

QByteArray lines(std::initializer_list<const char *> parts) {
  QByteArray out;
  for (const char *p : parts)
    out += QByteArray(p) + '\n';
  return out;
}

} // namespace

class TestUserDataExchange : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  ContentStore m_content;
  int m_counter = 0;

  QString freshPath() { return m_dir.filePath(QStringLiteral("user%1.sqlite").arg(++m_counter)); }

  // The problems of `json`, and a check that importing it changed nothing.
  QStringList problemsOf(const QByteArray &json) {
    UserStore store;
    if (!store.open(freshPath()))
      return {QStringLiteral("store did not open")};
    store.setNote(k600, QStringLiteral("before"));
    const auto result = UserDataExchange::importJson(store, json, &m_content);
    if (result.ok)
      return {};
    if (store.note(k600) != QStringLiteral("before") || store.notes().size() != 1 ||
        !store.bookmarks().isEmpty())
      return {QStringLiteral("a failed import changed the store")};
    if (!result.message().contains(result.problems.first()))
      return {QStringLiteral("the message does not list the problems")};
    return result.problems;
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_content.open(SIPREF_CONTENT_DB), qPrintable(m_content.errorString()));
  }

  void roundTripToANewMachine() {
    UserStore old;
    QVERIFY(old.open(freshPath()));
    QVERIFY(old.setBookmarked(k486, true));
    QVERIFY(old.setBookmarked(kCause17, true));
    QVERIFY(old.setNote(k486, QStringLiteral("Trunk full on carrier X.\nCheck the SBC \"limits\" page.")));
    QVERIFY(old.setNote(kWarning399, QStringLiteral("警告 399: 内容は装置ごとに違う")));
    const QString file = m_dir.filePath(QStringLiteral("export.json"));
    QString error;
    QVERIFY2(UserDataExchange::exportToFile(old, file, &error), qPrintable(error));

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value("format").toString(), QStringLiteral("sipref-userdata"));
    QCOMPARE(root.value("version").toInt(), UserDataExchange::kFormatVersion);
    QCOMPARE(root.value("bookmarks").toArray().size(), 2);
    QCOMPARE(root.value("notes").toArray().at(0).toObject().value("code").toString(),
             QStringLiteral("sip:486"));

    UserStore fresh;
    QVERIFY(fresh.open(freshPath()));
    const auto result = UserDataExchange::importFile(fresh, file, &m_content);
    QVERIFY2(result.ok, qPrintable(result.message()));
    QCOMPARE(result.summary.bookmarksAdded, 2);
    QCOMPARE(result.summary.notesAdded, 2);
    QCOMPARE(fresh.bookmarkedRefs(), old.bookmarkedRefs());
    QCOMPARE(fresh.note(k486), old.note(k486));
    QCOMPARE(fresh.note(kWarning399), old.note(kWarning399));
    // The times travel with the data.
    QCOMPARE(fresh.bookmarks().first().starred, old.bookmarks().first().starred);
    QCOMPARE(fresh.notes().first().updated, old.notes().first().updated);
    QVERIFY(result.message().contains(QStringLiteral("2 added")));
  }

  void importingTwiceDoesNotDuplicate() {
    const QByteArray json = lines({R"({"format": "sipref-userdata", "version": 1,)",
                                   R"( "bookmarks": ["sip:486", {"code": "q850:17"}, 600],)",
                                   R"( "notes": [{"code": "486", "text": "from the class"}]})"});
    UserStore store;
    QVERIFY(store.open(freshPath()));
    QVERIFY(store.setNote(k486, QStringLiteral("my own")));
    const auto first = UserDataExchange::importJson(store, json, &m_content);
    QVERIFY2(first.ok, qPrintable(first.message()));
    QCOMPARE(store.bookmarkedRefs(), (QList<EntryRef>{k486, k600, kCause17}));
    QCOMPARE(store.note(k486), QStringLiteral("my own\n\nfrom the class"));
    const auto second = UserDataExchange::importJson(store, json, &m_content);
    QVERIFY2(second.ok, qPrintable(second.message()));
    QCOMPARE(second.summary.bookmarksAdded, 0);
    QCOMPARE(second.summary.bookmarksPresent, 3);
    QCOMPARE(second.summary.notesPresent, 1);
    QCOMPARE(store.bookmarks().size(), 3);
    QCOMPARE(store.note(k486), QStringLiteral("my own\n\nfrom the class"));
  }

  void anUnknownCodeIsNamedWithItsPlaceAndLine() {
    const QByteArray json = lines({
        "{",                                        // 1
        R"(  "format": "sipref-userdata",)",        // 2
        R"(  "version": 1,)",                       // 3
        R"(  "notes": [)",                          // 4
        R"(    {"code": "sip:486", "text": "a"},)", // 5
        R"(    {"code": "sip:180", "text": "b"},)", // 6
        R"(    {"code": "q850:17", "text": "c"},)", // 7
        R"(    {)",                                 // 8
        R"(      "text": "d",)",                    // 9
        R"(      "code": 999)",                     // 10
        R"(    })",                                 // 11
        R"(  ])",                                   // 12
        "}",
    });
    UserStore store;
    QVERIFY(store.open(freshPath()));
    const auto result = UserDataExchange::importJson(store, json, &m_content);
    QVERIFY(result.ok);
    QCOMPARE(result.skipped, QStringList{QStringLiteral("notes[3].code (line 10): 999 is not a known code")});
    // The rest of the file is imported, and the message says what was left out.
    QCOMPARE(store.notes().size(), 3);
    QCOMPARE(store.note(k486), QStringLiteral("a"));
    QVERIFY(result.message().contains(QStringLiteral("Skipped")));
    QVERIFY(result.message().contains(result.skipped.first()));
  }

  void badItemsAreSkippedAndListed() {
    const QByteArray json = lines({
        R"({"format": "sipref-userdata", "version": 1,)",
        R"( "bookmarks": ["sip:486", "sip:4866", true, {"code": "warning:399", "starred": "yesterday"}],)",
        R"( "notes": [{"code": "sip:486", "text": "ok"}, {"code": "sip:486", "text": "again"},)",
        R"(           {"code": "q850:17"}, {"code": "q850:17x", "text": 5}, "sip:600"]})",
    });
    UserStore store;
    QVERIFY(store.open(freshPath()));
    const auto result = UserDataExchange::importJson(store, json, &m_content);
    QVERIFY(result.ok);
    // What could be read is in: one bookmark, one note.
    QCOMPARE(store.bookmarks().size(), 1);
    QCOMPARE(store.bookmarks().first().ref, k486);
    QCOMPARE(store.notes().size(), 1);
    QCOMPARE(store.note(k486), QStringLiteral("ok"));
    const QStringList problems = result.skipped;
    QCOMPARE(problems.size(), 8);
    QVERIFY2(problems.at(0).startsWith(QStringLiteral("bookmarks[1] (line 2): \"sip:4866\" is not a code")),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(QStringLiteral("bookmarks[2] (line 2): expected a code")),
             qPrintable(problems.at(1)));
    QVERIFY2(problems.at(1).contains(QStringLiteral("true or false")), qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).startsWith(
                 QStringLiteral("bookmarks[3].starred (line 2): \"yesterday\" is not a date")),
             qPrintable(problems.at(2)));
    QCOMPARE(
        problems.at(3),
        QStringLiteral(
            "notes[1].code (line 3): sip:486 already has a note at notes[0]; put both texts in one note"));
    QCOMPARE(problems.at(4), QStringLiteral("notes[2].text: missing"));
    QVERIFY2(problems.at(5).startsWith(QStringLiteral("notes[3].code (line 4): \"q850:17x\" is not a code")),
             qPrintable(problems.at(5)));
    QVERIFY2(problems.at(6).startsWith(
                 QStringLiteral("notes[3].text (line 4): expected a string, found a number")),
             qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.at(7).startsWith(QStringLiteral(
                 "notes[4] (line 4): expected an object with \"code\" and \"text\", found a string")),
             qPrintable(problems.at(7)));
  }

  void aSyntaxErrorGivesLineAndColumn() {
    const QByteArray json = lines({
        "{",
        R"(  "format": "sipref-userdata",)",
        R"(  "version": 1,)",
        "  \"notes\": [ {\"code\": \"sip:486\", \"text\": \"unterminated} ]",
        "}",
    });
    const QStringList problems = problemsOf(json);
    QCOMPARE(problems.size(), 1);
    // Where the unterminated string starts, not where the file ends.
    QVERIFY2(problems.first().startsWith(QStringLiteral("line 4, column 42: ")),
             qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(QStringLiteral("not valid JSON")), qPrintable(problems.first()));

    const QStringList comma =
        problemsOf(lines({"{", R"(  "format": "sipref-userdata",)", R"(  "version": 1,)",
                          R"(  "bookmarks": ["sip:486",])", "}"}));
    QCOMPARE(comma.size(), 1);
    QVERIFY2(comma.first().startsWith(QStringLiteral("line 4, column ")), qPrintable(comma.first()));
  }

  void otherFilesAreRefusedClearly() {
    QCOMPARE(problemsOf(""), QStringList{QStringLiteral("the file is empty")});
    QVERIFY(problemsOf("[1, 2]").first().contains(QStringLiteral("not a SipRef export")));
    QVERIFY(problemsOf(R"({"name": "package.json"})").first().startsWith(QStringLiteral("format: missing")));
    QCOMPARE(problemsOf(R"({"format": "other", "notes": []})"),
             QStringList{QStringLiteral("format (line 1): expected \"sipref-userdata\", found \"other\"")});
    QCOMPARE(problemsOf(R"({"format": "sipref-userdata", "version": 7, "notes": []})"),
             QStringList{QStringLiteral(
                 "version (line 1): 7 is newer than this version of SipRef reads (1); update SipRef")});
    QCOMPARE(problemsOf(R"({"format": "sipref-userdata", "version": 1})"),
             QStringList{QStringLiteral("(file): has neither \"bookmarks\" nor \"notes\"")});
    QCOMPARE(problemsOf(R"({"format": "sipref-userdata", "version": 1, "notes": {"sip:486": "x"}})"),
             QStringList{QStringLiteral("notes (line 1): expected a list, found an object")});
    QCOMPARE(UserDataExchange::parse(
                 R"({"format": "sipref-userdata", "version": 1, "notes": [{"code": 486, "text": "  "}]})",
                 &m_content)
                 .skipped,
             QStringList{QStringLiteral("notes[0].text (line 1): the note is empty")});
    // A byte-order mark and unknown keys are fine.
    QVERIFY(problemsOf(
                "\xEF\xBB\xBF{\"format\": \"sipref-userdata\", \"version\": 1, \"later\": 1, \"notes\": []}")
                .isEmpty());
  }

  void manyProblemsAreCounted() {
    QByteArray json = R"({"format": "sipref-userdata", "version": 1, "bookmarks": [)";
    for (int i = 0; i < 50; ++i)
      json += (i ? ", " : "") + QByteArray("\"sip:99") + QByteArray::number(i % 10) + '"';
    json += "]}";
    UserStore store;
    QVERIFY(store.open(freshPath()));
    const auto result = UserDataExchange::importJson(store, json, &m_content);
    QVERIFY(result.ok);
    QCOMPARE(result.skipped.size(), 50);
    QVERIFY(store.bookmarks().isEmpty());
    // The message lists the first ones and counts the rest.
    const QStringList shown = result.message().split(u'\n');
    QCOMPARE(shown.last(), QStringLiteral("… and 30 more problems"));
    QCOMPARE(shown.filter(QRegularExpression(QStringLiteral("^bookmarks\\[\\d+\\]"))).size(),
             qsizetype(UserDataExchange::kMaxProblems));
  }

  void fileProblems() {
    UserStore store;
    QVERIFY(store.open(freshPath()));
    auto missing =
        UserDataExchange::importFile(store, m_dir.filePath(QStringLiteral("nope.json")), &m_content);
    QVERIFY(!missing.ok);
    QVERIFY(missing.message().contains(QStringLiteral("does not exist")));
    auto folder = UserDataExchange::importFile(store, m_dir.path(), &m_content);
    QVERIFY(!folder.ok);
    QVERIFY(folder.message().contains(QStringLiteral("is a folder")));
    QString error;
    QVERIFY(
        !UserDataExchange::exportToFile(store, m_dir.filePath(QStringLiteral("no/such/dir/x.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be written")), qPrintable(error));
  }

  void withoutContentOnlyTheFormIsChecked() {
    const auto parsed = UserDataExchange::parse(
        R"({"format": "sipref-userdata", "version": 1, "bookmarks": ["sip:999"]})", nullptr);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.bookmarks.first().ref, (EntryRef{Registry::Sip, 999}));
  }

  void garbageNeverCrashes() {
    // Every prefix of a valid file, and a few odd bytes: a clear message each time.
    const QByteArray valid =
        UserDataExchange::toJson({{k486, {}}}, {{kCause17, QStringLiteral("note"), {}}}).trimmed();
    for (qsizetype n = 0; n < valid.size(); ++n) {
      const auto parsed = UserDataExchange::parse(valid.left(n), &m_content);
      QVERIFY(!parsed.isValid());
      QVERIFY(!parsed.problems.first().isEmpty());
    }
    for (const QByteArray &odd :
         {QByteArray("\0\0\0", 3), QByteArray("\xff\xfe{"), QByteArray("{\"format\": null}"),
          QByteArray("null"), QByteArray("\"sipref-userdata\"")})
      QVERIFY(!UserDataExchange::parse(odd, &m_content).isValid());
    QVERIFY(UserDataExchange::parse(valid, &m_content).isValid());
  }
};

QTEST_GUILESS_MAIN(TestUserDataExchange)
#include "tst_userdataexchange.moc"
