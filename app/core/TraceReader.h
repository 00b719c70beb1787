#pragma once

#include "TraceSummary.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <functional>

namespace sipref {

/// Reads a trace from a file, standard input or pasted text into a
/// TraceSummary. The one way in for the command line and the window alike.
///
/// What the input is, is told by its first bytes, never by the file name:
///   - a pcap (either byte order, microsecond or nanosecond timestamps) or
///     pcapng capture is read by CaptureReader;
///   - other binary data (a zip, an image, a core file, random bytes,
///     compressed files) is refused with a message that says what it looks
///     like, and nothing of it is taken for SIP;
///   - anything else is text for TraceScanner; a log with a few stray binary
///     bytes (NULs) is still text.
class TraceReader final {
  Q_DECLARE_TR_FUNCTIONS(TraceReader)

public:
  enum class Format { Text, Pcap, PcapNanoseconds, Pcapng, Binary };

  struct Options {
    /// Called after each piece: bytes read so far, and the input's size
    /// (-1 when unknown, as for a pipe). May be empty.
    std::function<void(qint64 done, qint64 total)> progress;
    /// Asked between pieces; true stops the reading (what was found stays). May be empty.
    std::function<bool()> cancelled;
  };

  struct Result {
    Format format = Format::Text;
    QString error; ///< why the input could not be read; empty when it was
    bool cancelled = false;
    qint64 bytes = 0; ///< bytes read from the input
    bool ok() const { return error.isEmpty(); }
  };

  /// What the first bytes of an input say it is; `what` (may be null) is
  /// set to a few words on what binary data looks like ("a zip archive").
  static Format detect(QByteArrayView head, QString *what = nullptr);

  /// Reads the file at `path`, or standard input when `path` is "-".
  static Result readFile(const QString &path, TraceSummary &summary, const Options &options = {});
  /// Reads text the user pasted.
  static Result readText(QStringView text, TraceSummary &summary, const Options &options = {});
};

} // namespace sipref
