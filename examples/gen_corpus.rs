//! Writes the benchmark corpus: `cargo run --release --example gen_corpus --
//! --articles 4536 [--seed N] [--out DIR]`.
//!
//! DIR (default `bench-out/corpus-N`) gets:
//! - `articles/`: one file per article, as a person would drop them;
//! - `corpus.pack` + `index.json`: the same bytes end to end with
//!   `[{name, offset, len, story, copy}]`, so a browser loads the corpus in one
//!   request;
//! - `summary.json`: counts, bytes, seed and the source files used.
//!
//! The corpus is a function of the seed and the source files
//! (`tests/fixtures/train`, `www/samples`): see docs/benchmarks.md.

#[path = "../benches/common/corpus.rs"]
mod corpus;

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut cfg = corpus::Config::new(1000);
    let mut out: Option<PathBuf> = None;
    let mut files = true;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().cloned().unwrap_or_default();
        match a.as_str() {
            "--articles" => cfg.articles = value().parse().unwrap_or(0),
            "--seed" => cfg.seed = value().parse().unwrap_or(0),
            "--syndicated" => cfg.syndicated = value().parse().unwrap_or(0.3),
            "--out" => out = Some(PathBuf::from(value())),
            "--pack-only" => files = false,
            other => {
                eprintln!("gen_corpus: unknown argument `{other}`\nusage: gen_corpus --articles N [--seed N] [--syndicated 0.3] [--out DIR] [--pack-only]");
                return ExitCode::from(2);
            }
        }
    }
    if cfg.articles == 0 {
        eprintln!("gen_corpus: --articles must be a positive number");
        return ExitCode::from(2);
    }
    let root = corpus::repo_root();
    let out = out.unwrap_or_else(|| root.join(format!("bench-out/corpus-{}", cfg.articles)));
    let sources = corpus::load_sources(&root);
    if sources.is_empty() {
        eprintln!("gen_corpus: no source articles under tests/fixtures/train or www/samples");
        return ExitCode::FAILURE;
    }
    let articles = corpus::generate(&sources, &cfg);
    match write(&out, &articles, &sources, &cfg, files) {
        Ok(bytes) => {
            println!(
                "{}: {} articles, {:.1} MB, from {} sources (seed {})",
                out.display(),
                articles.len(),
                bytes as f64 / 1e6,
                sources.len(),
                cfg.seed
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_corpus: {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}

fn write(
    out: &std::path::Path,
    articles: &[corpus::Article],
    sources: &[corpus::Source],
    cfg: &corpus::Config,
    files: bool,
) -> std::io::Result<usize> {
    let dir = out.join("articles");
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    if files {
        fs::create_dir_all(&dir)?;
    } else {
        fs::create_dir_all(out)?;
    }
    let mut pack = std::io::BufWriter::new(fs::File::create(out.join("corpus.pack"))?);
    let mut index = Vec::with_capacity(articles.len());
    let mut offset = 0usize;
    let mut by_lang = [0usize; 3];
    let mut copies = 0;
    for a in articles {
        if files {
            fs::write(dir.join(&a.name), &a.bytes)?;
        }
        pack.write_all(&a.bytes)?;
        index.push(serde_json::json!({
            "name": a.name, "offset": offset, "len": a.bytes.len(), "story": a.story, "copy": a.copy,
        }));
        offset += a.bytes.len();
        by_lang[a.lang as usize] += 1;
        copies += usize::from(a.copy);
    }
    pack.flush()?;
    fs::write(out.join("index.json"), serde_json::to_vec(&index)?)?;
    let summary = serde_json::json!({
        "articles": articles.len(),
        "bytes": offset,
        "seed": cfg.seed,
        "syndicated_copies": copies,
        "languages": {"id": by_lang[0], "en": by_lang[1], "ms": by_lang[2]},
        "sources": sources.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
    });
    fs::write(
        out.join("summary.json"),
        serde_json::to_vec_pretty(&summary)?,
    )?;
    Ok(offset)
}
