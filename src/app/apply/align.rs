//! Commands of the alignment review: selecting links, filters and columns, link operations
//! (each one undoable edit), and splitting a paragraph.

use super::edit::EditContext;
use crate::app::commands::{Command, LinkOperation};
use crate::app::overlays::{Modal, ToastLevel};
use crate::app::screens::MAX_COLUMNS;
use crate::l10n::tr;
use crate::model::{DocumentRef, ParagraphId};

impl EditContext<'_> {
    /// Adds the aligned translation a background job made and shows its review.
    pub fn alignment_finished(
        &mut self,
        language: &crate::model::LanguageTag,
        result: Result<crate::model::Edit, crate::app::jobs::AlignJobError>,
    ) {
        match result {
            Ok(edit) => {
                self.document.history.close_group();
                self.edit(edit, None);
                self.view.target = Some(language.clone());
                self.view.alignment = crate::app::screens::AlignmentView::default();
                self.view.alignment.selected = Some(0);
                if let Some(aligned) = self.document.project.aligned.get(language) {
                    let summary = aligned.summary();
                    self.overlays.toast(
                        ToastLevel::Info,
                        tr::align_finished(
                            summary.links,
                            summary.not_one_to_one,
                            summary.moved,
                            summary.low_confidence,
                        ),
                    );
                }
            }
            Err(error) => self.overlays.toast(ToastLevel::Error, error.to_string()),
        }
    }

    /// Applies one alignment review command; returns it back when it is not one of these.
    pub fn apply_review(&mut self, command: Command) -> Option<Command> {
        match command {
            Command::SelectLink { index, extend } => {
                let alignment = &mut self.view.alignment;
                if extend {
                    alignment.range_anchor = alignment.range_anchor.or(alignment.selected);
                    alignment.selected = Some(index);
                } else {
                    self.view.select_link(&self.document.project, index);
                }
            }
            Command::ToggleLinkFilter(filter) => {
                let filters = &mut self.view.alignment.filters;
                if let Some(position) = filters.iter().position(|active| *active == filter) {
                    filters.remove(position);
                } else {
                    filters.push(filter);
                }
                self.view.alignment.rows.reset();
            }
            Command::ToggleAlignedColumn(language) => {
                let columns = &mut self.view.alignment.extra_columns;
                if let Some(position) = columns.iter().position(|shown| *shown == language) {
                    columns.remove(position);
                } else if columns.len() + 2 < MAX_COLUMNS {
                    columns.push(language);
                }
                self.view.alignment.rows.reset();
            }
            Command::ToggleSentencePanel => {
                self.view.alignment.show_sentences = !self.view.alignment.show_sentences;
            }
            Command::Link(operation) => self.link_operation(operation),
            Command::AskSplit {
                document,
                paragraph_id,
            } => self.ask_split(document, paragraph_id),
            Command::SplitParagraph {
                document,
                paragraph_id,
                at,
            } => self.split(&document, paragraph_id, at),
            other => return Some(other),
        }
        None
    }

    fn link_operation(&mut self, operation: LinkOperation) {
        use crate::model::link_ops::{self, Side};
        let project = &self.document.project;
        let (Some(language), Some(index)) = (
            self.view.aligned_target(project),
            self.view.alignment.selected,
        ) else {
            return;
        };
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
                    None => self
                        .overlays
                        .toast(ToastLevel::Info, tr::align_side_empty()),
                }
                return;
            }
            LinkOperation::Realign => {
                let (low, high) = self
                    .view
                    .alignment
                    .selected_range()
                    .unwrap_or((index, index));
                crate::model::link_ops::realign_range(project, &language, low, high)
            }
        };
        let Some(edit) = edit else {
            self.overlays
                .toast(ToastLevel::Info, tr::align_not_applicable());
            return;
        };
        self.document.history.close_group();
        self.edit(edit, None);
        self.view.after_links_changed(&self.document.project);
    }

    /// Opens the split dialog for a paragraph.
    fn ask_split(&mut self, document: DocumentRef, paragraph_id: ParagraphId) {
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
            self.overlays.show(Modal::SplitParagraph {
                document,
                paragraph_id,
                text,
            });
        }
    }

    /// Splits a paragraph as the split dialog asked.
    fn split(&mut self, document: &DocumentRef, paragraph_id: ParagraphId, at: usize) {
        if let Err(error) =
            crate::model::allocate_paragraph_ids(self.document.project.next_paragraph_id, 1)
        {
            self.overlays
                .toast(ToastLevel::Error, tr::align_split_failed(error.to_string()));
            return;
        }
        let edit = crate::model::link_ops::split_paragraph(
            &self.document.project,
            document,
            paragraph_id,
            at,
        );
        let Some(edit) = edit else {
            self.overlays
                .toast(ToastLevel::Info, tr::align_split_cursor());
            return;
        };
        self.document.history.close_group();
        self.edit(edit, None);
        self.view.grid.reset();
        self.view.after_links_changed(&self.document.project);
    }
}
