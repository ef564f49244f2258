//! The article body and metadata of an HTML page.
//!
//! A small hand-written tokenizer builds a forgiving element tree; the body is
//! the text of the `<article>` (else `<main>`, else an element whose class says
//! it holds the article, else `<body>`), with scripts, menus, sidebars, share
//! boxes and captions left out and recorded in `removed`.
//!
//! Why not a crate: measured on a minimal `cdylib` built for
//! `wasm32-unknown-unknown` at `opt-level = "s"` with LTO, `tl` 0.7 alone grew
//! the module from 1.6 KB to 38.7 KB, and an HTML5-conformant tokenizer such as
//! `html5gum` is larger still. Neither picks the article, knows which blocks are
//! boilerplate, or gives the metadata, so that code is needed anyway; the
//! tokenizer itself is the small part. What the hand-written one must do is
//! survive bad markup (unclosed tags, stray `<`, `>` inside quoted attribute
//! values, unterminated comments), which the tests below pin.

use super::{iso_day, RawArticle};
use crate::model::{Removed, RemovedReason};

/// Elements that never hold text (no end tag).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose content is raw text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "iframe", "noembed", "noscript", "script", "style", "template", "textarea", "title", "xmp",
];

/// Elements whose content is never article text and that a reader does not see.
const SILENT: &[&str] = &[
    "canvas", "head", "iframe", "map", "noembed", "noscript", "object", "script", "select",
    "style", "svg", "template", "textarea", "title", "video", "audio", "xmp",
];

/// Elements that end a line before and after them.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

/// Parts of a class or id (split at `-` and `_`) that mark a block as
/// boilerplate, with the reason it is cut. Sorted for binary search.
const JUNK_CLASS_PARTS: &[(&str, RemovedReason)] = &[
    ("ad", RemovedReason::Ad),
    ("ads", RemovedReason::Ad),
    ("adsense", RemovedReason::Ad),
    ("advert", RemovedReason::Ad),
    ("advertisement", RemovedReason::Ad),
    ("advertorial", RemovedReason::Ad),
    ("also", RemovedReason::RelatedLink),
    ("baca", RemovedReason::RelatedLink),
    ("bacajuga", RemovedReason::RelatedLink),
    ("banner", RemovedReason::Ad),
    ("breadcrumb", RemovedReason::Navigation),
    ("breadcrumbs", RemovedReason::Navigation),
    ("captcha", RemovedReason::Captcha),
    ("caption", RemovedReason::Caption),
    ("comment", RemovedReason::Widget),
    ("comments", RemovedReason::Widget),
    ("consent", RemovedReason::Captcha),
    ("cookie", RemovedReason::Captcha),
    ("cookies", RemovedReason::Captcha),
    ("copyright", RemovedReason::Legal),
    ("credit", RemovedReason::Caption),
    ("dfp", RemovedReason::Ad),
    ("disqus", RemovedReason::Widget),
    ("donate", RemovedReason::Widget),
    ("footer", RemovedReason::Navigation),
    ("gdpr", RemovedReason::Captcha),
    ("iklan", RemovedReason::Ad),
    ("komentar", RemovedReason::Widget),
    ("langganan", RemovedReason::Widget),
    ("menu", RemovedReason::Navigation),
    ("mgid", RemovedReason::Ad),
    ("modal", RemovedReason::Widget),
    ("mood", RemovedReason::Widget),
    ("nav", RemovedReason::Navigation),
    ("navbar", RemovedReason::Navigation),
    ("navigation", RemovedReason::Navigation),
    ("newsletter", RemovedReason::Widget),
    ("outbrain", RemovedReason::Ad),
    ("pagination", RemovedReason::Navigation),
    ("paywall", RemovedReason::Widget),
    ("popular", RemovedReason::RelatedLink),
    ("populer", RemovedReason::RelatedLink),
    ("popup", RemovedReason::Widget),
    ("promo", RemovedReason::Ad),
    ("reactions", RemovedReason::Widget),
    ("readalso", RemovedReason::RelatedLink),
    ("readmore", RemovedReason::RelatedLink),
    ("recirculation", RemovedReason::RelatedLink),
    ("recommendation", RemovedReason::RelatedLink),
    ("recommended", RemovedReason::RelatedLink),
    ("rekomendasi", RemovedReason::RelatedLink),
    ("related", RemovedReason::RelatedLink),
    ("share", RemovedReason::Widget),
    ("sharing", RemovedReason::Widget),
    ("sidebar", RemovedReason::Navigation),
    ("social", RemovedReason::Widget),
    ("sosmed", RemovedReason::Widget),
    ("sponsor", RemovedReason::Ad),
    ("sponsored", RemovedReason::Ad),
    ("subscribe", RemovedReason::Widget),
    ("subscription", RemovedReason::Widget),
    ("taboola", RemovedReason::Ad),
    ("tag", RemovedReason::Widget),
    ("tags", RemovedReason::Widget),
    ("terkait", RemovedReason::RelatedLink),
    ("terpopuler", RemovedReason::RelatedLink),
    ("topik", RemovedReason::Widget),
    ("trending", RemovedReason::RelatedLink),
    ("widget", RemovedReason::Widget),
];

/// Class or id fragments of the element that holds the article text.
const BODY_CLASS_HINTS: &[&str] = &[
    "article-body",
    "article-content",
    "article-text",
    "article__body",
    "article__content",
    "article_body",
    "articlebody",
    "body-content",
    "content-detail",
    "detail-content",
    "detail-text",
    "detail__body",
    "entry-content",
    "news-content",
    "post-body",
    "post-content",
    "read__content",
    "story-body",
    "story-content",
    "detail",
    "content",
];

/// Named character references decoded in text and attribute values, sorted
/// for binary search. Numeric references are decoded in full.
const ENTITIES: &[(&str, &str)] = &[
    ("AElig", "Æ"),
    ("Aacute", "Á"),
    ("Agrave", "À"),
    ("Auml", "Ä"),
    ("Ccedil", "Ç"),
    ("Eacute", "É"),
    ("Iacute", "Í"),
    ("Ntilde", "Ñ"),
    ("Oacute", "Ó"),
    ("Ouml", "Ö"),
    ("Uacute", "Ú"),
    ("Uuml", "Ü"),
    ("aacute", "á"),
    ("acirc", "â"),
    ("aelig", "æ"),
    ("agrave", "à"),
    ("amp", "&"),
    ("apos", "'"),
    ("aring", "å"),
    ("atilde", "ã"),
    ("auml", "ä"),
    ("bdquo", "„"),
    ("bull", "•"),
    ("ccedil", "ç"),
    ("cent", "¢"),
    ("copy", "©"),
    ("deg", "°"),
    ("eacute", "é"),
    ("ecirc", "ê"),
    ("egrave", "è"),
    ("emsp", "\u{2003}"),
    ("ensp", "\u{2002}"),
    ("euml", "ë"),
    ("euro", "€"),
    ("frac12", "½"),
    ("gt", ">"),
    ("hellip", "…"),
    ("iacute", "í"),
    ("icirc", "î"),
    ("iexcl", "¡"),
    ("iquest", "¿"),
    ("iuml", "ï"),
    ("laquo", "«"),
    ("ldquo", "“"),
    ("lrm", "\u{200E}"),
    ("lsaquo", "‹"),
    ("lsquo", "‘"),
    ("lt", "<"),
    ("mdash", "—"),
    ("middot", "·"),
    ("minus", "−"),
    ("nbsp", "\u{a0}"),
    ("ndash", "–"),
    ("ntilde", "ñ"),
    ("oacute", "ó"),
    ("ocirc", "ô"),
    ("ograve", "ò"),
    ("otilde", "õ"),
    ("ouml", "ö"),
    ("para", "¶"),
    ("pound", "£"),
    ("quot", "\""),
    ("raquo", "»"),
    ("rdquo", "”"),
    ("reg", "®"),
    ("rlm", "\u{200F}"),
    ("rsaquo", "›"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("sect", "§"),
    ("shy", "\u{ad}"),
    ("szlig", "ß"),
    ("thinsp", "\u{2009}"),
    ("times", "×"),
    ("trade", "™"),
    ("uacute", "ú"),
    ("ucirc", "û"),
    ("ugrave", "ù"),
    ("uuml", "ü"),
    ("yen", "¥"),
    ("zwj", "\u{200D}"),
    ("zwnj", "\u{200C}"),
];

/// At most this many lines of the page around the article go into `removed`.
const MAX_REMOVED_AROUND: usize = 120;

#[derive(Debug)]
enum Node {
    Elem(usize),
    Text(String),
}

#[derive(Debug, Default)]
struct Elem {
    tag: String,
    /// Lowercased class, id and itemprop values, space-separated.
    marks: String,
    /// `hidden`, `aria-hidden="true"` or an inline `display:none`.
    hidden: bool,
    children: Vec<Node>,
}

#[derive(Default)]
struct Meta {
    title: Option<String>,
    og_title: Option<String>,
    site_name: Option<String>,
    published_meta: Option<String>,
    published_ld: Option<String>,
    published_time: Option<String>,
    headline: Option<String>,
    publisher: Option<String>,
    authors: Vec<String>,
    meta_authors: Vec<String>,
    editors: Vec<String>,
}

/// Takes the article and its metadata out of an HTML page.
pub(super) fn extract(html: &str) -> RawArticle {
    let mut meta = Meta::default();
    let elems = parse(html, &mut meta);
    let lens = text_lengths(&elems);
    let container = choose_container(&elems, &lens);

    let mut body = Out::default();
    let mut removed = Vec::new();
    render(&elems, container, &mut body, &mut removed, true);

    // What the reader saw around the article: menus, sidebars, footers.
    let mut around = Out::default();
    let root = body_or_root(&elems);
    render_skipping(&elems, root, container, &mut around);
    for line in around.s.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if removed.len() >= MAX_REMOVED_AROUND {
            break;
        }
        removed.push(Removed {
            text: line.to_string(),
            reason: RemovedReason::Navigation,
        });
    }

    // The headline the reader sees beats the one written for sharing, which
    // often carries the site's name or a different wording.
    let h1 = page_headline(&elems, container)
        .or_else(|| page_headline(&elems, 0))
        .filter(|h| meta.og_title.as_deref().is_none_or(|o| overlaps(h, o)));
    let title = h1
        .or(meta.og_title)
        .or(meta.headline)
        .or_else(|| meta.title.as_deref().map(strip_site_suffix))
        .filter(|t| !t.is_empty());
    let authors = if meta.authors.is_empty() {
        meta.meta_authors
    } else {
        meta.authors
    };
    RawArticle {
        body: body.finish(),
        title,
        site_name: meta.site_name.or(meta.publisher),
        published: meta
            .published_meta
            .or(meta.published_ld)
            .or(meta.published_time),
        authors,
        editors: meta.editors,
        removed,
    }
}

/// Whether two headlines share most words: a page's `<h1>` and its
/// `og:title` name the same story, a site banner in an `<h1>` does not.
fn overlaps(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(crate::case::lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let shared = short.iter().filter(|w| long.contains(w)).count();
    !short.is_empty() && shared * 2 >= short.len()
}

/// The text of the page's first visible `<h1>` outside menus and sidebars,
/// when it reads like a headline (three words or more).
fn page_headline(elems: &[Elem], from: usize) -> Option<String> {
    fn walk(elems: &[Elem], idx: usize) -> Option<String> {
        let e = &elems[idx];
        if is_silent(e) || dropped(e).is_some() {
            return None;
        }
        if e.tag == "h1" {
            let mut o = Out::default();
            render_plain(elems, idx, None, &mut o);
            let t = collapse_ws(&o.finish());
            return (t.split_whitespace().count() >= 3).then_some(t);
        }
        e.children.iter().find_map(|c| match c {
            Node::Elem(c) => walk(elems, *c),
            Node::Text(_) => None,
        })
    }
    walk(elems, from)
}

// ---------------------------------------------------------------- tokenizer

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b':' || b == b'_'
}

/// Finds `needle` (ASCII, lowercase) in `hay` from `from`, ignoring ASCII case.
fn find_ci(hay: &str, from: usize, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (from..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// The attributes of a start tag beginning at `i` (just after the name), and
/// the offset after its `>`; `>` inside quoted values does not end the tag.
fn parse_attrs(s: &str, mut i: usize) -> (Vec<(String, String)>, usize, bool) {
    let b = s.as_bytes();
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            self_closing = b[i] == b'/';
            i += 1;
        }
        if i >= b.len() {
            return (attrs, b.len(), self_closing);
        }
        if b[i] == b'>' {
            return (attrs, i + 1, self_closing);
        }
        self_closing = false;
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        // A stray quote or `<` can make an empty name; step over it.
        if i == start {
            i += 1;
            continue;
        }
        let name = s[start..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                let ve = b[vs..].iter().position(|&c| c == q).map(|p| vs + p);
                match ve {
                    Some(ve) => {
                        value = decode_entities(&s[vs..ve]);
                        i = ve + 1;
                    }
                    None => {
                        // An unclosed quote: the value runs to the next `>`.
                        let ve = b[vs..]
                            .iter()
                            .position(|&c| c == b'>')
                            .map_or(b.len(), |p| vs + p);
                        value = decode_entities(&s[vs..ve]);
                        i = ve;
                    }
                }
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = decode_entities(&s[vs..i]);
            }
        }
        attrs.push((name, value));
    }
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// Builds the element tree of `s`; element 0 is the document root.
fn parse(s: &str, meta: &mut Meta) -> Vec<Elem> {
    let b = s.as_bytes();
    let mut elems = vec![Elem {
        tag: "#root".to_string(),
        ..Elem::default()
    }];
    let mut stack: Vec<usize> = vec![0];
    let mut i = 0;
    let mut text_start = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let next = b.get(i + 1).copied().unwrap_or(0);
        let kind = if s[i..].starts_with("<!--") {
            1
        } else if next == b'!' || next == b'?' {
            2
        } else if next == b'/' && b.get(i + 2).is_some_and(u8::is_ascii_alphabetic) {
            3
        } else if next.is_ascii_alphabetic() {
            4
        } else {
            // A stray `<` is text.
            i += 1;
            continue;
        };
        push_text(&mut elems, &stack, &s[text_start..i]);
        match kind {
            1 => {
                i = s[i + 4..].find("-->").map_or(b.len(), |p| i + 4 + p + 3);
            }
            2 => {
                i = b[i..]
                    .iter()
                    .position(|&c| c == b'>')
                    .map_or(b.len(), |p| i + p + 1);
            }
            3 => {
                let ns = i + 2;
                let mut ne = ns;
                while ne < b.len() && is_name_byte(b[ne]) {
                    ne += 1;
                }
                let name = s[ns..ne].to_ascii_lowercase();
                i = b[ne..]
                    .iter()
                    .position(|&c| c == b'>')
                    .map_or(b.len(), |p| ne + p + 1);
                close(&elems, &mut stack, &name);
            }
            _ => {
                let ns = i + 1;
                let mut ne = ns;
                while ne < b.len() && is_name_byte(b[ne]) {
                    ne += 1;
                }
                let name = s[ns..ne].to_ascii_lowercase();
                let (attrs, after, self_closing) = parse_attrs(s, ne);
                i = after;
                if RAW_TEXT.contains(&name.as_str()) {
                    let end = find_ci(s, i, &format!("</{name}")).unwrap_or(b.len());
                    let content = &s[i..end];
                    raw_text_meta(&name, &attrs, content, meta);
                    i = b[end..]
                        .iter()
                        .position(|&c| c == b'>')
                        .map_or(b.len(), |p| end + p + 1);
                    // Raw text never reaches the body; keep the element so its
                    // place is known, without children.
                    open(&mut elems, &mut stack, &name, &attrs, true);
                } else {
                    tag_meta(&name, &attrs, meta);
                    let void = self_closing || VOID.contains(&name.as_str());
                    open(&mut elems, &mut stack, &name, &attrs, void);
                }
            }
        }
        text_start = i;
    }
    push_text(&mut elems, &stack, &s[text_start.min(b.len())..]);
    elems
}

fn push_text(elems: &mut [Elem], stack: &[usize], raw: &str) {
    if raw.is_empty() {
        return;
    }
    let top = *stack.last().unwrap_or(&0);
    let text = decode_entities(raw);
    if let Some(Node::Text(prev)) = elems[top].children.last_mut() {
        prev.push_str(&text);
    } else {
        elems[top].children.push(Node::Text(text));
    }
}

/// Tags whose start implicitly ends an open `<p>`.
fn closes_p(name: &str) -> bool {
    BLOCK.contains(&name) && !matches!(name, "body" | "html" | "caption")
}

fn open(
    elems: &mut Vec<Elem>,
    stack: &mut Vec<usize>,
    name: &str,
    attrs: &[(String, String)],
    void: bool,
) {
    // The implied end tags that matter for text: a block ends a paragraph, a
    // list item or table row ends its open sibling.
    if let Some(&top) = stack.last() {
        let top_tag = elems[top].tag.as_str();
        let implied = (top_tag == "p" && closes_p(name))
            || (top_tag == name
                && matches!(name, "li" | "tr" | "td" | "th" | "option" | "dt" | "dd"));
        if implied && stack.len() > 1 {
            stack.pop();
        }
    }
    let mut marks = String::new();
    for key in ["class", "id", "itemprop"] {
        if let Some(v) = attr(attrs, key) {
            marks.push_str(&v.to_ascii_lowercase());
            marks.push(' ');
        }
    }
    let style = attr(attrs, "style").unwrap_or("").to_ascii_lowercase();
    let hidden = attr(attrs, "hidden").is_some()
        || attr(attrs, "aria-hidden") == Some("true")
        || style.replace(' ', "").contains("display:none");
    let idx = elems.len();
    elems.push(Elem {
        tag: name.to_string(),
        marks,
        hidden,
        children: Vec::new(),
    });
    let parent = *stack.last().unwrap_or(&0);
    elems[parent].children.push(Node::Elem(idx));
    if !void {
        stack.push(idx);
    }
}

fn close(elems: &[Elem], stack: &mut Vec<usize>, name: &str) {
    // An end tag closes the nearest open element of its name; one with no open
    // element is ignored, as browsers do.
    if let Some(pos) = stack.iter().rposition(|&e| elems[e].tag == name) {
        if pos > 0 {
            stack.truncate(pos);
        }
    }
}

fn set_once(slot: &mut Option<String>, value: &str) {
    let v = collapse_ws(value);
    if slot.is_none() && !v.is_empty() {
        *slot = Some(v);
    }
}

fn tag_meta(name: &str, attrs: &[(String, String)], meta: &mut Meta) {
    match name {
        "meta" => {
            let key = attr(attrs, "property")
                .or_else(|| attr(attrs, "name"))
                .or_else(|| attr(attrs, "itemprop"))
                .unwrap_or("")
                .to_ascii_lowercase();
            let Some(content) = attr(attrs, "content") else {
                return;
            };
            match key.as_str() {
                "og:title" | "twitter:title" => set_once(&mut meta.og_title, content),
                "og:site_name" | "application-name" => set_once(&mut meta.site_name, content),
                "article:published_time"
                | "og:article:published_time"
                | "datepublished"
                | "pubdate"
                | "publishdate"
                | "publish-date"
                | "date"
                | "dc.date"
                | "dc.date.issued"
                | "parsely-pub-date"
                | "content_publisheddate" => {
                    meta.published_meta = meta.published_meta.take().or_else(|| iso_day(content));
                }
                // "author", "dtk:author", "content_author", "dc.creator".
                k if k.ends_with("author") || k == "dc.creator" => {
                    let c = collapse_ws(content);
                    if !c.is_empty() && !c.contains("://") && !meta.meta_authors.contains(&c) {
                        meta.meta_authors.push(c);
                    }
                }
                k if k.ends_with("editor") => {
                    let c = collapse_ws(content);
                    if !c.is_empty() && !c.contains("://") && !meta.editors.contains(&c) {
                        meta.editors.push(c);
                    }
                }
                // "dtk:publishdate", "content_publishdate", "og:published_time".
                k if k.contains("publish")
                    && (k.contains("date") || k.contains("time"))
                    && !k.contains("modif") =>
                {
                    meta.published_meta = meta.published_meta.take().or_else(|| iso_day(content));
                }
                _ => {}
            }
        }
        "time" => {
            let d = attr(attrs, "datetime").and_then(iso_day);
            meta.published_time = meta.published_time.take().or(d);
        }
        _ => {}
    }
}

fn raw_text_meta(name: &str, attrs: &[(String, String)], content: &str, meta: &mut Meta) {
    match name {
        "title" => set_once(&mut meta.title, &decode_entities(content)),
        "script" => {
            let ty = attr(attrs, "type").unwrap_or("").to_ascii_lowercase();
            if ty.contains("ld+json") {
                json_ld(content, meta);
            }
        }
        _ => {}
    }
}

fn json_ld(content: &str, meta: &mut Meta) {
    match serde_json::from_str::<serde_json::Value>(content.trim()) {
        Ok(v) => walk_ld(&v, meta, 0),
        Err(_) => {
            // Pages often ship JSON-LD with trailing commas or raw newlines in
            // strings; the date is still worth having.
            if meta.published_ld.is_none() {
                if let Some(p) = content.find("\"datePublished\"") {
                    let rest = &content[p + 15..];
                    let rest = rest.trim_start().trim_start_matches(':').trim_start();
                    meta.published_ld = rest.strip_prefix('"').and_then(iso_day);
                }
            }
        }
    }
}

fn walk_ld(v: &serde_json::Value, meta: &mut Meta, depth: usize) {
    use serde_json::Value;
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|x| walk_ld(x, meta, depth + 1)),
        Value::Object(map) => {
            if let Some(Value::String(d)) = map.get("datePublished") {
                if meta.published_ld.is_none() {
                    meta.published_ld = iso_day(d);
                }
            }
            if let Some(Value::String(h)) = map.get("headline") {
                set_once(&mut meta.headline, h);
            }
            if let Some(a) = map.get("author") {
                ld_names(a, &mut meta.authors);
            }
            if let Some(e) = map.get("editor") {
                ld_names(e, &mut meta.editors);
            }
            if let Some(Value::Object(p)) = map.get("publisher") {
                if let Some(Value::String(n)) = p.get("name") {
                    set_once(&mut meta.publisher, n);
                }
            }
            if let Some(g) = map.get("@graph") {
                walk_ld(g, meta, depth + 1);
            }
        }
        _ => {}
    }
}

fn ld_names(v: &serde_json::Value, out: &mut Vec<String>) {
    use serde_json::Value;
    match v {
        Value::String(s) => {
            let s = collapse_ws(s);
            if !s.is_empty() && !s.contains("://") && !out.contains(&s) {
                out.push(s);
            }
        }
        Value::Array(items) => items.iter().for_each(|x| ld_names(x, out)),
        Value::Object(map) => {
            let org = matches!(map.get("@type"), Some(Value::String(t)) if t == "Organization");
            if let (false, Some(n)) = (org, map.get("name")) {
                ld_names(n, out);
            }
        }
        _ => {}
    }
}

// ---------------------------------------------------------------- entities

/// Decodes character references: the common named ones and every numeric one.
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let (decoded, used) = entity_at(rest);
        match decoded {
            Some(d) => {
                out.push_str(&d);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The reference at the start of `s` (which starts with `&`) and its length.
fn entity_at(s: &str) -> (Option<String>, usize) {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let start = if hex { 3 } else { 2 };
        let mut end = start;
        while end < b.len()
            && end - start < 8
            && (if hex {
                b[end].is_ascii_hexdigit()
            } else {
                b[end].is_ascii_digit()
            })
        {
            end += 1;
        }
        if end == start {
            return (None, 0);
        }
        let n = u32::from_str_radix(&s[start..end], if hex { 16 } else { 10 }).unwrap_or(0xFFFD);
        let used = if b.get(end) == Some(&b';') {
            end + 1
        } else {
            end
        };
        // HTML maps the C1 range to Windows-1252, as pages written in it expect.
        let c = match n {
            0x80..=0x9F => super::WINDOWS_1252_HIGH[(n - 0x80) as usize],
            0 => char::REPLACEMENT_CHARACTER,
            _ => char::from_u32(n).unwrap_or(char::REPLACEMENT_CHARACTER),
        };
        return (Some(c.to_string()), used);
    }
    let mut end = 1;
    while end < b.len() && end < 12 && b[end].is_ascii_alphanumeric() {
        end += 1;
    }
    if b.get(end) != Some(&b';') {
        return (None, 0);
    }
    match ENTITIES.binary_search_by(|(k, _)| (*k).cmp(&s[1..end])) {
        Ok(i) => (Some(ENTITIES[i].1.to_string()), end + 1),
        Err(_) => (None, 0),
    }
}

// ---------------------------------------------------------------- rendering

/// Text built with HTML's whitespace collapsing; blocks end paragraphs.
#[derive(Default)]
struct Out {
    s: String,
    space: bool,
}

impl Out {
    fn text(&mut self, t: &str) {
        for c in t.chars() {
            if c.is_ascii_whitespace() {
                self.space = true;
            } else {
                if self.space && !self.s.is_empty() && !self.s.ends_with('\n') {
                    self.s.push(' ');
                }
                self.space = false;
                self.s.push(c);
            }
        }
    }
    fn line_break(&mut self) {
        self.trim_end();
        if !self.s.is_empty() && !self.s.ends_with('\n') {
            self.s.push('\n');
        }
        self.space = false;
    }
    fn paragraph(&mut self) {
        self.trim_end();
        if !self.s.is_empty() && !self.s.ends_with("\n\n") {
            if !self.s.ends_with('\n') {
                self.s.push('\n');
            }
            self.s.push('\n');
        }
        self.space = false;
    }
    fn trim_end(&mut self) {
        let t = self.s.trim_end_matches([' ', '\t']).len();
        self.s.truncate(t);
    }
    fn finish(mut self) -> String {
        self.trim_end();
        let t = self.s.trim_end().len();
        self.s.truncate(t);
        self.s
    }
}

fn junk_reason(marks: &str) -> Option<RemovedReason> {
    marks
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|p| !p.is_empty())
        .find_map(|p| {
            JUNK_CLASS_PARTS
                .binary_search_by(|(k, _)| (*k).cmp(p))
                .ok()
                .map(|i| JUNK_CLASS_PARTS[i].1)
        })
}

/// Why a visible element is not article text, or `None` when it is.
fn dropped(e: &Elem) -> Option<RemovedReason> {
    match e.tag.as_str() {
        "nav" | "aside" | "footer" | "menu" => Some(RemovedReason::Navigation),
        "form" | "button" | "dialog" => Some(RemovedReason::Widget),
        "figcaption" => Some(RemovedReason::Caption),
        _ => junk_reason(&e.marks),
    }
}

fn is_silent(e: &Elem) -> bool {
    e.hidden || SILENT.contains(&e.tag.as_str())
}

/// Renders element `idx` into `out`; visible boilerplate goes into `removed`.
fn render(elems: &[Elem], idx: usize, out: &mut Out, removed: &mut Vec<Removed>, top: bool) {
    let e = &elems[idx];
    if is_silent(e) {
        return;
    }
    if !top {
        if let Some(reason) = dropped(e) {
            push_removed(elems, idx, reason, removed);
            return;
        }
        if e.tag == "header" {
            // The page header goes; the article's own headline stays.
            let mut heads = Vec::new();
            find_tag(elems, idx, "h1", &mut heads);
            for h in heads {
                render(elems, h, out, removed, false);
            }
            push_removed_except(elems, idx, "h1", RemovedReason::Navigation, removed);
            return;
        }
    }
    let tag = e.tag.as_str();
    let block = BLOCK.contains(&tag);
    if block {
        out.paragraph();
    }
    for child in &e.children {
        match child {
            Node::Text(t) => out.text(t),
            Node::Elem(c) => {
                let ct = elems[*c].tag.as_str();
                match ct {
                    "br" => out.line_break(),
                    "td" | "th" => {
                        out.space = true;
                        render(elems, *c, out, removed, false);
                        out.space = true;
                    }
                    _ => render(elems, *c, out, removed, false),
                }
            }
        }
    }
    if block {
        out.paragraph();
    }
}

fn find_tag(elems: &[Elem], idx: usize, tag: &str, found: &mut Vec<usize>) {
    for child in &elems[idx].children {
        if let Node::Elem(c) = child {
            if elems[*c].tag == tag {
                found.push(*c);
            } else {
                find_tag(elems, *c, tag, found);
            }
        }
    }
}

fn push_removed(elems: &[Elem], idx: usize, reason: RemovedReason, removed: &mut Vec<Removed>) {
    let mut o = Out::default();
    render_plain(elems, idx, None, &mut o);
    push_lines(o, reason, removed);
}

fn push_removed_except(
    elems: &[Elem],
    idx: usize,
    except: &str,
    reason: RemovedReason,
    removed: &mut Vec<Removed>,
) {
    let mut o = Out::default();
    render_plain(elems, idx, Some(except), &mut o);
    push_lines(o, reason, removed);
}

fn push_lines(o: Out, reason: RemovedReason, removed: &mut Vec<Removed>) {
    for line in o.s.lines().map(str::trim).filter(|l| !l.is_empty()) {
        removed.push(Removed {
            text: line.to_string(),
            reason,
        });
    }
}

/// All visible text of an element, a line per block, skipping `except` tags.
fn render_plain(elems: &[Elem], idx: usize, except: Option<&str>, out: &mut Out) {
    let e = &elems[idx];
    if is_silent(e) {
        return;
    }
    let block = BLOCK.contains(&e.tag.as_str());
    if block {
        out.line_break();
    }
    for child in &e.children {
        match child {
            Node::Text(t) => out.text(t),
            Node::Elem(c) if Some(elems[*c].tag.as_str()) == except => {}
            Node::Elem(c) if elems[*c].tag == "br" => out.line_break(),
            Node::Elem(c) => render_plain(elems, *c, except, out),
        }
    }
    if block {
        out.line_break();
    }
}

/// Visible text of `idx` outside the subtree `skip`.
fn render_skipping(elems: &[Elem], idx: usize, skip: usize, out: &mut Out) {
    if idx == skip {
        return;
    }
    let e = &elems[idx];
    if is_silent(e) {
        return;
    }
    let block = BLOCK.contains(&e.tag.as_str());
    if block {
        out.line_break();
    }
    for child in &e.children {
        match child {
            Node::Text(t) => out.text(t),
            Node::Elem(c) if elems[*c].tag == "br" => out.line_break(),
            Node::Elem(c) => render_skipping(elems, *c, skip, out),
        }
    }
    if block {
        out.line_break();
    }
}

// ---------------------------------------------------------------- container

/// Visible non-space text length of each element, boilerplate left out.
/// Children always come after their parent in the arena, so one backwards
/// pass adds every element into its parent.
fn text_lengths(elems: &[Elem]) -> Vec<usize> {
    let mut lens = vec![0usize; elems.len()];
    for idx in (0..elems.len()).rev() {
        let e = &elems[idx];
        if is_silent(e) || dropped(e).is_some() {
            lens[idx] = 0;
            continue;
        }
        let mut n = 0;
        for child in &e.children {
            match child {
                Node::Text(t) => n += t.chars().filter(|c| !c.is_whitespace()).count(),
                Node::Elem(c) => n += lens[*c],
            }
        }
        lens[idx] = n;
    }
    lens
}

fn choose_container(elems: &[Elem], lens: &[usize]) -> usize {
    const ENOUGH: usize = 140;
    let best = |pred: &dyn Fn(&Elem) -> bool| {
        (1..elems.len())
            .filter(|&i| pred(&elems[i]) && lens[i] >= ENOUGH)
            .max_by_key(|&i| lens[i])
    };
    best(&|e| e.tag == "article")
        .or_else(|| best(&|e| e.tag == "main" || e.marks.contains("articlebody")))
        .or_else(|| {
            BODY_CLASS_HINTS
                .iter()
                .find_map(|h| best(&|e| e.marks.contains(h)))
        })
        .unwrap_or_else(|| body_or_root(elems))
}

fn body_or_root(elems: &[Elem]) -> usize {
    (1..elems.len())
        .find(|&i| elems[i].tag == "body")
        .unwrap_or(0)
}

// ---------------------------------------------------------------- helpers

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `<title>` text without a trailing " | Site" or " - Site".
fn strip_site_suffix(title: &str) -> String {
    for sep in [" | ", " - ", " – ", " — "] {
        if let Some(p) = title.rfind(sep) {
            let tail = &title[p + sep.len()..];
            if tail.split_whitespace().count() <= 4 && p > 0 {
                return title[..p].trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(html: &str) -> String {
        extract(html).body
    }

    #[test]
    fn tables_are_sorted_without_duplicates() {
        assert!(ENTITIES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(JUNK_CLASS_PARTS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn entities_decode_named_and_numeric_references() {
        let cases = [
            ("a &amp; b", "a & b"),
            (
                "&ldquo;Kami&rdquo; &mdash; &ndash; &hellip;",
                "“Kami” — – …",
            ),
            ("&lsquo;x&rsquo; &quot;y&quot;", "‘x’ \"y\""),
            ("&#8220;ok&#8221; &#x201C;ok&#x201d;", "“ok” “ok”"),
            ("&#150; &#0; &#x110000;", "– \u{FFFD} \u{FFFD}"),
            ("AT&T &unknown; & &#;", "AT&T &unknown; & &#;"),
            ("caf&eacute;&nbsp;", "café\u{a0}"),
            ("&#128512;", "😀"),
        ];
        for (input, want) in cases {
            assert_eq!(decode_entities(input), want, "{input}");
        }
    }

    #[test]
    fn article_is_preferred_over_the_page_around_it() {
        let html = "<html><head><title>T | Site</title></head><body>\
            <nav><a>Beranda</a><a>Politik</a></nav>\
            <article><h1>Judul</h1><p>Polisi menangkap dua orang di Jakarta pada Senin. Keduanya diduga merekrut korban untuk bekerja di Kamboja.</p>\
            <p>Kedua tersangka kini ditahan di Polda Metro Jaya untuk pemeriksaan lebih lanjut oleh penyidik.</p></article>\
            <aside><li>Berita populer lain</li></aside><footer>Copyright &copy; 2024 Site</footer></body></html>";
        let raw = extract(html);
        assert!(
            raw.body.starts_with("Judul\n\nPolisi menangkap"),
            "{}",
            raw.body
        );
        assert!(!raw.body.contains("Beranda"));
        assert!(!raw.body.contains("populer"));
        assert!(!raw.body.contains("Copyright"));
        assert_eq!(raw.title.as_deref(), Some("T"));
        let texts: Vec<&str> = raw.removed.iter().map(|r| r.text.as_str()).collect();
        assert!(
            texts.iter().any(|t| t.contains("Copyright © 2024 Site")),
            "{texts:?}"
        );
        assert!(texts.iter().any(|t| t.contains("Beranda")), "{texts:?}");
    }

    #[test]
    fn scripts_styles_and_junk_blocks_are_dropped() {
        let html = "<body><div class=\"content\"><script>var a = '<p>no</p>';</script>\
            <style>p{}</style><p>Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh kalimat yang cukup panjang untuk dipilih sebagai isi artikel ini.</p>\
            <div class=\"share-box\">Bagikan Facebook</div><div class=\"ads-slot\">ADVERTISEMENT</div>\
            <figure><img src=x alt=y><figcaption>Foto polisi</figcaption></figure>\
            <p hidden>tersembunyi</p><!-- komentar --><button>Klik</button></div></body>";
        let raw = extract(html);
        for gone in [
            "no",
            "p{}",
            "Bagikan",
            "ADVERTISEMENT",
            "Foto polisi",
            "tersembunyi",
            "komentar",
            "Klik",
        ] {
            assert!(!raw.body.contains(gone), "{gone} in {}", raw.body);
        }
        let reasons: Vec<RemovedReason> = raw.removed.iter().map(|r| r.reason).collect();
        assert!(reasons.contains(&RemovedReason::Ad));
        assert!(reasons.contains(&RemovedReason::Caption));
        assert!(reasons.contains(&RemovedReason::Widget));
    }

    #[test]
    fn blocks_break_lines_and_inline_tags_do_not() {
        let b = body("<body><p>Satu <b>dua</b><i>tiga</i></p><div>empat<br>lima</div><ul><li>a</li><li>b</li></ul><h2>Sub</h2>enam</body>");
        assert_eq!(b, "Satu duatiga\n\nempat\nlima\n\na\n\nb\n\nSub\n\nenam");
    }

    #[test]
    fn metadata_comes_from_meta_tags_time_and_json_ld() {
        let html = r#"<html><head><title>Judul panjang | Situs</title>
            <meta property="og:title" content="Judul &amp; OG">
            <meta property="og:site_name" content="Tempo">
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-09-02T10:00:00+07:00",
              "author":[{"@type":"Person","name":"Rina Kusuma"},{"@type":"Organization","name":"Tempo"}]}]}</script>
            </head><body><time datetime="2023-01-01">x</time><p>Isi.</p></body></html>"#;
        let raw = extract(html);
        assert_eq!(raw.title.as_deref(), Some("Judul & OG"));
        assert_eq!(raw.site_name.as_deref(), Some("Tempo"));
        assert_eq!(raw.published.as_deref(), Some("2024-09-02"));
        assert_eq!(raw.authors, vec!["Rina Kusuma".to_string()]);
    }

    #[test]
    fn published_time_meta_wins_and_time_element_is_the_last_resort() {
        let a = extract(
            r#"<meta property="article:published_time" content="2025-05-08T13:20:00+07:00"><time datetime="2020-01-01">x</time>"#,
        );
        assert_eq!(a.published.as_deref(), Some("2025-05-08"));
        let b = extract(r#"<body><time datetime="2020-01-02T00:00">x</time></body>"#);
        assert_eq!(b.published.as_deref(), Some("2020-01-02"));
        let c = extract(
            "<script type=\"application/ld+json\">{\"datePublished\": \"2021-03-04\",}</script>",
        );
        assert_eq!(c.published.as_deref(), Some("2021-03-04"));
    }

    #[test]
    fn the_visible_headline_wins_and_editors_come_from_metadata() {
        let html = r#"<html><head><title>Polisi Tangkap Dua Perekrut - detikNews</title>
            <meta property="og:title" content="Polisi Tangkap Dua Perekrut | Situs">
            <meta name="dtk:author" content="Ani Lestari"><meta name="dtk:editor" content="Budi Santoso">
            <meta name="dtk:publishdate" content="2024-11-13 11:27:00">
            </head><body><nav><h1>Menu</h1></nav><article><h1>Polisi Tangkap Dua Perekrut TPPO</h1>
            <p>Isi berita yang cukup panjang untuk dipilih sebagai artikel utama halaman ini oleh pemilih wadah teks, lebih dari seratus empat puluh huruf.</p></article></body></html>"#;
        let raw = extract(html);
        assert_eq!(
            raw.title.as_deref(),
            Some("Polisi Tangkap Dua Perekrut TPPO")
        );
        assert_eq!(raw.authors, ["Ani Lestari"]);
        assert_eq!(raw.editors, ["Budi Santoso"]);
        assert_eq!(raw.published.as_deref(), Some("2024-11-13"));
    }

    #[test]
    fn a_site_banner_in_an_h1_is_not_the_headline() {
        let html = r#"<html><head><meta property="og:title" content="Lima WNI Dipulangkan dari Kamboja"></head>
            <body><header><h1>Portal Berita Terpercaya Indonesia</h1></header><div class="content">
            <p>Isi berita yang cukup panjang untuk dipilih sebagai artikel utama halaman ini oleh pemilih wadah teks, lebih dari seratus empat puluh huruf.</p></div></body></html>"#;
        assert_eq!(
            extract(html).title.as_deref(),
            Some("Lima WNI Dipulangkan dari Kamboja")
        );
    }

    #[test]
    fn header_goes_but_the_headline_inside_it_stays() {
        let b = body("<body><article><header><h1>Judul Berita</h1><div class=meta>Menu atas</div></header><p>Isi berita yang cukup panjang untuk dipilih sebagai artikel utama halaman ini oleh pemilih wadah teks, lebih dari seratus empat puluh huruf.</p></article></body>");
        assert!(b.starts_with("Judul Berita\n\nIsi berita"), "{b}");
        assert!(!b.contains("Menu atas"));
    }

    #[test]
    fn malformed_html_does_not_panic_and_keeps_text() {
        let cases = [
            ("<p>a < b and c > d</p>", "a < b and c > d"),
            ("<p title=\"x > y\">teks</p>", "teks"),
            ("<p>satu<p>dua", "satu\n\ndua"),
            ("<div><span>tak ditutup", "tak ditutup"),
            ("</div></p>liar", "liar"),
            ("<!-- tak selesai", ""),
            ("<p class='a>b", "b"),
            ("<script>tak selesai", ""),
            ("teks <", "teks <"),
            ("<", "<"),
            ("<a href=x>é</a>&#", "é&#"),
            ("<p>emoji 🇮🇩 “kutip”</p>", "emoji 🇮🇩 “kutip”"),
        ];
        for (html, want) in cases {
            assert_eq!(body(html), want, "{html}");
        }
    }

    #[test]
    fn site_suffix_is_stripped_from_title_tags() {
        assert_eq!(
            strip_site_suffix("Polisi tangkap dua | tempo.co"),
            "Polisi tangkap dua"
        );
        assert_eq!(
            strip_site_suffix("Polisi tangkap dua - Berita Terkini Hari Ini"),
            "Polisi tangkap dua"
        );
        assert_eq!(strip_site_suffix("A - b c d e f g"), "A - b c d e f g");
    }
}
