#!/usr/bin/env bash
# Fuzzes newsmark for a bounded time: each target in fuzz/fuzz_targets/ (extraction, the CLI's
# JSON Lines input, option parsing) runs SECONDS (default 20) from the committed seed corpus in
# fuzz/corpus/seed/<target>/ plus what earlier local runs found (fuzz/corpus/<target>/, ignored).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# It builds the libFuzzer targets with plain stable cargo and the instrumentation flags that
# `cargo fuzz build --sanitizer none` uses, so nothing extra is installed (with cargo-fuzz:
# `cd fuzz && cargo fuzz run --sanitizer none extract` does the same). A crash stops with the
# failing input saved under fuzz/artifacts/<target>/: turn it into a regression test.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${1:-20}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract jsonl options)
host=$(rustc -vV | awk '/^host:/{print $2}')

RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks" \
  cargo build --release --locked --target "$host" --bins >&2

for t in "${targets[@]}"; do
  echo "== fuzz: $t for ${seconds}s" >&2
  mkdir -p "corpus/$t" "artifacts/$t"
  "target/$host/release/$t" "corpus/$t" "corpus/seed/$t" -max_total_time="$seconds" \
    -max_len=8192 -timeout=10 -rss_limit_mb=1024 -artifact_prefix="artifacts/$t/" -print_final_stats=1 \
    2>"artifacts/$t/log" || { tail -n 40 "artifacts/$t/log" >&2; exit 1; }
  grep -E '^(Done|stat::number_of_executed_units)' "artifacts/$t/log" >&2 || true
done
