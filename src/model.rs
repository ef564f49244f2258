//! The facts of one article, in the names of `shared/CODEBOOK.md` §9.
//!
//! These are the serialized shapes: the CLI prints them as JSON, the wasm facade
//! hands them to JavaScript, the exports and the gold files of the accuracy
//! harness read them. Field names are snake_case and are never renamed; new
//! fields may be added.
//!
//! Spans are `[start, end)` offsets into [`Document::text`]. The core produces
//! UTF-8 byte offsets ([`SpanUnit::Utf8`]); [`Document::into_utf16`] converts a
//! whole document once to UTF-16 code units, which is what the CLI's JSON and
//! the wasm API carry, because that is what JavaScript's `String.slice` takes.

use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` into a document's clean text.
///
/// Serialized as a two-element array `[start, end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span(pub usize, pub usize);

impl Span {
    /// The first offset inside the span.
    pub fn start(self) -> usize {
        self.0
    }
    /// The first offset after the span.
    pub fn end(self) -> usize {
        self.1
    }
    /// Whether `other` lies wholly inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.0 <= other.0 && other.1 <= self.1
    }
    /// Whether the two spans share at least one offset.
    pub fn overlaps(self, other: Span) -> bool {
        self.0 < other.1 && other.0 < self.1
    }
}

/// The unit the spans of a [`Document`] are counted in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpanUnit {
    /// UTF-8 bytes: `&text[start..end]` in Rust.
    #[default]
    Utf8,
    /// UTF-16 code units: `text.slice(start, end)` in JavaScript.
    Utf16,
}

/// The language of an article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Indonesian.
    #[serde(rename = "id")]
    Id,
    /// English.
    #[serde(rename = "en")]
    En,
    /// Malay.
    #[serde(rename = "ms")]
    Ms,
    /// Not decided.
    #[default]
    #[serde(rename = "und")]
    Und,
}

impl Lang {
    /// The codebook's code: `id`, `en`, `ms` or `und`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
            Lang::Ms => "ms",
            Lang::Und => "und",
        }
    }
}

/// Who published and wrote an article (codebook §1 `source`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The outlet that published it (ANTARA, Xinhua, Reuters, Kompas…).
    pub outlet: Option<String>,
    /// The wire agency credited, e.g. "Pewarta: Reuters".
    pub wire: Option<String>,
    /// The dateline city, e.g. "Phnom Penh" in "Phnom Penh (ANTARA) -".
    pub dateline: Option<String>,
    /// Reporters and writers.
    pub authors: Vec<String>,
    /// Editors.
    pub editors: Vec<String>,
    /// Translators.
    pub translators: Vec<String>,
    /// The year of a "Copyright © … 2024" line.
    pub year: Option<i32>,
}

/// Why a piece of the raw article was cut from the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovedReason {
    /// "Baca Juga:", "Berita terkait", "Related:" and the headlines they link.
    RelatedLink,
    /// Share buttons, "ADVERTISEMENT", "Scroll to continue", newsletter prompts, tag lists.
    Widget,
    /// Captcha and cookie prompts, "Please enable JavaScript".
    Captcha,
    /// Copyright and rights notices.
    Legal,
    /// Pewarta, Editor, Reporter, "By …" lines (moved into [`Source`]).
    Byline,
    /// The headline printed again inside the body.
    DuplicateTitle,
    /// Photo captions and credits.
    Caption,
    /// Navigation, menus, footers found in the page around the article.
    Navigation,
    /// The dateline before the first sentence ("Jakarta (ANTARA) - "), moved into [`Source`].
    Dateline,
    /// Publication date and time lines ("Kamis, 20 Maret 2025 16:42 WIB").
    Timestamp,
    /// Advertisements and their placeholders ("ADVERTISEMENT", "Scroll to continue with content").
    Ad,
    /// Tag and topic lists ("Tags: …", a trailing list of lowercase topics).
    Tags,
}

/// One line or tail cut from the body, with its reason.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Removed {
    /// The text that was cut, as it stood in the input.
    pub text: String,
    /// Why it was cut.
    pub reason: RemovedReason,
}

/// A country and where the article names it (by name, short form, demonym,
/// inside an organization's name, or as "WNI").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// English short name.
    pub name: String,
    /// How many times it is named.
    pub mentions: usize,
    /// Where it is named.
    pub spans: Vec<Span>,
}

/// A region or bloc: ASEAN, Asia Tenggara / Southeast Asia, Mekong…
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Region {
    /// Canonical English name.
    pub name: String,
    /// Where it is named.
    pub spans: Vec<Span>,
}

/// A city, province, border town or special zone.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Canonical name.
    pub name: String,
    /// ISO code of its country.
    pub country: Option<String>,
    /// Where it is named.
    pub spans: Vec<Span>,
}

/// The kind of an organization.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    /// INTERPOL, UNODC, IOM, ASEANAPOL, UN/PBB…
    International,
    /// A police force or one of its units.
    Police,
    /// A ministry or department of government.
    Ministry,
    /// Any other public body: immigration, embassies, courts, task forces…
    Agency,
    /// A non-governmental organization.
    Ngo,
    /// A media outlet (the source, not an actor).
    Media,
}

/// An organization named in the article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    /// Stable id: the gazetteer id for known bodies, a slug of the name otherwise.
    pub id: String,
    /// Full name, as written in its fullest form.
    pub name: String,
    /// Acronym, from the gazetteer or expanded in the text.
    pub acronym: Option<String>,
    /// What kind of body it is.
    pub kind: OrgKind,
    /// ISO code of its country; null for international bodies.
    pub country: Option<String>,
    /// Where it is named (full name, acronym or alias).
    pub spans: Vec<Span>,
}

/// A person named in the article body (bylines go to [`Source`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// Full name.
    pub name: String,
    /// Title or office, e.g. "Direktur Kerja Sama Internasional".
    pub title: Option<String>,
    /// Name of the organization the person speaks for.
    pub organization: Option<String>,
    /// ISO code of the person's country.
    pub country: Option<String>,
    /// Every mention, including later surname-only ones.
    pub spans: Vec<Span>,
}

/// The kind of an identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentifierKind {
    /// A telephone number.
    Phone,
    /// An e-mail address.
    Email,
    /// A full URL.
    Url,
    /// A bare domain name.
    Domain,
    /// A BTC, ETH or TRON address whose format checks out.
    CryptoWallet,
    /// A bank account number named as such.
    BankAccount,
    /// A Telegram, WhatsApp or social media handle.
    Handle,
}

/// A phone number, address, wallet or handle named in the article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Identifier {
    /// What it is.
    pub kind: IdentifierKind,
    /// Normalized value (phones in `+` international form where the country code is known).
    pub value: String,
    /// Where it is written.
    pub spans: Vec<Span>,
}

/// A crime type of codebook §3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CrimeLabel {
    /// Online scams and scam compounds in general.
    OnlineScam,
    /// Telecom and call-centre fraud.
    TelecomFraud,
    /// Voice phishing.
    VoicePhishing,
    /// Investment, crypto and pig-butchering scams.
    InvestmentScam,
    /// Romance and love scams.
    RomanceScam,
    /// Fake job offers.
    JobScam,
    /// Online gambling.
    OnlineGambling,
    /// Trafficking in persons.
    HumanTrafficking,
    /// Forced labour and forced criminality.
    ForcedLabour,
    /// Kidnapping and illegal detention.
    KidnappingDetention,
    /// Money laundering.
    MoneyLaundering,
    /// Cybercrime.
    Cybercrime,
}

/// A crime type the article names, with where.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Crime {
    /// The label.
    pub label: CrimeLabel,
    /// Where a cue for it stands.
    pub spans: Vec<Span>,
}

/// The type of an event (codebook §4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// Meetings, summits, visits, delegations.
    Meeting,
    /// Agreements, MoUs, signings.
    Agreement,
    /// Operations, raids, crackdowns.
    Operation,
    /// Arrests.
    Arrest,
    /// Repatriations, deportations, extraditions, hand-overs.
    Repatriation,
    /// Rescues and evacuations.
    Rescue,
    /// Information and intelligence sharing.
    InformationSharing,
    /// Training and capacity building.
    Training,
}

/// Whether an event happened, is planned or was agreed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    /// It happened.
    #[default]
    Reported,
    /// It will happen ("akan", "will").
    Planned,
    /// The parties agreed to it.
    Agreed,
}

/// Something that happened between actors, in one sentence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// What happened.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// Reported, planned or agreed.
    pub status: EventStatus,
    /// The actor countries (who met, agreed, operated, arrested, sent or received), ISO codes.
    pub countries: Vec<String>,
    /// The actor organizations, by [`Organization::id`].
    pub organizations: Vec<String>,
    /// Where it happened, by [`Place::name`] (or a country code when only the country is known).
    pub place: Option<String>,
    /// When, as an ISO date of the codebook's precision.
    pub date: Option<String>,
    /// Indices into [`Document::counts`] of the figures of this event.
    pub counts: Vec<usize>,
    /// For movements of people (repatriation): the country they left.
    pub origin: Option<String>,
    /// For movements of people (repatriation): the country they were sent to.
    pub destination: Option<String>,
    /// The sentence.
    pub span: Span,
}

/// What a count counts (codebook §5).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum CountKind {
    /// People arrested.
    Arrest,
    /// People repatriated, deported, handed over.
    Repatriation,
    /// People rescued.
    Rescue,
    /// Victims.
    Victims,
    /// Cases, reports, complaints.
    Cases,
    /// People working in or caught up in the scheme.
    Involved,
    /// Money lost or moved, with a currency.
    Losses,
    /// Anything else counted.
    #[default]
    Other,
}

/// How exact a count is.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// As stated.
    #[default]
    Exact,
    /// "lebih dari", "over".
    MoreThan,
    /// "setidaknya", "sedikitnya", "at least"; also vague plurals ("ratusan").
    AtLeast,
    /// "sekitar", "kurang lebih", "around".
    About,
    /// "hampir", "nearly".
    Almost,
    /// "hingga", "up to".
    UpTo,
}

/// A number that counts people, cases or money.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Count {
    /// The value ("1,2 juta" is 1 200 000; "ratusan" is 100 with [`Qualifier::AtLeast`]).
    pub value: u64,
    /// How exact it is.
    pub qualifier: Qualifier,
    /// The counted noun as written ("tersangka", "WNI", "people"), or the currency for money.
    pub unit: Option<String>,
    /// What it counts.
    pub kind: CountKind,
    /// ISO 4217 currency for money.
    pub currency: Option<String>,
    /// The actor countries, ISO codes.
    pub countries: Vec<String>,
    /// Where, by place name.
    pub place: Option<String>,
    /// When, ISO.
    pub date: Option<String>,
    /// For movements of people: the country they left.
    pub origin: Option<String>,
    /// For movements of people: the country they were sent to.
    pub destination: Option<String>,
    /// Whether the figure is a running total ("bringing the total to …").
    pub cumulative: bool,
    /// The number phrase, from qualifier to counted noun.
    pub span: Span,
}

#[cfg(test)]
impl Count {
    /// An exact count of `kind` over `span`, with nothing else known: the
    /// starting point of the tests' counts.
    pub(crate) fn exact(value: u64, kind: CountKind, span: Span) -> Self {
        Count {
            value,
            qualifier: Qualifier::Exact,
            unit: None,
            kind,
            currency: None,
            countries: Vec::new(),
            place: None,
            date: None,
            origin: None,
            destination: None,
            cumulative: false,
            span,
        }
    }
}

/// How precise a resolved date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A day: `2024-09-02`.
    Day,
    /// A month: `2024-09`.
    Month,
    /// A year: `2024`.
    Year,
}

/// Whether a date was written out or worked out from the reference date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// Day, month and year are all in the text.
    Explicit,
    /// Some part comes from the document's reference date.
    Inferred,
}

/// A date or date range named in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// As written.
    pub text: String,
    /// ISO value at [`DateMention::precision`]; with an unknown year, `--MM-DD` (ISO 8601's
    /// year-less form), or null when nothing could be resolved.
    pub value: Option<String>,
    /// Day, month or year.
    pub precision: Precision,
    /// End of a range, ISO.
    pub end: Option<String>,
    /// Explicit or inferred.
    pub basis: DateBasis,
    /// Where it is written.
    pub span: Span,
}

/// A direct quotation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Who said it, resolved to a [`Person::name`] where possible.
    pub speaker: Option<String>,
    /// The words inside the quote marks.
    pub text: String,
    /// The quoted words, without the marks.
    pub span: Span,
}

/// Everything Lintas found in one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The file name, or a content hash for pasted text.
    pub id: String,
    /// `id`, `en`, `ms` or `und`.
    pub language: Lang,
    /// The headline, where the input has one.
    pub title: Option<String>,
    /// Outlet, wire, dateline, bylines, copyright year.
    pub source: Source,
    /// Publication date, ISO, when stated.
    pub published: Option<String>,
    /// The unit of every span in this document.
    pub span_unit: SpanUnit,
    /// The clean body text every span points into.
    pub text: String,
    /// What was cut from the body, and why.
    pub removed: Vec<Removed>,
    /// Problems with the input that did not stop the analysis (encoding fallback, truncation).
    pub warnings: Vec<String>,
    /// Countries named.
    pub countries: Vec<Country>,
    /// Regions and blocs named.
    pub regions: Vec<Region>,
    /// Places named.
    pub places: Vec<Place>,
    /// Organizations named.
    pub organizations: Vec<Organization>,
    /// Persons named.
    pub persons: Vec<Person>,
    /// Identifiers named.
    pub identifiers: Vec<Identifier>,
    /// Crime types named.
    pub crimes: Vec<Crime>,
    /// Events, one per sentence and type.
    pub events: Vec<Event>,
    /// Counts of people, cases and money.
    pub counts: Vec<Count>,
    /// Dates.
    pub dates: Vec<DateMention>,
    /// Direct quotations.
    pub quotes: Vec<Quote>,
}

impl Document {
    /// Calls `f` on every span of the document, in every list.
    pub fn for_each_span_mut(&mut self, mut f: impl FnMut(&mut Span)) {
        let lists = self.countries.iter_mut().flat_map(|x| x.spans.iter_mut());
        let lists = lists.chain(self.regions.iter_mut().flat_map(|x| x.spans.iter_mut()));
        let lists = lists.chain(self.places.iter_mut().flat_map(|x| x.spans.iter_mut()));
        let lists = lists.chain(
            self.organizations
                .iter_mut()
                .flat_map(|x| x.spans.iter_mut()),
        );
        let lists = lists.chain(self.persons.iter_mut().flat_map(|x| x.spans.iter_mut()));
        let lists = lists.chain(self.identifiers.iter_mut().flat_map(|x| x.spans.iter_mut()));
        let lists = lists.chain(self.crimes.iter_mut().flat_map(|x| x.spans.iter_mut()));
        let lists = lists.chain(self.events.iter_mut().map(|x| &mut x.span));
        let lists = lists.chain(self.counts.iter_mut().map(|x| &mut x.span));
        let lists = lists.chain(self.dates.iter_mut().map(|x| &mut x.span));
        let lists = lists.chain(self.quotes.iter_mut().map(|x| &mut x.span));
        lists.for_each(&mut f);
    }

    /// Converts every span from UTF-8 bytes to UTF-16 code units (what the CLI's JSON
    /// and the wasm API carry). A document already in UTF-16 is returned as it is.
    pub fn into_utf16(mut self) -> Document {
        if self.span_unit == SpanUnit::Utf16 {
            return self;
        }
        let map = crate::offsets::Utf16Map::new(&self.text);
        self.for_each_span_mut(|s| *s = Span(map.to_utf16(s.0), map.to_utf16(s.1)));
        self.span_unit = SpanUnit::Utf16;
        self
    }
}
