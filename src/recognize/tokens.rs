//! Words, numbers and marks of a text, with byte offsets, shared by the
//! recognizers that read numbers and dates.

/// `s` lowercased (ASCII only; other bytes are kept) into `buf`.
pub(crate) fn key<'b>(s: &str, buf: &'b mut [u8; 48]) -> Option<&'b str> {
    let b = s.as_bytes();
    let out = buf.get_mut(..b.len())?;
    for (o, c) in out.iter_mut().zip(b) {
        *o = c.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

pub(crate) fn eq_word(s: &str, w: &str) -> bool {
    s.eq_ignore_ascii_case(w)
}

// ---------------------------------------------------------------- tokens

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Digits, with `.` or `,` between digits.
    Num,
    /// Letters, with `-` or an apostrophe between letters ("kira-kira", "Jum'at").
    Word,
    /// Any other single non-space char.
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: TokKind,
}

/// Tokens of `text[start..end]`, with offsets into `text`.
pub(crate) fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    let Some(s) = text.get(start..end) else {
        return;
    };
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let kind = if c.is_ascii_digit() {
            TokKind::Num
        } else if c.is_alphabetic() {
            TokKind::Word
        } else if c.is_whitespace() {
            continue;
        } else {
            out.push(Tok {
                start: start + i,
                end: start + i + c.len_utf8(),
                kind: TokKind::Punct,
            });
            continue;
        };
        let mut j = i + c.len_utf8();
        loop {
            let rest = &s[j..];
            let mut cs = rest.chars();
            let Some(n) = cs.next() else { break };
            let inner = |m: Option<char>| match kind {
                TokKind::Num => m.is_some_and(|m| m.is_ascii_digit()),
                _ => m.is_some_and(char::is_alphabetic),
            };
            let same = match kind {
                TokKind::Num => n.is_ascii_digit(),
                _ => n.is_alphabetic(),
            };
            let joiner = match kind {
                TokKind::Num => n == '.' || n == ',',
                _ => n == '-' || n == '\'' || n == '’',
            };
            // A joiner counts only between two chars of the token's kind.
            if !(same || (joiner && inner(cs.next()))) {
                break;
            }
            j += n.len_utf8();
        }
        while it.peek().is_some_and(|&(k, _)| k < j) {
            it.next();
        }
        out.push(Tok {
            start: start + i,
            end: start + j,
            kind,
        });
    }
}

pub(crate) fn tok_str<'t>(text: &'t str, t: &Tok) -> &'t str {
    &text[t.start..t.end]
}

pub(crate) fn is_word(text: &str, toks: &[Tok], i: usize, w: &str) -> bool {
    toks.get(i)
        .is_some_and(|t| t.kind == TokKind::Word && eq_word(tok_str(text, t), w))
}

pub(crate) fn is_punct(text: &str, toks: &[Tok], i: usize, p: &str) -> bool {
    toks.get(i)
        .is_some_and(|t| t.kind == TokKind::Punct && tok_str(text, t) == p)
}

pub(crate) fn glued(toks: &[Tok], a: usize, b: usize) -> bool {
    match (toks.get(a), toks.get(b)) {
        (Some(x), Some(y)) => x.end == y.start,
        _ => false,
    }
}
