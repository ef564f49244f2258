//! Language identification for Indonesian, Malay and English.
//!
//! Function words tell English from the Indonesian–Malay family; the two
//! standard forms of Malay are then told apart by the words in which they
//! differ (Malay "kerana", "bahawa", "polis", "wang", "selepas", "jenayah";
//! Indonesian "karena", "bahwa", "polisi", "uang", "setelah", "kejahatan"),
//! each weighted by how reliably it marks its side. The lists live in
//! `data/lang_*.txt`.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::fnv::FnvBuild;
use crate::model::Lang;

const EN_DATA: &str = include_str!("../data/lang_en.txt");
const IDMS_DATA: &str = include_str!("../data/lang_idms.txt");
const ID_DATA: &str = include_str!("../data/lang_id.txt");
const MS_DATA: &str = include_str!("../data/lang_ms.txt");

#[derive(Clone, Copy, Default)]
struct Entry {
    en: bool,
    family: bool,
    id: f32,
    ms: f32,
}

fn weighted(data: &'static str) -> impl Iterator<Item = (&'static str, f32)> {
    data.lines().filter(|l| !l.trim().is_empty()).map(|l| {
        let mut parts = l.split('\t');
        let word = parts.next().unwrap_or("").trim();
        let weight = parts.next().and_then(|w| decimal(w.trim())).unwrap_or(1.0);
        (word, weight)
    })
}

/// A weight such as `2` or `0.5`: at most six digits, read as an integer
/// divided by a power of ten. Both are exact in `f32`, so the one rounding of
/// the division gives what `str::parse::<f32>` gives, without the general
/// float parser and its tables in the wasm.
fn decimal(s: &str) -> Option<f32> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = int.len() + frac.len();
    if int.is_empty() || digits > 6 || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let n = int
        .bytes()
        .chain(frac.bytes())
        .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    Some(n as f32 / 10u32.pow(frac.len() as u32) as f32)
}

static WORDS: LazyLock<HashMap<&'static str, Entry, FnvBuild>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Entry, FnvBuild> = HashMap::default();
    for (w, _) in weighted(EN_DATA) {
        map.entry(w).or_default().en = true;
    }
    for (w, _) in weighted(IDMS_DATA) {
        map.entry(w).or_default().family = true;
    }
    for (w, x) in weighted(ID_DATA) {
        map.entry(w).or_default().id = x;
    }
    for (w, x) in weighted(MS_DATA) {
        map.entry(w).or_default().ms = x;
    }
    map
});

/// Whether `word` (lower case) is one of the function or cue words the lists
/// hold: a common word of one of the three languages, never a name by itself.
pub(crate) fn is_list_word(word: &str) -> bool {
    WORDS.contains_key(word)
}

/// Only the first this many bytes are read: the language shows long before.
const SAMPLE: usize = 20_000;

/// The language of `text`: `Und` when it has no word of any list.
pub fn detect(text: &str) -> Lang {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (mut en, mut family, mut id, mut ms) = (0f32, 0f32, 0f32, 0f32);
    let mut word = String::new();
    for w in text[..end]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && w.len() <= 20)
    {
        word.clear();
        if w.is_ascii() {
            // What `crate::case::lower_char` gives ASCII, without a char at a time.
            word.push_str(w);
            word.make_ascii_lowercase();
        } else {
            word.extend(w.chars().flat_map(crate::case::lower_char));
        }
        if let Some(e) = WORDS.get(word.as_str()) {
            en += f32::from(u8::from(e.en));
            family += f32::from(u8::from(e.family));
            id += e.id;
            ms += e.ms;
        }
    }
    if en == 0.0 && family == 0.0 && id == 0.0 && ms == 0.0 {
        return Lang::Und;
    }
    // Names and quoted English inside an Indonesian story add a few English
    // hits; the family needs only to match them.
    if en > family + 0.5 * (id + ms) {
        Lang::En
    } else if ms > id {
        Lang::Ms
    } else {
        Lang::Id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_load_sorted_and_without_duplicates() {
        for (name, data) in [
            ("lang_en", EN_DATA),
            ("lang_idms", IDMS_DATA),
            ("lang_id", ID_DATA),
            ("lang_ms", MS_DATA),
        ] {
            let keys: Vec<&str> = weighted(data).map(|(w, _)| w).collect();
            assert!(keys.len() > 30, "{name}");
            assert!(
                keys.windows(2).all(|w| w[0] < w[1]),
                "{name} unsorted or duplicated"
            );
            assert!(weighted(data).all(|(_, x)| x > 0.0), "{name} weight");
        }
    }

    #[test]
    fn weights_read_as_the_standard_parser_reads_them() {
        for s in [
            "0", "1", "2.5", "0.3", "0.1", "1.75", "12.345", "999999", "0.00001",
        ] {
            assert_eq!(decimal(s), s.parse::<f32>().ok(), "{s}");
        }
        for s in ["", ".5", "1.", "-1", "1e3", "x", "1234567", "1.2.3"] {
            assert_eq!(decimal(s).is_some(), s == "1.", "{s}");
        }
    }

    #[test]
    fn each_language_is_recognized_in_sentences_written_for_it() {
        let cases = [
            ("Polisi menangkap dua tersangka yang diduga merekrut warga untuk bekerja di Kamboja karena dijanjikan gaji tinggi.", Lang::Id),
            ("Pemerintah mengatakan bahwa para korban sudah dipulangkan ke tanah air setelah diperiksa kemarin.", Lang::Id),
            ("Police in Thailand said on Monday that more than 200 people had been rescued from a scam compound.", Lang::En),
            ("Polis telah menahan tiga suspek kerana dipercayai terlibat dalam sindiket penipuan dalam talian.", Lang::Ms),
            ("Beliau berkata bahawa kerajaan akan terus bekerjasama dengan pihak berkuasa negara jiran selepas kes itu.", Lang::Ms),
            // Malay that shares nearly every word with Indonesian.
            ("Mereka yang ditahan akan dibawa ke mahkamah minggu depan, iaitu selepas siasatan selesai.", Lang::Ms),
            ("Mereka yang ditahan akan dibawa ke pengadilan pekan depan, yaitu setelah penyidikan selesai.", Lang::Id),
            ("Wang sebanyak RM2 juta dirampas daripada suspek.", Lang::Ms),
            ("Uang sebanyak Rp2 miliar disita dari tersangka.", Lang::Id),
        ];
        for (text, want) in cases {
            assert_eq!(detect(text), want, "{text}");
        }
    }

    #[test]
    fn short_and_mixed_text_gets_a_best_guess() {
        assert_eq!(detect("Polis tahan suspek"), Lang::Ms);
        assert_eq!(detect("Kata polisi"), Lang::Id);
        assert_eq!(detect("the scam"), Lang::En);
        assert_eq!(
            detect("Kepala polisi itu mengatakan \"we will act\" kepada wartawan dan warga."),
            Lang::Id
        );
    }

    #[test]
    fn empty_or_wordless_text_is_undetermined() {
        for t in ["", "   ", "12345 !!!", "🇮🇩🇲🇾", "Xyzzy Qwerty"] {
            assert_eq!(detect(t), Lang::Und, "{t:?}");
        }
    }

    #[test]
    fn long_text_is_sampled_without_splitting_a_character() {
        let text = "é".repeat(15_000) + " dan yang";
        assert_eq!(detect(&text), Lang::Und);
    }
}
