//! Precision and recall of the crimes, identifiers, persons and quotes
//! recognizers over the training fixtures (`tests/fixtures/train/`, or the
//! directory in `LINTAS_TRAIN`). It prints the scores and sets no floor: the
//! persons and quotes scores depend on the organizations and countries the
//! entities recognizer marks, and floors belong to measured numbers.
//!
//! `cargo test --test persons_train -- --nocapture`

// clippy.toml keeps the standard case mappings out of the crate, not its tests.
#![allow(clippy::disallowed_methods)]

use std::path::{Path, PathBuf};

use lintas::model::{Document, IdentifierKind};
use serde_json::Value;

#[derive(Default, Clone, Copy)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Score {
    fn add(&mut self, o: Score) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
    fn ratio(a: usize, b: usize) -> f64 {
        if b == 0 {
            1.0
        } else {
            a as f64 / b as f64
        }
    }
    fn line(&self, name: &str) -> String {
        format!(
            "{name:<12} P {:.2}  R {:.2}  (tp {} fp {} fn {})",
            Self::ratio(self.tp, self.tp + self.fp),
            Self::ratio(self.tp, self.tp + self.fn_),
            self.tp,
            self.fp,
            self.fn_
        )
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Greedy one-to-one matching of predictions to gold keys.
fn matched(pred: &[String], gold: &[String], same: impl Fn(&str, &str) -> bool) -> Score {
    let mut used = vec![false; pred.len()];
    let mut s = Score::default();
    for g in gold {
        match (0..pred.len()).find(|&i| !used[i] && same(&pred[i], g)) {
            Some(i) => {
                used[i] = true;
                s.tp += 1;
            }
            None => s.fn_ += 1,
        }
    }
    s.fp = used.iter().filter(|u| !**u).count();
    s
}

fn name_match(a: &str, b: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.windows(short.len()).any(|w| w == short.as_slice())
}

fn kind_name(k: IdentifierKind) -> String {
    serde_json::to_value(k)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn identifier_key(kind: &str, value: &str) -> String {
    let value = if matches!(kind, "phone" | "bank_account") {
        value.chars().filter(char::is_ascii_digit).collect()
    } else {
        value.to_lowercase()
    };
    format!("{kind}:{value}")
}

fn strings(gold: &Value, field: &str, f: impl Fn(&Value) -> Option<String>) -> Vec<String> {
    gold[field]
        .as_array()
        .map(|a| a.iter().filter_map(&f).collect())
        .unwrap_or_default()
}

fn score(doc: &Document, gold: &Value) -> [Score; 4] {
    let crimes: Vec<String> = doc
        .crimes
        .iter()
        .filter_map(|c| {
            serde_json::to_value(c.label)
                .ok()?
                .as_str()
                .map(str::to_string)
        })
        .collect();
    let gold_crimes = strings(gold, "crimes", |v| v.as_str().map(str::to_string));
    let ids: Vec<String> = doc
        .identifiers
        .iter()
        .map(|i| identifier_key(&kind_name(i.kind), &i.value))
        .collect();
    let gold_ids = strings(gold, "identifiers", |v| {
        Some(identifier_key(v["kind"].as_str()?, v["value"].as_str()?))
    });
    let persons: Vec<String> = doc.persons.iter().map(|p| norm(&p.name)).collect();
    let gold_persons = strings(gold, "persons", |v| v["name"].as_str().map(norm));
    let quotes: Vec<String> = doc.quotes.iter().map(|q| norm(&q.text)).collect();
    let gold_quotes = strings(gold, "quotes", |v| v["text"].as_str().map(norm));
    [
        matched(&crimes, &gold_crimes, |a, b| a == b),
        matched(&ids, &gold_ids, |a, b| a == b),
        matched(&persons, &gold_persons, name_match),
        matched(&quotes, &gold_quotes, |p, g| {
            !g.is_empty() && p.starts_with(g)
        }),
    ]
}

fn fixtures(dir: &Path) -> Vec<(PathBuf, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<(PathBuf, PathBuf)> = entries
        .filter_map(|e| {
            let path = e.ok()?.path();
            let name = path.file_name()?.to_str()?.to_string();
            let stem = name.strip_suffix(".gold.json")?;
            let article = ["txt", "md", "html"]
                .iter()
                .map(|ext| dir.join(format!("{stem}.{ext}")))
                .find(|p| p.exists())?;
            Some((article, path))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn train_fixtures_precision_and_recall_are_printed() {
    let dir = std::env::var_os("LINTAS_TRAIN").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/train"),
        PathBuf::from,
    );
    let analyzer = lintas::Analyzer::default();
    let mut totals = [Score::default(); 4];
    let names = ["crimes", "identifiers", "persons", "quotes"];
    let verbose = std::env::var_os("LINTAS_VERBOSE").is_some();
    for (article, gold) in fixtures(&dir) {
        let bytes = std::fs::read(&article).expect("fixture is readable");
        let gold: Value = serde_json::from_slice(&std::fs::read(&gold).expect("gold is readable"))
            .expect("gold is JSON");
        let name = article.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let Ok(doc) = analyzer.analyze_file(name, &bytes) else {
            continue;
        };
        let scores = score(&doc, &gold);
        if verbose {
            println!("== {name}");
            for (s, n) in scores.iter().zip(names) {
                println!("  {}", s.line(n));
            }
            for p in &doc.persons {
                println!(
                    "  person {:?} / {:?} / {:?} / {:?}",
                    p.name, p.title, p.organization, p.country
                );
            }
            for q in &doc.quotes {
                let head: String = q.text.chars().take(50).collect();
                println!("  quote {:?} <- {:?}", head, q.speaker);
            }
            for c in &doc.crimes {
                let at: Vec<&str> = c.spans.iter().map(|s| &doc.text[s.0..s.1]).collect();
                println!("  crime {:?} {:?}", c.label, at);
            }
            for i in &doc.identifiers {
                println!("  id {:?} {}", i.kind, i.value);
            }
        }
        for (t, s) in totals.iter_mut().zip(scores) {
            t.add(s);
        }
    }
    for (s, n) in totals.iter().zip(names) {
        println!("{}", s.line(n));
    }
}
