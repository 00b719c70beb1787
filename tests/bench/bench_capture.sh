#!/usr/bin/env bash
# Capture reading speed: `sipref --explain` on a ~100 MB capture (the sipp
# fixtures over UDP and TCP and the generated Ethernet fixtures, joined with
# mergecap -a until the file is large enough), next to what tcpdump takes
# just to read the file and what tshark takes to dissect its SIP, in the
# same run. Prints figures; passes or fails nothing.
#
#   bash tests/bench/bench_capture.sh [build directory] [megabytes]
#
# Needs tcpdump, tshark and mergecap (Debian: tcpdump, tshark), /usr/bin/time,
# and a build with bench_capture_read (cmake --build build/default --target bench_capture_read).
set -euo pipefail
src="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$src/build/default}"
want_mb="${2:-100}"
sipref="$build/app/sipref"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cap="$src/tests/data/capture"

# Ethernet only: one link type, so that the result stays a pcap file. Not
# gen_tcp.pcap, part of which tshark does not read (see tests/CMakeLists.txt).
mergecap -F pcap -a -w "$work/seed.pcap" "$cap/sipp_udp_lo.pcap" "$cap/sipp_tcp_lo.pcap" \
  "$cap/gen/gen_vlan.pcap" "$cap/gen/gen_fragments.pcap" "$cap/gen/gen_tls.pcap"
# Copies of it one after the other, each with its own IPv4 addresses and
# later times, so that no copy's TCP segments look like another's sent again.
# Two files: in "copies" every copy keeps the fixtures' Call-IDs, so the
# capture holds 26 calls of some 6,000 messages each (what mergecap -a of the
# fixtures gives); in "calls" each copy's Call-IDs and URIs are its own (the
# host part rewritten, same length, so TCP framing holds), so it holds
# thousands of calls of a few messages each, as a capture from a busy SBC does.
python3 - "$work/seed.pcap" "$work" "$want_mb" <<'PY'
import struct, sys
seed, folder, want = open(sys.argv[1], "rb").read(), sys.argv[2], int(sys.argv[3]) * 1000000
header, body = seed[:24], seed[24:]
assert header[:4] == b"\xd4\xc3\xb2\xa1", "expected a little-endian microsecond pcap"
records, at = [], 0
while at + 16 <= len(body):
    sec, usec, caplen, length = struct.unpack_from("<IIII", body, at)
    records.append((sec, usec, body[at + 16:at + 16 + caplen], length))
    at += 16 + caplen
for name, own_calls in (("copies", False), ("calls", True)):
    out = open(f"{folder}/{name}.pcap", "wb")
    out.write(header)
    written, copy = 24, 0
    while written < want:
        hi, lo = copy >> 8 & 255, copy & 255
        letters = bytes(97 + copy // d % 26 for d in (676, 26, 1))
        for sec, usec, frame, length in records:
            f = bytearray(frame)
            # Ethernet + IPv4: a.b.c.d becomes a.hi.lo.d in both addresses.
            if len(f) >= 34 and f[12:14] == b"\x08\x00":
                f[27], f[28], f[31], f[32] = hi, lo, hi, lo
            if own_calls:
                f = bytearray(bytes(f).replace(b"@127.0.0.1", b"@127." + letters + b".1")
                              .replace(b"@gen", b"@" + letters))
            rec = struct.pack("<IIII", sec + copy * 10, usec, len(f), length) + f
            out.write(rec)
            written += len(rec)
            if written >= want:
                break
        copy += 1
    out.close()
PY
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

for kind in copies calls; do
file="$work/$kind.pcap"
bytes=$(stat -c %s "$file")
echo
echo "== $kind.pcap: $(python3 -c "print(f'{$bytes/1e6:.1f}')") MB, $(capinfos -c -M "$file" | awk -F': *' '/Number of packets/ {print $2}') packets =="
cat "$file" > /dev/null # into the page cache for every reader alike

# tcpdump and SipRef one after the other, 7 times: a change in the machine's
# load hits both alike. Minimum and median of each.
python3 - "$file" "$sipref" > "$work/times.txt" <<'PY'
import statistics, subprocess, sys, time
file, sipref = sys.argv[1], sys.argv[2]
runs = {"tcpdump": ["tcpdump", "-nr", file, "-w", "/dev/null"], "sipref": [sipref, "--explain", file]}
times = {k: [] for k in runs}
for _ in range(7):
    for k, cmd in runs.items():
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times[k].append(time.perf_counter() - t0)
for k, v in times.items():
    print(k, min(v), statistics.median(v))
PY
read -r _ t_tcpdump m_tcpdump < <(grep '^tcpdump' "$work/times.txt")
read -r _ t_sipref m_sipref < <(grep '^sipref' "$work/times.txt")
rss_kb=$(/usr/bin/time -v "$sipref" --explain "$file" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ {print $2}')
read -r t_read _ read_rss_kb < <("$build/tests/bench/bench_capture_read" "$file")
t0=$(date +%s.%N)
tshark -r "$file" -Y sip -T fields -e sip.Call-ID -e sip.Status-Code > "$work/tshark.txt" 2>/dev/null || true
t1=$(date +%s.%N)
t_tshark=$(python3 -c "print($t1-$t0)")

"$sipref" --explain "$file" --json > "$work/sipref.json"
python3 - "$bytes" "$t_tcpdump" "$t_sipref" "$t_tshark" "$rss_kb" "$work/tshark.txt" "$work/sipref.json" \
  "$t_read" "$read_rss_kb" "$m_tcpdump" "$m_sipref" <<'PY'
import collections, json, sys
size, tcpdump, sipref, tshark, rss = int(sys.argv[1]), *map(float, sys.argv[2:5]), int(sys.argv[5])
read, read_rss = float(sys.argv[8]), int(sys.argv[9])
median_tcpdump, median_sipref = float(sys.argv[10]), float(sys.argv[11])
mb = size / 1e6
print(f"tcpdump -nr FILE -w /dev/null           {tcpdump:7.3f} s  {mb / tcpdump:7.0f} MB/s  (baseline; median {median_tcpdump:.3f} s)")
print(f"sipref --explain FILE                   {sipref:7.3f} s  {mb / sipref:7.0f} MB/s  "
      f"{sipref / tcpdump:.2f}x tcpdump (target <= 4x; medians {median_sipref / median_tcpdump:.2f}x)  "
      f"peak RSS {rss / 1024:.0f} MB")
print(f"  of which reading into the summary     {read:7.3f} s  {mb / read:7.0f} MB/s  "
      f"{read / tcpdump:.2f}x tcpdump  peak RSS {read_rss / 1024:.0f} MB (the rest writes the report)")
print(f"tshark -r FILE -Y sip -T fields ...     {tshark:7.3f} s  {mb / tshark:7.0f} MB/s  "
      f"sipref is {tshark / sipref:.0f}x faster")
# The same answers: SIP messages and responses per status code.
theirs = collections.Counter()
messages = 0
for line in open(sys.argv[6], encoding="utf-8", errors="replace"):
    ids, _, codes = line.rstrip("\n").partition("\t")
    messages += len([i for i in ids.split(",") if i])
    theirs.update(int(c) for c in codes.split(",") if c.isdigit())
d = json.load(open(sys.argv[7], encoding="utf-8"))
ours = collections.Counter()
for call in d["calls"]:
    ours.update(m["code"] for m in call["messages"] if m["type"] == "response")
print(f"calls: {d['summary']['calls']}; messages: sipref {d['summary']['messages']}, tshark {messages}; "
      f"responses per code {'the same' if ours == theirs else 'DIFFER'}: {dict(sorted(ours.items()))}"
      + ("" if ours == theirs else f" vs tshark {dict(sorted(theirs.items()))}"))
PY
done
