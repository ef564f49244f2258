//! Per-document summaries: what the corpus keeps of each article.
//!
//! A summary holds the facts of a [`Document`] with their spans, its source
//! and dates, and the MinHash signature of its text, but the text itself only
//! when asked. It is what an export carries, so a colleague's export can be
//! merged or dropped back onto the page without the original articles.

use serde::{Deserialize, Serialize};

use super::minhash::Signature;
use crate::model::{
    Count, CountKind, Country, Crime, DateMention, Document, Event, Identifier, Lang, Organization,
    Person, Place, Quote, Region, Source, SpanUnit,
};

/// The facts of one document without (by default) its text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocSummary {
    /// The document's id.
    pub id: String,
    /// `id`, `en`, `ms` or `und`.
    #[serde(default)]
    pub language: Lang,
    /// The headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Outlet, wire, dateline, bylines, copyright year.
    #[serde(default)]
    pub source: Source,
    /// Publication date, ISO.
    #[serde(default)]
    pub published: Option<String>,
    /// The unit of every span below.
    #[serde(default)]
    pub span_unit: SpanUnit,
    /// The clean text, when the corpus keeps texts.
    #[serde(default)]
    pub text: Option<String>,
    /// The MinHash signature of the text; null when the text has no words.
    #[serde(default)]
    pub signature: Option<Signature>,
    /// Countries named.
    #[serde(default)]
    pub countries: Vec<Country>,
    /// Regions named.
    #[serde(default)]
    pub regions: Vec<Region>,
    /// Places named.
    #[serde(default)]
    pub places: Vec<Place>,
    /// Organizations named.
    #[serde(default)]
    pub organizations: Vec<Organization>,
    /// Persons named.
    #[serde(default)]
    pub persons: Vec<Person>,
    /// Identifiers named.
    #[serde(default)]
    pub identifiers: Vec<Identifier>,
    /// Crime types named.
    #[serde(default)]
    pub crimes: Vec<Crime>,
    /// Events.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Counts.
    #[serde(default)]
    pub counts: Vec<Count>,
    /// Dates.
    #[serde(default)]
    pub dates: Vec<DateMention>,
    /// Quotations.
    #[serde(default)]
    pub quotes: Vec<Quote>,
}

impl crate::json_in::FromJson for DocSummary {
    fn from_json(v: &serde_json::Value) -> crate::json_in::Res<DocSummary> {
        let mut o = crate::json_in::Fields::of(v, "struct DocSummary")?;
        let d = DocSummary {
            id: o.get("id"),
            language: o.get_or_default("language"),
            title: o.get_or_default("title"),
            source: o.get_or_default("source"),
            published: o.get_or_default("published"),
            span_unit: o.get_or_default("span_unit"),
            text: o.get_or_default("text"),
            signature: o.get_or_default("signature"),
            countries: o.get_or_default("countries"),
            regions: o.get_or_default("regions"),
            places: o.get_or_default("places"),
            organizations: o.get_or_default("organizations"),
            persons: o.get_or_default("persons"),
            identifiers: o.get_or_default("identifiers"),
            crimes: o.get_or_default("crimes"),
            events: o.get_or_default("events"),
            counts: o.get_or_default("counts"),
            dates: o.get_or_default("dates"),
            quotes: o.get_or_default("quotes"),
        };
        o.done(d)
    }
}

impl DocSummary {
    /// The summary of `doc`, keeping its text when `keep_text` is set.
    pub fn of(doc: &Document, keep_text: bool) -> DocSummary {
        DocSummary {
            id: doc.id.clone(),
            language: doc.language,
            title: doc.title.clone(),
            source: doc.source.clone(),
            published: doc.published.clone(),
            span_unit: doc.span_unit,
            text: keep_text.then(|| doc.text.clone()),
            signature: Signature::of(&doc.text),
            countries: doc.countries.clone(),
            regions: doc.regions.clone(),
            places: doc.places.clone(),
            organizations: doc.organizations.clone(),
            persons: doc.persons.clone(),
            identifiers: doc.identifiers.clone(),
            crimes: doc.crimes.clone(),
            events: doc.events.clone(),
            counts: doc.counts.clone(),
            dates: doc.dates.clone(),
            quotes: doc.quotes.clone(),
        }
    }

    /// A [`Document`] with these facts; its text is empty unless it was kept.
    pub fn to_document(&self) -> Document {
        Document {
            id: self.id.clone(),
            language: self.language,
            title: self.title.clone(),
            source: self.source.clone(),
            published: self.published.clone(),
            span_unit: self.span_unit,
            text: self.text.clone().unwrap_or_default(),
            countries: self.countries.clone(),
            regions: self.regions.clone(),
            places: self.places.clone(),
            organizations: self.organizations.clone(),
            persons: self.persons.clone(),
            identifiers: self.identifiers.clone(),
            crimes: self.crimes.clone(),
            events: self.events.clone(),
            counts: self.counts.clone(),
            dates: self.dates.clone(),
            quotes: self.quotes.clone(),
            ..Document::default()
        }
    }

    /// Fills a missing signature from a kept text (an export edited by hand).
    pub(crate) fn repair(&mut self) {
        if self.signature.is_none() {
            if let Some(t) = &self.text {
                self.signature = Signature::of(t);
            }
        }
    }

    /// The outlet, else the wire agency: who to cite as the source.
    pub fn outlet(&self) -> Option<&str> {
        self.source
            .outlet
            .as_deref()
            .or(self.source.wire.as_deref())
            .filter(|s| !s.trim().is_empty())
    }

    /// The fact fingerprint used to link translations: hashes of the
    /// `(kind, value)` of every count of a known kind with value ≥ 10,
    /// sorted and deduplicated. Small and unlabelled numbers are too common
    /// to tell stories apart.
    pub(crate) fn fact_keys(&self) -> Vec<u64> {
        let mut keys: Vec<u64> = self
            .counts
            .iter()
            .filter(|c| c.value >= FACT_MIN_VALUE && c.kind != CountKind::Other)
            .map(|c| super::minhash::mix64(c.value ^ ((c.kind as u64 + 1) << 56)))
            .collect();
        crate::sort::sort(&mut keys);
        keys.dedup();
        keys
    }

    /// The actor countries of the counts and events, sorted; the countries
    /// named anywhere when the facts name none.
    pub(crate) fn actor_countries(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .counts
            .iter()
            .flat_map(|c| c.countries.iter())
            .chain(self.events.iter().flat_map(|e| e.countries.iter()))
            .map(String::as_str)
            .collect();
        if v.is_empty() {
            v = self.countries.iter().map(|c| c.code.as_str()).collect();
        }
        crate::sort::sort(&mut v);
        v.dedup();
        v
    }
}

/// The smallest count value that enters the fact fingerprint.
pub const FACT_MIN_VALUE: u64 = 10;

/// Days since 1970-01-01 of an ISO `YYYY-MM-DD` date (a longer string is cut
/// at ten chars); `None` for anything less precise or malformed.
pub fn day_number(iso: &str) -> Option<i64> {
    let s = iso.get(..10)?;
    let b = s.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = s[..4].parse().ok()?;
    let m: i64 = s[5..7].parse().ok()?;
    let d: i64 = s[8..10].parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The year of an ISO date (`2024`, `2024-09`, `2024-09-02`).
pub fn year_of(iso: &str) -> Option<i32> {
    let y = iso.get(..4)?;
    if !y.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match iso.as_bytes().get(4) {
        None | Some(b'-') => y.parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_count_days_across_months_and_leap_years() {
        let cases = [
            ("1970-01-01", Some(0)),
            ("2024-03-01", day_number("2024-02-28").map(|d| d + 2)),
            ("2023-03-01", day_number("2023-02-28").map(|d| d + 1)),
            ("2024-09-02T10:00", day_number("2024-09-02")),
            ("2024-09", None),
            ("2024-13-01", None),
            ("20x4-01-01", None),
            ("2024/01/01", None),
            ("", None),
            ("2024-é1-01", None),
        ];
        for (s, want) in cases {
            assert_eq!(day_number(s), want, "{s}");
        }
    }

    #[test]
    fn years_come_from_any_iso_precision() {
        let cases = [
            ("2024", Some(2024)),
            ("2024-09", Some(2024)),
            ("2024-09-02", Some(2024)),
            ("--09-02", None),
            ("20245", None),
            ("", None),
        ];
        for (s, want) in cases {
            assert_eq!(year_of(s), want, "{s}");
        }
    }

    #[test]
    fn a_summary_drops_the_text_unless_asked_and_keeps_the_signature() {
        let doc = Document {
            id: "a".into(),
            text: "Polisi menangkap tiga tersangka penipuan daring di Batam.".into(),
            ..Document::default()
        };
        let lean = DocSummary::of(&doc, false);
        assert_eq!(lean.text, None);
        assert!(lean.signature.is_some());
        assert_eq!(lean.to_document().text, "");
        assert_eq!(DocSummary::of(&doc, true).to_document().text, doc.text);
    }
}
