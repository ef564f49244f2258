//! Lintas turns news articles about transnational online scams into facts an
//! analyst can count and check, each with the exact span of text it came from.
//!
//! One article goes through a pipeline of plain functions over `&str`:
//!
//! 1. [`input`] decodes the bytes (UTF-8, UTF-16 with BOM, Windows-1252) and
//!    takes the article body out of HTML, Markdown or plain text;
//! 2. [`clean`] cuts boilerplate lines and tails (related links, share widgets,
//!    captcha text, copyright notices, bylines) and moves bylines and copyright
//!    into the document's `source`;
//! 3. [`lang`] tells Indonesian, Malay and English apart;
//! 4. [`segment`] splits the clean text into sentences;
//! 5. [`recognize`] finds countries, regions, places, organizations, persons,
//!    identifiers, crime types, numbers, dates and quotes;
//! 6. [`relate`] ties verbs and numbers to their actors: events and counts;
//! 7. [`aggregate`] folds many documents into a corpus: stories, claims,
//!    the cooperation network, totals and a timeline.
//!
//! ```
//! let analyzer = lintas::Analyzer::default();
//! let doc = analyzer.analyze_text(
//!     "pasted",
//!     "Lebih dari 3.200 tersangka dipulangkan dari Myanmar ke Tiongkok.",
//! );
//! let codes: Vec<&str> = doc.countries.iter().map(|c| c.code.as_str()).collect();
//! assert!(codes.contains(&"MM") && codes.contains(&"CN"));
//! ```
//!
//! The same core runs natively (the `lintas` CLI, tests, benchmarks) and in the
//! browser through the wasm facade, which is compiled only for `wasm32`.
#![deny(missing_docs)]
// Tests compare with the standard case mappings that clippy.toml keeps out of the crate.
#![cfg_attr(test, allow(clippy::disallowed_methods))]

pub mod aggregate;
mod automaton;
mod case;
mod case_tables;
pub mod clean;
mod data_file;
pub mod error;
pub mod eval;
pub mod export;
mod fnv;
pub mod input;
pub(crate) mod json_in;
pub mod lang;
pub mod model;
pub mod offsets;
pub mod recognize;
pub mod relate;
pub mod segment;
pub mod sort;
#[cfg(test)]
mod test_texts;
mod trie;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub(crate) use case::uppercase;
pub use error::{Error, ErrorKind};
pub use model::Document;

use recognize::{Context, Reference};

/// The largest input accepted, in bytes. Larger files are refused with a clear
/// message rather than freezing the page.
pub const MAX_INPUT_BYTES: usize = 8 * 1024 * 1024;

/// Settings for an [`Analyzer`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The date relative phrases ("pekan lalu", "Kamis (14/8)") resolve against
    /// when the article states none: `(year, month, day)`.
    pub reference_date: Option<(i32, u32, u32)>,
}

/// Analyzes articles with one set of [`Options`].
#[derive(Clone, Debug, Default)]
pub struct Analyzer {
    options: Options,
}

impl Analyzer {
    /// An analyzer with these options.
    pub fn new(options: Options) -> Analyzer {
        Analyzer { options }
    }

    /// The options in force.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Analyzes the bytes of a file called `name`; its format is taken from the
    /// name's extension (`.html`, `.htm`, `.md`, otherwise plain text) and its
    /// encoding is detected.
    pub fn analyze_file(&self, name: &str, bytes: &[u8]) -> Result<Document, Error> {
        if bytes.len() > MAX_INPUT_BYTES {
            let kind = ErrorKind::TooLarge {
                size: bytes.len(),
                limit: MAX_INPUT_BYTES,
            };
            return Err(Error::new(name, kind));
        }
        let decoded = input::decode(bytes).ok_or_else(|| Error::new(name, ErrorKind::NotText))?;
        let format = input::Format::from_name(name, &decoded.text);
        let mut doc = self.analyze_raw(name, input::extract(&decoded.text, format));
        if let Some(w) = decoded.warning {
            doc.warnings.insert(0, w);
        }
        if doc.text.trim().is_empty() {
            return Err(Error::new(name, ErrorKind::Empty));
        }
        Ok(doc)
    }

    /// Analyzes pasted text. `id` names the document; pass an empty string to
    /// get a content hash. Text that looks like HTML is treated as HTML.
    pub fn analyze_text(&self, id: &str, text: &str) -> Document {
        let id = if id.is_empty() {
            content_id(text)
        } else {
            id.to_string()
        };
        let format = input::Format::from_name("", text);
        self.analyze_raw(&id, input::extract(text, format))
    }

    fn analyze_raw(&self, id: &str, raw: input::RawArticle) -> Document {
        let cleaned = clean::clean(raw);
        let mut doc = Document {
            id: id.to_string(),
            language: lang::detect(&cleaned.text),
            title: cleaned.title,
            source: cleaned.source,
            published: cleaned.published,
            removed: cleaned.removed,
            warnings: cleaned.warnings,
            ..Document::default()
        };
        let text = cleaned.text;
        let sentences = segment::sentences(&text);
        let ctx = Context {
            text: &text,
            lang: doc.language,
            sentences: &sentences,
            reference: self.reference(&doc),
        };
        recognize::recognize(&ctx, &mut doc);
        relate::relate(&ctx, &mut doc);
        doc.text = text;
        doc
    }

    /// The date relative phrases resolve against: the user's, else the stated
    /// publication date, else the copyright year.
    fn reference(&self, doc: &Document) -> Reference {
        if let Some((year, month, day)) = self.options.reference_date {
            return Reference::day(year, month, day);
        }
        if let Some(r) = doc.published.as_deref().and_then(Reference::parse_iso) {
            return r;
        }
        match doc.source.year {
            Some(year) => Reference::year(year),
            None => Reference::default(),
        }
    }
}

/// A stable id for pasted text: `text-` and 16 hex digits of an FNV-1a hash.
pub fn content_id(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("text-{h:016x}")
}

/// The version of this crate.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}
