//! "Already saved?": an article matches a project of the library when their canonical
//! addresses are the same, when their original files are the same bytes, when their texts are
//! the same once folded, or when their texts are nearly the same (a sketch of their four-word
//! shingles agreeing at least [`NEAR_COPY`]).

use std::path::PathBuf;

use super::catalogue::Fingerprints;
use super::index::LibraryIndex;

/// The least share of the shorter text the longer must hold to count as the same article.
pub const NEAR_COPY: f32 = 0.8;

/// How an article matches a saved one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Sameness {
    /// The same canonical address.
    Address,
    /// The same original bytes.
    Bytes,
    /// The same text once folded.
    Text,
    /// Nearly the same text (the share of the shorter text the longer holds).
    NearText(f32),
}

impl Sameness {
    /// A few words for messages and JSON.
    pub fn describe(self) -> String {
        match self {
            Self::Address => "the same address".to_owned(),
            Self::Bytes => "the same original file".to_owned(),
            Self::Text => "the same text".to_owned(),
            Self::NearText(share) => {
                format!("nearly the same text ({:.0} % of it shared)", share * 100.0)
            }
        }
    }

    /// A stable name for JSON.
    pub fn code(self) -> &'static str {
        match self {
            Self::Address => "url",
            Self::Bytes => "sha256",
            Self::Text => "text",
            Self::NearText(_) => "near_text",
        }
    }
}

/// A saved project an article matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Duplicate {
    pub project: PathBuf,
    pub title: String,
    pub ways: Vec<Sameness>,
}

/// The library's projects the article with `fingerprints` matches, strongest first (same
/// bytes, then same text, address, near text).
pub fn duplicates_of(index: &LibraryIndex, fingerprints: &Fingerprints) -> Vec<Duplicate> {
    let mut found = Vec::new();
    for entry in index.entries() {
        let saved = &entry.fingerprints;
        let mut ways = Vec::new();
        if !fingerprints.original_sha256.is_empty()
            && (saved.original_sha256 == fingerprints.original_sha256
                || saved.earlier_sha256.contains(&fingerprints.original_sha256))
        {
            ways.push(Sameness::Bytes);
        }
        if !fingerprints.text_sha256.is_empty() && saved.text_sha256 == fingerprints.text_sha256 {
            ways.push(Sameness::Text);
        }
        // A site's home page (the address many pages give as theirs) says nothing.
        let names_a_page = |url: &str| url.contains('/') || url.contains('?');
        if names_a_page(&fingerprints.canonical_url)
            && saved.canonical_url == fingerprints.canonical_url
        {
            ways.push(Sameness::Address);
        }
        if !ways.contains(&Sameness::Text)
            && let Some(share) = fingerprints
                .text_containment(saved)
                .filter(|&share| share >= NEAR_COPY)
        {
            ways.push(Sameness::NearText(share));
        }
        if !ways.is_empty() {
            found.push(Duplicate {
                project: entry.project.clone(),
                title: entry.display_title().to_owned(),
                ways,
            });
        }
    }
    let strength = |duplicate: &Duplicate| match duplicate.ways.first() {
        Some(Sameness::Bytes) => 0,
        Some(Sameness::Text) => 1,
        Some(Sameness::Address) => 2,
        _ => 3,
    };
    found.sort_by_key(|duplicate| (strength(duplicate), duplicate.project.clone()));
    found
}
