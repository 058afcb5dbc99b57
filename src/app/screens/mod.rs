//! The screens: what fills the middle of the window. [`Screen`] routes between them; each
//! screen takes a read-only view of the project, its own state between frames, and a command
//! sink. A new screen (the library, search results) is a new variant and a new file here.

mod alignment;
pub mod conflict_box;
mod grid;
mod library;
mod spelling_menu;
mod virtual_rows;

pub use alignment::{AlignmentView, MAX_COLUMNS};
pub use grid::{GridView, LastSelection, last_selection_id, translation_editor_id};
pub use library::library_ui;
pub use virtual_rows::VirtualRows;

use super::commands::Command;
use super::view::ViewState;
use crate::model::{LanguageTag, Project};

/// The screen shown in the middle of the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// The translation grid: source paragraphs beside their translations.
    Translation,
    /// The review of an imported translation aligned with the source.
    AlignmentReview(LanguageTag),
}

/// Draws `screen` in the central area.
pub fn screen_ui(
    ui: &mut egui::Ui,
    screen: &Screen,
    project: &Project,
    view: &mut ViewState,
    glossary: &crate::app::glossary::GlossaryState,
    qa: &crate::app::qa::QaState,
    commands: &mut Vec<Command>,
) {
    egui::CentralPanel::default().show(ui, |ui| match screen {
        Screen::AlignmentReview(language) => {
            alignment::alignment_ui(ui, &mut view.alignment, project, language, commands);
        }
        Screen::Translation => {
            let grid_view = GridView {
                project,
                target: view.target.as_ref(),
                selected: view.selected,
                glossary,
                qa,
            };
            grid::grid_ui(
                ui,
                &mut view.grid,
                &grid_view,
                &mut view.focus_request,
                commands,
            );
        }
    });
}
