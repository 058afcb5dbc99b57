//! The QA commands: the panel, going to a finding, ignoring findings and switching checks
//! (project edits, one undo step each), and the speller's choices (replace a word, add it to
//! the personal word list, let it pass, the dictionaries' folder).

use crate::app::DiptychApp;
use crate::app::commands::Command;
use crate::app::dialogs::DialogPurpose;
use crate::app::dock::DockPanel;
use crate::app::overlays::ToastLevel;
use crate::l10n::tr;
use crate::model::{Edit, FindingPlace, LanguageTag, QaSettings};

impl DiptychApp {
    /// Before drawing: steps the checks (the edited row now, the whole project once changes
    /// settle) and shows what writing to a word list came to.
    pub(crate) fn prepare_qa(&mut self, ctx: &egui::Context) {
        for failure in self.qa.word_list_failures() {
            self.overlays.toast(ToastLevel::Error, failure);
        }
        let document = &self.session.document;
        self.qa.set_checked_file(match &document.origin {
            crate::app::session::Origin::ProjectFile(file) => Some(file.as_path()),
            _ => None,
        });
        let edited = self.view.selected.zip(self.view.target.as_ref());
        let glossary = self
            .glossary
            .export_inputs()
            .map(|(entries, _, (_, to))| (entries, to));
        let now = ctx.input(|input| input.time);
        if let Some(wait) = self.qa.step(
            &document.project,
            document.history.revision(),
            now,
            edited,
            glossary,
        ) {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait.max(0.01)));
        }
    }

    /// Applies a QA command.
    pub(super) fn apply_qa(&mut self, command: Command) {
        match command {
            Command::ToggleQaPanel => self.view.dock.toggle(DockPanel::Qa),
            Command::RunQa => {
                self.view.dock.open(DockPanel::Qa);
                self.qa.check_now();
            }
            Command::GoToFinding { language, place } => self.go_to_finding(&language, &place),
            Command::IgnoreFinding(ignored) => {
                let mut settings = self.session.document.project.qa.clone();
                settings.ignored.insert(*ignored);
                self.set_qa_settings(settings);
            }
            Command::UnignoreFinding(ignored) => {
                let mut settings = self.session.document.project.qa.clone();
                settings.ignored.remove(&ignored);
                self.set_qa_settings(settings);
            }
            Command::ShowIgnoredFindings => {
                let mut settings = self.session.document.project.qa.clone();
                settings.ignored.clear();
                self.set_qa_settings(settings);
            }
            Command::SetCheckEnabled { check, enabled } => {
                let mut settings = self.session.document.project.qa.clone();
                if enabled {
                    settings.disabled_checks.remove(&check);
                } else {
                    settings.disabled_checks.insert(check);
                }
                self.set_qa_settings(settings);
            }
            Command::ReplaceWord {
                paragraph_id,
                language,
                range,
                with,
            } => {
                let text = &self
                    .session
                    .document
                    .project
                    .translation(paragraph_id, &language)
                    .text;
                if text.get(range.0..range.1).is_none() {
                    return;
                }
                let mut changed = text.clone();
                changed.replace_range(range.0..range.1, &with);
                self.session.document.history.close_group();
                self.editing().apply(Command::SetTranslationText {
                    paragraph_id,
                    language,
                    text: changed,
                });
                self.session.document.history.close_group();
            }
            Command::AddToDictionary { language, word } => self.add_to_dictionary(&language, &word),
            Command::IgnoreWord { language, word } => self.qa.accept(&language, &word),
            Command::ChooseDictionaries => self.open_dialog(DialogPurpose::ChooseDictionaries),
            Command::SetDictionaries(folder) => {
                if let Some(folder) = &folder
                    && !folder.is_dir()
                {
                    self.overlays.toast(
                        ToastLevel::Error,
                        tr::spelling_not_dictionary_folder(folder.display().to_string()),
                    );
                    return;
                }
                self.preferences.settings.dictionary_dir.clone_from(&folder);
                self.preferences.persist(&mut self.overlays);
                let library = self.matches.library().map(std::path::Path::to_path_buf);
                self.qa.set_sources(library, folder);
            }
            _ => {}
        }
    }

    /// The project's QA choices replaced, as one undo step.
    fn set_qa_settings(&mut self, settings: QaSettings) {
        self.editing()
            .edit_alone(Edit::SetQaSettings(Box::new(settings)));
    }

    /// Shows the finding's language, and selects its row (grid) or its link (alignment review).
    fn go_to_finding(&mut self, language: &LanguageTag, place: &FindingPlace) {
        let project = &self.session.document.project;
        if !project.targets.contains(language) {
            return;
        }
        if self.view.target.as_ref() != Some(language) {
            self.view.show_target(language.clone());
        }
        match place {
            FindingPlace::Paragraph(id) => self.editing().show_row(*id),
            FindingPlace::Link { source, target } => {
                let index = project.aligned.get(language).and_then(|aligned| {
                    aligned
                        .links
                        .iter()
                        .position(|link| link.source == *source && link.target == *target)
                });
                match index {
                    Some(index) => self.view.select_link(project, index),
                    None => self.overlays.toast(ToastLevel::Info, tr::qa_link_changed()),
                }
            }
        }
    }

    /// Writes `word` to the personal word list of `language` (in the background) and lets
    /// it pass at once.
    fn add_to_dictionary(&mut self, language: &LanguageTag, word: &str) {
        self.qa.accept(language, word);
        let Some(list) = self.qa.personal_list(language) else {
            self.overlays
                .toast(ToastLevel::Warning, tr::spelling_no_library(word));
            return;
        };
        let word = word.to_owned();
        let shown = list.display().to_string();
        let (sender, receiver) = std::sync::mpsc::channel();
        let started = std::thread::Builder::new()
            .name("diptych-word-list".to_owned())
            .spawn(move || {
                let _ = sender.send(crate::io::dictionaries::add_to_word_list(&list, &word));
            });
        match started {
            Ok(_) => self.qa.watch_word_list(receiver, shown),
            Err(error) => self.overlays.toast(
                ToastLevel::Error,
                tr::spelling_cannot_write(&shown, error.to_string()),
            ),
        }
    }
}
