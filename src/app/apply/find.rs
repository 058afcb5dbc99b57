//! The find bar's commands: opening and closing it, showing the next or previous match (its
//! row selected and, in a translation, the match selected in the editor; in an aligned
//! translation, its link), replacing the match shown, and replacing every match as one undo
//! step with a count.

use crate::app::DiptychApp;
use crate::app::commands::Command;
use crate::app::overlays::ToastLevel;
use crate::app::view::FocusRequest;
use crate::find::{Hit, Matcher, TextRef, replace_all, replace_one};
use crate::l10n::tr;
use crate::model::Edit;

impl DiptychApp {
    /// Applies a find bar command.
    pub(super) fn apply_find(&mut self, command: &Command) {
        match command {
            Command::ShowFind | Command::ShowReplace => {
                let find = &mut self.view.find;
                find.open = true;
                find.replacing = *command == Command::ShowReplace;
                find.focus_query = true;
            }
            Command::CloseFind => self.view.find.open = false,
            Command::FindNext | Command::FindPrevious => {
                if !self.view.find.open {
                    self.view.find.open = true;
                    self.view.find.focus_query = true;
                    return;
                }
                self.refresh_find();
                let hit = self.view.find.step(*command == Command::FindNext).cloned();
                if let Some(hit) = hit {
                    self.show_hit(&hit);
                }
            }
            Command::ReplaceCurrent => self.replace_current(),
            Command::ReplaceAll => self.replace_every_match(),
            _ => {}
        }
    }

    fn refresh_find(&mut self) {
        let document = &self.session.document;
        self.view
            .find
            .refresh(&document.project, document.history.revision());
    }

    /// Shows a match: its language, its row (grid) or link (alignment review), and in a
    /// translation the matched characters selected.
    fn show_hit(&mut self, hit: &Hit) {
        let project = &self.session.document.project;
        let language = match &hit.text {
            TextRef::Source(_) => None,
            TextRef::Translation(_, language) | TextRef::Aligned(language, _) => Some(language),
        };
        if let Some(language) = language
            && self.view.target.as_ref() != Some(language)
        {
            self.view.show_target(language.clone());
        }
        let aligned = self.view.aligned_target(project);
        match (&hit.text, aligned) {
            (TextRef::Aligned(language, id), _) => {
                let link = project.aligned.get(language).and_then(|aligned| {
                    aligned
                        .links
                        .iter()
                        .position(|link| link.target.contains(id))
                });
                if let Some(index) = link {
                    self.view.select_link(project, index);
                }
            }
            (TextRef::Source(id), Some(language)) => {
                let link = project.aligned.get(&language).and_then(|aligned| {
                    aligned
                        .links
                        .iter()
                        .position(|link| link.source.contains(id))
                });
                if let Some(index) = link {
                    self.view.select_link(project, index);
                }
            }
            (TextRef::Source(id) | TextRef::Translation(id, _), _) => {
                if project.paragraph_index(*id).is_none() {
                    return;
                }
                self.editing().show_row(*id);
                let project = &self.session.document.project;
                if let TextRef::Translation(_, language) = &hit.text {
                    let text = &project.translation(*id, language).text;
                    let characters = |byte: usize| text[..byte.min(text.len())].chars().count();
                    self.view.focus_request = Some(FocusRequest {
                        paragraph_id: *id,
                        selection: Some(characters(hit.range.start)..characters(hit.range.end)),
                    });
                }
            }
        }
    }

    fn replace_current(&mut self) {
        self.refresh_find();
        let Some(hit) = self.view.find.current_hit().cloned() else {
            // Nothing shown yet: show the first match.
            self.apply_find(&Command::FindNext);
            return;
        };
        let matcher = Matcher::new(&self.view.find.query);
        let Ok(mut matcher) = matcher else {
            return;
        };
        let project = &self.session.document.project;
        let replacement = self.view.find.replacement.clone();
        let old_index = self.view.find.current.unwrap_or(0);
        let replaced = match replace_one(project, &mut matcher, &hit, &replacement) {
            Ok(replaced) => replaced,
            Err(error) => {
                self.overlays.toast(
                    ToastLevel::Error,
                    tr::find_nothing_replaced(error.to_string()),
                );
                return;
            }
        };
        match replaced {
            Some(edit) => {
                let new_text = match &edit {
                    Edit::SetTranslationText { text, .. } => text.len(),
                    _ => 0,
                };
                let old_text = match &hit.text {
                    TextRef::Translation(id, language) => {
                        project.translation(*id, language).text.len()
                    }
                    _ => 0,
                };
                // Where the replacement ends in the changed text.
                let end = (hit.range.end + new_text).saturating_sub(old_text);
                self.editing().edit_alone(edit);
                self.refresh_find();
                // The next match: the first one from the replaced one's place on that is not
                // inside the replacement.
                let hits = self.view.find.hits();
                let next = (old_index..hits.len())
                    .find(|&index| hits[index].text != hit.text || hits[index].range.start >= end)
                    .or_else(|| (!hits.is_empty()).then_some(0));
                self.view.find.current = next;
                if let Some(next) = self.view.find.current_hit().cloned() {
                    self.show_hit(&next);
                }
            }
            None if !hit.text.is_replaceable() => self
                .overlays
                .toast(ToastLevel::Info, tr::find_original_not_replaced()),
            None => self.apply_find(&Command::FindNext),
        }
    }

    fn replace_every_match(&mut self) {
        let find = &self.view.find;
        let matcher = Matcher::new(&find.query);
        let Ok(mut matcher) = matcher else {
            return;
        };
        let replaced = match replace_all(
            &self.session.document.project,
            &mut matcher,
            &find.filter,
            &find.replacement,
        ) {
            Ok(replaced) => replaced,
            Err(error) => {
                self.overlays.toast(
                    ToastLevel::Error,
                    tr::find_nothing_replaced(error.to_string()),
                );
                return;
            }
        };
        let left = replaced.in_originals;
        match replaced.edit {
            Some(edit) => {
                self.editing().edit_alone(edit);
                let (count, rows) = (replaced.matches, replaced.translations);
                let message = if left > 0 {
                    tr::find_replaced_all_left(count, rows, left)
                } else {
                    tr::find_replaced_all(count, rows)
                };
                self.overlays.toast(ToastLevel::Info, message);
            }
            None => self.overlays.toast(
                ToastLevel::Info,
                if left > 0 {
                    tr::find_nothing_to_replace_left(left)
                } else {
                    tr::find_nothing_to_replace()
                },
            ),
        }
        self.view.find.current = None;
    }
}
