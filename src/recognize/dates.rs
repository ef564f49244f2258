//! Dates of codebook §6: explicit, weekday + day/month, ranges and relative
//! phrases, resolved against the document's reference date.
//!
//! Choices the codebook leaves open:
//! - Slashed dates are day/month ("2/9/2024" is 2 September) in Indonesian,
//!   Malay and undecided text; in English they are read month/day only when
//!   one part is above 12 shows which is which, and skipped when both could be
//!   either. A slashed day and month without a year ("14/8") counts only in
//!   parentheses or after a weekday, the way Indonesian news writes it.
//! - A day and month without a year takes the year that puts it nearest the
//!   reference date and not far after it; a weekday written beside it ("Kamis
//!   (14/8)") picks the year where that weekday fits.
//! - A month without a year ("pertengahan Februari", "Oktober lalu") is the
//!   latest such month on or before the reference month ("depan",
//!   "mendatang", "next" look forward instead, and so does every bare month
//!   and weekday in a sentence about the future: "akan", "dijadwalkan",
//!   "will", "scheduled").
//! - Weeks ("pekan lalu", "last week", "minggu depan") are read, so that
//!   "Minggu" is not taken for Sunday, but not reported: the gold leaves
//!   them out, a week being no date an analyst writes down.
//! - Bare weekdays are the latest such day on or before the reference day;
//!   "Jumaat ini" / "this Friday" is the one of the reference's week
//!   (Monday to Sunday), "Senin depan" / "next Monday" of the week after,
//!   "Isnin lalu" / "last Monday" the latest before the reference day.
//! - Stamps left in the text ("Published 2:05 PM, November 12, 2024",
//!   "Diperbarui: 14 Nov 2024") are not dates of the story.
//! - Without a reference, known parts stay: `--MM-DD` for a day and month,
//!   `--MM` for a month (ISO 8601's year-less forms), null otherwise.
//! - A bare four-digit year counts only after a cue ("tahun", "pada", "in",
//!   "sejak", "since", "akhir"…), and not in law numbers ("UU Nomor 8 Tahun
//!   2010"). Nothing glued to a slash or letters counts (URLs, file names).

use std::sync::LazyLock;

use super::calendar::{add_days, add_months, days_from_civil, valid, weekday};
use super::tokens::{
    eq_word, fits_key, glued, is_punct, is_word, key, tok_str, SentenceTokens, Tok, TokKind,
    WordIndex,
};
use super::{Context, Reference};
use crate::model::{DateBasis, DateMention, Document, Lang, Precision, Span};

const MONTHS: &str = crate::data_file::data_file!("months.tsv");
const DATE_WORDS: &str = crate::data_file::data_file!("date_words.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
    Weekday,
}

struct Tables {
    /// (name, month, abbreviated)
    months: Vec<(&'static str, u32, bool)>,
    month_index: WordIndex,
    /// (phrase, unit, offset or weekday)
    words: Vec<(&'static str, Unit, i64)>,
    word_index: WordIndex,
    /// The first words of `words`, sorted: most tokens start no phrase, and
    /// are then spared three table lookups.
    firsts: WordIndex,
}

fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let words: Vec<(&'static str, Unit, i64)> = rows(DATE_WORDS)
        .filter_map(|r| {
            let unit = match *r.get(1)? {
                "day" => Unit::Day,
                "week" => Unit::Week,
                "month" => Unit::Month,
                "year" => Unit::Year,
                "weekday" => Unit::Weekday,
                _ => return None,
            };
            Some((r[0], unit, r.get(2)?.parse().ok()?))
        })
        .collect();
    let mut firsts: Vec<&'static str> = words
        .iter()
        .map(|w| w.0.split(' ').next().unwrap_or(w.0))
        .collect();
    crate::sort::sort(&mut firsts);
    firsts.dedup();
    let months: Vec<(&'static str, u32, bool)> = rows(MONTHS)
        .filter_map(|r| Some((r[0], r.get(1)?.parse().ok()?, *r.get(2)? == "abbr")))
        .collect();
    Tables {
        month_index: WordIndex::new(months.iter().map(|e| e.0)),
        months,
        word_index: WordIndex::new(words.iter().map(|e| e.0)),
        words,
        firsts: WordIndex::new(firsts.into_iter()),
    }
});

/// The month a capitalized month name or abbreviation stands for.
pub(crate) fn month_of(w: &str) -> Option<u32> {
    month_entry(w).map(|(m, _)| m)
}

fn month_entry(w: &str) -> Option<(u32, bool)> {
    if !w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    if !fits_key(w) {
        return None;
    }
    let t = &TABLES.months;
    let i = TABLES.month_index.find(w)?;
    Some((t[i].1, t[i].2))
}

fn date_word(phrase: &str) -> Option<(Unit, i64)> {
    if !fits_key(phrase) {
        return None;
    }
    let t = &TABLES.words;
    let i = TABLES.word_index.find(phrase)?;
    Some((t[i].1, t[i].2))
}

/// What a mention says before resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Val {
    /// Parts written out; the year may be missing.
    Abs {
        y: Option<i32>,
        m: Option<u32>,
        d: Option<u32>,
        wd: Option<u32>,
        /// For a month without a year: look forward from the reference.
        forward: bool,
        /// For a month with "tahun ini/lalu/depan": the year offset.
        rel_year: Option<i64>,
        /// The last day of a range inside one mention ("3-5 Maret").
        end_day: Option<u32>,
    },
    /// An offset of whole units from the reference date.
    Rel(Unit, i64),
    /// A weekday alone, and which one: `None` the latest on or before the
    /// reference (or the next on or after it in a sentence about the
    /// future), `Some(0)` the one of the reference's week ("Jumaat ini",
    /// "this Friday"), `Some(1)` of the week after ("Senin depan"),
    /// `Some(-1)` the latest before ("Isnin lalu", "last Monday"), `Some(2)`
    /// the next on or after the reference.
    Weekday(u32, Option<i8>),
}

#[derive(Clone, Copy, Debug)]
struct Found {
    start: usize,
    end: usize,
    /// The token after the mention.
    next: usize,
    val: Val,
}

fn abs(y: Option<i32>, m: Option<u32>, d: Option<u32>) -> Val {
    Val::Abs {
        y,
        m,
        d,
        wd: None,
        forward: false,
        rel_year: None,
        end_day: None,
    }
}

/// Appends what this recognizer finds in `ctx.text` to `doc`.
pub fn recognize(ctx: &Context, doc: &mut Document) {
    recognize_tokens(ctx, doc, &SentenceTokens::of(ctx.text, ctx.sentences));
}

/// [`recognize`] with the sentences already tokenized.
pub(crate) fn recognize_tokens(ctx: &Context, doc: &mut Document, sentences: &SentenceTokens) {
    for toks in sentences.iter() {
        let future = toks.iter().any(|t| future_marker(ctx.text, t));
        let mut i = 0;
        while i < toks.len() {
            match find_at(ctx.text, toks, i, ctx.lang) {
                Some((mut first, second)) => {
                    let last = second.unwrap_or(first);
                    if future {
                        ahead(&mut first.val);
                    }
                    // "pekan lalu", "last week": a week is no date an
                    // analyst writes down (the gold's choice).
                    let week = matches!(first.val, Val::Rel(Unit::Week, _));
                    if !week && !in_url(ctx.text, toks, i, last.next) && !stamp(ctx.text, toks, i) {
                        doc.dates
                            .push(mention(ctx.text, ctx.reference, first, second));
                    }
                    i = last.next.max(i + 1);
                }
                None => i += 1,
            }
        }
    }
}

/// Words that put a sentence in the future: its bare weekdays and months
/// without a year look forward ("akan dipulangkan Sabtu", "will be flown
/// home on Saturday", "paling cepat awal Oktober").
fn future_marker(text: &str, t: &Tok) -> bool {
    if t.kind != TokKind::Word {
        return false;
    }
    let mut buf = [0; 48];
    matches!(
        key(tok_str(text, t), &mut buf),
        Some(
            "akan"
                | "bakal"
                | "dijadwalkan"
                | "dijadualkan"
                | "dijangka"
                | "berencana"
                | "rencananya"
                | "will"
                | "shall"
                | "scheduled"
                | "expected"
                | "plans"
        )
    )
}

/// Looks forward from the reference: a bare weekday is the next one, a
/// month without a year the next one.
fn ahead(val: &mut Val) {
    match val {
        Val::Weekday(_, dir @ None) => *dir = Some(2),
        Val::Abs {
            y: None,
            d: None,
            m: Some(_),
            rel_year: None,
            forward,
            ..
        } => *forward = true,
        _ => {}
    }
}

/// A publication or update stamp left in the text ("Published 2:05 PM,
/// November 12, 2024", "Diperbarui: Kamis, 14 Nov 2024 16:40 WIB").
fn stamp(text: &str, toks: &[Tok], i: usize) -> bool {
    for t in toks[..i].iter().rev().take(6) {
        let mut buf = [0; 48];
        match (t.kind, key(tok_str(text, t), &mut buf)) {
            (
                TokKind::Word,
                Some(
                    "published" | "updated" | "posted" | "diterbitkan" | "diperbarui"
                    | "dipublikasikan" | "diunggah" | "dikemaskini" | "diterbit",
                ),
            ) => return true,
            (TokKind::Num | TokKind::Punct, _) => {}
            (TokKind::Word, Some("am" | "pm" | "wib" | "wita" | "wit" | "myt" | "gmt")) => {}
            _ => return false,
        }
    }
    false
}

/// A mention glued to a slash, letters or digits is part of a URL or a code.
fn in_url(text: &str, toks: &[Tok], first: usize, next: usize) -> bool {
    let joined =
        |t: &Tok| t.kind != TokKind::Punct || matches!(tok_str(text, t), "/" | "_" | "=" | "&");
    (first > 0 && glued(toks, first - 1, first) && joined(&toks[first - 1]))
        || (next < toks.len() && next > 0 && glued(toks, next - 1, next) && joined(&toks[next]))
}

/// A mention at token `i`, and the end of its range when one follows.
fn find_at(text: &str, toks: &[Tok], i: usize, lang: Lang) -> Option<(Found, Option<Found>)> {
    let first = parse_at(text, toks, i, lang, false)?;
    let mut j = first.next;
    let between =
        i > 0 && (is_word(text, toks, i - 1, "antara") || is_word(text, toks, i - 1, "between"));
    let connector = if is_punct(text, toks, j, "-")
        || is_punct(text, toks, j, "–")
        || is_punct(text, toks, j, "—")
    {
        1
    } else if ["hingga", "sampai", "to", "until", "till", "through"]
        .iter()
        .any(|w| is_word(text, toks, j, w))
    {
        if is_word(text, toks, j + 1, "dengan") {
            2
        } else {
            1
        }
    } else if between && (is_word(text, toks, j, "dan") || is_word(text, toks, j, "and")) {
        1
    } else if is_word(text, toks, j, "s")
        && is_punct(text, toks, j + 1, "/")
        && is_word(text, toks, j + 2, "d")
    {
        3
    } else {
        0
    };
    if connector == 0 || matches!(first.val, Val::Rel(..)) {
        return Some((first, None));
    }
    j += connector;
    let Some(second) = parse_at(text, toks, j, lang, true) else {
        return Some((first, None));
    };
    match (first.val, second.val) {
        (Val::Abs { .. }, Val::Abs { .. }) | (Val::Weekday(..), Val::Abs { .. }) => {}
        _ => return Some((first, None)),
    }
    Some((fill_from(first, second), Some(second)))
}

/// The start of a range borrows the year (and month) its end states:
/// "3 Maret hingga 5 April 2025", "Januari hingga Agustus 2025".
fn fill_from(mut first: Found, second: Found) -> Found {
    if let (
        Val::Abs {
            y, m, d, rel_year, ..
        },
        Val::Abs {
            y: y2,
            m: m2,
            rel_year: r2,
            ..
        },
    ) = (&mut first.val, second.val)
    {
        if m.is_none() && d.is_some() {
            *m = m2;
        }
        if y.is_none() && rel_year.is_none() {
            if let Some(y2) = y2 {
                *y = Some(y2);
            } else {
                *rel_year = r2;
            }
        }
    }
    first
}

fn num_value(text: &str, t: &Tok) -> Option<u32> {
    if t.kind != TokKind::Num {
        return None;
    }
    let s = tok_str(text, t);
    if s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn year_at(text: &str, toks: &[Tok], i: usize) -> Option<i32> {
    let t = toks.get(i)?;
    if tok_str(text, t).len() != 4 {
        return None;
    }
    let y = num_value(text, t)?;
    (1900..=2100).contains(&y).then_some(y as i32)
}

fn day_at(text: &str, toks: &[Tok], i: usize) -> Option<u32> {
    let t = toks.get(i)?;
    if tok_str(text, t).len() > 2 {
        return None;
    }
    num_value(text, t).filter(|d| (1..=31).contains(d))
}

/// After a day number: an English ordinal suffix glued to it ("2nd").
fn skip_ordinal(text: &str, toks: &[Tok], i: usize) -> usize {
    if glued(toks, i - 1, i)
        && ["st", "nd", "rd", "th"]
            .iter()
            .any(|w| is_word(text, toks, i, w))
    {
        i + 1
    } else {
        i
    }
}

/// A day range after a day: "3-5", "3 hingga 5", "3 to 5", "3 and 5".
fn day_range(text: &str, toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let dash = ["-", "–"].iter().any(|p| is_punct(text, toks, i, p));
    let word = ["hingga", "sampai", "to", "until", "and", "dan"]
        .iter()
        .any(|w| is_word(text, toks, i, w));
    if !(dash || word) {
        return None;
    }
    let step = 1;
    let d = day_at(text, toks, i + step)?;
    Some((d, skip_ordinal(text, toks, i + step + 1)))
}

/// Words before a bare month or year that make it a date.
fn date_cue(w: &str) -> bool {
    let mut buf = [0; 48];
    matches!(
        key(w, &mut buf),
        Some(
            "pada"
                | "bulan"
                | "sejak"
                | "awal"
                | "akhir"
                | "pertengahan"
                | "hingga"
                | "sampai"
                | "sepanjang"
                | "selama"
                | "dari"
                | "tahun"
                | "in"
                | "since"
                | "early"
                | "late"
                | "mid"
                | "during"
                | "until"
                | "from"
                | "by"
                | "of"
                | "end"
                | "throughout"
                | "before"
                | "after"
                | "sebelum"
                | "setelah"
                | "menjelang"
                | "jelang"
                | "per"
                | "antara"
                | "between"
        )
    )
}

fn prev_word_is_cue(text: &str, toks: &[Tok], i: usize) -> bool {
    i > 0 && toks[i - 1].kind == TokKind::Word && date_cue(tok_str(text, &toks[i - 1]))
}

/// Parses one date at token `i`. `loose` (the end of a range) accepts bare
/// months and years without a cue.
fn parse_at(text: &str, toks: &[Tok], i: usize, lang: Lang, loose: bool) -> Option<Found> {
    let t = toks.get(i)?;
    let found = |end_tok: usize, val: Val| Found {
        start: t.start,
        end: toks[end_tok - 1].end,
        next: end_tok,
        val,
    };
    match t.kind {
        TokKind::Word => {
            if let Some(f) = relative_at(text, toks, i) {
                return Some(f);
            }
            let w = tok_str(text, t);
            // Weekdays and months are capitalized: a lowercase word starts
            // no date (and most words are lowercase, so no look-up).
            if !w.chars().next().is_some_and(char::is_uppercase) {
                return None;
            }
            if let Some((Unit::Weekday, wd)) = date_word(w) {
                return weekday_at(text, toks, i, wd as u32, lang);
            }
            let (m, abbr) = month_entry(w)?;
            let mut j = i + 1;
            if abbr && is_punct(text, toks, j, ".") && glued(toks, i, j) {
                j += 1;
            }
            // "September 2, 2024", "Sept. 2", "March 3 to 5"
            if let Some(d) = day_at(text, toks, j).filter(|_| year_at(text, toks, j).is_none()) {
                let mut k = skip_ordinal(text, toks, j + 1);
                let mut end_day = None;
                if let Some((d2, k2)) = day_range(text, toks, k) {
                    if d2 > d {
                        end_day = Some(d2);
                        k = k2;
                    }
                }
                let mut y = None;
                let k_year = if is_punct(text, toks, k, ",") {
                    k + 1
                } else {
                    k
                };
                if let Some(yy) = year_at(text, toks, k_year) {
                    y = Some(yy);
                    k = k_year + 1;
                }
                let first = found(k, abs(y, Some(m), Some(d)));
                return Some(with_day_range(first, end_day));
            }
            if let Some(y) = year_at(text, toks, j) {
                return Some(found(j + 1, abs(Some(y), Some(m), None)));
            }
            if abbr {
                return None;
            }
            // "Agustus tahun ini", "Oktober lalu", "Juni mendatang"
            let mut val = abs(None, Some(m), None);
            let mut end = i + 1;
            // "Agustus tahun ini", "August this year", "January last year"
            let year_phrase = toks.get(j + 1).is_some_and(|n| {
                matches!(
                    date_word(&text[toks[j].start..n.end]),
                    Some((Unit::Year, _))
                )
            });
            if year_phrase {
                if let Some((Unit::Year, n)) = toks.get(j + 1).and_then(|n| {
                    let s = &text[toks[j].start..n.end];
                    date_word(s)
                }) {
                    if let Val::Abs { rel_year, .. } = &mut val {
                        *rel_year = Some(n);
                    }
                    end = j + 2;
                }
            } else if ["lalu", "lepas", "kemarin"]
                .iter()
                .any(|w| is_word(text, toks, j, w))
            {
                end = j + 1;
            } else if ["depan", "mendatang", "hadapan"]
                .iter()
                .any(|w| is_word(text, toks, j, w))
            {
                if let Val::Abs { forward, .. } = &mut val {
                    *forward = true;
                }
                end = j + 1;
            } else if !loose && !prev_word_is_cue(text, toks, i) {
                // "mid-July"
                let glued_mid = i >= 2
                    && is_punct(text, toks, i - 1, "-")
                    && glued(toks, i - 1, i)
                    && is_word(text, toks, i - 2, "mid");
                if !glued_mid {
                    return None;
                }
            }
            if m == 5 && eq_word(w, "may") && !loose && !prev_word_is_cue(text, toks, i) {
                return None;
            }
            Some(found(end, val))
        }
        TokKind::Num => {
            // "2024-09-02"
            if let Some(y) = year_at(text, toks, i) {
                if is_punct(text, toks, i + 1, "-")
                    && glued(toks, i, i + 1)
                    && glued(toks, i + 1, i + 2)
                    && is_punct(text, toks, i + 3, "-")
                    && glued(toks, i + 2, i + 3)
                    && glued(toks, i + 3, i + 4)
                    && tok_str(text, toks.get(i + 2)?).len() == 2
                    && tok_str(text, toks.get(i + 4)?).len() == 2
                {
                    let m = num_value(text, &toks[i + 2])?;
                    let d = num_value(text, &toks[i + 4])?;
                    return valid(y, m, d).then(|| found(i + 5, abs(Some(y), Some(m), Some(d))));
                }
                let law = i >= 2
                    && is_word(text, toks, i - 1, "tahun")
                    && toks[i - 2].kind == TokKind::Num;
                if law {
                    return None;
                }
                if loose || prev_word_is_cue(text, toks, i) {
                    let start = if is_word(text, toks, i.wrapping_sub(1), "tahun") {
                        toks[i - 1].start
                    } else {
                        t.start
                    };
                    let mut f = found(i + 1, abs(Some(y), None, None));
                    f.start = start;
                    return Some(f);
                }
                return None;
            }
            if let Some(f) = slashed_at(text, toks, i, lang, false) {
                return Some(f);
            }
            // "2 September 2024", "3-5 Maret", "14 Ogos"
            let d = day_at(text, toks, i)?;
            let mut j = skip_ordinal(text, toks, i + 1);
            let mut end_day = None;
            if let Some((d2, j2)) = day_range(text, toks, j) {
                if d2 > d
                    && toks
                        .get(j2)
                        .and_then(|t| month_entry(tok_str(text, t)))
                        .is_some()
                {
                    end_day = Some(d2);
                    j = j2;
                }
            }
            if is_word(text, toks, j, "of") {
                j += 1;
            }
            let (m, abbr) = month_entry(tok_str(text, toks.get(j)?))?;
            let mut k = j + 1;
            if abbr && is_punct(text, toks, k, ".") && glued(toks, j, k) {
                k += 1;
            }
            let k_year = if is_punct(text, toks, k, ",") {
                k + 1
            } else {
                k
            };
            let y = year_at(text, toks, k_year);
            if y.is_some() {
                k = k_year + 1;
            }
            let first = found(k, abs(y, Some(m), Some(d)));
            Some(with_day_range(first, end_day))
        }
        TokKind::Punct => None,
    }
}

fn with_day_range(mut f: Found, last_day: Option<u32>) -> Found {
    if let Val::Abs { end_day, .. } = &mut f.val {
        *end_day = last_day;
    }
    f
}

/// "2/9/2024", "14/8", "8/14/2024" (English).
fn slashed_at(
    text: &str,
    toks: &[Tok],
    i: usize,
    lang: Lang,
    after_weekday: bool,
) -> Option<Found> {
    let a = day_at(text, toks, i)?;
    if !(is_punct(text, toks, i + 1, "/") && glued(toks, i, i + 1) && glued(toks, i + 1, i + 2)) {
        return None;
    }
    let b = day_at(text, toks, i + 2)?;
    let mut end = i + 3;
    let mut y = None;
    if is_punct(text, toks, end, "/") && glued(toks, end - 1, end) && glued(toks, end, end + 1) {
        let yt = toks.get(end + 1)?;
        let ys = tok_str(text, yt);
        let yv = num_value(text, yt)? as i32;
        y = Some(match ys.len() {
            4 => yv,
            2 => 2000 + yv,
            _ => return None,
        });
        end += 2;
    }
    let (d, m) = if lang == Lang::En {
        match (a > 12, b > 12) {
            (true, false) => (a, b),
            (false, true) => (b, a),
            _ if a == b => (a, b),
            _ => return None,
        }
    } else {
        (a, b)
    };
    if m > 12 || d > 31 {
        return None;
    }
    if y.is_none() {
        let in_parens = i > 0 && is_punct(text, toks, i - 1, "(") && is_punct(text, toks, end, ")");
        if !(in_parens || after_weekday) {
            return None;
        }
    }
    if let Some(y) = y {
        if !valid(y, m, d) {
            return None;
        }
    }
    Some(Found {
        start: toks[i].start,
        end: toks[end - 1].end,
        next: end,
        val: abs(y, Some(m), Some(d)),
    })
}

/// A weekday, alone or with its date: "Kamis (14/8)", "Senin, 2 September
/// 2024", "Rabu (13/11/2024)".
fn weekday_at(text: &str, toks: &[Tok], i: usize, wd: u32, lang: Lang) -> Option<Found> {
    let w = tok_str(text, &toks[i]);
    // "Minggu lalu" is a week, "Minggu ke-3" an ordinal week.
    if eq_word(w, "minggu")
        && [
            "lalu", "ini", "depan", "lepas", "ke", "pertama", "kedua", "terakhir",
        ]
        .iter()
        .any(|x| is_word(text, toks, i + 1, x))
    {
        return None;
    }
    let mut j = i + 1;
    // "Jumat malam (4/7)", "Senin pagi, 2 September": the time of day
    // between the weekday and its date.
    if ["pagi", "siang", "sore", "malam", "petang", "dini"]
        .iter()
        .any(|x| is_word(text, toks, j, x))
    {
        j += 1;
        if is_word(text, toks, j, "hari") {
            j += 1;
        }
    }
    let paren = is_punct(text, toks, j, "(");
    if paren || is_punct(text, toks, j, ",") {
        j += 1;
    }
    let inner = slashed_at(text, toks, j, lang, true).or_else(|| {
        parse_at(text, toks, j, lang, false)
            .filter(|f| matches!(f.val, Val::Abs { d: Some(_), .. }))
    });
    if let Some(mut f) = inner {
        if paren {
            if !is_punct(text, toks, f.next, ")") {
                return None;
            }
            f.next += 1;
            f.end = toks[f.next - 1].end;
        }
        f.start = toks[i].start;
        if let Val::Abs { wd: slot, .. } = &mut f.val {
            if slot.is_none() {
                *slot = Some(wd);
            }
        }
        return Some(f);
    }
    let mut buf = [0; 48];
    let before = i
        .checked_sub(1)
        .and_then(|p| key(tok_str(text, &toks[p]), &mut buf).map(str::to_string));
    let mut buf = [0; 48];
    let after = toks
        .get(i + 1)
        .filter(|t| t.kind == TokKind::Word)
        .and_then(|t| key(tok_str(text, t), &mut buf));
    let (dir, next) = match (before.as_deref(), after) {
        (_, Some("ini")) => (Some(0), i + 2),
        (_, Some("depan" | "hadapan" | "mendatang")) => (Some(1), i + 2),
        (_, Some("lalu" | "lepas" | "kemarin")) => (Some(-1), i + 2),
        (Some("this"), _) => (Some(0), i + 1),
        (Some("next"), _) => (Some(1), i + 1),
        (Some("last"), _) => (Some(-1), i + 1),
        _ => (None, i + 1),
    };
    Some(Found {
        start: toks[i].start,
        end: toks[next - 1].end,
        next,
        val: Val::Weekday(wd, dir),
    })
}

/// Relative phrases: "kemarin", "pekan lalu", "last year", "earlier this
/// year", "dua tahun lalu", "three months ago".
fn relative_at(text: &str, toks: &[Tok], i: usize) -> Option<Found> {
    // A phrase's key is its first token's key, a space, and the rest.
    let starts_phrase = toks.get(i).is_some_and(|t| {
        let w = tok_str(text, t);
        fits_key(w) && TABLES.firsts.find(w).is_some()
    });
    for n in (1..=3).rev().filter(|_| starts_phrase) {
        let Some(last) = toks.get(i + n - 1) else {
            continue;
        };
        if toks[i..i + n].iter().any(|t| t.kind != TokKind::Word) {
            continue;
        }
        let phrase = &text[toks[i].start..last.end];
        // Phrases in the table have single spaces.
        if phrase.contains(['\n', '\t', '\u{a0}']) || phrase.contains("  ") {
            continue;
        }
        match date_word(phrase) {
            Some((Unit::Weekday, _)) | None => {}
            // "sampai hari ini", "until today": up to now, not a day.
            Some((Unit::Day, 0))
                if i.checked_sub(1).is_some_and(|p| {
                    ["sampai", "hingga", "until", "till"]
                        .iter()
                        .any(|x| is_word(text, toks, p, x))
                }) =>
            {
                return None
            }
            Some((unit, off)) => {
                return Some(Found {
                    start: toks[i].start,
                    end: last.end,
                    next: i + n,
                    val: Val::Rel(unit, off),
                })
            }
        }
    }
    // "dua tahun lalu", "3 bulan yang lalu", "two years ago"
    let t = &toks[i];
    // The unit word first: it is a cheaper test than reading a number.
    let unit_word = tok_str(text, toks.get(i + 1)?);
    // No unit word is longer than six bytes ("months", "minggu").
    if unit_word.len() > 6 {
        return None;
    }
    let mut buf = [0; 48];
    let unit = match key(unit_word, &mut buf)? {
        "hari" | "day" | "days" => Unit::Day,
        "pekan" | "minggu" | "week" | "weeks" => Unit::Week,
        "bulan" | "month" | "months" => Unit::Month,
        "tahun" | "year" | "years" => Unit::Year,
        _ => return None,
    };
    let n = super::numbers::parse_number(tok_str(text, t), Lang::Und)?;
    if n.vague || n.value > 1000 {
        return None;
    }
    let mut k = i + 2;
    if is_word(text, toks, k, "yang") {
        k += 1;
    }
    if !["lalu", "ago", "lepas"]
        .iter()
        .any(|w| is_word(text, toks, k, w))
    {
        return None;
    }
    let off = -(n.value as i64);
    Some(Found {
        start: t.start,
        end: toks[k].end,
        next: k + 1,
        val: Val::Rel(unit, off),
    })
}

// ---------------------------------------------------------------- resolution

fn iso_day(y: i32, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn iso_month(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

/// The year for a day and month without one ("Kamis (14/8)").
fn pick_year(m: u32, d: u32, wd: Option<u32>, r: Reference) -> Option<i32> {
    let ry = r.year?;
    let ref_days = match (r.month, r.day) {
        (Some(rm), Some(rd)) => Some(days_from_civil(ry, rm, rd)),
        (Some(rm), None) => Some(days_from_civil(ry, rm, 15)),
        _ => None,
    };
    (ry - 1..=ry + 1)
        .filter(|&y| valid(y, m, d))
        .min_by_key(|&y| {
            let near = match ref_days {
                Some(rd) => {
                    let diff = days_from_civil(y, m, d) - rd;
                    if diff > 31 {
                        diff * 4
                    } else {
                        diff.abs()
                    }
                }
                None => i64::from(y != ry) * 1000,
            };
            let fits = wd.is_none_or(|w| weekday(y, m, d) == w);
            near + if fits { 0 } else { 100_000 }
        })
}

/// The year of a month without one.
fn month_year(m: u32, forward: bool, r: Reference) -> Option<i32> {
    let ry = r.year?;
    Some(match r.month {
        Some(rm) if forward && m < rm => ry + 1,
        Some(rm) if !forward && m > rm => ry - 1,
        _ => ry,
    })
}

/// (value, precision, explicit) of one end of a mention.
fn resolve(val: Val, r: Reference) -> (Option<String>, Precision, bool) {
    match val {
        Val::Abs {
            y,
            m,
            d,
            wd,
            forward,
            rel_year,
            ..
        } => {
            let explicit = y.is_some();
            let y = y.or_else(|| r.year?.checked_add(i32::try_from(rel_year?).ok()?));
            match (m, d) {
                (Some(m), Some(d)) => {
                    let y = y.or_else(|| pick_year(m, d, wd, r));
                    let value = match y {
                        Some(y) if valid(y, m, d) => Some(iso_day(y, m, d)),
                        Some(_) => None,
                        None => Some(format!("--{m:02}-{d:02}")),
                    };
                    (value, Precision::Day, explicit)
                }
                (Some(m), None) => {
                    let y = y.or_else(|| month_year(m, forward, r));
                    let value = Some(match y {
                        Some(y) => iso_month(y, m),
                        None => format!("--{m:02}"),
                    });
                    (value, Precision::Month, explicit)
                }
                _ => (y.map(|y| format!("{y:04}")), Precision::Year, explicit),
            }
        }
        Val::Weekday(w, dir) => {
            let value = match (r.year, r.month, r.day) {
                (Some(y), Some(m), Some(d)) if valid(y, m, d) => {
                    let today = i64::from(weekday(y, m, d));
                    let w = i64::from(w);
                    let shift = match dir {
                        // Weeks run Monday to Sunday.
                        Some(0) => (w + 6) % 7 - (today + 6) % 7,
                        Some(1) => 7 + (w + 6) % 7 - (today + 6) % 7,
                        Some(2) => (7 + w - today) % 7,
                        Some(-1) => -((7 + today - w - 1) % 7 + 1),
                        _ => -((7 + today - w) % 7),
                    };
                    let (y, m, d) = add_days(y, m, d, shift);
                    Some(iso_day(y, m, d))
                }
                _ => None,
            };
            (value, Precision::Day, false)
        }
        Val::Rel(unit, n) => {
            let value = match unit {
                Unit::Day | Unit::Week | Unit::Weekday => match (r.year, r.month, r.day) {
                    (Some(y), Some(m), Some(d)) if valid(y, m, d) => {
                        let shift = if unit == Unit::Week {
                            7 * n - i64::from((weekday(y, m, d) + 6) % 7)
                        } else {
                            n
                        };
                        let (y, m, d) = add_days(y, m, d, shift);
                        Some(iso_day(y, m, d))
                    }
                    _ => None,
                },
                Unit::Month => match (r.year, r.month) {
                    (Some(y), Some(m)) => {
                        let (y, m) = add_months(y, m, n);
                        Some(iso_month(y, m))
                    }
                    _ => None,
                },
                Unit::Year => r.year.map(|y| format!("{:04}", i64::from(y) + n)),
            };
            let precision = match unit {
                Unit::Month => Precision::Month,
                Unit::Year => Precision::Year,
                _ => Precision::Day,
            };
            (value, precision, false)
        }
    }
}

fn mention(text: &str, r: Reference, first: Found, second: Option<Found>) -> DateMention {
    let (value, precision, explicit) = resolve(first.val, r);
    let last = second.unwrap_or(first);
    let mut end = second.and_then(|s| resolve(s.val, r).0);
    // A day range inside one mention: "3-5 Maret 2025".
    if let Val::Abs {
        end_day: Some(d2), ..
    } = first.val
    {
        end = value
            .as_ref()
            .filter(|v| v.len() >= 2)
            .map(|v| format!("{}{d2:02}", &v[..v.len() - 2]));
    }
    if let Val::Rel(Unit::Week, _) = first.val {
        end = value.as_ref().and_then(|v| {
            let y = v.get(0..4)?.parse().ok()?;
            let m = v.get(5..7)?.parse().ok()?;
            let d = v.get(8..10)?.parse().ok()?;
            let (y, m, d) = add_days(y, m, d, 6);
            Some(iso_day(y, m, d))
        });
    }
    let span = Span(first.start, last.end);
    DateMention {
        text: text[span.0..span.1].to_string(),
        value,
        precision,
        end,
        basis: if explicit {
            DateBasis::Explicit
        } else {
            DateBasis::Inferred
        },
        span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str, lang: Lang, reference: Reference) -> Vec<DateMention> {
        let sentences = crate::segment::sentences(text);
        let ctx = Context {
            text,
            lang,
            sentences: &sentences,
            reference,
        };
        let mut doc = Document::default();
        recognize(&ctx, &mut doc);
        doc.dates
    }

    fn values(
        text: &str,
        lang: Lang,
        reference: Reference,
    ) -> Vec<(String, Option<String>, Option<String>)> {
        dates(text, lang, reference)
            .into_iter()
            .map(|d| (d.text, d.value, d.end))
            .collect()
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn data_files_load_sorted_and_without_duplicates() {
        for (name, src) in [("months", MONTHS), ("date_words", DATE_WORDS)] {
            let keys: Vec<&str> = rows(src).map(|r| r[0]).collect();
            assert!(keys.len() > 10, "{name}");
            assert!(
                keys.windows(2).all(|w| w[0] < w[1]),
                "{name} is not sorted or has duplicates"
            );
            // What `WordIndex` and `cmp_key` compare a lowercased token with.
            assert!(
                !keys
                    .iter()
                    .any(|k| k.bytes().any(|c| c.is_ascii_uppercase())),
                "{name} has a key with capitals"
            );
        }
        assert_eq!(TABLES.months.len(), rows(MONTHS).count());
        assert_eq!(TABLES.words.len(), rows(DATE_WORDS).count());
    }

    #[test]
    fn explicit_dates_in_three_languages_resolve_without_a_reference() {
        let none = Reference::default();
        let cases: &[(&str, Lang, &str, &str, Precision)] = &[
            (
                "Rapat digelar 2 September 2024 di Jakarta.",
                Lang::Id,
                "2 September 2024",
                "2024-09-02",
                Precision::Day,
            ),
            (
                "The raid on Sept. 2, 2024 was large.",
                Lang::En,
                "Sept. 2, 2024",
                "2024-09-02",
                Precision::Day,
            ),
            (
                "The talks began on September 2, 2024.",
                Lang::En,
                "September 2, 2024",
                "2024-09-02",
                Precision::Day,
            ),
            (
                "Mereka tiba pada 2/9/2024 malam.",
                Lang::Id,
                "2/9/2024",
                "2024-09-02",
                Precision::Day,
            ),
            (
                "Mereka tiba pada 02/09/2024 malam.",
                Lang::Id,
                "02/09/2024",
                "2024-09-02",
                Precision::Day,
            ),
            (
                "Data per 2024-09-02 menunjukkan itu.",
                Lang::Id,
                "2024-09-02",
                "2024-09-02",
                Precision::Day,
            ),
            (
                "Polis bertindak pada 14 Ogos 2024.",
                Lang::Ms,
                "14 Ogos 2024",
                "2024-08-14",
                Precision::Day,
            ),
            (
                "Kasus terungkap pada Februari 2025.",
                Lang::Id,
                "Februari 2025",
                "2025-02",
                Precision::Month,
            ),
            (
                "Jaringan itu aktif sejak tahun 2023.",
                Lang::Id,
                "tahun 2023",
                "2023",
                Precision::Year,
            ),
            (
                "It has operated in 2024 and before.",
                Lang::En,
                "2024",
                "2024",
                Precision::Year,
            ),
            (
                "Tiba Senin (2/9/2024) pagi.",
                Lang::Id,
                "Senin (2/9/2024)",
                "2024-09-02",
                Precision::Day,
            ),
            (
                "The flights left on 8/14/2024.",
                Lang::En,
                "8/14/2024",
                "2024-08-14",
                Precision::Day,
            ),
        ];
        for &(text, lang, written, value, precision) in cases {
            let found = dates(text, lang, none);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let d = &found[0];
            assert_eq!(
                (d.text.as_str(), d.value.as_deref(), d.precision),
                (written, Some(value), precision),
                "{text}"
            );
            assert_eq!(&text[d.span.0..d.span.1], written);
            assert_eq!(d.basis, DateBasis::Explicit, "{text}");
        }
    }

    #[test]
    fn weekday_dates_take_the_year_nearest_the_reference_where_the_weekday_fits() {
        let r = Reference::day(2025, 3, 20);
        assert_eq!(
            values(
                "Dipulangkan pada Selasa (18/3) dan Rabu (19/3).",
                Lang::Id,
                r
            ),
            [
                ("Selasa (18/3)".to_string(), s("2025-03-18"), None),
                ("Rabu (19/3)".to_string(), s("2025-03-19"), None)
            ]
        );
        // "Until today" is up to now, not a day.
        assert!(values("Sampai hari ini anak saya belum pulang.", Lang::Id, r).is_empty());
        assert!(values("Nobody has been charged until today.", Lang::En, r).is_empty());
        assert_eq!(
            values("Polisi menahan dua orang hari ini.", Lang::Id, r).len(),
            1
        );
        // The time of day may stand between the weekday and its date.
        assert_eq!(
            values("Mereka kabur pada Jumat malam (14/3).", Lang::Id, r),
            [("Jumat malam (14/3)".to_string(), s("2025-03-14"), None)]
        );
        // Late December written in early January belongs to the year before.
        let r = Reference::day(2025, 1, 3);
        assert_eq!(
            values("Sabtu (28/12) lalu", Lang::Id, r)[0].1,
            s("2024-12-28")
        );
        // Without a reference the year stays unknown.
        let found = dates("Kamis (14/8) malam", Lang::Id, Reference::default());
        assert_eq!(
            (found[0].value.as_deref(), found[0].basis),
            (Some("--08-14"), DateBasis::Inferred)
        );
    }

    #[test]
    fn bare_weekdays_are_the_latest_such_day_on_or_before_the_reference() {
        let r = Reference::day(2025, 3, 20); // a Thursday
        let cases = [
            ("kata Rahmat di Jakarta, Kamis.", "2025-03-20"),
            ("Mereka tiba pada Selasa.", "2025-03-18"),
            ("Police said on Friday.", "2025-03-14"),
            ("Polis bertindak pada hari Jumaat.", "2025-03-14"),
        ];
        for (text, want) in cases {
            assert_eq!(values(text, Lang::Und, r)[0].1, s(want), "{text}");
        }
        let found = dates("Mereka tiba pada Selasa.", Lang::Id, Reference::year(2025));
        assert_eq!(
            (found[0].value.clone(), found[0].precision),
            (None, Precision::Day)
        );
    }

    #[test]
    fn ranges_give_a_start_and_an_end() {
        let r = Reference::day(2025, 3, 1);
        let cases: &[(&str, &str, &str)] = &[
            ("pada 3 hingga 5 Maret 2025", "2025-03-03", "2025-03-05"),
            ("pada 3-5 Maret", "2025-03-03", "2025-03-05"),
            ("from March 3 to 5", "2025-03-03", "2025-03-05"),
            ("on 3 to 5 March", "2025-03-03", "2025-03-05"),
            (
                "Senin (2/9/2024) hingga Jumat (6/9/2024)",
                "2024-09-02",
                "2024-09-06",
            ),
            ("sejak Januari hingga Agustus 2025", "2025-01", "2025-08"),
            (
                "pada 20 Agustus hingga 2 September 2024",
                "2024-08-20",
                "2024-09-02",
            ),
        ];
        for &(text, start, end) in cases {
            let found = values(text, Lang::Und, r);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(
                (found[0].1.clone(), found[0].2.clone()),
                (s(start), s(end)),
                "{text}"
            );
        }
    }

    #[test]
    fn weekdays_take_their_week_from_the_words_around_them() {
        let r = Reference::day(2025, 3, 12); // a Wednesday
        let cases: &[(&str, &str)] = &[
            ("Mereka tiba pada Jumaat ini.", "2025-03-14"),
            ("They will arrive this Friday.", "2025-03-14"),
            ("Polis menahan suspek Isnin lalu.", "2025-03-10"),
            ("Police arrested him last Monday.", "2025-03-10"),
            ("Sidang digelar Senin depan.", "2025-03-17"),
            ("Mereka akan dipulangkan pada Sabtu.", "2025-03-15"),
            ("The group will be flown home on Saturday.", "2025-03-15"),
            ("Polisi menangkapnya pada Sabtu.", "2025-03-08"),
            ("Polisi menangkapnya pada Rabu.", "2025-03-12"),
        ];
        for &(text, want) in cases {
            let found = values(text, Lang::Und, r);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].1, s(want), "{text}");
        }
    }

    #[test]
    fn weeks_and_stamps_are_not_reported_and_future_months_look_ahead() {
        let r = Reference::day(2024, 9, 20);
        let none = [
            "Operasi digelar pekan lalu.",
            "It happened last week.",
            "Ia dijadwalkan dideportasi minggu depan.",
            "Published 2:05 PM, November 12, 2024",
            "Diperbarui: 14 November 2024 16:40 WIB",
        ];
        for text in none {
            assert_eq!(values(text, Lang::Und, r), Vec::new(), "{text}");
        }
        let cases: &[(&str, &str)] = &[
            (
                "Mereka akan dipulangkan paling cepat awal Oktober.",
                "2024-10",
            ),
            ("Kasus itu terungkap pada Oktober lalu.", "2023-10"),
            ("Kerja sama dimulai pada Agustus.", "2024-08"),
            (
                "Between January and August this year, 330 went missing.",
                "2024-01",
            ),
        ];
        for &(text, want) in cases {
            let found = values(text, Lang::Und, r);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].1, s(want), "{text}");
        }
    }

    #[test]
    fn relative_phrases_resolve_against_the_reference() {
        let r = Reference::day(2024, 11, 13); // a Wednesday
        let cases: &[(&str, &str, Precision, Option<&str>)] = &[
            ("Ia ditangkap kemarin.", "2024-11-12", Precision::Day, None),
            (
                "He was arrested yesterday.",
                "2024-11-12",
                Precision::Day,
                None,
            ),
            ("Dia ditahan semalam.", "2024-11-12", Precision::Day, None),
            (
                "Kasus ini terjadi bulan lalu.",
                "2024-10",
                Precision::Month,
                None,
            ),
            (
                "Kerja sama dimulai sejak Oktober lalu.",
                "2024-10",
                Precision::Month,
                None,
            ),
            (
                "Pada akhir Juli ia pergi.",
                "2024-07",
                Precision::Month,
                None,
            ),
            (
                "Pada tahun lalu mereka pulang.",
                "2023",
                Precision::Year,
                None,
            ),
            ("Earlier this year it began.", "2024", Precision::Year, None),
            (
                "Program itu mulai tahun depan.",
                "2025",
                Precision::Year,
                None,
            ),
            (
                "Dua tahun lalu ia berangkat.",
                "2022",
                Precision::Year,
                None,
            ),
            (
                "sejak Januari hingga Agustus tahun ini",
                "2024-01",
                Precision::Month,
                Some("2024-08"),
            ),
        ];
        for &(text, value, precision, end) in cases {
            let found = dates(text, Lang::Und, r);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let d = &found[0];
            assert_eq!(
                (d.value.as_deref(), d.precision, d.end.as_deref()),
                (Some(value), precision, end),
                "{text}"
            );
            assert_eq!(d.basis, DateBasis::Inferred);
        }
        // Without a reference, relative phrases keep no value.
        let found = dates("Ia ditangkap kemarin.", Lang::Id, Reference::default());
        assert_eq!(found[0].value, None);
    }

    #[test]
    fn ages_sentences_laws_phones_scores_and_urls_are_not_dates() {
        let cases = [
            "Korban berusia 24 tahun dan dihukum 15 tahun penjara.",
            "Ia dijerat UU Nomor 21 Tahun 2007 tentang TPPO.",
            "Hubungi +66 92 803 1147 atau 0811-1000-2479.",
            "Skor akhir 3-1, versi 2.4.1 dirilis.",
            "Baca di https://contoh.com/2024/09/02/berita-kemarin-14/8 sekarang.",
            "Sebanyak 2024 orang menunggu, dan 1/2 dari mereka pulang.",
            "Police may act. He will march on.",
            "",
            "“😀” — 31/31/2024 99 Maret",
        ];
        for text in cases {
            assert_eq!(
                dates(text, Lang::Und, Reference::day(2024, 9, 2)),
                Vec::new(),
                "{text}"
            );
        }
    }
}
