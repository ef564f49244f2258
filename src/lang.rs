//! Language identification for Indonesian, Malay and English.

use crate::model::Lang;

/// The language of `text`.
pub fn detect(text: &str) -> Lang {
    let _ = text;
    Lang::Und
}
