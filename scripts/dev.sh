#!/usr/bin/env bash
# SipRef developer entry point for a Debian 12 machine.
#
#   scripts/dev.sh run [args]   install build dependencies (apt, where missing), build, start SipRef
#   scripts/dev.sh test         install build and test dependencies, build, run every test,
#                               then build with ASan+UBSan and run the suite again
#   scripts/dev.sh build        install build dependencies and build only
#
# Runs as root or through sudo for apt-get. Builds into build/default.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_PACKAGES=(cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libgl-dev librsvg2-bin libpcap-dev libqt6svg6-dev libfontconfig-dev)
RUN_PACKAGES=(fonts-noto-cjk)
TEST_PACKAGES=(clang-14 libclang-rt-14-dev desktop-file-utils appstream lintian dpkg-dev file man-db xz-utils python3 poppler-utils fonts-noto-cjk
  xvfb xauth tshark tcpdump sip-tester) # tshark: captures are compared with its reading; tcpdump, sipp (sip-tester): fixtures, benchmark

install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing: ${missing[*]}"
  $sudo apt-get update
  # Noninteractive: tshark's package would otherwise ask whether non-root users may capture.
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
  cmake --preset default
  cmake --build --preset default
}

cmd="${1:-run}"
shift || true
case "$cmd" in
  run)
    install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
    build
    exec build/default/app/sipref "$@"
    ;;
  build)
    install_missing "${BUILD_PACKAGES[@]}"
    build
    ;;
  test)
    install_missing "${BUILD_PACKAGES[@]}" ${TEST_PACKAGES[@]+"${TEST_PACKAGES[@]}"}
    build
    ctest --preset default
    # The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer
    # (the packaging checks are not repeated). Leak reports are off: Qt keeps
    # process-lifetime allocations that LeakSanitizer would list.
    cmake --preset asan
    cmake --build --preset asan
    ctest --preset asan -LE packaging
    # The libFuzzer targets, built with clang, each run for a bounded time.
    cmake --preset fuzz
    cmake --build --preset fuzz
    ctest --preset fuzz
    ;;
  *)
    echo "usage: scripts/dev.sh run|build|test" >&2
    exit 2
    ;;
esac
