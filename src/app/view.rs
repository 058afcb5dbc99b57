//! The view state: what the window shows of the document and where the user is in it — the
//! target language, the selected row or link, scroll positions, the dock's panels. It reads
//! the project and never changes it.

use super::dock::Dock;
use super::screens::{AlignmentView, Screen, VirtualRows};
use crate::model::{LanguageTag, ParagraphId, Project};

/// A translation editor to focus: with the cursor at the end, or with characters
/// `selection` selected (a match of the find bar).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FocusRequest {
    pub paragraph_id: ParagraphId,
    pub selection: Option<std::ops::Range<usize>>,
}

impl FocusRequest {
    /// The cursor at the end of the row's translation.
    pub fn at_end(paragraph_id: ParagraphId) -> Self {
        Self {
            paragraph_id,
            selection: None,
        }
    }
}

/// Where the user is and what the screens keep between frames.
#[derive(Default)]
pub struct ViewState {
    /// The target language shown.
    pub target: Option<LanguageTag>,
    /// The selected row of the translation grid.
    pub selected: Option<ParagraphId>,
    /// The translation grid's rows (heights, scrolling).
    pub grid: VirtualRows,
    /// The row whose translation editor should take the keyboard focus.
    pub focus_request: Option<FocusRequest>,
    /// The find bar (Ctrl+F, Ctrl+H).
    pub find: super::find_bar::FindBar,
    /// The alignment review (shown when the target has an aligned translation).
    pub alignment: AlignmentView,
    /// The side panels that are open.
    pub dock: Dock,
    /// Where the project's git repository stands (`None`: not in one, or not read yet).
    pub git: Option<crate::vcs::SyncState>,
    /// When the repository's remote was last fetched from for it.
    pub git_fetched: Option<std::time::Instant>,
}

impl ViewState {
    /// Starts over on a newly opened project: its first target, its first translatable row.
    pub fn reset_for(&mut self, project: &Project) {
        let dock = std::mem::take(&mut self.dock);
        let mut find = std::mem::take(&mut self.find);
        find.forget_hits();
        *self = Self {
            target: project.targets.first().cloned(),
            selected: project
                .translatable_paragraphs()
                .next()
                .map(|paragraph| paragraph.paragraph_id),
            dock,
            find,
            ..Self::default()
        };
        self.grid.scroll_to = Some(0);
    }

    /// Falls back to the first target when the shown one is no longer a target (undo of its
    /// addition, removal).
    pub fn keep_target_valid(&mut self, project: &Project) {
        if self
            .target
            .as_ref()
            .is_none_or(|target| !project.targets.contains(target))
        {
            self.target = project.targets.first().cloned();
        }
    }

    /// The target language when it has an aligned translation (the alignment review shows).
    pub fn aligned_target(&self, project: &Project) -> Option<LanguageTag> {
        self.target
            .as_ref()
            .filter(|target| project.aligned.contains_key(*target))
            .cloned()
    }

    /// The screen the window shows.
    pub fn screen(&self, project: &Project) -> Screen {
        match self.aligned_target(project) {
            Some(language) => Screen::AlignmentReview(language),
            None => Screen::Translation,
        }
    }

    /// Shows another target language.
    pub fn show_target(&mut self, language: LanguageTag) {
        self.target = Some(language);
        self.grid.reset();
        self.alignment = AlignmentView::default();
    }

    /// Index of the next (or previous) translatable paragraph after the selected one.
    fn neighbour_row(&self, project: &Project, forward: bool) -> Option<usize> {
        let paragraphs = project.paragraphs();
        let current = self.selected.and_then(|id| project.paragraph_index(id));
        let translatable = |index: &usize| paragraphs[*index].kind.is_translatable();
        match (current, forward) {
            (Some(index), true) => (index + 1..paragraphs.len()).find(translatable),
            (Some(index), false) => (0..index).rev().find(translatable),
            (None, _) => (0..paragraphs.len()).find(translatable),
        }
    }

    /// Selects the next (or previous) translatable row and puts the cursor in its editor.
    /// Returns whether the selection moved.
    pub fn move_selection(&mut self, project: &Project, forward: bool) -> bool {
        let Some(index) = self.neighbour_row(project, forward) else {
            return false;
        };
        let paragraph_id = project.paragraphs()[index].paragraph_id;
        self.selected = Some(paragraph_id);
        self.focus_request = Some(FocusRequest::at_end(paragraph_id));
        self.grid.scroll_to = Some(index);
        true
    }

    /// Selects link `index` of the alignment review and scrolls to it.
    pub fn select_link(&mut self, project: &Project, index: usize) {
        self.alignment.selected = Some(index);
        self.alignment.range_anchor = None;
        if let Some(language) = self.aligned_target(project)
            && let Some(aligned) = project.aligned.get(&language)
        {
            let visible = self.alignment.visible_links(aligned);
            self.alignment.rows.scroll_to = visible.iter().position(|link| *link == index);
        }
    }

    /// Moves the link selection to the next (or previous) visible link.
    pub fn move_link_selection(
        &mut self,
        project: &Project,
        language: &LanguageTag,
        forward: bool,
    ) {
        let Some(aligned) = project.aligned.get(language) else {
            return;
        };
        let visible = self.alignment.visible_links(aligned);
        let next = match (self.alignment.selected, forward) {
            (Some(current), true) => visible.iter().copied().find(|index| *index > current),
            (Some(current), false) => visible.iter().rev().copied().find(|index| *index < current),
            (None, _) => visible.first().copied(),
        };
        if let Some(index) = next {
            self.select_link(project, index);
        }
    }

    /// Keeps the link selection valid after the links changed.
    pub fn after_links_changed(&mut self, project: &Project) {
        self.alignment.rows.reset();
        self.alignment.range_anchor = None;
        let count = self
            .aligned_target(project)
            .and_then(|language| {
                project
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
}
