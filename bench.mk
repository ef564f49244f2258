# Benchmarks (issue 5), included from the Makefile. `make bench` reproduces
# every figure in docs/benchmarks.md: the corpus, the native benches, the
# Node and Chromium comparisons with wink-nlp, and the page's memory budget
# (bench-browser exits non-zero when the page uses more than 300 MB for
# 10 000 articles). Results land in bench-out/ (git-ignored).
BENCH_ARTICLES ?= 4536
BENCH_MEMORY_ARTICLES ?= 10000

.PHONY: bench bench-corpus bench-native bench-aggregate bench-node bench-browser bench-profile

bench: setup bench-corpus bench-native build bench-node bench-browser

bench-corpus:
	cargo run --release --example gen_corpus -- --articles $(BENCH_ARTICLES)
	cargo run --release --example gen_corpus -- --articles $(BENCH_MEMORY_ARTICLES) --pack-only

# Per-stage and whole-pipeline MB/s, then Corpus::build on 10 000 and 100 000 documents.
bench-native:
	cargo bench --bench pipeline
	$(MAKE) bench-aggregate

bench-aggregate:
	cargo bench --bench aggregate

# Lintas (wasm in Node and native) against wink-nlp in Node.
bench-node:
	node scripts/bench-node.mjs --articles $(BENCH_ARTICLES)

# Lintas with 1, 2, N workers and wink-nlp in Chromium; the page's memory budget.
bench-browser:
	node scripts/bench-browser.mjs --articles $(BENCH_ARTICLES) --memory-articles $(BENCH_MEMORY_ARTICLES)

# Instruction counts per function (valgrind's callgrind), load-independent.
bench-profile:
	cargo run --release --example gen_corpus -- --articles 200 --pack-only
	CARGO_PROFILE_BENCH_DEBUG=line-tables-only cargo build --profile bench --example throughput
	valgrind --tool=callgrind --callgrind-out-file=bench-out/callgrind.out \
	  target/release/examples/throughput bench-out/corpus-200 --rounds 1
	callgrind_annotate --inclusive=yes bench-out/callgrind.out | grep -E 'src/[a-z_/]+\.rs:lintas' | grep '\[' | head -40
