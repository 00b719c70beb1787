// Query::fromString understands each kind of input an engineer types or pastes.

#include "core/Query.h"
#include "core/SearchText.h"

#include <QtTest>

using namespace sipref;
using Kind = Query::Kind;

class TestQuery : public QObject {
  Q_OBJECT

private slots:
  void codes_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("registry"); // -1: any
    QTest::addColumn<bool>("exactOnly");
    QTest::newRow("full code") << "486" << 486 << -1 << false;
    QTest::newRow("prefix") << "48" << 48 << -1 << false;
    QTest::newRow("one digit") << "4" << 4 << -1 << false;
    QTest::newRow("spaces") << "  486  " << 486 << -1 << false;
    QTest::newRow("full-width digits") << "４８６" << 486 << -1 << false;
    QTest::newRow("status line") << "SIP/2.0 486 Busy Here" << 486 << int(Registry::Sip) << true;
    QTest::newRow("status line in a log")
        << "2026-11-25 12:00:01 <-- SIP/2.0 503 Service Unavailable" << 503 << int(Registry::Sip) << true;
    QTest::newRow("lower-case status line") << "sip/2.0 180 ringing" << 180 << int(Registry::Sip) << true;
    QTest::newRow("code and phrase") << "486 Busy Here" << 486 << int(Registry::Sip) << true;
    QTest::newRow("cause word") << "cause 17" << 17 << int(Registry::Q850) << true;
    QTest::newRow("q850 word") << "q850 17" << 17 << int(Registry::Q850) << true;
    QTest::newRow("Q.850 word") << "Q.850 34" << 34 << int(Registry::Q850) << true;
    QTest::newRow("Q.850;cause=") << "Q.850;cause=17" << 17 << int(Registry::Q850) << true;
    QTest::newRow("Reason header")
        << "Reason: Q.850;cause=17;text=\"User busy\"" << 17 << int(Registry::Q850) << true;
    QTest::newRow("Reason SIP") << "Reason: SIP;cause=480;text=\"Temporarily Unavailable\"" << 480
                                << int(Registry::Sip) << true;
    QTest::newRow("warning word") << "warning 399" << 399 << int(Registry::Warning) << true;
    QTest::newRow("cause code") << "cause code 34" << 34 << int(Registry::Q850) << true;
    QTest::newRow("ISDN cause") << "ISDN cause 16" << 16 << int(Registry::Q850) << true;
    QTest::newRow("Q.850 cause") << "Q.850 cause 41" << 41 << int(Registry::Q850) << true;
    QTest::newRow("hangupcause=") << "hangupcause=17" << 17 << int(Registry::Q850) << true;
    QTest::newRow("HANGUPCAUSE N") << "HANGUPCAUSE 21" << 21 << int(Registry::Q850) << true;
    QTest::newRow("X-Asterisk-HangupCauseCode")
        << "X-Asterisk-HangupCauseCode: 18" << 18 << int(Registry::Q850) << true;
    QTest::newRow("SIP N") << "SIP 486" << 486 << int(Registry::Sip) << true;
    QTest::newRow("HANGUPCAUSE tech") << "SIP 486 Busy Here" << 486 << int(Registry::Sip) << true;
    QTest::newRow("AMI Cause") << "Cause: 16" << 16 << int(Registry::Q850) << true;
    QTest::newRow("Warning header") << "Warning: 399 sbc.example.com \"Codec mismatch\"" << 399
                                    << int(Registry::Warning) << true;
  }
  void codes() {
    QFETCH(QString, input);
    QFETCH(int, code);
    QFETCH(int, registry);
    QFETCH(bool, exactOnly);
    const Query q = Query::fromString(input);
    QCOMPARE(q.kind, Kind::Code);
    QCOMPARE(q.code(), code);
    QCOMPARE(q.exactOnly, exactOnly);
    if (registry < 0)
      QVERIFY(!q.registry.has_value());
    else
      QCOMPARE(int(q.registry.value_or(Registry::Sip)), registry);
  }

  void asteriskCauseTextNamesQ850() {
    const Query q = Query::fromString(QStringLiteral("X-Asterisk-HangupCause: User busy"));
    QCOMPARE(q.kind, Query::Kind::Text);
    QVERIFY(q.registry);
    QCOMPARE(*q.registry, Registry::Q850);
  }

  void prefixKeepsDigits() { QCOMPARE(Query::fromString("48").digits, QStringLiteral("48")); }

  void classes_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("digit");
    QTest::newRow("4xx") << "4xx" << 4;
    QTest::newRow("4XX") << "4XX" << 4;
    QTest::newRow("6xx") << " 6xx " << 6;
    QTest::newRow("full-width") << "５ｘｘ" << 5;
  }
  void classes() {
    QFETCH(QString, input);
    QFETCH(int, digit);
    const Query q = Query::fromString(input);
    QCOMPARE(q.kind, Kind::Class);
    QCOMPARE(q.classDigit, digit);
  }

  void text_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("word") << "busy" << QStringList{"busy"};
    QTest::newRow("two words") << "Busy  here" << QStringList{"Busy", "here"};
    QTest::newRow("japanese") << "ビジー" << QStringList{"ビジー"};
    QTest::newRow("japanese two chars") << "認証" << QStringList{"認証"};
    QTest::newRow("quotes dropped") << "\"busy here\"" << QStringList{"busy", "here"};
    QTest::newRow("fts syntax kept as words") << "busy NEAR here*" << QStringList{"busy", "NEAR", "here*"};
    QTest::newRow("7xx is not a class") << "7xx" << QStringList{"7xx"};
    QTest::newRow("four digits are text") << "4860" << QStringList{"4860"};
    QTest::newRow("control characters dropped") << QString("bu\x01sy\x7f") << QStringList{"busy"};
    QTest::newRow("FreeSWITCH hangup line")
        << "2026-11-30 10:15:02.123456 [NOTICE] switch_channel.c:1104 Hangup sofia/internal/1001@10.0.0.1 "
           "[CS_EXECUTE] [USER_BUSY]"
        << QStringList{"USER_BUSY"};
    QTest::newRow("Hangup Cause:") << "Hangup Cause: normal_clearing" << QStringList{"NORMAL_CLEARING"};
    QTest::newRow("variable_hangup_cause")
        << "variable_hangup_cause: [CALL_REJECTED]" << QStringList{"CALL_REJECTED"};
    QTest::newRow("DIALSTATUS") << "DIALSTATUS = busy" << QStringList{"DIALSTATUS=BUSY"};
    QTest::newRow("${DIALSTATUS}") << "${DIALSTATUS}=CHANUNAVAIL" << QStringList{"DIALSTATUS=CHANUNAVAIL"};
    QTest::newRow("X-Asterisk-HangupCause")
        << "X-Asterisk-HangupCause: Normal Clearing" << QStringList{"Normal", "Clearing"};
    QTest::newRow("AMI Cause-txt") << "Cause-txt: User busy" << QStringList{"User", "busy"};
  }
  void text() {
    QFETCH(QString, input);
    QFETCH(QStringList, terms);
    const Query q = Query::fromString(input);
    QCOMPARE(q.kind, Kind::Text);
    QCOMPARE(q.terms, terms);
  }

  void emptyInputs_data() {
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("spaces") << "   \t  ";
    QTest::newRow("only quotes") << "\"\"\"";
    QTest::newRow("only control") << QString("\x01\x02\x03");
  }
  void emptyInputs() {
    QFETCH(QString, input);
    QCOMPARE(Query::fromString(input).kind, Kind::Empty);
  }

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
    QVERIFY(isCjk(U'ー'));
    QVERIFY(!isCjk(U'a'));
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
