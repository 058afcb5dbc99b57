//! `diptych export`: the translated article as a file (txt, md or html). The project is only
//! read; the output is written atomically, after a backup of the file it replaces, and an
//! existing output needs `--force`.

use std::path::Path;

use anyhow::Context as _;

use super::claim_output;
use crate::io::export::{
    ExportFormat, ExportOptions, default_export_path, export_article, write_export_file,
};
use crate::model::LanguageTag;

/// What `diptych export` was asked for.
#[expect(
    clippy::struct_excessive_bools,
    reason = "each is one independent command-line flag"
)]
pub struct ExportRequest<'a> {
    pub project: &'a Path,
    pub format: &'a str,
    /// The target language (default: the project's first).
    pub lang: Option<&'a str>,
    /// Where to write (default: beside the project, `NAME.LANG.EXT`).
    pub output: Option<&'a Path>,
    pub force: bool,
    pub allow_incomplete: bool,
    pub include_drafts: bool,
    /// For tmx: sentence pairs instead of paragraph pairs.
    pub sentences: bool,
    /// With docx: the review table instead of the article.
    pub bilingual: bool,
}

/// Runs `diptych export`; returns the summary for the terminal.
pub fn export_command(request: &ExportRequest<'_>) -> anyhow::Result<String> {
    let named = ExportFormat::from_name(request.format).with_context(|| {
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
    let format = match (named, request.bilingual) {
        (ExportFormat::Docx, true) => ExportFormat::BilingualDocx,
        (ExportFormat::Html, true) => ExportFormat::BilingualHtml,
        (format, false) => format,
        (other, true) => anyhow::bail!(
            "--bilingual goes with --format docx or html, not {}",
            other.name()
        ),
    };
    let project = crate::io::load_project(request.project)?;
    let mut languages = match request.lang {
        Some(raw) => super::parse_language_list(raw, "--lang")?,
        None => Vec::new(),
    };
    if languages.is_empty() && format == ExportFormat::Tmx {
        // A translation memory holds every target unless told otherwise.
        languages.clone_from(&project.targets);
    }
    if languages.is_empty() {
        languages.push(
            project
                .targets
                .first()
                .cloned()
                .context("the project has no target language to export")?,
        );
    }
    let also: Vec<LanguageTag> = match (format, languages.len()) {
        (_, 1) => Vec::new(),
        (ExportFormat::Tmx, _) | (ExportFormat::BilingualHtml | ExportFormat::BilingualDocx, 2) => {
            languages[1..].to_vec()
        }
        (ExportFormat::BilingualHtml | ExportFormat::BilingualDocx, _) => {
            anyhow::bail!("a review copy shows at most two target languages beside the source")
        }
        _ => anyhow::bail!(
            "--format {} exports one language; give one --lang (two only for bilingual-html)",
            format.name()
        ),
    };
    let language = languages[0].clone();
    let options = ExportOptions {
        language: language.clone(),
        allow_incomplete: request.allow_incomplete,
        also,
        include_drafts: request.include_drafts,
        sentences: request.sentences,
    };
    let export = export_article(&project, format, &options)?;
    let output = request.output.map_or_else(
        || default_export_path(request.project, &languages, format),
        Path::to_path_buf,
    );
    let _lock = claim_output(&output, &[request.project], request.force)?;
    // Claimed above: an existing output is there to be replaced (--force).
    write_export_file(&output, export.bytes(), true)?;
    let notes: String = export
        .notes
        .iter()
        .flat_map(|note| ["\nnote: ".to_owned(), note.describe()])
        .collect();
    let mut exported = vec![language.to_string()];
    exported.extend(options.also.iter().map(LanguageTag::to_string));
    Ok(format!(
        "{} ({}, {}, {} bytes) → {}{notes}",
        request.project.display(),
        format.name(),
        exported.join(", "),
        export.bytes().len(),
        output.display()
    ))
}
