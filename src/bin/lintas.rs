//! The `lintas` command line: analyze articles in batches.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use lintas::aggregate::{Corpus, CorpusOptions};
use lintas::export::{self, Table};
use lintas::{Analyzer, Document, Error, ErrorKind, Options};
use serde::Serialize;

const USAGE: &str = "\
usage:
  lintas analyze [--format json|jsonl] [--offsets utf16|utf8] [--reference-date YYYY-MM-DD] PATH...
  lintas corpus  [--format json|csv] [--table TABLE | --out DIR] [--with-text] [--organizations]
                 [--offsets utf16|utf8] [--reference-date YYYY-MM-DD] PATH...
  lintas eval    [--explain] DIR...
  lintas version

PATH is a file, a directory (searched for .txt, .md, .html and .htm files), or - for standard input.
Spans are UTF-16 code units unless --offsets utf8 is given.

analyze --format jsonl prints one {\"document\": ...} line per article, then one {\"corpus\": ...} line.
corpus prints the corpus export as JSON (document summaries with their facts, without texts unless
--with-text, plus stories, claims, totals, network, timeline and distributions). A PATH ending in .json
is read as such an export and merged, so colleagues' exports combine without the articles.
corpus --format csv prints one TABLE (events, counts, claims, entities, edges, stories, totals) to
standard output, or with --out DIR writes every table to DIR/TABLE.csv (UTF-8 with BOM, RFC 4180).
--organizations makes organizations nodes of the cooperation network next to countries.
eval scores the fixtures of each DIR against their gold files; with --explain it prints instead, per
article, the events and counts missed and those extracted wrongly, next to the gold, with their
sentences or words.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("lintas: {msg}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Options shared by the subcommands.
struct Args {
    format: String,
    utf16: bool,
    reference_date: Option<(i32, u32, u32)>,
    paths: Vec<String>,
    table: Option<String>,
    out: Option<PathBuf>,
    with_text: bool,
    organizations: bool,
}

impl Args {
    fn corpus_options(&self) -> CorpusOptions {
        CorpusOptions {
            organization_nodes: self.organizations,
            keep_text: self.with_text,
        }
    }
}

fn parse(args: &[String], default_format: &str) -> Result<Args, String> {
    let mut out = Args {
        format: default_format.to_string(),
        utf16: true,
        reference_date: None,
        paths: Vec::new(),
        table: None,
        out: None,
        with_text: false,
        organizations: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |flag: &str| it.next().cloned().ok_or(format!("{flag} needs a value"));
        match a.as_str() {
            "--format" => out.format = value("--format")?,
            "--offsets" => {
                out.utf16 = match value("--offsets")?.as_str() {
                    "utf16" => true,
                    "utf8" => false,
                    other => return Err(format!("unknown --offsets `{other}`")),
                }
            }
            "--reference-date" => {
                let v = value("--reference-date")?;
                let r = lintas::recognize::Reference::parse_iso(&v)
                    .and_then(|r| Some((r.year?, r.month?, r.day?)))
                    .ok_or(format!("--reference-date `{v}` is not YYYY-MM-DD"))?;
                out.reference_date = Some(r);
            }
            "--table" => out.table = Some(value("--table")?),
            "--out" => out.out = Some(PathBuf::from(value("--out")?)),
            "--with-text" => out.with_text = true,
            "--organizations" => out.organizations = true,
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            path => out.paths.push(path.to_string()),
        }
    }
    if out.paths.is_empty() {
        return Err("no PATH given".into());
    }
    Ok(out)
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some((cmd, rest)) = args.split_first() else {
        return Err("no command given".into());
    };
    match cmd.as_str() {
        "analyze" => {
            let a = parse(rest, "json")?;
            if !matches!(a.format.as_str(), "json" | "jsonl") {
                return Err(format!("analyze prints json or jsonl, not `{}`", a.format));
            }
            let (docs, errors) = analyze_paths(&a, &a.paths);
            let corpus = Corpus::build_with(&docs, a.corpus_options());
            let mut out = io::BufWriter::new(stdout());
            let written = if a.format == "jsonl" {
                export::write_jsonl(&mut out, &docs, &corpus)
            } else {
                #[derive(Serialize)]
                struct Output<'a> {
                    documents: &'a [Document],
                    corpus: &'a Corpus,
                }
                serde_json::to_writer(
                    &mut out,
                    &Output {
                        documents: &docs,
                        corpus: &corpus,
                    },
                )
                .map_err(io::Error::from)
                .and_then(|()| writeln!(out))
            };
            let code = finish(written.and_then(|()| out.flush()), &errors);
            // The process ends here and its memory goes back whole: freeing
            // the documents and the corpus one allocation at a time (some
            // 50 000 on 200 articles) would cost 2 % of the run.
            std::mem::forget((docs, corpus));
            code
        }
        "corpus" => {
            let a = parse(rest, "json")?;
            corpus_command(&a)
        }
        "eval" => {
            let mut explain = false;
            let mut dirs = Vec::new();
            for a in rest {
                match a.as_str() {
                    "--explain" => explain = true,
                    flag if flag.starts_with("--") => {
                        return Err(format!("unknown option `{flag}`"))
                    }
                    dir => dirs.push(dir),
                }
            }
            if dirs.is_empty() {
                return Err("eval needs a fixture directory".into());
            }
            let analyzer = Analyzer::default();
            let mut failed = false;
            for dir in dirs {
                let errors = if explain {
                    let (text, errors) = lintas::eval::explain_dir(&analyzer, Path::new(dir));
                    println!("## {dir}: events and counts missed and wrong\n\n{text}");
                    errors
                } else {
                    let report = lintas::eval::evaluate_dir(&analyzer, Path::new(dir));
                    println!(
                        "## {dir} ({} documents)\n\n{}",
                        report.documents.len(),
                        report.table()
                    );
                    report.errors
                };
                for e in &errors {
                    eprintln!("lintas: {e}");
                    failed = true;
                }
            }
            Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        "version" | "--version" | "-V" => {
            println!("lintas {}", lintas::version());
            Ok(ExitCode::SUCCESS)
        }
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command `{other}`")),
    }
}

/// `lintas corpus`: articles are analyzed, `.json` exports are merged in.
fn corpus_command(a: &Args) -> Result<ExitCode, String> {
    let table = match (a.format.as_str(), &a.table, &a.out) {
        ("json", None, None) => None,
        ("json", _, _) => return Err("--table and --out go with --format csv".into()),
        ("csv", Some(t), None) => Some(Table::parse(t).ok_or(format!(
            "unknown --table `{t}`; use one of {}",
            table_names()
        ))?),
        ("csv", None, Some(_)) => None,
        ("csv", Some(_), Some(_)) => return Err("give --table or --out, not both".into()),
        ("csv", None, None) => {
            return Err(format!(
                "--format csv needs --table ({}) or --out DIR",
                table_names()
            ))
        }
        (other, _, _) => return Err(format!("corpus prints json or csv, not `{other}`")),
    };
    let (exports, articles): (Vec<String>, Vec<String>) =
        a.paths.iter().cloned().partition(|p| is_export(p));
    let (docs, mut errors) = if articles.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        analyze_paths(a, &articles)
    };
    let mut corpus = Corpus::build_with(&docs, a.corpus_options());
    for path in &exports {
        match read_export(path) {
            Ok(other) => corpus.merge(other),
            Err(e) => errors.push(e),
        }
    }
    if let Some(dir) = &a.out {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
        for t in Table::ALL {
            let path = dir.join(format!("{}.csv", t.name()));
            std::fs::write(&path, export::csv_table(&corpus, t))
                .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
        }
        return finish(Ok(()), &errors);
    }
    let mut out = io::BufWriter::new(stdout());
    let written = match table {
        Some(t) => out.write_all(export::csv_table(&corpus, t).as_bytes()),
        None => serde_json::to_writer(&mut out, &corpus)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out)),
    };
    finish(written.and_then(|()| out.flush()), &errors)
}

fn table_names() -> String {
    let names: Vec<&str> = Table::ALL.iter().map(|t| t.name()).collect();
    names.join(", ")
}

/// Whether a PATH names a corpus export rather than an article.
fn is_export(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".json") && !lower.ends_with(".gold.json") && Path::new(path).is_file()
}

fn read_export(path: &str) -> Result<Corpus, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::new(path, ErrorKind::Io(e.to_string())))?;
    let text = String::from_utf8_lossy(&bytes);
    let text = text.trim_start_matches('\u{feff}');
    // An `analyze` output holds the corpus under "corpus"; an export is the corpus itself.
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| Error::new(path, ErrorKind::Format(e.to_string())))?;
    let value = match value.get("corpus") {
        Some(inner) => inner.clone(),
        None => value,
    };
    serde_json::from_value(value).map_err(|e| Error::new(path, ErrorKind::Format(e.to_string())))
}

/// Standard output for the JSON and CSV of `analyze` and `corpus`: on Unix a
/// `File` on the same descriptor, without the line buffering of
/// `io::stdout()` (which searched every buffer written for its last newline,
/// 0.6 % of an `analyze` run); elsewhere `io::stdout()`.
fn stdout() -> Box<dyn Write> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(io::stdout().lock())
}

/// Reports the inputs that failed; the exit code is 1 when any did.
fn finish(written: io::Result<()>, errors: &[Error]) -> Result<ExitCode, String> {
    match written {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => return Err(format!("cannot write the output: {e}")),
        Ok(()) => {}
    }
    for e in errors {
        eprintln!("lintas: {e}");
    }
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Analyzes every input; files that cannot be analyzed become errors and the rest go on.
fn analyze_paths(a: &Args, paths: &[String]) -> (Vec<Document>, Vec<Error>) {
    let analyzer = Analyzer::new(Options {
        reference_date: a.reference_date,
    });
    let mut errors = Vec::new();
    let files = inputs(paths, &mut errors);
    let docs = analyze_each(files, &mut errors, |name, bytes| {
        analyzer
            .analyze_file(name, bytes)
            .map(|d| if a.utf16 { d.into_utf16() } else { d })
    });
    (docs, errors)
}

/// Runs `analyze` on every file. A bug that panics on one article costs that
/// article, reported as an internal error, not the batch: the native build
/// unwinds (Cargo.toml's release profile).
fn analyze_each(
    files: Vec<(String, Vec<u8>)>,
    errors: &mut Vec<Error>,
    analyze: impl Fn(&str, &[u8]) -> Result<Document, Error>,
) -> Vec<Document> {
    let mut docs = Vec::new();
    for (name, bytes) in files {
        let analyzed =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyze(&name, &bytes)));
        match analyzed {
            Ok(Ok(d)) => docs.push(d),
            Ok(Err(e)) => errors.push(e),
            Err(payload) => {
                let msg = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".to_string());
                errors.push(Error::new(name, ErrorKind::Internal(msg)));
            }
        }
    }
    docs
}

/// The files named by `paths`, directories walked in name order.
fn inputs(paths: &[String], errors: &mut Vec<Error>) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for p in paths {
        if p == "-" {
            let mut buf = Vec::new();
            match io::stdin().read_to_end(&mut buf) {
                Ok(_) => files.push(("stdin".to_string(), buf)),
                Err(e) => errors.push(Error::new("stdin", ErrorKind::Io(e.to_string()))),
            }
            continue;
        }
        let mut found = Vec::new();
        walk(Path::new(p), true, &mut found, errors);
        for path in found {
            let name = path.to_string_lossy().into_owned();
            match std::fs::read(&path) {
                Ok(bytes) => files.push((name, bytes)),
                Err(e) => errors.push(Error::new(name, ErrorKind::Io(e.to_string()))),
            }
        }
    }
    files
}

fn walk(path: &Path, named: bool, found: &mut Vec<PathBuf>, errors: &mut Vec<Error>) {
    if path.is_dir() {
        let entries = match std::fs::read_dir(path) {
            Ok(e) => e,
            Err(e) => {
                let name = path.to_string_lossy();
                return errors.push(Error::new(name, ErrorKind::Io(e.to_string())));
            }
        };
        let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        children.sort();
        for c in children {
            walk(&c, false, found, errors);
        }
    } else if named || is_article(path) {
        // A file named on the command line is read whatever its extension.
        found.push(path.to_path_buf());
    }
}

fn is_article(path: &Path) -> bool {
    let name = path.to_string_lossy().to_ascii_lowercase();
    !name.ends_with(".gold.json")
        && [".txt", ".md", ".markdown", ".html", ".htm"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_on_one_file_is_its_error_and_the_batch_goes_on() {
        let files = vec![
            ("a.txt".to_string(), b"one".to_vec()),
            ("b.txt".to_string(), b"two".to_vec()),
            ("c.txt".to_string(), b"three".to_vec()),
        ];
        let mut errors = Vec::new();
        let docs = analyze_each(files, &mut errors, |name, bytes| {
            assert!(name != "b.txt", "index out of bounds");
            Ok(Document {
                text: String::from_utf8_lossy(bytes).into_owned(),
                ..Document::default()
            })
        });
        let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["one", "three"]);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].name(), "b.txt");
        assert!(
            matches!(errors[0].kind(), ErrorKind::Internal(m) if m.contains("index out of bounds"))
        );
    }
}
