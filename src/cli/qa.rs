//! `diptych qa PROJECT [--lang ru] [--format json|text] [--fail-on error|warning]`: the QA
//! checks on a project's translations and on its alignment links. `--format json` prints a
//! JSON array of findings; `--fail-on` makes the command fail (exit 1) when a finding is that
//! serious or more.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::bail;

use super::CheckReport;
use crate::model::{LanguageTag, Project};
use crate::qa::{Finding, Place, QaResources, Severity, check_project_with};
use crate::spell::load::{SpellingSources, load_speller};

/// What `qa` was asked.
pub struct QaRequest<'a> {
    pub project: &'a Path,
    pub lang: Option<&'a str>,
    pub json: bool,
    pub fail_on: Option<&'a str>,
    /// The library whose glossaries are checked (default: the usual library folder).
    pub library: Option<&'a Path>,
    /// More glossaries.
    pub glossaries: &'a [std::path::PathBuf],
    /// Spelling: `None` leaves it out; `Some(folder)` checks it with the dictionaries of
    /// `folder` (when given), the library and the system.
    pub dictionaries: Option<Option<&'a Path>>,
}

/// Reads the speller of `language` into `resources`, saying on the terminal which dictionaries
/// were passed over and (for a language whose spelling is checked) when there is none.
fn load_into(
    (sources, project): (&SpellingSources, &Project),
    language: &LanguageTag,
    resources: &mut QaResources,
    checked: bool,
) {
    let own = || crate::spell::learned::own_words(project, language.primary());
    match load_speller(sources, language, own) {
        Ok((found, passed_over)) => {
            for note in passed_over {
                eprintln!(
                    "spelling: {}",
                    crate::io::terminal::escape_to_one_line(&note)
                );
            }
            match found {
                Some(loaded) => {
                    resources
                        .spellers
                        .insert(language.clone(), std::sync::Arc::new(loaded.speller));
                }
                None if checked => eprintln!(
                    "spelling: no usable {language} dictionary (Debian: hunspell-{}), so {language} spelling is not checked",
                    language.primary()
                ),
                None => {}
            }
        }
        Err(error) => eprintln!(
            "spelling: {}; {language} spelling is not checked",
            crate::io::terminal::escape_to_one_line(&error)
        ),
    }
}

/// Where a finding is, for people: the grid's row, or the link's paragraphs.
fn place_of(project: &Project, finding: &Finding) -> String {
    match &finding.place {
        Place::Paragraph(id) => project.paragraph_index(*id).map_or_else(
            || format!("paragraph {}", id.0),
            |index| format!("row {}", index + 1),
        ),
        Place::Link { source, target } => {
            let ids = |ids: &[crate::model::ParagraphId]| {
                if ids.is_empty() {
                    return "nothing".to_owned();
                }
                ids.iter()
                    .map(|id| id.0.to_string())
                    .collect::<Vec<_>>()
                    .join("+")
            };
            format!("link {} → {}", ids(source), ids(target))
        }
    }
}

/// Runs the command; returns its report, and a failure when `--fail-on` is met.
pub fn qa(request: &QaRequest<'_>) -> anyhow::Result<CheckReport> {
    let fail_on = match request.fail_on {
        None => None,
        Some(name) => match Severity::parse(name) {
            Some(severity) if severity != Severity::Info => Some(severity),
            _ => bail!("--fail-on is error or warning, not {name}"),
        },
    };
    let project = crate::io::load_project(request.project)?;
    let languages = match request.lang {
        None => Vec::new(),
        Some(lang) => {
            let language = LanguageTag::parse(lang)?;
            if !project.targets.contains(&language) && !project.aligned.contains_key(&language) {
                bail!(
                    "{language} is neither a target language nor an aligned translation of {}",
                    request.project.display()
                );
            }
            vec![language]
        }
    };
    for check in &project.qa.disabled_checks {
        if !crate::qa::CHECKS.iter().any(|(id, _)| id == check) {
            eprintln!(
                "note: the project switches off a check this build does not know: {}",
                crate::io::terminal::escape_to_one_line(check)
            );
        }
    }
    // Each target's glossary, from the library and the files named (which must read).
    let mut resources = QaResources::default();
    let library = super::tm::library(request.library);
    for language in crate::qa::checked_languages(&project, &languages) {
        for file in request.glossaries {
            crate::memory::sources::read_glossary_file(file, &project.source.language, &language)
                .map_err(|error| anyhow::anyhow!("{}: {error}", file.display()))?;
        }
        let (entries, skipped) = crate::memory::sources::load_glossaries(
            library.as_deref(),
            request.glossaries,
            &project.source.language,
            &language,
        );
        for line in skipped {
            eprintln!(
                "skipped: {}",
                crate::io::terminal::escape_to_one_line(&line)
            );
        }
        if !entries.is_empty() {
            let glossary = crate::memory::terms::Glossary::new(
                entries,
                project.source.language.primary(),
                language.primary(),
            );
            resources.glossaries.insert(language.clone(), glossary);
        }
        if let Some(folder) = request.dictionaries {
            if let Some(folder) = folder.filter(|folder| !folder.is_dir()) {
                bail!("--dictionaries {} is not a folder", folder.display());
            }
            let sources = SpellingSources {
                folder: folder.map(Path::to_path_buf),
                library: library.clone(),
                checked: Some(request.project.to_path_buf()),
            };
            if project.qa.is_enabled("spelling") {
                load_into((&sources, &project), &language, &mut resources, true);
            }
        }
    }
    // The source language's dictionary tells the names check common words from names.
    let sources = SpellingSources {
        folder: request.dictionaries.flatten().map(Path::to_path_buf),
        library: library.clone(),
        checked: Some(request.project.to_path_buf()),
    };
    if !resources.spellers.contains_key(&project.source.language) {
        load_into(
            (&sources, &project),
            &project.source.language,
            &mut resources,
            false,
        );
    }
    let findings = check_project_with(&project, &languages, &mut resources);
    let report = if request.json {
        let array: Vec<serde_json::Value> = findings.iter().map(Finding::to_json).collect();
        crate::io::terminal::json_for_terminal(&serde_json::to_string_pretty(&array)?)
    } else {
        human(&project, &findings)
    };
    let worst = findings.iter().map(|finding| finding.severity).max();
    let failure = match (fail_on, worst) {
        (Some(threshold), Some(worst)) if worst >= threshold => Some(format!(
            "{} finding(s), the worst of them {}",
            findings.len(),
            worst.as_str()
        )),
        _ => None,
    };
    Ok(CheckReport { report, failure })
}

/// The findings grouped by check, with counts.
fn human(project: &Project, findings: &[Finding]) -> String {
    if findings.is_empty() {
        return "no findings".to_owned();
    }
    let mut by_check: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for finding in findings {
        by_check.entry(finding.check).or_default().push(finding);
    }
    let mut text = String::new();
    for (check, found) in by_check {
        // Writing to a String cannot fail.
        let _ = writeln!(text, "{check}: {}", found.len());
        for finding in found {
            let _ = writeln!(
                text,
                "  {} {} ({}): {}",
                finding.severity.as_str(),
                place_of(project, finding),
                finding.language,
                finding.message
            );
        }
    }
    let count = |severity| {
        findings
            .iter()
            .filter(|finding| finding.severity == severity)
            .count()
    };
    let _ = write!(
        text,
        "{} error(s), {} warning(s), {} note(s)",
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info)
    );
    text
}
