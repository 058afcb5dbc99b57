//! Translations kept in the capture history, found again: a paragraph a later capture removed
//! that comes back in a newer one gets back the translations it had — as they were when it
//! comes back word for word, marked stale (following its earlier text) when it comes back
//! edited.

use super::super::{LanguageTag, Translation};
use super::Capture;
use crate::align::revision::{normalized, similarity};

/// A paragraph that comes back edited is taken for the removed one when this share of its
/// words is the same (as for a paragraph moved and edited).
const EDITED_RETURN: f32 = 0.6;

/// The translations kept for a removed paragraph whose text was `text` (or, failing that,
/// nearly `text`), from the newest capture that kept any; those of a nearly equal paragraph
/// come back stale, following the text they were made for.
pub(super) fn kept_translations(
    captures: &[Capture],
    text: &str,
) -> Vec<(LanguageTag, Translation)> {
    let wanted = normalized(text);
    let mut nearest: Option<(f32, Vec<(LanguageTag, Translation)>)> = None;
    for capture in captures.iter().rev() {
        for paragraph in &capture.paragraphs {
            let kept: Vec<(LanguageTag, Translation)> = capture
                .retired
                .iter()
                .filter_map(|(language, translations)| {
                    translations
                        .get(&paragraph.paragraph_id)
                        .map(|translation| (language.clone(), translation.clone()))
                })
                .collect();
            if kept.is_empty() {
                continue;
            }
            if normalized(&paragraph.text) == wanted {
                return kept;
            }
            let alike = similarity(&paragraph.text, text);
            if alike >= EDITED_RETURN && nearest.as_ref().is_none_or(|(best, _)| alike > *best) {
                let stale = kept
                    .into_iter()
                    .map(|(language, mut translation)| {
                        if translation.stale_source.is_none() {
                            translation.stale_source = Some(paragraph.text.clone());
                        }
                        (language, translation)
                    })
                    .collect();
                nearest = Some((alike, stale));
            }
        }
    }
    nearest.map(|(_, kept)| kept).unwrap_or_default()
}
