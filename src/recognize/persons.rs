//! Persons with their titles, organizations and countries, and later surname-only mentions.

use super::Context;
use crate::model::Document;

/// Appends what this recognizer finds in `ctx.text` to `doc`.
pub fn recognize(ctx: &Context, doc: &mut Document) {
    let _ = (ctx, doc);
}
