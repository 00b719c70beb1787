// Benchmark: scanning a generated trace (100 MB by default) with TraceScanner
// and TraceSummary, next to `grep -c '^SIP/2.0 '` on the same file in the
// same run. Prints both speeds and their ratio; the target is at least
// 200 MB/s and within 3x of grep.
//
//   bench_scanner [--size MB] [--runs N] [--file PATH]
//
// --file keeps the generated trace at PATH (otherwise a temporary file).

#include "core/TraceScanner.h"
#include "core/TraceSummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace sipref;

namespace {

constexpr double kMB = 1000.0 * 1000.0; // MB as in the target: 10^6 bytes

/// A realistic mix of calls, as raw SIP with CRLF (the shape of an sngrep
/// export): answered calls with SDP and a BYE, busy, not found, cancelled.
qint64 generate(const QString &path, qint64 targetBytes, qint64 *responses) {
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
    qFatal("cannot write %s: %s", qPrintable(path), qPrintable(f.errorString()));
  const QByteArray sdp = "v=0\r\no=- 20611 20611 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\n"
                         "m=audio 11796 RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
                         "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\na=sendrecv\r\n";
  QByteArray out;
  qint64 written = 0;
  qint64 call = 0;
  *responses = 0;
  auto message = [&](const QByteArray &start, const QByteArray &callId, int cseq, const char *method,
                     const QByteArray &extra, const QByteArray &body) {
    out += "2026/11/25 12:00:01.104512 192.0.2.10:5060 -> 192.0.2.20:5060\n";
    out += start + "\r\n";
    out += "Via: SIP/2.0/UDP 192.0.2.10:5060;rport;branch=z9hG4bK" + QByteArray::number(call * 7 + cseq, 16) +
           "\r\n";
    out += "Max-Forwards: 70\r\n";
    out += "From: \"Sales 1001\" <sip:1001@pbx.example.com>;tag=" + QByteArray::number(call, 36) + "\r\n";
    out += "To: <sip:2001@pbx.example.com>\r\n";
    out += "Call-ID: " + callId + "\r\n";
    out += "CSeq: " + QByteArray::number(cseq) + ' ' + method + "\r\n";
    out += "Contact: <sip:1001@192.0.2.10:5060;transport=udp>\r\n";
    out += "User-Agent: Bench-Phone 1.0\r\n";
    out += extra;
    if (!body.isEmpty())
      out += "Content-Type: application/sdp\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    if (start.startsWith("SIP/2.0 "))
      ++*responses;
  };
  while (written < targetBytes) {
    out.clear();
    const QByteArray id = QByteArray::number(call * 2654435761u % 4294967291u, 16) + "-bench@192.0.2.10";
    message("INVITE sip:2001@pbx.example.com SIP/2.0", id, 1, "INVITE", {}, sdp);
    message("SIP/2.0 100 Trying", id, 1, "INVITE", {}, {});
    switch (call % 4) {
    case 0:
    case 1:
      message("SIP/2.0 180 Ringing", id, 1, "INVITE", {}, {});
      message("SIP/2.0 200 OK", id, 1, "INVITE", {}, sdp);
      message("ACK sip:2001@192.0.2.20 SIP/2.0", id, 1, "ACK", {}, {});
      message("BYE sip:2001@192.0.2.20 SIP/2.0", id, 2, "BYE",
              "Reason: Q.850;cause=16;text=\"Normal call clearing\"\r\n", {});
      message("SIP/2.0 200 OK", id, 2, "BYE", {}, {});
      break;
    case 2:
      message("SIP/2.0 486 Busy Here", id, 1, "INVITE", "Reason: Q.850;cause=17;text=\"User busy\"\r\n", {});
      message("ACK sip:2001@pbx.example.com SIP/2.0", id, 1, "ACK", {}, {});
      break;
    default:
      message("SIP/2.0 180 Ringing", id, 1, "INVITE", {}, {});
      message("CANCEL sip:2001@pbx.example.com SIP/2.0", id, 1, "CANCEL",
              "Reason: SIP;cause=200;text=\"Call completed elsewhere\"\r\n", {});
      message("SIP/2.0 200 OK", id, 1, "CANCEL", {}, {});
      message("SIP/2.0 487 Request Terminated", id, 1, "INVITE", {}, {});
      message("ACK sip:2001@pbx.example.com SIP/2.0", id, 1, "ACK", {}, {});
      break;
    }
    f.write(out);
    written += out.size();
    ++call;
  }
  return written;
}

double cpuSeconds(int who) {
  rusage u{};
  getrusage(who, &u);
  return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long pageFaults() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_minflt + u.ru_majflt;
}

struct Timing {
  double wall = 0;
  double cpu = 0;
};

Timing best(const QList<Timing> &runs) {
  Timing t = runs.first();
  for (const Timing &r : runs) {
    t.wall = std::min(t.wall, r.wall);
    t.cpu = std::min(t.cpu, r.cpu);
  }
  return t;
}

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCommandLineParser parser;
  parser.addHelpOption();
  const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Trace size in MB (default 100)."),
                                QStringLiteral("MB"), QStringLiteral("100"));
  const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each (default 3)."),
                                      QStringLiteral("N"), QStringLiteral("3"));
  const QCommandLineOption fileOption(QStringLiteral("file"), QStringLiteral("Keep the trace at this path."),
                                      QStringLiteral("path"));
  parser.addOptions({size, runsOption, fileOption});
  parser.process(app);
  const int runs = std::max(1, parser.value(runsOption).toInt());

  QTemporaryDir dir;
  const QString path =
      parser.isSet(fileOption) ? parser.value(fileOption) : dir.filePath(QStringLiteral("trace.txt"));
  qint64 expectedResponses = 0;
  const qint64 bytes =
      generate(path, qint64(parser.value(size).toDouble() * 1000 * 1000), &expectedResponses);
  const double mb = double(bytes) / kMB;
  std::printf("trace: %s, %.1f MB, %lld responses\n", qPrintable(path), mb, expectedResponses);

  // grep, with the page cache warm from writing the file.
  QList<Timing> grepRuns;
  QByteArray grepCount;
  for (int i = 0; i < runs; ++i) {
    QProcess grep;
    const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    grep.start(QStringLiteral("grep"), {QStringLiteral("-c"), QStringLiteral("^SIP/2.0 "), path});
    grep.waitForFinished(-1);
    const double wall = double(t.nsecsElapsed()) / 1e9;
    grepRuns << Timing{wall, cpuSeconds(RUSAGE_CHILDREN) - cpu0};
    grepCount = grep.readAllStandardOutput().trimmed();
    if (grep.exitCode() != 0)
      qFatal("grep failed: %s", grep.readAllStandardError().constData());
  }

  // The scanner as `sipref --explain` runs it: 1 MiB reads, every message
  // taken; once dropped (the scanner alone), once kept in the summary.
  struct Result {
    Timing best;
    long faults = 0;
    qint64 responses = 0;
    qint64 calls = 0;
  };
  auto scan = [&](bool keep) {
    QList<Timing> timings;
    Result result;
    for (int i = 0; i < runs; ++i) {
      const double cpu0 = cpuSeconds(RUSAGE_SELF);
      const long faults0 = pageFaults();
      QElapsedTimer t;
      t.start();
      QFile f(path);
      if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
      TraceScanner scanner;
      TraceSummary summary;
      if (keep)
        summary.reserveForInput(f.size());
      qint64 responses = 0;
      QByteArray buffer(1 << 20, Qt::Uninitialized);
      auto take = [&] {
        if (keep) {
          summary.add(scanner.takeMessages());
          summary.addMentions(scanner.takeMentions());
          return;
        }
        for (const TraceMessage &m : scanner.takeMessages())
          responses += m.isResponse();
        scanner.takeMentions();
      };
      for (qint64 n; (n = f.read(buffer.data(), buffer.size())) > 0;) {
        scanner.feed(QByteArrayView(buffer.constData(), n));
        take();
      }
      scanner.finish();
      take();
      timings << Timing{double(t.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_SELF) - cpu0};
      result.faults = pageFaults() - faults0;
      result.responses = keep ? summary.responseCount() : responses;
      result.calls = summary.callCount();
    }
    result.best = best(timings);
    return result;
  };
  const Result alone = scan(false);
  const Result kept = scan(true);
  if (alone.responses != expectedResponses || kept.responses != expectedResponses ||
      grepCount.toLongLong() != expectedResponses)
    std::printf("WARNING: counts differ: generated %lld, scanner %lld / %lld, grep %s\n", expectedResponses,
                alone.responses, kept.responses, grepCount.constData());

  const Timing g = best(grepRuns);
  std::printf("\n%-34s %8s %8s %11s %10s %12s\n", "best of runs", "wall s", "cpu s", "MB/s wall", "MB/s cpu",
              "page faults");
  auto row = [&](const char *name, const Timing &t, long faults) {
    std::printf("%-34s %8.3f %8.3f %11.0f %10.0f %12ld\n", name, t.wall, t.cpu, mb / t.wall,
                mb / std::max(t.cpu, 1e-6), faults);
  };
  row("grep -c '^SIP/2.0 '", g, 0);
  row("TraceScanner", alone.best, alone.faults);
  row("TraceScanner + TraceSummary", kept.best, kept.faults);
  std::printf("(grep counted %s status lines; the scanner found %lld responses in %lld calls)\n",
              grepCount.constData(), kept.responses, kept.calls);

  auto verdict = [&](const char *name, const Timing &t) {
    const double speed = mb / t.wall;
    const double ratio = t.wall / g.wall;
    std::printf("%s: %.0f MB/s, %.2fx grep's time; >= 200 MB/s %s, within 3x of grep %s\n", name, speed,
                ratio, speed >= 200 ? "met" : "MISSED", ratio <= 3.0 ? "met" : "MISSED");
  };
  std::printf("\n");
  verdict("scanner (the target)", alone.best);
  verdict("scanner + summary (what --explain keeps; pays for the memory it keeps)", kept.best);
  return 0;
}
