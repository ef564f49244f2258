//! Accuracy floors: `cargo test` fails when a field's F1 on the fixtures falls
//! below the floor in `tests/fixtures/floors.tsv`. The floors were set a little
//! under the numbers measured with `lintas eval tests/fixtures/train
//! tests/fixtures/dev` (README, "Accuracy"); raise them when the numbers rise.

use std::path::Path;

use lintas::eval::evaluate_dir;
use lintas::Analyzer;

fn floors() -> Vec<(String, String, f64)> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/floors.tsv"),
    )
    .expect("tests/fixtures/floors.tsv is readable");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 3, "floors.tsv: `{l}` is not split\tfield\tfloor");
            (
                f[0].to_string(),
                f[1].to_string(),
                f[2].parse().expect("floor is a number"),
            )
        })
        .collect()
}

#[test]
fn every_field_stays_above_its_floor_on_every_split() {
    let analyzer = Analyzer::default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut failures = Vec::new();
    // The splits are the directories floors.tsv names, in its order.
    let mut splits: Vec<String> = floors().into_iter().map(|(s, _, _)| s).collect();
    splits.dedup();
    assert!(!splits.is_empty(), "floors.tsv names no split");
    for split in &splits {
        let split = split.as_str();
        let report = evaluate_dir(&analyzer, &root.join(split));
        assert!(report.errors.is_empty(), "{split}: {:?}", report.errors);
        assert!(report.documents.len() >= 20, "{split} has its fixtures");
        println!("## {split}\n{}", report.table());
        for (s, field, floor) in floors().into_iter().filter(|(s, _, _)| s == split) {
            assert!(
                report.fields.contains_key(field.as_str()),
                "floors.tsv names unknown field `{field}`"
            );
            let f1 = report.field(&field).f1();
            if f1 < floor {
                failures.push(format!(
                    "{s} {field}: F1 {f1:.3} is below its floor {floor}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
