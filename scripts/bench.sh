#!/usr/bin/env bash
# The benchmark (make bench, after make build): installs the peers from npm into bench/peers/
# (git-ignored) when missing, then runs bench/run.mjs — each engine in its own process over the
# same corpus (samples + CoNLL-2003 dev when ../shared/data has it) — prints the wasm's biggest
# contributors with twiggy (installed once from crates.io into ~/.cache/twiggy), the first result
# in a fresh Chromium by part (bench/first-highlight.mjs) and the page's figures (bench-page.mjs).
# Arguments go to bench/run.mjs: --passes N, --no-browser, --no-scaling, --no-sizes, --hostile-mb N.
# Prints figures only; nothing here is a test.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "bench: $*" >&2; }

if ! cmp -s bench/peers.json bench/peers/package.json || [ ! -d bench/peers/node_modules ]; then
  log "installing the peers into bench/peers/"
  mkdir -p bench/peers && cp bench/peers.json bench/peers/package.json
  (cd bench/peers && npm install --no-audit --no-fund --loglevel=error >&2)
fi
[ -d tests/node_modules ] || (cd tests && npm ci --no-audit --no-fund --loglevel=error >&2)

node bench/run.mjs "$@"

TWIGGY=${XDG_CACHE_HOME:-$HOME/.cache}/twiggy/bin/twiggy
if [ ! -x "$TWIGGY" ]; then
  log "installing twiggy into ${TWIGGY%/bin/twiggy} (once)"
  cargo install twiggy --locked --root "${TWIGGY%/bin/twiggy}" >&2
fi
# The wasm before wasm-bindgen and wasm-opt still has its function names.
echo
wasm=target/wasm32-unknown-unknown/wasm/newsmark.wasm
echo "wasm size by crate and section (twiggy, $wasm, without what wasm-bindgen strips):"
"$TWIGGY" top -n 100000 --format csv "$wasm" | node bench/wasm-by-crate.mjs
echo
echo "the shipped wasm by section, and the files the core embeds in its data (gzip alone):"
node bench/wasm-parts.mjs
echo
echo "biggest single items (twiggy top; the name section and wasm-bindgen's metadata are stripped later):"
"$TWIGGY" top -n 25 "$wasm"

echo
echo "first result in a fresh headless Chromium, by part, and what each view downloads:"
node bench/first-highlight.mjs
echo
echo "the page in headless Chromium (paste to highlights, bytes downloaded, typing, annotate):"
node scripts/bench-page.mjs
