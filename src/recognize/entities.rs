//! Countries, regions, places and organizations from the gazetteers in `data/`, and unseen organizations by their shape.

use super::Context;
use crate::model::Document;

/// Appends what this recognizer finds in `ctx.text` to `doc`.
pub fn recognize(ctx: &Context, doc: &mut Document) {
    let _ = (ctx, doc);
}
