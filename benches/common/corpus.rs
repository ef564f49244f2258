//! A deterministic benchmark corpus: the fixture articles in
//! `tests/fixtures/train` and the page's samples in `www/samples`, expanded
//! into any number of varied articles.
//!
//! Each generated *story* is one source article with its numbers, person
//! names, places, countries and months swapped (consistently within the
//! story), cut to a random length (wire briefs are short) and wrapped in the
//! boilerplate of an outlet. About a third of the articles are *syndicated
//! copies*: a recent story again, lightly edited, with another outlet's credit
//! line and boilerplate — the near-duplicates that corpus aggregation has to
//! fold into one story.
//!
//! Everything comes from one seeded [`Rng`], so the same seed and the same
//! source files give the same bytes. Shared by `examples/gen_corpus.rs` (which
//! writes the files) and the benches (which keep the corpus in memory), via
//! `#[path]`.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use aho_corasick::{AhoCorasick, MatchKind};

/// SplitMix64: tiny, fast, and good enough to vary benchmark text.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + (self.next_u64() % (hi - lo + 1))
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Shuffles in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// Article language, from the source file's name prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// Indonesian.
    Id,
    /// English.
    En,
    /// Malay.
    Ms,
}

impl Lang {
    fn from_name(name: &str) -> Lang {
        if name.starts_with("en-") {
            Lang::En
        } else if name.starts_with("ms-") {
            Lang::Ms
        } else {
            Lang::Id
        }
    }

    fn col(self) -> usize {
        self as usize
    }

    /// The two-letter code.
    pub fn code(self) -> &'static str {
        ["id", "en", "ms"][self.col()]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Text,
    Markdown,
    Html,
}

/// One source article the corpus is expanded from.
#[derive(Clone, Debug)]
pub struct Source {
    /// File name.
    pub name: String,
    text: String,
    lang: Lang,
    kind: Kind,
    /// Person names (from the gold file, when there is one).
    persons: Vec<String>,
    /// Place names (from the gold file).
    places: Vec<String>,
    /// The headline: first non-empty line, or the `<title>`.
    headline: String,
}

/// One generated article.
#[derive(Clone, Debug)]
pub struct Article {
    /// File name, unique in the corpus: `000123-id-antara.txt`.
    pub name: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Article language.
    pub lang: Lang,
    /// Index of the story; syndicated copies share their original's.
    pub story: usize,
    /// Whether this is a syndicated copy of an earlier story.
    pub copy: bool,
}

/// The repository root (where `Cargo.toml` is).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Reads the source articles: every `.txt`, `.md`, `.html` in
/// `tests/fixtures/train` and `www/samples`, sorted by path.
pub fn load_sources(root: &Path) -> Vec<Source> {
    let mut paths = Vec::new();
    for dir in ["tests/fixtures/train", "www/samples"] {
        let Ok(rd) = fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            let ext = p.extension().and_then(|x| x.to_str()).unwrap_or("");
            if matches!(ext, "txt" | "md" | "html") {
                paths.push(p);
            }
        }
    }
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let text = fs::read_to_string(p).ok()?;
            let name = p.file_name()?.to_str()?.to_string();
            let kind = match p.extension()?.to_str()? {
                "md" => Kind::Markdown,
                "html" => Kind::Html,
                _ => Kind::Text,
            };
            let (persons, places) = gold_names(&p.with_extension("gold.json"));
            let headline = headline(&text, kind);
            Some(Source {
                lang: Lang::from_name(&name),
                name,
                text,
                kind,
                persons,
                places,
                headline,
            })
        })
        .collect()
}

fn gold_names(path: &Path) -> (Vec<String>, Vec<String>) {
    let Ok(text) = fs::read_to_string(path) else {
        return (Vec::new(), Vec::new());
    };
    let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else {
        return (Vec::new(), Vec::new());
    };
    let names = |key: &str| -> Vec<String> {
        v[key]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x["name"].as_str())
                    .filter(|s| s.chars().count() >= 4)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    (names("persons"), names("places"))
}

fn headline(text: &str, kind: Kind) -> String {
    if kind == Kind::Html {
        if let Some(s) = text.find("<title>") {
            let rest = &text[s + 7..];
            let end = rest.find(['<', '|']).unwrap_or(rest.len());
            return rest[..end].trim().to_string();
        }
    }
    text.lines()
        .map(|l| l.trim_start_matches('#').trim())
        .find(|l| l.len() > 20 && !l.contains('[') && !l.contains('>'))
        .unwrap_or("Berita terkini")
        .to_string()
}

// ---- vocabulary for the variations ----

/// Destination countries, one row a country: Indonesian, English, Malay. The
/// home countries (Indonesia, Malaysia) stay, so "WNI" and "rakyat Malaysia"
/// keep making sense.
const COUNTRIES: &[[&str; 3]] = &[
    ["Kamboja", "Cambodia", "Kemboja"],
    ["Myanmar", "Myanmar", "Myanmar"],
    ["Thailand", "Thailand", "Thailand"],
    ["Laos", "Laos", "Laos"],
    ["Filipina", "Philippines", "Filipina"],
    ["Vietnam", "Vietnam", "Vietnam"],
    ["Tiongkok", "China", "China"],
    ["Korea Selatan", "South Korea", "Korea Selatan"],
    ["Jepang", "Japan", "Jepun"],
    ["Taiwan", "Taiwan", "Taiwan"],
    ["India", "India", "India"],
    ["Singapura", "Singapore", "Singapura"],
];

const MONTHS: [[&str; 12]; 3] = [
    [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "Januari",
        "Februari",
        "Mac",
        "April",
        "Mei",
        "Jun",
        "Julai",
        "Ogos",
        "September",
        "Oktober",
        "November",
        "Disember",
    ],
];

const PLACES: &[&str] = &[
    "Sihanoukville",
    "Myawaddy",
    "Shwe Kokko",
    "Bavet",
    "Poipet",
    "Mae Sot",
    "Tachileik",
    "Bokeo",
    "Phnom Penh",
    "Pasay",
    "Bamban",
    "Batam",
    "Medan",
    "Pontianak",
    "Johor Bahru",
    "Kota Kinabalu",
    "Mae Sai",
    "Ho Chi Minh City",
    "Vientiane",
    "Kampot",
];

const FIRST: &[&str] = &[
    "Agus", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hendra", "Indah", "Joko", "Kurnia",
    "Lestari", "Mulyadi", "Nanda", "Oki", "Putri", "Rizky", "Sari", "Taufik", "Wahyu", "Yusuf",
    "Ahmad", "Siti", "Farid", "Nurul", "Hafiz", "Aziz", "Zainal", "Somchai", "Anan", "Sokha",
    "Dara", "Minh", "Thanh", "Maria", "Jose", "Daniel", "Sarah", "Michael", "Wei", "Li",
];

const LAST: &[&str] = &[
    "Santoso",
    "Wijaya",
    "Pratama",
    "Kusuma",
    "Hidayat",
    "Saputra",
    "Nugroho",
    "Siregar",
    "Harahap",
    "Simanjuntak",
    "Rahman",
    "Ismail",
    "Abdullah",
    "Hassan",
    "Othman",
    "Yusof",
    "Boonmee",
    "Thongchai",
    "Sopheap",
    "Nguyen",
    "Tran",
    "Santos",
    "Reyes",
    "Cruz",
    "Tan",
    "Lim",
    "Chen",
    "Wong",
];

/// Outlets a story can be syndicated to, per language.
const OUTLETS: [&[&str]; 3] = [
    &[
        "ANTARA",
        "detikcom",
        "Kompas.com",
        "Tempo.co",
        "CNN Indonesia",
        "Liputan6.com",
        "Republika",
        "kumparan",
        "Suara.com",
        "Okezone",
        "Tribunnews",
        "Media Indonesia",
    ],
    &[
        "Reuters",
        "AFP",
        "Xinhua",
        "The Nation",
        "Bangkok Post",
        "Khmer Times",
        "The Star",
        "The Straits Times",
        "The Jakarta Post",
        "VnExpress",
        "Rappler",
        "Nikkei Asia",
    ],
    &[
        "Bernama",
        "Berita Harian",
        "Harian Metro",
        "Utusan Malaysia",
        "Sinar Harian",
        "Kosmo",
        "Astro Awani",
        "Malaysiakini",
    ],
];

/// Boilerplate lines per language; `{o}` outlet, `{h}` a headline, `{n}` a
/// name, `{y}` a year.
const BOILERPLATE: [&[&str]; 3] = [
    &[
        "Baca Juga: {h}",
        "Baca juga: {h}",
        "Bagikan: Facebook Twitter WhatsApp Salin tautan",
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Copyright © {y} {o}. All rights reserved.",
        "Editor: {n}",
        "Pewarta: {n}",
        "Ikuti berita terkini {o} di Google News",
        "Simak berita dan artikel lainnya di {o}",
        "Baca berita selengkapnya di aplikasi {o}",
        "Artikel ini telah tayang di {o} dengan judul \"{h}\"",
        "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari {o}.",
    ],
    &[
        "Read more: {h}",
        "Related: {h}",
        "Share this article: Facebook Twitter Email WhatsApp",
        "ADVERTISEMENT",
        "Copyright © {y} {o}. All rights reserved.",
        "Reporting by {n}; Editing by {n}",
        "Subscribe to our daily newsletter",
        "Follow {o} on Telegram for the latest news",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Sign up here to get the latest stories in your inbox.",
    ],
    &[
        "Baca juga: {h}",
        "Artikel berkaitan: {h}",
        "Kongsi artikel ini: Facebook Twitter WhatsApp Telegram",
        "IKLAN",
        "Hak Cipta © {y} {o}",
        "Disunting oleh: {n}",
        "Ikuti kami di Telegram untuk berita terkini",
        "Layari laman {o} untuk berita lanjut",
    ],
];

/// Light edits a syndicating desk makes: (from, to), per language.
const EDITS: [&[(&str, &str)]; 3] = [
    &[
        (" mengatakan ", " menyatakan "),
        (" ujar ", " kata "),
        (" para ", " sejumlah "),
        (" sebelumnya ", " sebelum ini "),
        (" pihak berwenang ", " otoritas "),
    ],
    &[
        (" said ", " told reporters "),
        (" police ", " authorities "),
        (" about ", " around "),
        (" more than ", " over "),
        (" arrested ", " detained "),
    ],
    &[
        (" berkata ", " memberitahu "),
        (" kata ", " ujar "),
        (" pihak berkuasa ", " polis "),
        (" lebih ", " melebihi "),
    ],
];

// ---- the generator ----

/// How to expand the sources.
#[derive(Clone, Debug)]
pub struct Config {
    /// How many articles.
    pub articles: usize,
    /// The PRNG seed.
    pub seed: u64,
    /// Share of articles that are syndicated copies of a recent story.
    pub syndicated: f64,
}

impl Config {
    /// `articles` articles with the default seed and mix.
    pub fn new(articles: usize) -> Config {
        Config {
            articles,
            seed: 20_240_902,
            syndicated: 0.3,
        }
    }
}

/// A story before an outlet wraps it: the source with its substitutions done.
struct Story {
    source: usize,
    text: String,
    headline: String,
}

/// Generates the corpus described by `cfg` from `sources` (which must not be
/// empty).
pub fn generate(sources: &[Source], cfg: &Config) -> Vec<Article> {
    assert!(!sources.is_empty(), "no source articles to expand");
    let mut rng = Rng::new(cfg.seed);
    let mut out: Vec<Article> = Vec::with_capacity(cfg.articles);
    // Recent stories, for syndicated copies (a desk picks up today's news).
    let mut recent: Vec<(usize, Story)> = Vec::new();
    let mut stories = 0usize;
    while out.len() < cfg.articles {
        let i = out.len();
        let copy = !recent.is_empty() && rng.chance(cfg.syndicated);
        let (story_id, story) = if copy {
            let k = rng.below(recent.len());
            let (id, s) = &recent[k];
            (*id, edit(s, sources[s.source].lang, &mut rng))
        } else {
            let src = rng.below(sources.len());
            let s = vary(sources, src, &mut rng);
            stories += 1;
            recent.push((stories - 1, s));
            if recent.len() > 64 {
                recent.remove(0);
            }
            let (id, s) = recent.last().unwrap();
            (*id, clone_story(s))
        };
        let src = &sources[story.source];
        let outlets = OUTLETS[src.lang.col()];
        let outlet = *rng.pick(outlets);
        let text = wrap(&story, src, sources, outlet, &mut rng);
        let ext = match src.kind {
            Kind::Text => "txt",
            Kind::Markdown => "md",
            Kind::Html => "html",
        };
        let slug: String = outlet
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        out.push(Article {
            name: format!("{i:06}-{}-{slug}.{ext}", src.lang.code()),
            bytes: text.into_bytes(),
            lang: src.lang,
            story: story_id,
            copy,
        });
    }
    out
}

fn clone_story(s: &Story) -> Story {
    Story {
        source: s.source,
        text: s.text.clone(),
        headline: s.headline.clone(),
    }
}

/// A new story: one source with numbers, names, places, countries and months
/// swapped, and cut to a random length.
fn vary(sources: &[Source], which: usize, rng: &mut Rng) -> Story {
    let src = &sources[which];
    let col = src.lang.col();
    let mut pats: Vec<String> = Vec::new();
    let mut reps: Vec<String> = Vec::new();
    // Countries: a random permutation of the destination countries.
    let mut perm: Vec<usize> = (0..COUNTRIES.len()).collect();
    rng.shuffle(&mut perm);
    for (k, row) in COUNTRIES.iter().enumerate() {
        pats.push(row[col].to_string());
        reps.push(COUNTRIES[perm[k]][col].to_string());
    }
    // Months: one shift for the whole story keeps its dates in order.
    let shift = rng.below(12);
    for (m, name) in MONTHS[col].iter().enumerate() {
        if !pats.iter().any(|p| p == name) {
            pats.push(name.to_string());
            reps.push(MONTHS[col][(m + shift) % 12].to_string());
        }
    }
    // Persons: full names, then each part alone ("ujar Rahmat").
    for name in &src.persons {
        let new = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
        let old_parts: Vec<&str> = name.split_whitespace().collect();
        let new_parts: Vec<&str> = new.split_whitespace().collect();
        push_unique(&mut pats, &mut reps, name, &new);
        if let (Some(of), Some(nf)) = (old_parts.first(), new_parts.first()) {
            if of.len() >= 4 {
                push_unique(&mut pats, &mut reps, of, nf);
            }
        }
        if old_parts.len() > 1 {
            if let (Some(ol), Some(nl)) = (old_parts.last(), new_parts.last()) {
                if ol.len() >= 4 {
                    push_unique(&mut pats, &mut reps, ol, nl);
                }
            }
        }
    }
    for place in &src.places {
        let to = *rng.pick::<&str>(PLACES);
        push_unique(&mut pats, &mut reps, place, to);
    }
    let text = replace_words(&src.text, &pats, &reps);
    let text = vary_numbers(&text, rng);
    // Length: about half the stories run in full, the rest are cut (briefs,
    // first pages of multi-page articles).
    let keep = if rng.chance(0.25) {
        1.0
    } else {
        0.25 + rng.below(50) as f64 / 100.0
    };
    let text = truncate_blocks(&text, src.kind, keep);
    let headline = replace_words(&src.headline, &pats, &reps);
    Story {
        source: which,
        text,
        headline,
    }
}

fn push_unique(pats: &mut Vec<String>, reps: &mut Vec<String>, from: &str, to: &str) {
    if !from.is_empty() && !pats.iter().any(|p| p == from) {
        pats.push(from.to_string());
        reps.push(to.to_string());
    }
}

/// Replaces whole-word occurrences of `pats[i]` by `reps[i]`, longest first.
fn replace_words(text: &str, pats: &[String], reps: &[String]) -> String {
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(pats)
        .expect("patterns build");
    let mut out = String::with_capacity(text.len() + 64);
    let mut last = 0;
    for m in ac.find_iter(text) {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
        if word(before) || word(after) {
            continue;
        }
        out.push_str(&text[last..m.start()]);
        out.push_str(&reps[m.pattern().as_usize()]);
        last = m.end();
    }
    out.push_str(&text[last..]);
    out
}

/// Every run of digits gets new digits; runs that look like years stay
/// years, runs after `/` or `-` stay months, other short runs stay valid days.
/// The same run gets the same replacement throughout the story, so a repeated
/// headline stays a repeat. Digits glued to letters (KP2MI) and character
/// references (`&#8220;`) are left alone.
fn vary_numbers(text: &str, rng: &mut Rng) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut memo: std::collections::HashMap<(&str, bool), String> = Default::default();
    let mut last = 0;
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let run = &text[start..i];
        let prev = start.checked_sub(1).map(|p| b[p]);
        let glued = prev.is_some_and(|c| c.is_ascii_alphabetic() || c == b'#')
            || i < b.len() && b[i].is_ascii_alphabetic();
        out.push_str(&text[last..start]);
        last = i;
        if glued {
            out.push_str(run);
            continue;
        }
        let month = matches!(prev, Some(b'/' | b'-')) && run.len() <= 2;
        let new = memo.entry((run, month)).or_insert_with(|| match run.len() {
            _ if month => format!("{:0w$}", rng.range(1, 12), w = run.len()),
            1 => rng.range(1, 9).to_string(),
            2 if run.starts_with('0') => format!("{:02}", rng.range(1, 9)),
            2 => rng.range(10, 28).to_string(),
            4 if run.starts_with("19") || run.starts_with("20") => {
                rng.range(2019, 2025).to_string()
            }
            n => {
                let mut s = String::with_capacity(n);
                s.push(char::from(b'1' + rng.below(9) as u8));
                for _ in 1..n {
                    s.push(char::from(b'0' + rng.below(10) as u8));
                }
                s
            }
        });
        out.push_str(new);
    }
    out.push_str(&text[last..]);
    out
}

/// Keeps about `keep` of the story's paragraphs (at least two).
fn truncate_blocks(text: &str, kind: Kind, keep: f64) -> String {
    if keep >= 1.0 {
        return text.to_string();
    }
    match kind {
        Kind::Html => {
            // Drop trailing <p> elements, keep the rest of the page (its tail
            // boilerplate included).
            let starts: Vec<usize> = text.match_indices("<p").map(|(i, _)| i).collect();
            let n = starts.len();
            let keep_n = ((n as f64 * keep).ceil() as usize).clamp(2.min(n), n);
            if keep_n >= n {
                return text.to_string();
            }
            let cut = starts[keep_n];
            let end_last = text[starts[n - 1]..]
                .find("</p>")
                .map(|e| starts[n - 1] + e + 4)
                .unwrap_or(text.len());
            format!("{}{}", &text[..cut], &text[end_last..])
        }
        _ => {
            let blocks: Vec<&str> = text.split("\n\n").collect();
            let n = blocks.len();
            let mut keep_n = ((n as f64 * keep).ceil() as usize).clamp(2.min(n), n);
            // A page whose header is long (menus, cookie notices, captions)
            // would otherwise keep nothing but boilerplate: keep at least two
            // paragraphs of prose.
            while keep_n < n && blocks[..keep_n].iter().filter(|b| is_prose(b)).count() < 2 {
                keep_n += 1;
            }
            blocks[..keep_n].join("\n\n")
        }
    }
}

/// A paragraph of running text rather than a menu, caption or widget line.
fn is_prose(block: &str) -> bool {
    let b = block.trim();
    b.len() >= 120 && b.split_whitespace().count() >= 15 && b.ends_with(['.', '"', '\u{201d}'])
}

/// A syndicated copy: the same story with light edits and maybe a paragraph
/// less.
fn edit(s: &Story, lang: Lang, rng: &mut Rng) -> Story {
    let mut text = s.text.clone();
    for (from, to) in EDITS[lang.col()] {
        if rng.chance(0.5) {
            text = text.replacen(from, to, 2);
        }
    }
    if rng.chance(0.5) {
        let blocks: Vec<&str> = text.split("\n\n").collect();
        if blocks.len() > 4 {
            let drop = 2 + rng.below(blocks.len() - 3);
            let kept: Vec<&str> = blocks
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != drop)
                .map(|(_, b)| *b)
                .collect();
            text = kept.join("\n\n");
        }
    }
    Story {
        source: s.source,
        text,
        headline: s.headline.clone(),
    }
}

/// Wraps a story in an outlet's boilerplate: its credit in place of the
/// source's, related links and widgets between paragraphs, a copyright tail.
fn wrap(s: &Story, src: &Source, all: &[Source], outlet: &str, rng: &mut Rng) -> String {
    let col = src.lang.col();
    // The credit: the first known outlet name in the text becomes this one.
    let mut text = s.text.clone();
    for o in OUTLETS[col] {
        let credit = format!("({o})");
        if text.contains(&credit) {
            text = text.replacen(&credit, &format!("({outlet})"), 1);
            break;
        }
    }
    let same_lang: Vec<&Source> = all.iter().filter(|x| x.lang == src.lang).collect();
    let line = |rng: &mut Rng| -> String {
        let t = *rng.pick(BOILERPLATE[col]);
        t.replace("{o}", outlet)
            .replace("{h}", &rng.pick(&same_lang).headline)
            .replace("{n}", &format!("{} {}", rng.pick(FIRST), rng.pick(LAST)))
            .replace("{y}", &rng.range(2019, 2025).to_string())
    };
    let inserts = 1 + rng.below(3);
    match src.kind {
        Kind::Html => {
            for _ in 0..inserts {
                let ends: Vec<usize> = text.match_indices("</p>").map(|(i, _)| i + 4).collect();
                if ends.is_empty() {
                    break;
                }
                let at = *rng.pick(&ends);
                let l = escape(&line(rng));
                text.insert_str(at, &format!("\n<div class=\"related\">{l}</div>"));
            }
            let tail = format!("\n<footer><p>{}</p></footer>\n", escape(&line(rng)));
            match text.rfind("</body>") {
                Some(at) => text.insert_str(at, &tail),
                None => text.push_str(&tail),
            }
        }
        _ => {
            let mut blocks: Vec<String> = text.split("\n\n").map(str::to_string).collect();
            for _ in 0..inserts {
                let at = 1 + rng.below(blocks.len().max(1));
                blocks.insert(at.min(blocks.len()), line(rng));
            }
            blocks.push(line(rng));
            text = blocks.join("\n\n");
            text.push('\n');
        }
    }
    text
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
