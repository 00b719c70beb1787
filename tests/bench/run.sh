#!/usr/bin/env bash
# Every benchmark, against a build (default build/default). Prints figures;
# nothing here passes or fails a test.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/default}"
echo "== search latency =="
"$build/tests/bench/bench_search" --generated-db "$build/bench-generated.sqlite"
echo
echo "== startup and memory =="
python3 tests/bench/startup.py "$build" 10
if [ -x "$build/tests/bench/bench_scanner" ]; then
  echo
  echo "== trace scanner =="
  "$build/tests/bench/bench_scanner"
fi
if command -v tshark >/dev/null && [ -x "$build/tests/bench/bench_capture_read" ]; then
  echo
  echo "== captures =="
  bash tests/bench/bench_capture.sh "$build"
fi
