//! A small RFC 4180 writer: comma separated, CRLF line ends, fields quoted
//! when they hold a comma, a quote, CR or LF, quotes doubled; UTF-8 with a
//! byte order mark so that spreadsheet programs read accents and emoji right.

/// The byte order mark every CSV export starts with.
pub const BOM: char = '\u{feff}';

/// Builds one CSV document in memory.
#[derive(Debug)]
pub struct CsvWriter {
    out: String,
    width: usize,
}

impl CsvWriter {
    /// A document with a BOM and this header row.
    pub fn new(header: &[&str]) -> CsvWriter {
        let mut w = CsvWriter {
            out: String::with_capacity(4096),
            width: header.len(),
        };
        w.out.push(BOM);
        w.row(header);
        w
    }

    /// Appends a row; a short row is padded with empty fields so that every
    /// row has the header's width. A slice, not a generic iterator: one
    /// copy of this in the wasm instead of one per row length.
    pub fn row(&mut self, fields: &[&str]) {
        let mut n = 0;
        for f in fields {
            if n > 0 {
                self.out.push(',');
            }
            quote_into(f, &mut self.out);
            n += 1;
        }
        while n < self.width {
            if n > 0 {
                self.out.push(',');
            }
            n += 1;
        }
        self.out.push_str("\r\n");
    }

    /// The finished document.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Appends `field` to `out`, quoted when RFC 4180 requires it.
pub fn quote_into(field: &str, out: &mut String) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        for ch in field.chars() {
            if ch == '"' {
                out.push('"');
            }
            out.push(ch);
        }
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// Reads a CSV document back into rows (for tests and round trips): the
/// inverse of [`CsvWriter`], BOM included.
pub fn parse(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        if quoted {
            if ch == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(ch);
            }
            continue;
        }
        match ch {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            _ => field.push(ch),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_rfc_4180_requires_it() {
        let cases = [
            ("plain", "plain"),
            ("", ""),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\rhere", "\"cr\rhere\""),
            ("“curly” — 🙂", "“curly” — 🙂"),
            (" padded ", " padded "),
        ];
        for (field, want) in cases {
            let mut out = String::new();
            quote_into(field, &mut out);
            assert_eq!(out, want, "{field:?}");
        }
    }

    #[test]
    fn a_document_starts_with_a_bom_ends_rows_with_crlf_and_reads_back() {
        let mut w = CsvWriter::new(&["id", "text", "n"]);
        w.row(&["a,1", "he said \"no\"\r\nthen left", "3"]);
        w.row(&["short"]);
        let s = w.finish();
        assert!(s.starts_with('\u{feff}'));
        assert!(
            s.starts_with("\u{feff}id,text,n\r\n\"a,1\",\"he said \"\"no\"\"\r\nthen left\",3\r\n")
        );
        assert!(s.ends_with("short,,\r\n"));
        let rows = parse(&s);
        assert_eq!(
            rows,
            vec![
                vec!["id", "text", "n"],
                vec!["a,1", "he said \"no\"\r\nthen left", "3"],
                vec!["short", "", ""],
            ]
        );
    }
}
