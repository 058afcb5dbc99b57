//! The pairs of a project that other work can reuse: each finished translation beside its
//! source paragraph, each alignment link whose two sides have text (n:m joined with a
//! space), and either split into sentence pairs by the sentence aligner. The TMX export and
//! the translation memory read a project through here.

use super::{LanguageTag, LinkState, ParagraphId, ParagraphKind, Project, TranslationStatus};

/// Where a pair comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PairOrigin {
    /// A translation made in the project.
    Translation {
        paragraph_id: ParagraphId,
        kind: ParagraphKind,
        status: TranslationStatus,
        note: String,
    },
    /// A link of an aligned translation: its index, shape (`source:target` paragraphs) and
    /// state.
    Link {
        index: usize,
        shape: (usize, usize),
        state: LinkState,
    },
}

/// A source text and its translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationPair {
    pub source: String,
    pub target: String,
    pub origin: PairOrigin,
}

/// The pairs of `project` in `language`: translations that are translated or better (and
/// drafts with `include_drafts`), then the links of its aligned translation. A stale
/// translation (a later capture changed its paragraph) is paired with the source text it
/// translates, not with the paragraph's new text.
pub fn translation_pairs(
    project: &Project,
    language: &LanguageTag,
    include_drafts: bool,
) -> Vec<TranslationPair> {
    let mut pairs = Vec::new();
    for paragraph in project.translatable_paragraphs() {
        let translation = project.translation(paragraph.paragraph_id, language);
        let wanted = translation.status.is_done()
            || (include_drafts && translation.status == TranslationStatus::Draft);
        if !wanted || translation.text.trim().is_empty() || paragraph.text.trim().is_empty() {
            continue;
        }
        let source = translation
            .stale_source
            .as_ref()
            .unwrap_or(&paragraph.text)
            .clone();
        pairs.push(TranslationPair {
            source,
            target: translation.text.clone(),
            origin: PairOrigin::Translation {
                paragraph_id: paragraph.paragraph_id,
                kind: paragraph.kind,
                status: translation.status,
                note: translation.note.trim().to_owned(),
            },
        });
    }
    if let Some(aligned) = project.aligned.get(language) {
        for (index, link) in aligned.links.iter().enumerate() {
            let source: Vec<&str> = link
                .source
                .iter()
                .filter_map(|id| project.paragraph(*id))
                .map(|paragraph| paragraph.text.as_str())
                .collect();
            let target: Vec<&str> = link
                .target
                .iter()
                .filter_map(|id| aligned.paragraph(*id))
                .map(|paragraph| paragraph.text.as_str())
                .collect();
            let (source, target) = (source.join(" "), target.join(" "));
            if source.trim().is_empty() || target.trim().is_empty() {
                continue;
            }
            pairs.push(TranslationPair {
                source,
                target,
                origin: PairOrigin::Link {
                    index,
                    shape: (link.source.len(), link.target.len()),
                    state: link.state,
                },
            });
        }
    }
    pairs
}

/// The sentence pairs of a source text and its translation (as the sentence aligner finds
/// them), each with its number from 1; sentences the aligner leaves one-sided are left out.
pub fn sentence_split(
    (source_text, target_text): (&str, &str),
    source_language: &str,
    target_language: &str,
) -> Vec<(usize, String, String)> {
    let source = vec![source_text.to_owned()];
    let target = vec![target_text.to_owned()];
    let whole = crate::align::Link {
        source: vec![0],
        target: vec![0],
        confidence: 1.0,
        reason: String::new(),
        moved: false,
    };
    let source_sentences = crate::align::sentences(source_text);
    let target_sentences = crate::align::sentences(target_text);
    let links =
        crate::align::align_sentences(&source, source_language, &target, target_language, &[whole]);
    let join = |indexes: &[usize], sentences: &[&str]| {
        indexes
            .iter()
            .filter_map(|index| sentences.get(*index))
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    };
    links
        .iter()
        .enumerate()
        .filter_map(|(number, link)| {
            let source = join(&link.source, &source_sentences);
            let target = join(&link.target, &target_sentences);
            (!source.trim().is_empty() && !target.trim().is_empty()).then_some((
                number + 1,
                source,
                target,
            ))
        })
        .collect()
}
