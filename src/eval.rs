//! The accuracy harness: runs the analyzer over fixture articles and compares
//! what it finds with the gold file beside each one
//! (`tests/fixtures/GOLD_FORMAT.md`), field by field.
//!
//! Every field is scored as precision, recall and F1 over items, summed over
//! all documents (micro average):
//!
//! - sets of labels or codes: `countries`, `crimes`;
//! - named things, matched one to one by name, acronym or the text of any of
//!   their spans (so "Asia Tenggara" in the text matches a gold "Asia
//!   Tenggara" even though Lintas names the region "Southeast Asia"):
//!   `regions`, `places`, `organizations`, `persons` (a person also matches
//!   when one name is the other plus more words, "Andi Pratama" ~ "Andi");
//! - `identifiers` by kind and value (phones and accounts compared by digits);
//! - `counts` by value and kind, `count_values` by value alone, as multisets;
//! - `dates` by ISO value, as a set;
//! - `events` by type and actor countries, `event_types` by type alone;
//! - `quotes` by text (the gold text is the quote's first words),
//!   `quote_speakers` by text and speaker;
//! - `source`: outlet, wire, dateline, year and each author, editor and
//!   translator as one item; outlets and wires are compared by the outlet
//!   they stand for (the gold's "metrotvnews.com" is Lintas's "Metro TV"),
//!   through `data/clean_outlets.tsv`;
//! - `cleaning`: a gold boilerplate snippet gone from the clean text is a true
//!   positive, one still there a false negative, and a gold body snippet that
//!   was cut is a false positive;
//! - `language`, `title`, `published`: one item per document.

use crate::case::Case;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::aggregate::label;
use crate::clean::core as norm;
use crate::model::Document;
use crate::Analyzer;

/// The gold facts of one fixture article.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Gold {
    /// `id`, `en` or `ms`.
    pub language: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// Publication date, ISO.
    pub published: Option<String>,
    /// Outlet, wire, dateline, bylines, year.
    pub source: GoldSource,
    /// Substrings of junk that must be cut.
    pub boilerplate: Vec<String>,
    /// Substrings of the article that must stay.
    pub body: Vec<String>,
    /// ISO country codes.
    pub countries: Vec<String>,
    /// Region names.
    pub regions: Vec<String>,
    /// Places.
    pub places: Vec<GoldNamed>,
    /// Organizations.
    pub organizations: Vec<GoldNamed>,
    /// Persons.
    pub persons: Vec<GoldNamed>,
    /// Identifiers.
    pub identifiers: Vec<GoldIdentifier>,
    /// Crime labels.
    pub crimes: Vec<String>,
    /// Counts.
    pub counts: Vec<GoldCount>,
    /// Dates.
    pub dates: Vec<GoldDate>,
    /// Events.
    pub events: Vec<GoldEvent>,
    /// Quotes.
    pub quotes: Vec<GoldQuote>,
}

/// Gold `source`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoldSource {
    /// Outlet.
    pub outlet: Option<String>,
    /// Wire agency.
    pub wire: Option<String>,
    /// Dateline city.
    pub dateline: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Editors.
    pub editors: Vec<String>,
    /// Translators.
    pub translators: Vec<String>,
    /// Copyright year.
    pub year: Option<i32>,
}

/// A gold place, organization or person: a name and an optional acronym.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoldNamed {
    /// The name.
    pub name: String,
    /// The acronym, for organizations.
    pub acronym: Option<String>,
}

/// A gold identifier.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoldIdentifier {
    /// Kind, as in the codebook.
    pub kind: String,
    /// Value.
    pub value: String,
}

/// A gold count.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoldCount {
    /// Value.
    pub value: u64,
    /// Kind, as in the codebook.
    pub kind: String,
}

/// A gold date.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoldDate {
    /// ISO value.
    pub value: String,
}

/// A gold event.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoldEvent {
    /// Event type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Actor countries.
    pub countries: Vec<String>,
}

/// A gold quote.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoldQuote {
    /// Who said it.
    pub speaker: Option<String>,
    /// The first words of the quote.
    pub text: String,
}

/// True positives, false positives and false negatives of one field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Found and in the gold.
    pub tp: usize,
    /// Found, not in the gold.
    pub fp: usize,
    /// In the gold, not found.
    pub fn_: usize,
}

impl Score {
    /// Precision; 1 when nothing was found.
    pub fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// Recall; 1 when the gold is empty.
    pub fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, other: Score) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores per field over a set of fixtures, and per document for diagnosis.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Field name → summed score.
    pub fields: BTreeMap<&'static str, Score>,
    /// Fixture file name → field → score.
    pub documents: BTreeMap<String, BTreeMap<&'static str, Score>>,
    /// Fixtures that could not be read or analyzed.
    pub errors: Vec<String>,
}

impl Report {
    /// The score of `field`, zero when it was never scored.
    pub fn field(&self, field: &str) -> Score {
        self.fields.get(field).copied().unwrap_or_default()
    }

    /// A Markdown table: field, precision, recall, F1, and the counts behind them.
    pub fn table(&self) -> String {
        let mut out = String::from(
            "| field | precision | recall | F1 | tp | fp | fn |\n|---|---|---|---|---|---|---|\n",
        );
        for (name, s) in &self.fields {
            let _ = writeln!(
                out,
                "| {name} | {:.2} | {:.2} | {:.2} | {} | {} | {} |",
                s.precision(),
                s.recall(),
                s.f1(),
                s.tp,
                s.fp,
                s.fn_
            );
        }
        out
    }
}

/// The fixture articles in `dir` that have a gold file, in name order.
pub fn fixtures(dir: &Path) -> std::io::Result<Vec<(PathBuf, PathBuf)>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.ends_with(".gold.json") || name.starts_with('.') {
            continue;
        }
        let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
        let gold = path.with_file_name(format!("{stem}.gold.json"));
        if gold.exists() {
            out.push((path, gold));
        }
    }
    out.sort();
    Ok(out)
}

/// Analyzes every fixture in `dir` and reads its gold file: `(file name,
/// document, gold)` in name order, and the fixtures that failed as errors.
fn analyze_fixtures(
    analyzer: &Analyzer,
    dir: &Path,
    errors: &mut Vec<String>,
) -> Vec<(String, Document, Gold)> {
    let list = match fixtures(dir) {
        Ok(l) => l,
        Err(e) => {
            errors.push(format!("{}: {e}", dir.display()));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for (article, gold_path) in list {
        let name = article
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let gold: Gold = match std::fs::read_to_string(&gold_path)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
        {
            Ok(g) => g,
            Err(e) => {
                errors.push(format!("{}: {e}", gold_path.display()));
                continue;
            }
        };
        match std::fs::read(&article)
            .map_err(|e| e.to_string())
            .and_then(|b| analyzer.analyze_file(&name, &b).map_err(|e| e.to_string()))
        {
            Ok(d) => out.push((name, d, gold)),
            Err(e) => errors.push(e),
        }
    }
    out
}

/// Runs `analyzer` over every fixture in `dir` and scores it against its gold file.
pub fn evaluate_dir(analyzer: &Analyzer, dir: &Path) -> Report {
    let mut report = Report::default();
    for (name, doc, gold) in analyze_fixtures(analyzer, dir, &mut report.errors) {
        let scores = score_document(&doc, &gold);
        for (field, s) in &scores {
            report.fields.entry(field).or_default().add(*s);
        }
        report.documents.insert(name, scores);
    }
    report
}

/// `lintas eval --explain`: for every fixture in `dir` whose events or
/// counts differ from the gold, the gold events, the events and counts
/// missed and those extracted wrongly (with their sentence or words), in
/// name order. The second value lists the fixtures that could not be read.
pub fn explain_dir(analyzer: &Analyzer, dir: &Path) -> (String, Vec<String>) {
    let mut errors = Vec::new();
    let mut out = String::new();
    for (name, doc, gold) in analyze_fixtures(analyzer, dir, &mut errors) {
        let events = explain_events(&doc, &gold);
        let counts = explain_counts(&doc, &gold);
        if events.is_some() || counts.is_some() {
            let _ = writeln!(out, "### {name}\n");
            for text in [events, counts].into_iter().flatten() {
                let _ = writeln!(out, "{text}");
            }
        }
    }
    (out, errors)
}

/// The count errors of one document, or `None` when its counts match the
/// gold: counts are matched as in [`score_document`] (value and kind, as a
/// multiset); each gold count left unmatched is `missed`, each unmatched
/// prediction is `wrong`, shown with the words around it.
pub fn explain_counts(doc: &Document, gold: &Gold) -> Option<String> {
    let mut left: BTreeMap<String, usize> = BTreeMap::new();
    for g in &gold.counts {
        *left.entry(format!("{}:{}", g.value, g.kind)).or_default() += 1;
    }
    let mut wrong = Vec::new();
    for c in &doc.counts {
        let key = format!("{}:{}", c.value, label(&c.kind));
        match left.get_mut(&key) {
            Some(n) if *n > 0 => *n -= 1,
            _ => wrong.push((key, c.span)),
        }
    }
    let missed: Vec<(&String, &usize)> = left.iter().filter(|(_, n)| **n > 0).collect();
    if missed.is_empty() && wrong.is_empty() {
        return None;
    }
    let mut out = String::new();
    for (k, n) in &missed {
        let _ = writeln!(out, "  missed count {k}{}", times(**n));
    }
    for (key, span) in &wrong {
        let _ = writeln!(
            out,
            "  wrong  count {key}\n         > {}",
            squash(&around(&doc.text, span.0, span.1, 80))
        );
    }
    Some(out)
}

/// " ×n" after a repeated item, nothing after a single one.
fn times(n: usize) -> String {
    if n > 1 {
        format!(" ×{n}")
    } else {
        String::new()
    }
}

/// `text[start..end]` with up to `reach` bytes on either side, cut at
/// character boundaries.
fn around(text: &str, start: usize, end: usize, reach: usize) -> String {
    let mut a = start.saturating_sub(reach).min(text.len());
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = end.saturating_add(reach).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    text[a..b].to_string()
}

/// The key an event is scored by: its type and its sorted, distinct actor countries.
fn event_key(kind: &str, countries: &[String]) -> String {
    let mut c: Vec<String> = countries.iter().map(|c| c.upper()).collect();
    c.sort();
    c.dedup();
    format!("{kind}:{}", c.join(","))
}

/// The event errors of one document, or `None` when its events match the gold.
///
/// Events are matched as in [`score_document`] (a multiset of type and
/// countries, predictions taken in text order). The text lists the gold
/// events, the gold events left unmatched (`missed`), and each unmatched
/// prediction (`wrong`) with its sentence; the counts of matched events close
/// it. A predicted event of the right type next to a missed one usually
/// shows the error: the actors it read instead.
pub fn explain_events(doc: &Document, gold: &Gold) -> Option<String> {
    let mut left: BTreeMap<String, usize> = BTreeMap::new();
    for g in &gold.events {
        *left.entry(event_key(&g.kind, &g.countries)).or_default() += 1;
    }
    let mut matched = 0;
    let mut wrong = Vec::new();
    for e in &doc.events {
        let key = event_key(&label(&e.kind), &e.countries);
        match left.get_mut(&key) {
            Some(n) if *n > 0 => {
                *n -= 1;
                matched += 1;
            }
            _ => wrong.push((key, e)),
        }
    }
    let missed: Vec<(&String, &usize)> = left.iter().filter(|(_, n)| **n > 0).collect();
    if missed.is_empty() && wrong.is_empty() {
        return None;
    }
    let mut all: BTreeMap<String, usize> = BTreeMap::new();
    for g in &gold.events {
        *all.entry(event_key(&g.kind, &g.countries)).or_default() += 1;
    }
    let mut out = String::from("gold:");
    for (k, n) in &all {
        let _ = write!(out, " {k}{}", times(*n));
    }
    out.push('\n');
    for (k, n) in &missed {
        let _ = writeln!(out, "  missed {k}{}", times(**n));
    }
    for (key, e) in &wrong {
        let sentence = doc.text.get(e.span.0..e.span.1).unwrap_or("");
        let _ = writeln!(
            out,
            "  wrong  {key} ({})\n         > {}",
            label(&e.status),
            squash(sentence)
        );
    }
    let _ = writeln!(
        out,
        "  matched {matched}, missed {}, wrong {}",
        missed.iter().map(|(_, n)| **n).sum::<usize>(),
        wrong.len()
    );
    Some(out)
}

/// Scores one analyzed document against its gold facts.
pub fn score_document(doc: &Document, gold: &Gold) -> BTreeMap<&'static str, Score> {
    let mut m = BTreeMap::new();
    m.insert(
        "language",
        single(Some(doc.language.code()), gold.language.as_deref()),
    );
    m.insert(
        "title",
        single(
            doc.title.as_deref().map(norm).as_deref(),
            gold.title.as_deref().map(norm).as_deref(),
        ),
    );
    m.insert(
        "published",
        single(doc.published.as_deref(), gold.published.as_deref()),
    );
    m.insert("source", score_source(doc, gold));
    m.insert("cleaning", score_cleaning(doc, gold));
    m.insert(
        "countries",
        multiset(
            doc.countries.iter().map(|c| c.code.clone()),
            gold.countries.iter().map(|c| c.upper()),
            true,
        ),
    );
    m.insert(
        "crimes",
        multiset(
            doc.crimes.iter().map(|c| label(&c.label)),
            gold.crimes.iter().cloned(),
            true,
        ),
    );
    let surfaces = |spans: &[crate::model::Span]| -> Vec<String> {
        spans
            .iter()
            .filter_map(|s| doc.text.get(s.0..s.1))
            .map(norm)
            .collect()
    };
    let regions: Vec<Vec<String>> = doc
        .regions
        .iter()
        .map(|r| [vec![norm(&r.name)], surfaces(&r.spans)].concat())
        .collect();
    m.insert(
        "regions",
        named(&regions, gold.regions.iter().map(|r| vec![norm(r)]), false),
    );
    let places: Vec<Vec<String>> = doc
        .places
        .iter()
        .map(|p| [vec![norm(&p.name)], surfaces(&p.spans)].concat())
        .collect();
    m.insert(
        "places",
        named(&places, gold.places.iter().map(gold_keys), false),
    );
    let orgs: Vec<Vec<String>> = doc
        .organizations
        .iter()
        .map(|o| {
            [
                vec![norm(&o.name)],
                o.acronym.iter().map(|a| norm(a)).collect(),
                surfaces(&o.spans),
            ]
            .concat()
        })
        .collect();
    m.insert(
        "organizations",
        named(&orgs, gold.organizations.iter().map(gold_keys), false),
    );
    let persons: Vec<Vec<String>> = doc.persons.iter().map(|p| vec![norm(&p.name)]).collect();
    m.insert(
        "persons",
        named(
            &persons,
            gold.persons.iter().map(|p| vec![norm(&p.name)]),
            true,
        ),
    );
    m.insert(
        "identifiers",
        multiset(
            doc.identifiers
                .iter()
                .map(|i| identifier_key(&label(&i.kind), &i.value)),
            gold.identifiers
                .iter()
                .map(|i| identifier_key(&i.kind, &i.value)),
            true,
        ),
    );
    m.insert(
        "counts",
        multiset(
            doc.counts
                .iter()
                .map(|c| format!("{}:{}", c.value, label(&c.kind))),
            gold.counts
                .iter()
                .map(|c| format!("{}:{}", c.value, c.kind)),
            false,
        ),
    );
    m.insert(
        "count_values",
        multiset(
            doc.counts.iter().map(|c| c.value.to_string()),
            gold.counts.iter().map(|c| c.value.to_string()),
            false,
        ),
    );
    m.insert(
        "dates",
        multiset(
            doc.dates.iter().filter_map(|d| d.value.clone()),
            gold.dates.iter().map(|d| d.value.clone()),
            true,
        ),
    );
    m.insert(
        "events",
        multiset(
            doc.events
                .iter()
                .map(|e| event_key(&label(&e.kind), &e.countries)),
            gold.events.iter().map(|e| event_key(&e.kind, &e.countries)),
            false,
        ),
    );
    m.insert(
        "event_types",
        multiset(
            doc.events.iter().map(|e| label(&e.kind)),
            gold.events.iter().map(|e| e.kind.clone()),
            false,
        ),
    );
    let (quotes, speakers) = score_quotes(doc, gold);
    m.insert("quotes", quotes);
    m.insert("quote_speakers", speakers);
    m
}

fn gold_keys(g: &GoldNamed) -> Vec<String> {
    let mut k = vec![norm(&g.name)];
    k.extend(g.acronym.iter().map(|a| norm(a)));
    k
}

fn identifier_key(kind: &str, value: &str) -> String {
    let v = match kind {
        "phone" | "bank_account" => value.chars().filter(char::is_ascii_digit).collect(),
        "crypto_wallet" => value.trim().to_string(),
        _ => value.trim().trim_end_matches('/').lower(),
    };
    format!("{kind}:{v}")
}

fn single(pred: Option<&str>, gold: Option<&str>) -> Score {
    match (pred, gold) {
        (Some(p), Some(g)) if p.eq_ignore_ascii_case(g) => Score {
            tp: 1,
            fp: 0,
            fn_: 0,
        },
        (Some(_), Some(_)) => Score {
            tp: 0,
            fp: 1,
            fn_: 1,
        },
        (Some(_), None) => Score {
            tp: 0,
            fp: 1,
            fn_: 0,
        },
        (None, Some(_)) => Score {
            tp: 0,
            fp: 0,
            fn_: 1,
        },
        (None, None) => Score::default(),
    }
}

/// Scores predicted against gold items as multisets (or sets when `dedup`).
fn multiset(
    pred: impl Iterator<Item = String>,
    gold: impl Iterator<Item = String>,
    dedup: bool,
) -> Score {
    let mut p: Vec<String> = pred.collect();
    let mut g: Vec<String> = gold.collect();
    if dedup {
        p.sort();
        p.dedup();
        g.sort();
        g.dedup();
    }
    let mut left: BTreeMap<String, usize> = BTreeMap::new();
    for x in g {
        *left.entry(x).or_default() += 1;
    }
    let mut s = Score::default();
    for x in p {
        match left.get_mut(&x) {
            Some(n) if *n > 0 => {
                *n -= 1;
                s.tp += 1;
            }
            _ => s.fp += 1,
        }
    }
    s.fn_ = left.values().sum();
    s
}

/// Matches named things one to one: a prediction with keys `pred[i]` matches a
/// gold item when they share a key (or, with `partial`, when one key's words
/// begin or end the other's).
fn named(pred: &[Vec<String>], gold: impl Iterator<Item = Vec<String>>, partial: bool) -> Score {
    let mut used = vec![false; pred.len()];
    let mut s = Score::default();
    for g in gold {
        let hit = (0..pred.len()).find(|&i| {
            !used[i]
                && pred[i]
                    .iter()
                    .any(|p| g.iter().any(|k| keys_match(p, k, partial)))
        });
        match hit {
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

fn keys_match(a: &str, b: &str, partial: bool) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    if !partial {
        return false;
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    long.starts_with(&format!("{short} ")) || long.ends_with(&format!(" {short}"))
}

fn score_source(doc: &Document, gold: &Gold) -> Score {
    let items = |outlet: Option<&str>,
                 wire: Option<&str>,
                 dateline: Option<&str>,
                 year: Option<i32>,
                 people: [&[String]; 3]| {
        let mut v = Vec::new();
        let outlet_key = crate::clean::outlet_identity;
        v.extend(outlet.map(|x| format!("outlet:{}", outlet_key(x))));
        v.extend(wire.map(|x| format!("wire:{}", outlet_key(x))));
        v.extend(dateline.map(|x| format!("dateline:{}", norm(x))));
        v.extend(year.map(|y| format!("year:{y}")));
        for (role, names) in ["author", "editor", "translator"].iter().zip(people) {
            v.extend(names.iter().map(|n| format!("{role}:{}", norm(n))));
        }
        v
    };
    let s = &doc.source;
    let pred = items(
        s.outlet.as_deref(),
        s.wire.as_deref(),
        s.dateline.as_deref(),
        s.year,
        [&s.authors, &s.editors, &s.translators],
    );
    let g = &gold.source;
    let want = items(
        g.outlet.as_deref(),
        g.wire.as_deref(),
        g.dateline.as_deref(),
        g.year,
        [&g.authors, &g.editors, &g.translators],
    );
    multiset(pred.into_iter(), want.into_iter(), true)
}

fn score_cleaning(doc: &Document, gold: &Gold) -> Score {
    let text = squash(&doc.text);
    let gone = |snippet: &String| !text.contains(&squash(snippet));
    Score {
        tp: gold.boilerplate.iter().filter(|b| gone(b)).count(),
        fn_: gold.boilerplate.iter().filter(|b| !gone(b)).count(),
        fp: gold.body.iter().filter(|b| gone(b)).count(),
    }
}

/// Whitespace collapsed, so a snippet matches across reflowed lines.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn score_quotes(doc: &Document, gold: &Gold) -> (Score, Score) {
    let mut used = vec![false; doc.quotes.len()];
    let mut quotes = Score::default();
    let mut speakers = Score::default();
    for g in &gold.quotes {
        let want = norm(&g.text);
        let hit = (0..doc.quotes.len()).find(|&i| {
            !used[i] && !want.is_empty() && norm(&doc.quotes[i].text).starts_with(&want)
        });
        match hit {
            Some(i) => {
                used[i] = true;
                quotes.tp += 1;
                let pred = doc.quotes[i].speaker.as_deref().map(norm);
                let gs = g.speaker.as_deref().map(norm);
                match (pred, gs) {
                    (Some(p), Some(w)) if keys_match(&p, &w, true) => speakers.tp += 1,
                    (Some(_), Some(_)) => {
                        speakers.fp += 1;
                        speakers.fn_ += 1
                    }
                    (Some(_), None) => speakers.fp += 1,
                    (None, Some(_)) => speakers.fn_ += 1,
                    (None, None) => {}
                }
            }
            None => {
                quotes.fn_ += 1;
                speakers.fn_ += usize::from(g.speaker.is_some());
            }
        }
    }
    quotes.fp = used.iter().filter(|u| !**u).count();
    speakers.fp += doc
        .quotes
        .iter()
        .zip(&used)
        .filter(|(q, u)| !**u && q.speaker.is_some())
        .count();
    (quotes, speakers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, EventStatus, Span};

    #[test]
    fn multiset_counts_repeats_and_misses() {
        let s = multiset(
            ["a", "a", "b"].iter().map(|s| s.to_string()),
            ["a", "c"].iter().map(|s| s.to_string()),
            false,
        );
        assert_eq!(
            s,
            Score {
                tp: 1,
                fp: 2,
                fn_: 1
            }
        );
    }

    #[test]
    fn named_things_match_by_any_key_one_to_one() {
        let pred = vec![vec![
            "southeast asia".to_string(),
            "asia tenggara".to_string(),
        ]];
        let s = named(
            &pred,
            [
                vec!["asia tenggara".to_string()],
                vec!["asia tenggara".to_string()],
            ]
            .into_iter(),
            false,
        );
        assert_eq!(
            s,
            Score {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
    }

    #[test]
    fn a_person_matches_a_longer_or_shorter_form_of_the_name_but_not_a_stranger() {
        assert!(keys_match("andi pratama", "andi", true));
        assert!(keys_match("irjen krishna murti", "krishna murti", true));
        assert!(!keys_match("andi pratama", "andika", true));
        assert!(!keys_match("andi pratama", "andi", false));
    }

    #[test]
    fn empty_fields_score_perfectly_and_f1_is_zero_when_nothing_matches() {
        assert_eq!(Score::default().f1(), 1.0);
        assert_eq!(
            Score {
                tp: 0,
                fp: 1,
                fn_: 1
            }
            .f1(),
            0.0
        );
    }

    fn event(kind: crate::model::EventType, countries: &[&str], span: (usize, usize)) -> Event {
        Event {
            kind,
            status: EventStatus::Reported,
            countries: countries.iter().map(|c| c.to_string()).collect(),
            organizations: Vec::new(),
            place: None,
            date: None,
            counts: Vec::new(),
            origin: None,
            destination: None,
            span: Span(span.0, span.1),
        }
    }

    fn gold_event(kind: &str, countries: &[&str]) -> GoldEvent {
        GoldEvent {
            kind: kind.to_string(),
            countries: countries.iter().map(|c| c.to_string()).collect(),
        }
    }

    #[test]
    fn explain_lists_missed_and_wrong_events_with_the_sentence_of_each_wrong_one() {
        use crate::model::EventType::{Arrest, Repatriation};
        let text = "Polisi Kamboja menangkap 20 orang. Mereka dideportasi ke Indonesia.";
        let doc = Document {
            text: text.to_string(),
            events: vec![
                event(Arrest, &["KH"], (0, 34)),
                event(Repatriation, &["ID", "KH"], (35, text.len())),
            ],
            ..Document::default()
        };
        let gold = Gold {
            events: vec![
                gold_event("arrest", &["kh"]),
                gold_event("repatriation", &["KH"]),
                gold_event("repatriation", &["KH"]),
            ],
            ..Gold::default()
        };
        let out = explain_events(&doc, &gold).expect("the events differ");
        assert!(
            out.starts_with("gold: arrest:KH repatriation:KH ×2\n"),
            "{out}"
        );
        assert!(out.contains("  missed repatriation:KH ×2\n"), "{out}");
        assert!(
            out.contains("  wrong  repatriation:ID,KH (reported)\n"),
            "{out}"
        );
        assert!(out.contains("> Mereka dideportasi ke Indonesia."), "{out}");
        assert!(!out.contains("wrong  arrest"), "{out}");
        assert!(out.ends_with("matched 1, missed 2, wrong 1\n"), "{out}");
    }

    #[test]
    fn explain_counts_lists_missed_and_wrong_counts_with_their_words() {
        let text = "Polisi menangkap 20 orang dan memulangkan 5 WNI.";
        let count = crate::model::Count::exact;
        let doc = Document {
            text: text.to_string(),
            counts: vec![
                count(20, crate::model::CountKind::Arrest, Span(17, 25)),
                count(5, crate::model::CountKind::Victims, Span(42, 47)),
            ],
            ..Document::default()
        };
        let gold = |counts: &[(u64, &str)]| Gold {
            counts: counts
                .iter()
                .map(|&(value, kind)| GoldCount {
                    value,
                    kind: kind.into(),
                })
                .collect(),
            ..Gold::default()
        };
        let out = explain_counts(&doc, &gold(&[(20, "arrest"), (5, "repatriation")]))
            .expect("the counts differ");
        assert!(out.contains("  missed count 5:repatriation\n"), "{out}");
        assert!(out.contains("  wrong  count 5:victims\n"), "{out}");
        assert!(out.contains("memulangkan 5 WNI"), "{out}");
        assert!(!out.contains("20:arrest"), "{out}");
        assert_eq!(
            explain_counts(&doc, &gold(&[(20, "arrest"), (5, "victims")])),
            None
        );
    }

    #[test]
    fn explain_says_nothing_when_the_events_match_the_gold() {
        let doc = Document {
            text: "Polisi Kamboja menangkap 20 orang.".to_string(),
            events: vec![event(crate::model::EventType::Arrest, &["KH"], (0, 34))],
            ..Document::default()
        };
        let gold = Gold {
            events: vec![gold_event("arrest", &["KH"])],
            ..Gold::default()
        };
        assert_eq!(explain_events(&doc, &gold), None);
        assert_eq!(explain_events(&Document::default(), &Gold::default()), None);
    }

    #[test]
    fn outlets_match_by_the_outlet_they_stand_for() {
        let mut doc = Document::default();
        doc.source.outlet = Some("Metro TV".into());
        let gold = |outlet: &str| Gold {
            source: GoldSource {
                outlet: Some(outlet.into()),
                ..GoldSource::default()
            },
            ..Gold::default()
        };
        assert_eq!(score_source(&doc, &gold("metrotvnews.com")).tp, 1);
        assert_eq!(score_source(&doc, &gold("Metro TV")).tp, 1);
        let other = score_source(&doc, &gold("Solopos.com"));
        assert_eq!((other.tp, other.fp, other.fn_), (0, 1, 1));
    }

    #[test]
    fn outlets_compare_without_their_web_suffix_or_spaces() {
        let same =
            |a: &str, b: &str| crate::clean::outlet_identity(a) == crate::clean::outlet_identity(b);
        assert!(same("RADARBANYUWANGI.ID", "Radar Banyuwangi"));
        assert!(same("Banjarmasinpost.co.id", "Banjarmasin Post"));
        assert!(same("Elshinta.com", "Elshinta"));
        assert!(same("metrotvnews.com", "Metro TV"));
        assert!(!same("Radar Bali", "Radar Banyuwangi"));
    }

    #[test]
    fn norm_drops_punctuation_and_case() {
        assert_eq!(
            norm("  Kepolisian  Nasional, Kamboja! "),
            "kepolisian nasional kamboja"
        );
    }
}
