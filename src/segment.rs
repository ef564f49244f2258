//! Sentence segmentation of the clean text.
//!
//! Sentences end at a line break, or at `.`, `!` or `?` (with any closing
//! quotes or brackets after it) followed by space and a capital, digit or
//! opening quote, unless the word before the stop is a known abbreviation
//! ("Kompol.", "Dr.", "No.", "Jl.", "Sept.") or a single initial.

use crate::case::Case;
use crate::model::Span;

/// Abbreviations that end with a dot without ending the sentence, lowercased,
/// sorted for binary search.
const ABBREVIATIONS: &[&str] = &[
    "a.n", "adm", "adv", "ags", "agu", "akbp", "apr", "asst", "aug", "brig", "brigjen", "capt",
    "cdr", "cmdr", "co", "col", "comr", "corp", "cpl", "dec", "dept", "des", "det", "dll", "dr",
    "drs", "feb", "gen", "gov", "hj", "inc", "insp", "ipda", "iptu", "ir", "irjen", "jan", "jl",
    "jln", "jr", "jul", "jun", "kapt", "kol", "kombes", "kompol", "lt", "ltd", "maj", "mar", "mr",
    "mrs", "ms", "no", "nov", "oct", "okt", "pol", "prof", "pt", "rep", "rp", "sdr", "sen", "sep",
    "sept", "sr", "st", "supt", "tbk", "tel", "telp", "u.s", "vs", "yth",
];

/// The sentences of `text`, as byte spans trimmed of surrounding space.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            push_trimmed(text, start, i, &mut out);
            start = i + 1;
        } else if matches!(b, b'.' | b'!' | b'?') {
            let end = end_of_closers(text, i + 1);
            if ends_sentence(text, start, i, end) {
                push_trimmed(text, start, end, &mut out);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// The offset after any closing quotes and brackets that follow a stop.
fn end_of_closers(text: &str, mut at: usize) -> usize {
    while let Some(c) = text[at..].chars().next() {
        if matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»') {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

fn ends_sentence(text: &str, start: usize, stop: usize, end: usize) -> bool {
    let rest = &text[end..];
    let after_space = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    if after_space.len() == rest.len() && !after_space.is_empty() {
        return false; // "3.200", "U.S.", "antaranews.com"
    }
    match after_space.chars().next() {
        None => return true,
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => {}
        Some('"' | '“' | '‘' | '\'' | '(' | '[') => {}
        Some(_) => return false,
    }
    if text.as_bytes()[stop] != b'.' {
        return true;
    }
    let word = text[start..stop]
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return false; // an initial: "Andi P. Pratama"
    }
    let lower = word.lower();
    ABBREVIATIONS.binary_search(&lower.as_str()).is_err()
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(Span(start + lead, start + lead + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| &text[s.0..s.1]).collect()
    }

    #[test]
    fn abbreviations_are_sorted_and_unique() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn sentences_split_at_stops_and_lines_but_not_inside_numbers_or_titles() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Polisi menangkap 3.482 orang. Mereka dipulangkan.",
                &["Polisi menangkap 3.482 orang.", "Mereka dipulangkan."],
            ),
            (
                "Kombes. Pol. Andi hadir. Lalu pulang.",
                &["Kombes. Pol. Andi hadir.", "Lalu pulang."],
            ),
            ("Satu\nDua", &["Satu", "Dua"]),
            (
                "\"Kami siap,\" kata Andi. \"Terima kasih.\" Ia pergi.",
                &[
                    "\"Kami siap,\" kata Andi.",
                    "\"Terima kasih.\"",
                    "Ia pergi.",
                ],
            ),
            (
                "Situs contoh.com diblokir.",
                &["Situs contoh.com diblokir."],
            ),
            (
                "Ditemui di Jl. Sudirman kemarin.",
                &["Ditemui di Jl. Sudirman kemarin."],
            ),
            (
                "Officials in the U.S. said so. Then left.",
                &["Officials in the U.S. said so.", "Then left."],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "{text}");
        }
    }
}
