#!/usr/bin/env bash
# Installs what the tests need beyond the build: Debian's Chromium (for the real-browser tests,
# never a browser download) and the test-only npm packages (playwright-core) from
# tests/package-lock.json. Idempotent: does nothing when both are already there.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "install-test-deps: $*" >&2; }

if ! command -v "${CHROMIUM:-chromium}" >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  [ "$(id -u)" = 0 ] && SUDO= || SUDO=sudo
  log "apt-get install chromium"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
if [ ! -d tests/node_modules/playwright-core ] || [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
  log "npm ci (tests/)"
  (cd tests && npm ci --no-audit --no-fund --loglevel=error)
fi
