//! Corpus aggregation (codebook §8): stories, claims, the cooperation network,
//! totals and a timeline over many documents.
//!
//! A [`Corpus`] keeps one [`DocSummary`] per document (its facts and the
//! MinHash signature of its text) and two incremental indexes: LSH bands of
//! the signatures and fact fingerprints. Adding or removing a document updates
//! the summaries and indexes in time proportional to that document; the
//! derived [`Views`] (stories, claims, totals, network, timeline,
//! distributions) are recomputed from the summaries in one linear pass the
//! next time they are read. See `docs/corpus.md` for the algorithms.
//!
//! ```
//! use lintas::aggregate::Corpus;
//! use lintas::Document;
//!
//! let text = "Polisi kedua negara menggerebek kompleks penipuan daring di perbatasan \
//!             dan menangkap puluhan tersangka yang menipu korban lewat aplikasi pesan.";
//! let a = Document { id: "a".into(), text: text.into(), ..Document::default() };
//! let b = Document { id: "b".into(), text: format!("BATAM (Kabar) - {text}"), ..Document::default() };
//! let corpus = Corpus::build(&[a, b]);
//! assert_eq!(corpus.stories().len(), 1);
//! assert_eq!(corpus.stories()[0].documents, ["a", "b"]);
//! ```

pub mod minhash;
pub mod summary;

mod index;
mod views;

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize, Serializer};

use crate::model::{Document, Lang};
use index::CappedIndex;
use minhash::Signature;
pub use summary::DocSummary;
pub(crate) use views::{claim_id_of, event_id, label, sorted_unique};
pub use views::{
    Claim, DateBasisKind, Distributions, Edge, EdgeEvent, Evidence, LinkBasis, Network, Node,
    NodeKind, Story, StoryLink, Tally, TimelineEvent, Total, Totals, Views,
};

/// An LSH band shared by more than this many distinct texts is boilerplate,
/// not a story, and yields no candidates (see `docs/corpus.md`). Real stories
/// syndicated to more outlets than this still join through their other bands.
pub const BAND_CAP: usize = 64;
/// A count fingerprint shared by more documents than this (a figure every
/// article repeats) does not propose translation links.
pub const FACT_CAP: usize = 64;
/// Shared `(kind, value)` counts needed to link two documents across languages.
pub const FACT_MIN_SHARED: usize = 2;
/// Publication dates of linked translations may differ by at most this many days.
pub const FACT_MAX_DAYS: i64 = 3;

/// How a corpus is built and what it keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CorpusOptions {
    /// Organizations are nodes of the cooperation network too (ids `org:<id>`).
    pub organization_nodes: bool,
    /// Summaries keep the clean text, so exports carry it.
    pub keep_text: bool,
}

/// One document's place in the corpus.
#[derive(Clone, Debug)]
struct Slot {
    summary: DocSummary,
    /// The key of its text group, when the text has words.
    group: Option<u64>,
    fact_keys: Vec<u64>,
    published_day: Option<i64>,
}

/// Documents whose signatures are equal (verbatim copies).
#[derive(Clone, Debug)]
struct Group {
    signature: Signature,
    bands: Vec<u64>,
    /// Sorted slots (a `Vec`, not a `BTreeSet<usize>`: one copy less of the
    /// B-tree code in the wasm).
    members: Vec<usize>,
}

/// The aggregate view of many documents, built at once or grown and merged.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    options: CorpusOptions,
    /// Summaries by slot; a removed document leaves `None`.
    slots: Vec<Option<Slot>>,
    /// Slots by document id. A hash map, sorted when the documents are listed
    /// in id order: a `BTreeMap<String, usize>` was one more copy of the
    /// B-tree code in the wasm, and the recognizers use this map type already.
    by_id: HashMap<String, usize>,
    groups: HashMap<u64, Group>,
    text_index: TextIndex,
    fact_index: FactIndex,
    views: OnceLock<Views>,
}

#[derive(Clone, Debug)]
struct TextIndex(CappedIndex<u64>);
impl Default for TextIndex {
    fn default() -> Self {
        TextIndex(CappedIndex::new(BAND_CAP))
    }
}

#[derive(Clone, Debug)]
// Slot numbers as u64, the member type of the text index too: one compiled
// copy of the index and its hash maps in the wasm instead of two.
struct FactIndex(CappedIndex<u64>);
impl Default for FactIndex {
    fn default() -> Self {
        FactIndex(CappedIndex::new(FACT_CAP))
    }
}

impl PartialEq for Corpus {
    /// Two corpora are equal when they hold the same options and summaries;
    /// everything else is derived from those.
    fn eq(&self, other: &Corpus) -> bool {
        self.options == other.options
            && self.by_id.len() == other.by_id.len()
            && self.documents().eq(other.documents())
    }
}

impl Corpus {
    /// An empty corpus with default options.
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// An empty corpus with these options.
    pub fn with_options(options: CorpusOptions) -> Corpus {
        Corpus {
            options,
            ..Corpus::default()
        }
    }

    /// The corpus of `docs`, with default options.
    pub fn build(docs: &[Document]) -> Corpus {
        Corpus::build_with(docs, CorpusOptions::default())
    }

    /// The corpus of `docs` with these options.
    pub fn build_with(docs: &[Document], options: CorpusOptions) -> Corpus {
        let mut c = Corpus::with_options(options);
        for d in docs {
            c.add(d);
        }
        c
    }

    /// The options in force.
    pub fn options(&self) -> &CorpusOptions {
        &self.options
    }

    /// Adds a document; one with the same id is replaced.
    pub fn add(&mut self, doc: &Document) {
        self.add_summary(DocSummary::of(doc, self.options.keep_text));
    }

    /// Adds a summary (from an export); one with the same id is replaced.
    pub fn add_summary(&mut self, summary: DocSummary) {
        let summary = self.normalize(summary);
        self.remove(&summary.id);
        self.insert(summary);
    }

    /// Removes the document `id`; returns whether it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        let Some(idx) = self.by_id.remove(id) else {
            return false;
        };
        self.views = OnceLock::new();
        let Some(slot) = self.slots[idx].take() else {
            return true;
        };
        let slots = &self.slots;
        self.fact_index
            .0
            .remove(idx as u64, &slot.fact_keys, |a, b| {
                fact_link(&slots[a as usize], &slots[b as usize])
            });
        if let Some(key) = slot.group {
            let now_empty = match self.groups.get_mut(&key) {
                Some(g) => {
                    if let Ok(i) = g.members.binary_search(&idx) {
                        g.members.remove(i);
                    }
                    g.members.is_empty()
                }
                None => false,
            };
            if now_empty {
                let bands = self.groups[&key].bands.clone();
                let groups = &self.groups;
                self.text_index
                    .0
                    .remove(key, &bands, |a, b| text_link(groups, a, b));
                self.groups.remove(&key);
            }
        }
        true
    }

    /// Merges `other` into this corpus. A document in both is kept once; when
    /// the two summaries differ, the one whose JSON sorts last wins, so the
    /// result does not depend on which corpus merges into which.
    pub fn merge(&mut self, other: Corpus) {
        for slot in other.slots.into_iter().flatten() {
            self.offer(slot.summary);
        }
    }

    /// Adds `summary` unless a summary with its id is there that wins over it.
    fn offer(&mut self, summary: DocSummary) {
        let summary = self.normalize(summary);
        if let Some(mine) = self.get(&summary.id) {
            if *mine == summary || !wins(&summary, mine) {
                return;
            }
        }
        self.remove(&summary.id);
        self.insert(summary);
    }

    /// Fills a missing signature and drops the text unless texts are kept.
    fn normalize(&self, mut summary: DocSummary) -> DocSummary {
        summary.repair();
        if !self.options.keep_text {
            summary.text = None;
        }
        summary
    }

    /// How many documents it holds.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether it holds no document.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The summary of document `id`.
    pub fn get(&self, id: &str) -> Option<&DocSummary> {
        let idx = *self.by_id.get(id)?;
        self.slots[idx].as_ref().map(|s| &s.summary)
    }

    /// The summaries, in id order.
    pub fn documents(&self) -> impl Iterator<Item = &DocSummary> + '_ {
        self.slots_by_id()
            .into_iter()
            .filter_map(|i| self.slots[i].as_ref().map(|s| &s.summary))
    }

    /// The slots of the documents, in id order.
    fn slots_by_id(&self) -> Vec<usize> {
        let mut ids: Vec<(&String, &usize)> = self.by_id.iter().collect();
        crate::sort::sort_by(&mut ids, |a, b| a.0.cmp(b.0));
        ids.into_iter().map(|(_, &i)| i).collect()
    }

    /// The derived views, computed on first read after a change.
    pub fn views(&self) -> &Views {
        self.views.get_or_init(|| views::compute(self))
    }

    /// Stories: groups of near-duplicate articles and their translations.
    pub fn stories(&self) -> &[Story] {
        &self.views().stories
    }

    /// Claims: distinct figures with the stories that report them.
    pub fn claims(&self) -> &[Claim] {
        &self.views().claims
    }

    /// Totals by kind, country, country pair and year, from claims.
    pub fn totals(&self) -> &Totals {
        &self.views().totals
    }

    /// The cooperation network.
    pub fn network(&self) -> &Network {
        &self.views().network
    }

    /// Distinct events in date order.
    pub fn timeline(&self) -> &[TimelineEvent] {
        &self.views().timeline
    }

    /// Crime types, organizations, persons, places, countries and identifiers.
    pub fn distributions(&self) -> &Distributions {
        &self.views().distributions
    }

    /// The story each document belongs to, by document id.
    pub fn story_of(&self, id: &str) -> Option<&str> {
        let v = self.views();
        let i = *v.story_index.get(id)?;
        Some(v.stories[i].id.as_str())
    }

    fn insert(&mut self, summary: DocSummary) {
        self.views = OnceLock::new();
        let idx = u32::try_from(self.slots.len()).expect("fewer than 2^32 documents");
        let group = summary.signature.as_ref().map(Signature::key);
        let slot = Slot {
            fact_keys: summary.fact_keys(),
            published_day: summary.published.as_deref().and_then(summary::day_number),
            group,
            summary,
        };
        self.by_id.insert(slot.summary.id.clone(), idx as usize);
        let fact_keys = slot.fact_keys.clone();
        let signature = slot.summary.signature.clone();
        self.slots.push(Some(slot));

        let slots = &self.slots;
        self.fact_index
            .0
            .insert(u64::from(idx), &fact_keys, |a, b| {
                fact_link(&slots[a as usize], &slots[b as usize])
            });
        if let (Some(key), Some(signature)) = (group, signature) {
            if let Some(g) = self.groups.get_mut(&key) {
                if let Err(i) = g.members.binary_search(&(idx as usize)) {
                    g.members.insert(i, idx as usize);
                }
            } else {
                let bands = signature.band_keys();
                let members = vec![idx as usize];
                self.groups.insert(
                    key,
                    Group {
                        signature,
                        bands: bands.clone(),
                        members,
                    },
                );
                let groups = &self.groups;
                self.text_index
                    .0
                    .insert(key, &bands, |a, b| text_link(groups, a, b));
            }
        }
    }
}

/// Whether `incoming` replaces `mine` in a merge: a total order on summaries.
fn wins(incoming: &DocSummary, mine: &DocSummary) -> bool {
    let a = serde_json::to_string(incoming).unwrap_or_default();
    let b = serde_json::to_string(mine).unwrap_or_default();
    a > b
}

fn text_link(groups: &HashMap<u64, Group>, a: u64, b: u64) -> bool {
    match (groups.get(&a), groups.get(&b)) {
        (Some(x), Some(y)) => x.signature.similarity(&y.signature) >= minhash::THRESHOLD,
        _ => false,
    }
}

/// Whether two documents report the same facts in different languages:
/// at least [`FACT_MIN_SHARED`] shared `(kind, value)` counts of value ≥ 10,
/// overlapping actor countries, and publication dates at most
/// [`FACT_MAX_DAYS`] apart when both are known.
fn fact_link(a: &Option<Slot>, b: &Option<Slot>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    let (la, lb) = (a.summary.language, b.summary.language);
    if la == lb && la != Lang::Und {
        return false;
    }
    if let (Some(x), Some(y)) = (a.published_day, b.published_day) {
        if (x - y).abs() > FACT_MAX_DAYS {
            return false;
        }
    }
    if sorted_overlap(&a.fact_keys, &b.fact_keys) < FACT_MIN_SHARED {
        return false;
    }
    sorted_overlap(&a.summary.actor_countries(), &b.summary.actor_countries()) > 0
}

fn sorted_overlap<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The name of the export format, checked on import.
pub const FORMAT: &str = "lintas-corpus";
/// The version of the export format.
pub const FORMAT_VERSION: u32 = 1;

impl Serialize for Corpus {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            format: &'static str,
            version: u32,
            options: &'a CorpusOptions,
            document_count: usize,
            documents: Vec<&'a DocSummary>,
            stories: &'a [Story],
            claims: &'a [Claim],
            totals: &'a Totals,
            network: &'a Network,
            timeline: &'a [TimelineEvent],
            distributions: &'a Distributions,
        }
        let v = self.views();
        Out {
            format: FORMAT,
            version: FORMAT_VERSION,
            options: &self.options,
            document_count: self.len(),
            documents: self.documents().collect(),
            stories: &v.stories,
            claims: &v.claims,
            totals: &v.totals,
            network: &v.network,
            timeline: &v.timeline,
            distributions: &v.distributions,
        }
        .serialize(s)
    }
}

impl crate::json_in::FromJson for CorpusOptions {
    fn from_json(v: &serde_json::Value) -> crate::json_in::Res<CorpusOptions> {
        use crate::json_in::field_or_default as def;
        let o = crate::json_in::object(v, "struct CorpusOptions")?;
        Ok(CorpusOptions {
            organization_nodes: def(o, "organization_nodes")?,
            keep_text: def(o, "keep_text")?,
        })
    }
}

/// Reads an export: the options and summaries. The views in the file are
/// derived data and are recomputed rather than trusted.
impl crate::json_in::FromJson for Corpus {
    fn from_json(v: &serde_json::Value) -> crate::json_in::Res<Corpus> {
        use crate::json_in::field_or_default as def;
        let o = crate::json_in::object(v, "struct Corpus")?;
        let format: Option<String> = def(o, "format")?;
        if let Some(f) = format.as_deref().filter(|f| *f != FORMAT) {
            return Err(format!("not a Lintas corpus export (format `{f}`)"));
        }
        let version: Option<u64> = def(o, "version")?;
        if let Some(v) = version.filter(|v| *v > u64::from(FORMAT_VERSION)) {
            return Err(format!(
                "corpus export version {v} is newer than this Lintas reads ({FORMAT_VERSION})"
            ));
        }
        let mut c = Corpus::with_options(def(o, "options")?);
        let documents: Vec<DocSummary> = def(o, "documents")?;
        // Duplicate ids inside one file resolve as a merge would.
        for d in documents {
            c.offer(d);
        }
        Ok(c)
    }
}

impl<'de> Deserialize<'de> for Corpus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Corpus, D::Error> {
        let v = serde_json::Value::deserialize(d)?;
        crate::json_in::FromJson::from_json(&v).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests;
