//! The article text of a Markdown file: marks stripped, links reduced to their
//! text, images dropped, the leading `#` heading taken as the title.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::{iso_day, RawArticle};
use crate::model::{Removed, RemovedReason};

static IMAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"!\[([^\]]*)\]\([^)]*\)").expect("valid regex"));
/// The links [`link_texts`] reads by hand (the tests compare the two).
#[cfg(test)]
static LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])").expect("valid regex"));
static AUTOLINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"<((?:https?://|mailto:)[^>\s]+)>").expect("valid regex"));
static HTML_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>").expect("valid regex"));
static REF_DEF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s{0,3}\[[^\]]+\]:\s*\S+").expect("valid regex"));
/// The list mark [`list_mark`] reads by hand (the tests compare the two).
#[cfg(test)]
static LIST_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+").expect("valid regex"));

/// Takes the article and its title out of Markdown.
pub(super) fn extract(md: &str) -> RawArticle {
    let mut raw = RawArticle::default();
    let mut lines: Vec<&str> = md.lines().collect();
    front_matter(&mut lines, &mut raw);

    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut fenced = false;
    let mut after_image = false;
    let mut seen_text = false;
    for line in lines {
        let trimmed = line.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            out.push(line.to_string());
            continue;
        }
        if is_rule(trimmed) {
            // A setext underline makes the line above a heading.
            if trimmed.starts_with('=') && !seen_text_title(&raw) {
                if let Some(prev) = out.last().filter(|p| !p.trim().is_empty()) {
                    raw.title = Some(prev.trim().to_string());
                    out.pop();
                }
            }
            out.push(String::new());
            continue;
        }
        // A definition opens with '[' after at most three spaces.
        if line.as_bytes().iter().take(4).any(|&b| b == b'[') && REF_DEF.is_match(line) {
            continue;
        }
        if trimmed.starts_with('|') && trimmed.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
            continue;
        }
        let mut s = trimmed;
        while let Some(rest) = s.strip_prefix('>') {
            s = rest.trim_start();
        }
        let heading = s.starts_with('#') && {
            let hashes = s.bytes().take_while(|&b| b == b'#').count();
            hashes <= 6 && s[hashes..].starts_with([' ', '\t'])
        };
        let level = if heading {
            s.bytes().take_while(|&b| b == b'#').count()
        } else {
            0
        };
        if heading {
            s = s[level..].trim().trim_end_matches('#').trim_end();
        }
        // Images go; alone on a line, they are a figure whose caption may follow.
        let image_only =
            s.contains("![") && IMAGE.is_match(s) && IMAGE.replace_all(s, "").trim().is_empty();
        if image_only {
            for c in IMAGE.captures_iter(s) {
                let alt = c[1].trim();
                if !alt.is_empty() {
                    raw.removed.push(Removed {
                        text: alt.to_string(),
                        reason: RemovedReason::Caption,
                    });
                }
            }
            after_image = true;
            continue;
        }
        let text = inline(s);
        if after_image && !text.is_empty() && is_wrapped_emphasis(s) {
            raw.removed.push(Removed {
                text,
                reason: RemovedReason::Caption,
            });
            after_image = false;
            continue;
        }
        if !text.trim().is_empty() {
            after_image = false;
        }
        if level == 1 && raw.title.is_none() && !seen_text {
            raw.title = Some(text);
            continue;
        }
        if !text.trim().is_empty() {
            seen_text = true;
        }
        out.push(text);
    }
    raw.body = out.join("\n").trim().to_string();
    raw
}

fn seen_text_title(raw: &RawArticle) -> bool {
    raw.title.is_some()
}

/// `---`, `***`, `___` (three or more of one mark, spaces allowed) or a setext `===`.
fn is_rule(t: &str) -> bool {
    let mut chars = t.chars().filter(|c| *c != ' ');
    let Some(first) = chars.next() else {
        return false;
    };
    matches!(first, '-' | '*' | '_' | '=')
        && t.chars().filter(|c| *c != ' ').count() >= 3
        && chars.all(|c| c == first)
}

/// Whether a line is wholly in `*…*` or `_…_` emphasis, as figure captions are.
fn is_wrapped_emphasis(s: &str) -> bool {
    let s = s.trim();
    s.len() > 2
        && ((s.starts_with('*') && s.ends_with('*')) || (s.starts_with('_') && s.ends_with('_')))
}

/// Inline Markdown to plain text.
fn inline(s: &str) -> String {
    // Each pattern needs a byte most lines lack: skip its whole-line scan then.
    let s = if s.contains("![") {
        IMAGE.replace_all(s, "")
    } else {
        Cow::Borrowed(s)
    };
    let s = link_texts(&s);
    let s = if s.contains('<') {
        AUTOLINK.replace_all(&s, "$1")
    } else {
        Cow::Borrowed(&*s)
    };
    let s = if s.contains('<') {
        HTML_TAG.replace_all(&s, "")
    } else {
        Cow::Borrowed(&*s)
    };
    let s = &s[list_mark(&s)..];
    strip_marks(s).trim().to_string()
}

/// `s` with each link replaced by its text, as `LINK.replace_all(s, "$1")`
/// does: from each '[', the text runs to the first ']', which a '(' must
/// follow with a ')' after it, or a '[' with a ']' after it (no class of the
/// pattern can backtrack past those brackets); the next link is looked for
/// after the end of the last. The regex's capture search cost ~100
/// instructions a byte.
fn link_texts(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    let find = |from: usize, c: u8| {
        b[from.min(b.len())..]
            .iter()
            .position(|&x| x == c)
            .map(|k| from + k)
    };
    let mut out = String::new();
    let (mut last, mut i) = (0, 0);
    while let Some(open) = find(i, b'[') {
        let Some(close) = find(open + 1, b']') else {
            break;
        };
        let end = match b.get(close + 1) {
            Some(b'(') => find(close + 2, b')'),
            Some(b'[') => find(close + 2, b']'),
            _ => None,
        };
        match end {
            Some(end) => {
                out.push_str(&s[last..open]);
                out.push_str(&s[open + 1..close]);
                last = end + 1;
                i = end + 1;
            }
            None => i = open + 1,
        }
    }
    if last == 0 {
        return Cow::Borrowed(s);
    }
    out.push_str(&s[last..]);
    Cow::Owned(out)
}

/// The length of the list mark opening `s` (0 without one), as
/// `^\s*(?:[-*+•]|\d{1,3}[.)])\s+` matches it (`\s` is ASCII): spaces, a
/// bullet or one to three digits and a '.' or ')', then spaces. The regex
/// scanned the whole line even where its anchor had failed.
fn list_mark(s: &str) -> usize {
    let b = s.as_bytes();
    let space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let mut i = b.iter().take_while(|c| space(c)).count();
    let rest = &s[i..];
    if let Some(bullet) = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '*' | '+' | '•'))
    {
        i += bullet.len_utf8();
    } else {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits) || !matches!(b.get(i + digits), Some(b'.' | b')')) {
            return 0;
        }
        i += digits + 1;
    }
    let spaces = b[i..].iter().take_while(|c| space(c)).count();
    if spaces == 0 {
        return 0;
    }
    i + spaces
}

/// Drops emphasis marks and backticks and resolves backslash escapes; an
/// underscore inside a word (`@akun_resmi`) and a lone ` * ` stay.
fn strip_marks(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let next = chars.get(i + 1).copied();
        match c {
            '\\' if next.is_some_and(|n| n.is_ascii_punctuation()) => {
                out.push(next.unwrap_or('\\'));
                i += 2;
                continue;
            }
            '`' => {}
            '_' if prev.is_some_and(char::is_alphanumeric)
                && next.is_some_and(char::is_alphanumeric) =>
            {
                out.push(c)
            }
            '*' if prev == Some(' ') && next == Some(' ') => out.push(c),
            '*' | '_' => {}
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// YAML front matter (`---` … `---`) with `title`, `date`, `author`, `source`.
fn front_matter(lines: &mut Vec<&str>, raw: &mut RawArticle) {
    if lines.first().map(|l| l.trim()) != Some("---") {
        return;
    }
    let Some(end) = lines
        .iter()
        .take(60)
        .skip(1)
        .position(|l| matches!(l.trim(), "---" | "..."))
        .map(|p| p + 1)
    else {
        return;
    };
    let fields: Vec<(String, String)> = lines[1..end]
        .iter()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| {
            let v = v.trim().trim_matches(['"', '\'']).trim();
            (k.trim().to_ascii_lowercase(), v.to_string())
        })
        .collect();
    if fields.is_empty() {
        return;
    }
    // The site's name: "site" or "outlet" over "source", which web
    // clippers fill with the page's address; an address gives its host.
    let mut site: Option<(u8, String)> = None;
    for (k, v) in fields {
        if v.is_empty() {
            continue;
        }
        let rank = match k.as_str() {
            "site" | "site_name" | "outlet" => 3,
            "source" if !v.contains("://") => 2,
            "source" | "url" => 1,
            _ => 0,
        };
        if rank > 0 {
            if site.as_ref().is_none_or(|(r, _)| *r < rank) {
                site = Some((rank, v));
            }
            continue;
        }
        match k.as_str() {
            "title" | "headline" if raw.title.is_none() => raw.title = Some(v),
            "date" | "published" | "published_at" | "datepublished" if raw.published.is_none() => {
                raw.published = iso_day(&v)
            }
            "author" | "authors" => raw.authors.extend(
                v.trim_matches(['[', ']'])
                    .split(',')
                    .map(|a| a.trim().trim_matches(['"', '\'']).to_string())
                    .filter(|a| !a.is_empty()),
            ),
            _ => {}
        }
    }
    if raw.site_name.is_none() {
        raw.site_name = site.map(|(_, v)| match v.split_once("://") {
            Some((_, rest)) => {
                let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
                host.strip_prefix("www.").unwrap_or(host).to_string()
            }
            None => v,
        });
    }
    lines.drain(..=end);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of the fixtures and samples, and tricky ones.
    fn lines() -> Vec<String> {
        let mut lines: Vec<String> = [
            "- a",
            "-a",
            "  * b",
            "+\tc",
            "• d",
            "•d",
            "1. e",
            "12) f",
            "123. g",
            "1234. h",
            "1.x",
            " 7.  i",
            "- ",
            "-",
            "",
            "[a](b) [c][d] [e] ![f](g)",
            "x](y",
            "• ",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        lines.extend(crate::test_texts::lines());
        lines
    }

    #[test]
    fn list_marks_are_read_as_the_regex_matched_them() {
        let mut marks = 0;
        for l in lines() {
            let want = LIST_MARK.find(&l).map_or(0, |m| m.end());
            marks += usize::from(want > 0);
            assert_eq!(list_mark(&l), want, "{l:?}");
        }
        assert!(marks >= 8, "{marks}");
    }

    #[test]
    fn links_are_replaced_as_the_regex_replaced_them() {
        let mut tricky: Vec<String> = [
            "[a](b) [c][d] [e] ![f](g)",
            "[[a](b)",
            "[a] (b) [c](d",
            "[a](b)[c](d)x",
            "[](x) [a][] [é](ü)",
            "]( [ ] ( ) [a]([b](c))",
            "[a\nb](c)",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        tricky.extend(lines());
        let mut links = 0;
        for l in tricky {
            let want = LINK.replace_all(&l, "$1");
            links += usize::from(want != l);
            assert_eq!(link_texts(&l), want, "{l:?}");
        }
        assert!(links >= 8, "{links}");
    }

    #[test]
    fn leading_heading_is_the_title_and_marks_go() {
        let raw = extract(
            "# Polisi Gerebek Markas\n\n*Kompas.com - 27/08/2024*\n\n**Penulis:** Andi | **Editor:** Budi\n\nIsi _berita_ dengan [tautan](https://x.id) dan akun @akun_resmi.\n\n## Subjudul\n\n- butir satu\n1. butir dua\n> kutipan\n",
        );
        assert_eq!(raw.title.as_deref(), Some("Polisi Gerebek Markas"));
        assert_eq!(
            raw.body,
            "Kompas.com - 27/08/2024\n\nPenulis: Andi | Editor: Budi\n\nIsi berita dengan tautan dan akun @akun_resmi.\n\nSubjudul\n\nbutir satu\nbutir dua\nkutipan"
        );
    }

    #[test]
    fn images_and_their_italic_captions_are_removed() {
        let raw = extract(
            "Paragraf pertama.\n\n![Alt foto](https://x/y.jpg)\n*Polisi berjaga. (DOK. POLRI)*\n\nParagraf kedua.",
        );
        assert_eq!(raw.body, "Paragraf pertama.\n\n\nParagraf kedua.");
        assert_eq!(raw.removed.len(), 2);
        assert!(raw
            .removed
            .iter()
            .all(|r| r.reason == RemovedReason::Caption));
    }

    #[test]
    fn rules_quotes_escapes_and_code_are_handled() {
        let raw = extract("Satu\n\n---\n\n> **Baca juga:** [Judul lain](https://a/b)\n\nHarga \\*diskon\\* `kode`\n\n```\nkode *mentah*\n```");
        assert_eq!(
            raw.body,
            "Satu\n\n\n\nBaca juga: Judul lain\n\nHarga *diskon* kode\n\nkode *mentah*"
        );
    }

    #[test]
    fn front_matter_gives_metadata() {
        let raw = extract(
            "---\ntitle: \"Judul\"\ndate: 2024-09-02\nauthor: Rina, Budi\nsource: Tempo\n---\nIsi.",
        );
        assert_eq!(raw.title.as_deref(), Some("Judul"));
        assert_eq!(raw.published.as_deref(), Some("2024-09-02"));
        assert_eq!(raw.authors, vec!["Rina", "Budi"]);
        assert_eq!(raw.site_name.as_deref(), Some("Tempo"));
        assert_eq!(raw.body, "Isi.");
        // A clipper's "source" is the page's address; "site" names it.
        for (front, want) in [
            (
                "source: \"https://www.indozone.id/news/x\"\nsite: Indozone",
                "Indozone",
            ),
            ("source: https://www.indozone.id/news/x", "indozone.id"),
        ] {
            let raw = extract(&format!("---\n{front}\n---\nIsi."));
            assert_eq!(raw.site_name.as_deref(), Some(want), "{front}");
        }
    }

    #[test]
    fn setext_heading_is_the_title() {
        let raw = extract("Judul Besar\n===\n\nIsi.");
        assert_eq!(raw.title.as_deref(), Some("Judul Besar"));
        assert_eq!(raw.body, "Isi.");
    }

    #[test]
    fn odd_markdown_does_not_panic() {
        for md in [
            "",
            "#",
            "# ",
            "![",
            "[a](",
            "**",
            "> > >",
            "---\n",
            "\\",
            "_é_ 🇮🇩 *",
        ] {
            let _ = extract(md);
        }
        assert_eq!(extract("_é_ 🇮🇩").body, "é 🇮🇩");
    }
}
