//! Sorting through one instantiation of the standard library's sort.
//!
//! `slice::sort_by` is generic over the element and the comparator, and every
//! distinct pair compiles its own copy of the sort (driftsort and its small
//! sorts, a few kilobytes each). Forty call sites made that about 150 KB of the
//! wasm, a third of its size budget. Here the elements are ordered through a
//! slice of indices sorted by a `dyn` comparator, so the algorithm is compiled
//! once; only the small permutation step is generic. All sorts here are stable.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    {
        let items: &[T] = v;
        sort_indices(&mut order, &mut |a, b| cmp(&items[a], &items[b]));
    }
    permute(v, order);
}

/// Sorts `v` stably by its natural order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Sorts `v` stably by a key.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[inline(never)]
fn sort_indices(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Rearranges `v` so that its new `i`th element is its old `order[i]`th, by
/// following each cycle of the permutation with swaps.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..v.len() {
        if order[start] == DONE {
            continue;
        }
        let mut at = start;
        loop {
            let next = order[at];
            order[at] = DONE;
            if next == start {
                break;
            }
            v.swap(at, next);
            at = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, enough to shuffle test data.
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % modulo
            })
            .collect()
    }

    #[test]
    fn sorting_agrees_with_the_standard_stable_sort_on_many_inputs() {
        for n in [0, 1, 2, 3, 10, 31, 100, 1000] {
            for seed in 1..6 {
                // Pairs of (key, original position): equal keys show whether the sort is stable.
                let keys = numbers(seed, n, 7);
                let mut ours: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
                let mut std = ours.clone();
                sort_by_key(&mut ours, |p| p.0);
                std.sort_by_key(|p| p.0);
                assert_eq!(ours, std, "n={n} seed={seed}");
            }
        }
    }

    #[test]
    fn natural_order_and_comparator_forms_sort_strings() {
        let mut v = vec!["b".to_string(), "a".into(), "c".into(), "a".into()];
        sort(&mut v);
        assert_eq!(v, ["a", "a", "b", "c"]);
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, ["c", "b", "a", "a"]);
    }
}
