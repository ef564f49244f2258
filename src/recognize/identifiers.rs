//! Phones, e-mails, URLs, domains, crypto wallets, bank accounts and handles.
//!
//! Each kind has one regex, compiled once. Candidates of every kind are
//! collected, then kept in order of how specific their shape is (a Telegram
//! link before a URL, a URL before an e-mail, an e-mail before a bare domain,
//! a named bank account before a phone number), and a candidate that overlaps
//! one already kept is dropped: no identifier is reported inside another.
//!
//! Wallets are checked, not just shaped: BTC and TRON by base58check, `bc1…` by
//! bech32/bech32m, mixed-case ETH by EIP-55 (see [`super::checksum`]).
//! Phones are normalized to `+` and digits when the country code is written, or
//! when a national `0…` number can be placed by the article's language
//! (Indonesian → +62, Malay → +60); otherwise the digits are kept as written.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::checksum;
use super::words::{char_at, char_before, data_lines};
use super::Context;
use crate::model::{Document, Identifier, IdentifierKind, Lang, Span};

const TLDS: &str = include_str!("../../data/tlds.txt");

static TLD_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| data_lines(TLDS).collect());

static TG_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:https?://)?(?:www\.)?(t\.me|telegram\.me|wa\.me)/(\+?[a-z0-9_]{3,64})")
        .expect("valid regex")
});
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:https?://|www\.)[^\s<>"'“”‘’\[\]{}|\\^`]+"#).expect("valid regex")
});
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[a-z0-9][a-z0-9._%+\-]*@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,24}")
        .expect("valid regex")
});
static WALLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"0x[0-9a-fA-F]{40}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}|T[1-9A-HJ-NP-Za-km-z]{33}",
    )
    .expect("valid regex")
});
static BANK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:\b(?:nomor\s+|no\.?\s*)?rek(?:ening)?\b\.?|\b(?:nombor\s+|no\.?\s*)?akaun(?:\s+bank)?\b",
        r"|\bbank\s+account(?:\s+(?:number|no\.?))?|\baccount\s+(?:number|no\.?))",
        r"(?:\s*(?:di\s+|at\s+)?(?:bank\s+)?(?:BCA|BRI|BNI|BSI|BTN|Mandiri|CIMB(?:\s+Niaga)?|Maybank|Danamon|Permata|RHB|Public\s+Bank|Hong\s+Leong|Bank\s+Islam))?",
        r"\s*(?:nomor|no\.?|number|nombor)?\s*[:.\-]?\s*",
        r"(\d[\d\- ]{4,28}\d)"
    ))
    .expect("valid regex")
});
static HANDLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"@[A-Za-z0-9_][A-Za-z0-9_.]{2,31}").expect("valid regex"));
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\+\d{1,3}|\(0?\d{1,4}\)|\d{1,5})(?:(?:[ \-.]|\x{a0}| - )?(?:\(0\)|\(\d{1,4}\)|\d{1,5})){1,7}")
        .expect("valid regex")
});
static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?)+",
    )
    .expect("valid regex")
});

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
    for (kind, value, span) in find(ctx.text, ctx.lang) {
        if kind == IdentifierKind::Domain && outlet.as_deref().is_some_and(|o| is_outlet(&value, o))
        {
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

fn alnum_lower(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
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
    for m in TG_LINK.captures_iter(text) {
        let (Some(all), Some(host), Some(name)) = (m.get(0), m.get(1), m.get(2)) else {
            continue;
        };
        if char_before(text, all.start()).is_some_and(|c| c.is_alphanumeric() || c == '.') {
            continue;
        }
        let value = if host.as_str().eq_ignore_ascii_case("wa.me") {
            let digits: String = name.as_str().chars().filter(char::is_ascii_digit).collect();
            if !(8..=15).contains(&digits.len()) {
                continue;
            }
            format!("+{digits}")
        } else {
            format!("@{}", name.as_str().to_lowercase())
        };
        keep(Handle, value, Span(all.start(), all.end()));
    }
    for m in URL.find_iter(text) {
        if char_before(text, m.start()).is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        let url = trim_url(m.as_str());
        if url.len() < 8 {
            continue;
        }
        keep(Url, url.to_string(), Span(m.start(), m.start() + url.len()));
    }
    for m in EMAIL.find_iter(text) {
        if char_before(text, m.start()).is_some_and(|c| c.is_alphanumeric() || c == '.') {
            continue;
        }
        keep(Email, m.as_str().to_lowercase(), Span(m.start(), m.end()));
    }
    for m in WALLET.find_iter(text) {
        if !standalone(text, m.start(), m.end()) {
            continue;
        }
        let s = m.as_str();
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
            keep(CryptoWallet, value, Span(m.start(), m.end()));
        }
    }
    for m in BANK.captures_iter(text) {
        let Some(num) = m.get(1) else { continue };
        let digits: String = num.as_str().chars().filter(char::is_ascii_digit).collect();
        if (6..=20).contains(&digits.len())
            && !char_at(text, num.end()).is_some_and(|c| c.is_alphanumeric())
        {
            keep(BankAccount, digits, Span(num.start(), num.end()));
        }
    }
    for m in HANDLE.find_iter(text) {
        if char_before(text, m.start()).is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '_')
        {
            continue;
        }
        let handle = m.as_str().trim_end_matches('.');
        let span = Span(m.start(), m.start() + handle.len());
        if near_word(text, span, 40, 30, PLATFORMS) {
            keep(Handle, handle.to_lowercase(), span);
        }
    }
    for m in PHONE.find_iter(text) {
        if let Some((value, span)) = phone(text, m.start(), m.as_str(), lang) {
            keep(Phone, value, span);
        }
    }
    for m in DOMAIN.find_iter(text) {
        if let Some(value) = domain(text, m.start(), m.end()) {
            keep(Domain, value, Span(m.start(), m.end()));
        }
    }
    crate::sort::sort_by_key(&mut found, |f| f.2);
    found
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
            .any(|w| !w.is_empty() && words.contains(&w.to_lowercase().as_str()))
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
    head[start..].trim_end_matches('/').to_lowercase()
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
    Some(host.to_lowercase())
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
