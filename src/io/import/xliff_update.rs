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
    /// Those conflicts, each with what the file would make of the translation.
    pub conflicting: Vec<Conflict>,
    /// Units whose target is in another language than the one imported (left out).
    pub other_language: usize,
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

/// A translation the file gives differently from the non-empty one here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub paragraph_id: ParagraphId,
    /// The translation here when the file was read.
    pub here: String,
    /// The file's translation, status and note.
    pub text: String,
    pub status: TranslationStatus,
    pub note: String,
}

impl Conflict {
    /// The edit that takes the file's version, if the translation here is still the one the
    /// conflict was found against (`None`: it changed since, and is left alone).
    pub fn replacement(&self, project: &Project, language: &LanguageTag) -> Option<Edit> {
        let current = project.translation(self.paragraph_id, language);
        if current.text != self.here {
            return None;
        }
        let mut edits = vec![Edit::SetTranslationText {
            paragraph_id: self.paragraph_id,
            language: language.clone(),
            text: self.text.clone(),
        }];
        if current.is_stale() {
            edits.push(Edit::SetTranslationStale {
                paragraph_id: self.paragraph_id,
                language: language.clone(),
                stale_source: None,
            });
        }
        if current.status != self.status {
            edits.push(Edit::SetTranslationStatus {
                paragraph_id: self.paragraph_id,
                language: language.clone(),
                status: self.status,
            });
        }
        if current.note != self.note {
            edits.push(Edit::SetTranslationNote {
                paragraph_id: self.paragraph_id,
                language: language.clone(),
                note: self.note.clone(),
            });
        }
        Some(Edit::Batch(edits))
    }
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
        if self.other_language > 0 {
            parts.push(format!(
                "{} unit(s) in another language (left out)",
                self.other_language
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

/// The primary language and script of a tag (`az-Cyrl-AZ` → `az`, `cyrl`); a tag without a
/// script has its language's usual one where that is not in doubt.
fn language_and_script(tag: &str) -> (String, Option<String>) {
    let lower = tag.to_ascii_lowercase();
    let mut parts = lower.split(['-', '_']);
    let primary = parts.next().unwrap_or("").to_owned();
    let script = parts
        .find(|part| part.len() == 4 && part.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_owned)
        .or_else(|| {
            let usual = match primary.as_str() {
                "ru" | "uk" | "be" | "bg" | "kk" | "ky" | "tg" => "cyrl",
                "az" | "en" | "tr" | "de" | "fr" | "es" | "it" | "pl" | "uz" => "latn",
                "ka" => "geor",
                "hy" => "armn",
                _ => return None,
            };
            Some(usual.to_owned())
        });
    (primary, script)
}

/// Whether two language tags name the same language in the same script, whatever regions
/// they add (`ru` and `ru-RU` do; `az` and `az-Cyrl` do not).
fn same_language(one: &str, other: &str) -> bool {
    let (one, one_script) = language_and_script(one);
    let (other, other_script) = language_and_script(other);
    one == other
        && match (one_script, other_script) {
            (Some(one), Some(other)) => one == other,
            _ => true,
        }
}

/// The project's target the file's units go to: the one asked for, else the file's (or its
/// first unit's), else the fallback.
fn target_language(
    project: &Project,
    document: &XliffDocument,
    choice: LanguageChoice<'_>,
) -> Result<LanguageTag, XliffUpdateError> {
    let in_file = document
        .target_language
        .clone()
        .or_else(|| document.units.iter().find_map(|unit| unit.language.clone()));
    let named = match (choice.required, in_file) {
        (Some(required), _) => required.to_string(),
        (None, Some(found)) => found,
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
    // is that language).
    let mut alike = project
        .targets
        .iter()
        .filter(|target| same_language(target.as_str(), &named));
    let by_language = match (alike.next(), alike.next()) {
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
    naming: usize,
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
        return Err(XliffUpdateError::SourcesDisagree(naming));
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
    // The units in the target language that name a paragraph of the project, one per
    // paragraph: a later unit wins unless it brings no translation and the earlier one does.
    let has_translation = |unit: &XliffUnit| {
        unit.target
            .as_deref()
            .is_some_and(|text| !text.trim().is_empty())
    };
    let mut named: Vec<(&Paragraph, &XliffUnit)> = Vec::new();
    let mut position = std::collections::HashMap::new();
    let mut naming = 0;
    let mut first_other_language = None;
    for unit in &document.units {
        if let Some(language) = &unit.language
            && !same_language(language, target.as_str())
        {
            report.other_language += 1;
            first_other_language.get_or_insert(language);
            continue;
        }
        let Some(paragraph) = named_paragraph(unit).and_then(|id| project.paragraph(id)) else {
            report.unknown += 1;
            continue;
        };
        naming += 1;
        if let Some(&earlier) = position.get(&paragraph.paragraph_id) {
            report.repeated += 1;
            let (_, earlier_unit) = named[earlier];
            if has_translation(unit) || !has_translation(earlier_unit) {
                named[earlier] = (paragraph, unit);
            }
        } else {
            position.insert(paragraph.paragraph_id, named.len());
            named.push((paragraph, unit));
        }
    }
    if naming == 0
        && let Some(found) = first_other_language
    {
        return Err(XliffUpdateError::OtherLanguage {
            expected: target.to_string(),
            found: found.clone(),
        });
    }
    check_project(project, document, &named, naming)?;
    let mut edits = Vec::new();
    for (paragraph, unit) in named {
        let paragraph_id = paragraph.paragraph_id;
        if !paragraph.kind.is_translatable() {
            // Exported with translate="no": nothing of it comes back.
            if has_translation(unit) {
                report.excluded += 1;
            }
            continue;
        }
        if !source_agrees(paragraph, unit) {
            report.source_changed += 1;
            continue;
        }
        let current = project.translation(paragraph_id, &target);
        let (text, status) = if has_translation(unit) {
            let mut text = unit.target.clone().unwrap_or_default();
            // What the file could not carry (control characters, a lone CR) is not a change.
            if text != current.text && text == carried_text(&current.text) {
                text.clone_from(&current.text);
            }
            let (mut status, exact) = status_of(unit, document.version, true);
            if !exact && text == current.text && current.status > status {
                // "translated" from a tool that knows no finer stages does not undo a review.
                status = current.status;
            }
            if text != current.text && status == TranslationStatus::New {
                // A translation that came in is at least a draft.
                status = TranslationStatus::Draft;
            }
            (text, status)
        } else {
            // A unit without a translation (left out, emptied, only white space or codes)
            // never takes one away or makes an empty one: only its note can come in.
            (current.text.clone(), current.status)
        };
        // A unit without notes says nothing about the note (many tools drop notes).
        let mut note = if unit.notes.is_empty() {
            current.note.clone()
        } else {
            unit.notes.join("\n")
        };
        if note != current.note && note == carried_text(&current.note) {
            note.clone_from(&current.note);
        }
        if current.text == text && current.status == status && current.note == note {
            report.unchanged += 1;
            continue;
        }
        if current.text != text && !current.text.is_empty() && !overwrite {
            report.conflicts += 1;
            report.conflicting.push(Conflict {
                paragraph_id,
                here: current.text.clone(),
                text,
                status,
                note,
            });
            continue;
        }
        let text_changes = current.text != text;
        if text_changes {
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
        // A translation replaced against the current source, or marked done, fits it: no
        // longer stale.
        if current.is_stale() && (text_changes || (current.status != status && status.is_done())) {
            edits.push(Edit::SetTranslationStale {
                paragraph_id,
                language: target.clone(),
                stale_source: None,
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
