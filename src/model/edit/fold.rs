//! Folding edits: two assignments to the same field become one (the later value wins), so
//! typing in one cell is one undo step; and recognising an edit that would change nothing.

use super::{Edit, MetadataField};
use crate::model::{LanguageTag, ParagraphId, Project};

/// What an assignment edit writes to; two assignments to the same key: the later one wins.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum AssignmentKey {
    Text(ParagraphId, LanguageTag),
    Status(ParagraphId, LanguageTag),
    Note(ParagraphId, LanguageTag),
    Kind(ParagraphId),
    Metadata(u8),
}

impl Edit {
    /// Combines `self` followed by `later` into one edit, or `None` when they cannot be folded
    /// without losing meaning. Only plain assignments fold: for each field the last write wins.
    pub fn fold(self, later: Edit) -> Option<Edit> {
        let mut folded: Vec<(AssignmentKey, Edit)> = Vec::new();
        for edit in self.flatten().into_iter().chain(later.flatten()) {
            let key = edit.assignment_key()?;
            if let Some(slot) = folded.iter_mut().find(|(existing, _)| *existing == key) {
                slot.1 = edit;
            } else {
                folded.push((key, edit));
            }
        }
        let mut edits: Vec<Edit> = folded.into_iter().map(|(_, edit)| edit).collect();
        Some(if edits.len() == 1 {
            edits.remove(0)
        } else {
            Edit::Batch(edits)
        })
    }

    fn flatten(self) -> Vec<Edit> {
        match self {
            Edit::Batch(edits) => edits.into_iter().flat_map(Edit::flatten).collect(),
            other => vec![other],
        }
    }

    fn assignment_key(&self) -> Option<AssignmentKey> {
        Some(match self {
            Edit::SetTranslationText {
                paragraph_id,
                language,
                ..
            } => AssignmentKey::Text(*paragraph_id, language.clone()),
            Edit::SetTranslationStatus {
                paragraph_id,
                language,
                ..
            } => AssignmentKey::Status(*paragraph_id, language.clone()),
            Edit::SetTranslationNote {
                paragraph_id,
                language,
                ..
            } => AssignmentKey::Note(*paragraph_id, language.clone()),
            Edit::SetKind { paragraph_id, .. } => AssignmentKey::Kind(*paragraph_id),
            Edit::SetMetadata { field, .. } => {
                let index = MetadataField::ALL
                    .iter()
                    .position(|candidate| candidate == field)
                    .unwrap_or_default();
                AssignmentKey::Metadata(index as u8)
            }
            Edit::AddTarget { .. }
            | Edit::RemoveTarget { .. }
            | Edit::SetAligned { .. }
            | Edit::ReplaceParagraphs { .. }
            | Edit::ReplaceLinks { .. }
            | Edit::ReplaceSource(_)
            | Edit::SwapCaptureState(_)
            | Edit::ReplaceProject(_)
            | Edit::SetTranslationStale { .. }
            | Edit::SetTranslationConflict { .. }
            | Edit::SetMetadataConflict { .. }
            | Edit::SetQaSettings(_)
            | Edit::Batch(_) => return None,
        })
    }

    /// Whether applying the edit would change nothing (used to skip empty undo steps).
    pub fn is_noop_for(&self, project: &Project) -> bool {
        match self {
            Edit::SetTranslationText {
                paragraph_id,
                language,
                text,
            } => project.translation(*paragraph_id, language).text == *text,
            Edit::SetTranslationStatus {
                paragraph_id,
                language,
                status,
            } => project.translation(*paragraph_id, language).status == *status,
            Edit::SetTranslationNote {
                paragraph_id,
                language,
                note,
            } => project.translation(*paragraph_id, language).note == *note,
            Edit::SetTranslationStale {
                paragraph_id,
                language,
                stale_source,
            } => project.translation(*paragraph_id, language).stale_source == *stale_source,
            Edit::SetTranslationConflict {
                paragraph_id,
                language,
                conflict,
            } => project.translation(*paragraph_id, language).conflict == *conflict,
            Edit::SetMetadataConflict { field, conflict } => {
                project.metadata_conflicts.get(field) == conflict.as_ref()
            }
            Edit::SetKind { paragraph_id, kind } => project
                .paragraph(*paragraph_id)
                .is_some_and(|paragraph| paragraph.kind == *kind),
            Edit::SetMetadata { field, value } => field.get(&project.metadata) == value,
            Edit::SetQaSettings(settings) => **settings == project.qa,
            Edit::ReplaceProject(replacement) => **replacement == *project,
            Edit::AddTarget { .. }
            | Edit::RemoveTarget { .. }
            | Edit::SetAligned { .. }
            | Edit::ReplaceParagraphs { .. }
            | Edit::ReplaceLinks { .. }
            | Edit::SwapCaptureState(_) => false,
            Edit::ReplaceSource(replacement) => {
                replacement.source == project.source
                    && replacement.metadata == project.metadata
                    && replacement.translations == project.translations
                    && replacement.next_paragraph_id == project.next_paragraph_id
            }
            Edit::Batch(edits) => edits.iter().all(|edit| edit.is_noop_for(project)),
        }
    }
}
