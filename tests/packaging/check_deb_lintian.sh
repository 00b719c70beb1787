#!/usr/bin/env bash
# lintian finds no errors in the .deb (warnings and information are shown,
# and do not fail).
#   check_deb_lintian.sh OUT_DIR VERSION
set -u
. "$(dirname "$0")/lib.sh"
need lintian lintian
deb="$1/sipref_${2}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { bad "no $deb (packaging_deb_build makes it)"; exit 1; }
root_flag=()
# CI runs as root; lintian then only wants to be told that this is meant.
[ "$(id -u)" = 0 ] && root_flag=(--allow-root)
lintian "${root_flag[@]}" --fail-on error --display-info "$deb"
rc=$?
[ $rc = 0 ] && ok "lintian: no errors" || bad "lintian exit $rc"
exit $fail
