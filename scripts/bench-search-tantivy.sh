#!/usr/bin/env bash
# Builds and runs the tantivy peer of `cargo bench --bench library` (scripts/search-peer): the
# same 10,000 three-language articles from ../shared/corpora/ntrex-dev, indexed with tantivy
# (Snowball stems for English and Russian, whole words for Azerbaijani), and the same queries
# timed. Prints the index time and each query's median; run it right after the bench.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
start=$(date +%s)
cargo build --release --quiet --manifest-path scripts/search-peer/Cargo.toml \
    --target-dir target/search-peer
echo "tantivy peer built in $(( $(date +%s) - start )) s (2 cores, from scratch the first time)"
/usr/bin/time -f "peak memory %M KB" target/search-peer/release/diptych-search-peer \
    "${1:-10000}" "$root/../shared/corpora/ntrex-dev"
