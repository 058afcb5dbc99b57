//! What the app does for the alignment review: importing and aligning a translation on
//! another thread, moving the link selection, and applying link operations as edits.

use std::path::PathBuf;

use super::DiptychApp;
use super::alignment_view::AlignmentView;
use super::command::LinkOperation;
use super::overlays::{Modal, ToastLevel};
use crate::model::{DocumentRef, LanguageTag, ParagraphId};

impl DiptychApp {
    /// The target language when it has an aligned translation (the alignment view is shown).
    pub fn aligned_target(&self) -> Option<LanguageTag> {
        self.target
            .as_ref()
            .filter(|target| self.document.project.aligned.contains_key(*target))
            .cloned()
    }
    /// Whether a translation is being aligned in the background.
    pub fn is_aligning(&self) -> bool {
        self.pending_alignment.is_some()
    }
    pub(super) fn poll_alignment(&mut self) {
        let Some((receiver, language)) = &self.pending_alignment else {
            return;
        };
        let result = match receiver.try_recv() {
            Ok(result) => result,
            Err(std::sync::mpsc::TryRecvError::Empty) => return,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                Err("the alignment stopped unexpectedly".to_owned())
            }
        };
        let language = language.clone();
        self.pending_alignment = None;
        self.modal = None;
        match result {
            Ok(edit) => {
                self.document.history.close_group();
                self.edit(edit, None);
                self.target = Some(language.clone());
                self.alignment = AlignmentView::default();
                self.alignment.selected = Some(0);
                if let Some(aligned) = self.document.project.aligned.get(&language) {
                    let summary = aligned.summary();
                    self.toast(
                        ToastLevel::Info,
                        format!(
                            "Aligned {} links: {} not 1:1, {} moved, {} low confidence.",
                            summary.links,
                            summary.not_one_to_one,
                            summary.moved,
                            summary.low_confidence
                        ),
                    );
                }
            }
            Err(error) => self.toast(ToastLevel::Error, error),
        }
    }
    pub(super) fn start_alignment(&mut self, path: PathBuf, raw_language: &str) {
        let language = match LanguageTag::parse(raw_language) {
            Ok(language) => language,
            Err(error) => {
                self.toast(ToastLevel::Error, error.to_string());
                return;
            }
        };
        if language == self.document.project.source.language {
            self.toast(
                ToastLevel::Error,
                format!("{language} is the source language"),
            );
            return;
        }
        let project = self.document.project.clone();
        let (sender, receiver) = std::sync::mpsc::channel();
        let thread_language = language.clone();
        let file_name = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let spawned = std::thread::Builder::new()
            .name("align".into())
            .spawn(move || {
                let result =
                    crate::io::translation::import_translation(&project, &path, &thread_language)
                        .map_err(|error| error.to_string());
                let _ = sender.send(result);
            });
        match spawned {
            Ok(_) => {
                self.pending_alignment = Some((receiver, language));
                self.modal = Some(Modal::Aligning { file_name });
            }
            Err(error) => self.toast(ToastLevel::Error, format!("cannot start aligning: {error}")),
        }
    }
    pub(super) fn select_link(&mut self, index: usize) {
        self.alignment.selected = Some(index);
        self.alignment.range_anchor = None;
        if let Some(language) = self.aligned_target()
            && let Some(aligned) = self.document.project.aligned.get(&language)
        {
            let visible = self.alignment.visible_links(aligned);
            self.alignment.rows.scroll_to = visible.iter().position(|link| *link == index);
        }
    }
    /// Moves the link selection to the next (or previous) visible link.
    pub(super) fn move_link_selection(&mut self, language: &LanguageTag, forward: bool) {
        let Some(aligned) = self.document.project.aligned.get(language) else {
            return;
        };
        let visible = self.alignment.visible_links(aligned);
        let next = match (self.alignment.selected, forward) {
            (Some(current), true) => visible.iter().copied().find(|index| *index > current),
            (Some(current), false) => visible.iter().rev().copied().find(|index| *index < current),
            (None, _) => visible.first().copied(),
        };
        if let Some(index) = next {
            self.select_link(index);
        }
    }
    pub(super) fn link_operation(&mut self, operation: LinkOperation) {
        use crate::model::link_ops::{self, Side};
        let (Some(language), Some(index)) = (self.aligned_target(), self.alignment.selected) else {
            return;
        };
        let project = &self.document.project;
        let Some(links) = project.aligned.get(&language).map(|aligned| &aligned.links) else {
            return;
        };
        let edit = match operation {
            LinkOperation::Unlink => link_ops::unlink(links, &language, index),
            LinkOperation::MergeSourceWithNext => {
                link_ops::merge_with_next(links, &language, index, Side::Source)
            }
            LinkOperation::MergeTargetWithNext => {
                link_ops::merge_with_next(links, &language, index, Side::Target)
            }
            LinkOperation::SwapWithNext => link_ops::swap_with_next(links, &language, index),
            LinkOperation::ShiftTargetUp => link_ops::shift_target_up(links, &language, index),
            LinkOperation::ShiftTargetDown => link_ops::shift_target_down(links, &language, index),
            LinkOperation::InsertEmptyCell => link_ops::insert_empty_cell(links, &language, index),
            LinkOperation::SplitTarget | LinkOperation::SplitSource => {
                let link = &links[index];
                let (document, first) = if operation == LinkOperation::SplitTarget {
                    (DocumentRef::Aligned(language.clone()), link.target.first())
                } else {
                    (DocumentRef::Source, link.source.first())
                };
                match first {
                    Some(paragraph_id) => {
                        let paragraph_id = *paragraph_id;
                        self.ask_split(document, paragraph_id);
                    }
                    None => self.toast(ToastLevel::Info, "That side of the link is empty."),
                }
                return;
            }
            LinkOperation::Realign => {
                let (low, high) = self.alignment.selected_range().unwrap_or((index, index));
                crate::model::link_ops::realign_range(project, &language, low, high)
            }
        };
        let Some(edit) = edit else {
            self.toast(
                ToastLevel::Info,
                "That operation does not apply to this link.",
            );
            return;
        };
        self.document.history.close_group();
        self.edit(edit, None);
        self.after_links_changed();
    }
    /// Keeps the link selection valid after the links changed.
    pub(super) fn after_links_changed(&mut self) {
        self.alignment.rows.reset();
        self.alignment.range_anchor = None;
        let count = self
            .aligned_target()
            .and_then(|language| {
                self.document
                    .project
                    .aligned
                    .get(&language)
                    .map(|aligned| aligned.links.len())
            })
            .unwrap_or(0);
        self.alignment.selected = match (self.alignment.selected, count) {
            (_, 0) | (None, _) => None,
            (Some(index), count) => Some(index.min(count - 1)),
        };
    }

    /// Opens the split dialog for a paragraph.
    pub(super) fn ask_split(&mut self, document: DocumentRef, paragraph_id: ParagraphId) {
        let project = &self.document.project;
        let text = match &document {
            DocumentRef::Source => project.paragraph(paragraph_id),
            DocumentRef::Aligned(language) => project
                .aligned
                .get(language)
                .and_then(|aligned| aligned.paragraph(paragraph_id)),
        }
        .map(|paragraph| paragraph.text.clone());
        if let Some(text) = text {
            self.modal = Some(Modal::SplitParagraph {
                document,
                paragraph_id,
                text,
            });
        }
    }

    /// Splits a paragraph as the split dialog asked.
    pub(super) fn split(&mut self, document: &DocumentRef, paragraph_id: ParagraphId, at: usize) {
        if let Err(error) =
            crate::model::allocate_paragraph_ids(self.document.project.next_paragraph_id, 1)
        {
            self.toast(ToastLevel::Error, format!("Cannot split: {error}"));
            return;
        }
        let edit = crate::model::link_ops::split_paragraph(
            &self.document.project,
            document,
            paragraph_id,
            at,
        );
        let Some(edit) = edit else {
            self.toast(
                ToastLevel::Info,
                "Put the cursor inside the text: both parts must keep some of it.",
            );
            return;
        };
        self.document.history.close_group();
        self.edit(edit, None);
        self.grid.reset();
        self.after_links_changed();
    }
}
