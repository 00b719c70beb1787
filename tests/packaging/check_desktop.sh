#!/usr/bin/env bash
# The desktop entry: desktop-file-validate accepts it without errors or
# warnings, it is named after the application id, and it starts sipref with
# the application's icon, in English and Japanese.
#   check_desktop.sh DESKTOP_FILE [ICON_DIR]
set -u
. "$(dirname "$0")/lib.sh"
need desktop-file-validate desktop-file-utils
desktop="$1"
icons="${2:-$(dirname "$desktop")}"
id="$(basename "$desktop" .desktop)"

out="$(desktop-file-validate "$desktop" 2>&1)"
rc=$?
# Hints are suggestions; errors and warnings fail.
problems="$(printf '%s\n' "$out" | grep -E ': (error|warning):')"
if [ $rc = 0 ] && [ -z "$problems" ]; then ok "desktop-file-validate"; else bad "desktop-file-validate (exit $rc)"; printf '%s\n' "$out"; fi

value() { # key as written in the file, e.g. Name[ja]
  local key
  key="$(printf '%s' "$1" | sed 's/[][]/\\&/g')"
  sed -n "s/^$key=//p" "$desktop" | head -1
}
case "$id" in *.*.*) ok "reverse-DNS id $id" ;; *) bad "file name '$id' is not a reverse-DNS id" ;; esac
[ "$(value Icon)" = "$id" ] && ok "Icon=$id" || bad "Icon='$(value Icon)', want '$id'"
[ -f "$icons/$id.svg" ] && ok "icon $id.svg exists" || bad "no $icons/$id.svg"
exec_bin="$(value Exec | cut -d' ' -f1)"
[ "$exec_bin" = sipref ] && ok "Exec runs sipref" || bad "Exec='$(value Exec)'"
for key in Name 'Name[ja]' GenericName 'GenericName[ja]' Comment 'Comment[ja]' Keywords Categories; do
  [ -n "$(value "$key")" ] && ok "$key set" || bad "$key missing"
done
for word in SIP VoIP Q.850; do
  value Keywords | tr ';' '\n' | grep -qxF "$word" && ok "keyword $word" || bad "Keywords lacks $word"
done
value 'Comment[ja]' | grep -qP '[\x{3040}-\x{30ff}\x{4e00}-\x{9fff}]' && ok "Comment[ja] is Japanese" \
  || bad "Comment[ja] has no Japanese characters"
exit $fail
