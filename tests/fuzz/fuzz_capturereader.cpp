// libFuzzer target: CaptureReader on any bytes. An input that starts with a
// pcap or pcapng magic number is read as a file through libpcap (the seeds
// are the capture fixtures); any other input is cut into frames handed to
// the decoder directly, each with a link type chosen by its first byte, so
// that the link, IP, fragment and TCP code sees arbitrary packets. Besides
// crashes and undefined behaviour, it checks what the reader promises: every
// message it reports is sane and stamped with a frame it has reached, and
// what it holds stays within its bounds.

#include "core/CaptureReader.h"

#include <pcap/pcap.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using sipref::CaptureReader;
using sipref::TraceMessage;

namespace {

void check(CaptureReader &reader, qint64 frames) {
  for (const TraceMessage &m : reader.takeMessages()) {
    if (m.frame < 1 || m.frame > frames)
      std::abort();
    if (m.isResponse() && (m.statusCode < 100 || m.statusCode > 699))
      std::abort();
    if (m.isRequest() && m.method.isEmpty())
      std::abort();
    if (m.source.isEmpty() || m.destination.isEmpty() || (m.transport != u"UDP" && m.transport != u"TCP"))
      std::abort();
  }
}

bool isCapture(const uint8_t *data, size_t size) {
  static const unsigned char magics[][4] = {{0xd4, 0xc3, 0xb2, 0xa1},
                                            {0xa1, 0xb2, 0xc3, 0xd4},
                                            {0x4d, 0x3c, 0xb2, 0xa1},
                                            {0xa1, 0xb2, 0x3c, 0x4d},
                                            {0x0a, 0x0d, 0x0d, 0x0a}};
  if (size < 4)
    return false;
  for (const auto &m : magics)
    if (std::memcmp(data, m, 4) == 0)
      return true;
  return false;
}

const int kLinkTypes[] = {DLT_EN10MB, DLT_LINUX_SLL, DLT_LINUX_SLL2, DLT_RAW,
                          DLT_IPV4,   DLT_IPV6,      DLT_NULL,       DLT_LOOP};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  CaptureReader reader;
  if (isCapture(data, size)) {
    FILE *file = fmemopen(const_cast<uint8_t *>(data), size, "rb");
    if (!file || !reader.open(file))
      return 0;
    while (reader.read(64))
      check(reader, reader.report().packets);
  } else {
    // Frames: a byte choosing the link type, two bytes of length, the bytes.
    double time = 1e9;
    for (size_t at = 0; at + 3 <= size;) {
      const int linkType = kLinkTypes[data[at] % (sizeof kLinkTypes / sizeof kLinkTypes[0])];
      time += (data[at] >> 4) * 10.0; // sometimes far enough apart for fragments to expire
      const size_t length = std::min<size_t>(size_t(data[at + 1]) << 8 | data[at + 2], size - at - 3);
      reader.addFrame(linkType, time, data + at + 3, qsizetype(length),
                      qsizetype(length + (data[at] & 1) * 20));
      check(reader, reader.report().packets);
      at += 3 + length;
    }
  }
  reader.finish();
  check(reader, reader.report().packets);
  const sipref::CaptureReport &r = reader.report();
  if (r.incompleteMessages < 0 || r.tcpBytesMissing < 0 || r.fragmentsUnassembled < 0)
    std::abort();
  return 0;
}
