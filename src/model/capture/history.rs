//! Translations kept in the capture history, found again: a paragraph a later capture removed
//! that comes back in a newer one gets back the translations it had.

use super::super::{LanguageTag, Translation};
use super::Capture;
use crate::align::revision::normalized;

/// The translations kept for a removed paragraph whose text was `text`, from the newest
/// capture that kept any.
pub(super) fn kept_translations(
    captures: &[Capture],
    text: &str,
) -> Vec<(LanguageTag, Translation)> {
    let wanted = normalized(text);
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
            if !kept.is_empty() && normalized(&paragraph.text) == wanted {
                return kept;
            }
        }
    }
    Vec::new()
}
