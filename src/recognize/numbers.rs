//! Numbers with Indonesian and English separators and number words, as counts of codebook §5.

use super::Context;
use crate::model::Document;

/// Appends what this recognizer finds in `ctx.text` to `doc`.
pub fn recognize(ctx: &Context, doc: &mut Document) {
    let _ = (ctx, doc);
}
