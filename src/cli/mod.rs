//! The command-line commands: `import`, `inspect`, `stats`, and (in [`align`]) `align` and
//! `eval-align`. Each returns an error with context
//! instead of exiting, so `main` prints it once and exits non-zero.

pub mod align;
pub mod eval_extract;

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::io::backup::DEFAULT_BACKUPS_TO_KEEP;
use crate::io::inspect::{inspect_json, inspect_text, stats_text};
use crate::io::{ImportOptions, Opened, open_path, save_project_with_backup};
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

/// Import options from command-line values: languages, a forced encoding (any WHATWG label,
/// such as `windows-1251` or `koi8-r`) and the page of a web archive to take.
pub fn import_options(
    source_lang: Option<&str>,
    targets: Option<&str>,
    encoding: Option<&str>,
    record: Option<&str>,
) -> anyhow::Result<ImportOptions> {
    let encoding = encoding
        .map(|label| {
            crate::io::decode::encoding_from_label(label)
                .ok_or_else(|| anyhow::anyhow!("unknown encoding {label:?}"))
        })
        .transpose()?;
    Ok(ImportOptions {
        source_language: source_lang.map(LanguageTag::parse).transpose()?,
        targets: targets.map(parse_language_list).transpose()?,
        encoding,
        record: record.map(str::to_owned),
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
    options: &ImportOptions,
    force: bool,
) -> anyhow::Result<String> {
    let project = match open_path(article, options)? {
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
    save_project_with_backup(&project, &output, DEFAULT_BACKUPS_TO_KEEP)
        .with_context(|| format!("importing {}", article.display()))?;
    let translatable = project.translatable_paragraphs().count();
    let targets: Vec<&str> = project.targets.iter().map(LanguageTag::as_str).collect();
    Ok(format!(
        "{}: {}, {}, \"{}\" ({}), {} paragraphs ({} to translate), targets {} → {}",
        article.display(),
        project.source.original.format,
        project.source.original.encoding,
        project.metadata.title,
        project.source.language,
        project.paragraphs().len(),
        translatable,
        targets.join(", "),
        output.display()
    ))
}

/// `diptych inspect`.
pub fn inspect(
    path: &Path,
    format: InspectFormat,
    options: &ImportOptions,
) -> anyhow::Result<String> {
    let project = open_any(path, options)?;
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

/// `diptych verify`: rechecks the stored originals; an error when one was altered.
pub fn verify(path: &Path) -> anyhow::Result<String> {
    let checks = crate::io::project_file::verify_project_file(path)?;
    let mut lines = Vec::new();
    let mut altered = 0;
    for check in &checks {
        if check.is_intact() {
            lines.push(format!(
                "ok       {} {} ({}, {} bytes) sha256 {}",
                check.what, check.file_name, check.format, check.size, check.expected_sha256
            ));
        } else {
            altered += 1;
            let found = check
                .actual_sha256
                .as_deref()
                .unwrap_or("(the stored bytes cannot be unpacked)");
            lines.push(format!(
                "ALTERED  {} {} ({}): expected sha256 {}, found {}",
                check.what, check.file_name, check.format, check.expected_sha256, found
            ));
        }
    }
    let report = lines.join("\n");
    if altered > 0 {
        bail!(
            "{report}\n{}: {altered} stored original(s) were altered since import",
            path.display()
        );
    }
    Ok(format!(
        "{report}\n{}: all {} stored original(s) intact",
        path.display(),
        checks.len()
    ))
}

/// `diptych export-original`: writes the stored original (of the source, or of an aligned
/// translation) back byte for byte.
pub fn export_original(
    project_path: &Path,
    output: &Path,
    translation: Option<&str>,
    force: bool,
) -> anyhow::Result<String> {
    let project = crate::io::load_project(project_path)?;
    let original = match translation {
        None => &project.source.original,
        Some(lang) => {
            let language = LanguageTag::parse(lang)?;
            &project
                .aligned
                .get(&language)
                .with_context(|| format!("the project has no aligned {language} translation"))?
                .original
        }
    };
    if output.exists() && !force {
        bail!(
            "{} already exists; pass --force to overwrite it",
            output.display()
        );
    }
    let bytes = original.bytes();
    crate::io::project_file::write_atomically(output, &bytes)
        .with_context(|| format!("cannot write {}", output.display()))?;
    Ok(format!(
        "{} ({}, {} bytes, sha256 {}) → {}",
        original.file_name,
        original.format,
        bytes.len(),
        original.sha256,
        output.display()
    ))
}

/// `diptych write-recovery` (hidden): imports an article and writes it as a recovery file with
/// the same function the window's autosave uses.
pub fn write_recovery(
    article: &Path,
    output: &Path,
    options: &ImportOptions,
) -> anyhow::Result<String> {
    let project = open_any(article, options)?;
    crate::io::recovery::write_recovery(output, &project, None, &article.display().to_string())?;
    Ok(format!("recovery file written → {}", output.display()))
}
