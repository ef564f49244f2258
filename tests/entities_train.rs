//! Precision and recall of countries, places and organizations over the train
//! fixtures (tests/fixtures/train, or the folder in `LINTAS_TRAIN_DIR`), printed
//! with `cargo test --test entities_train -- --nocapture`. It asserts no floor:
//! it is a measuring tape, not a gate.

// clippy.toml keeps the standard case mappings out of the crate, not its tests.
#![allow(clippy::disallowed_methods)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use lintas::recognize::gazetteer;
use lintas::Analyzer;
use serde_json::Value;

#[derive(Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Tally {
    fn line(&self, what: &str) -> String {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        format!(
            "{what:<14} P {p:.3}  R {r:.3}  (tp {}, fp {}, fn {})",
            self.tp, self.fp, self.fn_
        )
    }

    fn add(
        &mut self,
        gold: &BTreeSet<String>,
        got: &BTreeSet<String>,
    ) -> (Vec<String>, Vec<String>) {
        let missed: Vec<String> = gold.difference(got).cloned().collect();
        let extra: Vec<String> = got.difference(gold).cloned().collect();
        self.tp += gold.intersection(got).count();
        self.fn_ += missed.len();
        self.fp += extra.len();
        (missed, extra)
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn place_key(name: &str) -> String {
    gazetteer::place(name).map_or_else(|| norm(name), |p| norm(p.0))
}

fn train_dir() -> PathBuf {
    std::env::var_os("LINTAS_TRAIN_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/train"))
}

#[test]
fn entities_over_the_train_fixtures() {
    let dir = train_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no fixtures in {}", dir.display());
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !p.to_string_lossy().ends_with(".gold.json") && p.is_file())
        .collect();
    files.sort();
    let analyzer = Analyzer::default();
    let (mut countries, mut places, mut orgs) =
        (Tally::default(), Tally::default(), Tally::default());
    for path in files {
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let gold_path = path.with_file_name(format!("{stem}.gold.json"));
        let Ok(gold) = std::fs::read_to_string(&gold_path) else {
            continue;
        };
        let Ok(gold): Result<Value, _> = serde_json::from_str(&gold) else {
            continue;
        };
        let bytes = std::fs::read(&path).expect("fixture reads");
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let Ok(doc) = analyzer.analyze_file(&name, &bytes) else {
            continue;
        };

        let gold_countries: BTreeSet<String> = gold["countries"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c.as_str().map(str::to_string))
            .collect();
        let got_countries: BTreeSet<String> =
            doc.countries.iter().map(|c| c.code.clone()).collect();
        let (cm, cx) = countries.add(&gold_countries, &got_countries);

        let gold_places: BTreeSet<String> = gold["places"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p["name"].as_str().map(place_key))
            .collect();
        let got_places: BTreeSet<String> = doc.places.iter().map(|p| place_key(&p.name)).collect();
        let (pm, px) = places.add(&gold_places, &got_places);

        // An organization matches on its name, its acronym, or the gazetteer id
        // either side resolves to.
        let gold_orgs: Vec<(String, Option<String>)> = gold["organizations"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|o| {
                let name = o["name"].as_str().unwrap_or("").to_string();
                (name, o["acronym"].as_str().map(str::to_string))
            })
            .collect();
        let mut used = vec![false; doc.organizations.len()];
        let mut om = Vec::new();
        for (gname, gacr) in &gold_orgs {
            let gid = gazetteer::organization(gname)
                .or_else(|| gacr.as_deref().and_then(gazetteer::organization))
                .map(|e| e.id.to_string());
            let hit = doc.organizations.iter().enumerate().position(|(k, o)| {
                !used[k]
                    && (norm(&o.name) == norm(gname)
                        || gid.as_deref() == Some(o.id.as_str())
                        || o.acronym
                            .as_deref()
                            .is_some_and(|a| Some(a) == gacr.as_deref() || a == gname)
                        || gacr.as_deref() == Some(o.name.as_str()))
            });
            match hit {
                Some(k) => {
                    used[k] = true;
                    orgs.tp += 1;
                }
                None => {
                    orgs.fn_ += 1;
                    om.push(gname.clone());
                }
            }
        }
        let ox: Vec<String> = doc
            .organizations
            .iter()
            .zip(&used)
            .filter(|(_, u)| !**u)
            .map(|(o, _)| format!("{} [{}]", o.name, o.id))
            .collect();
        orgs.fp += ox.len();
        eprintln!("{stem}\n  countries missed {cm:?} extra {cx:?}\n  places missed {pm:?} extra {px:?}\n  orgs missed {om:?}\n  orgs extra {ox:?}");
    }
    eprintln!("{}", countries.line("countries"));
    eprintln!("{}", places.line("places"));
    eprintln!("{}", orgs.line("organizations"));
}
