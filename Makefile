# The one entry point. On a fresh machine, two commands do all set-up:
#   make serve   build everything (installing the toolchain) and serve the page on 127.0.0.1
#   make test    install what tests need and run every test
PORT ?= 8000

.PHONY: build serve test bench eval-dates bench-dates
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
# Native throughput of the date and amount recogniser alone.
bench-dates:
	cargo run --release --locked --example dates_throughput -- www/samples/*.txt
