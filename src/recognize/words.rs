//! Small text helpers shared by the persons, quotes, identifiers and crimes
//! recognizers: word boundaries on UTF-8 text and loading of the `data/` lists.

/// Whether `c` continues a word: letters, digits and combining marks.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// The char just before byte offset `at`, if any.
pub fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}

/// The char at byte offset `at`, if any.
pub fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

/// Whether `[start, end)` stands as whole words: no word char touches either side.
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    !char_before(text, start).is_some_and(is_word_char)
        && !char_at(text, end).is_some_and(is_word_char)
}

/// The cues of [`link_spans`]: the first [`LINK_TAILS`] open a glued related
/// link, the rest a photo credit.
const LINK_CUE_LIST: [&str; 11] = [
    "baca juga",
    "baca selengkapnya",
    "lihat juga",
    "read also",
    "read more",
    "simak juga",
    "dok.",
    "foto:",
    "foto/",
    "photo:",
    "photo/",
];
const LINK_TAILS: usize = 6;

static LINK_CUES: std::sync::LazyLock<crate::automaton::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        crate::automaton::build(&crate::automaton::AhoCorasick::builder(), &LINK_CUE_LIST)
            .expect("link cues")
    });

/// Stretches the cleaner left in the text that hold names which are not the
/// article's facts, so recognizers skip names inside them:
///
/// - related-article links inside a paragraph: "(baca: Polri Minta …)",
///   "[Baca juga: …]", "(READ: …)", a glued "…Majalengka.Baca Juga: …" tail;
/// - photo credits: "FOTO/Dok. Humas Polri", "(Foto: Dok. PAOCC)";
/// - lines in headline Title Case with no closing punctuation (lists of
///   related headlines: "Kapolri Minta Anggota Tak Main Judol").
///
/// Spans are sorted by start and may overlap.
pub fn link_spans(text: &str) -> Vec<crate::model::Span> {
    let mut out = bracket_links(text);
    let lower = text.to_ascii_lowercase();
    // No cue overlaps itself, so the overlapping matches of one automaton
    // are every cue's occurrences (what a `match_indices` a cue gave).
    for m in LINK_CUES.find_overlapping_iter(&lower) {
        let (at, cue) = (m.start(), LINK_CUE_LIST[m.pattern().as_usize()]);
        if char_before(text, at).is_some_and(char::is_alphabetic) {
            continue;
        }
        let after = lower[at + cue.len()..].trim_start_matches(' ');
        let bracketed = matches!(char_before(text, at), Some('(' | '['));
        let tail = m.pattern().as_usize() < LINK_TAILS;
        if tail && (bracketed || !after.starts_with(':')) {
            continue;
        }
        let line_end = text[at..].find('\n').map_or(text.len(), |k| at + k);
        let line_start = text[..at].rfind('\n').map_or(0, |k| k + 1);
        let in_bracket = text[line_start..at]
            .rfind('(')
            .is_some_and(|o| !text[line_start + o..at].contains(')'));
        let end = if in_bracket {
            text[at..line_end]
                .find(')')
                .map_or(line_end, |k| at + k + 1)
        } else {
            line_end
        };
        out.push(crate::model::Span(at, end));
    }
    out.extend(headline_lines(text));
    crate::sort::sort(&mut out);
    out
}

/// Lines of three or more long words, every one capitalized, that do not end
/// like a sentence.
fn headline_lines(text: &str) -> Vec<crate::model::Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let span = crate::model::Span(start, start + line.len());
        start = span.1 + 1;
        let t = line.trim();
        if t.is_empty()
            || t.len() > 160
            || t.ends_with(['.', '!', '?', ':', '"', '”', ')', ',', ';'])
        {
            continue;
        }
        let long: Vec<&str> = t
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .collect();
        // Headlines keep their small words lowercase: "Lolos dari Sindikat".
        const SMALL: &[&str] = &[
            "about", "after", "amid", "atas", "atau", "bagi", "dalam", "dari", "demi", "dengan",
            "from", "into", "jadi", "jelang", "kepada", "lewat", "oleh", "over", "pada", "para",
            "saat", "sebagai", "soal", "terhadap", "untuk", "usai", "with", "yang",
        ];
        let capital = |w: &str| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        };
        let caps = long.iter().filter(|w| capital(w)).count();
        if caps >= 3 && long.iter().all(|w| capital(w) || SMALL.contains(w)) {
            out.push(span);
        }
    }
    out
}

fn bracket_links(text: &str) -> Vec<crate::model::Span> {
    const CUES: &[&str] = &["baca", "lihat", "read", "simak"];
    let mut out = Vec::new();
    for (at, c) in text.match_indices(['(', '[']) {
        let rest = text[at + c.len()..].trim_start_matches(' ');
        let word_end = rest
            .find(|ch: char| !ch.is_alphabetic())
            .unwrap_or(rest.len());
        if !CUES
            .iter()
            .any(|w| rest[..word_end].eq_ignore_ascii_case(w))
        {
            continue;
        }
        let after = rest[word_end..].trim_start_matches(' ');
        let after = ["juga", "also", "more", "selengkapnya"]
            .iter()
            .find_map(|w| {
                let n = w.len();
                (after.len() >= n
                    && after.is_char_boundary(n)
                    && after[..n].eq_ignore_ascii_case(w))
                .then(|| &after[n..])
            })
            .unwrap_or(after);
        if !after.trim_start_matches(' ').starts_with(':') {
            continue;
        }
        let close = if c == "(" { ')' } else { ']' };
        let line_end = text[at..].find('\n').map_or(text.len(), |k| at + k);
        let end = text[at..line_end]
            .find(close)
            .map_or(line_end, |k| at + k + 1);
        out.push(crate::model::Span(at, end));
    }
    out
}

/// Whether `[start, end)` lies inside one of `links` (from [`link_spans`]).
pub fn in_links(links: &[crate::model::Span], start: usize, end: usize) -> bool {
    links.iter().any(|l| l.0 <= start && end <= l.1)
}

/// The non-empty, non-comment lines of a data file, with a `#` line as a comment.
pub fn data_lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// The tab-separated fields of the lines of a data file.
pub fn tsv_rows(file: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data_lines(file).map(|l| l.split('\t').map(str::trim).collect())
}

/// Whether the data lines of `file` are sorted (byte order) and free of duplicates;
/// used by the tests of every data file.
#[cfg(test)]
pub fn sorted_and_unique(file: &'static str) -> Result<(), String> {
    let lines: Vec<&str> = data_lines(file).collect();
    for w in lines.windows(2) {
        if w[0] >= w[1] {
            return Err(format!("`{}` is not before `{}`", w[0], w[1]));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_need_non_word_chars_on_both_sides() {
        let cases = [
            ("judi online marak", 0, 11, true),
            ("perjudian", 3, 9, false),
            ("“judol”", 3, 8, true),
            ("scam😀", 0, 4, true),
        ];
        for (text, s, e, want) in cases {
            assert_eq!(is_whole_word(text, s, e), want, "{text}");
        }
    }

    #[test]
    fn inline_related_links_are_found_in_three_languages() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Polisi melacak server (baca: Polri Minta Kamboja Serahkan Bandar) pekan ini.",
                &["(baca: Polri Minta Kamboja Serahkan Bandar)"],
            ),
            (
                "Kes meningkat [Baca juga: Polis Tahan 20 Warga Asing] tahun ini.",
                &["[Baca juga: Polis Tahan 20 Warga Asing]"],
            ),
            ("Scams rose (READ: Manila raids hub", &["(READ: Manila raids hub"]),
            ("Kata dia (baca buku) dan (lihat foto).", &[]),
            ("Ia membaca (Bacaan: x) 🙂 (baca", &[]),
            (
                "Mereka tiba di Majalengka.Baca Juga: Jadwal KRL Bogor Berubah\nKata dia.",
                &["Baca Juga: Jadwal KRL Bogor Berubah"],
            ),
            (
                "Delegasi bertemu di Jakarta. FOTO/Dok. Humas Polri\nIsi.",
                &["FOTO/Dok. Humas Polri", "Dok. Humas Polri"],
            ),
            ("Petugas mendata pekerja. (Foto: Dok. PAOCC) Lalu.", &["Foto: Dok. PAOCC)", "Dok. PAOCC)"]),
            (
                "Isi berita.\nKapolri Minta Anggota Tak Main Judol\nPolisi menangkap Andi di Jakarta.",
                &["Kapolri Minta Anggota Tak Main Judol"],
            ),
            ("Police Raid Scam Hub in Manila, Officials Say.", &[]),
            (
                "Isi.\nKisah Perempuan Cianjur Lolos dari Sindikat Scam Laos",
                &["Kisah Perempuan Cianjur Lolos dari Sindikat Scam Laos"],
            ),
            ("Isi.\nPolisi menangkap dua orang dari Cianjur", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = link_spans(text).iter().map(|s| &text[s.0..s.1]).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn char_helpers_do_not_panic_inside_a_char() {
        assert_eq!(char_before("é", 1), None);
        assert_eq!(char_at("é", 1), None);
        assert_eq!(char_at("", 5), None);
    }
}
