#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ for a given time each (default 600 s), one after another
# or only those named. Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
# New inputs go to fuzz/corpus/TARGET (not committed); crashes to fuzz/artifacts/TARGET.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET ...]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(import_text import_html import_mhtml import_warc load_project)
fi
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target"
  echo "== $target for ${seconds}s"
  cargo +nightly fuzz run "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$seconds" -max_len=262144 -rss_limit_mb=2560 -timeout=20 -print_final_stats=1
done
