//! Countries, regions, places and organizations from the gazetteers in `data/`,
//! and unseen organizations by their shape.
//!
//! One scan of the gazetteer automaton ([`super::gazetteer`]) gives the known
//! names. Then:
//!
//! - a country named after "bahasa"/"berbahasa" or before "language",
//!   "-speaking" or "Ocean" is a language or a sea, not a country ("Bahasa
//!   Inggris", "Thai language", "Indian Ocean");
//! - a shape head ("Kementerian", "Kepolisian", "Badan", "Ministry", "Police",
//!   "KBRI"…) grows into a name over capitalized words and connectors ("dan",
//!   "of"), stopping at a title, weekday or month, at punctuation, after a
//!   country or place (which gives the organization its country), or at a
//!   following "(ACRONYM)". English names grow to the left ("Royal Thai Police")
//!   and to the right after "of" ("Ministry of Interior of Cambodia");
//! - an acronym in brackets after a name ("Badan Kepolisian Nasional Korea
//!   (KNPA)") or a name in brackets after an acronym ("KNPA (Korean National
//!   Police Agency)") binds the two, and later bare uses of the acronym are
//!   the same organization;
//! - a country inside an organization's name is also a mention of the country;
//! - a ministry that Indonesia and Malaysia name alike ("Kementerian Dalam
//!   Negeri", "Kementerian Luar Negeri") is Malaysia's in a Malay article,
//!   unless "RI" or "Indonesia" is written with it (`data/org_counterparts.tsv`).
//!
//! Choices: "Chinese" is China (in this news it names PRC nationals and
//! bodies); "Tionghoa" (ethnic Chinese) is not a country. "Korea" and "Korean"
//! alone are South Korea. "Golden Triangle" is a place with no single country;
//! its special economic zone is in Laos. The media outlet the article is
//! credited to (its `source`) is not listed as an organization, as the gold
//! files do; other outlets it cites are, with kind `media`. An organization
//! with an Indonesian head and no country in its name is Indonesian (in a Malay
//! article, Malaysian), because the press names a foreign body's country.

use crate::case::Case;
use std::collections::HashMap;

use super::gazetteer::{HeadLang, Hit, OrgEntry, ShapeEntry, ShapeRole, Target, GAZETTEER};
use super::words::{in_links, link_spans};
use super::Context;
use crate::model::{Country, Document, Lang, OrgKind, Organization, Place, Region, Span};

pub use super::gazetteer::{country_code, country_name};

/// Appends what this recognizer finds in `ctx.text` to `doc`.
pub fn recognize(ctx: &Context, doc: &mut Document) {
    recognize_beside(ctx, doc, &link_spans(ctx.text));
}

/// [`recognize`] with the text's [`link_spans`] already found.
pub(crate) fn recognize_beside(ctx: &Context, doc: &mut Document, links: &[Span]) {
    let found = find_beside(ctx.text, ctx.lang, links);
    let skip_media: Vec<&str> = [doc.source.outlet.as_deref(), doc.source.wire.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let credited: Vec<&'static str> = skip_media
        .iter()
        .filter_map(|s| super::gazetteer::organization(s).map(|o| o.id))
        .collect();
    doc.countries.extend(found.countries);
    doc.regions.extend(found.regions);
    doc.places.extend(found.places);
    doc.organizations
        .extend(found.organizations.into_iter().filter(|o| {
            o.kind != OrgKind::Media
                || !(credited.contains(&o.id.as_str())
                    || skip_media.iter().any(|s| s.eq_ignore_ascii_case(&o.name)))
        }));
}

/// The entities of one text, merged.
#[derive(Debug, Default)]
pub struct Found {
    /// One per country code, spans sorted.
    pub countries: Vec<Country>,
    /// One per region.
    pub regions: Vec<Region>,
    /// One per place.
    pub places: Vec<Place>,
    /// One per organization id.
    pub organizations: Vec<Organization>,
}

/// One organization mention before merging.
#[derive(Debug, Clone)]
struct OrgMention {
    key: String,
    /// The name as written here (brackets taken out), or the acronym alone.
    written: String,
    /// Whether `written` is an acronym or short alias rather than a name.
    acronym_only: bool,
    acronym: Option<String>,
    kind: OrgKind,
    country: Option<String>,
    /// Whether the country was read from the name (not a language default).
    country_from_name: bool,
    spans: Vec<Span>,
}

/// Finds and merges every entity of `text`.
pub fn find(text: &str, lang: Lang) -> Found {
    find_beside(text, lang, &link_spans(text))
}

/// [`find`] with the text's [`link_spans`] already found.
fn find_beside(text: &str, lang: Lang, links: &[Span]) -> Found {
    let g = &*GAZETTEER;
    let mut hits = g.scan(text, 0, text.len(), None);
    hits.retain(|h| !in_links(links, h.start, h.end));
    let mut countries: Vec<(usize, Span)> = Vec::new();
    let mut regions: Vec<(usize, Span)> = Vec::new();
    let mut places: Vec<(usize, Span)> = Vec::new();
    let mut orgs: Vec<OrgMention> = Vec::new();
    let mut consumed = vec![false; hits.len()];

    for h in &hits {
        match h.target {
            Target::Country(c) if !is_language_sea_or_currency(text, h) => {
                countries.push((c as usize, Span(h.start, h.end)))
            }
            Target::Region(r) => regions.push((r as usize, Span(h.start, h.end))),
            Target::Place(p) => places.push((p as usize, Span(h.start, h.end))),
            _ => {}
        }
    }

    let mut i = 0;
    while i < hits.len() {
        if consumed[i] {
            i += 1;
            continue;
        }
        let h = hits[i];
        let made = match h.target {
            Target::Org(o) => {
                let entry = malay_counterpart(text, &hits[i], g.orgs[o as usize], lang);
                Some(known_org(text, &hits, i, entry, &mut consumed))
            }
            Target::Shape(s) => {
                shape_org(text, lang, &hits, i, g.shapes[s as usize], &mut consumed)
            }
            _ => None,
        };
        let made = made.map(|m| office_unit_parent(text, &m).unwrap_or(m));
        if let Some(mut m) = made {
            if m.kind != OrgKind::Media {
                inner_mentions(text, &m, &hits, &mut countries, &mut places);
            }
            bracketed(text, lang, &hits, &mut m, &mut consumed);
            orgs.push(m);
        }
        i += 1;
    }
    reverse_acronyms(text, &mut orgs);
    later_acronyms(text, links, &mut orgs);
    join_bare_shapes(&mut orgs);

    Found {
        countries: merge_countries(countries),
        regions: merge_regions(regions),
        places: merge_places(places),
        organizations: merge_orgs(orgs),
    }
}

/// "Bahasa Inggris", "berbahasa Thai", "English-language", "Thai language",
/// "Indian Ocean", "US$": a language, a sea or a currency, not the country.
fn is_language_sea_or_currency(text: &str, h: &Hit) -> bool {
    if text[h.end..].starts_with('$') {
        return true;
    }
    let prev = prev_word(text, h.start).lower();
    if prev == "bahasa" || prev == "berbahasa" || prev == "dialek" {
        return true;
    }
    let after = &text[h.end..];
    let after = after.strip_prefix('-').unwrap_or(after);
    let after = after.trim_start_matches([' ', '\u{a0}']);
    if after.starts_with("New Year") {
        return true;
    }
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(
        next,
        "language" | "languages" | "speaking" | "speakers" | "Ocean"
    )
}

/// The word just before `at` (across spaces), or "".
fn prev_word(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end_matches([' ', '\u{a0}']);
    if before.len() == text[..at].len() {
        return "";
    }
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[start..]
}

/// The byte after `at` when one plain space (or no-break space) follows it.
fn after_space(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    if rest.starts_with(' ') {
        Some(at + 1)
    } else if rest.starts_with('\u{a0}') {
        Some(at + 2)
    } else {
        None
    }
}

/// The hit starting exactly at `at`, searching forward from `from`.
fn hit_at(hits: &[Hit], from: usize, at: usize) -> Option<usize> {
    let k = hits[from..].partition_point(|h| h.start < at) + from;
    (k < hits.len() && hits[k].start == at).then_some(k)
}

/// The word (letters, digits, inner '.', '-', apostrophes) starting at `at`.
fn word_at(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let mut end = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '.' | '-' | '\'' | '’' | '&' | '/')
            && end > 0
            && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner || (c == '&' && end == 0) {
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    &rest[..end]
}

fn starts_upper(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn slug(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            crate::case::push_lower(&mut s, c);
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    while s.ends_with('-') {
        s.pop();
    }
    s
}

fn country_of(t: Target) -> Option<&'static str> {
    let g = &*GAZETTEER;
    match t {
        Target::Country(c) => Some(g.countries[c as usize].code),
        Target::Place(p) => g.places[p as usize].country,
        Target::Org(o) => g.orgs[o as usize].country,
        _ => None,
    }
}

const COUNTERPARTS: &str = crate::data_file::data_file!("org_counterparts.tsv");

/// The Malaysian body an Indonesian one's bare name stands for in a Malay
/// article (`data/org_counterparts.tsv`): "Kementerian Dalam Negeri" is
/// KDN there, "Kementerian Luar Negeri" Wisma Putra; "Kementerian Luar
/// Negeri RI" or "… Indonesia" stays Indonesia's.
fn malay_counterpart(text: &str, h: &Hit, e: OrgEntry, lang: Lang) -> OrgEntry {
    if lang != Lang::Ms {
        return e;
    }
    let written = &text[h.start..h.end];
    let after = text[h.end..].trim_start();
    let indonesian = written.contains("Indonesia")
        || written.split_whitespace().any(|w| w == "RI")
        || after.starts_with("RI")
        || after.starts_with("Indonesia")
        || after.starts_with("Republik Indonesia");
    if indonesian || e.acronym.is_some_and(|a| a == written) {
        return e;
    }
    super::words::tsv_rows(COUNTERPARTS)
        .find(|r| r[0] == e.id)
        .and_then(|r| r.get(1).copied())
        .and_then(|id| GAZETTEER.orgs.iter().find(|o| o.id == id).copied())
        .unwrap_or(e)
}

/// A gazetteer organization, grown by a country written right after it when
/// its name has none ("Kementerian Luar Negeri Vietnam" is Vietnam's ministry,
/// "Kementerian Luar Negeri RI" is still Kemlu).
fn known_org(text: &str, hits: &[Hit], i: usize, e: OrgEntry, consumed: &mut [bool]) -> OrgMention {
    let h = hits[i];
    let written = &text[h.start..h.end];
    let is_acronym = e.acronym.is_some_and(|a| a == written) || !written.contains(' ');
    let mut m = OrgMention {
        key: e.id.to_string(),
        written: written.to_string(),
        acronym_only: is_acronym,
        acronym: e.acronym.filter(|a| *a == written).map(str::to_string),
        kind: e.kind,
        country: e.country.map(str::to_string),
        country_from_name: true,
        spans: vec![Span(h.start, h.end)],
    };
    let growable = !matches!(e.kind, OrgKind::Media | OrgKind::International) && !is_acronym;
    if growable {
        if let Some(k) = after_space(text, h.end).and_then(|at| hit_at(hits, i + 1, at)) {
            if let Target::Country(_) = hits[k].target {
                let inner = GAZETTEER.scan(text, h.start, h.end, Some((h.start, h.end)));
                if !inner.iter().any(|x| matches!(x.target, Target::Country(_))) {
                    let code = country_of(hits[k].target);
                    let name = &text[h.start..hits[k].end];
                    m.written = name.to_string();
                    m.spans = vec![Span(h.start, hits[k].end)];
                    if code != e.country {
                        m.key = slug(name);
                        m.acronym = None;
                        m.country = code.map(str::to_string);
                    }
                    consumed[k] = true;
                }
            }
        }
    }
    m
}

/// Countries and places inside a known organization's name ("Kepolisian
/// Nasional Kamboja" names Cambodia too). Shape names were built from hits that
/// are already mentions.
fn inner_mentions(
    text: &str,
    m: &OrgMention,
    hits: &[Hit],
    countries: &mut Vec<(usize, Span)>,
    places: &mut Vec<(usize, Span)>,
) {
    for s in &m.spans {
        if hits
            .iter()
            .any(|h| h.start == s.0 && h.end == s.1 && matches!(h.target, Target::Org(_)))
        {
            let geo = |t: Target| matches!(t, Target::Country(_) | Target::Place(_));
            for x in GAZETTEER.scan_where(text, s.0, s.1, Some((s.0, s.1)), geo) {
                match x.target {
                    Target::Country(c) => countries.push((c as usize, Span(x.start, x.end))),
                    Target::Place(p) => places.push((p as usize, Span(x.start, x.end))),
                    _ => {}
                }
            }
        }
    }
}

/// Kinds of hit that end a name and give it a country.
fn ends_name(t: Target) -> bool {
    matches!(
        t,
        Target::Country(_) | Target::Place(_) | Target::Org(_) | Target::Region(_)
    )
}

/// An unseen organization grown from a shape head.
/// Heads of bodies that exist only in Indonesia.
const INDONESIAN_ONLY_HEADS: &[&str] = &[
    "BP3MI",
    "Ditreskrim",
    "Ditreskrimsus",
    "Ditreskrimum",
    "Ditresnarkoba",
    "Ditressiber",
    "Kejari",
    "Kejati",
    "Pemkab",
    "Pemkot",
    "Pemprov",
    "Polda",
    "Polres",
    "Polresta",
    "Polrestabes",
    "Polsek",
    "Satreskrim",
];

fn shape_org(
    text: &str,
    lang: Lang,
    hits: &[Hit],
    i: usize,
    head: ShapeEntry,
    consumed: &mut [bool],
) -> Option<OrgMention> {
    let g = &*GAZETTEER;
    let h = hits[i];
    let mut start = h.start;
    let mut kind = head.kind;
    let mut country: Option<&'static str> = None;
    let mut region = false;
    let mut content_words = 0usize;
    let mut inner: Vec<usize> = Vec::new();
    let english = head.lang == HeadLang::En;
    let embassy = head.role == ShapeRole::Embassy;

    if english {
        // Grow left over capitalized words: "Royal Thai Police", "China's Foreign Ministry".
        let mut words = 0;
        while words < 6 {
            let before = &text[..start];
            let Some(sep) = before
                .strip_suffix(' ')
                .or_else(|| before.strip_suffix('\u{a0}'))
            else {
                break;
            };
            let wstart = sep
                .char_indices()
                .rev()
                .find(|(_, c)| {
                    c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘' | ',' | ';' | ':')
                })
                .map_or(0, |(k, c)| k + c.len_utf8());
            let w = &sep[wstart..];
            let core = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            let possessive = core.len() < w.len();
            let core_end = wstart + core.len();
            // "… said Hun Sen. Police said …": a sentence ends there ("U.S." does not).
            if core.ends_with(['.', '!', '?']) && !core[..core.len() - 1].contains('.') {
                break;
            }
            // "Anti-Human Trafficking and Juvenile Protection Department": an
            // "and" between two capitalized words that are not places.
            if matches!(core, "and" | "&") && content_words > 0 && wstart > 0 {
                let before_and = &text[..wstart - 1];
                let prev_start = before_and
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“' | ','))
                    .map_or(0, |(k, c)| k + c.len_utf8());
                let prev = &before_and[prev_start..];
                let geo = hits[..i]
                    .iter()
                    .any(|x| x.end == before_and.len() && !matches!(x.target, Target::Shape(_)));
                if starts_upper(prev) && !g.is_stop(prev) && !geo && !prev.ends_with("'s") {
                    start = wstart;
                    words += 1;
                    continue;
                }
                break;
            }
            if core.is_empty()
                || !starts_upper(core)
                || matches!(core, "The" | "A" | "An" | "This" | "That" | "Its" | "Their")
                || g.is_stop(core)
            {
                break;
            }
            let unit = hits[..i]
                .iter()
                .rev()
                .find(|x| x.end == core_end && x.start <= wstart);
            if possessive {
                // "India's Ministry of External Affairs", "Interpol's Financial
                // Crime and Anti-Corruption Centre": the owner gives the country
                // (or makes the body international) but is not in the name.
                if let Some(x) = unit {
                    country = country.or(country_of(x.target));
                    if matches!(x.target, Target::Org(o) if g.orgs[o as usize].kind == OrgKind::International)
                    {
                        kind = OrgKind::International;
                    }
                }
                break;
            }
            match unit {
                Some(x) => {
                    country = country.or(country_of(x.target));
                    if !matches!(x.target, Target::Country(_)) {
                        content_words += 1;
                    }
                    start = x.start;
                }
                None => {
                    content_words += 1;
                    start = wstart;
                }
            }
            words += 1;
        }
    }

    let mut end = h.end;
    let mut cursor = h.end;
    let mut words = 0;
    // English names grow right only after "of"/"for"/"in": "Ministry of Interior".
    let mut opened = !english;
    let mut last_connector = "";
    let mut k_from = i + 1;
    // "Kedutaan Besar Republik Indonesia (KBRI) di Yangon": the acronym inside.
    let mut gap: Option<(usize, Span)> = None;
    'grow: while words < 12 {
        let Some(at) = after_space(text, cursor) else {
            break;
        };
        if embassy && words == 0 && gap.is_none() && text[at..].starts_with('(') {
            let close = text[at + 1..].find(')').filter(|c| *c > 1 && *c <= 12);
            if let Some(close) = close {
                let inner = Span(at + 1, at + 1 + close);
                if is_acronym_of(&text[inner.0..inner.1], &text[start..cursor]) {
                    gap = Some((cursor, inner));
                    cursor = inner.1 + 1;
                    continue;
                }
            }
        }
        let w = word_at(text, at);
        if english && (w.ends_with("'s") || w.ends_with("’s")) {
            if last_connector != "of" {
                break; // "… Security and China's Ministry …": a second body
            }
            // "Criminal Investigation Department of China's Ministry of …"
            if let Some(k) = hit_at(hits, k_from, at) {
                country = country.or(country_of(hits[k].target));
                k_from = k + 1;
            }
            content_words += 1;
            end = at + w.len();
            cursor = end;
            words += 1;
            continue;
        }
        if let Some(k) = hit_at(hits, k_from, at) {
            let x = hits[k];
            match x.target {
                Target::Shape(s) => {
                    if !opened
                        || (english && matches!(last_connector, "and" | "&"))
                        || g.shapes[s as usize].role == ShapeRole::Embassy
                    {
                        break;
                    }
                    if g.shapes[s as usize].kind == OrgKind::Police {
                        kind = OrgKind::Police;
                    }
                    content_words += 1;
                }
                t if ends_name(t) => {
                    if !opened {
                        break;
                    }
                    if matches!(t, Target::Org(o) if g.orgs[o as usize].kind == OrgKind::Media) {
                        break;
                    }
                    match t {
                        Target::Region(_) => region = true,
                        Target::Org(o) => {
                            let oe = g.orgs[o as usize];
                            if oe.kind == OrgKind::Police
                                && matches!(kind, OrgKind::Agency)
                                && !embassy
                            {
                                kind = OrgKind::Police;
                            }
                            inner.push(k);
                        }
                        _ => {}
                    }
                    if country.is_none() && !region {
                        country = country_of(t);
                    }
                    if !english && !matches!(t, Target::Country(_)) {
                        // "Kepolisian Provinsi Preah Sihanouk"; "Otoritas Laos" is
                        // only the country's authorities.
                        content_words += 1;
                    }
                    end = x.end;
                    k_from = k + 1;
                    if embassy {
                        // "Kedutaan Besar Kamboja di Jakarta": the place after "di".
                        if let Some(p) = embassy_place(text, hits, k_from, end) {
                            end = p;
                        }
                    }
                    break 'grow;
                }
                _ => {}
            }
            end = x.end;
            cursor = end;
            k_from = k + 1;
            words += 1;
            continue;
        }
        let w = word_at(text, at);
        if w.is_empty() {
            break;
        }
        if g.is_stop(w) {
            // "Komisi Anti-Kejahatan Terorganisir Presiden (PAOCC)": a title word
            // inside a name whose acronym follows.
            if opened && bracket_names(text, hits, at + w.len(), &text[start..at + w.len()]) {
                content_words += 1;
                end = at + w.len();
            }
            break;
        }

        if g.is_connector(w) || (embassy && matches!(w, "di" | "in")) {
            if english && words == 0 && !matches!(w, "of" | "for" | "on" | "against" | "in") {
                break;
            }
            opened = true;
            last_connector = w;
            cursor = at + w.len();
            words += 1;
            continue;
        }
        if !starts_upper(w) || !opened {
            break;
        }
        content_words += 1;
        end = at + w.len();
        cursor = end;
        words += 1;
    }
    let name = text[start..end].trim_end();
    if name.is_empty() {
        return None;
    }
    // "Hong Kong Police Force": a country before a two-word head is a name;
    // "Thai Police" is only the country's police.
    let named_force = english && head.word.contains(' ') && country.is_some() && start < h.start;
    if content_words == 0
        && !named_force
        && !(embassy && (country.is_some() || head.word.starts_with('K')))
    {
        return None;
    }
    // Units only Indonesia has: a place in the name ("Polres Tanjung Perak") may be
    // spelled like one abroad, but the body is Indonesian.
    if matches!(head.word, "KBRI" | "KJRI")
        || head.word.ends_with("Republik Indonesia")
        || INDONESIAN_ONLY_HEADS.contains(&head.word)
    {
        country = Some("ID");
    }
    if embassy && end == h.end && !head.word.ends_with("Republik Indonesia") {
        return None;
    }
    for k in inner {
        consumed[k] = true;
    }
    let from_name = country.is_some() || region;
    if country.is_none() && !region {
        country = match (head.lang, lang) {
            (HeadLang::Ms, _) | (HeadLang::Id, Lang::Ms) => Some("MY"),
            (HeadLang::Id, _) => Some("ID"),
            (HeadLang::En, _) => None,
        };
    }
    let key = if embassy {
        let place = embassy_place_name(text, hits, start, end);
        format!(
            "embassy-{}-{}",
            country.unwrap_or("xx").lower(),
            slug(&place)
        )
    } else {
        shape_key(text, hits, start, end)
    };
    // "National Police Agency", "Ibu Pejabat Polis …": a police body whatever its head.
    if !embassy
        && name.split(' ').any(|w| {
            matches!(
                w,
                "Police" | "Polis" | "Kepolisian" | "Polri" | "Polda" | "Polres"
            )
        })
    {
        kind = OrgKind::Police;
    }
    let mut written = name.to_string();
    let mut spans = vec![Span(start, start + name.len())];
    let mut acronym = None;
    if let Some((gs, inner)) = gap.filter(|(_, inner)| end > inner.1 + 1) {
        let tail = inner.1 + 2;
        written = format!("{} {}", &text[start..gs], &text[tail..end]);
        spans = vec![Span(start, gs), inner, Span(tail, end)];
        acronym = Some(text[inner.0..inner.1].to_string());
    }
    Some(OrgMention {
        key,
        written,
        acronym_only: false,
        acronym,
        kind,
        country: country.map(str::to_string),
        country_from_name: from_name,
        spans,
    })
}

/// After an embassy's country: " di Phnom Penh" / " in Phnom Penh" / " Yangon".
fn embassy_place(text: &str, hits: &[Hit], from: usize, at: usize) -> Option<usize> {
    let mut at = after_space(text, at)?;
    let w = word_at(text, at);
    if matches!(w, "di" | "in") {
        at = after_space(text, at + w.len())?;
    }
    let k = hit_at(hits, from, at)?;
    matches!(hits[k].target, Target::Place(_)).then_some(hits[k].end)
}

/// The canonical place of an embassy name, for its key: "KBRI Phnom Penh" and
/// "Indonesian Embassy in Phnom Penh" are one body.
fn embassy_place_name(text: &str, hits: &[Hit], start: usize, end: usize) -> String {
    let g = &*GAZETTEER;
    hits.iter()
        .filter(|h| h.start >= start && h.end <= end)
        .find_map(|h| match h.target {
            Target::Place(p) => Some(g.places[p as usize].name.to_string()),
            _ => None,
        })
        .unwrap_or_else(|| text[start..end].to_string())
}

/// An "(ACRONYM)" right after a name, a country after it ("Komite Nasional …
/// (NCCT) Kamboja"), and a parent police force after that ("Badan Reserse
/// Kriminal (Bareskrim) Polri").
fn bracketed(text: &str, lang: Lang, hits: &[Hit], m: &mut OrgMention, consumed: &mut [bool]) {
    let g = &*GAZETTEER;
    let Some(last) = m.spans.last().copied() else {
        return;
    };
    let mut at = last.1;
    let rest = &text[at..];
    let open = if rest.starts_with(" (") {
        2
    } else if rest.starts_with('(') {
        1
    } else {
        0
    };
    if open > 0 {
        let inside_start = at + open;
        let Some(close) = text[inside_start..]
            .find(')')
            .filter(|c| *c > 0 && *c <= 40)
        else {
            return;
        };
        let inside = &text[inside_start..inside_start + close];
        let k = hit_at(hits, 0, inside_start).filter(|k| hits[*k].end == inside_start + close);
        let ok = match k.map(|k| hits[k].target) {
            Some(Target::Org(o)) => {
                let e = g.orgs[o as usize];
                if e.kind == OrgKind::Media && m.kind != OrgKind::Media {
                    // "Kepolisian Federal Australia (AFP)": the text's own acronym wins.
                    is_acronym_of(inside, &m.written)
                } else {
                    m.key = e.id.to_string();
                    m.kind = e.kind;
                    m.country = e.country.map(str::to_string).or(m.country.take());
                    true
                }
            }
            Some(Target::Country(_) | Target::Place(_) | Target::Region(_)) => false,
            // "(Ditreskrimsus)": a unit's short name that is itself a shape head.
            Some(Target::Shape(_)) => !inside.contains(' ') && is_acronym_of(inside, &m.written),
            _ => is_acronym_of(inside, &m.written),
        };
        // "Wakil Kepala Bareskrim (Wakabareskrim) Polri": an office's short form,
        // not the body's acronym; the parent force after it still joins.
        let office = !ok
            && !inside.contains(' ')
            && inside.len() > m.written.len()
            && inside.lower().ends_with(&m.written.lower());
        if !ok && !office {
            return;
        }
        if office {
            at = inside_start + close + 1;
        } else {
            if let Some(k) = k {
                consumed[k] = true;
            }
            m.acronym = Some(inside.to_string());
            m.spans.push(Span(inside_start, inside_start + close));
            at = inside_start + close + 1;
        }
        if split_known_name(text, m, at, consumed, hits) {
            return;
        }
        if let Some(k) = after_space(text, at).and_then(|a| hit_at(hits, 0, a)) {
            match hits[k].target {
                Target::Country(_) if !m.country_from_name => {
                    m.country = country_of(hits[k].target).map(str::to_string);
                    m.country_from_name = true;
                }
                // "Direktorat Reserse Kriminal Khusus (Ditreskrimsus) Polda Jawa Tengah"
                Target::Shape(s)
                    if g.shapes[s as usize].kind == OrgKind::Police
                        && matches!(m.kind, OrgKind::Police | OrgKind::Agency) =>
                {
                    let shape = g.shapes[s as usize];
                    if let Some(p) = shape_org(text, lang, hits, k, shape, consumed) {
                        if p.kind == OrgKind::Police
                            && (m.country.is_none() || p.country == m.country)
                        {
                            consumed[k] = true;
                            let old = slug(&m.written);
                            m.written = format!("{} {}", m.written, p.written);
                            if m.key == old {
                                m.key = slug(&m.written);
                            }
                            m.kind = OrgKind::Police;
                            m.country = p.country;
                            m.spans.extend(p.spans);
                        }
                    }
                }
                Target::Org(o) => {
                    let e = g.orgs[o as usize];
                    let here = &text[hits[k].start..hits[k].end];
                    let unit = UNIT_HEADS.contains(&m.written.split(' ').next().unwrap_or(""));
                    if e.kind == OrgKind::Police
                        && (!here.contains(' ') || unit)
                        && e.country.map(str::to_string) == m.country
                        && matches!(m.kind, OrgKind::Police | OrgKind::Agency)
                        && e.id != m.key
                    {
                        consumed[k] = true;
                        m.written = format!("{} {}", m.written, here);
                        m.spans.push(Span(hits[k].start, hits[k].end));
                    }
                }
                _ => {}
            }
        }
    }
}

/// "Kepala Divisi Hubungan Internasional Polri Irjen …": a sub-unit named only
/// as part of an office is the office's wording; the body is its parent
/// ("Polri"), as analysts write the person's title and organization. Gives
/// the parent's mention, if `m` is such a unit.
fn office_unit_parent(text: &str, m: &OrgMention) -> Option<OrgMention> {
    const OFFICES: &[&str] = &[
        "Karo", "Kasubdit", "Kepala", "Ketua", "Pengarah", "Wakil", "chief", "head",
    ];
    const UNITS: &[&str] = &[
        "Bagian",
        "Bahagian",
        "Bidang",
        "Biro",
        "Divisi",
        "Seksi",
        "Subdirektorat",
        "Unit",
    ];
    let &span = m.spans.first()?;
    let first = m.written.split(' ').next().unwrap_or("");
    if m.spans.len() != 1 || !UNITS.contains(&first) || !OFFICES.contains(&prev_word(text, span.0))
    {
        return None;
    }
    let g = &*GAZETTEER;
    let orgs = |t: Target| matches!(t, Target::Org(_));
    let parent = g
        .scan_where(text, span.0, span.1, Some((span.0, span.1)), orgs)
        .into_iter()
        .rfind(|h| h.end == span.1 && h.start > span.0)?;
    let Target::Org(o) = parent.target else {
        return None;
    };
    let e = g.orgs[o as usize];
    let written = &text[parent.start..parent.end];
    Some(OrgMention {
        key: e.id.to_string(),
        written: written.to_string(),
        acronym_only: e.acronym == Some(written) || !written.contains(' '),
        acronym: e.acronym.filter(|a| *a == written).map(str::to_string),
        kind: e.kind,
        country: e.country.map(str::to_string),
        country_from_name: true,
        spans: vec![Span(parent.start, parent.end)],
    })
}

/// First words of a unit that names its parent force after it: "Direktorat
/// Reserse Siber (Ditressiber) Polda Metro Jaya".
const UNIT_HEADS: &[&str] = &[
    "Bagian",
    "Biro",
    "Detasemen",
    "Direktorat",
    "Divisi",
    "Satuan",
    "Subdirektorat",
    "Unit",
];

/// A gazetteer name the text splits with its acronym: "National Central Bureau
/// (NCB) Interpol Indonesia". `m` has its acronym; `at` is after the bracket.
fn split_known_name(
    text: &str,
    m: &mut OrgMention,
    at: usize,
    consumed: &mut [bool],
    hits: &[Hit],
) -> bool {
    let Some(tail_start) = after_space(text, at) else {
        return false;
    };
    let tail_end = text[tail_start..]
        .find(['.', ',', ';', ':', '(', '\n'])
        .map_or(text.len(), |k| tail_start + k)
        .min(tail_start + 80);
    let tail_end = (tail_end..=text.len())
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(text.len());
    let joined = format!("{} {}", m.written, &text[tail_start..tail_end]);
    let g = &*GAZETTEER;
    let Some(h) = g.scan(&joined, 0, joined.len(), None).into_iter().next() else {
        return false;
    };
    let Target::Org(o) = h.target else {
        return false;
    };
    if h.start != 0 || h.end <= m.written.len() + 1 {
        return false;
    }
    let end = tail_start + (h.end - m.written.len() - 1);
    for (k, x) in hits.iter().enumerate() {
        if x.start >= tail_start && x.end <= end {
            consumed[k] = true;
        }
    }
    let e = g.orgs[o as usize];
    m.key = e.id.to_string();
    m.kind = e.kind;
    m.country = e.country.map(str::to_string);
    m.written = joined[..h.end].to_string();
    m.spans.push(Span(tail_start, end));
    true
}

/// Whether `at` is followed by " (X)" where X is a known organization or an
/// acronym of `name`.
fn bracket_names(text: &str, hits: &[Hit], at: usize, name: &str) -> bool {
    let rest = &text[at..];
    let open = if rest.starts_with(" (") {
        2
    } else if rest.starts_with('(') {
        1
    } else {
        return false;
    };
    let inside_start = at + open;
    let Some(close) = text[inside_start..]
        .find(')')
        .filter(|c| *c > 0 && *c <= 40)
    else {
        return false;
    };
    let inside = &text[inside_start..inside_start + close];
    match hit_at(hits, 0, inside_start).map(|k| hits[k]) {
        Some(h) if h.end == inside_start + close => matches!(h.target, Target::Org(_)),
        _ => is_acronym_of(inside, name),
    }
}

/// The merge key of an unseen organization: its words, with a place written
/// short or long given its canonical name and Indonesian police heads in their
/// short form, so "Polda Jateng", "Polda Jawa Tengah" and "Kepolisian Daerah
/// Jawa Tengah" are one body.
fn shape_key(text: &str, hits: &[Hit], start: usize, end: usize) -> String {
    let g = &*GAZETTEER;
    let mut name = String::new();
    let mut at = start;
    let from = hits.partition_point(|h| h.start < start);
    for h in &hits[from..] {
        if h.start >= end {
            break;
        }
        if let (Target::Place(p), true) = (h.target, h.end <= end) {
            name.push_str(&text[at..h.start]);
            name.push_str(g.places[p as usize].name);
            at = h.end;
        }
    }
    name.push_str(&text[at..end]);
    let key = slug(&name);
    // "Interior Ministry" is the "Ministry of Interior"; "Foreign Ministry" the
    // "Ministry of Foreign Affairs".
    let key = match key.strip_suffix("-ministry") {
        Some(what) if !what.is_empty() => {
            let what = match what {
                "foreign" => "foreign-affairs",
                "home" => "home-affairs",
                w => w,
            };
            format!("ministry-of-{what}")
        }
        _ => key.replacen("ministry-of-the-", "ministry-of-", 1),
    };
    const HEADS: &[(&str, &str)] = &[
        ("kepolisian-daerah-", "polda-"),
        ("kepolisian-resor-kota-besar-", "polrestabes-"),
        ("kepolisian-resor-kota-", "polresta-"),
        ("kepolisian-resor-", "polres-"),
        ("kepolisian-sektor-", "polsek-"),
    ];
    for (long, short) in HEADS {
        if let Some(rest) = key.strip_prefix(long) {
            return format!("{short}{rest}");
        }
    }
    key
}

/// A bare unseen name that another organization of the text spells with a
/// country or place added ("Biro Imigrasi" after "Biro Imigrasi Filipina",
/// "the Interior Ministry" after "Cambodia's Interior Ministry") is that body.
fn join_bare_shapes(orgs: &mut [OrgMention]) {
    let full: Vec<(String, String, Option<String>)> = orgs
        .iter()
        .filter(|o| !o.acronym_only && o.country_from_name)
        .map(|o| (o.written.clone(), o.key.clone(), o.country.clone()))
        .collect();
    for m in orgs.iter_mut() {
        if m.acronym_only || m.country_from_name || m.written.split(' ').count() < 2 {
            continue;
        }
        let same = full.iter().find(|(w, _, _)| {
            let rest = w
                .strip_prefix(m.written.as_str())
                .and_then(|r| r.strip_prefix(' '))
                .or_else(|| {
                    w.strip_suffix(m.written.as_str())
                        .and_then(|r| r.strip_suffix(' '))
                        .map(|r| r.trim_end_matches("'s").trim_end_matches("’s"))
                });
            rest.is_some_and(|r| country_code(r).is_some() || super::gazetteer::place(r).is_some())
        });
        if let Some((_, key, country)) = same {
            m.key = key.clone();
            m.country = country.clone();
        }
    }
}

/// Whether `acr` can abbreviate `name`: one token in capitals ("KNPA",
/// "KP2MI"), or letters found in order in the name ("Kemlu", "Polda Sumut").
fn is_acronym_of(acr: &str, name: &str) -> bool {
    let acr = acr.trim();
    let tokens: Vec<&str> = acr.split(' ').collect();
    if acr.len() < 2 || tokens.len() > 3 || !starts_upper(acr) || GAZETTEER.is_stop(tokens[0]) {
        return false;
    }
    if !acr
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '&' | '.'))
    {
        return false;
    }
    let caps = acr.chars().filter(|c| c.is_uppercase()).count();
    if tokens.len() == 1 && caps >= 2 {
        return true;
    }
    let mut hay = name.chars().flat_map(crate::case::lower_char);
    acr.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(crate::case::lower_char)
        .all(|c| hay.any(|n| n == c))
}

/// "KNPA (Korean National Police Agency)": an acronym right before a bracketed name.
fn reverse_acronyms(text: &str, orgs: &mut [OrgMention]) {
    for m in orgs.iter_mut() {
        let Some(first) = m.spans.first().copied() else {
            continue;
        };
        if m.acronym_only || m.acronym.is_some() {
            continue;
        }
        let before = &text[..first.0];
        let closes = text[first.1..].starts_with(')');
        let Some(before) = before.strip_suffix('(') else {
            continue;
        };
        if !closes {
            continue;
        }
        let before = before.strip_suffix(' ').unwrap_or(before);
        let w_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '-'))
            .map_or(0, |(k, c)| k + c.len_utf8());
        let w = &before[w_start..];
        if w.len() >= 2
            && w.chars().filter(|c| c.is_uppercase()).count() >= 2
            && is_acronym_of(w, w)
        {
            m.acronym = Some(w.to_string());
            m.spans.insert(0, Span(w_start, before.len()));
        }
    }
}

/// Bare later uses of an acronym the text defined for an unseen organization.
fn later_acronyms(text: &str, links: &[Span], orgs: &mut Vec<OrgMention>) {
    let mut defined: Vec<(String, usize)> = Vec::new();
    for (i, m) in orgs.iter().enumerate() {
        if let Some(a) = &m.acronym {
            if !m.acronym_only && !defined.iter().any(|(d, _)| d == a) {
                defined.push((a.clone(), i));
            }
        }
    }
    // Gazetteer acronym mentions of a text-defined acronym move to the definer
    // ("AFP" after "Kepolisian Federal Australia (AFP)" is the police).
    let mut moved = Vec::new();
    for (j, m) in orgs.iter().enumerate() {
        {
            if let Some((_, i)) = defined.iter().find(|(a, _)| *a == m.written) {
                if orgs[*i].key != m.key {
                    moved.push((j, *i));
                }
            }
        }
    }
    for (j, i) in moved {
        let spans = std::mem::take(&mut orgs[j].spans);
        orgs[i].spans.extend(spans);
    }
    orgs.retain(|m| !m.spans.is_empty());
    let taken: Vec<Span> = orgs.iter().flat_map(|m| m.spans.iter().copied()).collect();
    for m in orgs.iter_mut() {
        let Some(a) = m.acronym.clone() else { continue };
        if super::gazetteer::organization(&a).is_some() {
            continue; // already found by the automaton
        }
        for (s, _) in text.match_indices(a.as_str()) {
            let e = s + a.len();
            let starts = !text[..s]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            if starts
                && !in_links(links, s, e)
                && super::gazetteer::ends_word(text, e)
                && !taken.iter().any(|t| t.overlaps(Span(s, e)))
            {
                m.spans.push(Span(s, e));
            }
        }
    }
}

fn merge_countries(mut found: Vec<(usize, Span)>) -> Vec<Country> {
    let g = &*GAZETTEER;
    crate::sort::sort_by_key(&mut found, |(_, s)| *s);
    found.dedup_by_key(|(_, s)| *s);
    let mut out: Vec<Country> = Vec::new();
    for (c, span) in found {
        let e = g.countries[c];
        match out.iter_mut().find(|x| x.code == e.code) {
            Some(x) => x.spans.push(span),
            None => out.push(Country {
                code: e.code.to_string(),
                name: e.name.to_string(),
                mentions: 0,
                spans: vec![span],
            }),
        }
    }
    for c in &mut out {
        c.mentions = c.spans.len();
    }
    out
}

fn merge_regions(mut found: Vec<(usize, Span)>) -> Vec<Region> {
    let g = &*GAZETTEER;
    crate::sort::sort_by_key(&mut found, |(_, s)| *s);
    let mut out: Vec<Region> = Vec::new();
    for (r, span) in found {
        let name = g.regions[r];
        match out.iter_mut().find(|x| x.name == name) {
            Some(x) => x.spans.push(span),
            None => out.push(Region {
                name: name.to_string(),
                spans: vec![span],
            }),
        }
    }
    out
}

fn merge_places(mut found: Vec<(usize, Span)>) -> Vec<Place> {
    let g = &*GAZETTEER;
    crate::sort::sort_by_key(&mut found, |(_, s)| *s);
    found.dedup_by_key(|(_, s)| *s);
    let mut out: Vec<Place> = Vec::new();
    for (p, span) in found {
        let e = g.places[p];
        match out.iter_mut().find(|x| x.name == e.name) {
            Some(x) => x.spans.push(span),
            None => out.push(Place {
                name: e.name.to_string(),
                country: e.country.map(str::to_string),
                spans: vec![span],
            }),
        }
    }
    out
}

fn merge_orgs(mentions: Vec<OrgMention>) -> Vec<Organization> {
    let mut out: Vec<Organization> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut written_acronyms: Vec<Vec<String>> = Vec::new();
    for m in mentions {
        let i = *index.entry(m.key.clone()).or_insert_with(|| {
            out.push(Organization {
                id: m.key.clone(),
                name: String::new(),
                acronym: None,
                kind: m.kind,
                country: m.country.clone(),
                spans: Vec::new(),
            });
            written_acronyms.push(Vec::new());
            out.len() - 1
        });
        let o = &mut out[i];
        if (o.name.is_empty() || !m.acronym_only)
            && o.name.chars().count() < m.written.chars().count()
        {
            o.name = m.written.clone();
        }
        if o.country.is_none() {
            o.country = m.country.clone();
        }
        if let Some(a) = m.acronym {
            written_acronyms[i].push(a);
        }
        if m.acronym_only {
            written_acronyms[i].push(m.written);
        }
        o.spans.extend(m.spans);
    }
    for (o, written) in out.iter_mut().zip(written_acronyms) {
        crate::sort::sort(&mut o.spans);
        o.spans.dedup();
        let gaz = super::gazetteer::GAZETTEER
            .orgs
            .iter()
            .find(|e| e.id == o.id)
            .and_then(|e| e.acronym);
        o.acronym = written
            .iter()
            .find(|a| Some(a.as_str()) == gaz)
            .or_else(|| written.iter().find(|a| !a.contains(' ') || a.len() <= 15))
            .filter(|a| **a != o.name)
            .cloned();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<String> {
        let mut c: Vec<String> = find(text, Lang::Id)
            .countries
            .into_iter()
            .map(|c| c.code)
            .collect();
        c.sort();
        c
    }

    fn org<'a>(f: &'a Found, id_or_name: &str) -> Option<&'a Organization> {
        f.organizations
            .iter()
            .find(|o| o.id == id_or_name || o.name == id_or_name)
    }

    #[test]
    fn countries_are_found_by_name_short_form_and_demonym_with_their_traps() {
        let cases: &[(&str, &[&str])] = &[
            ("Polisi menangkap 12 WNI di Kamboja.", &["ID", "KH"]),
            ("Ia fasih berbahasa Inggris dan Bahasa Indonesia.", &[]),
            ("Kursus bahasa Thai dibuka.", &[]),
            ("Pejabat AS bertemu mitra dari Tiongkok.", &["CN", "US"]),
            ("Mereka dikenal sebagai penipu.", &[]),
            ("Let us meet the U.S. envoy.", &["US"]),
            ("Officials told us the US would help.", &["US"]),
            ("Ia ditangkap polisi Thai di perbatasan.", &["TH"]),
            ("Korea Utara dan Korea Selatan berunding.", &["KP", "KR"]),
            ("Warga Korsel dan Korea ikut.", &["KR", "KR"]),
            ("The English-language Khmer Times said so.", &[]),
            ("A ship sank in the Indian Ocean.", &[]),
            ("Indian police arrested two Cambodian men.", &["IN", "KH"]),
            (
                "Kerajaan Malaysia dan Kemboja bekerjasama; cuba lagi.",
                &["KH", "MY"],
            ),
            ("UEA, Uni Emirat Arab, dan UAE sama.", &["AE", "AE", "AE"]),
            ("“Kamboja”—kata mereka 🙂 tentang Myanmar.", &["KH", "MM"]),
        ];
        for (text, want) in cases {
            let f = find(text, Lang::Id);
            let mut got: Vec<&str> = f
                .countries
                .iter()
                .flat_map(|c| std::iter::repeat_n(c.code.as_str(), c.mentions))
                .collect();
            got.sort();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn country_mentions_are_merged_with_sorted_spans_on_char_boundaries() {
        let text = "Kamboja 🙂 — Cambodia’s “Kemboja” police.";
        let f = find(text, Lang::En);
        assert_eq!(f.countries.len(), 1);
        let c = &f.countries[0];
        assert_eq!(
            (c.code.as_str(), c.name.as_str(), c.mentions),
            ("KH", "Cambodia", 3)
        );
        let written: Vec<&str> = c.spans.iter().map(|s| &text[s.0..s.1]).collect();
        assert_eq!(written, ["Kamboja", "Cambodia", "Kemboja"]);
    }

    #[test]
    fn places_need_their_capital_and_tak_needs_a_place_cue() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Mereka dibawa ke Myawaddy lalu ke Mae Sot, Tak.",
                &["Myawaddy", "Mae Sot", "Tak"],
            ),
            ("Tak ada korban di Shwe Kokko.", &["Shwe Kokko"]),
            ("Para pekerja duduk di padang rumput dan batu besar.", &[]),
            ("Ia tiba di Padang dan Medan.", &["Padang", "Medan"]),
            (
                "Zona Ekonomi Khusus Segitiga Emas di Bokeo.",
                &["Golden Triangle Special Economic Zone", "Bokeo"],
            ),
            ("the province of Tak and Myawadi", &["Tak", "Myawaddy"]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = find(text, Lang::Id)
                .places
                .into_iter()
                .map(|p| p.name)
                .collect();
            assert_eq!(got, *want, "{text}");
        }
        let f = find("Kompleks di Sihanoukville digerebek.", Lang::Id);
        assert_eq!(f.places[0].country.as_deref(), Some("KH"));
    }

    #[test]
    fn regions_are_not_countries() {
        let f = find(
            "Kejahatan di Asia Tenggara, kawasan Mekong dan ASEAN meningkat.",
            Lang::Id,
        );
        let names: Vec<&str> = f.regions.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Southeast Asia", "Mekong", "ASEAN"]);
        assert!(f.countries.is_empty());
    }

    #[test]
    fn an_organization_with_a_country_in_its_name_is_also_a_mention_of_that_country() {
        let text = "Kepolisian Nasional Kamboja menangkap mereka.";
        let f = find(text, Lang::Id);
        let o = org(&f, "cambodian-national-police").expect("org");
        assert_eq!(o.country.as_deref(), Some("KH"));
        assert_eq!(o.kind, OrgKind::Police);
        assert_eq!(o.name, "Kepolisian Nasional Kamboja");
        assert_eq!(codes(text), ["KH"]);
    }

    #[test]
    fn unseen_organizations_are_recognized_by_shape_with_their_country() {
        let cases: &[(&str, &str, OrgKind, Option<&str>)] = &[
            (
                "Juru bicara Kementerian Pertahanan Vietnam, Nguyen Van A, berkata.",
                "Kementerian Pertahanan Vietnam",
                OrgKind::Ministry,
                Some("VN"),
            ),
            (
                "Kepala Kepolisian Provinsi Preah Sihanouk, Chuon Narin, hadir.",
                "Kepolisian Provinsi Preah Sihanouk",
                OrgKind::Police,
                Some("KH"),
            ),
            (
                "The Ministry of Labour and Vocational Training of Cambodia said.",
                "Ministry of Labour and Vocational Training of Cambodia",
                OrgKind::Ministry,
                Some("KH"),
            ),
            (
                "A spokesman for the Royal Cambodian Gendarmerie Police told reporters.",
                "Royal Cambodian Gendarmerie Police",
                OrgKind::Police,
                Some("KH"),
            ),
            (
                "Menurut Badan Narkotika dan Obat Terlarang, kasus naik.",
                "Badan Narkotika dan Obat Terlarang",
                OrgKind::Agency,
                Some("ID"),
            ),
            (
                "Kementerian Luar Negeri Vietnam menyatakan hal itu.",
                "Kementerian Luar Negeri Vietnam",
                OrgKind::Ministry,
                Some("VN"),
            ),
            (
                "Menurut Kementerian Luar Negeri RI, 270 WNI dibebaskan.",
                "Kementerian Luar Negeri RI",
                OrgKind::Ministry,
                Some("ID"),
            ),
        ];
        for (text, name, kind, country) in cases {
            let f = find(text, Lang::Id);
            let o = org(&f, name).unwrap_or_else(|| panic!("{text}: {:?}", f.organizations));
            assert_eq!((o.kind, o.country.as_deref()), (*kind, *country), "{text}");
        }
    }

    #[test]
    fn lowercase_police_and_a_bare_head_are_not_organizations() {
        for text in [
            "Ia ditangkap polisi Thailand kemarin.",
            "Thai Police arrested him.",
            "Police said the men were Cambodian.",
            "Kementerian itu belum menjawab.",
            "Badan mereka lemah.",
        ] {
            let f = find(text, Lang::Id);
            assert!(f.organizations.is_empty(), "{text}: {:?}", f.organizations);
        }
    }

    #[test]
    fn acronyms_are_expanded_both_ways_and_later_uses_join_the_organization() {
        let text = "Badan Kepolisian Nasional Korea (KNPA) bekerja sama. KNPA lalu mengirim tim.";
        let f = find(text, Lang::Id);
        let o = org(&f, "knpa").expect("knpa");
        assert_eq!(o.name, "Badan Kepolisian Nasional Korea");
        assert_eq!(o.acronym.as_deref(), Some("KNPA"));
        assert_eq!(o.spans.len(), 3);
        assert_eq!(codes(text), ["KR"]);

        let text =
            "Officials of the XYZP (Komite Nasional Anti Penipuan Siber) met. XYZP said more.";
        let f = find(text, Lang::Id);
        let o = org(&f, "Komite Nasional Anti Penipuan Siber").expect("shape");
        assert_eq!(o.acronym.as_deref(), Some("XYZP"));
        assert_eq!(o.spans.len(), 3, "{:?}", o.spans);

        let text = "Komite Nasional Penanggulangan Perdagangan Orang (NCCT) Kamboja hadir.";
        let f = find(text, Lang::Id);
        let o = org(&f, "ncct").expect("ncct");
        assert_eq!(o.country.as_deref(), Some("KH"));
        assert_eq!(codes(text), ["KH"]);
    }

    #[test]
    fn a_bracketed_acronym_and_parent_force_make_one_name() {
        let text = "Mereka didata Badan Reserse Kriminal (Bareskrim) Polri. Bareskrim menyelidiki.";
        let f = find(text, Lang::Id);
        let o = org(&f, "bareskrim").expect("bareskrim");
        assert_eq!(o.name, "Badan Reserse Kriminal Polri");
        assert_eq!(o.acronym.as_deref(), Some("Bareskrim"));
        assert!(org(&f, "polri").is_none(), "{:?}", f.organizations);

        let text = "Hadir pula Kepolisian Federal Australia (AFP). AFP mengirim dua penyidik.";
        let f = find(text, Lang::Id);
        let o = org(&f, "afp-police").expect("afp police");
        assert_eq!(o.spans.len(), 3);
        assert!(org(&f, "afp").is_none());
    }

    #[test]
    fn embassies_are_one_body_whatever_the_language() {
        let text = "KBRI Phnom Penh membantu. The Indonesian Embassy in Phnom Penh said so.";
        let f = find(text, Lang::Id);
        let e: Vec<&Organization> = f
            .organizations
            .iter()
            .filter(|o| o.id.starts_with("embassy-"))
            .collect();
        assert_eq!(e.len(), 1, "{:?}", f.organizations);
        assert_eq!(e[0].country.as_deref(), Some("ID"));
        assert_eq!(e[0].spans.len(), 2);
        assert!(f
            .places
            .iter()
            .any(|p| p.name == "Phnom Penh" && p.spans.len() == 2));
    }

    #[test]
    fn a_ministry_name_shared_by_indonesia_and_malaysia_follows_the_language() {
        let country = |text: &str, lang: Lang| -> Vec<(String, Option<String>)> {
            find(text, lang)
                .organizations
                .into_iter()
                .map(|o| (o.id, o.country))
                .collect()
        };
        super::super::words::sorted_and_unique(COUNTERPARTS).unwrap();
        for row in super::super::words::tsv_rows(COUNTERPARTS) {
            for id in &row[..2] {
                assert!(GAZETTEER.orgs.iter().any(|o| o.id == *id), "{id}");
            }
        }
        let text = "Kementerian Dalam Negeri dijangka bertemu rakan sejawat dari Kemboja.";
        assert_eq!(country(text, Lang::Ms), [("kdn".into(), Some("MY".into()))]);
        assert_eq!(
            country(text, Lang::Id),
            [("kemendagri-id".into(), Some("ID".into()))]
        );
        let text = "Kenyataan Kementerian Luar Negeri Indonesia menyebut perkara itu.";
        assert_eq!(
            country(text, Lang::Ms),
            [("kemlu".into(), Some("ID".into()))]
        );
        let text = "Kementerian Luar Negeri (Wisma Putra) memaklumkan perkara itu.";
        assert_eq!(
            country(text, Lang::Ms),
            [("wisma-putra".into(), Some("MY".into()))]
        );
    }

    #[test]
    fn media_outlets_are_media_and_the_credited_source_is_left_out() {
        let text = "Jakarta (ANTARA) - Menurut Xinhua dan Khmer Times, razia berlanjut.";
        let mut doc = Document::default();
        doc.source.outlet = Some("ANTARA".to_string());
        let sentences = crate::segment::sentences(text);
        let ctx = Context {
            text,
            lang: Lang::Id,
            sentences: &sentences,
            reference: super::super::Reference::default(),
        };
        recognize(&ctx, &mut doc);
        let ids: Vec<&str> = doc.organizations.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, ["xinhua", "khmer-times"]);
        assert!(doc.organizations.iter().all(|o| o.kind == OrgKind::Media));
        assert!(doc.countries.is_empty(), "{:?}", doc.countries);
    }

    #[test]
    fn malay_text_is_read_too() {
        let text =
            "Polis Diraja Malaysia (PDRM) menahan 20 warga Kemboja di Johor, kata Wisma Putra.";
        let f = find(text, Lang::Ms);
        assert!(org(&f, "pdrm").is_some_and(|o| o.acronym.as_deref() == Some("PDRM")));
        assert!(org(&f, "wisma-putra").is_some());
        assert_eq!(codes(text), ["KH", "MY"]);
        assert_eq!(f.places[0].name, "Johor");
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "",
            " ",
            "(",
            "Kementerian",
            "Kementerian (",
            "KBRI",
            "Police",
            "🙂🙂 Kamboja🙂",
            "ä Ministry of",
            "X (KNPA",
            "Kepolisian\u{a0}Nasional\u{a0}Kamboja",
            "Embassy in",
            "\u{a0}(ABCD) Badan",
        ] {
            let f = find(text, Lang::Und);
            for s in f
                .countries
                .iter()
                .flat_map(|c| &c.spans)
                .chain(f.organizations.iter().flat_map(|o| &o.spans))
            {
                assert!(
                    text.is_char_boundary(s.0) && text.is_char_boundary(s.1),
                    "{text}"
                );
            }
        }
    }
}

#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn english_names_split_at_and_before_a_second_body_and_keep_possessive_parents() {
        let text = "Officers of the Lao Ministry of Public Security and China’s Ministry of Public Security met the Criminal Investigation Department of China's Ministry of Public Security.";
        let f = find(text, Lang::En);
        let names: Vec<&str> = f.organizations.iter().map(|o| o.name.as_str()).collect();
        assert!(
            names.contains(&"Lao Ministry of Public Security"),
            "{names:?}"
        );
        assert!(
            names.contains(&"China’s Ministry of Public Security"),
            "{names:?}"
        );
        assert!(
            names.contains(
                &"Criminal Investigation Department of China's Ministry of Public Security"
            ),
            "{names:?}"
        );
    }

    #[test]
    fn currencies_and_macau_scams_are_not_countries() {
        let f = find(
            "Losses of US$400mil and HK$2 came from Macau scams in Laos.",
            Lang::En,
        );
        let codes: Vec<&str> = f.countries.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(codes, ["LA"]);
    }
}

#[cfg(test)]
mod acronym_shape_tests {
    use super::*;

    #[test]
    fn a_later_shape_spelled_like_a_defined_acronym_joins_the_definer() {
        let text = "Kepolisian Daerah Sumatera Utara (Polda Sumut) menangkap dua orang. Polda Sumut lalu berkoordinasi.";
        let f = find(text, Lang::Id);
        assert_eq!(f.organizations.len(), 1, "{:?}", f.organizations);
        let o = &f.organizations[0];
        assert_eq!(o.name, "Kepolisian Daerah Sumatera Utara");
        assert_eq!(o.acronym.as_deref(), Some("Polda Sumut"));
        assert_eq!(
            (o.kind, o.country.as_deref()),
            (OrgKind::Police, Some("ID"))
        );
        assert_eq!(o.spans.len(), 3);
    }
}

#[cfg(test)]
mod round_two_tests {
    use super::*;

    fn org<'a>(f: &'a Found, id_or_name: &str) -> Option<&'a Organization> {
        f.organizations
            .iter()
            .find(|o| o.id == id_or_name || o.name == id_or_name)
    }

    #[test]
    fn a_provincial_police_force_written_short_or_long_is_one_body() {
        let text = "Kepolisian Daerah Jawa Tengah menangkap sembilan orang. Polda Jateng lalu \
                    berkoordinasi, dan Polda Jawa Tengah menyita rekening.";
        let f = find(text, Lang::Id);
        let police: Vec<&Organization> = f
            .organizations
            .iter()
            .filter(|o| o.kind == OrgKind::Police)
            .collect();
        assert_eq!(police.len(), 1, "{:?}", f.organizations);
        assert_eq!(police[0].spans.len(), 3);
        assert_eq!(police[0].country.as_deref(), Some("ID"));
    }

    #[test]
    fn a_unit_named_with_its_acronym_takes_the_parent_force_after_the_bracket() {
        let cases = [
            (
                "Direktorat Reserse Kriminal Khusus (Ditreskrimsus) Polda Jawa Tengah menangkap mereka.",
                "Direktorat Reserse Kriminal Khusus Polda Jawa Tengah",
                "Ditreskrimsus",
            ),
            (
                "Direktorat Reserse Siber (Ditressiber) Polda Metro Jaya membongkar jaringan itu.",
                "Direktorat Reserse Siber Polda Metro Jaya",
                "Ditressiber",
            ),
            (
                "Sekretaris National Central Bureau (NCB) Interpol Indonesia hadir.",
                "National Central Bureau Interpol Indonesia",
                "NCB",
            ),
            (
                "Komisi Anti-Kejahatan Terorganisir Presiden (PAOCC) menggerebek markas itu.",
                "Komisi Anti-Kejahatan Terorganisir Presiden",
                "PAOCC",
            ),
        ];
        for (text, name, acronym) in cases {
            let f = find(text, Lang::Id);
            let o = org(&f, name).unwrap_or_else(|| panic!("{text}: {:?}", f.organizations));
            assert_eq!(o.acronym.as_deref(), Some(acronym), "{text}");
            assert_eq!(f.organizations.len(), 1, "{text}: {:?}", f.organizations);
        }
    }

    #[test]
    fn an_embassy_with_its_acronym_inside_keeps_its_place_and_country() {
        let text = "Kedutaan Besar Republik Indonesia (KBRI) Vientiane mengevakuasi korban. \
                    KBRI Vientiane juga menyiapkan paspor.";
        let f = find(text, Lang::Id);
        assert_eq!(f.organizations.len(), 1, "{:?}", f.organizations);
        let o = &f.organizations[0];
        assert_eq!(o.name, "Kedutaan Besar Republik Indonesia Vientiane");
        assert_eq!(o.acronym.as_deref(), Some("KBRI"));
        assert_eq!(o.country.as_deref(), Some("ID"));

        let text =
            "Pemulangan dilakukan bersama Kedutaan Besar Republik Indonesia (KBRI) di Yangon.";
        let f = find(text, Lang::Id);
        let o = org(&f, "Kedutaan Besar Republik Indonesia di Yangon").expect("embassy");
        assert_eq!(o.country.as_deref(), Some("ID"));
        assert!(f.places.iter().any(|p| p.name == "Yangon"));
    }

    #[test]
    fn a_bare_name_joins_the_body_the_text_names_with_its_country() {
        let cases = [
            (
                "Biro Imigrasi Filipina menahan mereka. Menurut Biro Imigrasi, semua dideportasi.",
                Lang::Id,
            ),
            (
                "Cambodia's Interior Ministry said the raid ended. The Interior Ministry added more.",
                Lang::En,
            ),
            (
                "Kementerian Luar Negeri Laos membantu. Kementerian Luar Negeri sendiri belum menjawab.",
                Lang::Id,
            ),
        ];
        for (i, (text, lang)) in cases.into_iter().enumerate() {
            let f = find(text, lang);
            // The third names two ministries: the bare one is Indonesia's (a known body).
            let want = if i == 2 { 2 } else { 1 };
            assert_eq!(f.organizations.len(), want, "{text}: {:?}", f.organizations);
        }
    }

    #[test]
    fn names_in_related_links_photo_credits_and_headline_lists_are_skipped() {
        let text = "Polisi melacak server itu (baca: Polri Minta Kamboja Serahkan Bandar). \
                    FOTO/Dok. Humas Polri\nKisah Perempuan Cianjur Lolos dari Sindikat Scam Laos\n\
                    Mereka ditangkap di Semarang.";
        let f = find(text, Lang::Id);
        assert!(f.organizations.is_empty(), "{:?}", f.organizations);
        assert!(f.countries.is_empty(), "{:?}", f.countries);
        let places: Vec<&str> = f.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(places, ["Semarang"]);
    }

    #[test]
    fn regional_bodies_are_known_in_three_languages() {
        let cases: &[(&str, Lang, &str)] = &[
            (
                "Suruhanjaya Pencegahan Rasuah Malaysia (SPRM) menahan dua pegawai.",
                Lang::Ms,
                "sprm",
            ),
            ("The MACC froze the accounts.", Lang::En, "sprm"),
            (
                "Thailand's Anti-Money Laundering Office seized assets.",
                Lang::En,
                "amlo",
            ),
            (
                "Badan Intelijen Negara memantau jaringan itu.",
                Lang::Id,
                "bin",
            ),
            ("Pegawai JSJK Bukit Aman menahan suspek.", Lang::Ms, "pdrm"),
            (
                "The Commission for Combating Online Scams met on Monday.",
                Lang::En,
                "ccos",
            ),
            (
                "Divisi Humas Polri merilis data.",
                Lang::Id,
                "divhumas-polri",
            ),
            (
                "A Justice Department complaint lists the wallet.",
                Lang::En,
                "us-doj",
            ),
            (
                "Balai Pelayanan Pelindungan Pekerja Migran Indonesia menjemput mereka.",
                Lang::Id,
                "bp3mi",
            ),
        ];
        for (text, lang, id) in cases {
            let f = find(text, *lang);
            assert!(org(&f, id).is_some(), "{text}: {:?}", f.organizations);
        }
    }

    #[test]
    fn unseen_local_bodies_are_found_by_their_shape_in_indonesian_and_malay() {
        let cases: &[(&str, Lang, &str, OrgKind, &str)] = &[
            (
                "Mereka dijemput Pemerintah Kabupaten Sukabumi di bandara.",
                Lang::Id,
                "Pemerintah Kabupaten Sukabumi",
                OrgKind::Agency,
                "ID",
            ),
            (
                "Dinas Tenaga Kerja dan Transmigrasi Jawa Barat mendata korban.",
                Lang::Id,
                "Dinas Tenaga Kerja dan Transmigrasi Jawa Barat",
                OrgKind::Agency,
                "ID",
            ),
            (
                "Satreskrim Polres Sukabumi menangkap dua sponsor.",
                Lang::Id,
                "Satreskrim Polres Sukabumi",
                OrgKind::Police,
                "ID",
            ),
            (
                "Ibu Pejabat Polis Kontinjen Johor menerima laporan itu.",
                Lang::Ms,
                "Ibu Pejabat Polis Kontinjen Johor",
                OrgKind::Police,
                "MY",
            ),
            (
                "The National Scam Centre of Thailand said so.",
                Lang::En,
                "National Scam Centre of Thailand",
                OrgKind::Agency,
                "TH",
            ),
        ];
        for (text, lang, name, kind, country) in cases {
            let f = find(text, *lang);
            let o = org(&f, name).unwrap_or_else(|| panic!("{text}: {:?}", f.organizations));
            assert_eq!(
                (o.kind, o.country.as_deref()),
                (*kind, Some(*country)),
                "{text}"
            );
        }
    }

    #[test]
    fn english_ministry_word_orders_are_one_body_and_and_joins_a_long_unit_name() {
        let text = "The Ministry of Interior said the raid ended. Interior Ministry officials \
                    said the Anti-Human Trafficking and Juvenile Protection Department led it.";
        let f = find(text, Lang::En);
        let names: Vec<&str> = f.organizations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Ministry of Interior",
                "Anti-Human Trafficking and Juvenile Protection Department"
            ]
        );
        assert_eq!(f.organizations[0].spans.len(), 2);
        // "and" between two countries still splits: two bodies.
        let f = find("Thailand and Cambodia Police met.", Lang::En);
        assert!(
            f.organizations.iter().all(|o| !o.name.contains("and")),
            "{:?}",
            f.organizations
        );
    }

    #[test]
    fn a_possessive_owner_gives_the_country_but_stays_out_of_the_name() {
        let cases: &[(&str, &str, OrgKind, Option<&str>)] = &[
            (
                "India's Ministry of External Affairs said 500 were rescued.",
                "Ministry of External Affairs",
                OrgKind::Ministry,
                Some("IN"),
            ),
            (
                "Beijing’s Ministry of Public Security sent a team.",
                "Ministry of Public Security",
                OrgKind::Ministry,
                Some("CN"),
            ),
            (
                "Interpol's Financial Crime and Anti-Corruption Centre led the operation.",
                "Financial Crime and Anti-Corruption Centre",
                OrgKind::International,
                None,
            ),
        ];
        for (text, name, kind, country) in cases {
            let f = find(text, Lang::En);
            let o = org(&f, name).unwrap_or_else(|| panic!("{text}: {:?}", f.organizations));
            assert_eq!((o.kind, o.country.as_deref()), (*kind, *country), "{text}");
        }
    }

    #[test]
    fn an_office_short_form_in_brackets_does_not_cut_the_parent_force_off() {
        let text = "Wakil Kepala Bareskrim (Wakabareskrim) Polri Irjen Dedi hadir.";
        let f = find(text, Lang::Id);
        let ids: Vec<&str> = f.organizations.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, ["bareskrim"]);
        assert_ne!(f.organizations[0].acronym.as_deref(), Some("Wakabareskrim"));
    }

    #[test]
    fn a_sub_unit_named_only_inside_an_office_gives_way_to_its_parent() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Kepala Divisi Hubungan Internasional Polri Irjen Bambang hadir.",
                &["polri"],
            ),
            (
                "Kepala Biro Kerja Sama Internasional KNPA Kim Dong-hyun datang.",
                &["knpa"],
            ),
            (
                "Divisi Hubungan Internasional Polri menggelar rapat.",
                &["divhubinter"],
            ),
        ];
        for (text, want) in cases {
            let f = find(text, Lang::Id);
            let ids: Vec<&str> = f.organizations.iter().map(|o| o.id.as_str()).collect();
            assert_eq!(ids, *want, "{text}");
        }
    }

    #[test]
    fn a_country_before_a_two_word_police_head_is_a_force_but_not_before_police_alone() {
        let f = find(
            "They worked with the Hong Kong Police Force on Monday.",
            Lang::En,
        );
        let o = org(&f, "Hong Kong Police Force").expect("force");
        assert_eq!(
            (o.kind, o.country.as_deref()),
            (OrgKind::Police, Some("HK"))
        );
        assert!(find("Thai Police arrested him.", Lang::En)
            .organizations
            .is_empty());
    }

    #[test]
    fn an_air_force_is_a_body_and_a_number_before_it_is_not_its_name() {
        let f = find("Two Indian Air Force aircraft landed at Hindon.", Lang::En);
        let o = org(&f, "Indian Air Force").expect("air force");
        assert_eq!(o.country.as_deref(), Some("IN"));
    }

    #[test]
    fn a_police_word_inside_a_name_makes_it_police_and_an_embassy_is_never_swallowed() {
        let f = find(
            "South Korea's National Police Agency sent a team.",
            Lang::En,
        );
        assert_eq!(f.organizations[0].kind, OrgKind::Police);
        let f = find("Atase Kepolisian KBRI Phnom Penh hadir.", Lang::Id);
        let names: Vec<&str> = f.organizations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["KBRI Phnom Penh"]);
    }

    #[test]
    fn airports_named_after_people_are_not_places_but_a_city_inside_one_is() {
        let f = find(
            "Mereka tiba di Bandara Soekarno-Hatta lalu terbang dari Lapangan Terbang \
             Antarabangsa Kuala Lumpur dan Bandara Kualanamu.",
            Lang::Id,
        );
        let places: Vec<&str> = f.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(places, ["Kuala Lumpur", "Kualanamu"]);
        let f = find("Danang Kusuma berkata ia pernah ke Danang.", Lang::Id);
        assert_eq!(f.places.len(), 1);
        assert_eq!(f.places[0].spans.len(), 1);
    }

    #[test]
    fn an_english_body_name_never_reaches_back_over_a_sentence_end() {
        let f = find(
            "The raids will go on, said Prime Minister Hun Sen. Police said 40 were held. \
             Officials at the Mekong Club were told.",
            Lang::En,
        );
        let names: Vec<&str> = f.organizations.iter().map(|o| o.name.as_str()).collect();
        assert!(!names.iter().any(|n| n.contains("Sen")), "{names:?}");
        assert!(org(&f, "mekong-club").is_some(), "{names:?}");
    }

    #[test]
    fn an_indonesian_police_unit_is_indonesian_whatever_place_it_names() {
        for text in [
            "Polres Tanjung Perak menangkap dua perekrut.",
            "Polres Metro Jakarta Barat menangkap dua perekrut.",
        ] {
            let f = find(text, Lang::Id);
            let o = f.organizations.first().expect(text);
            assert_eq!(o.country.as_deref(), Some("ID"), "{text}: {o:?}");
        }
    }
}
