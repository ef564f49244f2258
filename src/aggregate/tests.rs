//! Corpus tests over hand-built documents and a deterministic synthetic
//! generator of syndicated copies (the recognizers are tested elsewhere).

use super::*;
use crate::model::{
    Count, CountKind, Country, Crime, CrimeLabel, Event, EventStatus, EventType, Identifier,
    IdentifierKind, OrgKind, Organization, Source, Span,
};
use std::collections::{BTreeMap, BTreeSet};

/// splitmix64: a small deterministic generator for shuffles and edits.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        minhash::mix64(self.0)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

fn doc(id: &str, lang: Lang, outlet: &str, published: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        language: lang,
        title: Some(format!("Headline of {id}")),
        source: Source {
            outlet: (!outlet.is_empty()).then(|| outlet.to_string()),
            ..Source::default()
        },
        published: (!published.is_empty()).then(|| published.to_string()),
        text: text.into(),
        ..Document::default()
    }
}

fn count(kind: CountKind, value: u64, countries: &[&str], cumulative: bool) -> Count {
    Count {
        countries: countries.iter().map(|c| c.to_string()).collect(),
        cumulative,
        ..Count::exact(value, kind, Span(0, 5))
    }
}

fn event(kind: EventType, countries: &[&str], date: Option<&str>, span: Span) -> Event {
    Event {
        kind,
        status: EventStatus::Reported,
        countries: countries.iter().map(|c| c.to_string()).collect(),
        organizations: Vec::new(),
        place: None,
        date: date.map(str::to_string),
        counts: Vec::new(),
        origin: None,
        destination: None,
        span,
    }
}

fn country(code: &str, name: &str, span: Span) -> Country {
    Country {
        code: code.into(),
        name: name.into(),
        mentions: 1,
        spans: vec![span],
    }
}

fn json(c: &Corpus) -> String {
    serde_json::to_string(c).unwrap()
}

// ---------------------------------------------------------------------------
// Hand-written base stories and their syndicated copies.

const BASES: [&str; 4] = [
    "Kepolisian Republik Indonesia memulangkan puluhan warga negara Indonesia yang \
     menjadi korban sindikat penipuan daring di sebuah kompleks dekat perbatasan. Para \
     korban mengaku direkrut melalui tawaran kerja sebagai staf layanan pelanggan dengan \
     gaji besar, namun setibanya di lokasi paspor mereka ditahan dan mereka dipaksa \
     menipu orang lain lewat aplikasi percakapan selama belasan jam setiap hari. Mereka \
     yang menolak atau gagal memenuhi target dikurung dan dipukuli oleh penjaga. Direktur \
     yang menangani kerja sama internasional menjelaskan bahwa pemulangan dilakukan \
     setelah koordinasi panjang dengan kedutaan dan aparat setempat. Seluruh korban akan \
     menjalani pemeriksaan kesehatan dan pendampingan psikologis sebelum dikembalikan \
     kepada keluarga masing-masing di daerah asal. Polisi juga menelusuri perekrut di \
     dalam negeri yang diduga menerima komisi untuk setiap orang yang berhasil dikirim. \
     Masyarakat diminta tidak mudah percaya pada lowongan yang menjanjikan penghasilan \
     tinggi tanpa syarat keahlian dan selalu memeriksa legalitas perusahaan penyalur.",
    "Aparat gabungan dua negara menggerebek gedung perkantoran yang dijadikan markas \
     judi online dan penipuan investasi kripto di kawasan ekonomi khusus. Dalam operasi \
     yang berlangsung sejak dini hari itu petugas menyita ratusan telepon genggam, \
     komputer jinjing, dan dokumen keuangan yang mencatat aliran dana dari para korban. \
     Sebagian besar pekerja yang ditemukan berasal dari negara tetangga dan mengaku \
     tidak bisa meninggalkan gedung karena diawasi penjaga bersenjata. Penyidik menduga \
     jaringan ini mencuci hasil kejahatannya melalui rekening penampung dan dompet aset \
     digital yang berpindah tangan berkali-kali dalam sehari. Juru bicara kepolisian \
     setempat menyatakan bahwa pemeriksaan terhadap para pengelola masih berlangsung \
     dan tidak menutup kemungkinan adanya tersangka baru dari luar negeri. Kedua negara \
     sepakat bertukar data intelijen secara berkala dan membentuk tim bersama untuk \
     memburu pemodal yang diyakini bersembunyi di kota lain di kawasan Mekong.",
    "Pemerintah kedua negara menandatangani nota kesepahaman tentang pencegahan \
     perdagangan orang dan kejahatan siber dalam pertemuan tingkat menteri di ibu kota. \
     Kesepakatan tersebut mencakup pelatihan bersama bagi penyidik, pertukaran informasi \
     tentang modus perekrutan, serta mekanisme pemulangan korban yang lebih cepat tanpa \
     birokrasi berbelit. Menteri yang memimpin delegasi menyebut bahwa jaringan pelaku \
     semakin lihai memanfaatkan media sosial untuk menjaring pencari kerja muda dari \
     desa-desa miskin. Ia menambahkan bahwa banyak korban baru menyadari tertipu setelah \
     berada di luar negeri tanpa dokumen dan tanpa uang. Kedua pihak juga membahas \
     rencana patroli perbatasan terpadu serta pembukaan jalur pengaduan yang bisa diakses \
     keluarga korban selama dua puluh empat jam. Pertemuan berikutnya dijadwalkan tahun \
     depan untuk meninjau pelaksanaan kesepakatan dan menilai hasil kerja tim teknis.",
    "Police in the two countries said on Thursday they had dismantled a call centre \
     network that cheated elderly victims by posing as bank officers and court clerks. \
     Investigators traced the calls to rented villas where dozens of young workers read \
     from printed scripts and passed the victims to supervisors who demanded urgent \
     transfers. Officers seized scripts, ledgers, routers and several boxes of SIM cards \
     registered under false names. The workers told investigators they had answered \
     online advertisements for marketing jobs and only learned the real nature of the \
     work after their passports were taken on arrival. A senior officer said the \
     suspected ringleaders would face fraud and money laundering charges and that \
     prosecutors were seeking to freeze accounts holding the proceeds. The authorities \
     urged families to report relatives who stop answering messages after taking jobs \
     abroad, and promised to keep the hotline open throughout the holiday season.",
];

const OUTLETS: [(&str, &str, &str); 5] = [
    (
        "Kabar Nusantara",
        "JAKARTA (Kabar) -",
        "Baca juga: Harga cabai naik menjelang akhir pekan",
    ),
    (
        "Warta Harian",
        "Warta, Jakarta -",
        "Simak berita pilihan lainnya di kanal kami",
    ),
    (
        "Berita Timur",
        "MAKASSAR, beritatimur -",
        "Ikuti kami di media sosial untuk kabar terbaru",
    ),
    (
        "Suara Pagi",
        "",
        "Artikel ini telah tayang lebih dulu di laman mitra kami",
    ),
    (
        "Daily Ledger",
        "(Ledger) —",
        "Related: Weather warnings issued for the coast",
    ),
];

/// A syndicated copy of `base`: the outlet's dateline and tail, a few words
/// changed, the paragraph order kept.
fn syndicate(base: &str, outlet: usize, rng: &mut Rng) -> String {
    const SWAPS: [(&str, &str); 8] = [
        ("menjelaskan", "mengatakan"),
        ("menyatakan", "menegaskan"),
        ("Masyarakat", "Warga"),
        ("sebagian besar", "mayoritas"),
        ("berikutnya", "selanjutnya"),
        ("said", "stated"),
        ("dozens of", "scores of"),
        ("urged", "asked"),
    ];
    let (_, dateline, tail) = OUTLETS[outlet];
    let mut body = base.to_string();
    for (from, to) in SWAPS {
        if rng.chance(50) {
            body = body.replacen(from, to, 1);
        }
    }
    format!("{dateline} {body}\n\n{tail}")
}

#[test]
fn syndicated_copies_with_their_own_boilerplate_form_one_story_each() {
    let mut rng = Rng(7);
    let mut docs = Vec::new();
    let mut expected: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (b, base) in BASES.iter().enumerate() {
        for (o, outlet) in OUTLETS.iter().enumerate() {
            if (b + o) % 4 == 3 {
                continue; // not every outlet runs every story
            }
            let id = format!("s{b}-o{o}");
            let text = syndicate(base, o, &mut rng);
            docs.push(doc(&id, Lang::Id, outlet.0, "2024-08-1", &text));
            expected.entry(b).or_default().push(id);
        }
    }
    let mut order = docs.clone();
    rng.shuffle(&mut order);
    let corpus = Corpus::build(&order);
    assert_eq!(corpus.stories().len(), BASES.len());
    for (b, ids) in expected {
        let story = &corpus.stories()[b];
        assert_eq!(story.documents, ids, "base {b}");
        assert_eq!(story.id, ids[0]);
        assert_eq!(story.sources.len(), ids.len());
        assert!(story.links.iter().all(|l| l.basis == LinkBasis::Text));
        for l in &story.links {
            assert!(l.similarity.unwrap() >= minhash::THRESHOLD);
        }
    }
}

#[test]
fn different_articles_on_the_same_topic_stay_apart() {
    let docs: Vec<Document> = BASES
        .iter()
        .enumerate()
        .map(|(i, t)| doc(&format!("d{i}"), Lang::Id, "", "", t))
        .collect();
    assert_eq!(Corpus::build(&docs).stories().len(), BASES.len());
}

#[test]
fn a_story_lists_its_outlets_languages_and_first_and_last_dates() {
    let mut rng = Rng(3);
    let docs = vec![
        doc(
            "b",
            Lang::Id,
            "Warta Harian",
            "2024-08-12",
            &syndicate(BASES[0], 1, &mut rng),
        ),
        doc(
            "a",
            Lang::Id,
            "Kabar Nusantara",
            "2024-08-10",
            &syndicate(BASES[0], 0, &mut rng),
        ),
        doc("c", Lang::Id, "", "", &syndicate(BASES[0], 3, &mut rng)),
    ];
    let c = Corpus::build(&docs);
    let s = &c.stories()[0];
    assert_eq!(c.stories().len(), 1);
    assert_eq!(s.id, "a");
    assert_eq!(s.sources, ["Kabar Nusantara", "Warta Harian"]);
    assert_eq!(s.languages, [Lang::Id]);
    assert_eq!(s.first_published.as_deref(), Some("2024-08-10"));
    assert_eq!(s.last_published.as_deref(), Some("2024-08-12"));
    assert_eq!(s.title.as_deref(), Some("Headline of a"));
    assert_eq!(c.story_of("c"), Some("a"));
}

// ---------------------------------------------------------------------------
// Translations linked by facts.

fn with_facts(mut d: Document, counts: Vec<Count>) -> Document {
    d.counts = counts;
    d
}

fn translation_pair(lang_b: Lang, published_b: &str, second_value: u64) -> Vec<Document> {
    let a = with_facts(
        doc("id-1", Lang::Id, "Kabar", "2024-03-04", BASES[1]),
        vec![
            count(CountKind::Repatriation, 3200, &["CN", "MM"], false),
            count(CountKind::Arrest, 45, &["MM"], false),
        ],
    );
    let b = with_facts(
        doc("en-1", lang_b, "Ledger", published_b, BASES[3]),
        vec![
            count(CountKind::Repatriation, 3200, &["CN", "MM"], false),
            count(CountKind::Arrest, second_value, &["MM"], false),
        ],
    );
    vec![a, b]
}

#[test]
fn translations_join_when_two_figures_countries_and_dates_agree() {
    let cases = [
        ("translation two days later", Lang::En, "2024-03-06", 45, 1),
        ("undated translation", Lang::En, "", 45, 1),
        ("too far apart in time", Lang::En, "2024-03-20", 45, 2),
        (
            "same language is left to the text",
            Lang::Id,
            "2024-03-05",
            45,
            2,
        ),
        ("only one figure shared", Lang::En, "2024-03-05", 46, 2),
    ];
    for (name, lang, published, second, stories) in cases {
        let c = Corpus::build(&translation_pair(lang, published, second));
        assert_eq!(c.stories().len(), stories, "{name}");
        if stories == 1 {
            let s = &c.stories()[0];
            assert_eq!(s.links[0].basis, LinkBasis::Facts, "{name}");
            assert_eq!(s.languages, [Lang::En, Lang::Id], "{name}");
        }
    }
}

#[test]
fn translations_need_overlapping_countries_and_figures_of_ten_or_more() {
    let mut docs = translation_pair(Lang::En, "2024-03-05", 45);
    for c in &mut docs[1].counts {
        c.countries = vec!["PH".into()];
    }
    assert_eq!(Corpus::build(&docs).stories().len(), 2);
    let small = |id: &str, lang| {
        with_facts(
            doc(id, lang, "", "", id),
            vec![
                count(CountKind::Arrest, 3, &["KH"], false),
                count(CountKind::Rescue, 9, &["KH"], false),
            ],
        )
    };
    let c = Corpus::build(&[small("x", Lang::Id), small("y", Lang::En)]);
    assert_eq!(c.stories().len(), 2);
}

// ---------------------------------------------------------------------------
// Claims and totals.

#[test]
fn one_figure_in_many_stories_is_one_claim_with_its_stories_and_sources() {
    let mut rng = Rng(11);
    let fig = || count(CountKind::Repatriation, 3200, &["MM", "CN"], false);
    let docs = vec![
        with_facts(
            doc(
                "a1",
                Lang::Id,
                "Kabar",
                "2024-03-04",
                &syndicate(BASES[0], 0, &mut rng),
            ),
            vec![fig(), fig()],
        ),
        with_facts(
            doc(
                "a2",
                Lang::Id,
                "Warta",
                "2024-03-05",
                &syndicate(BASES[0], 1, &mut rng),
            ),
            vec![fig()],
        ),
        with_facts(
            doc("b1", Lang::Id, "Timur", "2024-04-01", BASES[2]),
            vec![fig(), count(CountKind::Arrest, 12, &["KH"], false)],
        ),
    ];
    let c = Corpus::build(&docs);
    assert_eq!(c.stories().len(), 2);
    assert_eq!(c.claims().len(), 2);
    let claim = c.claims().iter().find(|x| x.value == 3200).unwrap();
    assert_eq!(claim.id, "repatriation:3200:CN+MM");
    assert_eq!(claim.countries, ["CN", "MM"]);
    assert_eq!(claim.stories, ["a1", "b1"]);
    assert_eq!(claim.documents, ["a1", "a2", "b1"]);
    assert_eq!(claim.sources, ["Kabar", "Timur", "Warta"]);
    assert_eq!(claim.first_reported.as_deref(), Some("2024-03-04"));
    assert_eq!(claim.last_reported.as_deref(), Some("2024-04-01"));
    assert_eq!(claim.year, Some(2024));
    assert_eq!(claim.evidence[0].spans, [Span(0, 5)]);
    // Counted once, however many mentions.
    let total = c
        .totals()
        .by_kind
        .iter()
        .find(|t| t.kind == CountKind::Repatriation);
    assert_eq!(total.unwrap().value, 3200);
}

#[test]
fn totals_take_the_running_total_or_the_sum_of_parts_whichever_is_larger() {
    // (non-cumulative values, cumulative values, expected total)
    let cases: [(&[u64], &[u64], u64); 5] = [
        (&[200, 300], &[], 500),
        (&[200, 300], &[1000], 1000),
        (&[200, 300], &[400], 500),
        (&[], &[700, 900], 900),
        (&[u64::MAX, 5], &[], u64::MAX),
    ];
    for (parts, running, want) in cases {
        let mut counts: Vec<Count> = parts
            .iter()
            .map(|&v| count(CountKind::Repatriation, v, &["ID", "KH"], false))
            .collect();
        counts.extend(
            running
                .iter()
                .map(|&v| count(CountKind::Repatriation, v, &["ID", "KH"], true)),
        );
        let docs: Vec<Document> = counts
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                with_facts(
                    doc(
                        &format!("d{i}"),
                        Lang::Id,
                        "",
                        "2024-05-01",
                        &format!("nomor {i}"),
                    ),
                    vec![c],
                )
            })
            .collect();
        let c = Corpus::build(&docs);
        let t = &c.totals();
        assert_eq!(t.by_kind[0].value, want, "{parts:?} {running:?}");
        assert_eq!(t.by_country.len(), 2);
        assert!(t.by_country.iter().all(|r| r.value == want));
        assert_eq!(t.by_pair[0].key, "ID-KH");
        assert_eq!(t.by_pair[0].value, want);
        assert_eq!(t.by_year[0].key, "2024");
        assert_eq!(t.by_kind[0].claims.len(), parts.len() + running.len());
        assert!(c.claims().iter().filter(|x| x.cumulative).count() == running.len());
    }
}

#[test]
fn totals_keep_currencies_and_years_apart() {
    let mut money = count(CountKind::Losses, 1_500_000, &["ID"], false);
    money.currency = Some("idr".into());
    let mut usd = money.clone();
    usd.currency = Some("USD".into());
    let mut dated = count(CountKind::Arrest, 30, &["ID"], false);
    dated.date = Some("2023-11-02".into());
    let docs = vec![
        with_facts(
            doc("a", Lang::Id, "", "2024-01-05", "satu"),
            vec![money, dated],
        ),
        with_facts(
            doc("b", Lang::Id, "", "2024-01-06", "dua"),
            vec![usd, count(CountKind::Arrest, 20, &["ID"], false)],
        ),
    ];
    let c = Corpus::build(&docs);
    let losses: Vec<_> = c
        .totals()
        .by_kind
        .iter()
        .filter(|t| t.kind == CountKind::Losses)
        .collect();
    assert_eq!(losses.len(), 2);
    assert_eq!(losses[0].currency.as_deref(), Some("IDR"));
    assert_eq!(
        c.claims().iter().find(|x| x.currency.is_some()).unwrap().id,
        "losses:1500000:IDR:ID"
    );
    let arrests: Vec<(&str, u64)> = c
        .totals()
        .by_year
        .iter()
        .filter(|t| t.kind == CountKind::Arrest)
        .map(|t| (t.key.as_str(), t.value))
        .collect();
    assert_eq!(arrests, [("2023", 30), ("2024", 20)]);
    let by_kind = c
        .totals()
        .by_kind
        .iter()
        .find(|t| t.kind == CountKind::Arrest)
        .unwrap();
    assert_eq!(by_kind.value, 50);
    assert_eq!(by_kind.documents, ["a", "b"]);
}

// ---------------------------------------------------------------------------
// Network, timeline, distributions.

#[test]
fn an_event_repeated_by_duplicate_articles_counts_once_in_the_network() {
    let mut rng = Rng(5);
    let joint = |span| {
        event(
            EventType::Operation,
            &["KH", "ID"],
            Some("2024-06-02"),
            span,
        )
    };
    let mut a1 = doc(
        "a1",
        Lang::Id,
        "",
        "2024-06-03",
        &syndicate(BASES[1], 0, &mut rng),
    );
    let mut a2 = doc(
        "a2",
        Lang::Id,
        "",
        "2024-06-04",
        &syndicate(BASES[1], 2, &mut rng),
    );
    let mut b = doc("b", Lang::Id, "", "2024-07-01", BASES[2]);
    a1.events = vec![joint(Span(10, 40))];
    a2.events = vec![
        joint(Span(12, 44)),
        event(EventType::Arrest, &["KH"], None, Span(50, 60)),
    ];
    b.events = vec![event(
        EventType::Meeting,
        &["ID", "KH", "TH"],
        None,
        Span(0, 9),
    )];
    a1.countries = vec![
        country("KH", "Cambodia", Span(1, 2)),
        country("ID", "Indonesia", Span(3, 4)),
    ];
    let c = Corpus::build(&[a1, a2, b]);
    let net = c.network();
    let ids: Vec<&str> = net.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["ID", "KH", "TH"]);
    assert_eq!(net.nodes[1].name, "Cambodia");
    assert_eq!(net.nodes[2].name, "TH");
    let id_kh = net
        .edges
        .iter()
        .find(|e| (e.source.as_str(), e.target.as_str()) == ("ID", "KH"))
        .unwrap();
    assert_eq!(id_kh.weight, 2);
    let op = &id_kh.events[0];
    assert_eq!(op.evidence.len(), 2);
    assert_eq!(op.evidence[0].document, "a1");
    assert_eq!(op.evidence[1].spans, [Span(12, 44)]);
    assert_eq!(net.edges.len(), 3);
    assert_eq!(net.nodes[0].degree, 2);

    let tl = c.timeline();
    assert_eq!(tl.len(), 3);
    assert_eq!(
        tl.iter()
            .map(|e| (e.date.as_deref(), e.date_basis))
            .collect::<Vec<_>>(),
        [
            (Some("2024-06-02"), DateBasisKind::Event),
            (Some("2024-06-04"), DateBasisKind::Published),
            (Some("2024-07-01"), DateBasisKind::Published),
        ]
    );
    assert_eq!(tl[0].story, "a1");
}

#[test]
fn organizations_become_nodes_only_when_asked() {
    let mut d = doc("a", Lang::Id, "", "", "x");
    let mut e = event(EventType::Meeting, &["ID"], None, Span(0, 1));
    e.organizations = vec!["polri".into(), "interpol".into()];
    d.events = vec![e];
    d.organizations = vec![Organization {
        id: "polri".into(),
        name: "Kepolisian Negara Republik Indonesia".into(),
        acronym: Some("Polri".into()),
        kind: OrgKind::Police,
        country: Some("ID".into()),
        spans: vec![Span(0, 1)],
    }];
    let plain = Corpus::build(std::slice::from_ref(&d));
    assert!(plain.network().edges.is_empty());
    let opts = CorpusOptions {
        organization_nodes: true,
        ..CorpusOptions::default()
    };
    let with = Corpus::build_with(&[d], opts);
    let n = with.network();
    assert_eq!(n.nodes.len(), 3);
    assert_eq!(n.edges.len(), 3);
    let polri = n.nodes.iter().find(|x| x.id == "org:polri").unwrap();
    assert_eq!(
        (polri.kind, polri.name.as_str()),
        (
            NodeKind::Organization,
            "Kepolisian Negara Republik Indonesia"
        )
    );
}

#[test]
fn identifiers_named_in_two_stories_are_flagged_and_crimes_are_tallied() {
    let ident = |v: &str, s| Identifier {
        kind: IdentifierKind::Phone,
        value: v.into(),
        spans: vec![Span(s, s + 5)],
    };
    let mut a = doc("a", Lang::Id, "", "", BASES[0]);
    let mut b = doc("b", Lang::Id, "", "", BASES[1]);
    a.identifiers = vec![ident("+6281234", 3), ident("+6299999", 9)];
    b.identifiers = vec![ident("+6281234", 7)];
    a.crimes = vec![Crime {
        label: CrimeLabel::OnlineScam,
        spans: vec![Span(1, 2), Span(4, 5)],
    }];
    b.crimes = vec![Crime {
        label: CrimeLabel::HumanTrafficking,
        spans: vec![Span(1, 2)],
    }];
    let c = Corpus::build(&[a, b]);
    let d = c.distributions();
    assert_eq!(d.shared_identifiers, ["phone:+6281234"]);
    assert_eq!(d.identifiers[0].key, "phone:+6281234");
    assert_eq!(d.identifiers[0].stories, ["a", "b"]);
    assert_eq!(d.identifiers[0].kind.as_deref(), Some("phone"));
    assert_eq!(d.crimes.len(), 2);
    assert_eq!(
        (d.crimes[0].key.as_str(), d.crimes[0].mentions),
        ("online_scam", 2)
    );
    assert_eq!(d.crimes[0].evidence[0].spans, [Span(1, 2), Span(4, 5)]);
}

// ---------------------------------------------------------------------------
// Incremental, mergeable, deterministic.

/// A deterministic synthetic corpus: `bases` random base texts over a
/// made-up vocabulary, each syndicated to a few outlets with light edits and
/// outlet boilerplate; some carry facts, some copies are verbatim, and a few
/// stories have a "translation" that shares only facts.
fn synthetic(bases: usize, seed: u64) -> (Vec<Document>, usize) {
    let mut rng = Rng(seed);
    const SYL: [&str; 16] = [
        "ka", "ra", "tu", "si", "mo", "ne", "pa", "lu", "da", "wi", "go", "be", "an", "ti", "ro",
        "sa",
    ];
    let vocab: Vec<String> = (0..3000)
        .map(|i| {
            let mut w = String::new();
            let mut x = i + 17;
            for _ in 0..3 {
                w.push_str(SYL[x % 16]);
                x /= 16;
            }
            w.push_str(&(i % 7).to_string());
            w
        })
        .collect();
    let boiler: Vec<Vec<String>> = (0..6)
        .map(|_| {
            (0..8)
                .map(|_| vocab[rng.below(vocab.len())].clone())
                .collect()
        })
        .collect();
    let mut docs = Vec::new();
    for b in 0..bases {
        let base: Vec<&str> = (0..300)
            .map(|_| vocab[rng.below(vocab.len())].as_str())
            .collect();
        let copies = 1 + rng.below(4);
        let facts = rng.chance(60);
        let day = 1 + b % 27;
        for k in 0..copies {
            let outlet = rng.below(boiler.len());
            let verbatim = k > 0 && rng.chance(20);
            let words: Vec<&str> = base
                .iter()
                .map(|w| {
                    if !verbatim && rng.chance(1) {
                        vocab[rng.below(vocab.len())].as_str()
                    } else {
                        w
                    }
                })
                .collect();
            let text = if verbatim {
                base.join(" ")
            } else {
                format!(
                    "{} {} {}",
                    boiler[outlet].join(" "),
                    words.join(" "),
                    boiler[outlet][..4].join(" ")
                )
            };
            let mut d = doc(
                &format!("doc-{b:06}-{k}"),
                Lang::Id,
                &format!("outlet {outlet}"),
                &format!("2024-02-{day:02}"),
                &text,
            );
            if facts {
                d.counts = vec![
                    count(CountKind::Victims, 100 + b as u64, &["ID", "KH"], false),
                    count(CountKind::Arrest, 10 + (b % 5) as u64, &["KH"], b % 3 == 0),
                ];
                d.events = vec![event(EventType::Arrest, &["ID", "KH"], None, Span(0, 12))];
                d.identifiers = vec![Identifier {
                    kind: IdentifierKind::Handle,
                    value: format!("@h{}", b % 9),
                    spans: vec![Span(2, 4)],
                }];
            }
            docs.push(d);
        }
        if facts && b % 5 == 0 {
            // A translation: other words, same figures, other language.
            let text: Vec<&str> = (0..200)
                .map(|_| vocab[rng.below(vocab.len())].as_str())
                .collect();
            let mut d = doc(
                &format!("doc-{b:06}-en"),
                Lang::En,
                "wire",
                &format!("2024-02-{:02}", day + 1),
                &text.join(" "),
            );
            d.counts = docs.last().unwrap().counts.clone();
            docs.push(d);
        }
    }
    (docs, bases)
}

#[test]
fn the_synthetic_generator_gives_one_story_per_base() {
    let (docs, bases) = synthetic(60, 42);
    let c = Corpus::build(&docs);
    assert_eq!(c.stories().len(), bases);
    for s in c.stories() {
        let base = &s.id[..10];
        assert!(s.documents.iter().all(|d| d.starts_with(base)), "{s:?}");
    }
}

#[test]
fn two_thousand_synthetic_documents_make_the_right_stories() {
    let (docs, _) = synthetic(800, 2000);
    let docs = &docs[..2000];
    let bases: BTreeSet<&str> = docs.iter().map(|d| &d.id[..10]).collect();
    let c = Corpus::build(docs);
    assert_eq!(c.len(), 2000);
    assert_eq!(c.stories().len(), bases.len());
    assert!(c.claims().len() > 100);
    assert!(!c.network().edges.is_empty());
}

#[test]
fn merged_parts_equal_the_whole_in_any_order() {
    let (docs, _) = synthetic(40, 9);
    let whole = json(&Corpus::build(&docs));
    for seed in 0..12u64 {
        let mut rng = Rng(seed);
        let mut order = docs.clone();
        rng.shuffle(&mut order);
        let parts = 2 + rng.below(3);
        let mut corpora: Vec<Corpus> = (0..parts).map(|_| Corpus::new()).collect();
        for d in &order {
            corpora[rng.below(parts)].add(d);
            if rng.chance(15) {
                // Overlapping parts: a colleague analyzed it too.
                corpora[rng.below(parts)].add(d);
            }
        }
        rng.shuffle(&mut corpora);
        // One part travels as an export without texts.
        let exported = serde_json::to_string(&corpora.pop().unwrap()).unwrap();
        let mut merged: Corpus = serde_json::from_str(&exported).unwrap();
        for c in corpora {
            merged.merge(c);
        }
        assert_eq!(json(&merged), whole, "seed {seed}");
    }
}

#[test]
fn removing_documents_equals_never_adding_them() {
    let (docs, _) = synthetic(30, 4);
    let mut rng = Rng(99);
    let mut c = Corpus::build(&docs);
    let mut kept = Vec::new();
    for d in &docs {
        if rng.chance(40) {
            assert!(c.remove(&d.id));
        } else {
            kept.push(d.clone());
        }
    }
    assert!(!c.remove("no such document"));
    assert_eq!(json(&c), json(&Corpus::build(&kept)));
    assert_eq!(c, Corpus::build(&kept));
}

#[test]
fn a_flood_of_copies_beyond_the_band_cap_stays_one_order_free_story() {
    let mut rng = Rng(1);
    let mut docs = Vec::new();
    for i in 0..150 {
        // Verbatim copies share one signature; edited ones crowd the bands.
        let text = if i % 2 == 0 {
            BASES[3].to_string()
        } else {
            syndicate(BASES[3], i % 5, &mut rng) + &format!(" ref {i}")
        };
        docs.push(doc(&format!("f{i:03}"), Lang::En, "", "", &text));
    }
    docs.push(doc("other", Lang::En, "", "", BASES[0]));
    let c = Corpus::build(&docs);
    assert_eq!(c.stories().len(), 2);
    docs.reverse();
    assert_eq!(json(&Corpus::build(&docs)), json(&c));
}

#[test]
fn adding_a_document_again_replaces_it() {
    let mut c = Corpus::new();
    c.add(&with_facts(
        doc("a", Lang::Id, "", "", "x"),
        vec![count(CountKind::Arrest, 5, &[], false)],
    ));
    c.add(&with_facts(
        doc("a", Lang::Id, "", "", "x"),
        vec![count(CountKind::Arrest, 7, &[], false)],
    ));
    assert_eq!(c.len(), 1);
    assert_eq!(c.claims().len(), 1);
    assert_eq!(c.claims()[0].value, 7);
    assert_eq!(c.claims()[0].id, "arrest:7:-");
}

#[test]
fn an_export_without_texts_round_trips_and_keeps_texts_when_asked() {
    let (docs, _) = synthetic(10, 5);
    let lean = Corpus::build(&docs);
    let text = json(&lean);
    assert!(!text.contains(&docs[0].text[..40]));
    let back: Corpus = serde_json::from_str(&text).unwrap();
    assert_eq!(back, lean);
    assert_eq!(json(&back), text);

    let keep = CorpusOptions {
        keep_text: true,
        ..CorpusOptions::default()
    };
    let full = Corpus::build_with(&docs, keep);
    assert_eq!(
        full.get(&docs[0].id).unwrap().text.as_deref(),
        Some(docs[0].text.as_str())
    );
    assert_eq!(
        full.get(&docs[0].id).unwrap().to_document().counts,
        docs[0].counts
    );
}

#[test]
fn foreign_or_newer_exports_are_refused_with_a_message() {
    let cases = [
        (
            r#"{"format":"something-else","documents":[]}"#,
            "not a Lintas corpus",
        ),
        (r#"{"format":"lintas-corpus","version":99}"#, "newer"),
        (
            r#"{"documents":[{"id":"a","signature":"zz"}]}"#,
            "hex digits",
        ),
        (r#"[1,2]"#, "invalid type"),
    ];
    for (input, want) in cases {
        let err = serde_json::from_str::<Corpus>(input)
            .unwrap_err()
            .to_string();
        assert!(err.contains(want), "{input}: {err}");
    }
    let minimal: Corpus = serde_json::from_str(r#"{"documents":[{"id":"a"}]}"#).unwrap();
    assert_eq!(minimal.len(), 1);
}

#[test]
fn empty_and_odd_documents_do_not_panic() {
    let weird = [
        doc("", Lang::Und, "", "", ""),
        doc("e", Lang::Und, "  ", "not a date", "🙂🙂 — “” \u{a0}"),
        with_facts(
            doc("z", Lang::Und, "", "9999-99-99", "ﷺ Ǆ İstanbul"),
            vec![
                count(CountKind::Losses, u64::MAX, &["", "ZZ", "ZZ"], true),
                count(CountKind::Losses, u64::MAX, &["ZZ"], false),
            ],
        ),
    ];
    let c = Corpus::build(&weird);
    assert_eq!(c.stories().len(), 3);
    assert_eq!(c.claims()[0].countries, ["ZZ"]);
    assert_eq!(c.totals().by_kind[0].value, u64::MAX);
    let empty = Corpus::build(&[]);
    assert!(empty.is_empty() && empty.stories().is_empty());
    assert!(json(&empty).contains("\"document_count\":0"));
}

/// Scaling check, run by hand: `cargo test --release --lib scaling -- --ignored --nocapture`.
/// It prints times and asserts only correctness; benches/ measure speed.
#[test]
#[ignore]
fn scaling_of_build_add_and_views() {
    for n in [5_000usize, 20_000, 100_000] {
        let (docs, _) = synthetic(n / 2, n as u64);
        let docs = &docs[..n.min(docs.len())];
        let t = std::time::Instant::now();
        let c = Corpus::build(docs);
        let built = t.elapsed();
        let stories = c.stories().len();
        let viewed = t.elapsed() - built;
        let bases: BTreeSet<&str> = docs.iter().map(|d| &d.id[..10]).collect();
        eprintln!("{n} docs: build {built:?}, views {viewed:?}, {stories} stories");
        assert_eq!(stories, bases.len());
    }
}
