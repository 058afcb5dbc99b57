#!/usr/bin/env bash
# Times translate-toolkit reading the files `cargo bench --bench exchange` leaves in
# target/bench-exchange/ (the same 10,000-paragraph TMX and XLIFF 1.2 Diptych's benchmark
# reads), best of three, for comparison with Diptych's numbers. Two figures each: parsing
# alone (translate-toolkit keeps the XML tree and reads a unit's text only when asked), and
# parsing plus reading every unit's source and target, which is what Diptych's readers do.
set -euo pipefail
cd "$(dirname "$0")/.."
python=target/interop-venv/bin/python
[ -x "$python" ] || { echo "run scripts/interop.sh first (it installs translate-toolkit)" >&2; exit 1; }
"$python" - <<'PY'
import time
from translate.storage import tmx, xliff
for kind, path, store_class in [
    ("TMX", "target/bench-exchange/bench.tmx", tmx.tmxfile),
    ("XLIFF 1.2", "target/bench-exchange/bench.xliff12.xlf", xliff.xlifffile),
]:
    for label, with_texts in [("parse", False), ("parse + every source and target", True)]:
        best = None
        for _ in range(3):
            start = time.perf_counter()
            store = store_class.parsefile(path)
            characters = 0
            if with_texts:
                for unit in store.units:
                    characters += len(unit.source or "") + len(unit.target or "")
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
        print(f"translate-toolkit, {kind} ({len(store.units)} units), {label}: "
              f"{best * 1000:.0f} ms (best of 3)")
PY
