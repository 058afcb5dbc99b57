#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ for a given time each (default 600 s), one after another
# or only those named. Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
# New inputs go to fuzz/corpus/TARGET (not committed); crashes to fuzz/artifacts/TARGET.
# Seeds: fuzz/seeds/TARGET plus tests/fixtures and projects/ where they fit.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET ...]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(import_text import_html import_mhtml import_warc load_project read_exchange)
fi
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target"
  # Seeds: the target's own folder, plus the project's fixtures and example projects, which
  # are already articles, pages and project files.
  seeds=()
  [ -d "seeds/$target" ] && seeds+=("seeds/$target")
  case "$target" in
    import_text | import_html) seeds+=(../tests/fixtures) ;;
    load_project) seeds+=(../projects ../tests/fixtures) ;;
  esac
  echo "== $target for ${seconds}s"
  cargo +nightly fuzz run "$target" "corpus/$target" "${seeds[@]}" -- \
    -max_total_time="$seconds" -max_len=262144 -rss_limit_mb=2560 -timeout=20 -print_final_stats=1
done
