// The Japanese term list and typography rules of resources/content/STYLE-ja.md:
// the check catches each listed wrong variant (and lets the listed exceptions
// through), and the shipped content and UI translation pass it.

#include "tools/contentc/JapaneseStyle.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sipref;

namespace {

QString sourcePath(const QString &relative) {
  return QStringLiteral(SIPREF_SOURCE_DIR "/") + relative;
}

QByteArray readFile(const QString &path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    qFatal("cannot read %s", qPrintable(path));
  return f.readAll();
}

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
    auto row = [](const char *name, const char *text, const char *field, const char *listOf,
                  const char *use) {
      QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(field) << QString::fromUtf8(listOf)
                          << QString::fromUtf8(use);
    };
    row("コール", "発信したコールが切れる。", "meaning", "", "呼");
    row("レスポンス", "SIP レスポンスを返す。", "meaning", "", "応答");
    row("要求 for request", "SIP の要求を送った理由を示す。", "meaning", "", "リクエスト");
    row("理由フレーズ", "理由フレーズを読む。", "meaning", "", "Reason-Phrase");
    row("reason phrase", "reason phrase を読む。", "meaning", "", "Reason-Phrase");
    row("ビジー in prose", "着信者がビジーのとき。", "meaning", "", "話中");
    row("cause in prose", "この cause を送る装置。", "meaning", "", "理由表示");
    row("切断理由", "切断理由の統計。", "meaning", "", "理由表示");
    row("リトライ", "あとでリトライする。", "retry", "", "再送（retransmission）／再試行（retry）");
    row("付けて再送", "認証情報を付けて再送する。", "retry", "", "再送（retransmission）／再試行（retry）");
    row("資格情報", "資格情報を確認する。", "todo", "", "認証情報");
    row("アンサ", "アンサを返す。", "meaning", "", "オファー／アンサー");
    row("タイマー", "無応答タイマーが満了する。", "when", "",
        "長音符なし（タイマ、ベンダ、ユーザ、サーバ…）");
    row("ベンダー", "ベンダーに報告する。", "todo", "", "長音符なし（タイマ、ベンダ、ユーザ、サーバ…）");
    row("フェイルオーバー", "フェイルオーバーさせる。", "todo", "",
        "長音符なし（タイマ、ベンダ、ユーザ、サーバ…）");
    row("おやすみモード", "おやすみモードの端末。", "meaning", "", "応答不可（DND）");
    row("着信拒否（DND）", "着信拒否（DND）の扱い。", "meaning", "", "応答不可（DND）");
    row("一時停止", "一時停止中の呼。", "summary", "", "中断／再開");
    row("転送層", "転送層のエラー。", "meaning", "", "トランスポート");
    row("未実装", "伝達能力未実装。", "name", "", "未提供");
    row("インタワーク", "インタワーク", "", "", "インタワーキング");
    row("no space", "SIPトランクで", "meaning", "", "英数字と日本語の間に空白");
    row("no space after", "トランク1本", "meaning", "", "英数字と日本語の間に空白");
    row("half-width parentheses", "呼 (話中) を返す", "meaning", "", "補足は全角括弧（　）");
    row("half-width paren touching", "480(Temporarily Unavailable)を返す", "meaning", "",
        "補足は全角括弧（　）");
    row("list item without 。", "トランクを確認する", "todo", "todo", "箇条書きの項目は「。」で終える");
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
    auto row = [](const char *name, const char *text, const char *field, const char *listOf) {
      QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(field) << QString::fromUtf8(listOf);
    };
    row("ロボコール", "ロボコール対策で拒否する。", "meaning", "");
    row("コールセンタ", "コールセンタの基盤。", "meaning", "");
    row("cause label", "cause 17 と Reason: Q.850;cause=17 を返す。", "meaning", "");
    row("cause parameter", "History-Info の cause パラメータを見る。", "meaning", "");
    row("ISUP Cause Indicators", "ISUP の Cause Indicators を見る。", "meaning", "");
    row("ビジー in a name", "着ユーザビジー", "name", "");
    row("code parentheses", "Asterisk の Dial() で CALLERID(pres) を設定する。", "todo", "todo");
    row("accelerator", "ファイル(&F)", "", "");
    row("full-width aside", "480（Temporarily Unavailable）を返す。", "meaning", "");
    row("summary without 。", "呼は話中", "summary", "");
    row("オファー/アンサー", "オファーとアンサー。", "meaning", "");
    row("再送 of a retransmission", "INVITE の再送が止まらない。", "when", "when");
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
