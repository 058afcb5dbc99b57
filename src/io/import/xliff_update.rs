//! Bringing an XLIFF file back (2.x or 1.2): its units update the project's translations,
//! statuses and notes by paragraph id. A unit names its paragraph by its id (`p5`) or, when a
//! tool renumbered the units, by the location reference Diptych wrote beside it.
//!
//! A file made for another project is refused: by the original's SHA-256 when the file still
//! carries it, otherwise because none of its sources agrees with the paragraphs its units
//! name. A unit whose source no longer agrees with its paragraph (the source was edited
//! since the export) is left alone and counted, and so is a translation that differs from a
//! non-empty one in the project unless the caller asks to overwrite. The result is one edit
//! (one undo step) and a report.

use super::xliff::{XliffDocument, XliffUnit, XliffVersion};
use super::xml::{comparable_text, xml_can_carry};
use crate::model::{Edit, LanguageTag, Paragraph, ParagraphId, Project, TranslationStatus};

/// The file-level note that names the project's original.
pub const ORIGINAL_SHA256_NOTE: &str = "x-diptych-original-sha256";

/// What an XLIFF import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct XliffReport {
    pub updated: usize,
    pub unchanged: usize,
    /// Units whose translation differs from a non-empty one in the project (left alone).
    pub conflicts: usize,
    /// Those conflicts: the paragraph and the file's translation of it.
    pub conflicting: Vec<(ParagraphId, String)>,
    /// Units whose source differs from their paragraph's text now (left alone).
    pub source_changed: usize,
    /// Units that name no paragraph of the project.
    pub unknown: usize,
    /// Units that name a paragraph an earlier unit named too (the last one counts).
    pub repeated: usize,
    /// Units of paragraphs this project does not translate (exported with `translate="no"`)
    /// that came back with a translation anyway (left out).
    pub excluded: usize,
}

impl XliffReport {
    /// The counts in words, for the terminal and the window.
    pub fn describe(&self) -> String {
        let mut parts = vec![format!(
            "{} updated, {} unchanged, {} conflict(s), {} unknown unit(s)",
            self.updated, self.unchanged, self.conflicts, self.unknown
        )];
        if self.source_changed > 0 {
            parts.push(format!(
                "{} unit(s) whose source text was changed here since the export (left alone)",
                self.source_changed
            ));
        }
        if self.excluded > 0 {
            parts.push(format!(
                "{} translation(s) of paragraphs not translated in this project (left out)",
                self.excluded
            ));
        }
        if self.repeated > 0 {
            parts.push(format!(
                "{} unit(s) naming a paragraph again (the last one counted)",
                self.repeated
            ));
        }
        parts.join(", ")
    }
}

/// Which target language the file's units go to.
#[derive(Debug, Clone, Copy, Default)]
pub struct LanguageChoice<'a> {
    /// The language the caller insists on (the CLI's `--lang`): the file must be in it.
    pub required: Option<&'a LanguageTag>,
    /// The language used when the file names none (the window's current target).
    pub fallback: Option<&'a LanguageTag>,
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
        "this XLIFF file was not made from this project: none of the sources of the {0} unit(s) \
         that name a paragraph agrees with that paragraph's text"
    )]
    SourcesDisagree(usize),
    #[error(
        "this XLIFF file carries no Diptych project id ({ORIGINAL_SHA256_NOTE}) and none of its \
         units names a paragraph of this project"
    )]
    NothingMatches,
    #[error("the XLIFF file's target language {found} is not {expected}")]
    OtherLanguage { expected: String, found: String },
    #[error("the XLIFF file names no target language; name it (the CLI's --lang)")]
    NoTargetLanguage,
    #[error("{0} is not a target language of this project")]
    NotATarget(String),
}

/// The status a unit gives its translation, and whether the file said it exactly (a Diptych
/// sub-state) rather than only "translated".
fn status_of(unit: &XliffUnit, version: XliffVersion, has_text: bool) -> (TranslationStatus, bool) {
    let exact = unit
        .sub_state
        .as_deref()
        .and_then(|sub_state| sub_state.strip_prefix("diptych:"))
        .and_then(|name| {
            TranslationStatus::ALL
                .into_iter()
                .find(|status| status.as_str() == name)
        });
    if let Some(status) = exact {
        return (status, true);
    }
    let pending = if has_text {
        TranslationStatus::Draft
    } else {
        TranslationStatus::New
    };
    let status = match (version, unit.state.as_deref()) {
        (_, Some("translated")) => TranslationStatus::Translated,
        (XliffVersion::V2, Some("reviewed")) | (XliffVersion::V1, Some("signed-off")) => {
            TranslationStatus::Reviewed
        }
        (_, Some("final")) => TranslationStatus::Approved,
        (XliffVersion::V1, Some("new")) => TranslationStatus::New,
        // 1.2 without a state: approved="yes" marks a finished translation (translate-toolkit
        // writes every non-fuzzy PO entry so).
        (XliffVersion::V1, None) if has_text && unit.approved == Some(true) => {
            TranslationStatus::Translated
        }
        _ => pending,
    };
    (status, status != TranslationStatus::Translated)
}

/// `text` as an XML file gives it back: without the characters XML cannot carry, line ends
/// as `\n`.
fn carried_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&character| xml_can_carry(character))
        .collect()
}

/// The paragraph id a unit names: its location reference, else its id (`p5`).
fn named_paragraph(unit: &XliffUnit) -> Option<ParagraphId> {
    let number = |text: &str| {
        text.strip_prefix('p')
            .and_then(|number| number.parse::<u32>().ok())
            .map(ParagraphId)
    };
    unit.reference
        .as_deref()
        .and_then(number)
        .or_else(|| number(&unit.id))
}

/// Whether two language tags name the same language: equal, or one is the other with a
/// region or script added (`ru` and `ru-RU`).
fn same_language(one: &str, other: &str) -> bool {
    let (one, other) = (one.to_ascii_lowercase(), other.to_ascii_lowercase());
    one == other
        || one
            .strip_prefix(other.as_str())
            .is_some_and(|rest| rest.starts_with(['-', '_']))
        || other
            .strip_prefix(one.as_str())
            .is_some_and(|rest| rest.starts_with(['-', '_']))
}

/// The project's target the file's units go to.
fn target_language(
    project: &Project,
    document: &XliffDocument,
    choice: LanguageChoice<'_>,
) -> Result<LanguageTag, XliffUpdateError> {
    let named = match (document.target_language.as_deref(), choice.required) {
        (Some(found), Some(required)) if !same_language(found, required.as_str()) => {
            return Err(XliffUpdateError::OtherLanguage {
                expected: required.to_string(),
                found: found.to_owned(),
            });
        }
        (_, Some(required)) => required.to_string(),
        (Some(found), None) => found.to_owned(),
        (None, None) => choice
            .fallback
            .map(ToString::to_string)
            .ok_or(XliffUpdateError::NoTargetLanguage)?,
    };
    let exact = project
        .targets
        .iter()
        .find(|target| target.as_str().eq_ignore_ascii_case(&named));
    // `ru-RU` from a tool that adds regions means the project's `ru` (when only one target
    // has that language).
    let primary = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    let mut same_language = project
        .targets
        .iter()
        .filter(|target| primary(target.as_str()) == primary(&named));
    let by_language = match (same_language.next(), same_language.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    };
    exact
        .or(by_language)
        .cloned()
        .ok_or(XliffUpdateError::NotATarget(named))
}

/// Checks that the file belongs to `project`: by the original's SHA-256, or when the file no
/// longer carries it, by its sources.
fn check_project(
    project: &Project,
    document: &XliffDocument,
    named: &[(&Paragraph, &XliffUnit)],
) -> Result<(), XliffUpdateError> {
    // Every <file> that names an original must name this project's.
    let mut carried = document
        .file_notes
        .iter()
        .filter(|(category, _)| category == ORIGINAL_SHA256_NOTE)
        .map(|(_, value)| value.trim())
        .peekable();
    if carried.peek().is_some() {
        if let Some(found) = carried.find(|found| *found != project.source.original.sha256) {
            return Err(XliffUpdateError::OtherProject {
                expected: project.source.original.sha256.clone(),
                found: found.to_owned(),
            });
        }
        return Ok(());
    }
    if named.is_empty() {
        return Err(XliffUpdateError::NothingMatches);
    }
    let agreeing = named
        .iter()
        .filter(|(paragraph, unit)| source_agrees(paragraph, unit))
        .count();
    if agreeing == 0 {
        return Err(XliffUpdateError::SourcesDisagree(named.len()));
    }
    Ok(())
}

fn source_agrees(paragraph: &Paragraph, unit: &XliffUnit) -> bool {
    // Nearly always equal as they are; compared with white space and what XML cannot carry
    // set aside only when not.
    paragraph.text == unit.source
        || comparable_text(&paragraph.text) == comparable_text(&unit.source)
}

/// The edit that brings `document` into `project` (`None` when nothing changes), the report,
/// and the target language it went to.
pub fn xliff_update(
    project: &Project,
    document: &XliffDocument,
    choice: LanguageChoice<'_>,
    overwrite: bool,
) -> Result<(Option<Edit>, XliffReport, LanguageTag), XliffUpdateError> {
    let target = target_language(project, document, choice)?;
    let mut report = XliffReport::default();
    // The units that name a paragraph of the project, the last one per paragraph.
    let mut named: Vec<(&Paragraph, &XliffUnit)> = Vec::new();
    let mut position = std::collections::HashMap::new();
    for unit in &document.units {
        let Some(paragraph) = named_paragraph(unit).and_then(|id| project.paragraph(id)) else {
            report.unknown += 1;
            continue;
        };
        if let Some(&earlier) = position.get(&paragraph.paragraph_id) {
            report.repeated += 1;
            named[earlier] = (paragraph, unit);
        } else {
            position.insert(paragraph.paragraph_id, named.len());
            named.push((paragraph, unit));
        }
    }
    check_project(project, document, &named)?;
    let mut edits = Vec::new();
    for (paragraph, unit) in named {
        let paragraph_id = paragraph.paragraph_id;
        if !paragraph.kind.is_translatable() {
            // Exported with translate="no": nothing of it comes back.
            if unit.target.as_deref().is_some_and(|text| !text.is_empty()) {
                report.excluded += 1;
            }
            continue;
        }
        if !source_agrees(paragraph, unit) {
            report.source_changed += 1;
            continue;
        }
        let current = project.translation(paragraph_id, &target);
        let mut text = unit.target.clone().unwrap_or_default();
        // What the file could not carry (control characters, a lone CR) is not a change.
        if text != current.text && text == carried_text(&current.text) {
            text.clone_from(&current.text);
        }
        let mut note = unit.notes.join("\n");
        if note != current.note && note == carried_text(&current.note) {
            note.clone_from(&current.note);
        }
        let (mut status, exact) = status_of(unit, document.version, !text.is_empty());
        if text.is_empty() && !current.text.is_empty() {
            // A unit without a translation (a tool left it out, or emptied it) never takes
            // one away: only its note can come in.
            text.clone_from(&current.text);
            status = current.status;
        } else if !exact && text == current.text && current.status > status {
            // "translated" from a tool that knows no finer stages does not undo a review.
            status = current.status;
        }
        if !text.is_empty() && text != current.text && status == TranslationStatus::New {
            // A translation that came in is at least a draft.
            status = TranslationStatus::Draft;
        }
        if current.text == text && current.status == status && current.note == note {
            report.unchanged += 1;
            continue;
        }
        if current.text != text && !current.text.is_empty() && !overwrite {
            report.conflicts += 1;
            report.conflicting.push((paragraph_id, text));
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

#[cfg(test)]
mod tests;
