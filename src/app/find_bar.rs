//! The find bar (Ctrl+F; Ctrl+H with replacing): a query with its switches (match case,
//! whole word, regular expression, ё as е, names across scripts), where to look (source,
//! translations or both; a language; a status; a kind), the count of matches and the one
//! shown, and the buttons that move between matches and replace them. The matches are
//! worked out before drawing, again only when the query, the filter or the project changes.

use egui::{Key, RichText, Ui};

use super::commands::{Command, shortcut_text};
use super::set_accessible_label;
use super::words;
use crate::find::{FindFilter, FindQuery, FindScope, Hit, Matcher, find_all};
use crate::l10n::tr;
use crate::model::{ParagraphKind, Project, TranslationStatus};

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
            ui.label(tr::find_label());
            let field = ui.add(
                egui::TextEdit::singleline(&mut bar.query.text)
                    .desired_width(220.0)
                    .hint_text(tr::find_hint()),
            );
            set_accessible_label(&field, tr::find_field_label());
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
                    ui.label(tr::find_no_matches());
                }
                (None, _, 0) => {}
                (None, Some(index), count) => {
                    ui.label(tr::find_position(index + 1, count));
                }
                (None, None, count) => {
                    ui.label(tr::find_match_count(count));
                }
            }
            let previous = format!("◀ ({})", shortcut_text(&Command::FindPrevious));
            if ui
                .button(previous)
                .on_hover_text(tr::find_previous_tooltip())
                .clicked()
            {
                commands.push(Command::FindPrevious);
            }
            let next = format!("▶ ({})", shortcut_text(&Command::FindNext));
            if ui
                .button(next)
                .on_hover_text(tr::find_next_tooltip())
                .clicked()
            {
                commands.push(Command::FindNext);
            }
            if ui
                .button("✕")
                .on_hover_text(tr::find_close_tooltip())
                .clicked()
            {
                commands.push(Command::CloseFind);
            }
        });
        ui.horizontal_wrapped(|ui| {
            where_ui(ui, &mut bar.filter, project);
        });
        if bar.replacing {
            ui.horizontal_wrapped(|ui| {
                ui.label(tr::find_replace_with());
                let field = ui.add(
                    egui::TextEdit::singleline(&mut bar.replacement)
                        .desired_width(220.0)
                        .hint_text(if bar.query.regex {
                            tr::find_replacement_hint_regex()
                        } else {
                            tr::find_replacement_hint()
                        }),
                );
                set_accessible_label(&field, tr::find_replacement_label());
                if let Some(error) = &bar.replacement_error {
                    ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
                }
                let usable = bar.replacement_error.is_none();
                let replaceable = usable
                    && bar
                        .current_hit()
                        .is_some_and(|hit| hit.text.is_replaceable());
                if ui
                    .add_enabled(replaceable, egui::Button::new(tr::find_replace()))
                    .on_hover_text(tr::find_replace_tooltip())
                    .on_disabled_hover_text(tr::find_replace_disabled_tooltip())
                    .clicked()
                {
                    commands.push(Command::ReplaceCurrent);
                }
                if ui
                    .add_enabled(
                        usable && !bar.hits.is_empty(),
                        egui::Button::new(tr::find_replace_all()),
                    )
                    .on_hover_text(tr::find_replace_all_tooltip())
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
        .on_hover_text(tr::find_match_case_tooltip());
    ui.toggle_value(&mut query.whole_word, tr::find_whole_word())
        .on_hover_text(tr::find_whole_word_tooltip());
    ui.toggle_value(&mut query.regex, ".*")
        .on_hover_text(tr::find_regex_tooltip());
    ui.toggle_value(&mut query.yo_as_ye, "ё=е")
        .on_hover_text(tr::find_yo_tooltip());
    ui.add_enabled_ui(!query.regex, |ui| {
        ui.toggle_value(&mut query.across_scripts, tr::find_any_script())
            .on_hover_text(tr::find_any_script_tooltip());
    });
}

fn where_ui(ui: &mut Ui, filter: &mut FindFilter, project: &Project) {
    ui.label(tr::find_in());
    for (scope, name) in [
        (FindScope::Translations, tr::find_scope_translations()),
        (FindScope::Source, tr::find_scope_source()),
        (FindScope::Both, tr::find_scope_both()),
    ] {
        ui.selectable_value(&mut filter.scope, scope, name);
    }
    let shown = filter
        .language
        .as_ref()
        .map_or_else(tr::find_all_languages, words::language_name);
    egui::ComboBox::from_id_salt("find_language")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.language, None, tr::find_all_languages());
            for language in &project.targets {
                ui.selectable_value(
                    &mut filter.language,
                    Some(language.clone()),
                    words::language_name(language),
                );
            }
        });
    let shown = filter
        .status
        .map_or_else(tr::find_any_status, words::status);
    egui::ComboBox::from_id_salt("find_status")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.status, None, tr::find_any_status());
            for status in TranslationStatus::ALL {
                ui.selectable_value(&mut filter.status, Some(status), words::status(status));
            }
        });
    let shown = filter
        .kind
        .map_or_else(tr::find_any_kind, words::paragraph_kind);
    egui::ComboBox::from_id_salt("find_kind")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.kind, None, tr::find_any_kind());
            for kind in ParagraphKind::ALL {
                ui.selectable_value(&mut filter.kind, Some(kind), words::paragraph_kind(kind));
            }
        });
}
