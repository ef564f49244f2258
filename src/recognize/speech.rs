//! Speech verbs of `data/speech_verbs.tsv`, shared by the persons recognizer
//! (a name beside a speech verb is a person) and the quotes recognizer (a
//! quote needs one, and it names the speaker).

use crate::case::Case;
use std::collections::HashMap;
use std::sync::LazyLock;

use super::words::tsv_rows;

const VERBS: &str = crate::data_file::data_file!("speech_verbs.tsv");
const UNNAMED: &str = crate::data_file::data_file!("anonymous_speakers.tsv");

/// How a speech verb points at its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbForm {
    /// The speaker is named beside it: "kata Andi", "Smith said".
    Named,
    /// The verb carries its own pronoun ("ujarnya", "menurutnya"): the speaker is
    /// the one last named.
    Pronoun,
}

/// Each verb with its form as written in the file ("verb" or "pronoun"): a
/// map of `&str` to `&str`, a type the wasm already has, rather than one more
/// hash map type for `VerbForm` values.
static TABLE: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    tsv_rows(VERBS)
        .filter_map(|r| {
            let form = *r.get(1)?;
            matches!(form, "verb" | "pronoun").then(|| (r[0], form))
        })
        .collect()
});

/// The form of `word` as a speech verb (compared in lowercase), if it is one.
pub fn verb(word: &str) -> Option<VerbForm> {
    let form = if word.bytes().any(|b| b.is_ascii_uppercase()) {
        TABLE.get(word.lower().as_str()).copied()
    } else {
        TABLE.get(word).copied()
    };
    form.map(|f| match f {
        "pronoun" => VerbForm::Pronoun,
        _ => VerbForm::Named,
    })
}

/// Pronouns that stand for the last speaker: "kata dia", "he said".
pub fn is_pronoun(word: &str) -> bool {
    const PRONOUNS: &[&str] = &["beliau", "dia", "he", "ia", "she", "they"];
    PRONOUNS.contains(&word.lower().as_str())
}

/// Whether `piece` holds a phrase of `data/anonymous_speakers.tsv` that
/// introduces a speaker the article does not name, as whole words: one that
/// withholds the name ("sebut saja Dw", "who declined to be named"), or an
/// unnamed person followed by a speech verb ("Seorang korban asal Jember …
/// mengaku"), not one who is only acted on ("menangkap seorang warga Korea").
pub fn names_unnamed_speaker(piece: &str) -> bool {
    let lower = piece.to_ascii_lowercase();
    tsv_rows(UNNAMED).any(|row| {
        let (phrase, kind) = (row[0], row.get(1).copied());
        lower.match_indices(phrase).any(|(at, _)| {
            let end = at + phrase.len();
            super::words::is_whole_word(&lower, at, end)
                && (kind == Some("anonymous")
                    || lower[end..]
                        .split(|c: char| !super::words::is_word_char(c))
                        .any(|w| verb(w).is_some()))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_verbs_file_loads_sorted_and_unique_with_known_forms() {
        super::super::words::sorted_and_unique(VERBS).unwrap();
        assert_eq!(TABLE.len(), tsv_rows(VERBS).count());
        assert_eq!(verb("Ujar"), Some(VerbForm::Named));
        assert_eq!(verb("jelasnya"), Some(VerbForm::Pronoun));
        assert_eq!(verb("said"), Some(VerbForm::Named));
        assert_eq!(verb("rumah"), None);
    }

    #[test]
    fn unnamed_speakers_file_is_sorted_and_found_as_whole_words() {
        super::super::words::sorted_and_unique(UNNAMED).unwrap();
        assert!(tsv_rows(UNNAMED).all(|r| matches!(r.get(1), Some(&"anonymous" | &"person"))));
        assert!(names_unnamed_speaker("Seorang korban asal Jember mengaku"));
        assert!(names_unnamed_speaker(
            "kata pemuda yang enggan disebut namanya"
        ));
        assert!(names_unnamed_speaker(
            "One of the deportees, who declined to be named, said"
        ));
        assert!(!names_unnamed_speaker(
            "Kapolres AKBP Budi Santoso menjelaskan"
        ));
        assert!(!names_unnamed_speaker(
            "Polri menangkap seorang warga Korea Selatan di Batam."
        ));
        assert!(!names_unnamed_speaker("someone of the committee")); // "one of the" inside a word
    }
}
