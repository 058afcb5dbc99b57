//! `diptych pretranslate PROJECT --lang ru [--min 100]`: fills the project's empty
//! translations from the translation memory (the library's projects and memories, any TMX
//! named, and the project's own finished rows), each with its best match at or above the
//! minimum score, as drafts for the translator to confirm; numbers are carried over where the
//! match differs only in them. A translation is never replaced. The project is saved once,
//! after a backup, under its lock.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::io::backup::DEFAULT_BACKUPS_TO_KEEP;
use crate::io::save_project_with_backup;
use crate::memory::pretranslate::pretranslate as pretranslate_rows;
use crate::memory::sources::{MemorySources, add_project};
use crate::model::LanguageTag;

/// What `pretranslate` was asked.
pub struct PretranslateRequest<'a> {
    pub project: &'a Path,
    pub lang: &'a str,
    pub minimum: u8,
    pub library: Option<&'a Path>,
    pub tmx: &'a [PathBuf],
}

/// Runs the command; returns the report.
pub fn pretranslate(request: &PretranslateRequest<'_>) -> anyhow::Result<String> {
    if request.minimum > 100 {
        bail!("--min is a percentage (0–100)");
    }
    let language = LanguageTag::parse(request.lang)?;
    let _lock = super::lock_project(request.project)?;
    let mut project = crate::io::load_project(request.project)?;
    if !project.targets.contains(&language) {
        bail!(
            "{language} is not a target language of {}",
            request.project.display()
        );
    }
    let sources = MemorySources {
        library: request
            .library
            .map(Path::to_path_buf)
            .or_else(crate::io::library::default_library_dir),
        tmx: request.tmx.to_vec(),
        folders: Vec::new(),
    };
    let (mut memory, report, cache) =
        super::tm::load_memory(&sources, &project.source.language, &language);
    add_project(
        &mut memory,
        &project,
        &language,
        &crate::memory::sources::day_of(request.project),
    );
    let (edit, filled) =
        pretranslate_rows(&project, &mut memory, &language, request.minimum, &|| false);
    let mut lines = vec![format!(
        "memory: {} segment(s) from {} project(s) and {} TMX file(s){cache}",
        memory.len(),
        report.projects,
        report.memories
    )];
    lines.extend(
        report
            .skipped
            .iter()
            .map(|skipped| format!("skipped: {skipped}")),
    );
    lines.push(filled.describe(&language, request.minimum));
    if let Some(edit) = edit {
        edit.apply(&mut project)
            .context("the matches could not be filled in")?;
        save_project_with_backup(&project, request.project, DEFAULT_BACKUPS_TO_KEEP)?;
        lines.push(format!("saved {}", request.project.display()));
    } else {
        lines.push(format!(
            "nothing to fill; {} is unchanged",
            request.project.display()
        ));
    }
    Ok(lines.join("\n"))
}
