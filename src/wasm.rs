//! The wasm facade: a thin layer over the core for the page's worker.
//!
//! Results cross as plain objects in the codebook's snake_case names, with
//! spans in UTF-16 code units (what `String.prototype.slice` takes). Errors
//! cross as `Error` objects whose `message` the page shows.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

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

#[derive(Deserialize, Default)]
#[serde(default)]
struct JsOptions {
    reference_date: Option<String>,
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    Ok(value.serialize(&serializer)?)
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
            serde_wasm_bindgen::from_value(options)?
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
