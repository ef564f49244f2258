//! The gazetteers of `data/`: countries, regions, places, organizations and the
//! words that shape unseen organization names, loaded once into one
//! byte trie over every alias (`crate::trie::Trie`).
//!
//! Alias marks in the data files: `=` matches only as written (case-sensitive),
//! `~` in any case, `!` as written and only after a place cue ("provinsi Tak",
//! "Mae Sot, Tak"; a comma is no cue when a capitalized word follows, as in a
//! name: "PPATK, Danang Tri Wibowo"). An alias without a mark must start with the capital it is
//! written with ("Medan" the city, not "medan" a field); an alias with no
//! lowercase letter ("AS", "US", "WNI", "RRT") is always case-sensitive, so
//! "as" and "us" are words, not countries.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::tokens::char_at;
use crate::model::OrgKind;
use crate::trie::Trie;

/// A country of `data/countries.tsv`.
#[derive(Clone, Copy, Debug)]
pub struct CountryEntry {
    /// ISO 3166-1 alpha-2 code.
    pub code: &'static str,
    /// English short name.
    pub name: &'static str,
}

/// A place of `data/places.tsv`.
#[derive(Clone, Copy, Debug)]
pub struct PlaceEntry {
    /// Canonical name.
    pub name: &'static str,
    /// ISO code of its country, when it lies in one.
    pub country: Option<&'static str>,
    /// city, province, district, border_town, zone, compound, state, island.
    pub kind: &'static str,
}

/// An organization of `data/organizations.tsv`.
#[derive(Clone, Copy, Debug)]
pub struct OrgEntry {
    /// Stable id.
    pub id: &'static str,
    /// Canonical full name.
    pub name: &'static str,
    /// Acronym, if it has one.
    pub acronym: Option<&'static str>,
    /// Kind.
    pub kind: OrgKind,
    /// ISO code of its country; none for international bodies.
    pub country: Option<&'static str>,
}

/// What a word of `data/org_shapes.tsv` does in an organization name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShapeRole {
    /// Starts (Indonesian, Malay) or ends (English) a name: "Kementerian", "Police".
    Head,
    /// A head that also takes "di X"/"in X": "KBRI", "Kedutaan Besar", "Embassy".
    Embassy,
}

/// The language a shape head belongs to, which decides the direction a name grows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadLang {
    /// Indonesian: head first, the name grows to the right.
    Id,
    /// Malay: like Indonesian.
    Ms,
    /// English: the name grows to the left, and to the right after "of".
    En,
}

/// A head word of an organization shape.
#[derive(Clone, Copy, Debug)]
pub struct ShapeEntry {
    /// The head as written in the data.
    pub word: &'static str,
    /// Head or embassy head.
    pub role: ShapeRole,
    /// The kind it gives the organization.
    pub kind: OrgKind,
    /// Its language.
    pub lang: HeadLang,
}

/// What an alias names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Index into [`Gazetteer::countries`].
    Country(u16),
    /// Index into [`Gazetteer::regions`].
    Region(u16),
    /// Index into [`Gazetteer::places`].
    Place(u16),
    /// Index into [`Gazetteer::orgs`].
    Org(u16),
    /// Index into [`Gazetteer::shapes`].
    Shape(u16),
    /// A phrase of `data/not_entities.txt` that holds a name but names nothing
    /// ("Macau scam").
    Skip,
}

/// How the case of a match is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CaseRule {
    /// The first letter must be a capital.
    Capital,
    /// Exactly as written.
    Exact,
    /// Any case.
    Any,
}

#[derive(Clone, Copy, Debug)]
struct Alias {
    target: Target,
    case: CaseRule,
    needs_place_cue: bool,
    text: &'static str,
}

/// One gazetteer match in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// First byte.
    pub start: usize,
    /// Byte after the last.
    pub end: usize,
    /// What it names.
    pub target: Target,
}

/// Every table, and the trie over every alias.
pub struct Gazetteer {
    /// Countries, in file order (sorted by code).
    pub countries: Vec<CountryEntry>,
    /// Regions: canonical English names.
    pub regions: Vec<&'static str>,
    /// Places.
    pub places: Vec<PlaceEntry>,
    /// Organizations.
    pub orgs: Vec<OrgEntry>,
    /// Shape heads.
    pub shapes: Vec<ShapeEntry>,
    /// Lowercase words that may stand inside a name ("dan", "of").
    connectors: Vec<&'static str>,
    /// Words that end a name (titles, weekdays, months).
    stops: Vec<&'static str>,
    trie: Trie,
    /// Candidates per trie key, in the order they are tried.
    patterns: Vec<Vec<Alias>>,
}

const COUNTRIES: &str = crate::data_file::data_file!("countries.tsv");
const REGIONS: &str = crate::data_file::data_file!("regions.tsv");
const PLACES: &str = crate::data_file::data_file!("places.tsv");
const ORGANIZATIONS: &str = crate::data_file::data_file!("organizations.tsv");
const ORG_SHAPES: &str = crate::data_file::data_file!("org_shapes.tsv");
const NOT_ENTITIES: &str = crate::data_file::data_file!("not_entities.txt");

/// The gazetteer, built on first use.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

fn opt(field: &'static str) -> Option<&'static str> {
    (!field.is_empty() && field != "-").then_some(field)
}

/// The kind named in the data files.
pub fn parse_kind(s: &str) -> Option<OrgKind> {
    Some(match s {
        "international" => OrgKind::International,
        "police" => OrgKind::Police,
        "ministry" => OrgKind::Ministry,
        "agency" => OrgKind::Agency,
        "ngo" => OrgKind::Ngo,
        "media" => OrgKind::Media,
        _ => return None,
    })
}

fn alias(raw: &'static str, target: Target) -> Alias {
    let (case, cue, text) = if let Some(t) = raw.strip_prefix('=') {
        (CaseRule::Exact, false, t)
    } else if let Some(t) = raw.strip_prefix('~') {
        (CaseRule::Any, false, t)
    } else if let Some(t) = raw.strip_prefix('!') {
        (CaseRule::Exact, true, t)
    } else if raw.chars().any(char::is_alphabetic) && !raw.chars().any(char::is_lowercase) {
        (CaseRule::Exact, false, raw)
    } else {
        (CaseRule::Capital, false, raw)
    };
    Alias {
        target,
        case,
        needs_place_cue: cue,
        text,
    }
}

fn aliases(field: Option<&&'static str>) -> impl Iterator<Item = &'static str> {
    field
        .copied()
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|a| !a.is_empty())
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut all: Vec<Alias> = Vec::new();
        let mut countries = Vec::new();
        for r in rows(COUNTRIES) {
            let t = Target::Country(countries.len() as u16);
            countries.push(CountryEntry {
                code: r[0],
                name: r[1],
            });
            all.push(alias(r[1], t));
            all.extend(aliases(r.get(2)).map(|a| alias(a, t)));
            // English plural demonyms: "Indonesians", "Thais", "Filipinos".
            all.extend(
                aliases(r.get(2))
                    .filter(|a| is_demonym(a))
                    .map(|a| alias(Box::leak(format!("{a}s").into_boxed_str()), t)),
            );
        }
        let mut regions = Vec::new();
        for r in rows(REGIONS) {
            let t = Target::Region(regions.len() as u16);
            regions.push(r[0]);
            all.push(alias(r[0], t));
            all.extend(aliases(r.get(1)).map(|a| alias(a, t)));
        }
        let mut places = Vec::new();
        for r in rows(PLACES) {
            let t = Target::Place(places.len() as u16);
            places.push(PlaceEntry {
                name: r[0],
                country: opt(r.get(1).copied().unwrap_or("")),
                kind: r.get(2).copied().unwrap_or("city"),
            });
            let listed: Vec<&str> = aliases(r.get(3)).collect();
            // A name whose only alias is marked (`!Tak`) must not also match unmarked.
            if !listed.iter().any(|a| a.get(1..) == Some(r[0])) {
                all.push(alias(r[0], t));
            }
            all.extend(listed.into_iter().map(|a| alias(a, t)));
        }
        let mut orgs = Vec::new();
        for r in rows(ORGANIZATIONS) {
            let t = Target::Org(orgs.len() as u16);
            let acronym = opt(r[2]);
            orgs.push(OrgEntry {
                id: r[0],
                name: r[1],
                acronym,
                kind: parse_kind(r[3]).unwrap_or(OrgKind::Agency),
                country: opt(r[4]),
            });
            all.push(alias(r[1], t));
            all.extend(acronym.map(|a| alias(a, t)));
            all.extend(aliases(r.get(5)).map(|a| alias(a, t)));
        }
        let mut shapes = Vec::new();
        let mut connectors = Vec::new();
        let mut stops = Vec::new();
        for r in rows(ORG_SHAPES) {
            let role = match r.get(1).copied() {
                Some("head") => ShapeRole::Head,
                Some("embassy") => ShapeRole::Embassy,
                Some("connector") => {
                    connectors.push(r[0]);
                    continue;
                }
                _ => {
                    stops.push(r[0]);
                    continue;
                }
            };
            let lang = match r.get(3).copied() {
                Some("ms") => HeadLang::Ms,
                Some("en") => HeadLang::En,
                _ => HeadLang::Id,
            };
            let t = Target::Shape(shapes.len() as u16);
            shapes.push(ShapeEntry {
                word: r[0],
                role,
                kind: r
                    .get(2)
                    .and_then(|k| parse_kind(k))
                    .unwrap_or(OrgKind::Agency),
                lang,
            });
            all.push(alias(r[0], t));
        }
        crate::sort::sort(&mut connectors);
        crate::sort::sort(&mut stops);
        all.extend(rows(NOT_ENTITIES).map(|r| alias(r[0], Target::Skip)));
        // Text writes apostrophes curly as often as straight.
        let curly: Vec<Alias> = all
            .iter()
            .filter(|a| a.text.contains('\''))
            .map(|a| Alias {
                text: Box::leak(a.text.replace('\'', "’").into_boxed_str()),
                ..*a
            })
            .collect();
        all.extend(curly);

        // One pattern per lowercase form; its candidates are tried in order, so
        // a case-sensitive "AS" and a differently cased alias can share it.
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut keys: Vec<String> = Vec::new();
        let mut patterns: Vec<Vec<Alias>> = Vec::new();
        for a in all {
            let key = a.text.to_ascii_lowercase();
            let i = *index.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                patterns.push(Vec::new());
                patterns.len() - 1
            });
            let cands = &mut patterns[i];
            if !cands
                .iter()
                .any(|c| c.target == a.target && c.text == a.text && c.case == a.case)
            {
                cands.push(a);
            }
        }
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let trie = Trie::new(&keys);
        Gazetteer {
            countries,
            regions,
            places,
            orgs,
            shapes,
            connectors,
            stops,
            trie,
            patterns,
        }
    }

    /// Whether `word` is a lowercase connector that may stand inside a name.
    pub fn is_connector(&self, word: &str) -> bool {
        self.connectors.binary_search(&word).is_ok()
    }

    /// Whether `word` ends a name (a title, weekday or month).
    pub fn is_stop(&self, word: &str) -> bool {
        let word = word.trim_end_matches('.');
        self.stops.binary_search(&word).is_ok()
    }

    /// The gazetteer matches in `text[from..to]`, leftmost-longest, at word
    /// starts, each ending at a word end and passing its case rule. A match of
    /// exactly `skip` is passed over (to look inside a known name).
    pub fn scan(
        &self,
        text: &str,
        from: usize,
        to: usize,
        skip: Option<(usize, usize)>,
    ) -> Vec<Hit> {
        self.scan_where(text, from, to, skip, |_| true)
    }

    /// Like [`Gazetteer::scan`], keeping only matches whose target passes `keep`
    /// (a rejected longest match gives way to a shorter one at the same start).
    pub fn scan_where(
        &self,
        text: &str,
        from: usize,
        to: usize,
        skip: Option<(usize, usize)>,
        keep: impl Fn(Target) -> bool,
    ) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut pos = from;
        let mut prev_alnum = text[..from]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        while pos < to {
            let Some(c) = char_at(text, pos) else {
                break;
            };
            if c.is_alphanumeric() && !prev_alnum {
                if let Some(hit) = self.longest_at(text, pos, to, skip, &keep) {
                    hits.push(hit);
                    pos = hit.end;
                    prev_alnum = text[..pos]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                    continue;
                }
            }
            prev_alnum = c.is_alphanumeric();
            pos += c.len_utf8();
        }
        hits
    }

    fn longest_at(
        &self,
        text: &str,
        pos: usize,
        to: usize,
        skip: Option<(usize, usize)>,
        keep: &impl Fn(Target) -> bool,
    ) -> Option<Hit> {
        let mut limit = to;
        while limit > pos {
            let (key, e) = self.trie.longest(&text.as_bytes()[..limit], pos)?;
            let s = pos;
            if skip != Some((s, e)) && text.is_char_boundary(e) && ends_word(text, e) {
                let written = &text[s..e];
                if let Some(a) = self.patterns[key].iter().find(|a| {
                    keep(a.target)
                        && case_ok(a, written)
                        && (!a.needs_place_cue || place_cue(text, s, e))
                }) {
                    return Some(Hit {
                        start: s,
                        end: e,
                        target: a.target,
                    });
                }
            }
            limit = e - 1;
        }
        None
    }

    /// What `name` names when the whole of it is an alias (case rules apply).
    pub fn lookup(&self, name: &str) -> Vec<Target> {
        let name = name.trim();
        if name.is_empty() {
            return Vec::new();
        }
        match self.trie.longest(name.as_bytes(), 0) {
            Some((key, end)) if end == name.len() => self.patterns[key]
                .iter()
                .filter(|a| case_ok(a, name))
                .map(|a| a.target)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The country entry of an ISO code.
    pub fn country_by_code(&self, code: &str) -> Option<&CountryEntry> {
        self.countries
            .binary_search_by(|c| c.code.cmp(code))
            .ok()
            .map(|i| &self.countries[i])
    }
}

/// Whether a country alias reads like an English demonym that takes a plural
/// "-s": a capitalized ASCII word ending in "-an", "-i" or "-ino" ("Kenyan",
/// "Thai", "Filipino"); a country name caught too ("Japans") never occurs.
fn is_demonym(a: &str) -> bool {
    let last = a.rsplit(' ').next().unwrap_or(a);
    a.starts_with(|c: char| c.is_ascii_uppercase())
        && a.chars().all(|c| c.is_ascii_alphabetic() || c == ' ')
        && last.len() >= 3
        && last.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && (last.ends_with("an") || last.ends_with('i') || last.ends_with("ino"))
}

fn case_ok(a: &Alias, written: &str) -> bool {
    match a.case {
        CaseRule::Any => true,
        CaseRule::Exact => written == a.text,
        CaseRule::Capital => {
            let wanted = a.text.chars().find(|c| c.is_alphabetic());
            let got = written.chars().find(|c| c.is_alphabetic());
            match (wanted, got) {
                (Some(w), Some(g)) if w.is_uppercase() => g.is_uppercase(),
                _ => true,
            }
        }
    }
}

/// Whether a word ends at `at`: the next char is not a letter or digit.
pub fn ends_word(text: &str, at: usize) -> bool {
    !text[at..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Words that make a following capitalized "Tak" a place, not "not".
const PLACE_CUES: &[&str] = &[
    "District",
    "Kabupaten",
    "Kota",
    "Province",
    "Provinsi",
    "Wilayah",
    "di",
    "distrik",
    "district",
    "in",
    "kabupaten",
    "ke",
    "kota",
    "menuju",
    "near",
    "of",
    "province",
    "provinsi",
    "to",
    "wilayah",
];

fn place_cue(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\u{a0}']);
    if before.ends_with(',') {
        // "PPATK, Danang Tri Wibowo": a name goes on with capitalized words.
        let after = text[end..].strip_prefix([' ', '\u{a0}']).unwrap_or("");
        return !after.starts_with(char::is_uppercase);
    }
    let prev = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if PLACE_CUES.binary_search(&prev).is_ok() {
        return true;
    }
    let next = text[end..]
        .trim_start_matches([' ', '\u{a0}'])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(next, "province" | "Province" | "provinsi")
}

/// The ISO code of a country named `name` in Indonesian, Malay or English
/// ("Kamboja", "Cambodian", "AS", "Korsel"), or of an ISO code itself ("KH");
/// a name wins over a code ("AS" is the United States).
pub fn country_code(name: &str) -> Option<&'static str> {
    let g = &*GAZETTEER;
    let name = name.trim();
    let by_name = g.lookup(name).into_iter().find_map(|t| match t {
        Target::Country(i) => Some(g.countries[i as usize].code),
        _ => None,
    });
    // A name first: "AS" is the United States in Indonesian, not American Samoa.
    by_name.or_else(|| {
        let code =
            (name.len() == 2 && name.bytes().all(|b| b.is_ascii_uppercase())).then_some(name)?;
        g.country_by_code(code).map(|c| c.code)
    })
}

/// The English short name of an ISO 3166-1 alpha-2 code ("KH" → "Cambodia").
pub fn country_name(code: &str) -> Option<&'static str> {
    GAZETTEER.country_by_code(code.trim()).map(|c| c.name)
}

/// The canonical name and country of a place named `name` ("Myawadi" →
/// ("Myawaddy", Some("MM"))).
pub fn place(name: &str) -> Option<(&'static str, Option<&'static str>)> {
    let g = &*GAZETTEER;
    g.lookup(name).into_iter().find_map(|t| match t {
        Target::Place(i) => {
            let p = g.places[i as usize];
            Some((p.name, p.country))
        }
        _ => None,
    })
}

/// The canonical English name of a region named `name` ("Asia Tenggara" →
/// "Southeast Asia").
pub fn region(name: &str) -> Option<&'static str> {
    let g = &*GAZETTEER;
    g.lookup(name).into_iter().find_map(|t| match t {
        Target::Region(i) => Some(g.regions[i as usize]),
        _ => None,
    })
}

/// The gazetteer organization named `name` (full name, alias or acronym).
pub fn organization(name: &str) -> Option<OrgEntry> {
    let g = &*GAZETTEER;
    g.lookup(name).into_iter().find_map(|t| match t {
        Target::Org(i) => Some(g.orgs[i as usize]),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trie_finds_what_the_anchored_automaton_found() {
        use aho_corasick::{AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
        let g = &*GAZETTEER;
        let keys: Vec<String> = g
            .patterns
            .iter()
            .map(|p| p[0].text.to_ascii_lowercase())
            .collect();
        let key_strs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .start_kind(StartKind::Anchored)
            .build(&key_strs)
            .unwrap();
        let mut texts: Vec<String> = keys.iter().map(|k| k.to_uppercase()).collect();
        texts.extend(keys.iter().map(|k| format!("{k}x {k}")));
        texts.extend(crate::test_texts::texts());
        let mut found = 0;
        for text in &texts {
            for pos in (0..text.len()).filter(|&p| text.is_char_boundary(p)) {
                let mut limit = text.len();
                while limit > pos {
                    let input = Input::new(text).range(pos..limit).anchored(Anchored::Yes);
                    let want = ac.find(input).map(|m| (m.pattern().as_usize(), m.end()));
                    assert_eq!(g.trie.longest(&text.as_bytes()[..limit], pos), want);
                    let Some((_, e)) = want else { break };
                    found += 1;
                    limit = e - 1;
                }
            }
        }
        assert!(found > 10_000, "{found}");
    }

    fn data_rows(data: &str) -> Vec<&str> {
        data.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| l.split('\t').next().unwrap_or(""))
            .collect()
    }

    #[test]
    fn data_files_are_sorted_unique_and_well_formed() {
        for (name, data, cols) in [
            ("countries", COUNTRIES, 3),
            ("regions", REGIONS, 2),
            ("places", PLACES, 4),
            ("organizations", ORGANIZATIONS, 6),
            ("org_shapes", ORG_SHAPES, 4),
            ("not_entities", NOT_ENTITIES, 1),
        ] {
            let keys = data_rows(data);
            assert!(!keys.is_empty(), "{name} is empty");
            for w in keys.windows(2) {
                assert!(w[0] < w[1], "{name}: {:?} then {:?}", w[0], w[1]);
            }
            for l in data
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
            {
                assert_eq!(l.split('\t').count(), cols, "{name}: {l}");
            }
        }
    }

    #[test]
    fn gazetteer_loads_every_iso_country_and_known_references() {
        let g = &*GAZETTEER;
        assert!(g.countries.len() >= 249, "{}", g.countries.len());
        for p in &g.places {
            if let Some(c) = p.country {
                assert!(
                    g.country_by_code(c).is_some(),
                    "place {} has bad country {c}",
                    p.name
                );
            }
        }
        for o in &g.orgs {
            if let Some(c) = o.country {
                assert!(
                    g.country_by_code(c).is_some(),
                    "org {} has bad country {c}",
                    o.id
                );
            }
        }
        for r in rows(ORGANIZATIONS) {
            assert!(
                parse_kind(r[3]).is_some(),
                "org {} has bad kind {}",
                r[0],
                r[3]
            );
        }
    }

    #[test]
    fn country_code_reads_names_short_forms_and_demonyms_in_three_languages() {
        let cases = [
            ("Kamboja", Some("KH")),
            ("Kemboja", Some("KH")),
            ("Cambodian", Some("KH")),
            ("Tiongkok", Some("CN")),
            ("RRT", Some("CN")),
            ("Korsel", Some("KR")),
            ("Korea Utara", Some("KP")),
            ("AS", Some("US")),
            ("as", None),
            ("U.S.", Some("US")),
            ("Inggris", Some("GB")),
            ("UEA", Some("AE")),
            ("Filipina", Some("PH")),
            ("WNI", Some("ID")),
            ("Jepun", Some("JP")),
            ("Indonesians", Some("ID")),
            ("Kenyans", Some("KE")),
            ("Thais", Some("TH")),
            ("Filipinos", Some("PH")),
            ("South Koreans", Some("KR")),
            ("thais", None),
            ("KH", Some("KH")),
            ("Atlantis", None),
            ("", None),
        ];
        for (name, want) in cases {
            assert_eq!(country_code(name), want, "{name}");
        }
        assert_eq!(country_name("KH"), Some("Cambodia"));
        assert_eq!(country_name("XX"), None);
    }

    #[test]
    fn place_region_and_organization_lookups_give_canonical_names() {
        assert_eq!(place("Myawadi"), Some(("Myawaddy", Some("MM"))));
        assert_eq!(
            place("Zona Ekonomi Khusus Segitiga Emas").map(|p| p.1),
            Some(Some("LA"))
        );
        assert_eq!(region("Asia Tenggara"), Some("Southeast Asia"));
        assert_eq!(organization("Kemlu").map(|o| o.id), Some("kemlu"));
        assert_eq!(organization("KNPA").map(|o| o.country), Some(Some("KR")));
    }

    /// The places `GAZETTEER.scan` finds in `text`: canonical name and country.
    fn places_in(text: &str) -> Vec<(&'static str, Option<&'static str>)> {
        let g = &*GAZETTEER;
        g.scan(text, 0, text.len(), None)
            .into_iter()
            .filter_map(|h| match h.target {
                Target::Place(p) => Some((g.places[p as usize].name, g.places[p as usize].country)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn regencies_and_regional_towns_are_found_with_their_country() {
        let text = "Para korban berasal dari Kulonprogo, Gunung Kidul, Lampung Timur dan \
                    Makassar, Bone, lalu dibawa lewat Sibu ke Bavet. Polisi di Tainan dan \
                    Parañaque City ikut menyelidiki.";
        assert_eq!(
            places_in(text),
            [
                ("Kulon Progo", Some("ID")),
                ("Gunungkidul", Some("ID")),
                ("Lampung Timur", Some("ID")),
                ("Makassar", Some("ID")),
                ("Bone", Some("ID")),
                ("Sibu", Some("MY")),
                ("Bavet", Some("KH")),
                ("Tainan", Some("TW")),
                ("Parañaque", Some("PH")),
            ]
        );
        assert_eq!(place("Jaksel"), Some(("Jakarta Selatan", Some("ID"))));
        assert_eq!(place("DIY"), Some(("Yogyakarta", Some("ID"))));
        assert_eq!(place("Thua Thien Hue"), Some(("Hue", Some("VN"))));
    }

    #[test]
    fn place_names_that_are_common_words_stay_words_in_ordinary_sentences() {
        for text in [
            "Batu itu dilempar, nasib mereka sungguh malang.",
            "Batang pohon tumbang. Landak itu lari ke hutan.",
            "Bone marrow donors were asked to wait.",
            "Tengah malam itu, Polda Lampung tengah memburu pelaku.",
            "Tanah datar di pesisir selatan itu dijual.",
            "Tebing tinggi itu longsor, kata warga.",
            // After a comma, a name that goes on is a person's.
            "ujar Deputi PPATK, Danang Tri Wibowo.",
        ] {
            let found = places_in(text);
            assert!(
                found.iter().all(|(name, _)| *name == "Lampung"),
                "{text}: {found:?}"
            );
        }
        // The same words are places after a place cue.
        assert_eq!(
            places_in("Ia tinggal di Batu, lalu pindah ke Kabupaten Batang."),
            [("Batu", Some("ID")), ("Batang", Some("ID"))]
        );
        assert_eq!(
            places_in("The group flew to Hanoi, Danang and Saigon."),
            [
                ("Hanoi", Some("VN")),
                ("Da Nang", Some("VN")),
                ("Ho Chi Minh City", Some("VN"))
            ]
        );
    }
}
