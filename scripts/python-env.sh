#!/usr/bin/env bash
# The Python environment of the tests and the benchmark: a venv in target/python-venv with
# python/requirements-test.txt (pytest, pyspark), then this checkout's package installed with
# `pip install ./python` as the README says (maturin builds the abi3 wheel with cargo).
# Prints the venv's folder. Java and Python's venv module: scripts/install-test-deps.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "python-env: $*" >&2; }
venv=target/python-venv

if [ ! -x "$venv/bin/python" ] || [ python/requirements-test.txt -nt "$venv/.requirements" ]; then
  log "venv $venv with $(grep -v '^#' python/requirements-test.txt | tr '\n' ' ')"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r python/requirements-test.txt
  cp python/requirements-test.txt "$venv/.requirements"
fi
log "pip install ./python (release build of the wheel)"
# Its own target folder: building the extension unifies the core's dependencies with other
# features, and the core's cdylib (an unhashed file name) would then make the CLI rebuild.
CARGO_TARGET_DIR="$PWD/target/python-wheel" "$venv/bin/pip" install -q --force-reinstall --no-deps ./python
echo "$venv"
