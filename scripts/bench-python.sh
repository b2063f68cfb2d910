#!/usr/bin/env bash
# Throughput of the CLI's --jsonl --threads, the Python package and the Spark example on 1 and 2
# cores (scripts/bench-python.py; its options pass through: --copies, --passes, --threads).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-test-deps.sh # the Java runtime pyspark needs
venv=$(bash scripts/python-env.sh)
cargo build --release --locked --bin newsmark
"$venv/bin/python" scripts/bench-python.py "$@"
