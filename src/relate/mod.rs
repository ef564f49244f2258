//! Relating verbs and numbers to their actors: events (codebook §4) and the
//! kinds, countries, places and dates of counts (codebook §5).

use crate::model::Document;
use crate::recognize::Context;

/// Builds the events of `doc` and fills in the actors of its counts.
pub fn relate(ctx: &Context, doc: &mut Document) {
    let _ = (ctx, doc);
}
