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
//! Kind, in this order:
//! - the noun may settle it: cases nouns are `cases`, "538 tangkapan" /
//!   "arrests" are `arrest`, police, officials and participants are always
//!   `other`; a victim or suspect noun in apposition ("500 pekerja migran
//!   korban penipuan") or after "jumlah" / "the number of" names the people;
//! - otherwise the nearest cue of the clause, before or after the number,
//!   where action verbs (arrested, sent home, rescued; and "still waiting",
//!   "masih berada", "masih ditahan", "are being held", "remain at", which
//!   keep people where they are, and give way to a sending home that
//!   follows) outweigh descriptive
//!   ones (victims, working, trapped) by a few words. Active Indonesian and
//!   Malay verbs may be bound to a side: "merekrut 50 WNI" are recruited
//!   (victims), "12 orang yang merekrut" recruiters (involved). A cue that
//!   follows the count before and is closed by a joiner is that count's
//!   predicate, not weighed ("3,950 suspects were arrested and 1,000
//!   victims identified");
//! - a relative clause after the noun ("yang …", "who …", an English
//!   participle "detained in …") describes the people, and the first action
//!   verb after it is what happened to them; so is an action verb joined
//!   after a descriptive one ("berhasil kabur … dan kembali ke Indonesia");
//!   the search stops at a new subject, a number after a joiner ("Dari 52
//!   WNI yang ditahan, 30 orang telah dideportasi");
//!   An active verb before the count has it as its object and keeps it
//!   ("menyerahkan 23 rakyat Malaysia yang sebelum ini diselamatkan" are
//!   handed over);
//! - victims stay `victims`, workers and suspects `involved`, unless an
//!   action verb wins; anyone else with no cue is `other`.
//!
//! A short term in quote marks ("menyetor “biaya proses” sebesar Rp7,5
//! juta") does not end the clause; a quote does.
//!
//! Parts and wholes: a count inside an aside (", termasuk sembilan warga
//! Thailand,") is weighed as the whole aside, and an aside that says who
//! speaks (", menurut dia,", ", he said,") weighs nothing; a part ("di antaranya",
//! "including", "gelombang pertama", "sisanya", a smaller count after a
//! larger one in the same clause) takes the kind of its whole; counts that
//! add up to a count just before are its parts; counts joined by "dan"/"and"
//! share one predicate; a running total ("sehingga totalnya menjadi") adds
//! to the count before it; a back-reference ("sembilan orang itu") is the
//! earlier count unless its clause says more. A number whose noun is left
//! out in a list or comparison ("12 Vietnam dan 3 Indonesia", "up from 220
//! last year") borrows the noun and kind of the count before; the value of
//! "the number of X" / "jumlah X" ("rose to 1,900", "mencapai 1.900")
//! counts X. Ranges are
//! two counts, `at_least` and `up_to`. A figure repeated (headline, lead,
//! quote) with the same value, kind and currency is kept once.
//!
//! People charged, tried or sentenced ("didakwa", "divonis", "menjalani
//! proses hukum", "dituduh di mahkamah", "charged") are `other` whatever
//! their noun, unless a nearer verb of the clause arrested them.
//!
//! Money is `losses` when the clause speaks of money the scheme took or
//! moved: what victims lost or paid ("kerugian", "menyetor", "dipungut
//! biaya", "ransom", "tebusan", "swindled"), the turnover, transactions and
//! profits of a scam or gambling ring ("perputaran dana", "nilai
//! transaksi", "meraup keuntungan", "mengaut", "raked in"), money laundered,
//! flowing abroad or deposited ("mengalir", "setoran", "laundered"), sent by
//! victims or received by the scheme's accounts and wallets ("had sent
//! £212,000", "akaun … menerima RM486,500"), a fraud "senilai". Money that
//! is not the scheme's is `other`: seized, frozen or blocked assets, fines,
//! wages and salaries ("monthly pay"), rewards, budgets, taxes and
//! state revenue, aid; so is a price or a fee per unit ("Rp 5.000 per
//! hari"): money is always counted, since the codebook counts money and an
//! analyst can drop a price. Websites, accounts and content items are not
//! counted: they are not people, cases or money.

use std::sync::LazyLock;

use crate::trie::Phrases;

use super::tokens::{
    eq_word, fits_key, glued, is_punct, is_word, key, tok_str, tokenize, SentenceTokens, Tok,
    TokKind, WordIndex,
};
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
    recognize_tokens(ctx, doc, &SentenceTokens::of(ctx.text, ctx.sentences));
}

/// [`recognize`] with the sentences already tokenized.
pub(crate) fn recognize_tokens(ctx: &Context, doc: &mut Document, sentences: &SentenceTokens) {
    let cues = cue_hits(ctx.text, ctx.lang);
    for (&sentence, toks) in ctx.sentences.iter().zip(sentences.iter()) {
        let lo = cues.partition_point(|c| c.start < sentence.0);
        let hi = cues.partition_point(|c| c.start < sentence.1);
        scan_sentence(ctx, toks, &cues[lo..hi], &mut doc.counts);
    }
    // A figure repeated (headline, lead, quote) is one fact: keep its first
    // mention, with the qualifier of a later one that says more.
    let mut kept: Vec<Count> = Vec::with_capacity(doc.counts.len());
    // A linear search of the kept counts (a few per document), not a hash map
    // keyed by (value, kind, currency): one map type fewer in the wasm.
    for c in doc.counts.drain(..) {
        let same =
            |k: &&mut Count| k.value == c.value && k.kind == c.kind && k.currency == c.currency;
        match kept.iter_mut().find(same) {
            Some(k) => {
                if k.qualifier == Qualifier::Exact {
                    k.qualifier = c.qualifier;
                }
                k.cumulative |= c.cumulative;
            }
            None => kept.push(c),
        }
    }
    doc.counts = kept;
}

/// Whether `w` is one of the lowercase words of `list`, ignoring ASCII case.
fn one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// Whether the token at `i` is a word of `list`, ignoring ASCII case.
fn word_in(text: &str, toks: &[Tok], i: usize, list: &[&str]) -> bool {
    toks.get(i)
        .is_some_and(|t| t.kind == TokKind::Word && one_of(tok_str(text, t), list))
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
    /// A noun that is itself the action: "538 tangkapan", "200 deportations".
    Action(CountKind),
    /// Police, officials, participants: counted, never arrested or rescued.
    Official,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CurPos {
    Pre,
    Post,
    Both,
}

/// Where a cue must stand: an active verb before the number takes it as its
/// object ("merekrut 50 WNI": recruited, victims), after it as its subject
/// ("12 orang yang merekrut": recruiters, involved).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Any,
    Before,
    After,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Qualifier(Qualifier),
    /// A verb or noun naming what happened to the counted people; `true` for
    /// the strong tier (arrested, sent home, rescued, still waiting), which
    /// outweighs a descriptive cue (victims, working) at equal distance; and
    /// the side of the number it must stand on, if any.
    Kind(CountKind, bool, Side),
    Money(CountKind),
    Cumulative,
    Block,
    /// The count is a part of the one before: "di antaranya", "including",
    /// "gelombang pertama", "the rest".
    Part,
    /// A phrase that only hides the cues inside it: "bekerja sama" is
    /// cooperation, not work.
    Mask,
}

struct Tables {
    words: Vec<(&'static str, Role, u64)>,
    word_index: WordIndex,
    nouns: Vec<(&'static str, NounClass)>,
    currencies: Vec<(&'static str, &'static str, CurPos)>,
    currency_index: WordIndex,
    /// The cue phrases, matched ignoring ASCII case.
    cues: Phrases,
    #[cfg(test)]
    cue_phrases: Vec<&'static str>,
    /// Per cue pattern: its roles (one or two), whether its last word may go
    /// on, and the only language it holds in (Malay "sehingga" is "up to").
    cue_roles: Vec<([Option<Cue>; 2], bool, Option<Lang>)>,
}

const NUMBER_WORDS: &str = crate::data_file::data_file!("number_words.tsv");
const COUNT_NOUNS: &str = crate::data_file::data_file!("count_nouns.tsv");
const CURRENCIES: &str = crate::data_file::data_file!("currencies.tsv");
const COUNT_CUES: &str = crate::data_file::data_file!("count_cues.tsv");

/// The tab-separated fields of each line that is not blank or a `#` comment.
fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let words: Vec<(&'static str, Role, u64)> = rows(NUMBER_WORDS)
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
                "official" => NounClass::Official,
                "arrest" => NounClass::Action(CountKind::Arrest),
                "repatriation" => NounClass::Action(CountKind::Repatriation),
                "rescue" => NounClass::Action(CountKind::Rescue),
                _ => return None,
            };
            Some((r[0], class))
        })
        .collect();
    let currencies: Vec<(&'static str, &'static str, CurPos)> = rows(CURRENCIES)
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
        let mut roles = [None; 2];
        for (slot, s) in roles.iter_mut().zip(r.get(1).unwrap_or(&"").split(',')) {
            *slot = parse_cue(s);
        }
        if roles[0].is_none() {
            continue;
        }
        let lang = match r.get(2).copied() {
            Some("ms") => Some(Lang::Ms),
            Some("id") => Some(Lang::Id),
            Some("en") => Some(Lang::En),
            _ => None,
        };
        let prefix = r[0].ends_with('*');
        patterns.push(r[0].trim_end_matches('*'));
        cue_roles.push((roles, prefix, lang));
    }
    let cues = Phrases::new(&patterns);
    Tables {
        word_index: WordIndex::new(words.iter().map(|e| e.0)),
        words,
        nouns,
        currency_index: WordIndex::new(currencies.iter().map(|e| e.0)),
        currencies,
        cues,
        #[cfg(test)]
        cue_phrases: patterns,
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
    if let Some((side, k)) = s.strip_prefix('k').and_then(|r| {
        let side = match r.chars().next()? {
            '<' => Side::Before,
            '>' => Side::After,
            _ => return None,
        };
        Some((side, &r[1..]))
    }) {
        let k = kind(k)?;
        let strong = matches!(
            k,
            CountKind::Arrest | CountKind::Repatriation | CountKind::Rescue
        );
        return Some(Cue::Kind(k, strong, side));
    }
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
        Some(("k", k)) => {
            let k = kind(k)?;
            let strong = matches!(
                k,
                CountKind::Arrest | CountKind::Repatriation | CountKind::Rescue
            );
            Cue::Kind(k, strong, Side::Any)
        }
        // A strong cue of a weak kind: "menunggu dipulangkan", "awaiting
        // deportation" are still there, not sent home.
        Some(("s", k)) => Cue::Kind(kind(k)?, true, Side::Any),
        Some(("m", k)) => Cue::Money(kind(k)?),
        _ => match s {
            "cum" => Cue::Cumulative,
            "block" => Cue::Block,
            "part" => Cue::Part,
            "none" => Cue::Mask,
            _ => return None,
        },
    })
}

fn number_word(s: &str) -> Option<(Role, u64)> {
    if !fits_key(s) {
        return None;
    }
    let t = &TABLES.words;
    TABLES.word_index.find(s).map(|i| (t[i].1, t[i].2))
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
    // Indian "Rs 1.5 lakh" is written so; Indonesian "RS" is a hospital
    // ("dirawat di RS 2 hari").
    if !fits_key(s) || s == "RS" {
        return None;
    }
    let t = &TABLES.currencies;
    let (_, code, pos) = t[TABLES.currency_index.find(s)?];
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
    one_of(
        w,
        &[
            "ribu", "juta", "miliar", "milyar", "triliun", "jt", "rb", "bilion", "trilion",
        ],
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
/// Where a cue may start: at the text's start or after a char that is not
/// alphanumeric.
fn word_start(before: Option<char>, _: char) -> bool {
    !before.is_some_and(char::is_alphanumeric)
}

fn cue_hits(text: &str, lang: Lang) -> Vec<CueHit> {
    let tables = &*TABLES;
    // Every match on word boundaries, then the leftmost-longest of them: a
    // longer phrase that fails its boundary ("sehingga total" in "sehingga
    // totalnya") must not hide the shorter ones inside it.
    let mut found: Vec<(usize, usize, bool, usize)> = Vec::new();
    // Matches come by start; the stable sort below keys on the start first,
    // so it orders them as it ordered the automaton's.
    for (start, mut end, pattern) in tables.cues.find_overlapping(text, word_start) {
        let (_, prefix, only) = tables.cue_roles[pattern];
        if only.is_some_and(|l| l != lang) {
            continue;
        }
        let rest = &text[end..];
        let word_goes_on = rest.chars().next().is_some_and(char::is_alphanumeric);
        let mut extended = false;
        if word_goes_on {
            extended = true;
            let word_len = rest
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len());
            // The possessive "-nya" leaves the word what it was:
            // "kerugiannya", "totalnya", "gajinya".
            let nya = rest[..word_len].eq_ignore_ascii_case("nya");
            if !prefix && !nya {
                continue;
            }
            end += word_len;
        }
        found.push((start, end, extended, pattern));
    }
    // Leftmost, then longest, then a whole-word match over a stretched one.
    crate::sort::sort_by(&mut found, |a, b| {
        a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2))
    });
    let mut out = Vec::new();
    let mut last_end = 0;
    for (start, end, _, pattern) in found {
        if start < last_end {
            continue;
        }
        last_end = end;
        for cue in tables.cue_roles[pattern]
            .0
            .into_iter()
            .flatten()
            .filter(|c| *c != Cue::Mask)
        {
            out.push(CueHit { start, end, cue });
        }
    }
    out
}

/// Words that end a clause: a cue beyond one speaks of something else.
/// Whether the quote mark `toks[j]` opens or closes a short quoted term
/// ("menyetor \"biaya proses\" sebesar Rp7,5 juta"): at most three words
/// and another quote mark, nothing else, on one side of it.
fn scare_quote(text: &str, toks: &[Tok], j: usize) -> bool {
    let is_mark = |t: &Tok| matches!(tok_str(text, t), "“" | "”" | "\"");
    if !is_mark(&toks[j]) {
        return false;
    }
    let closes = |range: &mut dyn Iterator<Item = &Tok>| {
        for (n, t) in range.enumerate() {
            if is_mark(t) {
                return n > 0;
            }
            if n == 3 || t.kind != TokKind::Word {
                return false;
            }
        }
        false
    };
    closes(&mut toks[j + 1..].iter()) || closes(&mut toks[..j].iter().rev())
}

fn breaks_clause(text: &str, t: &Tok) -> bool {
    let s = tok_str(text, t);
    match t.kind {
        // Parentheses do not end a clause: "26 WNI (warga negara Indonesia)
        // yang disekap".
        TokKind::Punct => matches!(s, ";" | ":" | "“" | "”" | "\""),
        TokKind::Word => one_of(
            s,
            &[
                "sedangkan",
                "sementara",
                "namun",
                "tetapi",
                "tapi",
                "adapun",
                "while",
                "whereas",
                "but",
                "meanwhile",
                "although",
                "manakala",
            ],
        ),
        TokKind::Num => false,
    }
}

/// How far a cue at `[cs, ce)` stands from the count at `[s, e)` within the
/// sentence's tokens, in words, with commas weighing more; `None` across a
/// clause break.
fn cue_distance(text: &str, toks: &[Tok], cs: usize, ce: usize, s: usize, e: usize) -> Option<u32> {
    cue_distance_skipping(text, toks, cs, ce, s, e, &[])
}

/// [`cue_distance`] where the byte ranges of `skip` (asides such as ",
/// including eight Vietnamese and five Indonesians,") weigh nothing, and a
/// cue inside one of them speaks of the aside, not of the count.
fn cue_distance_skipping(
    text: &str,
    toks: &[Tok],
    cs: usize,
    ce: usize,
    s: usize,
    e: usize,
    skip: &[(usize, usize)],
) -> Option<u32> {
    if skip.iter().any(|&(a, b)| cs >= a && cs < b) {
        return None;
    }
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
    for (j, t) in toks.iter().enumerate().take(hi).skip(lo) {
        if skip.iter().any(|&(a, b)| t.start >= a && t.start < b) {
            continue;
        }
        if breaks_clause(text, t) && !scare_quote(text, toks, j) {
            return None;
        }
        // Ages after names weigh little: "dua tersangka berinisial AS, 29,
        // dan RN, 37, ditangkap".
        let by_age = age_at(text, toks, j + 1) || (j > 0 && age_at(text, toks, j - 1));
        d += match t.kind {
            TokKind::Num if age_at(text, toks, j) => 0,
            TokKind::Punct if tok_str(text, t) == "," && by_age => 1,
            TokKind::Punct if tok_str(text, t) == "," => 3,
            TokKind::Punct => 0,
            _ => 1,
        };
    }
    Some(d)
}

/// Asides that name a part between commas: ", termasuk sembilan warga
/// Thailand,", ", many of them trafficked from Africa,". Byte ranges from
/// the opening comma to the end of the closing one.
fn asides(text: &str, toks: &[Tok], cues: &[CueHit]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !is_punct(text, toks, i, ",") {
            i += 1;
            continue;
        }
        // ", and 4,530 of them have been sent back": a coordinated clause
        // with its own verb, not an aside.
        let coordinated = ["and", "dan", "serta", "but", "tetapi", "while", "manakala"]
            .iter()
            .any(|w| is_word(text, toks, i + 1, w));
        let opens = !coordinated
            && toks.get(i + 1).is_some_and(|n| {
                let reach = toks.get(i + 3).map_or(n.end, |t| t.start);
                cues.iter()
                    .any(|c| c.cue == Cue::Part && c.start >= n.start && c.start <= reach)
            });
        // The aside ends at the first comma that does not go on with a list
        // of names: ", including Ethiopia, Kenya and the Philippines, remain".
        let close = (i + 2..toks.len()).find(|&j| {
            is_punct(text, toks, j, ",")
                && !toks.get(j + 1).is_some_and(|n| {
                    n.kind == TokKind::Word
                        && tok_str(text, n)
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                })
        });
        // ", menurut dia,", ", he said,": who says it, not what is counted.
        let said = toks.get(i + 1).is_some_and(|n| {
            n.kind == TokKind::Word
                && one_of(
                    tok_str(text, n),
                    &[
                        "menurut",
                        "kata",
                        "katanya",
                        "ujarnya",
                        "according",
                        "he",
                        "she",
                        "police",
                        "polis",
                        "polisi",
                    ],
                )
        }) && close.is_some_and(|j| {
            j <= i + 5
                && toks[i + 1..j].iter().any(|t| {
                    t.kind == TokKind::Word
                        && (one_of(tok_str(text, t), &["menurut", "according"])
                            || crate::recognize::speech::verb(tok_str(text, t)).is_some())
                })
        });
        match close {
            Some(j) if opens || said => {
                out.push((toks[i].start, toks[j].end));
                i = j;
            }
            _ => i += 1,
        }
    }
    out
}

// ---------------------------------------------------------------- counts

/// Words between a number and an English noun ("274 Indonesian nationals",
/// "1,000 foreign workers").
fn is_modifier(w: &str) -> bool {
    if w.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    one_of(
        w,
        &[
            "foreign",
            "more",
            "other",
            "suspected",
            "alleged",
            "migrant",
            "illegal",
            "undocumented",
            "local",
            "young",
            "new",
            "additional",
            "trafficked",
            "rescued",
            "stranded",
            "asing",
            "lain",
            "telecom",
            "fraud",
            "scam",
            "online",
            "cyber",
            "gang",
            "trafficking",
            "human",
            "gambling",
            "criminal",
            "crime",
            "job",
            "romance",
            "investment",
            "crypto",
            "call-centre",
            "call-center",
        ],
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
        if word_in(
            text,
            toks,
            k,
            &["the", "these", "those", "its", "their", "his", "her"],
        ) {
            k += 1;
        }
    }
    // "empat lagi suspek": four more suspects.
    if is_word(text, toks, k, "lagi") {
        k += 1;
    }
    // "bringing to 1,042 the number of Chinese workers sent home"
    if is_word(text, toks, k, "the")
        && (is_word(text, toks, k + 1, "number") || is_word(text, toks, k + 1, "total"))
        && is_word(text, toks, k + 2, "of")
    {
        k += 3;
    }
    let english_order = lang != Lang::Id;
    // "Of those arrested, 84 are Chinese, 29 are Indonesians": a breakdown
    // by nationality.
    if lang == Lang::En && word_in(text, toks, k, &["are", "were"]) {
        if let Some(t) = toks.get(k + 1).filter(|t| t.kind == TokKind::Word) {
            if demonym_plural(tok_str(text, t)) {
                return Some((NounClass::Person, t.start, t.end, k + 2));
            }
        }
    }
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
            // "the two police forces", "three police stations": the noun
            // names the kind of body counted, not people.
            if english_order
                && [
                    "forces",
                    "agencies",
                    "departments",
                    "stations",
                    "units",
                    "offices",
                ]
                .iter()
                .any(|b| is_word(text, toks, end_tok, b))
            {
                return None;
            }
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
            if class == NounClass::Person {
                // "500 pekerja migran korban penipuan", "12 warga Korsel
                // korban penyekapan": a victim or suspect noun in apposition
                // says who they are.
                // So does one after "yang menjadi" / "who are": "dua warga
                // Tiongkok yang diduga menjadi pengendali jaringan".
                let mut j = end_tok;
                let mut relative = false;
                while j < end_tok + if relative { 6 } else { 3 } {
                    let Some(t2) = toks.get(j).filter(|t| t.kind == TokKind::Word) else {
                        break;
                    };
                    let w2 = tok_str(text, t2);
                    if let Some(c2 @ (NounClass::Victim | NounClass::Suspect)) = noun(w2) {
                        class = c2;
                        if !relative {
                            unit_end = t2.end;
                            end_tok = j + 1;
                        }
                        break;
                    }
                    let link = one_of(
                        w2,
                        &[
                            "yang",
                            "diduga",
                            "menjadi",
                            "merupakan",
                            "who",
                            "were",
                            "are",
                            "allegedly",
                            "dipercayai",
                        ],
                    );
                    relative |= link;
                    let skippable = link
                        || w2.chars().next().is_some_and(char::is_uppercase)
                        || one_of(w2, &["migran", "asing", "negara"]);
                    if !skippable {
                        break;
                    }
                    j += 1;
                }
            }
            return Some((class, t.start, unit_end, end_tok));
        }
        // "2.145 calon pekerja migran", "30 mantan pekerja"
        let prefix = one_of(w, &["calon", "mantan", "eks", "bekas", "bakal"]);
        if !prefix && (!english_order || !is_modifier(w)) {
            return None;
        }
    }
    None
}

fn year_cue(w: &str) -> bool {
    one_of(
        w,
        &[
            "tahun",
            "year",
            "years",
            "sejak",
            "since",
            "pada",
            "in",
            "sepanjang",
            "during",
            "hingga",
            "sampai",
            "until",
            "akhir",
            "awal",
            "pertengahan",
            "end",
            "early",
            "late",
            "mid",
            "of",
            "by",
            "from",
            "dari",
            "tahun-tahun",
        ],
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
    // "US$", "S$", Brunei's "B$"
    if t.kind == TokKind::Word && is_punct(text, toks, i + 1, "$") && glued(toks, i, i + 1) {
        let mut buf = [0; 48];
        let code = match key(w, &mut buf) {
            Some("us") => "USD",
            Some("s") => "SGD",
            Some("b") => "BND",

            Some("a" | "au") => "AUD",
            Some("hk") => "HKD",
            Some("nt") => "TWD",
            _ => return None,
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

/// Whether the number at token `i` is an age between commas after a name:
/// "AS, 29, dan RN, 37,", "Tan Wei Ming, 45, was charged".
fn age_at(text: &str, toks: &[Tok], i: usize) -> bool {
    let name_before = i > 1
        && toks[i - 2].kind == TokKind::Word
        && tok_str(text, &toks[i - 2])
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    toks.get(i).is_some_and(|t| t.kind == TokKind::Num)
        && name_before
        && is_punct(text, toks, i - 1, ",")
        && toks.get(i + 1).is_none_or(|n| {
            n.kind == TokKind::Punct && matches!(tok_str(text, n), "," | "." | ";" | ")")
        })
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
        if !has_currency && age_at(text, toks, i) {
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

/// Whether a block cue ends right before `pos`: only spaces, dots, or a
/// range's opening word ("aged between 17", "berusia antara 20") between.
fn blocked_at(text: &str, cues: &[CueHit], pos: usize) -> bool {
    cues.iter().any(|c| {
        if c.cue != Cue::Block || c.end > pos {
            return false;
        }
        let gap = text[c.end..pos].trim_matches(|ch: char| ch.is_whitespace() || ch == '.');
        gap.is_empty() || one_of(gap, &["between", "antara", "from"])
    })
}

/// Whether the number at token `i` closes a range whose first number is
/// blocked: "aged between 17 and 64", "berusia 20 hingga 38".
fn upper_of_blocked_range(text: &str, toks: &[Tok], cues: &[CueHit], i: usize) -> bool {
    let (Some(j), Some(n)) = (i.checked_sub(1), i.checked_sub(2)) else {
        return false;
    };
    let w = tok_str(text, &toks[j]);
    let joiner = one_of(w, &["and", "to", "dan", "hingga", "sampai", "-", "–", "—"]);
    // Days of a month: "between November 14 and 15", "antara 14 dan 15 Mei".
    let month = |k: usize| {
        toks.get(k)
            .is_some_and(|t| super::dates::month_of(tok_str(text, t)).is_some())
    };
    joiner
        && toks[n].kind == TokKind::Num
        && (blocked_at(text, cues, toks[n].start) || month(n.wrapping_sub(1)) || month(i + 1))
}

/// A count found at a token, and where the scan goes on.
struct Found {
    count: Count,
    /// The token after the count.
    next: usize,
    /// The token where the upper bound of a range starts ("20 hingga 30
    /// orang", "Rp 4 juta hingga Rp 6 juta"): read next as its own count.
    upper: Option<usize>,
    /// Whether a court cue settled the kind ("tujuh lainnya masih menjalani
    /// proses hukum"): no whole or neighbour changes it.
    settled: bool,
}

fn scan_sentence(ctx: &Context, toks: &[Tok], cues: &[CueHit], out: &mut Vec<Count>) {
    let mut i = 0;
    let mut upper = None;
    let sentence_first = out.len();
    // Per count of this sentence: whether its kind is settled.
    let mut settled = Vec::new();
    let asides = asides(ctx.text, toks, cues);
    while i < toks.len() {
        let forced = upper == Some(i);
        let at = Scan {
            cues,
            asides: &asides,
            sentence_first,
            forced,
        };
        match try_count(ctx, toks, &at, i, out) {
            Some(found) => {
                out.push(found.count);
                settled.push(found.settled);
                upper = found.upper;
                i = found.upper.unwrap_or(found.next).max(i + 1);
            }
            None => {
                upper = None;
                i += 1;
            }
        }
    }
    parts_summing_to_a_whole(toks, out, sentence_first, &settled);
    coordinated_share_a_kind(ctx.text, cues, out, sentence_first, &settled);
}

/// Counts joined by "dan", "and", a comma or a nationality between ("Some
/// 260 Indonesians and about 150 Kenyans were…", "26 rakyat Malaysia dan 5
/// warga Indonesia diselamatkan"), with the place of the first and the
/// qualifier of the second ("120,000 people in Myanmar and roughly 100,000
/// in Cambodia may have been held…"), share one predicate: one whose kind
/// was left as other takes its neighbour's.
/// Whether a count counts police, officials or participants, whose kind no
/// neighbour changes.
fn official(c: &Count) -> bool {
    c.unit.as_deref().and_then(noun) == Some(NounClass::Official)
}

fn coordinated_share_a_kind(
    text: &str,
    cues: &[CueHit],
    out: &mut [Count],
    first: usize,
    settled: &[bool],
) {
    let n = out.len();
    if n < first + 2 {
        return;
    }
    for _ in 0..2 {
        for a in first..n - 1 {
            let (x, y) = (&out[a], &out[a + 1]);
            if x.currency.is_some()
                || y.currency.is_some()
                || x.span.1 > y.span.0
                || official(x)
                || official(y)
                || settled.get(a - first).copied().unwrap_or(false)
                || settled.get(a + 1 - first).copied().unwrap_or(false)
            {
                continue;
            }
            let gap = &text[x.span.1..y.span.0];
            // A qualifier before the second count ("roughly", "sekitar").
            let qualified = |w: &str| {
                let at = w.as_ptr() as usize - text.as_ptr() as usize;
                cues.iter()
                    .any(|c| matches!(c.cue, Cue::Qualifier(_)) && c.start <= at && at < c.end)
            };
            let words: Vec<&str> = gap.split_whitespace().collect();
            let capital = |w: Option<&&str>| {
                w.and_then(|w| w.chars().next())
                    .is_some_and(char::is_uppercase)
            };
            let joined = words.len() <= 6
                && words.iter().enumerate().all(|(k, w)| {
                    let w = w.trim_matches(',');
                    w.is_empty()
                        || one_of(w, &["dan", "and", "serta", "&"])
                        || w.chars().next().is_some_and(char::is_uppercase)
                        || (one_of(w, &["di", "dari", "in", "from"]) && capital(words.get(k + 1)))
                        || qualified(w)
                });
            if !joined {
                continue;
            }
            match (x.kind, y.kind) {
                (CountKind::Other, k) if k != CountKind::Other => out[a].kind = k,
                (k, CountKind::Other) if k != CountKind::Other => out[a + 1].kind = k,
                _ => {}
            }
        }
    }
}

/// Counts of a sentence that add up to a count just before ("14 rakyat
/// Malaysia diselamatkan. Sembilan lelaki dan lima wanita…") are its parts
/// and share its kind, whatever their own clause describes.
fn parts_summing_to_a_whole(toks: &[Tok], out: &mut [Count], first: usize, settled: &[bool]) {
    let n = out.len();
    for a in first..n {
        let mut sum: u64 = 0;
        for b in a..n.min(a + 8) {
            if out[b].currency.is_some() || official(&out[b]) {
                break;
            }
            sum = sum.saturating_add(out[b].value);
            if b == a {
                continue;
            }
            let whole = out[..a]
                .iter()
                .rev()
                .filter(|p| p.currency.is_none())
                .take_while(|p| near(p, toks))
                .find(|p| p.value == sum && p.kind != CountKind::Other)
                .map(|p| p.kind);
            if let Some(kind) = whole {
                for (j, c) in out[a..=b].iter_mut().enumerate() {
                    let action = matches!(
                        c.kind,
                        CountKind::Arrest | CountKind::Repatriation | CountKind::Rescue
                    );
                    if !action && !settled.get(a + j - first).copied().unwrap_or(false) {
                        c.kind = kind;
                    }
                }
            }
        }
    }
}

/// "di antaranya", "di antara mereka", "of them", "of whom", "among them":
/// a count whose noun is the one before. Returns the token after.
fn anaphor(text: &str, toks: &[Tok], k: usize) -> Option<usize> {
    if is_word(text, toks, k, "di") && is_word(text, toks, k + 1, "antaranya") {
        return Some(k + 2);
    }
    // Malay "antaranya", "daripadanya"
    if is_word(text, toks, k, "antaranya") || is_word(text, toks, k, "daripadanya") {
        return Some(k + 1);
    }
    if is_word(text, toks, k, "di")
        && is_word(text, toks, k + 1, "antara")
        && is_word(text, toks, k + 2, "mereka")
    {
        return Some(k + 3);
    }
    if (is_word(text, toks, k, "of") || is_word(text, toks, k, "among"))
        && word_in(text, toks, k + 1, &["them", "whom", "those", "these"])
    {
        return Some(k + 2);
    }
    if is_word(text, toks, k, "daripada") && is_word(text, toks, k + 1, "mereka") {
        return Some(k + 2);
    }
    None
}

/// Whether words of a range join the number ending before token `k` to
/// another: "-", "hingga", "sampai", "to", or "dan"/"and" after "antara"/
/// "between" before the first number at `first`.
fn range_joint(text: &str, toks: &[Tok], first: usize, k: usize) -> bool {
    let between = first > 0
        && (is_word(text, toks, first - 1, "antara") || is_word(text, toks, first - 1, "between"));
    is_punct(text, toks, k, "-")
        || is_punct(text, toks, k, "–")
        || word_in(text, toks, k, &["hingga", "sampai", "sehingga", "to"])
        || (between && (is_word(text, toks, k, "dan") || is_word(text, toks, k, "and")))
}

/// The demonstrative after a counted noun that makes it a back-reference:
/// "sembilan orang itu", "64 orang tersebut".
fn demonstrative_after(text: &str, toks: &[Tok], k: usize) -> bool {
    word_in(text, toks, k, &["itu", "tersebut", "ini"])
}

/// A relative clause after the counted noun ("47 rakyat Malaysia yang
/// diperdaya…", "300 people who were lured…"): its verbs describe the
/// people, the main verb after it says what happened to them.
fn relative_after(text: &str, toks: &[Tok], k: usize) -> bool {
    // Names and parentheses may stand between: "64 warga Korea Selatan
    // (Korsel) yang…", "300 Indonesian nationals, who…".
    for t in toks.iter().skip(k).take(14) {
        let w = tok_str(text, t);
        if t.kind == TokKind::Word && one_of(w, &["yang", "who", "whom", "which", "that"]) {
            return true;
        }
        // An English participle right after the noun is a reduced relative:
        // "63 Koreans detained in a crackdown will be flown home".
        let participle = (w.len() > 4 && w.ends_with("ed"))
            || one_of(
                w,
                &[
                    "held", "caught", "taken", "brought", "kept", "sent", "found",
                ],
            );
        if t.kind == TokKind::Word && participle {
            return true;
        }
        let passes = match t.kind {
            TokKind::Punct => matches!(w, "(" | ")" | ","),
            // "9 warga asing yang…", "20 Vietnamese citizens freed…", "27
            // pekerja migran asal NTT yang…"
            TokKind::Word => {
                is_modifier(w)
                    || noun(w).is_some()
                    || one_of(w, &["asal", "dari", "from", "migran"])
            }
            TokKind::Num => false,
        };
        if !passes {
            return false;
        }
    }
    false
}

/// What a sentence's scan knows around one token.
struct Scan<'a> {
    cues: &'a [CueHit],
    asides: &'a [(usize, usize)],
    /// The index in the output of the sentence's first count.
    sentence_first: usize,
    /// The token is the upper bound of a range.
    forced: bool,
}

#[allow(clippy::too_many_lines)]
fn try_count(ctx: &Context, toks: &[Tok], at: &Scan, i: usize, out: &[Count]) -> Option<Found> {
    let text = ctx.text;
    let (cues, forced) = (at.cues, at.forced);
    if is_word(text, toks, i.wrapping_sub(1), "salah") {
        return None; // "salah satu korban": one of the victims, not a count
    }
    // "Rizky adalah satu dari 554 WNI", "one of the deportees", "satu
    // daripada ratusan mangsa": one person picked out of a group, not a
    // count. Not "satu dari Sumenep", where "dari" says where from.
    if word_in(text, toks, i, &["satu", "one", "seorang"])
        && word_in(text, toks, i + 1, &["dari", "daripada", "of"])
        && toks.get(i + 2).is_some_and(|t| {
            let w = tok_str(text, t);
            t.kind == TokKind::Num
                || number_word(w).is_some()
                || one_of(
                    w,
                    &[
                        "the",
                        "those",
                        "them",
                        "these",
                        "para",
                        "mereka",
                        "ratusan",
                        "ribuan",
                        "puluhan",
                        "rombongan",
                    ],
                )
        })
    {
        return None;
    }
    // "every one of them", "each one", "no one": a quantifier, not a count.
    if is_word(text, toks, i, "one")
        && word_in(
            text,
            toks,
            i.wrapping_sub(1),
            &["every", "each", "no", "any"],
        )
    {
        return None;
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
    if nt.kind == TokKind::Word {
        let w = tok_str(text, nt);
        // "twenty-one" is one token.
        let hyphenated = w.contains('-') && w.split('-').all(|p| number_word(p).is_some());
        if number_word(w).is_none() && !hyphenated {
            return None;
        }
    }
    let has_pre = currency.is_some();
    if nt.kind == TokKind::Num && !forced && refused_shape(text, toks, num_at, has_pre) {
        return None;
    }
    let mut read = read_number(text, toks, num_at, ctx.lang, currency)?;
    let start_tok = i;
    let span_start = toks[start_tok].start;
    // Blocked: "Pasal 2", "No. 5", "pukul 10", "aged between 17 and 64"
    // (both ends of the range).
    if blocked_at(text, cues, span_start) || upper_of_blocked_range(text, toks, cues, i) {
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
    let mut qualifier = if forced { Some(Qualifier::UpTo) } else { None };
    let mut upper = None;
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
    } else if !forced && range_joint(text, toks, start_tok, k) {
        // "20 hingga 30 orang", "Rp 4 juta hingga Rp 6 juta", "between 300
        // and 500 people": two counts, the lower bound `at_least` and the
        // upper one `up_to`, both of the noun after the upper one.
        let (cur2, at2) = match pre_currency(text, toks, k + 1) {
            Some((code, j)) if currency == Some(code) => (Some(code), j),
            _ => (currency, k + 1),
        };
        if let Some(r2) = read_number(text, toks, at2, ctx.lang, cur2) {
            // Days of a month: "dari 1 hingga 30 September".
            let month = toks
                .get(r2.end)
                .is_some_and(|t| super::dates::month_of(tok_str(text, t)).is_some());
            if month && currency.is_none() {
                return None;
            }
            if r2.value > read.value && r2.digits == read.digits {
                qualifier = Some(Qualifier::AtLeast);
                upper = Some(k + 1);
                if currency.is_none() {
                    k = r2.end;
                }
            }
        }
    }
    // Money, or a counted noun.
    let mut elided_kind = None;
    let (unit, span_end, next, class) = if let Some(code) = currency {
        let end = toks[read.end - 1].end;
        (code.to_string(), end, read.end, None)
    } else if let Some((code, end, next)) = post_currency(text, toks, k) {
        currency = Some(code);
        (code.to_string(), end, next, None)
    } else if let Some((class, us, ue, next)) = read_noun(text, toks, k, ctx.lang) {
        // "Jumlah pemain judol … tercatat 1,06 juta orang": the noun after
        // "jumlah" / "the number of" says who the plain "orang" are.
        let class = match class {
            NounClass::Person => counted_subject(text, toks, start_tok).unwrap_or(class),
            c => c,
        };
        (text[us..ue].to_string(), ue, next, Some(class))
    } else if let Some((class, unit)) = part_of_following(text, toks, k, ctx.lang) {
        // "40 of the 62 people detained", "3 dari 10 korban": the part
        // takes the noun of the whole that follows; the whole is read next.
        (unit, toks[read.end - 1].end, k, Some(class))
    } else if let Some((p, next)) = elided(
        text,
        toks,
        qualified_start(text, toks, cues, start_tok),
        k,
        &out[at.sentence_first..],
    ) {
        // "45 orang Tiongkok, 12 Vietnam dan 3 Indonesia", "330 Koreans were
        // kidnapped, up from 220 last year": the noun of the count before.
        elided_kind = Some(p.kind);
        let class = p
            .unit
            .as_deref()
            .and_then(noun)
            .unwrap_or(NounClass::Person);
        (
            p.unit.clone().unwrap_or_default(),
            toks[read.end - 1].end,
            next,
            Some(class),
        )
    } else if let Some(p) = running_total(text, toks, cues, start_tok, &out[at.sentence_first..]) {
        // "…, bringing the total number returned this year to 1,412": the
        // noun of the count before, the verb of the total's own clause.
        let class = p
            .unit
            .as_deref()
            .and_then(noun)
            .unwrap_or(NounClass::Person);
        (
            p.unit.clone().unwrap_or_default(),
            toks[read.end - 1].end,
            k,
            Some(class),
        )
    } else if let Some((class, unit)) = number_subject(
        text,
        toks,
        qualified_start(text, toks, cues, start_tok),
        ctx.lang,
    ) {
        // "The number of Indonesians repatriated this year rose to 1,900",
        // "jumlah WNI yang dipulangkan mencapai 1.900": the noun after
        // "number of" / "jumlah", the verb of the clause.
        (unit, toks[read.end - 1].end, k, Some(class))
    } else {
        let next = anaphor(text, toks, k)?;
        let p = out[..]
            .iter()
            .rev()
            .find(|p| p.currency.is_none())
            .filter(|p| near(p, toks))?;
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
    if upper.is_some() && currency.is_none() {
        read.end = k;
    }
    if currency.is_none() && read.value == 0 {
        return None;
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
            if !forced && (qualifier.is_none() || q != Qualifier::Exact) {
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
    let relative = class.is_some() && relative_after(text, toks, next);
    // A count inside an aside is weighed as the whole aside: the verbs
    // around it are those of the people it is a part of.
    let inside = at
        .asides
        .iter()
        .find(|&&(a, b)| span.0 >= a && span.1 <= b)
        .copied();
    let skip: Vec<(usize, usize)> = at
        .asides
        .iter()
        .filter(|&&r| Some(r) != inside)
        .copied()
        .collect();
    let kind_span = inside.map_or(span, |(a, b)| Span(a, b));
    let own = elided_kind;
    let (mut kind, settled) = choose_kind(
        text,
        toks,
        cues,
        &skip,
        kind_span,
        class,
        currency.is_some(),
        relative,
        out[at.sentence_first..].last().map(|p| p.span),
    );
    // The borrowed kind, unless it is other and the count's own clause
    // says more ("120,000 people in Myanmar and about 100,000 in Cambodia
    // may have been held in compounds": the predicate follows the second).
    if let Some(k) = own.filter(|&k| !settled && k != CountKind::Other) {
        kind = k;
    }
    // A part named in an aside right after its whole is of the whole's kind,
    // whatever the next clause does: "menangkap 27 tersangka, termasuk 9
    // warga Korea, dan membebaskan 14 korban".
    if let (Some((a, _)), Some(p)) = (inside, out[at.sentence_first..].last()) {
        let rest_of_noun = text.get(p.span.1..a).is_some_and(|g| {
            g.split_whitespace()
                .all(|w| noun(w).is_some() || is_modifier(w))
        });
        if currency.is_none()
            && p.currency.is_none()
            && rest_of_noun
            && p.value > read.value
            && !settled
        {
            kind = p.kind;
        }
    }
    if currency.is_some() {
        // "2 billion yuan (about 274 million U.S. dollars)": a conversion.
        if let Some(p) = out.last().filter(|p| p.currency.is_some()) {
            let paren = span_start > 0
                && p.span.1 <= span_start
                && text[..span_start].trim_end().ends_with('(')
                && text[p.span.1..span_start]
                    .trim_matches([' ', '('])
                    .is_empty();
            // "Rp 47 triliun, turun dari sekitar Rp 90 triliun", "RM5 juta
            // berbanding RM3 juta", "up from $2 billion": the figure compared
            // is money of the same kind, unless its own words say otherwise.
            let gap = text.get(p.span.1..span_start).unwrap_or("");
            let words: Vec<&str> = gap
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let compared = p.currency.as_deref() == currency
                && words.len() <= 6
                && !gap.contains(['.', ';', '!', '?'])
                && words.iter().any(|w| {
                    one_of(
                        w,
                        &[
                            "dari",
                            "daripada",
                            "berbanding",
                            "dibandingkan",
                            "from",
                            "compared",
                            "than",
                        ],
                    )
                })
                && !cues.iter().any(|c| {
                    matches!(c.cue, Cue::Money(_)) && c.start >= p.span.1 && c.end <= span_start
                });
            if paren || compared {
                kind = p.kind;
            }
        }
    } else if kind == CountKind::Other && class == Some(NounClass::Person) && !settled {
        // A part takes the kind of its whole: "Dari jumlah itu, 41 di
        // antaranya perempuan", "including 22 Chinese nationals", "gelombang
        // pertama berjumlah 400 orang".
        let part = anaphor(text, toks, read.end).is_some()
            || cues.iter().any(|c| {
                c.cue == Cue::Part
                    && (c.end <= span.0
                        || cue_distance(text, toks, c.start, c.end, span.0, span.1)
                            .is_some_and(|d| d <= 3))
            });
        if part {
            if let Some(whole) = out
                .iter()
                .rev()
                .filter(|p| p.currency.is_none())
                .take_while(|p| near(p, toks))
                .find(|p| {
                    !matches!(p.kind, CountKind::Other | CountKind::Losses) && p.value >= read.value
                })
            {
                kind = whole.kind;
            }
        }
    }
    let cumulative = cues.iter().any(|c| {
        c.cue == Cue::Cumulative
            && cue_distance(text, toks, c.start, c.end, span.0, span.1).is_some_and(|d| d <= 10)
    });
    // A running total of people ("sehingga totalnya menjadi 569 orang",
    // "bringing the total to 1,500") adds to the count before it.
    if cumulative && kind == CountKind::Other && class == Some(NounClass::Person) && !settled {
        if let Some(p) = out
            .iter()
            .rev()
            .filter(|p| p.currency.is_none())
            .take_while(|p| near(p, toks))
            .find(|p| p.kind != CountKind::Other && p.value <= read.value)
        {
            kind = p.kind;
        }
    }
    // A back-reference to people counted before ("sembilan orang itu") is the
    // same count unless its own clause says more; a vague one ("ratusan WNI
    // itu") with nothing before to point at is no new figure.
    if class.is_some() && demonstrative_after(text, toks, next) {
        // Bounded: a back-reference points at something said recently.
        let same = out
            .iter()
            .rev()
            .take(200)
            .find(|p| p.value == read.value && p.currency.is_none());
        match same {
            Some(p) if kind == CountKind::Other && !settled => kind = p.kind,
            None if read.vague => return None,
            _ => {}
        }
    }
    // A figure pointed back at with a determiner before it ("The 14
    // Indonesians told investigators…", "Kesemua 17 mangsa dijangka…") is
    // the count already made, not a new one.
    let pointed = word_in(
        text,
        toks,
        start_tok.wrapping_sub(1),
        &[
            "the", "these", "those", "all", "kesemua", "semua", "seluruh",
        ],
    );
    if pointed
        && class.is_some()
        && out
            .iter()
            .rev()
            .take(200)
            .any(|p| p.value == read.value && p.currency.is_none())
    {
        return None;
    }
    // A part named after its whole in the same clause: "Dari 27 orang itu,
    // 19 laki-laki dan delapan perempuan".
    if kind == CountKind::Other && class == Some(NounClass::Person) && !settled {
        if let Some(p) = out[at.sentence_first..].iter().rev().find(|p| {
            p.currency.is_none()
                && p.kind != CountKind::Other
                && p.value > read.value
                && cue_distance(text, toks, p.span.0, p.span.1, span.0, span.1).is_some()
        }) {
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
    Some(Found {
        count,
        next,
        upper,
        settled,
    })
}

/// Whether the cue at `cue` is the verb that opens a relative clause right
/// after the counted noun ending at `from`: only names, parentheses,
/// relative pronouns and auxiliaries stand between.
fn opens_relative(text: &str, toks: &[Tok], from: usize, cue: usize) -> bool {
    let lo = toks.partition_point(|t| t.start < from);
    let hi = toks.partition_point(|t| t.start < cue);
    toks[lo..hi].iter().all(|t| {
        let w = tok_str(text, t);
        match t.kind {
            TokKind::Punct => matches!(w, "(" | ")" | ","),
            TokKind::Num => false,
            TokKind::Word => {
                is_modifier(w)
                    || noun(w).is_some()
                    || one_of(
                        w,
                        &[
                            "yang",
                            "who",
                            "which",
                            "that",
                            "were",
                            "was",
                            "had",
                            "have",
                            "has",
                            "been",
                            "being",
                            "are",
                            "is",
                            "telah",
                            "sudah",
                            "sempat",
                            "berhasil",
                            "diduga",
                            "dipercayai",
                            "reportedly",
                            "allegedly",
                        ],
                    )
            }
        }
    })
}

/// The noun after "jumlah", "number of", "total" a few words before the
/// number at `start`, when it says more than "people".
fn counted_subject(text: &str, toks: &[Tok], start: usize) -> Option<NounClass> {
    let from = start.saturating_sub(12);
    for j in (from..start).rev() {
        let t = &toks[j];
        if breaks_clause(text, t) {
            return None;
        }
        if t.kind == TokKind::Word
            && one_of(tok_str(text, t), &["jumlah", "number", "total", "bilangan"])
        {
            let mut n = j + 1;
            while is_word(text, toks, n, "of") || is_word(text, toks, n, "the") {
                n += 1;
            }
            let w = toks.get(n).filter(|t| t.kind == TokKind::Word)?;
            return noun(tok_str(text, w)).filter(|c| *c != NounClass::Person);
        }
    }
    None
}

/// "of the 62 people", "dari 10 korban" after a number: the class and unit
/// of the whole it is a part of.
fn part_of_following(
    text: &str,
    toks: &[Tok],
    k: usize,
    lang: Lang,
) -> Option<(NounClass, String)> {
    let mut j = k;
    if is_word(text, toks, j, "of") && is_word(text, toks, j + 1, "the") {
        j += 2;
    } else if is_word(text, toks, j, "dari") || is_word(text, toks, j, "daripada") {
        j += 1;
    } else {
        return None;
    }
    let whole = read_number(text, toks, j, lang, None)?;
    let (class, us, ue, _) = read_noun(text, toks, whole.end, lang)?;
    Some((class, text[us..ue].to_string()))
}

/// A number whose noun is left out in a list or a comparison after a count
/// of the same sentence: the connector before it, the count before within a
/// few words, and nothing after it that could be another unit ("2 mobil",
/// "5 negara", "3 hari"). Returns that count and the token after.
fn elided<'c>(
    text: &str,
    toks: &[Tok],
    start: usize,
    k: usize,
    sentence: &'c [Count],
) -> Option<(&'c Count, usize)> {
    let p = sentence.last().filter(|p| p.currency.is_none())?;
    let connector = |j: usize| {
        let Some(t) = toks.get(j) else { return false };
        let w = tok_str(text, t);
        w == ","
            || one_of(
                w,
                &[
                    "dan",
                    "and",
                    "serta",
                    "atau",
                    "or",
                    "from",
                    "dari",
                    "daripada",
                    "berbanding",
                    "dibandingkan",
                    "versus",
                    "vs",
                    "including",
                    "termasuk",
                ],
            )
    };
    if start == 0 || !connector(start - 1) {
        return None;
    }
    // A comparison reaches back over the clause: "330 Koreans were
    // reported kidnapped this year, up from 220 last year".
    // So does a part: "hundreds of thousands of people have been trafficked
    // into scam centres across the region, including 120,000 in Myanmar".
    let comparison = word_in(
        text,
        toks,
        start - 1,
        &[
            "from",
            "dari",
            "daripada",
            "berbanding",
            "dibandingkan",
            "including",
            "termasuk",
        ],
    );
    let gap = toks[..start]
        .iter()
        .rev()
        .take_while(|t| t.start >= p.span.1)
        .count();
    if gap > if comparison { 20 } else { 6 } {
        return None;
    }
    let ok_after = match toks.get(k) {
        None => true,
        Some(t) if t.kind == TokKind::Punct => !matches!(tok_str(text, t), "%" | "/" | ":"),
        Some(t) if t.kind == TokKind::Num => false,
        Some(t) => {
            let w = tok_str(text, t);
            w.chars().next().is_some_and(char::is_uppercase)
                || one_of(
                    w,
                    &[
                        "in",
                        "on",
                        "pada",
                        "di",
                        "dari",
                        "from",
                        "asal",
                        "dan",
                        "and",
                        "serta",
                        "lagi",
                        "masih",
                        "were",
                        "was",
                        "are",
                        "is",
                        "last",
                        "this",
                        "sepanjang",
                        "adalah",
                        "merupakan",
                        "yang",
                        "who",
                    ],
                )
        }
    };
    ok_after.then_some((p, k))
}

/// The token where a qualifier right before the number at `i` starts ("at
/// least 120,000"), else `i`.
fn qualified_start(text: &str, toks: &[Tok], cues: &[CueHit], i: usize) -> usize {
    let Some(t) = toks.get(i) else { return i };
    let Some(c) = cues.iter().rev().find(|c| {
        matches!(c.cue, Cue::Qualifier(_))
            && c.end <= t.start
            && text[c.end..t.start].trim().is_empty()
    }) else {
        return i;
    };
    toks[..i]
        .iter()
        .rposition(|t| t.start == c.start)
        .unwrap_or(i)
}

/// The count of the sentence that a bare running total at token `start`
/// ("bringing the total to 1,412", "sehingga total menjadi 1.412") adds
/// up: the number follows "to" / "menjadi" / "mencapai" within a few words
/// of a running-total cue.
fn running_total<'c>(
    text: &str,
    toks: &[Tok],
    cues: &[CueHit],
    start: usize,
    sentence: &'c [Count],
) -> Option<&'c Count> {
    let p = sentence.last().filter(|p| p.currency.is_none())?;
    let before = start.checked_sub(1)?;
    if !word_in(text, toks, before, &["to", "menjadi", "mencapai", "kepada"]) {
        return None;
    }
    let from = toks.get(before.saturating_sub(10))?.start;
    let at = toks[before].start;
    cues.iter()
        .any(|c| c.cue == Cue::Cumulative && c.start >= from && c.end <= at && c.start >= p.span.1)
        .then_some(p)
}

/// Whether an earlier count is close enough before the sentence of `toks` to
/// be the whole that a part or an anaphor refers to.
fn near(p: &Count, toks: &[Tok]) -> bool {
    toks.first().is_some_and(|t| p.span.1 + 1500 >= t.start)
}

/// How many words farther a descriptive cue (victims, working, trapped)
/// counts than an action verb: "Enam mahasiswa berhasil melarikan diri …
/// dan kembali ke Indonesia" were sent home, whatever else they did.
const WEAK_PENALTY: u32 = 4;

/// The subject of a figure given as the value of "the number of …" /
/// "jumlah …" ("The number of Indonesians repatriated … rose to 1,900",
/// "bringing the number returned to China … to 1,041", "jumlah WNI yang
/// dipulangkan mencapai 1.900"): the class and noun of the people counted,
/// or `None` when the number counts something else ("the number of days").
fn number_subject(
    text: &str,
    toks: &[Tok],
    start: usize,
    lang: Lang,
) -> Option<(NounClass, String)> {
    // The linking word is before the qualifier ("rose to about 1,900") or is
    // the qualifier itself ("mencapai 1.900", "seramai 87").
    let links = |j: usize| {
        toks.get(j).is_some_and(|t| {
            one_of(
                tok_str(text, t),
                &[
                    "to",
                    "reached",
                    "hit",
                    "menjadi",
                    "mencapai",
                    "berjumlah",
                    "sebanyak",
                    "seramai",
                    "mencecah",
                ],
            )
        })
    };
    let before = start.checked_sub(1)?;
    let before = if links(start) && !links(before) {
        start
    } else {
        before
    };
    if !links(before) {
        return None;
    }
    for j in (before.saturating_sub(14)..before).rev() {
        let t = &toks[j];
        if breaks_clause(text, t) || is_punct(text, toks, j, ",") {
            return None;
        }
        if !one_of(tok_str(text, t), &["number", "jumlah", "bilangan"])
            || is_word(text, toks, j.wrapping_sub(1), "a")
        {
            continue;
        }
        let mut n = j + 1;
        while is_word(text, toks, n, "of") || is_word(text, toks, n, "the") {
            n += 1;
        }
        if n >= before {
            return None;
        }
        let t = toks.get(n).filter(|t| t.kind == TokKind::Word)?;
        let w = tok_str(text, t);
        if let Some(class) = noun(w) {
            return Some((class, w.to_string()));
        }
        if lang != Lang::Id && demonym_plural(w) {
            return Some((NounClass::Person, w.to_string()));
        }
        // "the number returned", "jumlah yang dipulangkan": people.
        let participle = lang == Lang::En && w.len() > 3 && w.ends_with("ed");
        return (eq_word(w, "yang") || participle).then(|| (NounClass::Person, String::new()));
    }
    None
}

/// Whether a clause joiner (a comma, "dan", "and", "while"…) stands between
/// byte offsets `from` and `to`.
fn joiner_between(text: &str, toks: &[Tok], from: usize, to: usize) -> bool {
    toks.iter()
        .filter(|t| t.start >= from && t.end <= to)
        .any(|t| is_joiner(text, t))
}

fn is_joiner(text: &str, t: &Tok) -> bool {
    one_of(
        tok_str(text, t),
        &[
            ",",
            ";",
            "dan",
            "and",
            "serta",
            "while",
            "whereas",
            "sementara",
            "sedangkan",
            "manakala",
        ],
    )
}

/// Whether a new counted subject starts between byte offsets `from` and
/// `to`: a number right after a joiner ("Dari 52 WNI yang ditahan, 30 orang
/// telah dideportasi"); a verb beyond it is that subject's.
fn new_subject_between(text: &str, toks: &[Tok], from: usize, to: usize) -> bool {
    toks.windows(2)
        .filter(|w| w[0].start >= from && w[1].end <= to)
        .any(|w| {
            is_joiner(text, &w[0])
                && (w[1].kind == TokKind::Num
                    || number_word(tok_str(text, &w[1])).is_some()
                    // a part of them: "…, sebagian besar ditangkap di Jakarta"
                    || one_of(tok_str(text, &w[1]), &["sebagian", "sebahagian", "kebanyakan", "most", "some", "many", "mayoritas", "majoriti"]))
        })
}

/// Whether only "dan", "and", "serta" or a comma, after the rest of the
/// noun before, stands between byte offsets `from` and `to`: two counts in
/// one list ("612 Chinese nationals and 238 Vietnamese").
fn conjoined(text: &str, from: usize, to: usize) -> bool {
    let Some(gap) = text.get(from..to) else {
        return false;
    };
    let words: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let joins = |w: &str| one_of(w, &["dan", "and", "serta"]);
    let joiners = words.iter().filter(|w| joins(w)).count() + gap.matches(',').count();
    joiners == 1
        && words.len() <= 3
        && words
            .iter()
            .all(|w| joins(w) || noun(w).is_some() || is_modifier(w))
        && words.last().is_none_or(|w| joins(w))
}

/// The action that follows a state after the count at `span`, joined to it
/// by "dan", "and" or a word of schedule: "masih berada di Kamboja dan
/// dijadwalkan dipulangkan", "yang masih di pusat tahanan dijangka dibawa
/// pulang", "are still held and will be deported".
fn fate(
    text: &str,
    toks: &[Tok],
    cues: &[CueHit],
    skip: &[(usize, usize)],
    span: Span,
) -> Option<CountKind> {
    let action = |k| {
        matches!(
            k,
            CountKind::Arrest | CountKind::Repatriation | CountKind::Rescue
        )
    };
    let still = cues.iter().find(|c| {
        c.start >= span.1
            && matches!(c.cue, Cue::Kind(k, true, _) if !action(k) && k != CountKind::Other)
    })?;
    let c = cues.iter().find(|c| {
        c.start >= still.end
            && matches!(c.cue, Cue::Kind(k, true, Side::Any | Side::After) if action(k))
    })?;
    let Cue::Kind(k, _, _) = c.cue else {
        return None;
    };
    let d = cue_distance_skipping(text, toks, c.start, c.end, span.0, span.1, skip)?;
    let linked = toks
        .iter()
        .filter(|t| t.start >= still.end && t.end <= c.start)
        .any(|t| {
            one_of(
                tok_str(text, t),
                &[
                    "dan",
                    "and",
                    "serta",
                    "akan",
                    "will",
                    "would",
                    "bakal",
                    "dijadwalkan",
                    "dijangka",
                    "dijangkakan",
                    "scheduled",
                    "expected",
                    "due",
                ],
            )
        });
    (d <= 16 && linked && !new_subject_between(text, toks, span.1, c.start)).then_some(k)
}

#[allow(clippy::too_many_arguments)]
fn choose_kind(
    text: &str,
    toks: &[Tok],
    cues: &[CueHit],
    skip: &[(usize, usize)],
    span: Span,
    class: Option<NounClass>,
    money: bool,
    relative: bool,
    prev: Option<Span>,
) -> (CountKind, bool) {
    // Score: twice the distance with the penalty, plus one for a cue after
    // the number, so that at equal distance the verb before the number
    // (active voice, "flies home 549 citizens freed from…") beats a
    // participle after it.
    let nearest = |limit: u32, want: &dyn Fn(&CueHit) -> Option<(CountKind, u32)>| {
        cues.iter()
            .filter_map(|c| {
                let (k, penalty) = want(c)?;
                let d = cue_distance_skipping(text, toks, c.start, c.end, span.0, span.1, skip)?;
                Some((2 * (d + penalty) + u32::from(c.start >= span.1), k))
            })
            .filter(|&(d, _)| d <= limit)
            .min_by_key(|&(d, _)| d)
            .map(|(_, k)| k)
    };
    if money {
        // What is done to the money ("menyita … Rp 2 miliar hasil
        // penipuan", "merampas … bernilai RM2.3 juta dalam operasi terhadap
        // sindiket penipuan") comes before it; what it came from, after.
        let kind = nearest(28, &|c| match c.cue {
            Cue::Money(k) if c.start >= span.1 => Some((k, 3)),
            Cue::Money(k) => Some((k, 0)),
            // Money of the victims ("dana milik seorang korban") is lost;
            // money paid to them ("restitusi kepada para korban") is not:
            // those phrases are cues of their own.
            Cue::Kind(CountKind::Victims, _, _) => Some((CountKind::Losses, 2)),
            _ => None,
        })
        .unwrap_or(CountKind::Other);
        return (kind, false);
    }
    match class {
        Some(NounClass::Case) => return (CountKind::Cases, false),
        Some(NounClass::Action(k)) => return (k, false),
        Some(NounClass::Official) => return (CountKind::Other, false),
        _ => {}
    }
    // The nearest kind cue, with whether it is of the strong tier.
    let best = cues
        .iter()
        .filter_map(|c| {
            let Cue::Kind(k, strong, side) = c.cue else {
                return None;
            };
            let after = c.start >= span.1;
            if (side == Side::Before && after) || (side == Side::After && !after) {
                return None;
            }
            // The predicate of the count before, closed by a joiner: "3,950
            // suspects were arrested and 1,000 victims identified", "52 WNI
            // ditahan, 30 orang dideportasi".
            if prev.is_some_and(|p| c.start >= p.1 && c.end <= span.0)
                && joiner_between(text, toks, c.end, span.0)
            {
                return None;
            }
            // The verb before a list of objects governs each of them, over
            // the participle that describes the last one: "handed over 612
            // Chinese and 238 Vietnamese freed from the compounds".
            let to = match prev {
                Some(p) if relative && c.end <= p.0 && conjoined(text, p.1, span.0) => p,
                _ => span,
            };
            let d = cue_distance_skipping(text, toks, c.start, c.end, to.0, to.1, skip)?;
            let penalty = if strong { 0 } else { WEAK_PENALTY };
            Some((2 * (d + penalty) + u32::from(c.start >= span.1), k, strong))
        })
        .filter(|&(d, _, _)| d <= 28)
        .min_by_key(|&(d, _, _)| d);
    // The main verb after a relative clause: the first action verb after
    // the count that is not the relative clause's own ("47 rakyat Malaysia
    // yang diperdaya bekerja… selamat dibawa pulang", "63 Koreans detained…
    // will be flown home", "23 rakyat yang menjadi mangsa… diselamatkan dan
    // dibawa pulang").
    let main = if relative {
        cues.iter()
            .filter(|c| c.start >= span.1)
            .filter_map(|c| match c.cue {
                Cue::Kind(
                    k @ (CountKind::Arrest | CountKind::Repatriation | CountKind::Rescue),
                    true,
                    Side::Any | Side::After,
                ) => {
                    let d =
                        cue_distance_skipping(text, toks, c.start, c.end, span.0, span.1, skip)?;
                    (d <= 32).then_some((c.start, k))
                }
                _ => None,
            })
            .filter(|&(start, _)| !opens_relative(text, toks, span.1, start))
            .filter(|&(start, _)| !new_subject_between(text, toks, span.1, start))
            .min_by_key(|&(start, _)| start)
    } else {
        None
    };
    let later_action = cues
        .iter()
        .filter(|c| c.start >= span.1)
        .filter_map(|c| match c.cue {
            Cue::Kind(
                k @ (CountKind::Arrest | CountKind::Repatriation | CountKind::Rescue),
                true,
                Side::Any | Side::After,
            ) if !new_subject_between(text, toks, span.1, c.start) => {
                let d = cue_distance_skipping(text, toks, c.start, c.end, span.0, span.1, skip)?;
                (d <= 14).then_some((d, k))
            }
            _ => None,
        })
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k);
    let default = match class {
        Some(NounClass::Victim) => CountKind::Victims,
        Some(NounClass::Suspect | NounClass::Worker) => CountKind::Involved,
        _ => CountKind::Other,
    };
    let action = |k: CountKind| {
        matches!(
            k,
            CountKind::Arrest | CountKind::Repatriation | CountKind::Rescue
        )
    };
    // A court cue settles the kind: no whole, list or neighbour changes it.
    let settled = matches!(best, Some((_, CountKind::Other, true)));
    let kind = match best {
        // An active verb before the count has it as its object: a verb
        // after the relative clause is the relative's, or another clause's
        // ("menyerahkan 23 rakyat Malaysia yang sebelum ini diselamatkan").
        Some((score, k, true)) if action(k) => match main {
            Some((_, m)) if m != k && score % 2 == 1 => m,
            _ => k,
        },
        // Charged, tried or sentenced ("didakwa", "divonis", "menjalani
        // proses hukum", "charged"): in the courts, not arrested nor
        // caught up in the scheme, whoever they are.
        Some((_, CountKind::Other, true)) => CountKind::Other,
        // Still there ("masih berada", "awaiting deportation"): victims stay
        // victims, anyone else is caught up in the scheme; unless they are
        // then to be sent home ("19 orang masih berada di Kamboja dan
        // dijadwalkan dipulangkan"; "still waiting to be repatriated" stays).
        Some((_, k, true)) => match fate(text, toks, cues, skip, span) {
            Some(f) => f,
            None if default == CountKind::Other => k,
            None => default,
        },
        Some((score, k, false)) => match (class, main.map(|m| m.1)) {
            (_, Some(m)) => m,
            // Predicates joined after the subject ("Enam mahasiswa berhasil
            // melarikan diri … dan kembali ke Indonesia"): the action is the
            // event.
            (_, None) if score % 2 == 1 && later_action.is_some() => later_action.unwrap_or(k),
            (Some(NounClass::Person) | None, None) => k,
            _ => default,
        },
        None => main.map_or(default, |m| m.1),
    };
    (kind, settled)
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

    #[test]
    fn a_part_in_a_coordinated_clause_keeps_its_own_verb() {
        let found = counts(
            "Over 7,100 foreigners have been detained during the operations, and 4,530 of them have been sent back via Thailand, according to the ministry.",
            Lang::En,
        );
        let kinds: Vec<(u64, CountKind)> = found.iter().map(|c| (c.value, c.kind)).collect();
        assert_eq!(
            kinds,
            [(7_100, CountKind::Arrest), (4_530, CountKind::Repatriation)]
        );
    }

    #[test]
    fn one_picked_out_of_a_group_is_no_count() {
        for (text, lang, want) in [
            (
                "Rizky adalah satu dari 554 warga negara Indonesia yang dipulangkan.",
                Lang::Id,
                vec![554],
            ),
            (
                "Marthen adalah satu dari sebelas warga NTT yang dipulangkan.",
                Lang::Id,
                vec![11],
            ),
            (
                "One of the deportees said he had been held for eight months.",
                Lang::En,
                vec![],
            ),
        ] {
            let got: Vec<u64> = counts(text, lang).iter().map(|c| c.value).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn currencies_of_the_region_and_of_india() {
        for (text, unit) in [
            ("Losses exceeded B$4.1 million.", "BND"),
            ("Losses exceeded BND4.1 million.", "BND"),
            ("Losses exceeded S$4.1 million.", "SGD"),
            ("Victims lost Rs 1.5 lakh each.", "INR"),
        ] {
            assert_eq!(one(text, Lang::En).unit.as_deref(), Some(unit), "{text}");
        }
        let found = counts(
            "Korban sempat dirawat di RS 2 hari sebelum pulang.",
            Lang::Id,
        );
        assert!(
            found.is_empty(),
            "an Indonesian hospital is no rupee: {found:?}"
        );
    }

    fn one(text: &str, lang: Lang) -> Count {
        let found = counts(text, lang);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    /// Each text's one count has the value and kind wanted.
    fn check_kinds(cases: &[(&str, Lang, u64, CountKind)]) {
        for &(text, lang, value, kind) in cases {
            let c = one(text, lang);
            assert_eq!((c.value, c.kind), (value, kind), "{text}");
        }
    }

    #[test]
    fn cue_phrases_are_found_as_the_automaton_found_them_at_word_starts() {
        let found =
            crate::trie::tests::assert_same_as_the_automaton(&TABLES.cue_phrases, word_start);
        assert!(found > 1000, "{found}");
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
            // What `WordIndex` and `cmp_key` compare a lowercased token with.
            assert!(
                !keys
                    .iter()
                    .any(|k| k.bytes().any(|c| c.is_ascii_uppercase())),
                "{name} has a key with capitals"
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
                "berjumlah 400 orang",
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
                Losses,
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
        // A breakdown: "Rinciannya, …" and "84 are Chinese, 29 are Indonesians".
        for (text, lang, want) in [
            (
                "Kamboja memulangkan 11 orang warga Madura. Rinciannya, lima orang berasal dari Sampang dan tiga orang dari Bangkalan.",
                Lang::Id,
                &[(11, CountKind::Repatriation), (5, CountKind::Repatriation), (3, CountKind::Repatriation)][..],
            ),
            (
                "Police arrested 127 foreigners. Of those arrested, 84 are Chinese, 29 are Indonesians and five are Malaysians.",
                Lang::En,
                &[(127, CountKind::Arrest), (84, CountKind::Arrest), (29, CountKind::Arrest), (5, CountKind::Arrest)][..],
            ),
        ] {
            let got: Vec<(u64, CountKind)> =
                counts(text, lang).iter().map(|c| (c.value, c.kind)).collect();
            assert_eq!(got, want, "{text}");
        }
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

    /// A sentence, its language and the (value, kind) of each count in it.
    type KindCase = (&'static str, Lang, &'static [(u64, CountKind)]);
    /// A sentence, its language and the (value, qualifier) of each count.
    type QualifierCase = (&'static str, Lang, &'static [(u64, Qualifier)]);

    fn kinds(text: &str, lang: Lang) -> Vec<(u64, CountKind)> {
        counts(text, lang)
            .iter()
            .map(|c| (c.value, c.kind))
            .collect()
    }

    #[test]
    fn kind_comes_from_the_clause_in_every_voice_and_position() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            // active verb before, passive after, with auxiliaries
            ("Tim gabungan berhasil mengamankan 23 orang.", Lang::Id, &[(23, Arrest)]),
            ("Sebanyak 31 orang telah berhasil diamankan petugas.", Lang::Id, &[(31, Arrest)]),
            ("Dozens of people were rounded up on Friday.", Lang::En, &[(12, Arrest)]),
            ("Police nabbed 14 suspects at the border.", Lang::En, &[(14, Arrest)]),
            ("Polis mencekup 12 individu dalam serbuan itu.", Lang::Ms, &[(12, Arrest)]),
            ("Seramai 8 lelaki direman selama empat hari.", Lang::Ms, &[(8, Arrest)]),
            // nominalizations
            ("Polisi melakukan penangkapan 23 orang di Batam.", Lang::Id, &[(23, Arrest)]),
            ("Pemulangan 54 WNI dilakukan lewat Bangkok.", Lang::Id, &[(54, Repatriation)]),
            ("The arrest of 300 people followed the raid.", Lang::En, &[(300, Arrest)]),
            ("The repatriation of 1,041 Indonesians ended on Monday.", Lang::En, &[(1041, Repatriation)]),
            // relative clause holding the verb
            ("Polisi menyebut 1.274 tersangka, yang semuanya dideportasi.", Lang::Id, &[(1274, Repatriation)]),
            // the main verb after a relative clause that describes the people
            ("Seramai 40 rakyat Malaysia yang diperdaya bekerja di Myawaddy selamat dibawa pulang.", Lang::Ms, &[(40, Repatriation)]),
            ("Sebanyak 18 WNI yang sebelumnya disekap di Myanmar akhirnya dipulangkan.", Lang::Id, &[(18, Repatriation)]),
            ("Some 90 Filipinos held in the compound were rescued on Sunday.", Lang::En, &[(90, Rescue)]),
            // noun heads that imply the kind
            ("Sebanyak 62 korban berasal dari Jawa Barat.", Lang::Id, &[(62, Victims)]),
            ("Polisi memeriksa 9 pelaku penipuan itu.", Lang::Id, &[(9, Involved)]),
            ("The syndicate employed 400 operators.", Lang::En, &[(400, Involved)]),
            ("Kepolisian menerima 120 laporan masyarakat.", Lang::Id, &[(120, Cases)]),
            ("Police made 538 arrests this year.", Lang::En, &[(538, Arrest)]),
            ("Sepanjang tahun ini ada 71 tangkapan.", Lang::Ms, &[(71, Arrest)]),
            // people caught up, still there, waiting
            ("Sekitar 900 WNI masih berada di kompleks itu.", Lang::Id, &[(900, Involved)]),
            // People back in their home towns were sent home.
            ("Dari jumlah itu, 14 orang sudah kembali ke kampung halaman.", Lang::Id, &[(14, Repatriation)]),
            // People located there are caught up in it.
            ("KBRI mencatat sedikitnya 84 WNI berada di wilayah yang terdampak.", Lang::Id, &[(84, Involved)]),
            // Gamblers are caught up in the scheme.
            ("Sekitar 2 juta warga bermain judi daring setiap bulan.", Lang::Id, &[(2_000_000, Involved)]),
            ("Lebih 30,000 orang didapati berjudi dalam talian.", Lang::Ms, &[(30_000, Involved)]),
            ("More than 2,000 people are still waiting to be repatriated.", Lang::En, &[(2000, Involved)]),
            ("Sebanyak 50 orang masih menunggu untuk dipulangkan.", Lang::Id, &[(50, Involved)]),
            ("Sebanyak 14 korban lainnya masih berada di Myawaddy.", Lang::Id, &[(14, Victims)]),
            ("Lebih 30 rakyat Malaysia terkandas di Laos.", Lang::Ms, &[(30, Involved)]),
            // an active verb takes the number after it as its object
            ("Sindikat itu merekrut 50 WNI lewat media sosial.", Lang::Id, &[(50, Victims)]),
            ("Polisi memburu 12 orang yang merekrut korban.", Lang::Id, &[(12, Involved)]),
            ("Jaringan itu menipu ribuan warga dengan modus investasi.", Lang::Id, &[(1000, Victims)]),
            // victims in apposition, workers in cooperation
            ("Hampir 500 pekerja migran korban penipuan telah dipulangkan.", Lang::Id, &[(500, Repatriation)]),
            ("Imigrasi bekerja sama menunda keberangkatan 2.145 calon pekerja migran.", Lang::Id, &[(2145, Other)]),
            ("Jumlah pemain judi yang terdeteksi tercatat 1,06 juta orang.", Lang::Id, &[(1_060_000, Involved)]),
            ("Tujuh pekerja berhasil kabur dari kompleks itu lalu kembali ke Indonesia.", Lang::Id, &[(7, Repatriation)]),
            ("Sebanyak 7 WNI berhasil melarikan diri.", Lang::Id, &[(7, Victims)]),
            ("The authorities said 800 others remained inside the compound.", Lang::En, &[(800, Involved)]),
            ("Sebanyak 123 WNI korban penipuan tiba di Bandara Soekarno-Hatta.", Lang::Id, &[(123, Repatriation)]),
            ("Polisi menetapkan 13 orang sebagai tersangka.", Lang::Id, &[(13, Involved)]),
            ("Polisi menerjunkan 1.200 personel untuk mengamankan lokasi.", Lang::Id, &[(1200, Other)]),
            ("Police said 40 of the 62 people detained were Indonesian.", Lang::En, &[(40, Arrest), (62, Arrest)]),
            ("Sebanyak 3 dari 10 korban adalah perempuan.", Lang::Id, &[(3, Victims), (10, Victims)]),
            ("Sebanyak 5 orang polisi ikut menyelamatkan korban.", Lang::Id, &[(5, Other)]),
            ("Lebih 1,000 rakyat Malaysia dipercayai masih terperangkap di Myanmar.", Lang::Ms, &[(1000, Involved)]),
            ("Police freed 48 victims. Officials said 12 of those rescued were minors.", Lang::En, &[(48, Rescue), (12, Rescue)]),
            ("The court sentenced 11 members of the family to death.", Lang::En, &[(11, Other)]),
            ("Korea Selatan mencatat 330 warganya diculik di Kamboja.", Lang::Id, &[(330, Victims)]),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn parts_and_totals_take_the_kind_of_their_whole() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Polisi menahan 12 orang. Dari 12 orang itu, di antaranya dua perempuan.",
                Lang::Id,
                &[(12, Arrest), (2, Arrest)],
            ),
            (
                "Police detained 77 people, including 22 Chinese nationals, in the raid.",
                Lang::En,
                &[(77, Arrest), (22, Arrest)],
            ),
            (
                "Seramai 14 rakyat Malaysia diselamatkan. Sembilan lelaki dan lima wanita itu dikurung.",
                Lang::Ms,
                &[(14, Rescue), (9, Rescue), (5, Rescue)],
            ),
            (
                "Polisi menangkap 60 orang, yakni 45 orang Tiongkok, 12 Vietnam dan 3 Indonesia.",
                Lang::Id,
                &[(60, Arrest), (45, Arrest), (12, Arrest), (3, Arrest)],
            ),
            (
                "Pemerintah memulangkan 100 WNI. Gelombang pertama berjumlah 60 orang, sedangkan 40 orang sisanya menyusul.",
                Lang::Id,
                &[(100, Repatriation), (60, Repatriation), (40, Repatriation)],
            ),
            (
                "Kemlu memulangkan 169 WNI, sehingga totalnya menjadi 569 orang.",
                Lang::Id,
                &[(169, Repatriation), (569, Repatriation)],
            ),
            (
                "The group was flown home, bringing to 1,042 the number of Chinese workers sent home.",
                Lang::En,
                &[(1042, Repatriation)],
            ),
            (
                "More than 7,000 people are still waiting. Some 260 Indonesians and about 150 Kenyans were among those registered.",
                Lang::En,
                &[(7000, Involved), (260, Involved), (150, Involved)],
            ),
            (
                "Sebanyak 214 orang diamankan, terdiri atas 158 pria dan 56 wanita.",
                Lang::Id,
                &[(214, Arrest), (158, Arrest), (56, Arrest)],
            ),
            (
                "Police detained 120 people, comprising 80 men and 40 women who worked at the compound.",
                Lang::En,
                &[(120, Arrest), (80, Arrest), (40, Arrest)],
            ),
            (
                "Para korban, di antaranya lima perempuan dan seorang remaja, dipulangkan dari Phnom Penh.",
                Lang::Id,
                &[(5, Repatriation), (1, Repatriation)],
            ),
            (
                "In all, 330 Koreans were reported kidnapped this year, up from 220 last year.",
                Lang::En,
                &[(330, Victims), (220, Victims)],
            ),
            // The predicate after the second count holds for both.
            (
                "Some 120,000 people in Myanmar and roughly 100,000 in Cambodia may have been held in compounds.",
                Lang::En,
                &[(120_000, Involved), (100_000, Involved)],
            ),
            (
                "Sekitar 3.000 orang di Myawaddy dan sedikitnya 1.200 di Shwe Kokko masih terjebak di kompleks itu.",
                Lang::Id,
                &[(3000, Involved), (1200, Involved)],
            ),
            (
                "Seramai 40 orang dari Sabah dan kira-kira 25 dari Sarawak telah diselamatkan oleh polis.",
                Lang::Ms,
                &[(40, Rescue), (25, Rescue)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn a_figure_repeated_or_pointed_back_at_is_one_count() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Sembilan Orang Diamankan. Polisi mengamankan sembilan orang di Semarang.",
                Lang::Id,
                &[(9, Arrest)],
            ),
            (
                "Polisi mengamankan 64 orang. Sebagian besar dari 64 orang tersebut bekerja sebagai operator.",
                Lang::Id,
                &[(64, Arrest), (64, Involved)],
            ),
            (
                "Pemerintah memulangkan 169 WNI. Ratusan WNI itu merupakan bagian dari pekerja yang dibebaskan.",
                Lang::Id,
                &[(169, Repatriation)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn ranges_are_two_counts_with_lower_and_upper_qualifiers() {
        use Qualifier::*;
        let cases: &[QualifierCase] = &[
            (
                "Polisi menahan 20 hingga 30 orang.",
                Lang::Id,
                &[(20, AtLeast), (30, UpTo)],
            ),
            (
                "Police detained between 300 and 500 people.",
                Lang::En,
                &[(300, AtLeast), (500, UpTo)],
            ),
            (
                "Para tersangka dibayar Rp 4 juta hingga Rp 6 juta per bulan.",
                Lang::Id,
                &[(4_000_000, AtLeast), (6_000_000, UpTo)],
            ),
            (
                "Losses were put at US$18 billion to US$37 billion.",
                Lang::En,
                &[(18_000_000_000, AtLeast), (37_000_000_000, UpTo)],
            ),
            (
                "Antara 20-30 orang ditangkap.",
                Lang::Id,
                &[(20, AtLeast), (30, UpTo)],
            ),
            (
                "Mereka ditawarkan gaji sehingga RM8,000 sebulan.",
                Lang::Ms,
                &[(8000, UpTo)],
            ),
            (
                "Victims lost as much as $37 billion.",
                Lang::En,
                &[(37_000_000_000, UpTo)],
            ),
        ];
        for &(text, lang, want) in cases {
            let got: Vec<(u64, Qualifier)> = counts(text, lang)
                .iter()
                .map(|c| (c.value, c.qualifier))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn money_kinds_follow_what_happened_to_the_money() {
        use CountKind::*;
        let cases: &[(&str, Lang, u64, &str, CountKind)] = &[
            (
                "Kerugiannya ditaksir mencapai 120 juta yuan.",
                Lang::Id,
                120_000_000,
                "CNY",
                Losses,
            ),
            (
                "Ia terlibat kasus penipuan senilai 3,5 miliar won.",
                Lang::Id,
                3_500_000_000,
                "KRW",
                Losses,
            ),
            (
                "Damages were estimated at around 80 million baht a day.",
                Lang::En,
                80_000_000,
                "THB",
                Losses,
            ),
            (
                "Keluarganya harus menebus Rp 50 juta agar ia dilepas.",
                Lang::Id,
                50_000_000,
                "IDR",
                Losses,
            ),
            (
                "Setiap korban dipungut biaya Rp 8 juta.",
                Lang::Id,
                8_000_000,
                "IDR",
                Losses,
            ),
            (
                "Police froze accounts holding some RM12.4mil.",
                Lang::En,
                12_400_000,
                "MYR",
                Other,
            ),
            (
                "The scheme caused losses of RM35.6mil to victims.",
                Lang::En,
                35_600_000,
                "MYR",
                Losses,
            ),
            (
                "Kerajaan membelanjakan RM450,000 untuk membawa pulang mangsa.",
                Lang::Ms,
                450_000,
                "MYR",
                Other,
            ),
            (
                "Polis merampas wang tunai RM186,450 daripada suspek.",
                Lang::Ms,
                186_450,
                "MYR",
                Other,
            ),
            (
                "Para tersangka dibayar Rp 5 juta per bulan.",
                Lang::Id,
                5_000_000,
                "IDR",
                Other,
            ),
            (
                "Keluarga dimintai tebusan Rp 30 juta.",
                Lang::Id,
                30_000_000,
                "IDR",
                Losses,
            ),
            (
                "A wallet received more than 4,000 bitcoin from victims.",
                Lang::En,
                4000,
                "BTC",
                Losses,
            ),
            (
                "The ring laundered VND200 million.",
                Lang::En,
                200_000_000,
                "VND",
                Losses,
            ),
            (
                "The gang used 300 accounts to launder 1.2 billion baht.",
                Lang::En,
                1_200_000_000,
                "THB",
                Losses,
            ),
            (
                "Officials seek US$3.2 billion in crypto from the network.",
                Lang::En,
                3_200_000_000,
                "USD",
                Other,
            ),
            (
                "Fraudsters took A$3 million from retirees.",
                Lang::En,
                3_000_000,
                "AUD",
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
    fn more_people_nouns_and_modifiers_are_read() {
        let cases: &[(&str, Lang, u64, &str)] = &[
            (
                "Polis menahan empat lagi suspek di Sungai Golok.",
                Lang::Ms,
                4,
                "suspek",
            ),
            (
                "Kepolisian Kamboja menyerahkan dua buron Polri.",
                Lang::Id,
                2,
                "buron",
            ),
            (
                "Sebanyak 36 penyidik mengikuti pelatihan.",
                Lang::Id,
                36,
                "penyidik",
            ),
            ("PDRM menahan tiga lelaki tempatan.", Lang::Ms, 3, "lelaki"),
            (
                "Polisi menangkap dua sponsor di Sukabumi.",
                Lang::Id,
                2,
                "sponsor",
            ),
        ];
        for &(text, lang, value, unit) in cases {
            let c = one(text, lang);
            assert_eq!((c.value, c.unit.as_deref()), (value, Some(unit)), "{text}");
        }
    }

    #[test]
    fn age_ranges_salaries_captives_and_recruits_sent_abroad_keep_their_kinds() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            // both ends of an age range are ages, not a second count
            (
                "Police arrested 13 men and seven women, aged between 17 and 64, in the raid.",
                Lang::En,
                &[(13, Arrest), (7, Arrest)],
            ),
            (
                "Polis menahan 14 lelaki berusia antara 20 hingga 38 dalam serbuan itu.",
                Lang::Ms,
                &[(14, Arrest)],
            ),
            (
                "Dua suspek, berumur 19 dan 45, direman.",
                Lang::Ms,
                &[(2, Arrest)],
            ),
            // a pay rate is a salary, even among victims
            (
                "They were among 900 Vietnamese lured by jobs paying VND20 million a month.",
                Lang::En,
                &[(900, Victims), (20_000_000, Other)],
            ),
            (
                "Korban dijanjikan pekerjaan dengan bayaran Rp 12 juta per bulan.",
                Lang::Id,
                &[(12_000_000, Other)],
            ),
            // held against their will is captivity, not arrest
            (
                "Some 330 Koreans have been held against their will since January.",
                Lang::En,
                &[(330, Victims)],
            ),
            // recruiters sending people abroad
            (
                "Keduanya telah memberangkatkan sedikitnya 47 orang ke Kamboja.",
                Lang::Id,
                &[(47, Victims)],
            ),
            // what is done to money comes before it, where it came from after
            ("Polisi membekukan 120 rekening berisi Rp 8 miliar hasil penipuan.", Lang::Id, &[(8_000_000_000, Other)]),
            ("Police froze accounts holding US$3 million in scam proceeds.", Lang::En, &[(3_000_000, Other)]),
            // victims, workers and returnees named by a phrase of their own
            ("More than 1,000 Indonesians have fallen victim to online scams abroad.", Lang::En, &[(1000, Victims)]),
            ("Scam centres employ an estimated 100,000 people in Cambodia.", Lang::En, &[(100_000, Involved)]),
            ("The embassy assisted 150 citizens to return home.", Lang::En, &[(150, Repatriation)]),
            // a bare running total takes the noun of the count it adds to
            ("Indonesia repatriated 86 citizens on Sunday, bringing the total number returned this year to 1,412.", Lang::En, &[(86, Repatriation), (1412, Repatriation)]),
            ("Sebanyak 54 WNI dipulangkan pada Senin, sehingga totalnya menjadi 1.412.", Lang::Id, &[(54, Repatriation), (1412, Repatriation)]),
            ("Police arrested 12 people, bringing the total to 2025.", Lang::En, &[(12, Arrest), (2025, Arrest)]),
            ("The raid netted 57 suspects and freed 312 workers.", Lang::En, &[(57, Arrest), (312, Rescue)]),
            ("About 120 Malaysians are believed to be stuck in scam compounds.", Lang::En, &[(120, Involved)]),
            // hyphenated number words are one token
            ("Fifty-six Sri Lankans were rescued on Sunday.", Lang::En, &[(56, Rescue)]),
            ("Police detained twenty-three people.", Lang::En, &[(23, Arrest)]),
            // witnesses are counted people who are neither victims nor suspects
            ("Polisi juga memeriksa 11 saksi dalam kasus itu.", Lang::Id, &[(11, Other)]),
            // people still there are caught up in the scheme
            ("Menurut Kemlu, masih ada sekitar 200 WNI lain di wilayah itu.", Lang::Id, &[(200, Involved)]),
            ("Menurut mereka, ada sekitar 70 WNI lain di kompleks itu.", Lang::Id, &[(70, Involved)]),
            // a part after "including" takes the noun of the whole, past its qualifier
            ("Thousands of people were trafficked into the compounds, including at least 120,000 in Myanmar.", Lang::En, &[(1000, Victims), (120_000, Victims)]),
            ("Sebanyak 500 WNI dipulangkan tahun ini, termasuk sekitar 200 dari Kamboja.", Lang::Id, &[(500, Repatriation), (200, Repatriation)]),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
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
            "Terdakwa divonis 10 tahun penjara dan denda.",
            "Mereka tiba 24 jam kemudian di lantai 5.",
            "Lihat halaman 12 dan Pasal 4 ayat 2.",
            "The group operated in 12 countries across 3 continents.",
            "He was ranked 3 on the list, flight 712 landed at 10:30.",
            "Peraturan No. 21/2007 berlaku sejak 1 Januari.",
            "Polisi menyita 14 telepon genggam dan dua unit mobil.",
            "Ketiga tersangka itu dibawa ke Jakarta.",
            "Siti, ibu tiga anak, menunggu kabar putranya.",
            "He is a father of two who lost his job.",
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
    fn broken_fragments_never_panic_and_keep_spans_in_bounds() {
        let cases = [
            "20 hingga",
            "antara 3 dan",
            "between 5 and",
            "Rp",
            "Rp Rp 5",
            "US$ juta",
            "di antaranya",
            "5 di antaranya",
            ", termasuk , , 3 orang ,",
            "of the",
            "40 of the",
            "3 dari",
            "dan 4",
            "sehingga totalnya menjadi",
            "itu 5 orang itu tersebut",
            "1 2 3 4 5 orang",
            "9999999999999999999 hingga 99999999999999999999 orang",
            "Rp 1,5 hingga Rp",
            "😀5😀 orang 😀",
            "“12”, “13 korban”",
            "lima\u{a0}orang\u{200b}ditangkap",
        ];
        for text in cases {
            for lang in [Lang::Id, Lang::En, Lang::Ms, Lang::Und] {
                for c in counts(text, lang) {
                    assert!(c.span.0 < c.span.1 && c.span.1 <= text.len(), "{text}");
                    assert!(text.is_char_boundary(c.span.0) && text.is_char_boundary(c.span.1));
                }
            }
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

    #[test]
    fn an_active_verb_before_the_count_outweighs_a_verb_after_its_relative_clause() {
        let cases: &[(&str, Lang, u64, CountKind)] = &[
            (
                "Pihaknya turut menyerahkan 23 rakyat Malaysia yang sebelum ini diselamatkan dari kompleks scam di Myawaddy.",
                Lang::Ms,
                23,
                CountKind::Repatriation,
            ),
            (
                "Polisi menangkap 20 WNA yang kemudian dideportasi ke Tiongkok.",
                Lang::Id,
                20,
                CountKind::Arrest,
            ),
            // the count as subject: its main verb comes after the relative
            (
                "Sebanyak 47 rakyat Malaysia yang diperdaya bekerja di Kemboja selamat dibawa pulang.",
                Lang::Ms,
                47,
                CountKind::Repatriation,
            ),
        ];
        check_kinds(cases);
    }

    #[test]
    fn people_still_held_are_where_they_are_unless_they_are_then_sent_home() {
        let cases: &[(&str, Lang, u64, CountKind)] = &[
            (
                "Aquino said 31 others are being held in a detention facility in Pasay and will be deported before the end of the month.",
                Lang::En,
                31,
                CountKind::Repatriation,
            ),
            (
                "Another 73 foreigners remain at the Semenyih immigration depot.",
                Lang::En,
                73,
                CountKind::Involved,
            ),
            (
                "Sebanyak 12 WNA masih ditahan di rumah detensi imigrasi.",
                Lang::Id,
                12,
                CountKind::Involved,
            ),
        ];
        check_kinds(cases);
    }

    #[test]
    fn people_held_in_situations_of_forced_scamming_are_victims() {
        let text = "At least 120,000 people in Myanmar may be held in situations where they are forced to carry out online scams.";
        let c = one(text, Lang::En);
        assert_eq!((c.value, c.kind), (120_000, CountKind::Victims));
    }

    #[test]
    fn money_the_scheme_moved_is_losses_and_money_outside_it_is_other() {
        use CountKind::*;
        let cases: &[(&str, Lang, u64, CountKind)] = &[
            // paid to the victims by a court or the state, not lost by them
            (
                "Hakim mewajibkan terdakwa membayar restitusi kepada para korban sebesar Rp 95 juta.",
                Lang::Id,
                95_000_000,
                Other,
            ),
            (
                "The court ordered the firm to pay compensation to the victims of $48,000.",
                Lang::En,
                48_000,
                Other,
            ),
            (
                "Mahkamah memerintahkan pampasan kepada mangsa berjumlah RM30,000.",
                Lang::Ms,
                30_000,
                Other,
            ),
            // a recruiter's commission: the scheme's proceeds
            (
                "Jaksa menyebut terdakwa menerima komisi 500 dolar AS untuk setiap orang yang dikirim.",
                Lang::Id,
                500,
                Losses,
            ),
            (
                "The agent was paid a commission of $1,000 for every worker he recruited.",
                Lang::En,
                1_000,
                Losses,
            ),
            // fees and deposits the victims paid, sums they were cheated of
            (
                "Setiap korban diminta menyetor \"biaya proses\" sebesar Rp7,5 juta.",
                Lang::Id,
                7_500_000,
                Losses,
            ),
            (
                "Setiap korban diminta menyetor “biaya proses” sebesar Rp15 juta.",
                Lang::Id,
                15_000_000,
                Losses,
            ),
            (
                "Setiap calon pekerja diminta menyetor biaya pengurusan visa Rp 12 juta.",
                Lang::Id,
                12_000_000,
                Losses,
            ),
            (
                "The gang swindled 80 retirees out of about US$3 million.",
                Lang::En,
                3_000_000,
                Losses,
            ),
            (
                "Mereka membayar yuran proses RM4,000 kepada ejen itu.",
                Lang::Ms,
                4_000,
                Losses,
            ),
            // money sent by victims or received by scam accounts and wallets
            (
                "Eleven months later he had sent £212,000 to what he believed was a trading platform.",
                Lang::En,
                212_000,
                Losses,
            ),
            (
                "The wallet received more than $38m in USDT stablecoins between March and August.",
                Lang::En,
                38_000_000,
                Losses,
            ),
            (
                "Akaun milik tertuduh menerima RM486,500 dalam tempoh dua minggu.",
                Lang::Ms,
                486_500,
                Losses,
            ),
            (
                "Korban sempat mengirim Rp 75 juta ke rekening pelaku.",
                Lang::Id,
                75_000_000,
                Losses,
            ),
            // pay promised is a wage
            (
                "The ads promised monthly pay of NT$80,000 for customer service work.",
                Lang::En,
                80_000,
                Other,
            ),
            // what the state gives up is not the scheme's
            (
                "Negara kehilangan pemasukan Rp 40 miliar per tahun dari pajak ekspor.",
                Lang::Id,
                40_000_000_000,
                Other,
            ),
            // what the victims themselves lost stays losses
            (
                "Kerugian para korban mencapai Rp 2 miliar.",
                Lang::Id,
                2_000_000_000,
                Losses,
            ),
            // turnover, transactions and profits of the scheme
            (
                "PPATK mencatat perputaran dana judi online mencapai Rp 359,8 triliun.",
                Lang::Id,
                359_800_000_000_000,
                Losses,
            ),
            (
                "Nilai transaksi judol pada kuartal I mencapai Rp 47 triliun.",
                Lang::Id,
                47_000_000_000_000,
                Losses,
            ),
            (
                "HS diduga meraup keuntungan sekitar Rp 3,6 miliar.",
                Lang::Id,
                3_600_000_000,
                Losses,
            ),
            (
                "Sindiket itu mengaut keuntungan kira-kira RM2.5 juta sebulan.",
                Lang::Ms,
                2_500_000,
                Losses,
            ),
            (
                "The gambling ring raked in about US$40 million a year.",
                Lang::En,
                40_000_000,
                Losses,
            ),
            (
                "The syndicate's turnover reached 3 billion baht.",
                Lang::En,
                3_000_000_000,
                Losses,
            ),
            (
                "One of the victims lost more than BND20,000 in savings.",
                Lang::En,
                20_000,
                Losses,
            ),
            (
                "Scam losses in Brunei exceeded B$4.1 million last year.",
                Lang::En,
                4_100_000,
                Losses,
            ),
            // ransom demanded, money moved to the syndicate's account (Malay)
            (
                "Sindiket itu minta RM30,000 jika mahu anaknya dilepaskan.",
                Lang::Ms,
                30_000,
                Losses,
            ),
            (
                "Dalam panik, ibunya memindahkan RM6,000 ke akaun yang diberikan.",
                Lang::Ms,
                6_000,
                Losses,
            ),
            // Indian English counts in lakhs and crores.
            (
                "Indians lost around ₹2,100 crore to the scam hubs.",
                Lang::En,
                21_000_000_000,
                Losses,
            ),
            (
                "Victims lost Rs 1.5 lakh each to the fake agents.",
                Lang::En,
                150_000,
                Losses,
            ),

            // money flowing out, deposited or paid by victims and families
            (
                "Sekitar Rp 51 triliun mengalir ke luar negeri.",
                Lang::Id,
                51_000_000_000_000,
                Losses,
            ),
            (
                "Dompet itu menerima setoran USDT setara Rp 1,2 triliun.",
                Lang::Id,
                1_200_000_000_000,
                Losses,
            ),
            (
                "Setiap korban dimintai biaya Rp 7,5 juta untuk tiket.",
                Lang::Id,
                7_500_000,
                Losses,
            ),
            (
                "Families paid ransoms of up to US$5,000 each.",
                Lang::En,
                5_000,
                Losses,
            ),
            (
                "Keluarga mangsa diminta membayar wang tebusan RM20,000.",
                Lang::Ms,
                20_000,
                Losses,
            ),
            // not the scheme's money
            (
                "Polisi menyita aset senilai Rp 61,4 miliar.",
                Lang::Id,
                61_400_000_000,
                Other,
            ),
            (
                "Polis membekukan akaun dengan baki hampir RM1 juta.",
                Lang::Ms,
                1_000_000,
                Other,
            ),
            (
                "Authorities froze assets worth about 85 million baht.",
                Lang::En,
                85_000_000,
                Other,
            ),
            (
                "Mereka dijanjikan gaji Rp 10 juta sebulan.",
                Lang::Id,
                10_000_000,
                Other,
            ),
            (
                "The court fined the company US$2 million.",
                Lang::En,
                2_000_000,
                Other,
            ),
            (
                "Kerajaan membelanjakan RM450,000 untuk penerbangan khas.",
                Lang::Ms,
                450_000,
                Other,
            ),
        ];
        check_kinds(cases);
    }

    #[test]
    fn a_money_figure_compared_keeps_the_kind_of_the_figure_before() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Nilai transaksi judol mencapai Rp 47 triliun, turun dari sekitar Rp 90 triliun pada 2024.",
                Lang::Id,
                &[(47_000_000_000_000, Losses), (90_000_000_000_000, Losses)],
            ),
            // Who says it, between commas, does not part money from its cue.
            (
                "Perputaran dana judi online nasional pada tahun itu, menurut dia, mencapai sekitar Rp359 triliun.",
                Lang::Id,
                &[(359_000_000_000_000, Losses)],
            ),
            // A fee the recruiters charged is what the victims paid.
            (
                "Setiap korban diminta menyetor biaya proses sebesar Rp7,5 juta kepada terdakwa.",
                Lang::Id,
                &[(7_500_000, Losses)],
            ),
            (
                "Losses reached $1.2 billion, up from $800 million last year.",
                Lang::En,
                &[(1_200_000_000, Losses), (800_000_000, Losses)],
            ),
            (
                "Kerugian mencecah RM56 juta berbanding RM40 juta tahun lalu.",
                Lang::Ms,
                &[(56_000_000, Losses), (40_000_000, Losses)],
            ),
            // a cue of its own wins over the comparison
            (
                "Kerugian mencapai Rp 5 miliar, dari jumlah itu polisi menyita Rp 1 miliar.",
                Lang::Id,
                &[(5_000_000_000, Losses), (1_000_000_000, Other)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn people_charged_tried_or_sentenced_are_other_unless_arrested_in_their_clause() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            ("Sebanyak 12 tersangka didakwa di Pengadilan Negeri Medan.", Lang::Id, &[(12, Other)]),
            ("Sebanyak 31 orang sudah dipulangkan, sementara tujuh lainnya masih menjalani proses hukum.", Lang::Id, &[(31, Repatriation), (7, Other)]),
            ("Lima suspek dituduh di Mahkamah Sesyen semalam.", Lang::Ms, &[(5, Other)]),
            ("Prosecutors charged 14 suspects with fraud.", Lang::En, &[(14, Other)]),
            ("Dua rekannya telah ditangkap di Batam dan kini sudah divonis.", Lang::Id, &[(2, Arrest)]),
            ("Police arrested 26 people, who were later charged.", Lang::En, &[(26, Arrest)]),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn forced_ensnared_and_sold_are_victims_perpetrators_involved_every_one_no_count() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Up to 120,000 people may be forced to work in scam operations.",
                Lang::En,
                &[(120_000, Victims)],
            ),
            (
                "Jaringan penipuan itu menjerat ratusan warga Korea.",
                Lang::Id,
                &[(100, Victims)],
            ),
            (
                "Sindiket itu menjual 30 rakyat Malaysia yang dieksploitasi di Kemboja.",
                Lang::Ms,
                &[(30, Victims)],
            ),
            (
                "We will screen every one of them, and each one will be heard.",
                Lang::En,
                &[],
            ),
            (
                "The two police forces will share intelligence.",
                Lang::En,
                &[],
            ),
            (
                "Latihan pengendalian mangsa untuk 120 pegawai penguat kuasa.",
                Lang::Ms,
                &[(120, Other)],
            ),
            (
                "Sebanyak 200 aparat gabungan dikerahkan ke lokasi.",
                Lang::Id,
                &[(200, Other)],
            ),
            (
                "Sebanyak 35 staf perusahaan judi itu diamankan.",
                Lang::Id,
                &[(35, Arrest)],
            ),
            (
                "Polisi memeriksa 12 WNI yang diduga menjadi pelaku penipuan.",
                Lang::Id,
                &[(12, Involved)],
            ),
            (
                "Seramai 40 individu dipercayai menjadi pelaku sindiket itu.",
                Lang::Ms,
                &[(40, Involved)],
            ),
            (
                "The syndicate moved more than $50 million through shell companies.",
                Lang::En,
                &[(50_000_000, Losses)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn a_verb_belongs_to_its_own_count_not_to_the_next_subject() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            // the predicate of the count before, closed by a joiner
            (
                "Interpol said 3,950 suspects were arrested and 1,000 victims identified.",
                Lang::En,
                &[(3950, Arrest), (1000, Victims)],
            ),
            (
                "Sebanyak 40 tersangka ditangkap dan 25 korban masih didata.",
                Lang::Id,
                &[(40, Arrest), (25, Victims)],
            ),
            (
                "Seramai 20 suspek ditahan dan 15 mangsa dikenal pasti.",
                Lang::Ms,
                &[(20, Arrest), (15, Victims)],
            ),
            // an active verb after the joiner is still the next count's
            (
                "Polisi menangkap 5 orang dan menyelamatkan 10 korban.",
                Lang::Id,
                &[(5, Arrest), (10, Rescue)],
            ),
            // the main verb after a relative clause stops at a new subject
            (
                "Dari 52 WNI yang ditahan, 30 orang telah dideportasi.",
                Lang::Id,
                &[(52, Arrest), (30, Repatriation)],
            ),
            (
                "Daripada 60 rakyat Malaysia yang ditahan, 40 orang telah dihantar pulang.",
                Lang::Ms,
                &[(60, Arrest), (40, Repatriation)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn the_value_of_the_number_of_people_is_a_count_of_them() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "The number of Indonesians repatriated from Cambodia this year rose to 1,900.",
                Lang::En,
                &[(1900, Repatriation)],
            ),
            (
                "The flights brought the number returned to China via Mae Sot to 1,041.",
                Lang::En,
                &[(1041, Repatriation)],
            ),
            (
                "Jumlah WNI yang dipulangkan dari Kamboja tahun ini mencapai 1.900.",
                Lang::Id,
                &[(1900, Repatriation)],
            ),
            (
                "Jumlah mangsa yang diselamatkan kini mencecah 87.",
                Lang::Ms,
                &[(87, Rescue)],
            ),
            // not people
            ("The number of days in detention rose to 30.", Lang::En, &[]),
            ("Jumlah situs yang diblokir mencapai 5.000.", Lang::Id, &[]),
            ("A number of workers said wages fell to 300.", Lang::En, &[]),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn a_verb_before_a_list_governs_each_count_over_a_participle_after_the_last() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Thai police handed over 140 Chinese and 85 Indonesians rescued from the compounds.",
                Lang::En,
                &[(140, Repatriation), (85, Repatriation)],
            ),
            (
                "KBRI memulangkan 30 WNI dan 12 warga Filipina yang dibebaskan dari Myawaddy.",
                Lang::Id,
                &[(30, Repatriation), (12, Repatriation)],
            ),
            (
                "Polis menahan 14 suspek dan 9 warga asing yang diselamatkan semalam.",
                Lang::Ms,
                &[(14, Arrest), (9, Arrest)],
            ),
            // a verb of its own after the second count keeps its kind
            (
                "Police arrested 20 suspects and 15 victims were rescued.",
                Lang::En,
                &[(20, Arrest), (15, Rescue)],
            ),
            (
                "Polisi menangkap 20 tersangka, sementara 15 korban diselamatkan.",
                Lang::Id,
                &[(20, Arrest), (15, Rescue)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn people_still_there_who_are_then_to_be_sent_home_are_repatriation() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Sebanyak 23 WNI masih berada di Poipet dan akan dipulangkan pekan depan.",
                Lang::Id,
                &[(23, Repatriation)],
            ),
            (
                "Enam mangsa yang masih berada di rumah perlindungan dijangka dihantar pulang esok.",
                Lang::Ms,
                &[(6, Repatriation)],
            ),
            (
                "About 40 Kenyans are still stranded in Myawaddy and will be repatriated next month.",
                Lang::En,
                &[(40, Repatriation)],
            ),
            // still waiting for it: not yet sent home
            (
                "About 40 Kenyans are still waiting to be repatriated.",
                Lang::En,
                &[(40, Involved)],
            ),
            (
                "Sebanyak 23 WNI masih berada di Poipet.",
                Lang::Id,
                &[(23, Involved)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn a_long_list_of_parts_adding_up_to_a_whole_takes_its_kind() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Thai police deported 100 foreigners. They were 40 Chinese, 20 Kenyans, 15 Ethiopians, 10 Filipinos, 9 Laotians and 6 Nepalese.",
                Lang::En,
                &[
                    (100, Repatriation),
                    (40, Repatriation),
                    (20, Repatriation),
                    (15, Repatriation),
                    (10, Repatriation),
                    (9, Repatriation),
                    (6, Repatriation),
                ],
            ),
            (
                "Polisi menyelamatkan 60 orang. Mereka terdiri atas 20 orang Tiongkok, 12 orang Vietnam, 10 orang Laos, 8 orang Myanmar, 6 orang Thailand dan 4 orang Filipina.",
                Lang::Id,
                &[
                    (60, Rescue),
                    (20, Rescue),
                    (12, Rescue),
                    (10, Rescue),
                    (8, Rescue),
                    (6, Rescue),
                    (4, Rescue),
                ],
            ),
            (
                "Polis menahan 30 individu. Mereka ialah 10 warga China, 6 warga Vietnam, 5 warga Laos, 4 warga Myanmar, 3 warga Thailand dan 2 warga Indonesia.",
                Lang::Ms,
                &[
                    (30, Arrest),
                    (10, Arrest),
                    (6, Arrest),
                    (5, Arrest),
                    (4, Arrest),
                    (3, Arrest),
                    (2, Arrest),
                ],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn a_part_in_an_aside_after_its_whole_takes_the_whole_kind() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Polisi menangkap 31 tersangka, termasuk 7 warga Tiongkok yang menjadi bos, dan membebaskan 12 korban.",
                Lang::Id,
                &[(31, Arrest), (7, Arrest), (12, Rescue)],
            ),
            (
                "Officers detained 45 suspects, including 8 Chinese nationals, and freed 19 victims.",
                Lang::En,
                &[(45, Arrest), (8, Arrest), (19, Rescue)],
            ),
            (
                "Polis menahan 22 suspek, termasuk 5 warga asing, dan menyelamatkan 10 mangsa.",
                Lang::Ms,
                &[(22, Arrest), (5, Arrest), (10, Rescue)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn an_age_between_commas_after_a_name_is_not_a_count() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Dua tersangka berinisial BK, 34, dan TW, 41, ditangkap di Batam.",
                Lang::Id,
                &[(2, Arrest)],
            ),
            (
                "Two men identified as Lee, 52, and Ahmad, 47, were arrested at the airport.",
                Lang::En,
                &[(2, Arrest)],
            ),
            ("Suspek, Ah Kow, 38, ditahan di Johor Bahru.", Lang::Ms, &[]),
            // a count after a name and a comma is still a count
            (
                "In Jakarta, 29 people were arrested.",
                Lang::En,
                &[(29, Arrest)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn a_figure_pointed_back_at_with_a_determiner_is_not_counted_again() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Police rescued 26 Kenyans on Monday. The 26 Kenyans said they had been lured by job ads.",
                Lang::En,
                &[(26, Rescue)],
            ),
            (
                "Polisi menangkap 11 tersangka. Seluruh 11 tersangka kini ditahan di Polda Metro Jaya.",
                Lang::Id,
                &[(11, Arrest)],
            ),
            (
                "Seramai 9 mangsa diselamatkan. Kesemua 9 mangsa dijangka pulang minggu depan.",
                Lang::Ms,
                &[(9, Rescue)],
            ),
            // a new figure after a determiner stays
            (
                "Police rescued 26 Kenyans. The 40 others were arrested.",
                Lang::En,
                &[(26, Rescue), (40, Arrest)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn the_second_day_of_a_date_range_is_not_a_count() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Police detained 310 foreigners between March 3 and 4 in Bavet.",
                Lang::En,
                &[(310, Arrest)],
            ),
            (
                "Polisi menangkap 52 orang antara 14 dan 15 Mei di Batam.",
                Lang::Id,
                &[(52, Arrest)],
            ),
            (
                "Operasi dari 1 hingga 30 September menahan 212 suspek.",
                Lang::Ms,
                &[(212, Arrest)],
            ),
            (
                "The operation ran from 3 to 28 June and rescued 95 people.",
                Lang::En,
                &[(95, Rescue)],
            ),
            (
                "Polis menahan 41 individu antara 2 hingga 3 Jun di Johor.",
                Lang::Ms,
                &[(41, Arrest)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn a_verb_of_a_part_after_a_relative_clause_is_not_the_whole_count_verb() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Imigrasi mendeportasi 250 WNA yang terlibat judi online, sebagian besar ditangkap di Bali.",
                Lang::Id,
                &[(250, Repatriation)],
            ),
            (
                "Manila deported 180 Chinese who worked in the hubs, most arrested in Pampanga.",
                Lang::En,
                &[(180, Repatriation)],
            ),
            (
                "Imigresen mengusir 90 warga asing yang terlibat sindiket itu, kebanyakan ditahan di Sabah.",
                Lang::Ms,
                &[(90, Repatriation)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn the_main_verb_after_a_relative_clause_past_origin_and_acronyms_decides() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Sebanyak 31 pekerja migran Indonesia (PMI) asal Jawa Barat (Jabar) yang menjadi korban penipuan lowongan kerja palsu di kawasan Myawaddy, Myanmar dipulangkan ke Bandung.",
                Lang::Id,
                &[(31, Repatriation)],
            ),
            (
                "Seramai 16 rakyat Malaysia dari Kota Kinabalu, Sabah yang menjadi mangsa sindiket penipuan tawaran kerja palsu di wilayah Bokeo, Laos diselamatkan semalam.",
                Lang::Ms,
                &[(16, Rescue)],
            ),
            (
                "Some 45 Kenyans from Nairobi and Mombasa who had become victims of trafficking gangs in Myawaddy were flown home on Friday.",
                Lang::En,
                &[(45, Repatriation)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn people_who_are_suspects_or_victims_are_counted_as_such() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Tiga warga Malaysia yang diduga menjadi perekrut kini buron.",
                Lang::Id,
                &[(3, Involved)],
            ),
            (
                "Four foreign men who are suspects in the case remain at large.",
                Lang::En,
                &[(4, Involved)],
            ),
            (
                "Lima warga Indonesia yang dipercayai mangsa sindiket itu masih dikesan.",
                Lang::Ms,
                &[(5, Victims)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn people_in_the_compounds_are_caught_up_in_the_scheme() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            (
                "Researchers estimate 30,000 people in the compounds of Shwe Kokko.",
                Lang::En,
                &[(30000, Involved)],
            ),
            (
                "Some 8,000 people remain inside scam compounds near the border.",
                Lang::En,
                &[(8000, Involved)],
            ),
            (
                "Dianggarkan 2,000 orang di kompaun itu berasal dari Asia.",
                Lang::Ms,
                &[(2000, Involved)],
            ),
            (
                "Diperkirakan 4.000 orang di kompleks itu berasal dari Asia.",
                Lang::Id,
                &[(4000, Involved)],
            ),
            (
                "As many as 50,000 people may have been held in compounds along the river.",
                Lang::En,
                &[(50000, Involved)],
            ),
            (
                "Around 9,000 migrants were forced into scam work in the zone.",
                Lang::En,
                &[(9000, Involved)],
            ),
            // let out by whoever held them, helped out, stopped from leaving
            (
                "The militia said it had released about 3,000 foreigners from the compounds.",
                Lang::En,
                &[(3000, Rescue)],
            ),
            (
                "Seramai 52 rakyat Malaysia telah dibantu keluar dari kompleks itu.",
                Lang::Ms,
                &[(52, Rescue)],
            ),
            (
                "Petugas imigrasi menunda keberangkatan 310 WNI di Bandara Juanda.",
                Lang::Id,
                &[(310, Other)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }

    #[test]
    fn people_held_illegally_missing_or_arrived_safely_have_their_kinds() {
        use CountKind::*;
        let cases: &[KindCase] = &[
            // held against their will: victims, not arrested
            (
                "Activists say some 900 people are illegally detained by the gangs.",
                Lang::En,
                &[(900, Victims)],
            ),
            (
                "Sekitar 150 orang diduga ditahan secara ilegal di kompleks itu.",
                Lang::Id,
                &[(150, Victims)],
            ),
            (
                "Lebih 60 belia ditahan secara haram oleh sindiket berkenaan.",
                Lang::Ms,
                &[(60, Victims)],
            ),
            // missing or out of contact: victims
            (
                "Families said 12 students lost contact after flying to Phnom Penh.",
                Lang::En,
                &[(12, Victims)],
            ),
            (
                "Sebanyak 18 pemuda asal Medan hilang kontak sejak Maret.",
                Lang::Id,
                &[(18, Victims)],
            ),
            (
                "Seramai 11 remaja dilaporkan hilang selepas ke Bangkok.",
                Lang::Ms,
                &[(11, Victims)],
            ),
            // arrived home safely: sent home
            (
                "Seramai 35 rakyat Malaysia selamat tiba di KLIA semalam.",
                Lang::Ms,
                &[(35, Repatriation)],
            ),
            (
                "Sebanyak 40 WNI tiba dengan selamat di Surabaya.",
                Lang::Id,
                &[(40, Repatriation)],
            ),
            (
                "The 52 Filipinos arrived safely in Manila on Sunday.",
                Lang::En,
                &[(52, Repatriation)],
            ),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(kinds(text, lang), want, "{text}");
        }
    }
}
