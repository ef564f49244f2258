//! The derived views of a corpus, recomputed from the summaries in one pass.
//!
//! Every row carries the documents and spans behind it ([`Evidence`]), sorted
//! by document id; every list is sorted, so the same documents always give
//! the same output whatever order they came in.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::index::UnionFind;
use super::summary::year_of;
use super::Corpus;
use crate::model::{CountKind, EventStatus, EventType, Lang, Qualifier, Span};

/// Where a fact stands: one document and the spans in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The document id.
    pub document: String,
    /// Spans in that document's text, sorted.
    pub spans: Vec<Span>,
}

/// Evidence as it is gathered: (document, spans) in any order, a document
/// possibly more than once; [`evidence`] sorts and merges it. (A
/// `BTreeMap<String, BTreeSet<Span>>` was two more copies of the B-tree code
/// in the wasm.)
#[derive(Default)]
struct EvidenceMap(Vec<(String, Vec<Span>)>);

/// One entry per document, in document order, with its spans sorted and distinct.
fn evidence(map: &EvidenceMap) -> Vec<Evidence> {
    let mut order: Vec<&(String, Vec<Span>)> = map.0.iter().collect();
    crate::sort::sort_by(&mut order, |a, b| a.0.cmp(&b.0));
    let mut out: Vec<Evidence> = Vec::new();
    for (doc, spans) in order {
        match out.last_mut() {
            Some(last) if last.document == *doc => last.spans.extend_from_slice(spans),
            _ => out.push(Evidence {
                document: doc.clone(),
                spans: spans.clone(),
            }),
        }
    }
    for e in &mut out {
        e.spans = distinct(std::mem::take(&mut e.spans));
    }
    out
}

/// The documents of [`evidence`]'s entries.
fn documents(evidence: &[Evidence]) -> Vec<String> {
    evidence.iter().map(|e| e.document.clone()).collect()
}

fn add_evidence(map: &mut EvidenceMap, doc: &str, spans: impl IntoIterator<Item = Span>) {
    map.0.push((doc.to_string(), spans.into_iter().collect()));
}

/// Sorted and deduplicated: the sets of the views are `Vec`s made distinct
/// when they are complete, not `BTreeSet`s (each set type was one more copy of
/// the B-tree code in the wasm).
pub(crate) fn distinct<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    crate::sort::sort(&mut v);
    v.dedup();
    v
}

/// `items` sorted by key (stably) and cut into runs of equal keys: one entry
/// per distinct key, in key order, with its items in their first order. Used
/// instead of a `BTreeMap<K, Acc>` filled through `entry`, which was one more
/// copy of the B-tree code in the wasm per map type.
fn grouped<K: Ord, T>(mut items: Vec<(K, T)>) -> Vec<(K, Vec<T>)> {
    crate::sort::sort_by(&mut items, |a, b| a.0.cmp(&b.0));
    let mut out: Vec<(K, Vec<T>)> = Vec::new();
    for (k, t) in items {
        match out.last_mut() {
            Some((last, ts)) if *last == k => ts.push(t),
            _ => out.push((k, vec![t])),
        }
    }
    out
}

/// The codebook's snake_case name of an enum value.
pub(crate) fn label<T: Serialize>(v: &T) -> String {
    // The compact string serializer, not `to_value`: the wasm already carries it,
    // while the Value serializer would be a second copy of every Serialize impl.
    unquote(serde_json::to_string(v))
}

/// A serialized label without its quotes: snake_case names need no escaping,
/// so the quoted form is the name itself. One compiled copy, not one per
/// `label::<T>`.
#[inline(never)]
fn unquote(s: serde_json::Result<String>) -> String {
    match s {
        Ok(mut s) if s.len() >= 2 && s.starts_with('"') && s.ends_with('"') => {
            s.pop();
            s.remove(0);
            s
        }
        _ => String::new(),
    }
}

/// Everything derived from the summaries.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Views {
    /// Stories in id order.
    pub stories: Vec<Story>,
    /// Claims in (kind, currency, value, countries) order.
    pub claims: Vec<Claim>,
    /// Totals from claims.
    pub totals: Totals,
    /// The cooperation network.
    pub network: Network,
    /// Distinct events by resolved date.
    pub timeline: Vec<TimelineEvent>,
    /// Distributions of crime types and entities.
    pub distributions: Distributions,
    /// Document id → index into `stories`.
    #[serde(skip)]
    pub(crate) story_index: HashMap<String, usize>,
}

/// Why two documents of a story are linked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkBasis {
    /// Their texts have the same signature (verbatim copies).
    Identical,
    /// Their texts are near duplicates (estimated Jaccard ≥ the threshold).
    Text,
    /// They report the same figures about the same countries in different languages.
    Facts,
}

/// One link between two documents of a story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoryLink {
    /// The two documents, in id order.
    pub documents: [String; 2],
    /// Why they are linked.
    pub basis: LinkBasis,
    /// The estimated Jaccard similarity of the texts, for text links.
    pub similarity: Option<f64>,
}

/// Near-duplicate articles (one wire story from several outlets) and their
/// translations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// The smallest document id in it.
    pub id: String,
    /// Its documents, sorted.
    pub documents: Vec<String>,
    /// Outlets (or wires, when no outlet is known) that ran it, sorted.
    pub sources: Vec<String>,
    /// Languages it appeared in.
    pub languages: Vec<Lang>,
    /// The headline of its first document that has one.
    pub title: Option<String>,
    /// Earliest publication date.
    pub first_published: Option<String>,
    /// Latest publication date.
    pub last_published: Option<String>,
    /// The links that joined its documents.
    pub links: Vec<StoryLink>,
}

/// One figure (kind, value, currency, actor countries) however many stories report it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// `kind:value[:currency]:countries`, e.g. `repatriation:3200:CN+MM`.
    pub id: String,
    /// What it counts.
    pub kind: CountKind,
    /// The value.
    pub value: u64,
    /// ISO 4217 currency for money.
    pub currency: Option<String>,
    /// Actor countries, sorted.
    pub countries: Vec<String>,
    /// Whether any report gives it as a running total; such claims are never
    /// added to the figures they sum up (see [`Totals`]).
    pub cumulative: bool,
    /// Qualifiers it was reported with.
    pub qualifiers: Vec<Qualifier>,
    /// The earliest date the reports attach to the figure.
    pub date: Option<String>,
    /// The year it counts for: of `date`, else of `first_reported`.
    pub year: Option<i32>,
    /// Stories that report it.
    pub stories: Vec<String>,
    /// Documents that report it.
    pub documents: Vec<String>,
    /// Outlets that report it.
    pub sources: Vec<String>,
    /// Earliest publication date of a report.
    pub first_reported: Option<String>,
    /// Latest publication date of a report.
    pub last_reported: Option<String>,
    /// Where it is written.
    pub evidence: Vec<Evidence>,
}

/// Totals computed from claims, each claim counted once.
///
/// Claims of one kind, currency and set of countries form a series. A series
/// adds up its non-cumulative claims; when it also has cumulative claims (a
/// running total), it counts `max(largest cumulative, sum of the others)`,
/// because the running total already includes the parts. Rows then add up
/// series.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    /// By kind (and currency); `key` is `all`.
    pub by_kind: Vec<Total>,
    /// By actor country; `key` is the ISO code.
    pub by_country: Vec<Total>,
    /// By pair of actor countries; `key` is `AA-BB`, in order.
    pub by_pair: Vec<Total>,
    /// By year; `key` is the year or `unknown`.
    pub by_year: Vec<Total>,
}

/// One total.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Total {
    /// What it counts.
    pub kind: CountKind,
    /// ISO 4217 currency for money.
    pub currency: Option<String>,
    /// The country, pair, year or `all`.
    pub key: String,
    /// The total.
    pub value: u64,
    /// The claims behind it, by id.
    pub claims: Vec<String>,
    /// The documents behind it.
    pub documents: Vec<String>,
    /// Where its claims are written.
    pub evidence: Vec<Evidence>,
}

/// Where an event's date comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasisKind {
    /// The event's own date.
    Event,
    /// No date on the event: its earliest document's publication date.
    Published,
    /// Neither is known.
    Unknown,
}

/// One distinct event: the same event in the duplicate articles of a story is
/// one entry, keyed by story, type, actor countries and date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelineEvent {
    /// `story|type|countries|date`.
    pub id: String,
    /// The resolved date.
    pub date: Option<String>,
    /// Where the date comes from.
    pub date_basis: DateBasisKind,
    /// What happened.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// Reported, planned or agreed (of its first report).
    pub status: EventStatus,
    /// Actor countries, sorted.
    pub countries: Vec<String>,
    /// Actor organizations, sorted.
    pub organizations: Vec<String>,
    /// Where it happened.
    pub place: Option<String>,
    /// The story it belongs to.
    pub story: String,
    /// The sentences that report it.
    pub evidence: Vec<Evidence>,
}

/// The cooperation network.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Network {
    /// Countries (and organizations, when asked) that act with another.
    pub nodes: Vec<Node>,
    /// Pairs that act together in at least one event.
    pub edges: Vec<Edge>,
}

/// What a node stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// A country, by ISO code.
    Country,
    /// An organization, `org:<id>`.
    Organization,
}

/// A node of the network.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// ISO code, or `org:<id>`.
    pub id: String,
    /// Country or organization.
    pub kind: NodeKind,
    /// Display name.
    pub name: String,
    /// Distinct joint events it takes part in.
    pub events: usize,
    /// Nodes it shares an edge with.
    pub degree: usize,
    /// Documents behind its events.
    pub documents: Vec<String>,
}

/// Two nodes acting together.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// The smaller node id.
    pub source: String,
    /// The larger node id.
    pub target: String,
    /// Distinct events.
    pub weight: usize,
    /// Those events.
    pub events: Vec<EdgeEvent>,
}

/// An event behind an edge.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EdgeEvent {
    /// The [`TimelineEvent::id`].
    pub id: String,
    /// What happened.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// The resolved date.
    pub date: Option<String>,
    /// The story.
    pub story: String,
    /// The sentences that report it.
    pub evidence: Vec<Evidence>,
}

/// How often something is named across stories.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tally {
    /// Label, ISO code, organization id, name, or `kind:value` for identifiers.
    pub key: String,
    /// Display name.
    pub name: String,
    /// Organization or identifier kind.
    pub kind: Option<String>,
    /// Country of a place, organization or person.
    pub country: Option<String>,
    /// Spans in all documents.
    pub mentions: usize,
    /// Stories that name it.
    pub stories: Vec<String>,
    /// Documents that name it.
    pub documents: Vec<String>,
    /// Where it is named.
    pub evidence: Vec<Evidence>,
}

/// Distributions over the corpus, most widespread first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Distributions {
    /// Crime types.
    pub crimes: Vec<Tally>,
    /// Countries.
    pub countries: Vec<Tally>,
    /// Organizations.
    pub organizations: Vec<Tally>,
    /// Persons.
    pub persons: Vec<Tally>,
    /// Places.
    pub places: Vec<Tally>,
    /// Identifiers.
    pub identifiers: Vec<Tally>,
    /// Keys of the identifiers named in more than one story.
    pub shared_identifiers: Vec<String>,
}

/// Computes every view of `c`.
pub(super) fn compute(c: &Corpus) -> Views {
    let (stories, story_of) = stories(c);
    let story_ids: Vec<&str> = stories.iter().map(|s| s.id.as_str()).collect();
    let docs: Vec<(&super::DocSummary, usize)> = c
        .documents()
        .zip(story_of.iter().copied())
        .collect::<Vec<_>>();
    let claims = claims(&docs, &story_ids);
    let totals = totals(&claims);
    let timeline = timeline(&docs, &story_ids, c.options.organization_nodes);
    let network = network(&docs, &timeline, c.options.organization_nodes);
    let distributions = distributions(&docs, &story_ids);
    // Inserted one by one: collecting would compile another copy of the
    // insertion code.
    let mut story_index = HashMap::new();
    for (d, s) in &docs {
        story_index.insert(d.id.clone(), *s);
    }
    Views {
        stories,
        claims,
        totals,
        network,
        timeline,
        distributions,
        story_index,
    }
}

/// Stories by union-find over the text groups and links and the fact links;
/// returns them in id order and, for each document in id order, its story.
fn stories(c: &Corpus) -> (Vec<Story>, Vec<usize>) {
    let order: Vec<usize> = c
        .slots_by_id()
        .into_iter()
        .filter(|&i| c.slots[i].is_some())
        .collect();
    let mut pos = vec![usize::MAX; c.slots.len()];
    for (p, &i) in order.iter().enumerate() {
        pos[i] = p;
    }
    let slot = |p: usize| c.slots[order[p]].as_ref().expect("live slot");
    let mut uf = UnionFind::new(order.len());
    let mut links: Vec<(usize, usize, LinkBasis, Option<f64>)> = Vec::new();
    let first_of = |g: &super::Group| g.members.iter().map(|&m| pos[m]).min();
    for g in c.groups.values() {
        let mut ps: Vec<usize> = g.members.iter().map(|&m| pos[m]).collect();
        crate::sort::sort(&mut ps);
        for w in ps.windows(2) {
            uf.union(w[0], w[1]);
            links.push((w[0], w[1], LinkBasis::Identical, None));
        }
    }
    for (a, b) in c.text_index.0.links() {
        let (Some(ga), Some(gb)) = (c.groups.get(&a), c.groups.get(&b)) else {
            continue;
        };
        let (Some(pa), Some(pb)) = (first_of(ga), first_of(gb)) else {
            continue;
        };
        uf.union(pa, pb);
        let sim = (ga.signature.similarity(&gb.signature) * 100.0).round() / 100.0;
        links.push((pa.min(pb), pa.max(pb), LinkBasis::Text, Some(sim)));
    }
    for (a, b) in c.fact_index.0.links() {
        let (pa, pb) = (pos[a as usize], pos[b as usize]);
        if pa == usize::MAX || pb == usize::MAX {
            continue;
        }
        uf.union(pa, pb);
        links.push((pa.min(pb), pa.max(pb), LinkBasis::Facts, None));
    }

    let mut story_of = vec![0usize; order.len()];
    // The story of each union-find root, by root (roots are positions).
    let mut root_story: Vec<Option<usize>> = vec![None; order.len()];
    let mut stories: Vec<Story> = Vec::new();
    let mut languages: Vec<Vec<Lang>> = Vec::new();
    let mut sources: Vec<Vec<String>> = Vec::new();
    for (p, story) in story_of.iter_mut().enumerate() {
        let r = uf.find(p);
        let s = slot(p);
        let k = *root_story[r].get_or_insert_with(|| {
            stories.push(Story {
                id: s.summary.id.clone(),
                documents: Vec::new(),
                sources: Vec::new(),
                languages: Vec::new(),
                title: None,
                first_published: None,
                last_published: None,
                links: Vec::new(),
            });
            languages.push(Vec::new());
            sources.push(Vec::new());
            stories.len() - 1
        });
        *story = k;
        let st = &mut stories[k];
        st.documents.push(s.summary.id.clone());
        if st.title.is_none() {
            st.title = s.summary.title.clone();
        }
        if let Some(d) = s.summary.published.as_deref() {
            if st.first_published.as_deref().is_none_or(|f| d < f) {
                st.first_published = Some(d.to_string());
            }
            if st.last_published.as_deref().is_none_or(|l| d > l) {
                st.last_published = Some(d.to_string());
            }
        }
        if !languages[k].contains(&s.summary.language) {
            languages[k].push(s.summary.language);
        }
        if let Some(o) = s.summary.outlet() {
            sources[k].push(o.trim().to_string());
        }
    }
    crate::sort::sort_by_key(&mut links, |x| (x.0, x.1, x.2));
    links.dedup_by(|x, y| (x.0, x.1, x.2) == (y.0, y.1, y.2));
    for (a, b, basis, similarity) in links {
        let k = story_of[a];
        stories[k].links.push(StoryLink {
            documents: [slot(a).summary.id.clone(), slot(b).summary.id.clone()],
            basis,
            similarity,
        });
    }
    for (k, st) in stories.iter_mut().enumerate() {
        let mut langs = std::mem::take(&mut languages[k]);
        crate::sort::sort_by_key(&mut langs, |l| l.code());
        st.languages = langs;
        st.sources = distinct(std::mem::take(&mut sources[k]));
    }
    (stories, story_of)
}

type ClaimKey = (CountKind, Option<String>, u64, Vec<String>);

#[derive(Default)]
struct ClaimAcc {
    cumulative: bool,
    /// Distinct, kept in order (a Vec: a BTreeSet<Qualifier> was one more
    /// copy of the B-tree code in the wasm).
    qualifiers: Vec<Qualifier>,
    dates: Vec<String>,
    stories: Vec<usize>,
    sources: Vec<String>,
    published: Vec<String>,
    evidence: EvidenceMap,
}

fn claim_id(
    kind: CountKind,
    value: u64,
    currency: &Option<String>,
    countries: &[String],
) -> String {
    let countries = if countries.is_empty() {
        "-".to_string()
    } else {
        countries.join("+")
    };
    match currency {
        Some(cur) => format!("{}:{value}:{cur}:{countries}", label(&kind)),
        None => format!("{}:{value}:{countries}", label(&kind)),
    }
}

fn claims(docs: &[(&super::DocSummary, usize)], story_ids: &[&str]) -> Vec<Claim> {
    let mut items: Vec<(ClaimKey, (&super::DocSummary, usize, &crate::model::Count))> = Vec::new();
    for (d, story) in docs {
        for count in &d.counts {
            items.push((claim_key(count), (*d, *story, count)));
        }
    }
    grouped(items)
        .into_iter()
        .map(|((kind, currency, value, countries), group)| {
            let mut a = ClaimAcc::default();
            for (d, story, count) in group {
                a.cumulative |= count.cumulative;
                if let Err(i) = a.qualifiers.binary_search(&count.qualifier) {
                    a.qualifiers.insert(i, count.qualifier);
                }
                a.dates.extend(count.date.clone());
                a.stories.push(story);
                a.sources.extend(d.outlet().map(|o| o.trim().to_string()));
                a.published.extend(d.published.clone());
                add_evidence(&mut a.evidence, &d.id, [count.span]);
            }
            let (dates, published) = (distinct(a.dates), distinct(a.published));
            let ev = evidence(&a.evidence);
            let date = dates.first().cloned();
            let first_reported = published.first().cloned();
            let year = date
                .as_deref()
                .and_then(year_of)
                .or_else(|| first_reported.as_deref().and_then(year_of));
            Claim {
                id: claim_id(kind, value, &currency, &countries),
                kind,
                value,
                currency,
                countries,
                cumulative: a.cumulative,
                qualifiers: a.qualifiers,
                date,
                year,
                stories: distinct(a.stories)
                    .iter()
                    .map(|&s| story_ids[s].to_string())
                    .collect(),
                documents: documents(&ev),
                sources: distinct(a.sources),
                first_reported,
                last_reported: published.last().cloned(),
                evidence: ev,
            }
        })
        .collect()
}

#[derive(Default)]
struct Series {
    max_cumulative: u64,
    sum: u64,
    claims: Vec<usize>,
}

impl Series {
    fn add(&mut self, i: usize, c: &Claim) {
        if c.cumulative {
            self.max_cumulative = self.max_cumulative.max(c.value);
        } else {
            self.sum = self.sum.saturating_add(c.value);
        }
        self.claims.push(i);
    }
    fn total(&self) -> u64 {
        self.sum.max(self.max_cumulative)
    }
}

type SeriesKey = (CountKind, Option<String>, Vec<String>, Option<i32>);

fn totals(claims: &[Claim]) -> Totals {
    // Claims by series, all years together and year by year, sorted and
    // grouped by key (a `BTreeMap<SeriesKey, Series>` was one more copy of the
    // B-tree code in the wasm).
    let mut series: Vec<(SeriesKey, usize)> = Vec::new();
    let mut yearly: Vec<(SeriesKey, usize)> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        series.push(((c.kind, c.currency.clone(), c.countries.clone(), None), i));
        yearly.push(((c.kind, c.currency.clone(), c.countries.clone(), c.year), i));
    }
    let add_up = |ids: &[usize]| {
        let mut s = Series::default();
        for &i in ids {
            s.add(i, &claims[i]);
        }
        s
    };
    // Rows are keyed as series are: the row key is the one string of the
    // key's `Vec`, which orders as the string itself. Each series adds its
    // total (`sum`) and claims to its rows; the parts of a row are summed once
    // grouped.
    let mut by_kind: Vec<(SeriesKey, Series)> = Vec::new();
    let mut by_country = Vec::new();
    let mut by_pair = Vec::new();
    let mut by_year = Vec::new();
    let bump = |rows: &mut Vec<(SeriesKey, Series)>,
                kind: CountKind,
                cur: &Option<String>,
                key: String,
                s: &Series| {
        let part = Series {
            max_cumulative: 0,
            sum: s.total(),
            claims: s.claims.clone(),
        };
        rows.push(((kind, cur.clone(), vec![key], None), part));
    };
    for ((kind, cur, countries, _), ids) in &grouped(series) {
        let s = add_up(ids);
        bump(&mut by_kind, *kind, cur, "all".into(), &s);
        for (i, a) in countries.iter().enumerate() {
            bump(&mut by_country, *kind, cur, a.clone(), &s);
            for b in &countries[i + 1..] {
                bump(&mut by_pair, *kind, cur, format!("{a}-{b}"), &s);
            }
        }
    }
    for ((kind, cur, _, year), ids) in &grouped(yearly) {
        let y = year.map_or_else(|| "unknown".to_string(), |y| y.to_string());
        bump(&mut by_year, *kind, cur, y, &add_up(ids));
    }
    let rows = |m: Vec<(SeriesKey, Series)>| -> Vec<Total> {
        grouped(m)
            .into_iter()
            .map(|((kind, currency, mut key, _), parts)| {
                let (mut sum, mut ids) = (0u64, Vec::new());
                for part in parts {
                    sum = sum.saturating_add(part.sum);
                    ids.extend(part.claims);
                }
                crate::sort::sort(&mut ids);
                ids.dedup();
                let mut ev = EvidenceMap::default();
                for &i in &ids {
                    for e in &claims[i].evidence {
                        add_evidence(&mut ev, &e.document, e.spans.iter().copied());
                    }
                }
                let ev = evidence(&ev);
                Total {
                    kind,
                    currency,
                    key: key.pop().unwrap_or_default(),
                    value: sum,
                    claims: ids.iter().map(|&i| claims[i].id.clone()).collect(),
                    documents: documents(&ev),
                    evidence: ev,
                }
            })
            .collect()
    };
    Totals {
        by_kind: rows(by_kind),
        by_country: rows(by_country),
        by_pair: rows(by_pair),
        by_year: rows(by_year),
    }
}

/// The id of a distinct event: `story|type|countries|date`, and `|orgs` when
/// organizations are network nodes (they are then part of the key).
pub(crate) fn event_id(
    story: &str,
    kind: EventType,
    countries: &[String],
    date: Option<&str>,
    orgs: Option<&[String]>,
) -> String {
    let mut id = format!(
        "{story}|{}|{}|{}",
        label(&kind),
        countries.join("+"),
        date.unwrap_or("-")
    );
    if let Some(o) = orgs {
        id.push('|');
        id.push_str(&o.join("+"));
    }
    id
}

/// The claim a count belongs to.
pub(crate) fn claim_id_of(count: &crate::model::Count) -> String {
    let (kind, currency, value, countries) = claim_key(count);
    claim_id(kind, value, &currency, &countries)
}

fn claim_key(count: &crate::model::Count) -> ClaimKey {
    let currency = count
        .currency
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    (
        count.kind,
        currency.map(crate::uppercase),
        count.value,
        sorted_unique(&count.countries),
    )
}

/// Trimmed, non-empty, sorted and deduplicated.
pub(crate) fn sorted_unique(v: &[String]) -> Vec<String> {
    let mut v: Vec<String> = v.iter().map(|s| s.trim().to_string()).collect();
    v.retain(|s| !s.is_empty());
    crate::sort::sort(&mut v);
    v.dedup();
    v
}

type EventKey = (usize, EventType, Vec<String>, Option<String>, Vec<String>);

struct EventAcc {
    status: EventStatus,
    place: Option<String>,
    organizations: Vec<String>,
    published: Vec<String>,
    evidence: EvidenceMap,
}

fn timeline(
    docs: &[(&super::DocSummary, usize)],
    story_ids: &[&str],
    org_nodes: bool,
) -> Vec<TimelineEvent> {
    // Each event with its document and sorted organizations, by key.
    type Item<'a> = (&'a super::DocSummary, &'a crate::model::Event, Vec<String>);
    let mut items: Vec<(EventKey, Item)> = Vec::new();
    for (d, story) in docs {
        for e in &d.events {
            let orgs = sorted_unique(&e.organizations);
            let key = (
                *story,
                e.kind,
                sorted_unique(&e.countries),
                e.date.clone().filter(|s| !s.trim().is_empty()),
                if org_nodes { orgs.clone() } else { Vec::new() },
            );
            items.push((key, (*d, e, orgs)));
        }
    }
    let mut out: Vec<TimelineEvent> = grouped(items)
        .into_iter()
        .filter_map(|((story, kind, countries, date, key_orgs), group)| {
            // The first event of the group gives the status and, unless it
            // has none, the place.
            let first = group.first()?.1;
            let mut a = EventAcc {
                status: first.status,
                place: first.place.clone(),
                organizations: Vec::new(),
                published: Vec::new(),
                evidence: EvidenceMap::default(),
            };
            for (d, e, orgs) in group {
                if a.place.is_none() {
                    a.place = e.place.clone();
                }
                a.organizations.extend(orgs);
                a.published.extend(d.published.clone());
                add_evidence(&mut a.evidence, &d.id, [e.span]);
            }
            let story = story_ids[story].to_string();
            let orgs = org_nodes.then_some(key_orgs.as_slice());
            let id = event_id(&story, kind, &countries, date.as_deref(), orgs);
            let (date, date_basis) = match date {
                Some(d) => (Some(d), DateBasisKind::Event),
                None => match distinct(a.published).first() {
                    Some(p) => (Some(p.clone()), DateBasisKind::Published),
                    None => (None, DateBasisKind::Unknown),
                },
            };
            Some(TimelineEvent {
                id,
                date,
                date_basis,
                kind,
                status: a.status,
                countries,
                organizations: distinct(a.organizations),
                place: a.place,
                story,
                evidence: evidence(&a.evidence),
            })
        })
        .collect();
    // Dated events first, in date order; the key order breaks ties.
    crate::sort::sort_by(&mut out, |a, b| {
        (a.date.is_none(), &a.date).cmp(&(b.date.is_none(), &b.date))
    });
    out
}

fn network(
    docs: &[(&super::DocSummary, usize)],
    timeline: &[TimelineEvent],
    org_nodes: bool,
) -> Network {
    // Hash maps for lookups only (the CSV export has this type already; each
    // distinct BTreeMap<K, V> is another copy of the B-tree code in the wasm).
    let mut country_names: HashMap<&str, &str> = HashMap::new();
    let mut org_names: HashMap<&str, &str> = HashMap::new();
    for (d, _) in docs {
        for c in &d.countries {
            country_names.entry(&c.code).or_insert(&c.name);
        }
        for o in &d.organizations {
            org_names.entry(&o.id).or_insert(&o.name);
        }
    }
    // Edges as (source, target, event) triples, sorted and grouped below (a
    // map of their own would be one more copy of the B-tree code in the wasm).
    let mut pairs: Vec<(String, String, usize)> = Vec::new();
    // Nodes as (id, event) pairs, grouped by id below.
    let mut node_events: Vec<(String, usize)> = Vec::new();
    for (i, e) in timeline.iter().enumerate() {
        let mut ids: Vec<String> = e.countries.clone();
        if org_nodes {
            ids.extend(e.organizations.iter().map(|o| format!("org:{o}")));
        }
        crate::sort::sort(&mut ids);
        ids.dedup();
        if ids.len() < 2 {
            continue;
        }
        for (k, a) in ids.iter().enumerate() {
            node_events.push((a.clone(), i));
            for b in &ids[k + 1..] {
                pairs.push((a.clone(), b.clone(), i));
            }
        }
    }
    // Sorted by pair, then event: each pair's events in timeline order.
    crate::sort::sort(&mut pairs);
    let mut edges: Vec<(String, String, Vec<usize>)> = Vec::new();
    for (a, b, i) in pairs {
        match edges.last_mut() {
            Some(last) if last.0 == a && last.1 == b => last.2.push(i),
            _ => edges.push((a, b, vec![i])),
        }
    }
    let mut degree: HashMap<String, usize> = HashMap::new();
    for (a, b, _) in &edges {
        *degree.entry(a.clone()).or_default() += 1;
        *degree.entry(b.clone()).or_default() += 1;
    }
    let nodes = grouped(node_events)
        .into_iter()
        .map(|(id, events)| {
            // An event's ids are distinct: one item per event.
            let mut documents: Vec<String> = events
                .iter()
                .flat_map(|&i| timeline[i].evidence.iter().map(|x| x.document.clone()))
                .collect();
            crate::sort::sort(&mut documents);
            documents.dedup();
            let (kind, name) = match id.strip_prefix("org:") {
                Some(o) => (
                    NodeKind::Organization,
                    org_names.get(o).copied().unwrap_or(o),
                ),
                None => (
                    NodeKind::Country,
                    country_names.get(id.as_str()).copied().unwrap_or(&id),
                ),
            };
            Node {
                kind,
                name: name.to_string(),
                events: events.len(),
                degree: degree.get(&id).copied().unwrap_or(0),
                documents,
                id,
            }
        })
        .collect();
    let edges = edges
        .into_iter()
        .map(|(source, target, evs)| Edge {
            source,
            target,
            weight: evs.len(),
            events: evs
                .iter()
                .map(|&i| {
                    let e = &timeline[i];
                    EdgeEvent {
                        id: e.id.clone(),
                        kind: e.kind,
                        date: e.date.clone(),
                        story: e.story.clone(),
                        evidence: e.evidence.clone(),
                    }
                })
                .collect(),
        })
        .collect();
    Network { nodes, edges }
}

/// One mention list of a tallied value: its name, kind and country (the
/// first of a key's items gives them), story, document and spans.
struct TallyItem<'a> {
    name: String,
    kind: Option<String>,
    country: Option<String>,
    story: usize,
    doc: &'a str,
    spans: &'a [crate::model::Span],
}

/// Items keyed by (key, country), grouped when the rows are made.
#[derive(Default)]
struct Tallies<'a>(Vec<((String, Option<String>), TallyItem<'a>)>);

impl<'a> Tallies<'a> {
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        key: String,
        name: &str,
        kind: Option<String>,
        country: Option<&String>,
        story: usize,
        doc: &'a str,
        spans: &'a [crate::model::Span],
    ) {
        let country = country.cloned();
        let item = TallyItem {
            name: name.to_string(),
            kind,
            country: country.clone(),
            story,
            doc,
            spans,
        };
        self.0.push(((key, country), item));
    }

    fn rows(self, story_ids: &[&str]) -> Vec<Tally> {
        let mut rows: Vec<Tally> = Vec::new();
        for ((key, _), items) in grouped(self.0) {
            let Some(first) = items.first() else { continue };
            let (name, kind, country) = (
                first.name.clone(),
                first.kind.clone(),
                first.country.clone(),
            );
            let (mut mentions, mut stories, mut ev) = (0, Vec::new(), EvidenceMap::default());
            for t in &items {
                mentions += t.spans.len();
                stories.push(t.story);
                add_evidence(&mut ev, t.doc, t.spans.iter().copied());
            }
            let ev = evidence(&ev);
            rows.push(Tally {
                key,
                name,
                kind,
                country,
                mentions,
                stories: distinct(stories)
                    .iter()
                    .map(|&s| story_ids[s].to_string())
                    .collect(),
                documents: documents(&ev),
                evidence: ev,
            });
        }
        crate::sort::sort_by(&mut rows, |a, b| {
            (b.stories.len(), b.mentions)
                .cmp(&(a.stories.len(), a.mentions))
                .then_with(|| (&a.key, &a.country).cmp(&(&b.key, &b.country)))
        });
        rows
    }
}

fn distributions(docs: &[(&super::DocSummary, usize)], story_ids: &[&str]) -> Distributions {
    let mut crimes = Tallies::default();
    let mut countries = Tallies::default();
    let mut orgs = Tallies::default();
    let mut persons = Tallies::default();
    let mut places = Tallies::default();
    let mut identifiers = Tallies::default();
    for (d, s) in docs {
        let (s, id) = (*s, d.id.as_str());
        for c in &d.crimes {
            let l = label(&c.label);
            crimes.add(l.clone(), &l, None, None, s, id, &c.spans);
        }
        for c in &d.countries {
            countries.add(c.code.clone(), &c.name, None, None, s, id, &c.spans);
        }
        for o in &d.organizations {
            let kind = Some(label(&o.kind));
            orgs.add(
                o.id.clone(),
                &o.name,
                kind,
                o.country.as_ref(),
                s,
                id,
                &o.spans,
            );
        }
        for p in &d.persons {
            persons.add(
                p.name.clone(),
                &p.name,
                None,
                p.country.as_ref(),
                s,
                id,
                &p.spans,
            );
        }
        for p in &d.places {
            places.add(
                p.name.clone(),
                &p.name,
                None,
                p.country.as_ref(),
                s,
                id,
                &p.spans,
            );
        }
        for x in &d.identifiers {
            let kind = label(&x.kind);
            let key = format!("{kind}:{}", x.value);
            identifiers.add(key, &x.value, Some(kind), None, s, id, &x.spans);
        }
    }
    let identifiers = identifiers.rows(story_ids);
    let mut shared_identifiers: Vec<String> = identifiers
        .iter()
        .filter(|t| t.stories.len() > 1)
        .map(|t| t.key.clone())
        .collect();
    crate::sort::sort(&mut shared_identifiers);
    Distributions {
        crimes: crimes.rows(story_ids),
        countries: countries.rows(story_ids),
        organizations: orgs.rows(story_ids),
        persons: persons.rows(story_ids),
        places: places.rows(story_ids),
        identifiers,
        shared_identifiers,
    }
}
