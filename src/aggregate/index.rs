//! The incremental candidate index behind stories, and a union-find.
//!
//! [`CappedIndex`] files members under keys (LSH bands, fact fingerprints) and
//! keeps the verified pairs that share a key. A key shared by more than `cap`
//! members is a "stop key" (a band of common boilerplate, a round figure every
//! article repeats): it yields no candidates at all. The rule depends only on
//! the final set of members, never on the order they came in, so a corpus
//! built in one go, grown one document at a time or merged from parts has the
//! same links. Each verified pair keeps a support count (how many open keys it
//! shares), which lets a key close or reopen by adjusting counts alone.

use std::collections::HashMap;
use std::hash::Hash;

/// Members filed under `u64` keys, with the verified pairs among them.
#[derive(Clone, Debug)]
pub(crate) struct CappedIndex<M> {
    cap: usize,
    buckets: HashMap<u64, Vec<M>>,
    /// Verified pairs `(low, high)` → number of open keys both are filed under.
    links: HashMap<(M, M), u32>,
}

fn pair<M: Ord>(a: M, b: M) -> (M, M) {
    if a < b {
        (a, b)
    } else {
        (b, a)
    }
}

fn decrement<M: Hash + Eq>(links: &mut HashMap<(M, M), u32>, key: (M, M)) {
    if let Some(n) = links.get_mut(&key) {
        *n -= 1;
        if *n == 0 {
            links.remove(&key);
        }
    }
}

impl<M: Copy + Ord + Hash> CappedIndex<M> {
    /// An empty index whose keys close above `cap` members.
    pub fn new(cap: usize) -> CappedIndex<M> {
        CappedIndex {
            cap: cap.max(2),
            buckets: HashMap::new(),
            links: HashMap::new(),
        }
    }

    /// Files `m` under `keys` (sorted and deduplicated by the caller), verifying
    /// it against the members of each open key once.
    pub fn insert(&mut self, m: M, keys: &[u64], mut verify: impl FnMut(M, M) -> bool) {
        self.insert_dyn(m, keys, &mut verify);
    }

    // The bodies take the verifier as `dyn`: one compiled copy per member
    // type instead of one per calling closure (the wasm's size budget).
    fn insert_dyn(&mut self, m: M, keys: &[u64], verify: &mut dyn FnMut(M, M) -> bool) {
        let mut verdicts: HashMap<M, bool> = HashMap::new();
        let cap = self.cap;
        for &k in keys {
            let bucket = self.buckets.entry(k).or_default();
            if bucket.len() < cap {
                for &y in bucket.iter() {
                    if *verdicts.entry(y).or_insert_with(|| verify(m, y)) {
                        *self.links.entry(pair(m, y)).or_insert(0) += 1;
                    }
                }
            } else if bucket.len() == cap {
                // The key closes: the pairs it supported lose its support.
                for i in 0..bucket.len() {
                    for j in i + 1..bucket.len() {
                        decrement(&mut self.links, pair(bucket[i], bucket[j]));
                    }
                }
            }
            bucket.push(m);
        }
    }

    /// Takes `m` out of `keys`; a key that falls back to `cap` members reopens
    /// and its pairs are verified again.
    pub fn remove(&mut self, m: M, keys: &[u64], mut verify: impl FnMut(M, M) -> bool) {
        self.remove_dyn(m, keys, &mut verify);
    }

    fn remove_dyn(&mut self, m: M, keys: &[u64], verify: &mut dyn FnMut(M, M) -> bool) {
        let cap = self.cap;
        for &k in keys {
            let Some(bucket) = self.buckets.get_mut(&k) else {
                continue;
            };
            let Some(pos) = bucket.iter().position(|&y| y == m) else {
                continue;
            };
            let was_open = bucket.len() <= cap;
            bucket.swap_remove(pos);
            if was_open {
                for &y in bucket.iter() {
                    decrement(&mut self.links, pair(m, y));
                }
            } else if bucket.len() == cap {
                for i in 0..bucket.len() {
                    for j in i + 1..bucket.len() {
                        if verify(bucket[i], bucket[j]) {
                            *self.links.entry(pair(bucket[i], bucket[j])).or_insert(0) += 1;
                        }
                    }
                }
            }
            if bucket.is_empty() {
                self.buckets.remove(&k);
            }
        }
    }

    /// The verified pairs that share at least one open key.
    pub fn links(&self) -> impl Iterator<Item = (M, M)> + '_ {
        self.links.keys().copied()
    }
}

/// Disjoint sets over `0..n` with path halving and union by size.
pub(crate) struct UnionFind {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl UnionFind {
    /// `n` singletons.
    pub fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..n).collect(),
            size: vec![1; n],
        }
    }

    /// The representative of `x`'s set.
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets of `a` and `b`.
    pub fn union(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.size[a] < self.size[b] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a;
        self.size[a] += self.size[b];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(ix: &CappedIndex<u32>) -> Vec<(u32, u32)> {
        let mut v: Vec<_> = ix.links().collect();
        v.sort();
        v
    }

    #[test]
    fn members_sharing_an_open_key_are_linked_when_verified() {
        let mut ix = CappedIndex::new(4);
        let odd_pairs_fail = |a: u32, b: u32| (a + b) % 2 == 0;
        for m in 0..4u32 {
            ix.insert(m, &[7], odd_pairs_fail);
        }
        assert_eq!(sorted(&ix), vec![(0, 2), (1, 3)]);
    }

    #[test]
    fn a_key_above_the_cap_links_nothing_whatever_the_order() {
        let all = |_: u32, _: u32| true;
        let mut forward = CappedIndex::new(3);
        let mut backward = CappedIndex::new(3);
        for m in 0..5u32 {
            forward.insert(m, &[1], all);
            backward.insert(4 - m, &[1], all);
        }
        assert!(sorted(&forward).is_empty());
        assert!(sorted(&backward).is_empty());
        // Removing members reopens the key with exactly the remaining pairs.
        forward.remove(0, &[1], all);
        forward.remove(4, &[1], all);
        assert_eq!(sorted(&forward), vec![(1, 2), (1, 3), (2, 3)]);
    }

    #[test]
    fn a_pair_sharing_two_keys_survives_one_closing_and_keys_reopen_below_the_cap() {
        let all = |_: u32, _: u32| true;
        let mut ix = CappedIndex::new(2);
        ix.insert(0, &[1, 2], all);
        ix.insert(1, &[1, 2], all);
        ix.insert(9, &[1], all);
        assert_eq!(sorted(&ix), vec![(0, 1)]);
        ix.insert(8, &[2], all);
        assert!(sorted(&ix).is_empty());
        // Taking 1 out brings both keys back to the cap: they reopen.
        ix.remove(1, &[1, 2], all);
        assert_eq!(sorted(&ix), vec![(0, 8), (0, 9)]);
    }

    #[test]
    fn removing_an_absent_member_or_key_changes_nothing() {
        let all = |_: u32, _: u32| true;
        let mut ix = CappedIndex::new(5);
        ix.insert(0, &[1], all);
        ix.insert(1, &[1], all);
        ix.remove(2, &[1], all);
        ix.remove(0, &[3], all);
        assert_eq!(sorted(&ix), vec![(0, 1)]);
    }

    #[test]
    fn union_find_joins_transitively() {
        let mut uf = UnionFind::new(5);
        uf.union(0, 1);
        uf.union(3, 4);
        uf.union(1, 4);
        let r = uf.find(0);
        assert!([1, 3, 4].iter().all(|&x| uf.find(x) == r));
        assert_ne!(uf.find(2), r);
    }
}
