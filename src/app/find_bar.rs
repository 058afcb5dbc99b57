//! The find bar (Ctrl+F; Ctrl+H with replacing): a query with its switches (match case,
//! whole word, regular expression, ё as е, names across scripts), where to look (source,
//! translations or both; a language; a status; a kind), the count of matches and the one
//! shown, and the buttons that move between matches and replace them. The matches are
//! worked out before drawing, again only when the query, the filter or the project changes.

use egui::{Key, RichText, Ui};

use super::commands::{Command, shortcut_text};
use super::set_accessible_label;
use crate::find::{FindFilter, FindQuery, FindScope, Hit, Matcher, find_all};
use crate::model::{LanguageTag, ParagraphKind, Project, TranslationStatus};

/// The find bar's state.
#[derive(Debug, Default)]
pub struct FindBar {
    pub open: bool,
    /// Replacing too (Ctrl+H).
    pub replacing: bool,
    pub query: FindQuery,
    pub filter: FindFilter,
    pub replacement: String,
    /// The query field takes the focus at the next frame.
    pub focus_query: bool,
    hits: Vec<Hit>,
    /// The match shown, an index into `hits`.
    pub current: Option<usize>,
    /// What `hits` were found for.
    found_for: Option<(u64, FindQuery, FindFilter)>,
    /// Why the query cannot be used.
    pub error: Option<String>,
    /// Why the replacement cannot be used, and the query and replacement that says so.
    replacement_error: Option<String>,
    checked_replacement: Option<(FindQuery, String)>,
}

impl FindBar {
    /// The matches found.
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// Forgets the matches (another project was opened).
    pub fn forget_hits(&mut self) {
        self.hits.clear();
        self.current = None;
        self.found_for = None;
    }

    /// Finds the matches again when the query, the filter or the project (its `revision`)
    /// changed since they were found.
    pub fn refresh(&mut self, project: &Project, revision: u64) {
        if !self.open {
            return;
        }
        let replacement_key = (self.query.clone(), self.replacement.clone());
        if self.replacing && self.checked_replacement.as_ref() != Some(&replacement_key) {
            self.replacement_error = Matcher::new(&self.query)
                .ok()
                .and_then(|mut matcher| matcher.check_replacement(&self.replacement).err())
                .map(|error| error.to_string());
            self.checked_replacement = Some(replacement_key);
        }
        let key = (revision, self.query.clone(), self.filter.clone());
        if self.found_for.as_ref() == Some(&key) {
            return;
        }
        let shown = self.current.and_then(|index| self.hits.get(index)).cloned();
        match Matcher::new(&self.query) {
            Ok(mut matcher) => {
                self.hits = find_all(project, &mut matcher, &self.filter);
                self.error = None;
            }
            Err(error) => {
                self.hits.clear();
                self.error = Some(error.to_string());
            }
        }
        // Stay on the match shown, or the first one after where it was.
        self.current = shown.and_then(|shown| {
            self.hits
                .iter()
                .position(|hit| hit.text == shown.text && hit.range.start >= shown.range.start)
        });
        self.found_for = Some(key);
    }

    /// Moves to the next (or previous) match, wrapping around; returns it.
    pub fn step(&mut self, forward: bool) -> Option<&Hit> {
        let count = self.hits.len();
        if count == 0 {
            self.current = None;
            return None;
        }
        self.current = Some(match (self.current, forward) {
            (None, true) => 0,
            (None, false) => count - 1,
            (Some(index), true) => (index + 1) % count,
            (Some(index), false) => (index + count - 1) % count,
        });
        self.current.and_then(|index| self.hits.get(index))
    }

    /// The match shown.
    pub fn current_hit(&self) -> Option<&Hit> {
        self.current.and_then(|index| self.hits.get(index))
    }
}

/// Draws the bar above the screen when it is open.
pub fn find_bar_ui(ui: &mut Ui, bar: &mut FindBar, project: &Project, commands: &mut Vec<Command>) {
    if !bar.open {
        return;
    }
    egui::Panel::top("find_bar").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label("Find:");
            let field = ui.add(
                egui::TextEdit::singleline(&mut bar.query.text)
                    .desired_width(220.0)
                    .hint_text("word, phrase or expression"),
            );
            set_accessible_label(&field, "Find text");
            if bar.focus_query {
                field.request_focus();
                bar.focus_query = false;
            }
            if field.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter)) {
                commands.push(Command::FindNext);
                field.request_focus();
            }
            if field.has_focus() && ui.input(|input| input.key_pressed(Key::Escape)) {
                commands.push(Command::CloseFind);
            }
            switches_ui(ui, &mut bar.query);
            match (&bar.error, bar.current, bar.hits.len()) {
                (Some(error), _, _) => {
                    // The regex crate's message spans lines (the pattern, a caret, the
                    // error): its last line says what is wrong.
                    let short = error
                        .lines()
                        .rev()
                        .find(|line| !line.trim().is_empty())
                        .unwrap_or(error)
                        .trim();
                    ui.label(RichText::new(short).color(ui.visuals().error_fg_color))
                        .on_hover_text(error);
                }
                (None, _, 0) if !bar.query.text.is_empty() => {
                    ui.label("no matches");
                }
                (None, _, 0) => {}
                (None, Some(index), count) => {
                    ui.label(format!("{} of {count}", index + 1));
                }
                (None, None, count) => {
                    ui.label(format!("{count} matches"));
                }
            }
            let previous = format!("◀ ({})", shortcut_text(&Command::FindPrevious));
            if ui.button(previous).on_hover_text("The previous match").clicked() {
                commands.push(Command::FindPrevious);
            }
            let next = format!("▶ ({})", shortcut_text(&Command::FindNext));
            if ui.button(next).on_hover_text("The next match").clicked() {
                commands.push(Command::FindNext);
            }
            if ui.button("✕").on_hover_text("Close the find bar (Escape)").clicked() {
                commands.push(Command::CloseFind);
            }
        });
        ui.horizontal_wrapped(|ui| {
            where_ui(ui, &mut bar.filter, project);
        });
        if bar.replacing {
            ui.horizontal_wrapped(|ui| {
                ui.label("Replace with:");
                let field = ui.add(
                    egui::TextEdit::singleline(&mut bar.replacement)
                        .desired_width(220.0)
                        .hint_text(if bar.query.regex {
                            "text; ${1}, ${2} … for the groups"
                        } else {
                            "text"
                        }),
                );
                set_accessible_label(&field, "Replace with");
                if let Some(error) = &bar.replacement_error {
                    ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
                }
                let usable = bar.replacement_error.is_none();
                let replaceable = usable
                    && bar
                        .current_hit()
                        .is_some_and(|hit| hit.text.is_replaceable());
                if ui
                    .add_enabled(replaceable, egui::Button::new("Replace"))
                    .on_hover_text("Replace the match shown and go to the next one")
                    .on_disabled_hover_text(
                        "Only translations are replaced: the source and aligned translations are originals",
                    )
                    .clicked()
                {
                    commands.push(Command::ReplaceCurrent);
                }
                if ui
                    .add_enabled(
                        usable && !bar.hits.is_empty(),
                        egui::Button::new("Replace all"),
                    )
                    .on_hover_text("Replace every match in the translations, as one undo step")
                    .clicked()
                {
                    commands.push(Command::ReplaceAll);
                }
            });
        }
    });
}

fn switches_ui(ui: &mut Ui, query: &mut FindQuery) {
    ui.toggle_value(&mut query.match_case, "Aa")
        .on_hover_text("Match case");
    ui.toggle_value(&mut query.whole_word, "Whole word")
        .on_hover_text("Only whole words");
    ui.toggle_value(&mut query.regex, ".*")
        .on_hover_text("A regular expression; the replacement can use $1, $2 … for its groups");
    ui.toggle_value(&mut query.yo_as_ye, "ё=е")
        .on_hover_text("Russian ё and е as one letter");
    ui.add_enabled_ui(!query.regex, |ui| {
        ui.toggle_value(&mut query.across_scripts, "Any script")
            .on_hover_text("Names in any script and form: Hajili also finds Гаджилы and Hacılının");
    });
}

fn where_ui(ui: &mut Ui, filter: &mut FindFilter, project: &Project) {
    ui.label("In:");
    for (scope, name) in [
        (FindScope::Translations, "Translations"),
        (FindScope::Source, "Source"),
        (FindScope::Both, "Both"),
    ] {
        ui.selectable_value(&mut filter.scope, scope, name);
    }
    let shown = filter
        .language
        .as_ref()
        .map_or_else(|| "All languages".to_owned(), LanguageTag::display_name);
    egui::ComboBox::from_id_salt("find_language")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.language, None, "All languages");
            for language in &project.targets {
                ui.selectable_value(
                    &mut filter.language,
                    Some(language.clone()),
                    language.display_name(),
                );
            }
        });
    let shown = filter
        .status
        .map_or("Any status", TranslationStatus::as_str);
    egui::ComboBox::from_id_salt("find_status")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.status, None, "Any status");
            for status in TranslationStatus::ALL {
                ui.selectable_value(&mut filter.status, Some(status), status.as_str());
            }
        });
    let shown = filter.kind.map_or("Any kind", ParagraphKind::as_str);
    egui::ComboBox::from_id_salt("find_kind")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.kind, None, "Any kind");
            for kind in ParagraphKind::ALL {
                ui.selectable_value(&mut filter.kind, Some(kind), kind.as_str());
            }
        });
}
