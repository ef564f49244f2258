//! The wasm facade: a thin layer over the core for the page's worker.
//!
//! Results cross as plain objects in the codebook's snake_case names, with
//! spans in UTF-16 code units (what `String.prototype.slice` takes). Errors
//! cross as `Error` objects whose `message` the page shows.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::json_in::FromJson;

use crate::{Analyzer as CoreAnalyzer, Document, Error, ErrorKind, Options};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options for `new Analyzer(options)`. */
export interface AnalyzerOptions {
  /** `YYYY-MM-DD`: the date relative phrases resolve against when an article states none. */
  reference_date?: string | null;
}
/** A `[start, end)` range of UTF-16 code units into `Document.text`. */
export type Span = [number, number];
/** One analyzed article: the shape of shared/CODEBOOK.md §9. */
export interface Document {
  id: string;
  language: "id" | "en" | "ms" | "und";
  title: string | null;
  source: { outlet: string | null; wire: string | null; dateline: string | null;
            authors: string[]; editors: string[]; translators: string[]; year: number | null };
  published: string | null;
  span_unit: "utf8" | "utf16";
  text: string;
  removed: { text: string; reason: string }[];
  warnings: string[];
  countries: { code: string; name: string; mentions: number; spans: Span[] }[];
  regions: { name: string; spans: Span[] }[];
  places: { name: string; country: string | null; spans: Span[] }[];
  organizations: { id: string; name: string; acronym: string | null; kind: string;
                   country: string | null; spans: Span[] }[];
  persons: { name: string; title: string | null; organization: string | null;
             country: string | null; spans: Span[] }[];
  identifiers: { kind: string; value: string; spans: Span[] }[];
  crimes: { label: string; spans: Span[] }[];
  events: { type: string; status: string; countries: string[]; organizations: string[];
            place: string | null; date: string | null; counts: number[];
            origin: string | null; destination: string | null; span: Span }[];
  counts: { value: number; qualifier: string; unit: string | null; kind: string;
            currency: string | null; countries: string[]; place: string | null;
            date: string | null; origin: string | null; destination: string | null;
            cumulative: boolean; span: Span }[];
  dates: { text: string; value: string | null; precision: string; end: string | null;
           basis: string; span: Span }[];
  quotes: { speaker: string | null; text: string; span: Span }[];
}
"#;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[derive(Default)]
struct JsOptions {
    reference_date: Option<String>,
}

impl FromJson for JsOptions {
    fn from_json(v: &serde_json::Value) -> crate::json_in::Res<JsOptions> {
        let o = crate::json_in::object(v, "an options object")?;
        Ok(JsOptions {
            reference_date: crate::json_in::field_or_default(o, "reference_date")?,
        })
    }
}

// Values cross the boundary as JSON text, parsed and written by the engine's own
// JSON: one serde format (serde_json, which the CLI and exports need anyway)
// instead of two keeps the wasm within its size budget (serde-wasm-bindgen's
// second set of (de)serializers for every codebook type cost ~70 KB gzipped),
// and JSON.parse of one string is faster than building objects call by call.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let text = serde_json::to_string(value)?;
    json_parse(&text).map_err(|_| JsError::new("cannot hand the result to JavaScript"))
}

/// Reads a plain object (or its JSON text) into `T`.
fn from_js<T: FromJson>(value: &JsValue, what: &str) -> Result<T, JsError> {
    let text = match value.as_string() {
        Some(text) => text,
        None => json_stringify(value)
            .ok()
            .and_then(|t| t.as_string())
            .ok_or_else(|| JsError::new(&format!("{what} is not a plain object")))?,
    };
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| JsError::new(&format!("{what} cannot be read: {e}")))?;
    T::from_json(&value).map_err(|e| JsError::new(&format!("{what} cannot be read: {e}")))
}

/// Analyzes articles in the browser; create one and reuse it.
#[wasm_bindgen]
pub struct Analyzer {
    core: CoreAnalyzer,
}

#[wasm_bindgen]
impl Analyzer {
    /// Creates an analyzer. `options` is an `AnalyzerOptions` object, or undefined.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<Analyzer, JsError> {
        let js: JsOptions = if options.is_undefined() || options.is_null() {
            JsOptions::default()
        } else {
            from_js(&options, "the analyzer options")?
        };
        let reference_date = match js.reference_date.as_deref().filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => {
                let r = crate::recognize::Reference::parse_iso(s)
                    .and_then(|r| Some((r.year?, r.month?, r.day?)));
                let bad = || {
                    Error::new(
                        "options",
                        ErrorKind::Format(format!("reference_date `{s}` is not YYYY-MM-DD")),
                    )
                };
                Some(r.ok_or_else(bad)?)
            }
        };
        Ok(Analyzer {
            core: CoreAnalyzer::new(Options { reference_date }),
        })
    }

    /// Analyzes the bytes of a dropped or picked file; the format comes from
    /// `name`'s extension and the encoding is detected. Throws with a message
    /// naming the file when it is not a text article.
    #[wasm_bindgen(js_name = analyzeFile, unchecked_return_type = "Document")]
    pub fn analyze_file(&self, name: &str, bytes: &[u8]) -> Result<JsValue, JsError> {
        let doc: Document = self.core.analyze_file(name, bytes)?.into_utf16();
        to_js(&doc)
    }

    /// Analyzes pasted text; an empty `id` gives a content hash as the id.
    #[wasm_bindgen(js_name = analyzeText, unchecked_return_type = "Document")]
    pub fn analyze_text(&self, id: &str, text: &str) -> Result<JsValue, JsError> {
        to_js(&self.core.analyze_text(id, text).into_utf16())
    }

    /// The version of the Lintas core.
    pub fn version() -> String {
        crate::version().to_string()
    }
}

// ---------------------------------------------------------------------------
// Corpus: many documents folded into stories, claims, totals and a network.

#[wasm_bindgen(typescript_custom_section)]
const TS_CORPUS_TYPES: &'static str = r#"
/** Options for `new Corpus(options)`. */
export interface CorpusOptions {
  /** Organizations become nodes of the cooperation network next to countries. */
  organization_nodes?: boolean;
  /** Document summaries keep their text, so `exportJson()` carries it. */
  keep_text?: boolean;
}
/** Where a fact stands: a document and spans in its text. */
export interface Evidence { document: string; spans: Span[] }
/** What `Corpus.view()` returns, and what `exportJson()` writes as JSON. */
export interface CorpusView {
  format: "lintas-corpus";
  version: number;
  options: CorpusOptions;
  document_count: number;
  /** One summary per document: its facts, source, dates and text signature (text only with keep_text). */
  documents: (Omit<Document, "text" | "removed" | "warnings"> & { text: string | null; signature: string | null })[];
  stories: { id: string; documents: string[]; sources: string[]; languages: string[]; title: string | null;
             first_published: string | null; last_published: string | null;
             links: { documents: [string, string]; basis: "identical" | "text" | "facts"; similarity: number | null }[] }[];
  claims: { id: string; kind: string; value: number; currency: string | null; countries: string[];
            cumulative: boolean; qualifiers: string[]; date: string | null; year: number | null;
            stories: string[]; documents: string[]; sources: string[];
            first_reported: string | null; last_reported: string | null; evidence: Evidence[] }[];
  totals: Record<"by_kind" | "by_country" | "by_pair" | "by_year",
                 { kind: string; currency: string | null; key: string; value: number;
                   claims: string[]; documents: string[]; evidence: Evidence[] }[]>;
  network: {
    nodes: { id: string; kind: "country" | "organization"; name: string; events: number; degree: number; documents: string[] }[];
    edges: { source: string; target: string; weight: number;
             events: { id: string; type: string; date: string | null; story: string; evidence: Evidence[] }[] }[];
  };
  timeline: { id: string; date: string | null; date_basis: "event" | "published" | "unknown"; type: string;
              status: string; countries: string[]; organizations: string[]; place: string | null;
              story: string; evidence: Evidence[] }[];
  distributions: Record<"crimes" | "countries" | "organizations" | "persons" | "places" | "identifiers",
                        { key: string; name: string; kind: string | null; country: string | null; mentions: number;
                          stories: string[]; documents: string[]; evidence: Evidence[] }[]>
                 & { shared_identifiers: string[] };
}
"#;

/// Folds analyzed documents into stories, claims, totals, a cooperation
/// network and a timeline; grows one document at a time and merges exports.
#[wasm_bindgen(js_name = Corpus)]
pub struct CorpusHandle {
    core: crate::aggregate::Corpus,
}

#[wasm_bindgen(js_class = Corpus)]
impl CorpusHandle {
    /// Creates an empty corpus. `options` is a `CorpusOptions` object, or undefined.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<CorpusHandle, JsError> {
        let options: crate::aggregate::CorpusOptions =
            if options.is_undefined() || options.is_null() {
                Default::default()
            } else {
                from_js(&options, "the corpus options")?
            };
        Ok(CorpusHandle {
            core: crate::aggregate::Corpus::with_options(options),
        })
    }

    /// Adds a `Document` (the object `analyzeFile`/`analyzeText` return, or
    /// its JSON text); a document with the same id is replaced.
    pub fn add(&mut self, document: JsValue) -> Result<(), JsError> {
        // A document's JSON is a summary's with its text: read it as one, so
        // the wasm carries one reader (and `add_summary` computes the
        // signature and drops the text as `add` would).
        let summary: crate::aggregate::DocSummary = from_js(&document, "the document")?;
        self.core.add_summary(summary);
        Ok(())
    }

    /// Removes the document `id`; returns whether it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        self.core.remove(id)
    }

    /// Merges an export (the text `exportJson()` wrote, here or on a
    /// colleague's machine); documents in both are kept once.
    pub fn merge(&mut self, export: &str) -> Result<(), JsError> {
        let export = export.trim_start_matches('\u{feff}');
        let bad = |e: String| JsError::new(&format!("cannot read the corpus export: {e}"));
        let value: serde_json::Value =
            serde_json::from_str(export).map_err(|e| bad(e.to_string()))?;
        let other = crate::aggregate::Corpus::from_json(&value).map_err(bad)?;
        self.core.merge(other);
        Ok(())
    }

    /// The number of documents.
    #[wasm_bindgen(getter)]
    pub fn size(&self) -> usize {
        self.core.len()
    }

    /// The whole corpus as a plain object: summaries and derived views.
    #[wasm_bindgen(unchecked_return_type = "CorpusView")]
    pub fn view(&self) -> Result<JsValue, JsError> {
        to_js(&self.core)
    }

    /// The whole corpus as JSON text, to save and to merge elsewhere.
    #[wasm_bindgen(js_name = exportJson)]
    pub fn export_json(&self) -> String {
        crate::export::json(&self.core)
    }

    /// One CSV table (`events`, `counts`, `claims`, `entities`, `edges`,
    /// `stories` or `totals`), UTF-8 text starting with a BOM.
    #[wasm_bindgen(js_name = exportCsv)]
    pub fn export_csv(&self, table: &str) -> Result<String, JsError> {
        let t = crate::export::Table::parse(table)
            .ok_or_else(|| JsError::new(&format!("unknown table `{table}`")))?;
        Ok(crate::export::csv_table(&self.core, t))
    }
}
