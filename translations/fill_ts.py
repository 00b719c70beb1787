#!/usr/bin/env python3
"""Fills sipref_ja.ts from ja_strings.py after `cmake --build ... --target update_translations`.

Reports every source text that has no Japanese yet (and exits 1), so a new
UI string cannot slip through untranslated.
"""
import os
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import glob  # noqa: E402
import importlib.util  # noqa: E402

# ja_strings.py plus one ja_strings_<area>.py per area of the program.
JA = {}
for module_path in sorted(glob.glob(os.path.join(here, "ja_strings*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(module_path)[:-3], module_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    JA.update(module.JA)

path = os.path.join(here, "sipref_ja.ts")
tree = ET.parse(path)
missing = []
for message in tree.getroot().iter("message"):
    source = message.find("source").text or ""
    tr = message.find("translation")
    if source not in JA:
        missing.append(source)
        continue
    text = JA[source]
    tr.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        form = ET.SubElement(tr, "numerusform")
        form.text = text
    else:
        tr.text = text
ET.indent(tree, space="    ")
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
    f.write(b"\n")
if missing:
    print("untranslated:", *missing, sep="\n  ", file=sys.stderr)
    sys.exit(1)
