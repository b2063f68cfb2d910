#!/usr/bin/env bash
# One point of the wasm build-profile grid (docs/PERFORMANCE.md, "The wasm's build profile"):
# the wasm built as scripts/build.sh builds it, but at another opt-level, extra RUSTFLAGS and/or
# other wasm-opt flags, dropped into a copy of an already built package (the JS does not depend
# on the profile: the wasm-bindgen glue is checked to be the same), for bench/profile-speed.mjs.
#   OPT=3 [EXTRA_RUSTFLAGS=..] bash bench/profile-build.sh OUT_DIR [WASM_OPT_FLAGS...]
#   CARGO_ARGS="--config ..." adds cargo arguments (a per-package opt-level, say); CARGO_TARGET_DIR
#   is honoured (a scratch target directory keeps target/'s build as it is).
#   scripts/build.sh's own point: EXTRA_RUSTFLAGS="-Cllvm-args=-inline-threshold=110 --cfg newsmark_speed".
#   RAW=file.wasm bash bench/profile-build.sh OUT_DIR -O3   # reuse a cargo output, wasm-opt only
# OUT_DIR gets a copy of pkg/ (run scripts/build.sh first) with its newsmark_core_bg.wasm replaced,
# and raw.wasm (cargo's output). Default wasm-opt flags: build.sh's (-O3 --converge).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: profile-build.sh OUT_DIR [WASM_OPT_FLAGS...]}; shift
flags=("$@"); [[ ${#flags[@]} -gt 0 ]] || flags=(-O3 --converge)
[[ -f pkg/newsmark_core_bg.wasm ]] || { echo "profile-build: run scripts/build.sh first" >&2; exit 1; }
eval "$(bash scripts/wasm-toolchain.sh env)"
rm -rf "$out" && mkdir -p "$out" && cp -r pkg "$out/pkg"
if [[ -n ${RAW:-} ]]; then
  cp "$RAW" "$out/raw.wasm"
else
  RUSTC_BOOTSTRAP=1 CARGO_PROFILE_WASM_OPT_LEVEL=${OPT:-z} \
    RUSTFLAGS="${EXTRA_RUSTFLAGS:-} -Zlocation-detail=none -Zfmt-debug=shallow -Ctarget-feature=+simd128" \
    cargo build --profile wasm --locked --target wasm32-unknown-unknown --lib ${CARGO_ARGS:-}
  cp "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm/newsmark.wasm" "$out/raw.wasm"
fi
wasm-bindgen --target bundler --out-dir "$out/bg" --out-name newsmark_core "$out/raw.wasm"
# The glue is made from the exports and imports alone; a difference would make the swap invalid.
if [[ -f target/profile-grid-glue-bg.js ]]; then
  cmp -s target/profile-grid-glue-bg.js "$out/bg/newsmark_core_bg.js" || { echo "profile-build: glue differs" >&2; exit 1; }
else
  cp "$out/bg/newsmark_core_bg.js" target/profile-grid-glue-bg.js
fi
wasm-opt --low-memory-unused "${flags[@]}" --skip-pass=memory-packing --strip-producers --strip-target-features \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types \
  --enable-mutable-globals --enable-simd "$out/bg/newsmark_core_bg.wasm" -o "$out/pkg/newsmark_core_bg.wasm"
what="opt-level ${OPT:-z} ${EXTRA_RUSTFLAGS:-} ${CARGO_ARGS:-}"; [[ -z ${RAW:-} ]] || what="raw $RAW"
echo "profile-build: $out $what wasm-opt ${flags[*]}:" \
  "$(stat -c %s "$out/pkg/newsmark_core_bg.wasm") B, $(gzip -9c "$out/pkg/newsmark_core_bg.wasm" | wc -c) B gzip" | tee -a target/profile-grid.log
