#!/usr/bin/env bash
# Interoperability with translate-toolkit (a real third-party reader and writer of TMX and
# XLIFF 1.2):
#   1. Diptych exports the example project's translations as TMX;
#   2. translate-toolkit reads it: the same number of units, the same source and target texts;
#   3. translate-toolkit writes the memory anew (its own serialisation);
#   4. translate-toolkit reads Diptych's XLIFF 1.2: the same units, sources and targets;
#   5. Diptych fills a fresh project from translate-toolkit's TMX: every unit comes back;
#   6. XLIFF 1.2 → xliff2po → po2xliff → Diptych: an untouched file changes nothing (the
#      project stays byte-identical), and a translator's edits in the PO file (a new
#      translation, a fuzzy one confirmed, a new comment, a changed translation) come back
#      exactly: only those, the changed one only with --overwrite.
# translate-toolkit is installed into a venv under target/ when missing (pip, from PyPI).
# Usage: scripts/interop.sh [DIPTYCH_BINARY]   (default: target/debug/diptych)
set -euo pipefail
cd "$(dirname "$0")/.."
diptych="${1:-target/debug/diptych}"
venv=target/interop-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import translate" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q translate-toolkit
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp projects/tbilisi-metro-fares.diptych.ron "$work/example.diptych.ron"
"$diptych" export "$work/example.diptych.ron" --format tmx --lang ru --include-drafts \
  -o "$work/ours.tmx" >/dev/null

"$venv/bin/python" - "$work" <<'PY'
import re, sys
from translate.storage import tmx
work = sys.argv[1]
ours = open(f"{work}/ours.tmx", encoding="utf-8").read()
expected = len(re.findall(r"<tu ", ours))
store = tmx.tmxfile.parsefile(f"{work}/ours.tmx")
units = [unit for unit in store.units if unit.source]
assert len(units) == expected, f"translate-toolkit read {len(units)} units, Diptych wrote {expected}"
import html
segments = {html.unescape(text) for text in re.findall(r"<seg>(.*?)</seg>", ours, re.S)}
for unit in units:
    assert unit.source in segments, f"source not in our file: {unit.source!r}"
    assert unit.target in segments, f"target not in our file: {unit.target!r}"
# translate-toolkit writes the memory anew, in its own way.
rewritten = tmx.tmxfile(sourcelanguage="en", targetlanguage="ru")
for unit in units:
    rewritten.addtranslation(unit.source, "en", unit.target, "ru")
with open(f"{work}/theirs.tmx", "wb") as out:
    rewritten.serialize(out)
print(f"translate-toolkit read {len(units)} units from Diptych's TMX and wrote them anew")
open(f"{work}/count", "w").write(str(len(units)))
PY

# translate-toolkit's XLIFF 1.2 reader: every paragraph a unit, the same sources and targets.
"$diptych" export "$work/example.diptych.ron" --format xliff12 --lang ru -o "$work/ours.xlf" >/dev/null
"$venv/bin/python" - "$work" <<'PY'
import html, re, sys
from translate.storage import xliff
work = sys.argv[1]
ours = open(f"{work}/ours.xlf", encoding="utf-8").read()
expected = len(re.findall(r"<trans-unit ", ours))
units = xliff.xlifffile.parsefile(f"{work}/ours.xlf").units
assert len(units) == expected, f"translate-toolkit read {len(units)} units, Diptych wrote {expected}"
sources = {html.unescape(text) for text in re.findall(r"<source[^>]*>(.*?)</source>", ours, re.S)}
targets = {html.unescape(text) for text in re.findall(r"<target[^>]*>(.*?)</target>", ours, re.S)}
for unit in units:
    assert unit.source in sources, unit.source
    if unit.target:
        assert unit.target in targets, unit.target
print(f"translate-toolkit read {len(units)} units from Diptych's XLIFF 1.2")
PY

"$diptych" import tests/fixtures/en-tbilisi-metro.txt -o "$work/fresh.diptych.ron" --targets ru,az >/dev/null
report="$("$diptych" import-translations "$work/fresh.diptych.ron" "$work/theirs.tmx" --lang ru)"
echo "$report"
count="$(cat "$work/count")"
echo "$report" | grep -q "ru: $count filled" ||
  { echo "not every one of the $count units came back from translate-toolkit's file" >&2; exit 1; }
# 6. Through a PO file and back.
po_round_trip() { # $1: the PO file to turn back into XLIFF; prints the import's report
  "$venv/bin/po2xliff" --progress=none "$1" "$work/back.xlf" >/dev/null
  "$diptych" import-translations "$work/example.diptych.ron" "$work/back.xlf" --lang ru "${@:2}"
}
"$venv/bin/xliff2po" --progress=none "$work/ours.xlf" "$work/ours.po" >/dev/null
cp "$work/example.diptych.ron" "$work/before.diptych.ron"
report="$(po_round_trip "$work/ours.po")"
echo "$report" | grep -q "ru: 0 updated" || { echo "an untouched PO round trip updated something: $report" >&2; exit 1; }
cmp "$work/example.diptych.ron" "$work/before.diptych.ron" ||
  { echo "an untouched PO round trip changed the project" >&2; exit 1; }
"$venv/bin/python" - "$work" <<'PY'
import sys
from translate.storage import po
work = sys.argv[1]
store = po.pofile.parsefile(f"{work}/ours.po")
def unit(paragraph):
    return next(unit for unit in store.units if f"p{paragraph}" in unit.getlocations())
unit(5).target = "По данным мэрии, в прошлом году транспортная компания потеряла 120 млн лари."
unit(4).markfuzzy(False)
unit(4).removenotes()
unit(4).addnote("Оставили «г-на Каладзе».", origin="translator")
unit(3).target = "Мэрия Тбилиси объявила, что с начала следующего года поездка в метро подорожает вдвое."
with open(f"{work}/edited.po", "wb") as out:
    store.serialize(out)
PY
report="$(po_round_trip "$work/edited.po")"
echo "$report"
echo "$report" | grep -q "ru: 2 updated, 10 unchanged, 1 conflict(s)" ||
  { echo "the PO edits did not come back as expected" >&2; exit 1; }
# Exactly the two records changed: paragraph 4 (confirmed, new comment) and 5 (new).
changed="$(diff "$work/before.diptych.ron" "$work/example.diptych.ron" | grep -c '^>' || true)"
grep -q '(lang: "ru", id: 4, status: translated, .*note: "Оставили «г-на Каладзе»."' "$work/example.diptych.ron" &&
  grep -q '(lang: "ru", id: 5, status: translated, text: "По данным мэрии' "$work/example.diptych.ron" &&
  [ "$changed" = 2 ] || { echo "the project changed in other ways ($changed lines)" >&2; exit 1; }
report="$(po_round_trip "$work/edited.po" --overwrite)"
echo "$report" | grep -q "ru: 1 updated, 12 unchanged, 0 conflict" ||
  { echo "--overwrite did not bring the changed translation: $report" >&2; exit 1; }
grep -q 'id: 3, status: translated, text: "Мэрия Тбилиси объявила, что с начала' "$work/example.diptych.ron" ||
  { echo "the changed translation is not in the project" >&2; exit 1; }
echo "translate-toolkit: xliff2po → po2xliff round trip brought back exactly the edits"
echo "interop: ok"
