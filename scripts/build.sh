#!/usr/bin/env bash
# Builds everything a user runs: the npm-ready ES module package in pkg/ (wasm-bindgen output,
# wasm-opt'd, plus the hand-written wrapper in js/, bundled and minified), a copy of it in
# www/pkg/ for the page, the page's own bundle in www/app/, and the native CLI
# target/release/newsmark. Installs the wasm toolchain first if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "build: $*" >&2; }

bash scripts/wasm-toolchain.sh setup >/dev/null
(
  eval "$(bash scripts/wasm-toolchain.sh env)"
  log "wasm (profile wasm: release for size)"
  # -Zlocation-detail=none leaves out the file, line and column each possible panic carries
  # (bounds checks, unwraps): a panic's message stays, its location reads <redacted>; native
  # builds keep them. 7.5 KB gzip (docs/DESIGN.md). An unstable flag, hence RUSTC_BOOTSTRAP (as
  # the toolchain's Debian route already sets for -Zbuild-std); should a rustc refuse it, drop it.
  # -Zfmt-debug=shallow: a derived Debug prints the type's name only, so the wasm holds no field
  # names nor field-by-field code for them (0.3 KB gzip, docs/PERFORMANCE.md); every `{:?}` the
  # core writes into a message is of a str, whose Debug is not derived and stays as it was.
  # +simd128: the tagger's kernels (src/model/lanes.rs) add 4 lanes at once; the flag applies to
  # what is compiled here (our crates; std too on the Debian route's -Zbuild-std, harmlessly), and
  # every current browser and Node >= 16 run SIMD128 (docs/PERFORMANCE.md).
  # -inline-threshold=75: LLVM's inliner at "z" inlines a call only below cost 5, so every small
  # `Vec`, `str` and hashing helper stays a call; 75 (its "s" threshold) with the rest of "z" ran
  # extract() about 1.3x faster in Node for 13 KB gzip, where "s" or "2" cost 30-34 KB
  # (docs/PERFORMANCE.md, "The wasm's build profile").
  # --cfg newsmark_speed: the tagger's hot functions are `optimize(speed)` (unstable, hence
  # RUSTC_BOOTSTRAP too): LLVM's size-first choices are lifted there alone; 2.5 % fewer
  # instructions run in V8 for 1.1 KB gzip (docs/PERFORMANCE.md, "The wasm's build profile, round 2").
  # Round 3 raised the threshold 75 -> 90 with wasm-opt -O3 (below): 7.7 % fewer instructions in
  # V8 for 6.4 KB gzip, where 100 cost 7.9 KB under GNU gzip and 10 under node's (round 3).
  # Round 4 raised it to 110 with the 1.5 KB the package JS gave back and the page's headroom:
  # the highest point measured under the page's share of the budget (docs/PERFORMANCE.md, "The
  # wasm's build profile, round 4").
  RUSTC_BOOTSTRAP=1 RUSTFLAGS="${RUSTFLAGS:-} -Zlocation-detail=none -Zfmt-debug=shallow -Ctarget-feature=+simd128 -Cllvm-args=-inline-threshold=110 --cfg newsmark_speed" \
    cargo build --profile wasm --locked --target wasm32-unknown-unknown --lib
  rm -rf pkg && mkdir -p pkg
  # --target bundler: the glue (newsmark_core_bg.js) without a loader of its own; js/recover.js
  # instantiates the module itself, so the web target's fetch-and-instantiate code (0.6 KB gzip)
  # was never run (docs/PERFORMANCE.md, "The page's bytes, round 7"). The wasm is the same file.
  wasm-bindgen --target bundler --out-dir pkg --out-name newsmark_core \
    target/wasm32-unknown-unknown/wasm/newsmark.wasm
  # -O3 rather than -Oz: 2.2 % fewer instructions in V8 and 0.7 KB smaller under GNU gzip (0.1 KB
  # larger under node's), docs/PERFORMANCE.md "The wasm's build profile, round 3".
  # --converge repeats the passes while they still shrink the module; the producers and target-features
  # sections are metadata no engine reads. --low-memory-unused lets constant offsets fold into
  # loads and stores: it assumes no address computation wraps around 2^32 into the first 1 KB,
  # which safe Rust never does (it would be out-of-bounds pointer arithmetic). 1 KB gzip.
  # --skip-pass=memory-packing keeps the model's bytes in one data segment: packing splits it at
  # every run of zeros, which saves raw bytes but breaks gzip's matches (388.8 → 368.0 KB gzip).
  log "wasm-opt --low-memory-unused -O3 --converge --skip-pass=memory-packing"
  wasm-opt --low-memory-unused -O3 --converge --skip-pass=memory-packing --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-reference-types --enable-mutable-globals --enable-simd \
    pkg/newsmark_core_bg.wasm -o pkg/newsmark_core_bg.wasm
)
# The hand-written part: the API wrapper, types, package.json, the annotator, worker and embed.
cp -r js/. pkg/
rm -f pkg/.gitignore
# Bundled and minified with esbuild (pinned in scripts/minify/package-lock.json, installed here
# from npm): the package's JS and the page's (www/app/). docs/PERFORMANCE.md has the figures.
if [ ! -d scripts/minify/node_modules/esbuild ] || [ scripts/minify/package-lock.json -nt scripts/minify/node_modules/.package-lock.json ]; then
  log "npm ci (scripts/minify: esbuild)"
  (cd scripts/minify && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
node scripts/minify/minify.mjs
rm -rf www/pkg && cp -r pkg www/pkg

log "native CLI (release)"
cargo build --release --locked --bin newsmark

wasm=$(stat -c %s pkg/newsmark_core_bg.wasm)
gz=$(gzip -9c pkg/newsmark_core_bg.wasm | wc -c)
gzsum() { local n=0 f; for f in "$@"; do n=$((n + $(gzip -9c "$f" | wc -c))); done; echo $n; }
log "pkg/newsmark_core_bg.wasm: $wasm bytes ($gz gzip); package JS: $(gzsum pkg/*.js) bytes gzip (file by file); page JS + CSS + HTML: $(gzsum www/app/*.js www/app/*.css www/index.html) bytes gzip"
