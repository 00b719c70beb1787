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
check "compare" 0 "$bin" --compare 486 600; contains "compare shows differences" $out "Key differences"
check "compare unknown" 1 "$bin" --compare 486 999
check "compare needs two" 2 "$bin" --compare 486
check "bad lang" 2 "$bin" --lookup 486 --lang fr
check "unknown option" 2 "$bin" --lookup 486 --frobnicate
SIPREF_CONTENT_DB=/nonexistent/x.sqlite check "missing content" 2 "$bin" --lookup 486
contains "missing content message" $err "does not exist"
rm -f $out $err
exit $fail
