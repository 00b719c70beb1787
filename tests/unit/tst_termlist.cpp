// The Japanese term list and typography rules of resources/content/STYLE-ja.md:
// the check catches each listed wrong variant (and lets the listed exceptions
// through), and the shipped content and UI translation pass it.

#include "common/TestData.h"
#include "tools/contentc/JapaneseStyle.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sipref;

namespace {

using test::readFile;
using test::sourcePath;

/// A Japanese text to check, named for its test row, in a field (and list) of an entry.
struct Sample {
  const char *name;
  const char *text;
  const char *field;
  const char *listOf = "";
};

QString describe(const QList<JapaneseStyle::Violation> &violations) {
  QStringList lines;
  for (const auto &v : violations)
    lines << v.toString();
  return lines.join(u'\n');
}

} // namespace

class TestTermList : public QObject {
  Q_OBJECT

private:
  JapaneseStyle m_style;

private slots:
  void initTestCase() {
    QString error;
    QVERIFY2(m_style.load(sourcePath(QStringLiteral("resources/content/STYLE-ja.md")), &error),
             qPrintable(error));
  }

  // Every term the issue asks to decide once has a rule.
  void tableDecidesTheTerms() {
    QStringList uses;
    for (const auto &r : m_style.rules())
      uses << r.use;
    const QString all = uses.join(u'\n');
    for (const char *term : {"呼", "応答", "リクエスト", "Reason-Phrase", "話中", "理由表示", "再試行",
                             "認証情報", "オファー", "タイマ", "応答不可", "中断", "トランスポート", "未提供",
                             "インタワーキング", "空白", "全角括弧", "。"})
      QVERIFY2(all.contains(QString::fromUtf8(term)), term);
  }

  void plantedVariantIsCaught_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("listOf");
    QTest::addColumn<QString>("expectedUse");
    // Each rule (its "use" as STYLE-ja.md writes it) with the wrong variants it
    // catches: the row's name, the text the variant is planted in, the field.
    auto caughtBy = [](const char *use, std::initializer_list<Sample> variants) {
      for (const Sample &v : variants)
        QTest::newRow(v.name) << QString::fromUtf8(v.text) << QString::fromUtf8(v.field)
                              << QString::fromUtf8(v.listOf) << QString::fromUtf8(use);
    };
    caughtBy("呼", {{"コール", "発信したコールが切れる。", "meaning"}});
    caughtBy("応答", {{"レスポンス", "SIP レスポンスを返す。", "meaning"}});
    caughtBy("リクエスト", {{"要求 for request", "SIP の要求を送った理由を示す。", "meaning"}});
    caughtBy("Reason-Phrase", {{"理由フレーズ", "理由フレーズを読む。", "meaning"},
                               {"reason phrase", "reason phrase を読む。", "meaning"}});
    caughtBy("話中", {{"ビジー in prose", "着信者がビジーのとき。", "meaning"}});
    caughtBy("理由表示", {{"cause in prose", "この cause を送る装置。", "meaning"},
                          {"切断理由", "切断理由の統計。", "meaning"}});
    caughtBy("再送（retransmission）／再試行（retry）",
             {{"リトライ", "あとでリトライする。", "retry"},
              {"付けて再送", "認証情報を付けて再送する。", "retry"}});
    caughtBy("認証情報", {{"資格情報", "資格情報を確認する。", "todo"}});
    caughtBy("オファー／アンサー", {{"アンサ", "アンサを返す。", "meaning"}});
    caughtBy("長音符なし（タイマ、ベンダ、ユーザ、サーバ…）",
             {{"タイマー", "無応答タイマーが満了する。", "when"},
              {"ベンダー", "ベンダーに報告する。", "todo"},
              {"フェイルオーバー", "フェイルオーバーさせる。", "todo"}});
    caughtBy("応答不可（DND）", {{"おやすみモード", "おやすみモードの端末。", "meaning"},
                                 {"着信拒否（DND）", "着信拒否（DND）の扱い。", "meaning"}});
    caughtBy("中断／再開", {{"一時停止", "一時停止中の呼。", "summary"}});
    caughtBy("トランスポート", {{"転送層", "転送層のエラー。", "meaning"}});
    caughtBy("未提供", {{"未実装", "伝達能力未実装。", "name"}});
    caughtBy("インタワーキング", {{"インタワーク", "インタワーク", ""}});
    caughtBy("英数字と日本語の間に空白",
             {{"no space", "SIPトランクで", "meaning"}, {"no space after", "トランク1本", "meaning"}});
    caughtBy("補足は全角括弧（　）",
             {{"half-width parentheses", "呼 (話中) を返す", "meaning"},
              {"half-width paren touching", "480(Temporarily Unavailable)を返す", "meaning"}});
    caughtBy("箇条書きの項目は「。」で終える",
             {{"list item without 。", "トランクを確認する", "todo", "todo"}});
  }
  void plantedVariantIsCaught() {
    QFETCH(QString, text);
    QFETCH(QString, field);
    QFETCH(QString, listOf);
    QFETCH(QString, expectedUse);
    const auto found = m_style.checkText(text, QStringLiteral("planted"), field, listOf, true);
    bool caught = false;
    for (const auto &v : found)
      caught = caught || v.use == expectedUse;
    QVERIFY2(caught, qPrintable(QStringLiteral("not caught: %1\nfound: %2").arg(text, describe(found))));
  }

  // The exceptions are explicit and narrow: each of these passes.
  void listedExceptionPasses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("listOf");
    auto pass = [](std::initializer_list<Sample> samples) {
      for (const Sample &v : samples)
        QTest::newRow(v.name) << QString::fromUtf8(v.text) << QString::fromUtf8(v.field)
                              << QString::fromUtf8(v.listOf);
    };
    // Words that hold a listed one but mean something else.
    pass({{"ロボコール", "ロボコール対策で拒否する。", "meaning"},
          {"コールセンタ", "コールセンタの基盤。", "meaning"},
          {"ビジー in a name", "着ユーザビジー", "name"},
          {"オファー/アンサー", "オファーとアンサー。", "meaning"},
          {"再送 of a retransmission", "INVITE の再送が止まらない。", "when", "when"}});
    // "cause" as a label or a protocol name, not prose.
    pass({{"cause label", "cause 17 と Reason: Q.850;cause=17 を返す。", "meaning"},
          {"cause parameter", "History-Info の cause パラメータを見る。", "meaning"},
          {"ISUP Cause Indicators", "ISUP の Cause Indicators を見る。", "meaning"}});
    // Typography: parentheses that belong to code, accelerators, full-width
    // asides, summaries (not list items) without 。.
    pass({{"code parentheses", "Asterisk の Dial() で CALLERID(pres) を設定する。", "todo", "todo"},
          {"accelerator", "ファイル(&F)", ""},
          {"full-width aside", "480（Temporarily Unavailable）を返す。", "meaning"},
          {"summary without 。", "呼は話中", "summary"}});
  }
  void listedExceptionPasses() {
    QFETCH(QString, text);
    QFETCH(QString, field);
    QFETCH(QString, listOf);
    const auto found = m_style.checkText(text, QStringLiteral("allowed"), field, listOf, true);
    QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
  }

  // A wrong variant planted into a real content file is reported with the
  // file, the entry and the field; the file as shipped has none.
  void plantedInContentFileIsCaught() {
    const QString path = sourcePath(QStringLiteral("resources/content/sip_responses.json"));
    const QByteArray shipped = readFile(path);
    QVERIFY2(m_style.checkContentFile(shipped, QStringLiteral("sip_responses.json")).isEmpty(),
             qPrintable(describe(m_style.checkContentFile(shipped, QStringLiteral("sip_responses.json")))));

    QJsonObject root = QJsonDocument::fromJson(shipped).object();
    QJsonArray entries = root.value(u"entries").toArray();
    bool planted = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
      QJsonObject e = entries.at(i).toObject();
      if (e.value(u"code").toInt() != 486)
        continue;
      QJsonObject text = e.value(u"text").toObject();
      QJsonObject ja = text.value(u"ja").toObject();
      QJsonArray when = ja.value(u"when").toArray();
      when.replace(0, when.at(0).toString() + QStringLiteral("ビジーのコールが残る。"));
      ja.insert(QStringLiteral("when"), when);
      text.insert(QStringLiteral("ja"), ja);
      e.insert(QStringLiteral("text"), text);
      entries.replace(i, e);
      planted = true;
    }
    QVERIFY(planted);
    root.insert(QStringLiteral("entries"), entries);
    const auto found =
        m_style.checkContentFile(QJsonDocument(root).toJson(), QStringLiteral("sip_responses.json"));
    QCOMPARE(found.size(), 2);
    for (const auto &v : found)
      QVERIFY2(v.where.contains(QStringLiteral("entry 486")) &&
                   v.where.contains(QStringLiteral("ja.when[0]")),
               qPrintable(v.toString()));
    QCOMPARE(QSet<QString>({found.at(0).found, found.at(1).found}),
             QSet<QString>({QStringLiteral("ビジー"), QStringLiteral("コール")}));
  }

  // The same for the UI translation; vanished messages are not checked.
  void plantedInTranslationIsCaught() {
    const QByteArray shipped = readFile(sourcePath(QStringLiteral("translations/sipref_ja.ts")));
    QByteArray planted = shipped;
    const QByteArray before = "<translation>理由表示 %1</translation>";
    QVERIFY2(planted.contains(before), "the translation of \"Cause %1\" is 理由表示 %1");
    planted.replace(before, "<translation>Cause %1</translation>");
    const auto found = m_style.checkTranslations(planted, QStringLiteral("sipref_ja.ts"));
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().where.contains(QStringLiteral("Cause %1")), qPrintable(found.first().toString()));

    const QByteArray vanished = "<message>\n            <source>Old</source>\n"
                                "            <translation type=\"vanished\">タイマーのコール</translation>\n"
                                "        </message>\n    </context>";
    QByteArray withVanished = shipped;
    withVanished.replace(withVanished.indexOf("</context>"), qsizetype(strlen("</context>")), vanished);
    QVERIFY2(m_style.checkTranslations(withVanished, QStringLiteral("sipref_ja.ts")).isEmpty(),
             qPrintable(describe(m_style.checkTranslations(withVanished, QStringLiteral("sipref_ja.ts")))));
  }

  void contentFollowsTheStyle_data() {
    QTest::addColumn<QString>("file");
    const QDir dir(sourcePath(QStringLiteral("resources/content")));
    for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
      QTest::newRow(qPrintable(f)) << dir.filePath(f);
  }
  void contentFollowsTheStyle() {
    QFETCH(QString, file);
    const auto found = m_style.checkContentFile(readFile(file), QFileInfo(file).fileName());
    QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
  }

  void translationFollowsTheStyle() {
    const auto found = m_style.checkTranslations(
        readFile(sourcePath(QStringLiteral("translations/sipref_ja.ts"))), QStringLiteral("sipref_ja.ts"));
    QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
  }

  // A broken table is an error, not a check that passes everything.
  void brokenTableIsRejected_data() {
    QTest::addColumn<QString>("markdown");
    QTest::newRow("no markers") << QStringLiteral("| 呼 | `コール` | | all |");
    QTest::newRow("bad expression") << QStringLiteral(
        "<!-- style-rules:begin -->\n| 呼 | `(コール` | | all |\n<!-- style-rules:end -->");
    QTest::newRow("bad scope") << QStringLiteral(
        "<!-- style-rules:begin -->\n| 呼 | `コール` | | everywhere |\n<!-- style-rules:end -->");
    QTest::newRow("empty") << QStringLiteral("<!-- style-rules:begin -->\n<!-- style-rules:end -->");
  }
  void brokenTableIsRejected() {
    QFETCH(QString, markdown);
    JapaneseStyle style;
    QString error;
    QVERIFY(!style.parse(markdown, &error));
    QVERIFY(!error.isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestTermList)
#include "tst_termlist.moc"
