#!/usr/bin/env bash
# Measures article extraction on ../shared/corpora (readability-dev, cyrillic-html-dev) and times
# Mozilla Readability + jsdom (installed from npm into target/readability-node) on the same pages
# in the same run. Usage: scripts/eval-extract.sh [CORPORA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
corpora="${1:-../shared/corpora}"
node_dir="target/readability-node"
if [ ! -d "$node_dir/node_modules/@mozilla/readability" ] || [ ! -d "$node_dir/node_modules/jsdom" ]; then
  mkdir -p "$node_dir"
  npm install --no-audit --no-fund --prefix "$node_dir" @mozilla/readability@0.6.0 jsdom@29.1.1 >&2
fi
cargo run --quiet --release -- eval-extract --corpora "$corpora" --readability "$node_dir"
