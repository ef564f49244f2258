//! Crime types of codebook §3, from cue lists in Indonesian, Malay and English.

use super::Context;
use crate::model::Document;

/// Appends what this recognizer finds in `ctx.text` to `doc`.
pub fn recognize(ctx: &Context, doc: &mut Document) {
    let _ = (ctx, doc);
}
