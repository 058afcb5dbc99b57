#!/usr/bin/env bash
# Times rapidfuzz (PyPI), a strong linear-scan peer, on the memory `cargo bench --bench memory`
# leaves in target/bench-memory/: the same segments as stem sequences and the same queries,
# scored with the same formula (token Levenshtein, 100·(max−d)/max; each stem is one
# character, so rapidfuzz's string Levenshtein is the token one), top 5 at 50 % or more, one
# query at a time on one thread, as Diptych's search runs. Installs rapidfuzz into
# target/interop-venv when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/interop-venv
[ -f target/bench-memory/segments.txt ] || { echo "run cargo bench --bench memory first" >&2; exit 1; }
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/python" -c "import rapidfuzz" 2>/dev/null || "$venv/bin/pip" install -q rapidfuzz
"$venv/bin/python" - <<'PY'
import time
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

def as_text(line):
    # Stem ids as characters past the surrogates (u32::MAX, an unknown stem, as one unused).
    return "".join(chr(0x10000 + min(int(token), 0xEFFFF)) for token in line.split())

started = time.perf_counter()
with open("target/bench-memory/segments.txt", encoding="utf-8") as lines:
    segments = [as_text(line) for line in lines]
loaded = time.perf_counter() - started
with open("target/bench-memory/queries.txt", encoding="utf-8") as lines:
    queries = [as_text(line) for line in lines]
times = []
for query in queries:
    start = time.perf_counter()
    process.extract(query, segments, scorer=Levenshtein.normalized_similarity,
                    limit=5, score_cutoff=0.5)
    times.append(time.perf_counter() - start)
times.sort()
print(f"rapidfuzz {__import__('rapidfuzz').__version__}: {len(segments)} segments "
      f"(loaded in {loaded:.1f} s); top 5 of a 25-word query, linear scan: "
      f"median {times[len(times) // 2] * 1000:.0f} ms, best {times[0] * 1000:.0f} ms "
      f"over {len(times)} queries")
PY
