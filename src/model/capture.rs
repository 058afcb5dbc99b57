//! Capture history: a project keeps every capture of its article (the same page saved again
//! after a headline was softened, a paragraph removed, a correction appended). The current
//! capture is the project's source; the earlier ones are [`Capture`]s, each with its original
//! bytes, its paragraphs and the translations of paragraphs a later capture no longer had.
//!
//! [`plan_recapture`] compares a new capture with the current one
//! ([`crate::align::revision`]) and gives one [`Edit`] that makes it current: unchanged
//! paragraphs keep their ids, translations and links; translations of changed ones are kept
//! and marked stale (with the source they followed); new paragraphs are new rows; removed
//! ones go into the history with their translations.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::{
    AlignedTranslation, Edit, EditError, IdsExhausted, LanguageTag, Metadata, Original, Paragraph,
    ParagraphId, ParagraphKind, Project, SourceDocument, Translation, allocate_paragraph_ids,
};
use crate::align::revision::{DiffPiece, RevisionText, normalized, pair_revisions, word_diff};

/// Translations per language and paragraph.
pub type TranslationMap = BTreeMap<LanguageTag, BTreeMap<ParagraphId, Translation>>;

/// What a capture said about itself (the page's own metadata when it was saved).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaptureDetails {
    pub title: String,
    pub url: String,
    pub published: String,
    pub modified: String,
    pub captured: String,
    pub capture_tool: String,
}

impl CaptureDetails {
    /// The details of the current capture, from the project's metadata.
    pub fn of(metadata: &Metadata) -> Self {
        Self {
            title: metadata.title.clone(),
            url: metadata.url.clone(),
            published: metadata.published.clone(),
            modified: metadata.modified.clone(),
            captured: metadata.captured.clone(),
            capture_tool: metadata.capture_tool.clone(),
        }
    }
}

/// An earlier capture of the article, no longer the current one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capture {
    pub details: CaptureDetails,
    /// The capture's file, byte for byte (with its SHA-256).
    pub original: Original,
    /// Its paragraphs as they were (ids as they were; those a later capture kept are the
    /// current paragraphs' ids too).
    pub paragraphs: Vec<Paragraph>,
    /// Translations of its paragraphs that the next capture no longer had.
    pub retired: TranslationMap,
    /// When it stopped being the current capture (UTC, `2026-12-02T09:15:00Z`).
    pub superseded: String,
}

/// Everything a recapture changes, swapped in whole by [`Edit::SwapCaptureState`] (whose
/// inverse swaps the previous state back).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptureState {
    pub metadata: Metadata,
    pub source: SourceDocument,
    pub translations: TranslationMap,
    pub aligned: BTreeMap<LanguageTag, AlignedTranslation>,
    pub captures: Vec<Capture>,
    pub next_paragraph_id: u32,
}

/// Puts `state` in place and returns the state it replaced. Refused (nothing changed) when a
/// translation or link names a paragraph the new source lacks or a language is not a target.
pub(super) fn swap_capture_state(
    project: &mut Project,
    mut state: Box<CaptureState>,
) -> Result<Box<CaptureState>, EditError> {
    let ids: HashSet<ParagraphId> = state
        .source
        .paragraphs
        .iter()
        .map(|paragraph| paragraph.paragraph_id)
        .collect();
    for (language, per_paragraph) in &state.translations {
        if !project.targets.contains(language) {
            return Err(EditError::NotATarget(language.clone()));
        }
        if let Some(orphan) = per_paragraph.keys().find(|id| !ids.contains(id)) {
            return Err(EditError::OrphanedTranslation(*orphan));
        }
    }
    for (language, aligned) in &state.aligned {
        if !project.targets.contains(language) {
            return Err(EditError::NotATarget(language.clone()));
        }
        if let Some(orphan) = aligned
            .links
            .iter()
            .flat_map(|link| &link.source)
            .find(|id| !ids.contains(id))
        {
            return Err(EditError::NoSuchParagraph(*orphan));
        }
    }
    std::mem::swap(&mut project.metadata, &mut state.metadata);
    std::mem::swap(&mut project.source, &mut state.source);
    std::mem::swap(&mut project.translations, &mut state.translations);
    std::mem::swap(&mut project.aligned, &mut state.aligned);
    std::mem::swap(&mut project.captures, &mut state.captures);
    std::mem::swap(&mut project.next_paragraph_id, &mut state.next_paragraph_id);
    Ok(state)
}

/// A new capture of the project's article, imported: its metadata and its source document.
#[derive(Debug, Clone)]
pub struct IncomingCapture {
    pub metadata: Metadata,
    pub source: SourceDocument,
}

/// How a paragraph fared from the current capture to the new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParagraphChangeKind {
    /// The same text (perhaps in another place).
    Unchanged,
    /// Edited: the same paragraph with other words.
    Changed,
    /// Only in the new capture.
    Added,
    /// Only in the current (now earlier) capture.
    Removed,
}

impl ParagraphChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unchanged => "unchanged",
            Self::Changed => "changed",
            Self::Added => "added",
            Self::Removed => "removed",
        }
    }
}

/// One paragraph in the comparison of two captures.
#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphChange {
    pub change: ParagraphChangeKind,
    /// Its kind once the new capture is current.
    pub kind: ParagraphKind,
    /// Its kind before, when the new capture moved it in or out of the article text (a
    /// paragraph hidden, or made a heading of the page's furniture).
    pub kind_before: Option<ParagraphKind>,
    /// Its id in the current capture (none when added).
    pub old_id: Option<ParagraphId>,
    /// Its id once the new capture is current (none when removed). Kept paragraphs keep
    /// their ids.
    pub new_id: Option<ParagraphId>,
    pub old_text: String,
    pub new_text: String,
    /// It changed its place among the paragraphs both captures have.
    pub moved: bool,
    /// The share of words the two texts have in common.
    pub similarity: f32,
    /// Word by word, for a changed paragraph.
    pub diff: Vec<DiffPiece>,
    /// The languages whose translation of it became stale (changed), went into the history
    /// (removed) or came back from it (added).
    pub translations: Vec<LanguageTag>,
}

impl RecaptureReport {
    /// Whether the new capture looks like another article: of at least three article
    /// paragraphs, fewer than a fifth are found again.
    pub fn looks_unrelated(&self) -> bool {
        self.current_article_paragraphs >= 3 && self.kept_share < 0.2
    }
}

impl ParagraphChange {
    /// Whether the paragraph is article text (and so counted).
    pub fn is_translatable(&self) -> bool {
        self.kind.is_translatable()
    }
}

/// What making a new capture current does, in figures and paragraph by paragraph (new order,
/// each removed paragraph after the one that preceded it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RecaptureReport {
    /// Article paragraphs (translatable ones) with the same text; a moved one counts here.
    pub unchanged: usize,
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
    /// Translations marked stale (the text of their paragraph changed).
    pub stale: usize,
    /// Of the unchanged and changed article paragraphs, those that moved.
    pub moved: usize,
    /// Translations of removed paragraphs, kept in the capture history.
    pub retired: usize,
    /// Translations given back to added paragraphs from the history (a paragraph an
    /// earlier capture removed, back again).
    pub restored: usize,
    /// Alignment links set back to "proposed" because a source paragraph in them changed.
    pub links_to_review: usize,
    /// Paragraphs that are not article text (navigation, teasers …), all changes together.
    pub other_paragraphs_changed: usize,
    /// The current capture's article paragraphs, and the share of them found again
    /// (unchanged or changed) in the new one.
    pub current_article_paragraphs: usize,
    pub kept_paragraphs: usize,
    pub kept_share: f32,
    /// The article's address as the current capture and the new one give it, when both
    /// give one and they differ.
    pub address_changed: Option<(String, String)>,
    pub paragraphs: Vec<ParagraphChange>,
}

/// A recapture ready to apply: one edit (one undo step) and what it does.
#[derive(Debug, Clone)]
pub struct RecapturePlan {
    pub edit: Edit,
    pub report: RecaptureReport,
}

/// Why a file cannot become the project's new capture.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecaptureError {
    #[error("this file is the current capture already (the same SHA-256, {0})")]
    SameBytes(String),
    #[error(
        "the new capture is in {found} but the project's article is in {expected}: it is not a \
         capture of the same article"
    )]
    OtherLanguage {
        expected: LanguageTag,
        found: LanguageTag,
    },
    #[error("the new capture has no paragraphs")]
    Empty,
    #[error(transparent)]
    IdsExhausted(#[from] IdsExhausted),
}

/// Reason recorded on alignment links whose source paragraph changed.
pub const SOURCE_CHANGED_REASON: &str = "the source paragraph changed in a new capture";

/// Reason recorded on alignment links that lost a source paragraph to a new capture.
pub const SOURCE_REMOVED_REASON: &str = "a source paragraph was removed in a new capture";

/// Compares `incoming` with the project's current capture and builds the edit that makes it
/// current, the current one joining the history as superseded at `now`.
pub fn plan_recapture(
    project: &Project,
    incoming: IncomingCapture,
    now: &str,
) -> Result<RecapturePlan, RecaptureError> {
    let current = &project.source;
    if incoming.source.original.sha256 == current.original.sha256 {
        return Err(RecaptureError::SameBytes(current.original.sha256.clone()));
    }
    if incoming.source.language.primary() != current.language.primary() {
        return Err(RecaptureError::OtherLanguage {
            expected: current.language.clone(),
            found: incoming.source.language,
        });
    }
    if incoming.source.paragraphs.is_empty() {
        return Err(RecaptureError::Empty);
    }
    let old_revision = revision_texts(&current.paragraphs);
    let new_revision = revision_texts(&incoming.source.paragraphs);
    let pairs = pair_revisions(&old_revision, &new_revision);
    let partner_of_new: HashMap<usize, &crate::align::revision::RevisionPair> =
        pairs.iter().map(|pair| (pair.new, pair)).collect();

    let added = incoming.source.paragraphs.len() - pairs.len();
    let (first_new_id, next_paragraph_id) =
        allocate_paragraph_ids(project.next_paragraph_id, added)?;
    let mut fresh_id = first_new_id;

    let mut report = RecaptureReport::default();
    let mut paragraphs: Vec<Paragraph> = Vec::with_capacity(incoming.source.paragraphs.len());
    let mut translations = project.translations.clone();
    let mut changed_ids: HashSet<ParagraphId> = HashSet::new();
    let mut new_position: HashMap<ParagraphId, usize> = HashMap::new();
    let mut added_ids: Vec<(usize, ParagraphId)> = Vec::new();
    let mut changes: Vec<(usize, ParagraphChange)> = Vec::new();
    let kept_history = history::KeptTranslations::of(&project.captures);
    for (index, incoming_paragraph) in incoming.source.paragraphs.iter().enumerate() {
        let change = if let Some(pair) = partner_of_new.get(&index) {
            let old = &current.paragraphs[pair.old];
            let id = old.paragraph_id;
            let mut stale_languages = Vec::new();
            if !pair.same {
                changed_ids.insert(id);
                for (language, per_paragraph) in &mut translations {
                    if let Some(translation) = per_paragraph.get_mut(&id)
                        && !translation.text.trim().is_empty()
                    {
                        let follows = translation
                            .stale_source
                            .get_or_insert_with(|| old.text.clone());
                        // Back to the text the translation follows: up to date again.
                        if normalized(follows) == normalized(&incoming_paragraph.text) {
                            translation.stale_source = None;
                        } else {
                            stale_languages.push(language.clone());
                        }
                    }
                }
            }
            // The kind stays as it was (perhaps as someone set it) unless the new capture
            // moves the paragraph in or out of the article text.
            let kind = if old.kind.is_translatable() == incoming_paragraph.kind.is_translatable() {
                old.kind
            } else {
                incoming_paragraph.kind
            };
            paragraphs.push(Paragraph {
                paragraph_id: id,
                kind,
                text: incoming_paragraph.text.clone(),
                byte_range: incoming_paragraph.byte_range.clone(),
            });
            new_position.insert(id, index);
            ParagraphChange {
                kind_before: (kind != old.kind).then_some(old.kind),
                change: if pair.same {
                    ParagraphChangeKind::Unchanged
                } else {
                    ParagraphChangeKind::Changed
                },
                kind,
                old_id: Some(id),
                new_id: Some(id),
                old_text: old.text.clone(),
                new_text: incoming_paragraph.text.clone(),
                moved: pair.moved,
                similarity: pair.similarity,
                diff: if pair.same {
                    Vec::new()
                } else {
                    word_diff(&old.text, &incoming_paragraph.text)
                },
                translations: stale_languages,
            }
        } else {
            let id = ParagraphId(fresh_id);
            fresh_id += 1;
            paragraphs.push(Paragraph {
                paragraph_id: id,
                kind: incoming_paragraph.kind,
                text: incoming_paragraph.text.clone(),
                byte_range: incoming_paragraph.byte_range.clone(),
            });
            new_position.insert(id, index);
            let mut restored = Vec::new();
            if incoming_paragraph.kind.is_translatable() {
                added_ids.push((index, id));
                // A paragraph removed earlier and back now gets its translations back.
                for (language, translation) in kept_history.for_text(&incoming_paragraph.text) {
                    if project.targets.contains(&language) {
                        translations
                            .entry(language.clone())
                            .or_default()
                            .insert(id, translation);
                        restored.push(language);
                    }
                }
            }
            ParagraphChange {
                kind_before: None,
                change: ParagraphChangeKind::Added,
                kind: incoming_paragraph.kind,
                old_id: None,
                new_id: Some(id),
                old_text: String::new(),
                new_text: incoming_paragraph.text.clone(),
                moved: false,
                similarity: 0.0,
                diff: Vec::new(),
                translations: restored,
            }
        };
        changes.push((index, change));
    }

    // Removed paragraphs: their translations go into the history.
    let mut retired: TranslationMap = BTreeMap::new();
    let mut previous_new = 0_usize;
    let old_to_new: HashMap<usize, usize> = pairs.iter().map(|p| (p.old, p.new)).collect();
    let mut removed_changes: Vec<(usize, ParagraphChange)> = Vec::new();
    for (old_index, old) in current.paragraphs.iter().enumerate() {
        if let Some(new_index) = old_to_new.get(&old_index) {
            previous_new = *new_index + 1;
            continue;
        }
        let mut languages = Vec::new();
        for (language, per_paragraph) in &mut translations {
            if let Some(translation) = per_paragraph.remove(&old.paragraph_id) {
                retired
                    .entry(language.clone())
                    .or_default()
                    .insert(old.paragraph_id, translation);
                languages.push(language.clone());
            }
        }
        removed_changes.push((
            previous_new,
            ParagraphChange {
                kind_before: None,
                change: ParagraphChangeKind::Removed,
                kind: old.kind,
                old_id: Some(old.paragraph_id),
                new_id: None,
                old_text: old.text.clone(),
                new_text: String::new(),
                moved: false,
                similarity: 0.0,
                diff: Vec::new(),
                translations: languages,
            },
        ));
    }
    translations.retain(|_, per_paragraph| !per_paragraph.is_empty());
    // Removed paragraphs are listed before the paragraph that now follows them.
    let mut ordered: Vec<(usize, u8, ParagraphChange)> = changes
        .into_iter()
        .map(|(index, change)| (index, 1, change))
        .chain(
            removed_changes
                .into_iter()
                .map(|(index, change)| (index, 0, change)),
        )
        .collect();
    ordered.sort_by_key(|(index, rank, _)| (*index, *rank));
    report.paragraphs = ordered.into_iter().map(|(_, _, change)| change).collect();
    for change in &report.paragraphs {
        // Stale translations count whatever the paragraph is.
        if change.change == ParagraphChangeKind::Changed {
            report.stale += change.translations.len();
        }
        if !change.is_translatable() {
            if change.change != ParagraphChangeKind::Unchanged {
                report.other_paragraphs_changed += 1;
            }
            continue;
        }
        match change.change {
            ParagraphChangeKind::Unchanged => report.unchanged += 1,
            ParagraphChangeKind::Changed => report.changed += 1,
            ParagraphChangeKind::Added => {
                report.added += 1;
                report.restored += change.translations.len();
            }
            ParagraphChangeKind::Removed => {
                report.removed += 1;
                report.retired += change.translations.len();
            }
        }
        if change.moved {
            report.moved += 1;
        }
    }
    report.current_article_paragraphs = current
        .paragraphs
        .iter()
        .filter(|paragraph| paragraph.kind.is_translatable())
        .count();
    // Found again: the same text, or an edit that kept a quarter of the words (a headline
    // reworded from end to end says nothing about the rest).
    let kept = report
        .paragraphs
        .iter()
        .filter(|change| {
            change.is_translatable()
                && (change.change == ParagraphChangeKind::Unchanged
                    || (change.change == ParagraphChangeKind::Changed
                        && change.similarity >= crate::align::revision::IN_PLACE_SIMILARITY))
        })
        .count();
    report.kept_paragraphs = kept;
    report.kept_share = if report.current_article_paragraphs == 0 {
        1.0
    } else {
        kept as f32 / report.current_article_paragraphs as f32
    };
    let (before, after) = (&project.metadata.url, &incoming.metadata.url);
    if !before.trim().is_empty() && !after.trim().is_empty() && before.trim() != after.trim() {
        report.address_changed = Some((before.clone(), after.clone()));
    }
    let mut aligned = project.aligned.clone();
    for translation in aligned.values_mut() {
        report.links_to_review +=
            links::relink(translation, &new_position, &changed_ids, &added_ids);
    }

    let mut captures = project.captures.clone();
    captures.push(Capture {
        details: CaptureDetails::of(&project.metadata),
        original: current.original.clone(),
        paragraphs: current.paragraphs.clone(),
        retired,
        superseded: now.to_owned(),
    });
    let metadata = merged_metadata(&project.metadata, &incoming.metadata);
    let state = CaptureState {
        metadata,
        source: SourceDocument {
            language: current.language.clone(),
            original: incoming.source.original,
            paragraphs,
        },
        translations,
        aligned,
        captures,
        next_paragraph_id,
    };
    Ok(RecapturePlan {
        edit: Edit::SwapCaptureState(Box::new(state)),
        report,
    })
}

/// Paragraphs as the comparison of captures sees them: their text, and which is the headline.
fn revision_texts(paragraphs: &[Paragraph]) -> Vec<RevisionText<'_>> {
    paragraphs
        .iter()
        .map(|paragraph| RevisionText {
            text: &paragraph.text,
            headline: paragraph.kind == ParagraphKind::Headline,
        })
        .collect()
}

/// The metadata once the new capture is current: what the new capture says about itself,
/// and the project's own (tags, note, and what the new capture does not say) kept.
fn merged_metadata(current: &Metadata, incoming: &Metadata) -> Metadata {
    let pick = |new: &String, old: &String| {
        if new.trim().is_empty() {
            old.clone()
        } else {
            new.clone()
        }
    };
    Metadata {
        title: pick(&incoming.title, &current.title),
        description: pick(&incoming.description, &current.description),
        outlet: pick(&incoming.outlet, &current.outlet),
        url: pick(&incoming.url, &current.url),
        author: pick(&incoming.author, &current.author),
        published: pick(&incoming.published, &current.published),
        modified: pick(&incoming.modified, &current.modified),
        captured: incoming.captured.clone(),
        capture_tool: incoming.capture_tool.clone(),
        direction: pick(&incoming.direction, &current.direction),
        tags: current.tags.clone(),
        note: current.note.clone(),
    }
}

mod history;
mod links;

#[cfg(test)]
mod tests;
