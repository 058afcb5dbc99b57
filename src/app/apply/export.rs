//! Export commands: the dialog (starting from the last choices), writing the file as a
//! background job, and what the user is told when it is done. Each function takes only the
//! parts it needs.

use std::path::PathBuf;

use crate::app::commands::ExportChoice;
use crate::app::jobs::{ExportJobError, JobKind, Jobs};
use crate::app::overlays::{ExportDialog, Modal, Overlays, ToastLevel};
use crate::app::session::{Document, Origin};
use crate::app::settings::Preferences;
use crate::io::export::{ExportFormat, ExportOptions, export_article, write_export_file};
use crate::l10n::tr;
use crate::model::LanguageTag;

/// Where the project is saved, or would be: exports are suggested beside it (as an absolute
/// path, so the dialog says plainly where the file goes).
fn project_path(document: &Document) -> PathBuf {
    let path = match &document.origin {
        Origin::ProjectFile(path) => path.clone(),
        Origin::ImportedArticle(article) => crate::io::project_file::default_project_path(article),
        Origin::Example => PathBuf::from("example.diptych.ron"),
    };
    std::path::absolute(&path).unwrap_or(path)
}

/// Opens the export dialog for the shown target language (or the first).
pub fn show_export(
    document: &Document,
    target: Option<&LanguageTag>,
    preferences: &Preferences,
    overlays: &mut Overlays,
) {
    let targets = document.project.targets.clone();
    let Some(language) = target.cloned().or_else(|| targets.first().cloned()) else {
        overlays.toast(ToastLevel::Info, tr::export_no_target());
        return;
    };
    let settings = &preferences.settings;
    let format = ExportFormat::from_name(&settings.export_format).unwrap_or(ExportFormat::Html);
    overlays.show(Modal::Export(Box::new(ExportDialog::new(
        project_path(document),
        targets,
        language,
        format,
        settings.export_allow_incomplete,
    ))));
}

/// Remembers the choice and writes the export in the background.
pub fn start_export(
    document: &Document,
    choice: ExportChoice,
    jobs: &mut Jobs,
    preferences: &mut Preferences,
    overlays: &mut Overlays,
) {
    choice
        .format
        .name()
        .clone_into(&mut preferences.settings.export_format);
    preferences.settings.export_allow_incomplete = choice.allow_incomplete;
    preferences.persist(overlays);
    if jobs.is_running(JobKind::Export) {
        overlays.toast(ToastLevel::Info, tr::export_busy());
        return;
    }
    let project = document.project.clone();
    let label = tr::export_progress(choice.path.display().to_string());
    let started = jobs.start_export(choice.clone(), label, move |progress| {
        let options = ExportOptions {
            language: choice.language,
            allow_incomplete: choice.allow_incomplete,
            also: choice.also.into_iter().collect(),
            include_drafts: choice.include_drafts,
            sentences: choice.sentences,
        };
        let export = export_article(&project, choice.format, &options)?;
        if progress.is_cancelled() {
            // Cancelled before anything was written: nothing is.
            return Err(ExportJobError::Stopped);
        }
        progress.report(Some(0.5), tr::export_progress_writing());
        write_export_file(&choice.path, export.bytes(), choice.replace)?;
        Ok(export.notes)
    });
    if let Err(error) = started {
        overlays.toast(
            ToastLevel::Error,
            tr::export_start_failed(error.to_string()),
        );
    }
}

/// Tells the user how an export ended. When it failed, the dialog comes back with the same
/// choices and the reason, so that one change (keep the source text, replace the file,
/// another path) is all it takes to try again.
pub fn export_finished(
    document: &Document,
    choice: ExportChoice,
    result: Result<Vec<crate::io::export::ExportNote>, ExportJobError>,
    overlays: &mut Overlays,
) {
    match result {
        Ok(notes) => {
            let mut message = tr::export_done(choice.path.display().to_string());
            for note in notes {
                message.push_str(". ");
                message.push_str(&crate::app::explain::export_note(&note));
            }
            overlays.toast(ToastLevel::Info, message);
        }
        Err(ExportJobError::Stopped) => overlays.toast(
            ToastLevel::Info,
            tr::export_cancelled(choice.path.display().to_string()),
        ),
        Err(error) if overlays.modal.is_none() => {
            overlays.show(Modal::Export(Box::new(ExportDialog::reopened(
                project_path(document),
                document.project.targets.clone(),
                choice,
                tr::export_failed(crate::app::explain::export_job_error(&error)),
            ))));
        }
        Err(error) => overlays.toast(
            ToastLevel::Error,
            tr::export_failed(crate::app::explain::export_job_error(&error)),
        ),
    }
}
