#!/usr/bin/env bash
# Every test: installs what is missing (wasm toolchain, Chromium, npm test packages), then runs
# the native tests (cargo test), builds the wasm package, and runs the Node and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "== test: $*" >&2; }

bash scripts/install-test-deps.sh
log "native (cargo test)"
cargo test --locked
log "build"
bash scripts/build.sh
log "node and browser (node --test)"
node --test tests/node/ tests/browser/
