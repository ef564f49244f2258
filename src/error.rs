//! Errors for inputs the analyzer cannot read.
//!
//! Bad input is data, not a crash: the CLI prints the message and goes on with
//! the rest of the batch; the page shows it beside the file's name.

use std::fmt;

/// An input that could not be analyzed, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    name: String,
    kind: ErrorKind,
}

/// What went wrong with an input.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Occurs when the bytes look like a binary file (NUL bytes, an image or archive signature).
    NotText,
    /// Occurs when the input is larger than the analyzer accepts; holds the size and the limit in bytes.
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The largest accepted size in bytes.
        limit: usize,
    },
    /// Occurs when a file has no text left after its markup and boilerplate are removed.
    Empty,
    /// Occurs when a file cannot be read from disk; holds the operating system's message.
    Io(String),
    /// Occurs when an exported analysis or option object cannot be parsed; holds the parser's message.
    Format(String),
    /// Occurs when the analyzer itself failed on an input (a bug: a panic caught by the CLI, so
    /// that the other inputs of a batch are still analyzed); holds the panic's message.
    Internal(String),
}

impl Error {
    /// An error about the input called `name` (a file name, or "pasted text").
    pub fn new(name: impl Into<String>, kind: ErrorKind) -> Error {
        Error {
            name: name.into(),
            kind,
        }
    }

    /// The name of the input.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = &self.name;
        match &self.kind {
            ErrorKind::NotText => {
                write!(f, "file `{name}` is not text: it looks like a binary file")
            }
            ErrorKind::TooLarge { size, limit } => write!(
                f,
                "file `{name}` is too large: {size} bytes, the limit is {limit} bytes"
            ),
            ErrorKind::Empty => write!(f, "file `{name}` has no article text"),
            ErrorKind::Io(msg) => write!(f, "file `{name}` cannot be read: {msg}"),
            ErrorKind::Format(msg) => write!(f, "`{name}` is not in the expected format: {msg}"),
            ErrorKind::Internal(msg) => write!(
                f,
                "file `{name}` could not be analyzed because of an internal error ({msg}); \
                 please report it with the file"
            ),
        }
    }
}

impl std::error::Error for Error {}
