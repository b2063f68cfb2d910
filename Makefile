# The one entry point. On a fresh machine, two commands do all set-up:
#   make serve   build everything (installing the toolchain) and serve the page on 127.0.0.1
#   make test    install what tests need and run every test
PORT ?= 8000

.PHONY: build serve test bench
build:
	bash scripts/build.sh
serve: build
	node scripts/serve.mjs --port $(PORT)
test:
	bash scripts/test.sh
bench: build
	bash scripts/bench.sh
