#!/usr/bin/env bash
# The Python package against the CLI (samples, generated articles, hostile texts) and the Spark
# example under spark-submit in local mode: pytest over python/tests in target/python-venv.
# Tests on CoNLL-2003 dev run when $NEWSMARK_DATA/conll2003 (default ../shared/data) has it, and are reported
# as skipped otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=$(bash scripts/python-env.sh)
cargo build --release --locked --bin newsmark
PYTHONDONTWRITEBYTECODE=1 "$venv/bin/pytest" -p no:cacheprovider -rs python/tests
