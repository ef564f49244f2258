//! Crime types of codebook §3, from cue lists in Indonesian, Malay and English.
//!
//! Every cue of `data/crime_cues.tsv` goes into one aho-corasick automaton that
//! runs once over the text. Matches must stand as whole words; a cue may carry
//! an English plural `s`/`es` or the Indonesian `-nya`. Cues written in capitals
//! (TPPO, TIP, TPPU, POGO) are acronyms and match only as written, so the
//! English word "tip" is not trafficking in persons. Where cues overlap, the
//! longest wins ("love scam" is a romance scam, not an online scam too).

use std::sync::LazyLock;

use crate::trie::Phrases;

use super::words::{char_at, is_word_char, tsv_rows};
use super::Context;
use crate::model::{Crime, CrimeLabel, Document, Span};

const CUES: &str = crate::data_file::data_file!("crime_cues.tsv");

struct Cues {
    /// The cues, matched ignoring ASCII case.
    phrases: Phrases,
    /// Per pattern: its label, and the cue itself when it must match as written.
    meta: Vec<(CrimeLabel, Option<&'static str>)>,
    #[cfg(test)]
    patterns: Vec<&'static str>,
}

static TABLE: LazyLock<Cues> = LazyLock::new(|| {
    let mut patterns = Vec::new();
    let mut meta = Vec::new();
    for row in tsv_rows(CUES) {
        let (Some(label), Some(cue)) = (row.first().and_then(|l| parse_label(l)), row.get(1))
        else {
            continue;
        };
        let acronym =
            cue.chars().any(|c| c.is_ascii_uppercase()) && !cue.chars().any(|c| c.is_lowercase());
        patterns.push(*cue);
        meta.push((label, acronym.then_some(*cue)));
    }
    Cues {
        phrases: Phrases::new(&patterns),
        meta,
        #[cfg(test)]
        patterns,
    }
});

/// The label of a codebook name (`online_scam` …).
pub fn parse_label(name: &str) -> Option<CrimeLabel> {
    use CrimeLabel::*;
    Some(match name {
        "online_scam" => OnlineScam,
        "telecom_fraud" => TelecomFraud,
        "voice_phishing" => VoicePhishing,
        "investment_scam" => InvestmentScam,
        "romance_scam" => RomanceScam,
        "job_scam" => JobScam,
        "online_gambling" => OnlineGambling,
        "human_trafficking" => HumanTrafficking,
        "forced_labour" => ForcedLabour,
        "kidnapping_detention" => KidnappingDetention,
        "money_laundering" => MoneyLaundering,
        "cybercrime" => Cybercrime,
        _ => return None,
    })
}

/// Appends what this recognizer finds in `ctx.text` to `doc`.
pub fn recognize(ctx: &Context, doc: &mut Document) {
    for (label, span) in find(ctx.text) {
        match doc.crimes.iter_mut().find(|c| c.label == label) {
            Some(c) => c.spans.push(span),
            None => doc.crimes.push(Crime {
                label,
                spans: vec![span],
            }),
        }
    }
}

/// Every crime cue in `text` with its label, in text order, without overlaps.
pub fn find(text: &str) -> Vec<(CrimeLabel, Span)> {
    let table = &*TABLE;
    let mut hits: Vec<(usize, usize, CrimeLabel)> = Vec::new();
    // A cue opens a word: after a char that is no word char.
    let word_start = |before: Option<char>, _| !before.is_some_and(is_word_char);
    // Matches come by start; the stable sort below breaks ties of length by
    // the start, so it orders them as it ordered the automaton's.
    for (start, end, pattern) in table.phrases.find_overlapping(text, word_start) {
        let (label, acronym) = table.meta[pattern];
        if acronym.is_some_and(|cue| text[start..end] != *cue) {
            continue;
        }
        let Some(end) = word_end(text, end, acronym.is_some()) else {
            continue;
        };
        hits.push((start, end, label));
    }
    // Longest first; a cue inside a longer one of the same family is dropped ("scam"
    // in "love scam"), and so is one that overlaps a longer cue of the same label.
    // Chained cues of two labels both stand ("sindiket penipuan pelaburan"), and so
    // does a scam inside a cue of what was done to people ("dipaksa menjadi
    // scammer" is forced labour and a scam operation).
    crate::sort::sort_by(&mut hits, |a, b| {
        (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0))
    });
    let mut out: Vec<(CrimeLabel, Span)> = Vec::new();
    for (s, e, label) in hits {
        let span = Span(s, e);
        let clash = out.iter().any(|(l, k)| {
            (k.contains(span) && (is_fraud(*l) == is_fraud(label) || *l == label))
                || (*l == label && k.overlaps(span))
        });
        if !clash {
            out.push((label, span));
        }
    }
    crate::sort::sort_by_key(&mut out, |x| x.1);
    out
}

/// A kind of fraud (what the scheme does to its targets) rather than what is done
/// to the people made to run it, or to the money.
fn is_fraud(label: CrimeLabel) -> bool {
    use CrimeLabel::*;
    matches!(
        label,
        OnlineScam | TelecomFraud | VoicePhishing | InvestmentScam | RomanceScam | JobScam
    )
}

/// Where a cue ending at `end` ends as a word, taking an inflection with it;
/// `None` when a word goes on.
fn word_end(text: &str, end: usize, acronym: bool) -> Option<usize> {
    if !char_at(text, end).is_some_and(is_word_char) {
        return Some(end);
    }
    let rest = &text[end..];
    let suffixes: &[&str] = if acronym {
        &["s", "-nya", "nya"]
    } else {
        &["es", "s", "-nya", "nya"]
    };
    suffixes.iter().find_map(|suf| {
        let e = end + suf.len();
        (rest.get(..suf.len())? == *suf && !char_at(text, e).is_some_and(is_word_char)).then_some(e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use CrimeLabel::*;

    fn labels(text: &str) -> Vec<(CrimeLabel, &str)> {
        find(text)
            .into_iter()
            .map(|(l, s)| (l, &text[s.0..s.1]))
            .collect()
    }

    #[test]
    fn cues_are_found_as_the_automaton_found_them_at_word_starts() {
        let word_start = |before: Option<char>, _| !before.is_some_and(is_word_char);
        let found = crate::trie::tests::assert_same_as_the_automaton(&TABLE.patterns, word_start);
        assert!(found > 300, "{found}");
    }

    #[test]
    fn crime_cues_file_loads_sorted_and_unique_with_known_labels() {
        super::super::words::sorted_and_unique(CUES).unwrap();
        for row in tsv_rows(CUES) {
            assert_eq!(row.len(), 2, "{row:?}");
            assert!(parse_label(row[0]).is_some(), "{row:?}");
        }
        assert_eq!(TABLE.meta.len(), tsv_rows(CUES).count());
    }

    #[test]
    fn cues_in_three_languages_get_their_labels() {
        let cases: &[(&str, &[(CrimeLabel, &str)])] = &[
            (
                "Korban penipuan daring dan judi online dipulangkan.",
                &[
                    (OnlineScam, "penipuan daring"),
                    (OnlineGambling, "judi online"),
                ],
            ),
            (
                // a coordinated modifier shares the head: romance (scams)
                "They ran romance and cryptocurrency schemes, and some were made to defraud relatives.",
                &[
                    (RomanceScam, "romance and"),
                    (InvestmentScam, "cryptocurrency schemes"),
                    (ForcedLabour, "made to defraud"),
                ],
            ),
            (
                "Korban dipaksa menjalankan modus investasi kripto.",
                &[
                    (ForcedLabour, "dipaksa menjalankan"),
                    (InvestmentScam, "investasi kripto"),
                ],
            ),
            (
                "Polisi menjerat pelaku dengan pasal TPPO dan TPPU.",
                &[(HumanTrafficking, "TPPO"), (MoneyLaundering, "TPPU")],
            ),
            (
                "Sindiket penipuan pelaburan itu menawarkan gaji lumayan.",
                &[
                    (OnlineScam, "Sindiket penipuan"),
                    (InvestmentScam, "penipuan pelaburan"),
                    (JobScam, "gaji lumayan"),
                ],
            ),
            (
                "Di sana mereka dipaksa menjadi scammer dan keluarga diminta uang tebusan.",
                &[
                    (ForcedLabour, "dipaksa menjadi scammer"),
                    (OnlineScam, "scammer"),
                    (KidnappingDetention, "tebusan"),
                ],
            ),
            (
                "Mereka ditawarkan pekerjaan palsu melalui iklan kerja di media sosial.",
                &[
                    (JobScam, "ditawarkan pekerjaan"),
                    (JobScam, "iklan kerja"),
                ],
            ),
            (
                "Posts advertising jobs lured them into forced-labour scam compounds run by a Ponzi scheme.",
                &[
                    (JobScam, "advertising jobs"),
                    (ForcedLabour, "forced-labour"),
                    (OnlineScam, "scam compounds"),
                    (InvestmentScam, "Ponzi scheme"),
                ],
            ),
            (
                "Victims of scam centres were held captive and forced to work.",
                &[
                    (OnlineScam, "scam centres"),
                    (KidnappingDetention, "held captive"),
                    (ForcedLabour, "forced to work"),
                ],
            ),
            (
                "A love scam is not counted twice as an online scam.",
                &[(RomanceScam, "love scam"), (OnlineScam, "online scam")],
            ),
            (
                "Pig-butchering and vishing rings laundered the proceeds.",
                &[
                    (InvestmentScam, "Pig-butchering"),
                    (VoicePhishing, "vishing"),
                    (MoneyLaundering, "laundered"),
                ],
            ),
            (
                "The POGO ban follows the State Department's TIP report.",
                &[(OnlineGambling, "POGO"), (HumanTrafficking, "TIP")],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(labels(text), *want, "{text}");
        }
    }

    #[test]
    fn acronyms_match_only_in_capitals_and_words_only_whole() {
        let cases = [
            "A useful tip for travellers: pogo sticks are fun.",
            "Kata scampi dan perjudiannya tidak termasuk.",
            "Perjudian di kasino darat bukan judi daringan.",
        ];
        for text in cases {
            assert_eq!(labels(text), vec![], "{text}");
        }
    }

    #[test]
    fn inflected_cues_keep_their_suffix_inside_the_span() {
        assert_eq!(
            labels("Penipuan daringnya marak; scammers fled."),
            vec![(OnlineScam, "Penipuan daringnya"), (OnlineScam, "scammers")]
        );
    }

    #[test]
    fn one_crime_per_label_gathers_every_span() {
        let text = "Judol merajalela. Pemberantasan judi online dan judol berlanjut.";
        let sentences = crate::segment::sentences(text);
        let ctx = Context {
            text,
            lang: crate::model::Lang::Id,
            sentences: &sentences,
            reference: Default::default(),
        };
        let mut doc = Document::default();
        recognize(&ctx, &mut doc);
        assert_eq!(doc.crimes.len(), 1);
        assert_eq!(doc.crimes[0].spans.len(), 3);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in ["", "😀scam😀", "ＴＰＰＯ", "judi\u{a0}online", "é"] {
            let _ = find(text);
        }
    }
}
