//! Numbers with Indonesian, Malay and English separators and number words, as
//! counts of codebook §5.
//!
//! A number becomes a count only when it counts something: a noun of
//! `data/count_nouns.tsv` right after it ("47 WNI", "1,000 Indonesian
//! nationals", "ratusan orang"), or a currency before or after it ("Rp 1,5
//! triliun", "US$2.3 billion", "5 juta ringgit"). Everything else — years,
//! ages, durations, percentages, article numbers, phone numbers, ordinals,
//! distances — falls out because its unit is not on that list, and a few
//! shapes are refused outright (numbers glued to letters, slashes or colons,
//! numbers in parentheses, runs of digit groups, numbers after "Pasal").
//!
//! Separators: a dot or comma followed by one, two or four-plus digits is a
//! decimal point in every language ("1,2 juta", "1.2 million"); repeated
//! separators of one kind group thousands ("1.274.000", "1,274,000"); with
//! both kinds the last one is the decimal point. A single separator followed
//! by exactly three digits groups thousands ("3.482", "3,482"), unless a scale
//! word follows: then the currency (Rupiah writes `,` decimals, ringgit `.`),
//! the scale word (juta/miliar: Indonesian, million: English) and the
//! document's language decide (Malay writes English-style decimals).
//!
//! Qualifiers: "as many as" is `up_to` (an upper figure, often an estimate);
//! "sebanyak", "mencapai", "a total of" are `exact`; "kurang dari"/"less than"
//! are `up_to` (the codebook has no "less than"). A vague number ("ratusan",
//! "dozens") is its lower bound with `at_least` unless a qualifier says more.
//! "3.000-an" is `about`, "400 orang lebih" and "100+" are `more_than`.
//!
//! Kind: the nearest cue of the clause (a verb like "dipulangkan", "arrested")
//! decides, before or after the number; cases nouns are always `cases`,
//! victims stay `victims` unless arrested, repatriated or rescued, workers are
//! `involved` and suspects `arrest` by default. Money is `losses` when the
//! clause speaks of losses or of money taken, paid or transferred to the
//! scheme ("kerugian", "meraup", "menyetor", "swindled"); seized money,
//! salaries, fines and the turnover of gambling ("perputaran uang",
//! "transaksi") are `other`. Websites, accounts and content items are not
//! counted: they are not people, cases or money.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::tokens::{eq_word, glued, is_punct, is_word, key, tok_str, tokenize, Tok, TokKind};
use super::Context;
use crate::model::{Count, CountKind, Document, Lang, Qualifier, Span};

/// A number read from text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParsedNumber {
    /// Its value; for a vague number ("ratusan", "hundreds") the lower bound.
    pub value: u64,
    /// Whether it was a vague plural ("puluhan", "thousands").
    pub vague: bool,
}

/// Reads the whole of `s` as one number: digits with the separators of
/// `lang` ("3.482", "1,2 juta", "2.3 billion") or number words ("dua puluh
/// tiga", "two hundred and fifty", "ratusan ribu"). `None` when `s` is not
/// exactly one number or its value does not fit a `u64`.
pub fn parse_number(s: &str, lang: Lang) -> Option<ParsedNumber> {
    let mut toks = Vec::new();
    tokenize(s, 0, s.len(), &mut toks);
    let read = read_number(s, &toks, 0, lang, None)?;
    (read.end == toks.len()).then_some(ParsedNumber {
        value: read.value,
        vague: read.vague,
    })
}

/// Appends what this recognizer finds in `ctx.text` to `doc`.
pub fn recognize(ctx: &Context, doc: &mut Document) {
    let cues = cue_hits(ctx.text);
    let mut toks = Vec::new();
    for &sentence in ctx.sentences {
        toks.clear();
        tokenize(ctx.text, sentence.0, sentence.1, &mut toks);
        let lo = cues.partition_point(|c| c.start < sentence.0);
        let hi = cues.partition_point(|c| c.start < sentence.1);
        scan_sentence(ctx, &toks, &cues[lo..hi], &mut doc.counts);
    }
}

// ---------------------------------------------------------------- tables

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// English "a"/"an": one, but only before hundred, thousand, dozen.
    A,
    /// A short scale written after digits ("jt", "bn", "T"), only with money.
    Abbr,
    Unit,
    Tens,
    Teen,
    Ten,
    Hundred,
    Scale,
    Se,
    SeScale,
    Person,
    Dozen,
    Vague,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NounClass {
    Person,
    Suspect,
    Victim,
    Worker,
    Case,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CurPos {
    Pre,
    Post,
    Both,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Qualifier(Qualifier),
    Kind(CountKind),
    Money(CountKind),
    Cumulative,
    Block,
}

struct Tables {
    words: Vec<(&'static str, Role, u64)>,
    nouns: Vec<(&'static str, NounClass)>,
    currencies: Vec<(&'static str, &'static str, CurPos)>,
    cues: AhoCorasick,
    /// Per cue pattern: its role and whether its last word may go on.
    cue_roles: Vec<(Cue, bool)>,
}

const NUMBER_WORDS: &str = include_str!("../../data/number_words.tsv");
const COUNT_NOUNS: &str = include_str!("../../data/count_nouns.tsv");
const CURRENCIES: &str = include_str!("../../data/currencies.tsv");
const COUNT_CUES: &str = include_str!("../../data/count_cues.tsv");

/// The tab-separated fields of each line that is not blank or a `#` comment.
fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let words = rows(NUMBER_WORDS)
        .filter_map(|r| {
            let role = match *r.get(1)? {
                "a" => Role::A,
                "abbr" => Role::Abbr,
                "unit" => Role::Unit,
                "tens" => Role::Tens,
                "teen" => Role::Teen,
                "ten" => Role::Ten,
                "hundred" => Role::Hundred,
                "scale" => Role::Scale,
                "se" => Role::Se,
                "sescale" => Role::SeScale,
                "person" => Role::Person,
                "dozen" => Role::Dozen,
                "vague" => Role::Vague,
                _ => return None,
            };
            Some((r[0], role, r.get(2)?.parse().ok()?))
        })
        .collect();
    let nouns = rows(COUNT_NOUNS)
        .filter_map(|r| {
            let class = match *r.get(1)? {
                "person" => NounClass::Person,
                "suspect" => NounClass::Suspect,
                "victim" => NounClass::Victim,
                "worker" => NounClass::Worker,
                "case" => NounClass::Case,
                _ => return None,
            };
            Some((r[0], class))
        })
        .collect();
    let currencies = rows(CURRENCIES)
        .filter_map(|r| {
            let pos = match *r.get(2)? {
                "pre" => CurPos::Pre,
                "post" => CurPos::Post,
                "both" => CurPos::Both,
                _ => return None,
            };
            Some((r[0], *r.get(1)?, pos))
        })
        .collect();
    let mut patterns = Vec::new();
    let mut cue_roles = Vec::new();
    for r in rows(COUNT_CUES) {
        let Some(role) = r.get(1).and_then(|s| parse_cue(s)) else {
            continue;
        };
        let prefix = r[0].ends_with('*');
        patterns.push(r[0].trim_end_matches('*'));
        cue_roles.push((role, prefix));
    }
    let cues = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .expect("count cues build");
    Tables {
        words,
        nouns,
        currencies,
        cues,
        cue_roles,
    }
});

fn parse_cue(s: &str) -> Option<Cue> {
    let kind = |k: &str| {
        Some(match k {
            "arrest" => CountKind::Arrest,
            "repatriation" => CountKind::Repatriation,
            "rescue" => CountKind::Rescue,
            "victims" => CountKind::Victims,
            "cases" => CountKind::Cases,
            "involved" => CountKind::Involved,
            "losses" => CountKind::Losses,
            "other" => CountKind::Other,
            _ => return None,
        })
    };
    Some(match s.split_once(':') {
        Some(("q", q)) => Cue::Qualifier(match q {
            "exact" => Qualifier::Exact,
            "more_than" => Qualifier::MoreThan,
            "at_least" => Qualifier::AtLeast,
            "about" => Qualifier::About,
            "almost" => Qualifier::Almost,
            "up_to" => Qualifier::UpTo,
            _ => return None,
        }),
        Some(("k", k)) => Cue::Kind(kind(k)?),
        Some(("m", k)) => Cue::Money(kind(k)?),
        _ => match s {
            "cum" => Cue::Cumulative,
            "block" => Cue::Block,
            _ => return None,
        },
    })
}

fn number_word(s: &str) -> Option<(Role, u64)> {
    let mut buf = [0; 48];
    let k = key(s, &mut buf)?;
    let t = &TABLES.words;
    t.binary_search_by(|e| e.0.cmp(k))
        .ok()
        .map(|i| (t[i].1, t[i].2))
}

fn noun(s: &str) -> Option<NounClass> {
    let mut buf = [0; 48];
    let k = key(s, &mut buf)?;
    let t = &TABLES.nouns;
    let find = |k: &str| t.binary_search_by(|e| e.0.cmp(k)).ok().map(|i| t[i].1);
    // "rekannya", "korbannya": the possessive suffix.
    find(k).or_else(|| find(k.strip_suffix("nya").filter(|k| k.len() > 2)?))
}

/// An English plural demonym standing for people: "21 Thais", "five
/// Cambodians", "40 Chinese".
fn demonym_plural(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.len() > 4
        && ["ans", "ais", "inos", "ese", "ans"]
            .iter()
            .any(|e| w.ends_with(e))
}

fn currency(s: &str, pre: bool) -> Option<&'static str> {
    let mut buf = [0; 48];
    let k = key(s, &mut buf)?;
    let t = &TABLES.currencies;
    let (_, code, pos) = t[t.binary_search_by(|e| e.0.cmp(k)).ok()?];
    let ok = match pos {
        CurPos::Both => true,
        CurPos::Pre => pre,
        CurPos::Post => !pre,
    };
    ok.then_some(code)
}

// ---------------------------------------------------------------- number reading

/// A number read at a token.
#[derive(Clone, Copy, Debug)]
struct NumRead {
    value: u64,
    vague: bool,
    /// Written with digits (not words).
    digits: bool,
    /// The token after the number.
    end: usize,
}

/// Reads digits with separators. `decimal` is the separator to read as a
/// decimal point when the shape alone does not tell. Returns the digits as
/// an integer and how many of them are decimals.
fn parse_digits(s: &str, decimal: u8, scaled: bool) -> Option<(u128, u32)> {
    let b = s.as_bytes();
    let seps: Vec<(usize, u8)> = b
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == b'.' || **c == b',')
        .map(|(i, c)| (i, *c))
        .collect();
    let mut dec_at = None;
    if let Some(&(last, last_c)) = seps.last() {
        let mixed = seps.iter().any(|&(_, c)| c != last_c);
        let tail = b.len() - last - 1;
        if mixed {
            dec_at = Some(last);
        } else if seps.len() == 1 {
            let head = last;
            if tail != 3 || head > 3 || &s[..head] == "0" || (scaled && last_c == decimal) {
                dec_at = Some(last);
            }
        }
        // Every separator before the decimal point groups three digits.
        let groups_end = dec_at.unwrap_or(b.len());
        let group_seps: Vec<usize> = seps
            .iter()
            .map(|&(i, _)| i)
            .filter(|&i| i < groups_end)
            .collect();
        if let Some(&first) = group_seps.first() {
            if first > 3 || first == 0 {
                return None;
            }
            let mut bounds = group_seps.clone();
            bounds.push(groups_end);
            if bounds.windows(2).any(|w| w[1] - w[0] != 4) {
                return None;
            }
            let gc = b[group_seps[0]];
            if group_seps.iter().any(|&i| b[i] != gc) {
                return None;
            }
        }
    }
    let mut mant: u128 = 0;
    let mut frac = 0u32;
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_digit() {
            mant = mant.checked_mul(10)?.checked_add(u128::from(c - b'0'))?;
            if dec_at.is_some_and(|d| i > d) {
                frac += 1;
            }
        }
    }
    Some((mant, frac))
}

/// `mant / 10^frac * scale`, when it is a whole number that fits a `u64`.
fn scaled_value(mant: u128, frac: u32, scale: u128) -> Option<u64> {
    let v = mant.checked_mul(scale)?;
    let d = 10u128.checked_pow(frac)?;
    if v % d != 0 {
        return None;
    }
    u64::try_from(v / d).ok()
}

/// Whether a scale word is Indonesian/Malay (as opposed to English).
fn malay_scale(w: &str) -> bool {
    let mut buf = [0; 48];
    matches!(
        key(w, &mut buf),
        Some(
            "ribu" | "juta" | "miliar" | "milyar" | "triliun" | "jt" | "rb" | "bilion" | "trilion"
        )
    )
}

/// The separator read as a decimal point in an ambiguous "1.500 juta".
fn decimal_sep(lang: Lang, currency: Option<&str>, scale_word: &str) -> u8 {
    match currency {
        Some("IDR") => return b',',
        Some("MYR") => return b'.',
        _ => {}
    }
    if !malay_scale(scale_word) {
        return b'.';
    }
    match lang {
        Lang::Ms | Lang::En => b'.',
        Lang::Id | Lang::Und => b',',
    }
}

/// Reads a number starting at token `i`. `currency` is set when money
/// surrounds it (it allows short scales like "jt", "bn", "T").
fn read_number(
    text: &str,
    toks: &[Tok],
    i: usize,
    lang: Lang,
    currency: Option<&str>,
) -> Option<NumRead> {
    let t = toks.get(i)?;
    match t.kind {
        TokKind::Num => read_digits(text, toks, i, lang, currency),
        TokKind::Word => read_words(text, toks, i),
        TokKind::Punct => None,
    }
}

fn read_digits(
    text: &str,
    toks: &[Tok],
    i: usize,
    lang: Lang,
    currency: Option<&str>,
) -> Option<NumRead> {
    let s = tok_str(text, &toks[i]);
    let mut scale: u128 = 1;
    let mut end = i + 1;
    let mut scale_word = "";
    if let Some(n) = toks.get(i + 1).filter(|n| n.kind == TokKind::Word) {
        let w = tok_str(text, n);
        match number_word(w) {
            Some((Role::Scale, v)) => {
                scale = u128::from(v);
                scale_word = w;
                end = i + 2;
            }
            Some((Role::Abbr, v)) if currency.is_some() => {
                // "Rp 5 M" is five miliar; "$50m" fifty million.
                scale = if w == "M" && currency == Some("IDR") {
                    1_000_000_000
                } else {
                    u128::from(v)
                };
                scale_word = w;
                end = i + 2;
            }
            _ => {}
        }
    }
    let dec = decimal_sep(lang, currency, scale_word);
    let (mant, frac) = parse_digits(s, dec, scale > 1)?;
    let value = scaled_value(mant, frac, scale)?;
    Some(NumRead {
        value,
        vague: false,
        digits: true,
        end,
    })
}

/// Reads number words ("dua puluh tiga", "two hundred and fifty", "ratusan
/// ribu", "hundreds of thousands", "seorang"), keeping the longest prefix
/// that forms a number.
fn read_words(text: &str, toks: &[Tok], i: usize) -> Option<NumRead> {
    // Atoms: (role, value, token index). A hyphenated token ("twenty-three")
    // gives one atom per part.
    let mut atoms: [(Role, u64, usize); 16] = [(Role::Unit, 0, 0); 16];
    let mut n = 0;
    let mut j = i;
    'tokens: while j < toks.len() && n < atoms.len() - 2 {
        let t = &toks[j];
        if t.kind != TokKind::Word {
            break;
        }
        let w = tok_str(text, t);
        if let Some((role, v)) = number_word(w) {
            atoms[n] = (role, v, j);
            n += 1;
        } else if w.contains('-') {
            let start = n;
            for part in w.split('-') {
                match number_word(part) {
                    Some((role, v)) if n < atoms.len() => {
                        atoms[n] = (role, v, j);
                        n += 1;
                    }
                    _ => {
                        n = start;
                        break 'tokens;
                    }
                }
            }
        } else if (eq_word(w, "and") || eq_word(w, "of")) && n > 0 {
            // Kept as a joint; only valid between the right atoms.
            let v = if eq_word(w, "and") { 0 } else { 1 };
            atoms[n] = (Role::Person, u64::MAX - v, j);
            n += 1;
        } else {
            break;
        }
        j += 1;
    }
    let atoms = &atoms[..n];
    let first = atoms.first()?;
    if first.0 == Role::Person && first.1 == 1 {
        return Some(NumRead {
            value: 1,
            vague: false,
            digits: false,
            end: first.2 + 1,
        });
    }
    let mut total: u128 = 0;
    let mut group: u128 = 0;
    let mut pending: Option<u128> = None;
    let mut a_only = false;
    let mut last_scale = u128::MAX;
    let mut vague = false;
    let mut after_of = false;
    let mut best: Option<(u128, usize)> = None;
    for (k, &(role, v, tok)) in atoms.iter().enumerate() {
        let v128 = u128::from(v);
        let is_and = role == Role::Person && v == u64::MAX;
        let is_of = role == Role::Person && v == u64::MAX - 1;
        if is_and {
            // "two hundred and fifty": only after a hundred or a scale.
            if vague || pending.is_some() || (group == 0 && total == 0) || group % 100 != 0 {
                break;
            }
            continue;
        }
        if is_of {
            // "hundreds of thousands", "tens of thousands".
            if !(vague && k == 1) {
                break;
            }
            after_of = true;
            continue;
        }
        let ok = match role {
            Role::A => {
                if k != 0 {
                    false
                } else {
                    pending = Some(1);
                    a_only = true;
                    true
                }
            }
            Role::Abbr | Role::Person => false,
            Role::Unit => match pending {
                Some(p) if !a_only && (20..100).contains(&p) && p % 10 == 0 && v128 < 10 => {
                    pending = Some(p + v128);
                    true
                }
                Some(_) => false,
                None if vague || group % 10 != 0 => false,
                None => {
                    pending = Some(v128);
                    true
                }
            },
            Role::Tens => {
                if pending.is_some() || vague || group % 100 != 0 {
                    false
                } else {
                    pending = Some(v128);
                    true
                }
            }
            Role::Teen | Role::Ten => match pending {
                Some(p) if !a_only && (1..10).contains(&p) && group % 100 == 0 && !vague => {
                    group += if role == Role::Teen { 10 + p } else { 10 * p };
                    pending = None;
                    true
                }
                _ => false,
            },
            Role::Hundred => match pending {
                Some(p) if p < 100 && group == 0 && !vague => {
                    group = p * 100;
                    pending = None;
                    a_only = false;
                    true
                }
                _ => false,
            },
            Role::Dozen => match pending {
                Some(p) if group == 0 && !vague => {
                    group = p * 12;
                    pending = None;
                    a_only = false;
                    true
                }
                _ => false,
            },
            Role::Se => {
                if pending.is_some() || vague || (v128 >= 100 && group != 0) || group % 100 != 0 {
                    false
                } else {
                    group += v128;
                    true
                }
            }
            Role::Scale | Role::SeScale if after_of && role == Role::Scale => false,
            Role::Scale => {
                let g = group + pending.unwrap_or(0);
                if g == 0 || v128 >= last_scale {
                    false
                } else {
                    total = total.checked_add(g.checked_mul(v128)?)?;
                    group = 0;
                    pending = None;
                    a_only = false;
                    last_scale = v128;
                    true
                }
            }
            Role::SeScale => {
                if group + pending.unwrap_or(0) > 0 || v128 >= last_scale || vague {
                    false
                } else {
                    total = total.checked_add(v128)?;
                    last_scale = v128;
                    true
                }
            }
            Role::Vague => {
                if k == 0 {
                    vague = true;
                    pending = Some(v128);
                    true
                } else if vague && after_of && v128 >= 1000 && total == 0 {
                    // "hundreds of thousands"
                    total = pending.unwrap_or(0).checked_mul(v128)?;
                    pending = None;
                    last_scale = v128;
                    after_of = false;
                    true
                } else {
                    false
                }
            }
        };
        if !ok {
            break;
        }
        if !a_only && !after_of {
            let value = total
                .checked_add(group)?
                .checked_add(pending.unwrap_or(0))?;
            best = Some((value, tok + 1));
        }
    }
    let (value, end) = best?;
    Some(NumRead {
        value: u64::try_from(value).ok()?,
        vague,
        digits: false,
        end,
    })
}

// ---------------------------------------------------------------- cues

#[derive(Clone, Copy, Debug)]
struct CueHit {
    start: usize,
    end: usize,
    cue: Cue,
}

/// Every cue phrase in `text` that stands on word boundaries.
fn cue_hits(text: &str) -> Vec<CueHit> {
    let tables = &*TABLES;
    let mut out = Vec::new();
    for m in tables.cues.find_iter(text) {
        let (cue, prefix) = tables.cue_roles[m.pattern().as_usize()];
        let before = text[..m.start()].chars().next_back();
        if before.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let mut end = m.end();
        let rest = &text[end..];
        let word_goes_on = rest.chars().next().is_some_and(char::is_alphanumeric);
        if word_goes_on {
            if !prefix {
                continue;
            }
            end += rest
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len());
        }
        out.push(CueHit {
            start: m.start(),
            end,
            cue,
        });
    }
    out
}

/// Words that end a clause: a cue beyond one speaks of something else.
fn breaks_clause(text: &str, t: &Tok) -> bool {
    let s = tok_str(text, t);
    match t.kind {
        TokKind::Punct => matches!(s, ";" | ":" | "(" | ")" | "“" | "”" | "\""),
        TokKind::Word => {
            let mut buf = [0; 48];
            matches!(
                key(s, &mut buf),
                Some(
                    "sedangkan"
                        | "sementara"
                        | "namun"
                        | "tetapi"
                        | "tapi"
                        | "adapun"
                        | "while"
                        | "whereas"
                        | "but"
                        | "meanwhile"
                        | "although"
                        | "manakala"
                )
            )
        }
        TokKind::Num => false,
    }
}

/// How far a cue at `[cs, ce)` stands from the count at `[s, e)` within the
/// sentence's tokens, in words, with commas weighing more; `None` across a
/// clause break.
fn cue_distance(text: &str, toks: &[Tok], cs: usize, ce: usize, s: usize, e: usize) -> Option<u32> {
    let (from, to) = if ce <= s {
        (ce, s)
    } else if cs >= e {
        (e, cs)
    } else {
        return None;
    };
    let lo = toks.partition_point(|t| t.start < from);
    let hi = toks.partition_point(|t| t.start < to);
    let mut d = 0;
    for t in &toks[lo..hi] {
        if breaks_clause(text, t) {
            return None;
        }
        d += match t.kind {
            TokKind::Punct if tok_str(text, t) == "," => 3,
            TokKind::Punct => 0,
            _ => 1,
        };
    }
    Some(d)
}

// ---------------------------------------------------------------- counts

/// Words between a number and an English noun ("274 Indonesian nationals",
/// "1,000 foreign workers").
fn is_modifier(w: &str) -> bool {
    if w.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    let mut buf = [0; 48];
    matches!(
        key(w, &mut buf),
        Some(
            "foreign"
                | "more"
                | "other"
                | "suspected"
                | "alleged"
                | "migrant"
                | "illegal"
                | "undocumented"
                | "local"
                | "young"
                | "new"
                | "additional"
                | "trafficked"
                | "rescued"
                | "stranded"
                | "asing"
                | "lain"
                | "telecom"
                | "fraud"
                | "scam"
                | "online"
                | "cyber"
                | "gang"
                | "trafficking"
                | "human"
                | "gambling"
                | "criminal"
                | "crime"
                | "job"
                | "romance"
                | "investment"
                | "crypto"
                | "call-centre"
                | "call-center"
        )
    )
}

/// The counted noun after token `k`: (class, unit start, unit end, next token).
fn read_noun(
    text: &str,
    toks: &[Tok],
    k: usize,
    lang: Lang,
) -> Option<(NounClass, usize, usize, usize)> {
    let mut k = k;
    // "hundreds of people", "two of the suspects"
    if is_word(text, toks, k, "of") {
        k += 1;
        if ["the", "these", "those", "its", "their", "his", "her"]
            .iter()
            .any(|w| is_word(text, toks, k, w))
        {
            k += 1;
        }
    }
    let english_order = lang != Lang::Id;
    for skip in 0..=3 {
        let t = toks.get(k + skip)?;
        if t.kind != TokKind::Word {
            return None;
        }
        let w = tok_str(text, t);
        if english_order && demonym_plural(w) && noun(w).is_none() {
            return Some((NounClass::Person, t.start, t.end, k + skip + 1));
        }
        if let Some(mut class) = noun(w) {
            let mut end_tok = k + skip + 1;
            // Migrant workers are workers, not the scheme's: their kind comes from the verb.
            if class == NounClass::Worker
                && (is_word(text, toks, end_tok, "migran")
                    || (skip > 0 && is_word(text, toks, k + skip - 1, "migrant")))
            {
                class = NounClass::Person;
            }
            let mut unit_end = t.end;
            if eq_word(w, "warga") && is_word(text, toks, end_tok, "negara") {
                unit_end = toks[end_tok].end;
                end_tok += 1;
            } else if eq_word(w, "tenaga") {
                if !is_word(text, toks, end_tok, "kerja") {
                    return None;
                }
                unit_end = toks[end_tok].end;
                end_tok += 1;
            } else if eq_word(w, "orang") {
                if is_word(text, toks, end_tok, "tua") {
                    return None; // "orang tua": parents
                }
                // "47 orang WNI": the more telling noun is the unit.
                if let Some(t2) = toks.get(end_tok).filter(|t| t.kind == TokKind::Word) {
                    let w2 = tok_str(text, t2);
                    if noun(w2).is_some_and(|c| c != NounClass::Person || w2.len() <= 3) {
                        return read_noun(text, toks, end_tok, Lang::Id);
                    }
                }
            }
            return Some((class, t.start, unit_end, end_tok));
        }
        if !english_order || !is_modifier(w) {
            return None;
        }
    }
    None
}

fn year_cue(w: &str) -> bool {
    let mut buf = [0; 48];
    matches!(
        key(w, &mut buf),
        Some(
            "tahun"
                | "year"
                | "years"
                | "sejak"
                | "since"
                | "pada"
                | "in"
                | "sepanjang"
                | "during"
                | "hingga"
                | "sampai"
                | "until"
                | "akhir"
                | "awal"
                | "pertengahan"
                | "end"
                | "early"
                | "late"
                | "mid"
                | "of"
                | "by"
                | "from"
                | "dari"
                | "tahun-tahun"
        )
    ) || super::dates::month_of(w).is_some()
}

/// A money amount's currency after the number: "5 juta rupiah", "2 juta
/// dolar AS", "10 billion won". Returns (ISO code, end offset, next token).
fn post_currency(text: &str, toks: &[Tok], k: usize) -> Option<(&'static str, usize, usize)> {
    let t = toks.get(k).filter(|t| t.kind == TokKind::Word)?;
    let w = tok_str(text, t);
    if eq_word(w, "us") && is_word(text, toks, k + 1, "dollars") {
        return Some(("USD", toks[k + 1].end, k + 2));
    }
    // "U.S. dollars"
    if eq_word(w, "u")
        && is_punct(text, toks, k + 1, ".")
        && is_word(text, toks, k + 2, "s")
        && is_punct(text, toks, k + 3, ".")
        && (is_word(text, toks, k + 4, "dollars") || is_word(text, toks, k + 4, "dollar"))
    {
        return Some(("USD", toks[k + 4].end, k + 5));
    }
    let code = currency(w, false)?;
    if code == "USD" {
        // "dolar AS", "dolar Amerika (Serikat)", "dolar Singapura"
        if let Some(n) = toks.get(k + 1).filter(|n| n.kind == TokKind::Word) {
            let nw = tok_str(text, n);
            if eq_word(nw, "singapura") || eq_word(nw, "singapore") {
                return Some(("SGD", n.end, k + 2));
            }
            if eq_word(nw, "as") || eq_word(nw, "us") {
                return Some(("USD", n.end, k + 2));
            }
            if eq_word(nw, "amerika") {
                if is_word(text, toks, k + 2, "serikat") {
                    return Some(("USD", toks[k + 2].end, k + 3));
                }
                return Some(("USD", n.end, k + 2));
            }
        }
    }
    Some((code, t.end, k + 1))
}

/// A currency before the number at token `i`: (ISO code, token of the number).
fn pre_currency(text: &str, toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(i)?;
    let w = tok_str(text, t);
    // "US$", "S$"
    if t.kind == TokKind::Word && is_punct(text, toks, i + 1, "$") && glued(toks, i, i + 1) {
        let code = if eq_word(w, "us") {
            "USD"
        } else if eq_word(w, "s") {
            "SGD"
        } else {
            return None;
        };
        return Some((code, i + 2));
    }
    let code = currency(w, true)?;
    let mut j = i + 1;
    // "Rp.", "Rp 5"
    if is_punct(text, toks, j, ".") && glued(toks, i, j) {
        j += 1;
    }
    Some((code, j))
}

/// Whether the number token at `i` has a shape that is never a count.
fn refused_shape(text: &str, toks: &[Tok], i: usize, has_currency: bool) -> bool {
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    let next = toks.get(i + 1);
    let glued_prev = i > 0 && glued(toks, i - 1, i);
    let glued_next = glued(toks, i, i + 1);
    if let Some(p) = prev {
        let ps = tok_str(text, p);
        if glued_prev && !has_currency {
            // "gacor88", "ke-3", "2/9", "10:30", "#5"
            if p.kind != TokKind::Punct || !matches!(ps, "(" | "“" | "\"" | "‘") {
                return true;
            }
        }
        if ps == "+" {
            return true;
        }
        if p.kind == TokKind::Num {
            return true;
        }
    }
    if let Some(n) = next {
        let ns = tok_str(text, n);
        if glued_next {
            match n.kind {
                TokKind::Num => return true,
                TokKind::Word => {
                    // "50m" is fine with money; "3rd", "4G" are not.
                    if !(has_currency
                        && matches!(number_word(ns), Some((Role::Abbr | Role::Scale, _))))
                    {
                        return true;
                    }
                }
                TokKind::Punct => {
                    if matches!(ns, "/" | ":" | "%" | "°") {
                        return true;
                    }
                    if ns == ")" && prev.is_some_and(|p| tok_str(text, p) == "(") {
                        return true;
                    }
                }
            }
        }
        if n.kind == TokKind::Num {
            return true; // digit groups of a phone number
        }
    }
    false
}

fn scan_sentence(ctx: &Context, toks: &[Tok], cues: &[CueHit], out: &mut Vec<Count>) {
    let mut i = 0;
    while i < toks.len() {
        // The count before, when it is close enough to be what a subset
        // ("di antaranya", "among them") or a conversion refers to.
        let prev = out
            .last()
            .filter(|c| toks.first().is_some_and(|t| c.span.1 + 600 >= t.start));
        match try_count(ctx, toks, cues, i, prev) {
            Some((count, next)) => {
                out.push(count);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
}

/// Words that make a count a part of the one before: "Di antara mereka
/// terdapat 85 WNI", "154 orang sisanya", "including 12 foreigners".
fn subset_cue(text: &str, toks: &[Tok], num: usize, next: usize) -> bool {
    let before = toks[..num].iter().any(|t| {
        let mut buf = [0; 48];
        t.kind == TokKind::Word
            && matches!(
                key(tok_str(text, t), &mut buf),
                Some("mereka" | "termasuk" | "including" | "among" | "remaining" | "rest")
            )
    });
    before || is_word(text, toks, next, "sisanya") || is_word(text, toks, next, "lainnya")
}

/// "di antaranya", "di antara mereka", "of them", "of whom", "among them":
/// a count whose noun is the one before. Returns the token after.
fn anaphor(text: &str, toks: &[Tok], k: usize) -> Option<usize> {
    if is_word(text, toks, k, "di") && is_word(text, toks, k + 1, "antaranya") {
        return Some(k + 2);
    }
    if is_word(text, toks, k, "di")
        && is_word(text, toks, k + 1, "antara")
        && is_word(text, toks, k + 2, "mereka")
    {
        return Some(k + 3);
    }
    if (is_word(text, toks, k, "of") || is_word(text, toks, k, "among"))
        && (is_word(text, toks, k + 1, "them") || is_word(text, toks, k + 1, "whom"))
    {
        return Some(k + 2);
    }
    None
}

fn try_count(
    ctx: &Context,
    toks: &[Tok],
    cues: &[CueHit],
    i: usize,
    prev: Option<&Count>,
) -> Option<(Count, usize)> {
    let text = ctx.text;
    if is_word(text, toks, i.wrapping_sub(1), "salah") {
        return None; // "salah satu korban": one of the victims, not a count
    }
    let (mut currency, num_at) = match pre_currency(text, toks, i) {
        Some((code, j))
            if toks.get(j).is_some_and(|t| {
                t.kind == TokKind::Num || number_word(tok_str(text, t)).is_some()
            }) =>
        {
            (Some(code), j)
        }
        _ => (None, i),
    };
    let nt = toks.get(num_at)?;
    if nt.kind == TokKind::Punct {
        return None;
    }
    if nt.kind == TokKind::Word && number_word(tok_str(text, nt)).is_none() {
        return None;
    }
    // A number word glued after a word is part of something else.
    let has_pre = currency.is_some();
    if nt.kind == TokKind::Num && refused_shape(text, toks, num_at, has_pre) {
        return None;
    }
    let mut read = read_number(text, toks, num_at, ctx.lang, currency);
    if read.is_none() && nt.kind == TokKind::Num && !has_pre {
        // The currency may follow the scale: "5 jt rupiah" is rare; a plain read is enough.
        read = None;
    }
    let mut read = read?;
    let start_tok = i;
    let span_start = toks[start_tok].start;
    // Blocked: "Pasal 2", "No. 5", "pukul 10".
    if cues.iter().any(|c| {
        c.cue == Cue::Block
            && c.end <= span_start
            && text[c.end..span_start]
                .trim_matches(|ch: char| ch.is_whitespace() || ch == '.')
                .is_empty()
    }) {
        return None;
    }
    // Bare years: "pada 2024", "sejak 2023".
    if read.digits && currency.is_none() {
        let s = tok_str(text, nt);
        if s.len() == 4 && (1900..=2100).contains(&read.value) {
            let prev_word = num_at
                .checked_sub(1)
                .map(|p| &toks[p])
                .filter(|p| p.kind == TokKind::Word)
                .map(|p| tok_str(text, p));
            if prev_word.is_some_and(year_cue) || num_at == 0 {
                return None;
            }
        }
    }
    let mut qualifier = None;
    let mut k = read.end;
    // "3.000-an", "100+", "100-plus", "100 lebih", "100 or more"
    if is_punct(text, toks, k, "-")
        && glued(toks, k - 1, k)
        && is_word(text, toks, k + 1, "an")
        && glued(toks, k, k + 1)
    {
        qualifier = Some(Qualifier::About);
        k += 2;
    } else if is_punct(text, toks, k, "+") && glued(toks, k - 1, k) {
        qualifier = Some(Qualifier::MoreThan);
        k += 1;
    } else if is_punct(text, toks, k, "-") && is_word(text, toks, k + 1, "plus") {
        qualifier = Some(Qualifier::MoreThan);
        k += 2;
    } else if is_word(text, toks, k, "or") && is_word(text, toks, k + 1, "more") {
        qualifier = Some(Qualifier::AtLeast);
        k += 2;
    } else if is_word(text, toks, k, "lebih")
        && !is_word(text, toks, k + 1, "dari")
        && !is_word(text, toks, k + 1, "daripada")
    {
        qualifier = Some(Qualifier::MoreThan);
        k += 1;
    } else if is_punct(text, toks, k, "-")
        || is_punct(text, toks, k, "–")
        || is_word(text, toks, k, "hingga")
        || is_word(text, toks, k, "sampai")
        || is_word(text, toks, k, "to")
    {
        // "20-30 orang", "20 hingga 30 orang": the lower bound.
        if let Some(r2) = read_number(text, toks, k + 1, ctx.lang, currency) {
            if r2.value > read.value && r2.digits == read.digits {
                qualifier = Some(Qualifier::AtLeast);
                k = r2.end;
                read.end = r2.end;
            }
        }
    }
    // Money, or a counted noun.
    let (unit, span_end, next, class) = if let Some(code) = currency {
        let end = toks[read.end - 1].end;
        (code.to_string(), end, read.end, None)
    } else if let Some((code, end, next)) = post_currency(text, toks, k) {
        currency = Some(code);
        // Short scales before a following currency ("5 jt rupiah").
        (code.to_string(), end, next, None)
    } else if let Some((class, us, ue, next)) = read_noun(text, toks, k, ctx.lang) {
        (text[us..ue].to_string(), ue, next, Some(class))
    } else {
        let next = anaphor(text, toks, k)?;
        let p = prev.filter(|p| p.currency.is_none())?;
        let class = p
            .unit
            .as_deref()
            .and_then(noun)
            .unwrap_or(NounClass::Person);
        (
            p.unit.clone().unwrap_or_default(),
            toks[next - 1].end,
            next,
            Some(class),
        )
    };
    if currency.is_none() && read.value == 0 {
        return None;
    }
    if !read.digits && read.value == 1 && !read.vague {
        // "seorang pria", "one official": only people who matter.
        if !matches!(
            class,
            Some(NounClass::Suspect | NounClass::Victim | NounClass::Worker)
        ) && !unit.eq_ignore_ascii_case("wni")
            && !unit.eq_ignore_ascii_case("wna")
            && !unit.to_ascii_lowercase().starts_with("warga")
            && currency.is_none()
        {
            return None;
        }
    }
    let mut next = next;
    // "400 orang lebih"
    if qualifier.is_none()
        && class.is_some()
        && is_word(text, toks, next, "lebih")
        && !toks.get(next + 1).is_some_and(|t| {
            t.kind == TokKind::Word
                && !matches!(
                    tok_str(text, t),
                    "yang" | "telah" | "sudah" | "di" | "ke" | "dan"
                )
        })
    {
        qualifier = Some(Qualifier::MoreThan);
        next += 1;
    }
    // A qualifier right before the number (or its currency).
    let mut span_start = span_start;
    let pre = cues.iter().rev().find(|c| {
        matches!(c.cue, Cue::Qualifier(_))
            && c.end <= span_start
            && text[c.end..span_start].trim().is_empty()
    });
    if let Some(c) = pre {
        if let Cue::Qualifier(q) = c.cue {
            if qualifier.is_none() || q != Qualifier::Exact {
                qualifier = Some(q);
            }
            span_start = c.start;
        }
    }
    let qualifier = match qualifier {
        Some(q) if !(read.vague && q == Qualifier::Exact) => q,
        _ if read.vague => Qualifier::AtLeast,
        Some(q) => q,
        None => Qualifier::Exact,
    };
    let span = Span(span_start, span_end);
    let mut kind = choose_kind(text, toks, cues, span, class, currency.is_some());
    if let Some(p) = prev {
        let strong = matches!(
            p.kind,
            CountKind::Arrest | CountKind::Repatriation | CountKind::Rescue
        );
        if currency.is_some() {
            // "2 billion yuan (about 274 million U.S. dollars)": a conversion.
            let paren = span_start > 0
                && text[..span_start].trim_end().ends_with('(')
                && p.currency.is_some()
                && text[p.span.1..span_start]
                    .trim_matches([' ', '('])
                    .is_empty();
            if paren {
                kind = p.kind;
            }
        } else if strong
            && p.currency.is_none()
            && kind == CountKind::Other
            && matches!(class, Some(NounClass::Person))
            && (subset_cue(text, toks, num_at, next) || anaphor(text, toks, read.end).is_some())
        {
            kind = p.kind;
        }
    }
    if !read.digits && read.value == 1 && !read.vague && currency.is_none() {
        // "seorang korban", "one official": a single person is a count only
        // when arrested, sent home or rescued.
        if !matches!(
            kind,
            CountKind::Arrest | CountKind::Repatriation | CountKind::Rescue
        ) {
            return None;
        }
    }
    let cumulative = cues.iter().any(|c| {
        c.cue == Cue::Cumulative
            && cue_distance(text, toks, c.start, c.end, span.0, span.1).is_some_and(|d| d <= 10)
    });
    let count = Count {
        value: read.value,
        qualifier,
        unit: Some(unit),
        kind,
        currency: currency.map(str::to_string),
        countries: Vec::new(),
        place: None,
        date: None,
        origin: None,
        destination: None,
        cumulative,
        span,
    };
    Some((count, next))
}

fn choose_kind(
    text: &str,
    toks: &[Tok],
    cues: &[CueHit],
    span: Span,
    class: Option<NounClass>,
    money: bool,
) -> CountKind {
    let nearest = |want: &dyn Fn(Cue) -> Option<(CountKind, u32)>| {
        cues.iter()
            .filter_map(|c| {
                let (k, penalty) = want(c.cue)?;
                let d = cue_distance(text, toks, c.start, c.end, span.0, span.1)?;
                // At equal distance the verb before the number (active voice,
                // "flies home 549 citizens freed from…") beats a participle after.
                Some((2 * (d + penalty) + u32::from(c.start >= span.1), k))
            })
            .filter(|&(d, _)| d <= 28)
            .min_by_key(|&(d, _)| d)
            .map(|(_, k)| k)
    };
    if money {
        return nearest(&|c| match c {
            Cue::Money(k) => Some((k, 0)),
            // Money of the victims ("dana milik seorang korban") is lost.
            Cue::Kind(CountKind::Victims) => Some((CountKind::Losses, 2)),
            _ => None,
        })
        .unwrap_or(CountKind::Other);
    }
    if class == Some(NounClass::Case) {
        return CountKind::Cases;
    }
    let verb = nearest(&|c| match c {
        Cue::Kind(k @ (CountKind::Arrest | CountKind::Repatriation | CountKind::Rescue)) => {
            Some((k, 0))
        }
        Cue::Kind(k) => Some((k, 2)),
        _ => None,
    });
    let strong = |k: CountKind| {
        matches!(
            k,
            CountKind::Arrest | CountKind::Repatriation | CountKind::Rescue
        )
    };
    match class {
        Some(NounClass::Victim) => verb.filter(|&k| strong(k)).unwrap_or(CountKind::Victims),
        Some(NounClass::Suspect) => verb.filter(|&k| strong(k)).unwrap_or(CountKind::Involved),
        Some(NounClass::Worker) => verb.filter(|&k| strong(k)).unwrap_or(CountKind::Involved),
        _ => verb.unwrap_or(CountKind::Other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn counts(text: &str, lang: Lang) -> Vec<Count> {
        let sentences = crate::segment::sentences(text);
        let ctx = Context {
            text,
            lang,
            sentences: &sentences,
            reference: super::super::Reference::default(),
        };
        let mut doc = Document::default();
        recognize(&ctx, &mut doc);
        doc.counts
    }

    fn one(text: &str, lang: Lang) -> Count {
        let found = counts(text, lang);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    #[test]
    fn data_files_load_sorted_and_without_duplicates() {
        for (name, src) in [
            ("number_words", NUMBER_WORDS),
            ("count_nouns", COUNT_NOUNS),
            ("currencies", CURRENCIES),
            ("count_cues", COUNT_CUES),
        ] {
            let keys: Vec<&str> = rows(src).map(|r| r[0]).collect();
            assert!(keys.len() > 10, "{name} is nearly empty");
            assert!(
                keys.windows(2).all(|w| w[0] < w[1]),
                "{name} is not sorted or has duplicates"
            );
        }
        assert_eq!(TABLES.words.len(), rows(NUMBER_WORDS).count());
        assert_eq!(TABLES.nouns.len(), rows(COUNT_NOUNS).count());
        assert_eq!(TABLES.currencies.len(), rows(CURRENCIES).count());
        assert_eq!(TABLES.cue_roles.len(), rows(COUNT_CUES).count());
    }

    #[test]
    fn numbers_parse_with_the_separators_and_words_of_each_language() {
        let cases: &[(&str, Lang, Option<u64>)] = &[
            ("3.482", Lang::Id, Some(3482)),
            ("3,482", Lang::En, Some(3482)),
            ("1.274.000", Lang::Id, Some(1_274_000)),
            ("1,274,000", Lang::En, Some(1_274_000)),
            ("1,2 juta", Lang::Id, Some(1_200_000)),
            ("1.2 million", Lang::En, Some(1_200_000)),
            ("1.2 juta", Lang::Ms, Some(1_200_000)),
            ("1.500 juta", Lang::Id, Some(1_500_000_000)),
            ("1,5 triliun", Lang::Und, Some(1_500_000_000_000)),
            ("1.234.567,5", Lang::Id, None),
            ("2.5", Lang::En, None),
            ("1.2.3", Lang::Und, None),
            ("dua puluh tiga", Lang::Id, Some(23)),
            ("tujuh belas", Lang::Id, Some(17)),
            ("seratus dua puluh", Lang::Id, Some(120)),
            ("dua ratus lima puluh ribu", Lang::Id, Some(250_000)),
            ("seribu", Lang::Id, Some(1000)),
            ("sebelas", Lang::Id, Some(11)),
            ("twenty-three", Lang::En, Some(23)),
            ("two hundred and fifty", Lang::En, Some(250)),
            ("a thousand", Lang::En, Some(1000)),
            ("two dozen", Lang::En, Some(24)),
            ("ratusan", Lang::Id, Some(100)),
            ("puluhan ribu", Lang::Id, Some(10_000)),
            ("hundreds of thousands", Lang::En, Some(100_000)),
            ("a", Lang::En, None),
            ("dua tiga", Lang::Id, None),
            ("99999999999999999999999", Lang::Und, None),
            ("18446744073709551615", Lang::Und, Some(u64::MAX)),
            ("18446744073709551616", Lang::Und, None),
            ("999.999 triliun triliun", Lang::Id, None),
            ("", Lang::Und, None),
        ];
        for &(s, lang, want) in cases {
            assert_eq!(parse_number(s, lang).map(|n| n.value), want, "{s}");
        }
        assert!(parse_number("ribuan", Lang::Id).is_some_and(|n| n.vague));
    }

    #[test]
    fn repatriation_count_keeps_the_more_than_qualifier() {
        let text = "Lebih dari 3.200 tersangka dipulangkan dari Myanmar ke China.";
        let c = one(text, Lang::Id);
        assert_eq!(
            (c.value, c.qualifier, c.kind),
            (3200, Qualifier::MoreThan, CountKind::Repatriation)
        );
        assert_eq!(&text[c.span.0..c.span.1], "Lebih dari 3.200 tersangka");
        assert_eq!(c.unit.as_deref(), Some("tersangka"));
    }

    #[test]
    fn counts_take_value_qualifier_and_kind_from_their_clause() {
        use CountKind::*;
        use Qualifier::*;
        let cases: &[(&str, Lang, u64, Qualifier, CountKind, &str)] = &[
            (
                "Sebanyak 47 WNI dipulangkan dari Kamboja.",
                Lang::Id,
                47,
                Exact,
                Repatriation,
                "Sebanyak 47 WNI",
            ),
            (
                "Polisi menangkap 1.274 tersangka penipuan.",
                Lang::Id,
                1274,
                Exact,
                Arrest,
                "1.274 tersangka",
            ),
            (
                "Petugas mengamankan 23 orang di lokasi.",
                Lang::Id,
                23,
                Exact,
                Arrest,
                "23 orang",
            ),
            (
                "Sedikitnya 62 orang menjadi korban perdagangan orang.",
                Lang::Id,
                62,
                AtLeast,
                Victims,
                "Sedikitnya 62 orang",
            ),
            (
                "Ratusan pekerja asing diselamatkan dari kompleks itu.",
                Lang::Id,
                100,
                AtLeast,
                Rescue,
                "Ratusan pekerja",
            ),
            (
                "Kemlu menangani lebih dari 3.000 kasus sejak 2020.",
                Lang::Id,
                3000,
                MoreThan,
                Cases,
                "lebih dari 3.000 kasus",
            ),
            (
                "Sekitar 1.300 WNI telah dipulangkan tahun lalu.",
                Lang::Id,
                1300,
                About,
                Repatriation,
                "Sekitar 1.300 WNI",
            ),
            (
                "Hampir 500 pekerja migran dipulangkan.",
                Lang::Id,
                500,
                Almost,
                Repatriation,
                "Hampir 500 pekerja",
            ),
            (
                "Gelombang itu berjumlah 400 orang lebih.",
                Lang::Id,
                400,
                MoreThan,
                Other,
                "400 orang",
            ),
            (
                "Sebanyak 3.000-an orang bekerja di sana.",
                Lang::Id,
                3000,
                About,
                Involved,
                "Sebanyak 3.000-an orang",
            ),
            (
                "Polisi menangkap empat WNI di Poipet.",
                Lang::Id,
                4,
                Exact,
                Arrest,
                "empat WNI",
            ),
            (
                "Polisi menangkap seorang warga negara Tiongkok.",
                Lang::Id,
                1,
                Exact,
                Arrest,
                "seorang warga negara",
            ),
            (
                "Police arrested 274 people in the raid.",
                Lang::En,
                274,
                Exact,
                Arrest,
                "274 people",
            ),
            (
                "More than 1,000 Indonesian nationals were deported.",
                Lang::En,
                1000,
                MoreThan,
                Repatriation,
                "More than 1,000 Indonesian nationals",
            ),
            (
                "At least 120,000 people may be held in scam compounds.",
                Lang::En,
                120_000,
                AtLeast,
                Involved,
                "At least 120,000 people",
            ),
            (
                "Thousands of victims were rescued.",
                Lang::En,
                1000,
                AtLeast,
                Rescue,
                "Thousands of victims",
            ),
            (
                "Police received more than 3,200 complaints.",
                Lang::En,
                3200,
                MoreThan,
                Cases,
                "more than 3,200 complaints",
            ),
            (
                "The suspects, 21 Thais and others, were detained.",
                Lang::En,
                21,
                Exact,
                Arrest,
                "21 Thais",
            ),
            (
                "As many as 300 workers were trapped there.",
                Lang::En,
                300,
                UpTo,
                Involved,
                "As many as 300 workers",
            ),
            (
                "Seramai 23 mangsa diselamatkan oleh polis.",
                Lang::Ms,
                23,
                Exact,
                Rescue,
                "Seramai 23 mangsa",
            ),
            (
                "Polis menahan lebih 40 suspek di Johor.",
                Lang::Ms,
                40,
                MoreThan,
                Arrest,
                "lebih 40 suspek",
            ),
        ];
        for &(text, lang, value, q, kind, span) in cases {
            let c = one(text, lang);
            assert_eq!((c.value, c.qualifier, c.kind), (value, q, kind), "{text}");
            assert_eq!(&text[c.span.0..c.span.1], span, "{text}");
        }
    }

    #[test]
    fn money_is_counted_with_its_currency_and_is_losses_only_when_lost() {
        use CountKind::*;
        let cases: &[(&str, Lang, u64, &str, CountKind)] = &[
            (
                "Total kerugian mencapai Rp 1,5 triliun.",
                Lang::Id,
                1_500_000_000_000,
                "IDR",
                Losses,
            ),
            (
                "Korban menyetor Rp1,5 miliar kepada pelaku.",
                Lang::Id,
                1_500_000_000,
                "IDR",
                Losses,
            ),
            (
                "Penyidik menyita uang tunai Rp 250.000 dari tangannya.",
                Lang::Id,
                250_000,
                "IDR",
                Other,
            ),
            (
                "Perputaran uang judi itu hingga Rp 1,2 T.",
                Lang::Id,
                1_200_000_000_000,
                "IDR",
                Other,
            ),
            (
                "Korban dijanjikan gaji Rp 25 juta per bulan.",
                Lang::Id,
                25_000_000,
                "IDR",
                Other,
            ),
            (
                "Victims lost US$2.3 billion to the scheme.",
                Lang::En,
                2_300_000_000,
                "USD",
                Losses,
            ),
            (
                "The gang swindled victims of $50m.",
                Lang::En,
                50_000_000,
                "USD",
                Losses,
            ),
            (
                "Police seized 85 million baht in assets.",
                Lang::En,
                85_000_000,
                "THB",
                Other,
            ),
            (
                "Mangsa kerugian RM1.2 juta akibat sindiket itu.",
                Lang::Ms,
                1_200_000,
                "MYR",
                Losses,
            ),
            (
                "Kerugian mencapai 5 juta dolar AS.",
                Lang::Id,
                5_000_000,
                "USD",
                Losses,
            ),
        ];
        for &(text, lang, value, cur, kind) in cases {
            let c = one(text, lang);
            assert_eq!(
                (c.value, c.currency.as_deref(), c.kind),
                (value, Some(cur), kind),
                "{text}"
            );
        }
    }

    #[test]
    fn a_money_conversion_in_parentheses_keeps_the_kind_of_the_amount_before() {
        let found = counts(
            "The networks cheated victims of more than 2 billion yuan (about 274 million U.S. dollars).",
            Lang::En,
        );
        let got: Vec<(u64, CountKind, Option<&str>)> = found
            .iter()
            .map(|c| (c.value, c.kind, c.currency.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (2_000_000_000, CountKind::Losses, Some("CNY")),
                (274_000_000, CountKind::Losses, Some("USD"))
            ]
        );
    }

    #[test]
    fn a_subset_of_a_count_inherits_its_kind() {
        let found = counts(
            "Polisi mengamankan lebih dari 700 orang. Di antara mereka terdapat 85 WNI. Sebanyak 30 di antaranya perempuan.",
            Lang::Id,
        );
        let got: Vec<(u64, CountKind)> = found.iter().map(|c| (c.value, c.kind)).collect();
        assert_eq!(
            got,
            [
                (700, CountKind::Arrest),
                (85, CountKind::Arrest),
                (30, CountKind::Arrest)
            ]
        );
    }

    #[test]
    fn running_totals_are_marked_cumulative() {
        let cases = [
            (
                "Sebanyak 47 WNI dipulangkan sehingga total menjadi 1.200 orang.",
                1200,
                true,
            ),
            (
                "The flight brought home 200 people, bringing the total to 1,500 people.",
                1500,
                true,
            ),
            ("Sebanyak 47 WNI dipulangkan pekan ini.", 47, false),
        ];
        for (text, value, cumulative) in cases {
            let found = counts(text, Lang::Und);
            let c = found.iter().find(|c| c.value == value);
            assert_eq!(
                c.map(|c| c.cumulative),
                Some(cumulative),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn years_ages_durations_laws_phones_and_percentages_are_not_counts() {
        let cases = [
            "Jaringan itu beroperasi sejak 2023 di Kamboja.",
            "Korban berusia 24 tahun dan bekerja 16 jam sehari.",
            "Ia dijerat Pasal 2 UU Nomor 21 Tahun 2007 dengan ancaman 15 tahun penjara.",
            "Hubungi hotline di +66 92 803 1147 atau 0811-1000-2479.",
            "Hampir 60 persen WNI berangkat dengan visa kunjungan.",
            "Ini operasi ke-3 tahun ini, pada Kamis (14/8) pukul 10.30.",
            "A 24-year-old man was jailed for 10 years in 2024.",
            "The compound is 300 km from the border, under Article 4.",
            "Situs gacor88 memuat 2,1 juta konten.",
            "Seorang pejabat dan salah satu korban hadir.",
            "Skor akhir 3-1 untuk tim tamu.",
            "AS (34) berperan sebagai koordinator.",
            "",
            "9999999999999999999999999999 orang",
            "Rp 99999999999999999999 triliun",
            "“ 😀 — 12",
        ];
        for text in cases {
            assert_eq!(counts(text, Lang::Und), Vec::<Count>::new(), "{text}");
        }
    }

    #[test]
    fn spans_stay_on_char_boundaries_in_text_with_curly_quotes_and_emoji() {
        let text = "“Kami 😀 memulangkan 47 WNI,” ujarnya — ratusan orang lainnya\u{a0}menunggu.";
        let found = counts(text, Lang::Id);
        assert!(!found.is_empty());
        for c in found {
            assert!(text.is_char_boundary(c.span.0) && text.is_char_boundary(c.span.1));
            assert!(c.span.0 < c.span.1 && c.span != Span(0, 0));
        }
    }
}
