#include "TraceReader.h"

#include "CaptureReader.h"
#include "TraceScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

#include <stdio_ext.h>

#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace sipref {

namespace {

constexpr qsizetype kPiece = 1 << 20;
constexpr qsizetype kHead = 4096;
constexpr int kPacketsPerPiece = 4096;

bool startsWith(QByteArrayView head, const char *magic, qsizetype n) {
  return head.size() >= n && std::memcmp(head.data(), magic, size_t(n)) == 0;
}

/// A FILE that first gives back the bytes already read from the input to
/// tell its format, then the rest of the input, counting what was read.
/// libpcap takes a FILE, and standard input cannot be rewound.
struct Replay {
  FILE *source = nullptr;
  bool ownsSource = false;
  QByteArray head;
  qsizetype headAt = 0;
  qint64 *bytesRead = nullptr;
};

ssize_t replayRead(void *cookie, char *buffer, size_t size) {
  auto *r = static_cast<Replay *>(cookie);
  size_t n = 0;
  if (r->headAt < r->head.size()) {
    n = qMin(size, size_t(r->head.size() - r->headAt));
    std::memcpy(buffer, r->head.constData() + r->headAt, n);
    r->headAt += qsizetype(n);
  } else {
    n = std::fread(buffer, 1, size, r->source);
    if (n == 0 && std::ferror(r->source))
      return -1;
    *r->bytesRead += qint64(n);
  }
  return ssize_t(n);
}

int replayClose(void *cookie) {
  auto *r = static_cast<Replay *>(cookie);
  if (r->ownsSource)
    std::fclose(r->source);
  delete r;
  return 0;
}

QString formatName(TraceReader::Format format) {
  switch (format) {
  case TraceReader::Format::Pcap:
    return QStringLiteral("pcap");
  case TraceReader::Format::PcapNanoseconds:
    return TraceReader::tr("pcap (nanosecond timestamps)");
  case TraceReader::Format::Pcapng:
    return QStringLiteral("pcapng");
  case TraceReader::Format::Text:
  case TraceReader::Format::Binary:
    break;
  }
  return {};
}

bool stopped(const TraceReader::Options &options) {
  return options.cancelled && options.cancelled();
}

/// Reads text through the scanner, piece by piece; `head` was read already.
void readTextStream(FILE *file, QByteArray head, qint64 total, TraceSummary &summary,
                    const TraceReader::Options &options, TraceReader::Result &result) {
  TraceScanner scanner;
  QByteArray buffer = std::move(head);
  for (;;) {
    if (!buffer.isEmpty()) {
      scanner.feed(buffer);
      summary.add(scanner.takeMessages());
      summary.addMentions(scanner.takeMentions());
      result.bytes += buffer.size();
      if (options.progress)
        options.progress(result.bytes, total);
    }
    if (stopped(options)) {
      result.cancelled = true;
      break;
    }
    buffer.resize(kPiece);
    const size_t n = std::fread(buffer.data(), 1, size_t(buffer.size()), file);
    if (n == 0) {
      if (std::ferror(file))
        result.error = QString::fromLocal8Bit(std::strerror(errno));
      break;
    }
    buffer.resize(qsizetype(n));
  }
  scanner.finish();
  summary.add(scanner.takeMessages());
  summary.addMentions(scanner.takeMentions());
}

/// Parses captured messages and adds them to the summary on a thread of its
/// own, while the caller reads the next packets: on a large capture reading
/// (libpcap, IP, TCP) takes about as long as parsing the headers and
/// counting. Batches are added in the order they came. At most a few wait,
/// so memory stays bounded whichever side is faster; when they are waiting
/// the caller parses the next batch itself instead of waiting (the thread
/// then only adds it), so that neither side idles. The summary is the
/// thread's until finish() returns.
class ParseThread final {
public:
  explicit ParseThread(TraceSummary &summary) : m_summary(summary), m_thread([this] { run(); }) {}
  ~ParseThread() { finish(); }
  Q_DISABLE_COPY_MOVE(ParseThread)

  /// Hands over a batch; parses it first when others are waiting.
  void push(CapturedMessages captured) {
    Batch batch{std::move(captured), {}, false};
    std::unique_lock lock(m_mutex);
    // Messages this thread parsed and the other added come back to be freed
    // here, where they were made: glibc frees memory of another thread's
    // arena much more slowly (measured: reading took twice as long).
    std::vector<QList<TraceMessage>> spent;
    spent.swap(m_spent);
    const bool parseHere = m_in.size() >= kMaxWaiting;
    if (parseHere || !spent.empty()) {
      lock.unlock();
      spent.clear();
      if (parseHere) {
        batch.captured.parse(m_scanner, batch.messages);
        batch.captured = {};
        batch.parsed = true;
      }
      lock.lock();
    }
    ++m_waiting;
    m_changed.wait(lock, [this] { return m_in.size() < kMaxWaiting; });
    --m_waiting;
    m_in.push_back(std::move(batch));
    if (m_idle)
      m_changed.notify_all();
  }
  /// Waits until every batch handed over is in the summary.
  void finish() {
    {
      std::lock_guard lock(m_mutex);
      m_closed = true;
      m_changed.notify_all();
    }
    if (m_thread.joinable())
      m_thread.join();
    m_spent.clear();
  }

private:
  static constexpr size_t kMaxWaiting = 4;

  struct Batch {
    CapturedMessages captured;
    QList<TraceMessage> messages;
    bool parsed = false; ///< by the caller: messages holds them
  };

  void run() {
    TraceScanner scanner;
    QList<TraceMessage> messages;
    std::unique_lock lock(m_mutex);
    for (;;) {
      m_idle = true;
      m_changed.wait(lock, [this] { return !m_in.empty() || m_closed; });
      m_idle = false;
      if (m_in.empty())
        return;
      Batch batch = std::move(m_in.front());
      m_in.pop_front();
      if (m_waiting > 0)
        m_changed.notify_all();
      lock.unlock();
      if (batch.parsed) {
        m_summary.add(batch.messages);
        lock.lock();
        m_spent.push_back(std::move(batch.messages));
        continue;
      }
      batch.captured.parse(scanner, messages);
      m_summary.add(messages);
      messages.resize(0); // made here, freed here
      lock.lock();
    }
  }

  TraceSummary &m_summary;
  TraceScanner m_scanner; ///< the caller's, for the batches it parses
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::deque<Batch> m_in;
  std::vector<QList<TraceMessage>> m_spent; ///< parsed by the caller, added: to be freed by it
  int m_waiting = 0;   ///< the caller waits for room
  bool m_idle = false; ///< the thread waits for a batch
  bool m_closed = false;
  std::thread m_thread; // last: starts when the members above exist
};

void readCapture(FILE *file, bool ownsFile, QByteArray head, qint64 total, TraceReader::Format format,
                 TraceSummary &summary, const TraceReader::Options &options, TraceReader::Result &result) {
  // A file is read again from its start; a pipe through a FILE that replays what was read.
  FILE *stream = nullptr;
  const bool direct = ownsFile && std::fseek(file, 0, SEEK_SET) == 0;
  if (direct) {
    stream = file;
    std::setvbuf(stream, nullptr, _IOFBF, 256 * 1024);
  } else {
    auto *replay = new Replay;
    replay->source = file;
    replay->ownsSource = ownsFile;
    replay->bytesRead = &result.bytes;
    result.bytes = head.size();
    replay->head = std::move(head);
    stream = fopencookie(replay, "rb", cookie_io_functions_t{replayRead, nullptr, nullptr, replayClose});
    if (!stream) {
      if (ownsFile)
        std::fclose(file);
      delete replay;
      result.error = QString::fromLocal8Bit(std::strerror(errno));
      return;
    }
    std::setvbuf(stream, nullptr, _IOFBF, 256 * 1024);
  }
  // One thread reads the stream: no lock per fread (libpcap calls it twice a packet).
  __fsetlocking(stream, FSETLOCKING_BYCALLER);
  CaptureReader reader;
  if (!reader.open(stream)) {
    result.error = TraceReader::tr("it looks like a packet capture, but libpcap cannot read it: %1")
                       .arg(reader.errorString());
    return;
  }
  if (total > 0)
    summary.reserveForInput(total);
  ParseThread parser(summary);
  for (;;) {
    const bool more = reader.read(kPacketsPerPiece);
    parser.push(reader.takeCaptured());
    if (direct)
      result.bytes = more ? qint64(std::ftell(stream)) : total;
    if (options.progress)
      options.progress(result.bytes, total);
    if (!more)
      break;
    if (stopped(options)) {
      result.cancelled = true;
      break;
    }
  }
  reader.finish();
  parser.push(reader.takeCaptured());
  parser.finish();
  CaptureReport report = reader.report();
  report.format = formatName(format);
  summary.setCaptureReport(report);
}

} // namespace

TraceReader::Format TraceReader::detect(QByteArrayView head, QString *what) {
  auto binary = [what](const QString &kind) {
    if (what)
      *what = kind;
    return Format::Binary;
  };
  // Capture files: libpcap's magic numbers, in either byte order.
  if (startsWith(head, "\xd4\xc3\xb2\xa1", 4) || startsWith(head, "\xa1\xb2\xc3\xd4", 4) ||
      startsWith(head, "\x34\xcd\xb2\xa1", 4) || startsWith(head, "\xa1\xb2\xcd\x34", 4))
    return Format::Pcap;
  if (startsWith(head, "\x4d\x3c\xb2\xa1", 4) || startsWith(head, "\xa1\xb2\x3c\x4d", 4))
    return Format::PcapNanoseconds;
  if (startsWith(head, "\x0a\x0d\x0d\x0a", 4))
    return Format::Pcapng;
  // Captures libpcap does not read, and files people attach by mistake.
  if (startsWith(head, "snoop\0\0\0", 8))
    return binary(tr("a snoop capture (convert it with: editcap -F pcapng)"));
  if (startsWith(head, "GMBU", 4))
    return binary(tr("a Network Monitor capture (convert it with: editcap -F pcapng)"));
  if (startsWith(head, "PK\x03\x04", 4) || startsWith(head, "PK\x05\x06", 4))
    return binary(tr("a zip archive"));
  if (startsWith(head, "\x1f\x8b", 2))
    return binary(tr("a gzip-compressed file (decompress it first)"));
  if (startsWith(head, "BZh", 3) && head.size() > 3 && head[3] >= '1' && head[3] <= '9')
    return binary(tr("a bzip2-compressed file (decompress it first)"));
  if (startsWith(head,
                 "\xfd"
                 "7zXZ\0",
                 6))
    return binary(tr("an xz-compressed file (decompress it first)"));
  if (startsWith(head, "\x28\xb5\x2f\xfd", 4))
    return binary(tr("a zstd-compressed file (decompress it first)"));
  if (startsWith(head, "\x89PNG", 4) || startsWith(head, "\xff\xd8\xff", 3) || startsWith(head, "GIF8", 4))
    return binary(tr("an image"));
  if (startsWith(head, "%PDF", 4))
    return binary(tr("a PDF document"));
  if (startsWith(head,
                 "\x7f"
                 "ELF",
                 4))
    return binary(tr("a program or core file (ELF)"));
  if (startsWith(head, "\xff\xfe", 2) || startsWith(head, "\xfe\xff", 2))
    return binary(tr("UTF-16 text (save it as UTF-8)"));
  // Otherwise: text, unless control characters are frequent. Random bytes
  // have about one in ten; a log with stray NULs far fewer.
  qsizetype control = 0;
  for (char c : head) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != '\v' && u != 0x1b) || u == 0x7f)
      ++control;
  }
  if (control * 20 > head.size() && control >= 4)
    return binary(tr("binary data"));
  return Format::Text;
}

TraceReader::Result TraceReader::readFile(const QString &path, TraceSummary &summary,
                                          const Options &options) {
  Result result;
  const bool standardInput = path == u"-";
  FILE *file = stdin;
  if (!standardInput) {
    if (QFileInfo(path).isDir()) {
      result.error = tr("%1 is a folder, not a file").arg(QDir::toNativeSeparators(path));
      return result;
    }
    file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!file) {
      result.error = QString::fromLocal8Bit(std::strerror(errno));
      return result;
    }
  }
  qint64 total = -1;
  struct stat info;
  if (fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode))
    total = qint64(info.st_size);

  QByteArray head(kHead, Qt::Uninitialized);
  const size_t got = std::fread(head.data(), 1, size_t(head.size()), file);
  head.resize(qsizetype(got));
  if (got == 0 && std::ferror(file)) {
    result.error = QString::fromLocal8Bit(std::strerror(errno));
    if (!standardInput)
      std::fclose(file);
    return result;
  }
  QString what;
  result.format = detect(head, &what);
  switch (result.format) {
  case Format::Binary:
    result.error = tr("it is not a SIP trace, a log or a packet capture; it looks like %1").arg(what);
    break;
  case Format::Text:
    if (total > 0)
      summary.reserveForInput(total);
    readTextStream(file, std::move(head), total, summary, options, result);
    break;
  case Format::Pcap:
  case Format::PcapNanoseconds:
  case Format::Pcapng:
    // The capture reader owns the file from here.
    readCapture(file, !standardInput, std::move(head), total, result.format, summary, options, result);
    return result;
  }
  if (!standardInput)
    std::fclose(file);
  return result;
}

TraceReader::Result TraceReader::readText(QStringView text, TraceSummary &summary, const Options &options) {
  Result result;
  TraceScanner scanner;
  // Converted to UTF-8 a piece at a time, never splitting a surrogate pair.
  const qsizetype total = text.size();
  for (qsizetype at = 0; at < total;) {
    if (stopped(options)) {
      result.cancelled = true;
      break;
    }
    qsizetype n = qMin<qsizetype>(kPiece, total - at);
    if (at + n < total && text.at(at + n - 1).isHighSurrogate())
      ++n;
    const QByteArray piece = text.mid(at, n).toUtf8();
    scanner.feed(piece);
    summary.add(scanner.takeMessages());
    summary.addMentions(scanner.takeMentions());
    result.bytes += piece.size();
    at += n;
    if (options.progress)
      options.progress(at, total);
  }
  scanner.finish();
  summary.add(scanner.takeMessages());
  summary.addMentions(scanner.takeMentions());
  return result;
}

} // namespace sipref
