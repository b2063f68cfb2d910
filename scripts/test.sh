#!/usr/bin/env bash
# Every test: installs what is missing (wasm toolchain, Chromium, Java, npm test packages),
# lints (fmt, import cycles, clippy, rustdoc), then runs the native tests (cargo test), fuzzes
# briefly (scripts/fuzz.sh), builds the wasm package, runs the Node and browser tests, then the
# Python package's and the Spark example's (pytest).
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "== test: $*" >&2; }

bash scripts/install-test-deps.sh
log "lint (no merge conflict markers, cargo fmt)"
if git grep -nE '^(<<<<<<<|>>>>>>>) ' -- . ':!tests/node_modules' 2>/dev/null; then
  echo "merge conflict markers above" >&2; exit 1
fi
cargo fmt --all -- --check
log "lint (imports run one way, clippy, rustdoc)"
python3 scripts/check-imports.py
cargo clippy --locked --all-targets -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --quiet
log "native (cargo test)"
cargo test --locked
log "fuzz (20 s per target, from the seed corpus)"
bash scripts/fuzz.sh 20
log "build"
bash scripts/build.sh
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "lint the wasm layer (clippy for wasm32; on the Debian route rustup's clippy has no wasm32 std)"
  cargo clippy --locked --target wasm32-unknown-unknown --lib -- -D warnings
fi
log "node and browser (node --test)"
node --test tests/node/ tests/browser/
log "python (package against the CLI, Spark example in local mode)"
bash scripts/test-python.sh
