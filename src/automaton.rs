//! The Aho-Corasick automata of every table, built and searched through one
//! small type.
//!
//! `aho_corasick::AhoCorasick` keeps its automaton behind an `Arc<dyn _>`, so
//! the wasm carried all three automaton kinds (noncontiguous NFA, contiguous
//! NFA, DFA) with every trait method and their `Debug` impls, whichever were
//! built. [`AhoCorasick`] is always a contiguous NFA, built from the same
//! noncontiguous NFA with the same settings and searched with the same code
//! as `aho_corasick::AhoCorasick`'s, so its matches are the same (every kind
//! reports the same matches; they differ in speed and memory only).
//! `AhoCorasickBuilder` would choose a DFA for tables of at most 100 patterns:
//! leaving the DFA out saved ~2.5 KB of the gzipped wasm, and `lintas
//! analyze` over 300 generated articles took as long (0.26–0.28 s either way).
//! A contiguous NFA cannot be built only past 2^31 states, far beyond these
//! tables; building then fails rather than falling back to the noncontiguous
//! NFA.
//!
//! [`build`] is not generic over its pattern iterator: each call site's
//! iterator type would compile another copy of the whole construction.

use aho_corasick::automaton::{Automaton, FindIter as AFindIter, FindOverlappingIter as AOverIter};
use aho_corasick::nfa::{contiguous, noncontiguous};
use aho_corasick::BuildError;
pub(crate) use aho_corasick::{Input, Match, MatchKind, StartKind};

/// The settings of an [`AhoCorasick`], as `aho_corasick::AhoCorasickBuilder`
/// takes them.
#[derive(Clone, Debug, Default)]
pub(crate) struct AhoCorasickBuilder {
    nfa_noncontiguous: noncontiguous::Builder,
    nfa_contiguous: contiguous::Builder,
}

impl AhoCorasickBuilder {
    /// The default settings: standard match semantics, case sensitive,
    /// unanchored searches.
    pub(crate) fn new() -> AhoCorasickBuilder {
        AhoCorasickBuilder::default()
    }

    /// The match semantics.
    pub(crate) fn match_kind(&mut self, kind: MatchKind) -> &mut AhoCorasickBuilder {
        self.nfa_noncontiguous.match_kind(kind);
        self.nfa_contiguous.match_kind(kind);
        self
    }

    /// Which searches (anchored, unanchored or both) the automaton supports.
    /// A contiguous NFA supports both whatever is asked: the setting, which
    /// chose against a DFA, is kept so that call sites read as with
    /// `aho_corasick`.
    pub(crate) fn start_kind(&mut self, _kind: StartKind) -> &mut AhoCorasickBuilder {
        self
    }

    /// Whether ASCII letters match regardless of case.
    pub(crate) fn ascii_case_insensitive(&mut self, yes: bool) -> &mut AhoCorasickBuilder {
        self.nfa_noncontiguous.ascii_case_insensitive(yes);
        self.nfa_contiguous.ascii_case_insensitive(yes);
        self
    }
}

/// A built automaton: `aho_corasick::AhoCorasick`'s search methods over a
/// contiguous NFA.
pub(crate) struct AhoCorasick {
    nfa: contiguous::NFA,
}

/// Non-overlapping matches, left to right.
pub(crate) type FindIter<'a, 'h> = AFindIter<'a, 'h, contiguous::NFA>;

/// Overlapping matches (standard match semantics only).
pub(crate) type FindOverlappingIter<'a, 'h> = AOverIter<'a, 'h, contiguous::NFA>;

const NO_FAIL: &str = "AhoCorasick search is not expected to fail";

impl AhoCorasick {
    /// A builder with the default settings.
    pub(crate) fn builder() -> AhoCorasickBuilder {
        AhoCorasickBuilder::new()
    }

    /// The leftmost match (by the match semantics), if any.
    pub(crate) fn find<'h, I: Into<Input<'h>>>(&self, input: I) -> Option<Match> {
        self.try_find(&input.into())
    }

    /// Whether anything matches.
    pub(crate) fn is_match<'h, I: Into<Input<'h>>>(&self, input: I) -> bool {
        self.try_find(&input.into().earliest(true)).is_some()
    }

    #[inline(never)]
    fn try_find(&self, input: &Input<'_>) -> Option<Match> {
        self.nfa.try_find(input).expect(NO_FAIL)
    }

    /// All non-overlapping matches.
    pub(crate) fn find_iter<'a, 'h, I: Into<Input<'h>>>(&'a self, input: I) -> FindIter<'a, 'h> {
        self.nfa.try_find_iter(input.into()).expect(NO_FAIL)
    }

    /// All matches, overlapping ones included.
    pub(crate) fn find_overlapping_iter<'a, 'h, I: Into<Input<'h>>>(
        &'a self,
        input: I,
    ) -> FindOverlappingIter<'a, 'h> {
        self.nfa
            .try_find_overlapping_iter(input.into())
            .expect(NO_FAIL)
    }
}

/// Builds the automaton of `patterns`.
#[inline(never)]
pub(crate) fn build(
    builder: &AhoCorasickBuilder,
    patterns: &[&str],
) -> Result<AhoCorasick, BuildError> {
    let nfa = builder.nfa_noncontiguous.build(patterns)?;
    let nfa = builder.nfa_contiguous.build_from_noncontiguous(&nfa)?;
    Ok(AhoCorasick { nfa })
}
