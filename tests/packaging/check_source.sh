#!/usr/bin/env bash
# The source tarball (CPack source generator) holds the source tree without
# build output or the repository, and builds with the README's commands; the
# program it builds answers --lookup 486.
#   check_source.sh BUILD_DIR SOURCE_DIR OUT_DIR VERSION
# By default the unpacked tree configures with the README's preset and builds
# the program (the test executables' sources are covered by the file list
# check); SIPREF_FULL_SOURCE_BUILD=1 runs the whole `bash scripts/dev.sh build`
# instead (several minutes on two cores).
set -u
. "$(dirname "$0")/lib.sh"
build="$1"
src="$2"
out="$3"
version="$4"
rm -rf "$out"
mkdir -p "$out"
if (cd "$build" && cpack --config CPackSourceConfig.cmake -B "$out") >"$out/cpack.log" 2>&1; then ok "cpack source package"
else bad "cpack --config CPackSourceConfig.cmake failed"; cat "$out/cpack.log"; exit 1; fi
tarball="$out/sipref-$version.tar.xz"
[ -f "$tarball" ] && ok "built $(basename "$tarball") ($(du -k "$tarball" | cut -f1) KiB)" || { bad "no $tarball"; ls "$out"; exit 1; }
top="sipref-$version"
tar -tJf "$tarball" | sed "s|^$top/||" | sort >"$out/contents.txt"

leaked="$(grep -E '^(build|\.git|out|\.cache)(/|$)|(^|/)__pycache__/' "$out/contents.txt" | head -5)"
[ -z "$leaked" ] && ok "no build/, .git or caches in the tarball" || bad "the tarball holds build output: $leaked"
for f in CMakeLists.txt CMakePresets.json README.md scripts/dev.sh .ci/run cmake/Packaging.cmake \
  packaging/CMakeLists.txt app/main.cpp resources/content/sip_responses.json translations/sipref_ja.ts \
  tests/CMakeLists.txt; do
  grep -qxF "$f" "$out/contents.txt" || bad "the tarball lacks $f"
done
# In a git checkout, every tracked file must be in the tarball (an ignore
# pattern that matches too much would otherwise go unnoticed).
if git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  missing="$(cd "$src" && git ls-files | while read -r f; do [ -e "$f" ] && echo "$f"; done | sort | comm -23 - "$out/contents.txt")"
  [ -z "$missing" ] && ok "every tracked file is in the tarball" || bad "tracked files missing from the tarball: $(echo $missing | head -c 400)"
fi

# Build it the way the README says, in a tree of its own.
tar -xJf "$tarball" -C "$out" || { bad "tar -x"; exit 1; }
if [ "${SIPREF_FULL_SOURCE_BUILD:-0}" = 1 ]; then
  how="bash scripts/dev.sh build"
  build_it() { bash scripts/dev.sh build; }
else
  how="cmake --preset default && cmake --build --preset default --target sipref"
  build_it() { cmake --preset default && cmake --build --preset default --target sipref; }
fi
start=$(date +%s)
if (cd "$out/$top" && build_it) >"$out/build.log" 2>&1; then
  ok "$how in the unpacked tarball ($(($(date +%s) - start)) s)"
else
  bad "$how in the unpacked tarball failed"; tail -40 "$out/build.log"; exit 1
fi
check_runs "$out/$top/build/default/app/sipref" "$version"
exit $fail
