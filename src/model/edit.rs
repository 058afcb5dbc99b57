//! Edits: every change to a project is an [`Edit`] value. Applying one returns its inverse, so
//! undo and redo are a history of values and never a snapshot of the whole project.

use std::collections::BTreeMap;

use super::{
    AlignedTranslation, AlignmentLink, DocumentRef, LanguageTag, Metadata, Paragraph, ParagraphId,
    ParagraphKind, Project, SourceDocument, Translation, TranslationStatus,
};

/// A metadata field that an edit can set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MetadataField {
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

impl MetadataField {
    pub const ALL: [Self; 12] = [
        Self::Title,
        Self::Description,
        Self::Outlet,
        Self::Url,
        Self::Author,
        Self::Published,
        Self::Modified,
        Self::Captured,
        Self::CaptureTool,
        Self::Direction,
        Self::Tags,
        Self::Note,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Title => "Title",
            Self::Description => "Description",
            Self::Outlet => "Outlet",
            Self::Url => "URL",
            Self::Author => "Author",
            Self::Published => "Published",
            Self::Modified => "Modified",
            Self::Captured => "Captured",
            Self::CaptureTool => "Capture tool",
            Self::Direction => "Text direction",
            Self::Tags => "Tags",
            Self::Note => "Note",
        }
    }

    pub fn get(self, metadata: &Metadata) -> &String {
        match self {
            Self::Title => &metadata.title,
            Self::Description => &metadata.description,
            Self::Outlet => &metadata.outlet,
            Self::Url => &metadata.url,
            Self::Author => &metadata.author,
            Self::Published => &metadata.published,
            Self::Modified => &metadata.modified,
            Self::Captured => &metadata.captured,
            Self::CaptureTool => &metadata.capture_tool,
            Self::Direction => &metadata.direction,
            Self::Tags => &metadata.tags,
            Self::Note => &metadata.note,
        }
    }

    pub(crate) fn get_mut(self, metadata: &mut Metadata) -> &mut String {
        match self {
            Self::Title => &mut metadata.title,
            Self::Description => &mut metadata.description,
            Self::Outlet => &mut metadata.outlet,
            Self::Url => &mut metadata.url,
            Self::Author => &mut metadata.author,
            Self::Published => &mut metadata.published,
            Self::Modified => &mut metadata.modified,
            Self::Captured => &mut metadata.captured,
            Self::CaptureTool => &mut metadata.capture_tool,
            Self::Direction => &mut metadata.direction,
            Self::Tags => &mut metadata.tags,
            Self::Note => &mut metadata.note,
        }
    }
}

/// One change to a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    SetTranslationText {
        paragraph_id: ParagraphId,
        language: LanguageTag,
        text: String,
    },
    SetTranslationStatus {
        paragraph_id: ParagraphId,
        language: LanguageTag,
        status: TranslationStatus,
    },
    SetTranslationNote {
        paragraph_id: ParagraphId,
        language: LanguageTag,
        note: String,
    },
    /// Marks a translation stale with the source text it follows, or (`None`) up to date.
    SetTranslationStale {
        paragraph_id: ParagraphId,
        language: LanguageTag,
        stale_source: Option<String>,
    },
    /// Sets (or with `None` clears) a translation's merge conflict.
    SetTranslationConflict {
        paragraph_id: ParagraphId,
        language: LanguageTag,
        conflict: Option<Box<super::TranslationConflict>>,
    },
    SetKind {
        paragraph_id: ParagraphId,
        kind: ParagraphKind,
    },
    /// Sets (or with `None` clears) a metadata field's merge conflict.
    SetMetadataConflict {
        field: MetadataField,
        conflict: Option<super::MetadataConflict>,
    },
    SetMetadata {
        field: MetadataField,
        value: String,
    },
    /// Adds a target language at `position` with the given translations (empty for a new one).
    AddTarget {
        language: LanguageTag,
        position: usize,
        translations: BTreeMap<ParagraphId, Translation>,
        aligned: Option<Box<AlignedTranslation>>,
    },
    /// Removes a target language, its translations and its aligned translation.
    RemoveTarget {
        language: LanguageTag,
    },
    /// Sets (or with `None` removes) the aligned translation of a target language, and the
    /// paragraph id counter that its paragraphs were numbered from.
    SetAligned {
        language: LanguageTag,
        aligned: Option<Box<AlignedTranslation>>,
        next_paragraph_id: u32,
    },
    /// Replaces `removed` paragraphs of a document starting at `start` with `paragraphs`, and
    /// sets the paragraph id counter (splitting a paragraph is one of these).
    ReplaceParagraphs {
        document: DocumentRef,
        start: usize,
        removed: usize,
        paragraphs: Vec<Paragraph>,
        next_paragraph_id: u32,
    },
    /// Replaces `removed` links starting at `start` with `links`: every alignment review
    /// operation (confirm, unlink, merge, shift, re-align …) is one of these.
    ReplaceLinks {
        language: LanguageTag,
        start: usize,
        removed: usize,
        links: Vec<AlignmentLink>,
    },
    /// Replaces the source document (re-read from the same original, for example in another
    /// encoding), the metadata and the translations, and sets the paragraph id counter.
    /// Refused while translations are aligned, since their links point at the old paragraphs.
    ReplaceSource(Box<SourceReplacement>),
    /// Makes another capture of the article current (see [`super::plan_recapture`]): the
    /// metadata, source, translations, aligned translations, capture history and paragraph
    /// id counter are swapped in whole; the inverse swaps the previous ones back.
    SwapCaptureState(Box<super::CaptureState>),
    /// Sets the project's QA choices (a check switched off or on, a finding ignored or not).
    SetQaSettings(Box<super::QaSettings>),
    /// Puts another version of the whole project in place (the one a merge with other
    /// people's work made); the inverse puts this one back.
    ReplaceProject(Box<Project>),
    /// Several edits applied in order as one step.
    Batch(Vec<Edit>),
}

/// What [`Edit::ReplaceSource`] puts in place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceReplacement {
    pub source: SourceDocument,
    pub metadata: Metadata,
    pub translations: BTreeMap<LanguageTag, BTreeMap<ParagraphId, Translation>>,
    pub next_paragraph_id: u32,
}

/// Why an edit could not be applied. The project is unchanged when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("paragraph {0} does not exist")]
    NoSuchParagraph(ParagraphId),
    #[error("{0} is not a target language of this project")]
    NotATarget(LanguageTag),
    #[error("{0} is already a target language of this project")]
    AlreadyATarget(LanguageTag),
    #[error("{0} is the source language and cannot also be a target")]
    SourceAsTarget(LanguageTag),
    #[error("{0} has no aligned translation")]
    NotAligned(LanguageTag),
    #[error("paragraphs {start}..{end} are outside the {count} paragraphs of the document")]
    ParagraphsOutOfRange {
        start: usize,
        end: usize,
        count: usize,
    },
    #[error(
        "the source cannot be replaced while translations are aligned with it ({0}); \
         remove the aligned translations first"
    )]
    SourceHasAlignments(String),
    #[error("a translation refers to paragraph {0}, which the new source does not have")]
    OrphanedTranslation(ParagraphId),
    #[error("links {start}..{end} are outside the {count} links of the alignment")]
    LinksOutOfRange {
        start: usize,
        end: usize,
        count: usize,
    },
    /// A part of a batch failed, and taking back the parts already applied failed too: the
    /// project may hold half of the change.
    #[error(
        "{failed}; taking back the part already applied failed as well ({rollback}), so the \
         project may hold half of the change: save it as a copy and check it"
    )]
    RollbackFailed {
        failed: Box<EditError>,
        rollback: Box<EditError>,
    },
}

impl Edit {
    /// Applies the edit and returns the edit that undoes it. An edit that changes the source
    /// paragraphs moves the project's source revision on (see [`Project::source_revision`]).
    pub fn apply(self, project: &mut Project) -> Result<Edit, EditError> {
        let changes_source = self.changes_source_paragraphs();
        let inverse = self.apply_variant(project)?;
        if changes_source {
            project.source_changed();
        }
        Ok(inverse)
    }

    /// Whether the edit replaces, splits or changes source paragraphs (their text or number).
    pub fn changes_source_paragraphs(&self) -> bool {
        match self {
            Edit::ReplaceParagraphs { document, .. } => *document == DocumentRef::Source,
            Edit::ReplaceSource(_) | Edit::SwapCaptureState(_) | Edit::ReplaceProject(_) => true,
            Edit::Batch(edits) => edits.iter().any(Edit::changes_source_paragraphs),
            Edit::SetTranslationText { .. }
            | Edit::SetTranslationStatus { .. }
            | Edit::SetTranslationNote { .. }
            | Edit::SetTranslationStale { .. }
            | Edit::SetTranslationConflict { .. }
            | Edit::SetMetadataConflict { .. }
            | Edit::SetKind { .. }
            | Edit::SetMetadata { .. }
            | Edit::SetQaSettings(_)
            | Edit::AddTarget { .. }
            | Edit::RemoveTarget { .. }
            | Edit::SetAligned { .. }
            | Edit::ReplaceLinks { .. } => false,
        }
    }

    fn apply_variant(self, project: &mut Project) -> Result<Edit, EditError> {
        match self {
            Edit::SetTranslationText {
                paragraph_id,
                language,
                text,
            } => update_translation(project, paragraph_id, &language, |translation| {
                let previous = std::mem::replace(&mut translation.text, text);
                Edit::SetTranslationText {
                    paragraph_id,
                    language: language.clone(),
                    text: previous,
                }
            }),
            Edit::SetTranslationStatus {
                paragraph_id,
                language,
                status,
            } => update_translation(project, paragraph_id, &language, |translation| {
                let previous = std::mem::replace(&mut translation.status, status);
                Edit::SetTranslationStatus {
                    paragraph_id,
                    language: language.clone(),
                    status: previous,
                }
            }),
            Edit::SetTranslationNote {
                paragraph_id,
                language,
                note,
            } => update_translation(project, paragraph_id, &language, |translation| {
                let previous = std::mem::replace(&mut translation.note, note);
                Edit::SetTranslationNote {
                    paragraph_id,
                    language: language.clone(),
                    note: previous,
                }
            }),
            Edit::SetTranslationStale {
                paragraph_id,
                language,
                stale_source,
            } => update_translation(project, paragraph_id, &language, |translation| {
                let previous = std::mem::replace(&mut translation.stale_source, stale_source);
                Edit::SetTranslationStale {
                    paragraph_id,
                    language: language.clone(),
                    stale_source: previous,
                }
            }),
            Edit::SetTranslationConflict {
                paragraph_id,
                language,
                conflict,
            } => update_translation(project, paragraph_id, &language, |translation| {
                let previous = std::mem::replace(&mut translation.conflict, conflict);
                Edit::SetTranslationConflict {
                    paragraph_id,
                    language: language.clone(),
                    conflict: previous,
                }
            }),
            Edit::SetMetadataConflict { field, conflict } => {
                let previous = match conflict {
                    Some(conflict) => project.metadata_conflicts.insert(field, conflict),
                    None => project.metadata_conflicts.remove(&field),
                };
                Ok(Edit::SetMetadataConflict {
                    field,
                    conflict: previous,
                })
            }
            Edit::SwapCaptureState(state) => Ok(Edit::SwapCaptureState(
                super::capture::swap_capture_state(project, state)?,
            )),
            Edit::SetKind { paragraph_id, kind } => {
                let paragraph = project
                    .paragraph_mut(paragraph_id)
                    .ok_or(EditError::NoSuchParagraph(paragraph_id))?;
                let previous = std::mem::replace(&mut paragraph.kind, kind);
                Ok(Edit::SetKind {
                    paragraph_id,
                    kind: previous,
                })
            }
            Edit::SetMetadata { field, value } => {
                let previous = std::mem::replace(field.get_mut(&mut project.metadata), value);
                Ok(Edit::SetMetadata {
                    field,
                    value: previous,
                })
            }
            Edit::ReplaceProject(mut replacement) => {
                // The revision counter goes on from this project's (caches are keyed by it).
                replacement.source_revision = project.source_revision;
                Ok(Edit::ReplaceProject(Box::new(std::mem::replace(
                    project,
                    *replacement,
                ))))
            }
            Edit::SetQaSettings(settings) => Ok(Edit::SetQaSettings(Box::new(std::mem::replace(
                &mut project.qa,
                *settings,
            )))),
            Edit::AddTarget {
                language,
                position,
                translations,
                aligned,
            } => {
                if language == project.source.language {
                    return Err(EditError::SourceAsTarget(language));
                }
                if project.targets.contains(&language) {
                    return Err(EditError::AlreadyATarget(language));
                }
                if let Some(missing) = translations
                    .keys()
                    .find(|paragraph_id| project.paragraph_index(**paragraph_id).is_none())
                {
                    return Err(EditError::NoSuchParagraph(*missing));
                }
                let position = position.min(project.targets.len());
                project.targets.insert(position, language.clone());
                let stored: BTreeMap<_, _> = translations
                    .into_iter()
                    .filter(|(_, translation)| !translation.is_empty())
                    .collect();
                if !stored.is_empty() {
                    project.translations.insert(language.clone(), stored);
                }
                if let Some(aligned) = aligned {
                    project.aligned.insert(language.clone(), *aligned);
                }
                Ok(Edit::RemoveTarget { language })
            }
            Edit::RemoveTarget { language } => {
                let position = project
                    .targets
                    .iter()
                    .position(|target| *target == language)
                    .ok_or_else(|| EditError::NotATarget(language.clone()))?;
                project.targets.remove(position);
                let translations = project.translations.remove(&language).unwrap_or_default();
                let aligned = project.aligned.remove(&language).map(Box::new);
                Ok(Edit::AddTarget {
                    language,
                    position,
                    translations,
                    aligned,
                })
            }
            Edit::SetAligned {
                language,
                aligned,
                next_paragraph_id,
            } => {
                if aligned.is_some() && !project.targets.contains(&language) {
                    return Err(EditError::NotATarget(language));
                }
                let previous = match aligned {
                    Some(aligned) => project.aligned.insert(language.clone(), *aligned),
                    None => project.aligned.remove(&language),
                };
                let previous_counter =
                    std::mem::replace(&mut project.next_paragraph_id, next_paragraph_id);
                Ok(Edit::SetAligned {
                    language,
                    aligned: previous.map(Box::new),
                    next_paragraph_id: previous_counter,
                })
            }
            Edit::ReplaceParagraphs {
                document,
                start,
                removed,
                paragraphs,
                next_paragraph_id,
            } => {
                let (list, text_len) = match &document {
                    DocumentRef::Source => (
                        &mut project.source.paragraphs,
                        project.source.original.text.len(),
                    ),
                    DocumentRef::Aligned(language) => {
                        let aligned = project
                            .aligned
                            .get_mut(language)
                            .ok_or_else(|| EditError::NotAligned(language.clone()))?;
                        (&mut aligned.paragraphs, aligned.original.text.len())
                    }
                };
                let end = start + removed;
                if end > list.len() {
                    return Err(EditError::ParagraphsOutOfRange {
                        start,
                        end,
                        count: list.len(),
                    });
                }
                if let Some(bad) = paragraphs
                    .iter()
                    .find(|paragraph| paragraph.byte_range.end > text_len)
                {
                    return Err(EditError::NoSuchParagraph(bad.paragraph_id));
                }
                let inserted = paragraphs.len();
                let old: Vec<Paragraph> = list.splice(start..end, paragraphs).collect();
                let previous_counter =
                    std::mem::replace(&mut project.next_paragraph_id, next_paragraph_id);
                Ok(Edit::ReplaceParagraphs {
                    document,
                    start,
                    removed: inserted,
                    paragraphs: old,
                    next_paragraph_id: previous_counter,
                })
            }
            Edit::ReplaceLinks {
                language,
                start,
                removed,
                links,
            } => {
                let aligned = project
                    .aligned
                    .get_mut(&language)
                    .ok_or_else(|| EditError::NotAligned(language.clone()))?;
                let end = start + removed;
                if end > aligned.links.len() {
                    return Err(EditError::LinksOutOfRange {
                        start,
                        end,
                        count: aligned.links.len(),
                    });
                }
                let inserted = links.len();
                let old: Vec<AlignmentLink> = aligned.links.splice(start..end, links).collect();
                Ok(Edit::ReplaceLinks {
                    language,
                    start,
                    removed: inserted,
                    links: old,
                })
            }
            Edit::ReplaceSource(mut replacement) => {
                if !project.aligned.is_empty() {
                    let languages: Vec<&str> =
                        project.aligned.keys().map(LanguageTag::as_str).collect();
                    return Err(EditError::SourceHasAlignments(languages.join(", ")));
                }
                let ids: std::collections::HashSet<ParagraphId> = replacement
                    .source
                    .paragraphs
                    .iter()
                    .map(|paragraph| paragraph.paragraph_id)
                    .collect();
                if let Some(orphan) = replacement
                    .translations
                    .values()
                    .flat_map(BTreeMap::keys)
                    .find(|paragraph_id| !ids.contains(paragraph_id))
                {
                    return Err(EditError::OrphanedTranslation(*orphan));
                }
                std::mem::swap(&mut project.source, &mut replacement.source);
                std::mem::swap(&mut project.metadata, &mut replacement.metadata);
                std::mem::swap(&mut project.translations, &mut replacement.translations);
                std::mem::swap(
                    &mut project.next_paragraph_id,
                    &mut replacement.next_paragraph_id,
                );
                Ok(Edit::ReplaceSource(replacement))
            }
            Edit::Batch(edits) => {
                let mut inverses: Vec<Edit> = Vec::with_capacity(edits.len());
                for edit in edits {
                    match edit.apply(project) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(error) => {
                            // Roll back what was applied so the project is unchanged. The
                            // inverse of an applied edit applies by construction; should one
                            // not, the user is told the project may be half changed.
                            let mut rollback_error = None;
                            for inverse in inverses.into_iter().rev() {
                                if let Err(failed) = inverse.apply(project) {
                                    debug_assert!(false, "an inverse edit failed: {failed}");
                                    rollback_error.get_or_insert(failed);
                                }
                            }
                            return Err(match rollback_error {
                                None => error,
                                Some(rollback) => EditError::RollbackFailed {
                                    failed: Box::new(error),
                                    rollback: Box::new(rollback),
                                },
                            });
                        }
                    }
                }
                inverses.reverse();
                Ok(Edit::Batch(inverses))
            }
        }
    }
}

fn update_translation(
    project: &mut Project,
    paragraph_id: ParagraphId,
    language: &LanguageTag,
    change: impl FnOnce(&mut Translation) -> Edit,
) -> Result<Edit, EditError> {
    if project.paragraph_index(paragraph_id).is_none() {
        return Err(EditError::NoSuchParagraph(paragraph_id));
    }
    if !project.targets.contains(language) {
        return Err(EditError::NotATarget(language.clone()));
    }
    let mut translation = project.translation(paragraph_id, language).clone();
    let inverse = change(&mut translation);
    project.replace_translation(paragraph_id, language, translation);
    Ok(inverse)
}

mod fold;
#[cfg(test)]
mod tests;
