//! Corpus aggregation: `Corpus::build` over 10 000 and 100 000 analyzed
//! documents (`cargo bench --bench aggregate`).
//!
//! The documents come from the generated corpus (the 10 000 are the first
//! tenth of the 100 000: generation is sequential), analyzed once before any
//! timing on two threads. Analyzing 100 000 articles takes a while; the
//! setup time is printed to stderr.

#[path = "common/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::sync::LazyLock;
use std::time::Instant;

use divan::counter::ItemsCount;
use divan::Bencher;
use lintas::aggregate::Corpus;
use lintas::{Analyzer, Document};

fn main() {
    divan::main();
}

fn analyze(n: usize) -> Vec<Document> {
    let t = Instant::now();
    let sources = corpus::load_sources(&corpus::repo_root());
    let articles = corpus::generate(&sources, &corpus::Config::new(n));
    let analyzer = Analyzer::default();
    let half = articles.len() / 2;
    let (a, b) = articles.split_at(half);
    let run = |part: &[corpus::Article]| -> Vec<Document> {
        part.iter()
            .filter_map(|x| analyzer.analyze_file(&x.name, &x.bytes).ok())
            .collect()
    };
    let docs = std::thread::scope(|s| {
        let h = s.spawn(|| run(b));
        let mut docs = run(a);
        docs.extend(h.join().expect("analysis thread"));
        docs
    });
    eprintln!(
        "aggregate bench: analyzed {} articles in {:.1} s",
        docs.len(),
        t.elapsed().as_secs_f64()
    );
    docs
}

static DOCS_10K: LazyLock<Vec<Document>> = LazyLock::new(|| analyze(10_000));
static DOCS_100K: LazyLock<Vec<Document>> = LazyLock::new(|| analyze(100_000));

fn docs(n: usize) -> &'static [Document] {
    match n {
        10_000 => &DOCS_10K,
        _ => &DOCS_100K,
    }
}

#[divan::bench(args = [10_000, 100_000], sample_count = 5, sample_size = 1)]
fn build(bencher: Bencher, n: usize) {
    let d = docs(n);
    bencher
        .counter(ItemsCount::new(d.len()))
        .bench_local(|| black_box(Corpus::build(black_box(d))));
}

/// Merging two corpora of half the documents each (built outside the timing),
/// against `build` above: what a page gains by folding a worker's partial
/// corpus into the main one instead of rebuilding.
#[divan::bench(args = [10_000, 100_000], sample_count = 5, sample_size = 1)]
fn merge_halves(bencher: Bencher, n: usize) {
    let d = docs(n);
    let (a, b) = d.split_at(d.len() / 2);
    bencher
        .counter(ItemsCount::new(d.len()))
        .with_inputs(|| (Corpus::build(a), Corpus::build(b)))
        .bench_local_values(|(mut left, right)| {
            left.merge(right);
            left
        });
}

/// One more document into a built corpus, and taking one out: the page's
/// cost per dropped or removed article.
#[divan::bench(args = [10_000, 100_000], sample_count = 5, sample_size = 1)]
fn add_then_remove_one(bencher: Bencher, n: usize) {
    let d = docs(n);
    let (last, rest) = d.split_last().expect("documents");
    bencher
        .with_inputs(|| Corpus::build(rest))
        .bench_local_values(|mut c| {
            c.add(last);
            black_box(c.remove(&last.id));
            c
        });
}
