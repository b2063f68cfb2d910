#!/usr/bin/env bash
# For refactors that must not change behaviour: writes the release CLI's output on CoNLL-2003 dev,
# TempEval-3 train, OntoNotes dev and the samples into OUT_DIR; with a second folder, compares the two.
#   bash scripts/same-output.sh /tmp/before            # on the old commit
#   bash scripts/same-output.sh /tmp/after /tmp/before # on the new one: "same" per file, or exit 1
# Data from $NEWSMARK_DATA (default ../shared/data); a missing set is skipped and said so.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: same-output.sh OUT_DIR [COMPARE_WITH_DIR]}
data=${NEWSMARK_DATA:-../shared/data}
cargo build --release --locked --quiet --bin newsmark
cli=target/release/newsmark
mkdir -p "$out"
jsonl() { # FILE DATE_KEY: {"id","text"[,"reference_date"]} per line
  python3 -c '
import json, sys
for line in open(sys.argv[1]):
    d = json.loads(line)
    r = {"id": d["id"], "text": d["text"]}
    if sys.argv[2] in d: r["reference_date"] = d[sys.argv[2]][:10]
    print(json.dumps(r))' "$1" "$2"
}
for set in conll2003/dev tempeval3/tbaq_train ontonotes/dev; do
  file=$data/$set.jsonl
  if [[ -f $file ]]; then
    jsonl "$file" dct | $cli --jsonl > "$out/${set//\//-}.jsonl"
  else
    echo "same-output: no $file, skipped" >&2
  fi
done
samples=(../shared/samples/*.txt)
if [[ -f ${samples[0]} ]]; then
  for s in "${samples[@]}"; do
    date=$(basename "$s" .txt | grep -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}$')
    $cli --reference-date "$date" "$s" > "$out/sample-$(basename "$s" .txt).json"
  done
  $cli "${samples[@]}" > "$out/samples-without-reference.json"
fi
if [[ -n ${2:-} ]]; then
  status=0
  for f in "$2"/*; do
    if cmp -s "$f" "$out/$(basename "$f")"; then echo "same: $(basename "$f")"; else echo "DIFFERENT: $(basename "$f")"; status=1; fi
  done
  exit $status
fi
