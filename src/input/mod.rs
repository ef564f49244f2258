//! From bytes to an article: text decoding and the article body of HTML,
//! Markdown and plain text files.

mod html;
mod markdown;

use crate::model::Removed;

/// Text decoded from bytes, with a note when the encoding had to be guessed.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The text, with line ends normalized to `\n`.
    pub text: String,
    /// Set when the input was not valid UTF-8 and another encoding was used.
    pub warning: Option<String>,
}

/// Signatures of binary formats people drop by mistake next to articles.
const BINARY_SIGNATURES: &[&[u8]] = &[
    b"\x89PNG",
    b"\xFF\xD8\xFF",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1F\x8B",
    b"GIF87a",
    b"GIF89a",
    b"RIFF",
    b"\x7FELF",
];

/// Windows-1252 code points for the bytes 0x80–0x9F (the rest of the code page
/// is Latin-1, which maps byte to code point directly). Hand-written rather than
/// `encoding_rs`: this one table is all the fallback needs, and `encoding_rs`
/// brings tens of kilobytes of tables for encodings news pages no longer use
/// into the wasm build. Undefined bytes keep their C1 code point, as the WHATWG
/// decoder does.
const WINDOWS_1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// Decodes bytes as text, or `None` when they are not text at all.
///
/// UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; other
/// bytes that are not valid UTF-8 are read as Windows-1252, with a warning.
pub fn decode(bytes: &[u8]) -> Option<Decoded> {
    if BINARY_SIGNATURES.iter().any(|s| bytes.starts_with(s)) {
        return None;
    }
    let (text, warning) = if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (utf16(rest, u16::from_le_bytes), None)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (utf16(rest, u16::from_be_bytes), None)
    } else {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if bytes.contains(&0) {
            return None;
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), None),
            Err(_) => (
                windows_1252(bytes),
                Some("the file is not valid UTF-8; it was read as Windows-1252".to_string()),
            ),
        }
    };
    if looks_binary(&text) {
        return None;
    }
    Some(Decoded {
        text: normalize_line_ends(text),
        warning,
    })
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Whether decoded text is really a binary file: NUL characters (UTF-16 text
/// has none once decoded) or more than one control character in fifty.
fn looks_binary(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut total = 0usize;
    let mut control = 0usize;
    let mut i = 0;
    // The first 65 536 chars; an ASCII byte is a char, tested without decoding.
    while i < bytes.len() && total < 65_536 {
        total += 1;
        let b = bytes[i];
        if b.is_ascii() {
            if b == 0 {
                return true;
            }
            if (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)) || b == 0x7f {
                control += 1;
            }
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if c.is_control() || c == char::REPLACEMENT_CHARACTER {
            control += 1;
        }
        i += c.len_utf8();
    }
    total > 0 && control * 50 > total
}

fn normalize_line_ends(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The format of an input file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// HTML.
    Html,
}

impl Format {
    /// The format of a file from its name, or, for a name with no known
    /// extension, from a look at its text.
    pub fn from_name(name: &str, text: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
            Format::Html
        } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else if lower.ends_with(".txt") {
            Format::Text
        } else {
            let start = text.trim_start();
            let mut cut = start.len().min(1024);
            while !start.is_char_boundary(cut) {
                cut -= 1;
            }
            let head = start[..cut].to_ascii_lowercase();
            if head.starts_with("<!doctype html")
                || head.starts_with("<html")
                || head.contains("<body")
                || head.contains("<article")
                || (head.starts_with('<') && head.contains("</p>"))
            {
                Format::Html
            } else {
                Format::Text
            }
        }
    }
}

/// An article as taken out of its file, before cleaning.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawArticle {
    /// The body as plain text, one paragraph or line a line.
    pub body: String,
    /// The title from `og:title`, `<title>` or a Markdown `#` heading.
    pub title: Option<String>,
    /// `og:site_name` or the like.
    pub site_name: Option<String>,
    /// `article:published_time`, `<time datetime>` or JSON-LD `datePublished`,
    /// ISO `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Author names from the page's metadata (JSON-LD `author`, `<meta name=author>`).
    pub authors: Vec<String>,
    /// Editor names from the page's metadata (JSON-LD `editor`, `<meta name="dtk:editor">`).
    pub editors: Vec<String>,
    /// What the extraction dropped from the page that a reader would have seen.
    pub removed: Vec<Removed>,
}

/// Takes the article out of `text` in `format`.
pub fn extract(text: &str, format: Format) -> RawArticle {
    match format {
        Format::Html => html::extract(text),
        Format::Markdown => markdown::extract(text),
        Format::Text => RawArticle {
            body: text.to_string(),
            ..RawArticle::default()
        },
    }
}

/// The `YYYY-MM-DD` at the start of an ISO date-time, if it is one.
pub(crate) fn iso_day(value: &str) -> Option<String> {
    let v = value.trim();
    let b = v.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return None;
    }
    let month: u32 = v[5..7].parse().ok()?;
    let day: u32 = v[8..10].parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(v[..10].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_binary_counts_chars_as_a_char_by_char_scan_does() {
        fn by_chars(text: &str) -> bool {
            let mut total = 0usize;
            let mut control = 0usize;
            for c in text.chars().take(65_536) {
                total += 1;
                if c == '\0' {
                    return true;
                }
                if (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}'))
                    || c == char::REPLACEMENT_CHARACTER
                {
                    control += 1;
                }
            }
            total > 0 && control * 50 > total
        }
        let mut long = "é".repeat(65_536);
        long.push('\0');
        for text in [
            String::new(),
            "plain text\n\twith tabs\r\n".to_string(),
            "a\u{1}b".to_string(),
            format!("{}\u{7f}", "x".repeat(40)),
            format!("{}\u{85}\u{85}", "x".repeat(60)),
            format!("{}\u{fffd}\u{fffd}", "é".repeat(60)),
            "nul \0 here".to_string(),
            long,
        ] {
            assert_eq!(
                looks_binary(&text),
                by_chars(&text),
                "{:?}",
                &text[..text.len().min(40)]
            );
        }
    }

    #[test]
    fn decode_reads_utf8_with_and_without_bom() {
        let cases: &[(&[u8], &str)] = &[
            (
                b"Polisi \xE2\x80\x9Cmenangkap\xE2\x80\x9D",
                "Polisi “menangkap”",
            ),
            (b"\xEF\xBB\xBFJakarta", "Jakarta"),
            (b"a\r\nb\rc\n", "a\nb\nc\n"),
        ];
        for (bytes, want) in cases {
            let d = decode(bytes).expect("text");
            assert_eq!(d.text, *want);
            assert_eq!(d.warning, None);
        }
    }

    #[test]
    fn decode_reads_utf16_in_both_byte_orders() {
        let text = "Kamboja – “WNI” 🇮🇩\r\nok";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, "Kamboja – “WNI” 🇮🇩\nok");
        assert_eq!(decode(&be).unwrap().text, "Kamboja – “WNI” 🇮🇩\nok");
    }

    #[test]
    fn decode_falls_back_to_windows_1252_with_a_warning() {
        let d = decode(b"\x93Kami\x94 kata Andi \x96 caf\xE9 \x80").unwrap();
        assert_eq!(d.text, "“Kami” kata Andi – café €");
        assert!(d.warning.unwrap().contains("Windows-1252"));
    }

    #[test]
    fn decode_refuses_binary_files() {
        let cases: &[&[u8]] = &[
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            b"\xFF\xD8\xFF\xE0\0\x10JFIF",
            b"%PDF-1.7\n%\xE2\xE3",
            b"PK\x03\x04\x14\0\0\0",
            b"\x1F\x8B\x08\0",
            b"text with a \0 nul byte",
            b"\x01\x02\x03\x04\x05\x06\x07\x08 mostly control",
        ];
        for bytes in cases {
            assert_eq!(decode(bytes), None, "{bytes:?}");
        }
    }

    #[test]
    fn decode_accepts_empty_and_odd_input_without_panicking() {
        assert_eq!(decode(b"").unwrap().text, "");
        assert_eq!(decode(b"\xFF\xFE\x41").unwrap().text, "");
        // A lone surrogate decodes to U+FFFD, which alone reads as binary.
        assert_eq!(decode(b"\xFE\xFF\xD8\x00"), None);
    }

    #[test]
    fn format_is_taken_from_the_name_then_the_text() {
        let cases = [
            ("a.HTML", "x", Format::Html),
            ("a.md", "<html>", Format::Markdown),
            ("a.txt", "<html>", Format::Text),
            ("", "  <!DOCTYPE html><p>x</p>", Format::Html),
            ("", "<p>Polisi menangkap.</p>", Format::Html),
            ("", "Polisi menangkap <b>dua</b> orang.", Format::Text),
            ("", "ééééé", Format::Text),
        ];
        for (name, text, want) in cases {
            assert_eq!(Format::from_name(name, text), want, "{name} {text}");
        }
    }

    #[test]
    fn iso_day_takes_the_date_of_a_date_time() {
        assert_eq!(
            iso_day("2025-05-08T13:20:00+07:00").as_deref(),
            Some("2025-05-08")
        );
        assert_eq!(iso_day("2025-13-08"), None);
        assert_eq!(iso_day("8 Mei 2025"), None);
        assert_eq!(iso_day("2025-05-0é"), None);
    }
}
