// CaptureReader reads the SIP messages out of packet captures: the files in
// tests/data/capture were made by sipp and tcpdump (see
// tests/tools/sipp/make_fixtures.sh) or, for what those tools cannot make,
// by tests/tools/capturegen.cpp. TraceReader tells captures, text and other
// binary input apart by their first bytes.

#include "common/TestData.h"
#include "core/CaptureReader.h"
#include "core/TraceExplainer.h"
#include "core/TraceReader.h"
#include "core/TraceSummary.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <pcap/pcap.h>

using namespace sipref;

namespace {

QString capture(const QString &name) {
  return test::dataPath(QStringLiteral("capture/") + name);
}

struct Read {
  TraceSummary summary;
  TraceReader::Result result;
  CaptureReport report;
};

std::unique_ptr<Read> readCapture(const QString &name) {
  auto r = std::make_unique<Read>();
  r->result = TraceReader::readFile(capture(name), r->summary);
  if (r->summary.captureReport())
    r->report = *r->summary.captureReport();
  return r;
}

/// A call's messages as "frame start-line" rows: "8 INVITE", "10 180 Ringing".
QStringList callRows(const TraceSummary &summary, const QString &callId) {
  QStringList out;
  for (const TraceCall &call : summary.calls()) {
    if (call.callId != callId)
      continue;
    for (int index : call.messages) {
      const TraceMessage m = summary.message(index);
      out << QStringLiteral("%1 %2").arg(m.frame).arg(TraceExplainer::startLine(m));
    }
  }
  return out;
}

const TraceCall *findCall(const TraceSummary &summary, const QString &callId) {
  for (const TraceCall &call : summary.calls())
    if (call.callId == callId)
      return &call;
  return nullptr;
}

/// An Ethernet frame with an IPv4 packet from `src` to 192.0.2.2 carrying
/// `payload` of the given IP protocol (17 UDP, 6 TCP).
QByteArray ethernetIpv4(const QByteArray &payload, quint8 protocol, quint32 src) {
  QByteArray ip(20, '\0');
  ip[0] = char(0x45);
  const int total = 20 + int(payload.size());
  ip[2] = char(total >> 8);
  ip[3] = char(total);
  ip[8] = 64;
  ip[9] = char(protocol);
  for (int i = 0; i < 4; ++i) {
    ip[12 + i] = char(src >> (24 - 8 * i));
    ip[16 + i] = char(0xc0000202 >> (24 - 8 * i));
  }
  QByteArray eth(12, '\x02');
  eth.append('\x08').append('\0');
  return eth + ip + payload;
}

QByteArray ethernetUdp(const QByteArray &sip, quint16 sport, quint16 dport, quint32 src = 0xc0000201) {
  QByteArray udp;
  udp.append(char(sport >> 8)).append(char(sport)).append(char(dport >> 8)).append(char(dport));
  const int ulen = 8 + int(sip.size());
  udp.append(char(ulen >> 8)).append(char(ulen)).append('\0').append('\0');
  udp += sip;
  return ethernetIpv4(udp, 17, src);
}

QByteArray ethernetTcp(const QByteArray &data, quint16 sport, quint16 dport, quint32 seq, quint8 flags,
                       quint32 src = 0xc0000201) {
  QByteArray tcp(20, '\0');
  tcp[0] = char(sport >> 8);
  tcp[1] = char(sport);
  tcp[2] = char(dport >> 8);
  tcp[3] = char(dport);
  for (int i = 0; i < 4; ++i)
    tcp[4 + i] = char(seq >> (24 - 8 * i));
  tcp[12] = char(5 << 4);
  tcp[13] = char(flags);
  tcp += data;
  return ethernetIpv4(tcp, 6, src);
}

void addFrame(CaptureReader &reader, const QByteArray &frame, double time = 1000) {
  reader.addFrame(DLT_EN10MB, time, reinterpret_cast<const uchar *>(frame.constData()), frame.size(),
                  frame.size());
}

const QByteArray kOptions =
    "OPTIONS sip:a@b SIP/2.0\r\nCall-ID: x@y\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";

} // namespace

class TestCaptureReader final : public QObject {
  Q_OBJECT

private slots:
  void sippCaptures_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("linkType");
    QTest::addColumn<QString>("format");
    const auto row = [](const char *name, const char *file, const char *transport, const char *linkType,
                        const char *format) {
      QTest::newRow(name) << file << transport << linkType << format;
    };
    row("udp lo pcap", "sipp_udp_lo.pcap", "UDP", "Ethernet", "pcap");
    row("udp lo pcapng", "sipp_udp_lo.pcapng", "UDP", "Ethernet", "pcapng");
    row("tcp lo pcap", "sipp_tcp_lo.pcap", "TCP", "Ethernet", "pcap");
    row("udp any (cooked v1)", "sipp_udp_any.pcap", "UDP", "Linux cooked v1", "pcap");
    row("tcp any (cooked v2)", "sipp_tcp_any2.pcap", "TCP", "Linux cooked v2", "pcap");
    row("tcp any pcapng", "sipp_tcp_any2.pcapng", "TCP", "Linux cooked v2", "pcapng");
    row("udp IPv6 lo", "sipp_udp6_lo.pcap", "UDP", "Ethernet", "pcap");
    row("tcp IPv6 any (cooked v2)", "sipp_tcp6_any2.pcap", "TCP", "Linux cooked v2", "pcap");
  }

  /// 8 answered calls (INVITE 180 200 ACK BYE 200) and 3 busy ones (INVITE 100 486 ACK) from sipp.
  void sippCaptures() {
    QFETCH(QString, file);
    QFETCH(QString, transport);
    QFETCH(QString, linkType);
    QFETCH(QString, format);
    const auto r = readCapture(file);
    QVERIFY2(r->result.ok(), qPrintable(r->result.error));
    QVERIFY(r->summary.captureReport());
    QCOMPARE(r->report.format, format);
    QCOMPARE(r->report.linkTypeName, linkType);
    QCOMPARE(r->report.problems(), QStringList());
    const TraceSummary &s = r->summary;
    QCOMPARE(s.messageCount(), 60);
    QCOMPARE(s.callCount(), 11);
    QCOMPARE(s.finalResponses(), (QMap<int, int>{{200, 16}, {486, 3}}));
    QCOMPARE(s.q850Causes(), (QMap<int, int>{{17, 3}}));
    QCOMPARE(s.warningCodes(), (QMap<int, int>{{399, 3}}));
    int answered = 0, busy = 0;
    for (const TraceCall &call : s.calls()) {
      QStringList starts;
      for (int index : call.messages)
        starts << TraceExplainer::startLine(s.message(index));
      if (call.answered) {
        ++answered;
        QVERIFY(call.byeSeen);
        QCOMPARE(starts, (QStringList{"INVITE", "180 Ringing", "200 OK", "ACK", "BYE", "200 OK"}));
      } else {
        ++busy;
        QCOMPARE(call.outcomeCode, 486);
        QCOMPARE(call.q850Causes, QList<int>{17});
        QCOMPARE(starts, (QStringList{"INVITE", "100 Trying", "486 Busy Here", "ACK"}));
        const TraceMessage reject = s.message(call.messages.at(2));
        QCOMPARE(reject.warnings.size(), 1);
        QCOMPARE(reject.warnings.first().code, 399);
        QCOMPARE(reject.warnings.first().agent, QStringLiteral("uas.example.net"));
      }
    }
    QCOMPARE(answered, 8);
    QCOMPARE(busy, 3);
    // Every message knows where and when it was seen, in capture order.
    const QString host = file.contains(u'6') ? QStringLiteral("[::1]") : QStringLiteral("127.0.0.1");
    qint64 lastFrame = 0;
    double lastTime = 0;
    for (int i = 0; i < s.messageCount(); ++i) {
      const TraceMessage m = s.message(i);
      QCOMPARE(m.transport, transport);
      QCOMPARE(m.line, 0);
      QVERIFY(m.frame >= lastFrame);
      QVERIFY(m.time >= lastTime);
      QVERIFY(m.time > 1.7e9 && m.time < 2.1e9);
      QVERIFY2(m.source.startsWith(host + QStringLiteral(":250")), qPrintable(m.source));
      QVERIFY2(m.destination.startsWith(host + QStringLiteral(":250")), qPrintable(m.destination));
      QVERIFY(m.source != m.destination);
      lastFrame = m.frame;
      lastTime = m.time;
    }
    // The INVITE goes from the caller's port to the callee's.
    const TraceMessage first = s.message(0);
    QCOMPARE(first.method, QStringLiteral("INVITE"));
    QCOMPARE(first.destination, host + QStringLiteral(":25060"));
    QCOMPARE(first.source, host + QStringLiteral(":25070"));
    if (transport == u"UDP")
      QCOMPARE(s.message(s.messageCount() - 1).frame, 60); // one message per datagram
  }

  /// sipp with -lost: requests sent again are listed, but each transaction's final response counts once.
  void retransmissionsFromARealCapture() {
    const auto r = readCapture(QStringLiteral("sipp_udp_lossy_lo.pcap"));
    const TraceSummary &s = r->summary;
    QCOMPARE(s.callCount(), 6);
    QCOMPARE(s.messageCount(), 43); // 6 calls of 6 messages, 8 requests sent again, one 180 lost
    QCOMPARE(s.finalResponses(), (QMap<int, int>{{200, 12}}));
    int invites = 0;
    for (const TraceCall &call : s.calls()) {
      QVERIFY(call.answered && call.byeSeen);
      for (int index : call.messages)
        invites += s.message(index).method == u"INVITE" ? 1 : 0;
    }
    QCOMPARE(invites, 10); // four INVITEs were sent again
  }

  /// Through a stateful proxy every message is captured twice (in and out): both are listed, counted once.
  void proxiedCallsFromARealCapture() {
    const auto r = readCapture(QStringLiteral("sipp_udp_proxy_lo.pcap"));
    const TraceSummary &s = r->summary;
    QCOMPARE(s.callCount(), 4);
    QCOMPARE(s.messageCount(), 52); // 4 calls of 6 messages, each twice, and the proxy's 100 Trying
    QCOMPARE(s.finalResponses(), (QMap<int, int>{{200, 8}}));
    for (const TraceCall &call : s.calls()) {
      QVERIFY(call.answered && call.byeSeen);
      QCOMPARE(call.messages.size(), 13);
      // The INVITE goes to the proxy, then from it to the callee.
      QStringList invites;
      for (int index : call.messages)
        if (s.message(index).method == u"INVITE")
          invites << s.message(index).destination;
      QCOMPARE(invites, (QStringList{"127.0.0.1:25064", "127.0.0.1:25060"}));
    }
  }

  void vlanTagsAndAnyPort() {
    const auto r = readCapture(QStringLiteral("gen/gen_vlan.pcap"));
    QCOMPARE(callRows(r->summary, QStringLiteral("vlan-1@gen")),
             (QStringList{"1 INVITE", "2 486 Busy Here", "3 ACK"}));
    const TraceMessage busy = r->summary.message(1);
    QCOMPARE(busy.source, QStringLiteral("192.0.2.2:40002"));
    QCOMPARE(busy.destination, QStringLiteral("192.0.2.1:40000"));
    QCOMPARE(busy.reasons.first().cause, 17);
    QCOMPARE(busy.warnings.first().code, 399);
  }

  void ipv6ExtensionHeaders() {
    const auto r = readCapture(QStringLiteral("gen/gen_ipv6.pcap"));
    QCOMPARE(callRows(r->summary, QStringLiteral("v6-1@gen")),
             (QStringList{"1 INVITE", "2 200 OK", "3 ACK", "4 BYE", "5 200 OK"}));
    QCOMPARE(callRows(r->summary, QStringLiteral("v6-tcp@gen")), (QStringList{"8 MESSAGE", "9 200 OK"}));
    const TraceMessage invite = r->summary.message(0);
    QCOMPARE(invite.source, QStringLiteral("[2001:db8::1]:5060"));
    QCOMPARE(invite.destination, QStringLiteral("[2001:db8::2]:5060"));
    QCOMPARE(r->summary.message(5).transport, QStringLiteral("TCP"));
    QCOMPARE(r->report.problems(), QStringList());
  }

  void ipFragments() {
    const auto r = readCapture(QStringLiteral("gen/gen_fragments.pcap"));
    // A datagram is read when its last fragment comes, whatever their order.
    QCOMPARE(callRows(r->summary, QStringLiteral("frag4-1@gen")),
             (QStringList{"3 INVITE", "4 200 OK", "5 ACK"}));
    QCOMPARE(callRows(r->summary, QStringLiteral("frag6-1@gen")), (QStringList{"8 INVITE", "9 603 Decline"}));
    QCOMPARE(r->summary.q850Causes(), (QMap<int, int>{{21, 1}}));
    // The lone first fragment of a datagram that never completes.
    QCOMPARE(r->report.fragmentsUnassembled, 1);
    QCOMPARE(r->report.problems().size(), 1);
  }

  void tcpReassembly() {
    const auto r = readCapture(QStringLiteral("gen/gen_tcp.pcap"));
    // Out of order, sent again, overlapping, three in a segment, keep-alives, split in a header.
    QCOMPARE(callRows(r->summary, QStringLiteral("tcp-1@gen")),
             (QStringList{"8 INVITE", "10 100 Trying", "10 180 Ringing", "10 200 OK", "11 ACK", "11 BYE",
                          "13 200 OK"}));
    const TraceCall *call = findCall(r->summary, QStringLiteral("tcp-1@gen"));
    QVERIFY(call && call->answered && call->byeSeen);
    QCOMPARE(call->q850Causes, QList<int>{16});
    // A connection whose start was not captured: the message begun before is lost, the next is read.
    QCOMPARE(callRows(r->summary, QStringLiteral("tcp-2@gen")), (QStringList{"16 OPTIONS", "17 200 OK"}));
    QVERIFY(!findCall(r->summary, QStringLiteral("tcp-lost@gen")));
    QCOMPARE(r->report.incompleteMessages, 1);
    QCOMPARE(r->report.tcpBytesMissing, 0);
  }

  void truncatedFile() {
    const auto r = readCapture(QStringLiteral("gen/gen_truncated.pcap"));
    QVERIFY(r->result.ok());
    QCOMPARE(callRows(r->summary, QStringLiteral("cut-1@gen")), (QStringList{"1 INVITE", "2 180 Ringing"}));
    QVERIFY(r->report.fileError.contains(QStringLiteral("truncated")));
    QCOMPARE(r->report.packets, 2);
    QVERIFY(r->report.problems().last().startsWith(
        QStringLiteral("The file ends early or is damaged after packet 2")));
  }

  /// libpcap 1.10 stops at a second link type in one pcapng file; that is said plainly.
  void mixedLinkTypesAreExplained() {
    const auto r = readCapture(QStringLiteral("mixed_links.pcapng"));
    QVERIFY(r->result.ok());
    QCOMPARE(r->report.format, QStringLiteral("pcapng"));
    QVERIFY(r->report.problems().last().startsWith(QStringLiteral(
        "The capture has interfaces of different link types, which libpcap cannot read together")));
  }

  void snaplenCut() {
    const auto r = readCapture(QStringLiteral("gen/gen_snaplen.pcap"));
    QCOMPARE(callRows(r->summary, QStringLiteral("snap-1@gen")), (QStringList{"1 OPTIONS", "2 200 OK"}));
    // Headers cut: not listed. Headers whole, the body cut: listed.
    QVERIFY(!findCall(r->summary, QStringLiteral("snap-2@gen")));
    QCOMPARE(callRows(r->summary, QStringLiteral("snap-3@gen")), QStringList{"4 INVITE"});
    QCOMPARE(r->report.snaplenCut, 2);
    QCOMPARE(r->report.incompleteMessages, 1);
  }

  void otherLinkTypes_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("raw IP") << "gen/gen_raw.pcap";
    QTest::newRow("BSD null") << "gen/gen_null.pcap";
    QTest::newRow("BSD loop") << "gen/gen_loop.pcap";
    QTest::newRow("LINKTYPE_IPV4, ns") << "gen/gen_ipv4.pcap";
  }

  void otherLinkTypes() {
    QFETCH(QString, file);
    const auto r = readCapture(file);
    QCOMPARE(callRows(r->summary, QStringLiteral("raw-1@gen")), (QStringList{"1 INVITE", "2 486 Busy Here"}));
    QCOMPARE(r->summary.message(0).source, QStringLiteral("192.0.2.1:5060"));
    QVERIFY(r->report.linkTypeSupported);
  }

  void unknownLinkTypeIsReported() {
    const auto r = readCapture(QStringLiteral("gen/gen_unknown_link.pcap"));
    QVERIFY(r->result.ok());
    QVERIFY(r->summary.isEmpty());
    QVERIFY(!r->report.linkTypeSupported);
    QCOMPARE(r->report.linkType, 147);
    QVERIFY(r->report.problems().first().startsWith(QStringLiteral("Link type 147")));
  }

  void bigEndianNanoseconds() {
    const auto r = readCapture(QStringLiteral("gen/gen_bigendian_nano.pcap"));
    QCOMPARE(r->result.format, TraceReader::Format::PcapNanoseconds);
    QCOMPARE(callRows(r->summary, QStringLiteral("be-1@gen")),
             (QStringList{"1 REGISTER", "2 401 Unauthorized", "3 REGISTER", "4 200 OK"}));
    QVERIFY(qAbs(r->summary.message(0).time - (1764460800.0 + 0.123456789)) < 1e-6);
    QCOMPARE(r->summary.calls().first().outcomeCode, 200);
  }

  void tlsAndWebSocketAreCounted() {
    const auto r = readCapture(QStringLiteral("gen/gen_tls.pcap"));
    QCOMPARE(callRows(r->summary, QStringLiteral("tls-ok@gen")), (QStringList{"80 OPTIONS", "81 200 OK"}));
    QCOMPARE(r->report.unreadable.size(), 2);
    QCOMPARE(r->report.unreadable.at(0).port, 5061);
    QCOMPARE(r->report.unreadable.at(0).packets, 37);
    QCOMPARE(r->report.unreadable.at(1).port, 8080);
    QCOMPARE(r->report.unreadable.at(1).packets, 3);
    QVERIFY(r->report.problems().contains(
        QStringLiteral("37 packets on TCP port 5061, probably TLS, could not be read.")));
  }

  /// Messages are stored compactly; the capture fields come back out.
  void summaryKeepsCaptureFields() {
    const auto r = readCapture(QStringLiteral("gen/gen_vlan.pcap"));
    const TraceMessage m = r->summary.message(2);
    QCOMPARE(m.frame, 3);
    QCOMPARE(r->summary.frameOf(2), 3);
    QVERIFY(qAbs(m.time - (1764460800.0 + 0.03)) < 1e-6);
    QCOMPARE(m.source, QStringLiteral("192.0.2.1:40000"));
    QCOMPARE(m.destination, QStringLiteral("192.0.2.2:40002"));
    QCOMPARE(m.transport, QStringLiteral("UDP"));
  }

  void detectsFormats() {
    QCOMPARE(TraceReader::detect("\xd4\xc3\xb2\xa1\x02\x00"), TraceReader::Format::Pcap);
    QCOMPARE(TraceReader::detect("\xa1\xb2\xc3\xd4\x00\x02"), TraceReader::Format::Pcap);
    QCOMPARE(TraceReader::detect("\x4d\x3c\xb2\xa1"), TraceReader::Format::PcapNanoseconds);
    QCOMPARE(TraceReader::detect("\xa1\xb2\x3c\x4d"), TraceReader::Format::PcapNanoseconds);
    QCOMPARE(TraceReader::detect("\x0a\x0d\x0d\x0a\x1c\x00\x00\x00"), TraceReader::Format::Pcapng);
    QString what;
    QCOMPARE(TraceReader::detect(QByteArrayView("PK\x03\x04\x14\x00", 6), &what),
             TraceReader::Format::Binary);
    QCOMPARE(what, QStringLiteral("a zip archive"));
    QCOMPARE(TraceReader::detect("\x89PNG\r\n\x1a\n", &what), TraceReader::Format::Binary);
    QCOMPARE(what, QStringLiteral("an image"));
    QCOMPARE(TraceReader::detect("\x7f"
                                 "ELF\x02\x01\x01",
                                 &what),
             TraceReader::Format::Binary);
    QVERIFY(what.contains(QStringLiteral("core file")));
    QCOMPARE(TraceReader::detect("\x1f\x8b\x08", &what), TraceReader::Format::Binary);
    QVERIFY(what.contains(QStringLiteral("gzip")));
    QCOMPARE(TraceReader::detect(""), TraceReader::Format::Text);
    QCOMPARE(TraceReader::detect("INVITE sip:a@b SIP/2.0\r\n"), TraceReader::Format::Text);
    QCOMPARE(TraceReader::detect("ログ行 SIP/2.0 486 Busy Here\n"), TraceReader::Format::Text);
  }

  void refusesBinaryThatIsNotACapture() {
    QTemporaryDir dir;
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(12);
    for (char &c : random)
      c = char(rng.bounded(256));
    // Random bytes that happen to contain a SIP start line are still refused.
    random.replace(1000, 40, QByteArray("\nSIP/2.0 486 Busy Here\r\nCall-ID: z\r\n\r\n"));
    for (const auto &[name, bytes, words] :
         {std::tuple{"random.bin", random, "binary data"},
          std::tuple{"x.zip", QByteArray("PK\x03\x04", 4) + random, "a zip archive"},
          std::tuple{"core",
                     QByteArray("\x7f"
                                "ELF\x02\x01\x01\x00",
                                8) +
                         random,
                     "core file"},
          std::tuple{"image.pcap", QByteArray("\x89PNG\r\n\x1a\n") + random, "an image"}}) {
      QFile f(dir.filePath(QString::fromLatin1(name)));
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(bytes);
      f.close();
      TraceSummary summary;
      const TraceReader::Result result = TraceReader::readFile(f.fileName(), summary);
      QCOMPARE(result.format, TraceReader::Format::Binary);
      QVERIFY2(result.error.contains(QLatin1String(words)), qPrintable(result.error));
      QVERIFY(summary.isEmpty());
    }
  }

  void textWithStrayNulsIsText() {
    QByteArray text = test::readData("raw.sip");
    TraceSummary clean;
    TraceReader::readFile(test::dataPath("raw.sip"), clean);
    for (int at : {5, 300, 900, 2000})
      text.insert(at, '\0');
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("nuls.log")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    TraceSummary summary;
    const TraceReader::Result result = TraceReader::readFile(f.fileName(), summary);
    QVERIFY(result.ok());
    QCOMPARE(result.format, TraceReader::Format::Text);
    QVERIFY(!summary.captureReport());
    QVERIFY(summary.callCount() >= clean.callCount() - 1);
    QVERIFY(summary.messageCount() >= 12);
  }

  void damagedCaptureHeader() {
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("short.pcap")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xd4\xc3\xb2\xa1\x02\x00\x04\x00", 8); // a pcap magic, then the file ends
    f.close();
    TraceSummary summary;
    const TraceReader::Result result = TraceReader::readFile(f.fileName(), summary);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("libpcap cannot read it")), qPrintable(result.error));
  }

  void progressAndCancel() {
    TraceSummary summary;
    QList<qint64> seen;
    TraceReader::Options options;
    options.progress = [&](qint64 done, qint64 total) {
      QCOMPARE(total, QFileInfo(capture(QStringLiteral("sipp_tcp_lo.pcap"))).size());
      seen << done;
    };
    options.cancelled = [] { return true; };
    const TraceReader::Result result =
        TraceReader::readFile(capture(QStringLiteral("sipp_tcp_lo.pcap")), summary, options);
    QVERIFY(result.ok());
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), result.bytes);
    // The file is smaller than one piece of packets: cancelling after it changes nothing.
    QCOMPARE(summary.messageCount(), 60);
  }

  /// Open streams and pending fragments are capped; what is given up is counted.
  void memoryIsBounded() {
    CaptureReader reader;
    const int connections = CaptureReader::MaxStreams * 2 + 100;
    for (int i = 0; i < connections; ++i) {
      // Each connection sends the start of a message and never its end.
      addFrame(reader, ethernetTcp("INVITE sip:a@b SIP/2.0\r\nCall-ID: " + QByteArray::number(i) + "\r\n",
                                   quint16(10000 + i % 50000), 5060, 1, 0x18, 0x0a000000u + quint32(i)));
    }
    QVERIFY(reader.report().streamsDropped >= connections - CaptureReader::MaxStreams);
    reader.finish();
    QCOMPARE(reader.report().incompleteMessages, connections);
    QVERIFY(reader.takeMessages().isEmpty());

    CaptureReader fragments;
    QByteArray padded = kOptions; // a fragment other than the last holds a multiple of 8 bytes
    padded.resize((padded.size() + 8 + 7) / 8 * 8 - 8, ' ');
    for (int i = 0; i < CaptureReader::MaxDatagrams + 500; ++i) {
      QByteArray frame = ethernetUdp(padded, 5060, 5060);
      frame[14 + 4] = char(i >> 8); // IP identification
      frame[14 + 5] = char(i);
      frame[14 + 6] = 0x20; // more fragments
      addFrame(fragments, frame);
    }
    QCOMPARE(fragments.report().streamsDropped, 500);
    fragments.finish();
    QCOMPARE(fragments.report().fragmentsUnassembled, CaptureReader::MaxDatagrams + 500);
  }

  /// A connection that begins with keep-alives (RFC 5626 CRLFs) is still SIP.
  void keepAlivesBeforeTheFirstMessage() {
    CaptureReader reader;
    addFrame(reader, ethernetTcp({}, 40000, 5060, 99, 0x02));
    addFrame(reader, ethernetTcp("\r\n\r\n", 40000, 5060, 100, 0x18));
    addFrame(reader, ethernetTcp(kOptions.left(10), 40000, 5060, 104, 0x18));
    addFrame(reader, ethernetTcp(kOptions.mid(10), 40000, 5060, 114, 0x18));
    const QList<TraceMessage> messages = reader.takeMessages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().method, QStringLiteral("OPTIONS"));
    QCOMPARE(messages.first().frame, 4);
  }

  /// Captured on the sender with segmentation offload, an IPv4 packet can say its length is 0.
  void offloadedPacketWithoutLength() {
    CaptureReader reader;
    QByteArray frame = ethernetTcp(kOptions, 40000, 5060, 100, 0x18);
    frame[14 + 2] = 0;
    frame[14 + 3] = 0;
    addFrame(reader, frame);
    QCOMPARE(reader.takeMessages().size(), 1);
  }

  void tcpGapIsSkipped() {
    CaptureReader reader;
    const QByteArray first = kOptions;
    QByteArray second = kOptions;
    second.replace("x@y", "x@z");
    addFrame(reader, ethernetTcp({}, 40000, 5060, 99, 0x02));
    addFrame(reader, ethernetTcp(first.left(40), 40000, 5060, 100, 0x18));
    // 20 bytes of the first message never come; the second follows the gap.
    addFrame(reader, ethernetTcp(first.mid(60) + second, 40000, 5060, 160, 0x18));
    reader.finish();
    const QList<TraceMessage> messages = reader.takeMessages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().callId, QStringLiteral("x@z"));
    QCOMPARE(reader.report().tcpBytesMissing, 20);
    QCOMPARE(reader.report().incompleteMessages, 1);
  }
};

QTEST_GUILESS_MAIN(TestCaptureReader)
#include "tst_capturereader.moc"
