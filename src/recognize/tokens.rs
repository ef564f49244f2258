//! Words, numbers and marks of a text, with byte offsets, shared by the
//! recognizers that read numbers and dates.

use crate::model::Span;

/// `s` lowercased (ASCII only; other bytes are kept) into `buf`.
pub(crate) fn key<'b>(s: &str, buf: &'b mut [u8; 48]) -> Option<&'b str> {
    let b = s.as_bytes();
    let out = buf.get_mut(..b.len())?;
    for (o, c) in out.iter_mut().zip(b) {
        *o = c.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

/// `entry.cmp(key(s))` without copying `s`: byte by byte, `s` lowercased
/// (ASCII only) as it is read; for binary searches of sorted lowercase
/// tables, whose `memcmp` calls and UTF-8 check cost more than the compare.
/// The caller turns away what [`key`] has no room for (more than 48 bytes).
pub(crate) fn cmp_key(entry: &str, s: &str) -> std::cmp::Ordering {
    let (a, b) = (entry.as_bytes(), s.as_bytes());
    for (x, y) in a.iter().zip(b) {
        let y = y.to_ascii_lowercase();
        if *x != y {
            return x.cmp(&y);
        }
    }
    a.len().cmp(&b.len())
}

/// A sorted table of distinct lowercase words, searched through their first
/// eight bytes packed big-endian into a `u64` (zero-padded): a probe compares
/// two integers instead of two strings byte by byte, and only the words that
/// share the token's eight-byte prefix are compared whole. The packed
/// prefixes are ordered as the words are (no word holds a NUL byte), so the
/// words sharing a prefix stand together.
pub(crate) struct WordIndex {
    prefixes: Vec<u64>,
    words: Vec<&'static str>,
    /// Where the words of each first byte start in `prefixes` (257 entries,
    /// the last the end): the binary search runs within one first byte.
    starts: Vec<u32>,
}

impl WordIndex {
    /// The index of `words`, which are sorted, distinct and lowercase.
    pub(crate) fn new(words: impl Iterator<Item = &'static str>) -> WordIndex {
        let mut index = WordIndex {
            prefixes: Vec::new(),
            words: Vec::new(),
            starts: Vec::with_capacity(257),
        };
        // A loop, not two collects: one small copy per table in the wasm.
        for w in words {
            index.prefixes.push(prefix(w, false));
            index.words.push(w);
        }
        for b in 0..=256u64 {
            let start = index.prefixes.partition_point(|&x| x >> 56 < b);
            index.starts.push(start as u32);
        }
        index
    }

    /// The position of the word equal to `s` lowercased (ASCII only): what
    /// `binary_search_by(|e| cmp_key(e, s)).ok()` finds in the sorted words.
    pub(crate) fn find(&self, s: &str) -> Option<usize> {
        let p = prefix(s, true);
        let b = (p >> 56) as usize;
        let (lo, hi) = (self.starts[b] as usize, self.starts[b + 1] as usize);
        let from = lo + self.prefixes[lo..hi].partition_point(|&x| x < p);
        (from..hi)
            .take_while(|&i| self.prefixes[i] == p)
            .find(|&i| cmp_key(self.words[i], s).is_eq())
    }
}

/// The first eight bytes of `s` (ASCII-lowercased when `lower`), big-endian
/// in a `u64`, zero-padded.
fn prefix(s: &str, lower: bool) -> u64 {
    let head = &s.as_bytes()[..s.len().min(8)];
    let mut buf = [0; 8];
    buf[..head.len()].copy_from_slice(head);
    if lower {
        buf.make_ascii_lowercase();
    }
    u64::from_be_bytes(buf)
}

/// Whether [`key`] has room for `s`.
pub(crate) fn fits_key(s: &str) -> bool {
    s.len() <= 48
}

pub(crate) fn eq_word(s: &str, w: &str) -> bool {
    s.eq_ignore_ascii_case(w)
}

// ---------------------------------------------------------------- tokens

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Digits, with `.` or `,` between digits.
    Num,
    /// Letters, with `-` or an apostrophe between letters ("kira-kira", "Jum'at").
    Word,
    /// Any other single non-space char.
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: TokKind,
}

/// Tokens of `text[start..end]`, with offsets into `text`.
pub(crate) fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    let Some(s) = text.get(start..end) else {
        return;
    };
    let mut i = 0;
    while let Some(c) = char_at(s, i) {
        let kind = if c.is_ascii_digit() {
            TokKind::Num
        } else if c.is_alphabetic() {
            TokKind::Word
        } else {
            if !c.is_whitespace() {
                out.push(Tok {
                    start: start + i,
                    end: start + i + c.len_utf8(),
                    kind: TokKind::Punct,
                });
            }
            i += c.len_utf8();
            continue;
        };
        let same = |m: char| match kind {
            TokKind::Num => m.is_ascii_digit(),
            _ => m.is_alphabetic(),
        };
        let mut j = i + c.len_utf8();
        while let Some(n) = char_at(s, j) {
            let joiner = match kind {
                TokKind::Num => n == '.' || n == ',',
                _ => n == '-' || n == '\'' || n == '’',
            };
            // A joiner counts only between two chars of the token's kind.
            if !(same(n) || (joiner && char_at(s, j + n.len_utf8()).is_some_and(same))) {
                break;
            }
            j += n.len_utf8();
        }
        out.push(Tok {
            start: start + i,
            end: start + j,
            kind,
        });
        i = j;
    }
}

/// The char at byte `i` of `s` (a char boundary), read without decoding
/// when it is ASCII, as most of the text is.
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    match *s.as_bytes().get(i)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => s[i..].chars().next(),
    }
}

/// The tokens of every sentence of a text, found once for the recognizers
/// that read them (dates and numbers each tokenized every sentence).
pub(crate) struct SentenceTokens {
    toks: Vec<Tok>,
    /// Where each sentence's tokens end in `toks`.
    ends: Vec<usize>,
}

impl SentenceTokens {
    pub(crate) fn of(text: &str, sentences: &[Span]) -> SentenceTokens {
        let mut toks = Vec::new();
        let mut ends = Vec::with_capacity(sentences.len());
        for s in sentences {
            tokenize(text, s.0, s.1, &mut toks);
            ends.push(toks.len());
        }
        SentenceTokens { toks, ends }
    }

    /// The tokens of each sentence, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &[Tok]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(start, &end)| &self.toks[start..end])
    }
}

pub(crate) fn tok_str<'t>(text: &'t str, t: &Tok) -> &'t str {
    &text[t.start..t.end]
}

pub(crate) fn is_word(text: &str, toks: &[Tok], i: usize, w: &str) -> bool {
    toks.get(i)
        .is_some_and(|t| t.kind == TokKind::Word && eq_word(tok_str(text, t), w))
}

pub(crate) fn is_punct(text: &str, toks: &[Tok], i: usize, p: &str) -> bool {
    toks.get(i)
        .is_some_and(|t| t.kind == TokKind::Punct && tok_str(text, t) == p)
}

pub(crate) fn glued(toks: &[Tok], a: usize, b: usize) -> bool {
    match (toks.get(a), toks.get(b)) {
        (Some(x), Some(y)) => x.end == y.start,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer as it was written before it read ASCII bytes directly:
    /// char by char through a peekable `char_indices`.
    fn tokenize_by_chars(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
        let Some(s) = text.get(start..end) else {
            return;
        };
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let kind = if c.is_ascii_digit() {
                TokKind::Num
            } else if c.is_alphabetic() {
                TokKind::Word
            } else if c.is_whitespace() {
                continue;
            } else {
                out.push(Tok {
                    start: start + i,
                    end: start + i + c.len_utf8(),
                    kind: TokKind::Punct,
                });
                continue;
            };
            let mut j = i + c.len_utf8();
            loop {
                let rest = &s[j..];
                let mut cs = rest.chars();
                let Some(n) = cs.next() else { break };
                let inner = |m: Option<char>| match kind {
                    TokKind::Num => m.is_some_and(|m| m.is_ascii_digit()),
                    _ => m.is_some_and(char::is_alphabetic),
                };
                let same = match kind {
                    TokKind::Num => n.is_ascii_digit(),
                    _ => n.is_alphabetic(),
                };
                let joiner = match kind {
                    TokKind::Num => n == '.' || n == ',',
                    _ => n == '-' || n == '\'' || n == '’',
                };
                // A joiner counts only between two chars of the token's kind.
                if !(same || (joiner && inner(cs.next()))) {
                    break;
                }
                j += n.len_utf8();
            }
            while it.peek().is_some_and(|&(k, _)| k < j) {
                it.next();
            }
            out.push(Tok {
                start: start + i,
                end: start + j,
                kind,
            });
        }
    }

    /// Edge-case words and every token of the fixtures and samples.
    fn probe_words() -> Vec<String> {
        let mut words: Vec<String> = ["", "a", "Rp", "US", "é", "ÉTÉ", "satu", "Satu-dua", "zz"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        for t in crate::test_texts::texts() {
            let mut toks = Vec::new();
            tokenize(&t, 0, t.len(), &mut toks);
            words.extend(toks.iter().map(|k| tok_str(&t, k).to_string()));
        }
        words
    }

    /// `WordIndex::find` finds what the binary search with `cmp_key` finds,
    /// for every token of the fixtures and samples (and their prefixes and
    /// extensions) in tables of those words, and in the real tables.
    #[test]
    fn word_index_finds_what_the_binary_search_finds() {
        let mut words = probe_words();
        let extra: Vec<String> = words
            .iter()
            .flat_map(|w| {
                [
                    format!("{w}s"),
                    format!("{w}abcdefgh"),
                    w.chars().skip(1).collect(),
                ]
            })
            .collect();
        words.extend(extra);
        words.sort();
        words.dedup();
        let probes: Vec<&str> = words.iter().map(String::as_str).collect();
        // Tables: every lowercase word, and every 7th one (sparse, with long shared prefixes).
        let mut lower: Vec<&'static str> = words
            .iter()
            .filter(|w| !w.bytes().any(|c| c.is_ascii_uppercase()) && !w.contains('\0'))
            .map(|w| &*Box::leak(w.clone().into_boxed_str()))
            .collect();
        lower.sort();
        lower.dedup();
        let sparse: Vec<&'static str> = lower.iter().copied().step_by(7).collect();
        assert!(lower.len() > 1000, "{}", lower.len());
        for table in [&lower, &sparse] {
            let index = WordIndex::new(table.iter().copied());
            for s in probes.iter().filter(|s| fits_key(s)) {
                let expected = table.binary_search_by(|e| cmp_key(e, s)).ok();
                assert_eq!(index.find(s), expected, "{s:?}");
            }
        }
    }

    /// The byte-reading tokenizer gives the tokens of the char-by-char one
    /// on every line of the fixtures and samples, and on edge cases.
    #[test]
    fn tokenize_matches_the_char_by_char_tokenizer() {
        let mut texts: Vec<String> = [
            "",
            " ",
            "a",
            "1",
            "1.",
            ".1",
            "1.2.3,4",
            "a-b-",
            "-a",
            "Jum'at",
            "Jum’at",
            "l'",
            "kira-kira 3.482 orang",
            "Rp1,2 juta\u{b}x",
            "é1é",
            "日本語 テスト",
            "a\u{a0}b",
            "\u{2028}9\u{3000}",
            "🙂a🙂",
            "x’’y",
            "5,,6",
            "1.a",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        texts.extend(crate::test_texts::lines());
        assert!(texts.len() > 1000, "{}", texts.len());
        for t in &texts {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            tokenize(t, 0, t.len(), &mut a);
            tokenize_by_chars(t, 0, t.len(), &mut b);
            let spans =
                |v: &[Tok]| -> Vec<_> { v.iter().map(|k| (k.start, k.end, k.kind)).collect() };
            assert_eq!(spans(&a), spans(&b), "{t:?}");
        }
    }

    /// `cmp_key` orders every token of the fixtures and samples against
    /// table-like keys as `key` and `str::cmp` did.
    #[test]
    fn cmp_key_orders_as_the_lowercased_key() {
        let mut words = probe_words();
        words.sort();
        words.dedup();
        assert!(words.len() > 1000, "{}", words.len());
        let mut buf = [0; 48];
        let entries: Vec<String> = words
            .iter()
            .step_by(words.len() / 150)
            .filter_map(|w| key(w, &mut buf).map(str::to_string))
            .collect();
        for w in words.iter().filter(|w| fits_key(w)) {
            let mut buf = [0; 48];
            let k = key(w, &mut buf).expect("fits");
            for e in &entries {
                assert_eq!(cmp_key(e, w), e.as_str().cmp(k), "{e:?} {w:?}");
            }
            assert_eq!(cmp_key(k, w), std::cmp::Ordering::Equal, "{w:?}");
        }
    }
}
