//! The cue tables of `data/` (event verbs and nouns, status words, and the
//! small grammar words that tell an actor from a place or a victim), parsed
//! once, and the automata that find them as whole words.
//!
//! - `data/event_cues.tsv`: `type, languages, cue, form`. The form says where
//!   the actor stands: `act` (active verb or a nominal that its subject
//!   governs: the agent precedes), `pas` (passive: the agent follows "oleh",
//!   "by" or stands right after the verb), `pp` (English past form: passive
//!   after an auxiliary, active otherwise), `noun` (as `act`, and the agent may
//!   also follow it: "operasi gabungan polisi Laos"), `named` (only when
//!   capitalized and followed by a capitalized name: "Operation Red Lantern").
//!   Type `none` marks a
//!   longer phrase that only looks like an event ("operasi penipuan",
//!   "barang bukti yang diamankan", "signed a contract"); the longest match
//!   wins, so it hides the cue inside it.
//! - `data/status_cues.tsv`: `status, languages, position, cue`: words that make
//!   an event planned, agreed or negated, or `unreal` (asked for, urged,
//!   wished: "mendesak", "urged", "harus"), and where they stand relative to
//!   the event cue. Status `generic` marks an indefinite subject ("anyone
//!   who", "sesiapa yang", "siapa pun yang"): every cue after it in the
//!   sentence is a rule or a threat, not an event. Status `none` hides
//!   phrases such as "tidak hanya" (not only).
//! - `data/actor_cues.tsv`: `role, languages, word or phrase`. Single words are
//!   looked up while reading backwards from a mention (`di` → location, `oleh`
//!   → agent, `warga` → nationality, `polisi` → authority, `melalui` →
//!   transit…); phrases (clause separators, relative pronouns, speech
//!   verbs) are found with an automaton. Role `pair` lists the phrases that
//!   stand for two parties named before ("kedua negara", "kedua-dua pihak",
//!   "the two sides"), role `trio` those for three ("ketiga negara", "the
//!   three countries"), found with an automaton of their own.
//! - `data/capitals.txt`: capitals, as named in `data/places.tsv`, whose name
//!   may stand for their government ("agreed between Beijing, Bangkok and
//!   Naypyitaw").
//!
//! Matching ignores ASCII case and never crosses a word: a cue must start and
//! end at word boundaries, except that the Indonesian enclitic "-nya" may
//! follow it ("penangkapannya").

use std::cmp::{Ordering, Reverse};
use std::sync::LazyLock;

#[cfg(test)]
use crate::automaton::{AhoCorasickBuilder, MatchKind};
use crate::trie::Phrases;

use crate::model::EventType;

pub(crate) const EVENT_CUES_TSV: &str = crate::data_file::data_file!("event_cues.tsv");
pub(crate) const STATUS_CUES_TSV: &str = crate::data_file::data_file!("status_cues.tsv");
pub(crate) const ACTOR_CUES_TSV: &str = crate::data_file::data_file!("actor_cues.tsv");
pub(crate) const CAPITALS_TXT: &str = crate::data_file::data_file!("capitals.txt");

/// Where the actor of an event cue stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    Act,
    Pas,
    Pp,
    Noun,
    Named,
}

/// One event cue; `kind` is `None` for a blocking phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct EventCue {
    pub kind: Option<EventType>,
    pub form: Form,
    /// A verb whose particle comes after its object: the cue stands only
    /// when one of these words ("home|back") follows within
    /// [`PARTICLE_REACH`] words of its clause ("flew 270 Indian nationals
    /// home", "bringing its citizens back").
    pub then: Option<&'static str>,
}

/// How many words after a split verb its particle may stand.
pub(crate) const PARTICLE_REACH: usize = 6;

/// What a status word does to the event cues around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StatusKind {
    Planned,
    Agreed,
    Negated,
    Unreal,
    /// What is discussed ("membahas", "to discuss"): people are not yet
    /// arrested, rescued or sent home; cooperation discussed is still planned.
    Topic,
    Generic,
    None,
}

/// Which side of the event cue a status word must stand on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Position {
    Before,
    After,
    Both,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StatusCue {
    pub kind: StatusKind,
    pub position: Position,
}

/// The role a single grammar word gives to the mention after it (or, for
/// `NationalityAfter`, before it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Adverb,
    Agent,
    Authority,
    Aux,
    Coagent,
    Coordinator,
    Destination,
    Filler,
    Location,
    Nationality,
    NationalityAfter,
    Origin,
    Transit,
}

/// Phrases found by position in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    /// Speech verbs and "bahwa"/"that": a new subject may follow.
    Soft,
    /// ", dan", "setelah": a clause whose missing subject is the previous one's.
    ClauseCoord,
    /// "sementara", "; ": a clause with its own subject.
    ClauseNew,
    /// "yang", "which", "who": a relative clause inside a clause.
    Relative,
    /// ", yang", ", which": a clause about the noun just before it.
    ClauseRel,
    /// "di antaranya", "termasuk", "including": the people named after it are
    /// part of a larger group.
    Subset,
    /// "bekerja sama dengan", "berkoordinasi dengan": the partner named after
    /// it worked with a side the sentence leaves unnamed.
    Partner,
    /// "warganya", "its citizens": the people of the side that acts.
    OwnPeople,
    /// "pekerja migran", "PMI", "TKI": in an Indonesian article, the
    /// article's own people, who are sent home to Indonesia.
    HomePeople,
}

/// A phrase table: what each phrase means, and where its phrases start
/// among the patterns of the one automaton of [`CUES`].
pub(crate) struct Table<T> {
    first: usize,
    info: Vec<T>,
    /// Whether a match may carry the enclitic "-nya" ("penangkapannya"); not
    /// for grammar words, where "sebelumnya" (previously) is not "sebelum".
    nya: bool,
}

/// A whole-word match of a table entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit<T> {
    pub start: usize,
    pub end: usize,
    pub info: T,
}

/// The data rows of a TSV file: comment and blank lines skipped.
pub(crate) fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

fn event_type(name: &str) -> Option<Option<EventType>> {
    Some(Some(match name {
        "meeting" => EventType::Meeting,
        "agreement" => EventType::Agreement,
        "operation" => EventType::Operation,
        "arrest" => EventType::Arrest,
        "repatriation" => EventType::Repatriation,
        "rescue" => EventType::Rescue,
        "information_sharing" => EventType::InformationSharing,
        "training" => EventType::Training,
        "none" => return Some(None),
        _ => return None,
    }))
}

pub(crate) fn parse_event_row(row: &[&'static str]) -> Option<(&'static str, EventCue)> {
    let (kind, cue, form, then) = match row {
        [kind, _lang, cue, form] => (kind, cue, form, None),
        [kind, _lang, cue, form, then] if !then.is_empty() => (kind, cue, form, Some(*then)),
        _ => return None,
    };
    let kind = event_type(kind)?;
    let form = match *form {
        "act" => Form::Act,
        "pas" => Form::Pas,
        "pp" => Form::Pp,
        "noun" | "none" => Form::Noun,
        "named" => Form::Named,
        _ => return None,
    };
    Some((cue, EventCue { kind, form, then }))
}

pub(crate) fn parse_status_row(row: &[&'static str]) -> Option<(&'static str, StatusCue)> {
    let [kind, _lang, position, cue] = row else {
        return None;
    };
    let kind = match *kind {
        "planned" => StatusKind::Planned,
        "agreed" => StatusKind::Agreed,
        "negated" => StatusKind::Negated,
        "unreal" => StatusKind::Unreal,
        "topic" => StatusKind::Topic,
        "generic" => StatusKind::Generic,
        "none" => StatusKind::None,
        _ => return None,
    };
    let position = match *position {
        "before" => Position::Before,
        "after" => Position::After,
        "both" => Position::Both,
        _ => return None,
    };
    Some((cue, StatusCue { kind, position }))
}

/// A grammar word or phrase: single-word roles, or a phrase mark.
pub(crate) enum ActorEntry {
    Word(Role),
    Phrase(Mark),
    /// Parties named before, two ("kedua negara", "the two sides") or
    /// three ("ketiga negara", "the three countries").
    Pair(u8),
}

pub(crate) fn parse_actor_row(row: &[&'static str]) -> Option<(&'static str, ActorEntry)> {
    let [role, _lang, phrase] = row else {
        return None;
    };
    let entry = match *role {
        "adverb" => ActorEntry::Word(Role::Adverb),
        "agent" => ActorEntry::Word(Role::Agent),
        "authority" => ActorEntry::Word(Role::Authority),
        "aux" => ActorEntry::Word(Role::Aux),
        "coagent" => ActorEntry::Word(Role::Coagent),
        "coordinator" => ActorEntry::Word(Role::Coordinator),
        "destination" => ActorEntry::Word(Role::Destination),
        "filler" => ActorEntry::Word(Role::Filler),
        "location" => ActorEntry::Word(Role::Location),
        "nationality" => ActorEntry::Word(Role::Nationality),
        "nationality_after" => ActorEntry::Word(Role::NationalityAfter),
        "origin" => ActorEntry::Word(Role::Origin),
        "transit" => ActorEntry::Word(Role::Transit),
        "soft" => ActorEntry::Phrase(Mark::Soft),
        "clause_coord" => ActorEntry::Phrase(Mark::ClauseCoord),
        "clause_new" => ActorEntry::Phrase(Mark::ClauseNew),
        "clause_rel" => ActorEntry::Phrase(Mark::ClauseRel),
        "relative" => ActorEntry::Phrase(Mark::Relative),
        "subset" => ActorEntry::Phrase(Mark::Subset),
        "partner" => ActorEntry::Phrase(Mark::Partner),
        "own_people" => ActorEntry::Phrase(Mark::OwnPeople),
        "home_people" => ActorEntry::Phrase(Mark::HomePeople),
        "pair" => ActorEntry::Pair(2),
        "trio" => ActorEntry::Pair(3),
        _ => return None,
    };
    Some((phrase, entry))
}

/// The four phrase tables, searched in one pass: one trie over all their
/// phrases, numbered table after table, walked from each place a phrase
/// may start. It reports every occurrence of every phrase there, so each
/// table gets the same matches as from a search of its own (four scans of
/// the text before).
pub(crate) struct Cues {
    /// Every table's phrases, in one search.
    all: Phrases,
    events: Table<EventCue>,
    status: Table<StatusCue>,
    marks: Table<Mark>,
    pairs: Table<u8>,
    /// All the phrases, for the test that searches each table alone.
    #[cfg(test)]
    phrases: Vec<&'static str>,
}

/// Appends the phrases of `entries` to `phrases`; their table.
fn table<T>(
    entries: Vec<(&'static str, T)>,
    nya: bool,
    phrases: &mut Vec<&'static str>,
) -> Table<T> {
    let first = phrases.len();
    let (more, info): (Vec<&str>, Vec<T>) = entries.into_iter().unzip();
    phrases.extend(more);
    Table { first, info, nya }
}

pub(crate) static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut phrases = Vec::new();
    let events = table(
        rows(EVENT_CUES_TSV)
            .filter_map(|r| parse_event_row(&r))
            .collect(),
        true,
        &mut phrases,
    );
    let status = table(
        rows(STATUS_CUES_TSV)
            .filter_map(|r| parse_status_row(&r))
            .collect(),
        false,
        &mut phrases,
    );
    let marks = table(
        rows(ACTOR_CUES_TSV)
            .filter_map(|r| match parse_actor_row(&r)? {
                (p, ActorEntry::Phrase(m)) => Some((p, m)),
                _ => None,
            })
            .collect(),
        false,
        &mut phrases,
    );
    // Phrases that stand for the parties named before ("kedua negara"),
    // with how many they are.
    let pairs = table(
        rows(ACTOR_CUES_TSV)
            .filter_map(|r| match parse_actor_row(&r)? {
                (p, ActorEntry::Pair(n)) => Some((p, n)),
                _ => None,
            })
            .collect(),
        false,
        &mut phrases,
    );
    Cues {
        all: Phrases::new(&phrases),
        events,
        status,
        marks,
        pairs,
        #[cfg(test)]
        phrases,
    }
});

/// The capitals of `data/capitals.txt`, in file order (sorted).
static CAPITALS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    CAPITALS_TXT
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether the place `name` (canonical, as in `data/places.tsv`) is a capital.
pub(crate) fn is_capital(name: &str) -> bool {
    CAPITALS.binary_search(&name).is_ok()
}

/// Single grammar words, sorted by their ASCII-lowercase form.
static WORDS: LazyLock<Vec<(&'static str, Role)>> = LazyLock::new(|| {
    let mut words: Vec<(&'static str, Role)> = rows(ACTOR_CUES_TSV)
        .filter_map(|r| match parse_actor_row(&r)? {
            (p, ActorEntry::Word(role)) => Some((p, role)),
            _ => None,
        })
        .collect();
    crate::sort::sort_by(&mut words, |a, b| cmp_ci(a.0, b.0));
    words
});

/// Compares two strings ignoring ASCII case, without allocating.
pub(crate) fn cmp_ci(a: &str, b: &str) -> Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// The role of a single grammar word, ignoring ASCII case.
pub(crate) fn word_role(word: &str) -> Option<Role> {
    let words = &*WORDS;
    words
        .binary_search_by(|(w, _)| cmp_ci(w, word))
        .ok()
        .map(|i| words[i].1)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `text[start..end]` stands as whole words (with `nya`, a trailing
/// "-nya" allowed).
fn bounded(text: &str, start: usize, end: usize, nya: bool) -> bool {
    let inner = &text[start..end];
    let first_is_word = inner.chars().next().is_some_and(is_word_char);
    let last_is_word = inner.chars().next_back().is_some_and(is_word_char);
    if first_is_word && text[..start].chars().next_back().is_some_and(is_word_char) {
        return false;
    }
    if !last_is_word {
        return true;
    }
    let rest = &text[end..];
    match rest.chars().next() {
        Some(c) if is_word_char(c) => {
            let tail = rest.get(..3).filter(|t| t.eq_ignore_ascii_case("nya"));
            nya && tail.is_some() && !rest[3..].chars().next().is_some_and(is_word_char)
        }
        _ => true,
    }
}

/// The whole-word matches of each table in a text.
#[derive(Default)]
pub(crate) struct Found {
    pub events: Vec<Hit<EventCue>>,
    pub status: Vec<Hit<StatusCue>>,
    pub marks: Vec<Hit<Mark>>,
    /// Phrases for parties named before, with how many they are.
    pub pairs: Vec<Hit<u8>>,
}

impl<T: Copy> Table<T> {
    /// Keeps the match of pattern `id` (one of this table's) if it stands
    /// as whole words.
    fn push(&self, text: &str, (start, end): (usize, usize), id: usize, out: &mut Vec<Hit<T>>) {
        if bounded(text, start, end, self.nya) {
            let info = self.info[id - self.first];
            out.push(Hit { start, end, info });
        }
    }
}

/// All whole-word matches of every table in `text`, longest first at each
/// start, with overlaps dropped within a table (an earlier or longer match
/// wins).
pub(crate) fn find_all(text: &str) -> Found {
    let cues = &*CUES;
    let mut found = Found::default();
    // A phrase that opens with a word char opens a word (what `bounded`
    // asks of its start); one that opens with another char starts anywhere.
    let may_start =
        |before: Option<char>, c: char| !(is_word_char(c) && before.is_some_and(is_word_char));
    // Matches come by start; `drop_overlaps` sorts stably by the start
    // first, so it orders them as it ordered the automaton's.
    for (start, end, id) in cues.all.find_overlapping(text, may_start) {
        let span = (start, end);
        if id < cues.status.first {
            cues.events.push(text, span, id, &mut found.events);
        } else if id < cues.marks.first {
            cues.status.push(text, span, id, &mut found.status);
        } else if id < cues.pairs.first {
            cues.marks.push(text, span, id, &mut found.marks);
        } else {
            cues.pairs.push(text, span, id, &mut found.pairs);
        }
    }
    drop_overlaps(&mut found.events);
    found.events.retain(|h| {
        h.info
            .then
            .is_none_or(|then| particle_follows(text, h.end, then))
    });
    drop_overlaps(&mut found.status);
    drop_overlaps(&mut found.marks);
    drop_overlaps(&mut found.pairs);
    found
}

/// Whether one of the `|`-separated words of `then` follows `from` within
/// [`PARTICLE_REACH`] words, with no punctuation but an apostrophe between:
/// "flew 270 Indian nationals home", not "flew to Bangkok. Home …".
fn particle_follows(text: &str, from: usize, then: &str) -> bool {
    let mut words = 0;
    let mut start = None;
    let rest = &text[from..];
    // A space after the end closes the last word.
    for (k, c) in rest.char_indices().chain([(rest.len(), ' ')]) {
        // "1,000" and "1.000" are one word.
        let in_number = matches!(c, ',' | '.')
            && start.is_some_and(|s| {
                rest[s..k]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            })
            && rest[k + 1..].starts_with(|d: char| d.is_ascii_digit());
        if is_word_char(c) || c == '\'' || c == '’' || in_number {
            start.get_or_insert(k);
            continue;
        }
        if let Some(s) = start.take() {
            let w = &rest[s..k];
            if then.split('|').any(|p| p.eq_ignore_ascii_case(w)) {
                return true;
            }
            words += 1;
            if words > PARTICLE_REACH {
                return false;
            }
        }
        if !c.is_whitespace() {
            return false;
        }
    }
    false
}

/// Sorts the hits by start, longest first, and keeps those that start after
/// the end of the last one kept.
fn drop_overlaps<T: Copy>(out: &mut Vec<Hit<T>>) {
    crate::sort::sort_by_key(out, |h| (h.start, Reverse(h.end)));
    let mut kept = 0;
    let mut last_end = 0;
    for i in 0..out.len() {
        if out[i].start >= last_end {
            last_end = out[i].end;
            out[kept] = out[i];
            kept += 1;
        }
    }
    out.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each data file parses in full, is sorted, and names each phrase once.
    #[test]
    fn cue_files_load_sorted_and_without_duplicates() {
        type Parses = fn(&[&'static str]) -> bool;
        let files: [(&str, &str, usize, Parses); 3] = [
            ("event_cues", EVENT_CUES_TSV, 2, |r| {
                parse_event_row(r).is_some()
            }),
            ("status_cues", STATUS_CUES_TSV, 3, |r| {
                parse_status_row(r).is_some()
            }),
            ("actor_cues", ACTOR_CUES_TSV, 2, |r| {
                parse_actor_row(r).is_some()
            }),
        ];
        for (name, tsv, phrase_col, parses) in files {
            let lines: Vec<&str> = tsv
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .collect();
            assert!(lines.len() > 20, "{name} is nearly empty");
            assert!(
                lines.windows(2).all(|w| w[0] < w[1]),
                "{name} is not sorted"
            );
            let mut phrases: Vec<String> = Vec::new();
            for row in rows(tsv) {
                assert!(parses(&row), "{name}: bad row {row:?}");
                let phrase = row[phrase_col];
                assert_eq!(phrase, phrase.trim(), "{name}: stray space in {phrase:?}");
                for lang in row[1].split(',') {
                    assert!(
                        ["id", "en", "ms"].contains(&lang),
                        "{name}: language {lang}"
                    );
                }
                phrases.push(phrase.to_ascii_lowercase());
            }
            let total = phrases.len();
            phrases.sort();
            phrases.dedup();
            assert_eq!(phrases.len(), total, "{name} repeats a phrase");
        }
    }

    #[test]
    fn capitals_load_sorted_unique_and_named_as_in_the_places_file() {
        let places: Vec<&str> = crate::data_file::data_file!("places.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .collect();
        assert!(CAPITALS.len() > 20, "capitals.txt is nearly empty");
        assert!(
            CAPITALS.windows(2).all(|w| w[0] < w[1]),
            "capitals.txt is not sorted and unique"
        );
        for c in CAPITALS.iter() {
            assert!(places.contains(c), "{c} is not a place of places.tsv");
        }
        assert!(is_capital("Phnom Penh") && is_capital("Beijing"));
        assert!(!is_capital("Sihanoukville") && !is_capital("phnom penh"));
    }

    #[test]
    fn a_split_verb_is_a_cue_only_with_its_particle_behind_its_object() {
        let cues_in = |text: &str| -> Vec<String> {
            find_all(text)
                .events
                .iter()
                .map(|h| text[h.start..h.end].to_string())
                .collect()
        };
        for (text, want) in [
            ("New Delhi flew 270 Indian nationals home.", &["flew"][..]),
            (
                "Beijing brought more than 1,000 of its citizens back.",
                &["brought"][..],
            ),
            (
                "Lao police handed 289 Chinese suspects over to China.",
                &["handed"][..],
            ),
            ("He was flown to Cambodia. Home was far away.", &[][..]),
            ("The court handed down a sentence.", &[][..]),
            (
                "They sent money to their families, who waited at home.",
                &[][..],
            ),
            (
                "Wisma Putra berusaha membawa mereka pulang.",
                &["membawa"][..],
            ),
            ("Ia membawa dokumen ke kantor polisi.", &[][..]),
        ] {
            assert_eq!(cues_in(text), want, "{text}");
        }
    }

    #[test]
    fn every_event_type_has_cues_in_indonesian_and_english() {
        let all = [
            EventType::Meeting,
            EventType::Agreement,
            EventType::Operation,
            EventType::Arrest,
            EventType::Repatriation,
            EventType::Rescue,
            EventType::InformationSharing,
            EventType::Training,
        ];
        for kind in all {
            for lang in ["id", "en"] {
                let found = rows(EVENT_CUES_TSV).any(|r| {
                    r[1].split(',').any(|l| l == lang)
                        && parse_event_row(&r).is_some_and(|(_, c)| c.kind == Some(kind))
                });
                assert!(found, "no {lang} cue for {kind:?}");
            }
        }
    }

    #[test]
    fn cues_match_whole_words_and_the_nya_enclitic_only() {
        let cases: &[(&str, &[&str])] = &[
            ("Penangkapannya dilakukan malam itu.", &["Penangkapan"]),
            ("Mereka ditangkapi.", &[]),
            ("Polisi MENANGKAP dua orang.", &["MENANGKAP"]),
            ("Barang bukti yang diamankan polisi.", &[]),
            (
                "Mereka tertangkap, lalu dideportasi.",
                &["tertangkap", "dideportasi"],
            ),
            ("metode baru", &[]),
            ("Pemulangannya ditunda.", &["Pemulangan"]),
            (
                "They met in Hanoi and signed an MoU.",
                &["met", "signed", "MoU"],
            ),
        ];
        for (text, want) in cases {
            let hits = find_all(text).events;
            let got: Vec<&str> = hits
                .iter()
                .filter(|h| h.info.kind.is_some())
                .map(|h| &text[h.start..h.end])
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    /// The matches of one table searched with an automaton of its own, as
    /// before the tables shared one search.
    fn find_alone<T: Copy>(table: &Table<T>, count: usize, text: &str) -> Vec<Hit<T>> {
        let phrases = &CUES.phrases[table.first..table.first + count];
        let ac = crate::automaton::build(
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard),
            phrases,
        )
        .expect("one table's automaton");
        let mut out = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            let span = (m.start(), m.end());
            if text.is_char_boundary(span.0) && text.is_char_boundary(span.1) {
                table.push(text, span, table.first + m.pattern().as_usize(), &mut out);
            }
        }
        drop_overlaps(&mut out);
        out
    }

    #[test]
    fn one_search_finds_what_each_table_found_alone() {
        let mut texts = vec![
            "Polisi menangkap dan memulangkan kedua negara, yang sebelumnya bekerja sama dengan Laos."
                .to_string(),
        ];
        texts.extend(crate::test_texts::texts());
        let c = &*CUES;
        let n = [
            c.status.first - c.events.first,
            c.marks.first - c.status.first,
            c.pairs.first - c.marks.first,
            c.phrases.len() - c.pairs.first,
        ];
        let mut hits = 0;
        for t in &texts {
            let f = find_all(t);
            let mut events = find_alone(&c.events, n[0], t);
            events.retain(|h| {
                h.info
                    .then
                    .is_none_or(|then| particle_follows(t, h.end, then))
            });
            assert_eq!(f.events, events);
            assert_eq!(f.status, find_alone(&c.status, n[1], t));
            assert_eq!(f.marks, find_alone(&c.marks, n[2], t));
            assert_eq!(f.pairs, find_alone(&c.pairs, n[3], t));
            hits += f.events.len() + f.status.len() + f.marks.len() + f.pairs.len();
        }
        assert!(texts.len() > 50 && hits > 1000, "{} {hits}", texts.len());
    }

    #[test]
    fn grammar_phrases_take_no_nya_enclitic() {
        let text = "WNI yang sebelumnya bekerja, kata dia";
        let hits = find_all(text).marks;
        let got: Vec<&str> = hits.iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(got, ["yang", "kata"]);
    }

    #[test]
    fn grammar_words_are_found_ignoring_case() {
        assert_eq!(word_role("DI"), Some(Role::Location));
        assert_eq!(word_role("oleh"), Some(Role::Agent));
        assert_eq!(word_role("Nationals"), Some(Role::NationalityAfter));
        assert_eq!(word_role("menangkap"), None);
    }

    #[test]
    fn matching_odd_unicode_never_panics() {
        for text in [
            "",
            "é",
            "ditangkap\u{a0}😀",
            "😀ditangkap",
            "ditangkapnyä",
            "nya",
        ] {
            find_all(text);
        }
    }
}
