//! Per-stage and whole-pipeline throughput on a generated corpus sample.
//!
//! `cargo bench --bench pipeline` (the `bench` profile: release, opt-level
//! "s", LTO — what the CLI ships). Every stage is timed over the same
//! `SAMPLE` articles; its input (the parsed article, the clean text, the
//! document as the stages before it left it) is prepared outside the timed
//! region, so each row is that stage alone. Throughput is MB/s of the bytes
//! the stage reads: raw file bytes for decode+extract and the whole pipeline,
//! clean-text bytes for the rest. See docs/benchmarks.md.

#[path = "common/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::sync::LazyLock;

use divan::counter::{BytesCount, ItemsCount};
use divan::Bencher;
use lintas::model::{Document, Span};
use lintas::recognize::{self, Context, Reference};
use lintas::{clean, input, lang, relate, segment, Analyzer};

fn main() {
    divan::main();
}

/// Articles per timed run: ~1 MB of text, long enough that one run is a
/// fair slice of the corpus and short enough for 10 samples per stage.
const SAMPLE: usize = 400;

/// One article at every stage boundary.
struct Prepared {
    name: String,
    bytes: Vec<u8>,
    raw: input::RawArticle,
    cleaned: clean::Cleaned,
    lang: lintas::model::Lang,
    sentences: Vec<Span>,
    reference: Reference,
    /// The document after every recognizer ran (what `relate` gets).
    recognized: Document,
}

impl Prepared {
    fn ctx(&self) -> Context<'_> {
        Context {
            text: &self.cleaned.text,
            lang: self.lang,
            sentences: &self.sentences,
            reference: self.reference,
        }
    }

    fn empty_doc(&self) -> Document {
        Document {
            language: self.lang,
            ..Document::default()
        }
    }
}

struct Sample {
    items: Vec<Prepared>,
    raw_bytes: usize,
    clean_bytes: usize,
}

static SAMPLE_DATA: LazyLock<Sample> = LazyLock::new(|| {
    let sources = corpus::load_sources(&corpus::repo_root());
    let articles = corpus::generate(&sources, &corpus::Config::new(SAMPLE));
    let items: Vec<Prepared> = articles
        .into_iter()
        .map(|a| {
            let decoded = input::decode(&a.bytes).expect("generated articles are text");
            let format = input::Format::from_name(&a.name, &decoded.text);
            let raw = input::extract(&decoded.text, format);
            let cleaned = clean::clean(raw.clone());
            let lang = lang::detect(&cleaned.text);
            let sentences = segment::sentences(&cleaned.text);
            let reference = cleaned
                .published
                .as_deref()
                .and_then(Reference::parse_iso)
                .or(cleaned.source.year.map(Reference::year))
                .unwrap_or_default();
            let mut p = Prepared {
                name: a.name,
                bytes: a.bytes,
                raw,
                cleaned,
                lang,
                sentences,
                reference,
                recognized: Document::default(),
            };
            let mut doc = p.empty_doc();
            recognize::recognize(&p.ctx(), &mut doc);
            p.recognized = doc;
            p
        })
        .collect();
    let raw_bytes = items.iter().map(|p| p.bytes.len()).sum();
    let clean_bytes = items.iter().map(|p| p.cleaned.text.len()).sum();
    Sample {
        items,
        raw_bytes,
        clean_bytes,
    }
});

fn sample() -> &'static Sample {
    &SAMPLE_DATA
}

/// The recognizers in `recognize::recognize`'s order, so a single one can be
/// timed on the document the ones before it left.
type Recognizer = fn(&Context, &mut Document);
const RECOGNIZERS: &[(&str, Recognizer)] = &[
    ("entities", recognize::entities::recognize),
    ("persons", recognize::persons::recognize),
    ("identifiers", recognize::identifiers::recognize),
    ("crimes", recognize::crimes::recognize),
    ("dates", recognize::dates::recognize),
    ("numbers", recognize::numbers::recognize),
    ("quotes", recognize::quotes::recognize),
];

/// Documents as they are just before recognizer `name` runs.
fn docs_before(name: &str) -> Vec<Document> {
    sample()
        .items
        .iter()
        .map(|p| {
            let ctx = p.ctx();
            let mut doc = p.empty_doc();
            for (n, f) in RECOGNIZERS {
                if *n == name {
                    break;
                }
                f(&ctx, &mut doc);
            }
            doc
        })
        .collect()
}

fn bench_recognizer(bencher: Bencher, name: &str) {
    let s = sample();
    let f = RECOGNIZERS.iter().find(|(n, _)| *n == name).unwrap().1;
    let before = docs_before(name);
    bencher
        .counter(BytesCount::new(s.clean_bytes))
        .with_inputs(|| before.clone())
        .bench_local_values(|mut docs| {
            for (p, doc) in s.items.iter().zip(docs.iter_mut()) {
                f(&p.ctx(), doc);
            }
            docs
        });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn a_whole_pipeline(bencher: Bencher) {
    let s = sample();
    let analyzer = Analyzer::default();
    bencher
        .counter(BytesCount::new(s.raw_bytes))
        .counter(ItemsCount::new(s.items.len()))
        .bench_local(|| {
            for p in &s.items {
                let _ = black_box(analyzer.analyze_file(&p.name, black_box(&p.bytes)));
            }
        });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn b_decode_extract(bencher: Bencher) {
    let s = sample();
    bencher
        .counter(BytesCount::new(s.raw_bytes))
        .bench_local(|| {
            for p in &s.items {
                let d = input::decode(black_box(&p.bytes)).unwrap();
                let f = input::Format::from_name(&p.name, &d.text);
                black_box(input::extract(&d.text, f));
            }
        });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn c_clean(bencher: Bencher) {
    let s = sample();
    let raws: Vec<input::RawArticle> = s.items.iter().map(|p| p.raw.clone()).collect();
    let raw_body: usize = raws.iter().map(|r| r.body.len()).sum();
    bencher
        .counter(BytesCount::new(raw_body))
        .with_inputs(|| raws.clone())
        .bench_local_values(|raws| {
            for r in raws {
                black_box(clean::clean(r));
            }
        });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn d_lang(bencher: Bencher) {
    let s = sample();
    bencher
        .counter(BytesCount::new(s.clean_bytes))
        .bench_local(|| {
            for p in &s.items {
                black_box(lang::detect(black_box(&p.cleaned.text)));
            }
        });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn e_segment(bencher: Bencher) {
    let s = sample();
    bencher
        .counter(BytesCount::new(s.clean_bytes))
        .bench_local(|| {
            for p in &s.items {
                black_box(segment::sentences(black_box(&p.cleaned.text)));
            }
        });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn f_recognize_all(bencher: Bencher) {
    let s = sample();
    bencher
        .counter(BytesCount::new(s.clean_bytes))
        .with_inputs(|| s.items.iter().map(Prepared::empty_doc).collect::<Vec<_>>())
        .bench_local_values(|mut docs| {
            for (p, doc) in s.items.iter().zip(docs.iter_mut()) {
                recognize::recognize(&p.ctx(), doc);
            }
            docs
        });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn g_recognize_entities(bencher: Bencher) {
    bench_recognizer(bencher, "entities");
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn h_recognize_persons(bencher: Bencher) {
    bench_recognizer(bencher, "persons");
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn i_recognize_dates(bencher: Bencher) {
    bench_recognizer(bencher, "dates");
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn j_recognize_numbers(bencher: Bencher) {
    bench_recognizer(bencher, "numbers");
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn k_recognize_other(bencher: Bencher) {
    // identifiers, crimes and quotes together: each is small on its own.
    let s = sample();
    let before = docs_before("identifiers");
    bencher
        .counter(BytesCount::new(s.clean_bytes))
        .with_inputs(|| before.clone())
        .bench_local_values(|mut docs| {
            for (p, doc) in s.items.iter().zip(docs.iter_mut()) {
                let ctx = p.ctx();
                recognize::identifiers::recognize(&ctx, doc);
                recognize::crimes::recognize(&ctx, doc);
                recognize::quotes::recognize(&ctx, doc);
            }
            docs
        });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn l_relate(bencher: Bencher) {
    let s = sample();
    bencher
        .counter(BytesCount::new(s.clean_bytes))
        .with_inputs(|| {
            s.items
                .iter()
                .map(|p| p.recognized.clone())
                .collect::<Vec<_>>()
        })
        .bench_local_values(|mut docs| {
            for (p, doc) in s.items.iter().zip(docs.iter_mut()) {
                relate::relate(&p.ctx(), doc);
            }
            docs
        });
}
