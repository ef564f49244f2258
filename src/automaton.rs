//! The Aho-Corasick automata of every table, built and searched through one
//! small type.
//!
//! `aho_corasick::AhoCorasick` keeps its automaton behind an `Arc<dyn _>`, so
//! the wasm carried all three automaton kinds (noncontiguous NFA, contiguous
//! NFA, DFA) with every trait method and their `Debug` impls, whichever were
//! built. [`AhoCorasick`] makes the same choice `AhoCorasickBuilder` makes
//! with no kind set (a DFA for at most 100 patterns unless both anchored and
//! unanchored searches are asked for, else a contiguous NFA), from the same
//! noncontiguous NFA, and searches it with the same code, so matches are
//! those of `aho_corasick::AhoCorasick`; only the noncontiguous NFA, used
//! there when a contiguous one cannot be built (more states than it can
//! address, far beyond these tables), is not a fallback here: building fails.
//!
//! [`build`] is not generic over its pattern iterator: each call site's
//! iterator type would compile another copy of the whole construction.

use aho_corasick::automaton::{Automaton, FindIter as AFindIter, FindOverlappingIter as AOverIter};
use aho_corasick::nfa::{contiguous, noncontiguous};
use aho_corasick::{dfa, BuildError};
pub(crate) use aho_corasick::{Anchored, Input, Match, MatchKind, StartKind};

/// The settings of an [`AhoCorasick`], as `aho_corasick::AhoCorasickBuilder`
/// takes them.
#[derive(Clone, Debug, Default)]
pub(crate) struct AhoCorasickBuilder {
    nfa_noncontiguous: noncontiguous::Builder,
    nfa_contiguous: contiguous::Builder,
    dfa: dfa::Builder,
    start_kind: StartKind,
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
        self.dfa.match_kind(kind);
        self
    }

    /// Which searches (anchored, unanchored or both) the automaton supports.
    pub(crate) fn start_kind(&mut self, kind: StartKind) -> &mut AhoCorasickBuilder {
        self.dfa.start_kind(kind);
        self.start_kind = kind;
        self
    }

    /// Whether ASCII letters match regardless of case.
    pub(crate) fn ascii_case_insensitive(&mut self, yes: bool) -> &mut AhoCorasickBuilder {
        self.nfa_noncontiguous.ascii_case_insensitive(yes);
        self.nfa_contiguous.ascii_case_insensitive(yes);
        self.dfa.ascii_case_insensitive(yes);
        self
    }
}

enum Kind {
    Dfa(dfa::DFA),
    Nfa(contiguous::NFA),
}

/// A built automaton: `aho_corasick::AhoCorasick`'s search methods, the
/// automaton kinds this crate builds only.
pub(crate) struct AhoCorasick {
    kind: Kind,
}

/// Non-overlapping matches, left to right.
pub(crate) enum FindIter<'a, 'h> {
    Dfa(AFindIter<'a, 'h, dfa::DFA>),
    Nfa(AFindIter<'a, 'h, contiguous::NFA>),
}

impl Iterator for FindIter<'_, '_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        match self {
            FindIter::Dfa(it) => it.next(),
            FindIter::Nfa(it) => it.next(),
        }
    }
}

/// Overlapping matches (standard match semantics only).
pub(crate) enum FindOverlappingIter<'a, 'h> {
    Dfa(AOverIter<'a, 'h, dfa::DFA>),
    Nfa(AOverIter<'a, 'h, contiguous::NFA>),
}

impl Iterator for FindOverlappingIter<'_, '_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        match self {
            FindOverlappingIter::Dfa(it) => it.next(),
            FindOverlappingIter::Nfa(it) => it.next(),
        }
    }
}

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
        match &self.kind {
            Kind::Dfa(a) => a.try_find(input),
            Kind::Nfa(a) => a.try_find(input),
        }
        .expect(NO_FAIL)
    }

    /// All non-overlapping matches.
    pub(crate) fn find_iter<'a, 'h, I: Into<Input<'h>>>(&'a self, input: I) -> FindIter<'a, 'h> {
        let input = input.into();
        match &self.kind {
            Kind::Dfa(a) => FindIter::Dfa(a.try_find_iter(input).expect(NO_FAIL)),
            Kind::Nfa(a) => FindIter::Nfa(a.try_find_iter(input).expect(NO_FAIL)),
        }
    }

    /// All matches, overlapping ones included.
    pub(crate) fn find_overlapping_iter<'a, 'h, I: Into<Input<'h>>>(
        &'a self,
        input: I,
    ) -> FindOverlappingIter<'a, 'h> {
        let input = input.into();
        match &self.kind {
            Kind::Dfa(a) => {
                FindOverlappingIter::Dfa(a.try_find_overlapping_iter(input).expect(NO_FAIL))
            }
            Kind::Nfa(a) => {
                FindOverlappingIter::Nfa(a.try_find_overlapping_iter(input).expect(NO_FAIL))
            }
        }
    }
}

/// Builds the automaton of `patterns`: a DFA for at most 100 patterns (unless
/// `StartKind::Both`), else a contiguous NFA, as `AhoCorasickBuilder::build`
/// chooses.
#[inline(never)]
pub(crate) fn build(
    builder: &AhoCorasickBuilder,
    patterns: &[&str],
) -> Result<AhoCorasick, BuildError> {
    let nfa = builder.nfa_noncontiguous.build(patterns)?;
    if !matches!(builder.start_kind, StartKind::Both) && nfa.patterns_len() <= 100 {
        if let Ok(dfa) = builder.dfa.build_from_noncontiguous(&nfa) {
            return Ok(AhoCorasick {
                kind: Kind::Dfa(dfa),
            });
        }
    }
    let nfa = builder.nfa_contiguous.build_from_noncontiguous(&nfa)?;
    Ok(AhoCorasick {
        kind: Kind::Nfa(nfa),
    })
}
