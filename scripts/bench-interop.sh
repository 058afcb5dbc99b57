#!/usr/bin/env bash
# Times translate-toolkit reading the files `cargo bench --bench exchange` leaves in
# target/bench-exchange/ (the same 10,000-paragraph TMX and XLIFF Diptych's benchmark reads),
# best of three, for comparison with Diptych's numbers. translate-toolkit reads XLIFF 1.2, so
# only its TMX reader is timed on these files.
set -euo pipefail
cd "$(dirname "$0")/.."
python=target/interop-venv/bin/python
[ -x "$python" ] || { echo "run scripts/interop.sh first (it installs translate-toolkit)" >&2; exit 1; }
"$python" - <<'PY'
import time
from translate.storage import tmx
path = "target/bench-exchange/bench.tmx"
best = None
for _ in range(3):
    start = time.perf_counter()
    store = tmx.tmxfile.parsefile(path)
    units = len(store.units)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print(f"translate-toolkit reads {path}: {units} units in {best * 1000:.0f} ms (best of 3)")
PY
