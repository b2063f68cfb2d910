#!/usr/bin/env bash
# Throughput of the native CLI and of the wasm package under Node on the sample articles and,
# when ../shared/data/conll2003/dev.jsonl is present, on the CoNLL-2003 dev documents.
# Prints figures; times nothing inside tests. Run after `make build` (make bench does).
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/bench.mjs "$@"
node scripts/bench-page.mjs
