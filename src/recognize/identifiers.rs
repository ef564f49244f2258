//! Phones, e-mails, URLs, domains, crypto wallets, bank accounts and handles.
//!
//! Each kind has one regex, compiled once. Candidates of every kind are
//! collected, then kept in order of how specific their shape is (a Telegram
//! link before a URL, a URL before an e-mail, an e-mail before a bare domain,
//! a named bank account before a phone number), and a candidate that overlaps
//! one already kept is dropped: no identifier is reported inside another.
//! A bank account is a number after "rekening", "akaun" or "account" (with
//! a bank's name or "nomor" between), or after "bernomor"/"bernombor" a few
//! words on ("rekening penampung di bank swasta bernomor 7810226345").
//!
//! Wallets are checked, not just shaped: BTC and TRON by base58check, `bc1…` by
//! bech32/bech32m, mixed-case ETH by EIP-55 (see [`super::checksum`]).
//! Phones are normalized to `+` and digits when the country code is written, or
//! when a national `0…` number can be placed by the article's language
//! (Indonesian → +62, Malay → +60) or, in an English article, by the
//! country of its dateline ("TÂY NINH —" → +84, `data/calling_codes.tsv`),
//! or by a shape only one country uses (eleven digits "09…": a Philippine
//! mobile); otherwise the digits are kept as written.

use crate::case::Case;
use std::collections::HashSet;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::checksum;
use super::words::{char_at, char_before, data_lines};
use super::Context;
use crate::model::{Document, Identifier, IdentifierKind, Lang, Span};

const TLDS: &str = crate::data_file::data_file!("tlds.txt");

static TLD_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| data_lines(TLDS).collect());

// The patterns, written once. Each whole-text scan of regex-lite runs its PikeVM at
// every byte (no literal prefilter, no DFA), so the finder below never scans the
// whole text: it runs the `^`-anchored form only at the few positions a match can
// start at (an '@', "http", a digit...), or the plain form on the short runs of
// characters a match is made of. Both give exactly what `find_iter` over the
// whole text gives (see `anchored_matches` and the equivalence test).
const TG_LINK_PAT: &str =
    r"(?i)(?:https?://)?(?:www\.)?(t\.me|telegram\.me|wa\.me)/(\+?[a-z0-9_]{3,64})";
const URL_PAT: &str = r#"(?i)(?:https?://|www\.)[^\s<>"'“”‘’\[\]{}|\\^`]+"#;
const EMAIL_PAT: &str = r"(?i)[a-z0-9][a-z0-9._%+\-]*@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,24}";
const WALLET_PAT: &str = r"0x[0-9a-fA-F]{40}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}|T[1-9A-HJ-NP-Za-km-z]{33}";
const BANK_PAT: &str = concat!(
    r"(?i)(?:\b(?:nomor\s+|no\.?\s*)?rek(?:ening)?\b\.?|\b(?:nombor\s+|no\.?\s*)?akaun(?:\s+bank)?\b",
    r"|\bbank\s+account(?:\s+(?:number|no\.?))?|\baccount\s+(?:number|no\.?)",
    // "rekening penampung di bank swasta bernomor …", "akaun milik X bernombor …"
    r"|\b(?:rekening|akaun|account)\b[^.\d\n]{1,60}?\bbernomb?or)",
    r"(?:\s*(?:di\s+|at\s+)?(?:bank\s+)?(?:BCA|BRI|BNI|BSI|BTN|Mandiri|CIMB(?:\s+Niaga)?|Maybank|Danamon|Permata|RHB|Public\s+Bank|Hong\s+Leong|Bank\s+Islam))?",
    r"\s*(?:nomor|no\.?|number|nombor)?\s*[:.\-]?\s*",
    r"(\d[\d\- ]{4,28}\d)"
);
const HANDLE_PAT: &str = r"@[A-Za-z0-9_][A-Za-z0-9_.]{2,31}";
const PHONE_PAT: &str = r"(?:\+\d{1,3}|\(0?\d{1,4}\)|\d{1,5})(?:(?:[ \-.]|\x{a0}| - )?(?:\(0\)|\(\d{1,4}\)|\d{1,5})){1,7}";
const DOMAIN_PAT: &str =
    r"(?i)[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?)+";

fn anchored(pattern: &str) -> Regex {
    Regex::new(&format!("^(?:{pattern})")).expect("valid regex")
}

static TG_LINK: LazyLock<Regex> = LazyLock::new(|| anchored(TG_LINK_PAT));
static URL: LazyLock<Regex> = LazyLock::new(|| anchored(URL_PAT));
static EMAIL: LazyLock<Regex> = LazyLock::new(|| anchored(EMAIL_PAT));
static BANK: LazyLock<Regex> = LazyLock::new(|| anchored(BANK_PAT));
static HANDLE: LazyLock<Regex> = LazyLock::new(|| anchored(HANDLE_PAT));
static PHONE: LazyLock<Regex> = LazyLock::new(|| anchored(PHONE_PAT));
// Wallets and domains are made of ASCII alphanumerics (and '.', '-'): they run
// unanchored, but only over the short runs of those characters that can hold one.
static WALLET: LazyLock<Regex> = LazyLock::new(|| Regex::new(WALLET_PAT).expect("valid regex"));
static DOMAIN: LazyLock<Regex> = LazyLock::new(|| Regex::new(DOMAIN_PAT).expect("valid regex"));

/// Matches of `re` (a `^`-anchored pattern) tried at each of `starts` (ascending),
/// leftmost first and non-overlapping: what `find_iter` of the unanchored pattern
/// gives over the whole text when every match starts at one of `starts` and the
/// pattern looks at nothing before its start (a leading `\b` is checked by the
/// caller). Calls `f(start, captures)` with offsets relative to `start`.
fn anchored_matches<'t>(
    re: &Regex,
    text: &'t str,
    starts: &[usize],
    mut f: impl FnMut(usize, regex_lite::Captures<'t>),
) {
    let mut next = 0;
    let mut last = usize::MAX;
    for &s in starts {
        if s < next || s == last || !text.is_char_boundary(s) {
            continue;
        }
        last = s;
        if let Some(c) = re.captures(&text[s..]) {
            next = s + c.get(0).map_or(0, |m| m.end()).max(1);
            f(s, c);
        }
    }
}

/// Like [`anchored_matches`] for the whole match only: (start, end) pairs.
fn anchored_spans(re: &Regex, text: &str, starts: &[usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut next = 0;
    let mut last = usize::MAX;
    for &s in starts {
        if s < next || s == last || !text.is_char_boundary(s) {
            continue;
        }
        last = s;
        if let Some(m) = re.find(&text[s..]) {
            next = s + m.end().max(1);
            out.push((s, s + m.end()));
        }
    }
    out
}

/// The phone starts in runs of the bytes a phone match is made of (digits,
/// '+', '(', ')', ' ', '-', '.', and both bytes of the no-break space, and
/// so of some other characters) that hold eight digits or more. Every phone
/// [`phone`] keeps has eight digits at least, and a match never leaves its
/// run, so a run with fewer gives no phone and, skipped whole, leaves the
/// matches of the other runs as they were. Most numbers in a story (years,
/// amounts, counts) are turned away before the anchored search.
fn phone_starts(bytes: &[u8], starts: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut k = 0;
    for (s, e) in runs(bytes, |b| RUN_CLASS[usize::from(b)] & PHONE_RUN != 0) {
        while k < starts.len() && starts[k] < s {
            k += 1;
        }
        let from = k;
        while k < starts.len() && starts[k] < e {
            k += 1;
        }
        if bytes[s..e].iter().filter(|b| b.is_ascii_digit()).count() >= 8 {
            out.extend_from_slice(&starts[from..k]);
        }
    }
    out
}

/// The bytes of a run that may hold a phone: digits, '+', brackets, spaces,
/// '-', '.' and the bytes of a no-break space (0xC2 0xA0).
const PHONE_RUN: u8 = 1;
/// ASCII letters and digits (the runs that may hold a wallet).
const ALNUM_RUN: u8 = 2;
/// ASCII letters, digits, '.' and '-' (the runs that may hold a domain).
const DOMAIN_RUN: u8 = 4;

/// Per byte, the runs it may stand in: one load instead of a chain of
/// comparisons in the loops over every byte of the text.
static RUN_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let alnum = c.is_ascii_alphanumeric();
        if c.is_ascii_digit() || matches!(c, b'+' | b'(' | b')' | b' ' | b'-' | b'.' | 0xc2 | 0xa0)
        {
            t[b] |= PHONE_RUN;
        }
        if alnum {
            t[b] |= ALNUM_RUN;
        }
        if alnum || c == b'.' || c == b'-' {
            t[b] |= DOMAIN_RUN;
        }
        b += 1;
    }
    t
};

/// Maximal runs `[start, end)` of bytes that satisfy `class` (generic, not a
/// `fn` pointer: the test is inlined into the loop over every byte).
fn runs<'a>(
    bytes: &'a [u8],
    class: impl Fn(u8) -> bool + 'a,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && !class(bytes[i]) {
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len() && class(bytes[i]) {
            i += 1;
        }
        Some((start, i))
    })
}

fn starts_ci(bytes: &[u8], at: usize, lit: &[u8]) -> bool {
    bytes
        .get(at..at + lit.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(lit))
}

/// Where each pattern can start, from one pass over the bytes.
#[derive(Default)]
struct Starts {
    /// "http" / "www." (URLs and Telegram links) and "t.me" / "telegram.me" / "wa.me".
    link: Vec<usize>,
    url: Vec<usize>,
    at: Vec<usize>,
    email: Vec<usize>,
    phone: Vec<usize>,
    bank: Vec<usize>,
}

fn is_email_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl Starts {
    fn of(text: &str) -> Starts {
        let bytes = text.as_bytes();
        let mut st = Starts::default();
        for (i, &b) in bytes.iter().enumerate() {
            match b {
                b'h' | b'H' | b'w' | b'W' => {
                    if starts_ci(bytes, i, b"http") || starts_ci(bytes, i, b"www.") {
                        st.url.push(i);
                        st.link.push(i);
                    } else if starts_ci(bytes, i, b"wa.me") {
                        st.link.push(i);
                    }
                }
                b't' | b'T'
                    if starts_ci(bytes, i, b"t.me") || starts_ci(bytes, i, b"telegram.me") =>
                {
                    st.link.push(i);
                }
                b'@' => {
                    st.at.push(i);
                    // The local part: every start in the run of its characters before '@'.
                    let mut j = i;
                    while j > 0 && is_email_local(bytes[j - 1]) {
                        j -= 1;
                    }
                    st.email.extend(j..i);
                }
                b'0'..=b'9' | b'+' | b'(' => st.phone.push(i),
                b'r' | b'R' | b'a' | b'A'
                    if starts_ci(bytes, i, b"rek")
                        || starts_ci(bytes, i, b"akaun")
                        || starts_ci(bytes, i, b"account") =>
                {
                    // The keyword itself, or the word before it ("nomor", "no.", "bank").
                    st.bank.push(i);
                    let mut j = i;
                    while j > 0
                        && matches!(bytes[j - 1], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
                    {
                        j -= 1;
                    }
                    if j > 0 && bytes[j - 1] == b'.' {
                        j -= 1;
                    }
                    while j > 0 && is_word_byte(bytes[j - 1]) {
                        j -= 1;
                    }
                    st.bank.push(j);
                }
                _ => {}
            }
        }
        // Every bank pattern opens with `\b` before a letter.
        st.bank.retain(|&s| s == 0 || !is_word_byte(bytes[s - 1]));
        crate::sort::sort_by_key(&mut st.bank, |&s| s);
        st.bank.dedup();
        st.email.dedup();
        st
    }
}

/// Words a platform handle stands next to.
const PLATFORMS: &[&str] = &[
    "account",
    "akaun",
    "akun",
    "channel",
    "facebook",
    "fb",
    "grup",
    "group",
    "handle",
    "ig",
    "instagram",
    "kanal",
    "line",
    "telegram",
    "tiktok",
    "twitter",
    "username",
    "wa",
    "wechat",
    "whatsapp",
    "x",
];

/// Words that name a phone number just before it.
const PHONE_CUES: &[&str] = &[
    "call", "contact", "hotline", "hp", "hubungi", "nomor", "number", "phone", "ponsel", "tel",
    "telefon", "telepon", "telp", "wa", "whatsapp",
];

/// Words that make a digit run some other number (identity card, case file, police id).
const OTHER_NUMBERS: &[&str] = &[
    "akaun",
    "account",
    "isbn",
    "kk",
    "ktp",
    "lp",
    "nik",
    "nip",
    "npwp",
    "nrp",
    "passport",
    "paspor",
    "perkara",
    "register",
    "registrasi",
    "rek",
    "rekening",
    "sk",
    "sprin",
];

const CURRENCY_MARKS: &[&str] = &[
    "$", "€", "£", "¥", "idr", "rm", "rp", "rp.", "usd", "us$", "s$", "sgd", "myr", "thb", "php",
    "riel",
];

/// Appends what this recognizer finds in `ctx.text` to `doc`.
pub fn recognize(ctx: &Context, doc: &mut Document) {
    let outlet = doc.source.outlet.as_deref().map(alnum_lower);
    let home = dateline_calling_code(doc.source.dateline.as_deref());
    for (kind, mut value, span) in find(ctx.text, ctx.lang) {
        // "0998 598 6245" in an English story from Cebu: the dateline's country.
        if let Some(code) = home.filter(|_| kind == IdentifierKind::Phone) {
            if let Some(national) = value.strip_prefix('0').filter(|n| !n.starts_with('0')) {
                value = format!("+{code}{national}");
            }
        }
        // The article's own outlet's address ("dihubungi Lampost.co") is its
        // credit, by its name or through the outlet table.
        let own = |v: &str| {
            outlet.as_deref().is_some_and(|o| is_outlet(v, o))
                || doc.source.outlet.as_deref().is_some_and(|o| {
                    crate::clean::is_outlet(v) && crate::clean::canonical_outlet(v) == o
                })
        };
        if kind == IdentifierKind::Domain && own(&value) {
            continue;
        }
        match doc
            .identifiers
            .iter_mut()
            .find(|i| i.kind == kind && i.value == value)
        {
            Some(i) => i.spans.push(span),
            None => doc.identifiers.push(Identifier {
                kind,
                value,
                spans: vec![span],
            }),
        }
    }
}

const CALLING_CODES: &str = crate::data_file::data_file!("calling_codes.tsv");

/// The calling code of the country the dateline's place is in
/// (`data/calling_codes.tsv`): "Cebu" → 63.
fn dateline_calling_code(dateline: Option<&str>) -> Option<&'static str> {
    let (_, country) = super::gazetteer::place(dateline?)?;
    let country = country?;
    super::words::tsv_rows(CALLING_CODES)
        .find(|r| r[0] == country)
        .and_then(|r| r.get(1).copied())
}

fn alnum_lower(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(crate::case::lower_char)
        .collect()
}

/// Whether a bare domain is the outlet's own ("Kompas.com" in a Kompas article):
/// a credit for the source, not an identifier the story names.
fn is_outlet(domain: &str, outlet: &str) -> bool {
    let name = alnum_lower(domain.split('.').next().unwrap_or(""));
    outlet.len() >= 4 && name.len() >= 4 && (name.contains(outlet) || outlet.contains(&name))
}

/// Every identifier in `text` as (kind, normalized value, span), in text order.
pub fn find(text: &str, lang: Lang) -> Vec<(IdentifierKind, String, Span)> {
    use IdentifierKind::*;
    let mut found: Vec<(IdentifierKind, String, Span)> = Vec::new();
    let mut keep = |kind, value: String, span: Span| {
        if !found.iter().any(|f| f.2.overlaps(span)) {
            found.push((kind, value, span));
        }
    };
    let st = Starts::of(text);
    let bytes = text.as_bytes();
    let mut links = Vec::new();
    anchored_matches(&TG_LINK, text, &st.link, |s, m| {
        if let (Some(all), Some(host), Some(name)) = (m.get(0), m.get(1), m.get(2)) {
            links.push((s + all.start(), s + all.end(), host.as_str(), name.as_str()));
        }
    });
    for (all_start, all_end, host, name) in links {
        if char_before(text, all_start).is_some_and(|c| c.is_alphanumeric() || c == '.') {
            continue;
        }
        let value = if host.eq_ignore_ascii_case("wa.me") {
            let digits: String = name.chars().filter(char::is_ascii_digit).collect();
            if !(8..=15).contains(&digits.len()) {
                continue;
            }
            format!("+{digits}")
        } else {
            format!("@{}", name.lower())
        };
        keep(Handle, value, Span(all_start, all_end));
    }
    for (start, end) in anchored_spans(&URL, text, &st.url) {
        if char_before(text, start).is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        let url = trim_url(&text[start..end]);
        if url.len() < 8 {
            continue;
        }
        keep(Url, url.to_string(), Span(start, start + url.len()));
    }
    for (start, end) in anchored_spans(&EMAIL, text, &st.email) {
        if char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '.') {
            continue;
        }
        keep(Email, text[start..end].lower(), Span(start, end));
    }
    // The shortest wallet is 11 characters ("bc1" and 8); every one holds a
    // digit ("0x", '1', '3', "bc1") or opens with 'T'.
    let wallets = runs(bytes, |b| RUN_CLASS[usize::from(b)] & ALNUM_RUN != 0)
        .filter(|&(a, b)| may_hold_wallet(&bytes[a..b]))
        .flat_map(|(a, b)| {
            WALLET
                .find_iter(&text[a..b])
                .map(move |m| (a + m.start(), a + m.end()))
        });
    for (start, end) in wallets {
        if !standalone(text, start, end) {
            continue;
        }
        let s = &text[start..end];
        let ok = match s.as_bytes()[0] {
            b'0' => checksum::eth_address(s),
            b'1' | b'3' => checksum::base58check(s, &[0x00, 0x05]),
            b'T' => checksum::base58check(s, &[0x41]),
            _ => checksum::segwit(s, "bc"),
        };
        if ok {
            // As written (EIP-55 mixed case is the checksummed form); bech32 in lowercase.
            let value = if s.starts_with("BC1") {
                s.to_ascii_lowercase()
            } else {
                s.to_string()
            };
            keep(CryptoWallet, value, Span(start, end));
        }
    }
    let mut accounts = Vec::new();
    anchored_matches(&BANK, text, &st.bank, |s, m| {
        if let Some(num) = m.get(1) {
            accounts.push((s + num.start(), s + num.end()));
        }
    });
    for (start, end) in accounts {
        let digits: String = text[start..end]
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        if (6..=20).contains(&digits.len())
            && !char_at(text, end).is_some_and(|c| c.is_alphanumeric())
        {
            keep(BankAccount, digits, Span(start, end));
        }
    }
    for (start, end) in anchored_spans(&HANDLE, text, &st.at) {
        if char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '_') {
            continue;
        }
        let handle = text[start..end].trim_end_matches('.');
        let span = Span(start, start + handle.len());
        if near_word(text, span, 40, 30, PLATFORMS) {
            keep(Handle, handle.lower(), span);
        }
    }
    for (start, end) in anchored_spans(&PHONE, text, &phone_starts(bytes, &st.phone)) {
        if let Some((value, span)) = phone(text, start, &text[start..end], lang) {
            keep(Phone, value, span);
        }
    }
    // A domain has a '.' between two alphanumerics, and `domain` keeps only
    // a last label from the TLD list, which opens with a lowercase letter
    // (so "1.000.000" and "3.5" are not scanned).
    let domains = runs(bytes, |b| RUN_CLASS[usize::from(b)] & DOMAIN_RUN != 0)
        .filter(|&(a, b)| may_hold_domain(&bytes[a..b]))
        .flat_map(|(a, b)| {
            DOMAIN
                .find_iter(&text[a..b])
                .map(move |m| (a + m.start(), a + m.end()))
        });
    for (start, end) in domains {
        if let Some(value) = domain(text, start, end) {
            keep(Domain, value, Span(start, end));
        }
    }
    crate::sort::sort_by_key(&mut found, |f| f.2);
    found
}

/// Whether a run of ASCII alphanumerics can hold a wallet: 11 characters at
/// least ("bc1" and 8), and a digit ("0x", '1', '3', "bc1") or a 'T'.
fn may_hold_wallet(run: &[u8]) -> bool {
    run.len() >= 11 && run.iter().any(|&c| c.is_ascii_digit() || c == b'T')
}

/// Whether a run of ASCII alphanumerics, '.' and '-' can hold a domain that
/// [`domain`] keeps: a '.' between two alphanumerics, the second a lowercase
/// letter, since a kept domain ends in a label of the TLD list, and those
/// open with one.
fn may_hold_domain(run: &[u8]) -> bool {
    run.windows(3)
        .any(|w| w[1] == b'.' && w[0].is_ascii_alphanumeric() && w[2].is_ascii_lowercase())
}

fn standalone(text: &str, start: usize, end: usize) -> bool {
    !char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '.')
        && !char_at(text, end).is_some_and(|c| c.is_alphanumeric())
}

/// A URL without the sentence punctuation glued to its end.
fn trim_url(url: &str) -> &str {
    let mut url = url;
    loop {
        let before = url.len();
        url = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '»', '…']);
        if url.ends_with(')') && !url.contains('(') {
            url = &url[..url.len() - 1];
        }
        if url.len() == before {
            return url;
        }
    }
}

/// Whether one of `words` stands as a whole word within `before` bytes before or
/// `after` bytes after `span` (lowercased comparison, char-boundary safe).
fn near_word(text: &str, span: Span, before: usize, after: usize, words: &[&str]) -> bool {
    let lo = floor_boundary(text, span.0.saturating_sub(before));
    let hi = floor_boundary(text, (span.1 + after).min(text.len()));
    let pieces = [&text[lo..span.0], &text[span.1..hi]];
    pieces.iter().any(|piece| {
        piece
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| !w.is_empty() && words.contains(&w.lower().as_str()))
    })
}

/// The last whole word of `text[..at]`, lowercased, skipping spaces and `:.,`.
fn word_before(text: &str, at: usize) -> String {
    let head = text[..at].trim_end_matches([' ', '\u{a0}', ':', ',', '.', '(', '\t']);
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '$' || *c == '/'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    head[start..].trim_end_matches('/').lower()
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A phone number starting at `start` with matched text `raw`, validated and
/// normalized; `None` when it is a year, a date, money, a count or another id.
fn phone(text: &str, start: usize, raw: &str, lang: Lang) -> Option<(String, Span)> {
    let raw = raw.trim_end_matches([' ', '-', '.', '\u{a0}']);
    let end = start + raw.len();
    if char_before(text, start).is_some_and(|c| {
        c.is_alphanumeric() || matches!(c, '.' | ',' | '/' | '-' | '+' | '_' | '@')
    }) {
        return None;
    }
    let after = &text[end..];
    if after.starts_with(|c: char| c.is_alphanumeric() || c == '/' || c == '%')
        || (after.starts_with(['.', ',']) && after[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let previous = word_before(text, start);
    if CURRENCY_MARKS.contains(&previous.as_str()) || OTHER_NUMBERS.contains(&previous.as_str()) {
        return None;
    }
    let lead = text[..start].trim_end();
    if lead.ends_with(['$', '€', '£', '¥']) {
        return None;
    }
    let groups: Vec<&str> = raw
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    let seps: String = raw
        .chars()
        .filter(|c| !c.is_ascii_digit() && *c != '+')
        .collect();
    if is_date(&groups, &seps) {
        return None;
    }
    let thousands = !raw.starts_with(['+', '(', '0'])
        && groups.len() > 1
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups[0].len() <= 3
        && (seps.chars().all(|c| c == '.') || seps.chars().all(|c| c == ','));
    if thousands {
        return None;
    }
    let value = if raw.starts_with('+') {
        let digits = raw
            .replace("(0)", "")
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>();
        (8..=15)
            .contains(&digits.len())
            .then(|| format!("+{digits}"))?
    } else if raw.starts_with('0') || raw.starts_with("(0") {
        if !(9..=13).contains(&digits.len()) || digits.starts_with("00") {
            return None;
        }
        // Indonesian mobiles (08…) are distinctive enough when the language is unknown.
        match lang {
            Lang::Id => format!("+62{}", &digits[1..]),
            Lang::Ms => format!("+60{}", &digits[1..]),
            Lang::Und if digits.starts_with("08") => format!("+62{}", &digits[1..]),
            // Philippine mobiles are the only eleven-digit "09…" numbers of
            // the region (Vietnam's and Thailand's have ten).
            _ if digits.len() == 11 && digits.starts_with("09") => {
                format!("+63{}", &digits[1..])
            }
            _ => digits,
        }
    } else {
        if !(8..=15).contains(&digits.len())
            || !near_word(text, Span(start, end), 30, 0, PHONE_CUES)
        {
            return None;
        }
        if digits.starts_with("62") && (10..=14).contains(&digits.len()) {
            format!("+{digits}")
        } else {
            digits
        }
    };
    // A run like "2024 2025" or a single 8-digit block after a phone cue is still
    // plausible; a bare year never reaches here (too few digits).
    Some((value, Span(start, end)))
}

fn is_date(groups: &[&str], seps: &str) -> bool {
    if groups.len() != 3 || seps.contains(' ') {
        return false;
    }
    let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    matches!(lens.as_slice(), [1 | 2, 1 | 2, 2 | 4] | [4, 1 | 2, 1 | 2])
}

/// A bare domain `[start, end)`, lowercased, when it ends in a known TLD written in
/// lowercase and stands on its own (not part of an address or a path).
fn domain(text: &str, start: usize, end: usize) -> Option<String> {
    if char_before(text, start)
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '@' | '/' | '.' | '-' | '_'))
        || char_at(text, end).is_some_and(|c| c.is_alphanumeric() || matches!(c, '@' | '_'))
    {
        return None;
    }
    let host = &text[start..end];
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    let tld_labels = if n >= 3 && TLD_SET.contains(labels[n - 2..].join(".").as_str()) {
        2
    } else if TLD_SET.contains(labels[n - 1]) {
        1
    } else {
        return None;
    };
    let tld = labels[n - tld_labels..].join(".");
    if tld.chars().any(|c| c.is_uppercase()) {
        return None;
    }
    let name = labels[n - tld_labels - 1];
    if name.len() < 2 || name.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(host.lower())
}

#[cfg(test)]
mod tests {
    use super::*;
    use IdentifierKind::*;

    fn ids(text: &str, lang: Lang) -> Vec<(IdentifierKind, String, &str)> {
        find(text, lang)
            .into_iter()
            .map(|(k, v, s)| (k, v, &text[s.0..s.1]))
            .collect()
    }

    /// The candidate-driven finder must give exactly the whole-text `find_iter`.
    #[test]
    fn anchored_search_matches_what_a_whole_text_scan_finds() {
        let mut texts: Vec<String> = [
            "Hubungi +62 812-3456-7890 atau (021) 555 1234, rek. BCA 123-456-7890.",
            "No.rek 1234567890 a.n. Budi; nomor  rekening di bank Mandiri: 9876543210",
            "norek 12345678, xno rek 1234567, bank account number 11223344, account no. 556677889",
            "nombor akaun Maybank 5140 1234 5678; akaun bank 9988776655",
            "email a@b.com@c.org x.y@mail.co.id .z@q.io scam-ops@yahoo.com.my @tiket_murah.id",
            "https://t.me/joinchat/abc http://www.telegram.me/+abcd wa.me/6281234567890 T.ME/Xyz_1",
            "See www.example.com/path?a=1. and HTTPS://EX.AM/ple) “http://q.io/x” ftp://no",
            "Wallet 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 and 0x52908400098527886E0F7030069857D2E4169EE7, bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE",
            "1.234.567 orang, 12/05/2024, 3-4 Mei 2024, + 12 (0) 34 56 78 90 12 34 56 7 - 8",
            "situs judi.online dan Kompas.com, U.S. dan 1.5 juta, co.id x-y.z-w.net a.b",
            "",
            "@ @@ @a @abc.def. (( ++ 0x 1 3 bc1 T ré@kö.com rekening\u{a0}123456",
            "Hubungi 0812-3456-7890 atau +62 21 5550 1234 / (021) 555\u{a0}0199, 12 3 45 678 9 à0 12345678",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        if let Ok(dir) = std::fs::read_dir("tests/fixtures/train") {
            for e in dir.flatten() {
                if let Ok(t) = std::fs::read_to_string(e.path()) {
                    texts.push(t);
                }
            }
        }
        let whole = |pat: &str, text: &str, group: usize| -> Vec<(usize, usize)> {
            Regex::new(pat)
                .unwrap()
                .captures_iter(text)
                .filter_map(|c| c.get(group).map(|m| (m.start(), m.end())))
                .collect()
        };
        let caps = |re: &Regex, text: &str, starts: &[usize], group: usize| {
            let mut out = Vec::new();
            anchored_matches(re, text, starts, |s, c| {
                if let Some(m) = c.get(group) {
                    out.push((s + m.start(), s + m.end()));
                }
            });
            out
        };
        for text in &texts {
            let st = Starts::of(text);
            let t = text.as_str();
            assert_eq!(
                caps(&TG_LINK, t, &st.link, 2),
                whole(TG_LINK_PAT, t, 2),
                "{t}"
            );
            assert_eq!(
                anchored_spans(&URL, t, &st.url),
                whole(URL_PAT, t, 0),
                "{t}"
            );
            assert_eq!(
                anchored_spans(&EMAIL, t, &st.email),
                whole(EMAIL_PAT, t, 0),
                "{t}"
            );
            assert_eq!(caps(&BANK, t, &st.bank, 1), whole(BANK_PAT, t, 1), "{t}");
            assert_eq!(
                anchored_spans(&HANDLE, t, &st.at),
                whole(HANDLE_PAT, t, 0),
                "{t}"
            );
            assert_eq!(
                anchored_spans(&PHONE, t, &st.phone),
                whole(PHONE_PAT, t, 0),
                "{t}"
            );
            // The phone gate keeps every match with eight digits (the least
            // a phone has), and those matches as they were.
            let eight = |v: Vec<(usize, usize)>| -> Vec<(usize, usize)> {
                v.into_iter()
                    .filter(|&(s, e)| t[s..e].bytes().filter(u8::is_ascii_digit).count() >= 8)
                    .collect()
            };
            assert_eq!(
                eight(anchored_spans(
                    &PHONE,
                    t,
                    &phone_starts(t.as_bytes(), &st.phone)
                )),
                eight(whole(PHONE_PAT, t, 0)),
                "{t}"
            );
        }
    }

    #[test]
    fn runs_turned_away_hold_no_wallet_and_no_kept_domain() {
        for t in TLD_SET.iter() {
            assert!(
                t.split('.')
                    .all(|l| l.starts_with(|c: char| c.is_ascii_lowercase())),
                "{t}"
            );
        }
        let mut texts: Vec<String> = vec![
            "1.000.000 dan 3.5 juta, Kompas.COM, A.B.C. 12.ab x1.co.id 0x1234567890abcdef".into(),
            "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE internasional"
                .into(),
        ];
        texts.extend(crate::test_texts::texts());
        let (mut wallets, mut domains) = (0, 0);
        for text in &texts {
            let bytes = text.as_bytes();
            for (a, b) in runs(bytes, |b| b.is_ascii_alphanumeric()) {
                if !may_hold_wallet(&bytes[a..b]) {
                    assert!(WALLET.find(&text[a..b]).is_none(), "{}", &text[a..b]);
                } else {
                    wallets += 1;
                }
            }
            for (a, b) in runs(bytes, |b| {
                b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
            }) {
                if may_hold_domain(&bytes[a..b]) {
                    domains += 1;
                    continue;
                }
                for m in DOMAIN.find_iter(&text[a..b]) {
                    assert!(
                        domain(text, a + m.start(), a + m.end()).is_none(),
                        "{}",
                        m.as_str()
                    );
                }
            }
        }
        assert!(wallets > 0 && domains > 0);
    }

    #[test]
    fn tld_file_loads_sorted_and_unique() {
        super::super::words::sorted_and_unique(TLDS).unwrap();
        assert!(TLD_SET.contains("co.id") && TLD_SET.contains("com"));
    }

    #[test]
    fn phones_are_normalized_to_the_international_form() {
        let cases = [
            (
                "Hubungi hotline KBRI di +66 92 803 1147.",
                Lang::Id,
                "+66928031147",
                "+66 92 803 1147",
            ),
            (
                "Nomor korban 0812-3456-7890 aktif.",
                Lang::Id,
                "+6281234567890",
                "0812-3456-7890",
            ),
            (
                "Kantor di (021) 1234567 buka.",
                Lang::Id,
                "+62211234567",
                "(021) 1234567",
            ),
            (
                "Call +855 12 678 921 for help.",
                Lang::En,
                "+85512678921",
                "+855 12 678 921",
            ),
            (
                "Hubungi talian 012-345 6789 segera.",
                Lang::Ms,
                "+60123456789",
                "012-345 6789",
            ),
            (
                "WhatsApp 6281370004521 milik perekrut.",
                Lang::Id,
                "+6281370004521",
                "6281370004521",
            ),
        ];
        for (text, lang, value, written) in cases {
            assert_eq!(
                ids(text, lang),
                vec![(Phone, value.to_string(), written)],
                "{text}"
            );
        }
    }

    #[test]
    fn years_money_dates_counts_and_other_ids_are_not_phones() {
        let cases = [
            "Pada 2024 dan 2025 kasus naik.",
            "Kerugian Rp 1.500.000.000 dilaporkan.",
            "Losses reached US$ 37,000,000,000 last year.",
            "Sidang digelar 20-03-2025 di Jakarta.",
            "Sebanyak 3.482 WNI dan 1.300.000 orang terdampak.",
            "Tersangka dengan NIK 3201234567890123 ditahan.",
            "Laporan polisi nomor LP/B/123/2024 diterima.",
            "Kode pos 12345 di Jakarta.",
        ];
        for text in cases {
            assert!(
                ids(text, Lang::Id).iter().all(|(k, ..)| *k != Phone),
                "{text}: {:?}",
                ids(text, Lang::Id)
            );
        }
    }

    #[test]
    fn addresses_and_links_are_found_and_not_reported_twice_inside_each_other() {
        let text = "Kirim CV ke rekrut@asiakarir-global.com atau buka https://asiakarir-global.com/loker, bukan gacorjp88.vip.";
        assert_eq!(
            ids(text, Lang::Id),
            vec![
                (
                    Email,
                    "rekrut@asiakarir-global.com".into(),
                    "rekrut@asiakarir-global.com"
                ),
                (
                    Url,
                    "https://asiakarir-global.com/loker".into(),
                    "https://asiakarir-global.com/loker"
                ),
                (Domain, "gacorjp88.vip".into(), "gacorjp88.vip"),
            ]
        );
    }

    #[test]
    fn abbreviations_decimals_and_glued_sentences_are_not_domains() {
        let cases = [
            "Officials in the U.S. said so.",
            "Angka naik 1.2 persen.",
            "Mereka pulang.Dia tidak.",
            "Ijazah S.H. dan M.Si dipalsukan.",
            "Lampiran laporan.pdf dikirim.",
        ];
        for text in cases {
            assert_eq!(ids(text, Lang::Id), vec![], "{text}");
        }
        assert_eq!(
            ids("Berita dari Antaranews.com dan polri.go.id.", Lang::Id),
            vec![
                (Domain, "antaranews.com".into(), "Antaranews.com"),
                (Domain, "polri.go.id".into(), "polri.go.id"),
            ]
        );
    }

    #[test]
    fn only_checked_wallets_are_reported() {
        let text = "Dana dikirim ke TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t, 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, \
                    bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 dan 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed, \
                    bukan 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD atau 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb.";
        let got: Vec<String> = ids(text, Lang::Id)
            .into_iter()
            .filter(|(k, ..)| *k == CryptoWallet)
            .map(|(_, v, _)| v)
            .collect();
        assert_eq!(
            got,
            vec![
                "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            ]
        );
    }

    #[test]
    fn bank_accounts_follow_their_cue_and_are_not_phones() {
        let cases = [
            (
                "Uang ditransfer ke rekening BCA 781-045-2296 milik tersangka.",
                "7810452296",
                "781-045-2296",
            ),
            (
                "Nomor rekening: 0123 4567 890 diblokir.",
                "01234567890",
                "0123 4567 890",
            ),
            (
                "Mangsa memindahkan wang ke akaun bank Maybank 1640 2233 4455.",
                "164022334455",
                "1640 2233 4455",
            ),
            (
                "The bank account number 998877665544 was frozen.",
                "998877665544",
                "998877665544",
            ),
            // "bernomor" a few words after the account
            (
                "Penyidik memblokir rekening penampung di sebuah bank swasta bernomor 7810226345 atas nama PT X.",
                "7810226345",
                "7810226345",
            ),
            (
                "Akaun milik Nurul Ain bernombor 5621 0388 4410 menerima RM312,000.",
                "562103884410",
                "5621 0388 4410",
            ),
        ];
        for (text, value, written) in cases {
            assert_eq!(
                ids(text, Lang::Id),
                vec![(BankAccount, value.to_string(), written)],
                "{text}"
            );
        }
    }

    #[test]
    fn handles_need_a_platform_word_or_a_link() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Perekrut memakai akun Telegram @lokerthailand_vip.",
                &[("@lokerthailand_vip", "@lokerthailand_vip")],
            ),
            (
                "Follow @ScamWatch on X for updates.",
                &[("@scamwatch", "@ScamWatch")],
            ),
            (
                "Gabung t.me/kerja_bangkok atau wa.me/6281234567890 sekarang.",
                &[
                    ("@kerja_bangkok", "t.me/kerja_bangkok"),
                    ("+6281234567890", "wa.me/6281234567890"),
                ],
            ),
            ("Rapat @ hotel dan harga @Rp5.000 saja.", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<(String, &str)> = ids(text, Lang::Id)
                .into_iter()
                .filter(|(k, ..)| *k == Handle)
                .map(|(_, v, s)| (v, s))
                .collect();
            let want: Vec<(String, &str)> = want.iter().map(|(v, s)| (v.to_string(), *s)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn the_outlets_own_domain_is_a_credit_not_an_identifier() {
        let text = "Hal itu disampaikan kepada Kompas.com. Situs gacorjp88.vip diblokir.";
        let sentences = crate::segment::sentences(text);
        let ctx = Context {
            text,
            lang: Lang::Id,
            sentences: &sentences,
            reference: Default::default(),
        };
        let mut doc = Document::default();
        doc.source.outlet = Some("Kompas".into());
        recognize(&ctx, &mut doc);
        let values: Vec<&str> = doc.identifiers.iter().map(|i| i.value.as_str()).collect();
        assert_eq!(values, ["gacorjp88.vip"]);
        // An address that differs from the outlet's name, known to the outlet table.
        let mut doc = Document::default();
        doc.source.outlet = Some("Lampung Post".into());
        let text = "Hal itu disampaikan kepada Lampost.co. Situs gacorjp88.vip diblokir.";
        let sentences = crate::segment::sentences(text);
        let ctx = Context {
            text,
            sentences: &sentences,
            ..ctx
        };
        recognize(&ctx, &mut doc);
        let values: Vec<&str> = doc.identifiers.iter().map(|i| i.value.as_str()).collect();
        assert_eq!(values, ["gacorjp88.vip"]);
    }

    #[test]
    fn national_numbers_in_english_take_the_dateline_country_or_a_shape_only_one_uses() {
        let phones = |text: &str, dateline: Option<&str>| -> Vec<String> {
            let sentences = crate::segment::sentences(text);
            let ctx = Context {
                text,
                lang: Lang::En,
                sentences: &sentences,
                reference: Default::default(),
            };
            let mut doc = Document::default();
            doc.source.dateline = dateline.map(str::to_string);
            recognize(&ctx, &mut doc);
            doc.identifiers.into_iter().map(|i| i.value).collect()
        };
        super::super::words::sorted_and_unique(CALLING_CODES).unwrap();
        let text = "Families can call the hotline on 069 219 4444 for help.";
        assert_eq!(phones(text, Some("Tây Ninh")), ["+84692194444"]);
        assert_eq!(phones(text, None), ["0692194444"]);
        let text = "Tips may be sent to the PAOCC hotline at 0998-598-6245.";
        assert_eq!(phones(text, None), ["+639985986245"]);
        // A number already written with its country code stays as it is.
        let text = "Call +66 2 205 1000 for the embassy.";
        assert_eq!(phones(text, Some("Tây Ninh")), ["+6622051000"]);
    }

    #[test]
    fn one_identifier_per_kind_and_value_gathers_spans() {
        let text = "Hubungi 0812 3456 7890. Sekali lagi: 0812-3456-7890.";
        let sentences = crate::segment::sentences(text);
        let ctx = Context {
            text,
            lang: Lang::Id,
            sentences: &sentences,
            reference: Default::default(),
        };
        let mut doc = Document::default();
        recognize(&ctx, &mut doc);
        assert_eq!(doc.identifiers.len(), 1);
        assert_eq!(doc.identifiers[0].spans.len(), 2);
    }

    #[test]
    fn odd_input_does_not_panic() {
        let long = "9".repeat(5000);
        for text in [
            "",
            "@",
            "+",
            "(0",
            "http://",
            "😀+62 812 3456 7890😀",
            "é.com",
            long.as_str(),
            "rekening 😀 123456",
        ] {
            let _ = find(text, Lang::Id);
        }
    }
}
