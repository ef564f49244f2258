//! A byte trie over lowercase keys, walked from chosen positions with ASCII
//! letters folded to lowercase, and the phrase tables searched through it.
//!
//! An aho-corasick automaton reads every byte of a text and follows failure
//! links to find matches that start anywhere. The gazetteer and the cue
//! tables of `numbers` and `crimes` keep only matches that open a word, so
//! walking a trie from each word start finds the same matches for a fraction
//! of the work, and the trie needs no failure links to build.

use std::collections::HashMap;

use crate::recognize::tokens::char_at;

/// A byte trie over distinct lowercase keys.
pub(crate) struct Trie {
    /// Per node: its first edge, its number of edges, and the key ending
    /// there (`u32::MAX` for none).
    nodes: Vec<(u32, u32, u32)>,
    /// Edges by node, each node's sorted by byte: (byte, child node).
    edges: Vec<(u8, u32)>,
    /// The root's child by byte, `u32::MAX` for none.
    root: Vec<u32>,
}

impl Trie {
    /// The trie of `keys` (distinct); a key's id is its index.
    pub(crate) fn new(keys: &[&str]) -> Trie {
        let mut order: Vec<u32> = (0..keys.len() as u32).collect();
        crate::sort::sort_by(&mut order, |a, b| {
            keys[*a as usize]
                .as_bytes()
                .cmp(keys[*b as usize].as_bytes())
        });
        let mut nodes = vec![(0u32, 0u32, u32::MAX)];
        let mut edges: Vec<(u8, u32)> = Vec::new();
        // Depth first: a node, its keys (a range of `order`) and its depth;
        // each node's edges are laid out together when it is taken.
        let mut stack = vec![(0u32, 0usize, order.len(), 0usize)];
        while let Some((node, mut lo, hi, depth)) = stack.pop() {
            if lo < hi && keys[order[lo] as usize].len() == depth {
                nodes[node as usize].2 = order[lo];
                lo += 1;
            }
            let first = edges.len();
            while lo < hi {
                let b = keys[order[lo] as usize].as_bytes()[depth];
                let mut end = lo + 1;
                while end < hi && keys[order[end] as usize].as_bytes()[depth] == b {
                    end += 1;
                }
                let child = nodes.len() as u32;
                nodes.push((0, 0, u32::MAX));
                edges.push((b, child));
                stack.push((child, lo, end, depth + 1));
                lo = end;
            }
            nodes[node as usize].0 = first as u32;
            nodes[node as usize].1 = (edges.len() - first) as u32;
        }
        let mut root = vec![u32::MAX; 256];
        let (first, n, _) = nodes[0];
        for &(b, child) in &edges[first as usize..(first + n) as usize] {
            root[b as usize] = child;
        }
        Trie { nodes, edges, root }
    }

    /// Calls `f(key, end)` for every key that `hay[at..]` starts with,
    /// shortest first.
    pub(crate) fn each_prefix(&self, hay: &[u8], at: usize, mut f: impl FnMut(usize, usize)) {
        let root = self.nodes[0].2;
        if root != u32::MAX {
            f(root as usize, at);
        }
        let mut i = at;
        let mut node = match hay.get(i) {
            Some(b) => self.root[b.to_ascii_lowercase() as usize],
            None => return,
        };
        while node != u32::MAX {
            i += 1;
            let (first, n, key) = self.nodes[node as usize];
            if key != u32::MAX {
                f(key as usize, i);
            }
            let Some(b) = hay.get(i).map(u8::to_ascii_lowercase) else {
                break;
            };
            // Below the root a node has few edges: a scan of the sorted bytes.
            node = u32::MAX;
            for &(eb, child) in &self.edges[first as usize..(first + n) as usize] {
                if eb >= b {
                    if eb == b {
                        node = child;
                    }
                    break;
                }
            }
        }
    }

    /// Whether a key opens with the byte `b` (ASCII case folded): a cheap
    /// test before [`Trie::longest`] at many positions.
    #[inline]
    pub(crate) fn opens_with(&self, b: u8) -> bool {
        self.root[b.to_ascii_lowercase() as usize] != u32::MAX
    }

    /// The longest key that `hay[at..]` starts with: its id and end, as an
    /// anchored leftmost-longest ASCII-case-insensitive aho-corasick search
    /// finds it.
    pub(crate) fn longest(&self, hay: &[u8], at: usize) -> Option<(usize, usize)> {
        let mut best = None;
        self.each_prefix(hay, at, |key, end| best = Some((key, end)));
        best
    }
}

/// Phrases matched ignoring ASCII case, from the starts a table allows.
pub(crate) struct Phrases {
    trie: Trie,
    /// Per trie key, the phrases that lowercase to it, ascending.
    ids: Vec<Vec<usize>>,
}

impl Phrases {
    /// The table of `phrases` (none empty); a phrase's id is its index.
    pub(crate) fn new(phrases: &[&str]) -> Phrases {
        // One key per lowercase form, numbered in order of first use (the
        // map type the gazetteer builds its keys with, as the wasm has it).
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut keys: Vec<String> = Vec::new();
        let mut ids: Vec<Vec<usize>> = Vec::new();
        for (i, p) in phrases.iter().enumerate() {
            let key = p.to_ascii_lowercase();
            let k = *index.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                ids.push(Vec::new());
                ids.len() - 1
            });
            ids[k].push(i);
        }
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        Phrases {
            trie: Trie::new(&keys),
            ids,
        }
    }

    /// Every match `(start, end, phrase)` that starts at a char boundary
    /// where `starts` holds of the char before (`None` at the text's start)
    /// and the char there: the matches of an overlapping ASCII-case-insensitive
    /// aho-corasick search with standard semantics that start there. They
    /// come by start, then end, then phrase; the search reports them by end
    /// instead, so matches that share a start come in the same order
    /// (what a stable sort keyed on the start keeps).
    pub(crate) fn find_overlapping(
        &self,
        text: &str,
        starts: impl Fn(Option<char>, char) -> bool,
    ) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut before = None;
        let mut at = 0;
        while let Some(c) = char_at(text, at) {
            if starts(before, c) {
                self.trie.each_prefix(text.as_bytes(), at, |key, end| {
                    out.extend(self.ids[key].iter().map(|&id| (at, end, id)));
                });
            }
            before = Some(c);
            at += c.len_utf8();
        }
        out
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The fixtures and samples, and edge cases.
    pub(crate) fn texts() -> Vec<String> {
        let mut texts = vec![
            String::new(),
            "A total of 5 SCAM scammers, Scam-scam; é-scam (scam) TOTALNYA total".to_string(),
        ];
        texts.extend(crate::test_texts::texts());
        texts
    }

    /// Asserts that `Phrases` gives, from the starts `starts` allows, the
    /// matches of an overlapping automaton search over `phrases` with such a
    /// start, in the automaton's order once stably sorted by start, on every
    /// text; returns how many it found.
    pub(crate) fn assert_same_as_the_automaton(
        phrases: &[&str],
        starts: impl Fn(Option<char>, char) -> bool + Copy,
    ) -> usize {
        use crate::automaton::{AhoCorasick, MatchKind};
        let ac = crate::automaton::build(
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard),
            phrases,
        )
        .unwrap();
        let table = Phrases::new(phrases);
        let mut found = 0;
        for text in texts() {
            let mut want: Vec<(usize, usize, usize)> = ac
                .find_overlapping_iter(&text)
                .filter(|m| {
                    text.is_char_boundary(m.start()) && {
                        let (before, at) = text.split_at(m.start());
                        starts(before.chars().next_back(), at.chars().next().unwrap_or(' '))
                    }
                })
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            crate::sort::sort_by_key(&mut want, |m| m.0);
            assert_eq!(table.find_overlapping(&text, starts), want);
            found += want.len();
        }
        found
    }

    #[test]
    fn phrases_find_what_the_automaton_finds_from_their_starts() {
        let phrases = [
            "scam",
            "Scam",
            "scammer",
            "SCAM",
            "scam-scam",
            "total",
            "a total of",
            "a",
            "é",
            "é-scam",
            "(scam)",
            "nya",
            "to",
        ];
        let word_start = |c: Option<char>, _| !c.is_some_and(char::is_alphanumeric);
        assert!(assert_same_as_the_automaton(&phrases, word_start) > 50);
        assert!(assert_same_as_the_automaton(&phrases, |_, _| true) > 100);
    }
}
