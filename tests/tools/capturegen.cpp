// Writes the capture fixtures that real tools cannot easily make (VLAN tags,
// IPv6 extension headers, IP fragments, TCP segments out of order or sent
// again, a file cut short, a small snaplen, other link types, TLS and
// WebSocket traffic) with libpcap's pcap_dump, into the directory given.
// The output is deterministic (fixed addresses and times): the files in
// tests/data/capture/gen are this program's output, and a test checks that
// they still are.
//
//   sipref-capturegen OUTPUT_DIRECTORY

#include <pcap/pcap.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

using Bytes = std::vector<uint8_t>;

constexpr uint32_t kStart = 1764460800; // 2025-11-30 00:00:00 UTC

void put16(Bytes &b, uint16_t v) {
  b.push_back(uint8_t(v >> 8));
  b.push_back(uint8_t(v));
}
void put32(Bytes &b, uint32_t v) {
  put16(b, uint16_t(v >> 16));
  put16(b, uint16_t(v));
}
void append(Bytes &b, const Bytes &more) {
  b.insert(b.end(), more.begin(), more.end());
}
Bytes bytes(const std::string &s) {
  return Bytes(s.begin(), s.end());
}

struct Address {
  bool v6 = false;
  uint8_t a[16] = {};
};
Address v4(uint8_t a, uint8_t b, uint8_t c, uint8_t d) {
  Address x;
  x.a[0] = a, x.a[1] = b, x.a[2] = c, x.a[3] = d;
  return x;
}
Address v6(uint16_t last) {
  Address x; // 2001:db8::last (RFC 3849 documentation prefix)
  x.v6 = true;
  x.a[0] = 0x20, x.a[1] = 0x01, x.a[2] = 0x0d, x.a[3] = 0xb8;
  x.a[14] = uint8_t(last >> 8), x.a[15] = uint8_t(last);
  return x;
}

uint32_t sum(const uint8_t *p, size_t n, uint32_t s = 0) {
  for (size_t i = 0; i + 1 < n; i += 2)
    s += uint32_t(p[i] << 8 | p[i + 1]);
  if (n % 2)
    s += uint32_t(p[n - 1] << 8);
  return s;
}
uint16_t fold(uint32_t s) {
  while (s >> 16)
    s = (s & 0xffff) + (s >> 16);
  return uint16_t(~s);
}

/// A UDP or TCP checksum over the pseudo-header of `src` and `dst`.
void checksum(Bytes &segment, size_t at, const Address &src, const Address &dst, uint8_t proto) {
  const size_t n = src.v6 ? 16 : 4;
  uint32_t s = sum(src.a, n);
  s = sum(dst.a, n, s);
  s += proto;
  s += uint32_t(segment.size());
  s = sum(segment.data(), segment.size(), s);
  uint16_t c = fold(s);
  if (c == 0 && proto == 17)
    c = 0xffff;
  segment[at] = uint8_t(c >> 8);
  segment[at + 1] = uint8_t(c);
}

Bytes udp(const Address &src, const Address &dst, uint16_t sport, uint16_t dport, const Bytes &payload) {
  Bytes b;
  put16(b, sport);
  put16(b, dport);
  put16(b, uint16_t(8 + payload.size()));
  put16(b, 0);
  append(b, payload);
  checksum(b, 6, src, dst, 17);
  return b;
}

enum : uint8_t { FIN = 1, SYN = 2, RST = 4, PSH = 8, ACK = 16 };

Bytes tcp(const Address &src, const Address &dst, uint16_t sport, uint16_t dport, uint32_t seq, uint32_t ack,
          uint8_t flags, const Bytes &payload) {
  Bytes b;
  put16(b, sport);
  put16(b, dport);
  put32(b, seq);
  put32(b, ack);
  b.push_back(5 << 4);
  b.push_back(flags);
  put16(b, 65535);
  put16(b, 0);
  put16(b, 0);
  append(b, payload);
  checksum(b, 16, src, dst, 6);
  return b;
}

/// An IPv4 header and `payload`; `fragment` is (offset in bytes, more fragments).
Bytes ipv4(const Address &src, const Address &dst, uint8_t proto, const Bytes &payload, uint16_t id = 1,
           int offset = 0, bool more = false) {
  Bytes b;
  b.push_back(0x45);
  b.push_back(0);
  put16(b, uint16_t(20 + payload.size()));
  put16(b, id);
  put16(b, uint16_t((more ? 0x2000 : 0) | (offset / 8)));
  b.push_back(64);
  b.push_back(proto);
  put16(b, 0);
  b.insert(b.end(), src.a, src.a + 4);
  b.insert(b.end(), dst.a, dst.a + 4);
  const uint16_t c = fold(sum(b.data(), 20));
  b[10] = uint8_t(c >> 8);
  b[11] = uint8_t(c);
  append(b, payload);
  return b;
}

Bytes ipv6(const Address &src, const Address &dst, uint8_t next, const Bytes &payload) {
  Bytes b;
  put32(b, 0x60000000);
  put16(b, uint16_t(payload.size()));
  b.push_back(next);
  b.push_back(64);
  b.insert(b.end(), src.a, src.a + 16);
  b.insert(b.end(), dst.a, dst.a + 16);
  append(b, payload);
  return b;
}

/// An IPv6 options header (Hop-by-Hop or Destination Options) with PadN to 8 bytes.
Bytes optionsHeader(uint8_t next) {
  return Bytes{next, 0, 1, 4, 0, 0, 0, 0};
}

Bytes ethernet(uint16_t type, const Bytes &payload,
               const std::vector<std::pair<uint16_t, uint16_t>> &tags = {}) {
  Bytes b{0x02, 0, 0, 0, 0, 2, 0x02, 0, 0, 0, 0, 1};
  for (const auto &t : tags) {
    put16(b, t.first);
    put16(b, t.second);
  }
  put16(b, type);
  append(b, payload);
  return b;
}

struct Writer {
  pcap_t *dead = nullptr;
  pcap_dumper_t *dumper = nullptr;
  double time = kStart;
  int snaplen = 65535;

  Writer(const std::string &path, int linkType, int snap = 65535, bool nano = false) : snaplen(snap) {
    dead = pcap_open_dead_with_tstamp_precision(
        linkType, snap, nano ? PCAP_TSTAMP_PRECISION_NANO : PCAP_TSTAMP_PRECISION_MICRO);
    dumper = pcap_dump_open(dead, path.c_str());
    if (!dumper) {
      std::fprintf(stderr, "capturegen: %s: %s\n", path.c_str(), pcap_geterr(dead));
      std::exit(1);
    }
  }
  ~Writer() {
    pcap_dump_close(dumper);
    pcap_close(dead);
  }
  void frame(const Bytes &b, double step = 0.010) {
    time += step;
    pcap_pkthdr h{};
    h.ts.tv_sec = long(time);
    h.ts.tv_usec = long((time - double(long(time))) * 1e6 + 0.5);
    h.len = uint32_t(b.size());
    h.caplen = uint32_t(std::min<size_t>(b.size(), size_t(snaplen)));
    pcap_dump(reinterpret_cast<u_char *>(dumper), &h, b.data());
  }
};

std::string request(const std::string &method, const std::string &callId, int cseq,
                    const std::string &extra = {}, const std::string &body = {}) {
  std::string s = method +
                  " sip:bob@example.net SIP/2.0\r\n"
                  "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK-" +
                  callId + "-" + std::to_string(cseq) + "-" + method +
                  "\r\n"
                  "From: <sip:alice@example.com>;tag=a1\r\n"
                  "To: <sip:bob@example.net>\r\n"
                  "Call-ID: " +
                  callId + "\r\nCSeq: " + std::to_string(cseq) + " " + (method == "ACK" ? "ACK" : method) +
                  "\r\n" + extra;
  if (!body.empty())
    s += "Content-Type: application/sdp\r\n";
  s += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  return s;
}

std::string response(int code, const std::string &phrase, const std::string &callId, int cseq,
                     const std::string &method, const std::string &extra = {}) {
  return "SIP/2.0 " + std::to_string(code) + " " + phrase +
         "\r\n"
         "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK-" +
         callId + "-" + std::to_string(cseq) + "-" + method +
         "\r\n"
         "From: <sip:alice@example.com>;tag=a1\r\n"
         "To: <sip:bob@example.net>;tag=b2\r\n"
         "Call-ID: " +
         callId + "\r\nCSeq: " + std::to_string(cseq) + " " + method + "\r\n" + extra +
         "Content-Length: 0\r\n\r\n";
}

/// An SDP offer padded with attribute lines to about `size` bytes.
std::string sdp(size_t size) {
  std::string s = "v=0\r\no=alice 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
                  "m=audio 49170 RTP/AVP 0 8 101\r\n";
  for (int i = 0; s.size() < size; ++i)
    s += "a=x-padding:" + std::to_string(i) + " the quick brown fox jumps over the lazy dog\r\n";
  return s;
}

const Address A = v4(192, 0, 2, 1);
const Address B = v4(192, 0, 2, 2);
const Address A6 = v6(1);
const Address B6 = v6(2);

Bytes udp4(const std::string &sip, bool forward, uint16_t portA = 5060, uint16_t portB = 5060) {
  return forward ? ipv4(A, B, 17, udp(A, B, portA, portB, bytes(sip)))
                 : ipv4(B, A, 17, udp(B, A, portB, portA, bytes(sip)));
}

// --- the files ---------------------------------------------------------------

/// VLAN tags (802.1Q, 802.1ad QinQ, the old 0x9100 double tag) and SIP on ports other than 5060.
void vlan(const std::string &dir) {
  Writer w(dir + "/gen_vlan.pcap", DLT_EN10MB);
  w.frame(ethernet(0x0800, udp4(request("INVITE", "vlan-1@gen", 1), true, 40000, 40002), {{0x8100, 100}}));
  w.frame(ethernet(
      0x0800,
      udp4(response(486, "Busy Here", "vlan-1@gen", 1, "INVITE",
                    "Reason: Q.850;cause=17;text=\"User busy\"\r\nWarning: 399 gw.example.net \"Busy\"\r\n"),
           false, 40000, 40002),
      {{0x88a8, 200}, {0x8100, 300}}));
  w.frame(ethernet(0x0800, udp4(request("ACK", "vlan-1@gen", 1), true, 40000, 40002),
                   {{0x9100, 10}, {0x8100, 20}}));
}

/// IPv6 with Hop-by-Hop, Routing and Destination Options headers, over UDP and TCP.
void ipv6Extensions(const std::string &dir) {
  Writer w(dir + "/gen_ipv6.pcap", DLT_EN10MB);
  auto send = [&](const std::string &sip, bool forward) {
    const Address &s = forward ? A6 : B6;
    const Address &d = forward ? B6 : A6;
    Bytes payload = optionsHeader(43);               // Hop-by-Hop -> Routing
    append(payload, Bytes{60, 0, 0, 0, 0, 0, 0, 0}); // Routing (segments left 0) -> Destination Options
    append(payload, optionsHeader(17));              // Destination Options -> UDP
    append(payload, udp(s, d, 5060, 5060, bytes(sip)));
    w.frame(ethernet(0x86dd, ipv6(s, d, 0, payload)));
  };
  send(request("INVITE", "v6-1@gen", 1, {}, sdp(200)), true);
  send(response(200, "OK", "v6-1@gen", 1, "INVITE"), false);
  send(request("ACK", "v6-1@gen", 1), true);
  send(request("BYE", "v6-1@gen", 2, "Reason: Q.850;cause=16\r\n"), false);
  send(response(200, "OK", "v6-1@gen", 2, "BYE"), true);
  // TCP over IPv6, after a Destination Options header.
  auto segment = [&](bool forward, uint32_t seq, uint8_t flags, const std::string &data) {
    const Address &s = forward ? A6 : B6;
    const Address &d = forward ? B6 : A6;
    Bytes payload = optionsHeader(6);
    append(payload, tcp(s, d, forward ? 50000 : 5060, forward ? 5060 : 50000, seq, 1, flags, bytes(data)));
    w.frame(ethernet(0x86dd, ipv6(s, d, 60, payload)));
  };
  segment(true, 999, SYN, {});
  segment(false, 4999, SYN | ACK, {});
  const std::string message = request("MESSAGE", "v6-tcp@gen", 1, {}, "hello");
  segment(true, 1000, ACK | PSH, message);
  segment(false, 5000, ACK | PSH, response(200, "OK", "v6-tcp@gen", 1, "MESSAGE"));
}

/// An INVITE too large for one packet, fragmented over IPv4 and over IPv6, the fragments out of order.
void fragments(const std::string &dir) {
  Writer w(dir + "/gen_fragments.pcap", DLT_EN10MB);
  const Bytes big4 = udp(A, B, 5060, 5060, bytes(request("INVITE", "frag4-1@gen", 1, {}, sdp(3200))));
  const size_t piece = 1480;
  std::vector<Bytes> frags;
  for (size_t off = 0; off < big4.size(); off += piece) {
    const size_t n = std::min(piece, big4.size() - off);
    frags.push_back(ipv4(A, B, 17, Bytes(big4.begin() + long(off), big4.begin() + long(off + n)), 0x1234,
                         int(off), off + n < big4.size()));
  }
  w.frame(ethernet(0x0800, frags[1]));
  w.frame(ethernet(0x0800, frags[2]));
  w.frame(ethernet(0x0800, frags[0]));
  w.frame(ethernet(0x0800, udp4(response(200, "OK", "frag4-1@gen", 1, "INVITE"), false)));
  w.frame(ethernet(0x0800, udp4(request("ACK", "frag4-1@gen", 1), true)));

  const Bytes big6 = udp(A6, B6, 5060, 5060, bytes(request("INVITE", "frag6-1@gen", 1, {}, sdp(2600))));
  const size_t piece6 = 1232; // a multiple of 8
  std::vector<Bytes> frags6;
  for (size_t off = 0; off < big6.size(); off += piece6) {
    const size_t n = std::min(piece6, big6.size() - off);
    Bytes payload = optionsHeader(44); // Hop-by-Hop, then the Fragment header
    payload.push_back(17);
    payload.push_back(0);
    put16(payload, uint16_t(off | (off + n < big6.size() ? 1 : 0)));
    put32(payload, 0xabcdef01);
    payload.insert(payload.end(), big6.begin() + long(off), big6.begin() + long(off + n));
    frags6.push_back(ipv6(A6, B6, 0, payload));
  }
  w.frame(ethernet(0x86dd, frags6[0]));
  w.frame(ethernet(0x86dd, frags6[2]));
  w.frame(ethernet(0x86dd, frags6[1]));
  auto reply6 = [&](const std::string &sip) {
    w.frame(ethernet(0x86dd, ipv6(B6, A6, 17, udp(B6, A6, 5060, 5060, bytes(sip)))));
  };
  reply6(response(603, "Decline", "frag6-1@gen", 1, "INVITE",
                  "Reason: Q.850;cause=21;text=\"Call rejected\"\r\n"));
  // A fragment whose datagram never completes.
  w.frame(ethernet(0x0800, ipv4(A, B, 17, Bytes(big4.begin(), big4.begin() + 1480), 0x7777, 0, true)));
}

/// One TCP connection: an INVITE in three segments with the second first,
/// segments sent again (whole and overlapping), three responses in one
/// segment, keep-alives between messages, a message split inside a header.
void tcpStream(const std::string &dir) {
  Writer w(dir + "/gen_tcp.pcap", DLT_EN10MB);
  const uint32_t c0 = 100000, s0 = 900000;
  auto toServer = [&](uint32_t seq, uint8_t flags, const std::string &data) {
    w.frame(ethernet(0x0800, ipv4(A, B, 6, tcp(A, B, 40123, 5060, seq, 0, flags, bytes(data)))));
  };
  auto toClient = [&](uint32_t seq, uint8_t flags, const std::string &data) {
    w.frame(ethernet(0x0800, ipv4(B, A, 6, tcp(B, A, 5060, 40123, seq, 0, flags, bytes(data)))));
  };
  toServer(c0, SYN, {});
  toClient(s0, SYN | ACK, {});
  toServer(c0 + 1, ACK, {});
  const std::string invite = request("INVITE", "tcp-1@gen", 1, {}, sdp(900));
  const std::string p1 = invite.substr(0, 300), p2 = invite.substr(300, 400), p3 = invite.substr(700);
  uint32_t c = c0 + 1;
  toServer(c + 300, ACK | PSH, p2);                      // out of order
  toServer(c, ACK | PSH, p1);                            // fills the gap
  toServer(c + 300, ACK | PSH, p2);                      // sent again
  toServer(c + 650, ACK | PSH, invite.substr(650, 100)); // overlaps what came and what comes
  toServer(c + 700, ACK | PSH, p3);
  toServer(c + 700, ACK | PSH, p3); // sent again
  c += uint32_t(invite.size());
  uint32_t s = s0 + 1;
  const std::string three = response(100, "Trying", "tcp-1@gen", 1, "INVITE") +
                            response(180, "Ringing", "tcp-1@gen", 1, "INVITE") +
                            response(200, "OK", "tcp-1@gen", 1, "INVITE");
  toClient(s, ACK | PSH, three);
  s += uint32_t(three.size());
  const std::string ackBye =
      std::string("\r\n\r\n") + request("ACK", "tcp-1@gen", 1) +
      request("BYE", "tcp-1@gen", 2, "Reason: Q.850;cause=16;text=\"Normal call clearing\"\r\n");
  toServer(c, ACK | PSH, ackBye);
  c += uint32_t(ackBye.size());
  const std::string ok = response(200, "OK", "tcp-1@gen", 2, "BYE");
  const size_t split = ok.find("Content-Le") + 10;
  toClient(s, ACK | PSH, ok.substr(0, split));
  toClient(s + uint32_t(split), ACK | PSH, ok.substr(split));
  s += uint32_t(ok.size());
  toServer(c, FIN | ACK, {});
  toClient(s, FIN | ACK, {});

  // A second connection whose start was not captured: it begins mid-message.
  const std::string options = request("OPTIONS", "tcp-2@gen", 7);
  const std::string tail = request("INVITE", "tcp-lost@gen", 1).substr(40);
  w.frame(ethernet(0x0800, ipv4(A, B, 6, tcp(A, B, 40200, 5080, 7000, 0, ACK | PSH, bytes(tail + options)))));
  w.frame(ethernet(0x0800, ipv4(B, A, 6,
                                tcp(B, A, 5080, 40200, 8000, 0, ACK | PSH,
                                    bytes(response(200, "OK", "tcp-2@gen", 7, "OPTIONS"))))));
}

/// A file cut in the middle of its last record, as when tcpdump is killed or a copy is cut short.
void truncated(const std::string &dir) {
  const std::string path = dir + "/gen_truncated.pcap";
  {
    Writer w(path, DLT_EN10MB);
    w.frame(ethernet(0x0800, udp4(request("INVITE", "cut-1@gen", 1, {}, sdp(200)), true)));
    w.frame(ethernet(0x0800, udp4(response(180, "Ringing", "cut-1@gen", 1, "INVITE"), false)));
    w.frame(ethernet(0x0800, udp4(response(200, "OK", "cut-1@gen", 1, "INVITE"), false)));
  }
  FILE *f = std::fopen(path.c_str(), "rb");
  std::vector<char> all;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;)
    all.insert(all.end(), buf, buf + n);
  std::fclose(f);
  f = std::fopen(path.c_str(), "wb");
  std::fwrite(all.data(), 1, all.size() - 200, f);
  std::fclose(f);
}

/// A capture made with a small snapshot length: long messages are cut.
void snaplen(const std::string &dir) {
  Writer w(dir + "/gen_snaplen.pcap", DLT_EN10MB, 400);
  w.frame(ethernet(0x0800, udp4(request("OPTIONS", "snap-1@gen", 1), true)));
  w.frame(ethernet(0x0800, udp4(response(200, "OK", "snap-1@gen", 1, "OPTIONS"), false)));
  // Headers longer than the snapshot: lost.
  w.frame(ethernet(0x0800, udp4(request("INVITE", "snap-2@gen", 1,
                                        std::string(300, 'X').insert(0, "Subject: ") + "\r\n", sdp(300)),
                                true)));
  // Headers within the snapshot, the body cut: read.
  const std::string shortHeaders = "INVITE sip:b@x SIP/2.0\r\nCall-ID: snap-3@gen\r\nCSeq: 1 INVITE\r\n"
                                   "Content-Type: application/sdp\r\nContent-Length: " +
                                   std::to_string(sdp(400).size()) + "\r\n\r\n" + sdp(400);
  w.frame(ethernet(0x0800, udp4(shortHeaders, true)));
}

/// The other link types: raw IP, BSD null and loopback, LINKTYPE_IPV4.
void links(const std::string &dir) {
  const std::string inv = request("INVITE", "raw-1@gen", 1);
  const std::string busy = response(486, "Busy Here", "raw-1@gen", 1, "INVITE");
  {
    Writer w(dir + "/gen_raw.pcap", DLT_RAW);
    w.frame(ipv4(A, B, 17, udp(A, B, 5060, 5060, bytes(inv))));
    w.frame(ipv6(B6, A6, 17, udp(B6, A6, 5060, 5060, bytes(busy))));
  }
  {
    Writer w(dir + "/gen_null.pcap", DLT_NULL);
    Bytes f{2, 0, 0, 0}; // AF_INET, little-endian as written on x86
    append(f, ipv4(A, B, 17, udp(A, B, 5060, 5060, bytes(inv))));
    w.frame(f);
    Bytes g{30, 0, 0, 0}; // AF_INET6 on macOS
    append(g, ipv6(B6, A6, 17, udp(B6, A6, 5060, 5060, bytes(busy))));
    w.frame(g);
  }
  {
    Writer w(dir + "/gen_loop.pcap", DLT_LOOP);
    Bytes f{0, 0, 0, 2};
    append(f, ipv4(A, B, 17, udp(A, B, 5060, 5060, bytes(inv))));
    w.frame(f);
    Bytes g{0, 0, 0, 24}; // AF_INET6 on OpenBSD, network order
    append(g, ipv6(B6, A6, 17, udp(B6, A6, 5060, 5060, bytes(busy))));
    w.frame(g);
  }
  {
    Writer w(dir + "/gen_ipv4.pcap", DLT_IPV4, 65535, true);
    w.frame(ipv4(A, B, 17, udp(A, B, 5060, 5060, bytes(inv))));
    w.frame(ipv4(B, A, 17, udp(B, A, 5060, 5060, bytes(busy))));
  }
  {
    Writer w(dir + "/gen_unknown_link.pcap", DLT_USER0);
    w.frame(bytes(inv));
  }
}

/// A pcap file in big-endian byte order with nanosecond timestamps (as
/// written on a big-endian machine); pcap_dump writes the host's order, so
/// the records are written here.
void bigEndianNano(const std::string &dir) {
  Bytes b;
  put32(b, 0xa1b23c4d);
  put16(b, 2);
  put16(b, 4);
  put32(b, 0);
  put32(b, 0);
  put32(b, 65535);
  put32(b, DLT_EN10MB);
  auto record = [&](const Bytes &frame, uint32_t ns) {
    put32(b, kStart);
    put32(b, ns);
    put32(b, uint32_t(frame.size()));
    put32(b, uint32_t(frame.size()));
    append(b, frame);
  };
  record(ethernet(0x0800, udp4(request("REGISTER", "be-1@gen", 1), true)), 123456789);
  record(ethernet(0x0800, udp4(response(401, "Unauthorized", "be-1@gen", 1, "REGISTER"), false)), 223456789);
  record(ethernet(0x0800, udp4(request("REGISTER", "be-1@gen", 2), true)), 323456789);
  record(ethernet(0x0800, udp4(response(200, "OK", "be-1@gen", 2, "REGISTER"), false)), 423456789);
  FILE *f = std::fopen((dir + "/gen_bigendian_nano.pcap").c_str(), "wb");
  std::fwrite(b.data(), 1, b.size(), f);
  std::fclose(f);
}

/// SIP over TLS on TCP 5061 (37 packets with data), over WebSocket on TCP
/// 8080, and one readable call over UDP.
void tls(const std::string &dir) {
  Writer w(dir + "/gen_tls.pcap", DLT_EN10MB);
  auto seg = [&](bool toServer, uint16_t port, uint32_t seq, uint8_t flags, const Bytes &data) {
    if (toServer)
      w.frame(ethernet(0x0800, ipv4(A, B, 6, tcp(A, B, 45000, port, seq, 0, flags, data))));
    else
      w.frame(ethernet(0x0800, ipv4(B, A, 6, tcp(B, A, port, 45000, seq, 0, flags, data))));
  };
  auto record = [](uint8_t type, uint8_t handshake, size_t size) {
    Bytes r{type, 3, 3};
    put16(r, uint16_t(size));
    for (size_t i = 0; i < size; ++i)
      r.push_back(i == 0 && type == 22 ? handshake : uint8_t(i * 37 + 11));
    return r;
  };
  seg(true, 5061, 0, SYN, {});
  seg(false, 5061, 0, SYN | ACK, {});
  uint32_t c = 1, s = 1;
  Bytes hello = record(22, 1, 200);
  seg(true, 5061, c, ACK | PSH, hello);
  c += uint32_t(hello.size());
  Bytes server = record(22, 2, 300);
  seg(false, 5061, s, ACK | PSH, server);
  s += uint32_t(server.size());
  for (int i = 0; i < 35; ++i) {
    Bytes data = record(23, 0, 120 + size_t(i));
    if (i % 2 == 0) {
      seg(true, 5061, c, ACK | PSH, data);
      c += uint32_t(data.size());
    } else {
      seg(false, 5061, s, ACK | PSH, data);
      s += uint32_t(data.size());
    }
    seg(i % 2 != 0, 5061, i % 2 == 0 ? s : c, ACK, {}); // bare ACKs are not counted
  }
  // SIP over WebSocket (RFC 7118): the upgrade, then frames.
  seg(true, 8080, 0, SYN, {});
  seg(false, 8080, 0, SYN | ACK, {});
  const Bytes get =
      bytes("GET /sip HTTP/1.1\r\nHost: example.net\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Protocol: sip\r\nSec-WebSocket-Version: 13\r\n\r\n");
  seg(true, 8080, 1, ACK | PSH, get);
  const Bytes ok = bytes("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         "Sec-WebSocket-Protocol: sip\r\n\r\n");
  seg(false, 8080, 1, ACK | PSH, ok);
  Bytes frame{0x81, 0xfe, 0x01, 0x00, 1, 2, 3, 4};
  frame.resize(8 + 256, 0x55);
  seg(true, 8080, 1 + uint32_t(get.size()), ACK | PSH, frame);
  w.frame(ethernet(0x0800, udp4(request("OPTIONS", "tls-ok@gen", 1), true)));
  w.frame(ethernet(0x0800, udp4(response(200, "OK", "tls-ok@gen", 1, "OPTIONS"), false)));
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: sipref-capturegen OUTPUT_DIRECTORY\n");
    return 2;
  }
  const std::string dir = argv[1];
  vlan(dir);
  ipv6Extensions(dir);
  fragments(dir);
  tcpStream(dir);
  truncated(dir);
  snaplen(dir);
  links(dir);
  bigEndianNano(dir);
  tls(dir);
  return 0;
}
