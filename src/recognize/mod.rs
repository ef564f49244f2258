//! Recognizers: each finds one kind of fact in the clean text and appends it,
//! with its spans, to the document. They run in an order where later ones may
//! read what earlier ones found (persons read organizations; quotes read
//! persons).

mod calendar;
pub mod checksum;
pub mod crimes;
pub mod dates;
pub mod entities;
pub mod gazetteer;
pub mod identifiers;
pub mod numbers;
pub mod persons;
pub mod quotes;
pub mod speech;
pub(crate) mod tokens;
pub mod words;

use crate::model::{Document, Lang, Span};

/// What every recognizer may read.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The clean text all spans point into.
    pub text: &'a str,
    /// The article's language.
    pub lang: Lang,
    /// Sentence spans, in order.
    pub sentences: &'a [Span],
    /// The date relative phrases resolve against.
    pub reference: Reference,
}

impl Context<'_> {
    /// The index of the sentence holding byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.1 <= at);
        (i < self.sentences.len() && self.sentences[i].0 <= at).then_some(i)
    }
}

/// The date relative phrases resolve against; each part may be unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reference {
    /// The year.
    pub year: Option<i32>,
    /// The month, 1–12.
    pub month: Option<u32>,
    /// The day of the month.
    pub day: Option<u32>,
}

impl Reference {
    /// A full date.
    pub fn day(year: i32, month: u32, day: u32) -> Reference {
        Reference {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        }
    }

    /// Only a year.
    pub fn year(year: i32) -> Reference {
        Reference {
            year: Some(year),
            ..Reference::default()
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything after the day is ignored).
    pub fn parse_iso(s: &str) -> Option<Reference> {
        let mut parts = s.get(..10.min(s.len()))?.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts
            .next()
            .and_then(|m| m.parse().ok())
            .filter(|m| (1..=12).contains(m));
        let day = parts
            .next()
            .and_then(|d| d.parse().ok())
            .filter(|d| (1..=31).contains(d));
        Some(Reference {
            year: Some(year),
            month,
            day: month.and(day),
        })
    }
}

/// Runs every recognizer over the text, in order.
pub fn recognize(ctx: &Context, doc: &mut Document) {
    // Related links and credits, skipped by both: found once.
    let links = words::link_spans(ctx.text);
    entities::recognize_beside(ctx, doc, &links);
    persons::recognize_beside(ctx, doc, &links);
    identifiers::recognize(ctx, doc);
    crimes::recognize(ctx, doc);
    // Dates and numbers read the same tokens: tokenized once.
    let sentences = tokens::SentenceTokens::of(ctx.text, ctx.sentences);
    dates::recognize_tokens(ctx, doc, &sentences);
    numbers::recognize_tokens(ctx, doc, &sentences);
    quotes::recognize(ctx, doc);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_parses_iso_dates_and_timestamps() {
        assert_eq!(
            Reference::parse_iso("2024-09-02T10:00:00+07:00"),
            Some(Reference::day(2024, 9, 2))
        );
        assert_eq!(Reference::parse_iso("2024"), Some(Reference::year(2024)));
        assert_eq!(Reference::parse_iso("kemarin"), None);
    }
}
