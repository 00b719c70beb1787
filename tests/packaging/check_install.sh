#!/usr/bin/env bash
# `cmake --install` into a temporary prefix lays out the standard tree, and
# the installed program finds its content from that prefix, also after the
# whole prefix has been moved elsewhere.
#   check_install.sh BUILD_DIR WORK_DIR VERSION
set -u
. "$(dirname "$0")/lib.sh"
need file file
build="$1"
work="$2"
version="$3"
rm -rf "$work"
mkdir -p "$work"
prefix="$work/opt/sipref"
if cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1; then ok "cmake --install --prefix $prefix"
else bad "cmake --install failed"; cat "$work/install.log"; exit 1; fi
check_layout "$prefix"
check_runs "$prefix/bin/sipref" "$version"
check_uses_own_content "$prefix"

# Relocated: the prefix is found from the executable, not from the path
# configured at build time.
mkdir -p "$work/moved"
mv "$prefix" "$work/moved/sipref"
check_runs "$work/moved/sipref/bin/sipref" "$version"
check_uses_own_content "$work/moved/sipref"
exit $fail
