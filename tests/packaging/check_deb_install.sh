#!/usr/bin/env bash
# The .deb unpacked into a temporary root (dpkg -x) holds the standard tree,
# its desktop entry, metainfo and manual page pass their validators as
# installed, its dependencies are satisfied by this machine's packages, and
# the unpacked binary answers from the unpacked content database.
#   check_deb_install.sh OUT_DIR VERSION
set -u
. "$(dirname "$0")/lib.sh"
need file file
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need man man-db
out="$1"
version="$2"
deb="$out/sipref_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { bad "no $deb (packaging_deb_build makes it)"; exit 1; }
root="$out/root"
rm -rf "$root"
dpkg -x "$deb" "$root" && ok "dpkg -x into $root" || { bad "dpkg -x"; exit 1; }
check_layout "$root/usr"

# Dependencies: every Depends alternative list has a member installed here
# in a version that satisfies it.
dpkg-deb -f "$deb" Depends | tr ',' '\n' | while read -r alternatives; do
  [ -n "$alternatives" ] || continue
  satisfied=""
  IFS='|' read -ra options <<<"$alternatives"
  for option in "${options[@]}"; do
    name="$(echo "$option" | awk '{print $1}')"
    relation="$(echo "$option" | sed -nE 's/.*\(([<>=]+) *([^)]+)\).*/\1 \2/p')"
    installed="$(dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null | sed -n 's/^install ok installed //p')"
    [ -n "$installed" ] || continue
    if [ -z "$relation" ]; then satisfied="$name $installed"; break; fi
    op="$(echo "$relation" | cut -d' ' -f1)"; want="$(echo "$relation" | cut -d' ' -f2)"
    case "$op" in '>=') op=ge ;; '<=') op=le ;; '=') op=eq ;; '>>') op=gt ;; '<<') op=lt ;; esac
    dpkg --compare-versions "$installed" "$op" "$want" && { satisfied="$name $installed"; break; }
  done
  if [ -n "$satisfied" ]; then echo "ok   Depends $alternatives: $satisfied"
  else echo "FAIL Depends $alternatives: not installed on this machine"; echo x >>"$out/deps-failed"; fi
done
[ -f "$out/deps-failed" ] && { fail=1; rm -f "$out/deps-failed"; }

"$(dirname "$0")/check_desktop.sh" "$root/usr/share/applications/io.github.sipref.SipRef.desktop" \
  "$root/usr/share/icons/hicolor/scalable/apps" | sed 's/^/  installed desktop entry: /' ; [ "${PIPESTATUS[0]}" = 0 ] || fail=1
appstreamcli validate --no-net --strict "$root/usr/share/metainfo/io.github.sipref.SipRef.metainfo.xml" >/dev/null 2>&1 \
  && ok "installed metainfo validates" || bad "installed metainfo does not validate"
"$(dirname "$0")/check_manpage.sh" "$root/usr/bin/sipref" "$root/usr/share/man/man1/sipref.1.gz" \
  | sed 's/^/  installed manual page: /'; [ "${PIPESTATUS[0]}" = 0 ] || fail=1

check_runs "$root/usr/bin/sipref" "$version"
check_uses_own_content "$root/usr"
exit $fail
