//! The dock: side panels beside the screen (the project panel and the translation memory's
//! matches, the glossary's terms and the QA findings; search results will live here). Each panel reads a view of the document and emits
//! commands; the dock keeps which panels are open and their fields' text.

mod captures;
mod history_panel;
mod matches_panel;
mod project_panel;
mod provenance;
mod qa_panel;
mod terms_panel;

pub(crate) use provenance::charset_words;
pub use qa_panel::QaFilter;

use super::commands::Command;
use super::session::Document;
use crate::model::LanguageTag;

/// A panel that can be docked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DockPanel {
    /// The article's metadata, target languages and original file.
    Project,
    /// The translation memory's matches for the selected row.
    Matches,
    /// The glossary's terms in the selected row.
    Terms,
    /// The findings of the QA checks.
    Qa,
    /// The project's history in git, and the selected row's.
    History,
}

/// Which panels are open, and what their fields hold between frames.
#[derive(Debug, Default)]
pub struct Dock {
    open: Vec<DockPanel>,
    /// The text of the "new target language" field in the project panel.
    pub new_target_text: String,
    /// What the QA panel shows.
    pub qa_filter: QaFilter,
    /// What the History panel shows.
    pub history: crate::app::history::HistoryState,
}

impl Dock {
    pub fn is_open(&self, panel: DockPanel) -> bool {
        self.open.contains(&panel)
    }

    pub fn open(&mut self, panel: DockPanel) {
        if !self.is_open(panel) {
            self.open.push(panel);
        }
    }

    pub fn toggle(&mut self, panel: DockPanel) {
        if let Some(position) = self.open.iter().position(|open| *open == panel) {
            self.open.remove(position);
        } else {
            self.open.push(panel);
        }
    }
}

/// What the panels read.
pub struct DockView<'a> {
    pub document: &'a Document,
    pub target: Option<&'a LanguageTag>,
    /// How the original's encoding was decided (worked out before drawing).
    pub charset_decision: Option<crate::app::session::CharsetDecision>,
    /// The selected row.
    pub selected: Option<crate::model::ParagraphId>,
    /// The memory's matches for it (worked out before drawing).
    pub matches: &'a crate::app::matches::MatchesState,
    /// The glossary's terms for it (worked out before drawing).
    pub glossary: &'a crate::app::glossary::GlossaryState,
    /// The QA checks' findings.
    pub qa: &'a crate::app::qa::QaState,
}

/// Draws the open panels on the right side of the window.
pub fn dock_ui(
    ui: &mut egui::Ui,
    dock: &mut Dock,
    view: &DockView<'_>,
    commands: &mut Vec<Command>,
) {
    if dock.is_open(DockPanel::Project) {
        project_panel::project_panel_ui(ui, view, &mut dock.new_target_text, commands);
    }
    if dock.is_open(DockPanel::Matches) {
        matches_panel::matches_panel_ui(ui, view, commands);
    }
    if dock.is_open(DockPanel::Terms) {
        terms_panel::terms_panel_ui(ui, view, commands);
    }
    if dock.is_open(DockPanel::Qa) {
        qa_panel::qa_panel_ui(ui, view, &mut dock.qa_filter, commands);
    }
    if dock.is_open(DockPanel::History) {
        history_panel::history_panel_ui(ui, view, &dock.history, commands);
    }
}
