#!/usr/bin/env bash
# Runs translate-toolkit's pofilter (PyPI translate-toolkit, in target/interop-venv) on the
# same sentence pairs `diptych eval-qa` checks: the clean pairs of the corpus and the pairs
# with one error put in, written as PO files by `diptych eval-qa --dump`. An error counts as
# found when pofilter flags a check on the broken pair that it did not flag on the clean
# pair (the same rule eval-qa applies to Diptych); every check flagged on a clean pair is a
# false alarm. Prints both tools' numbers, measured in the same run; with a list of
# confirmed slips of the reference translations (second argument, by default
# eval/qa-slips.ntrex-dev.tsv), both tools' false alarms are also counted without those pairs.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpora/ntrex-dev}"
venv=target/interop-venv
out=target/eval-qa
if [ ! -x "$venv/bin/pofilter" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q translate-toolkit
fi
rm -rf "$out" && mkdir -p "$out/pofilter"
slips="${2:-eval/qa-slips.ntrex-dev.tsv}"
slip_args=()
if [ -f "$slips" ]; then slip_args=(--slips "$slips"); fi
cargo run --release --quiet -- eval-qa --corpus "$corpus" --dump "$out" "${slip_args[@]}" | tee "$out/diptych.txt"
for file in "$out"/*.po; do
  "$venv/bin/pofilter" --progress=none -i "$file" -o "$out/pofilter/$(basename "$file")" >/dev/null 2>&1 || true
done
"$venv/bin/python" - "$out" <<'PY'
import os, re, sys
from collections import Counter, defaultdict
from translate.storage import po

out = sys.argv[1]

def flagged(path):
    """msgctxt -> set of pofilter checks that failed on that unit."""
    checks = defaultdict(set)
    if not os.path.exists(path):
        return checks
    for unit in po.pofile.parsefile(path).units:
        if unit.isheader():
            continue
        context = unit.getcontext()
        for note in unit.getnotes("translator").splitlines():
            match = re.match(r"\(pofilter\) (\w+)", note.strip())
            if match:
                checks[context].add(match.group(1))
    return checks

for language in ["ru", "az"]:
    clean_file = os.path.join(out, f"clean.en-{language}.po")
    clean = flagged(os.path.join(out, "pofilter", f"clean.en-{language}.po"))
    units = [u for u in po.pofile.parsefile(clean_file).units if not u.isheader()]
    alarms = sum(len(checks) for checks in clean.values())
    by_check = Counter(check for checks in clean.values() for check in checks)
    print(f"pofilter en→{language}: {len(units)} clean pairs; false alarms {alarms * 100 / len(units):.1f} per 100 pairs, "
          f"on {len(clean) * 100 / len(units):.1f} % of pairs")
    print("  by check: " + ", ".join(f"{check} {count}" for check, count in by_check.most_common()))
    slips_file = os.path.join(out, f"slips.en-{language}.txt")
    if os.path.exists(slips_file):
        slip_pairs = {line.strip() for line in open(slips_file) if line.strip()}
        others = len(units) - len(slip_pairs)
        other_alarms = sum(len(checks) for context, checks in clean.items() if context not in slip_pairs)
        print(f"  on the {others} pairs that are not confirmed slips of the reference: "
              f"{other_alarms * 100 / max(others, 1):.1f} false alarms per 100 pairs")
    # The clean pair of each broken one, found by its source text.
    clean_by_source = {u.source: clean.get(u.getcontext(), set()) for u in units}
    all_found = all_tried = 0
    for name in sorted(os.listdir(out)):
        prefix = f"broken.en-{language}."
        if not name.startswith(prefix):
            continue
        kind = name[len(prefix):-3].replace("-", " ")
        broken_units = [u for u in po.pofile.parsefile(os.path.join(out, name)).units if not u.isheader()]
        broken = flagged(os.path.join(out, "pofilter", name))
        found = sum(
            1 for u in broken_units
            if broken.get(u.getcontext(), set()) - clean_by_source.get(u.source, set())
        )
        share = found * 100 / len(broken_units) if broken_units else 0
        print(f"  {kind:<22} found {found:>5} of {len(broken_units):>5} ({share:.1f} %)")
        # As eval-qa totals them: a dropped name counted once, not again as a capitalised
        # word, and a slip in a sentence's first word reported apart.
        if kind not in ("dropped capitalised word", "misspelt first word"):
            all_found += found
            all_tried += len(broken_units)
    print(f"  every kind but the capitalised word: found {all_found} of {all_tried} "
          f"({all_found * 100 / max(all_tried, 1):.1f} %)")
PY
