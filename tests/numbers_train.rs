//! Precision and recall of counts (value, kind) and date values against the
//! gold files of the training fixtures. It prints, it does not assert a floor:
//! `cargo test --test numbers_train -- --nocapture`. Set `LINTAS_TRAIN_DIR`
//! to read fixtures from elsewhere.

use std::collections::HashMap;
use std::path::PathBuf;

use lintas::{Analyzer, Options};
use serde_json::Value;

fn train_dir() -> PathBuf {
    std::env::var_os("LINTAS_TRAIN_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/train"))
        })
}

#[derive(Default)]
struct Score {
    tp: usize,
    found: usize,
    gold: usize,
}

impl Score {
    fn add(&mut self, found: &[String], gold: &[String], misses: &mut Vec<String>) {
        let mut left: HashMap<&str, usize> = HashMap::new();
        for g in gold {
            *left.entry(g).or_default() += 1;
        }
        for f in found {
            match left.get_mut(f.as_str()) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    self.tp += 1;
                }
                _ => misses.push(format!("  extra  {f}")),
            }
        }
        for (g, n) in left {
            for _ in 0..n {
                misses.push(format!("  missed {g}"));
            }
        }
        self.found += found.len();
        self.gold += gold.len();
    }

    fn line(&self, name: &str) -> String {
        let p = self.tp as f64 / self.found.max(1) as f64;
        let r = self.tp as f64 / self.gold.max(1) as f64;
        format!(
            "{name}: precision {p:.2} ({}/{}), recall {r:.2} ({}/{})",
            self.tp, self.found, self.tp, self.gold
        )
    }
}

fn reference(gold: &Value) -> Option<(i32, u32, u32)> {
    let p = gold.get("published")?.as_str()?;
    let mut parts = p.get(..10)?.split('-');
    Some((
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    ))
}

#[test]
fn counts_and_dates_against_the_training_gold() {
    let Ok(entries) = std::fs::read_dir(train_dir()) else {
        eprintln!("no training fixtures at {}", train_dir().display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let (mut counts, mut values, mut dates) =
        (Score::default(), Score::default(), Score::default());
    for gold_path in paths
        .iter()
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
    {
        let stem = gold_path
            .to_string_lossy()
            .trim_end_matches(".gold.json")
            .to_string();
        let Some(article) = paths.iter().find(|p| {
            let s = p.to_string_lossy();
            s.starts_with(&stem) && !s.ends_with(".gold.json")
        }) else {
            continue;
        };
        let Ok(gold) =
            serde_json::from_str::<Value>(&std::fs::read_to_string(gold_path).unwrap_or_default())
        else {
            continue;
        };
        let analyzer = Analyzer::new(Options {
            reference_date: reference(&gold),
        });
        let bytes = std::fs::read(article).unwrap_or_default();
        let name = article
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let Ok(doc) = analyzer.analyze_file(&name, &bytes) else {
            continue;
        };
        let list = |v: &Value, key: &str| {
            v.get(key)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        let gold_counts: Vec<String> = list(&gold, "counts")
            .iter()
            .map(|c| format!("{} {}", c["value"], c["kind"].as_str().unwrap_or("")))
            .collect();
        let found_counts: Vec<String> = doc
            .counts
            .iter()
            .map(|c| {
                format!(
                    "{} {}",
                    c.value,
                    serde_json::to_value(c.kind)
                        .unwrap_or_default()
                        .as_str()
                        .unwrap_or("")
                )
            })
            .collect();
        let strip = |v: &[String]| -> Vec<String> {
            v.iter()
                .map(|s| s.split(' ').next().unwrap_or("").to_string())
                .collect()
        };
        let gold_dates: Vec<String> = list(&gold, "dates")
            .iter()
            .map(|d| d["value"].as_str().unwrap_or("").to_string())
            .collect();
        let mut found_dates: Vec<String> =
            doc.dates.iter().filter_map(|d| d.value.clone()).collect();
        found_dates.sort();
        found_dates.dedup();
        let mut misses = Vec::new();
        counts.add(&found_counts, &gold_counts, &mut misses);
        values.add(&strip(&found_counts), &strip(&gold_counts), &mut Vec::new());
        dates.add(&found_dates, &gold_dates, &mut misses);
        println!("{name}");
        for m in misses {
            println!("{m}");
        }
    }
    println!("{}", counts.line("counts (value, kind)"));
    println!("{}", values.line("counts (value)"));
    println!("{}", dates.line("dates (distinct values)"));
}
