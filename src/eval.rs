//! The accuracy harness: compares documents against gold files.
