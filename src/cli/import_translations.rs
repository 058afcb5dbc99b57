//! `diptych import-translations PROJECT FILE`: brings translations in from another tool and
//! saves the project (after a backup) under its lock, reporting what it did. An XLIFF file
//! exported from this project updates translations, statuses and notes by paragraph id; a TMX
//! memory fills empty translations from exact matches (as drafts).

use std::path::Path;

use anyhow::{Context as _, bail};

use crate::io::backup::DEFAULT_BACKUPS_TO_KEEP;
use crate::io::import::exchange::{ExchangeFile, read_exchange_file};
use crate::io::import::xliff::XliffDocument;
use crate::io::import::xliff_update::{LanguageChoice, xliff_update};
use crate::io::save_project_with_backup;
use crate::memory::fill_exact_matches;
use crate::model::LanguageTag;

/// Runs the command; returns the report for the terminal.
pub fn import_translations(
    project_path: &Path,
    file: &Path,
    lang: Option<&str>,
    overwrite: bool,
) -> anyhow::Result<String> {
    let _lock = super::lock_project(project_path)?;
    let mut project = crate::io::load_project(project_path)?;
    let memory = match read_exchange_file(file)? {
        ExchangeFile::Xliff(document) => {
            return import_xliff(&mut project, project_path, file, &document, lang, overwrite);
        }
        ExchangeFile::Memory(memory) => memory,
    };
    let languages: Vec<LanguageTag> = match lang {
        Some(raw) => super::parse_language_list(raw, "--lang")?,
        None => project.targets.clone(),
    };
    let mut lines = Vec::new();
    let mut changed = false;
    for language in &languages {
        if !project.targets.contains(language) {
            bail!(
                "{language} is not a target language of {}",
                project_path.display()
            );
        }
        let (edit, report) = fill_exact_matches(&project, &memory, language);
        if let Some(edit) = edit {
            edit.apply(&mut project)
                .context("the memory's translations could not be filled in")?;
            changed = true;
        }
        lines.push(format!("{language}: {}", report.describe()));
    }
    if memory.dropped_codes > 0 {
        lines.push(format!(
            "note: {} inline code(s) in the memory's segments were left out",
            memory.dropped_codes
        ));
    }
    if changed {
        save_project_with_backup(&project, project_path, DEFAULT_BACKUPS_TO_KEEP)?;
        lines.push(format!("saved {}", project_path.display()));
    } else {
        lines.push(format!(
            "nothing to fill; {} is unchanged",
            project_path.display()
        ));
    }
    Ok(format!(
        "{}: {} unit(s)\n{}",
        file.display(),
        memory.units.len(),
        lines.join("\n")
    ))
}

fn import_xliff(
    project: &mut crate::model::Project,
    project_path: &Path,
    file: &Path,
    document: &XliffDocument,
    lang: Option<&str>,
    overwrite: bool,
) -> anyhow::Result<String> {
    let language = lang.map(LanguageTag::parse).transpose()?;
    let choice = LanguageChoice {
        required: language.as_ref(),
        fallback: None,
    };
    let (edit, report, target) = xliff_update(project, document, choice, overwrite)
        .with_context(|| format!("{}", file.display()))?;
    let mut lines = vec![format!("{target}: {}", report.describe())];
    if report.conflicts > 0 && !overwrite {
        lines.push(format!(
            "note: the {} conflict(s) differ from translations already in the project and were \
             left as they are (--overwrite replaces them)",
            report.conflicts
        ));
    }
    if document.dropped_markup > 0 {
        lines.push(format!(
            "note: {} inline element(s) were dropped; their text was kept",
            document.dropped_markup
        ));
    }
    match edit {
        Some(edit) => {
            edit.apply(project)
                .context("the file's translations could not be applied")?;
            save_project_with_backup(project, project_path, DEFAULT_BACKUPS_TO_KEEP)?;
            lines.push(format!("saved {}", project_path.display()));
        }
        None => lines.push(format!(
            "nothing changed; {} is unchanged",
            project_path.display()
        )),
    }
    Ok(format!(
        "{}: {} unit(s)\n{}",
        file.display(),
        document.units.len(),
        lines.join("\n")
    ))
}
