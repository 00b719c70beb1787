#!/usr/bin/env bash
# Makes the capture fixtures in tests/data/capture with the real tools: sipp
# calls on loopback over IPv4 and IPv6 (answered calls with sipp's built-in uas/uac scenarios,
# busy calls with uas_busy.xml/uac_busy.xml) over UDP and over TCP, captured
# by tcpdump on lo (Ethernet) and on any (Linux cooked v1 and v2), and
# converted to pcapng with editcap; also calls that lose packets, and calls
# through a Kamailio proxy. Needs root (tcpdump), sipp (Debian: sip-tester),
# tcpdump, editcap and mergecap (tshark or wireshark-common), kamailio.
#
#   bash tests/tools/sipp/make_fixtures.sh [output directory]
#
# The files are committed; run this again only to remake them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../../data/capture}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Ports of our own, so that other traffic on lo stays out of the files.
filter="portrange 25060-25079"

calls() { # transport (u1|t1), local address (127.0.0.1 or ::1)
  local t="$1" ip="$2" remote="$2"
  case "$ip" in *:*) remote="[$ip]" ;; esac
  sipp -sn uas -i "$ip" -p 25060 -t "$t" -nostdin -trace_err >/dev/null &
  local answering=$!
  sipp -sf "$here/uas_busy.xml" -i "$ip" -p 25062 -t "$t" -nostdin -trace_err >/dev/null &
  local busy=$!
  sleep 0.5
  sipp -sn uac "$remote:25060" -i "$ip" -p 25070 -t "$t" -m 8 -r 20 -d 200 -nostdin -timeout 20 \
    -trace_err >/dev/null
  sipp -sf "$here/uac_busy.xml" "$remote:25062" -i "$ip" -p 25072 -t "$t" -m 3 -r 20 -nostdin \
    -timeout 20 -trace_err >/dev/null
  sleep 1
  kill "$answering" "$busy"
  wait "$answering" "$busy" || true
}

capture() { # name, transport, address, tcpdump interface options...
  local name="$1" t="$2" ip="$3"; shift 3
  tcpdump -U -n "$@" -w "$work/$name.pcap" "$filter" 2>/dev/null &
  local pid=$!
  sleep 1
  (cd "$work" && calls "$t" "$ip")
  sleep 0.5
  kill "$pid"; wait "$pid" || true
  cp "$work/$name.pcap" "$out/$name.pcap"
}

capture sipp_udp_lo u1 127.0.0.1 -i lo
capture sipp_tcp_lo t1 127.0.0.1 -i lo
capture sipp_udp_any u1 127.0.0.1 -i any -y LINUX_SLL
capture sipp_tcp_any2 t1 127.0.0.1 -i any -y LINUX_SLL2
capture sipp_udp6_lo u1 ::1 -i lo
capture sipp_tcp6_any2 t1 ::1 -i any -y LINUX_SLL2
# A callee that loses a quarter of what it sends and receives (sipp -lost):
# requests sent again, a missing 180, over UDP.
tcpdump -U -n -i lo -w "$work/lossy.pcap" "$filter" 2>/dev/null &
dump=$!
sleep 1
(
  cd "$work"
  sipp -sn uas -i 127.0.0.1 -p 25060 -t u1 -nostdin -lost 25 >/dev/null &
  uas=$!
  sleep 0.5
  sipp -sn uac 127.0.0.1:25060 -i 127.0.0.1 -p 25070 -t u1 -m 6 -r 10 -d 200 -nostdin -timeout 60 >/dev/null
  sleep 1
  kill "$uas"
  wait "$uas" || true
)
sleep 0.5
kill "$dump"; wait "$dump" || true
cp "$work/lossy.pcap" "$out/sipp_udp_lossy_lo.pcap"

# Through a stateful proxy (Kamailio, proxy.cfg): each message crosses the
# capture twice, in and out, and the proxy adds its own 100 Trying.
tcpdump -U -n -i lo -w "$work/proxy.pcap" "$filter" 2>/dev/null &
dump=$!
sleep 1
(
  cd "$work"
  kamailio -f "$here/proxy.cfg" -DD -E -Y "$work/kamailio" >/dev/null 2>&1 &
  proxy=$!
  sleep 2
  sipp -sn uas -i 127.0.0.1 -p 25060 -t u1 -nostdin >/dev/null &
  uas=$!
  sleep 0.5
  sipp -sn uac 127.0.0.1:25064 -i 127.0.0.1 -p 25070 -t u1 -m 4 -r 10 -d 200 -nostdin -timeout 30 >/dev/null
  sleep 1
  kill "$uas" "$proxy"
  wait "$uas" "$proxy" || true
)
sleep 0.5
kill "$dump"; wait "$dump" || true
cp "$work/proxy.pcap" "$out/sipp_udp_proxy_lo.pcap"

editcap -F pcapng "$out/sipp_udp_lo.pcap" "$out/sipp_udp_lo.pcapng"
editcap -F pcapng "$out/sipp_tcp_any2.pcap" "$out/sipp_tcp_any2.pcapng"

# Two link types in one pcapng (raw IP and Ethernet), as Wireshark writes
# when it captures on interfaces of different kinds.
mergecap -F pcapng -w "$out/mixed_links.pcapng" "$out/gen/gen_raw.pcap" "$out/gen/gen_vlan.pcap"
