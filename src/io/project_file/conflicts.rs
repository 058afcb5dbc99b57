//! The merge conflicts a project keeps (format 7): a translation's base, ours and theirs, and a
//! metadata field's, one record per line. Reading them back checks that each names a target
//! language and a paragraph of the project, once.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::problem::ProjectProblem;
use crate::model::{
    LanguageTag, MetadataConflict, MetadataField, ParagraphId, Project, Translation,
    TranslationConflict, TranslationStatus, TranslationVersion,
};

/// One side's version of a conflicted translation: (text, status, note).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct VersionV7 {
    pub(super) text: String,
    pub(super) status: TranslationStatus,
    pub(super) note: String,
}

/// A translation a merge found changed differently on two sides.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TranslationConflictV7 {
    pub(super) lang: LanguageTag,
    pub(super) id: u32,
    pub(super) base: VersionV7,
    pub(super) ours: VersionV7,
    pub(super) theirs: VersionV7,
}

/// A metadata field's name in the file.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum MetadataFieldV7 {
    Title,
    Description,
    Outlet,
    Url,
    Author,
    Published,
    Modified,
    Captured,
    CaptureTool,
    Direction,
    Tags,
    Note,
}

impl MetadataFieldV7 {
    fn from_model(field: MetadataField) -> Self {
        match field {
            MetadataField::Title => Self::Title,
            MetadataField::Description => Self::Description,
            MetadataField::Outlet => Self::Outlet,
            MetadataField::Url => Self::Url,
            MetadataField::Author => Self::Author,
            MetadataField::Published => Self::Published,
            MetadataField::Modified => Self::Modified,
            MetadataField::Captured => Self::Captured,
            MetadataField::CaptureTool => Self::CaptureTool,
            MetadataField::Direction => Self::Direction,
            MetadataField::Tags => Self::Tags,
            MetadataField::Note => Self::Note,
        }
    }

    fn to_model(self) -> MetadataField {
        match self {
            Self::Title => MetadataField::Title,
            Self::Description => MetadataField::Description,
            Self::Outlet => MetadataField::Outlet,
            Self::Url => MetadataField::Url,
            Self::Author => MetadataField::Author,
            Self::Published => MetadataField::Published,
            Self::Modified => MetadataField::Modified,
            Self::Captured => MetadataField::Captured,
            Self::CaptureTool => MetadataField::CaptureTool,
            Self::Direction => MetadataField::Direction,
            Self::Tags => MetadataField::Tags,
            Self::Note => MetadataField::Note,
        }
    }
}

/// A metadata field a merge found changed differently on two sides.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MetadataConflictV7 {
    pub(super) field: MetadataFieldV7,
    pub(super) base: String,
    pub(super) ours: String,
    pub(super) theirs: String,
}

fn version_record(version: &TranslationVersion) -> VersionV7 {
    VersionV7 {
        text: version.text.clone(),
        status: version.status,
        note: version.note.clone(),
    }
}

fn version(record: VersionV7) -> TranslationVersion {
    TranslationVersion {
        text: record.text,
        status: record.status,
        note: record.note,
    }
}

/// The conflict records of a project, in target-map and paragraph order.
pub(super) fn conflict_records(
    project: &Project,
) -> (Vec<TranslationConflictV7>, Vec<MetadataConflictV7>) {
    let mut translations = Vec::new();
    for (language, per_paragraph) in &project.translations {
        for (paragraph_id, translation) in per_paragraph {
            if let Some(conflict) = &translation.conflict {
                translations.push(TranslationConflictV7 {
                    lang: language.clone(),
                    id: paragraph_id.0,
                    base: version_record(&conflict.base),
                    ours: version_record(&conflict.ours),
                    theirs: version_record(&conflict.theirs),
                });
            }
        }
    }
    let metadata = project
        .metadata_conflicts
        .iter()
        .map(|(field, conflict)| MetadataConflictV7 {
            field: MetadataFieldV7::from_model(*field),
            base: conflict.base.clone(),
            ours: conflict.ours.clone(),
            theirs: conflict.theirs.clone(),
        })
        .collect();
    (translations, metadata)
}

/// Puts the conflict records into the translations (a conflicted translation whose current
/// value is empty is stored for its conflict) and returns the metadata conflicts.
pub(super) fn conflicts_from_file(
    (translation_records, metadata_records): (Vec<TranslationConflictV7>, Vec<MetadataConflictV7>),
    targets: &[LanguageTag],
    is_source_paragraph: impl Fn(u32) -> bool,
    translations: &mut BTreeMap<LanguageTag, BTreeMap<ParagraphId, Translation>>,
) -> Result<BTreeMap<MetadataField, MetadataConflict>, ProjectProblem> {
    for record in translation_records {
        if !targets.contains(&record.lang) {
            return Err(ProjectProblem::TranslationNotTarget {
                language: record.lang,
            });
        }
        if !is_source_paragraph(record.id) {
            return Err(ProjectProblem::TranslationOfMissing {
                language: record.lang,
                id: record.id,
            });
        }
        let translation = translations
            .entry(record.lang.clone())
            .or_default()
            .entry(ParagraphId(record.id))
            .or_default();
        if translation.conflict.is_some() {
            return Err(ProjectProblem::TwoConflicts {
                what: format!("the {} translation of paragraph {}", record.lang, record.id),
            });
        }
        translation.conflict = Some(Box::new(TranslationConflict {
            base: version(record.base),
            ours: version(record.ours),
            theirs: version(record.theirs),
        }));
    }
    let mut metadata = BTreeMap::new();
    for record in metadata_records {
        let field = record.field.to_model();
        let conflict = MetadataConflict {
            base: record.base,
            ours: record.ours,
            theirs: record.theirs,
        };
        if metadata.insert(field, conflict).is_some() {
            return Err(ProjectProblem::TwoConflicts {
                what: format!("the metadata field {}", field.label()),
            });
        }
    }
    Ok(metadata)
}

#[cfg(test)]
mod tests {
    use crate::io::project_file::{parse_project, to_ron_string};
    use crate::model::{
        Edit, LanguageTag, MetadataConflict, MetadataField, ParagraphId, TranslationConflict,
        TranslationStatus, TranslationVersion, test_project,
    };

    fn version(text: &str, status: TranslationStatus) -> TranslationVersion {
        TranslationVersion {
            text: text.into(),
            status,
            note: String::new(),
        }
    }

    /// Conflicts are saved one per line and load back as they were, also on a row whose
    /// current translation is empty (ours deleted it, theirs rewrote it).
    #[test]
    fn conflicts_survive_saving_and_loading() {
        let mut project = test_project();
        let ru = LanguageTag::builtin("ru");
        Edit::SetTranslationConflict {
            paragraph_id: ParagraphId(1),
            language: ru.clone(),
            conflict: Some(Box::new(TranslationConflict {
                base: version("Пришла полиция.", TranslationStatus::Draft),
                ours: version("", TranslationStatus::New),
                theirs: version("Прибыла полиция.", TranslationStatus::Reviewed),
            })),
        }
        .apply(&mut project)
        .unwrap();
        Edit::SetMetadataConflict {
            field: MetadataField::CaptureTool,
            conflict: Some(MetadataConflict {
                base: String::new(),
                ours: "SingleFile".into(),
                theirs: "wget".into(),
            }),
        }
        .apply(&mut project)
        .unwrap();
        let text = to_ron_string(&project).unwrap();
        assert_eq!(
            text.lines()
                .filter(|line| line.trim_start().starts_with("(lang: \"ru\", id: 1, base:"))
                .count(),
            1,
            "{text}"
        );
        assert!(
            text.contains(
                "(field: capture_tool, base: \"\", ours: \"SingleFile\", theirs: \"wget\")"
            ),
            "{text}"
        );
        let loaded = parse_project("p.ron", text.as_bytes()).unwrap();
        assert_eq!(loaded, project);
        assert_eq!(loaded.conflict_count(), 2);
        let twice = text.replacen(
            "  metadata_conflicts: [\n",
            "  metadata_conflicts: [\n    (field: capture_tool, base: \"\", ours: \"a\", theirs: \"b\"),\n",
            1,
        );
        let error = parse_project("p.ron", twice.as_bytes()).unwrap_err();
        assert!(error.to_string().contains("two merge conflicts"), "{error}");
        let foreign = text.replacen(
            "(lang: \"ru\", id: 1, base:",
            "(lang: \"ru\", id: 9, base:",
            1,
        );
        assert!(parse_project("p.ron", foreign.as_bytes()).is_err());
    }
}
