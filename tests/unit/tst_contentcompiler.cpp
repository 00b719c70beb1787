// The content compiler rejects each kind of invalid content with a message
// naming the file, the entry and the problem, and writes a database that the
// store can read when the content is valid.

#include "tools/contentc/ContentCompiler.h"
#include "core/ContentStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace sipref;

namespace {

QJsonObject text(bool ja, const QString &seed) {
  const QString p = ja ? QStringLiteral("日本語の説明 ") : QString();
  return QJsonObject{{"summary", p + "summary " + seed},
                     {"meaning", p + "meaning " + seed},
                     {"when", QJsonArray{p + "when one " + seed, p + "when two " + seed}},
                     {"todo", QJsonArray{p + "todo " + seed}},
                     {"retry", p + "retry " + seed}};
}

QJsonObject sipEntry(int code, const QString &phrase) {
  return QJsonObject{{"code", code},
                     {"phrase", phrase},
                     {"class", QStringLiteral("%1xx").arg(code / 100)},
                     {"kind", code < 200 ? "provisional" : "final"},
                     {"status", "current"},
                     {"refs", QJsonArray{QJsonObject{{"doc", "RFC 3261"}, {"section", "21.4.24"}}}},
                     {"senders", QJsonArray{"uas"}},
                     {"headers", QJsonArray{}},
                     {"client_retry", "later"},
                     {"text", QJsonObject{{"en", text(false, QString::number(code))},
                                          {"ja", text(true, QString::number(code))}}}};
}

} // namespace

class TestContentCompiler : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;

  QString writeFile(const QString &name, const QByteArray &data) {
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
      qFatal("cannot write %s", qPrintable(path));
    f.write(data);
    return path;
  }
  QString writeRegistry(const QString &name, const QJsonArray &entries, const QString &registry = "sip") {
    return writeFile(name, QJsonDocument(QJsonObject{{"registry", registry}, {"entries", entries}}).toJson());
  }
  // Loads and expects exactly one problem containing every fragment.
  void expectError(const QStringList &files, const QStringList &fragments) {
    ContentCompiler c;
    QVERIFY(!c.load(files));
    const QString all = c.errors().join(u'\n');
    for (const QString &f : fragments)
      QVERIFY2(all.contains(f), qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(f, all)));
  }

private slots:
  void validContentCompilesAndOpens() {
    const QString file = writeRegistry("ok.json", {sipEntry(486, "Busy Here"), sipEntry(600, "Busy Everywhere")});
    ContentCompiler c;
    QVERIFY2(c.load({file}), qPrintable(c.errors().join(u'\n')));
    const QString db = m_dir.filePath("ok.sqlite");
    QVERIFY2(c.write(db), qPrintable(c.errors().join(u'\n')));
    ContentStore store;
    QVERIFY2(store.open(db), qPrintable(store.errorString()));
    QCOMPARE(store.entryCount(), 2);
    const auto e = store.entry({Registry::Sip, 486});
    QVERIFY(e);
    QCOMPARE(e->phrase, QStringLiteral("Busy Here"));
    QCOMPARE(e->ja.when.size(), 2);
  }

  void badJson() {
    const QString file = writeFile("bad.json", "{\n  \"registry\": \"sip\",\n  \"entries\": [ {\"code\": 486,, } ]\n}");
    expectError({file}, {"bad.json", "line 3", "bad JSON"});
  }

  void missingRequiredField() {
    QJsonObject e = sipEntry(486, "Busy Here");
    e.remove("phrase");
    expectError({writeRegistry("missing.json", {e})}, {"missing.json", "entry 486", "missing required field \"phrase\""});
  }

  void codeOutOfRange() {
    expectError({writeRegistry("range.json", {sipEntry(486, "Busy Here"), sipEntry(799, "Nope")})},
                {"range.json", "entry 799", "out of range"});
    QJsonObject e = sipEntry(486, "Busy Here");
    e["code"] = 128;
    e.remove("class");
    expectError({writeRegistry("q850range.json", {e}, "q850")}, {"entry 128", "out of range"});
  }

  void codeRepeated() {
    expectError({writeRegistry("repeat.json", {sipEntry(486, "Busy Here"), sipEntry(486, "Busy Here")})},
                {"repeat.json", "entry 486", "repeated"});
  }

  void classDoesNotMatchCode() {
    QJsonObject e = sipEntry(486, "Busy Here");
    e["class"] = "5xx";
    expectError({writeRegistry("class.json", {e})},
                {"class.json", "entry 486", "class \"5xx\" does not match code 486 (expected \"4xx\")"});
    QJsonObject k = sipEntry(180, "Ringing");
    k["kind"] = "final";
    expectError({writeRegistry("kind.json", {k})}, {"entry 180", "kind \"final\" does not match"});
    // A cause's class is the range of 16 values it is in.
    QJsonObject cause = sipEntry(17, "User busy");
    for (const char *field : {"kind", "senders", "headers", "client_retry"})
      cause.remove(QLatin1String(field));
    cause["class"] = "4xx";
    cause["refs"] = QJsonArray{QJsonObject{{"doc", "ITU-T Q.850"}, {"section", ""}}};
    expectError({writeRegistry("cause.json", {cause}, "q850")},
                {"cause.json", "entry 17", "class \"4xx\" does not match cause 17 (expected \"normal\")"});
  }

  void responsesListSendersAndHeaders() {
    QJsonObject e = sipEntry(486, "Busy Here");
    e.remove("senders");
    expectError({writeRegistry("senders.json", {e})}, {"entry 486", "missing required field \"senders\""});
    e = sipEntry(486, "Busy Here");
    e["headers"] = 5;
    expectError({writeRegistry("headers.json", {e})},
                {"entry 486", "field \"headers\" must be a list of strings"});
  }

  void relatedCodeMustExist() {
    QJsonObject e = sipEntry(486, "Busy Here");
    e["related"] = QJsonArray{600, "q850:17"};
    expectError({writeRegistry("related.json", {e, sipEntry(600, "Busy Everywhere")})},
                {"related.json", "entry 486", "related code q850:17 does not exist"});
    e["related"] = QJsonArray{601};
    expectError({writeRegistry("related2.json", {e})}, {"entry 486", "related code sip:601 does not exist"});
  }

  void textInOneLanguageOnly() {
    QJsonObject e = sipEntry(486, "Busy Here");
    QJsonObject t = e["text"].toObject();
    t.remove("ja");
    e["text"] = t;
    expectError({writeRegistry("onelang.json", {e})}, {"onelang.json", "entry 486", "text present in en only"});

    QJsonObject f = sipEntry(486, "Busy Here");
    QJsonObject ft = f["text"].toObject();
    QJsonObject ja = ft["ja"].toObject();
    ja.remove("retry");
    ft["ja"] = ja;
    f["text"] = ft;
    expectError({writeRegistry("onefield.json", {f})}, {"entry 486", "\"retry\" present in en only"});
  }

  void japaneseFieldWithoutJapanese() {
    QJsonObject e = sipEntry(486, "Busy Here");
    QJsonObject t = e["text"].toObject();
    QJsonObject ja = t["ja"].toObject();
    ja["summary"] = "The callee is busy";
    t["ja"] = ja;
    e["text"] = t;
    expectError({writeRegistry("nojapanese.json", {e})}, {"entry 486", "no Japanese characters"});
  }

  void malformedReference() {
    QJsonObject e = sipEntry(486, "Busy Here");
    e["refs"] = QJsonArray{QJsonObject{{"doc", "rfc3261"}, {"section", "21.4.24"}}};
    expectError({writeRegistry("ref.json", {e})}, {"entry 486", "reference \"rfc3261\""});
    e["refs"] = QJsonArray{QJsonObject{{"doc", "RFC 3261"}, {"section", ""}}};
    expectError({writeRegistry("ref2.json", {e})}, {"entry 486", "no well-formed section"});
  }

  void entryWithoutTextIsAllowed() {
    QJsonObject e = sipEntry(486, "Busy Here");
    e.remove("text");
    ContentCompiler c;
    QVERIFY2(c.load({writeRegistry("facts.json", {e})}), qPrintable(c.errors().join(u'\n')));
    QCOMPARE(c.entries().size(), 1);
    QVERIFY(!c.entries().first().hasText);
  }

  void entriesMustBeAList() {
    expectError({writeFile("no_entries.json", R"({"registry": "sip"})")},
                {"no_entries.json", "missing required field \"entries\" (an array)"});
    expectError({writeFile("hints.json", R"({"search_hints": "x", "entries": 3})")},
                {"hints.json", "missing required field \"entries\" (an array)"});
  }

  void failedBuildLeavesOutputUntouched() {
    const QString db = m_dir.filePath("keep.sqlite");
    writeFile("keep.sqlite", "previous");
    ContentCompiler c;
    QVERIFY(!c.load({writeRegistry("broken.json", {sipEntry(486, "Busy Here"), sipEntry(486, "Busy Here")})}));
    QVERIFY(!c.write(db));
    QFile f(db);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("previous"));
  }

  void comparisonsMustNameExistingCodes() {
    const QString reg = writeRegistry("reg.json", {sipEntry(486, "Busy Here"), sipEntry(600, "Busy Everywhere")});
    const QJsonObject text{{"en", QJsonObject{{"differences", QJsonArray{"a"}}, {"use_when", QJsonArray{"b"}}}},
                           {"ja", QJsonObject{{"differences", QJsonArray{"違い"}}, {"use_when", QJsonArray{"使い分け"}}}}};
    const QString pairs = writeFile(
        "pairs.json",
        QJsonDocument(QJsonObject{{"pairs", QJsonArray{QJsonObject{{"a", "sip:486"}, {"b", "sip:603"}, {"text", text}}}}})
            .toJson());
    expectError({reg, pairs}, {"pairs.json", "pair sip:486/sip:603", "compared code sip:603 does not exist"});
  }

  // search_hints.json: every entry gets a commonness; aliases are searched.
  void searchHintsFillCommonness() {
    const QString reg =
        writeRegistry("reg.json", {sipEntry(486, "Busy Here"), sipEntry(600, "Busy Everywhere")});
    const QJsonArray hints{
        QJsonObject{{"entry", "sip:486"},
                    {"commonness", 3},
                    {"aliases", QJsonObject{{"en", QJsonArray{"engaged"}}, {"ja", QJsonArray{"話中"}}}}},
        QJsonObject{{"entry", "sip:600"}, {"commonness", 0}},
        QJsonObject{{"entry", "q850:24"}, {"commonness", 0}}};
    const QString file = writeFile(
        "search_hints.json", QJsonDocument(QJsonObject{{"search_hints", "x"}, {"entries", hints}}).toJson());
    ContentCompiler c;
    QVERIFY2(c.load({reg, file}), qPrintable(c.errors().join(u'\n')));
    // A hint for a code not in this content (added by another change) is a warning, not an error.
    QCOMPARE(c.warnings().size(), 1);
    QVERIFY(c.warnings().first().contains(QStringLiteral("search_hints.json: entry q850:24")));
    const QString db = m_dir.filePath("hints.sqlite");
    QVERIFY2(c.write(db), qPrintable(c.errors().join(u'\n')));
    ContentStore store;
    QVERIFY(store.open(db));
    QCOMPARE(store.entry({Registry::Sip, 486})->commonness, 3);
    QCOMPARE(store.entry({Registry::Sip, 600})->commonness, 0);
    const auto hits = store.search(QStringLiteral("engaged"), Language::English);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().ref, (EntryRef{Registry::Sip, 486}));
  }

  void searchHintsMustCoverEveryEntry() {
    const QString reg =
        writeRegistry("reg.json", {sipEntry(486, "Busy Here"), sipEntry(600, "Busy Everywhere")});
    const QJsonArray hints{QJsonObject{{"entry", "sip:486"}, {"commonness", 3}}};
    const QString file = writeFile(
        "search_hints.json", QJsonDocument(QJsonObject{{"search_hints", "x"}, {"entries", hints}}).toJson());
    expectError({reg, file}, {"search_hints.json", "entry sip:600", "every entry needs a \"commonness\""});
    const QJsonArray bad{QJsonObject{{"entry", "sip:486"}, {"commonness", 5}},
                         QJsonObject{{"entry", "sip:600"}, {"commonness", 1}}};
    const QString badFile = writeFile(
        "bad_hints.json", QJsonDocument(QJsonObject{{"search_hints", "x"}, {"entries", bad}}).toJson());
    expectError({reg, badFile}, {"bad_hints.json", "entry sip:486", "\"commonness\" must be 0"});
  }

  QString vendorFile(const QJsonArray &freeswitch, const QJsonArray &dialstatus = {}) {
    const QJsonObject source{{"vendor", "FreeSWITCH"},
                             {"repository", "https://github.com/signalwire/freeswitch"},
                             {"commit", "cc93a683ca6e1f8f47c1d6e38bd2daf8fa6a7b1c"},
                             {"files", QJsonObject{{"src/switch_channel.c", "CAUSE_CHART"}}}};
    const QJsonArray asterisk{
        QJsonObject{{"name", "AST_CAUSE_BUSY"}, {"value", 17}, {"sends", 486}, {"text", "User busy"}}};
    return writeFile("vendor_names.json", QJsonDocument(QJsonObject{{"vendor_names", "x"},
                                                                    {"sources", QJsonArray{source}},
                                                                    {"freeswitch", freeswitch},
                                                                    {"asterisk", asterisk},
                                                                    {"dialstatus", dialstatus}})
                                              .toJson());
  }

  void vendorNamesPlacedOnEntries() {
    const QString reg =
        writeRegistry("reg.json", {sipEntry(486, "Busy Here"), sipEntry(487, "Request Terminated")});
    QJsonObject busy = sipEntry(17, "User busy");
    for (const char *k : {"kind", "senders", "headers", "client_retry"})
      busy.remove(QLatin1String(k));
    busy["class"] = "normal";
    busy["refs"] = QJsonArray{QJsonObject{{"doc", "ITU-T Q.850"}, {"section", ""}}};
    QJsonObject t = busy["text"].toObject();
    QJsonObject en = t["en"].toObject(), ja = t["ja"].toObject();
    en["name"] = "User busy";
    ja["name"] = "ユーザビジー";
    busy["text"] = QJsonObject{{"en", en}, {"ja", ja}};
    const QString q850 = writeRegistry("q850.json", {busy}, "q850");
    const QString vendors =
        vendorFile({QJsonObject{{"name", "USER_BUSY"}, {"value", 17}, {"sends", 486}},
                    QJsonObject{{"name", "ORIGINATOR_CANCEL"},
                                {"value", 487},
                                {"sends", 487},
                                {"entries", QJsonArray{"sip:487"}}}},
                   {QJsonObject{{"value", "BUSY"}, {"entries", QJsonArray{"q850:17", "sip:486"}}}});
    ContentCompiler c;
    QVERIFY2(c.load({reg, q850, vendors}), qPrintable(c.errors().join(u'\n')));
    const QString db = m_dir.filePath("vendors.sqlite");
    QVERIFY2(c.write(db), qPrintable(c.errors().join(u'\n')));
    ContentStore store;
    QVERIFY(store.open(db));
    QStringList on17, on486;
    const auto cause17 = store.entry({Registry::Q850, 17});
    const auto sip486 = store.entry({Registry::Sip, 486});
    for (const VendorName &n : cause17->vendorNames)
      on17 << n.name + (n.primary ? "" : "(other)");
    for (const VendorName &n : sip486->vendorNames)
      on486 << n.name + (n.primary ? "" : "(other)");
    QCOMPARE(on17, (QStringList{"USER_BUSY", "AST_CAUSE_BUSY", "DIALSTATUS=BUSY"}));
    QCOMPARE(on486, (QStringList{"USER_BUSY(other)", "AST_CAUSE_BUSY(other)", "DIALSTATUS=BUSY(other)"}));
    QCOMPARE(store.entry({Registry::Sip, 487})->vendorNames.first().name,
             QStringLiteral("ORIGINATOR_CANCEL"));
    // The vendor names are searched, folded: "user busy" finds USER_BUSY too.
    QCOMPARE(store.search(QStringLiteral("ORIGINATOR_CANCEL"), Language::English).first().ref,
             (EntryRef{Registry::Sip, 487}));
  }

  void vendorNamesAreValidated() {
    const QString reg = writeRegistry("reg.json", {sipEntry(486, "Busy Here")});
    // Not a Q.850 cause of the content, and no "entries" given.
    expectError(
        {reg, vendorFile({QJsonObject{{"name", "LOSE_RACE"}, {"value", 702}, {"sends", 486}}})},
        {"vendor_names.json", "FreeSWITCH LOSE_RACE", "value 702 is not a Q.850 cause of this content"});
    // A response that does not exist.
    expectError(
        {reg, vendorFile({QJsonObject{
                  {"name", "DECLINE"}, {"value", 816}, {"sends", 603}, {"entries", QJsonArray{"sip:486"}}}})},
        {"vendor_names.json", "FreeSWITCH DECLINE", "response sent sip:603 does not exist"});
    // Names as the source spells them, once.
    expectError({reg, vendorFile({QJsonObject{{"name", "user busy"}, {"value", 17}}})},
                {"vendor_names.json", "\"name\" must be the name as the source spells it"});
    const QJsonObject twice{{"name", "X"}, {"value", 800}, {"entries", QJsonArray{"sip:486"}}};
    expectError({reg, vendorFile({twice, twice})},
                {"vendor_names.json", "FreeSWITCH X", "X is listed twice"});
    // A value that belongs to no entry says why.
    expectError(
        {reg, vendorFile({twice}, {QJsonObject{{"value", "INVALIDARGS"}, {"entries", QJsonArray{}}}})},
        {"vendor_names.json", "DIALSTATUS INVALIDARGS", "needs a note saying why"});
    expectError(
        {reg, vendorFile({QJsonObject{{"name", "X"}, {"value", 800}, {"entries", QJsonArray{}}}})},
        {"vendor_names.json", "FreeSWITCH X", "a name that belongs to no entry needs a note saying why"});
    // Codes in "entries" name their registry.
    expectError(
        {reg,
         vendorFile({QJsonObject{{"name", "X"}, {"value", 800}, {"entries", QJsonArray{"sip:486", "600"}}}})},
        {"vendor_names.json", "FreeSWITCH X", "\"600\" is not a code such as \"sip:487\""});
    expectError({reg, vendorFile({twice},
                                 {QJsonObject{{"value", "BUSY"}, {"entries", QJsonArray{"sip:486", "17"}}}})},
                {"vendor_names.json", "DIALSTATUS BUSY", "\"17\" is not a code such as \"q850:17\""});
  }

  // Rows where SIP-I interworking (3GPP TS 29.163) departs from RFC 3398: the
  // codes must exist, the source must be named in both languages, and valid
  // rows reach the store.
  void departuresAreValidated() {
    const QJsonObject cause{{"code", 20},
                            {"phrase", "Subscriber absent"},
                            {"class", "normal"},
                            {"status", "current"},
                            {"refs", QJsonArray{QJsonObject{{"doc", "ITU-T Q.850"}, {"section", ""}}}}};
    const QString sip = writeRegistry("dep_sip.json", {sipEntry(480, "Temporarily Unavailable")});
    const QString q850 = writeRegistry("dep_q850.json", {cause}, "q850");
    auto mapping = [&](const QJsonObject &row, const QString &name) {
      return writeFile(name, QJsonDocument(QJsonObject{{"isup_to_sip", QJsonArray{}},
                                                       {"sip_to_isup", QJsonArray{}},
                                                       {"departures", QJsonArray{row}},
                                                       {"departures_intro", QJsonObject{{"en", "Intro"}, {"ja", "前置き"}}}})
                                 .toJson());
    };
    const QJsonObject good{{"direction", "sip_to_isup"},
                           {"sip", 480},
                           {"cause", 20},
                           {"rfc3398", 20},
                           {"source", QJsonObject{{"en", "A vendor table"}, {"ja", "ベンダの変換表"}}}};
    QJsonObject unknownCause = good;
    unknownCause["cause"] = 24;
    expectError({sip, q850, mapping(unknownCause, "dep1.json")}, {"dep1.json", "departure 1", "cause q850:24 does not exist"});
    QJsonObject noSource = good;
    noSource.remove("source");
    expectError({sip, q850, mapping(noSource, "dep2.json")}, {"dep2.json", "departure 1", "source"});
    QJsonObject englishOnly = good;
    englishOnly["source"] = QJsonObject{{"en", "A vendor table"}, {"ja", "A vendor table"}};
    expectError({sip, q850, mapping(englishOnly, "dep3.json")}, {"dep3.json", "departure 1", "source"});
    QJsonObject badDirection = good;
    badDirection["direction"] = "both";
    expectError({sip, q850, mapping(badDirection, "dep4.json")}, {"dep4.json", "departure 1", "direction"});

    ContentCompiler c;
    QVERIFY2(c.load({sip, q850, mapping(good, "dep_ok.json")}), qPrintable(c.errors().join(u'\n')));
    const QString db = m_dir.filePath("dep.sqlite");
    QVERIFY2(c.write(db), qPrintable(c.errors().join(u'\n')));
    ContentStore store;
    QVERIFY2(store.open(db), qPrintable(store.errorString()));
    const QJsonArray ja = QJsonDocument::fromJson(store.document("departures").ja.toUtf8()).array();
    QCOMPARE(ja.size(), 1);
    QCOMPARE(ja.first()["sip"].toInt(), 480);
    QCOMPARE(ja.first()["cause"].toInt(), 20);
    QCOMPARE(ja.first()["source"].toString(), QStringLiteral("ベンダの変換表"));
    QCOMPARE(store.document("departures_intro").ja, QStringLiteral("前置き"));
  }
};

QTEST_GUILESS_MAIN(TestContentCompiler)
#include "tst_contentcompiler.moc"
