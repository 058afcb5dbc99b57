//! `diptych pretranslate PROJECT --lang ru [--min 100]`: fills the project's empty
//! translations from the translation memory (the library's projects and memories, any TMX
//! named, and the project's own finished rows), each with its best match at or above the
//! minimum score, as drafts for the translator to confirm; numbers are carried over where the
//! match differs only in them. A translation is never replaced. The project is saved once,
//! after a backup, under its lock.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::io::backup::DEFAULT_BACKUPS_TO_KEEP;
use crate::io::lock::{LockOutcome, acquire};
use crate::io::save_project_with_backup;
use crate::memory::sources::{MemorySources, add_project, build_memory};
use crate::model::{Edit, LanguageTag, TranslationStatus};

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
    let _lock = match acquire(request.project)
        .with_context(|| format!("cannot lock {}", request.project.display()))?
    {
        LockOutcome::Acquired(lock) => lock,
        LockOutcome::HeldBy(holder) => bail!(
            "{} is open in another Diptych ({}); close it there first",
            request.project.display(),
            holder.describe()
        ),
    };
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
    let (mut memory, report) = build_memory(&sources, &project.source.language, &language);
    add_project(&mut memory, &project, &language);
    let mut edits = Vec::new();
    let (mut filled, mut exact, mut without, mut numbers) = (0, 0, 0, 0);
    let empty: Vec<_> = project
        .translatable_paragraphs()
        .filter(|paragraph| {
            project
                .translation(paragraph.paragraph_id, &language)
                .text
                .trim()
                .is_empty()
        })
        .map(|paragraph| (paragraph.paragraph_id, paragraph.text.clone()))
        .collect();
    for (paragraph_id, text) in empty {
        let Some(best) = memory.search(&text, request.minimum, 1).into_iter().next() else {
            without += 1;
            continue;
        };
        if best.numbers_differ {
            // Its translation would carry the match's numbers, not this paragraph's.
            numbers += 1;
            continue;
        }
        filled += 1;
        if best.score == 100 {
            exact += 1;
        } else {
            edits.push(Edit::SetTranslationNote {
                paragraph_id,
                language: language.clone(),
                note: format!(
                    "Pre-translated from a {}% match ({}): «{}»",
                    best.score, best.origin, best.source
                ),
            });
        }
        edits.push(Edit::SetTranslationText {
            paragraph_id,
            language: language.clone(),
            text: best.target_with_numbers.unwrap_or(best.target),
        });
        edits.push(Edit::SetTranslationStatus {
            paragraph_id,
            language: language.clone(),
            status: TranslationStatus::Draft,
        });
    }
    let mut lines = vec![format!(
        "memory: {} segment(s) from {} project(s) and {} TMX file(s)",
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
    lines.push(format!(
        "{language}: {filled} empty translation(s) filled as drafts ({exact} exact, {} fuzzy at \
         {}% or more, each with a note naming its match), {without} without a match",
        filled - exact,
        request.minimum
    ));
    if numbers > 0 {
        lines.push(format!(
            "{numbers} left empty: their best match has other numbers, which could not be \
             carried into its translation safely"
        ));
    }
    if edits.is_empty() {
        lines.push(format!(
            "nothing to fill; {} is unchanged",
            request.project.display()
        ));
    } else {
        Edit::Batch(edits)
            .apply(&mut project)
            .context("the matches could not be filled in")?;
        save_project_with_backup(&project, request.project, DEFAULT_BACKUPS_TO_KEEP)?;
        lines.push(format!("saved {}", request.project.display()));
    }
    Ok(lines.join("\n"))
}
