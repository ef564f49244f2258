//! Persons with their titles, organizations and countries, and later surname-only mentions.
//!
//! The text is cut into tokens once; an organization, country, place or region
//! span found by the entities recognizer becomes a single token, so a name can
//! never run into one. A person is a run of capitalized words that something
//! anchors:
//!
//! - a title before it: an office ("Direktur", "Menteri", "spokesman") with the
//!   words of its unit after it ("Kerja Sama Internasional", an organization, a
//!   country), then ranks or honours ("Irjen Pol.", "Tan Sri", "Gen."), an
//!   optional comma, and the name. English offices take their modifiers from
//!   before the head ("Interior Minister", "police spokesman");
//! - a rank or honour alone ("Brigjen Pol. Untung Widyatmoko");
//! - a title after it, behind a comma ("Sok Vannak, juru bicara Kepolisian
//!   Kamboja", "Sar Sokha, Cambodia's interior minister");
//! - a speech verb right beside it ("Andi mengatakan", "kata Andi", "said Smith").
//!
//! `title` is the office phrase up to the first organization or country in it;
//! `organization` is the organization in or right after the title (or the one
//! the office itself names: "Kapolri"); `country` is that organization's, else
//! a country in the title. One [`Person`] per name: a later mention by a part of
//! the name ("kata Andi", "Pratama mengatakan") adds a span to the full name.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::speech;
use super::words::{data_lines, in_links, is_word_char, link_spans, tsv_rows};
use super::Context;
use crate::fnv::FnvBuild;
use crate::model::{Document, Person, Span};

const TITLES: &str = crate::data_file::data_file!("titles.tsv");
const STOPWORDS: &str = crate::data_file::data_file!("person_stopwords.txt");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Office,
    Rank,
    Honorific,
    Modifier,
    Word,
}

struct Entry {
    words: Vec<&'static str>,
    kind: Kind,
    org: Option<&'static str>,
    country: Option<&'static str>,
}

struct Titles {
    entries: Vec<Entry>,
    /// First word → entries starting with it.
    by_first: HashMap<&'static str, Vec<usize>, FnvBuild>,
    /// Every single-word entry, by kind, for the tail and name checks.
    single: HashMap<&'static str, Vec<Kind>, FnvBuild>,
    /// Every word of an office, modifier or unit-word entry.
    vocabulary: HashSet<&'static str, FnvBuild>,
}

static TABLE: LazyLock<Titles> = LazyLock::new(|| {
    let mut entries = Vec::new();
    for row in tsv_rows(TITLES) {
        let kind = match row.get(1).copied() {
            Some("office") => Kind::Office,
            Some("rank") => Kind::Rank,
            Some("honorific") => Kind::Honorific,
            Some("modifier") => Kind::Modifier,
            Some("word") => Kind::Word,
            _ => continue,
        };
        let nonempty = |i: usize| row.get(i).copied().filter(|s| !s.is_empty());
        entries.push(Entry {
            words: row[0].split(' ').collect(),
            kind,
            org: nonempty(2),
            country: nonempty(3),
        });
    }
    let mut by_first: HashMap<&str, Vec<usize>, FnvBuild> = HashMap::default();
    let mut single: HashMap<&str, Vec<Kind>, FnvBuild> = HashMap::default();
    let mut vocabulary: HashSet<&str, FnvBuild> = HashSet::default();
    for (i, e) in entries.iter().enumerate() {
        by_first.entry(e.words[0]).or_default().push(i);
        if e.words.len() == 1 {
            single.entry(e.words[0]).or_default().push(e.kind);
        }
        if matches!(e.kind, Kind::Office | Kind::Modifier | Kind::Word) {
            vocabulary.extend(e.words.iter().copied());
        }
    }
    Titles {
        entries,
        by_first,
        single,
        vocabulary,
    }
});

static STOP: LazyLock<HashSet<&'static str>> = LazyLock::new(|| data_lines(STOPWORDS).collect());

/// Lowercase words that join the parts of an office name.
const CONNECTORS: &[&str] = &[
    "and", "bidang", "dan", "di", "for", "in", "of", "on", "the", "to", "untuk", "urusan",
];
/// Lowercase particles inside names.
const PARTICLES: &[&str] = &[
    "al", "bin", "binte", "binti", "bt", "bte", "da", "de", "del", "dela", "della", "der", "dos",
    "du", "el", "ibn", "ter", "van", "von",
];
/// Ranks that are ranks only when written with their dot ("Sen.", "Cong.").
const DOTTED_RANKS: &[&str] = &["cong", "sen"];
/// Name suffixes.
const SUFFIXES: &[&str] = &["ii", "iii", "iv", "jr", "sr"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ent {
    Org(usize),
    Country(usize),
    Place,
    Region,
}

#[derive(Debug)]
struct Tok<'a> {
    s: usize,
    e: usize,
    text: &'a str,
    /// Lowercase, without a trailing dot; empty for punctuation and entities.
    key: Cow<'a, str>,
    ent: Option<Ent>,
    punct: bool,
}

impl Tok<'_> {
    /// The key as a plain `&str`.
    fn k(&self) -> &str {
        &self.key
    }
    fn word(&self) -> bool {
        !self.punct && self.ent.is_none()
    }
    fn cap(&self) -> bool {
        self.word() && self.text.chars().next().is_some_and(char::is_uppercase)
    }
    fn acronym(&self) -> bool {
        // "WNI", "KP2MI", "MoU"; not "McDonald".
        let upper = self.text.chars().filter(|c| c.is_uppercase()).count();
        let lower = self.text.chars().filter(|c| c.is_lowercase()).count();
        self.word() && upper >= 2 && upper >= lower
    }
    fn stop(&self) -> bool {
        STOP.contains(self.text.trim_end_matches('.'))
    }
    fn is(&self, c: char) -> bool {
        self.punct && self.text.starts_with(c)
    }
}

fn has_kind(key: &str, kind: Kind) -> bool {
    TABLE.single.get(key).is_some_and(|k| k.contains(&kind))
}

/// Cuts `text` into word, punctuation and entity tokens.
fn tokenize<'a>(text: &'a str, ents: &[(Span, Ent)]) -> Vec<Tok<'a>> {
    let mut toks = Vec::new();
    let mut next_ent = 0;
    let mut i = 0;
    while i < text.len() {
        while next_ent < ents.len() && ents[next_ent].0 .1 <= i {
            next_ent += 1;
        }
        let ent_start = ents.get(next_ent).map_or(usize::MAX, |e| e.0 .0);
        if ent_start <= i {
            let (span, ent) = ents[next_ent];
            toks.push(Tok {
                s: span.0,
                e: span.1,
                text: &text[span.0..span.1],
                key: Cow::Borrowed(""),
                ent: Some(ent),
                punct: false,
            });
            i = span.1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if c.is_whitespace() && c != '\n' {
            i += c.len_utf8();
            continue;
        }
        if !is_word_char(c) {
            toks.push(Tok {
                s: i,
                e: i + c.len_utf8(),
                text: &text[i..i + c.len_utf8()],
                key: Cow::Borrowed(""),
                ent: None,
                punct: true,
            });
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut j = i;
        let mut chars = text[i..].char_indices().peekable();
        while let Some((off, ch)) = chars.next() {
            let at = i + off;
            if at >= ent_start {
                break;
            }
            // A possessive ends the word: "the National Police's … Division" must not
            // make "Police's" a name.
            if matches!(ch, '\'' | '’') && is_possessive(&text[at + ch.len_utf8()..]) {
                break;
            }
            let joins = matches!(ch, '-' | '\'' | '’' | '.')
                && chars.peek().is_some_and(|&(_, n)| is_word_char(n))
                && i + off + ch.len_utf8() < ent_start;
            if is_word_char(ch) || (joins && at > start) {
                j = at + ch.len_utf8();
            } else {
                break;
            }
        }
        let word = &text[start..j];
        // Most words are written in lower case already: borrowed, not copied.
        let mut key: Cow<'a, str> = if !word.is_ascii() {
            Cow::Owned(word.to_lowercase().replace('’', "'"))
        } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        };
        // A dot belongs to a rank, an honour, a suffix or an initial: "Pol.", "Jr.", "P.".
        if text[j..].starts_with('.') {
            let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if initial
                // Not the end of "… said Hun Sen.".
                || (DOTTED_RANKS.contains(&&*key) && !toks.last().is_some_and(Tok::cap))
                || has_kind(&key, Kind::Rank)
                || has_kind(&key, Kind::Honorific)
                || SUFFIXES.contains(&&*key)
            {
                j += 1;
            }
        }
        let keep = key.trim_end_matches('.').len();
        match &mut key {
            Cow::Borrowed(k) => *k = &k[..keep],
            Cow::Owned(k) => k.truncate(keep),
        }
        toks.push(Tok {
            s: start,
            e: j,
            text: &text[start..j],
            key,
            ent: None,
            punct: false,
        });
        i = j.max(i + c.len_utf8());
    }
    toks
}

/// Whether `rest` (what follows an apostrophe) is the possessive "s" and nothing more.
fn is_possessive(rest: &str) -> bool {
    let mut cs = rest.chars();
    matches!(cs.next(), Some('s' | 'S')) && !cs.next().is_some_and(is_word_char)
}

/// The longest entry of one of `kinds` matching the tokens at `i`: (tokens, entry).
fn entry_at(toks: &[Tok], i: usize, kinds: &[Kind]) -> Option<(usize, &'static Entry)> {
    let t = toks.get(i)?;
    if !t.word() {
        return None;
    }
    let table = &*TABLE;
    let mut best: Option<(usize, &Entry)> = None;
    for &ei in table.by_first.get(t.k())? {
        let e = &table.entries[ei];
        if !kinds.contains(&e.kind) || best.is_some_and(|b| b.0 >= e.words.len()) {
            continue;
        }
        let fits = e.words.iter().enumerate().all(|(k, w)| {
            toks.get(i + k)
                .is_some_and(|t| t.word() && t.key == *w && (k == 0 || !toks[i + k - 1].is('\n')))
        });
        if fits {
            best = Some((e.words.len(), e));
        }
    }
    best
}

/// Skips ranks and honours at `i`; returns where they end and the span of the ranks
/// (not the honours), which serves as a title when no office is named.
fn skip_ranks(toks: &[Tok], mut i: usize) -> (usize, Option<Span>) {
    let mut rank: Option<Span> = None;
    loop {
        // "Sen. Risa Hontiveros", "Cong. …": a rank only with its dot, since "Sen"
        // alone is a Khmer name ("Hun Sen") and "sen" a cent.
        if let Some(t) = toks.get(i).filter(|t| t.word() && t.text.ends_with('.')) {
            if DOTTED_RANKS.contains(&t.k()) && toks.get(i + 1).is_some_and(Tok::cap) {
                rank = Some(Span(rank.map_or(t.s, |r| r.0), t.e));
                i += 1;
                continue;
            }
        }
        let Some((n, e)) = entry_at(toks, i, &[Kind::Rank, Kind::Honorific]) else {
            break;
        };
        if e.kind == Kind::Rank {
            let s = rank.map_or(toks[i].s, |r| r.0);
            rank = Some(Span(s, toks[i + n - 1].e));
        }
        i += n;
        // "Jenderal Polisi", "Brigjen Pol.", Malay "Jeneral Polis"
        if rank.is_some()
            && toks
                .get(i)
                .is_some_and(|t| t.key == "polisi" || t.key == "polis")
        {
            rank = rank.map(|r| Span(r.0, toks[i].e));
            i += 1;
        }
    }
    (i, rank)
}

/// Capitalized function words that are also Vietnamese, Chinese or Korean name parts
/// ("Lt. Gen. To An Xo"): a name may hold them only after a title or inside it, and
/// never end with them.
const NAME_HOMOGRAPHS: &[&str] = &["An", "Hai", "To"];

/// Balinese birth-order and caste names that follow the "I" of a man's name.
const BALINESE_ORDER: &[&str] = &[
    "Dewa", "Gede", "Gusti", "Kadek", "Ketut", "Komang", "Made", "Nengah", "Nyoman", "Putu",
    "Wayan",
];

/// The end (exclusive) of a name starting at token `i`, if one starts there.
/// `after_title` says a title or rank stands right before `i`.
fn name_at(toks: &[Tok], i: usize, after_title: bool) -> Option<usize> {
    let mut j = i;
    let mut last = None;
    while j < toks.len() && j - i < 7 {
        let t = &toks[j];
        if !t.word() {
            break;
        }
        let next_cap = toks.get(j + 1).is_some_and(Tok::cap);
        if j > i && PARTICLES.contains(&t.k()) && t.text.chars().all(char::is_lowercase) {
            j += 1;
            continue;
        }
        if last.is_some() && SUFFIXES.contains(&t.k()) {
            last = Some(j);
            j += 1;
            continue;
        }
        // Balinese "I Made Wirawan", "I Gusti Ngurah …": "I" opens the name.
        if j == i
            && t.text == "I"
            && toks
                .get(j + 1)
                .is_some_and(|n| n.word() && BALINESE_ORDER.contains(&n.text))
            && toks.get(j + 2).is_some_and(Tok::cap)
        {
            j += 1;
            continue;
        }
        // "Brig. Gen. Bernard Yang said": the Chinese surname, not Malay "yang";
        // "Yang di-Pertuan Agong" and "Yang Mulia" stay out.
        if after_title
            && j > i
            && t.text == "Yang"
            && !toks
                .get(j + 1)
                .is_some_and(|n| n.cap() || n.text.starts_with("di"))
        {
            last = Some(j);
            j += 1;
            continue;
        }
        if (j > i || after_title)
            && NAME_HOMOGRAPHS.contains(&t.text)
            && toks.get(j + 1).is_some_and(|n| {
                n.cap() && !n.acronym() && (!n.stop() || NAME_HOMOGRAPHS.contains(&n.text))
            })
        {
            j += 1;
            continue;
        }
        // "Wang Jun", "Li Jun": the Malay month is a Chinese given name behind a
        // surname, where no day or year goes with it.
        if j > i
            && t.text == "Jun"
            && last == Some(j - 1)
            && !toks
                .get(j + 1)
                .is_some_and(|n| n.text.bytes().next().is_some_and(|b| b.is_ascii_digit()))
            && !toks[j - 1].text.bytes().all(|b| b.is_ascii_digit())
        {
            last = Some(j);
            j += 1;
            continue;
        }
        if !t.cap() || t.acronym() || t.stop() {
            break;
        }
        let single = TABLE.single.get(t.k());
        let titled = single.is_some_and(|k| {
            k.iter().any(|k| match k {
                // "Zaw Min Tun": an honour ends a name only before another name.
                Kind::Rank | Kind::Honorific => j == i || next_cap,
                _ => true,
            })
        }) || TABLE.by_first.contains_key(t.k())
            && entry_at(toks, j, &[Kind::Office, Kind::Rank]).is_some_and(|(n, _)| n > 1);
        if titled {
            break;
        }
        last = Some(j);
        j += 1;
    }
    let end = last? + 1;
    // A lone word must look like a name: three letters or more, not an acronym.
    if end - i == 1 && toks[i].text.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    Some(end)
}

/// A person found behind an office whose name goes on past what the title table
/// knows: "Direktur Kejahatan Finansial dan Antikorupsi INTERPOL, Hans-Peter
/// Kessler" — the capitalized words after "Direktur" run into "dan"/"and"/"of" and
/// more capitalized words, so they name the office, and the person stands behind
/// the comma that closes it.
struct Behind {
    found: Found,
    name_end: usize,
}

fn office_goes_on(toks: &[Tok], hit: &TitleHit, j: usize) -> Option<Behind> {
    let run = name_at(toks, j, true)?;
    let joins = toks.get(run).is_some_and(|t| {
        t.word()
            && matches!(t.k(), "dan" | "and" | "of" | "untuk" | "for" | "serta")
            && t.text.chars().all(char::is_lowercase)
    }) && toks
        .get(run + 1)
        .is_some_and(|t| t.cap() || t.acronym() || matches!(t.ent, Some(Ent::Org(_))));
    if !joins {
        return None;
    }
    // The office ends at the first comma, within a few words and before any other
    // punctuation.
    let comma = (run + 1..(run + 10).min(toks.len()))
        .find(|&k| toks[k].punct)
        .filter(|&k| toks[k].is(','))?;
    let (start, _) = skip_ranks(toks, comma + 1);
    let e = name_at(toks, start, true)?;
    let org = hit.org.or_else(|| {
        (run..comma).find_map(|k| match toks[k].ent {
            Some(Ent::Org(o)) => Some(o),
            _ => None,
        })
    });
    Some(Behind {
        found: Found {
            name: span_of(toks, start, e),
            title: Some(Span(hit.text.0, toks[comma - 1].e)),
            org,
            country: hit.country,
            entry: Some(hit.entry),
        },
        name_end: e,
    })
}

/// An office phrase found at token `i`.
struct TitleHit {
    /// First token of the title (after back-extension over English modifiers).
    start: usize,
    /// Token after the title's unit words, organizations and countries.
    end: usize,
    /// The title text, up to the first organization or country.
    text: Span,
    org: Option<usize>,
    country: Option<usize>,
    entry: &'static Entry,
}

fn title_at(toks: &[Tok], i: usize) -> Option<TitleHit> {
    let (n, entry) = entry_at(toks, i, &[Kind::Office])?;
    let mut org = None;
    let mut country = None;
    let mut start = i;
    while start > 0 {
        let prev = &toks[start - 1];
        if prev.word() && has_kind(&prev.key, Kind::Modifier) {
            start -= 1;
        } else {
            // "Cambodia's Interior Minister", "UNODC's regional representative"
            let owner = if prev.key == "s"
                && start >= 3
                && (toks[start - 2].is('\'') || toks[start - 2].is('’'))
            {
                &toks[start - 3]
            } else {
                prev
            };
            if let Some(Ent::Country(c)) = owner.ent {
                country = Some(c);
            }
            // "Interior Ministry spokesman Touch Sokhak", "PAOCC spokesperson …"
            if let Some(Ent::Org(k)) = owner.ent {
                if toks[start].text.starts_with(|c: char| c.is_lowercase()) {
                    org = Some(k);
                }
            }
            break;
        }
    }
    let mut j = i + n;
    let mut text_end: Option<usize> = None;
    while let Some(t) = toks.get(j) {
        if let Some(ent) = t.ent {
            match ent {
                Ent::Org(k) => {
                    org.get_or_insert(k);
                }
                Ent::Country(c) => {
                    // "Direktur Pelindungan WNI": the citizens, not the country.
                    if t.text == "WNI" {
                        j += 1;
                        continue;
                    }
                    country.get_or_insert(c);
                }
                Ent::Place | Ent::Region => {}
            }
            text_end.get_or_insert(j);
            j += 1;
            continue;
        }
        if t.is('(') {
            let close = (j + 1..(j + 7).min(toks.len())).find(|&k| toks[k].is(')'));
            let inner_ok = close.is_some_and(|c| {
                (j + 1..c).all(|k| toks[k].ent.is_some() || toks[k].cap() || toks[k].acronym())
            });
            if let (Some(c), true) = (close, inner_ok) {
                if let Some(Ent::Org(k)) = toks[j + 1..c].iter().find_map(|t| t.ent) {
                    org.get_or_insert(k);
                }
                text_end.get_or_insert(j);
                j = c + 1;
                continue;
            }
            break;
        }
        if !t.word() || entry_at(toks, j, &[Kind::Rank, Kind::Honorific]).is_some() {
            break;
        }
        if TABLE.vocabulary.contains(t.k()) || t.acronym() {
            j += 1;
            continue;
        }
        let next = toks.get(j + 1);
        if CONNECTORS.contains(&t.k())
            && t.text.chars().all(char::is_lowercase)
            && next.is_some_and(|n| n.cap() || n.ent.is_some())
        {
            j += 1;
            continue;
        }
        // An unknown unit before a rank: "Polda Metro Jaya Kombes Ade".
        if t.cap() {
            if let Some(end) = name_at(toks, j, false) {
                if entry_at(toks, end, &[Kind::Rank]).is_some() {
                    text_end.get_or_insert(j);
                    j = end;
                    continue;
                }
            }
        }
        break;
    }
    let mut last = text_end.unwrap_or(j).max(i + n);
    while last > i + n && CONNECTORS.contains(&toks[last - 1].k()) {
        last -= 1;
    }
    Some(TitleHit {
        start,
        end: j,
        text: Span(toks[start].s, toks[last - 1].e),
        org,
        country,
        entry,
    })
}

/// A title behind a comma after a name ending at `e`: ", juru bicara Kepolisian
/// Kamboja", ", Cambodia's interior minister", ", the spokesman of …".
fn appositive_at(toks: &[Tok], e: usize) -> Option<TitleHit> {
    if !toks.get(e)?.is(',') {
        return None;
    }
    let mut j = e + 1;
    if toks
        .get(j)
        .is_some_and(|t| ["a", "an", "sang", "sebagai", "selaku", "the"].contains(&t.k()))
    {
        j += 1;
    }
    // "Alice Guo, mantan wali kota Bamban", "…, the former mayor", "…, bekas menteri".
    if toks
        .get(j)
        .is_some_and(|t| ["bekas", "eks", "former", "mantan"].contains(&t.k()))
    {
        j += 1;
    }
    let mut country = None;
    let possessive = |k: usize| {
        toks.get(k).is_some_and(|t| t.is('\'') || t.is('’'))
            && toks.get(k + 1).is_some_and(|t| t.key == "s")
    };
    if let Some(t) = toks.get(j) {
        if let Some(Ent::Country(c)) = t.ent {
            country = Some(c);
        }
        if (t.ent.is_some() || t.word()) && possessive(j + 1) {
            j += 3;
        } else if t.word() && t.key.ends_with("'s") {
            j += 1; // "the agency's regional representative"
        }
    }
    let mut k = j;
    while toks
        .get(k)
        .is_some_and(|t| t.word() && has_kind(&t.key, Kind::Modifier))
        && k < j + 4
    {
        if entry_at(toks, k, &[Kind::Office]).is_some() {
            break;
        }
        k += 1;
    }
    let mut hit = title_at(toks, k)?;
    hit.start = hit.start.max(j);
    hit.text.0 = toks[hit.start].s;
    hit.country = hit.country.or(country);
    Some(hit)
}

/// An organization named right after a name: "dari Bareskrim", "of the Interior Ministry".
fn org_after(toks: &[Tok], e: usize) -> Option<usize> {
    let mut j = e;
    if toks.get(j).is_some_and(|t| t.is(',')) {
        j += 1;
    }
    if !toks
        .get(j)
        .is_some_and(|t| ["dari", "from", "of"].contains(&t.k()))
    {
        return None;
    }
    j += 1;
    if toks.get(j).is_some_and(|t| t.key == "the") {
        j += 1;
    }
    match toks.get(j)?.ent {
        Some(Ent::Org(k)) => Some(k),
        _ => None,
    }
}

/// A person found at one mention, before merging.
struct Found {
    name: Span,
    title: Option<Span>,
    org: Option<usize>,
    country: Option<usize>,
    entry: Option<&'static Entry>,
}

/// Appends what this recognizer finds in `ctx.text` to `doc`.
pub fn recognize(ctx: &Context, doc: &mut Document) {
    recognize_beside(ctx, doc, &link_spans(ctx.text));
}

/// [`recognize`] with the text's [`link_spans`] already found.
pub(crate) fn recognize_beside(ctx: &Context, doc: &mut Document, links: &[Span]) {
    let text = ctx.text;
    let ents = entity_spans(doc);
    let toks = tokenize(text, &ents);
    let found = anchored(&toks);
    let lower = lowercase_words(&toks);
    let mut persons: Vec<Person> = Vec::new();
    for f in found
        .into_iter()
        .filter(|f| !in_links(links, f.name.0, f.name.1))
        .filter(|f| !common_words(&toks, f.name, &lower))
        // "told Al Jazeera by phone": an outlet is the source, not a person.
        .filter(|f| !crate::clean::is_outlet(&text[f.name.0..f.name.1]))
    {
        let name = &text[f.name.0..f.name.1];
        let title = f.title.map(|s| text[s.0..s.1].trim().to_string());
        let hint_org = f.entry.and_then(|e| e.org);
        let org_entity = f.org.and_then(|k| doc.organizations.get(k));
        let organization = hint_org
            .map(str::to_string)
            .or_else(|| org_entity.map(|o| o.name.clone()));
        let country = org_entity
            .filter(|_| hint_org.is_none())
            .and_then(|o| o.country.clone())
            .or_else(|| {
                f.country
                    .and_then(|c| doc.countries.get(c))
                    .map(|c| c.code.clone())
            })
            .or_else(|| f.entry.and_then(|e| e.country).map(str::to_string));
        merge(
            &mut persons,
            Person {
                name: name.to_string(),
                title,
                organization,
                country,
                spans: vec![f.name],
            },
        );
    }
    fuller_names(&toks, links, &mut persons);
    later_mentions(&toks, links, &mut persons);
    for p in &mut persons {
        crate::sort::sort(&mut p.spans);
        p.spans.dedup();
    }
    doc.persons.extend(persons);
}

/// The words the text writes in lower case (their keys).
fn lowercase_words<'a>(toks: &'a [Tok]) -> HashSet<&'a str, FnvBuild> {
    toks.iter()
        .filter(|t| t.word() && t.text.chars().next().is_some_and(char::is_lowercase))
        .map(|t| t.k())
        .collect()
}

/// A "name" of two or more words that the same text also writes in lower case, each
/// of them ("Direktur Kejahatan Finansial" … "kejahatan finansial"; "Guard Station"
/// … "the border guard station"): common nouns capitalized in an office's name, not
/// a person. A real name rarely has every word in lower case elsewhere in its article.
fn common_words(toks: &[Tok], name: Span, lower: &HashSet<&str, FnvBuild>) -> bool {
    let words: Vec<&Tok> = toks
        .iter()
        .filter(|t| t.s >= name.0 && t.e <= name.1 && t.word())
        .collect();
    words.len() >= 2
        && words
            .iter()
            .all(|t| t.key.chars().count() >= 3 && lower.contains(t.k()))
}

/// Organization, country, place and region spans, longest first where they overlap.
fn entity_spans(doc: &Document) -> Vec<(Span, Ent)> {
    let mut all: Vec<(Span, Ent)> = Vec::new();
    for (k, o) in doc.organizations.iter().enumerate() {
        all.extend(o.spans.iter().map(|&s| (s, Ent::Org(k))));
    }
    for (k, c) in doc.countries.iter().enumerate() {
        all.extend(c.spans.iter().map(|&s| (s, Ent::Country(k))));
    }
    for p in &doc.places {
        all.extend(p.spans.iter().map(|&s| (s, Ent::Place)));
    }
    for r in &doc.regions {
        all.extend(r.spans.iter().map(|&s| (s, Ent::Region)));
    }
    crate::sort::sort_by(&mut all, |a, b| {
        a.0 .0.cmp(&b.0 .0).then(b.0 .1.cmp(&a.0 .1))
    });
    let mut out: Vec<(Span, Ent)> = Vec::new();
    for (s, e) in all {
        if s.0 < s.1 && out.last().is_none_or(|l| l.0 .1 <= s.0) {
            out.push((s, e));
        }
    }
    out
}

fn span_of(toks: &[Tok], i: usize, e: usize) -> Span {
    Span(toks[i].s, toks[e - 1].e)
}

/// Every anchored mention, in text order.
fn anchored(toks: &[Tok]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(hit) = title_at(toks, i) {
            let mut j = hit.end;
            if toks.get(j).is_some_and(|t| t.is(',')) {
                j += 1;
            }
            let (j, _rank) = skip_ranks(toks, j);
            // "director of the Quảng Ninh provincial police": after "of the" comes
            // the body or the place, not the person.
            let after_connector = j > 0
                && toks[j - 1].word()
                && CONNECTORS.contains(&toks[j - 1].k())
                && toks[j - 1].text.chars().all(char::is_lowercase);
            if let Some(found) = office_goes_on(toks, &hit, j) {
                i = found.name_end;
                out.push(found.found);
                continue;
            }
            if let Some(e) = name_at(toks, j, true).filter(|_| !after_connector) {
                let org = hit.org.or_else(|| org_after(toks, e));
                out.push(Found {
                    name: span_of(toks, j, e),
                    title: Some(hit.text),
                    org,
                    country: hit.country,
                    entry: Some(hit.entry),
                });
                i = e;
                continue;
            }
            i = hit.end.max(i + 1);
            continue;
        }
        let (j, rank) = skip_ranks(toks, i);
        if j > i {
            if let Some(e) = name_at(toks, j, rank.is_some()) {
                let app = appositive_at(toks, e);
                out.push(Found {
                    name: span_of(toks, j, e),
                    title: app.as_ref().map(|a| a.text).or(rank),
                    org: app
                        .as_ref()
                        .and_then(|a| a.org)
                        .or_else(|| org_after(toks, e)),
                    country: app.as_ref().and_then(|a| a.country),
                    entry: app.map(|a| a.entry),
                });
                i = e;
                continue;
            }
            i = j;
            continue;
        }
        if toks[i].cap() && !toks[i].stop() {
            if let Some(e) = name_at(toks, i, false) {
                if let Some(app) = appositive_at(toks, e) {
                    out.push(Found {
                        name: span_of(toks, i, e),
                        title: Some(app.text),
                        org: app.org,
                        country: app.country,
                        entry: Some(app.entry),
                    });
                    i = app.end.max(e);
                    continue;
                }
                let verb_at = |k: usize| {
                    toks.get(k)
                        .is_some_and(|t| t.word() && speech::verb(&t.key).is_some())
                };
                // "Smith said", "Dewi Anggraini, menyebut", "Hendro pula berkata".
                let comma = |k: usize| toks.get(k).is_some_and(|t| t.is(','));
                // "Sokha Chea, seorang korban asal Kampot, mengatakan …"
                let behind_appositive = comma(e)
                    && (e + 2..(e + 10).min(toks.len()))
                        .find(|&k| comma(k) || toks[k].punct)
                        .is_some_and(|k| comma(k) && verb_at(k + 1));
                let verb_after = verb_at(e)
                    || (comma(e) && verb_at(e + 1))
                    || behind_appositive
                    || (toks
                        .get(e)
                        .is_some_and(|t| matches!(t.k(), "juga" | "pula" | "also"))
                        && verb_at(e + 1));
                let key = |k: usize| toks.get(k).map_or("", |t| t.k());
                // "kata Andi", "according to Smith", "a man named Li Wei",
                // "identified as Wen Liqiang", "seorang pria bernama Budi".
                let verb_before = i > 0
                    && (speech::verb(key(i - 1)).is_some()
                        || (key(i - 1) == "to" && i > 1 && key(i - 2) == "according")
                        || matches!(key(i - 1), "named" | "bernama")
                        || (key(i - 1) == "as"
                            && i > 1
                            && matches!(key(i - 2), "identified" | "named")));
                // "Rina (24)", "Andi Saputra (31)": a name with an age.
                let aged = toks.get(e).is_some_and(|t| t.is('('))
                    && toks.get(e + 1).is_some_and(|t| {
                        t.word()
                            && (1..=3).contains(&t.text.len())
                            && t.text.bytes().all(|b| b.is_ascii_digit())
                    })
                    && toks.get(e + 2).is_some_and(|t| t.is(')'))
                    // "Rosnah, 61, berkenalan …", "Tan Wei Ming, 34, was …".
                    || comma(e)
                        && toks.get(e + 1).is_some_and(|t| {
                            t.word()
                                && (1..=2).contains(&t.text.len())
                                && t.text.bytes().all(|b| b.is_ascii_digit())
                        })
                        && comma(e + 2);
                if verb_after || verb_before || aged {
                    out.push(Found {
                        name: span_of(toks, i, e),
                        title: None,
                        org: org_after(toks, e),
                        country: None,
                        entry: None,
                    });
                }
                i = e;
                continue;
            }
        }
        i += 1;
    }
    out
}

fn name_words(name: &str) -> Vec<&str> {
    name.split_whitespace().collect()
}

/// Whether `short` is a run of the words of `long`.
fn part_of(short: &[&str], long: &[&str]) -> bool {
    !short.is_empty() && short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

/// Adds `p` to `persons`: to the same name, to a longer name it is part of, or as new.
fn merge(persons: &mut Vec<Person>, p: Person) {
    let words = name_words(&p.name);
    let fill = |into: &mut Person, from: Person| {
        into.spans.extend(from.spans);
        if into.title.is_none() {
            into.title = from.title;
        }
        if into.organization.is_none() {
            into.organization = from.organization;
        }
        if into.country.is_none() {
            into.country = from.country;
        }
    };
    if let Some(k) = persons.iter().position(|q| q.name == p.name) {
        fill(&mut persons[k], p);
        return;
    }
    let longer: Vec<usize> = (0..persons.len())
        .filter(|&k| part_of(&words, &name_words(&persons[k].name)))
        .collect();
    if let [k] = longer[..] {
        fill(&mut persons[k], p);
        return;
    }
    // A short form met first ("kata Andi") takes the full name when it comes.
    let shorter: Vec<usize> = (0..persons.len())
        .filter(|&k| part_of(&name_words(&persons[k].name), &words))
        .collect();
    if let [k] = shorter[..] {
        let old = std::mem::replace(&mut persons[k], p);
        fill(&mut persons[k], old);
        return;
    }
    persons.push(p);
}

/// A person known only by one word ("kata Keo") whom the text also names in
/// full where nothing anchored it ("…, Keo Sovannara, sementara …") takes the
/// full name, when the text gives only one.
fn fuller_names(toks: &[Tok], links: &[Span], persons: &mut [Person]) {
    for k in 0..persons.len() {
        if persons[k].name.contains(' ') {
            continue;
        }
        let mut full: Option<Span> = None;
        let mut unique = true;
        for i in 0..toks.len() {
            let t = &toks[i];
            if !t.cap() || t.text != persons[k].name || in_links(links, t.s, t.e) {
                continue;
            }
            let from = if i > 0 && toks[i - 1].cap() && !toks[i - 1].stop() {
                i - 1
            } else {
                i
            };
            let Some(e) = name_at(toks, from, false).filter(|&e| e > i && e - from > 1) else {
                continue;
            };
            let span = span_of(toks, from, e);
            match full {
                None => full = Some(span),
                Some(f) if toks_text(toks, f) == toks_text(toks, span) => {}
                Some(_) => unique = false,
            }
        }
        let Some(f) = full.filter(|_| unique) else {
            continue;
        };
        let name = toks_text(toks, f);
        if persons.iter().any(|p| p.name == name) {
            continue;
        }
        persons[k].name = name;
        persons[k].spans.push(f);
    }
}

fn toks_text(toks: &[Tok], span: Span) -> String {
    toks.iter()
        .filter(|t| t.s >= span.0 && t.e <= span.1)
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Adds every later mention of a known person by full name or by one of its words.
fn later_mentions(toks: &[Tok], links: &[Span], persons: &mut [Person]) {
    // The person a word names, or `SHARED` when it is a word of several (a
    // `usize`, not an `Option<usize>`: the wasm has this map type already).
    const SHARED: usize = usize::MAX;
    let mut by_word: HashMap<String, usize> = HashMap::new();
    let names: Vec<Vec<String>> = persons
        .iter()
        .map(|p| {
            name_words(&p.name)
                .into_iter()
                .map(str::to_string)
                .collect()
        })
        .collect();
    for (k, words) in names.iter().enumerate() {
        for w in words {
            let usable = w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && w.chars().next().is_some_and(char::is_uppercase)
                && !STOP.contains(w.as_str());
            if usable {
                by_word
                    .entry(w.clone())
                    .and_modify(|v| {
                        if *v != k {
                            *v = SHARED;
                        }
                    })
                    .or_insert(k);
            }
        }
    }
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if !t.cap() || in_links(links, t.s, t.e) {
            i += 1;
            continue;
        }
        let full = names.iter().enumerate().find(|(_, words)| {
            words.len() > 1
                && words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.word() && t.text == w))
        });
        if let Some((k, words)) = full {
            let span = span_of(toks, i, i + words.len());
            persons[k].spans.push(span);
            i += words.len();
            continue;
        }
        let joined = |k: usize| toks.get(k).is_some_and(|n| n.cap() && !n.stop());
        if let Some(&k) = by_word.get(t.text).filter(|&&k| k != SHARED) {
            let alone = !joined(i + 1) && (i == 0 || !joined(i - 1));
            if alone {
                persons[k].spans.push(Span(t.s, t.e));
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Country, Lang, OrgKind, Organization};

    /// A document with the given organizations and countries marked where their
    /// names first occur, as the entities recognizer would.
    fn doc_with(
        text: &str,
        orgs: &[(&str, &str, Option<&str>)],
        countries: &[(&str, &str)],
    ) -> Document {
        let find_all = |needle: &str| -> Vec<Span> {
            text.match_indices(needle)
                .map(|(s, m)| Span(s, s + m.len()))
                .collect()
        };
        let mut doc = Document::default();
        for (written, name, country) in orgs {
            doc.organizations.push(Organization {
                id: name.to_lowercase(),
                name: name.to_string(),
                acronym: None,
                kind: OrgKind::Police,
                country: country.map(str::to_string),
                spans: find_all(written),
            });
        }
        for (written, code) in countries {
            doc.countries.push(Country {
                code: code.to_string(),
                name: code.to_string(),
                mentions: 1,
                spans: find_all(written),
            });
        }
        doc
    }

    fn run(text: &str, doc: &mut Document) {
        let sentences = crate::segment::sentences(text);
        let ctx = Context {
            text,
            lang: Lang::Id,
            sentences: &sentences,
            reference: Default::default(),
        };
        recognize(&ctx, doc);
    }

    type Want<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);
    /// Organizations as (written, name, country).
    type Orgs<'a> = &'a [(&'a str, &'a str, Option<&'a str>)];
    /// Countries as (written, code).
    type Countries<'a> = &'a [(&'a str, &'a str)];

    fn persons_of(doc: &Document) -> Vec<Want<'_>> {
        doc.persons
            .iter()
            .map(|p| {
                (
                    p.name.as_str(),
                    p.title.as_deref(),
                    p.organization.as_deref(),
                    p.country.as_deref(),
                )
            })
            .collect()
    }

    #[test]
    fn data_files_load_sorted_and_unique() {
        super::super::words::sorted_and_unique(TITLES).unwrap();
        super::super::words::sorted_and_unique(STOPWORDS).unwrap();
        assert_eq!(TABLE.entries.len(), tsv_rows(TITLES).count());
        assert!(STOP.contains("Selasa") && STOP.contains("Pewarta"));
    }

    #[test]
    fn titles_before_names_give_title_organization_and_country() {
        let cases: &[(&str, Orgs, Countries, &[Want])] = &[
            (
                "Direktur Kerja Sama Internasional Andi Pratama hadir.",
                &[],
                &[],
                &[("Andi Pratama", Some("Direktur Kerja Sama Internasional"), None, None)],
            ),
            (
                "Kepala Divisi Hubungan Internasional Polri Irjen Krishna Murti membuka rapat.",
                &[("Polri", "Kepolisian Negara Republik Indonesia", Some("ID"))],
                &[],
                &[(
                    "Krishna Murti",
                    Some("Kepala Divisi Hubungan Internasional"),
                    Some("Kepolisian Negara Republik Indonesia"),
                    Some("ID"),
                )],
            ),
            (
                "Kapolri Jenderal Listyo Sigit Prabowo memimpin apel.",
                &[],
                &[],
                &[(
                    "Listyo Sigit Prabowo",
                    Some("Kapolri"),
                    Some("Kepolisian Negara Republik Indonesia"),
                    Some("ID"),
                )],
            ),
            (
                "Menteri Luar Negeri Sugiono tiba.",
                &[],
                &[],
                &[("Sugiono", Some("Menteri Luar Negeri"), None, None)],
            ),
            (
                "Duta Besar RI untuk Kamboja Santo Darmosumarto bertemu polisi.",
                &[],
                &[("RI", "ID"), ("Kamboja", "KH")],
                &[("Santo Darmosumarto", Some("Duta Besar"), None, Some("ID"))],
            ),
            (
                "Direktur Pelindungan WNI Kementerian Luar Negeri (Kemlu) Rahmat Hidayanto mengatakan hal itu.",
                &[("Kementerian Luar Negeri", "Kementerian Luar Negeri", Some("ID")), ("Kemlu", "Kementerian Luar Negeri", Some("ID"))],
                &[("WNI", "ID")],
                &[(
                    "Rahmat Hidayanto",
                    Some("Direktur Pelindungan WNI"),
                    Some("Kementerian Luar Negeri"),
                    Some("ID"),
                )],
            ),
            (
                "Ketua Polis Negara Tan Sri Razarudin Husain berkata operasi diteruskan.",
                &[],
                &[],
                &[("Razarudin Husain", Some("Ketua Polis Negara"), None, None)],
            ),
            (
                "Komisaris Jenderal Kepolisian Kamboja, Sok Vannak, menyambut delegasi.",
                &[("Kepolisian Kamboja", "Kepolisian Nasional Kamboja", Some("KH"))],
                &[("Kamboja", "KH")],
                &[(
                    "Sok Vannak",
                    Some("Komisaris Jenderal"),
                    Some("Kepolisian Nasional Kamboja"),
                    Some("KH"),
                )],
            ),
            (
                "Presiden Filipina Ferdinand Marcos Jr mengumumkan larangan.",
                &[],
                &[("Filipina", "PH")],
                &[("Ferdinand Marcos Jr", Some("Presiden"), None, Some("PH"))],
            ),
        ];
        for (text, orgs, countries, want) in cases {
            let mut doc = doc_with(text, orgs, countries);
            run(text, &mut doc);
            assert_eq!(persons_of(&doc), *want, "{text}");
        }
    }

    #[test]
    fn english_titles_take_their_modifiers_and_ranks_from_either_side() {
        let cases: &[(&str, Countries, &[Want])] = &[
            (
                "Cambodian police spokesman Gen. Chhay Kim Khoeun said the raid ended.",
                &[("Cambodian", "KH")],
                &[(
                    "Chhay Kim Khoeun",
                    Some("police spokesman"),
                    None,
                    Some("KH"),
                )],
            ),
            (
                "Interior Minister Sar Sokha met envoys.",
                &[],
                &[("Sar Sokha", Some("Interior Minister"), None, None)],
            ),
            (
                "The raid was ordered, said Lt. Gen. Khieu Sopheak on Monday.",
                &[],
                &[("Khieu Sopheak", Some("Lt. Gen."), None, None)],
            ),
            (
                "Sar Sokha, Cambodia's interior minister, spoke.",
                &[("Cambodia", "KH")],
                &[("Sar Sokha", Some("interior minister"), None, Some("KH"))],
            ),
        ];
        for (text, countries, want) in cases {
            let mut doc = doc_with(text, &[], countries);
            run(text, &mut doc);
            assert_eq!(persons_of(&doc), *want, "{text}");
        }
    }

    #[test]
    fn names_before_a_comma_title_and_beside_speech_verbs_are_persons() {
        let cases: &[(&str, Orgs, Countries, &[Want])] = &[
            (
                "Sok Vannak, juru bicara Kepolisian Kamboja, membenarkan penggerebekan itu.",
                &[(
                    "Kepolisian Kamboja",
                    "Kepolisian Nasional Kamboja",
                    Some("KH"),
                )],
                &[],
                &[(
                    "Sok Vannak",
                    Some("juru bicara"),
                    Some("Kepolisian Nasional Kamboja"),
                    Some("KH"),
                )],
            ),
            (
                "Kolonel Kyaw Thura, juru bicara junta militer Myanmar, mengatakan hal itu.",
                &[],
                &[("Myanmar", "MM")],
                &[(
                    "Kyaw Thura",
                    Some("juru bicara junta militer"),
                    None,
                    Some("MM"),
                )],
            ),
            (
                "Ramon dela Cruz, juru bicara PAOCC, hadir.",
                &[(
                    "PAOCC",
                    "Presidential Anti-Organized Crime Commission",
                    Some("PH"),
                )],
                &[],
                &[(
                    "Ramon dela Cruz",
                    Some("juru bicara"),
                    Some("Presidential Anti-Organized Crime Commission"),
                    Some("PH"),
                )],
            ),
            (
                "\"Dia bilang kerja di Thailand,\" kata Marlina kepada wartawan.",
                &[],
                &[],
                &[("Marlina", None, None, None)],
            ),
            (
                "Smith said the network was large.",
                &[],
                &[],
                &[("Smith", None, None, None)],
            ),
        ];
        for (text, orgs, countries, want) in cases {
            let mut doc = doc_with(text, orgs, countries);
            run(text, &mut doc);
            assert_eq!(persons_of(&doc), *want, "{text}");
        }
    }

    #[test]
    fn later_mentions_by_part_of_the_name_join_the_first_person() {
        let text = "Direktur Tindak Pidana Umum Brigjen Pol. Andika Saputra hadir. \
                    \"Kami siap menindak semua perekrut,\" kata Andika. Menurut Saputra, kasus naik. \
                    Andika Saputra lalu pergi.";
        let mut doc = Document::default();
        run(text, &mut doc);
        assert_eq!(doc.persons.len(), 1, "{:?}", doc.persons);
        let p = &doc.persons[0];
        assert_eq!(p.name, "Andika Saputra");
        assert_eq!(p.title.as_deref(), Some("Direktur Tindak Pidana Umum"));
        let spans: Vec<&str> = p.spans.iter().map(|s| &text[s.0..s.1]).collect();
        assert_eq!(
            spans,
            ["Andika Saputra", "Andika", "Saputra", "Andika Saputra"]
        );
    }

    #[test]
    fn a_short_name_met_first_takes_the_full_name_later() {
        let text = "Andi mengatakan kasus naik. Direktur Siber Andi Pratama menambahkan data.";
        let mut doc = Document::default();
        run(text, &mut doc);
        assert_eq!(
            persons_of(&doc),
            [("Andi Pratama", Some("Direktur Siber"), None, None)]
        );
        assert_eq!(doc.persons[0].spans.len(), 2);
    }

    #[test]
    fn stopwords_months_organizations_and_countries_are_never_names() {
        let cases: &[(&str, Orgs, Countries)] = &[
            ("Ia mengatakan korban bertambah.", &[], &[]),
            ("Pada Selasa, polisi mengatakan hal itu.", &[], &[]),
            (
                "Polri mengatakan kasus naik.",
                &[("Polri", "Polri", Some("ID"))],
                &[],
            ),
            (
                "Kamboja mengatakan siap bekerja sama.",
                &[],
                &[("Kamboja", "KH")],
            ),
            ("He said the police were ready.", &[], &[]),
            ("Desember lalu, kata polisi, kasus turun.", &[], &[]),
        ];
        for (text, orgs, countries) in cases {
            let mut doc = doc_with(text, orgs, countries);
            run(text, &mut doc);
            assert_eq!(persons_of(&doc), [], "{text}");
        }
    }

    #[test]
    fn apostrophes_and_hyphens_stay_inside_names() {
        let cases: &[(&str, &str)] = &[
            (
                "Wakil Menteri Luar Negeri Pertama Park Yoon-joo tiba.",
                "Park Yoon-joo",
            ),
            (
                "Police chief Liam O'Brien said the checkpoint at O'Smach closed.",
                "Liam O'Brien",
            ),
            (
                "Datuk Seri Mohd Shuhaily bin Mohd Zain berkata kes meningkat.",
                "Mohd Shuhaily bin Mohd Zain",
            ),
        ];
        for (text, want) in cases {
            let mut doc = Document::default();
            run(text, &mut doc);
            let names: Vec<&str> = doc.persons.iter().map(|p| p.name.as_str()).collect();
            assert_eq!(names, [*want], "{text}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        let long = "Andi ".repeat(2000);
        for text in [
            "",
            "Direktur",
            "Direktur ,",
            "Kata",
            "😀 Andi mengatakan 😀",
            "(((",
            "Brigjen Pol.",
            long.as_str(),
            "Sok Vannak, the",
        ] {
            let mut doc = Document::default();
            run(text, &mut doc);
        }
    }
}

#[cfg(test)]
mod round_two_tests {
    use crate::Analyzer;

    fn persons(text: &str) -> Vec<(String, Option<String>)> {
        Analyzer::default()
            .analyze_text("t", text)
            .persons
            .into_iter()
            .map(|p| (p.name, p.title))
            .collect()
    }

    fn p(name: &str, title: Option<&str>) -> (String, Option<String>) {
        (name.to_string(), title.map(str::to_string))
    }

    #[test]
    fn local_offices_ranks_and_unit_words_lead_to_the_name() {
        let cases = [
            (
                "Warga dijemput. “Tolong lapor ke desa dulu,” kata Penjabat Bupati Sukabumi Iwan Setiawan.",
                vec![p("Iwan Setiawan", Some("Penjabat Bupati"))],
            ),
            (
                "Kasat Reskrim Polres Sukabumi AKP Hartono menuturkan biaya itu naik.",
                vec![p("Hartono", Some("Kasat Reskrim"))],
            ),
            (
                "Pelaksana Fungsi Konsuler KBRI Manila, Dewi Anggraini, menyebut mereka sehat.",
                vec![p("Dewi Anggraini", Some("Pelaksana Fungsi Konsuler"))],
            ),
            (
                "Jurucakap polis, Ahmad Faizal berkata siasatan diteruskan.",
                vec![p("Ahmad Faizal", Some("Jurucakap polis"))],
            ),
            (
                "Chinese Ambassador to Cambodia Wang Wenbin attended the handover.",
                vec![p("Wang Wenbin", Some("Ambassador"))],
            ),
            (
                "Pol Lt Col Somchai Rakthai told reporters the villa was rented.",
                vec![p("Somchai Rakthai", Some("Pol Lt Col"))],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(persons(text), want, "{text}");
        }
    }

    #[test]
    fn names_anchored_by_naming_words_or_a_verb_behind_a_comma_are_persons() {
        let cases = [
            (
                "The chairman, a Chinese-born Cambodian citizen identified as Wen Liqiang, fled.",
                "Wen Liqiang",
            ),
            (
                "Seorang perekrut bernama Joko Susilo ditangkap.",
                "Joko Susilo",
            ),
            ("A broker named Li Wei was detained.", "Li Wei"),
            (
                "Ketua Bahagian itu, Irjen Hendro Wibowo pula berkata pegawai akan dihantar.",
                "Hendro Wibowo",
            ),
            (
                "Sokha Chea, seorang korban asal Kampot, mengatakan ia disekap.",
                "Sokha Chea",
            ),
        ];
        for (text, want) in cases {
            let names: Vec<String> = persons(text).into_iter().map(|p| p.0).collect();
            assert_eq!(names, [want], "{text}");
        }
    }

    #[test]
    fn an_organization_before_an_english_office_is_the_persons_organization() {
        let doc = Analyzer::default().analyze_text(
            "t",
            "PAOCC spokesperson Ronaldo Aquino said 183 were deported. Cambodia's Interior Minister Sar Sokha agreed. Karen warlord Saw Chit Thu was named.",
        );
        let got: Vec<(&str, Option<&str>, Option<&str>)> = doc
            .persons
            .iter()
            .map(|p| {
                (
                    p.name.as_str(),
                    p.title.as_deref(),
                    p.organization.as_deref(),
                )
            })
            .collect();
        assert_eq!(doc.persons[1].country.as_deref(), Some("KH"));
        assert_eq!(
            got,
            [
                ("Ronaldo Aquino", Some("spokesperson"), Some("PAOCC")),
                ("Sar Sokha", Some("Interior Minister"), None),
                ("Saw Chit Thu", Some("warlord"), None),
            ]
        );
    }

    #[test]
    fn a_name_with_an_age_in_brackets_is_a_person_but_initials_are_not() {
        let names = |t: &str| -> Vec<String> { persons(t).into_iter().map(|p| p.0).collect() };
        assert_eq!(
            names("Seorang korban, Rina (24), dijanjikan gaji tinggi."),
            ["Rina"]
        );
        assert_eq!(
            names("Polisi menangkap Andi Saputra (31) di Bekasi."),
            ["Andi Saputra"]
        );
        assert_eq!(
            names("Polisi menangkap AS (45) dan NN (39)."),
            Vec::<String>::new()
        );
        assert_eq!(
            names("Min Aung Hlaing, pemimpin junta Myanmar, belum menjawab."),
            ["Min Aung Hlaing"]
        );
        assert_eq!(
            names("Mangsa yang dikenali sebagai Rosnah, 61, berkenalan dengan suspek."),
            ["Rosnah"]
        );
        assert_eq!(
            names("Tan Wei Ming, 34, was charged in Johor Bahru."),
            ["Tan Wei Ming"]
        );
        assert_eq!(
            names("Polri menyerahkan Alice Guo, mantan wali kota Bamban, kepada Filipina."),
            ["Alice Guo"]
        );
        assert_eq!(
            names("Wang Jun, deputy director of the Criminal Investigation Department, said so."),
            ["Wang Jun"]
        );
        assert_eq!(
            names("Pada 12 Jun 2024, Ahmad Faizal berkata polis menahan 20 orang."),
            ["Ahmad Faizal"]
        );
    }

    #[test]
    fn an_office_name_that_runs_on_is_not_a_person_and_the_name_behind_it_is() {
        assert_eq!(
            persons(
                "\"Uang itu berpindah dalam hitungan menit,\" ujar Direktur Kejahatan Finansial \
                 dan Antikorupsi INTERPOL, Hans-Peter Kessler, dalam keterangan tertulis."
            ),
            [p(
                "Hans-Peter Kessler",
                Some("Direktur Kejahatan Finansial dan Antikorupsi INTERPOL")
            )]
        );
        assert_eq!(
            persons(
                "\"We will act,\" said Director of Public Safety and Security Anna Cruz, \
                 speaking in Manila."
            )
            .len(),
            1
        );
    }

    #[test]
    fn malay_ranks_outlets_and_words_written_in_lower_case_elsewhere_are_not_names() {
        let names = |t: &str| -> Vec<String> { persons(t).into_iter().map(|p| p.0).collect() };
        assert_eq!(
            names("Delegasi Thailand diketuai Jeneral Polis Wichai Sangkhaphan, manakala delegasi Malaysia hadir."),
            ["Wichai Sangkhaphan"]
        );
        assert_eq!(
            names("The ambassador told Khmer Times that Seoul appreciated the response."),
            Vec::<String>::new()
        );
        // Both words are written in lower case elsewhere in the same text.
        assert_eq!(
            names("Kepala Guard Station itu berkata. The guard station at the border was closed."),
            Vec::<String>::new()
        );
        assert_eq!(
            names("One man from Kenya told Al Jazeera by phone that he had escaped."),
            Vec::<String>::new()
        );
        // A police unit's short name is part of the office; an honorific goes.
        assert_eq!(
            names("Hal itu disampaikan Direktur Reskrimsus Polda Jateng, Kombes Pol. Budi Santoso, kemarin."),
            ["Budi Santoso"]
        );
        assert_eq!(
            names("Menurut Mbak Sari Wulandari, ia berangkat pada Mei."),
            ["Sari Wulandari"]
        );
        // A Malay chairman is an office, not a name.
        assert_eq!(
            names("Perkara itu dimaklumkan Pengerusi SKMM, Tan Sri Azlan Hamid di Cyberjaya."),
            ["Azlan Hamid"]
        );
    }

    #[test]
    fn a_one_word_speaker_takes_the_full_name_written_elsewhere() {
        let names = |t: &str| -> Vec<String> { persons(t).into_iter().map(|p| p.0).collect() };
        assert_eq!(
            names("Delegasi dipimpin sekretaris komite itu, Keo Sovannara, di Jakarta. Kamboja siap, kata Keo."),
            ["Keo Sovannara"]
        );
        assert_eq!(
            names("Chea Sophal and Chea Dara met. The plan works, Chea said."),
            ["Chea"]
        );
    }

    #[test]
    fn headline_lists_and_related_links_give_no_persons() {
        for text in [
            "Polisi menangkap dua orang.\nKapolri Minta Anggota Tak Main Judol\nKapolri Jenderal Listyo Sigit Prabowo Bicara Soal Judi",
            "Server dilacak (baca: Kata Andi Pratama Soal Judol) oleh polisi.",
        ] {
            assert_eq!(persons(text), [], "{text}");
        }
    }
}

#[cfg(test)]
mod subject_noun_tests {
    use crate::Analyzer;

    #[test]
    fn common_nouns_and_platforms_opening_a_sentence_before_a_speech_verb_are_not_persons() {
        for text in [
            "Pihaknya menambahkan data. Keluarga mengatakan anaknya hilang. Sindikat mengklaim untung.",
            "Investigators said the men fled. Survivors told reporters they were beaten. Experts warned.",
            "Mangsa mendakwa dipukul. Suspek mengaku bersalah, kata polis.",
            "Meta said it removed the accounts. Telegram menyatakan kanal itu diblokir.",
        ] {
            let doc = Analyzer::default().analyze_text("t", text);
            assert!(doc.persons.is_empty(), "{text}: {:?}", doc.persons);
        }
    }

    #[test]
    fn unusual_name_shapes_from_other_outlets_are_read_whole_or_not_at_all() {
        // (text, persons that must be found, words that must never be a name)
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "Deputy Minister of Public Security Lt. Gen. To An Xo said Thursday that 40 \
                 citizens were rescued.",
                &["To An Xo"],
                &[],
            ),
            (
                "Head of the National Police's International Relations Division Inspector \
                 General Krishna Murti said the victims were lured.",
                &["Krishna Murti"],
                &["Police's", "Police"],
            ),
            (
                "Ketua Pusat Studi Migrasi Migrant CARE Anis Hidayah meminta pemerintah \
                 memperketat pengawasan.",
                &[],
                &["Studi Migrasi", "Studi"],
            ),
            (
                "Ketua Polis Daerah Shah Alam, Asisten Komisioner Mohd Iqbal Ibrahim berkata, \
                 mangsa menerima tawaran itu.",
                &["Mohd Iqbal Ibrahim"],
                &["Asisten Komisioner Mohd Iqbal Ibrahim"],
            ),
            (
                "Jacob Sims, a visiting fellow at a university in Boston, said the releases \
                 were for show.",
                &["Jacob Sims"],
                &[],
            ),
            (
                "Sen. Risa Hontiveros urged the agency to act, said Prime Minister Hun Sen. \
                 Police said more.",
                &["Risa Hontiveros", "Hun Sen"],
                &["Sen. Risa Hontiveros", "Hun Sen."],
            ),
            (
                "Major General Đinh Văn Nơi, director of the Quảng Ninh provincial police, \
                 said investigations were ongoing.",
                &["Đinh Văn Nơi"],
                &["Quảng Ninh"],
            ),
            (
                "Direktur Reserse Kriminal Umum Polda Bali Kombes Pol I Made Wirawan menyebut \
                 korban direkrut lewat Facebook. I Wayan said nothing.",
                &["I Made Wirawan"],
                &["Made Wirawan", "I Wayan"],
            ),
            (
                "PNP Anti-Cybercrime Group director Brig. Gen. Bernard Yang said they had \
                 filed charges.",
                &["Bernard Yang"],
                &["Bernard"],
            ),
            // A homograph alone, with no title before it, is no name.
            (
                "To Phnom Penh they went, and An evening later they left.",
                &[],
                &["To", "An"],
            ),
        ];
        for (text, want, never) in cases {
            let doc = crate::Analyzer::default().analyze_text("t", text);
            let names: Vec<&str> = doc.persons.iter().map(|p| p.name.as_str()).collect();
            for w in *want {
                assert!(names.contains(w), "{text}: {names:?}");
            }
            for n in *never {
                assert!(!names.contains(n), "{text}: {names:?}");
            }
        }
    }
}
