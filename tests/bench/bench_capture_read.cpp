// Benchmark helper for bench_capture.sh: how long TraceReader takes to read a
// capture into a TraceSummary (what --explain and the window do before they
// show anything), best of three runs, and the peak resident memory.
//
//   bench_capture_read FILE

#include "core/TraceReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace sipref;

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  if (argc != 2) {
    std::fprintf(stderr, "usage: bench_capture_read FILE\n");
    return 2;
  }
  const QString path = QString::fromLocal8Bit(argv[1]);
  qint64 best = -1;
  int messages = 0;
  for (int run = 0; run < 3; ++run) {
    TraceSummary summary;
    QElapsedTimer timer;
    timer.start();
    const TraceReader::Result result = TraceReader::readFile(path, summary);
    const qint64 ns = timer.nsecsElapsed();
    if (!result.ok()) {
      std::fprintf(stderr, "bench_capture_read: %s\n", qPrintable(result.error));
      return 1;
    }
    messages = summary.messageCount();
    if (best < 0 || ns < best)
      best = ns;
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%.3f %d %ld\n", double(best) / 1e9, messages, usage.ru_maxrss);
  return 0;
}
