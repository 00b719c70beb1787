#!/usr/bin/env python3
"""SipRef reads captures as tshark does: for every capture fixture tshark
reads fully, the messages of each call (in order), its final responses, the
Q.850 causes of its Reason headers and its Warning codes are the same in
`sipref --explain FILE --json` and in tshark's dissection of FILE.

tshark's PDML output is used rather than -T fields, because a TCP segment
can hold several SIP messages and -T fields joins their values per field,
losing which value belongs to which message.

    capture_vs_tshark.py SIPREF CAPTURE...

Exits 77 (ctest: skipped) when tshark is not installed.
"""
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET


def sipref_calls(sipref, path):
    run = subprocess.run([sipref, "--explain", path, "--json"], capture_output=True)
    if run.returncode == 1:
        return {}  # no SIP message found
    run.check_returncode()
    calls = {}
    for call in json.loads(run.stdout)["calls"]:
        rows, causes, warnings = [], [], []
        for m in call["messages"]:
            rows.append(m["method"] if m["type"] == "request" else str(m["code"]))
            causes += [r["cause"] for r in m.get("reasons", []) if r["protocol"].upper() in ("Q.850", "Q850")]
            warnings += [w["code"] for w in m.get("warnings", []) if "code" in w]
        calls[call["call_id"]] = (rows, causes, warnings)
    return calls


def tshark_calls(path):
    # Out-of-order segments are put back in order, as SipRef does.
    run = subprocess.run(["tshark", "-o", "tcp.reassemble_out_of_order:TRUE", "-r", path, "-T", "pdml", "-Y", "sip"],
                         capture_output=True)
    calls = {}
    for packet in ET.fromstring(run.stdout).iter("packet"):
        for proto in packet.iter("proto"):
            if proto.get("name") != "sip":
                continue
            fields = {}
            for f in proto.iter("field"):
                fields.setdefault(f.get("name"), []).append(f.get("show"))
            call_id = (fields.get("sip.Call-ID") or [""])[0]
            row = (fields.get("sip.Method") or fields.get("sip.Status-Code") or ["?"])[0]
            rows, causes, warnings = calls.setdefault(call_id, ([], [], []))
            rows.append(row)
            causes += [int(c) for c in fields.get("sip.reason_cause_q850", [])]
            warnings += [int(w.split()[0]) for w in fields.get("sip.Warning", []) if w.split()[0].isdigit()]
    return calls


def main():
    if shutil.which("tshark") is None:
        print("tshark is not installed: nothing to compare with")
        return 77
    sipref, files = sys.argv[1], sys.argv[2:]
    failed = 0
    for path in files:
        ours, theirs = sipref_calls(sipref, path), tshark_calls(path)
        name = path.rsplit("/", 1)[-1]
        if ours == theirs:
            messages = sum(len(v[0]) for v in ours.values())
            finals = sum(1 for v in ours.values() for r in v[0] if r.isdigit() and int(r) >= 200)
            print(f"ok   {name}: {len(ours)} calls, {messages} messages, {finals} final responses as tshark")
            continue
        failed += 1
        print(f"FAIL {name}")
        for call in sorted(set(ours) | set(theirs)):
            if ours.get(call) != theirs.get(call):
                print(f"  {call!r}\n    sipref: {ours.get(call)}\n    tshark: {theirs.get(call)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
