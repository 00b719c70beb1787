#include "CaptureReader.h"

#include <QDateTime>
#include <QHash>

#include <pcap/pcap.h>

#include <arpa/inet.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sipref {

namespace {

// Link-layer and network numbers (IEEE 802, IANA), read from the packets.
constexpr quint16 kEtherIpv4 = 0x0800;
constexpr quint16 kEtherIpv6 = 0x86dd;
constexpr quint16 kEtherVlan = 0x8100;    // 802.1Q
constexpr quint16 kEtherQinQ = 0x88a8;    // 802.1ad
constexpr quint16 kEtherQinQOld = 0x9100; // pre-standard double tagging
constexpr quint8 kProtoTcp = 6;
constexpr quint8 kProtoUdp = 17;
constexpr int kMaxVlanTags = 4;

inline quint16 be16(const uchar *p) {
  return quint16(p[0] << 8 | p[1]);
}
inline quint32 be32(const uchar *p) {
  return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
}
inline quint32 le32(const uchar *p) {
  return quint32(p[3]) << 24 | quint32(p[2]) << 16 | quint32(p[1]) << 8 | p[0];
}
inline char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? char(c | 0x20) : c;
}

bool equalsNoCase(const char *p, const char *end, const char *lit) {
  const qsizetype n = qsizetype(std::strlen(lit));
  if (end - p != n)
    return false;
  for (qsizetype i = 0; i < n; ++i)
    if (lower(p[i]) != lit[i])
      return false;
  return true;
}

/// The line at `p` is a SIP start line: "SIP/2.0 486 ..." or "METHOD uri SIP/2.0".
/// Only the first line is looked at, so this is cheap enough for every packet.
bool isSipStart(const char *p, const char *end) {
  const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(qMin<qsizetype>(end - p, 2048))));
  if (!nl)
    return false;
  const char *lineEnd = nl > p && nl[-1] == '\r' ? nl - 1 : nl;
  if (lineEnd - p >= 12 && equalsNoCase(p, p + 8, "sip/2.0 ")) {
    const char *c = p + 8;
    return c[0] >= '1' && c[0] <= '6' && c[1] >= '0' && c[1] <= '9' && c[2] >= '0' && c[2] <= '9' &&
           (c + 3 == lineEnd || c[3] == ' ');
  }
  // Request-Line: a token, a space, a URI with a colon, a space, SIP/2.0.
  if (lineEnd - p < 14 || !equalsNoCase(lineEnd - 8, lineEnd, " sip/2.0"))
    return false;
  const char *q = p;
  while (q < lineEnd && ((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z') || *q == '-' || *q == '_'))
    ++q;
  if (q == p || q - p > 32 || *q != ' ')
    return false;
  return std::memchr(q, ':', size_t(lineEnd - 8 - q)) != nullptr;
}

/// Where a message's header section ends (after its blank line); nullptr when
/// the blank line has not been seen.
const char *headersEnd(const char *p, const char *end) {
  for (const char *q = p; q < end;) {
    const char *nl = static_cast<const char *>(std::memchr(q, '\n', size_t(end - q)));
    if (!nl)
      return nullptr;
    if (nl + 1 < end && nl[1] == '\n')
      return nl + 2;
    if (nl + 2 < end && nl[1] == '\r' && nl[2] == '\n')
      return nl + 3;
    q = nl + 1;
  }
  return nullptr;
}

/// The Content-Length (or its compact form "l") in a header section; 0 when
/// absent, -1 when it is not a number. Only what framing a stream needs.
qint64 contentLength(const char *p, const char *end) {
  for (const char *line = p; line < end;) {
    const char *nl = static_cast<const char *>(std::memchr(line, '\n', size_t(end - line)));
    const char *lineEnd = nl ? nl : end;
    const char *colon = static_cast<const char *>(std::memchr(line, ':', size_t(lineEnd - line)));
    if (colon) {
      const char *nameEnd = colon;
      while (nameEnd > line && (nameEnd[-1] == ' ' || nameEnd[-1] == '\t'))
        --nameEnd;
      if (equalsNoCase(line, nameEnd, "content-length") || equalsNoCase(line, nameEnd, "l")) {
        const char *v = colon + 1;
        while (v < lineEnd && (*v == ' ' || *v == '\t'))
          ++v;
        qint64 n = 0;
        int digits = 0;
        for (; v < lineEnd && *v >= '0' && *v <= '9' && digits < 12; ++v, ++digits)
          n = n * 10 + (*v - '0');
        return digits ? n : -1;
      }
    }
    line = lineEnd + 1;
  }
  return 0;
}

const char *skipCrlf(const char *p, const char *end) {
  while (p < end && (*p == '\r' || *p == '\n'))
    ++p;
  return p;
}

/// A line after the first one in `data` is a SIP start line.
bool containsSipStart(const uchar *data, qsizetype n) {
  const char *p = reinterpret_cast<const char *>(data);
  const char *end = p + qMin<qsizetype>(n, 64 * 1024);
  for (const char *q = p; q < end;) {
    const char *nl = static_cast<const char *>(std::memchr(q, '\n', size_t(end - q)));
    if (!nl)
      return false;
    q = nl + 1;
    if (q < end && isSipStart(q, end))
      return true;
  }
  return false;
}

bool isTlsRecord(const uchar *p, qsizetype n) {
  // ContentType 20-23, ProtocolVersion 3.x (SSL 3.0 to TLS 1.3 records).
  return n >= 5 && p[0] >= 20 && p[0] <= 23 && p[1] == 3 && p[2] <= 4;
}

bool isDtlsRecord(const uchar *p, qsizetype n) {
  return n >= 13 && p[0] >= 20 && p[0] <= 23 && p[1] == 0xfe && (p[2] == 0xff || p[2] == 0xfd);
}

bool startsWebSocket(const uchar *data, qsizetype n) {
  const char *p = reinterpret_cast<const char *>(data);
  const char *end = p + qMin<qsizetype>(n, 4096);
  const bool request = n > 4 && std::memcmp(p, "GET ", 4) == 0;
  const bool response = n > 12 && std::memcmp(p, "HTTP/1.1 101", 12) == 0;
  if (!request && !response)
    return false;
  static const char kUpgrade[] = "websocket";
  for (const char *q = p; q + 9 <= end; ++q)
    if (lower(*q) == 'w' && equalsNoCase(q, q + 9, kUpgrade))
      return true;
  return false;
}

/// Mixes an address (16 bytes, IPv4 in the first 4 and zeros after) into `h`.
/// Its own, not qHashBits: that one reads whole 16-byte blocks around short keys.
inline size_t mix(const std::array<quint8, 16> &address, size_t h) {
  quint64 a = 0, b = 0;
  std::memcpy(&a, address.data(), 8);
  std::memcpy(&b, address.data() + 8, 8);
  h ^= a * 0x9e3779b97f4a7c15ull;
  h = (h << 31 | h >> 33) * 0xbf58476d1ce4e5b9ull;
  h ^= b * 0x94d049bb133111ebull;
  return h ^ (h >> 29);
}

/// Both endpoints of a packet: addresses (IPv4 in the first 4 bytes) and ports.
struct FlowKey {
  std::array<quint8, 16> src{};
  std::array<quint8, 16> dst{};
  quint16 sport = 0;
  quint16 dport = 0;
  quint8 v6 = 0;
  quint8 proto = 0;
  bool operator==(const FlowKey &o) const {
    return src == o.src && dst == o.dst && sport == o.sport && dport == o.dport && v6 == o.v6 &&
           proto == o.proto;
  }
};
struct FlowHash {
  size_t operator()(const FlowKey &k) const {
    const size_t h = mix(k.dst, mix(k.src, k.proto));
    return h ^ (size_t(k.sport) << 16 | k.dport) * 0x9e3779b97f4a7c15ull;
  }
};

struct EndpointKey {
  std::array<quint8, 16> address{};
  quint16 port = 0;
  quint8 v6 = 0;
  bool operator==(const EndpointKey &o) const { return address == o.address && port == o.port && v6 == o.v6; }
};
struct EndpointHash {
  size_t operator()(const EndpointKey &k) const { return mix(k.address, size_t(k.port) << 1 | k.v6); }
};

/// An IP datagram whose fragments are being collected.
struct DatagramKey {
  std::array<quint8, 16> src{};
  std::array<quint8, 16> dst{};
  quint32 id = 0;
  quint8 v6 = 0;
  quint8 proto = 0;
  bool operator==(const DatagramKey &o) const {
    return src == o.src && dst == o.dst && id == o.id && v6 == o.v6 && proto == o.proto;
  }
};
struct DatagramHash {
  size_t operator()(const DatagramKey &k) const {
    return mix(k.src, mix(k.dst, k.id)) ^ k.proto ^ (size_t(k.v6) << 40);
  }
};
struct Datagram {
  QByteArray data;
  std::vector<std::pair<int, int>> have; ///< byte ranges received, sorted, merged
  int total = -1;                        ///< known once the last fragment came
  int fragments = 0;
  double firstTime = 0;
  quint64 order = 0;
};

/// One direction of a TCP connection.
struct Stream {
  enum class Kind : quint8 { Unknown, Sip, Tls, WebSocket, Other };
  Kind kind = Kind::Unknown;
  bool haveSeq = false;
  quint32 nextSeq = 0;
  quint64 nextAbs = 0; ///< nextSeq as a position that does not wrap
  QByteArray buffer;   ///< bytes received in order and not yet framed
  qsizetype consumed = 0;
  std::map<quint64, QByteArray> ahead; ///< segments after a gap, by position
  qsizetype aheadBytes = 0;
  bool resync = false; ///< bytes were lost: look for the next start line
  int unreadablePort = 0;
  quint64 lastUsed = 0;
  QString source;
  QString destination;
};

} // namespace

struct CaptureReader::State {
  pcap_t *pcap = nullptr;
  TraceScanner scanner; ///< for takeMessages()
  CapturedMessages captured;
  std::unordered_map<const QChar *, int> capturedText; ///< where a text is -> its index in captured.texts

  qint64 frame = 0;
  double time = 0;

  std::unordered_map<FlowKey, Stream, FlowHash> streams;
  quint64 useCounter = 0;
  std::unordered_map<DatagramKey, Datagram, DatagramHash> datagrams;
  quint64 datagramCounter = 0;
  double lastExpiry = 0;
  // "address:port" per endpoint, so that each message shares one string.
  std::unordered_map<EndpointKey, QString, EndpointHash> endpoints;
  /// The endpoints of recent UDP flows, by hash: most datagrams go between a few of them.
  struct RecentFlow {
    FlowKey key;
    QString source;
    QString destination;
  };
  std::array<RecentFlow, 64> recentFlows;
  QHash<quint32, int> unreadable; ///< kind, transport, port -> index in the report

  ~State() {
    if (pcap)
      pcap_close(pcap);
  }
};

CaptureReader::CaptureReader() : d(std::make_unique<State>()) {}
CaptureReader::~CaptureReader() = default;

bool CaptureReader::open(FILE *file) {
  char errbuf[PCAP_ERRBUF_SIZE] = {};
  // Nanosecond precision: pcap files of either kind and pcapng keep what they have.
  d->pcap = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_NANO, errbuf);
  if (!d->pcap) {
    std::fclose(file);
    m_error = QString::fromLocal8Bit(errbuf);
    return false;
  }
  m_report.linkType = pcap_datalink(d->pcap);
  const char *name = pcap_datalink_val_to_description(m_report.linkType);
  if (!name)
    name = pcap_datalink_val_to_name(m_report.linkType);
  m_report.linkTypeName = name ? QString::fromUtf8(name) : QString();
  return true;
}

bool CaptureReader::read(int packets) {
  if (!d->pcap)
    return false;
  for (int i = 0; i < packets; ++i) {
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    const int rc = pcap_next_ex(d->pcap, &header, &data);
    if (rc == 1) {
      const double time = double(header->ts.tv_sec) + double(header->ts.tv_usec) * 1e-9;
      addFrame(m_report.linkType, time, data, qsizetype(header->caplen), qsizetype(header->len));
      continue;
    }
    if (rc == PCAP_ERROR)
      m_report.fileError = QString::fromLocal8Bit(pcap_geterr(d->pcap));
    pcap_close(d->pcap);
    d->pcap = nullptr;
    return false;
  }
  return true;
}

QList<TraceMessage> CaptureReader::takeMessages() {
  QList<TraceMessage> out;
  takeCaptured().parse(d->scanner, out);
  return out;
}

CapturedMessages CaptureReader::takeCaptured() {
  CapturedMessages out = std::exchange(d->captured, {});
  d->capturedText.clear();
  // The next piece of packets holds about as much.
  d->captured.bytes.reserve(out.bytes.size());
  d->captured.items.reserve(out.items.size());
  return out;
}

void CapturedMessages::parse(TraceScanner &scanner, QList<TraceMessage> &out) const {
  out.reserve(out.size() + items.size());
  for (const Item &item : items) {
    const qsizetype first = out.size();
    scanner.scanMessage(QByteArrayView(bytes.constData() + item.offset, item.size));
    scanner.moveMessagesTo(out);
    for (qsizetype i = first; i < out.size(); ++i) {
      TraceMessage &m = out[i];
      m.line = 0;
      m.frame = item.frame;
      m.time = item.time;
      m.source = texts.at(item.source);
      m.destination = texts.at(item.destination);
      m.transport = texts.at(item.transport);
    }
  }
}

// ---------------------------------------------------------------------------
// Decoding, one layer at a time. Each takes the bytes captured of its layer.

namespace {

struct Packet {
  FlowKey key;
  const uchar *payload = nullptr;
  qsizetype size = 0;    ///< payload bytes captured
  qsizetype missing = 0; ///< payload bytes that were on the wire but not captured
  quint32 seq = 0;       ///< TCP
  quint8 flags = 0;      ///< TCP
};

constexpr quint8 kFin = 0x01;
constexpr quint8 kSyn = 0x02;
constexpr quint8 kRst = 0x04;

} // namespace

class CaptureDecoder final {
public:
  CaptureDecoder(CaptureReader::State &d, CaptureReport &report) : d(d), report(report) {}

  void link(int linkType, const uchar *p, qsizetype n);
  void ip(const uchar *p, qsizetype n);
  void finish();

private:
  void ipv4(const uchar *p, qsizetype n);
  void ipv6(const uchar *p, qsizetype n);
  void ipv6Payload(const FlowKey &addresses, quint8 next, const uchar *p, qsizetype n, qsizetype missing);
  void transport(FlowKey key, const uchar *p, qsizetype n, qsizetype missing);
  void fragment(const DatagramKey &key, const FlowKey &addresses, int offset, bool more, const uchar *p,
                qsizetype n);
  void expireDatagrams();
  void udp(const Packet &packet);
  void tcp(const Packet &packet);
  void classify(Stream &s, const Packet &packet, const uchar *p, qsizetype n);
  void segment(Stream &s, const Packet &packet);
  void drainAhead(Stream &s);
  void decide(Stream &s, const Packet &packet);
  Stream &stream(const FlowKey &key);
  void evictStreams();
  void drop(Stream &s, bool evicted);
  void append(Stream &s, const uchar *p, qsizetype n);
  void frame(Stream &s);
  void skipGap(Stream &s);
  void countUnreadable(CaptureReport::Unreadable::Kind kind, bool tcp, int port);
  /// Reads the message at `p` whose header section ends at `headers`.
  void emitMessage(const char *p, const char *headers, const QString &source, const QString &destination,
                   const QString &transport);
  QString endpoint(const FlowKey &key, bool source);

  CaptureReader::State &d;
  CaptureReport &report;
};

void CaptureReader::addFrame(int linkType, double time, const uchar *data, qsizetype captured,
                             qsizetype wireLength) {
  ++d->frame;
  ++m_report.packets;
  d->time = time;
  // Merged captures need not be in time order: the span is from the earliest to the latest.
  if (m_report.firstTime < 0 || time < m_report.firstTime)
    m_report.firstTime = time;
  m_report.lastTime = qMax(m_report.lastTime, time);
  Q_UNUSED(wireLength) // the IP and UDP lengths say what is missing, layer by layer
  CaptureDecoder(*d, m_report).link(linkType, data, captured);
}

void CaptureReader::finish() {
  if (d->pcap) {
    pcap_close(d->pcap);
    d->pcap = nullptr;
  }
  CaptureDecoder(*d, m_report).finish();
}

void CaptureDecoder::link(int linkType, const uchar *p, qsizetype n) {
  // Link layers with a header of fixed length and the EtherType at a fixed place in it.
  struct Framing {
    int linkType;
    qsizetype header;
    qsizetype etherType;
  };
  static constexpr Framing kFramings[] = {
      {DLT_EN10MB, 14, 12},     // Ethernet
      {DLT_LINUX_SLL, 16, 14},  // Linux cooked capture v1 (tcpdump -i any)
      {DLT_LINUX_SLL2, 20, 0},  // v2
  };
  quint16 type = 0;
  switch (linkType) {
  case DLT_RAW:
  case DLT_IPV4:
  case DLT_IPV6:
    ip(p, n);
    return;
  case DLT_NULL:
  case DLT_LOOP: {
    // The address family, in the byte order of the machine that wrote the
    // file (DLT_NULL) or in network order (DLT_LOOP): IPv6 is 10, 24, 28 or
    // 30 depending on the system, so the version nibble decides.
    if (n < 4)
      return;
    const quint32 family = linkType == DLT_LOOP ? be32(p) : qMin(le32(p), be32(p));
    if (family != 2 && family != 10 && family != 24 && family != 28 && family != 30)
      return;
    ip(p + 4, n - 4);
    return;
  }
  default: {
    const auto framing = std::find_if(std::begin(kFramings), std::end(kFramings),
                                      [linkType](const Framing &f) { return f.linkType == linkType; });
    if (framing == std::end(kFramings)) {
      report.linkTypeSupported = false;
      return;
    }
    if (n < framing->header)
      return;
    type = be16(p + framing->etherType);
    p += framing->header;
    n -= framing->header;
  }
  }
  // VLAN tags, after an Ethernet header or a cooked one (a tagged frame seen on "any").
  for (int tags = 0;
       (type == kEtherVlan || type == kEtherQinQ || type == kEtherQinQOld) && tags < kMaxVlanTags; ++tags) {
    if (n < 4)
      return;
    type = be16(p + 2);
    p += 4;
    n -= 4;
  }
  if (type == kEtherIpv4 || type == kEtherIpv6)
    ip(p, n);
}

void CaptureDecoder::ip(const uchar *p, qsizetype n) {
  if (n < 1)
    return;
  if ((p[0] >> 4) == 4)
    ipv4(p, n);
  else if ((p[0] >> 4) == 6)
    ipv6(p, n);
}

void CaptureDecoder::ipv4(const uchar *p, qsizetype n) {
  if (n < 20)
    return;
  const qsizetype headerLength = (p[0] & 0x0f) * 4;
  qsizetype total = be16(p + 2);
  if (total == 0)
    total = n; // segmentation offload: the sender's capture saw the packet before the NIC set its length
  if (headerLength < 20 || total < headerLength || n < headerLength)
    return;
  // Ethernet pads short frames: the IP length says where the datagram ends.
  const qsizetype missing = qMax<qsizetype>(0, total - n);
  n = qMin(n, total);
  FlowKey key;
  std::memcpy(key.src.data(), p + 12, 4);
  std::memcpy(key.dst.data(), p + 16, 4);
  key.proto = p[9];
  const quint16 flags = be16(p + 6);
  const int offset = (flags & 0x1fff) * 8;
  const bool more = flags & 0x2000;
  if (offset != 0 || more) {
    if (missing) {
      ++report.fragmentsUnassembled;
      return;
    }
    DatagramKey dk;
    dk.src = key.src;
    dk.dst = key.dst;
    dk.id = be16(p + 4);
    dk.proto = key.proto;
    fragment(dk, key, offset, more, p + headerLength, n - headerLength);
    return;
  }
  transport(key, p + headerLength, n - headerLength, missing);
}

void CaptureDecoder::ipv6(const uchar *p, qsizetype n) {
  if (n < 40)
    return;
  const qsizetype total = 40 + be16(p + 4);
  const qsizetype missing = qMax<qsizetype>(0, total - n);
  n = qMin(n, total);
  FlowKey key;
  key.v6 = 1;
  std::memcpy(key.src.data(), p + 8, 16);
  std::memcpy(key.dst.data(), p + 24, 16);
  ipv6Payload(key, p[6], p + 40, n - 40, missing);
}

void CaptureDecoder::ipv6Payload(const FlowKey &addresses, quint8 next, const uchar *p, qsizetype n,
                                 qsizetype missing) {
  // Extension headers (RFC 8200 §4), at most a few of each.
  for (int guard = 0; guard < 16; ++guard) {
    switch (next) {
    case 0:    // Hop-by-Hop Options
    case 43:   // Routing
    case 60:   // Destination Options
    case 135:  // Mobility: length in 8-byte units, not counting the first 8
    case 51: { // Authentication Header (RFC 4302): length in 4-byte units, minus 2
      if (n < 8)
        return;
      const qsizetype length = next == 51 ? (qsizetype(p[1]) + 2) * 4 : (qsizetype(p[1]) + 1) * 8;
      if (n < length)
        return;
      next = p[0];
      p += length;
      n -= length;
      continue;
    }
    case 44: { // Fragment
      if (n < 8)
        return;
      if (missing) {
        ++report.fragmentsUnassembled;
        return;
      }
      DatagramKey dk;
      dk.v6 = 1;
      dk.src = addresses.src;
      dk.dst = addresses.dst;
      dk.id = be32(p + 4);
      dk.proto = p[0];
      const int offset = be16(p + 2) & 0xfff8;
      const bool more = p[3] & 1;
      if (offset == 0 && !more) { // an atomic fragment (RFC 6946)
        next = p[0];
        p += 8;
        n -= 8;
        continue;
      }
      FlowKey key = addresses;
      key.proto = p[0];
      fragment(dk, key, offset, more, p + 8, n - 8);
      return;
    }
    default: {
      FlowKey key = addresses;
      key.proto = next;
      transport(key, p, n, missing);
      return;
    }
    }
  }
}

void CaptureDecoder::fragment(const DatagramKey &key, const FlowKey &addresses, int offset, bool more,
                              const uchar *p, qsizetype n) {
  if (offset + n > 65535 || (more && n % 8 != 0)) {
    ++report.fragmentsUnassembled;
    return;
  }
  expireDatagrams();
  auto it = d.datagrams.find(key);
  if (it == d.datagrams.end()) {
    if (int(d.datagrams.size()) >= CaptureReader::MaxDatagrams) {
      // Give up the oldest datagram for the new one.
      auto oldest =
          std::min_element(d.datagrams.begin(), d.datagrams.end(),
                           [](const auto &a, const auto &b) { return a.second.order < b.second.order; });
      report.fragmentsUnassembled += oldest->second.fragments;
      ++report.streamsDropped;
      d.datagrams.erase(oldest);
    }
    it = d.datagrams.emplace(key, Datagram()).first;
    it->second.firstTime = d.time;
    it->second.order = ++d.datagramCounter;
  }
  Datagram &g = it->second;
  ++g.fragments;
  const int end = offset + int(n);
  if (g.data.size() < end)
    g.data.resize(end);
  std::memcpy(g.data.data() + offset, p, size_t(n));
  if (!more)
    g.total = end;
  g.have.emplace_back(offset, end);
  std::sort(g.have.begin(), g.have.end());
  std::vector<std::pair<int, int>> merged;
  for (const auto &r : g.have) {
    if (!merged.empty() && r.first <= merged.back().second)
      merged.back().second = qMax(merged.back().second, r.second);
    else
      merged.push_back(r);
  }
  g.have = std::move(merged);
  if (g.total < 0 || g.have.size() != 1 || g.have.front().first != 0 || g.have.front().second < g.total)
    return;
  const QByteArray whole = g.data.left(g.total);
  d.datagrams.erase(it);
  const uchar *data = reinterpret_cast<const uchar *>(whole.constData());
  if (key.v6)
    ipv6Payload(addresses, key.proto, data, whole.size(), 0);
  else
    transport(addresses, data, whole.size(), 0);
}

void CaptureDecoder::expireDatagrams() {
  if (d.datagrams.empty() || d.time - d.lastExpiry < 1)
    return;
  d.lastExpiry = d.time;
  for (auto it = d.datagrams.begin(); it != d.datagrams.end();) {
    if (d.time - it->second.firstTime > CaptureReader::FragmentTimeout) {
      report.fragmentsUnassembled += it->second.fragments;
      it = d.datagrams.erase(it);
    } else {
      ++it;
    }
  }
}

void CaptureDecoder::transport(FlowKey key, const uchar *p, qsizetype n, qsizetype missing) {
  Packet packet;
  if (key.proto == kProtoUdp) {
    if (n < 8)
      return;
    key.sport = be16(p);
    key.dport = be16(p + 2);
    const qsizetype length = be16(p + 4);
    if (length < 8)
      return;
    packet.missing = qMax<qsizetype>(0, length - n);
    packet.payload = p + 8;
    packet.size = qMin(n, length) - 8;
    packet.key = key;
    udp(packet);
  } else if (key.proto == kProtoTcp) {
    if (n < 20)
      return;
    const qsizetype headerLength = (p[12] >> 4) * 4;
    if (headerLength < 20 || n < headerLength)
      return;
    key.sport = be16(p);
    key.dport = be16(p + 2);
    packet.key = key;
    packet.seq = be32(p + 4);
    packet.flags = p[13];
    packet.payload = p + headerLength;
    packet.size = n - headerLength;
    packet.missing = missing;
    tcp(packet);
  }
}

QString CaptureDecoder::endpoint(const FlowKey &key, bool source) {
  EndpointKey id;
  id.address = source ? key.src : key.dst;
  id.port = source ? key.sport : key.dport;
  id.v6 = key.v6;
  auto it = d.endpoints.find(id);
  if (it != d.endpoints.end())
    return it->second;
  char text[INET6_ADDRSTRLEN] = {};
  inet_ntop(key.v6 ? AF_INET6 : AF_INET, id.address.data(), text, sizeof text);
  const QString s = key.v6 ? QStringLiteral("[%1]:%2").arg(QLatin1String(text)).arg(id.port)
                           : QStringLiteral("%1:%2").arg(QLatin1String(text)).arg(id.port);
  if (d.endpoints.size() > 16384)
    d.endpoints.clear();
  d.endpoints.emplace(id, s);
  return s;
}

void CaptureDecoder::countUnreadable(CaptureReport::Unreadable::Kind kind, bool tcp, int port) {
  const quint32 id = quint32(kind) << 24 | quint32(tcp) << 16 | quint32(port);
  auto it = d.unreadable.constFind(id);
  if (it == d.unreadable.constEnd()) {
    it = d.unreadable.insert(id, int(report.unreadable.size()));
    CaptureReport::Unreadable u;
    u.kind = kind;
    u.transport = tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
    u.port = port;
    report.unreadable.append(u);
  }
  ++report.unreadable[*it].packets;
}

void CaptureDecoder::emitMessage(const char *p, const char *headers, const QString &source,
                                 const QString &destination, const QString &transport) {
  // Only the header section goes to the scanner: a body (SDP, or a message
  // carried as message/sip) holds no start line of this message.
  CapturedMessages &c = d.captured;
  auto text = [&](const QString &t) {
    auto [it, added] = d.capturedText.try_emplace(t.constData(), int(c.texts.size()));
    if (added)
      c.texts.append(t);
    return it->second;
  };
  c.items.append(
      CapturedMessages::Item{c.bytes.size(), headers - p, d.frame, d.time, text(source), text(destination), text(transport)});
  c.bytes.append(p, headers - p);
}

void CaptureDecoder::udp(const Packet &packet) {
  const char *p = reinterpret_cast<const char *>(packet.payload);
  const char *end = p + packet.size;
  const char *start = skipCrlf(p, end);
  if (start < end && isSipStart(start, end)) {
    const char *headers = headersEnd(start, end);
    if (packet.missing && !headers) {
      // Cut inside the headers: what is left would be a message without its Call-ID or CSeq.
      ++report.incompleteMessages;
      ++report.snaplenCut;
      return;
    }
    if (packet.missing)
      ++report.snaplenCut;
    static const QString kUdp = QStringLiteral("UDP");
    auto &flow = d.recentFlows[FlowHash()(packet.key) % d.recentFlows.size()];
    if (flow.source.isEmpty() || !(flow.key == packet.key)) {
      flow.key = packet.key;
      flow.source = endpoint(packet.key, true);
      flow.destination = endpoint(packet.key, false);
    }
    emitMessage(start, headers ? headers : end, flow.source, flow.destination, kUdp);
    return;
  }
  if (isDtlsRecord(packet.payload, packet.size))
    countUnreadable(CaptureReport::Unreadable::Kind::Dtls, false, qMin(packet.key.sport, packet.key.dport));
}

Stream &CaptureDecoder::stream(const FlowKey &key) {
  auto it = d.streams.find(key);
  if (it == d.streams.end()) {
    if (int(d.streams.size()) >= CaptureReader::MaxStreams)
      evictStreams();
    it = d.streams.emplace(key, Stream()).first;
    it->second.source = endpoint(key, true);
    it->second.destination = endpoint(key, false);
  }
  it->second.lastUsed = ++d.useCounter;
  return it->second;
}

void CaptureDecoder::evictStreams() {
  // The least recently used eighth goes, so that this runs once per many new streams.
  std::vector<quint64> uses;
  uses.reserve(d.streams.size());
  for (const auto &s : d.streams)
    uses.push_back(s.second.lastUsed);
  const size_t cut = uses.size() / 8;
  std::nth_element(uses.begin(), uses.begin() + qsizetype(cut), uses.end());
  const quint64 threshold = uses[cut];
  for (auto it = d.streams.begin(); it != d.streams.end();) {
    if (it->second.lastUsed <= threshold) {
      drop(it->second, true);
      it = d.streams.erase(it);
    } else {
      ++it;
    }
  }
}

void CaptureDecoder::drop(Stream &s, bool evicted) {
  // What a stream still holds when it is given up was never completed.
  if (s.kind != Stream::Kind::Sip) {
    s.ahead.clear();
    s.aheadBytes = 0;
    return;
  }
  while (!s.ahead.empty()) {
    skipGap(s);
    frame(s);
  }
  const char *p = s.buffer.constData() + s.consumed;
  const char *end = s.buffer.constData() + s.buffer.size();
  if (skipCrlf(p, end) < end) {
    ++report.incompleteMessages;
    if (evicted)
      ++report.streamsDropped;
  }
  s.buffer.clear();
  s.consumed = 0;
}

void CaptureDecoder::classify(Stream &s, const Packet &packet, const uchar *p, qsizetype n) {
  const char *text = reinterpret_cast<const char *>(p);
  const char *start = skipCrlf(text, text + n);
  if (start < text + n && isSipStart(start, text + n)) {
    s.kind = Stream::Kind::Sip;
  } else if (isTlsRecord(p, n)) {
    s.kind = Stream::Kind::Tls;
    // A ClientHello goes to the server, a ServerHello comes from it.
    const bool hello = p[0] == 22 && n > 5;
    s.unreadablePort = hello && p[5] == 1   ? packet.key.dport
                       : hello && p[5] == 2 ? packet.key.sport
                                            : qMin(packet.key.sport, packet.key.dport);
  } else if (startsWebSocket(p, n)) {
    s.kind = Stream::Kind::WebSocket;
    s.unreadablePort = p[0] == 'G' ? packet.key.dport : packet.key.sport;
  }
}

void CaptureDecoder::tcp(const Packet &packet) {
  if (packet.size == 0 && !(packet.flags & (kSyn | kFin | kRst)))
    return; // a bare ACK
  Stream &s = stream(packet.key);
  if (packet.flags & kSyn) {
    s.haveSeq = true;
    s.nextSeq = packet.seq + 1;
    s.nextAbs = quint64(1) << 32;
  }
  if (packet.size > 0 && s.kind == Stream::Kind::Unknown) {
    if (!s.haveSeq) {
      // The connection began before the capture: it is SIP from the first
      // segment that holds a start line at the beginning of a line (the
      // bytes before it, a message begun earlier, are counted as lost).
      classify(s, packet, packet.payload, packet.size);
      if (s.kind == Stream::Kind::Unknown && containsSipStart(packet.payload, packet.size))
        s.kind = Stream::Kind::Sip;
      if (s.kind == Stream::Kind::Sip) {
        s.haveSeq = true;
        s.nextSeq = packet.seq;
        s.nextAbs = quint64(1) << 32;
      }
    }
  }
  if (packet.size > 0) {
    switch (s.kind) {
    case Stream::Kind::Tls:
      countUnreadable(CaptureReport::Unreadable::Kind::Tls, true, s.unreadablePort);
      break;
    case Stream::Kind::WebSocket:
      countUnreadable(CaptureReport::Unreadable::Kind::WebSocket, true, s.unreadablePort);
      break;
    case Stream::Kind::Sip:
    case Stream::Kind::Unknown:
      if (s.haveSeq)
        segment(s, packet);
      break;
    case Stream::Kind::Other:
      break;
    }
  }
  if (packet.flags & kRst || (packet.flags & kFin && s.ahead.empty())) {
    drop(s, false);
    d.streams.erase(packet.key);
  }
}

void CaptureDecoder::segment(Stream &s, const Packet &packet) {
  if (packet.missing && s.kind == Stream::Kind::Sip)
    ++report.snaplenCut;
  const qint32 offset = qint32(packet.seq - s.nextSeq);
  if (offset > 0) {
    // After a gap: kept until the gap is filled, or given up on.
    const quint64 at = s.nextAbs + quint64(offset);
    auto existing = s.ahead.find(at);
    if (existing == s.ahead.end() || existing->second.size() < packet.size) {
      if (existing != s.ahead.end())
        s.aheadBytes -= existing->second.size();
      s.ahead[at] = QByteArray(reinterpret_cast<const char *>(packet.payload), packet.size);
      s.aheadBytes += packet.size;
    }
    if (s.aheadBytes > CaptureReader::MaxOutOfOrder) {
      if (s.kind == Stream::Kind::Unknown) {
        s.kind = Stream::Kind::Other;
        s.ahead.clear();
        s.aheadBytes = 0;
        return;
      }
      skipGap(s);
      frame(s);
    }
    return;
  }
  // In order, or sent again: only bytes not yet seen are new.
  if (qint64(packet.size) + offset <= 0)
    return;
  append(s, packet.payload - offset, packet.size + offset);
  if (!packet.missing)
    drainAhead(s);
  if (s.kind == Stream::Kind::Unknown) {
    decide(s, packet);
    if (s.kind != Stream::Kind::Sip)
      return;
  }
  if (packet.missing) {
    // The frame was cut (snaplen): the rest of the segment is a gap.
    frame(s);
    const char *p = s.buffer.constData() + s.consumed;
    const char *end = s.buffer.constData() + s.buffer.size();
    if (skipCrlf(p, end) < end)
      ++report.incompleteMessages;
    s.buffer.clear();
    s.consumed = 0;
    s.nextSeq += quint32(packet.missing);
    s.nextAbs += quint64(packet.missing);
    report.tcpBytesMissing += packet.missing;
    s.resync = true;
  }
  drainAhead(s);
  frame(s);
}

void CaptureDecoder::decide(Stream &s, const Packet &packet) {
  // After the handshake, the stream's first bytes tell what it carries; a
  // first line that is not complete yet is waited for.
  const char *begin = s.buffer.constData() + s.consumed;
  const char *end = s.buffer.constData() + s.buffer.size();
  const char *text = skipCrlf(begin, end); // keep-alives may come first (RFC 5626)
  if (text == end)
    return;
  const auto *p = reinterpret_cast<const uchar *>(text);
  const qsizetype n = end - text;
  classify(s, packet, p, n);
  if (s.kind == Stream::Kind::Unknown) {
    if (!std::memchr(p, '\n', size_t(n)) && n < 2048)
      return;
    s.kind = Stream::Kind::Other;
  }
  if (s.kind == Stream::Kind::Sip)
    return;
  s.buffer.clear();
  s.consumed = 0;
  s.ahead.clear();
  s.aheadBytes = 0;
  if (s.kind == Stream::Kind::Tls)
    countUnreadable(CaptureReport::Unreadable::Kind::Tls, true, s.unreadablePort);
  else if (s.kind == Stream::Kind::WebSocket)
    countUnreadable(CaptureReport::Unreadable::Kind::WebSocket, true, s.unreadablePort);
}

void CaptureDecoder::drainAhead(Stream &s) {
  while (!s.ahead.empty() && s.ahead.begin()->first <= s.nextAbs) {
    auto first = s.ahead.begin();
    const qsizetype skip = qsizetype(s.nextAbs - first->first);
    const QByteArray bytes = std::move(first->second);
    s.aheadBytes -= bytes.size();
    s.ahead.erase(first);
    if (skip < bytes.size())
      append(s, reinterpret_cast<const uchar *>(bytes.constData()) + skip, bytes.size() - skip);
  }
}

void CaptureDecoder::append(Stream &s, const uchar *p, qsizetype n) {
  if (s.consumed > 0 && s.consumed >= s.buffer.size() / 2) {
    s.buffer.remove(0, s.consumed);
    s.consumed = 0;
  }
  s.buffer.append(reinterpret_cast<const char *>(p), n);
  s.nextSeq += quint32(n);
  s.nextAbs += quint64(n);
}

void CaptureDecoder::skipGap(Stream &s) {
  // The bytes before the first waiting segment never came: the message they
  // belonged to is lost, and reading resumes at the next start line.
  if (s.ahead.empty())
    return;
  const quint64 first = s.ahead.begin()->first;
  report.tcpBytesMissing += qint64(first - s.nextAbs);
  const char *p = s.buffer.constData() + s.consumed;
  const char *end = s.buffer.constData() + s.buffer.size();
  // The message the buffer began is lost; when the gap came between
  // messages, framing counts the one whose start it swallowed.
  s.resync = skipCrlf(p, end) < end;
  if (s.resync)
    ++report.incompleteMessages;
  s.buffer.clear();
  s.consumed = 0;
  s.nextSeq += quint32(first - s.nextAbs);
  s.nextAbs = first;
  drainAhead(s);
}

void CaptureDecoder::frame(Stream &s) {
  static const QString kTcp = QStringLiteral("TCP");
  for (;;) {
    const char *begin = s.buffer.constData() + s.consumed;
    const char *end = s.buffer.constData() + s.buffer.size();
    const char *p = skipCrlf(begin, end); // keep-alives (RFC 5626 §3.5.1)
    s.consumed = p - s.buffer.constData();
    if (p == end)
      return;
    if (!isSipStart(p, end)) {
      // Not at a message: bytes were lost before. Take up at the next start line.
      const char *next = nullptr;
      for (const char *q = p; q < end;) {
        const char *nl = static_cast<const char *>(std::memchr(q, '\n', size_t(end - q)));
        if (!nl)
          break;
        q = nl + 1;
        if (q < end && isSipStart(q, end)) {
          next = q;
          break;
        }
      }
      if (!s.resync)
        ++report.incompleteMessages; // the tail of a message begun before the capture
      s.resync = true;
      if (!next) {
        // Keep the last, unfinished line: it may be a start line.
        const char *lastLine = end;
        while (lastLine > p && lastLine[-1] != '\n')
          --lastLine;
        s.consumed = lastLine - s.buffer.constData();
        if (end - lastLine > 4096)
          s.consumed = s.buffer.size();
        return;
      }
      s.consumed = next - s.buffer.constData();
      continue;
    }
    s.resync = false;
    const char *headers = headersEnd(p, end);
    if (!headers) {
      if (end - p > CaptureReader::MaxStreamBuffer) {
        ++report.incompleteMessages;
        ++report.streamsDropped;
        s.consumed = s.buffer.size();
        s.resync = true;
      }
      return;
    }
    const qint64 length = contentLength(p, headers);
    if (length < 0 || length > CaptureReader::MaxStreamBuffer) {
      // No usable framing: read the headers, then look for the next message.
      emitMessage(p, headers, s.source, s.destination, kTcp);
      s.consumed = headers - s.buffer.constData();
      s.resync = true;
      continue;
    }
    if (end - headers < length)
      return;
    emitMessage(p, headers, s.source, s.destination, kTcp);
    s.consumed = (headers + length) - s.buffer.constData();
  }
}

void CaptureDecoder::finish() {
  for (auto &entry : d.streams)
    drop(entry.second, false);
  d.streams.clear();
  for (const auto &g : d.datagrams)
    report.fragmentsUnassembled += g.second.fragments;
  d.datagrams.clear();
  d.scanner.finish();
}

// ---------------------------------------------------------------------------

QStringList CaptureReport::problems() const {
  QStringList out;
  if (!linkTypeSupported)
    out << CaptureReader::tr("Link type %1 (%2) is not supported: none of its %3 packets could be read.")
               .arg(linkType)
               .arg(linkTypeName.isEmpty() ? CaptureReader::tr("unknown") : linkTypeName)
               .arg(packets);
  // The ports with the most packets; the rest in one line.
  QList<Unreadable> ports = unreadable;
  std::stable_sort(ports.begin(), ports.end(),
                   [](const Unreadable &a, const Unreadable &b) { return a.packets > b.packets; });
  constexpr int kListed = 5;
  if (ports.size() > kListed) {
    qint64 rest = 0;
    for (qsizetype i = kListed; i < ports.size(); ++i)
      rest += ports.at(i).packets;
    const qsizetype others = ports.size() - kListed;
    ports.resize(kListed);
    ports.append(Unreadable{Unreadable::Kind::Tls, QString(), -int(others), rest});
  }
  for (const Unreadable &u : ports) {
    if (u.port < 0) {
      out << CaptureReader::tr(
                 "%1 more packets on %2 other ports, probably TLS, DTLS or WebSocket, could not be read.")
                 .arg(u.packets)
                 .arg(-u.port);
      continue;
    }
    const QString what = u.kind == Unreadable::Kind::Tls ? CaptureReader::tr("probably TLS")
                         : u.kind == Unreadable::Kind::Dtls
                             ? CaptureReader::tr("probably DTLS")
                             : CaptureReader::tr("SIP over WebSocket or other HTTP");
    out << CaptureReader::tr("%1 packets on %2 port %3, %4, could not be read.")
               .arg(u.packets)
               .arg(u.transport)
               .arg(u.port)
               .arg(what);
  }
  if (snaplenCut > 0)
    out << CaptureReader::tr(
               "%1 packets with SIP data were cut short by the capture's snapshot length (snaplen).")
               .arg(snaplenCut);
  if (tcpBytesMissing > 0)
    out << CaptureReader::tr("%1 bytes of TCP streams were not in the capture.").arg(tcpBytesMissing);
  if (incompleteMessages > 0)
    out << CaptureReader::tr("%1 SIP messages were incomplete (cut, or begun before the capture or after its "
                             "end) and are not listed.")
               .arg(incompleteMessages);
  if (fragmentsUnassembled > 0)
    out << CaptureReader::tr("%1 IP fragments never became a whole datagram.").arg(fragmentsUnassembled);
  if (streamsDropped > 0)
    out << CaptureReader::tr("%1 TCP streams or IP datagrams were given up on to keep memory bounded.")
               .arg(streamsDropped);
  // libpcap 1.10 reads a pcapng file only while all its interfaces have the
  // link type of the first; it says so in this message.
  if (fileError.contains(QLatin1String("different from the type of the first interface")))
    out << CaptureReader::tr("The capture has interfaces of different link types, which libpcap cannot read "
                             "together: only the %1 packets before the second link type are read (%2).")
               .arg(packets)
               .arg(fileError);
  else if (!fileError.isEmpty())
    out << CaptureReader::tr(
               "The file ends early or is damaged after packet %1 (%2): what comes before is shown.")
               .arg(packets)
               .arg(fileError);
  return out;
}

QString CaptureReport::description() const {
  QString s = CaptureReader::tr("%1 capture, %2, %3 packets")
                  .arg(format, linkTypeName.isEmpty() ? CaptureReader::tr("link type %1").arg(linkType)
                                                      : linkTypeName)
                  .arg(packets);
  if (firstTime >= 0) {
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(firstTime * 1000), Qt::UTC);
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(qint64(lastTime * 1000), Qt::UTC);
    s += CaptureReader::tr(", %1 to %2 UTC")
             .arg(first.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                  last.toString(first.date() == last.date() ? QStringLiteral("HH:mm:ss")
                                                            : QStringLiteral("yyyy-MM-dd HH:mm:ss")));
  }
  return s;
}

} // namespace sipref
