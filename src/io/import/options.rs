//! What the user chooses when importing an article, and the choices a web archive offers.

use crate::model::{LanguageTag, TextEncoding};

/// Choices made when importing an article.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The article's language; detected from the text when `None`.
    pub source_language: Option<LanguageTag>,
    /// Target languages; the other two of en/ru/az when `None`.
    pub targets: Option<Vec<LanguageTag>>,
    /// The character encoding to use instead of the detected one.
    pub encoding: Option<TextEncoding>,
    /// Which page of a web archive to import (its target URL); needed when it holds several.
    pub record: Option<String>,
}

/// One HTML page inside a web archive, as offered to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordChoice {
    pub url: String,
    pub date: String,
    pub size: usize,
}
