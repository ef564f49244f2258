//! Exports: CSV tables, JSON of a whole analysis, JSON Lines.
//!
//! - **CSV** ([`csv_table`]): one table a file, RFC 4180, UTF-8 with a BOM,
//!   CRLF line ends. Lists inside a cell are joined with `; `; evidence
//!   cells read `doc@start-end,start-end; doc2@start-end`.
//! - **JSON** ([`json`]): the serialized [`Corpus`]: options, one summary per
//!   document (facts, spans, source, dates and the MinHash signature; the
//!   text only when the corpus keeps texts), and the derived views. It reads
//!   back with `serde_json::from_str::<Corpus>` and merges with
//!   [`Corpus::merge`], so a colleague's export joins yours without the
//!   original articles.
//! - **JSON Lines** ([`write_jsonl`]): what `lintas analyze --format jsonl`
//!   prints: one `{"document": Document}` object a line, then one
//!   `{"corpus": Corpus}` line; the last line alone is a mergeable export.

pub mod csv;

use std::collections::HashMap;
use std::io::{self, Write};

use crate::aggregate::{
    claim_id_of, event_id, label, sorted_unique, Corpus, Evidence, Tally, TimelineEvent,
};
use crate::model::{Document, Span};
use csv::CsvWriter;

/// The CSV tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Table {
    /// One row per event sentence in each document.
    Events,
    /// One row per count in each document, with its claim.
    Counts,
    /// One row per claim.
    Claims,
    /// One row per crime type, country, organization, person, place and identifier.
    Entities,
    /// One row per edge of the cooperation network.
    Edges,
    /// One row per story.
    Stories,
    /// One row per total (by kind, country, pair and year).
    Totals,
}

impl Table {
    /// Every table, in the order `--out` writes them.
    pub const ALL: [Table; 7] = [
        Table::Events,
        Table::Counts,
        Table::Claims,
        Table::Entities,
        Table::Edges,
        Table::Stories,
        Table::Totals,
    ];

    /// The table's name: `events`, `counts`, `claims`, `entities`, `edges`,
    /// `stories` or `totals`.
    pub fn name(self) -> &'static str {
        match self {
            Table::Events => "events",
            Table::Counts => "counts",
            Table::Claims => "claims",
            Table::Entities => "entities",
            Table::Edges => "edges",
            Table::Stories => "stories",
            Table::Totals => "totals",
        }
    }

    /// The table called `name`.
    pub fn parse(name: &str) -> Option<Table> {
        Table::ALL
            .into_iter()
            .find(|t| t.name().eq_ignore_ascii_case(name.trim()))
    }
}

/// The whole analysis as one JSON document (see the module docs).
pub fn json(corpus: &Corpus) -> String {
    // `{"error": message}`, written as `json!(…).to_string()` would write it
    // but without serializing a `serde_json::Value` (a second serializer in the wasm).
    serde_json::to_string(corpus).unwrap_or_else(|e| {
        let message = serde_json::to_string(&e.to_string()).unwrap_or_default();
        format!("{{\"error\":{message}}}")
    })
}

/// Writes JSON Lines: one `{"document": …}` line per document, then one
/// `{"corpus": …}` line.
pub fn write_jsonl(out: &mut impl Write, docs: &[Document], corpus: &Corpus) -> io::Result<()> {
    #[derive(serde::Serialize)]
    struct DocumentLine<'a> {
        document: &'a Document,
    }
    #[derive(serde::Serialize)]
    struct CorpusLine<'a> {
        corpus: &'a Corpus,
    }
    for document in docs {
        serde_json::to_writer(&mut *out, &DocumentLine { document })?;
        writeln!(out)?;
    }
    serde_json::to_writer(&mut *out, &CorpusLine { corpus })?;
    writeln!(out)
}

/// One CSV table of the corpus.
pub fn csv_table(corpus: &Corpus, table: Table) -> String {
    match table {
        Table::Events => events(corpus),
        Table::Counts => counts(corpus),
        Table::Claims => claims(corpus),
        Table::Entities => entities(corpus),
        Table::Edges => edges(corpus),
        Table::Stories => stories(corpus),
        Table::Totals => totals(corpus),
    }
}

fn list(v: &[String]) -> String {
    v.join("; ")
}

fn opt(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("")
}

fn spans(s: &[Span]) -> String {
    let parts: Vec<String> = s.iter().map(|s| format!("{}-{}", s.0, s.1)).collect();
    parts.join(",")
}

fn evidence(ev: &[Evidence]) -> String {
    let parts: Vec<String> = ev
        .iter()
        .map(|e| format!("{}@{}", e.document, spans(&e.spans)))
        .collect();
    parts.join("; ")
}

fn events(c: &Corpus) -> String {
    let mut w = CsvWriter::new(&[
        "document",
        "story",
        "event",
        "type",
        "status",
        "countries",
        "organizations",
        "place",
        "date",
        "resolved_date",
        "date_basis",
        "origin",
        "destination",
        "span_start",
        "span_end",
    ]);
    let org_nodes = c.options().organization_nodes;
    let timeline: HashMap<&str, &TimelineEvent> =
        c.timeline().iter().map(|e| (e.id.as_str(), e)).collect();
    for d in c.documents() {
        let story = c.story_of(&d.id).unwrap_or("");
        for e in &d.events {
            let countries = sorted_unique(&e.countries);
            let orgs = sorted_unique(&e.organizations);
            let date = e.date.as_deref().filter(|s| !s.trim().is_empty());
            let id = event_id(
                story,
                e.kind,
                &countries,
                date,
                org_nodes.then_some(orgs.as_slice()),
            );
            let resolved = timeline.get(id.as_str());
            let basis = resolved.map(|t| label(&t.date_basis)).unwrap_or_default();
            w.row(&[
                d.id.as_str(),
                story,
                &id,
                &label(&e.kind),
                &label(&e.status),
                &list(&countries),
                &list(&orgs),
                opt(&e.place),
                opt(&e.date),
                resolved.and_then(|t| t.date.as_deref()).unwrap_or(""),
                &basis,
                opt(&e.origin),
                opt(&e.destination),
                &e.span.0.to_string(),
                &e.span.1.to_string(),
            ]);
        }
    }
    w.finish()
}

fn counts(c: &Corpus) -> String {
    let mut w = CsvWriter::new(&[
        "document",
        "story",
        "claim",
        "kind",
        "value",
        "qualifier",
        "unit",
        "currency",
        "countries",
        "place",
        "date",
        "cumulative",
        "origin",
        "destination",
        "span_start",
        "span_end",
    ]);
    for d in c.documents() {
        let story = c.story_of(&d.id).unwrap_or("");
        for n in &d.counts {
            w.row(&[
                d.id.as_str(),
                story,
                &claim_id_of(n),
                &label(&n.kind),
                &n.value.to_string(),
                &label(&n.qualifier),
                opt(&n.unit),
                opt(&n.currency),
                &list(&sorted_unique(&n.countries)),
                opt(&n.place),
                opt(&n.date),
                if n.cumulative { "true" } else { "false" },
                opt(&n.origin),
                opt(&n.destination),
                &n.span.0.to_string(),
                &n.span.1.to_string(),
            ]);
        }
    }
    w.finish()
}

fn claims(c: &Corpus) -> String {
    let mut w = CsvWriter::new(&[
        "claim",
        "kind",
        "value",
        "currency",
        "countries",
        "cumulative",
        "qualifiers",
        "date",
        "year",
        "story_count",
        "stories",
        "documents",
        "sources",
        "first_reported",
        "last_reported",
        "evidence",
    ]);
    for x in c.claims() {
        let qualifiers: Vec<String> = x.qualifiers.iter().map(label).collect();
        w.row(&[
            x.id.as_str(),
            &label(&x.kind),
            &x.value.to_string(),
            opt(&x.currency),
            &list(&x.countries),
            if x.cumulative { "true" } else { "false" },
            &list(&qualifiers),
            opt(&x.date),
            &x.year.map(|y| y.to_string()).unwrap_or_default(),
            &x.stories.len().to_string(),
            &list(&x.stories),
            &list(&x.documents),
            &list(&x.sources),
            opt(&x.first_reported),
            opt(&x.last_reported),
            &evidence(&x.evidence),
        ]);
    }
    w.finish()
}

fn entities(c: &Corpus) -> String {
    let mut w = CsvWriter::new(&[
        "type",
        "key",
        "name",
        "kind",
        "country",
        "mentions",
        "story_count",
        "stories",
        "documents",
        "cross_story",
        "evidence",
    ]);
    let d = c.distributions();
    let groups: [(&str, &[Tally]); 6] = [
        ("crime", &d.crimes),
        ("country", &d.countries),
        ("organization", &d.organizations),
        ("person", &d.persons),
        ("place", &d.places),
        ("identifier", &d.identifiers),
    ];
    for (kind, rows) in groups {
        for t in rows {
            w.row(&[
                kind,
                &t.key,
                &t.name,
                opt(&t.kind),
                opt(&t.country),
                &t.mentions.to_string(),
                &t.stories.len().to_string(),
                &list(&t.stories),
                &list(&t.documents),
                if t.stories.len() > 1 { "true" } else { "false" },
                &evidence(&t.evidence),
            ]);
        }
    }
    w.finish()
}

fn edges(c: &Corpus) -> String {
    let mut w = CsvWriter::new(&[
        "source",
        "source_name",
        "target",
        "target_name",
        "weight",
        "events",
        "documents",
        "evidence",
    ]);
    let net = c.network();
    let names: HashMap<&str, &str> = net
        .nodes
        .iter()
        .map(|n| (n.id.as_str(), n.name.as_str()))
        .collect();
    for e in &net.edges {
        let ids: Vec<String> = e.events.iter().map(|x| x.id.clone()).collect();
        let mut ev: Vec<Evidence> = e.events.iter().flat_map(|x| x.evidence.clone()).collect();
        crate::sort::sort_by(&mut ev, |a, b| {
            (&a.document, &a.spans).cmp(&(&b.document, &b.spans))
        });
        let mut docs: Vec<String> = ev.iter().map(|x| x.document.clone()).collect();
        docs.dedup();
        w.row(&[
            e.source.as_str(),
            names.get(e.source.as_str()).copied().unwrap_or(""),
            &e.target,
            names.get(e.target.as_str()).copied().unwrap_or(""),
            &e.weight.to_string(),
            &list(&ids),
            &list(&docs),
            &evidence(&ev),
        ]);
    }
    w.finish()
}

fn stories(c: &Corpus) -> String {
    let mut w = CsvWriter::new(&[
        "story",
        "document_count",
        "documents",
        "sources",
        "languages",
        "title",
        "first_published",
        "last_published",
    ]);
    for s in c.stories() {
        let langs: Vec<String> = s.languages.iter().map(|l| l.code().to_string()).collect();
        w.row(&[
            s.id.as_str(),
            &s.documents.len().to_string(),
            &list(&s.documents),
            &list(&s.sources),
            &list(&langs),
            opt(&s.title),
            opt(&s.first_published),
            opt(&s.last_published),
        ]);
    }
    w.finish()
}

fn totals(c: &Corpus) -> String {
    let mut w = CsvWriter::new(&[
        "dimension",
        "kind",
        "currency",
        "key",
        "value",
        "claims",
        "documents",
    ]);
    let t = c.totals();
    for (dim, rows) in [
        ("kind", &t.by_kind),
        ("country", &t.by_country),
        ("pair", &t.by_pair),
        ("year", &t.by_year),
    ] {
        for r in rows {
            w.row(&[
                dim,
                &label(&r.kind),
                opt(&r.currency),
                &r.key,
                &r.value.to_string(),
                &list(&r.claims),
                &list(&r.documents),
            ]);
        }
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Count, CountKind, Event, EventStatus, EventType, Lang, Qualifier};

    fn sample() -> Vec<Document> {
        let count = |v, cum| Count {
            value: v,
            qualifier: Qualifier::MoreThan,
            unit: Some("WNI, \"korban\"".into()),
            kind: CountKind::Repatriation,
            currency: None,
            countries: vec!["MM".into(), "ID".into()],
            place: Some("Myawaddy".into()),
            date: None,
            origin: Some("MM".into()),
            destination: Some("ID".into()),
            cumulative: cum,
            span: Span(3, 17),
        };
        let event = Event {
            kind: EventType::Repatriation,
            status: EventStatus::Reported,
            countries: vec!["MM".into(), "ID".into()],
            organizations: vec![],
            place: None,
            date: None,
            counts: vec![0],
            origin: None,
            destination: None,
            span: Span(0, 30),
        };
        vec![
            Document {
                id: "berita, \"satu\"\nbaris.txt".into(),
                language: Lang::Id,
                published: Some("2024-09-02".into()),
                text: "Sebanyak 120 WNI dipulangkan dari Myawaddy.".into(),
                counts: vec![count(120, false), count(900, true)],
                countries: vec![crate::model::Country {
                    code: "MM".into(),
                    name: "Myanmar".into(),
                    mentions: 1,
                    spans: vec![Span(34, 42)],
                }],
                events: vec![event.clone()],
                ..Document::default()
            },
            Document {
                id: "b.txt".into(),
                language: Lang::En,
                text: "Another text about a different matter entirely.".into(),
                counts: vec![count(120, false)],
                events: vec![event],
                ..Document::default()
            },
        ]
    }

    #[test]
    fn every_table_has_a_bom_a_header_and_rows_of_equal_width() {
        let c = Corpus::build(&sample());
        for t in Table::ALL {
            let s = csv_table(&c, t);
            assert!(s.starts_with(csv::BOM), "{t:?}");
            let rows = csv::parse(&s);
            assert!(rows.len() >= 2, "{t:?} has no rows: {s}");
            assert!(rows.iter().all(|r| r.len() == rows[0].len()), "{t:?}");
        }
    }

    #[test]
    fn awkward_ids_and_units_survive_the_csv_round_trip() {
        let c = Corpus::build(&sample());
        let rows = csv::parse(&csv_table(&c, Table::Counts));
        assert_eq!(rows[0][0], "document");
        assert_eq!(rows[1][0], "b.txt");
        assert_eq!(rows[2][0], "berita, \"satu\"\nbaris.txt");
        assert_eq!(rows[2][2], "repatriation:120:ID+MM");
        assert_eq!(rows[2][5], "more_than");
        assert_eq!(rows[2][6], "WNI, \"korban\"");
        assert_eq!(rows[2][8], "ID; MM");
        assert_eq!(rows[3][11], "true");
    }

    #[test]
    fn claims_and_events_tables_lead_back_to_documents_and_spans() {
        let c = Corpus::build(&sample());
        let claims = csv::parse(&csv_table(&c, Table::Claims));
        let row = claims
            .iter()
            .find(|r| r[0] == "repatriation:120:ID+MM")
            .unwrap();
        assert_eq!(row[9], "2");
        assert_eq!(row[15], "b.txt@3-17; berita, \"satu\"\nbaris.txt@3-17");
        let events = csv::parse(&csv_table(&c, Table::Events));
        let first = &events[2];
        assert_eq!(
            (first[9].as_str(), first[10].as_str()),
            ("2024-09-02", "published")
        );
        assert_eq!((first[13].as_str(), first[14].as_str()), ("0", "30"));
        let edges = csv::parse(&csv_table(&c, Table::Edges));
        assert_eq!(edges[1][..5], ["ID", "ID", "MM", "Myanmar", "2"]);
        let totals = csv::parse(&csv_table(&c, Table::Totals));
        let kind = totals.iter().find(|r| r[0] == "kind").unwrap();
        assert_eq!(kind[4], "900");
        let entities = csv::parse(&csv_table(&c, Table::Entities));
        assert_eq!(entities[1][..3], ["country", "MM", "Myanmar"]);
        assert_eq!(entities[1][10], "berita, \"satu\"\nbaris.txt@34-42");
    }

    #[test]
    fn tables_are_named_and_parsed_back() {
        for t in Table::ALL {
            assert_eq!(Table::parse(t.name()), Some(t));
        }
        assert_eq!(Table::parse(" Claims "), Some(Table::Claims));
        assert_eq!(Table::parse("nodes"), None);
    }

    #[test]
    fn jsonl_writes_one_document_a_line_then_the_corpus() {
        let docs = sample();
        let c = Corpus::build(&docs);
        let mut out = Vec::new();
        write_jsonl(&mut out, &docs, &c).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        let last: serde_json::Value = serde_json::from_str(lines[2]).unwrap();
        let back: Corpus = serde_json::from_value(last["corpus"].clone()).unwrap();
        assert_eq!(back, c);
        assert_eq!(json(&back), json(&c));
    }
}
