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
    fn char_helpers_do_not_panic_inside_a_char() {
        assert_eq!(char_before("é", 1), None);
        assert_eq!(char_at("é", 1), None);
        assert_eq!(char_at("", 5), None);
    }
}
