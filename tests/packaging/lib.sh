# Shared by the packaging checks: ok/FAIL lines like tests/cli/test_cli.sh,
# and the checks an installed tree must pass wherever it was installed.
# UTF-8 whatever the caller's locale: the checks read Japanese text.
export LC_ALL=C.UTF-8
fail=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fail=1; }
need() { # tool, package
  command -v "$1" >/dev/null 2>&1 || { echo "FAIL $1 not found: install $2 (scripts/dev.sh test does)"; exit 1; }
}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# check_layout PREFIX: every file of expected_files.txt is there.
check_layout() {
  local prefix="$1" missing=0 f
  while read -r f; do
    case "$f" in '' | '#'*) continue ;; esac
    if [ ! -f "$prefix/$f" ]; then bad "installed file missing: $f"; missing=1; fi
  done <"$here/expected_files.txt"
  [ $missing = 0 ] && ok "every expected file installed under $prefix"
  # Printing, PDF and SVG are loaded from a library at a path relative to bin/
  # (a UTF-16 string in the program).
  local rel
  rel="$(strings -e l "$prefix/bin/sipref" | grep -m1 'sipref/libsipref_output\.so$')"
  if [ -n "$rel" ] && [ -f "$prefix/bin/$rel" ]; then ok "the program finds its output library at bin/$rel"
  else bad "the output library is not where the program looks for it (bin/$rel)"; fi
  local size
  for size in 16 22 24 32 48 64 128 256; do
    local png="$prefix/share/icons/hicolor/${size}x${size}/apps/io.github.sipref.SipRef.png"
    [ -f "$png" ] || continue
    if file -b "$png" | grep -q "PNG image data, $size x $size,"; then :; else bad "icon $size: $(file -b "$png")"; fi
  done
}

# check_runs BIN VERSION: the installed binary answers from the installed
# content, without SIPREF_CONTENT_DB and without a display.
check_runs() {
  local bin="$1" version="$2" out
  out="$(env -u SIPREF_CONTENT_DB -u DISPLAY -u WAYLAND_DISPLAY "$bin" --version 2>&1)"
  if [ "$out" = "sipref $version" ]; then ok "--version: $out"; else bad "--version printed '$out', want 'sipref $version'"; fi
  out="$(env -u SIPREF_CONTENT_DB -u DISPLAY -u WAYLAND_DISPLAY "$bin" --lookup 486 2>&1)"
  local rc=$?
  if [ $rc = 0 ] && printf '%s\n' "$out" | head -1 | grep -qx "486 Busy Here"; then
    ok "--lookup 486 from the installed content"
  else
    bad "--lookup 486: exit $rc"; printf '%s\n' "$out" | head -5
  fi
}

# check_uses_own_content PREFIX: with the prefix's content.sqlite moved away
# the program fails, so the answer above came from that file (unless a copy
# is installed system-wide at the prefix the program was built for).
check_uses_own_content() {
  local prefix="$1" db="$1/share/sipref/content.sqlite" err rc
  mv "$db" "$db.away"
  err="$(env -u SIPREF_CONTENT_DB "$prefix/bin/sipref" --lookup 486 2>&1 >/dev/null)"
  rc=$?
  mv "$db.away" "$db"
  if [ $rc = 2 ]; then
    ok "without its content.sqlite it stops with: $err"
  elif [ $rc = 0 ]; then
    echo "note: a system-wide content.sqlite answered; cannot tell which file was used"
  else
    bad "without its content.sqlite: exit $rc, want 2 ($err)"
  fi
}
