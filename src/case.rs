//! Lowercase and uppercase, the standard library's mappings in smaller tables.
//!
//! `char::to_lowercase` and `char::to_uppercase` look chars up in two tables
//! of about 1 500 `(char, u32)` pairs each (~24 KB of the wasm, ~9 KB of it
//! gzipped). Most of those pairs come in runs: A–Z map by +32, Ā ă Ą … by +1
//! every second char. [`crate::case_tables`] keeps the runs (~400 of them),
//! written by `examples/gen_case_tables.rs` from the standard library itself,
//! and the tests here check every char against it. [`lowercase`] is
//! `str::to_lowercase`, final sigma included; the crate calls these instead of
//! the standard ones (clippy.toml forbids those outside tests).

use crate::case_tables::{IGNORABLE, LOWER, UPPER, UPPER_MULTI, UPPER_MULTI_KEYS};

/// `.lower()` and `.upper()`: [`lowercase`] and [`uppercase`] of a `str`,
/// [`lower_char`] and [`upper_char`] of a `char`, as method calls.
pub(crate) trait Case {
    /// What the mapping gives.
    type Out;
    /// `to_lowercase()`.
    fn lower(&self) -> Self::Out;
    /// `to_uppercase()`.
    fn upper(&self) -> Self::Out;
}

impl Case for str {
    type Out = String;
    fn lower(&self) -> String {
        lowercase(self)
    }
    fn upper(&self) -> String {
        uppercase(self)
    }
}

impl Case for char {
    type Out = CaseChars;
    fn lower(&self) -> CaseChars {
        lower_char(*self)
    }
    fn upper(&self) -> CaseChars {
        upper_char(*self)
    }
}

/// The chars one char maps to: one, two or three.
#[derive(Clone, Debug)]
pub(crate) struct CaseChars {
    chars: [char; 3],
    at: u8,
    len: u8,
}

impl CaseChars {
    fn one(c: char) -> CaseChars {
        CaseChars {
            chars: [c, '\0', '\0'],
            at: 0,
            len: 1,
        }
    }
}

impl Iterator for CaseChars {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.at == self.len {
            return None;
        }
        self.at += 1;
        Some(self.chars[usize::from(self.at - 1)])
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = usize::from(self.len - self.at);
        (n, Some(n))
    }
}

/// `c` mapped through a run table, or `c` when no run covers it.
fn mapped(table: &[(u32, i32)], c: char) -> char {
    let u = c as u32;
    let i = table.partition_point(|&(key, _)| key >> 8 <= u);
    let Some(&(key, offset)) = i.checked_sub(1).and_then(|i| table.get(i)) else {
        return c;
    };
    let (start, len, step) = (key >> 8, (key >> 1) & 0x7F, 1 + (key & 1));
    let off = u - start;
    if off % step != 0 || off / step >= len {
        return c;
    }
    u.checked_add_signed(offset)
        .and_then(char::from_u32)
        .unwrap_or(c)
}

/// `c.to_lowercase()`.
pub(crate) fn lower_char(c: char) -> CaseChars {
    if c.is_ascii() {
        return CaseChars::one(c.to_ascii_lowercase());
    }
    if c == '\u{130}' {
        // İ, the one char whose lowercase is two: i and a combining dot above.
        return CaseChars {
            chars: ['i', '\u{307}', '\0'],
            at: 0,
            len: 2,
        };
    }
    CaseChars::one(mapped(&LOWER, c))
}

/// `c.to_uppercase()`.
pub(crate) fn upper_char(c: char) -> CaseChars {
    if c.is_ascii() {
        return CaseChars::one(c.to_ascii_uppercase());
    }
    if let Ok(key) = u16::try_from(c as u32) {
        if let Ok(i) = UPPER_MULTI_KEYS.binary_search(&key) {
            let mut out = CaseChars::one(c);
            out.len = 0;
            for &u in UPPER_MULTI[i].iter().filter(|&&u| u != 0) {
                out.chars[usize::from(out.len)] = char::from_u32(u32::from(u)).unwrap_or(c);
                out.len += 1;
            }
            return out;
        }
    }
    CaseChars::one(mapped(&UPPER, c))
}

/// Pushes `c.to_lowercase()` onto `out`.
#[inline]
pub(crate) fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        for l in lower_char(c) {
            out.push(l);
        }
    }
}

/// `s.to_lowercase()`.
pub(crate) fn lowercase(s: &str) -> String {
    let ascii = s.bytes().position(|b| !b.is_ascii()).unwrap_or(s.len());
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..ascii]);
    out.make_ascii_lowercase();
    for (i, c) in s[ascii..].char_indices() {
        if c == 'Σ' {
            // The one contextual mapping: a word-final capital sigma is ς.
            let i = ascii + i;
            let last = cased_before(s[..i].chars().rev()) && !cased_before(s[i + 2..].chars());
            out.push(if last { 'ς' } else { 'σ' });
        } else {
            push_lower(&mut out, c);
        }
    }
    out
}

/// `s.to_uppercase()` (which has no contextual mappings).
pub(crate) fn uppercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    s.chars().flat_map(upper_char).collect()
}

/// Whether the first char of `chars` that is not case-ignorable is cased
/// (Unicode's Final_Sigma condition, one side of it).
fn cased_before(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !case_ignorable(c)).is_some_and(|c| {
        c.is_lowercase()
            || c.is_uppercase()
            || matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F
                | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
    })
}

/// Whether `c` is Case_Ignorable, by a walk over [`IGNORABLE`] (only capital
/// sigmas ask, so the walk need not be fast).
fn case_ignorable(c: char) -> bool {
    let u = c as u32;
    let (mut at, mut edge, mut inside) = (0, 0u32, false);
    while at < IGNORABLE.len() {
        let mut d = u32::from(IGNORABLE[at]);
        at += 1;
        if d == 0 {
            let (hi, lo) = (IGNORABLE.get(at), IGNORABLE.get(at + 1));
            d = u32::from(*hi.unwrap_or(&0)) << 16 | u32::from(*lo.unwrap_or(&0));
            at += 2;
        }
        edge += d;
        if u < edge {
            return inside;
        }
        inside = !inside;
    }
    false
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn all_chars() -> impl Iterator<Item = char> {
        (0..=0x10FFFF).filter_map(char::from_u32)
    }

    #[test]
    fn every_char_maps_as_the_standard_library_maps_it() {
        for c in all_chars() {
            assert!(lower_char(c).eq(c.to_lowercase()), "lower {c:?}");
            assert!(upper_char(c).eq(c.to_uppercase()), "upper {c:?}");
        }
    }

    #[test]
    fn strings_map_as_the_standard_library_maps_them() {
        for s in [
            "",
            "Foto: ANTARA/ist",
            "straße ǰ ﬁ ı ß Σς İ",
            "ΣΑΣ ΣΑΣ. ΑΣ' ΟΔΟΣ ΣΑ Σ",
            "AΣ aΣb 1Σ À̀Σ ǅΣ ΣΑ",
            "ŉ ΐ",
            "rp usd €",
            "ΌΣΟΣ̀ ΌΣΟΣ",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
            assert_eq!(uppercase(s), s.to_uppercase(), "{s:?}");
        }
    }

    /// The chars where Case_Ignorable changes, and their neighbours.
    fn ignorable_edges() -> Vec<u32> {
        let (mut at, mut edge, mut out) = (0, 0u32, Vec::new());
        while at < IGNORABLE.len() {
            let mut d = u32::from(IGNORABLE[at]);
            at += 1;
            if d == 0 {
                d = u32::from(IGNORABLE[at]) << 16 | u32::from(IGNORABLE[at + 1]);
                at += 2;
            }
            edge += d;
            out.extend([edge.saturating_sub(1), edge, edge + 1]);
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// A capital sigma next to every char (next to every char of the Latin,
    /// Greek and Cyrillic blocks, every 61st other char and every char where
    /// Case_Ignorable changes in a debug build, which is 30 times slower): what
    /// decides between σ and ς (Case_Ignorable and cased chars) is read as
    /// the standard library reads it.
    #[test]
    fn final_sigma_agrees_next_to_every_char() {
        let chars: Vec<char> = if cfg!(debug_assertions) {
            let edges = ignorable_edges();
            all_chars()
                .filter(|&c| {
                    c < '\u{3000}' || c as u32 % 61 == 0 || edges.binary_search(&(c as u32)).is_ok()
                })
                .collect()
        } else {
            all_chars().collect()
        };
        let mut s = String::new();
        for c in chars {
            for (before, after) in [("À", ""), ("中", ""), ("", "a"), ("À", "1")] {
                s.clear();
                s.push_str(before);
                s.push(c);
                s.push('Σ');
                s.push_str(after);
                assert_eq!(lowercase(&s), s.to_lowercase(), "{s:?}");
                s.clear();
                s.push('À');
                s.push('Σ');
                s.push(c);
                s.push_str(after);
                assert_eq!(lowercase(&s), s.to_lowercase(), "{s:?}");
            }
        }
    }
}
