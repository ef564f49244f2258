//! Native whole-pipeline throughput over a generated corpus, one thread:
//! `cargo run --release --example throughput -- bench-out/corpus-4536 [--rounds 3]`.
//!
//! Reads `corpus.pack` + `index.json` (written by `gen_corpus`) into memory
//! first, then times `Analyzer::analyze_file` over every article, and prints
//! one JSON line: articles, bytes, the best round's seconds, MB/s and
//! articles/s. `scripts/bench-node.mjs` runs it for the native column of the
//! wink comparison.

use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir = None;
    let mut rounds = 3usize;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--rounds" => rounds = it.next().and_then(|v| v.parse().ok()).unwrap_or(3).max(1),
            d => dir = Some(d.to_string()),
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: throughput CORPUS_DIR [--rounds N]");
        return ExitCode::from(2);
    };
    let dir = std::path::Path::new(&dir);
    let (pack, index) = match (
        std::fs::read(dir.join("corpus.pack")),
        std::fs::read(dir.join("index.json")),
    ) {
        (Ok(p), Ok(i)) => (p, i),
        _ => {
            eprintln!(
                "throughput: {} has no corpus.pack/index.json; run gen_corpus first",
                dir.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let index: Vec<serde_json::Value> = serde_json::from_slice(&index).unwrap_or_default();
    let items: Vec<(&str, &[u8])> = index
        .iter()
        .filter_map(|e| {
            let name = e["name"].as_str()?;
            let off = e["offset"].as_u64()? as usize;
            let len = e["len"].as_u64()? as usize;
            Some((name, pack.get(off..off + len)?))
        })
        .collect();
    let bytes: usize = items.iter().map(|(_, b)| b.len()).sum();
    let analyzer = lintas::Analyzer::default();
    let mut best = f64::INFINITY;
    let mut failed = 0;
    let mut facts = 0usize;
    for _ in 0..rounds {
        failed = 0;
        facts = 0;
        let t = Instant::now();
        for (name, b) in &items {
            match analyzer.analyze_file(name, b) {
                Ok(doc) => {
                    facts += doc.countries.len() + doc.counts.len() + doc.dates.len();
                    std::hint::black_box(doc);
                }
                Err(_) => failed += 1,
            }
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{}",
        serde_json::json!({
            "engine": "lintas-native",
            "articles": items.len(),
            "bytes": bytes,
            "failed": failed,
            "facts": facts,
            "rounds": rounds,
            "seconds": best,
            "mb_s": bytes as f64 / 1e6 / best,
            "articles_s": items.len() as f64 / best,
        })
    );
    ExitCode::SUCCESS
}
