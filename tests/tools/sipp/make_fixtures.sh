#!/usr/bin/env bash
# Makes the capture fixtures in tests/data/capture with the real tools: sipp
# calls on loopback (answered calls with sipp's built-in uas/uac scenarios,
# busy calls with uas_busy.xml/uac_busy.xml) over UDP and over TCP, captured
# by tcpdump on lo (Ethernet) and on any (Linux cooked v1 and v2), and
# converted to pcapng with editcap. Needs root (tcpdump), sipp (Debian:
# sip-tester), tcpdump and editcap (tshark or wireshark-common).
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

calls() { # transport (u1|t1)
  local t="$1"
  sipp -sn uas -i 127.0.0.1 -p 25060 -t "$t" -nostdin -trace_err >/dev/null &
  local answering=$!
  sipp -sf "$here/uas_busy.xml" -i 127.0.0.1 -p 25062 -t "$t" -nostdin -trace_err >/dev/null &
  local busy=$!
  sleep 0.5
  sipp -sn uac 127.0.0.1:25060 -i 127.0.0.1 -p 25070 -t "$t" -m 8 -r 20 -d 200 -nostdin -timeout 20 \
    -trace_err >/dev/null
  sipp -sf "$here/uac_busy.xml" 127.0.0.1:25062 -i 127.0.0.1 -p 25072 -t "$t" -m 3 -r 20 -nostdin \
    -timeout 20 -trace_err >/dev/null
  sleep 1
  kill "$answering" "$busy"
  wait "$answering" "$busy" || true
}

capture() { # name, transport, tcpdump interface options...
  local name="$1" t="$2"; shift 2
  tcpdump -U -n "$@" -w "$work/$name.pcap" "$filter" 2>/dev/null &
  local pid=$!
  sleep 1
  (cd "$work" && calls "$t")
  sleep 0.5
  kill "$pid"; wait "$pid" || true
  cp "$work/$name.pcap" "$out/$name.pcap"
}

capture sipp_udp_lo u1 -i lo
capture sipp_tcp_lo t1 -i lo
capture sipp_udp_any u1 -i any -y LINUX_SLL
capture sipp_tcp_any2 t1 -i any -y LINUX_SLL2
editcap -F pcapng "$out/sipp_udp_lo.pcap" "$out/sipp_udp_lo.pcapng"
editcap -F pcapng "$out/sipp_tcp_any2.pcap" "$out/sipp_tcp_any2.pcapng"

# Two link types in one pcapng (raw IP and Ethernet), as Wireshark writes
# when it captures on interfaces of different kinds.
mergecap -F pcapng -w "$out/mixed_links.pcapng" "$out/gen/gen_raw.pcap" "$out/gen/gen_vlan.pcap"
