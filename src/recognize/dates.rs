//! Dates of codebook §6: explicit, weekday + day/month, ranges and relative phrases.

use super::Context;
use crate::model::Document;

/// Appends what this recognizer finds in `ctx.text` to `doc`.
pub fn recognize(ctx: &Context, doc: &mut Document) {
    let _ = (ctx, doc);
}
