#!/usr/bin/env bash
# The manual page renders with man -l without groff warnings, and documents
# every option and argument that `sipref --help` lists, and the version.
#   check_manpage.sh SIPREF_BINARY MANPAGE
set -u
. "$(dirname "$0")/lib.sh"
need man man-db
bin="$1"
page="$2"

rendered="$(mktemp)"
warnings="$(mktemp)"
helptext="$(mktemp)"
trap 'rm -f "$rendered" "$warnings" "$helptext"' EXIT
MANPAGER=cat PAGER=cat MANWIDTH=80 man --warnings -l "$page" >"$rendered" 2>"$warnings"
rc=$?
if [ $rc = 0 ] && head -1 "$rendered" | grep -q '^SIPREF(1)'; then ok "man -l renders ($(wc -l <"$rendered") lines)"
else bad "man -l exit $rc"; head -5 "$rendered"; fi
if [ -s "$warnings" ]; then bad "groff warnings:"; cat "$warnings"; else ok "no groff warnings"; fi

"$bin" --help >"$helptext" 2>&1 || { bad "sipref --help failed"; cat "$helptext"; exit 1; }
# Options: "  -h, --help   Displays ..." -> -h --help. Arguments: the words
# in the lines under "Arguments:".
options="$(grep -E '^ +-' "$helptext" | sed -E 's/^ +//; s/  +.*//' | grep -oE -- '--?[A-Za-z][A-Za-z-]*')"
arguments="$(sed -n '/^Arguments:/,$p' "$helptext" | sed 1d | awk '{print $1}')"
[ -n "$options" ] || bad "no options found in sipref --help"
# Each option must be described in OPTIONS, not merely shown in the synopsis
# or an example.
options_section="$(sed -n '/^OPTIONS$/,/^[A-Z]/p' "$rendered")"
for opt in $options; do
  # Whole option only: --help must not be satisfied by --help-all.
  if printf '%s\n' "$options_section" | grep -qE -- "(^|[^-A-Za-z])${opt}([^-A-Za-z]|$)"; then ok "documents $opt"
  else bad "the OPTIONS section does not describe $opt (listed by sipref --help)"; fi
done
for arg in $arguments; do
  if sed -n '/^ARGUMENTS/,/^[A-Z]/p' "$rendered" | grep -qw -- "$arg"; then ok "documents the argument $arg"
  else bad "the ARGUMENTS section does not describe '$arg'"; fi
done
for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT FILES; do
  grep -qx "$section" "$rendered" && ok "section $section" || bad "no section $section"
done
grep -q SIPREF_CONTENT_DB "$rendered" && ok "documents SIPREF_CONTENT_DB" || bad "SIPREF_CONTENT_DB undocumented"

version="$("$bin" --version | awk '{print $2}')"
if tail -1 "$rendered" | grep -qF "SipRef $version"; then ok "footer shows version $version"
else bad "footer '$(tail -1 "$rendered")' lacks 'SipRef $version'"; fi
exit $fail
