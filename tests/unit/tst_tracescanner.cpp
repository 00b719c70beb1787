// TraceScanner finds the SIP messages in each kind of trace an engineer has
// (tests/data holds one hand-written trace per format); TraceSummary counts
// them per call; TraceExplainer puts SipRef's words to their codes.

#include "common/TestData.h"
#include "core/ContentStore.h"
#include "core/TraceExplainer.h"
#include "core/TraceScanner.h"
#include "core/TraceSummary.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace sipref;

namespace {

using test::readData;

/// Feeds `data` in pieces of `piece` bytes (0: all at once).
QList<TraceMessage> scan(const QByteArray &data, qsizetype piece = 0) {
  TraceScanner scanner;
  QList<TraceMessage> out;
  if (piece <= 0)
    piece = data.size();
  for (qsizetype i = 0; i < data.size(); i += piece) {
    scanner.feed(QByteArrayView(data.constData() + i, qMin(piece, data.size() - i)));
    out += scanner.takeMessages();
  }
  scanner.finish();
  out += scanner.takeMessages();
  return out;
}

/// One message as a line of text, so that a whole trace's expectation reads
/// like the trace: "36 | 486 Busy Here | a84b...@... | 314159 INVITE | Q.850:17:User busy".
QString row(const TraceMessage &m) {
  QStringList parts;
  parts << QString::number(m.line);
  parts << (m.isRequest() ? m.method
                          : QStringLiteral("%1 %2").arg(m.statusCode).arg(m.reasonPhrase).trimmed());
  parts << m.callId;
  parts << (m.cseq >= 0 ? QStringLiteral("%1 %2").arg(m.cseq).arg(m.cseqMethod) : QString());
  for (const TraceReason &r : m.reasons)
    parts << QStringLiteral("%1:%2:%3").arg(r.protocolName).arg(r.cause).arg(r.text);
  for (const TraceWarning &w : m.warnings)
    parts << QStringLiteral("W%1:%2:%3").arg(w.code).arg(w.agent, w.text);
  return parts.join(QStringLiteral(" | "));
}

QStringList rows(const QList<TraceMessage> &messages) {
  QStringList out;
  for (const TraceMessage &m : messages)
    out << row(m);
  return out;
}

} // namespace

class TestTraceScanner : public QObject {
  Q_OBJECT

  ContentStore m_store;

private slots:
  void initTestCase() { QVERIFY2(m_store.open(SIPREF_CONTENT_DB), qPrintable(m_store.errorString())); }

  void formats_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");

    const QString a = QStringLiteral("a84b4c76e66710@pc33.atlanta.example.com");
    const QString b = QStringLiteral("7f3e9a1c@192.0.2.55");
    // CRLF and LF, compact and lower-case headers, a folded Reason, two
    // Warning values, a message/sipfrag body, a message cut off at the end.
    QTest::newRow("raw SIP")
        << "raw.sip"
        << QStringList{
               "1 | INVITE | " + a + " | 314159 INVITE",
               "20 | 100 Trying | " + a + " | 314159 INVITE",
               "28 | 180 Ringing | " + a + " | 314159 INVITE",
               "36 | 486 Busy Here | " + a + " | 314159 INVITE | Q.850:17:User busy",
               "45 | ACK | " + a + " | 314159 ACK",
               "54 | invite | " + b + " | 1 INVITE",
               "62 | 407 Proxy Authentication Required | " + b + " | 1 INVITE",
               "71 | INVITE | " + b + " | 2 INVITE",
               "79 | 200 ok | " + b + " | 2 INVITE",
               "87 | BYE | " + b + " | 3 BYE | Q.850:16:Normal call clearing",
               "97 | 200 OK | " + b + " | 3 BYE",
               "103 | OPTIONS | opt-1@198.51.100.7 | 10 OPTIONS",
               "109 | 499 Rate Limited | opt-1@198.51.100.7 | 10 OPTIONS"
               " | W399:sbc.example.com:Too many requests from this address"
               " | W370:sbc.example.com:Insufficient bandwidth",
               "116 | NOTIFY | refer-77@pc33.atlanta.example.com | 5 NOTIFY",
               "126 | 200 OK | refer-77@pc33.atlanta.example.com | 5 NOTIFY",
               "132 | 503 Service Unavailable | gw-503@203.0.113.9 | 1 INVITE"
               " | SIP:503:Overloaded, try later | Q.850:42:Switching equipment congestion",
           };
    const QString s = QStringLiteral("0ba2cf53-9a0e-4a8c-b1d5-1d8c2b7e1f00");
    QTest::newRow("sngrep export") << "sngrep.txt"
                                   << QStringList{
                                          "2 | INVITE | " + s + " | 20611 INVITE",
                                          "25 | 100 Trying | " + s + " | 20611 INVITE",
                                          "36 | 183 Session Progress | " + s + " | 20611 INVITE",
                                          "47 | 480 Temporarily Unavailable | " + s +
                                              " | 20611 INVITE | Q.850:19:No answer from user (user alerted)",
                                          "59 | ACK | " + s + " | 20611 ACK",
                                      };
    QTest::newRow("sipp -trace_msg")
        << "sipp_messages.log"
        << QStringList{
               "4 | INVITE | 1-4401@192.0.2.5 | 1 INVITE",
               "27 | 100 Trying | 1-4401@192.0.2.5 | 1 INVITE",
               "39 | 603 Decline | 1-4401@192.0.2.5 | 1 INVITE | Q.850:21:Call rejected"
               " | W399:192.0.2.30:Destination blocked by policy",
               "53 | ACK | 1-4401@192.0.2.5 | 1 ACK",
           };
    const QString ast = QStringLiteral("6c3d4e2f-0b5a-4d7e-9c1a-2f3e4d5c6b7a");
    QTest::newRow("Asterisk full log")
        << "asterisk_full.log"
        << QStringList{
               "2 | INVITE | " + ast + " | 7421 INVITE",
               "15 | 100 Trying | " + ast + " | 7421 INVITE",
               "30 | 503 Service Unavailable | " + ast + " | 7421 INVITE | Q.850:34:",
               "42 | ACK | " + ast + " | 7421 ACK",
               "53 | BYE | 3c2b1a0f9e8d@203.0.113.40 | 102 BYE | Q.850:16:Normal Clearing",
               "67 | 200 OK | 3c2b1a0f9e8d@203.0.113.40 | 102 BYE",
           };
    const QString fs = QStringLiteral("ZjYzNjQ5ODQ1MjJhNmI0MmE4ZTk3YWFlYzI0ZmM");
    QTest::newRow("FreeSWITCH siptrace")
        << "freeswitch.log"
        << QStringList{
               "4 | INVITE | " + fs + " | 2 INVITE",
               "18 | 100 Trying | " + fs + " | 2 INVITE",
               "31 | 486 Busy Here | " + fs + " | 2 INVITE | Q.850:17:USER_BUSY",
               "44 | ACK | " + fs + " | 2 ACK",
           };
    QTest::newRow("Kamailio, journald prefix on every line")
        << "kamailio_journal.log"
        << QStringList{
               "2 | INVITE | kx8d0Qm3bT1a@192.0.2.61 | 101 INVITE",
               "11 | 404 Not Found | kx8d0Qm3bT1a@192.0.2.61 | 101 INVITE"
               " | Q.850:1:Unallocated (unassigned) number",
               "22 | REGISTER | reg-5f1c@192.0.2.62 | 8 REGISTER",
               "30 | 401 Unauthorized | reg-5f1c@192.0.2.62 | 8 REGISTER",
           };
    QTest::newRow("Kamailio, docker logs -t")
        << "kamailio_docker.log"
        << QStringList{
               "1 | 408 Request Timeout | dk-408@192.0.2.61 | 3 INVITE"
               " | SIP:408:Request Timeout",
               "8 | CANCEL | dk-487@192.0.2.61 | 4 CANCEL"
               " | Q.850:31:Normal, unspecified",
               "15 | 487 Request Terminated | dk-487@192.0.2.61 | 4 INVITE",
           };
    QTest::newRow("OpenSIPS, rsyslog #012")
        << "opensips_syslog.log"
        << QStringList{
               "2 | INVITE | 4f1a2b3c-os@203.0.113.77 | 1 INVITE",
               "3 | 606 Not Acceptable | 4f1a2b3c-os@203.0.113.77 | 1 INVITE"
               " | Q.850:65:Bearer capability not implemented"
               " | W304:sbc2.example.net:Media type not available",
           };
    const QString ts = QStringLiteral("1d2c3b4a5f6e7d8c@192.0.2.80");
    // The sipfrag in the NOTIFY's body is not a response of its own.
    QTest::newRow("tshark -V") << "tshark_V.txt"
                               << QStringList{
                                      "33 | INVITE | " + ts + " | 102 INVITE",
                                      "97 | 183 Session Progress | " + ts + " | 102 INVITE",
                                      "145 | 404 Not Found | " + ts +
                                          " | 102 INVITE | Q.850:1:Unallocated number",
                                      "197 | NOTIFY | xfer-22@192.0.2.80 | 3 NOTIFY",
                                  };
    QTest::newRow("tshark -O sip") << "tshark_O_sip.txt"
                                   << QStringList{
                                          "6 | INVITE | " + ts + " | 102 INVITE",
                                          "43 | 183 Session Progress | " + ts + " | 102 INVITE",
                                          "64 | 404 Not Found | " + ts +
                                              " | 102 INVITE | Q.850:1:Unallocated number",
                                          "89 | NOTIFY | xfer-22@192.0.2.80 | 3 NOTIFY",
                                      };
  }

  void formats() {
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const QStringList got = rows(scan(readData(file)));
    if (got != expected) {
      qWarning().noquote() << "got:\n  " + got.join(QStringLiteral("\n  "));
      qWarning().noquote() << "expected:\n  " + expected.join(QStringLiteral("\n  "));
    }
    QCOMPARE(got, expected);
  }

  /// The pieces the input arrives in change nothing, down to one byte at a time.
  void piecesDoNotMatter_data() { formats_data(); }
  void piecesDoNotMatter() {
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const QByteArray data = readData(file);
    for (qsizetype piece : {1, 2, 3, 7, 64, 4096})
      QCOMPARE(rows(scan(data, piece)), expected);
  }

  void countsBytesAndLines() {
    TraceScanner scanner;
    scanner.feed("SIP/2.0 200 OK\r\nCall-ID: x\r\n");
    scanner.feed("\r\nlast line without newline");
    scanner.finish();
    QCOMPARE(scanner.bytesScanned(), qint64(55));
    QCOMPARE(scanner.linesScanned(), qint64(4));
    QCOMPARE(scanner.takeMessages().size(), 1);
    QVERIFY(!scanner.hasMessages());
    scanner.reset();
    QCOMPARE(scanner.linesScanned(), qint64(0));
    scanner.feed("BYE sip:a@b SIP/2.0\n");
    scanner.finish();
    QCOMPARE(rows(scanner.takeMessages()), QStringList{"1 | BYE |  | "});
  }

  void notStartLines_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("Via") << QByteArray("Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1\n");
    QTest::newRow("no code") << QByteArray("SIP/2.0 OK\n");
    QTest::newRow("two digits") << QByteArray("SIP/2.0 48 Busy\n");
    QTest::newRow("class 7") << QByteArray("SIP/2.0 700 Nothing\n");
    QTest::newRow("four digits") << QByteArray("SIP/2.0 4860 Busy\n");
    QTest::newRow("word before") << QByteArray("XSIP/2.0 486 Busy Here\n");
    QTest::newRow("Kamailio debug") << QByteArray("DEBUG: parse_msg():  version: <SIP/2.0>\n");
    QTest::newRow("lower-case word, not a method")
        << QByteArray("forwarding to sip:bob@example.com SIP/2.0\n");
    QTest::newRow("no URI") << QByteArray("INVITE SIP/2.0\n");
    QTest::newRow("URI without scheme") << QByteArray("INVITE bob SIP/2.0\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("newlines") << QByteArray("\n\r\n\n");
  }
  void notStartLines() {
    QFETCH(QByteArray, text);
    QCOMPARE(rows(scan(text)), QStringList());
  }

  void startLinesAnyCaseAndPrefix_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower-case version") << QByteArray("sip/2.0 486 busy here\n") << "1 | 486 busy here |  | ";
    QTest::newRow("no phrase") << QByteArray("SIP/2.0 180\n") << "1 | 180 |  | ";
    QTest::newRow("tab") << QByteArray("SIP/2.0\t503\tService Unavailable\n")
                         << "1 | 503 Service Unavailable |  | ";
    QTest::newRow("arrow prefix") << QByteArray("12:00:01 <-- SIP/2.0 486 Busy Here\r\n")
                                  << "1 | 486 Busy Here |  | ";
    QTest::newRow("extension method")
        << QByteArray("[t1] PUBLISH-X sip:p@example.com SIP/2.0\n") << "1 | PUBLISH-X |  | ";
    QTest::newRow("UTF-8 phrase") << QByteArray("SIP/2.0 486 話中\n")
                                  << QString::fromUtf8("1 | 486 話中 |  | ");
  }
  void startLinesAnyCaseAndPrefix() {
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QCOMPARE(rows(scan(text)), QStringList{expected});
  }

  void foldedAndCompactHeaders() {
    const QByteArray text = "SIP/2.0 480 Temporarily Unavailable\r\n"
                            "i:\tfold-1@example.com\r\n"
                            "CSeq:\r\n"
                            "  7\r\n"
                            "\tINVITE\r\n"
                            "Warning: 399 proxy.example.com\r\n"
                            "   \"Callee not registered\"\r\n"
                            "\r\n";
    QCOMPARE(rows(scan(text)), QStringList{"1 | 480 Temporarily Unavailable | fold-1@example.com | 7 INVITE"
                                           " | W399:proxy.example.com:Callee not registered"});
  }

  void reasonValues() {
    const QByteArray text = "BYE sip:a@example.com SIP/2.0\n"
                            "Call-ID: r@x\n"
                            "Reason: Q.850;cause=16;text=\"Normal; \\\"clearing\\\", done\";location=LN\n"
                            "Reason: SIP ; cause = 200 ; text = \"Call completed elsewhere\"\n"
                            "Reason: X.int;cause=0x1f\n"
                            "Reason: preemption;cause=1;text=UnknownPreemption\n"
                            "\n";
    const QList<TraceMessage> messages = scan(text);
    QCOMPARE(messages.size(), 1);
    const QList<TraceReason> &r = messages.first().reasons;
    QCOMPARE(r.size(), 4);
    QCOMPARE(r.at(0).protocol, TraceReason::Protocol::Q850);
    QCOMPARE(r.at(0).cause, 16);
    QCOMPARE(r.at(0).text, QStringLiteral("Normal; \"clearing\", done"));
    QCOMPARE(r.at(1).protocol, TraceReason::Protocol::Sip);
    QCOMPARE(r.at(1).cause, 200);
    QCOMPARE(r.at(1).text, QStringLiteral("Call completed elsewhere"));
    QCOMPARE(r.at(2).protocol, TraceReason::Protocol::Other);
    QCOMPARE(r.at(2).protocolName, QStringLiteral("X.int"));
    QCOMPARE(r.at(2).cause, -1); // not a decimal number
    QCOMPARE(r.at(3).text, QStringLiteral("UnknownPreemption"));
  }

  void binaryJunkAndLongLines() {
    QByteArray data;
    QRandomGenerator random(42);
    for (int i = 0; i < 200000; ++i)
      data += char(random.bounded(256));
    data.replace('\n', 'x'); // one line of 200 KB of junk, NULs included
    data += "\nSIP/2.0 486 Busy Here\r\nCall-ID: after-junk\r\n\r\n";
    for (int i = 0; i < 5000; ++i)
      data += char(random.bounded(256));
    const QStringList expected{"2 | 486 Busy Here | after-junk | "};
    QCOMPARE(rows(scan(data)), expected);
    QCOMPARE(rows(scan(data, 1000)), expected);
  }

  void truncatedMessage() {
    QCOMPARE(rows(scan("SIP/2.0 500 Server Internal Error\r\nCall-ID: cut@x\r\nCSeq: 9")),
             QStringList{"1 | 500 Server Internal Error | cut@x | 9 "});
    QCOMPARE(rows(scan("SIP/2.0 500 Server Internal Error\r\nCall-")),
             QStringList{"1 | 500 Server Internal Error |  | "});
  }

  void summaryCountsPerTransaction() {
    // A 486 retransmitted until the ACK came: three rows, one final response.
    QByteArray text;
    const QByteArray busy = "SIP/2.0 486 Busy Here\nCall-ID: c1\nCSeq: 1 INVITE\n"
                            "Reason: Q.850;cause=17\n\n";
    text += "INVITE sip:b@example.com SIP/2.0\nCall-ID: c1\nCSeq: 1 INVITE\n\n";
    text += busy + busy + busy;
    text += "ACK sip:b@example.com SIP/2.0\nCall-ID: c1\nCSeq: 1 ACK\n\n";
    text += "SIP/2.0 200 OK\nCall-ID: c2\nCSeq: 5 INVITE\n\n";
    text += "BYE sip:a@example.com SIP/2.0\nCall-ID: c2\nCSeq: 6 BYE\nReason: Q.850;cause=16\n\n";
    text += "SIP/2.0 499 Whatever\n\n"; // no Call-ID
    TraceSummary summary;
    summary.add(scan(text));
    QCOMPARE(summary.messageCount(), 8);
    QCOMPARE(row(summary.message(3)), QStringLiteral("15 | 486 Busy Here | c1 | 1 INVITE | Q.850:17:"));
    QCOMPARE(summary.lineOf(5), qint64(24));
    QCOMPARE(summary.callCount(), 2);
    QCOMPARE(summary.calls().size(), 3);
    QCOMPARE(summary.requestCount(), 3);
    QCOMPARE(summary.responseCount(), 5);
    QCOMPARE(summary.finalResponses(), (QMap<int, int>{{200, 1}, {486, 1}, {499, 1}}));
    QCOMPARE(summary.q850Causes(), (QMap<int, int>{{16, 1}, {17, 1}}));
    const TraceCall &c1 = summary.calls().at(0);
    QCOMPARE(c1.callId, QStringLiteral("c1"));
    QCOMPARE(c1.messages, (QList<int>{0, 1, 2, 3, 4}));
    QCOMPARE(c1.outcomeCode, 486);
    QVERIFY(!c1.answered);
    QCOMPARE(c1.q850Causes, QList<int>{17});
    const TraceCall &c2 = summary.calls().at(1);
    QCOMPARE(c2.outcomeCode, 200);
    QVERIFY(c2.answered);
    QVERIFY(c2.byeSeen);
    QCOMPARE(summary.callOf(6), 1);
    QCOMPARE(summary.calls().at(2).callId, QString());
  }

  void outcomeOfAChallengedCall() {
    TraceSummary summary;
    summary.add(rowsFromFile("raw.sip"));
    const TraceExplainer explainer(m_store, Language::English);
    QStringList outcomes;
    for (const TraceCall &c : summary.calls())
      outcomes << explainer.outcomeText(c);
    QCOMPARE(outcomes, (QStringList{"Failed (486 Busy Here)", "Answered (200 ok), ended by BYE",
                                    "OPTIONS: 499 Rate Limited", "NOTIFY: 200 OK",
                                    "Failed (503 Service Unavailable)"}));
    // 200 answers the INVITE, the BYE and the NOTIFY.
    QCOMPARE(summary.finalResponses(), (QMap<int, int>{{200, 3}, {407, 1}, {486, 1}, {499, 1}, {503, 1}}));
    QCOMPARE(summary.q850Causes(), (QMap<int, int>{{16, 1}, {17, 1}, {42, 1}}));
    QCOMPARE(summary.warningCodes(), (QMap<int, int>{{370, 1}, {399, 1}}));
  }

  void explainerFlagsUnregisteredCodes() {
    const TraceExplainer en(m_store, Language::English);
    QCOMPARE(en.unregisteredNote(EntryRef{Registry::Sip, 499}),
             QStringLiteral("499 is not a registered SIP response code; its class is 4xx, client failure."));
    QCOMPARE(en.unregisteredNote(EntryRef{Registry::Sip, 486}), QString());
    QVERIFY(en.unregisteredNote(EntryRef{Registry::Q850, 200}).contains(QStringLiteral("out of range")));
    QVERIFY(en.unregisteredNote(EntryRef{Registry::Warning, 388}).contains(QStringLiteral("388")));
    QVERIFY(en.isRegistered(EntryRef{Registry::Q850, 17}));
    QVERIFY(!en.isRegistered(EntryRef{Registry::Sip, 499}));

    TraceSummary summary;
    summary.add(rowsFromFile("raw.sip"));
    QCOMPARE(en.notes(summary),
             QStringList{"499 is not a registered SIP response code; its class is 4xx, client failure."});
  }

  void explainerWords() {
    const TraceExplainer en(m_store, Language::English);
    QCOMPARE(en.phraseIfDifferent(486, QStringLiteral("busy  here")), QString());
    QCOMPARE(en.phraseIfDifferent(486, QStringLiteral("Besetzt")), QStringLiteral("Busy Here"));
    QCOMPARE(en.phraseIfDifferent(499, QStringLiteral("Whatever")), QString());
    TraceReason r;
    r.protocol = TraceReason::Protocol::Q850;
    r.protocolName = QStringLiteral("Q.850");
    r.cause = 17;
    r.text = QStringLiteral("USER_BUSY");
    QCOMPARE(en.reasonText(r), QStringLiteral("Q.850 cause 17 \"USER_BUSY\" — User busy"));
    QCOMPARE(TraceExplainer::refFor(r), (EntryRef{Registry::Q850, 17}));
    TraceWarning w;
    w.code = 399;
    w.agent = QStringLiteral("sbc");
    QVERIFY(en.warningText(w).startsWith(QStringLiteral("Warning 399 sbc — ")));

    const TraceExplainer ja(m_store, Language::Japanese);
    QVERIFY(!ja.title(EntryRef{Registry::Q850, 17}).isEmpty());
    QVERIFY(ja.title(EntryRef{Registry::Q850, 17}) != en.title(EntryRef{Registry::Q850, 17}));
  }

private:
  static QList<TraceMessage> rowsFromFile(const char *name) {
    return scan(readData(QString::fromLatin1(name)));
  }
};

QTEST_GUILESS_MAIN(TestTraceScanner)
#include "tst_tracescanner.moc"
