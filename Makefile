# The two commands of the README:
#   make serve   set up what this machine lacks, build the page, serve it on 127.0.0.1
#   make test    every test: native, wasm in headless Chromium, the page in Chromium
PORT ?= 8000
CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROMEDRIVER

.PHONY: serve setup build test test-native test-wasm test-browser lint

include bench.mk

serve: setup build
	@echo "Lintas is served at http://127.0.0.1:$(PORT)/  (Ctrl-C stops it)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory www

setup:
	scripts/setup.sh

build:
	node scripts/build-web.mjs

test:
	scripts/setup.sh --browser
	$(MAKE) test-native test-wasm build test-browser

test-native:
	cargo test

test-wasm:
	cargo test --target wasm32-unknown-unknown --test web

test-browser:
	cargo build --release --bin lintas
	node --test tests/browser/

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib
