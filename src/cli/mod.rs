//! The command-line commands: `import`, `inspect`, `stats`, and (in [`align`]) `align` and
//! `eval-align`. Each returns an error with context
//! instead of exiting, so `main` prints it once and exits non-zero.

pub mod align;

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::io::inspect::{inspect_json, inspect_text, stats_text};
use crate::io::{ImportOptions, Opened, open_path, save_project};
use crate::model::{LanguageTag, Project};

/// Output formats of `diptych inspect`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InspectFormat {
    Json,
    Text,
}

/// Parses a comma-separated list of language tags.
pub fn parse_language_list(raw: &str) -> anyhow::Result<Vec<LanguageTag>> {
    raw.split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| LanguageTag::parse(part).map_err(anyhow::Error::from))
        .collect()
}

fn import_options(
    source_lang: Option<&str>,
    targets: Option<&str>,
) -> anyhow::Result<ImportOptions> {
    Ok(ImportOptions {
        source_language: source_lang.map(LanguageTag::parse).transpose()?,
        targets: targets.map(parse_language_list).transpose()?,
    })
}

/// Opens a project or imports an article.
pub fn open_any(path: &Path, options: &ImportOptions) -> anyhow::Result<Project> {
    match open_path(path, options)? {
        Opened::Project(project) | Opened::Article(project) => Ok(project),
    }
}

/// The default project path for an imported article: `story.txt` → `story.diptych.ron`.
pub fn default_project_path(article: &Path) -> PathBuf {
    let stem = article.file_stem().map_or_else(
        || "article".into(),
        |stem| stem.to_string_lossy().into_owned(),
    );
    article.with_file_name(format!("{stem}.diptych.ron"))
}

/// `diptych import`: imports an article and writes a project file. Returns a summary.
pub fn import(
    article: &Path,
    output: Option<&Path>,
    targets: Option<&str>,
    source_lang: Option<&str>,
    force: bool,
) -> anyhow::Result<String> {
    let options = import_options(source_lang, targets)?;
    let project = match open_path(article, &options)? {
        Opened::Article(project) => project,
        Opened::Project(_) => bail!("{} is already a Diptych project", article.display()),
    };
    let output = output.map_or_else(|| default_project_path(article), Path::to_path_buf);
    if output.exists() && !force {
        bail!(
            "{} already exists; pass --force to overwrite it",
            output.display()
        );
    }
    save_project(&project, &output).with_context(|| format!("importing {}", article.display()))?;
    let translatable = project.translatable_paragraphs().count();
    let targets: Vec<&str> = project.targets.iter().map(LanguageTag::as_str).collect();
    Ok(format!(
        "{}: \"{}\" ({}), {} paragraphs ({} to translate), targets {} → {}",
        article.display(),
        project.metadata.title,
        project.source.language,
        project.paragraphs().len(),
        translatable,
        targets.join(", "),
        output.display()
    ))
}

/// `diptych inspect`.
pub fn inspect(path: &Path, format: InspectFormat) -> anyhow::Result<String> {
    let project = open_any(path, &ImportOptions::default())?;
    Ok(match format {
        InspectFormat::Json => inspect_json(&project),
        InspectFormat::Text => inspect_text(&project),
    })
}

/// `diptych stats`.
pub fn stats(path: &Path) -> anyhow::Result<String> {
    let project = open_any(path, &ImportOptions::default())?;
    Ok(stats_text(&project))
}
