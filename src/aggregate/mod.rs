//! Corpus aggregation (codebook §8): stories, claims, the cooperation network,
//! totals and a timeline over many documents.

use serde::{Deserialize, Serialize};

/// The aggregate view of many documents.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// How many documents went in.
    pub documents: usize,
}

impl Corpus {
    /// Builds the corpus of `docs`.
    pub fn build(docs: &[crate::Document]) -> Corpus {
        Corpus {
            documents: docs.len(),
        }
    }
}
