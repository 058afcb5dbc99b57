//! When the visible page holds almost no article — a page that builds it with scripts — the
//! article is taken from where such pages also put it: their `<noscript>` version, shown to
//! readers without scripts, or the JSON-LD `articleBody`.

use super::{Block, PageMetadata, bounded, extract_blocks, metadata};
use crate::model::ParagraphKind;

/// Below this many words of translatable text beside the headline, extraction is taken to
/// have found nothing.
pub(super) const FEW_WORDS: usize = 25;

/// Words of translatable text other than the headline.
pub(super) fn article_words(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .filter(|block| block.kind.is_translatable() && block.kind != ParagraphKind::Headline)
        .map(|block| block.text.split_whitespace().count())
        .sum()
}

/// Where the article was taken from when the visible page did not hold it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FallbackSource {
    /// The page's `<noscript>` version.
    Noscript,
    /// The page's JSON-LD `articleBody`.
    JsonLd,
}

impl FallbackSource {
    /// In English, as the command line says it.
    pub fn describe(self) -> &'static str {
        match self {
            Self::Noscript => "its <noscript> version",
            Self::JsonLd => "the page's JSON-LD articleBody",
        }
    }
}

/// The article from where pages put it when the visible page does not hold it: the
/// `<noscript>` version (shown to readers without scripts), or the JSON-LD `articleBody`.
pub(super) fn fallback_article(
    document: &scraper::Html,
    metadata: &PageMetadata,
    visible: &[Block],
) -> Option<(Vec<Block>, FallbackSource)> {
    let found = article_words(visible);
    let noscript: String = metadata::select(document.root_element(), "body noscript")
        .into_iter()
        .flat_map(|element| element.text())
        .collect();
    if !noscript.trim().is_empty()
        && let Ok(inner) = bounded::parse_bounded(&format!("<html><body>{noscript}</body></html>"))
    {
        let blocks = extract_blocks(&inner, &metadata.title);
        if article_words(&blocks) >= FEW_WORDS.max(found * 2) {
            return Some((
                with_headline(blocks, &metadata.title),
                FallbackSource::Noscript,
            ));
        }
    }
    let body: Vec<Block> = metadata
        .article_body
        .split(['\n', '\r'])
        .map(metadata::collapse)
        .filter(|line| !line.is_empty())
        .map(|text| Block {
            kind: ParagraphKind::Body,
            text,
        })
        .collect();
    if article_words(&body) >= FEW_WORDS.max(found * 2) {
        return Some((with_headline(body, &metadata.title), FallbackSource::JsonLd));
    }
    None
}

/// `blocks`, starting with the headline when they do not have one.
fn with_headline(mut blocks: Vec<Block>, title: &str) -> Vec<Block> {
    if !title.is_empty()
        && !blocks
            .iter()
            .any(|block| block.kind == ParagraphKind::Headline)
    {
        blocks.insert(
            0,
            Block {
                kind: ParagraphKind::Headline,
                text: title.to_owned(),
            },
        );
    }
    blocks
}
