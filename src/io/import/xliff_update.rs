//! Bringing an XLIFF file back: its units update the project's translations, statuses and
//! notes by paragraph id. A file made for another project is refused; a translation that
//! differs from a non-empty one in the project is a conflict and left alone unless the
//! caller asks to overwrite. The result is one edit (one undo step) and a report.

use super::xliff::{XliffDocument, XliffUnit};
use crate::model::{Edit, LanguageTag, ParagraphId, Project, TranslationStatus};

/// What an XLIFF import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct XliffReport {
    pub updated: usize,
    pub unchanged: usize,
    /// Units whose translation differs from a non-empty one in the project (left alone).
    pub conflicts: usize,
    /// Units that name no translatable paragraph of the project.
    pub unknown: usize,
}

/// Why an XLIFF file was not applied.
#[derive(Debug, thiserror::Error)]
pub enum XliffUpdateError {
    #[error(
        "this XLIFF file was not made from this project (it names the original {found}, the \
         project's is {expected})"
    )]
    OtherProject { expected: String, found: String },
    #[error(
        "this XLIFF file carries no Diptych project id (x-diptych-original-sha256), so its \
         units cannot be matched to this project's paragraphs"
    )]
    NoProjectId,
    #[error("the XLIFF file's target language {found} is not {expected}")]
    OtherLanguage { expected: String, found: String },
    #[error("the XLIFF file names no target language (trgLang)")]
    NoTargetLanguage,
    #[error("{0} is not a target language of this project")]
    NotATarget(String),
}

fn status_of(unit: &XliffUnit, has_text: bool) -> TranslationStatus {
    let from_sub_state = unit
        .sub_state
        .as_deref()
        .and_then(|sub_state| sub_state.strip_prefix("diptych:"))
        .and_then(|name| {
            TranslationStatus::ALL
                .into_iter()
                .find(|status| status.as_str() == name)
        });
    from_sub_state.unwrap_or(match unit.state.as_deref() {
        Some("translated") => TranslationStatus::Translated,
        Some("reviewed") => TranslationStatus::Reviewed,
        Some("final") => TranslationStatus::Approved,
        _ if has_text => TranslationStatus::Draft,
        _ => TranslationStatus::New,
    })
}

/// The edit that brings `document` into `project` (`None` when nothing changes), and the
/// report. `language` (when given) must be the file's target language.
pub fn xliff_update(
    project: &Project,
    document: &XliffDocument,
    language: Option<&LanguageTag>,
    overwrite: bool,
) -> Result<(Option<Edit>, XliffReport, LanguageTag), XliffUpdateError> {
    let found = document
        .file_notes
        .iter()
        .find(|(category, _)| category == "x-diptych-original-sha256")
        .map(|(_, value)| value.trim().to_owned())
        .ok_or(XliffUpdateError::NoProjectId)?;
    if found != project.source.original.sha256 {
        return Err(XliffUpdateError::OtherProject {
            expected: project.source.original.sha256.clone(),
            found,
        });
    }
    let file_language = document
        .target_language
        .as_deref()
        .ok_or(XliffUpdateError::NoTargetLanguage)?;
    let target = project
        .targets
        .iter()
        .find(|target| target.as_str().eq_ignore_ascii_case(file_language))
        .cloned()
        .ok_or_else(|| XliffUpdateError::NotATarget(file_language.to_owned()))?;
    if let Some(language) = language
        && *language != target
    {
        return Err(XliffUpdateError::OtherLanguage {
            expected: language.to_string(),
            found: file_language.to_owned(),
        });
    }
    let mut report = XliffReport::default();
    let mut edits = Vec::new();
    for unit in &document.units {
        let paragraph = unit
            .id
            .strip_prefix('p')
            .and_then(|number| number.parse::<u32>().ok())
            .and_then(|number| project.paragraph(ParagraphId(number)));
        let Some(paragraph) = paragraph else {
            report.unknown += 1;
            continue;
        };
        if !paragraph.kind.is_translatable() {
            // Exported with translate="no": nothing of it comes back.
            continue;
        }
        let paragraph_id = paragraph.paragraph_id;
        let current = project.translation(paragraph_id, &target);
        let text = unit.target.clone().unwrap_or_default();
        let status = status_of(unit, !text.is_empty());
        let note = unit.notes.join("\n");
        if current.text == text && current.status == status && current.note == note {
            report.unchanged += 1;
            continue;
        }
        if current.text != text && !current.text.is_empty() && !overwrite {
            report.conflicts += 1;
            continue;
        }
        if current.text != text {
            edits.push(Edit::SetTranslationText {
                paragraph_id,
                language: target.clone(),
                text,
            });
        }
        if current.status != status {
            edits.push(Edit::SetTranslationStatus {
                paragraph_id,
                language: target.clone(),
                status,
            });
        }
        if current.note != note {
            edits.push(Edit::SetTranslationNote {
                paragraph_id,
                language: target.clone(),
                note,
            });
        }
        report.updated += 1;
    }
    let edit = (!edits.is_empty()).then_some(Edit::Batch(edits));
    Ok((edit, report, target))
}
