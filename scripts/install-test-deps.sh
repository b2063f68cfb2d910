#!/usr/bin/env bash
# Installs what the tests need beyond the build: from Debian, Chromium (for the real-browser
# tests, never a browser download), a Java runtime (for pyspark in the Python tests) and Python's
# venv module where the system Python lacks it; the test-only npm packages (playwright-core) from
# tests/package-lock.json. Idempotent: does nothing when all are already there.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "install-test-deps: $*" >&2; }

missing=()
if ! command -v "${CHROMIUM:-chromium}" >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium fonts-dejavu-core)
fi
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] && SUDO= || SUDO=sudo
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ ! -d tests/node_modules/playwright-core ] || [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
  log "npm ci (tests/)"
  (cd tests && npm ci --no-audit --no-fund --loglevel=error)
fi
