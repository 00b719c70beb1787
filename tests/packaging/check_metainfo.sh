#!/usr/bin/env bash
# The AppStream metadata: appstreamcli accepts it (no network: screenshot
# URLs are not fetched), it matches the desktop entry, its newest release and
# the Debian changelog carry the project version, and every screenshot it
# names is in packaging/screenshots with the size it declares.
#   check_metainfo.sh SOURCE_DIR PROJECT_VERSION
set -u
. "$(dirname "$0")/lib.sh"
need appstreamcli appstream
need dpkg-parsechangelog dpkg-dev
src="$1"
version="$2"
metainfo="$(ls "$src"/packaging/linux/*.metainfo.xml)"

out="$(appstreamcli validate --no-net --strict "$metainfo" 2>&1)"
if [ $? = 0 ]; then ok "appstreamcli validate --no-net --strict"; else bad "appstreamcli validate"; fi
printf '%s\n' "$out"

python3 - "$metainfo" "$version" "$src/packaging/screenshots" <<'PY' || fail=1
import os, struct, sys, xml.etree.ElementTree as ET
path, version, shots = sys.argv[1:]
root = ET.parse(path).getroot()
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
bad = False
def check(cond, what):
    global bad
    print(("ok   " if cond else "FAIL ") + what)
    bad |= not cond
cid = root.findtext("id")
check(os.path.basename(path) == cid + ".metainfo.xml", f"file named after the id {cid}")
check(root.findtext("launchable") == cid + ".desktop", "launchable is the desktop entry")
desktop = os.path.join(os.path.dirname(path), cid + ".desktop")
check(os.path.isfile(desktop), f"{cid}.desktop exists beside it")
check(root.findtext("provides/binary") == "sipref", "provides the sipref binary")
for tag in ("name", "summary"):
    check(any(e.get(XML_LANG) == "ja" for e in root.findall(tag)), f"{tag} has a Japanese translation")
releases = root.findall("releases/release")
check(bool(releases) and releases[0].get("version") == version,
      f"newest release is {version} (found {releases[0].get('version') if releases else 'none'});"
      " add a <release> when the project version changes")
check(root.find("content_rating") is not None, "content_rating present")
check(bool(root.findtext("url[@type='homepage']")), "homepage URL")
images = root.findall("screenshots/screenshot/image")
check(len(images) >= 1, f"{len(images)} screenshots")
for img in images:
    name = os.path.basename(img.text.strip())
    local = os.path.join(shots, name)
    if not os.path.isfile(local):
        check(False, f"screenshot {name} is in packaging/screenshots")
        continue
    with open(local, "rb") as f:
        head = f.read(24)
    w, h = struct.unpack(">II", head[16:24])
    check(head[:8] == b"\x89PNG\r\n\x1a\n" and (str(w), str(h)) == (img.get("width"), img.get("height")),
          f"screenshot {name} is a {img.get('width')}x{img.get('height')} PNG (is {w}x{h})")
sys.exit(1 if bad else 0)
PY

changelog_version="$(dpkg-parsechangelog -l "$src/packaging/debian/changelog" -S Version 2>&1)"
if [ "$changelog_version" = "$version" ]; then ok "debian/changelog's newest entry is $version"
else bad "debian/changelog's newest entry is '$changelog_version', want $version: add an entry (dch -v $version)"; fi
exit $fail
