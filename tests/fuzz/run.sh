#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, apart from the CMake build (the
# few core sources they need are compiled directly against Qt), and runs each
# for a bounded time under AddressSanitizer and UndefinedBehaviorSanitizer.
# Any crash, sanitizer report or broken promise fails the run.
#
#   bash tests/fuzz/run.sh                 60 s per target
#   FUZZ_SECONDS=600 bash tests/fuzz/run.sh
#   FUZZ_BUILD_DIR=/tmp/f bash tests/fuzz/run.sh   where binaries, corpora and crash files go
#
# Needs clang 14 and its runtime (Debian 12: clang-14 libclang-rt-14-dev) and
# the Qt development files.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="$(cd "$here/../.." && pwd)"
out="${FUZZ_BUILD_DIR:-${TMPDIR:-/tmp}/sipref-fuzz}"
seconds="${FUZZ_SECONDS:-60}"

cxx=""
for c in clang++-14 clang++; do
  if command -v "$c" >/dev/null; then cxx="$c"; break; fi
done
if [ -z "$cxx" ]; then
  echo "fuzz: clang++ not found (Debian 12: apt-get install clang-14 libclang-rt-14-dev)" >&2
  exit 1
fi
if ! pkg-config --exists Qt6Core; then
  echo "fuzz: Qt6Core development files not found (qt6-base-dev)" >&2
  exit 1
fi

mkdir -p "$out"
# Qt is built position-independent, so its users must be too.
flags=(-std=c++17 -g -O1 -fPIC -fno-omit-frame-pointer
       -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
       -I"$src/app" $(pkg-config --cflags Qt6Core))
libs=($(pkg-config --libs Qt6Core))

build() { # name, sources...
  local name="$1"; shift
  echo "fuzz: building $name"
  "$cxx" "${flags[@]}" "$@" -o "$out/$name" "${libs[@]}"
}
build fuzz_tracescanner "$here/fuzz_tracescanner.cpp" "$src/app/core/TraceScanner.cpp"
build fuzz_query "$here/fuzz_query.cpp" "$src/app/core/Query.cpp"

# Seeds: the hand-written traces, and the kinds of text typed in the search box.
seeds="$out/seeds_query"
mkdir -p "$seeds"
i=0
while IFS= read -r line; do
  printf '%s' "$line" > "$seeds/seed$i"; i=$((i + 1))
done <<'SEEDS'
486
48
4xx
busy here
SIP/2.0 486 Busy Here
Reason: Q.850;cause=17;text="User busy"
Reason: SIP;cause=480
Warning: 399 sbc.example.com "Codec mismatch"
cause 17
warning 399
４８６
ビジー 転送
cause code 34
hangupcause=17
DIALSTATUS=BUSY
X-Asterisk-HangupCause: Normal Clearing
2026-11-30 10:15:02.123456 [NOTICE] switch_channel.c:1104 Hangup sofia/internal/1001@10.0.0.1 [CS_EXECUTE] [USER_BUSY]
variable_hangup_cause: [CALL_REJECTED]
SEEDS

status=0
run() { # name, max_len, seed directories...
  local name="$1" maxlen="$2"; shift 2
  local corpus="$out/corpus_$name"
  mkdir -p "$corpus"
  echo "fuzz: running $name for ${seconds}s"
  # The first directory collects the inputs found; the others only seed it.
  if ! (cd "$out" && ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" \
        UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}" \
        "./$name" -max_total_time="$seconds" -max_len="$maxlen" -timeout=20 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$out/$name-" "$corpus" "$@"); then
    echo "fuzz: $name FAILED; the input is saved as $out/$name-*" >&2
    status=1
  fi
}
run fuzz_tracescanner 16384 "$src/tests/data"
run fuzz_query 2048 "$seeds"
exit $status
