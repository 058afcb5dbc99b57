//! The command-line commands: `import`, `inspect`, `stats`, and one module per further command
//! (`align`, `eval-align`, `qa` …). Each returns an error with context
//! instead of exiting, so `main` prints it once and exits non-zero.

pub mod align;
pub mod eval_align;
pub mod eval_extract;
pub mod eval_qa;
pub mod eval_scale;
pub mod export;
pub mod glossary;
pub mod glossary_command;
pub mod import_translations;
pub mod library;
pub mod library_command;
pub mod pretranslate;
pub mod qa;
pub mod qa_slips;
pub mod recapture;
pub mod team;
pub mod terms;
pub mod tm;

use std::path::Path;

use anyhow::{Context as _, bail};

use crate::io::backup::DEFAULT_BACKUPS_TO_KEEP;
use crate::io::inspect::{inspect_json, inspect_text, stats_text};
use crate::io::lock::{LockOutcome, ProjectLock, acquire};
use crate::io::project_file::default_project_path;
use crate::io::{ImportOptions, Opened, open_path, save_project_with_backup};
use crate::model::{LanguageTag, Project};

pub use crate::io::terminal::{escape_for_terminal, escape_to_one_line};

/// Output formats of `diptych inspect`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InspectFormat {
    Json,
    Text,
}

/// What a command that checks something found: the report to print, and a one-line failure
/// when the check failed (printed to stderr, exit 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    pub report: String,
    pub failure: Option<String>,
}

/// Parses a comma-separated list of language tags given with `option` (`--targets`,
/// `--lang`); an empty list or one naming a language twice is refused rather than quietly
/// changed.
pub fn parse_language_list(raw: &str, option: &str) -> anyhow::Result<Vec<LanguageTag>> {
    let mut languages: Vec<LanguageTag> = Vec::new();
    for part in raw
        .split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
    {
        let language = LanguageTag::parse(part)?;
        if languages.contains(&language) {
            bail!("{option} names {language} twice");
        }
        languages.push(language);
    }
    if languages.is_empty() {
        bail!("{option} names no language (give e.g. {option} ru,az)");
    }
    Ok(languages)
}

/// Refuses targets the project could not keep: the article's own language.
fn check_targets(project: &Project, options: &ImportOptions) -> anyhow::Result<()> {
    let Some(requested) = &options.targets else {
        return Ok(());
    };
    let source = &project.source.language;
    if requested.contains(source) {
        let how = if options.source_language.is_some() {
            "given with --source-lang"
        } else {
            "detected; pass --source-lang if that is wrong"
        };
        bail!(
            "--targets names {source}, the article's own language ({how}); a project translates \
             into other languages"
        );
    }
    Ok(())
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
            crate::io::import::decode::parse_encoding_label(label).map_err(anyhow::Error::msg)
        })
        .transpose()?;
    Ok(ImportOptions {
        source_language: source_lang.map(LanguageTag::parse).transpose()?,
        targets: targets
            .map(|raw| parse_language_list(raw, "--targets"))
            .transpose()?,
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

/// Takes the lock of the project at `path` before a command changes it; held until the value
/// is dropped. A project open in another Diptych is refused.
pub fn lock_project(path: &Path) -> anyhow::Result<ProjectLock> {
    match acquire(path).with_context(|| format!("cannot lock {}", path.display()))? {
        LockOutcome::Acquired(lock) => Ok(lock),
        LockOutcome::HeldBy(holder) => bail!(
            "{} is open in another Diptych ({}); close it there first",
            path.display(),
            holder.describe()
        ),
    }
}

/// Before a command writes `output`: refuses a special file (device, FIFO, socket) and one of
/// the command's own `inputs`, refuses to overwrite an existing file without `--force`, and
/// takes the output's project lock so that no window has it open while it is replaced. The
/// lock is held until the value is dropped.
pub fn claim_output(output: &Path, inputs: &[&Path], force: bool) -> anyhow::Result<ProjectLock> {
    crate::io::fs::resolve_write_target(output)
        .with_context(|| format!("cannot write {}", output.display()))?;
    let real_output = crate::io::fs::canonical_file_path(output);
    if let Some(input) = inputs
        .iter()
        .find(|input| crate::io::fs::canonical_file_path(input) == real_output)
    {
        bail!(
            "{} is also what the command reads ({}); write to another file",
            output.display(),
            input.display()
        );
    }
    if std::fs::symlink_metadata(output).is_ok() && !force {
        bail!(
            "{} already exists; pass --force to overwrite it",
            output.display()
        );
    }
    match acquire(output).with_context(|| format!("cannot lock {}", output.display()))? {
        LockOutcome::Acquired(lock) => Ok(lock),
        LockOutcome::HeldBy(holder) => bail!(
            "{} is open in another Diptych ({}); close it there first, or write to another file",
            output.display(),
            holder.describe()
        ),
    }
}

/// `diptych import`: imports an article and writes a project file. Returns a summary.
pub fn import(
    article: &Path,
    output: Option<&Path>,
    options: &ImportOptions,
    force: bool,
) -> anyhow::Result<String> {
    let found = crate::io::open_path_noting(article, options)?;
    let project = match found.opened {
        Opened::Article(project) => project,
        Opened::Project(_) => bail!("{} is already a Diptych project", article.display()),
    };
    check_targets(&project, options)?;
    let output = output.map_or_else(|| default_project_path(article), Path::to_path_buf);
    let _lock = claim_output(&output, &[article], force)?;
    save_project_with_backup(&project, &output, DEFAULT_BACKUPS_TO_KEEP)
        .with_context(|| format!("importing {}", article.display()))?;
    let translatable = project.translatable_paragraphs().count();
    let targets: Vec<&str> = project.targets.iter().map(LanguageTag::as_str).collect();
    let notes: String = found
        .notes
        .iter()
        .flat_map(|note| ["\nnote: ".to_owned(), note.describe()])
        .collect();
    Ok(format!(
        "{}: {}, {}, \"{}\" ({}), {} paragraphs ({} to translate), targets {} → {}{notes}",
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

/// `diptych verify`: rechecks the stored originals; a failure when one was altered.
pub fn verify(path: &Path) -> anyhow::Result<CheckReport> {
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
    if altered > 0 {
        return Ok(CheckReport {
            report: lines.join("\n"),
            failure: Some(format!(
                "{}: ALTERED: {altered} of {} stored original(s) changed since import",
                path.display(),
                checks.len()
            )),
        });
    }
    lines.push(format!(
        "{}: all {} stored original(s) intact",
        path.display(),
        checks.len()
    ));
    Ok(CheckReport {
        report: lines.join("\n"),
        failure: None,
    })
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
    let _lock = claim_output(output, &[project_path], force)?;
    refuse_replacing_a_project(output)?;
    crate::io::backup::back_up_before_saving(output, DEFAULT_BACKUPS_TO_KEEP).with_context(
        || {
            format!(
                "{} could not be backed up, so it was not overwritten",
                output.display()
            )
        },
    )?;
    let bytes = original.bytes();
    crate::io::fs::write_atomically(output, &bytes)
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

/// Refuses to replace a Diptych project with a file that is not one (`--force` is not enough:
/// the translations in it would be gone).
fn refuse_replacing_a_project(output: &Path) -> anyhow::Result<()> {
    let Ok(bytes) = crate::io::read_file_capped(output) else {
        return Ok(());
    };
    if crate::io::project_file::looks_like_project(&bytes)
        || crate::io::project_file::is_project_text(&bytes)
    {
        bail!(
            "{} is a Diptych project; export-original will not replace it with the original \
             article, even with --force. Write to another file.",
            output.display()
        );
    }
    Ok(())
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

/// Whether `--format` asks for JSON (`text`, the default, for people).
pub fn json_format(format: Option<&str>) -> anyhow::Result<bool> {
    match format {
        None | Some("text") => Ok(false),
        Some("json") => Ok(true),
        Some(other) => bail!("--format is text or json, not {other}"),
    }
}
