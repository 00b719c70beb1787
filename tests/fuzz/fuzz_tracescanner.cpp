// libFuzzer target: TraceScanner on any bytes. Besides crashes and undefined
// behaviour, it checks what the scanner promises: the result does not depend
// on how the input is cut into pieces, and every message it reports is sane.

#include "core/CallFlow.h"
#include "core/TraceScanner.h"
#include "core/TraceSummary.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using sipref::TraceMention;
using sipref::TraceMessage;
using sipref::TraceScanner;

namespace {

QString describe(const TraceMessage &m) {
  QString s = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                  .arg(m.line)
                  .arg(int(m.kind))
                  .arg(m.method)
                  .arg(m.statusCode)
                  .arg(m.reasonPhrase, m.callId)
                  .arg(m.cseq)
                  .arg(m.cseqMethod);
  for (const auto &r : m.reasons)
    s += QStringLiteral("|R%1:%2:%3:%4").arg(int(r.protocol)).arg(r.protocolName).arg(r.cause).arg(r.text);
  for (const auto &w : m.warnings)
    s += QStringLiteral("|W%1:%2:%3").arg(w.code).arg(w.agent, w.text);
  s += QStringLiteral("|%1|%2|%3|%4|%5|%6|%7|%8|%9")
           .arg(m.time, 0, 'f', 6)
           .arg(m.source, m.destination, m.requestUri, m.from, m.to, m.via, m.contact, m.userAgent);
  return s;
}

/// Every call's flow: participants and steps that point where
/// they should, whatever the input.
void checkFlows(const QList<TraceMessage> &messages) {
  sipref::TraceSummary summary;
  summary.add(messages);
  for (int c = 0; c < summary.calls().size(); ++c) {
    const sipref::CallFlow flow = sipref::CallFlow::build(summary, c);
    if (flow.steps().size() != summary.calls().at(c).messages.size())
      std::abort();
    for (const sipref::FlowStep &step : flow.steps())
      if (step.from < 0 || step.to < 0 || step.from >= flow.participants().size() ||
          step.to >= flow.participants().size())
        std::abort();
    if (flow.finalStep() >= flow.steps().size())
      std::abort();
  }
}

QStringList scan(const uint8_t *data, size_t size, size_t piece, qint64 *lines,
                 QList<TraceMessage> *kept = nullptr) {
  TraceScanner scanner;
  QStringList out;
  QStringList mentions; // complete before the message around them: compared as a list of their own
  qint64 lastLine = 0;
  auto take = [&] {
    for (const TraceMessage &m : scanner.takeMessages()) {
      // Messages come in input order, with a line the scanner has reached.
      if (m.line < lastLine || m.line < 1 || m.line > scanner.linesScanned())
        std::abort();
      if (m.isResponse() && (m.statusCode < 100 || m.statusCode > 699))
        std::abort();
      if (m.isRequest() && m.method.isEmpty())
        std::abort();
      lastLine = m.line;
      out << describe(m);
      if (kept)
        kept->append(m);
    }
    for (const TraceMention &m : scanner.takeMentions()) {
      if (m.line < 1 || m.line > scanner.linesScanned())
        std::abort();
      mentions << QStringLiteral("M%1:%2:%3:%4:%5:%6")
                      .arg(int(m.kind))
                      .arg(m.line)
                      .arg(m.code)
                      .arg(m.words, m.name, m.callId);
    }
  };
  for (size_t i = 0; i < size; i += piece) {
    const size_t n = size - i < piece ? size - i : piece;
    scanner.feed(QByteArrayView(reinterpret_cast<const char *>(data) + i, qsizetype(n)));
    take();
  }
  scanner.finish();
  take();
  if (scanner.bytesScanned() != qint64(size))
    std::abort();
  *lines = scanner.linesScanned();
  return out + mentions;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  // The first byte chooses the piece size for the second pass.
  const size_t piece = 1 + data[0] % 97;
  qint64 wholeLines = 0;
  qint64 pieceLines = 0;
  QList<TraceMessage> messages;
  const QStringList whole = scan(data + 1, size - 1, size, &wholeLines, &messages);
  checkFlows(messages);
  const QStringList pieces = scan(data + 1, size - 1, piece, &pieceLines);
  if (whole != pieces || wholeLines != pieceLines) {
    std::fprintf(stderr, "results differ when fed in pieces of %zu bytes\n", piece);
    std::abort();
  }
  return 0;
}
