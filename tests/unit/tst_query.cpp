// Query::fromString understands each kind of input an engineer types or pastes.

#include "core/Query.h"
#include "core/SearchText.h"

#include <QtTest>

using namespace sipref;
using Kind = Query::Kind;

namespace {

/// What Query::fromString made of an input, as the table below writes it:
/// "code 486 sip exact", "code 48 any", "class 4", "text Busy | here", "empty".
QString describe(const Query &q) {
  switch (q.kind) {
  case Kind::Code:
    return QStringLiteral("code %1 %2%3")
        .arg(q.code())
        .arg(q.registry ? registryKey(*q.registry) : QStringLiteral("any"),
             q.exactOnly ? QStringLiteral(" exact") : QString());
  case Kind::Class:
    return QStringLiteral("class %1").arg(q.classDigit);
  case Kind::Text:
    return QStringLiteral("text ") + q.terms.join(QStringLiteral(" | "));
  case Kind::Empty:
    break;
  }
  return QStringLiteral("empty");
}

} // namespace

class TestQuery : public QObject {
  Q_OBJECT

private slots:
  void kinds_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *input, const char *expected) {
      QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(expected);
    };
    // Codes: a bare number means any registry and works as a prefix; a pasted
    // line, a header or a word that names the registry asks for that code only.
    row("full code", "486", "code 486 any");
    row("prefix", "48", "code 48 any");
    row("one digit", "4", "code 4 any");
    row("spaces", "  486  ", "code 486 any");
    row("full-width digits", "４８６", "code 486 any");
    row("status line", "SIP/2.0 486 Busy Here", "code 486 sip exact");
    row("lower-case status line", "sip/2.0 180 ringing", "code 180 sip exact");
    row("code and phrase", "486 Busy Here", "code 486 sip exact");
    row("cause word", "cause 17", "code 17 q850 exact");
    row("q850 word", "q850 17", "code 17 q850 exact");
    row("Q.850 word", "Q.850 34", "code 34 q850 exact");
    row("Q.850;cause=", "Q.850;cause=17", "code 17 q850 exact");
    row("Reason header", "Reason: Q.850;cause=17;text=\"User busy\"", "code 17 q850 exact");
    row("Reason SIP", "Reason: SIP;cause=480;text=\"Temporarily Unavailable\"", "code 480 sip exact");
    row("warning word", "warning 399", "code 399 warning exact");
    row("cause code", "cause code 34", "code 34 q850 exact");
    row("ISDN cause", "ISDN cause 16", "code 16 q850 exact");
    row("Q.850 cause", "Q.850 cause 41", "code 41 q850 exact");
    row("hangupcause=", "hangupcause=17", "code 17 q850 exact");
    row("HANGUPCAUSE N", "HANGUPCAUSE 21", "code 21 q850 exact");
    row("X-Asterisk-HangupCauseCode", "X-Asterisk-HangupCauseCode: 18", "code 18 q850 exact");
    row("SIP N", "SIP 486", "code 486 sip exact");
    row("HANGUPCAUSE tech", "SIP 486 Busy Here", "code 486 sip exact");
    row("AMI Cause", "Cause: 16", "code 16 q850 exact");
    row("Warning header", "Warning: 399 sbc.example.com \"Codec mismatch\"", "code 399 warning exact");
    // Classes.
    row("4xx", "4xx", "class 4");
    row("4XX", "4XX", "class 4");
    row("6xx", " 6xx ", "class 6");
    row("full-width", "５ｘｘ", "class 5");
    // Words, searched for in the texts.
    row("word", "busy", "text busy");
    row("two words", "Busy  here", "text Busy | here");
    row("japanese", "ビジー", "text ビジー");
    row("japanese two chars", "認証", "text 認証");
    row("quotes dropped", "\"busy here\"", "text busy | here");
    row("fts syntax kept as words", "busy NEAR here*", "text busy | NEAR | here*");
    row("7xx is not a class", "7xx", "text 7xx");
    row("four digits are text", "4860", "text 4860");
    row("control characters dropped", "bu\x01sy\x7f", "text busy");
    row("Hangup Cause:", "Hangup Cause: normal_clearing", "text NORMAL_CLEARING");
    row("variable_hangup_cause", "variable_hangup_cause: [CALL_REJECTED]", "text CALL_REJECTED");
    row("DIALSTATUS", "DIALSTATUS = busy", "text DIALSTATUS=BUSY");
    row("${DIALSTATUS}", "${DIALSTATUS}=CHANUNAVAIL", "text DIALSTATUS=CHANUNAVAIL");
    row("X-Asterisk-HangupCause", "X-Asterisk-HangupCause: Normal Clearing", "text Normal | Clearing");
    row("AMI Cause-txt", "Cause-txt: User busy", "text User | busy");
    // Whole lines pasted from logs: the code of a status line, the cause name
    // of a FreeSWITCH hangup line.
    row("status line in a log", "2026-11-25 12:00:01 <-- SIP/2.0 503 Service Unavailable",
        "code 503 sip exact");
    row("FreeSWITCH hangup line",
        "2026-11-30 10:15:02.123456 [NOTICE] switch_channel.c:1104 Hangup sofia/internal/1001@10.0.0.1 "
        "[CS_EXECUTE] [USER_BUSY]",
        "text USER_BUSY");
    // Nothing to search for.
    row("nothing", "", "empty");
    row("only spaces", "   \t  ", "empty");
    row("only quotes", "\"\"\"", "empty");
    row("only control", "\x01\x02\x03", "empty");
  }
  void kinds() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(describe(Query::fromString(input)), expected);
  }

  void asteriskCauseTextNamesQ850() {
    const Query q = Query::fromString(QStringLiteral("X-Asterisk-HangupCause: User busy"));
    QCOMPARE(q.kind, Query::Kind::Text);
    QVERIFY(q.registry);
    QCOMPARE(*q.registry, Registry::Q850);
  }

  void prefixKeepsDigits() { QCOMPARE(Query::fromString("48").digits, QStringLiteral("48")); }

  void longInputIsBounded() {
    const Query q = Query::fromString(QString(10000, u'a'));
    QCOMPARE(q.kind, Kind::Text);
    QVERIFY(q.normalized.size() <= 512);
    const Query many = Query::fromString(QStringLiteral("word ").repeated(2000));
    QVERIFY(many.terms.size() <= 8);
  }

  void wordIndexCutsJapaneseIntoPairs() {
    using namespace searchtext;
    QCOMPARE(segmentForWordIndex("認証情報").simplified(), QStringLiteral("認証 証情 情報 報"));
    QCOMPARE(segmentForWordIndex("SIPトランクの認証").simplified(),
             QStringLiteral("SIP トラ ラン ンク クの の認 認証 証"));
    QCOMPARE(segmentForWordIndex("Busy Here").simplified(), QStringLiteral("Busy Here"));
    QCOMPARE(segmentForWordIndex("ビ").simplified(), QStringLiteral("ビ"));
    QVERIFY(isJapaneseCharacter(U'ー'));
    QVERIFY(!isJapaneseCharacter(U'a'));
  }

  void wordPrefixQueries() {
    using namespace searchtext;
    QCOMPARE(wordPrefixQuery("認証"), QStringLiteral("\"認証\"*"));
    QCOMPARE(wordPrefixQuery("認証情"), QStringLiteral("\"認証\"* AND \"証情\"*"));
    QCOMPARE(wordPrefixQuery("sipト"), QStringLiteral("\"sip\"* AND \"ト\"*"));
    QCOMPARE(wordPrefixQuery("ビ"), QStringLiteral("\"ビ\"*"));
    QCOMPARE(wordPrefixQuery("ok"), QStringLiteral("\"ok\"*"));
    QCOMPARE(wordPrefixQuery("\"*"), QString());
    QCOMPARE(wordPrefixQuery("a-"), QStringLiteral("\"a\"*"));
    QCOMPARE(quoted("a\"b"), QStringLiteral("\"a\"\"b\""));
  }

  void truncationKeepsSurrogatePairs() {
    QString s = QString(511, u'a') + QString::fromUtf8("😀😀");
    const Query q = Query::fromString(s);
    QVERIFY(!q.normalized.back().isHighSurrogate());
  }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
