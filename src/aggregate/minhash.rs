//! Near-duplicate fingerprints: word shingles, MinHash and LSH band keys.
//!
//! A text becomes the set of its 5-word shingles (lowercased alphanumeric
//! words), summarized by [`HASHES`] minimum hash values. Two signatures agree
//! at a position with probability equal to the Jaccard similarity of the two
//! shingle sets, so the share of equal positions estimates it. The signature
//! is cut into [`BANDS`] bands of [`ROWS`] values; texts that agree on a whole
//! band land in the same LSH bucket and become candidates, which are then
//! verified by the estimated similarity ([`THRESHOLD`]).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Words per shingle. Five keeps common phrases ("kata dia kepada wartawan")
/// from making unrelated articles look alike, while a light edit (one word
/// changed) costs only five of the few hundred shingles of an article.
pub const SHINGLE: usize = 5;
/// Hash values per signature.
pub const HASHES: usize = 120;
/// Values per LSH band.
pub const ROWS: usize = 3;
/// LSH bands: 40 bands of 3 rows put the S-curve's midpoint near
/// (1/40)^(1/3) ≈ 0.29, so a pair at similarity 0.5 becomes a candidate with
/// probability 1 − (1 − 0.5³)⁴⁰ ≈ 0.995, while unrelated pairs (≈ 0.05) almost
/// never do.
pub const BANDS: usize = HASHES / ROWS;
/// The estimated Jaccard similarity from which two texts are one story.
/// Syndicated copies with their own boilerplate and a few edited words score
/// 0.7–0.9; two different articles on the same topic score near 0.
pub const THRESHOLD: f64 = 0.5;

/// The splitmix64 finalizer: a cheap bijective mix with full avalanche.
#[inline]
pub fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A fast 64-bit hash of bytes, eight at a time, finished by [`mix64`].
pub fn hash_bytes(bytes: &[u8], seed: u64) -> u64 {
    hash_or(bytes, seed, 0)
}

/// [`hash_bytes`] of `bytes` with every byte ORed with `or`: with `0x20` it
/// hashes the lowercase form of ASCII letters and digits in place (a digit
/// already has the bit), without copying the word.
fn hash_or(bytes: &[u8], seed: u64, or: u8) -> u64 {
    let or = u64::from_le_bytes([or; 8]);
    // One 8-byte word (little-endian, zero-padded) into the running hash.
    let step = |h: u64, w: u64| (h ^ w).wrapping_mul(0xff51_afd7_ed55_8ccd).rotate_left(29);
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut w = [0; 8];
        w.copy_from_slice(chunk);
        h = step(h, u64::from_le_bytes(w) | or);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        let mut w = [0; 8];
        w[..tail.len()].copy_from_slice(tail);
        h = step(h, u64::from_le_bytes(w) | (or >> (8 * (8 - tail.len()))));
    }
    mix64(h)
}

/// The multipliers and offsets of the [`HASHES`] hash functions
/// `(a·x + b) >> 32` (multiply-add-shift), drawn once from a fixed seed.
fn params() -> &'static [(u64, u64); HASHES] {
    static PARAMS: std::sync::LazyLock<[(u64, u64); HASHES]> = std::sync::LazyLock::new(|| {
        let mut state = 0x6c69_6e74_6173_u64; // "lintas"
        let mut next = || {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            mix64(state)
        };
        let mut out = [(0, 0); HASHES];
        for p in out.iter_mut() {
            *p = (next() | 1, next());
        }
        out
    });
    &PARAMS
}

/// The hashes of the normalized words of `text`: maximal runs of
/// alphanumeric chars, lowercased. Digits stay, so "3.200" and "3,200" both
/// give the words "3" and "200".
pub fn word_hashes(text: &str) -> Vec<u64> {
    const SEED: u64 = 0x5151;
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut lower = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() && !b.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        // A word or a non-ASCII char: run over the word's ASCII letters and
        // digits byte by byte, and decode only the non-ASCII chars.
        let start = i;
        let mut ascii = true;
        while i < bytes.len() {
            if bytes[i].is_ascii_alphanumeric() {
                i += 1;
            } else if bytes[i].is_ascii() {
                break;
            } else {
                match text[i..].chars().next() {
                    Some(ch) if ch.is_alphanumeric() => {
                        ascii = false;
                        i += ch.len_utf8();
                    }
                    _ => break,
                }
            }
        }
        if i == start {
            // A non-ASCII char that is not alphanumeric: a separator.
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        } else if ascii {
            out.push(hash_or(&bytes[start..i], SEED, 0x20));
        } else {
            lower.clear();
            for ch in text[start..i].chars() {
                crate::case::push_lower(&mut lower, ch);
            }
            out.push(hash_bytes(lower.as_bytes(), SEED));
        }
    }
    out
}

/// A MinHash signature: [`HASHES`] minimum values, serialized as one hex string
/// (8 digits a value) so that it survives JavaScript numbers and stays compact.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature(pub Vec<u32>);

impl Signature {
    /// The signature of `text`, or `None` when it has no words.
    pub fn of(text: &str) -> Option<Signature> {
        let words = word_hashes(text);
        if words.is_empty() {
            return None;
        }
        let k = SHINGLE.min(words.len());
        let shingles: Vec<u64> = words
            .windows(k)
            .map(|w| {
                w.iter()
                    .fold(0x0073_6869_6e67_6c65_u64, |h, x| mix64(h ^ x)) // "shingle"
            })
            .collect();
        // One hash function at a time over all the shingles: the minimum of
        // the 64-bit values `a·x + b` shifted right by 32 is the minimum of the
        // shifted values (the shift keeps the order), so the inner loop is a
        // multiply, an add and a min, with no shift and no store.
        let sig = params()
            .iter()
            .map(|&(a, b)| {
                let min = shingles
                    .iter()
                    .fold(u64::MAX, |m, &x| m.min(a.wrapping_mul(x).wrapping_add(b)));
                (min >> 32) as u32
            })
            .collect();
        Some(Signature(sig))
    }

    /// The estimated Jaccard similarity of the two shingle sets.
    pub fn similarity(&self, other: &Signature) -> f64 {
        if self.0.len() != other.0.len() || self.0.is_empty() {
            return 0.0;
        }
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / self.0.len() as f64
    }

    /// The LSH bucket keys, one a band (the band's number is hashed in, so
    /// equal values in different bands do not collide), sorted and deduplicated.
    pub fn band_keys(&self) -> Vec<u64> {
        let mut keys: Vec<u64> = self
            .0
            .chunks(ROWS)
            .enumerate()
            .filter(|(_, rows)| rows.len() == ROWS)
            .map(|(band, rows)| {
                let mut h = mix64(band as u64 ^ 0xba4d);
                for r in rows {
                    h = mix64(h ^ u64::from(*r));
                }
                h
            })
            .collect();
        crate::sort::sort(&mut keys);
        keys.dedup();
        keys
    }

    /// A hash of the whole signature: texts with equal signatures are grouped
    /// before LSH, so a thousand verbatim copies fill one bucket slot, not a thousand.
    pub fn key(&self) -> u64 {
        self.0
            .iter()
            .fold(0x5167_u64, |h, v| mix64(h ^ u64::from(*v)))
    }

    /// Eight lowercase hex digits a value, most significant first (what
    /// `{:08x}` writes, without a formatter and a `String` per value).
    fn to_hex(&self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut hex = vec![0; self.0.len() * 8];
        for (digits, v) in hex.chunks_exact_mut(8).zip(&self.0) {
            for (i, d) in digits.iter_mut().enumerate() {
                *d = DIGITS[(v >> (28 - 4 * i)) as usize & 0xf];
            }
        }
        // Hex digits are ASCII: never the empty default.
        String::from_utf8(hex).unwrap_or_default()
    }

    fn from_hex(s: &str) -> Option<Signature> {
        if s.len() != HASHES * 8 || !s.is_ascii() {
            return None;
        }
        let values = (0..HASHES)
            .map(|i| u32::from_str_radix(&s[i * 8..i * 8 + 8], 16).ok())
            .collect::<Option<Vec<u32>>>()?;
        Some(Signature(values))
    }
}

impl Serialize for Signature {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl Signature {
    fn parse(s: &str) -> Result<Signature, String> {
        Signature::from_hex(s).ok_or_else(|| {
            format!(
                "a signature is {} hex digits, not `{}`",
                HASHES * 8,
                s.chars().take(20).collect::<String>()
            )
        })
    }
}

impl<'de> Deserialize<'de> for Signature {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Signature, D::Error> {
        let s = String::deserialize(d)?;
        Signature::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl crate::json_in::FromJson for Signature {
    fn from_json(v: &serde_json::Value) -> crate::json_in::Res<Signature> {
        Signature::parse(&String::from_json(v)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "Kepolisian kedua negara sepakat memperkuat kerja sama untuk \
        membongkar jaringan penipuan daring yang beroperasi dari kompleks di perbatasan. \
        Ratusan pekerja asing ditemukan dalam penggerebekan pada pekan lalu dan sebagian \
        besar mengaku dipaksa menipu korban melalui aplikasi pesan. Pihak berwenang \
        menyatakan akan memulangkan para pekerja setelah pemeriksaan identitas selesai \
        dan meminta masyarakat waspada terhadap tawaran kerja bergaji tinggi di luar negeri.";

    /// The word hashes as a lowercased copy of each word would give them:
    /// the reference the in-place ASCII path must agree with.
    fn word_hashes_by_copy(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        let mut word = String::new();
        for ch in text.chars() {
            if ch.is_alphanumeric() {
                crate::case::push_lower(&mut word, ch);
            } else if !word.is_empty() {
                out.push(hash_bytes(word.as_bytes(), 0x5151));
                word.clear();
            }
        }
        if !word.is_empty() {
            out.push(hash_bytes(word.as_bytes(), 0x5151));
        }
        out
    }

    #[test]
    fn word_hashes_agree_with_hashing_a_lowercased_copy() {
        for text in [
            "",
            "a",
            "ABCDEFG abcdefgh ABCDEFGHI 0123456789abcdefXYZ",
            "Rp3.200,50 juta—kata POLRI.",
            "ÉCOLE Straße İstanbul naïve café ΣΟΦΙΑ",
            "x😀y … « Kuala-Lumpur » 12¾ ²3 ٣٤",
            "mixedÀword endsWithÉ",
            BASE,
        ] {
            assert_eq!(word_hashes(text), word_hashes_by_copy(text), "{text:?}");
        }
    }

    #[test]
    fn identical_texts_have_equal_signatures_and_similarity_one() {
        let a = Signature::of(BASE).unwrap();
        let b = Signature::of(BASE).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.key(), b.key());
        assert_eq!(a.similarity(&b), 1.0);
    }

    #[test]
    fn case_and_punctuation_do_not_change_the_signature() {
        let shouted = BASE.to_uppercase().replace('.', " ;");
        assert_eq!(Signature::of(BASE), Signature::of(&shouted));
    }

    #[test]
    fn a_lightly_edited_copy_with_boilerplate_stays_above_the_threshold() {
        let edited = format!(
            "JAKARTA (Kabar) - {} Simak berita lainnya di kanal kami.",
            BASE.replace("pekan lalu", "minggu lalu")
        );
        let s = Signature::of(BASE)
            .unwrap()
            .similarity(&Signature::of(&edited).unwrap());
        assert!(s >= THRESHOLD, "similarity {s}");
        assert!(s < 1.0);
    }

    #[test]
    fn an_unrelated_text_scores_far_below_the_threshold() {
        let other = "The ministry signed a memorandum on maritime patrols and fisheries \
            data with its neighbour, and officials said the first joint exercise would \
            take place next year in the northern sea lanes near the islands.";
        let s = Signature::of(BASE)
            .unwrap()
            .similarity(&Signature::of(other).unwrap());
        assert!(s < 0.1, "similarity {s}");
    }

    #[test]
    fn texts_without_words_have_no_signature_and_short_ones_do() {
        for (text, has) in [
            ("", false),
            ("  —  … ", false),
            ("🙂", false),
            ("Polri", true),
        ] {
            assert_eq!(Signature::of(text).is_some(), has, "{text:?}");
        }
    }

    #[test]
    fn band_keys_are_one_a_band_and_shared_by_copies() {
        let a = Signature::of(BASE).unwrap();
        assert_eq!(a.band_keys().len(), BANDS);
        assert_eq!(a.band_keys(), Signature::of(BASE).unwrap().band_keys());
    }

    #[test]
    fn hex_is_eight_lowercase_digits_a_value() {
        let values = vec![
            0,
            1,
            0xf,
            0x10,
            0xabc_def0,
            0x0123_4567,
            u32::MAX,
            0x8000_0000,
        ];
        let expected: String = values.iter().map(|v| format!("{v:08x}")).collect();
        assert_eq!(Signature(values).to_hex(), expected);
        let a = Signature::of(BASE).unwrap();
        let expected: String = a.0.iter().map(|v| format!("{v:08x}")).collect();
        assert_eq!(a.to_hex(), expected);
    }

    #[test]
    fn signature_round_trips_through_json_and_rejects_bad_hex() {
        let a = Signature::of(BASE).unwrap();
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(json.len(), HASHES * 8 + 2);
        assert_eq!(serde_json::from_str::<Signature>(&json).unwrap(), a);
        for bad in [
            "\"abc\"",
            "\"\"",
            &format!("\"{}\"", "zz".repeat(HASHES * 4)),
        ] {
            assert!(serde_json::from_str::<Signature>(bad).is_err(), "{bad}");
        }
        let multibyte = format!("\"{}é\"", "0".repeat(HASHES * 8 - 2));
        assert!(serde_json::from_str::<Signature>(&multibyte).is_err());
    }
}
