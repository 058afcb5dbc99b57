//! Merge conflicts kept in a project: when two people changed the same translation (or the
//! same metadata field) differently, a merge keeps both versions and the base they started
//! from, so that nothing is lost and someone chooses later. A conflicted translation shows
//! ours until it is resolved; resolving is an ordinary edit (one undo step).

use super::{Edit, LanguageTag, MetadataField, ParagraphId, Project, TranslationStatus};

/// One side's version of a translation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TranslationVersion {
    pub text: String,
    pub status: TranslationStatus,
    pub note: String,
}

/// A translation two merged versions changed differently: the base they both started from
/// (empty when neither had one), ours and theirs. The translation itself holds what the
/// merge could take without choosing (ours where the two disagree).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationConflict {
    pub base: TranslationVersion,
    pub ours: TranslationVersion,
    pub theirs: TranslationVersion,
}

impl TranslationConflict {
    /// Whether the texts disagree (the statuses go with the texts).
    pub fn text_conflicts(&self) -> bool {
        disagree(&self.base.text, &self.ours.text, &self.theirs.text)
    }

    /// Whether the notes disagree.
    pub fn note_conflicts(&self) -> bool {
        disagree(&self.base.note, &self.ours.note, &self.theirs.note)
    }
}

/// A metadata field two merged versions changed differently; the field holds ours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetadataConflict {
    pub base: String,
    pub ours: String,
    pub theirs: String,
}

/// Both sides changed a value from the base, each its own way.
fn disagree<T: PartialEq>(base: &T, ours: &T, theirs: &T) -> bool {
    ours != base && theirs != base && ours != theirs
}

/// How a conflict is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Our version of what conflicted.
    Ours,
    /// Their version of what conflicted.
    Theirs,
    /// What the row holds now (ours, or what someone typed since the merge).
    AsEdited,
}

impl Resolution {
    /// The version this resolution takes of two (`None`: the one the row or field holds).
    pub fn pick<'a, T>(self, ours: &'a T, theirs: &'a T) -> Option<&'a T> {
        match self {
            Self::Ours => Some(ours),
            Self::Theirs => Some(theirs),
            Self::AsEdited => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Ours => "Keep ours",
            Self::Theirs => "Take theirs",
            Self::AsEdited => "Keep as edited",
        }
    }
}

/// The edit that resolves the conflict of a translation, or `None` when it has none: the
/// conflicting parts (text with status, note) take the chosen version and the conflict is
/// cleared; what merged cleanly stays.
pub fn resolve_translation_conflict(
    project: &Project,
    paragraph_id: ParagraphId,
    language: &LanguageTag,
    resolution: Resolution,
) -> Option<Edit> {
    let translation = project.translation(paragraph_id, language);
    let conflict = translation.conflict.as_deref()?;
    let mut edits = Vec::new();
    if let Some(chosen) = resolution.pick(&conflict.ours, &conflict.theirs) {
        if conflict.text_conflicts() {
            edits.push(Edit::SetTranslationText {
                paragraph_id,
                language: language.clone(),
                text: chosen.text.clone(),
            });
            edits.push(Edit::SetTranslationStatus {
                paragraph_id,
                language: language.clone(),
                status: chosen.status,
            });
        }
        if conflict.note_conflicts() {
            edits.push(Edit::SetTranslationNote {
                paragraph_id,
                language: language.clone(),
                note: chosen.note.clone(),
            });
        }
    }
    edits.push(Edit::SetTranslationConflict {
        paragraph_id,
        language: language.clone(),
        conflict: None,
    });
    Some(Edit::Batch(edits))
}

/// The edit that resolves a metadata field's conflict, or `None` when it has none.
pub fn resolve_metadata_conflict(
    project: &Project,
    field: MetadataField,
    resolution: Resolution,
) -> Option<Edit> {
    let conflict = project.metadata_conflicts.get(&field)?;
    let mut edits = Vec::new();
    if let Some(value) = resolution.pick(&conflict.ours, &conflict.theirs) {
        edits.push(Edit::SetMetadata {
            field,
            value: value.clone(),
        });
    }
    edits.push(Edit::SetMetadataConflict {
        field,
        conflict: None,
    });
    Some(Edit::Batch(edits))
}

/// The conflicted rows of a project: (language, paragraph), in target and document order.
pub fn conflicted_translations(project: &Project) -> Vec<(LanguageTag, ParagraphId)> {
    let mut found = Vec::new();
    for language in &project.targets {
        for paragraph in project.paragraphs() {
            if project
                .translation(paragraph.paragraph_id, language)
                .conflict
                .is_some()
            {
                found.push((language.clone(), paragraph.paragraph_id));
            }
        }
    }
    found
}

impl Project {
    /// How many merge conflicts the project holds (translations and metadata fields).
    pub fn conflict_count(&self) -> usize {
        let translations: usize = self
            .translations
            .values()
            .map(|per_paragraph| {
                per_paragraph
                    .values()
                    .filter(|translation| translation.conflict.is_some())
                    .count()
            })
            .sum();
        translations + self.metadata_conflicts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_project;

    fn version(text: &str, status: TranslationStatus, note: &str) -> TranslationVersion {
        TranslationVersion {
            text: text.into(),
            status,
            note: note.into(),
        }
    }

    #[test]
    fn resolving_takes_only_what_conflicted_and_is_one_undo_step() {
        let mut project = test_project();
        let ru = LanguageTag::builtin("ru");
        let id = ParagraphId(1);
        let conflict = TranslationConflict {
            base: version("Пришла полиция.", TranslationStatus::Draft, ""),
            ours: version("Приехала полиция.", TranslationStatus::Translated, "ок"),
            theirs: version("Прибыла полиция.", TranslationStatus::Reviewed, "ок"),
        };
        assert!(conflict.text_conflicts());
        assert!(!conflict.note_conflicts());
        for edit in [
            Edit::SetTranslationText {
                paragraph_id: id,
                language: ru.clone(),
                text: "Приехала полиция.".into(),
            },
            Edit::SetTranslationNote {
                paragraph_id: id,
                language: ru.clone(),
                note: "ок".into(),
            },
            Edit::SetTranslationConflict {
                paragraph_id: id,
                language: ru.clone(),
                conflict: Some(Box::new(conflict)),
            },
        ] {
            edit.apply(&mut project).unwrap();
        }
        assert_eq!(project.conflict_count(), 1);
        assert_eq!(conflicted_translations(&project), [(ru.clone(), id)]);
        let before = project.clone();
        let edit = resolve_translation_conflict(&project, id, &ru, Resolution::Theirs).unwrap();
        let inverse = edit.apply(&mut project).unwrap();
        let translation = project.translation(id, &ru);
        assert_eq!(translation.text, "Прибыла полиция.");
        assert_eq!(translation.status, TranslationStatus::Reviewed);
        assert_eq!(translation.note, "ок");
        assert_eq!(project.conflict_count(), 0);
        inverse.apply(&mut project).unwrap();
        assert_eq!(project, before);
        let kept = resolve_translation_conflict(&project, id, &ru, Resolution::AsEdited).unwrap();
        kept.apply(&mut project).unwrap();
        assert_eq!(project.translation(id, &ru).text, "Приехала полиция.");
        assert_eq!(project.conflict_count(), 0);
        assert!(resolve_translation_conflict(&project, id, &ru, Resolution::Ours).is_none());
    }

    #[test]
    fn a_metadata_conflict_resolves_to_the_chosen_value() {
        let mut project = test_project();
        Edit::SetMetadataConflict {
            field: MetadataField::Title,
            conflict: Some(MetadataConflict {
                base: "Headline".into(),
                ours: "Headline here".into(),
                theirs: "The headline".into(),
            }),
        }
        .apply(&mut project)
        .unwrap();
        assert_eq!(project.conflict_count(), 1);
        let edit =
            resolve_metadata_conflict(&project, MetadataField::Title, Resolution::Theirs).unwrap();
        edit.apply(&mut project).unwrap();
        assert_eq!(project.metadata.title, "The headline");
        assert_eq!(project.conflict_count(), 0);
    }
}
