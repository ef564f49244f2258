//! The vocabulary of boilerplate: cue phrases, byline labels, outlets, month
//! names, widget words. Each lives in a `data/clean_*` file, parsed once.

use crate::case::Case;
use std::sync::LazyLock;

use crate::automaton::{AhoCorasick, MatchKind, StartKind};

use crate::model::RemovedReason;

/// Where in a line a cue counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Modes {
    /// At the start of a line, whatever follows.
    pub lead: bool,
    /// At the start of a line, followed by `:`, a dash or the end of the line.
    pub label: bool,
    /// The whole line, punctuation and emoji aside.
    pub whole: bool,
    /// Anywhere in a short line.
    pub contains: bool,
    /// Glued to the end of a paragraph after its last sentence.
    pub tail: bool,
}

/// One boilerplate cue.
#[derive(Clone, Debug)]
pub(crate) struct Cue {
    pub text: String,
    pub modes: Modes,
    pub reason: RemovedReason,
}

/// What a byline label credits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Author,
    Editor,
    Translator,
    Wire,
    Photo,
}

/// A byline label ("Pewarta", "Editing by").
#[derive(Clone, Debug)]
pub(crate) struct BylineLabel {
    pub text: String,
    pub role: Role,
    /// Whether a `:` must follow ("Editor:"); "Oleh" and "By" need none.
    pub colon: bool,
}

/// A news outlet or agency by one of its names.
#[derive(Clone, Debug)]
pub(crate) struct Outlet {
    pub alias: String,
    pub canonical: String,
    pub wire: bool,
    /// Whether the alias is distinctive enough to be found inside a line.
    pub scan: bool,
}

fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

fn reason(name: &str) -> RemovedReason {
    match name {
        "related_link" => RemovedReason::RelatedLink,
        "widget" => RemovedReason::Widget,
        "ad" => RemovedReason::Ad,
        "captcha" => RemovedReason::Captcha,
        "legal" => RemovedReason::Legal,
        "navigation" => RemovedReason::Navigation,
        "tags" => RemovedReason::Tags,
        "caption" => RemovedReason::Caption,
        "timestamp" => RemovedReason::Timestamp,
        other => panic!("data/clean_cues.tsv: unknown reason {other}"),
    }
}

pub(crate) const CUES_DATA: &str = include_str!("../../data/clean_cues.tsv");
pub(crate) const BYLINES_DATA: &str = include_str!("../../data/clean_bylines.tsv");
pub(crate) const OUTLETS_DATA: &str = include_str!("../../data/clean_outlets.tsv");
pub(crate) const MONTHS_DATA: &str = include_str!("../../data/clean_months.tsv");
pub(crate) const STAMP_DATA: &str = include_str!("../../data/clean_stamp_words.txt");
pub(crate) const WIDGET_DATA: &str = include_str!("../../data/clean_widget_words.txt");
pub(crate) const WIDGET_STRONG_DATA: &str = include_str!("../../data/clean_widget_strong.txt");
pub(crate) const SECTIONS_DATA: &str = include_str!("../../data/clean_sections.txt");
pub(crate) const RELATED_DATA: &str = include_str!("../../data/clean_related_words.tsv");
pub(crate) const TAGLINE_DATA: &str = include_str!("../../data/clean_taglines.txt");

/// Boilerplate cues and one automaton over them (lowercase).
pub(crate) struct Cues {
    pub list: Vec<Cue>,
    pub automaton: AhoCorasick,
}

pub(crate) static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let list: Vec<Cue> = rows(CUES_DATA)
        .map(|r| {
            let mut modes = Modes::default();
            for m in r.get(1).unwrap_or(&"").split(',') {
                match m {
                    "lead" => modes.lead = true,
                    "label" => modes.label = true,
                    "whole" => modes.whole = true,
                    "contains" => modes.contains = true,
                    "tail" => modes.tail = true,
                    _ => {}
                }
            }
            Cue {
                text: r[0].to_string(),
                modes,
                reason: reason(r.get(2).unwrap_or(&"widget")),
            }
        })
        .collect();
    let texts: Vec<&str> = list.iter().map(|c| c.text.as_str()).collect();
    let automaton = crate::automaton::build(
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both),
        &texts,
    )
    .expect("cue automaton");
    Cues { list, automaton }
});

/// Byline labels and one automaton over them (lowercase).
pub(crate) struct Bylines {
    pub list: Vec<BylineLabel>,
    pub automaton: AhoCorasick,
}

pub(crate) static BYLINES: LazyLock<Bylines> = LazyLock::new(|| {
    let list: Vec<BylineLabel> = rows(BYLINES_DATA)
        .map(|r| BylineLabel {
            text: r[0].to_string(),
            role: match r.get(1).copied().unwrap_or("author") {
                "editor" => Role::Editor,
                "translator" => Role::Translator,
                "wire" => Role::Wire,
                "photo" => Role::Photo,
                _ => Role::Author,
            },
            colon: r.get(2) != Some(&"n"),
        })
        .collect();
    let texts: Vec<&str> = list.iter().map(|c| c.text.as_str()).collect();
    let automaton = crate::automaton::build(
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both),
        &texts,
    )
    .expect("byline automaton");
    Bylines { list, automaton }
});

/// Outlets, sorted by alias, and an automaton over the aliases that may be
/// searched inside a line.
pub(crate) struct Outlets {
    pub list: Vec<Outlet>,
    pub scan_ids: Vec<usize>,
    pub automaton: AhoCorasick,
    /// The most chars a name [`Outlets::lookup`] can find may have: the
    /// longest alias, with "www." and the longest web suffix.
    longest: usize,
}

pub(crate) static OUTLETS: LazyLock<Outlets> = LazyLock::new(|| {
    let list: Vec<Outlet> = rows(OUTLETS_DATA)
        .map(|r| Outlet {
            alias: r[0].to_string(),
            canonical: r.get(1).unwrap_or(&r[0]).to_string(),
            wire: r.get(2) == Some(&"wire"),
            scan: r.get(3) == Some(&"y"),
        })
        .collect();
    let scan_ids: Vec<usize> = (0..list.len()).filter(|&i| list[i].scan).collect();
    let aliases: Vec<&str> = scan_ids.iter().map(|&i| list[i].alias.as_str()).collect();
    let automaton = crate::automaton::build(
        AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest),
        &aliases,
    )
    .expect("outlet automaton");
    let chars = |s: &str| s.chars().count();
    let longest = list.iter().map(|o| chars(&o.alias)).max().unwrap_or(0)
        + chars("www.")
        + WEB_SUFFIXES.iter().map(|s| chars(s)).max().unwrap_or(0);
    Outlets {
        list,
        scan_ids,
        automaton,
        longest,
    }
});

impl Outlets {
    /// The outlet named exactly `name` (any case, surrounding punctuation aside).
    pub fn lookup(&self, name: &str) -> Option<&Outlet> {
        let name = name.trim().trim_matches(|c: char| !c.is_alphanumeric());
        // Lowercasing gives a char at least for each char, and the address
        // and stem below lose "www." and a suffix at most: a name of more
        // chars than `longest` is no alias (whole lines are tried).
        if name.len() > self.longest && name.chars().count() > self.longest {
            return None;
        }
        self.find_name(name)
    }

    /// [`Outlets::lookup`] of a name already trimmed, behind no gate.
    fn find_name(&self, name: &str) -> Option<&Outlet> {
        let key = name.lower();
        let find = |k: &str| {
            self.list
                .binary_search_by(|o| o.alias.as_str().cmp(k))
                .ok()
                .map(|i| &self.list[i])
        };
        find(&key).or_else(|| {
            // "Rappler.com", "www.suara.com", "SINDOnews.com": the site's
            // address names the outlet too.
            let bare = key.strip_prefix("www.").unwrap_or(&key);
            let stem = WEB_SUFFIXES
                .iter()
                .find_map(|s| bare.strip_suffix(s))
                .filter(|s| !s.is_empty() && !s.contains(' '))?;
            find(stem).or_else(|| find(bare))
        })
    }

    /// The first distinctive outlet name inside `line`, on word boundaries.
    pub fn find_in(&self, line: &str) -> Option<&Outlet> {
        let lower = line.lower();
        let b = lower.as_bytes();
        self.automaton.find_iter(&lower).find_map(|m| {
            let before = m.start() == 0 || !b[m.start() - 1].is_ascii_alphanumeric();
            let after = m.end() == b.len() || !b[m.end()].is_ascii_alphanumeric();
            (before && after).then(|| &self.list[self.scan_ids[m.pattern().as_usize()]])
        })
    }
}

/// Endings of news sites' addresses, longest first.
pub(crate) const WEB_SUFFIXES: &[&str] = &[
    ".com.my", ".com.sg", ".com.ph", ".com.kh", ".com.vn", ".co.id", ".co.th", ".co.kr", ".co.uk",
    ".or.id", ".go.id", ".asia", ".news", ".com", ".net", ".org", ".co", ".id", ".my", ".tv",
    ".ph", ".sg", ".kh", ".vn", ".la", ".mm", ".th",
];

/// Month names (Indonesian, Malay, English, abbreviated) and their numbers.
pub(crate) static MONTHS: LazyLock<Vec<(&'static str, u32)>> = LazyLock::new(|| {
    rows(MONTHS_DATA)
        .map(|r| (r[0], r.get(1).and_then(|m| m.parse().ok()).unwrap_or(0)))
        .collect()
});

/// The month number of a month name, any case, with or without a final dot.
pub(crate) fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').lower();
    MONTHS
        .binary_search_by(|(k, _)| (*k).cmp(w.as_str()))
        .ok()
        .map(|i| MONTHS[i].1)
}

fn word_list(data: &'static str) -> Vec<&'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// Words that may stand beside a date in a time stamp line.
pub(crate) static STAMP_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_list(STAMP_DATA));
/// Words a share widget is made of.
pub(crate) static WIDGET_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_list(WIDGET_DATA));
/// Words that only a share widget has.
pub(crate) static WIDGET_STRONG: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_list(WIDGET_STRONG_DATA));

/// Names of newspaper sections and desks, lowercase: the kicker above a
/// headline is made of them ("Nasional", "Hukum", "World", "Asia").
pub(crate) static SECTIONS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_list(SECTIONS_DATA));

/// Words of a site's slogan ("Terpercaya", "Terkini").
pub(crate) static TAGLINES: LazyLock<Vec<&'static str>> = LazyLock::new(|| word_list(TAGLINE_DATA));

/// Words a related-links header is made of ("Kamu Sudah Baca Ini?", "You
/// may like these stories too", "Menarik Dibaca"), each with whether it
/// alone says "more to read" (`strong`).
pub(crate) static RELATED_WORDS: LazyLock<Vec<(&'static str, bool)>> = LazyLock::new(|| {
    rows(RELATED_DATA)
        .map(|r| (r[0], r.get(1) == Some(&"strong")))
        .collect()
});

/// Whether sorted `list` holds `word`.
pub(crate) fn has(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(data: &str) -> Vec<&str> {
        data.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split('\t').next().unwrap_or(""))
            .collect()
    }

    #[test]
    fn outlet_names_too_long_for_an_alias_are_no_outlet() {
        let mut lines: Vec<String> = [
            "Kompas.com",
            "www.suara.com",
            "  (Reuters) ",
            "CNN Indonesia",
            "KKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKK",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        lines.extend(crate::test_texts::lines());
        let mut found = 0;
        for l in &lines {
            let name = l.trim().trim_matches(|c: char| !c.is_alphanumeric());
            let want = OUTLETS.find_name(name).map(|o| &o.alias);
            found += usize::from(want.is_some());
            assert_eq!(OUTLETS.lookup(l).map(|o| &o.alias), want, "{l:?}");
        }
        assert!(found >= 20, "{found}");
    }

    #[test]
    fn every_data_file_loads_sorted_and_without_duplicates() {
        for (name, data) in [
            ("clean_cues", CUES_DATA),
            ("clean_bylines", BYLINES_DATA),
            ("clean_outlets", OUTLETS_DATA),
            ("clean_months", MONTHS_DATA),
            ("clean_stamp_words", STAMP_DATA),
            ("clean_widget_words", WIDGET_DATA),
            ("clean_widget_strong", WIDGET_STRONG_DATA),
            ("clean_sections", SECTIONS_DATA),
            ("clean_related_words", RELATED_DATA),
            ("clean_taglines", TAGLINE_DATA),
        ] {
            let k = keys(data);
            assert!(!k.is_empty(), "{name} is empty");
            assert!(
                k.windows(2).all(|w| w[0] < w[1]),
                "{name} is not sorted or has duplicates"
            );
        }
        assert!(CUES.list.len() > 50);
        assert!(BYLINES.list.len() > 20);
        assert!(OUTLETS.list.len() > 100);
        assert_eq!(MONTHS.len(), keys(MONTHS_DATA).len());
        assert!(MONTHS.iter().all(|(_, m)| (1..=12).contains(m)));
    }

    #[test]
    fn strong_widget_words_are_widget_words() {
        for w in WIDGET_STRONG.iter() {
            assert!(has(&WIDGET_WORDS, w), "{w}");
        }
    }

    #[test]
    fn outlets_are_found_by_alias_and_inside_lines() {
        assert_eq!(OUTLETS.lookup("detikNews").unwrap().canonical, "Detik");
        assert_eq!(OUTLETS.lookup("(ANTARA)").unwrap().canonical, "ANTARA");
        assert!(OUTLETS.lookup("Reuters").unwrap().wire);
        assert!(OUTLETS.lookup("Kepolisian").is_none());
        let found = OUTLETS.find_in("Copyright © 2008 - 2024 PT. Kompas Cyber Media");
        assert_eq!(found.unwrap().canonical, "Kompas");
        assert!(OUTLETS.find_in("map of the area").is_none());
    }

    #[test]
    fn months_are_known_in_three_languages() {
        for (w, m) in [
            ("Maret", 3),
            ("Mac", 3),
            ("Ogos", 8),
            ("Sept.", 9),
            ("Okt", 10),
            ("DEC", 12),
        ] {
            assert_eq!(month(w), Some(m), "{w}");
        }
        assert_eq!(month("Minggu"), None);
    }
}
