//! The glossary's commands: reading it when the languages change, the Add/Edit term dialog
//! (offering the text selected in the source and in the translation), writing a change in
//! the background and reading the glossary again after it, and putting a target term into
//! the selected row at its editor's cursor. Each function takes only the parts it needs.

use egui::text::{CCursor, CCursorRange};

use crate::app::commands::Command;
use crate::app::glossary::{GlossaryState, LoadedGlossary};
use crate::app::jobs::Jobs;
use crate::app::overlays::{Modal, Overlays, TermDialog, ToastLevel};
use crate::app::screens::{LastSelection, last_selection_id, translation_editor_id};
use crate::app::session::Document;
use crate::io::glossary_file::{GlossaryChange, GlossaryFileError};
use crate::io::import::glossary::GlossaryEntry;
use crate::l10n::tr;
use crate::model::{LanguageTag, ParagraphId};

/// Starts reading the glossary for the document's source language and `target` when the one
/// there is for other languages (or there is none).
pub fn ensure_glossary(
    document: &Document,
    target: Option<&LanguageTag>,
    glossary: &mut GlossaryState,
    jobs: &mut Jobs,
    overlays: &mut Overlays,
) {
    let Some(target) = target else {
        return;
    };
    let from = document.project.source.language.clone();
    if !glossary.needs_loading(&from, target) {
        return;
    }
    match jobs.start_glossary_load(
        glossary.library().map(std::path::Path::to_path_buf),
        from.clone(),
        target.clone(),
    ) {
        Ok(()) => glossary.loading_for(from, target.clone()),
        Err(error) => overlays.toast(
            ToastLevel::Error,
            tr::glossary_load_failed(error.to_string()),
        ),
    }
}

/// A glossary read in the background.
pub fn glossary_loaded(
    from: &LanguageTag,
    to: &LanguageTag,
    loaded: Option<Box<LoadedGlossary>>,
    glossary: &mut GlossaryState,
) {
    glossary.loaded(from, to, loaded.map(|loaded| *loaded));
}

/// The text selected in the editor `id` (nothing when no text is selected).
fn selected_in_editor(ctx: &egui::Context, id: egui::Id, text: &str) -> String {
    let Some(range) =
        egui::text_edit::TextEditState::load(ctx, id).and_then(|state| state.cursor.char_range())
    else {
        return String::new();
    };
    let [start, end] = range.sorted_cursors();
    text.chars()
        .skip(usize::from(start.index))
        .take(usize::from(end.index).saturating_sub(usize::from(start.index)))
        .collect()
}

/// The most words a selection offered as a term may have.
const MAX_TERM_WORDS: usize = 8;

/// `part` as it stands in `text`, widened to the whole words it touches (`None` when `text`
/// does not hold it).
fn whole_words(text: &str, part: &str) -> Option<String> {
    let at = text.find(part)?;
    let in_word = |c: char| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’';
    let touches_start = part.starts_with(in_word);
    let touches_end = part.ends_with(in_word);
    let start = text[..at]
        .char_indices()
        .rev()
        .take_while(|(_, c)| touches_start && in_word(*c))
        .last()
        .map_or(at, |(index, _)| index);
    let end = at
        + part.len()
        + text[at + part.len()..]
            .char_indices()
            .take_while(|(_, c)| touches_end && in_word(*c))
            .last()
            .map_or(0, |(index, c)| index + c.len_utf8());
    let words = text[start..end].trim_matches(|c: char| !c.is_alphanumeric());
    (!words.is_empty()).then(|| words.to_owned())
}

/// Opens the Add term dialog for `from` → `target`, with the text selected in the selected
/// row's source (the last text selected in a label, if the source holds it) and translation.
pub fn open_add_term(
    ctx: &egui::Context,
    document: &Document,
    selected: Option<ParagraphId>,
    target: Option<&LanguageTag>,
    label_selection: Option<String>,
    overlays: &mut Overlays,
) {
    let Some(target) = target else {
        overlays.toast(ToastLevel::Info, tr::glossary_choose_target_first());
        return;
    };
    let project = &document.project;
    let paragraph = selected.and_then(|id| project.paragraph(id));
    // The last text selected in a label, when a source paragraph (the selected row's, or
    // any: dragging over a label does not select its row) holds it, widened to whole words.
    let flat = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    // A term is a few words: a whole paragraph (what a click on a label can report) is not
    // offered.
    let source = label_selection
        .map(|text| flat(&text))
        .filter(|text| !text.is_empty() && text.split(' ').count() <= MAX_TERM_WORDS)
        .and_then(|text| {
            paragraph
                .into_iter()
                .chain(project.paragraphs())
                .map(|paragraph| flat(&paragraph.text))
                .filter(|paragraph| *paragraph != text)
                .find_map(|paragraph| whole_words(&paragraph, &text))
        })
        .unwrap_or_default();
    let translated = paragraph.map_or_else(String::new, |paragraph| {
        let text = &project.translation(paragraph.paragraph_id, target).text;
        selected_in_editor(
            ctx,
            translation_editor_id(paragraph.paragraph_id, target),
            text,
        )
    });
    overlays.show(Modal::Term(Box::new(TermDialog {
        from: project.source.language.clone(),
        to: target.clone(),
        editing: None,
        source,
        target: translated.trim().to_owned(),
        note: String::new(),
        forbidden: false,
    })));
}

/// Opens the dialog that edits `entry` (of the glossary Diptych keeps).
pub fn open_edit_term(entry: GlossaryEntry, glossary: &GlossaryState, overlays: &mut Overlays) {
    let Some((from, to)) = glossary.pair().cloned() else {
        return;
    };
    overlays.show(Modal::Term(Box::new(TermDialog {
        from,
        to,
        source: entry.source.clone(),
        target: entry.target.clone(),
        note: entry.note.clone(),
        forbidden: entry.forbidden,
        editing: Some(entry),
    })));
}

/// Starts writing `change` to the `from` → `to` glossary Diptych keeps in the library.
pub fn start_change(
    from: LanguageTag,
    to: LanguageTag,
    change: GlossaryChange,
    glossary: &GlossaryState,
    jobs: &mut Jobs,
    overlays: &mut Overlays,
) {
    let Some(library) = glossary.library() else {
        overlays.toast(ToastLevel::Error, tr::glossary_no_library());
        return;
    };
    if let Err(error) = jobs.start_glossary_change(library.to_path_buf(), from, to, change) {
        overlays.toast(
            ToastLevel::Error,
            tr::glossary_change_failed(error.to_string()),
        );
    }
}

/// Starts writing the shown languages' glossary to `path` as TBX (replacing a file there
/// after a backup: the save dialog asked).
pub fn start_export(
    path: std::path::PathBuf,
    glossary: &GlossaryState,
    jobs: &mut Jobs,
    overlays: &mut Overlays,
) {
    let Some((entries, files, pair)) = glossary.export_inputs() else {
        overlays.toast(ToastLevel::Info, tr::glossary_export_not_read());
        return;
    };
    let library = glossary.library().map(std::path::Path::to_path_buf);
    if let Err(error) = jobs.start_glossary_export(path, entries, pair, files, library) {
        overlays.toast(
            ToastLevel::Error,
            tr::glossary_export_failed(error.to_string()),
        );
    }
}

/// A change written (or not): said so, and the glossary read again (it may have changed
/// elsewhere). When an addition or an edit was not made, its dialog opens again with what
/// was typed (an edit of a term deleted meanwhile as an addition).
pub fn changed(
    (from, to): (LanguageTag, LanguageTag),
    change: GlossaryChange,
    result: Result<(std::path::PathBuf, usize), GlossaryFileError>,
    glossary: &mut GlossaryState,
    overlays: &mut Overlays,
) {
    glossary.reset();
    let error = match result {
        Ok((path, count)) => {
            let file = path
                .file_name()
                .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
            let message = match &change {
                GlossaryChange::Add(entry) => {
                    tr::glossary_added(&entry.source, &entry.target, file, count)
                }
                GlossaryChange::Replace { new, .. } => {
                    tr::glossary_changed(&new.source, &new.target, file, count)
                }
                GlossaryChange::Remove(entry) => {
                    tr::glossary_deleted(&entry.source, &entry.target, file, count)
                }
            };
            overlays.toast(ToastLevel::Info, message);
            return;
        }
        Err(error) => error,
    };
    overlays.toast(ToastLevel::Error, error.to_string());
    let (editing, typed) = match change {
        GlossaryChange::Add(typed) => (None, typed),
        GlossaryChange::Replace { old, new } => {
            let gone = matches!(error, GlossaryFileError::Missing { .. });
            ((!gone).then_some(old), new)
        }
        GlossaryChange::Remove(_) => return,
    };
    if overlays.modal.is_none() {
        overlays.show(Modal::Term(Box::new(TermDialog {
            from,
            to,
            editing,
            source: typed.source,
            target: typed.target,
            note: typed.note,
            forbidden: typed.forbidden,
        })));
    }
}

/// The commands that put `term` into the selected row's translation at its editor's cursor
/// (in place of a selection; at the end when the editor has no cursor), as one undo step,
/// with the cursor after it.
pub fn insertion(
    ctx: &egui::Context,
    document: &Document,
    selected: Option<ParagraphId>,
    target: Option<&LanguageTag>,
    term: &str,
) -> Option<Vec<Command>> {
    let (Some(paragraph_id), Some(language)) = (selected, target) else {
        return None;
    };
    let text = document
        .project
        .translation(paragraph_id, language)
        .text
        .clone();
    let id = translation_editor_id(paragraph_id, language);
    let mut state = egui::text_edit::TextEditState::load(ctx, id).unwrap_or_default();
    let count = text.chars().count();
    // The editor's selection as it was while it had the focus (a click on the panel took
    // it), else its cursor, else the end.
    let remembered = ctx
        .data(|data| data.get_temp::<LastSelection>(last_selection_id()))
        .filter(|last| last.paragraph_id == paragraph_id && &last.language == language)
        .map(|last| last.range);
    let current = state.cursor.char_range().map(|range| {
        let [start, end] = range.sorted_cursors();
        (usize::from(start.index), usize::from(end.index))
    });
    let (start, end) = remembered
        .or(current)
        .map_or((count, count), |(start, end)| {
            (start.min(count), end.min(count))
        });
    let byte = |index: usize| {
        text.char_indices()
            .nth(index)
            .map_or(text.len(), |(at, _)| at)
    };
    let (before, after) = (&text[..byte(start)], &text[byte(end)..]);
    // A space between the term and the words beside it, unless there is one already.
    let space_before = if before.is_empty() || before.ends_with(char::is_whitespace) {
        ""
    } else {
        " "
    };
    let space_after = if after.is_empty()
        || after.starts_with(char::is_whitespace)
        || after.starts_with(|c: char| c.is_ascii_punctuation())
    {
        ""
    } else {
        " "
    };
    let inserted = format!("{space_before}{term}{space_after}");
    let new_text = format!("{before}{inserted}{after}");
    let cursor = before.chars().count() + space_before.chars().count() + term.chars().count();
    state
        .cursor
        .set_char_range(Some(CCursorRange::one(CCursor::new(cursor))));
    state.store(ctx, id);
    ctx.data_mut(|data| {
        data.insert_temp(
            last_selection_id(),
            LastSelection {
                paragraph_id,
                language: language.clone(),
                range: (cursor, cursor),
            },
        );
    });
    ctx.memory_mut(|memory| memory.request_focus(id));
    Some(vec![
        Command::EndTyping,
        Command::SetTranslationText {
            paragraph_id,
            language: language.clone(),
            text: new_text,
        },
        Command::EndTyping,
    ])
}

#[cfg(test)]
mod tests {
    use super::whole_words;

    #[test]
    fn a_selection_is_widened_to_whole_words() {
        let text = "The current rolling stock is old.";
        assert_eq!(
            whole_words(text, "urrent rollin").as_deref(),
            Some("current rolling")
        );
        assert_eq!(whole_words(text, "stock is").as_deref(), Some("stock is"));
        assert_eq!(whole_words(text, " old.").as_deref(), Some("old"));
        assert_eq!(
            whole_words("Prezidentlə görüş", "ezident").as_deref(),
            Some("Prezidentlə")
        );
        assert_eq!(whole_words(text, "new"), None);
    }
}
