#pragma once

#include "TraceScanner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace sipref {

class CaptureDecoder;

/// What a capture held besides the SIP messages read from it: what could not
/// be read, and why. Filled by CaptureReader, shown under a trace summary.
struct CaptureReport {
  /// Traffic that looked like SIP carried in a way that cannot be read from
  /// a capture (encrypted, or framed by another protocol).
  struct Unreadable {
    enum class Kind : quint8 { Tls, Dtls, WebSocket };
    Kind kind = Kind::Tls;
    QString transport; ///< "TCP" or "UDP"
    int port = 0;      ///< the server's port (the lower one when it is not known)
    qint64 packets = 0;
  };

  QString format;       ///< "pcap", "pcap (nanosecond timestamps)" or "pcapng"
  int linkType = -1;    ///< the DLT value libpcap reports
  QString linkTypeName; ///< libpcap's description of it ("Ethernet")
  bool linkTypeSupported = true;
  qint64 packets = 0;    ///< frames read
  double firstTime = -1; ///< seconds since the epoch of the first frame; -1 when none
  double lastTime = -1;
  qint64 snaplenCut = 0;           ///< frames shorter than they were on the wire (IP or SIP data lost)
  QString fileError;               ///< set when the file ends in the middle of a record or is corrupt
  qint64 tcpBytesMissing = 0;      ///< stream bytes never captured (lost, cut, or before the capture began)
  qint64 incompleteMessages = 0;   ///< SIP messages begun but never completed (gap, cut, end of capture)
  qint64 fragmentsUnassembled = 0; ///< IP fragments whose datagram never became whole
  qint64 streamsDropped = 0;       ///< TCP streams or datagrams given up on to keep memory bounded
  QList<Unreadable> unreadable;

  /// Each thing worth saying about the capture, in the installed language:
  /// "37 packets on TCP port 5061, probably TLS, could not be read".
  QStringList problems() const;
  /// "pcapng, Ethernet, 1,234 packets, 2026-11-30 00:17:55 to 00:18:02 UTC".
  QString description() const;
};

/// Messages framed by a capture's transport and not yet parsed: their header
/// sections one after another in one buffer, each with where and when it
/// was seen. Handed out by CaptureReader::takeCaptured() so that parsing can
/// run on another thread than reading (TraceReader does).
struct CapturedMessages {
  struct Item {
    qsizetype offset = 0; ///< in bytes
    qsizetype size = 0;
    qint64 frame = 0;
    double time = 0;
    int source = -1, destination = -1, transport = -1; ///< in texts
  };
  QByteArray bytes;
  QList<Item> items;
  /// Endpoints and transports, each once: the thread that parses copies
  /// them, and the reading thread does not touch them again.
  QStringList texts;

  bool isEmpty() const { return items.isEmpty(); }
  /// Parses each with `scanner` (the text scanner's header parser) and
  /// appends the messages to `out`, stamped with frame, time and endpoints.
  void parse(TraceScanner &scanner, QList<TraceMessage> &out) const;
};

/// Reads SIP messages out of a packet capture (pcap or pcapng, through
/// libpcap), as a network engineer's tools would:
///
///   - link layers: Ethernet with any number of 802.1Q / 802.1ad VLAN tags,
///     Linux cooked capture v1 and v2 (`tcpdump -i any`), raw IPv4 / IPv6,
///     BSD null / loopback; other link types are reported, not guessed;
///   - IPv4 with fragment reassembly; IPv6 with its extension headers and
///     fragment reassembly;
///   - UDP (one message per datagram) and TCP, reassembled per direction of
///     each connection: segments out of order or sent again, several messages
///     in one segment, one message over several; messages are framed by
///     Content-Length;
///   - SIP is recognised by its start line on any port. TLS, DTLS and
///     WebSocket traffic cannot be read: its packets are counted per port
///     and reported (CaptureReport::unreadable);
///   - frames cut by the snapshot length, gaps in TCP streams and a file that
///     ends mid-record give what was complete, and the report says what was lost.
///
/// Each message's bytes go through the text TraceScanner (one SIP parser for
/// both inputs); the reader stamps the result with the frame number, the
/// capture time, both endpoints and the transport. A TCP message's frame is
/// the one in which it became complete, as in Wireshark.
///
/// Memory is bounded by the open TCP streams and pending IP fragments (each
/// capped, the oldest given up first), not by the size of the capture.
class CaptureReader final {
  Q_DECLARE_TR_FUNCTIONS(CaptureReader)
  Q_DISABLE_COPY_MOVE(CaptureReader)

public:
  // Bounds on what the reader keeps between packets.
  static constexpr int MaxStreams = 4096;                  ///< TCP stream directions held at once
  static constexpr qsizetype MaxStreamBuffer = 256 * 1024; ///< unframed bytes per stream direction
  static constexpr qsizetype MaxOutOfOrder = 256 * 1024;   ///< bytes held ahead of a gap, per direction
  static constexpr int MaxDatagrams = 1024;                ///< IP datagrams being reassembled at once
  static constexpr double FragmentTimeout = 30; ///< seconds of capture time before fragments are given up

  CaptureReader();
  ~CaptureReader();

  /// Starts reading a capture from `file` (pcap or pcapng). Takes ownership
  /// of `file` in any case. False with errorString() set when libpcap
  /// cannot read it.
  bool open(FILE *file);
  /// Reads up to `packets` more frames. False once the capture has ended
  /// (at its end, or at a corrupt or cut record: report().fileError).
  bool read(int packets);
  /// Ends the capture: messages still waiting (a TCP stream's last, an
  /// unfinished fragment) are counted as incomplete in the report.
  void finish();
  QString errorString() const { return m_error; }

  /// Decodes one frame of link type `linkType` (a DLT value) captured at
  /// `time` (seconds since the epoch): `captured` bytes of a frame that was
  /// `wireLength` long. open()/read() call this; tests and the fuzzer call it directly.
  void addFrame(int linkType, double time, const uchar *data, qsizetype captured, qsizetype wireLength);

  /// The messages completed since the last call, in the order they completed.
  QList<TraceMessage> takeMessages();
  /// The same messages framed but not parsed yet: takeMessages() is these,
  /// parsed. Use one or the other.
  CapturedMessages takeCaptured();
  const CaptureReport &report() const { return m_report; }

private:
  friend class CaptureDecoder;
  struct State;
  std::unique_ptr<State> d;
  CaptureReport m_report;
  QString m_error;
};

} // namespace sipref
