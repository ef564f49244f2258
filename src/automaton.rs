//! One compiled copy of aho-corasick's automaton builder.
//!
//! `AhoCorasickBuilder::build` is generic over its pattern iterator, and each
//! call site's iterator type (an array, a `Vec<String>`, a mapped iterator)
//! compiled another copy of the whole construction (trie, NFA, DFA) into the
//! wasm. Every table builds through this function, with patterns as `&[&str]`.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, BuildError};

/// `builder.build(patterns)`.
#[inline(never)]
pub(crate) fn build(
    builder: &AhoCorasickBuilder,
    patterns: &[&str],
) -> Result<AhoCorasick, BuildError> {
    builder.build(patterns)
}
