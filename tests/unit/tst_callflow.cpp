// CallFlow: the ladder of a call (participants, arrows, retransmissions),
// its timing, the patterns that no single code names, and the diagnosis in
// words from the content; log-line mentions with no false hits; the call
// list as CSV; the same from real logs in tests/data.

#include "common/TestData.h"
#include "core/CallFlow.h"
#include "core/ContentStore.h"
#include "core/TraceExplainer.h"
#include "core/TraceReader.h"
#include "core/TraceScanner.h"
#include "core/TraceSummary.h"

#include <QtTest>

#include <cstdio>
#include <random>
#include <thread>

using namespace sipref;

namespace {

using test::readData;

/// Scans text into a summary (messages and mentions).
TraceSummary summarize(const QByteArray &data) {
  TraceScanner scanner;
  TraceSummary summary;
  scanner.feed(data);
  scanner.finish();
  summary.add(scanner.takeMessages());
  summary.addMentions(scanner.takeMentions());
  return summary;
}

constexpr double kT0 = 1764072000.0; // 2025-11-25 12:00:00 UTC

/// Builds a call as a capture would give it: addresses and times set.
class CallBuilder {
public:
  explicit CallBuilder(QString callId = QStringLiteral("c1@test")) : m_callId(std::move(callId)) {}

  CallBuilder &request(double t, const char *from, const char *to, const char *method, qint64 cseq,
                       const char *cseqMethod = nullptr) {
    TraceMessage m = base(t, from, to, cseq, cseqMethod ? cseqMethod : method);
    m.kind = TraceMessage::Kind::Request;
    m.method = QString::fromLatin1(method);
    m_messages << m;
    return *this;
  }
  CallBuilder &response(double t, const char *from, const char *to, int code, const char *phrase, qint64 cseq,
                        const char *cseqMethod = "INVITE") {
    TraceMessage m = base(t, from, to, cseq, cseqMethod);
    m.kind = TraceMessage::Kind::Response;
    m.statusCode = code;
    m.reasonPhrase = QString::fromLatin1(phrase);
    m_messages << m;
    return *this;
  }
  /// Changes the last message.
  TraceMessage &last() { return m_messages.last(); }
  TraceSummary summary() const {
    TraceSummary s;
    s.add(m_messages);
    return s;
  }

private:
  TraceMessage base(double t, const char *from, const char *to, qint64 cseq, const char *cseqMethod) {
    TraceMessage m;
    m.line = ++m_line;
    m.callId = m_callId;
    m.cseq = cseq;
    m.cseqMethod = QString::fromLatin1(cseqMethod);
    m.time = t < 0 ? -1 : kT0 + t;
    m.source = QString::fromLatin1(from);
    m.destination = QString::fromLatin1(to);
    m.from = QStringLiteral("\"Alice\" <sip:alice@a.example>;tag=1");
    m.to = QStringLiteral("<sip:bob@b.example>");
    return m;
  }
  QString m_callId;
  QList<TraceMessage> m_messages;
  qint64 m_line = 0;
};

const char *const A = "192.0.2.1:5060";
const char *const P = "192.0.2.2:5060";
const char *const B = "192.0.2.3:5062";

QStringList arrows(const CallFlow &flow) {
  QStringList out;
  for (const FlowStep &s : flow.steps())
    out << QStringLiteral("%1>%2 %3%4")
               .arg(s.from)
               .arg(s.to)
               .arg(CallFlowWriter::stepLabel(s), s.retransmission ? QStringLiteral(" *") : QString());
  return out;
}

} // namespace

class TestCallFlow : public QObject {
  Q_OBJECT

  ContentStore m_store;

private slots:
  void initTestCase() { QVERIFY2(m_store.open(SIPREF_CONTENT_DB), qPrintable(m_store.errorString())); }

  void ladderTimingAndFinalResponder() {
    CallBuilder c;
    c.request(0, A, P, "INVITE", 1)
        .response(0.010, P, A, 100, "Trying", 1)
        .request(0.012, P, B, "INVITE", 1)
        .response(1.2, B, P, 180, "Ringing", 1)
        .response(1.21, P, A, 180, "Ringing", 1)
        .response(6.2, B, P, 486, "Busy Here", 1);
    c.last().userAgent = QStringLiteral("Yealink SIP-T46S");
    c.last().reasons << TraceReason{TraceReason::Protocol::Q850, QStringLiteral("Q.850"), 17,
                                    QStringLiteral("User busy")};
    c.response(6.21, P, A, 486, "Busy Here", 1).request(6.22, A, P, "ACK", 1);
    const TraceSummary s = c.summary();
    const CallFlow flow = CallFlow::build(s, 0);
    QCOMPARE(flow.participants().size(), 3);
    QCOMPARE(flow.participants().at(0).address, QString::fromLatin1(A));
    QCOMPARE(flow.participants().at(2).agent, QStringLiteral("Yealink SIP-T46S"));
    QCOMPARE(arrows(flow),
             (QStringList{"0>1 INVITE", "1>0 100 Trying", "1>2 INVITE", "2>1 180 Ringing", "1>0 180 Ringing",
                          "2>1 486 Busy Here", "1>0 486 Busy Here", "0>1 ACK"}));
    QCOMPARE(flow.from(), QStringLiteral("\"Alice\" <sip:alice@a.example>"));
    // The deciding response is the first 486, sent by the callee.
    QCOMPARE(flow.finalStep(), 5);
    QCOMPARE(flow.steps().at(5).from, 2);
    QCOMPARE(qRound(flow.steps().at(5).gap * 1000), 4990);
    const CallTiming &t = flow.timing();
    QCOMPARE(qRound(t.postDialDelay * 1000), 1200);
    QCOMPARE(qRound(t.ringTime * 1000), 5000);
    QCOMPARE(qRound(t.timeToFinal * 1000), 6200);
    QCOMPARE(t.duration, -1.0);
    QVERIFY(flow.patterns().isEmpty());

    // The diagnosis, in English, from the content.
    const TraceExplainer x(m_store, Language::English);
    const CallFlowWriter w(x);
    const CallDiagnosis d = w.diagnose(flow, s.calls().at(0));
    QVERIFY(d.problem);
    QCOMPARE(d.headline, QStringLiteral("Failed (486 Busy Here)"));
    QCOMPARE(d.findings.at(0),
             QStringLiteral("486 Busy Here was sent by 192.0.2.3:5062 (Yealink SIP-T46S)."));
    const Entry busy = *m_store.entry({Registry::Sip, 486});
    QVERIFY(d.findings.contains(QStringLiteral("486 Busy Here: ") + busy.en.summary));
    QVERIFY(d.findings.contains(QStringLiteral("Its Reason header: Q.850 cause 17 \"User busy\".")));
    QCOMPARE(d.checks, busy.en.todo.mid(0, 3));
    // In Japanese the content's texts come in Japanese.
    const TraceExplainer xj(m_store, Language::Japanese);
    const CallDiagnosis dj = CallFlowWriter(xj).diagnose(flow, s.calls().at(0));
    QCOMPARE(dj.checks, busy.ja.todo.mid(0, 3));
  }

  void diagnosisInSharedUseOnTwoThreads() {
    // While a SharedUse exists, two threads diagnose with one explainer and
    // get what one thread gets; afterwards the explainer looks codes up again.
    CallBuilder c;
    c.request(0, A, B, "INVITE", 1).response(0.5, B, A, 486, "Busy Here", 1);
    c.last().reasons << TraceReason{TraceReason::Protocol::Q850, QStringLiteral("Q.850"), 17,
                                    QStringLiteral("User busy")};
    c.last().warnings << TraceWarning{399, QStringLiteral("b.example"), QStringLiteral("All lines in use")};
    c.request(0.6, A, B, "ACK", 1);
    const TraceSummary s = c.summary();
    const CallFlow flow = CallFlow::build(s, 0);
    const TraceExplainer alone(m_store, Language::English);
    const CallDiagnosis expected = CallFlowWriter(alone).diagnose(flow, s.calls().at(0));
    QVERIFY(expected.findings.size() >= 5); // sender, 486, Reason, cause 17, Warning, 399

    const TraceExplainer x(m_store, Language::English);
    const CallFlowWriter w(x);
    {
      const TraceExplainer::SharedUse shared(x, s);
      CallDiagnosis other;
      std::thread thread([&] {
        for (int i = 0; i < 200; ++i)
          other = w.diagnose(flow, s.calls().at(0));
      });
      CallDiagnosis here;
      for (int i = 0; i < 200; ++i)
        here = w.diagnose(flow, s.calls().at(0));
      thread.join();
      for (const CallDiagnosis &d : {here, other}) {
        QCOMPARE(d.headline, expected.headline);
        QCOMPARE(d.findings, expected.findings);
        QCOMPARE(d.checks, expected.checks);
      }
      QCOMPARE(x.outcomeText(s.calls().at(0)), QStringLiteral("Failed (486 Busy Here)"));
    }
    // A code no message gave is looked up once the shared use has ended.
    QVERIFY(x.isRegistered(EntryRef{Registry::Sip, 404}));
    QCOMPARE(x.title(EntryRef{Registry::Q850, 16}), m_store.entry({Registry::Q850, 16})->title(Language::English));
  }

  void durationsRoundAsPrintf() {
    // Seconds are written with 2 decimals below 10 s and 1 below a minute,
    // rounded as printf rounds them (to the nearest, exact ties to even),
    // also for values that are exact ties (1.125, 2.5 * 0.01 ...).
    const CallFlowWriter::TimingWords words = CallFlowWriter::timingWords();
    auto expected = [](double v) {
      char text[32];
      std::snprintf(text, sizeof text, v < 10 ? "%.2f s" : "%.1f s", v); // the C library's printf
      return QString::fromLatin1(text);
    };
    QList<double> values;
    for (int i = 200; i < 12000; ++i)
      values << i * 0.005 << i * 0.0125 / 2.5 << 1.0 + i * 0.000731;
    std::mt19937_64 random(17);
    std::uniform_real_distribution<double> seconds(1, 60);
    for (int i = 0; i < 100000; ++i)
      values << seconds(random);
    int checked = 0;
    for (double v : values) {
      if (v < 1 || v >= 60)
        continue;
      QCOMPARE(CallFlowWriter::durationText(v, words), expected(v));
      ++checked;
    }
    QVERIFY(checked > 100000);
    QCOMPARE(CallFlowWriter::durationText(2.125, words), QStringLiteral("2.12 s")); // a tie: to even
    QCOMPARE(CallFlowWriter::durationText(2.375, words), QStringLiteral("2.38 s"));
    QCOMPARE(CallFlowWriter::durationText(12.25, words), QStringLiteral("12.2 s"));
  }

  void answeredCallDuration() {
    CallBuilder c;
    c.request(0, A, B, "INVITE", 1)
        .response(0.5, B, A, 180, "Ringing", 1)
        .response(3.5, B, A, 200, "OK", 1)
        .request(3.6, A, B, "ACK", 1)
        .request(65.5, B, A, "BYE", 2, "BYE")
        .response(65.6, A, B, 200, "OK", 2, "BYE");
    const TraceSummary s = c.summary();
    const CallFlow flow = CallFlow::build(s, 0);
    QCOMPARE(qRound(flow.timing().duration * 10), 620);
    QCOMPARE(qRound(flow.timing().timeToFinal * 10), 35);
    QVERIFY(flow.patterns().isEmpty());
    const TraceExplainer x(m_store, Language::English);
    const CallDiagnosis d = CallFlowWriter(x).diagnose(flow, s.calls().at(0));
    QVERIFY(!d.problem);
    QVERIFY(d.checks.isEmpty());
    QCOMPARE(CallFlowWriter::timingText(flow.timing()),
             QStringLiteral(
                 "post-dial delay 500 ms; ringing 3.00 s; final response after 3.50 s; talk time 1 min 2 s "
                 "(200 OK to BYE)"));
  }

  void inviteRetransmittedWithoutResponse() {
    CallBuilder c;
    c.request(0, A, B, "INVITE", 1)
        .request(0.5, A, B, "INVITE", 1)
        .request(1.5, A, B, "INVITE", 1)
        .request(3.5, A, B, "INVITE", 1);
    const CallFlow flow = CallFlow::build(c.summary(), 0);
    QCOMPARE(arrows(flow), (QStringList{"0>1 INVITE", "0>1 INVITE *", "0>1 INVITE *", "0>1 INVITE *"}));
    QCOMPARE(flow.patterns(), QList<FlowPattern>{FlowPattern::InviteUnanswered});
    const TraceSummary s = c.summary();
    const TraceExplainer x(m_store, Language::English);
    const CallDiagnosis d = CallFlowWriter(x).diagnose(flow, s.calls().at(0));
    QVERIFY(d.problem);
    QVERIFY(d.checks.first().contains(QStringLiteral("NAT")));
    // One INVITE answered once is not the pattern.
    CallBuilder ok;
    ok.request(0, A, B, "INVITE", 1).request(0.5, A, B, "INVITE", 1).response(0.6, B, A, 100, "Trying", 1);
    QVERIFY(CallFlow::build(ok.summary(), 0).patterns().isEmpty());
  }

  void okNeverAcked() {
    CallBuilder c;
    c.request(0, A, B, "INVITE", 1)
        .response(2, B, A, 200, "OK", 1)
        .response(2.5, B, A, 200, "OK", 1)
        .response(3.5, B, A, 200, "OK", 1)
        .request(34, B, A, "BYE", 2, "BYE");
    const CallFlow flow = CallFlow::build(c.summary(), 0);
    QVERIFY(flow.steps().at(2).retransmission);
    QCOMPARE(flow.patterns(), QList<FlowPattern>{FlowPattern::OkNotAcked});
    // The BYE some 32 s later alone (no copies in the trace) tells it too.
    CallBuilder quiet;
    quiet.request(0, A, B, "INVITE", 1).response(2, B, A, 200, "OK", 1).request(34.1, B, A, "BYE", 2, "BYE");
    QCOMPARE(CallFlow::build(quiet.summary(), 0).patterns(), QList<FlowPattern>{FlowPattern::OkNotAcked});
    // An ACK ends it.
    CallBuilder acked;
    acked.request(0, A, B, "INVITE", 1)
        .response(2, B, A, 200, "OK", 1)
        .response(2.5, B, A, 200, "OK", 1)
        .request(2.6, A, B, "ACK", 1)
        .request(34.1, B, A, "BYE", 2, "BYE");
    QVERIFY(CallFlow::build(acked.summary(), 0).patterns().isEmpty());
  }

  void credentialsRefusedAgain() {
    const QString creds =
        QStringLiteral("Digest username=\"1001\", realm=\"pbx\", nonce=\"%1\", response=\"x\"");
    CallBuilder c;
    c.request(0, A, B, "REGISTER", 1).response(0.1, B, A, 401, "Unauthorized", 1, "REGISTER");
    c.request(0.2, A, B, "REGISTER", 2);
    c.last().authorization = creds.arg(1);
    c.response(0.3, B, A, 401, "Unauthorized", 2, "REGISTER").request(0.4, A, B, "REGISTER", 3);
    c.last().authorization = creds.arg(2);
    c.response(0.5, B, A, 401, "Unauthorized", 3, "REGISTER");
    const CallFlow flow = CallFlow::build(c.summary(), 0);
    QCOMPARE(flow.patterns(), QList<FlowPattern>{FlowPattern::AuthRepeated});
    // A first challenge answered with credentials that work is normal.
    CallBuilder ok;
    ok.request(0, A, B, "INVITE", 1).response(0.1, B, A, 407, "Proxy Authentication Required", 1);
    ok.request(0.2, A, B, "INVITE", 2);
    ok.last().authorization = creds.arg(1);
    ok.response(0.3, B, A, 180, "Ringing", 2);
    QVERIFY(CallFlow::build(ok.summary(), 0).patterns().isEmpty());
  }

  void cancelCrossesOk() {
    CallBuilder c;
    c.request(0, A, B, "INVITE", 1)
        .response(1, B, A, 180, "Ringing", 1)
        .request(9.99, A, B, "CANCEL", 1)
        .response(10, B, A, 200, "OK", 1)
        .response(10.01, B, A, 200, "OK", 1, "CANCEL")
        .request(10.02, A, B, "ACK", 1)
        .request(10.03, A, B, "BYE", 2, "BYE");
    const TraceSummary s = c.summary();
    const CallFlow flow = CallFlow::build(s, 0);
    QCOMPARE(flow.patterns(), QList<FlowPattern>{FlowPattern::CancelRace});
    const TraceExplainer x(m_store, Language::English);
    const CallDiagnosis d = CallFlowWriter(x).diagnose(flow, s.calls().at(0));
    QVERIFY(d.headline.endsWith(QStringLiteral("CANCEL crossed the 200 OK")));
  }

  void timeouts_data() {
    QTest::addColumn<double>("provisionalAt"); // < 0: none
    QTest::addColumn<QByteArray>("provisional");
    QTest::addColumn<double>("finalAt");
    QTest::addColumn<QByteArray>("finalResponse");
    QTest::addColumn<int>("pattern"); // -1: none
    QTest::newRow("408") << 0.1 << QByteArray("100 Trying") << 32.0 << QByteArray("408 Request Timeout")
                         << int(FlowPattern::RequestTimeout);
    QTest::newRow("480 after long ringing")
        << 1.0 << QByteArray("180 Ringing") << 31.0 << QByteArray("480 Temporarily Unavailable")
        << int(FlowPattern::NoAnswerAfterRinging);
    // A 480 with no ringing is an unreachable user, not a no-answer timer.
    QTest::newRow("480 without ringing")
        << -1.0 << QByteArray() << 0.2 << QByteArray("480 Temporarily Unavailable") << -1;
  }
  void timeouts() {
    QFETCH(double, provisionalAt);
    QFETCH(QByteArray, provisional);
    QFETCH(double, finalAt);
    QFETCH(QByteArray, finalResponse);
    QFETCH(int, pattern);
    CallBuilder c;
    c.request(0, A, B, "INVITE", 1);
    for (const auto &[at, status] :
         {std::pair{provisionalAt, provisional}, std::pair{finalAt, finalResponse}})
      if (at >= 0)
        c.response(at, B, A, status.left(3).toInt(), status.mid(4).constData(), 1);
    const QList<FlowPattern> expected =
        pattern < 0 ? QList<FlowPattern>{} : QList<FlowPattern>{FlowPattern(pattern)};
    QCOMPARE(CallFlow::build(c.summary(), 0).patterns(), expected);
  }

  void reInviteGlare() {
    CallBuilder c;
    c.request(0, A, B, "INVITE", 1).response(1, B, A, 200, "OK", 1).request(1.1, A, B, "ACK", 1);
    c.request(60, A, B, "INVITE", 2)
        .request(60, B, A, "INVITE", 7)
        .response(60.01, B, A, 491, "Request Pending", 2)
        .response(60.01, A, B, 491, "Request Pending", 7);
    QCOMPARE(CallFlow::build(c.summary(), 0).patterns(), QList<FlowPattern>{FlowPattern::Glare});
  }

  void participantsFromText() {
    // sngrep: addresses and times from the line above each message.
    const TraceSummary s = summarize(readData(QStringLiteral("sngrep.txt")));
    const CallFlow flow = CallFlow::build(s, 0);
    QCOMPARE(flow.participants().size(), 2);
    QCOMPARE(flow.participants().at(0).address, QStringLiteral("192.0.2.10:5060"));
    QCOMPARE(flow.participants().at(0).agent, QStringLiteral("Yealink SIP-T46S 66.86.0.15"));
    QCOMPARE(CallFlowWriter::timeText(flow.timing().start), QStringLiteral("2026-11-25 12:00:01.105"));
    QCOMPARE(flow.patterns(), QList<FlowPattern>{FlowPattern::NoAnswerAfterRinging});

    // A proxy's log without addresses: Via and Request-URI tell the sides.
    const TraceSummary k = summarize(readData(QStringLiteral("kamailio_journal.log")));
    const CallFlow first = CallFlow::build(k, 0);
    QCOMPARE(first.participants().at(0).address, QStringLiteral("192.0.2.61:5060"));
    QCOMPARE(first.participants().at(1).address, QStringLiteral("sip1.example.jp:5060"));
    QCOMPARE(first.steps().at(1).from, 1);
    QCOMPARE(first.steps().at(1).to, 0);
    // The journal's "Nov 25 12:40:00" prefix gives each message a time.
    QVERIFY(first.steps().at(0).time > 0);
  }

  void whoAndWhenFromEachFormat() {
    // tshark -V: Epoch Time, the IP and UDP lines give time, source and destination.
    TraceSummary t = summarize(readData(QStringLiteral("tshark_V.txt")));
    TraceMessage invite = t.message(0);
    QCOMPARE(invite.source, QStringLiteral("192.0.2.80:5060"));
    QCOMPARE(invite.destination, QStringLiteral("198.51.100.9:5060"));
    QCOMPARE(qRound64(invite.time * 1000), qint64(1795579200500));
    QCOMPARE(invite.requestUri, QStringLiteral("sip:0312345678@gw.example.net"));
    QCOMPARE(invite.via, QStringLiteral("192.0.2.80:5060"));
    QCOMPARE(invite.from, QStringLiteral("<sip:0501112222@pbx.example.net>;tag=as58f4201b"));
    // tshark -O sip: addresses only.
    t = summarize(readData(QStringLiteral("tshark_O_sip.txt")));
    QCOMPARE(t.message(1).source, QStringLiteral("198.51.100.9:5060"));
    QCOMPARE(t.message(1).time, -1.0);
    // sipp -trace_msg: the dashed line before each message has its time.
    t = summarize(readData(QStringLiteral("sipp_messages.log")));
    QCOMPARE(CallFlowWriter::timeText(t.message(0).time), QStringLiteral("2026-11-25 12:10:00.000"));
    QVERIFY(t.message(0).source.isEmpty());
    // Asterisk's full log: the prefix of the start line, and User-Agent / Server.
    t = summarize(readData(QStringLiteral("asterisk_full.log")));
    QCOMPARE(t.message(0).userAgent, QStringLiteral("MicroSIP/3.21.3"));
    QCOMPARE(t.message(1).userAgent, QStringLiteral("Asterisk PBX 20.5.0"));
  }

  void mentionsDoNotDependOnPieces() {
    const QByteArray data = readData(QStringLiteral("kamailio_xlog.log")) +
                            readData(QStringLiteral("raw.sip")) +
                            readData(QStringLiteral("asterisk_verbose.log"));
    auto describe = [](qsizetype piece, const QByteArray &d) {
      TraceScanner scanner;
      QStringList out;
      for (qsizetype i = 0; i < d.size(); i += piece)
        scanner.feed(QByteArrayView(d.constData() + i, qMin(piece, d.size() - i)));
      scanner.finish();
      for (const TraceMention &m : scanner.takeMentions())
        out << QStringLiteral("%1 %2 %3 %4 %5").arg(m.line).arg(m.code).arg(m.words, m.name, m.callId);
      for (const TraceMessage &m : scanner.takeMessages())
        out << QStringLiteral("%1 %2 %3 %4").arg(m.line).arg(m.time, 0, 'f', 3).arg(m.from, m.via);
      return out;
    };
    const QStringList whole = describe(data.size(), data);
    QVERIFY(whole.size() > 20);
    QCOMPARE(describe(1, data), whole);
    QCOMPARE(describe(7, data), whole);
  }

  void ladderOfACapture() {
    // A call through Kamailio, captured on loopback (a capture fixture): the
    // participants are the capture's addresses, the proxy names itself.
    TraceSummary s;
    QVERIFY(TraceReader::readFile(test::dataPath("capture/sipp_udp_proxy_lo.pcap"), s).ok());
    QVERIFY(s.callCount() > 0);
    const CallFlow flow = CallFlow::build(s, 0);
    QCOMPARE(flow.participants().size(), 3);
    QCOMPARE(flow.participants().at(0).address, QStringLiteral("127.0.0.1:25070"));
    QCOMPARE(flow.participants().at(1).address, QStringLiteral("127.0.0.1:25064"));
    QVERIFY(flow.participants().at(1).agent.startsWith(QStringLiteral("kamailio")));
    QCOMPARE(flow.steps().at(2).from, 1);
    QCOMPARE(flow.steps().at(2).to, 2);
    QVERIFY(flow.timing().duration > 0.2 && flow.timing().duration < 0.21);
    const TraceExplainer x(m_store, Language::English);
    const QStringList lines = CallFlowWriter(x).ladderText(flow).split(u'\n');
    QVERIFY2(lines.at(2).endsWith(QStringLiteral("frame 1")), qPrintable(lines.at(2)));
  }

  void hostPort() {
    QCOMPARE(CallFlow::hostPort(QStringLiteral("sip:2001@PBX.example.com;transport=udp")),
             QStringLiteral("pbx.example.com:5060"));
    QCOMPARE(CallFlow::hostPort(QStringLiteral("<sips:bob@192.0.2.4:5061>;expires=60")),
             QStringLiteral("192.0.2.4:5061"));
    QCOMPARE(CallFlow::hostPort(QStringLiteral("[2001:db8::1]:5070")), QStringLiteral("[2001:db8::1]:5070"));
    QCOMPARE(CallFlow::hostPort(QStringLiteral("[2001:db8::1]")), QStringLiteral("[2001:db8::1]:5060"));
  }

  void ladderAsText() {
    CallBuilder c;
    c.request(0, A, B, "INVITE", 1).request(0.5, A, B, "INVITE", 1).response(0.6, B, A, 486, "Busy Here", 1);
    const TraceSummary s = c.summary();
    const TraceExplainer x(m_store, Language::English);
    const QStringList lines = CallFlowWriter(x).ladderText(CallFlow::build(s, 0)).split(u'\n');
    QVERIFY(lines.at(0).contains(QString::fromLatin1(A)) && lines.at(0).contains(QString::fromLatin1(B)));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("12:00:00.000")));
    QVERIFY(lines.at(1).contains(QStringLiteral("|-----------INVITE----------->|")));
    QVERIFY(lines.at(2).contains(QStringLiteral("+500 ms")));
    QVERIFY(lines.at(2).contains(QStringLiteral("INVITE*")));
    QVERIFY(lines.at(3).contains(QStringLiteral("|<-------486 Busy Here--------|")));
    QCOMPARE(lines.at(4), QStringLiteral("* retransmission"));
  }

  void mentionsWithoutFalseHits() {
    const QByteArray log =
        "Nov 25 12:00:01 sbc app[503]: Received 486 bytes from 192.0.2.1:5060\n"   // 1: byte count
        "Nov 25 12:00:01 sbc app[503]: listening on port 4860, pid 503\n"          // 2: port, pid
        "Nov 25 12:00:02 sbc app[503]: timer 180 expired after 200 ms\n"           // 3: numbers, lower case
        "2026-11-25 12:00:03.486 call 1-2@h to sip:1001@x failed: 486 Busy Here\n" // 4: a status line
        "2026-11-25 12:00:03.487 SIP response 486 \"Busy Here\" (call-id 1-2@h)\n" // 5: quoted phrase
        "2026-11-25 12:00:03.488 Reason: Q.850;cause=17;text=\"User busy\" callid=9zx\n"            // 6
        "2026-11-25 12:00:03.489 Hangup sofia/internal/1001 [CS_EXECUTE] [USER_BUSY]\n"             // 7
        "2026-11-25 12:00:03.490 NoOp(\"hangupcause=17\") AST_CAUSE_NORMAL_CLEARING\n"              // 8
        "2026-11-25 12:00:03.491 486 Busy Everywhere is not 486's phrase; 404 Not Found is\n"       // 9
        "2026-11-25 12:00:03.492 version 2.0.486 Busy, 192.168.100.200 Ringing, v=100 Trying-ish\n" // 10
        "2026-11-25 12:00:03.493 SO_RCVBUF 524288 NOT_A_CAUSE USER_BUSYNESS\n";                     // 11
    const TraceSummary s = summarize(log);
    QVERIFY(s.isEmpty());
    const TraceExplainer x(m_store, Language::English);
    QStringList got;
    for (const TraceMention &m : x.mentions(s))
      got << QStringLiteral("%1 %2 [%3]").arg(m.line).arg(x.mentionText(m), m.callId);
    QCOMPARE(got, (QStringList{
                      "4 486 Busy Here [1-2@h]",
                      "5 486 Busy Here [1-2@h]",
                      "6 Q.850 cause 17 User busy [9zx]",
                      "7 Q.850 cause 17 User busy (USER_BUSY, FreeSWITCH, Asterisk) []",
                      "8 Q.850 cause 17 User busy []",
                      "8 Q.850 cause 16 Normal call clearing (AST_CAUSE_NORMAL_CLEARING, Asterisk) []",
                      "9 404 Not Found []",
                  }));
  }

  void mentionsFromRealLogs() {
    const TraceExplainer x(m_store, Language::English);
    auto mentioned = [&](const char *file) {
      QStringList out;
      for (const TraceMention &m : x.mentions(summarize(readData(QString::fromLatin1(file)))))
        out << QStringLiteral("%1 %2 [%3]").arg(m.line).arg(x.mentionText(m), m.callId);
      return out;
    };
    // Kamailio 5.6 with xlog in request, reply and failure routes (see README.logs.md).
    const QStringList kamailio = mentioned("kamailio_xlog.log");
    QVERIFY(kamailio.contains(QStringLiteral("11 486 Busy Here [1-14828@127.0.0.1]")));
    QVERIFY(kamailio.contains(QStringLiteral("12 486 Busy Here [1-14828@127.0.0.1]")));
    QVERIFY(kamailio.contains(QStringLiteral("20 408 Request Timeout [1-14854@127.0.0.1]")));
    QCOMPARE(kamailio.size(), 7); // 100, 180, 486 x2; 180, 200; 408; nothing from the startup lines
    // baresip 1.0 calling a sipp UAS that answers 486.
    const QStringList baresip = mentioned("baresip.log");
    QVERIFY(baresip.contains(QStringLiteral("18 486 Busy Here []")));
    QVERIFY(baresip.contains(QStringLiteral("17 180 Ringing []")));
    // Asterisk: the tech cause text, hangupcause=, AST_CAUSE_; not "Received 486 bytes on port 4860 from pid
    // 503".
    const QStringList asterisk = mentioned("asterisk_verbose.log");
    QCOMPARE(asterisk, (QStringList{"6 486 Busy Here []", "7 Q.850 cause 17 User busy []",
                                    "8 Q.850 cause 17 User busy (AST_CAUSE_USER_BUSY, Asterisk) []",
                                    "13 200 OK []", "14 Q.850 cause 16 Normal call clearing []"}));
    const QStringList freeswitch = mentioned("freeswitch_default.log");
    QCOMPARE(freeswitch.size(), 4);
    QVERIFY(freeswitch.last().startsWith(QStringLiteral("8 Q.850 cause 16")));

    // A log-only call gets a diagnosis from what its lines name.
    QList<TraceMention> busy;
    for (const TraceMention &m : x.mentions(summarize(readData(QStringLiteral("kamailio_xlog.log")))))
      if (m.callId == u"1-14828@127.0.0.1")
        busy << m;
    const CallDiagnosis d = CallFlowWriter(x).diagnoseMentions(busy);
    QVERIFY(d.problem);
    QCOMPARE(d.headline, QStringLiteral("Log lines name 486 as the final response"));
    QCOMPARE(d.checks, m_store.entry({Registry::Sip, 486})->en.todo.mid(0, 3));
  }

  void callListCsv() {
    CallBuilder c(QStringLiteral("a,\"b\"@h"));
    c.request(0, A, B, "INVITE", 1).response(1, B, A, 486, "Busy Here", 1);
    c.last().reasons << TraceReason{TraceReason::Protocol::Q850, QStringLiteral("Q.850"), 17,
                                    QStringLiteral("User busy")};
    c.last().warnings << TraceWarning{399, QStringLiteral("sbc"), QStringLiteral("No, \"really\"")};
    const TraceSummary s = c.summary();
    const TraceExplainer x(m_store, Language::English);
    const QString csv = CallFlowWriter(x).callsCsv(s);
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             QStringLiteral(
                 "Call-ID,From,To,Start time,Outcome,Final response,Reason cause,Warning,Duration (s)"));
    QVERIFY(lines.at(1).startsWith(
        QStringLiteral("\"a,\"\"b\"\"@h\",\"\"\"Alice\"\" <sip:alice@a.example>\",<sip:bob@b.example>,"
                       "2025-11-25 12:00:00.000,Failed (486 Busy Here),486 Busy Here,")));
    QVERIFY(lines.at(1).endsWith(
        QStringLiteral("\"Warning 399 sbc \"\"No, \"\"really\"\"\"\" — Miscellaneous warning\",")));
    QCOMPARE(lines.at(2), QString());
  }
};

QTEST_GUILESS_MAIN(TestCallFlow)
#include "tst_callflow.moc"
