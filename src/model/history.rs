//! Undo/redo: a history of applied edits and their inverses, with revisions that tell whether
//! the project differs from what was last saved.

use super::{Edit, EditError, LanguageTag, ParagraphId, Project};

/// Consecutive edits in the same group fold into one undo step (typing in one cell).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EditGroup {
    TranslationText(ParagraphId, LanguageTag),
    TranslationNote(ParagraphId, LanguageTag),
    Metadata(super::MetadataField),
}

#[derive(Debug, Clone)]
struct Step {
    /// Re-applies the step.
    forward: Edit,
    /// Undoes the step.
    inverse: Edit,
    /// The revision the project is at after this step.
    revision: u64,
    group: Option<EditGroup>,
}

/// Undo and redo stacks. Every distinct project state reached through the history has its own
/// revision number; the project is unsaved when the current revision differs from the saved one.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    next_revision: u64,
    saved_revision: u64,
    /// Whether the next grouped edit may fold into the top undo step.
    group_open: bool,
}

impl History {
    pub fn new() -> Self {
        Self {
            next_revision: 1,
            ..Self::default()
        }
    }

    /// The revision the project is at now (0 = as loaded).
    pub fn revision(&self) -> u64 {
        self.undo.last().map_or(0, |step| step.revision)
    }

    pub fn is_dirty(&self) -> bool {
        self.revision() != self.saved_revision
    }

    /// Records that the current state was saved.
    pub fn mark_saved(&mut self) {
        self.saved_revision = self.revision();
        self.close_group();
    }

    /// Marks the current state as never saved (an import not yet written to a file).
    pub fn mark_unsaved(&mut self) {
        self.saved_revision = u64::MAX;
    }

    /// Ends the current typing group: the next edit starts a new undo step.
    pub fn close_group(&mut self) {
        self.group_open = false;
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Applies an edit as a new undo step, or folds it into the previous step when both belong
    /// to the same open group. Returns whether the project changed.
    pub fn apply(
        &mut self,
        project: &mut Project,
        edit: Edit,
        group: Option<EditGroup>,
    ) -> Result<bool, EditError> {
        if edit.is_noop_for(project) {
            return Ok(false);
        }
        let forward = edit.clone();
        let inverse = edit.apply(project)?;
        self.redo.clear();
        let revision = self.take_revision();
        let can_fold = self.group_open
            && group.is_some()
            && self.undo.last().is_some_and(|step| step.group == group);
        if can_fold && let Some(top) = self.undo.pop() {
            let folded_forward = top.forward.clone().fold(forward.clone());
            let folded_inverse = inverse.clone().fold(top.inverse.clone());
            if let (Some(forward), Some(inverse)) = (folded_forward, folded_inverse) {
                self.undo.push(Step {
                    forward,
                    inverse,
                    revision,
                    group,
                });
                return Ok(true);
            }
            self.undo.push(top);
        }
        self.group_open = group.is_some();
        self.undo.push(Step {
            forward,
            inverse,
            revision,
            group,
        });
        Ok(true)
    }

    /// Undoes the last step. Returns whether anything was undone.
    pub fn undo(&mut self, project: &mut Project) -> Result<bool, EditError> {
        self.close_group();
        replay(&mut self.undo, &mut self.redo, project, |step| {
            &step.inverse
        })
    }

    /// Redoes the last undone step. Returns whether anything was redone.
    pub fn redo(&mut self, project: &mut Project) -> Result<bool, EditError> {
        self.close_group();
        replay(&mut self.redo, &mut self.undo, project, |step| {
            &step.forward
        })
    }

    fn take_revision(&mut self) -> u64 {
        let revision = self.next_revision;
        self.next_revision += 1;
        revision
    }
}

/// Moves the top step of `from` to `to`, applying the edit `pick` chooses. On failure the
/// step stays where it was and the project is unchanged.
fn replay(
    from: &mut Vec<Step>,
    to: &mut Vec<Step>,
    project: &mut Project,
    pick: fn(&Step) -> &Edit,
) -> Result<bool, EditError> {
    let Some(step) = from.pop() else {
        return Ok(false);
    };
    match pick(&step).clone().apply(project) {
        Ok(_) => {
            to.push(step);
            Ok(true)
        }
        Err(error) => {
            from.push(step);
            Err(error)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{TranslationStatus, test_project};

    fn ru() -> LanguageTag {
        LanguageTag::parse("ru").unwrap()
    }

    fn typing(project: &mut Project, history: &mut History, text: &str) {
        let edit = Edit::SetTranslationText {
            paragraph_id: ParagraphId(1),
            language: ru(),
            text: text.into(),
        };
        let group = EditGroup::TranslationText(ParagraphId(1), ru());
        history.apply(project, edit, Some(group)).unwrap();
    }

    #[test]
    fn typing_in_one_cell_is_one_undo_step() {
        let mut project = test_project();
        let original = project.clone();
        let mut history = History::new();
        for text in ["П", "По", "Пол", "Поли", "Полиция"] {
            typing(&mut project, &mut history, text);
        }
        assert_eq!(history.undo_len(), 1);
        assert_eq!(project.translation(ParagraphId(1), &ru()).text, "Полиция");
        assert!(history.is_dirty());
        history.undo(&mut project).unwrap();
        assert_eq!(project, original);
        assert!(!history.is_dirty());
        history.redo(&mut project).unwrap();
        assert_eq!(project.translation(ParagraphId(1), &ru()).text, "Полиция");
    }

    #[test]
    fn closing_the_group_starts_a_new_step() {
        let mut project = test_project();
        let mut history = History::new();
        typing(&mut project, &mut history, "a");
        history.close_group();
        typing(&mut project, &mut history, "ab");
        assert_eq!(history.undo_len(), 2);
        let status = Edit::SetTranslationStatus {
            paragraph_id: ParagraphId(1),
            language: ru(),
            status: TranslationStatus::Translated,
        };
        history.apply(&mut project, status, None).unwrap();
        typing(&mut project, &mut history, "abc");
        assert_eq!(history.undo_len(), 4);
    }

    #[test]
    fn saved_revision_tracks_undo_back_to_the_saved_state() {
        let mut project = test_project();
        let mut history = History::new();
        typing(&mut project, &mut history, "x");
        history.mark_saved();
        assert!(!history.is_dirty());
        typing(&mut project, &mut history, "xy");
        assert!(history.is_dirty());
        history.undo(&mut project).unwrap();
        assert!(!history.is_dirty());
        history.undo(&mut project).unwrap();
        assert!(history.is_dirty());
        history.redo(&mut project).unwrap();
        assert!(!history.is_dirty());
    }

    #[test]
    fn a_new_edit_after_undo_clears_redo_and_noops_are_skipped() {
        let mut project = test_project();
        let mut history = History::new();
        typing(&mut project, &mut history, "x");
        history.undo(&mut project).unwrap();
        assert!(history.can_redo());
        let same = Edit::SetTranslationText {
            paragraph_id: ParagraphId(1),
            language: ru(),
            text: String::new(),
        };
        assert!(!history.apply(&mut project, same, None).unwrap());
        assert!(history.can_redo());
        typing(&mut project, &mut history, "y");
        assert!(!history.can_redo());
    }
}
