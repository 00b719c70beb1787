#!/usr/bin/env bash
# Command-line behaviour of the sipref binary: options, exit status, UTF-8.
set -u
bin="$1"
fail=0
check() { # name, expected status, command...
  local name="$1" want="$2"; shift 2
  "$@" >/tmp/sipref_cli_out.$$ 2>/tmp/sipref_cli_err.$$
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL $name: exit $got, want $want"; cat /tmp/sipref_cli_err.$$; fail=1
  else
    echo "ok   $name"
  fi
}
contains() { # name, file, text
  if grep -qF -- "$3" "$2"; then echo "ok   $1"; else echo "FAIL $1: missing '$3'"; head -20 "$2"; fail=1; fi
}
out=/tmp/sipref_cli_out.$$
err=/tmp/sipref_cli_err.$$
explains() { # name, file, expected status, $out or $err, text: what --explain FILE says
  check "explain $1" "$3" "$bin" --explain "$2"
  contains "$1: message" "$4" "$5"
}

check "--version" 0 "$bin" --version; contains "version text" $out "sipref 0."
check "--help" 0 "$bin" --help; contains "help lists --lookup" $out "--lookup"
check "lookup 486" 0 "$bin" --lookup 486; contains "486 phrase" $out "486 Busy Here"
contains "486 has sections" $out "What to do"
check "lookup 486 ja" 0 "$bin" --lookup 486 --lang ja; contains "Japanese output" $out "ビジー"
check "lookup json" 0 "$bin" --lookup 486 --json; contains "json code" $out '"code": 486'
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["code"]==486 and d["phrase"]=="Busy Here"' $out \
  && echo "ok   json parses" || { echo "FAIL json parses"; fail=1; }
check "lookup ja json is UTF-8" 0 "$bin" --lookup 486 --lang ja --json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1], encoding="utf-8")); assert any(ord(c)>0x3000 for c in d["summary"])' $out \
  && echo "ok   ja json UTF-8" || { echo "FAIL ja json UTF-8"; fail=1; }
check "lookup busy lists matches" 0 "$bin" --lookup busy; contains "busy lists 486" $out "486 Busy Here"
contains "busy lists 600" $out "600 Busy Everywhere"
check "nothing found" 1 "$bin" --lookup zzzzqqqq
check "typo gets a suggestion" 1 "$bin" --lookup forbiden; contains "did you mean" $err "Did you mean 403 Forbidden?"
check "typo suggestion ja" 1 "$bin" --lookup forbiden --lang ja; contains "did you mean ja" $err "もしかして 403 Forbidden ですか？"
check "vendor name prints its entry" 0 "$bin" --lookup USER_BUSY; contains "USER_BUSY is cause 17" $out "Cause 17 User busy"
contains "entry lists vendor names" $out "FreeSWITCH: USER_BUSY · Asterisk: AST_CAUSE_USER_BUSY, AST_CAUSE_BUSY, DIALSTATUS=BUSY"
check "FreeSWITCH hangup line" 0 "$bin" --lookup "[NOTICE] switch_channel.c:1104 Hangup sofia/internal/1001@pbx [CS_EXECUTE] [NORMAL_TEMPORARY_FAILURE]"
contains "hangup line is cause 41" $out "Cause 41 Temporary failure"
check "vendor names in json" 0 "$bin" --lookup "cause 17" --json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert {"vendor":"FreeSWITCH","name":"USER_BUSY","stands_for_this_entry":True} in d["vendor_names"] and d["commonness"]==3' $out \
  && echo "ok   vendor names in json" || { echo "FAIL vendor names in json"; fail=1; }
check "compare" 0 "$bin" --compare 486 600; contains "compare shows differences" $out "Key differences"
check "compare unknown" 1 "$bin" --compare 486 999
check "compare needs two" 2 "$bin" --compare 486
check "bad lang" 2 "$bin" --lookup 486 --lang fr
check "unknown option" 2 "$bin" --lookup 486 --frobnicate
# A mistyped option is refused on the command line: no window, usage on stderr.
check "misspelt option" 2 env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM timeout 10 "$bin" --lokup 486
contains "misspelt option named" $err "unknown option 'lokup'"
contains "usage after the error" $err "--lookup <query>"
check "unknown option offscreen" 2 env QT_QPA_PLATFORM=offscreen timeout 10 "$bin" --bogus
check "extra argument" 2 "$bin" --lookup 486 600
contains "extra argument named" $err "unexpected argument 600"
check "help-all" 0 "$bin" --help-all; contains "help-all is help" $out "--lookup <query>"
check "short version" 0 "$bin" -v; contains "short version text" $out "sipref 0."
check "help says compare takes two codes" 0 "$bin" --help; contains "compare usage" $out "--compare 486 600"
check "compare by words" 0 "$bin" --compare busy 600; contains "busy is 486" $out "486 Busy Here  vs  600 Busy Everywhere"
check "json nothing found" 1 "$bin" --lookup zzzzqqqq --json
python3 -c 'import json,sys; assert json.load(open(sys.argv[1])) == []' $out \
  && echo "ok   json nothing found is []" || { echo "FAIL json nothing found is []"; fail=1; }
# The comparison leads with its differences, and every line fits a terminal.
check "compare layout" 0 "$bin" --compare 486 600
python3 - "$out" <<'PY' && echo "ok   compare leads with differences, wrapped" || { echo "FAIL compare layout"; fail=1; }
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines.index("Key differences") < 5, lines[:5]
assert lines.index("Which to use when") < lines.index("What it means"), "use-when after the rows"
assert max(len(l) for l in lines) <= 80, max(lines, key=len)
assert not any(" / " in l for l in lines), [l for l in lines if " / " in l][:1]
PY
check "compare ja layout" 0 "$bin" --compare 486 600 --lang ja
python3 - "$out" <<'PY' && echo "ok   ja compare wrapped by columns" || { echo "FAIL ja compare layout"; fail=1; }
import sys, unicodedata
cols = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert max(cols(l) for l in lines) <= 80, max(lines, key=cols)
assert not any(l.lstrip()[:1] in "、。）" for l in lines if l.strip())
PY
# --lookup shows what the window shows below the texts.
check "lookup mapping" 0 "$bin" --lookup 486
contains "lookup has the Q.850 mapping" $out "Q.850 mapping (RFC 3398)"
contains "lookup maps to cause 17" $out "486 Busy Here → Cause 17 User busy"
contains "lookup has look-alikes" $out "Often confused with"
contains "lookup look-alike command" $out "600 Busy Everywhere (sipref --compare 486 600)"
SIPREF_CONTENT_DB=/nonexistent/x.sqlite check "missing content" 2 "$bin" --lookup 486
contains "missing content message" $err "does not exist"
# --explain: a trace from a file or standard input.
data="$(cd "$(dirname "$0")/../data" && pwd)"
check "explain file" 0 "$bin" --explain "$data/raw.sip"
contains "explain summary" $out "calls: 5"
contains "explain final response" $out "486 Busy Here"
contains "explain outcome" $out "Answered (200 ok), ended by BYE"
contains "explain decodes Reason" $out 'Reason: Q.850 cause 17 "User busy"'
# Remarks are wrapped to the terminal like the rest: compare with the line breaks taken out.
tr -s ' \n' ' ' < $out > $out.flat
contains "explain flags 499" $out.flat "499 is not a registered SIP response code; its class is 4xx, client failure."
rm -f $out.flat
contains "explain line numbers" $out "line 36"
check "explain stdin" 0 sh -c '"$1" --explain - < "$2"' sh "$bin" "$data/freeswitch.log"
contains "stdin shows the 486" $out '"USER_BUSY" — User busy'
check "explain=- from a pipe" 0 sh -c 'cat "$2" | "$1" --explain=-' sh "$bin" "$data/tshark_V.txt"
contains "pipe finds the 404" $out "404 Not Found"
for f in raw.sip sngrep.txt sipp_messages.log asterisk_full.log freeswitch.log kamailio_journal.log \
         kamailio_docker.log opensips_syslog.log tshark_V.txt tshark_O_sip.txt; do
  check "explain $f" 0 "$bin" --explain "$data/$f"
done
check "explain json" 0 "$bin" --explain "$data/raw.sip" --json
python3 - "$out" <<'PY' && echo "ok   explain json content" || { echo "FAIL explain json content"; fail=1; }
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
s = d["summary"]
assert s["calls"] == 5 and s["messages"] == 16, s
assert {"code": 499, "title": "", "registered": False, "count": 1} in s["final_responses"], s["final_responses"]
assert any(c["cause"] == 17 and c["count"] == 1 for c in s["q850_causes"])
first = d["calls"][0]
assert first["outcome_code"] == 486 and [m["line"] for m in first["messages"]] == [1, 20, 28, 36, 45]
busy = first["messages"][3]
assert busy["reasons"][0]["cause"] == 17 and busy["reasons"][0]["ref"] == "q850:17"
PY
check "explain ja" 0 "$bin" --explain "$data/raw.sip" --lang ja
python3 -c 'import sys; t=open(sys.argv[1], encoding="utf-8").read(); assert "499" in t and any(0x3040 <= ord(c) <= 0x30ff for c in t)' $out \
  && echo "ok   explain ja is Japanese UTF-8" || { echo "FAIL explain ja is Japanese UTF-8"; fail=1; }
printf 'nothing here\njust a log line\n' > /tmp/sipref_cli_nosip.$$
explains "finds nothing" /tmp/sipref_cli_nosip.$$ 1 $err "no SIP requests or responses found"
check "explain empty stdin" 1 sh -c '"$1" --explain - < /dev/null' sh "$bin"
rm -f /tmp/sipref_cli_nosip.$$
explains "missing file" /nonexistent/trace.txt 2 $err "cannot read /nonexistent/trace.txt"
explains "a directory" "$data" 2 $err "is a folder, not a file"
check "explain needs a file" 2 "$bin" --explain
# Packet captures (made by sipp and tcpdump; gen/ by tests/tools/capturegen.cpp).
cap="$data/capture"
check "explain pcap" 0 "$bin" --explain "$cap/sipp_udp_lo.pcap"
contains "pcap calls" $out "SIP messages: 60 (requests: 30, responses: 30); calls: 11"
contains "pcap describes the capture" $out "pcap capture, Ethernet, 60 packets"
contains "pcap busy call" $out "Failed (486 Busy Here)"
contains "pcap frame and time" $out "frame 1      "
contains "pcap endpoints" $out "127.0.0.1:25070 → 127.0.0.1:25060 UDP"
check "explain pcapng" 0 "$bin" --explain "$cap/sipp_tcp_any2.pcapng"
contains "pcapng format" $out "pcapng capture, Linux cooked v2"
contains "pcapng TCP" $out "127.0.0.1:25060 → 127.0.0.1:25070 TCP"
check "explain pcap from a pipe" 0 sh -c 'cat "$2" | "$1" --explain -' sh "$bin" "$cap/sipp_tcp_lo.pcap"
contains "piped pcap calls" $out "calls: 11"
check "explain pcapng from stdin" 0 sh -c '"$1" --explain=- < "$2"' sh "$bin" "$cap/sipp_udp_lo.pcapng"
contains "stdin pcapng calls" $out "calls: 11"
check "explain capture json" 0 "$bin" --explain "$cap/gen/gen_vlan.pcap" --json
python3 - "$out" <<'PY' && echo "ok   capture json fields" || { echo "FAIL capture json fields"; fail=1; }
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
m = d["calls"][0]["messages"][1]
assert m["frame"] == 2 and m["time"] == "2025-11-30T00:00:00.020000Z", m
assert m["source"] == "192.0.2.2:40002" and m["destination"] == "192.0.2.1:40000" and m["transport"] == "UDP", m
assert d["capture"]["format"] == "pcap" and d["capture"]["packets"] == 3, d["capture"]
PY
explains "TLS capture" "$cap/gen/gen_tls.pcap" 0 $out "37 packets on TCP port 5061, probably TLS, could not be read."
explains "cut capture" "$cap/gen/gen_truncated.pcap" 0 $out "The file ends early or is damaged after packet 2"
explains "unknown link type" "$cap/gen/gen_unknown_link.pcap" 1 $err "Link type 147"
# Binary input that is not a capture is refused, never read as text.
bin_dir=/tmp/sipref_cli_bin.$$
mkdir -p "$bin_dir"
python3 - "$bin_dir" <<'PY'
import io, random, sys, zipfile
d = sys.argv[1]
random.seed(7)
noise = bytes(random.randrange(256) for _ in range(65536))
sip = b"\nINVITE sip:a@b SIP/2.0\r\nCall-ID: x\r\nCSeq: 1 INVITE\r\n\r\n"
with zipfile.ZipFile(f"{d}/trace.zip", "w") as z:
    z.writestr("trace.txt", sip * 50)
open(f"{d}/shot.png", "wb").write(b"\x89PNG\r\n\x1a\n" + noise[:4000])
open(f"{d}/random.bin", "wb").write(noise[:30000] + sip + noise[30000:])
PY
explains "zip" "$bin_dir/trace.zip" 2 $err "it is not a SIP trace, a log or a packet capture; it looks like a zip archive"
explains "png" "$bin_dir/shot.png" 2 $err "it looks like an image"
explains "random bytes" "$bin_dir/random.bin" 2 $err "it looks like binary data"
check "explain random bytes from stdin" 2 sh -c '"$1" --explain - < "$2"' sh "$bin" "$bin_dir/random.bin"
rm -rf "$bin_dir"
# A damaged content database: a clear message on stderr and exit status 2.
db="$(dirname "$bin")/content.sqlite"
bad=/tmp/sipref_cli_bad.$$.sqlite
head -c 100000 "$db" > "$bad"
SIPREF_CONTENT_DB="$bad" check "truncated content" 2 "$bin" --lookup 486
contains "truncated message" $err "truncated"
head -c 100000 /dev/zero > "$bad"
SIPREF_CONTENT_DB="$bad" check "zero-filled content" 2 "$bin" --lookup 486
contains "zero-filled message" $err "not an SQLite database"
head -c 100000 /dev/urandom > "$bad"
SIPREF_CONTENT_DB="$bad" check "random-bytes content" 2 "$bin" --explain "$data/raw.sip"
contains "random-bytes message" $err "not an SQLite database"
rm -f "$bad"

# Call flows: the ladder as text, timing and diagnosis, the call
# list as CSV (read back with Python's csv module), JSON, log-only input.
check "help lists --flow" 0 "$bin" --help; contains "help --flow" $out "--flow"
contains "help --csv" $out "--csv"
check "explain --flow" 0 "$bin" --explain "$data/sngrep.txt" --flow
contains "flow ladder arrow" $out "|<480 Temporarily Unavailable-|"
contains "flow timing" $out "post-dial delay 156 ms; ringing 30.0 s"
contains "flow diagnosis" $out "The phone rang but nobody answered"
check "explain --flow ja" 0 "$bin" --explain "$data/sngrep.txt" --flow --lang ja
contains "flow diagnosis ja" $out "呼出し"
check "explain --csv" 0 "$bin" --explain "$data/raw.sip" --csv
python3 - "$out" <<'PY' && echo "ok   csv parses" || { echo "FAIL csv parses"; fail=1; }
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
assert rows[0] == ["Call-ID", "From", "To", "Start time", "Outcome", "Final response", "Reason cause", "Warning",
                   "Duration (s)"], rows[0]
assert len(rows) == 6 and all(len(r) == 9 for r in rows), rows
busy = rows[1]
assert busy[0] == "a84b4c76e66710@pc33.atlanta.example.com" and busy[5] == "486 Busy Here", busy
assert busy[6].startswith('Q.850 cause 17 "User busy"'), busy
assert any(r[7].startswith("Warning 399") for r in rows), rows
PY
check "explain json flow" 0 "$bin" --explain "$data/sngrep.txt" --json
python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["calls"][0]; assert c["patterns"]==["no_answer_after_ringing"] and c["final_responder"]["address"]=="192.0.2.20:5060" and abs(c["timing"]["ring_time"]-30.0)<0.01 and c["diagnosis"]["problem"], c' $out \
  && echo "ok   json flow" || { echo "FAIL json flow"; fail=1; }
check "explain log lines only" 0 "$bin" --explain "$data/kamailio_xlog.log"
contains "mentions listed" $out "Mentioned in log lines"
contains "mention grouped by Call-ID" $out "1-14828@127.0.0.1"
contains "mention line" $out "line 11      486 Busy Here"
check "mentions json" 0 "$bin" --explain "$data/asterisk_verbose.log" --json
python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))["mentions"]; assert [x["code"] for x in m]==[486,17,17,200,16], m' $out \
  && echo "ok   mentions json" || { echo "FAIL mentions json"; fail=1; }
# One window per user: a second launch hands its code to the running window
# and ends with status 0, however early in its start that is (the thread that
# loads the fonts must end before the application does: 1 launch in 100
# aborted when it did not).
home=$(mktemp -d)
(
  export HOME="$home" XDG_CONFIG_HOME="$home/c" XDG_DATA_HOME="$home/d" TMPDIR="$home" QT_QPA_PLATFORM=offscreen
  "$bin" >/dev/null 2>&1 &
  first=$!
  for _ in $(seq 1 100); do
    compgen -G "$home/sipref-*" >/dev/null && break
    sleep 0.05
  done
  failed=0
  for i in $(seq 1 150); do
    "$bin" $((400 + i % 200)) >/dev/null 2>"$home/err" || { failed=$((failed + 1)); grep -v XDG_RUNTIME "$home/err" | head -2; }
  done
  kill "$first"
  wait "$first" 2>/dev/null
  [ "$failed" = 0 ]
) && echo "ok   150 hand-offs to a running window end with 0" || { echo "FAIL hand-offs to a running window"; fail=1; }
rm -rf "$home"
rm -f $out $err
exit $fail
