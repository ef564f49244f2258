//! Boilerplate removal: related links, widgets, captcha text, legal notices,
//! bylines and repeated headlines are cut from the body, with their reasons,
//! and bylines and copyright go into the document's [`Source`].
//!
//! Lines are judged by their shape, not by a word they contain: a boilerplate
//! line is short, starts with a label ("Baca juga:", "Editor:", "Tags:") or is
//! made only of widget words, dates or names. A paragraph that merely mentions
//! an editor or copyright in a sentence stays. Two kinds of junk are cut from
//! inside a kept line: a related-article link glued after the last sentence
//! ("…ke tanah air. Baca juga: …") and reporter initials ("(ant/abc)");
//! bracketed related links ("(baca: …)") and ad placeholders in capitals
//! ("SCROLL TO CONTINUE WITH CONTENT") are spliced out of the middle.
//!
//! The lines above the story's first long paragraph are its header: section
//! labels there ("NASIONAL", "Hukum & Kriminal", "Burma | Crime") go, the
//! first headline-like line is the title when the file gives none, and a bare
//! name beside a time stamp, byline or masthead is the writer. Titles lose
//! the outlet printed after them ("… - Kompas.com", "… | Reuters"), and the
//! headline printed again (in capitals, or with that suffix) is cut.
//!
//! Above the headline also go: a menu laid out one item a line (five or
//! more lines of one to three capitalized words), a menu line whose items
//! are sections or towns ("Home Batam Tanjungpinang Bintan …"), a breadcrumb
//! after a section word ("NEWS › Crime & Courts") or one that runs down to
//! the headline ("Home » Hukum & Kriminal » Sembilan Warga …"), a
//! live-stream link ("LIVE: Sumeks TV"), a masthead with its slogan or home
//! link ("HALUAN KEPRI - Media Kepri Terpercaya", "The Guardian - Back to
//! home"), which names the outlet, the site's address alone ("kbr.id") and
//! a short capitalized name right above a menu row ("Harian Umum Sinar
//! Indonesia Baru"). A deck without a final stop still belongs to the
//! header, so the writer's name under it is found. Of the opening
//! paragraphs, one whose dateline has a known place or an outlet wins over
//! an earlier one with neither, which is a caption's lead ("RINDU RUMAH -
//! …").
//!
//! The outlet is, by priority: the page's `og:site_name`, a masthead or
//! breadcrumb, the agency of the dateline, a byline's outlet, an outlet the
//! tables know in the copyright line, and last the holder a copyright line
//! names after its years ("© 2025 Tagar.id - All Rights Reserved"), which
//! is how a site the tables do not know is named. The site's name standing
//! in a dateline's place ("JATIMTIMES - …") is the outlet, not a place, and
//! never its own wire.

mod source;
mod tables;

use crate::case::Case;
use std::sync::LazyLock;

use aho_corasick::{Anchored, Input};

use crate::input::RawArticle;
use crate::model::{Removed, RemovedReason, Source};
use tables::{has, CUES, OUTLETS, RELATED_WORDS, SECTIONS, TAGLINES, WIDGET_STRONG, WIDGET_WORDS};

/// The clean article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cleaned {
    /// The clean body text: paragraphs separated by a blank line.
    pub text: String,
    /// What was cut.
    pub removed: Vec<Removed>,
    /// Outlet, wire, dateline, bylines, copyright year.
    pub source: Source,
    /// The headline.
    pub title: Option<String>,
    /// Publication date, ISO.
    pub published: Option<String>,
    /// Problems worth telling the user.
    pub warnings: Vec<String>,
}

/// A line of the body and what became of it.
#[derive(Debug)]
struct Line {
    text: String,
    /// [`core`] of `text`, computed once.
    core: String,
    /// Paragraph block: lines with no blank line between share one.
    block: usize,
    cut: Option<RemovedReason>,
}

/// What the lines say about the source, gathered before it is settled.
#[derive(Default)]
struct Gathered {
    /// Outlet candidates with a priority: page metadata 6, masthead or
    /// breadcrumb 5, dateline 4, byline 3, copyright 2. The site's own name
    /// outranks an agency in the dateline, which then is the wire.
    outlets: Vec<(u8, String)>,
    wires: Vec<String>,
    dateline: Option<String>,
    authors: Vec<String>,
    editors: Vec<String>,
    translators: Vec<String>,
    year: Option<i32>,
    /// Dates of time stamp lines: (is an update, ISO).
    stamps: Vec<(bool, String)>,
}

impl Gathered {
    fn outlet(&mut self, prio: u8, name: &str) {
        self.outlets.push((prio, name.to_string()));
    }
    fn byline(&mut self, b: source::Byline) {
        for (from, to) in [
            (b.authors, &mut self.authors),
            (b.editors, &mut self.editors),
            (b.translators, &mut self.translators),
            (b.wires, &mut self.wires),
        ] {
            for n in from {
                if !to.contains(&n) {
                    to.push(n);
                }
            }
        }
        for o in b.outlets {
            self.outlet(3, &o);
        }
        if let Some(d) = b.date {
            self.stamps.push((true, d));
        }
    }
    fn copyright(&mut self, line: &str) {
        if let Some(y) = source::copyright_year(line) {
            self.year.get_or_insert(y);
        }
        if let Some(o) = OUTLETS.find_in(line) {
            self.outlets.push((2, o.canonical.clone()));
        } else if let Some(holder) = source::copyright_holder(line) {
            // A site the tables do not know, named by its own footer.
            self.outlets.push((1, holder));
        }
    }
}

/// Whole-line cues by their letters-only form, sorted for binary search.
static WHOLE: LazyLock<Vec<(String, RemovedReason)>> = LazyLock::new(|| {
    let mut v: Vec<(String, RemovedReason)> = CUES
        .list
        .iter()
        .filter(|c| c.modes.whole)
        .map(|c| (core(&c.text), c.reason))
        .collect();
    crate::sort::sort_by(&mut v, |a, b| a.0.cmp(&b.0));
    v.dedup_by(|a, b| a.0 == b.0);
    v
});

/// Cleans a raw article.
pub fn clean(raw: RawArticle) -> Cleaned {
    let mut g = Gathered::default();
    if let Some(site) = raw.site_name.as_deref() {
        let name = OUTLETS
            .lookup(site)
            .map_or_else(|| site.trim().to_string(), |o| o.canonical.clone());
        g.outlet(6, &name);
    }
    // Page metadata names people, but also the desk or the site itself
    // ("Tim Redaksi", "detikcom").
    for (names, editor) in [(&raw.authors, false), (&raw.editors, true)] {
        for name in names {
            if let Some(o) = OUTLETS.lookup(name) {
                g.outlet(2, &o.canonical);
                continue;
            }
            if !source::is_name(name) || name.split_whitespace().count() > 5 || is_desk(name) {
                continue;
            }
            let name = source::title_case(name);
            let list = if editor {
                &mut g.editors
            } else {
                &mut g.authors
            };
            if !list.contains(&name) {
                list.push(name);
            }
        }
    }
    // Time stamps in the page around the article: the last resort for the date.
    let mut around_stamps: Vec<String> = Vec::new();
    // Footers cut by the extraction still tell the copyright year, and a
    // labelled byline beside the article ("Editor: Huang Wei") its people.
    for r in &raw.removed {
        if is_legal_text(&r.text) {
            g.copyright(&r.text);
        } else if r.reason == RemovedReason::Navigation {
            let lower = r.text.lower();
            let labelled =
                r.text.contains(':') || lower.starts_with("by ") || lower.starts_with("oleh ");
            if let Some(b) = labelled.then(|| source::byline(&r.text)).flatten() {
                g.byline(b);
            } else if let Some((iso, _)) = source::stamp(&r.text) {
                around_stamps.push(iso);
            }
        }
    }

    let mut lines = split_lines(&raw.body);
    for line in lines.iter_mut().filter(|l| l.cut.is_none()) {
        line.cut = classify(&line.text, &line.core, &mut g);
    }
    related_lists(&mut lines);
    tag_blocks(&mut lines);
    widget_blocks(&mut lines);
    menu_blocks(&mut lines);
    captions_beside_credits(&mut lines);

    // A title that is only the site's name ("# Kompas.com") is a masthead.
    let mut title = raw
        .title
        .map(|t| normalize_line(&t))
        .filter(|t| t.split_whitespace().count() >= 2 && OUTLETS.lookup(t).is_none());
    if title.is_none() {
        title = headline_from_body(&mut lines);
    }
    // The site's names so far, and a web address alone on one of the first
    // lines ("BANGKAPOS.COM"), as outlets compare.
    let sites: Vec<String> = raw
        .site_name
        .iter()
        .chain(g.outlets.iter().map(|(_, o)| o))
        .cloned()
        .chain(lines.iter().take(8).filter_map(|l| site_address(&l.text)))
        .map(|s| outlet_identity(&s))
        .collect();
    let title = title.map(|t| strip_outlet_suffix(&t, &sites));
    if let Some(t) = &title {
        let key = core(t);
        for line in lines.iter_mut().filter(|l| l.cut.is_none()) {
            let c = &line.core;
            // Printed again, in capitals or with the outlet after it.
            let again = *c == key
                || (c.starts_with(&key)
                    && c.as_bytes().get(key.len()) == Some(&b' ')
                    && core(&strip_outlet_suffix(&line.text, &sites)) == key);
            if again {
                line.cut = Some(RemovedReason::DuplicateTitle);
            }
        }
    }

    header_zone(&mut lines, &mut g);

    let mut removed = raw.removed;
    let mut tails: Vec<(usize, Removed)> = Vec::new();
    // A dateline on a line of its own ("Semarang, NU Online") stands just
    // before the story's first paragraph; a caption or a time stamp the
    // rules kept may come before it, so the first six kept lines are read.
    for line in lines.iter_mut().filter(|l| l.cut.is_none()).take(6) {
        if let Some(d) = source::dateline_line(&line.text) {
            line.cut = Some(RemovedReason::Dateline);
            g.dateline = Some(d.city);
            if let Some(o) = d.outlet {
                g.outlet(4, &o);
            }
            break;
        }
    }
    // The dateline opens the first paragraph of the story; a caption or deck
    // the rules missed may stand before it, so a few paragraphs are tried.
    // A caption's lead in capitals ("RINDU RUMAH - Rian Saputra (27)…")
    // reads like one, so a later dateline with a known place or an outlet
    // ("BANGKAPOS.COM, BANGKA - ") wins over one that has neither.
    let opening: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].cut.is_none() && lines[i].text.split_whitespace().nth(5).is_some())
        .take(4)
        .collect();
    let mut found = opening
        .into_iter()
        .filter_map(|i| source::dateline(&lines[i].text).map(|d| (i, d)));
    let first = found.next();
    let sure = |d: &source::Dateline| {
        d.agency.is_some() || d.outlet.is_some() || source::known_place(&d.city)
    };
    let chosen = match first {
        Some(f) if !sure(&f.1) => match found.find(|(_, d)| sure(d)) {
            // The line before the story's dateline is that caption.
            Some(later) => {
                lines[f.0].cut = Some(RemovedReason::Caption);
                Some(later)
            }
            None => Some(f),
        },
        f => f,
    };
    if let Some((i, d)) = chosen {
        {
            let prefix = lines[i].text[..d.len].trim_end().to_string();
            // "JAKARTA, 12 November 2024 (ANTARA) -": a full date in the
            // dateline dates the story when nothing else does.
            if let Some((iso, _)) = source::find_date(&prefix) {
                g.stamps.push((true, iso));
            }
            lines[i].text = lines[i].text[d.len..].to_string();
            lines[i].core = core(&lines[i].text);
            tails.push((
                i,
                Removed {
                    text: prefix,
                    reason: RemovedReason::Dateline,
                },
            ));
            if !d.city.is_empty() {
                g.dateline = Some(d.city);
            }
            if let Some(a) = d.agency {
                g.outlet(4, &a);
                g.wires.insert(0, a);
            }
            if let Some(o) = d.outlet {
                g.outlet(4, &o);
            }
        }
    }
    for (i, line) in lines.iter_mut().enumerate() {
        if line.cut.is_some() {
            continue;
        }
        for (text, reason) in cut_tails(&mut line.text) {
            tails.push((i, Removed { text, reason }));
        }
        if let Some((text, wire)) = glued_sign_off(&mut line.text) {
            g.outlet(1, &wire);
            g.wires.push(wire);
            tails.push((
                i,
                Removed {
                    text,
                    reason: RemovedReason::Byline,
                },
            ));
        }
        if line.text.trim().is_empty() {
            line.cut = Some(RemovedReason::RelatedLink);
        }
    }

    // Removed items in reading order.
    let mut ti = 0;
    crate::sort::sort_by_key(&mut tails, |t| t.0);
    for (i, line) in lines.iter().enumerate() {
        while ti < tails.len() && tails[ti].0 == i {
            removed.push(tails[ti].1.clone());
            ti += 1;
        }
        if let Some(reason) = line.cut {
            if !line.text.is_empty() {
                removed.push(Removed {
                    text: line.text.clone(),
                    reason,
                });
            }
        }
    }

    let text = assemble(&lines);
    let mut warnings = Vec::new();
    if text.is_empty() && lines.iter().any(|l| !l.text.is_empty()) {
        warnings.push("every line of the article looked like boilerplate".to_string());
    }
    let (source, stamp) = settle(g);
    Cleaned {
        text,
        removed,
        published: raw
            .published
            .or(stamp)
            .or_else(|| around_stamps.into_iter().next()),
        title,
        source,
        warnings,
    }
}

/// The source from what was gathered, and the publication date of the time stamps.
fn settle(mut g: Gathered) -> (Source, Option<String>) {
    let best = g.outlets.iter().map(|o| o.0).max();
    let mut outlet = best.and_then(|p| g.outlets.iter().find(|o| o.0 == p).map(|o| o.1.clone()));
    // "JATIMTIMES - Tiga pemuda …" under a "JatimTIMES.com" footer: the
    // site's name in the dateline's place is the outlet, not a place.
    if let (Some(o), Some(d)) = (outlet.as_deref(), g.dateline.as_deref()) {
        let stem = source::web_stem(o);
        if core(stem) == core(d) {
            outlet = Some(stem.to_string());
            g.dateline = None;
        }
    }
    let wire = g
        .wires
        .iter()
        .find(|w| outlet.as_deref().map(core) != Some(core(w)))
        .cloned();
    let stamp = g
        .stamps
        .iter()
        .find(|s| !s.0)
        .or(g.stamps.first())
        .map(|s| s.1.clone());
    (
        Source {
            outlet,
            wire,
            dateline: g.dateline,
            authors: g.authors,
            editors: g.editors,
            translators: g.translators,
            year: g.year,
        },
        stamp,
    )
}

// ---------------------------------------------------------------- lines

/// Spaces normalized (no-break and other wide spaces become a space, runs of
/// space collapse), zero-width characters gone except a joiner inside emoji.
fn normalize_line(s: &str) -> String {
    if s.is_ascii() {
        normalize_ascii(s)
    } else {
        normalize_any(s)
    }
}

/// [`normalize_line`] of ASCII text: only control characters to map; spaces
/// collapse, none at the ends.
fn normalize_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // A run of printable characters other than the space, copied whole.
        let run = b[i..].iter().take_while(|c| c.is_ascii_graphic()).count();
        if run > 0 {
            out.push_str(&s[i..i + run]);
            i += run;
            continue;
        }
        // A space or a control character: one space, unless one is there.
        if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        i += 1;
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn normalize_any(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev = ' ';
    let mut i = 0;
    while i < s.len() {
        // A run of printable ASCII other than the space, copied whole.
        let run = s.as_bytes()[i..]
            .iter()
            .take_while(|c| c.is_ascii_graphic())
            .count();
        if run > 0 {
            out.push_str(&s[i..i + run]);
            prev = char::from(s.as_bytes()[i + run - 1]);
            i += run;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        let c = match c {
            '\u{a0}' | '\t' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
            '\u{200B}' | '\u{200C}' | '\u{200E}' | '\u{200F}' | '\u{2060}' | '\u{FEFF}'
            | '\u{AD}' => continue,
            '\u{200D}' => {
                let emoji = |x: char| x as u32 >= 0x2600;
                if emoji(prev) && s[i..].chars().next().is_some_and(emoji) {
                    c
                } else {
                    continue;
                }
            }
            c if c.is_control() => ' ',
            c => c,
        };
        if c == ' ' && prev == ' ' {
            continue;
        }
        out.push(c);
        prev = c;
    }
    let trimmed = out.trim();
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_string()
    }
}

fn split_lines(body: &str) -> Vec<Line> {
    let mut block = 0;
    let mut lines = Vec::new();
    for raw in body.lines() {
        let text = normalize_line(raw);
        if text.is_empty() {
            block += 1;
            continue;
        }
        let cut = spaced_menu(raw).then_some(RemovedReason::Navigation);
        lines.push(Line {
            core: core(&text),
            text,
            block,
            cut,
        });
    }
    lines
}

/// A menu bar copied with its gaps: four items or more set apart by runs of
/// spaces or tabs, each of one to three capitalized words with no digit and
/// no stop ("Home  Corporate  Malaysia  Court  Options  Edge Malaysia
/// Weekly"). Prose never puts two spaces between every few words; a
/// headline has no gaps at all.
fn spaced_menu(raw: &str) -> bool {
    let items: Vec<&str> = raw
        .trim()
        .split("  ")
        .flat_map(|p| p.split('\t'))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    items.len() >= 4
        && items.iter().all(|item| {
            let words: Vec<&str> = item.split_whitespace().collect();
            words.len() <= 3
                && !item.ends_with(['.', '!', '?', ':', ',', ';'])
                && !item.bytes().any(|b| b.is_ascii_digit())
                && words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
        })
}

/// Whether `name` is the name of a media outlet ("Al Jazeera", "Tempo").
pub(crate) fn is_outlet(name: &str) -> bool {
    OUTLETS.lookup(name).is_some()
}

/// The canonical name of the outlet `name` stands for ("metrotvnews.com" →
/// "Metro TV"), or `name` itself when the outlet table does not know it.
pub(crate) fn canonical_outlet(name: &str) -> String {
    OUTLETS
        .lookup(name)
        .map_or_else(|| name.to_string(), |o| o.canonical.clone())
}

/// What tells outlets apart in the accuracy harness: the canonical name
/// without its web suffix, letters and digits only, spaces dropped. An
/// outlet the table does not know is often printed as its site
/// ("RADARBANYUWANGI.ID", "Banjarmasinpost.co.id") where a reader writes
/// "Radar Banyuwangi" or "Banjarmasin Post": the same outlet.
pub(crate) fn outlet_identity(name: &str) -> String {
    let canonical = canonical_outlet(name);
    core(source::web_stem(&canonical)).replace(' ', "")
}

/// Lowercase letters and digits of `s`, one space between words (also how
/// the accuracy harness compares names).
pub(crate) fn core(s: &str) -> String {
    // One pass: a word is a run of alphanumerics; ASCII is lowercased byte
    // by byte, other letters through `crate::case::lower_char`.
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii() {
            i += 1;
            if c.is_ascii_alphanumeric() {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                out.push(char::from(c.to_ascii_lowercase()));
            } else {
                gap = true;
            }
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            crate::case::push_lower(&mut out, c);
        } else {
            gap = true;
        }
    }
    out
}

fn is_legal_text(s: &str) -> bool {
    let lower = s.lower();
    ["©", "copyright", "hak cipta", "all rights reserved"]
        .iter()
        .any(|k| lower.contains(k))
}

/// A newsroom, not a person: "Tim Redaksi", "Admin", "Staff Writer".
fn is_desk(name: &str) -> bool {
    core(name).split(' ').any(|w| {
        matches!(
            w,
            "redaksi"
                | "tim"
                | "team"
                | "admin"
                | "staff"
                | "desk"
                | "newsroom"
                | "editorial"
                | "wartawan"
                | "kontributor"
                | "reporter"
                | "writer"
                | "editor"
        )
    })
}

/// Why a whole line is boilerplate, or `None` for article text.
fn classify(line: &str, core: &str, g: &mut Gathered) -> Option<RemovedReason> {
    let words = line.split_whitespace().count();
    if core.is_empty() {
        // Nothing but symbols, emoji or rules.
        return Some(RemovedReason::Widget);
    }
    if source::is_initials(line) {
        return Some(RemovedReason::Byline);
    }
    if words == 1 && core.chars().count() <= 2 && !core.chars().any(|c| c.is_ascii_digit()) {
        // Font buttons and stray letters: "A+", "×", "X".
        return Some(RemovedReason::Widget);
    }
    if line.contains("://") && words <= 40 {
        // "Baca artikel detiknews, "…" selengkapnya https://…", "Read more at https://…"
        if [
            "baca",
            "selengkapnya",
            "read",
            "klik",
            "click",
            "sumber",
            "source",
        ]
        .iter()
        .any(|w| core.split(' ').any(|x| x == *w))
        {
            return Some(RemovedReason::RelatedLink);
        }
    }
    if line.starts_with('[') && line.ends_with(']') && words <= 6 {
        // Embeds left as placeholders: "[Gambas:Video CNN]".
        return Some(RemovedReason::Widget);
    }
    if let Ok(i) = WHOLE.binary_search_by(|w| w.0.as_str().cmp(core)) {
        return Some(WHOLE[i].1);
    }
    if is_widget(core) {
        return Some(RemovedReason::Widget);
    }
    if is_reading_time(core) || source::relative_stamp(line) {
        return Some(RemovedReason::Timestamp);
    }
    if is_numbers_only(line) || is_pagination(core) || is_counter(core) {
        return Some(RemovedReason::Widget);
    }
    if is_embed(line) || is_app_prompt(core) {
        return Some(RemovedReason::Widget);
    }
    if let Some(credit) = sign_off(line) {
        match OUTLETS.lookup(&credit) {
            // "— Bernama" under a story on another site credits the agency.
            Some(o) if o.wire => {
                g.outlet(1, &o.canonical);
                g.wires.push(o.canonical.clone());
            }
            Some(o) => g.outlet(3, &o.canonical),
            None => g.outlet(3, &credit),
        }
        return Some(RemovedReason::Byline);
    }
    if let Some(reason) = segmented_cues(line) {
        return Some(reason);
    }
    if is_related_header(line) {
        return Some(RemovedReason::RelatedLink);
    }
    // "Pilihan Editor: Polisi Tangkap …" links a headline; it names no editor.
    if cue_at_start(line) == Some(RemovedReason::RelatedLink) {
        return Some(RemovedReason::RelatedLink);
    }
    if let Some(b) = source::byline(line).or_else(|| source::contributors(line)) {
        g.byline(b);
        return Some(RemovedReason::Byline);
    }
    if let Some((iso, updated)) = source::stamp(line) {
        g.stamps.push((updated, iso));
        return Some(RemovedReason::Timestamp);
    }
    if let Some(reason) = cue_at_start(line) {
        if reason == RemovedReason::Legal {
            g.copyright(line);
        }
        return Some(reason);
    }
    if let Some(reason) = cue_inside(line, words) {
        if reason == RemovedReason::Legal {
            g.copyright(line);
        }
        return Some(reason);
    }
    if let Some(o) = OUTLETS.lookup(line) {
        if o.wire {
            // An agency's name alone under a headline credits the story to
            // it; the site's own name, found elsewhere, stays the outlet.
            g.outlet(1, &o.canonical);
            g.wires.push(o.canonical.clone());
            return Some(RemovedReason::Byline);
        }
        // A masthead line: "CNN Indonesia".
        g.outlet(5, &o.canonical);
        return Some(RemovedReason::Navigation);
    }
    if let Some(name) = masthead_with_motto(line) {
        if let Some(name) = name {
            g.outlet(5, &name);
        }
        return Some(RemovedReason::Navigation);
    }
    if let Some(name) = name_with_email(line) {
        // "bhnews@bh.com.my": the newsroom's address names the outlet.
        let domain = line
            .split_whitespace()
            .find_map(|w| w.split_once('@').map(|(_, d)| d))
            .map(|d| d.trim_end_matches(|c: char| !c.is_alphanumeric()));
        if let Some(o) = domain.and_then(|d| OUTLETS.lookup(d)) {
            g.outlet(2, &o.canonical);
        }
        if !name.is_empty() {
            g.byline(source::Byline {
                authors: vec![source::title_case(&name)],
                ..source::Byline::default()
            });
        }
        return Some(RemovedReason::Byline);
    }
    if is_breadcrumb(line) {
        let first = line.split(['>', '»', '/', '›', '|']).next().unwrap_or("");
        if let Some(o) = OUTLETS.lookup(first).or_else(|| OUTLETS.find_in(first)) {
            g.outlet(5, &o.canonical);
        } else if let Some(d) = source::domain_outlet(first.trim()) {
            g.outlet(5, &d);
        }
        return Some(RemovedReason::Navigation);
    }
    if is_menu(line, words) {
        return Some(RemovedReason::Navigation);
    }
    if is_caption(line, words) {
        return Some(RemovedReason::Caption);
    }
    if is_hashtags(line, words) {
        return Some(RemovedReason::Tags);
    }
    if is_promo(core, words) {
        return Some(RemovedReason::Widget);
    }
    None
}

/// A line of hashtags, some of them several words as tag widgets print them:
/// "#Kamboja #PenipuanOnline", "#judi online #bareskrim #tppu".
fn is_hashtags(line: &str, words: usize) -> bool {
    if words > 24 || !line.starts_with('#') || line.contains(['.', '!', '?', '"', '“', ':']) {
        return false;
    }
    let tags: Vec<&str> = line.split('#').map(str::trim).collect();
    // Before the first '#' there is nothing.
    tags.len() >= 2
        && tags[1..]
            .iter()
            .all(|t| !t.is_empty() && t.split_whitespace().count() <= 3)
        && (tags.len() >= 3 || words == 1)
}

/// A call to follow the outlet or install its app: "Follow Khmer Times on
/// Telegram for breaking news", "Ikuti VOA Indonesia di WhatsApp dan
/// dapatkan berita pilihan", "Muat turun aplikasi BERNAMA di Google Play".
/// The line opens with the call and names a platform; a story's sentence
/// about a Telegram group opens with its subject instead.
fn is_promo(core: &str, words: usize) -> bool {
    const CALLS: [&str; 16] = [
        "follow ",
        "ikuti ",
        "join ",
        "gabung ",
        "bergabung ",
        "sertai ",
        "ikuti kami ",
        "download ",
        "unduh ",
        "muat turun ",
        "subscribe ",
        "langganan ",
        "berlangganan ",
        "install ",
        "pasang ",
        "get the ",
    ];
    const PLATFORMS: [&str; 14] = [
        "telegram",
        "whatsapp",
        "google news",
        "google play",
        "app store",
        "play store",
        "instagram",
        "youtube",
        "tiktok",
        "facebook",
        "twitter",
        "newsletter",
        "aplikasi",
        "channel",
    ];
    words <= 30
        && CALLS.iter().any(|c| core.starts_with(c))
        && PLATFORMS.iter().any(|p| {
            core.match_indices(p).any(|(i, _)| {
                let b = core.as_bytes();
                (i == 0 || b[i - 1] == b' ') && b.get(i + p.len()).is_none_or(|&c| c == b' ')
            })
        })
}

/// A writer's name with an e-mail address: "Kim Ji-soo (jskim@heraldcorp.com)",
/// "jskim@heraldcorp.com". The name, possibly empty.
fn name_with_email(line: &str) -> Option<String> {
    if line.split_whitespace().nth(8).is_some() || !line.contains('@') {
        return None;
    }
    let mut name = Vec::new();
    let mut email = false;
    for w in line.split_whitespace() {
        let t =
            w.trim_matches(|c: char| matches!(c, '(' | ')' | '<' | '>' | '[' | ']' | ',' | ';'));
        if t.contains('@') && t.contains('.') && !t.starts_with('@') {
            email = true;
        } else if !t.is_empty() && !matches!(t, "-" | "–" | "—" | "|" | "/") {
            name.push(t);
        }
    }
    let name = name.join(" ");
    (email && (name.is_empty() || source::is_name(&name))).then_some(name)
}

/// A related-links header in any wording, made only of "more to read"
/// words: "Kamu Sudah Baca Ini?", "You may like these stories too:",
/// "Berita Terkini Lainnya", and such a header before a linked headline:
/// "Menarik Dibaca: Daftar Bank …", "Selanjutnya: Harga Emas …".
fn is_related_header(line: &str) -> bool {
    // `split_once([':', '：'])`, each colon found with a byte search.
    let colon = match (line.find(':'), line.find('：')) {
        (Some(a), Some(b)) if b < a => Some((b, '：'.len_utf8())),
        (Some(a), _) => Some((a, 1)),
        (None, b) => b.map(|b| (b, '：'.len_utf8())),
    };
    let (head, linked) = match colon {
        Some((at, len)) => (&line[..at], !line[at + len..].trim().is_empty()),
        None => (line, false),
    };
    // Every word must be a related-links word: the first, when it is ASCII,
    // is looked up before the head's words are split and lowercased.
    if first_word_not_in(head, &RELATED_WORDS) {
        return false;
    }
    // A single word ("Berita", "Video") is a section label above a headline.
    if !linked && !(2..=7).contains(&line.split_whitespace().take(8).count()) {
        return false;
    }
    // Each piece of the head holding a letter or digit is at least one word
    // of its core: more than seven such pieces cannot pass.
    if head
        .split_whitespace()
        .filter(|p| p.chars().any(char::is_alphanumeric))
        .nth(7)
        .is_some()
    {
        return false;
    }
    let core = core(head);
    let words: Vec<&str> = core.split(' ').collect();
    if words.is_empty() || words[0].is_empty() || words.len() > 7 {
        return false;
    }
    let mut strong = false;
    for w in &words {
        match RELATED_WORDS.binary_search_by(|(k, _)| (*k).cmp(w)) {
            Ok(i) => strong |= RELATED_WORDS[i].1,
            Err(_) => return false,
        }
    }
    strong
}

/// Whether the first word of [`core`]`(s)` is ASCII and not in `sorted`
/// (ASCII lowercase words): the first run of alphanumerics, lowercased, when
/// no other letter or digit continues it. `false` when unsure (no word, a
/// non-ASCII letter in it, longer than 32 bytes).
fn first_word_not_in(s: &str, sorted: &[(&str, bool)]) -> bool {
    let mut buf = [0u8; 32];
    let mut len = 0;
    for c in s.chars().skip_while(|c| !c.is_alphanumeric()) {
        if !c.is_alphanumeric() {
            break;
        }
        if !c.is_ascii() || len == buf.len() {
            return false;
        }
        buf[len] = c.to_ascii_lowercase() as u8;
        len += 1;
    }
    len > 0
        && sorted
            .binary_search_by(|(k, _)| k.as_bytes().cmp(&buf[..len]))
            .is_err()
}

/// A line of nothing but clock times, small numbers and separators: a media
/// player ("00:00 / 04:12") or page numbers ("1 2 3"). Phone numbers and
/// amounts have longer digit groups and stay.
fn is_numbers_only(line: &str) -> bool {
    let mut any = false;
    for t in line.split_whitespace() {
        let t = t.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '.' | ','));
        if t.is_empty() || t.chars().all(|c| !c.is_alphanumeric()) {
            continue;
        }
        let clock = t
            .split(':')
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
            && t.contains(':');
        let small = t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit());
        if !(clock || small) {
            return false;
        }
        any = true;
    }
    any
}

/// The spaces of `s`: `s.split(' ')` yields one piece more, so
/// `spaces(s) >= n` is `s.split(' ').nth(n).is_some()` without a search per
/// piece (a core has one space between words: its words, less one).
fn spaces(s: &str) -> usize {
    s.bytes().filter(|&b| b == b' ').count()
}

/// Page links: "Halaman 1 2 Selanjutnya", "Halaman : 1 2", "Page 2 of 3",
/// "« Sebelumnya 1 2 3 Berikutnya »", "Next page".
fn is_pagination(core: &str) -> bool {
    // More than twelve words never pass: skip collecting a paragraph.
    if spaces(core) >= 12 {
        return false;
    }
    let words: Vec<&str> = core.split(' ').collect();
    let page_word = |w: &str| {
        matches!(
            w,
            "halaman" | "page" | "pages" | "laman" | "hlm" | "hal" | "muka" | "surat"
        )
    };
    let step = |w: &str| {
        matches!(
            w,
            "selanjutnya"
                | "berikutnya"
                | "sebelumnya"
                | "next"
                | "prev"
                | "previous"
                | "lanjut"
                | "seterusnya"
                | "sebelum"
                | "first"
                | "last"
                | "pertama"
                | "terakhir"
        )
    };
    let filler = |w: &str| {
        matches!(
            w,
            "of" | "dari" | "ke" | "to" | "baca" | "read" | "lihat" | "view" | "all" | "semua"
        )
    };
    words.len() <= 12
        && words.iter().any(|w| page_word(w) || step(w))
        && words.iter().all(|w| {
            page_word(w)
                || step(w)
                || filler(w)
                || (w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()))
        })
        && (words.iter().any(|w| page_word(w))
            || words.iter().any(|w| w.bytes().all(|b| b.is_ascii_digit())))
}

/// Counters beside a story: "12 komentar", "Comments (3)", "Dibaca 1.204
/// kali", "2.3K shares".
fn is_counter(core: &str) -> bool {
    if spaces(core) >= 5 {
        return false;
    }
    let words: Vec<&str> = core.split(' ').collect();
    let number = |w: &str| {
        ["rb", "jt", "k", "m"]
            .iter()
            .find_map(|u| w.strip_suffix(u))
            .unwrap_or(w)
            .bytes()
            .all(|b| b.is_ascii_digit())
            && w.bytes().next().is_some_and(|b| b.is_ascii_digit())
    };
    let counted = |w: &str| {
        matches!(
            w,
            "komentar"
                | "komen"
                | "comment"
                | "comments"
                | "share"
                | "shares"
                | "view"
                | "views"
                | "like"
                | "likes"
                | "reaction"
                | "reactions"
                | "reaksi"
                | "tanggapan"
                | "dibaca"
                | "dilihat"
                | "kali"
                | "pembaca"
                | "readers"
                | "reads"
        )
    };
    words.len() <= 5
        && words.iter().any(|w| number(w))
        && words.iter().any(|w| counted(w))
        && words.iter().all(|w| number(w) || counted(w))
}

/// Embedded posts scraped as text: a tweet with its "pic.twitter.com" link,
/// its attribution "— Name (@handle) September 18, 2024", Instagram's
/// "A post shared by …".
fn is_embed(line: &str) -> bool {
    let lower = line.lower();
    if lower.contains("pic.twitter.com/") || lower.contains("https://t.co/") {
        return line.split_whitespace().nth(80).is_none();
    }
    let t = line.trim_start_matches(['—', '–', '-', ' ']);
    if t.len() < line.len() {
        if let Some(open) = t.find("(@") {
            let close = t[open..].find(')').map(|c| open + c);
            return close.is_some_and(|c| {
                t[..open].split_whitespace().count() <= 8
                    && t[c + 1..].split_whitespace().count() <= 6
            });
        }
    }
    false
}

/// "Get the CNA app", "Download aplikasi Kompas", "Get WhatsApp alerts".
fn is_app_prompt(core: &str) -> bool {
    if spaces(core) >= 7 {
        return false;
    }
    let words: Vec<&str> = core.split(' ').collect();
    let first = words.first().copied().unwrap_or("");
    let last = words.last().copied().unwrap_or("");
    words.len() <= 7
        && matches!(
            first,
            "get" | "download" | "unduh" | "install" | "instal" | "pasang"
        )
        && (words
            .iter()
            .any(|w| matches!(*w, "app" | "apps" | "aplikasi" | "aplikasinya"))
            || matches!(
                last,
                "alerts" | "notifications" | "notifikasi" | "newsletter"
            ))
}

/// The outlet of a sign-off line under the story: "– Rappler.com",
/// "— Bernama", "-- AFP", "(Reuters)".
fn sign_off(line: &str) -> Option<String> {
    let t = line.trim();
    let dashed = t.starts_with(['—', '–', '-']);
    let bracketed = t.starts_with('(') && t.ends_with(')');
    if !(dashed || bracketed) || t.split_whitespace().nth(5).is_some() {
        return None;
    }
    let name = t
        .trim_matches(|c: char| matches!(c, '—' | '–' | '-' | '(' | ')' | ' ' | '.'))
        .trim();
    if name.is_empty() {
        return None;
    }
    if let Some(o) = OUTLETS.lookup(name) {
        return Some(o.canonical.clone());
    }
    source::domain_outlet(name)
}

/// "waktu baca 3 menit", "4 min read".
fn is_reading_time(core: &str) -> bool {
    if spaces(core) >= 6 {
        return false;
    }
    let words: Vec<&str> = core.split(' ').collect();
    words.len() <= 6
        && words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
        && words
            .iter()
            .any(|w| matches!(*w, "baca" | "read" | "membaca" | "bacaan" | "reading"))
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    *w,
                    "waktu"
                        | "baca"
                        | "membaca"
                        | "menit"
                        | "min"
                        | "mins"
                        | "minute"
                        | "minutes"
                        | "read"
                        | "reading"
                        | "time"
                        | "lama"
                        | "masa"
                        | "minit"
                        | "bacaan"
                        | "durasi"
                )
        })
}

/// A line of several cues between separators: "Advertisement · Scroll to continue".
fn segmented_cues(line: &str) -> Option<RemovedReason> {
    // Without a separator the line is one segment.
    if !has_separator_byte(line) || !line.contains(['·', '|', '•']) {
        return None;
    }
    let segs: Vec<&str> = line
        .split(['·', '|', '•'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if segs.len() < 2 {
        return None;
    }
    let mut first = None;
    for seg in segs {
        let c = core(seg);
        let reason = WHOLE
            .binary_search_by(|w| w.0.as_str().cmp(c.as_str()))
            .ok()
            .map(|i| WHOLE[i].1)
            .or_else(|| cue_at_start(seg))
            .or_else(|| is_widget(&c).then_some(RemovedReason::Widget))?;
        first.get_or_insert(reason);
    }
    first
}

/// A line made only of share-widget words, with at least one that only a
/// widget has: "Bagikan: Facebook Twitter WhatsApp Salin tautan 🔗".
fn is_widget(core: &str) -> bool {
    if spaces(core) >= 15 {
        return false;
    }
    // Every word is a widget word or a number: the first is tried alone.
    let first = core.split(' ').next().unwrap_or("");
    if !(has(&WIDGET_WORDS, first) || first.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let words: Vec<&str> = core.split(' ').collect();
    // Counters beside the buttons: "👍 24 😮 5 💬 Komentar".
    words.len() <= 15
        && words
            .iter()
            .all(|w| has(&WIDGET_WORDS, w) || w.bytes().all(|b| b.is_ascii_digit()))
        && words.iter().any(|w| has(&WIDGET_STRONG, w))
}

/// The reason of a cue that opens the line: a `lead` cue with anything after
/// it, a `label` cue followed by a colon, a dash or nothing.
fn cue_at_start(line: &str) -> Option<RemovedReason> {
    let start = line
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric() || *c == '©')
        .map(|(i, _)| i)?;
    let body = &line[start..];
    let lower = body.to_ascii_lowercase();
    let m = CUES
        .automaton
        .find(Input::new(&lower).anchored(Anchored::Yes))?;
    let cue = &CUES.list[m.pattern().as_usize()];
    let rest = &body[m.end()..];
    if rest.chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    // "Foto-foto korban…" is a word, not the label "Foto".
    if rest.starts_with(['-', '–', '—', '/', '\'', '’']) {
        return None;
    }
    let after = rest.trim_start_matches([' ', '*', '_']);
    let labelled = after.is_empty()
        || after.starts_with([':', '：', '-', '–', '—', '|', '»', '>', '/'])
        || after.chars().all(|c| !c.is_alphanumeric());
    // "Baca juga syarat kerja…" is advice; "Baca juga Polisi Tangkap…"
    // introduces a linked headline, which starts with a capital.
    // "Ilustrasi yang dipakai pelaku …" is a sentence about an image.
    let next_word = after
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let sentence = cue.reason == RemovedReason::Caption
        && matches!(
            next_word,
            "yang"
                | "itu"
                | "ini"
                | "adalah"
                | "tersebut"
                | "tentang"
                | "that"
                | "is"
                | "was"
                | "of"
        );
    let lead = cue.modes.lead
        && !sentence
        && (!cue.modes.tail
            || !after.chars().next().is_some_and(char::is_lowercase)
            || line.contains("://"));
    (lead || (cue.modes.label && labelled)).then_some(cue.reason)
}

/// The reason of a `contains` cue anywhere in a short line: captcha and
/// cookie prompts, legal notices (up to 40 words), other prompts (up to 12).
fn cue_inside(line: &str, words: usize) -> Option<RemovedReason> {
    if words > 40 {
        return None;
    }
    let lower = line.to_ascii_lowercase();
    let b = lower.as_bytes();
    CUES.automaton.find_iter(&lower).find_map(|m| {
        let cue = &CUES.list[m.pattern().as_usize()];
        let bounded = (m.start() == 0 || !b[m.start() - 1].is_ascii_alphanumeric())
            && (m.end() == b.len() || !b[m.end()].is_ascii_alphanumeric());
        let short_enough = match cue.reason {
            RemovedReason::Captcha | RemovedReason::Legal => true,
            // "Follow IDN Times di Google News dan WhatsApp Channel untuk
            // update berita terkini": channel prompts run long.
            _ if cue.text.contains("google") || cue.text.contains("whatsapp") => words <= 20,
            _ => words <= 12,
        };
        (cue.modes.contains && bounded && short_enough).then_some(cue.reason)
    })
}

/// Whether `line` holds a byte of one of the separators '>', '»', '/',
/// '›', '|', '·', '•' (the last byte of each, and so of some other
/// characters): a line without one is no breadcrumb, and it is found
/// without decoding the line.
fn has_separator_byte(line: &str) -> bool {
    line.bytes()
        .any(|b| matches!(b, b'>' | b'/' | b'|' | 0xbb | 0xba | 0xb7 | 0xa2))
}

/// Breadcrumbs and link rows: two or more separators between short items
/// ("ANTARA News > Berita > Hukum", "Tentang Kami | Kontak | Karier").
fn is_breadcrumb(line: &str) -> bool {
    if !has_separator_byte(line) {
        return false;
    }
    let seps = line
        .split_whitespace()
        .filter(|w| matches!(*w, ">" | "»" | "/" | "›" | "|" | "·" | "•"))
        .count();
    if seps == 0 {
        return false;
    }
    // One separator is enough after the site's name or a section: "BERNAMA
    // | Am", "NEWS › Crime & Courts", "Beranda / Politik dan Hukum".
    if seps == 1 {
        let first = line.split(['>', '»', '/', '›', '|']).next().unwrap_or("");
        if OUTLETS.lookup(first).is_none()
            && source::domain_outlet(first).is_none()
            && !has(&SECTIONS, &first.trim().lower())
        {
            return false;
        }
    }
    let short = |seg: &str| {
        let seg = seg.trim();
        seg.split_whitespace().count() <= 4 && !seg.ends_with('.')
    };
    if line.split(['>', '»', '/', '›', '|', '·', '•']).all(short) {
        return true;
    }
    // "Home » Hukum & Kriminal » Sembilan Warga Sultra Dideportasi…",
    // "Utama > Jenayah > Pemuda Kedah diselamatkan…": a trail from the
    // home page or a section down to the story's own headline.
    let trail: Vec<&str> = line.split(['>', '»', '›']).collect();
    trail.len() >= 3
        && has(&SECTIONS, &trail[0].trim().lower())
        && trail[..trail.len() - 1].iter().all(|s| short(s))
}

/// Photo captions: a credit at the end ("(REUTERS/Stringer)", "(DOK. POLRI)",
/// "TEMPO/Nur Hasanah") on a line too short to be a paragraph of the story.
fn is_caption(line: &str, words: usize) -> bool {
    if words > 45 {
        return false;
    }
    let t = line.trim_end_matches(['*', '_', ' ', '.']);
    if let Some(open) = t.rfind('(') {
        if t.ends_with(')') {
            let inner = t[open + 1..t.len() - 1].trim();
            let upper = crate::uppercase(inner);
            let credit_word = [
                "ANTARA",
                "FOTO",
                "DOK",
                "REUTERS",
                "AFP",
                "AP PHOTO",
                "EPA",
                "XINHUA",
                "ISTIMEWA",
                "HANDOUT",
                "FILE",
                "GAMBAR",
                "IHSAN",
                "PHOTO",
                "COURTESY",
                "CREDIT",
                "KREDIT",
                "SUMBER FOTO",
                "SUMBER GAMBAR",
                "TANGKAPAN LAYAR",
                "SCREENSHOT",
                "SCREENGRAB",
                "ILUSTRASI",
                "BERNAMA",
                "IST.",
                "IST)",
            ]
            .iter()
            .any(|k| upper.starts_with(k));
            let slash = inner.split_once('/').is_some_and(|(a, b)| {
                a.trim().chars().next().is_some_and(char::is_uppercase)
                    && !a.trim().is_empty()
                    && !b.trim().is_empty()
                    && !b.chars().any(|c| c.is_ascii_digit())
                    && a.split_whitespace().count() <= 3
            });
            if credit_word || slash {
                return true;
            }
        }
    }
    if may_hold_credit_tail(t) && CREDIT_CUES.is_match(t) && CREDIT_TAIL.is_match(t) {
        return true;
    }
    // "… Laos. Foto: Dok. Kementerian", "… operation. — Filepic/The Star"
    // Each label holds a ':', each dash is '—' or '–': most lines skip both searches.
    for label in [" Foto:", " FOTO:", " Photo:", " Foto :"] {
        if let Some(p) = t.contains(':').then(|| t.rfind(label)).flatten() {
            if t[p..].split_whitespace().count() <= 9 {
                return true;
            }
        }
    }
    let dashed = t.contains(['—', '–']);
    if let Some((_, tail)) = dashed
        .then(|| t.rsplit_once(" — ").or_else(|| t.rsplit_once(" – ")))
        .flatten()
    {
        let tail = tail.trim();
        if tail.contains('/')
            && tail.split_whitespace().count() <= 5
            && tail.chars().next().is_some_and(char::is_uppercase)
        {
            return true;
        }
    }
    // A credit alone: "KOMPAS.com/ANDI SAPUTRA", "The Star/Filepic".
    if words <= 6 {
        if let Some((a, b)) = t.split_once('/') {
            let (a, b) = (a.trim(), b.trim());
            let site = OUTLETS.lookup(a).is_some() || source::domain_outlet(a).is_some();
            if site && b.chars().next().is_some_and(char::is_uppercase) && !b.contains('/') {
                return true;
            }
        }
    }
    // "… di Markas Polda. TEMPO/Nur Hasanah"
    let last = t.rsplit(['.', '|']).next().unwrap_or("").trim();
    if let Some((a, b)) = last.split_once('/') {
        let agency = a.trim();
        return agency.len() >= 3
            && agency.chars().all(|c| c.is_uppercase() || c == ' ')
            && b.trim().chars().next().is_some_and(char::is_uppercase)
            && b.split_whitespace().count() <= 4
            && last.split_whitespace().count() <= 6;
    }
    false
}

/// A photo credit closing a caption: "… Polri. FOTO/Dok. Humas Polri",
/// Literals of which every [`CREDIT_TAIL`] match holds one (ASCII case aside):
/// a line without any is spared the regex's whole-line scan.
static CREDIT_CUES: LazyLock<crate::automaton::AhoCorasick> = LazyLock::new(|| {
    crate::automaton::build(
        crate::automaton::AhoCorasick::builder().ascii_case_insensitive(true),
        &[
            "foto",
            "photo",
            "dok",
            "doc",
            "image",
            "gambar",
            "pic",
            "credit",
            "courtesy",
            "ihsan",
            "handout",
            "ist",
            "shutterstock",
            "getty",
            "/",
        ],
    )
    .expect("credit cues")
});

/// Words that open every [`CREDIT_TAIL`] match but the last kind (prefixes
/// will do: "dok" for "dokumentasi", "file" for "filepic").
static CREDIT_OPENERS: LazyLock<crate::trie::Trie> = LazyLock::new(|| {
    crate::trie::Trie::new(&[
        "foto",
        "photo",
        "dok",
        "doc",
        "ilustrasi",
        "image",
        "gambar",
        "pic",
        "kredit",
        "credit",
        "sumber",
        "courtesy",
        "ihsan",
        "file",
        "handout",
        "ist",
        "shutterstock",
        "getty",
    ])
});

/// Whether [`CREDIT_TAIL`] can match `t`: one of its opening words after a
/// byte that is no ASCII letter or digit (the regex puts a start, space,
/// dash, quote or bracket there), or a '/' after a space.
fn may_hold_credit_tail(t: &str) -> bool {
    let b = t.as_bytes();
    // The trie is walked (ASCII case folded) from each byte after no letter or digit.
    let openers = &*CREDIT_OPENERS;
    (0..b.len()).any(|at| {
        openers.opens_with(b[at])
            && (at == 0 || !b[at - 1].is_ascii_alphanumeric())
            && openers.longest(b, at).is_some()
    }) || b
        .windows(2)
        .any(|w| w[1] == b'/' && matches!(w[0], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
}

/// "… flight. PAOCC photo", "… — Gambar fail", "Photo by Jane Doe",
/// "(Courtesy of the PNP)".
static CREDIT_TAIL: LazyLock<regex_lite::Regex> = LazyLock::new(|| {
    regex_lite::Regex::new(
        r#"(?x)
        (?:^|[.!?”"]\s+|\s[—–-]\s*|\()
        (?:
            (?i:foto|photo|dok|doc|dokumentasi|ilustrasi|image|gambar|pic|kredit\s+foto|credit|sumber\s+foto|sumber\s+gambar)
              \s*[/:]\s*[^"“”]{2,60}
          | (?i:foto|photo|image|gambar|pic)\s+(?i:by|oleh|courtesy\s+of|ihsan|fail|file|hiasan)(?:\s+[^"“”]{1,50})?
          | (?i:courtesy\s+of|ihsan)\s+[^"“”]{2,50}
          | (?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ\d.&-]*\s+){1,4}(?:photo|file\s+photo|handout|foto)
          | (?i:filepic|file\s+photo|handout|istimewa|ist|shutterstock|getty\s+images)
        )
        \)?\s*$
        |
        # "… dibawa ke mahkamah. - Foto NSTP/Ahmad Zaki"
        \s[—–-]\s*(?i:foto|photo|gambar|pic)\s+\S[^"“”]{0,50}$
        |
        # "… at Myawaddy. / The Irrawaddy"
        [.!?]\s+/\s*[A-ZÀ-ÖØ-Þ][^/"“”]{1,40}
        \)?\s*$"#,
    )
    .expect("credit tail regex")
});

/// Whether a line reads like a headline: a few words, no final stop.
fn headline_like(s: &str) -> bool {
    let words = s.split_whitespace().count();
    // A quotation closing a sentence ends a paragraph, not a headline.
    let mut tail = s.trim_end().chars().rev();
    if tail
        .next()
        .is_some_and(|c| matches!(c, '"' | '”' | '’' | '\''))
        && tail
            .next()
            .is_some_and(|c| matches!(c, '.' | ',' | '!' | '?' | '…'))
    {
        return false;
    }
    (2..=30).contains(&words)
        && s.chars().count() <= 250
        && !s.ends_with(['.', ':', ',', ';'])
        && s.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// After a related-links label standing alone ("Berita terkait:", "Baca
/// Juga"), the headlines it lists.
fn related_lists(lines: &mut [Line]) {
    // Above the story a label is a kicker ("Trending", "Video") over the
    // headline, not a list of other stories.
    let story = lines
        .iter()
        .position(|l| l.cut.is_none() && is_paragraph(&l.text))
        .unwrap_or(0);
    let mut i = 0;
    while i < lines.len() {
        if i < story && !lines[i].text.trim_end().ends_with([':', '…', '.']) {
            i += 1;
            continue;
        }
        let label = matches!(
            lines[i].cut,
            Some(RemovedReason::RelatedLink | RemovedReason::Tags)
        );
        // A summary box ("Intinya sih...", "Key points:") lists its points the same way.
        let boxed = lines[i].cut == Some(RemovedReason::Widget)
            && lines[i].text.trim_end().ends_with([':', '…', '.'])
            && lines[i].core.split(' ').count() <= 4;
        let alone = (label || boxed)
            && (lines[i].text.trim_end().ends_with([':', '?', '…'])
                || lines[i].core.split(' ').count() <= 3
                || boxed);
        if !alone {
            i += 1;
            continue;
        }
        let block = lines[i].block;
        let mut j = i + 1;
        let mut taken = 0;
        // Headlines, or topics of a word or three ("TPPO", "Kamboja").
        let topic = |t: &str| {
            t.split_whitespace().count() <= 3 && !t.ends_with(['.', '!', '?', ',', ';', ':'])
        };
        while j < lines.len()
            && lines[j].block == block
            && lines[j].cut.is_none()
            && (headline_like(&lines[j].text) || topic(&lines[j].text))
        {
            lines[j].cut = lines[i].cut;
            taken += 1;
            j += 1;
        }
        if taken == 0 && j < lines.len() && lines[j].block != block {
            // The list may sit one blank line below its label, as a block of
            // nothing but headlines.
            let next = lines[j].block;
            let end = lines[j..]
                .iter()
                .position(|l| l.block != next)
                .map_or(lines.len(), |p| j + p);
            if end - j <= 6
                && lines[j..end]
                    .iter()
                    .all(|l| l.cut.is_none() && headline_like(&l.text))
            {
                for l in &mut lines[j..end] {
                    l.cut = Some(RemovedReason::RelatedLink);
                }
                taken = end - j;
                j = end;
            }
        }
        // A list laid out one item a paragraph (HTML `<li>`): successive
        // blocks of a single headline each.
        if taken <= 1 {
            let mut k = j;
            let mut items = 0;
            while k < lines.len() && items < 8 {
                let single = lines.get(k + 1).is_none_or(|n| n.block != lines[k].block)
                    && (k == 0 || lines[k - 1].block != lines[k].block || k == j);
                if !(single && lines[k].cut.is_none() && headline_like(&lines[k].text)) {
                    break;
                }
                lines[k].cut = Some(RemovedReason::RelatedLink);
                items += 1;
                k += 1;
            }
            j = j.max(k);
        }
        i = j.max(i + 1);
    }
}

/// Trailing topic lists: a block of short lowercase lines ("judi online",
/// "bareskrim polri"), or one line of them run together ("interpol penipuan
/// online polri"), and other boilerplate only. No punctuation at all: a
/// paragraph, even a wrapped one, has some.
fn tag_blocks(lines: &mut [Line]) {
    let tag_like = |s: &str| {
        let words = s.split_whitespace().count();
        (1..=10).contains(&words)
            && s.chars().any(char::is_lowercase)
            && s.chars()
                .all(|c| c.is_lowercase() || c.is_ascii_digit() || matches!(c, ' ' | '-' | '&'))
    };
    let mut start = 0;
    while start < lines.len() {
        let block = lines[start].block;
        let end = lines[start..]
            .iter()
            .position(|l| l.block != block)
            .map_or(lines.len(), |p| start + p);
        let group = &lines[start..end];
        let all = group.iter().all(|l| l.cut.is_some() || tag_like(&l.text));
        let any = group.iter().any(|l| l.cut.is_none());
        if all && any {
            for l in &mut lines[start..end] {
                if l.cut.is_none() {
                    l.cut = Some(RemovedReason::Tags);
                }
            }
        }
        start = end;
    }
}

/// Share bars laid out one button a line ("Share", "X", "Facebook",
/// "Email"): the lines of widget words around a widget line.
fn widget_blocks(lines: &mut [Line]) {
    for i in 0..lines.len() {
        if lines[i].cut != Some(RemovedReason::Widget) {
            continue;
        }
        let block = lines[i].block;
        for l in lines[i + 1..].iter_mut() {
            if l.block != block {
                break;
            }
            let c = &l.core;
            let all = !c.is_empty() && c.split(' ').all(|w| has(&WIDGET_WORDS, w));
            if l.cut.is_none() && all && c.split(' ').count() <= 3 {
                l.cut = Some(RemovedReason::Widget);
            } else if l.cut.is_none() {
                break;
            }
        }
    }
}

/// A site's menu laid out one item a line, above the story: five or more
/// lines in a row of one to three capitalized words ("News", "Opinion",
/// "Climate crisis").
fn menu_blocks(lines: &mut [Line]) {
    let story = lines
        .iter()
        .position(|l| l.cut.is_none() && is_paragraph(&l.text))
        .unwrap_or(lines.len());
    let item = |l: &Line| {
        let words = l.text.split_whitespace().count();
        (1..=3).contains(&words)
            && !l.text.bytes().any(|b| b.is_ascii_digit())
            && !l
                .text
                .trim_end()
                .ends_with(['.', '?', '!', ':', ',', '"', '”'])
            && l.text.chars().next().is_some_and(char::is_uppercase)
    };
    let mut i = 0;
    while i < story {
        let mut j = i;
        while j < story
            && lines[j].block == lines[i].block
            && (lines[j].cut.is_some() || item(&lines[j]))
        {
            j += 1;
        }
        let items = lines[i..j].iter().filter(|l| l.cut.is_none()).count();
        if items >= MENU_RUN {
            for l in lines[i..j].iter_mut().filter(|l| l.cut.is_none()) {
                l.cut = Some(RemovedReason::Navigation);
            }
        }
        i = j.max(i + 1);
    }
}

/// How many menu items one a line make a menu.
const MENU_RUN: usize = 5;

/// A short line right above or below a photo credit line ("Foto: …") in the
/// same block is that photo's caption.
fn captions_beside_credits(lines: &mut [Line]) {
    for i in 0..lines.len() {
        // "Foto: …", "KOMPAS.com/ANDI SAPUTRA": a credit on its own line.
        let n = lines[i].text.split_whitespace().count();
        let credit = lines[i].cut == Some(RemovedReason::Caption)
            && ((n <= 10 && lines[i].text.lower().starts_with(['f', 'p']))
                || (n <= 6 && lines[i].text.contains('/')));
        if !credit {
            continue;
        }
        let block = lines[i].block;
        for j in [i.wrapping_sub(1), i + 1] {
            if let Some(l) = lines.get_mut(j) {
                let short = l.text.split_whitespace().nth(30).is_none();
                // The story's opening paragraph is never a caption.
                if l.block == block
                    && l.cut.is_none()
                    && short
                    && source::dateline(&l.text).is_none()
                {
                    l.cut = Some(RemovedReason::Caption);
                }
            }
        }
    }
}

/// A section label above the headline: "NASIONAL", "Hukum & Kriminal",
/// "World / Asia", "Internasional".
fn is_kicker(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if is_live_label(line, words.len()) {
        return true;
    }
    if words.is_empty()
        || words.len() > 4
        || line.chars().any(|c| c.is_ascii_digit())
        || line.ends_with(['.', '?', '!', ':', ','])
    {
        return false;
    }
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = !letters.is_empty() && letters.iter().all(|c| c.is_uppercase());
    let joined = words.len() >= 2
        && words.iter().any(|w| {
            matches!(
                *w,
                "&" | "/" | "|" | ">" | "›" | "»" | "dan" | "and" | "-" | "–" | "·"
            )
        });
    let sections = words.iter().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).lower();
        w.is_empty() || has(&SECTIONS, &w)
    });
    let titled = words
        .iter()
        .all(|w| !w.chars().next().is_some_and(char::is_lowercase) || matches!(*w, "dan" | "and"));
    sections || (titled && (capitals && words.len() <= 3 || joined))
}

/// A live-stream link over the headline: "LIVE: Sumeks TV", "Live Streaming".
fn is_live_label(line: &str, words: usize) -> bool {
    let lower = line.trim().lower();
    words <= 4 && (lower.starts_with("live:") || lower.starts_with("live streaming"))
}

/// The site's name of a masthead line with a slogan or a home link after
/// it: "HALUAN KEPRI - Media Kepri Terpercaya" → "Haluan Kepri", "The
/// Guardian - Back to home" → "The Guardian"; a known site or a web address
/// with a short motto ("Mizzima - News in Burmese and English"); no name
/// (`Some(None)`) for a slogan after a dash whose logo went with its markup
/// ("— Berita Kepri Terkini, Tajam dan Berimbang").
fn masthead_with_motto(line: &str) -> Option<Option<String>> {
    let line = line.trim();
    // Most lines hold no separator's middle char ('–' and '—' open with
    // 0xE2): one byte search each spares them the four substring searches.
    let b = line.as_bytes();
    let (dash, bar, wide) = (b.contains(&b'-'), b.contains(&b'|'), b.contains(&0xe2));
    [(" - ", dash), (" | ", bar), (" – ", wide), (" — ", wide)]
        .iter()
        .filter(|(_, held)| *held)
        .find_map(|(sep, _)| {
            // "— Berita Kepri Terkini, …": the name was a logo, gone with
            // its markup.
            let logo = line
                .strip_prefix(sep.trim_start())
                .filter(|_| *sep != " - ");
            let (name, motto) = match logo {
                Some(motto) => ("", motto),
                None => line.split_once(sep)?,
            };
            // "ROKETKINI.COM — Suara Rakyat, Suara Reformasi": a web
            // address names a site, whatever its motto says.
            let known = OUTLETS
                .lookup(name)
                .map(|o| o.canonical.clone())
                .or_else(|| source::domain_outlet(name).map(|d| canonical_outlet(&d)));
            let lower = motto.trim().lower();
            let home = ["back to home", "kembali ke beranda", "home", "beranda"]
                .iter()
                .any(|h| lower == *h);
            let slogan = motto.split_whitespace().any(|w| {
                has(
                    &TAGLINES,
                    &w.trim_matches(|c: char| !c.is_alphanumeric()).lower(),
                )
            });
            let short = name.split_whitespace().nth(3).is_none()
                && motto.split_whitespace().nth(5).is_none();
            // "Mizzima - News in Burmese and English": a known site's name
            // with a few words and no figure after it.
            let motto_like = !motto.bytes().any(|b| b.is_ascii_digit())
                && !motto.trim_end().ends_with(['.', '!', '?']);
            match known {
                Some(o) if short && (home || slogan || motto_like) => Some(Some(o)),
                None if short && slogan && name.chars().next().is_some_and(char::is_uppercase) => {
                    Some(Some(source::title_case(name.trim())))
                }
                None if name.is_empty() && slogan && motto.split_whitespace().nth(7).is_none() => {
                    Some(None)
                }
                _ => None,
            }
        })
}

/// The outlet a line names when it is only the site's address: "kbr.id",
/// "BANGKAPOS.COM".
fn site_address(line: &str) -> Option<String> {
    let t = line.trim();
    if t.contains(' ') {
        return None;
    }
    source::domain_outlet(t)
}

/// A site's name standing alone above the story: "The Laotian Times",
/// "KALTIMPOST.ID", or with its slogan: "HALUAN KEPRI - Media Kepri
/// Terpercaya".
fn is_masthead(line: &str) -> bool {
    let t = line.trim();
    site_address(t).is_some()
        || masthead_with_motto(t).is_some()
        || t.split_whitespace().nth(4).is_none()
            && (OUTLETS.lookup(t).is_some()
                || ["The ", "the ", "THE "].iter().any(|the| {
                    t.strip_prefix(the)
                        .is_some_and(|r| OUTLETS.lookup(r).is_some())
                }))
}

/// A site's menu bar copied as one line: "News Business Travel Life Sports
/// World Video", "UTAMA AM POLITIK EKONOMI DUNIA SUKAN". Every word is
/// capitalized, nothing ends a sentence, and most words name a section; a
/// headline in title case has verbs and names that are not sections.
fn is_menu(line: &str, words: usize) -> bool {
    if !(4..=24).contains(&words)
        || line.ends_with(['.', '?', '!', ':', ',', '"', '”'])
        || line.bytes().any(|b| b.is_ascii_digit())
    {
        return false;
    }
    let mut named = 0;
    let mut counted = 0;
    for w in line.split_whitespace() {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.is_empty() {
            continue;
        }
        // A regional site names its sections after towns ("Batam Tanjungpinang
        // Bintan Karimun").
        let section =
            has(&SECTIONS, &bare.lower()) || crate::recognize::gazetteer::place(bare).is_some();
        // "e-Paper", "mStar": a section may be written in lower case.
        if !section && !bare.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        counted += 1;
        if section {
            named += 1;
        }
    }
    counted >= 4 && named * 10 >= counted * 6
}

/// The lines above the story's first paragraph: section labels there go,
/// and a bare name beside a time stamp or byline is the writer
/// ("Fadli Rahman" under "Selasa, 12 Agustus 2025 - 14:05 WIB").
fn header_zone(lines: &mut [Line], g: &mut Gathered) {
    // A deck sentence may stand between the headline and the byline, so
    // the zone runs to the first long paragraph, within the first lines.
    // A deck has no final stop ("… Now London and Washington are going
    // after the money"); the story's paragraphs do.
    let end = lines
        .iter()
        .position(|l| {
            l.cut.is_none()
                && l.text.split_whitespace().nth(19).is_some()
                && (l
                    .text
                    .trim_end()
                    .ends_with(['.', '!', '?', '"', '”', '’', ')'])
                    || l.text.split_whitespace().nth(39).is_some())
        })
        .unwrap_or(lines.len());
    // Within the first lines left after the menus are cut.
    let end = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.cut.is_none())
        .nth(14)
        .map_or(end, |(k, _)| end.min(k));
    for i in 0..end {
        if lines[i].cut.is_some() {
            continue;
        }
        let text = &lines[i].text;
        // Beside a stamp, a byline or the outlet's masthead ("BBC News Indonesia").
        let credit = |j: usize| {
            lines.get(j).is_some_and(|l| {
                matches!(
                    l.cut,
                    Some(RemovedReason::Timestamp | RemovedReason::Byline)
                ) || (l.cut == Some(RemovedReason::Navigation) && OUTLETS.lookup(&l.text).is_some())
            })
        };
        let bare = text
            .trim_end_matches(['-', '–', '—', '|', '·', ' '])
            .trim_start_matches(['-', '–', '—', ' ']);
        let words = bare.split_whitespace().count();
        if (2..=4).contains(&words)
            && source::is_name(bare)
            && OUTLETS.lookup(bare).is_none()
            // A section over the stamp ("Taiwan News") is not a writer.
            && !bare
                .split_whitespace()
                .any(|w| has(&SECTIONS, &w.lower()))
            && (credit(i + 1) || (i > 0 && credit(i - 1)))
        {
            let name = source::title_case(bare);
            g.byline(source::Byline {
                authors: vec![name],
                ..source::Byline::default()
            });
            lines[i].cut = Some(RemovedReason::Byline);
        } else if is_kicker(text) {
            lines[i].cut = Some(RemovedReason::Navigation);
        }
    }
}

/// A line that reads as a paragraph of the story: a long sentence.
fn is_paragraph(text: &str) -> bool {
    let words = text.split_whitespace().count();
    words >= 25 || (words >= 10 && text.trim_end().ends_with(['.', '"', '”', '!', '?']))
}

/// A headline strips the outlet's name after it: "Judul - Kompas.com",
/// "Judul | Bangkok Post", "Judul - detikNews".
/// `sites` are the [`outlet_identity`] of the names the page gave itself
/// elsewhere (its metadata, its masthead "BANGKAPOS.COM" for "… - Bangka
/// Pos").
fn strip_outlet_suffix(title: &str, sites: &[String]) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some(p) = title.rfind(sep) {
            let tail = title[p + sep.len()..].trim();
            let is_site = !sites.is_empty() && sites.contains(&outlet_identity(tail));
            if p > 0
                && (is_site
                    || OUTLETS.lookup(tail).is_some()
                    || source::domain_outlet(tail).is_some())
            {
                return title[..p].trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// For text with no title of its own: the headline among the lines above
/// the story, past section labels ("NASIONAL", "Hukum & Kriminal").
fn headline_from_body(lines: &mut [Line]) -> Option<String> {
    let mut seen = 0;
    for i in 0..lines.len() {
        if lines[i].cut.is_some() {
            continue;
        }
        let text = lines[i].text.clone();
        if is_paragraph(&text) {
            return None;
        }
        seen += 1;
        if seen > 8 {
            return None;
        }
        let words = text.split_whitespace().count();
        let more = lines[i + 1..].iter().any(|l| l.cut.is_none());
        if !more {
            return None;
        }
        // "Philippine Information Agency" or "Harian Umum Sinar Indonesia
        // Baru" over the site's menu: a short name, every word capitalized
        // and no digit, right above a menu row or a breadcrumb and not
        // printed again below (as a headline often is), is the masthead.
        let over_menu = words <= 6
            && text
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !text.bytes().any(|b| b.is_ascii_digit())
            && lines.get(i + 1).is_some_and(|n| {
                n.cut == Some(RemovedReason::Navigation)
                    && (is_breadcrumb(&n.text)
                        || is_menu(&n.text, n.text.split_whitespace().count()))
            })
            && !lines[i + 1..].iter().any(|l| l.core == lines[i].core);
        if is_kicker(&text) || is_masthead(&text) || over_menu {
            lines[i].cut = Some(RemovedReason::Navigation);
            continue;
        }
        // Menu items and labels above the headline: "Sepak Bola", "Pilihan".
        if words < 3 {
            continue;
        }
        // In hard-wrapped text the first line may run on into the next.
        let runs_on = lines.get(i + 1).is_some_and(|n| {
            n.block == lines[i].block
                && n.cut.is_none()
                && n.text.chars().next().is_some_and(char::is_lowercase)
        });
        if runs_on || !headline_like(&text) || words > 30 {
            return None;
        }
        return Some(text);
    }
    None
}

/// A news agency's credit glued to the end of a paragraph after a dash ("…
/// in batches. — MNA", "… ditahan. -- Bernama"): cut, with the agency's
/// name. Only agencies the outlet table knows as wires, after a sentence
/// end, so that a dash inside a sentence stays.
fn glued_sign_off(text: &mut String) -> Option<(String, String)> {
    let trimmed = text.trim_end();
    let (head, credit) = ["—", "–", "--", " - "]
        .iter()
        .filter_map(|d| trimmed.rfind(d).map(|at| (at, d.len())))
        .max_by_key(|&(at, _)| at)
        .map(|(at, len)| (trimmed[..at].trim_end(), &trimmed[at + len..]))?;
    let credit = credit.trim();
    if credit.is_empty() || credit.split_whitespace().nth(2).is_some() {
        return None;
    }
    if !head.ends_with(['.', '!', '?', '"', '”']) {
        return None;
    }
    let wire = OUTLETS.lookup(credit).filter(|o| o.wire)?.canonical.clone();
    let kept = head.len();
    let cut = text[kept..].trim().to_string();
    text.truncate(kept);
    Some((cut, wire))
}

/// A regex that cuts junk out of a line, its reason, and a cheap test that
/// a line can hold a match.
type TailCut = (&'static regex_lite::Regex, RemovedReason, fn(&str) -> bool);

/// Cuts the junk glued to the end of a kept line: a related-article link
/// after the last sentence, reporter initials.
fn cut_tails(text: &mut String) -> Vec<(String, RemovedReason)> {
    let mut cuts = Vec::new();
    let gates: [TailCut; 2] = [
        (
            &INLINE_RELATED,
            RemovedReason::RelatedLink,
            may_hold_related,
        ),
        (&INLINE_AD, RemovedReason::Ad, may_hold_ad),
    ];
    for (re, reason, may_hold) in gates {
        while may_hold(text) {
            let Some(m) = re.find(text) else { break };
            let piece = m.as_str().trim().to_string();
            let (start, end) = (m.start(), m.end());
            // Keep one space between the words on either side.
            let joint = if start > 0
                && end < text.len()
                && !text[end..].starts_with([' ', '.', ',', ';', ':', ')', '!', '?'])
            {
                " "
            } else {
                ""
            };
            text.replace_range(start..end, joint);
            cuts.push((piece, reason));
        }
    }
    if let Some(at) = related_tail(text) {
        let tail = text[at..].trim().to_string();
        text.truncate(at);
        let kept = text.trim_end().len();
        text.truncate(kept);
        cuts.push((tail, RemovedReason::RelatedLink));
    }
    if let Some(m) = source::initials_tail(text) {
        if m.start > 0 {
            let tail = text[m.start..].trim().to_string();
            text.truncate(m.start);
            cuts.push((tail, RemovedReason::Byline));
        }
    }
    cuts
}

/// A related link in brackets inside a paragraph: "(baca: Polri Minta …)",
/// "[Baca juga: …]", "(Read more: …)".
static INLINE_RELATED: LazyLock<regex_lite::Regex> = LazyLock::new(|| {
    regex_lite::Regex::new(&format!(
        r"(?i)\s*[(\[]\s*(?:{})\s*:\s*[^()\[\]]{{3,200}}[)\]]",
        INLINE_RELATED_CUES.join("|")
    ))
    .expect("inline related regex")
});

/// Ad placeholders in capitals scraped into the middle of a paragraph.
static INLINE_AD: LazyLock<regex_lite::Regex> = LazyLock::new(|| {
    regex_lite::Regex::new(
        r"\s*\b(?:ADVERTISEMENT(?:\s*[-–—]?\s*SCROLL TO (?:CONTINUE|RESUME)(?: WITH CONTENT)?)?|SCROLL TO (?:CONTINUE|RESUME) WITH CONTENT|SCROLL UNTUK MELANJUTKAN(?: MEMBACA)?|GULIR UNTUK MELANJUTKAN|IKLAN\s*[-–—]\s*(?:SCROLL|GULIR) UNTUK MELANJUTKAN)\b",
    )
    .expect("inline ad regex")
});

/// Whether [`INLINE_AD`] can match `text`: every alternative holds one of
/// these words, in capitals.
fn may_hold_ad(text: &str) -> bool {
    ["ADVERTISEMENT", "SCROLL", "GULIR", "IKLAN"]
        .iter()
        .any(|w| text.contains(w))
}

/// The cue words of [`INLINE_RELATED`], in its order.
const INLINE_RELATED_CUES: [&str; 20] = [
    "baca",
    "baca juga",
    "lihat",
    "lihat juga",
    "simak",
    "simak juga",
    "tonton",
    "tonton juga",
    "read",
    "read more",
    "read also",
    "also read",
    "see",
    "see also",
    "related",
    "watch",
    "berita terkait",
    "artikel terkait",
    "baca pula",
    "baca lagi",
];

/// Whether [`INLINE_RELATED`] can match `text`: a bracket, ASCII spaces, a
/// cue word (ASCII case aside), ASCII spaces and a colon, the head of every
/// match. Most paragraphs are spared the regex, whose bounded repeat makes
/// a search of a few hundred bytes cost ~100 000 instructions.
fn may_hold_related(text: &str) -> bool {
    let b = text.as_bytes();
    let space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let skip = |from: usize| from + b[from..].iter().take_while(|c| space(c)).count();
    (0..b.len()).any(|i| {
        if b[i] != b'(' && b[i] != b'[' {
            return false;
        }
        let at = skip(i + 1);
        INLINE_RELATED_CUES.iter().any(|w| {
            b.get(at..at + w.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(w.as_bytes()))
                && b.get(skip(at + w.len())) == Some(&b':')
        })
    })
}

/// Where a glued related link starts: a `tail` cue, capitalized, right after
/// a sentence end, and followed by a colon or a capital.
fn related_tail(text: &str) -> Option<usize> {
    may_hold_related_tail(text)
        .then(|| find_related_tail(text))
        .flatten()
}

/// [`related_tail`] behind no gate: the cue automaton over the whole text.
fn find_related_tail(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let b = text.as_bytes();
    CUES.automaton.find_iter(&lower).find_map(|m| {
        let cue = &CUES.list[m.pattern().as_usize()];
        if !cue.modes.tail || m.start() == 0 {
            return None;
        }
        if !b[m.start()].is_ascii_uppercase() {
            return None;
        }
        let before = text[..m.start()].trim_end();
        let ends_sentence = before.ends_with(['.', '!', '?', '"', '”', '’', ')', '…']);
        let after = text[m.end()..].trim_start();
        let follows = after.starts_with([':', '：'])
            || after.chars().next().is_some_and(char::is_uppercase)
            || after.contains("://");
        (ends_sentence && follows && !before.is_empty()).then_some(m.start())
    })
}

/// The `tail` cues, lowercase.
static TAIL_CUES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    CUES.list
        .iter()
        .filter(|c| c.modes.tail)
        .map(|c| c.text.as_str())
        .collect()
});

/// Whether [`related_tail`] can find a tail: a `tail` cue (ASCII case aside)
/// opening with an ASCII capital after a sentence end, the head of every
/// tail it takes. Most paragraphs are spared the cue automaton's scan.
fn may_hold_related_tail(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len()).any(|i| {
        b[i].is_ascii_uppercase()
            && TAIL_CUES.iter().any(|c| {
                b.get(i..i + c.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(c.as_bytes()))
            })
            && text[..i]
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', '’', ')', '…'])
    })
}

/// The kept lines as paragraphs separated by a blank line; a line broken
/// mid-sentence (hard-wrapped text) is joined to the next.
fn assemble(lines: &[Line]) -> String {
    let mut out = String::new();
    let mut prev: Option<&Line> = None;
    let mut prev_index = 0;
    for (i, line) in lines.iter().enumerate() {
        if line.cut.is_some() {
            continue;
        }
        let text = line.text.trim();
        if text.is_empty() {
            continue;
        }
        if let Some(p) = prev {
            let wrapped = p.block == line.block
                && prev_index + 1 == i
                && !p
                    .text
                    .trim_end()
                    .ends_with(['.', '!', '?', ':', ';', '"', '”', '’', ')', '…'])
                && text.chars().next().is_some_and(char::is_lowercase);
            out.push_str(if wrapped { " " } else { "\n\n" });
        }
        out.push_str(text);
        prev = Some(line);
        prev_index = i;
    }
    out
}

#[cfg(test)]
mod tests;
