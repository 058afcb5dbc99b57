//! The Matches panel's commands: showing it (and building the memory it needs), inserting a
//! match into the selected row, remembering confirmed rows, and taking in a built memory.
//! Each function takes only the parts it needs.

use crate::app::commands::Command;
use crate::app::jobs::BuiltMemory;
use crate::app::jobs::Jobs;
use crate::app::matches::MatchesState;
use crate::app::overlays::{Overlays, ToastLevel};
use crate::app::session::{Document, Origin};
use crate::l10n::tr;
use crate::model::{LanguageTag, ParagraphId};

/// Starts building the memory for the document's source language and `target` when the one
/// there is for other languages (or there is none).
pub fn ensure_memory(
    document: &Document,
    target: Option<&LanguageTag>,
    matches: &mut MatchesState,
    jobs: &mut Jobs,
    overlays: &mut Overlays,
) {
    let Some(target) = target else {
        return;
    };
    let from = document.project.source.language.clone();
    if !matches.needs_building(&from, target) {
        return;
    }
    let folder = match &document.origin {
        Origin::ProjectFile(path) => path.parent().map(std::path::Path::to_path_buf),
        Origin::ImportedArticle(_) | Origin::Example => None,
    };
    match jobs.start_memory_build(matches.sources(folder), from.clone(), target.clone()) {
        Ok(()) => matches.building_for(from, target.clone()),
        Err(error) => overlays.toast(
            ToastLevel::Error,
            tr::matches_build_failed(error.to_string()),
        ),
    }
}

/// A memory built in the background.
pub fn memory_built(
    document: &Document,
    from: &LanguageTag,
    to: &LanguageTag,
    built: Option<Box<BuiltMemory>>,
    matches: &mut MatchesState,
) {
    matches.built(from, to, built.map(|built| *built), &document.project);
}

/// The command that puts match `number` into the selected row (`None`, with a word to the
/// user, when there is no such match).
pub fn insertion(
    number: usize,
    selected: Option<ParagraphId>,
    target: Option<&LanguageTag>,
    matches: &MatchesState,
    overlays: &mut Overlays,
) -> Option<Command> {
    let (Some(paragraph_id), Some(language)) = (selected, target) else {
        return None;
    };
    let Some(text) = matches.insertion(number) else {
        overlays.toast(ToastLevel::Info, tr::matches_no_match(number.to_string()));
        return None;
    };
    Some(Command::SetTranslationText {
        paragraph_id,
        language: language.clone(),
        text: text.to_owned(),
    })
}

/// A row just confirmed joins the memory (when it is done and has text).
pub fn remember_confirmed(
    document: &Document,
    row: Option<ParagraphId>,
    target: Option<&LanguageTag>,
    matches: &mut MatchesState,
) {
    let (Some(paragraph_id), Some(language)) = (row, target) else {
        return;
    };
    let project = &document.project;
    let translation = project.translation(paragraph_id, language);
    if let Some(paragraph) = project.paragraph(paragraph_id)
        && translation.status.is_done()
        && !translation.text.trim().is_empty()
    {
        matches.add_confirmed(&paragraph.text, &translation.text, &project.metadata.title);
    }
}

/// A pre-translation finished: its fills go in as one undo step when the document is still
/// the one it was worked out for.
pub fn pretranslated(
    editing: &mut crate::app::apply::EditContext<'_>,
    language: &LanguageTag,
    fits: bool,
    result: Option<(
        Option<crate::model::Edit>,
        crate::memory::pretranslate::PretranslateReport,
    )>,
) {
    let Some((edit, report)) = result else {
        return;
    };
    if !fits {
        editing
            .overlays
            .toast(ToastLevel::Warning, tr::memory_pretranslate_stale());
        return;
    }
    let mut message = crate::app::reports::pretranslate(&report, language, 100);
    if let Some(edit) = edit {
        editing.document.history.close_group();
        editing.edit(edit, None);
        editing.document.history.close_group();
        editing.view.grid.reset();
        message = tr::memory_pretranslated_undo(message);
    }
    editing.overlays.toast(ToastLevel::Info, message);
}
