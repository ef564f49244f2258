//! Direct quotes and their speakers.
//!
//! A quote is text between straight `"…"` or curly `“…”` marks (and `‘…’` in
//! English and Malay, where `’` between letters is an apostrophe, not a close)
//! of four words or more, with a speech verb of `data/speech_verbs.tsv` just
//! after the closing mark (`," kata Andi`, `," Smith said`), after a speaker
//! named within the first twelve words there (`," Interior Ministry deputy
//! spokesman Pol. Col. Chai Wattana told reporters`, `," Major General Aung
//! Min Thu, commander of the border force, told…`), or just before the
//! opening one (`Andi mengatakan, "…"`). Shorter or verbless quoted text is a
//! name or a term (`operasi "Jaring Mekong"`), not a quote, unless it is a
//! quoted sentence of six words or more that closes a paragraph of narration
//! (a quote without a speaker), or a
//! whole paragraph of five words or more: such a paragraph goes on with the
//! speaker of an attributed quote in the paragraph just before, and otherwise
//! stands without a speaker.
//!
//! Marks never pair across a line break. A quote left open at the end of its
//! paragraph and taken up by a new opening mark in the next is one quotation
//! in several parts; each part is reported, all with the speaker found around
//! any of them.
//!
//! "the judge said", "said the minister" name the one person whose office
//! ends in that word ("Judge Siti Aminah").
//!
//! The speaker is the person (see [`super::persons`]) named in the attribution,
//! or someone the article names only by initials, which are no person of
//! the codebook but a voice all the same ("Salah satu korban, RN, 24, …",
//! "tersangka berinisial AS dan BK"; capitals that an organization or
//! country covers, like "PDRM", are not initials);
//! a pronoun form ("ujarnya", "katanya", "he said") stands for a person who
//! spoke since the quote before (a speech verb right after the name, or
//! after a phrase of when or where: "Kamarul, dalam satu kenyataan minggu
//! lalu berkata", "Budi saat dikonfirmasi mengatakan"), else, in Indonesian
//! and Malay, for a person a sentence since then opens with ("Ibunya,
//! Rohani Ismail, 55, yang menunggu …"; not one a passive verb follows:
//! "Andi ditangkap …"), else for that quote's speaker, else for the
//! person last named. A voice the article does not name stays unnamed: a
//! pronoun after "sebut saja Dw", "who declined to be named", or "Seorang
//! korban … mengaku" (`data/anonymous_speakers.tsv`; not in an apposition
//! of a name: "Sutini (52), ibu dari salah satu korban, mengaku …") has no speaker, nor
//! has a written message ("… reads: “…”", "berbunyi: “…”"), and a
//! quote that goes on after "kata seorang mangsa" has none either, until the
//! story names someone again ("Roslan turut menasihati …. “…,” tegasnya").
//! In English, a pronoun other than the last voice's ("…,” she said. ¶
//! Whitfield reported it. ¶ “…,” he says") is the person named since, and a
//! person the text marks as a man ("her son Arun Kumar", "Mr. Kumar") is no
//! "she" (nor a woman a "he"): the voice is the latest person named before
//! who is not, and whoever speaks of "anak saya" / "my son" is not the one
//! introduced as someone's child ("Anaknya, Amirul Hakim, 22, …"). Whoever
//! the attribution names after its pronoun verb ("…,”
//! katanya, masih menggenggam tangan Rizky") is not the voice either.

use super::speech::{self, VerbForm};
use super::words::is_word_char;
use super::Context;
use crate::model::{Document, Lang, Quote, Span};

/// One quoted part: the marks' offsets and the words between them.
#[derive(Clone, Copy, Debug)]
struct Part {
    /// Offset of the opening mark.
    open: usize,
    /// Offset just after the closing mark, or the paragraph end when unclosed.
    close: usize,
    closed: bool,
    /// The words inside, trimmed.
    inner: Span,
    /// The paragraph the part stands in.
    para: Span,
}

/// Appends what this recognizer finds in `ctx.text` to `doc`.
pub fn recognize(ctx: &Context, doc: &mut Document) {
    let text = ctx.text;
    let parts = parts(text, ctx.lang);
    // The voices: the persons, then the people the article names only by
    // their initials ("Salah satu korban, RN, 24, …"), who are no persons of
    // the codebook but may speak.
    let initialled = initialled(text, doc);
    let mut voices: Vec<&str> = doc.persons.iter().map(|p| p.name.as_str()).collect();
    voices.extend(initialled.iter().map(|(name, _)| *name));
    let mut mentions: Vec<(Span, usize)> = doc
        .persons
        .iter()
        .map(|p| p.spans.as_slice())
        .chain(initialled.iter().map(|(_, spans)| spans.as_slice()))
        .enumerate()
        .flat_map(|(k, spans)| spans.iter().map(move |&s| (s, k)))
        .collect();
    crate::sort::sort(&mut mentions);
    // The two words before each mention, read once for the gender and the
    // child marks.
    let preceding: Vec<(String, String)> = mentions
        .iter()
        .map(|(s, _)| words_before(text, s.0))
        .collect();
    let genders = genders(&mentions, &preceding, voices.len());
    // The last word of each person's office, for "the judge said".
    let roles: Vec<Option<String>> = doc
        .persons
        .iter()
        .map(|p| {
            p.title
                .as_deref()
                .and_then(|t| t.split_whitespace().last())
                .map(str::to_ascii_lowercase)
        })
        .chain(initialled.iter().map(|_| None))
        .collect();
    let children = children(&mentions, &preceding, voices.len());
    // The voice of the last attributed quote: a person, or `Some(None)` for
    // one the article does not name ("kata seorang korban").
    let mut last_voice: Option<Option<usize>> = None;
    // The English pronoun of that attribution ("she said"), if it had one.
    let mut last_pronoun: Option<&str> = None;
    // The paragraph of the last reported quote, and its part's close.
    let mut last_part: Option<(Span, usize)> = None;
    let mut i = 0;
    while i < parts.len() {
        // A quotation continued over paragraphs: open parts, then the part that closes.
        let mut j = i;
        while !parts[j].closed
            && j + 1 < parts.len()
            && parts[j + 1].open == first_char(text, parts[j + 1].para)
        {
            j += 1;
        }
        let chain = &parts[i..=j];
        i = j + 1;
        let words: usize = chain
            .iter()
            .map(|p| text[p.inner.0..p.inner.1].split_whitespace().count())
            .sum();
        if words < 4 {
            continue;
        }
        let attribution = chain
            .iter()
            .rev()
            .filter(|p| p.closed)
            .find_map(|p| after(text, p, sentence_end(ctx, p), &mentions, &roles))
            .or_else(|| before(text, &chain[0], &mentions));
        // A quote that follows an attributed one in the same paragraph goes on
        // with the same voice: "…," Choi added. "This is …"
        // So does a paragraph that is one quote and nothing else, right after
        // the paragraph of an attributed one ("…," kata Judha. ¶ "Setelah …").
        let last = chain[chain.len() - 1];
        let ends_paragraph = last.closed && text[last.close..last.para.1].trim().is_empty();
        let whole_paragraph = chain[0].open == first_char(text, chain[0].para) && ends_paragraph;
        let follows = last_part.is_some_and(|(para, _)| {
            para == chain[0].para
                || (whole_paragraph
                    && last_voice.is_some()
                    && text
                        .get(para.1..chain[0].para.0)
                        .is_some_and(|gap| gap.trim().is_empty()))
        });
        // A paragraph that is one quotation of five words or more is a quote
        // even when nobody is named for it; so is a quoted sentence of six
        // words or more that ends its paragraph after the narration
        // ("… memeluk Dw lama sekali. "Yang penting dia pulang dulu, soal
        // utang nanti dipikirkan."").
        let closing_sentence = ends_paragraph
            && text[last.inner.0..last.inner.1].ends_with(['.', '!', '?'])
            && text[chain[0].para.0..chain[0].open]
                .trim_end()
                .ends_with(['.', '!', '?'])
            && words >= 6;
        let alone = ((whole_paragraph && words >= 5) || closing_sentence).then_some(Found::Nobody);
        // A written message ("A message from Lina reads: “…”", "pesan itu
        // berbunyi: “…”") has no voice, whatever was said before it.
        let found = if written_before(text, &chain[0]) {
            Some(Found::Nobody)
        } else {
            attribution.or(follows.then_some(Found::Previous)).or(alone)
        };
        let Some(found) = found else {
            continue;
        };
        let pronoun = pronoun_after(text, &last).or_else(|| pronoun_before(text, &chain[0]));
        let speaker = match found {
            Found::Person(k) => Some(k),
            // "Bambang mengatakan …. "…," ujarnya.": a person who spoke since the
            // last quote is the voice, before the last quote's speaker.
            Found::Previous => {
                let since = last_part.map_or(0, |(_, close)| close);
                let open = chain[0].open;
                // Not the last voice again: "…," jelas Hendri names who spoke
                // the quote before.
                let spoke = mentions
                    .iter()
                    .rev()
                    .filter(|(s, k)| s.0 >= since && s.1 <= open && last_voice != Some(Some(*k)))
                    .find(|(s, _)| speaking(text, *s))
                    .map(|m| m.1);
                // "Seorang korban asal Jember … mengaku …. “…,” katanya": an
                // unnamed voice introduced after the last name and quote.
                let last_named = mentions.iter().rev().find(|(s, _)| s.1 <= open);
                let from = last_named.map_or(since, |(s, _)| s.1.max(since));
                // After an unnamed voice, a person the story turned to since.
                let named_since = last_named.filter(|(s, _)| s.0 >= since).map(|m| m.1);
                // "Ibunya, Rohani Ismail, 55, yang menunggu sejak pagi …. ¶
                // “…,” katanya": the person a sentence since the last quote
                // opens with is the one the story turned to.
                // Not in English, where narration about a suspect ("Zhang
                // first worked for…") runs between an official's quotes.
                let subject = mentions
                    .iter()
                    .rev()
                    .filter(|(s, _)| ctx.lang != Lang::En && s.0 >= since && s.1 <= open)
                    .find(|(s, _)| opens_sentence(text, *s))
                    .map(|m| m.1);
                // "“…,” katanya, masih menggenggam tangan Rizky": whoever the
                // attribution names after its pronoun verb is not the voice.
                let attribution_end = sentence_end(ctx, &last);
                let named_after: Vec<usize> = mentions
                    .iter()
                    .filter(|(s, _)| last.closed && s.0 >= last.close && s.1 <= attribution_end)
                    .map(|m| m.1)
                    .collect();
                let chosen = if speech::names_unnamed_speaker(
                    &text[past_apposition(text, from, open)..open],
                ) {
                    None
                } else if spoke.is_some() {
                    spoke
                } else if subject.is_some() {
                    subject
                } else if (last_voice == Some(None)
                    // "…,” she said. ¶ Whitfield reported it. ¶ “…,” he says:
                    // another pronoun is another voice.
                    || pronoun.zip(last_pronoun).is_some_and(|(a, b)| a != b))
                    && named_since.is_some()
                {
                    named_since
                } else {
                    last_voice.unwrap_or_else(|| last_named.map(|m| m.1))
                };
                // "her son Arun Kumar … “…,” she told": a voice the story
                // marked as a man is no "she", nor a woman a "he".
                let unlike = |k: usize| pronoun.is_some_and(|p| genders[k].is_some_and(|g| g != p));
                // "Anaknya, Amirul Hakim, 22, … ¶ “… anak saya dilepaskan …,”
                // ceritanya": whoever speaks of "my child" is not the child.
                // Read only when someone's child is a voice of the text.
                let parent_speaks = children.contains(&true) && {
                    let quoted: String = chain
                        .iter()
                        .map(|p| crate::case::lowercase(&text[p.inner.0..p.inner.1]))
                        .collect::<Vec<_>>()
                        .join(" ");
                    PARENT_WORDS.iter().any(|w| quoted.contains(w))
                };
                let excluded = |k: usize| {
                    named_after.contains(&k) || unlike(k) || (parent_speaks && children[k])
                };
                match chosen {
                    Some(k) if excluded(k) => mentions
                        .iter()
                        .rev()
                        .find(|(s, k)| s.1 <= open && !excluded(*k))
                        .map(|m| m.1),
                    _ => chosen,
                }
            }
            Found::Nobody => None,
        };
        if found != Found::Nobody || attribution.is_some() {
            // The same voice keeps its pronoun over a quote without one.
            last_pronoun = pronoun.or(last_pronoun.filter(|_| last_voice == Some(speaker)));
            last_voice = Some(speaker);
        }
        last_part = chain.last().map(|p| (p.para, p.close));
        for p in chain {
            doc.quotes.push(Quote {
                speaker: speaker.map(|k| voices[k].to_string()),
                text: text[p.inner.0..p.inner.1].to_string(),
                span: p.inner,
            });
        }
    }
}

/// The pronoun ("he", "she") of each voice the text marks: a word right
/// before one of its mentions that only a man or only a woman is ("her son
/// Arun Kumar", "Mr. Kumar", "his wife, Maria"); none when the marks
/// disagree or are missing.
/// `before` holds each mention's [`words_before`].
fn genders(
    mentions: &[(Span, usize)],
    before: &[(String, String)],
    n: usize,
) -> Vec<Option<&'static str>> {
    let mut out: Vec<Option<Option<&'static str>>> = vec![None; n];
    for (&(_, k), (word, _)) in mentions.iter().zip(before) {
        let g = match word.as_str() {
            "son" | "father" | "husband" | "brother" | "mr" | "grandfather" | "nephew"
            | "uncle" => "he",
            "daughter" | "mother" | "wife" | "sister" | "mrs" | "ms" | "madam" | "widow"
            | "grandmother" | "niece" | "aunt" => "she",
            _ => continue,
        };
        out[k] = match out[k] {
            None => Some(Some(g)),
            Some(Some(h)) if h == g => Some(Some(g)),
            _ => Some(None),
        };
    }
    out.into_iter().map(Option::flatten).collect()
}

/// The two words right before `at`, lowercased, last first, past a comma or
/// an abbreviation's dot: "her son Arun" → ("son", "her"), "Mr. Kumar" →
/// ("mr", …), "Anaknya, Amirul" → ("anaknya", …).
fn words_before(text: &str, at: usize) -> (String, String) {
    let head = text[..at]
        .trim_end()
        .trim_end_matches([',', '.'])
        .trim_end();
    let mut words = head
        .rsplit(|c: char| !is_word_char(c))
        .take(2)
        .map(str::to_ascii_lowercase);
    let last = words.next().unwrap_or_default();
    (last, words.next().unwrap_or_default())
}

/// What a parent says of a child: "anak saya", "my son".
const PARENT_WORDS: &[&str] = &[
    "anak saya",
    "anak kami",
    "anakku",
    "my son",
    "my daughter",
    "my child",
    "our son",
    "our daughter",
];

/// Whether each voice is introduced as someone's child: "Anaknya, Amirul
/// Hakim", "anak sulungnya, Rayner Jeffrey", "her son Arun Kumar",
/// "putranya Dimas".
/// `before` holds each mention's [`words_before`].
fn children(mentions: &[(Span, usize)], before: &[(String, String)], n: usize) -> Vec<bool> {
    let mut out = vec![false; n];
    for (&(_, k), (last, before)) in mentions.iter().zip(before) {
        // "anak sulungnya, Rayner Jeffrey", "anak lelakinya".
        let described =
            matches!(before.as_str(), "anak" | "putra" | "putri") && last.ends_with("nya");
        if described
            || matches!(
                last.as_str(),
                "anaknya" | "putranya" | "putrinya" | "son" | "daughter"
            )
        {
            out[k] = true;
        }
    }
    out
}

/// The people named only by their initials, with every place their initials
/// stand: two to four capitals brought in by "berinisial"/"inisial"/"initials"
/// (with the initials listed after them: "berinisial AS, BK dan TW") or
/// followed by an age ("korban, RN, 24,", "MS (23)"), that no organization
/// or country uses as its acronym.
fn initialled<'t>(text: &'t str, doc: &Document) -> Vec<(&'t str, Vec<Span>)> {
    // Words by bytes: ASCII decided at once, other chars decoded (the
    // text is mostly ASCII, and this runs over all of it).
    let mut words: Vec<(Span, &str)> = Vec::new();
    let mut start: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut off = 0;
    while off <= bytes.len() {
        let (word, width) = match bytes.get(off) {
            None => (false, 1),
            Some(b) if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
            Some(_) => text[off..]
                .chars()
                .next()
                .map_or((false, 1), |c| (is_word_char(c), c.len_utf8())),
        };
        if word {
            start.get_or_insert(off);
        } else if let Some(s) = start.take() {
            words.push((Span(s, off), &text[s..off]));
        }
        off += width;
    }
    let shaped = |w: &str| (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    let taken: Vec<Span> = doc
        .organizations
        .iter()
        .flat_map(|o| &o.spans)
        .chain(doc.countries.iter().flat_map(|c| &c.spans))
        .copied()
        .collect();
    let aged = |end: usize| {
        let rest = text[end..].trim_start_matches([',', ' ', '(']);
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits) && rest[digits..].starts_with([',', ')', ' '])
    };
    let mut names: Vec<&str> = Vec::new();
    let mut listed = false;
    let is = |w: &str, list: &[&str]| list.iter().any(|v| w.eq_ignore_ascii_case(v));
    for (k, &(span, w)) in words.iter().enumerate() {
        if is(
            w,
            &[
                "berinisial",
                "inisial",
                "initials",
                "initialled",
                "initialed",
            ],
        ) {
            listed = true;
            continue;
        }
        if !shaped(w) {
            listed = listed && k > 0 && is(w, &["dan", "and"]);
            continue;
        }
        // The list goes on over commas and "dan"; a sentence end stops it.
        if listed && k > 0 && text[words[k - 1].0 .1..span.0].contains(['.', ';', '(', '"', '“'])
        {
            listed = false;
        }
        let acronym = taken.iter().any(|t| t.0 <= span.0 && span.1 <= t.1);
        if (listed || aged(span.1)) && !acronym && !names.contains(&w) {
            names.push(w);
        }
    }
    names
        .into_iter()
        .map(|name| {
            let spans = words
                .iter()
                .filter(|(_, w)| *w == name)
                .map(|&(s, _)| s)
                .collect();
            (name, spans)
        })
        .collect()
}

/// `lead` past an age in brackets that opens it ("(24), mengaku" →
/// ", mengaku"), and the spaces after it.
fn past_age(lead: &str) -> &str {
    if let Some(rest) = lead.strip_prefix('(') {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits) && rest[digits..].starts_with(')') {
            return rest[digits + 1..].trim_start_matches([' ', '\u{a0}']);
        }
    }
    lead
}

/// Where the words after a name stop describing that name: past an
/// apposition that follows it ("Sutini (52), ibu dari salah satu korban …,
/// mengaku lega …."), at the end of its sentence; else `from` itself. An
/// unnamed voice in the apposition ("salah satu korban") is the named one.
fn past_apposition(text: &str, from: usize, open: usize) -> usize {
    let rest = &text[from..open];
    if !past_age(rest.trim_start_matches([' ', '\u{a0}'])).starts_with(',') {
        return from;
    }
    rest.match_indices(['.', '!', '?'])
        .map(|(k, _)| k + 1)
        .find(|&k| rest[k..].starts_with([' ', '\n', '\u{a0}']))
        .map_or(from, |k| from + k)
}

/// Words that open a subordinate clause before a sentence's subject.
const SUBORDINATORS: &[&str] = &[
    "after", "apabila", "as", "before", "begitu", "jika", "kalau", "karena", "kerana", "ketika",
    "meski", "meskipun", "once", "saat", "sebelum", "sejak", "selepas", "semasa", "setelah",
    "sewaktu", "since", "tatkala", "usai", "walau", "walaupun", "when", "while",
];

/// Whether the person mentioned at `at` opens its sentence, alone or after
/// one or two words and a comma ("Ibunya, Rohani Ismail, …", "Sementara itu,
/// Sutini (52), …"), or after one word with a comma behind the name ("Bagi
/// Rosmawati, …"), and acts: no passive verb follows ("Andi ditangkap …" is
/// the subject of what was done to him), and the sentence does not open
/// with a subordinate clause ("Begitu anaknya, Rizki Ananda (24), muncul …,
/// perempuan itu …"). A dateline's dash starts a sentence.
fn opens_sentence(text: &str, at: Span) -> bool {
    // A dateline's dash opens the lede ("JAMBIEKSPRES.CO.ID - Rosmawati (52) …").
    let starts = |h: &str| h.is_empty() || h.ends_with(['\n', '.', '!', '?', '-', '–', '—']);
    let mut head = text[..at.0].trim_end_matches([' ', '\u{a0}']);
    // One word before the name that opens the sentence: an adverb of time
    // ("Kini Rizky hanya ingin …"), or any word when a comma follows the
    // name ("Bagi Rosmawati, angka-angka itu …" is about her).
    let shorter = head.trim_end_matches(is_word_char);
    let word = &head[shorter.len()..];
    let adverb = matches!(word, "Kini" | "Kemudian" | "Sekarang" | "Lalu" | "Kelak");
    let topic = !word.is_empty()
        && word.len() <= 20
        && past_age(text[at.1..].trim_start_matches([' ', '\u{a0}'])).starts_with(',');
    if adverb || topic {
        let rest = shorter.trim_end_matches([' ', '\u{a0}']);
        if starts(rest) {
            head = rest;
        }
    }
    if let Some(before_comma) = head.strip_suffix(',') {
        // One or two words before the comma, at the start of the sentence
        // ("Ibunya,", "Sementara itu,").
        head = before_comma;
        for _ in 0..2 {
            let shorter = head.trim_end_matches(is_word_char);
            if shorter.len() == head.len() || shorter.len() + 20 < head.len() {
                return false;
            }
            head = shorter.trim_end_matches([' ', '\u{a0}']);
            if starts(head) {
                break;
            }
        }
    }
    if !starts(head) {
        return false;
    }
    // "Begitu anaknya, Rizki Ananda (24), muncul …, perempuan itu …": a
    // sentence that opens with a subordinate clause has its subject later.
    let first = text[head.len()..at.0]
        .split(|c: char| !is_word_char(c))
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_ascii_lowercase();
    if SUBORDINATORS.contains(&first.as_str()) {
        return false;
    }
    let next = text[at.1..]
        .trim_start_matches(|c: char| !is_word_char(c))
        .split(|c: char| !is_word_char(c))
        .next()
        .unwrap_or("");
    let passive = next.len() > 4 && (next.starts_with("di") || next.starts_with("ter"));
    !passive
}

/// Whether the person mentioned at `at` is the one speaking in its clause: a
/// speech verb follows ("Bambang mengatakan", "Dewi Anggraini, menyebut",
/// "Sokha also said") or comes right before ("kata Andi", "menurut Andi",
/// "according to Smith").
fn speaking(text: &str, at: Span) -> bool {
    // "Rina (24), mengaku …": an age between the name and the verb.
    let lead = past_age(text[at.1..].trim_start_matches([' ', '\u{a0}']));
    let mid_sentence = !lead.starts_with(['.', '!', '?', ';']);
    let filler = |w: &str| {
        matches!(
            w,
            "juga" | "pun" | "pula" | "turut" | "also" | "lalu" | "then" | "kemudian" | "further"
        )
    };
    let after = clause_words(lead, 0);
    let verb_after = mid_sentence
        && after
            .iter()
            .take(2)
            .enumerate()
            .any(|(k, (_, w))| speech::verb(w).is_some() && (k == 0 || filler(after[0].1)));
    if verb_after {
        return true;
    }
    // "Kamarul Zaman Othman, dalam satu kenyataan minggu lalu berkata…",
    // "Budi saat dikonfirmasi di Jakarta mengatakan…", "Smith, in a
    // statement on Monday, said…": a phrase of when or where before the verb.
    let clause = &lead[..lead.find(['.', ';', '!', '?']).unwrap_or(lead.len())];
    let words = clause_words(clause, 0);
    if mid_sentence
        && words.first().is_some_and(|(_, w)| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "dalam"
                    | "saat"
                    | "ketika"
                    | "semasa"
                    | "sewaktu"
                    | "usai"
                    | "selepas"
                    | "in"
                    | "when"
                    | "after"
                    | "during"
            )
        })
        && words
            .iter()
            .take(9)
            .skip(1)
            .any(|(_, w)| speech::verb(w) == Some(VerbForm::Named))
    {
        return true;
    }
    // "Chatchai Boonmee, deputy commissioner of the CIB, told …"
    if let Some(rest) = lead.strip_prefix(',') {
        let cut = (0..=rest.len().min(90))
            .rev()
            .find(|&k| rest.is_char_boundary(k))
            .unwrap_or(0);
        let window = &rest[..cut];
        if let Some(k) = window.find(',') {
            let next = clause_words(&window[k + 1..], 0);
            if next.first().is_some_and(|(_, w)| speech::verb(w).is_some()) {
                return true;
            }
        }
    }
    // "Menurut Kasat Reskrim Polres Metro Tangerang Kota AKBP Reza Mahendra,
    // penyidik …": the sentence opens with "menurut" and the title runs up
    // to the name.
    if lead.starts_with(',') {
        let opening = text[..at.0]
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '\n' | '"' | '“' | '”'))
            .map_or(0, |(k, c)| k + c.len_utf8());
        let head = clause_words(&text[opening..at.0], 0);
        let first = head.first().map(|(_, w)| w.to_ascii_lowercase());
        if head.len() <= 12 && matches!(first.as_deref(), Some("menurut" | "according")) {
            return true;
        }
    }
    let mut from = at.0.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..at.0];
    let head = head
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '"' | '“' | '”' | '\n'))
        .map_or(head, |(k, c)| &head[k + c.len_utf8()..]);
    let before = clause_words(head, 0);
    match before.as_slice() {
        [.., (_, a), (_, b)] if a.eq_ignore_ascii_case("according") && *b == "to" => true,
        [.., (_, w)] => speech::verb(w) == Some(VerbForm::Named),
        _ => false,
    }
}

/// What an attribution points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Found {
    /// A person, by index into the document's persons.
    Person(usize),
    /// The one last named ("ujarnya", "he said").
    Previous,
    /// A speech verb with nobody we know ("kata seorang korban").
    Nobody,
}

/// The end of the sentence a closed part ends in; the attribution after the
/// closing mark must stand in the same sentence.
fn sentence_end(ctx: &Context, part: &Part) -> usize {
    ctx.sentence_at(part.close.saturating_sub(1))
        .map_or(part.para.1, |i| ctx.sentences[i].1)
}

fn first_char(text: &str, para: Span) -> usize {
    let p = &text[para.0..para.1];
    para.0 + (p.len() - p.trim_start().len())
}

/// Every quoted part of `text`, paragraph by paragraph.
fn parts(text: &str, lang: Lang) -> Vec<Part> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let para = Span(start, start + line.len());
        start = para.1 + 1;
        let before = out.len();
        let mut open: Option<(usize, usize)> = None; // (mark offset, mark length)
        for (off, c) in line.char_indices() {
            let at = para.0 + off;
            match (c, open) {
                ('“', None) | ('"', None) => open = Some((at, c.len_utf8())),
                ('”', Some(o)) | ('"', Some(o)) => {
                    push(text, &mut out, o, at, at + c.len_utf8(), true, para);
                    open = None;
                }
                _ => {}
            }
        }
        if let Some(o) = open {
            push(text, &mut out, o, para.1, para.1, false, para);
        }
        if matches!(lang, Lang::En | Lang::Ms) {
            let doubles: Vec<Span> = out[before..]
                .iter()
                .map(|p| Span(p.open, p.close))
                .collect();
            single_parts(text, para, &doubles, &mut out);
        }
    }
    crate::sort::sort_by_key(&mut out, |p| p.open);
    out
}

/// `‘…’` parts of one paragraph outside the double-quoted ones. An opening `‘`
/// follows no letter; a closing `’` is followed by no letter (else it is an
/// apostrophe: "Cambodia’s", "O’Smach").
fn single_parts(text: &str, para: Span, doubles: &[Span], out: &mut Vec<Part>) {
    let mut open: Option<usize> = None;
    let mut prev: Option<char> = None;
    let line = &text[para.0..para.1];
    let mut chars = line.char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let at = para.0 + off;
        let next = chars.peek().map(|&(_, n)| n);
        let inside = doubles.iter().any(|d| d.0 <= at && at < d.1);
        if !inside {
            if c == '‘' && open.is_none() && !prev.is_some_and(is_word_char) {
                open = Some(at);
            } else if c == '’' && !next.is_some_and(is_word_char) {
                if let Some(o) = open.take() {
                    push(
                        text,
                        out,
                        (o, '‘'.len_utf8()),
                        at,
                        at + c.len_utf8(),
                        true,
                        para,
                    );
                }
            }
        }
        prev = Some(c);
    }
}

fn push(
    text: &str,
    out: &mut Vec<Part>,
    (open, mark): (usize, usize),
    inner_end: usize,
    close: usize,
    closed: bool,
    para: Span,
) {
    let raw = &text[open + mark..inner_end];
    let lead = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim().trim_end_matches(',').trim_end();
    if trimmed.is_empty() {
        return;
    }
    let s = open + mark + lead;
    out.push(Part {
        open,
        close,
        closed,
        inner: Span(s, s + trimmed.len()),
        para,
    });
}

/// The words of `piece` with their offsets (relative to `base`), stopping at a
/// sentence end or a new quote mark.
fn clause_words(piece: &str, base: usize) -> Vec<(Span, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (off, c) in piece.char_indices().chain([(piece.len(), ' ')]) {
        let word_char = is_word_char(c) || (c == '-' && start.is_some());
        if word_char {
            start.get_or_insert(off);
            continue;
        }
        if let Some(s) = start.take() {
            out.push((Span(base + s, base + off), &piece[s..off]));
        }
        if matches!(c, '"' | '“' | '”' | '\n') {
            break;
        }
    }
    out
}

/// The attribution after a closed part: a speech verb among the first words after
/// the closing mark, and the person named in that clause.
fn after(
    text: &str,
    part: &Part,
    limit: usize,
    mentions: &[(Span, usize)],
    roles: &[Option<String>],
) -> Option<Found> {
    let end = (part.close + 200).min(part.para.1).min(limit);
    if end <= part.close {
        return None;
    }
    let end = (end..=part.para.1).find(|&e| text.is_char_boundary(e))?;
    let rest = &text[part.close..end];
    // The attribution of a quote that ends its sentence ("….” Ia pergi.") is not this one.
    let words = clause_words(rest, part.close);
    let lead = rest.trim_start_matches([' ', ',', '\u{a0}']);
    if lead.starts_with(['.', '!', '?']) && !text[part.inner.0..part.inner.1].ends_with(',') {
        return None;
    }
    let clause_end = words.last().map_or(part.close, |w| w.0 .1);
    let verb_at = |k: usize| speech::verb(words[k].1).map(|f| (k, f));
    let Some((vi, form)) = (0..words.len().min(4)).find_map(verb_at) else {
        // "…," Marta Lindqvist, UNODC's regional representative, said.
        let first = words.first()?.0;
        if let Some(named) = mentions.iter().find(|(s, _)| s.0 == first.0) {
            (0..words.len()).find_map(verb_at)?;
            return Some(Found::Person(named.1));
        }
        // "…," PAOCC spokesperson Ronaldo Aquino told reporters; "…,"
        // Lieutenant Colonel Khamphou Sisouk, deputy commander of the
        // provincial police, told state media: a person named among the
        // first twelve words who speaks (a verb right after the name, or
        // after an appositive between commas).
        let reach = words.get(12).map_or(clause_end, |w| w.0 .0);
        let named = mentions
            .iter()
            .filter(|(s, _)| s.0 >= part.close && s.0 < reach && s.1 <= clause_end)
            .find(|(s, _)| speaking(text, *s));
        return match named {
            Some(m) => Some(Found::Person(m.1)),
            // "…," one woman from Uganda told reporters: said by someone
            // the article does not name.
            None => (4..words.len().min(8))
                .find_map(verb_at)
                .map(|_| Found::Nobody),
        };
    };
    if form == VerbForm::Pronoun {
        return Some(Found::Previous);
    }
    let person = mentions
        .iter()
        .find(|(s, _)| s.0 >= part.close && s.1 <= clause_end)
        .map(|m| m.1);
    if let Some(k) = person {
        return Some(Found::Person(k));
    }
    let near = |k: usize| words.get(k).is_some_and(|(_, w)| speech::is_pronoun(w));
    // "…," he was quoted as saying.
    if near(vi + 1) || (vi > 0 && near(vi - 1)) || (vi > 1 && near(vi - 2)) {
        return Some(Found::Previous);
    }
    // "…," the judge said; "…," said the minister: the one person whose
    // office ends in that word.
    let role_at = |k: usize| {
        let the = words.get(k)?.1;
        let role = words.get(k + 1)?.1.to_ascii_lowercase();
        if !the.eq_ignore_ascii_case("the") {
            return None;
        }
        let mut holders = roles
            .iter()
            .enumerate()
            .filter(|(_, r)| r.as_deref() == Some(role.as_str()));
        match (holders.next(), holders.next()) {
            (Some((k, _)), None) => Some(k),
            _ => None,
        }
    };
    if let Some(k) = vi
        .checked_sub(2)
        .and_then(role_at)
        .or_else(|| role_at(vi + 1))
    {
        return Some(Found::Person(k));
    }
    // "…," tegas legislator dari daerah pemilihan Sumatera Utara itu: a
    // description that points back ("itu", "tersebut") is the person the
    // story is about; not an unnamed source ("kata sumber tersebut").
    let described: Vec<&str> = words.iter().skip(vi + 1).take(8).map(|&(_, w)| w).collect();
    if let Some(k) = described
        .iter()
        .position(|w| matches!(*w, "itu" | "tersebut"))
    {
        let unnamed = described[..k]
            .iter()
            .any(|w| matches!(*w, "sumber" | "source"));
        if !unnamed {
            return Some(Found::Previous);
        }
    }
    Some(Found::Nobody)
}

/// "he" or "she" among the first three words after a closed part ("…,” she
/// said", "…,” said he").
fn pronoun_after(text: &str, part: &Part) -> Option<&'static str> {
    if !part.closed {
        return None;
    }
    let end = (part.close + 24).min(part.para.1);
    let end = (end..=part.para.1).find(|&e| text.is_char_boundary(e))?;
    clause_words(&text[part.close..end], 0)
        .iter()
        .take(3)
        .find_map(|&(_, w)| gendered(w))
}

/// The English pronoun right before a quote's opening mark: "…, she said,
/// “alive, which is all I asked”".
fn pronoun_before(text: &str, part: &Part) -> Option<&'static str> {
    let head = text[part.para.0..part.open].trim_end();
    let head = head.strip_suffix([',', ':'])?;
    let words: Vec<&str> = head
        .rsplit(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(2)
        .collect();
    match words[..] {
        [verb, who] if speech::verb(&verb.to_ascii_lowercase()).is_some() => gendered(who),
        _ => None,
    }
}

fn gendered(word: &str) -> Option<&'static str> {
    match word {
        "he" | "He" => Some("he"),
        "she" | "She" => Some("she"),
        _ => None,
    }
}

/// Whether the words right before a part introduce a written text: "reads:",
/// "berbunyi:", "bertuliskan".
fn written_before(text: &str, part: &Part) -> bool {
    let head = text[part.para.0..part.open]
        .trim_end()
        .trim_end_matches(':');
    let last = head
        .rsplit(|c: char| !is_word_char(c))
        .find(|w| !w.is_empty())
        .unwrap_or("");
    matches!(
        last.to_ascii_lowercase().as_str(),
        "reads" | "berbunyi" | "bertuliskan" | "tertulis" | "bertulis"
    )
}

/// The attribution before a part: a speech verb among the last words of the
/// clause that opens it, and the person named there.
fn before(text: &str, part: &Part, mentions: &[(Span, usize)]) -> Option<Found> {
    let head = &text[part.para.0..part.open];
    let trimmed = head.trim_end();
    if !trimmed.ends_with([',', ':']) {
        return None;
    }
    // From the last sentence end (or quote) before the mark.
    let from = trimmed
        .rfind(['.', '!', '?', '"', '”', '“'])
        .map_or(0, |k| k + 1);
    let from = (from..=trimmed.len()).find(|&k| trimmed.is_char_boundary(k))?;
    let clause = &trimmed[from..];
    let base = part.para.0 + from;
    let words = clause_words(clause, base);
    let n = words.len();
    let (vi, form) = words
        .iter()
        .enumerate()
        .skip(n.saturating_sub(8))
        .find_map(|(k, (_, w))| speech::verb(w).map(|f| (k, f)))?;
    if form == VerbForm::Pronoun {
        return Some(Found::Previous);
    }
    let person = mentions
        .iter()
        .rev()
        .find(|(s, _)| s.0 >= base && s.1 <= part.open)
        .map(|m| m.1);
    if let Some(k) = person {
        return Some(Found::Person(k));
    }
    let near = |k: usize| words.get(k).is_some_and(|(_, w)| speech::is_pronoun(w));
    // "Ia lalu menceritakan …: “…”": an adverb between pronoun and verb.
    let adverb = |k: usize| {
        words.get(k).is_some_and(|(_, w)| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "lalu" | "kemudian" | "juga" | "pun" | "pula" | "turut" | "then" | "also" | "later"
            )
        })
    };
    if near(vi + 1) || (vi > 0 && near(vi - 1)) || (vi > 1 && adverb(vi - 1) && near(vi - 2)) {
        return Some(Found::Previous);
    }
    Some(Found::Nobody)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyze(text: &str, lang: Lang) -> Document {
        let sentences = crate::segment::sentences(text);
        let ctx = Context {
            text,
            lang,
            sentences: &sentences,
            reference: Default::default(),
        };
        let mut doc = Document::default();
        super::super::persons::recognize(&ctx, &mut doc);
        recognize(&ctx, &mut doc);
        for q in &doc.quotes {
            assert_eq!(&text[q.span.0..q.span.1], q.text);
        }
        doc
    }

    fn quotes(text: &str, lang: Lang) -> Vec<(String, Option<String>)> {
        analyze(text, lang)
            .quotes
            .into_iter()
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    /// The quotes after every recognizer has run, as in the pipeline.
    fn whole(text: &str, lang: Lang) -> Vec<(String, Option<String>)> {
        let sentences = crate::segment::sentences(text);
        let ctx = Context {
            text,
            lang,
            sentences: &sentences,
            reference: Default::default(),
        };
        let mut doc = Document::default();
        super::super::recognize(&ctx, &mut doc);
        doc.quotes
            .into_iter()
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    fn q(text: &str, speaker: Option<&str>) -> (String, Option<String>) {
        (text.to_string(), speaker.map(str::to_string))
    }

    #[test]
    fn a_person_named_after_the_pronoun_verb_is_not_the_voice() {
        let text = "Air mata Dewi Lestari (47) tumpah di pintu kedatangan. Setahun ia tak mendengar kabar dari Rizal Hakim (22).\n\n\"Yang penting anak saya sudah pulang dengan selamat,\" ujarnya sambil memeluk Rizal.";
        assert_eq!(
            quotes(text, Lang::Id),
            [q(
                "Yang penting anak saya sudah pulang dengan selamat",
                Some("Dewi Lestari")
            )]
        );
    }

    #[test]
    fn whoever_speaks_of_my_child_is_not_the_child() {
        let text = "Bagi Rohana Ismail, 52, dari Sungai Petani, penahanan sindiket itu melegakan.\n\nAnaknya, Amirul Hakim, 22, antara mereka yang dibawa pulang bulan lalu.\n\n\"Mereka minta wang tebusan kalau mahu anak saya dilepaskan,\" ceritanya kepada wartawan.";
        assert_eq!(
            whole(text, Lang::Ms),
            [q(
                "Mereka minta wang tebusan kalau mahu anak saya dilepaskan",
                Some("Rohana Ismail")
            )]
        );
    }

    #[test]
    fn an_eldest_son_is_a_child_too() {
        let text = "Air mata Juliana Gimbang, 49, mengalir sebaik melihat anak sulungnya, Rayner Jeffrey, 22, keluar dari balai ketibaan.\n\n\"Bila sampai, pasport saya terus diambil mereka,\" kata Rayner.\n\nKeluarganya pula menerima panggilan tebusan. \"Saya ingat anak saya sudah mati di sana,\" katanya.";
        assert_eq!(
            whole(text, Lang::Ms),
            [
                q(
                    "Bila sampai, pasport saya terus diambil mereka",
                    Some("Rayner Jeffrey")
                ),
                q(
                    "Saya ingat anak saya sudah mati di sana",
                    Some("Juliana Gimbang")
                ),
            ]
        );
    }

    #[test]
    fn the_office_written_alone_is_its_holder() {
        let text = "Judge Siti Aminah was not persuaded by the defence.\n\nProsecutor Lim Wei Keat asked for a deterrent sentence.\n\n\"Those who sell their bank accounts are not innocent bystanders,\" the judge said.";
        assert_eq!(
            whole(text, Lang::En),
            [q(
                "Those who sell their bank accounts are not innocent bystanders",
                Some("Siti Aminah")
            )]
        );
    }

    #[test]
    fn a_man_is_no_she() {
        let text = "For Selvi Murugan, a vegetable vendor in Tiruchi, the wait ended when her son Arun Kumar, 26, called from Delhi.\n\n“He said he was working in an office,” she told reporters.";
        assert_eq!(
            whole(text, Lang::En),
            [q(
                "He said he was working in an office",
                Some("Selvi Murugan")
            )]
        );
        let text = "Selvi Murugan, a vegetable vendor in Tiruchi, met Mr. Arun Kumar at the airport.\n\n“I sold my earrings to pay the agent,” she said.";
        assert_eq!(
            whole(text, Lang::En),
            [q(
                "I sold my earrings to pay the agent",
                Some("Selvi Murugan")
            )]
        );
    }

    #[test]
    fn people_named_by_their_initials_speak_but_acronyms_do_not() {
        let text = "Salah satu korban, RN, 24, mengaku kerap dihukum. \"Kami cuma dikasih makan dua kali sehari,\" tuturnya.\n\n\"Tersangka dijerat pasal berlapis sesuai undang-undang,\" kata seorang penyidik.\n\nDua tersangka berinisial AS dan BK ditahan. \"Kami hanya disuruh mencari pekerja saja,\" ujar BK di Polda.\n\nPetugas PDRM, 12, hadir. \"Kami terus memantau kasus ini dengan ketat,\" kata PDRM.";
        assert_eq!(
            whole(text, Lang::Id),
            [
                q("Kami cuma dikasih makan dua kali sehari", Some("RN")),
                q(
                    "Tersangka dijerat pasal berlapis sesuai undang-undang",
                    None
                ),
                q("Kami hanya disuruh mencari pekerja saja", Some("BK")),
                q("Kami terus memantau kasus ini dengan ketat", None),
            ]
        );
    }

    #[test]
    fn quotes_with_a_verb_after_name_their_speaker_in_three_languages() {
        let cases = [
            (
                "Direktur Siber Andi Pratama hadir. \"Kami akan terus berkoordinasi dengan mitra,\" ujar Andi di Jakarta.",
                Lang::Id,
                vec![q("Kami akan terus berkoordinasi dengan mitra", Some("Andi Pratama"))],
            ),
            (
                "“Kami tidak ingin korban diperlakukan sebagai pelaku,” tegas Brigjen Pol. Andika Saputra.",
                Lang::Id,
                vec![q("Kami tidak ingin korban diperlakukan sebagai pelaku", Some("Andika Saputra"))],
            ),
            // A written statement: "tulis".
            (
                "Koordinator Fungsi Pelindungan WNI, Fikri Ramadhan, menyebutkan data sudah diteruskan.\n\
                 “Kami memahami kecemasan keluarga, namun akses ke Myawaddy terbatas,” tulis Fikri.",
                Lang::Id,
                vec![q(
                    "Kami memahami kecemasan keluarga, namun akses ke Myawaddy terbatas",
                    Some("Fikri Ramadhan"),
                )],
            ),
            (
                "\"The compounds will be shut down this year,\" said Interior Minister Sar Sokha.",
                Lang::En,
                vec![q("The compounds will be shut down this year", Some("Sar Sokha"))],
            ),
            (
                "‘Kami akan terus memburu sindiket ini,’ kata Ketua Polis Negara Tan Sri Razarudin Husain.",
                Lang::Ms,
                vec![q("Kami akan terus memburu sindiket ini", Some("Razarudin Husain"))],
            ),
            (
                "\"We will find every recruiter behind this,\" Interior Ministry deputy spokesman Pol. Col. Chai Wattana told reporters on Monday.",
                Lang::En,
                vec![q("We will find every recruiter behind this", Some("Chai Wattana"))],
            ),
            (
                "“The border is closed to them now,” Major General Aung Min Thu, commander of the regional border force, told state television.",
                Lang::En,
                vec![q("The border is closed to them now", Some("Aung Min Thu"))],
            ),
            (
                "“They took our phones on the first day,” one woman from the village told reporters.",
                Lang::En,
                vec![q("They took our phones on the first day", None)],
            ),
            (
                "“Saya tidak pernah dibayar sepeser pun,” kenang Wayan Sudarma.",
                Lang::Id,
                vec![q("Saya tidak pernah dibayar sepeser pun", Some("Wayan Sudarma"))],
            ),
        ];
        for (text, lang, want) in cases {
            assert_eq!(quotes(text, lang), want, "{text}");
        }
    }

    #[test]
    fn a_verb_before_the_quote_and_pronoun_forms_find_the_speaker() {
        let text =
            "Juru bicara Rina Kusuma mengatakan, \"Semua WNI sudah kami data dengan baik.\" \
                    \"Mereka akan dipulangkan pekan depan,\" ujarnya.";
        assert_eq!(
            quotes(text, Lang::Id),
            vec![
                q(
                    "Semua WNI sudah kami data dengan baik.",
                    Some("Rina Kusuma")
                ),
                q("Mereka akan dipulangkan pekan depan", Some("Rina Kusuma")),
            ]
        );
        // The person who asked or urged since the last quote is its voice.
        let id = "\"Kami terus memantau situasi di sana,\" kata Andi Saputra. Duta Besar RI, Rina Kusuma, meminta WNI segera melapor. \"Kami siap membantu pemulangan,\" ujarnya.";
        assert_eq!(
            quotes(id, Lang::Id),
            vec![
                q("Kami terus memantau situasi di sana", Some("Andi Saputra")),
                q("Kami siap membantu pemulangan", Some("Rina Kusuma")),
            ]
        );
        // An adverb between the pronoun and the verb before the quote.
        let id = "Korban bernama Komang Ariana tiba di Singaraja. Ia lalu menceritakan perjalanannya dari Bangkok: \"Kami dijemput mobil bersama beberapa orang lain.\"";
        assert_eq!(
            quotes(id, Lang::Id),
            vec![q(
                "Kami dijemput mobil bersama beberapa orang lain.",
                Some("Komang Ariana")
            )]
        );
        let ms = "Ketua polis Ahmad Zaki Ismail hadir. Beliau menambah: “Orang ramai boleh membuat semakan dahulu.”";
        assert_eq!(
            quotes(ms, Lang::Ms),
            vec![q(
                "Orang ramai boleh membuat semakan dahulu.",
                Some("Ahmad Zaki Ismail")
            )]
        );
        let en =
            "Police chief Tom Baker spoke. \"We are watching these networks closely,\" he said.";
        assert_eq!(
            quotes(en, Lang::En),
            vec![q(
                "We are watching these networks closely",
                Some("Tom Baker")
            )]
        );
    }

    #[test]
    fn names_of_things_and_verbless_or_short_quotes_are_not_quotes() {
        let cases = [
            (
                "Polisi menggelar operasi \"Jaring Mekong\" di perbatasan.",
                Lang::Id,
            ),
            (
                "Kamboja “tidak akan menoleransi” kekerasan, katanya.",
                Lang::Id,
            ),
            (
                "Film \"Scam Compound Stories of the Border\" diputar di Jakarta.",
                Lang::Id,
            ),
            (
                "The town of O’Smach and Cambodia’s police ‘cleared the area’ yesterday.",
                Lang::En,
            ),
        ];
        for (text, lang) in cases {
            assert_eq!(quotes(text, lang), vec![], "{text}");
        }
    }

    #[test]
    fn a_quote_over_two_paragraphs_gives_each_part_one_speaker() {
        let text = "Kapolri Jenderal Listyo Sigit Prabowo berbicara.\n\
                    \"Kami sudah menangkap sebagian besar perekrut di daerah asal.\n\
                    \"Sisanya masih kami buru bersama mitra di Kamboja,\" kata Listyo.";
        assert_eq!(
            quotes(text, Lang::Id),
            vec![
                q(
                    "Kami sudah menangkap sebagian besar perekrut di daerah asal.",
                    Some("Listyo Sigit Prabowo")
                ),
                q(
                    "Sisanya masih kami buru bersama mitra di Kamboja",
                    Some("Listyo Sigit Prabowo")
                ),
            ]
        );
    }

    #[test]
    fn an_unnamed_voice_is_not_given_the_name_said_before() {
        let cases = [
            (
                "\"Kami sudah menangkap sembilan perekrut,\" kata Kapolda Irjen Pol. Budi Santoso.\n\n\
                 Seorang korban asal Jember yang meminta namanya tidak ditulis mengaku dipaksa bekerja. \
                 \"Kalau target tidak tercapai, kami disetrum,\" katanya.",
                Lang::Id,
                vec![
                    q("Kami sudah menangkap sembilan perekrut", Some("Budi Santoso")),
                    q("Kalau target tidak tercapai, kami disetrum", None),
                ],
            ),
            (
                "\"Every one of them has been blacklisted,\" Carlo Mendiola said.\n\n\
                 One of the deportees, who declined to be named, said he had answered an advertisement. \
                 \"We were told it was a customer service job,\" he told reporters.",
                Lang::En,
                vec![
                    q("Every one of them has been blacklisted", Some("Carlo Mendiola")),
                    q("We were told it was a customer service job", None),
                ],
            ),
            (
                "\"Kes ini masih dalam siasatan lanjut,\" kata Roslan Jaimin.\n\n\
                 \"Kalau tak capai sasaran, kami kena renjatan elektrik,\" kata seorang mangsa yang enggan dikenali. \
                 \"Ada yang dipukul sampai tak boleh berjalan.\"\n\n\
                 Roslan turut menasihati orang ramai supaya menyemak tawaran kerja.\n\n\
                 \"Kalau gaji terlalu tinggi untuk kerja yang mudah, itu tanda bahaya,\" tegasnya.",
                Lang::Ms,
                vec![
                    q("Kes ini masih dalam siasatan lanjut", Some("Roslan Jaimin")),
                    q("Kalau tak capai sasaran, kami kena renjatan elektrik", None),
                    q("Ada yang dipukul sampai tak boleh berjalan.", None),
                    q("Kalau gaji terlalu tinggi untuk kerja yang mudah, itu tanda bahaya", Some("Roslan Jaimin")),
                ],
            ),
            (
                "\"Kerugiannya ditaksir mencapai 120 juta yuan,\" kata Yusuf Maulana.\n\n\
                 Polri juga menangkap seorang warga Korea Selatan di Batam.\n\n\
                 \"Kerja sama lewat jalur Interpol jauh lebih cepat,\" ujarnya.",
                Lang::Id,
                vec![
                    q("Kerugiannya ditaksir mencapai 120 juta yuan", Some("Yusuf Maulana")),
                    q("Kerja sama lewat jalur Interpol jauh lebih cepat", Some("Yusuf Maulana")),
                ],
            ),
            // A written message has no voice; another pronoun is another
            // voice: the person named since.
            (
                "\"I trusted her completely,\" Martin Hale says at his kitchen table.                  A text from the woman, still on his phone, reads: \"Sayang, this is the very last fee, I promise.\"\n\n                 Analyst Joanna Reyes said the compounds had moved. \"Every time one closes, another opens,\" she said.\n\n                 Hale reported the fraud to his bank in March.\n\n                 \"People ask me why I kept paying,\" he says.",
                Lang::En,
                vec![
                    q("I trusted her completely", Some("Martin Hale")),
                    q("Sayang, this is the very last fee, I promise.", None),
                    q("Every time one closes, another opens", Some("Joanna Reyes")),
                    q("People ask me why I kept paying", Some("Martin Hale")),
                ],
            ),
            (
                "\"Cambodia does not accept any online scam business on its territory,\" he was quoted as saying.",
                Lang::En,
                vec![q(
                    "Cambodia does not accept any online scam business on its territory",
                    None,
                )],
            ),
            (
                "\"Kami sudah memblokir 40 rekening,\" kata Kombes Budi Santoso.\n\n                 Pesan yang diterima korban berbunyi: \"Selamat, Anda lolos seleksi kerja di luar negeri.\"",
                Lang::Id,
                vec![
                    q("Kami sudah memblokir 40 rekening", Some("Budi Santoso")),
                    q("Selamat, Anda lolos seleksi kerja di luar negeri.", None),
                ],
            ),
        ];
        for (text, lang, want) in cases {
            assert_eq!(quotes(text, lang), want, "{text}");
        }
    }

    #[test]
    fn a_quoted_sentence_closing_a_paragraph_of_narration_is_a_quote() {
        let cases = [
            (
                "Ibu salah satu korban tak kuasa menahan tangis. \"Enam tahun itu tidak sebanding dengan apa yang dialami anak saya.\"",
                Lang::Id,
                vec![q("Enam tahun itu tidak sebanding dengan apa yang dialami anak saya.", None)],
            ),
            (
                "His mother waited at the gate for hours. \"All that matters is that he is home with us now.\"",
                Lang::En,
                vec![q("All that matters is that he is home with us now.", None)],
            ),
            (
                "Ibunya menunggu sejak subuh. \"Yang penting dia pulang dulu, soal hutang kemudian.\"",
                Lang::Ms,
                vec![q("Yang penting dia pulang dulu, soal hutang kemudian.", None)],
            ),
            // Inside a sentence, a quoted phrase is a name or a term.
            (
                "Polisi menyebut operasi itu sebagai \"pembersihan besar-besaran di seluruh wilayah perbatasan.\"",
                Lang::Id,
                vec![],
            ),
        ];
        for (text, lang, want) in cases {
            assert_eq!(quotes(text, lang), want, "{text}");
        }
    }

    #[test]
    fn a_paragraph_that_is_only_a_quote_goes_on_with_the_speaker_just_before() {
        let text = "\"Kami sudah berkoordinasi dengan otoritas setempat,\" kata Judha Nugraha.\n\n\
                    \"Setelah verifikasi selesai, mereka akan segera dipulangkan.\"\n\n\
                    Polisi masih memeriksa para perekrut.\n\n\
                    \"Proses ini bisa memakan waktu berbulan-bulan lamanya.\"";
        assert_eq!(
            quotes(text, Lang::Id),
            vec![
                q(
                    "Kami sudah berkoordinasi dengan otoritas setempat",
                    Some("Judha Nugraha")
                ),
                q(
                    "Setelah verifikasi selesai, mereka akan segera dipulangkan.",
                    Some("Judha Nugraha")
                ),
                q(
                    "Proses ini bisa memakan waktu berbulan-bulan lamanya.",
                    None
                ),
            ],
            "a quote paragraph after a paragraph of narration is not attributed"
        );
        let text =
            "\"We will not reconnect until the compounds close,\" said Anutin Charnvirakul.\n\
                    \"This is about our national security and nothing else.\"";
        assert_eq!(
            quotes(text, Lang::En),
            vec![
                q(
                    "We will not reconnect until the compounds close",
                    Some("Anutin Charnvirakul")
                ),
                q(
                    "This is about our national security and nothing else.",
                    Some("Anutin Charnvirakul")
                ),
            ]
        );
    }

    #[test]
    fn a_name_with_a_long_title_before_the_verb_and_a_follow_up_quote_keep_the_speaker() {
        let text = "\"Fraud like this is spreading fast,\" Maria Lind, the agency's regional representative, said.\n\
                    \"Our officers will work side by side with partners,\" Lind added. \"This is about protecting young people.\"";
        assert_eq!(
            quotes(text, Lang::En),
            vec![
                q("Fraud like this is spreading fast", Some("Maria Lind")),
                q(
                    "Our officers will work side by side with partners",
                    Some("Maria Lind")
                ),
                q("This is about protecting young people.", Some("Maria Lind")),
            ]
        );
    }

    #[test]
    fn a_pronoun_quote_goes_to_the_person_who_spoke_since_the_last_quote() {
        let cases = [
            (
                "“Kami tidak ingin negara kami dikenal sebagai surga penipu,” kata Keo Sovannara.\n\
                 Kepala Divisi Hubungan Internasional Irjen Bambang Suryadi mengatakan satgas akan bertukar data.\n\
                 \"Selama ini permintaan data bisa memakan waktu berbulan-bulan,\" ujarnya.",
                Lang::Id,
                "Bambang Suryadi",
            ),
            (
                "‘Sindiket ini bergerak pantas merentas sempadan,’ kata Datuk Seri Kamarul Zaman Ahmad.\n\
                 Pengarah Perhubungan Antarabangsa Irjen Hendro Wibowo pula berkata pegawai akan dihantar.\n\
                 “Pegawai itu akan mempercepat pertukaran maklumat,” katanya.",
                Lang::Ms,
                "Hendro Wibowo",
            ),
            (
                "\"We exchanged intelligence every day,\" Pol Lt Gen Anan Thongchai said.\n\
                 Pol Maj Gen Chatchai Boonmee, deputy commissioner of the bureau, told reporters the teams met in June.\n\
                 \"Gangs keep moving across the border, so we must move faster,\" he added.",
                Lang::En,
                "Chatchai Boonmee",
            ),
            // An opinion or a welcome is speech too.
            (
                "“Kami sudah menutup 800 situs sejak Januari,” kata Kombes Andi Pratama.\n\
                 Menteri Maria Lestari menilai angka itu baru puncak gunung es.\n\
                 “Kami tidak bisa hanya menunggu laporan dari masyarakat,” tuturnya.",
                Lang::Id,
                "Maria Lestari",
            ),
            // A phrase of when or where between the name and the verb.
            (
                "“Anak guam saya tidak tahu apa-apa tentang akaun itu,” kata peguam Gurdeep Singh.\n\
                 Pengarah JSJK, Datuk Kamarul Zaman Othman, dalam satu kenyataan minggu lalu berkata pihaknya akan bertindak.\n\
                 “Tanpa keldai akaun, sindiket tidak boleh bergerak,” katanya.",
                Lang::Ms,
                "Kamarul Zaman Othman",
            ),
            (
                "“Kami terus memburu pelaku lain di luar negeri,” kata Brigjen Andi Pratama.\n\
                 Kapolres Bogor AKBP Rudi Hartono saat dikonfirmasi di Cibinong mengatakan korban sudah diperiksa.\n\
                 “Semua korban kini didampingi psikolog dari dinas sosial,” ujarnya.",
                Lang::Id,
                "Rudi Hartono",
            ),
            (
                "\"We will keep chasing the ringleaders abroad,\" Chief Inspector Mark Delaney said.\n\
                 Deputy commissioner Lim Wei Jie, in a statement on Monday, said the accounts had been frozen.\n\
                 \"Every mule account we freeze cuts a line of money,\" he added.",
                Lang::En,
                "Lim Wei Jie",
            ),
            // "she said, “…”" carries her pronoun: a "he" after it is
            // someone else, the man named since.
            (
                "Lorna Reyes waited at the gate. Finally, she said, “he is alive, which is all I asked.”\n\
                 Jomar Reyes, 24, was one of 52 Filipinos flown home.\n\
                 “They took my passport on the first day,” he told reporters.",
                Lang::En,
                "Jomar Reyes",
            ),
            // A dateline's dash opens the lede; a subordinate clause's name
            // ("Begitu anaknya, Rizki Ananda (24), muncul") is not its subject.
            (
                "JAMBIEKSPRES.CO.ID - Rosmawati (52) tak kuasa menahan tangis. Begitu anaknya, \
                 Rizki Ananda (24), muncul dari pintu kedatangan, perempuan itu memeluknya.\n\
                 “Allah masih sayang sama kami,” ucapnya lirih.",
                Lang::Id,
                "Rosmawati",
            ),
            // "Bagi Rosmawati, …": a sentence about her.
            (
                "“Kami sudah berkoordinasi dengan Bareskrim,” kata AKBP Nanang Kurniawan.\n\
                 Bagi Rosmawati (52), angka-angka itu tak lagi penting. Malam itu ia hanya ingin pulang. \
                 “Besok kami mau syukuran kecil-kecilan di rumah,” katanya.",
                Lang::Id,
                "Rosmawati",
            ),
            // An opening adverb of time: "Kini Rizky hanya ingin …".
            (
                "Rizky Pratama (24) tiba di rumahnya.\n\
                 “Kami imbau masyarakat jangan mudah tergiur,” tegas Kombes Yusuf Rahman.\n\
                 Kini Rizky Pratama hanya ingin mencari kerja di Palangka Raya. “Cukup sekali. Saya mau kerja dekat ibu,” katanya pelan.",
                Lang::Id,
                "Rizky Pratama",
            ),
            // A description that points back is the person the story is
            // about; an unnamed source is nobody.
            (
                "“Kami sudah menutup 800 situs,” kata Kombes Andi Pratama.\n\
                 Anggota DPR Rahmat Hidayat Siregar hadir di Phnom Penh.\n\
                 Bagi Rahmat, angka itu alarm.\n\
                 “Ini bukan lagi kasus per kasus,” tegas legislator dari Sumatera Utara itu.",
                Lang::Id,
                "Rahmat Hidayat Siregar",
            ),
            // "Menurut <title> <name>, …": the title runs up to the name.
            (
                "“Korban dijanjikan gaji besar,” kata Kombes Budi Santoso.\n\
                 Menurut Kasat Reskrim Polres Metro Tangerang Kota AKBP Reza Mahendra, penyidik \
                 menelusuri aliran dana. “Kami duga ada pihak lain yang menikmati uang itu,” tuturnya.",
                Lang::Id,
                "Reza Mahendra",
            ),
            // The person a sentence opens with since the last quote.
            (
                "“Saya ditawarkan kerja di Bangkok dengan gaji besar,” kata Faizal Hamid.\n\
                 Ibunya, Rohani Ismail, 55, yang menunggu sejak pagi tidak dapat menahan sebak.\n\
                 “Hampir setahun saya tak dengar suara dia,” katanya.",
                Lang::Ms,
                "Rohani Ismail",
            ),
            (
                "Korban asal Sambas, Andi Saputra (28), bercerita ia baru pulang dari Myawaddy.\n\
                 “Lima orang lagi masih kami telusuri bersama BP3MI,” jelas Hendri Kurniawan.\n\
                 Andi sendiri kini memilih membantu ayahnya di kebun.\n\
                 “Kalau ada yang menawari kerja di luar negeri, jangan percaya,” pesannya.",
                Lang::Id,
                "Andi Saputra",
            ),
            // After "Sementara itu,", with an apposition that calls her a
            // victim's mother: still a named voice.
            (
                "“Kalau mau kerja ke luar negeri, lewat jalur resmi,” tegas Kombes Hendra Kurniawan.\n\
                 Sementara itu, Sutini (52), ibu dari salah satu korban asal Dampit, mengaku lega anaknya sudah pulang. \
                 “Anak saya sampai sekarang masih trauma,” tuturnya.",
                Lang::Id,
                "Sutini",
            ),
            // One a passive verb follows is what was done to, not a voice.
            (
                "“Kami masih memburu dua pelaku lain di Batam,” kata Kombes Budi Santoso.\n\
                 Andi Saputra ditangkap di rumahnya pada Senin malam.\n\
                 “Dia berperan sebagai perekrut para korban,” ujarnya.",
                Lang::Id,
                "Budi Santoso",
            ),
        ];
        for (text, lang, want) in cases {
            let got = quotes(text, lang);
            assert_eq!(
                got.last().and_then(|q| q.1.as_deref()),
                Some(want),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_speaker_named_after_an_organization_and_title_ends_the_quote() {
        let text = "“These are not tourists, many of them ran love scams,” PAOCC spokesperson Ronaldo Aquino told reporters.";
        assert_eq!(
            quotes(text, Lang::En),
            vec![q(
                "These are not tourists, many of them ran love scams",
                Some("Ronaldo Aquino")
            )]
        );
    }

    #[test]
    fn an_unnamed_source_that_points_back_is_nobody() {
        let text = "“Kami sudah memblokir 200 rekening,” kata Kombes Andi Pratama.\n\n\
                    “Uangnya sudah dipindahkan ke luar negeri sejak Maret,” kata sumber tersebut.";
        let got = quotes(text, Lang::Id);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].1, None, "{got:?}");
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_one() {
        let text = "\"They told us 'work or pay', so we had no choice,\" a victim said.";
        assert_eq!(
            quotes(text, Lang::En),
            vec![q("They told us 'work or pay', so we had no choice", None)]
        );
    }

    #[test]
    fn unclosed_quotes_emoji_and_empty_text_do_not_panic() {
        for text in [
            "",
            "\"",
            "“",
            "‘",
            "kata Andi \"😀 😀 😀 😀",
            "\"Ini kutipan yang tidak pernah ditutup sampai akhir teks, kata Andi",
            "”terbalik“ kata",
            "\"a b c d,\" said",
        ] {
            for lang in [Lang::Id, Lang::En, Lang::Ms] {
                let _ = analyze(text, lang);
            }
        }
    }
}
