use super::*;
use crate::input::{extract, Format};

fn run(body: &str) -> Cleaned {
    clean(RawArticle {
        body: body.to_string(),
        ..RawArticle::default()
    })
}

fn reasons(c: &Cleaned, reason: RemovedReason) -> Vec<&str> {
    c.removed
        .iter()
        .filter(|r| r.reason == reason)
        .map(|r| r.text.as_str())
        .collect()
}

const PARA: &str = "Polisi menangkap dua perekrut yang mengirim warga ke Kamboja pada pekan lalu.";

#[test]
fn related_link_lines_and_their_headline_lists_are_cut() {
    let body = format!(
        "{PARA}\n\nBaca Juga: Polisi bongkar sindikat judi daring\n\n{PARA}\n\nBerita terkait:\nLima korban tiba di tanah air\nPolri koordinasi dengan Thailand\n\nLihat Juga :\n\nThailand putus listrik ke Myanmar\n\nRead more: Scam centres in the Mekong\n\nBerita Berkaitan: Polis tahan tiga suspek"
    );
    let c = run(&body);
    assert_eq!(c.text, format!("{PARA}\n\n{PARA}"));
    assert_eq!(
        reasons(&c, RemovedReason::RelatedLink).len(),
        8,
        "{:?}",
        c.removed
    );
}

#[test]
fn related_link_glued_to_a_paragraph_is_cut_as_a_tail() {
    let cases = [
        "Mereka dipulangkan ke tanah air.Baca Juga: Polisi tangkap perekrut",
        "Mereka dipulangkan ke tanah air. Baca juga: Polisi tangkap perekrut",
        "Mereka dipulangkan ke tanah air.” Baca Juga Polisi tangkap perekrut",
        "Mereka dipulangkan ke tanah air. Read also: Police arrest recruiters",
    ];
    for body in cases {
        let c = run(body);
        assert!(
            c.text.starts_with("Mereka dipulangkan ke tanah air."),
            "{body} -> {}",
            c.text
        );
        assert!(
            !c.text.contains("erekrut") && !c.text.contains("recruiters"),
            "{body} -> {}",
            c.text
        );
        assert_eq!(reasons(&c, RemovedReason::RelatedLink).len(), 1);
    }
}

#[test]
fn mentions_of_boilerplate_words_inside_sentences_stay() {
    let keep = [
        "Warga diminta membaca juga syarat kerja sebelum berangkat ke luar negeri.",
        "Editor senior sebuah media lokal mengaku menjadi korban penipuan investasi kripto.",
        "Perusahaan itu melanggar copyright dan hak cipta sejumlah aplikasi, kata polisi.",
        "Oleh karena itu, polisi meminta warga waspada terhadap tawaran kerja bergaji tinggi.",
        "By the end of 2024, more than 3,000 people had been repatriated from Myanmar.",
        "Para korban diminta mengikuti kami ke kantor polisi, ujar seorang pelaku.",
        "Sumber di kepolisian menyebut jaringan itu dikendalikan dari Kamboja.",
        "The advertisement promised monthly salaries of US$2,000 in Bangkok.",
        "Foto-foto korban beredar di media sosial sejak Senin.",
        "Reporter itu ditahan selama dua hari oleh kelompok bersenjata.",
    ];
    for s in keep {
        let c = run(&format!("{PARA}\n\n{s}"));
        assert!(c.text.contains(s), "cut: {s}\n{:?}", c.removed);
    }
}

#[test]
fn widgets_ads_prompts_captcha_and_legal_lines_are_cut() {
    let junk = [
        (
            "Bagikan: Facebook Twitter WhatsApp Salin tautan 🔗",
            RemovedReason::Widget,
        ),
        ("Share this article", RemovedReason::Widget),
        (
            "Facebook · X · WhatsApp · Copy link 📤",
            RemovedReason::Widget,
        ),
        ("ADVERTISEMENT", RemovedReason::Ad),
        ("SCROLL TO CONTINUE WITH CONTENT", RemovedReason::Ad),
        ("Iklan", RemovedReason::Ad),
        (
            "Dapatkan update berita pilihan setiap hari dari situs ini.",
            RemovedReason::Widget,
        ),
        ("Ikuti kami di Google News", RemovedReason::Widget),
        ("Download aplikasi kami sekarang", RemovedReason::Widget),
        ("Sign up for our newsletter", RemovedReason::Widget),
        (
            "Mohon verifikasi bahwa Anda bukan robot",
            RemovedReason::Captcha,
        ),
        (
            "Please enable JavaScript to view this page.",
            RemovedReason::Captcha,
        ),
        (
            "We use cookies to improve your experience.",
            RemovedReason::Captcha,
        ),
        ("Hak Cipta © 2024 Kantor Berita", RemovedReason::Legal),
        (
            "Dilarang mengambil konten tanpa izin.",
            RemovedReason::Legal,
        ),
        ("2025 Tempo. All rights reserved.", RemovedReason::Legal),
        ("Tags: TPPO, Kamboja", RemovedReason::Tags),
        ("Topik: penipuan online", RemovedReason::Tags),
        ("#Kamboja #PenipuanOnline #TPPO", RemovedReason::Tags),
        (
            "Foto: Polisi berjaga di lokasi (Dok. Polri)",
            RemovedReason::Caption,
        ),
        (
            "FILE PHOTO: Police stand guard at a compound",
            RemovedReason::Caption,
        ),
        (
            "Para korban tiba di bandara. (ANTARA/Foto: Budi Santoso)",
            RemovedReason::Caption,
        ),
        (
            "Ilustrasi. Pekerja menunggu di perbatasan. (REUTERS/Stringer)",
            RemovedReason::Caption,
        ),
        ("ANTARA News > Berita > Hukum", RemovedReason::Navigation),
        ("(ant/abc)", RemovedReason::Byline),
        ("[Gambas:Video CNN]", RemovedReason::Widget),
        ("Kamis, 20 Maret 2025 16:42 WIB", RemovedReason::Timestamp),
    ];
    for (line, reason) in junk {
        let c = run(&format!("{PARA}\n\n{line}\n\n{PARA}"));
        assert_eq!(c.text, format!("{PARA}\n\n{PARA}"), "kept: {line}");
        assert_eq!(reasons(&c, reason), vec![line], "{line}: {:?}", c.removed);
    }
}

#[test]
fn bylines_move_into_the_source() {
    let c = run(&format!(
        "{PARA}\n\nPewarta: Citra Maharani, Dodi Pratama\nEditor: Bayu Prasetyo\nPenerjemah: Ani Wijaya dan Budi\nCopyright © 2025 ANTARA"
    ));
    assert_eq!(c.text, PARA);
    assert_eq!(c.source.authors, ["Citra Maharani", "Dodi Pratama"]);
    assert_eq!(c.source.editors, ["Bayu Prasetyo"]);
    assert_eq!(c.source.translators, ["Ani Wijaya", "Budi"]);
    assert_eq!(c.source.year, Some(2025));
    assert_eq!(c.source.outlet.as_deref(), Some("ANTARA"));
}

#[test]
fn an_agency_credited_as_writer_is_the_wire() {
    let c = run(&format!("CNN Indonesia\n\n{PARA}\n\nPewarta: Reuters"));
    assert_eq!(c.source.outlet.as_deref(), Some("CNN Indonesia"));
    assert_eq!(c.source.wire.as_deref(), Some("Reuters"));
    assert!(c.source.authors.is_empty());
}

#[test]
fn the_dateline_is_cut_and_read() {
    let cases = [
        ("Jakarta (ANTARA) - ", "Jakarta", Some("ANTARA")),
        (
            "PHNOM PENH, Sept 2 (Reuters) - ",
            "Phnom Penh",
            Some("Reuters"),
        ),
        (
            "Jakarta, CNN Indonesia -- ",
            "Jakarta",
            Some("CNN Indonesia"),
        ),
        ("KUALA LUMPUR: ", "Kuala Lumpur", None),
        ("BANGKOK (AP) — ", "Bangkok", Some("AP")),
    ];
    for (prefix, city, outlet) in cases {
        let c = run(&format!("{prefix}{PARA}"));
        assert_eq!(c.text, PARA, "{prefix}");
        assert_eq!(c.source.dateline.as_deref(), Some(city), "{prefix}");
        assert_eq!(c.source.outlet.as_deref(), outlet, "{prefix}");
        assert_eq!(
            reasons(&c, RemovedReason::Dateline),
            vec![prefix.trim_end()]
        );
    }
}

#[test]
fn a_dateline_agency_other_than_the_outlet_is_the_wire() {
    let c = clean(RawArticle {
        body: format!("Phnom Penh (Xinhua) - {PARA}"),
        site_name: Some("kompas.com".into()),
        ..RawArticle::default()
    });
    assert_eq!(c.source.outlet.as_deref(), Some("Kompas"));
    assert_eq!(c.source.wire.as_deref(), Some("Xinhua"));
}

#[test]
fn plain_text_headline_is_the_title_and_its_repetition_goes() {
    let c = run(&format!(
        "Pemerintah pulangkan 554 WNI dari Myawaddy\n\nANTARA News > Berita > Hukum\nPemerintah pulangkan 554 WNI dari Myawaddy\nKamis, 20 Maret 2025 16:42 WIB\n\n{PARA}"
    ));
    assert_eq!(
        c.title.as_deref(),
        Some("Pemerintah pulangkan 554 WNI dari Myawaddy")
    );
    assert_eq!(c.text, PARA);
    assert_eq!(c.published.as_deref(), Some("2025-03-20"));
    assert_eq!(reasons(&c, RemovedReason::DuplicateTitle).len(), 2);
}

#[test]
fn a_single_sentence_is_not_taken_for_a_title() {
    let c = run("Polisi menangkap dua orang di Jakarta");
    assert_eq!(c.title, None);
    assert_eq!(c.text, "Polisi menangkap dua orang di Jakarta");
}

#[test]
fn spaces_are_normalized_and_typography_is_kept() {
    let c = run("“Kami\u{a0}akan  pulang” — kata\u{200B}nya 🙏.\u{FEFF}\n\n\n\nKedua\tparagraf 👨\u{200D}👩\u{200D}👧.");
    assert_eq!(
        c.text,
        "“Kami akan pulang” — katanya 🙏.\n\nKedua paragraf 👨\u{200D}👩\u{200D}👧."
    );
}

#[test]
fn hard_wrapped_lines_are_joined_and_paragraphs_kept() {
    let c = run("Polisi menangkap dua orang yang diduga\nmerekrut korban ke Kamboja.\nKeduanya kini ditahan.\n\nParagraf kedua.");
    assert_eq!(
        c.text,
        "Polisi menangkap dua orang yang diduga merekrut korban ke Kamboja.\n\nKeduanya kini ditahan.\n\nParagraf kedua."
    );
}

#[test]
fn trailing_initials_and_topic_lists_are_cut() {
    let c = run(&format!(
        "{PARA} (mdk/xyz)\n\njudi online\nbareskrim polri\nkamboja\nBagikan 💬 Komentar"
    ));
    assert_eq!(c.text, PARA);
    assert_eq!(reasons(&c, RemovedReason::Byline), vec!["(mdk/xyz)"]);
    assert_eq!(reasons(&c, RemovedReason::Tags).len(), 3);
}

#[test]
fn html_footer_gives_the_copyright_year() {
    let raw = extract(
        "<html><body><article><p>Polisi menangkap dua perekrut yang mengirim warga ke Kamboja pada pekan lalu, kata juru bicara kepolisian kepada wartawan di Medan.</p></article><footer>Copyright &copy; 2025 Tempo. All rights reserved.</footer></body></html>",
        Format::Html,
    );
    let c = clean(raw);
    assert_eq!(c.source.year, Some(2025));
    assert_eq!(c.source.outlet.as_deref(), Some("Tempo"));
}

#[test]
fn odd_input_does_not_panic() {
    for body in [
        "",
        "\n\n\n",
        "🇮🇩",
        "(",
        "Baca juga:",
        "Editor:",
        "|||",
        "Jakarta (",
        "© ©",
        "İİİ Baca Juga: x",
        "a\u{200D}",
    ] {
        let _ = run(body);
    }
    assert_eq!(run("").text, "");
}
