//! Data files without their comment lines, at compile time.
//!
//! Every loader skips the lines of `data/*` that start with '#', so the
//! comments (several KB of prose) need not be in the wasm: [`data_file!`]
//! removes those lines, each with its line break, while compiling.

/// `include_str!` of `data/<name>` without the lines that start with '#'.
macro_rules! data_file {
    ($name:literal) => {{
        const RAW: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $name));
        const LEN: usize = $crate::data_file::stripped_len(RAW);
        const BYTES: [u8; LEN] = $crate::data_file::strip::<LEN>(RAW);
        match core::str::from_utf8(&BYTES) {
            Ok(s) => s,
            Err(_) => panic!("a data file is not UTF-8"),
        }
    }};
}
pub(crate) use data_file;

/// Whether a comment line starts at `at`.
const fn is_comment_start(raw: &[u8], at: usize) -> bool {
    raw[at] == b'#' && (at == 0 || raw[at - 1] == b'\n')
}

/// The length of `raw` without its comment lines.
pub(crate) const fn stripped_len(raw: &str) -> usize {
    let raw = raw.as_bytes();
    let (mut at, mut len) = (0, 0);
    while at < raw.len() {
        if is_comment_start(raw, at) {
            while at < raw.len() && raw[at] != b'\n' {
                at += 1;
            }
            at += 1; // the line break, if any
        } else {
            len += 1;
            at += 1;
        }
    }
    len
}

/// `raw` without its comment lines; `N` is [`stripped_len`] of `raw`.
pub(crate) const fn strip<const N: usize>(raw: &str) -> [u8; N] {
    let raw = raw.as_bytes();
    let mut out = [0u8; N];
    let (mut at, mut len) = (0, 0);
    while at < raw.len() {
        if is_comment_start(raw, at) {
            while at < raw.len() && raw[at] != b'\n' {
                at += 1;
            }
            at += 1;
        } else {
            out[len] = raw[at];
            len += 1;
            at += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn comment_lines_go_the_rest_stays() {
        const S: &str = {
            const RAW: &str = "# head\na\tb\n#x\n\nc # not a comment\n#last";
            const LEN: usize = super::stripped_len(RAW);
            const BYTES: [u8; LEN] = super::strip::<LEN>(RAW);
            match core::str::from_utf8(&BYTES) {
                Ok(s) => s,
                Err(_) => panic!(),
            }
        };
        assert_eq!(S, "a\tb\n\nc # not a comment\n");
        let raw = include_str!("../data/count_cues.tsv");
        let kept: Vec<&str> = raw.lines().filter(|l| !l.starts_with('#')).collect();
        let stripped = data_file!("count_cues.tsv");
        assert!(stripped.len() < raw.len());
        assert_eq!(stripped.lines().collect::<Vec<_>>(), kept);
    }
}
