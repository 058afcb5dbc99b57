//! `diptych export`: the translated article as a file (txt, md or html). The project is only
//! read; the output is written atomically, after a backup of the file it replaces, and an
//! existing output needs `--force`.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use super::claim_output;
use crate::io::backup::DEFAULT_BACKUPS_TO_KEEP;
use crate::io::export::{ExportFormat, ExportOptions, export_article};
use crate::model::LanguageTag;

/// What `diptych export` was asked for.
pub struct ExportRequest<'a> {
    pub project: &'a Path,
    pub format: &'a str,
    /// The target language (default: the project's first).
    pub lang: Option<&'a str>,
    /// Where to write (default: beside the project, `NAME.LANG.EXT`).
    pub output: Option<&'a Path>,
    pub force: bool,
    pub allow_incomplete: bool,
}

/// Where an export goes by default: beside the project, named after it, the language and the
/// format (`metro.diptych.ron` → `metro.ru.html`).
pub fn default_export_path(
    project: &Path,
    language: &LanguageTag,
    format: ExportFormat,
) -> PathBuf {
    let name = project
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name
        .strip_suffix(".ron")
        .unwrap_or(&name)
        .trim_end_matches(".diptych");
    let stem = if stem.is_empty() { "article" } else { stem };
    project.with_file_name(format!("{stem}.{language}.{}", format.extension()))
}

/// Runs `diptych export`; returns the summary for the terminal.
pub fn export_command(request: &ExportRequest<'_>) -> anyhow::Result<String> {
    let format = ExportFormat::from_name(request.format).with_context(|| {
        let names: Vec<&str> = ExportFormat::ALL
            .iter()
            .map(|format| format.name())
            .collect();
        format!(
            "unknown export format {:?}; choose one of {}",
            request.format,
            names.join(", ")
        )
    })?;
    let project = crate::io::load_project(request.project)?;
    let language = match request.lang {
        Some(raw) => LanguageTag::parse(raw)?,
        None => project
            .targets
            .first()
            .cloned()
            .context("the project has no target language to export")?,
    };
    let options = ExportOptions {
        language: language.clone(),
        allow_incomplete: request.allow_incomplete,
    };
    let export = export_article(&project, format, &options)?;
    let output = request.output.map_or_else(
        || default_export_path(request.project, &language, format),
        Path::to_path_buf,
    );
    let _lock = claim_output(&output, &[request.project], request.force)?;
    if let Ok(bytes) = crate::io::read_file_capped(&output)
        && (crate::io::project_file::looks_like_project(&bytes)
            || crate::io::project_file::is_project_text(&bytes))
    {
        bail!(
            "{} is a Diptych project; an export will not replace it, even with --force. Write \
             to another file.",
            output.display()
        );
    }
    crate::io::backup::back_up_before_saving(&output, DEFAULT_BACKUPS_TO_KEEP).with_context(
        || {
            format!(
                "{} could not be backed up, so it was not overwritten",
                output.display()
            )
        },
    )?;
    crate::io::fs::write_atomically(&output, export.text.as_bytes())
        .with_context(|| format!("cannot write {}", output.display()))?;
    let notes: String = export
        .notes
        .iter()
        .flat_map(|note| ["\nnote: ", note.as_str()])
        .collect();
    Ok(format!(
        "{} ({}, {}, {} bytes) → {}{notes}",
        request.project.display(),
        format.name(),
        language,
        export.text.len(),
        output.display()
    ))
}
