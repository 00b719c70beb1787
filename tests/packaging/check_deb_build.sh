#!/usr/bin/env bash
# Builds the .deb with CPack from the build tree and checks its control
# fields: name, version, architecture, maintainer, section, description, and
# Depends computed by dpkg-shlibdeps plus the Qt plugins loaded at run time.
#   check_deb_build.sh BUILD_DIR OUT_DIR VERSION
set -u
. "$(dirname "$0")/lib.sh"
need dpkg-shlibdeps dpkg-dev
need file file
build="$1"
out="$2"
version="$3"
rm -rf "$out"
mkdir -p "$out"
if (cd "$build" && cpack -G DEB -B "$out") >"$out/cpack.log" 2>&1; then ok "cpack -G DEB"
else bad "cpack -G DEB failed"; cat "$out/cpack.log"; exit 1; fi
arch="$(dpkg --print-architecture)"
deb="$out/sipref_${version}_${arch}.deb"
[ -f "$deb" ] && ok "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)" || { bad "no $deb"; ls "$out"; exit 1; }

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = sipref ] && ok "Package: sipref" || bad "Package: $(field Package)"
[ "$(field Version)" = "$version" ] && ok "Version: $version" || bad "Version: $(field Version)"
[ "$(field Architecture)" = "$arch" ] && ok "Architecture: $arch" || bad "Architecture: $(field Architecture)"
field Maintainer | grep -qE '^[^<]+ <[^@ ]+@[^> ]+>$' && ok "Maintainer: $(field Maintainer)" || bad "Maintainer: '$(field Maintainer)'"
[ -n "$(field Section)" ] && ok "Section: $(field Section)" || bad "no Section"
[ "$(field Description | wc -l)" -ge 5 ] && ok "Description has a long text" || bad "Description too short"
depends="$(field Depends)"
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libc6 libqt6sql6-sqlite qt6-qpa-plugins; do
  printf '%s\n' "$depends" | tr ',' '\n' | grep -qE "^ *$dep( |\$)" && ok "Depends on $dep" || bad "Depends lacks $dep: $depends"
done
field Recommends | grep -q qt6-translations-l10n && ok "Recommends qt6-translations-l10n" || bad "Recommends: $(field Recommends)"
exit $fail
