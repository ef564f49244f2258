//! Converting byte offsets to UTF-16 code units, once, for JavaScript.
//!
//! The core slices its text by UTF-8 byte offsets. JavaScript strings are
//! indexed by UTF-16 code units, where an emoji is two units and "é" is one;
//! counting chars would be wrong for the emoji that share widgets carry.

/// Maps UTF-8 byte offsets of one text to UTF-16 code unit offsets.
pub struct Utf16Map {
    /// For every char longer than one byte: a mark at its first byte (`inside`)
    /// and one just after it. Between marks the text is ASCII, one unit a byte,
    /// which keeps the table small for mostly ASCII articles.
    marks: Vec<Mark>,
}

struct Mark {
    byte: usize,
    units: usize,
    inside: bool,
}

impl Utf16Map {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> Utf16Map {
        let mut marks = Vec::new();
        let mut units = 0;
        for (byte, ch) in text.char_indices() {
            let len = ch.len_utf8();
            if len != 1 {
                marks.push(Mark {
                    byte,
                    units,
                    inside: true,
                });
                marks.push(Mark {
                    byte: byte + len,
                    units: units + ch.len_utf16(),
                    inside: false,
                });
            }
            units += ch.len_utf16();
        }
        Utf16Map { marks }
    }

    /// The UTF-16 offset of byte offset `byte`; an offset inside a char maps to the char's start.
    pub fn to_utf16(&self, byte: usize) -> usize {
        match self.marks.partition_point(|m| m.byte <= byte) {
            0 => byte,
            i => {
                let m = &self.marks[i - 1];
                if m.inside {
                    m.units
                } else {
                    m.units + (byte - m.byte)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_prefix_len(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn every_char_boundary_maps_to_the_utf16_length_of_the_prefix() {
        let cases = [
            "",
            "plain ascii",
            "“Kami” — kata Sok Vannak. 😀 café",
            "😀😀é",
            "é",
            "Bagikan: 👍🏽 WhatsApp “salin”",
        ];
        for text in cases {
            let map = Utf16Map::new(text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    map.to_utf16(byte),
                    utf16_prefix_len(text, byte),
                    "{text:?} at {byte}"
                );
            }
        }
    }

    #[test]
    fn an_offset_inside_a_char_maps_to_its_start() {
        let map = Utf16Map::new("a😀b");
        assert_eq!(map.to_utf16(2), 1);
        assert_eq!(map.to_utf16(5), 3);
    }
}
