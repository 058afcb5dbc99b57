//! The on-disk project format: a versioned RON document, separate from the in-memory model.
//!
//! The file is pretty-printed with one record per line for each paragraph, translation and
//! alignment link, so that git diffs and merges stay readable. Saving is deterministic (the same
//! project gives the same bytes) and atomic (temp file in the same folder, fsync, rename).
//! Loading checks everything and never fills in defaults: a missing field is an error.

use std::path::{Path, PathBuf};

use super::fs::write_atomically;

use crate::model::Project;

/// The newest format version this build writes and reads.
pub const CURRENT_VERSION: u32 = 7;

mod captures;
mod check;
mod conflicts;
mod format;
mod migrate;
mod problem;

pub use check::OriginalCheck;
use check::{from_file, original_checks};
use format::{ProjectFileV7, VersionProbe, to_file};
use migrate::{
    ProjectFileV1, ProjectFileV2, ProjectFileV3, ProjectFileV4, ProjectFileV5, ProjectFileV6,
    migrate_v1, migrate_v2, migrate_v3, migrate_v4, migrate_v5, migrate_v6,
};
pub use problem::ProjectProblem;

/// Why a project file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {path}: {reason}")]
    Read {
        path: String,
        reason: std::io::Error,
    },
    #[error("{path} is not a text file (invalid UTF-8 at byte {offset})")]
    NotText { path: String, offset: usize },
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{path} was written by a newer Diptych (project format version {found}); \
         this build reads versions up to {CURRENT_VERSION}. Please update Diptych."
    )]
    NewerVersion { path: String, found: u32 },
    #[error("{path}: project format version {found} is not a version Diptych ever wrote")]
    UnknownVersion { path: String, found: u32 },
    #[error("{path}: the project is inconsistent: {problem}")]
    Invalid {
        path: String,
        problem: ProjectProblem,
    },
}

/// Why a project could not be saved. The previous file, if any, is untouched.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("cannot save {path}: {reason}")]
    Write {
        path: String,
        reason: std::io::Error,
    },
    #[error("cannot encode the project: {0}")]
    Encode(String),
    #[error(
        "not saved to {path}: the file would not open again ({problem}); \
         the work is still in the window"
    )]
    WouldNotLoad { path: String, problem: String },
}

/// The default project path for an imported article: `story.txt` → `story.diptych.ron`.
pub fn default_project_path(article: &Path) -> PathBuf {
    let stem = article.file_stem().map_or_else(
        || "article".into(),
        |stem| stem.to_string_lossy().into_owned(),
    );
    article.with_file_name(format!("{stem}.diptych.ron"))
}

/// Serialises a project to the current RON text.
pub fn to_ron_string(project: &Project) -> Result<String, SaveError> {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(2)
        .indentor("  ")
        .new_line("\n");
    let mut text = ron::ser::to_string_pretty(&to_file(project), config)
        .map_err(|error| SaveError::Encode(error.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Serialises a project and checks the text with the loader's own checks, so that nothing is
/// ever written that would not open again.
pub fn to_checked_ron_string(project: &Project, path: &Path) -> Result<String, SaveError> {
    let text = to_ron_string(project)?;
    // An altered original stays flagged rather than blocking the save; everything else must
    // pass exactly as on loading.
    parse_project_keeping_altered("the project", text.as_bytes()).map_err(|error| {
        SaveError::WouldNotLoad {
            path: path.display().to_string(),
            problem: error.to_string(),
        }
    })?;
    Ok(text)
}

/// Saves atomically: the file at `path` is either the old one or the new one, never a mix.
/// A project that would not load again is refused before anything is written.
pub fn save_project(project: &Project, path: &Path) -> Result<(), SaveError> {
    let text = to_checked_ron_string(project, path)?;
    write_atomically(path, text.as_bytes()).map_err(|reason| SaveError::Write {
        path: path.display().to_string(),
        reason,
    })
}

/// A file's bytes and its name for messages (a read error is a [`LoadError`]).
pub(crate) fn read_project_bytes(path: &Path) -> Result<(String, Vec<u8>), LoadError> {
    let display = path.display().to_string();
    let bytes = super::fs::read_file_capped(path).map_err(|reason| LoadError::Read {
        path: display.clone(),
        reason,
    })?;
    Ok((display, bytes))
}

/// Loads a project file.
pub fn load_project(path: &Path) -> Result<Project, LoadError> {
    let (display, bytes) = read_project_bytes(path)?;
    parse_project(&display, &bytes)
}

/// Whether `bytes` look like a Diptych project (as opposed to an article to import): after an
/// optional byte order mark, white space and `//` comment lines (recovery files have them), the
/// text opens a RON struct whose first field is `version: N`. An article that merely starts
/// with "(" — "(Reuters) - … a new version of the law" — is not one.
pub fn looks_like_project(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let mut rest = head.trim_start_matches('\u{feff}');
    loop {
        rest = rest.trim_start();
        match rest.strip_prefix("//") {
            Some(comment) => rest = comment.split_once('\n').map_or("", |(_, after)| after),
            None => break,
        }
    }
    rest.strip_prefix('(')
        .map(str::trim_start)
        .and_then(|inside| inside.strip_prefix("version"))
        .map(str::trim_start)
        .and_then(|value| value.strip_prefix(':'))
        .is_some_and(|value| value.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `bytes` are a project file as the loader reads it: RON (comments, extensions and
/// any field order included) with a `version` field, whatever else is wrong with it. Stricter
/// than [`looks_like_project`] about what it accepts, looser about how it is written.
pub fn is_project_text(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    ron::from_str::<VersionProbe>(text).is_ok()
}

/// Parses the bytes of a project file; `path` is used in messages.
pub fn parse_project(path: &str, bytes: &[u8]) -> Result<Project, LoadError> {
    let file = parse_current(path, bytes)?;
    from_file(file, &mut None).map_err(|problem| LoadError::Invalid {
        path: path.to_owned(),
        problem,
    })
}

/// Loads a project file like [`load_project`], keeping an altered original (see
/// [`parse_project_keeping_altered`]).
pub fn load_project_keeping_altered(path: &Path) -> Result<(Project, Vec<String>), LoadError> {
    let (display, bytes) = read_project_bytes(path)?;
    parse_project_keeping_altered(&display, &bytes)
}

/// Like [`parse_project`], but an original that no longer matches its SHA-256 does not stop the
/// project from opening: it is loaded as stored (its `is_intact()` is false) and the findings
/// are returned, to be shown plainly. Everything else is checked as strictly.
pub fn parse_project_keeping_altered(
    path: &str,
    bytes: &[u8],
) -> Result<(Project, Vec<String>), LoadError> {
    let file = parse_current(path, bytes)?;
    let mut altered = Some(Vec::new());
    let project = from_file(file, &mut altered).map_err(|problem| LoadError::Invalid {
        path: path.to_owned(),
        problem,
    })?;
    Ok((project, altered.unwrap_or_default()))
}

/// Rechecks the SHA-256 of every original stored in a project file (the source, each
/// aligned translation and each earlier capture), without requiring the rest of the project to be consistent.
pub fn verify_project_file(path: &Path) -> Result<Vec<OriginalCheck>, LoadError> {
    let (display, bytes) = read_project_bytes(path)?;
    Ok(original_checks(parse_current(&display, &bytes)?))
}

/// The translation of paragraph `id` into `language` as a project file's text holds it,
/// read from its own line alone (every version writes a translation on one line the same
/// way), without parsing the rest: for reading a row through many versions of a file.
/// `None` when the file has no such line (an empty translation) or the line does not read.
pub fn translation_in_text(
    text: &str,
    language: &crate::model::LanguageTag,
    id: u32,
) -> Option<crate::model::TranslationVersion> {
    let prefix = format!("(lang: \"{}\", id: {id}, status:", language.as_str());
    let line = text
        .lines()
        .map(str::trim)
        .find(|line| line.starts_with(&prefix))?;
    let record: format::TranslationV1 = ron::from_str(line.trim_end_matches(',')).ok()?;
    Some(crate::model::TranslationVersion {
        text: record.text,
        status: record.status,
        note: record.note,
    })
}

/// Reads any supported version and migrates it to the current records.
/// A parser message with the names of the file's record types put in words.
fn plain_words(message: &str) -> String {
    const NAMES: &[(&str, &str)] = &[
        ("`ProjectFileV1`", "the project (version 1)"),
        ("`ProjectFileV2`", "the project (version 2)"),
        (
            "`ProjectFileV3`",
            "the project (version 3; fields of a later version need a later version number)",
        ),
        ("`ProjectFileV7`", "the project"),
        ("`ProjectFileV6`", "the project"),
        ("`ProjectFileV5`", "the project"),
        ("`ProjectFileV4`", "the project"),
        ("struct `VersionProbe`", "a Diptych project"),
        ("`MetadataV1`", "the metadata"),
        ("`MetadataV5`", "the metadata"),
        ("`MetadataV3`", "the metadata"),
        ("`OriginalV1`", "the original"),
        ("`OriginalV3`", "the original"),
        ("`ParagraphV1`", "a paragraph"),
        ("`TranslationV1`", "a translation"),
        ("`AlignedDocumentV2`", "an aligned document"),
        ("`AlignedDocumentV3`", "an aligned document"),
        ("`AlignedParagraphV2`", "an aligned paragraph"),
        ("`LinkV2`", "a link"),
        ("`LinkStateV2`", "a link's state"),
        ("`IgnoredFindingV4`", "an ignored QA finding"),
        ("`FindingPlaceV4`", "an ignored finding's place"),
        ("`StaleTranslationV6`", "a stale translation"),
        ("`TranslationConflictV7`", "a translation's merge conflict"),
        ("`MetadataConflictV7`", "a metadata field's merge conflict"),
        ("`MetadataFieldV7`", "a metadata field"),
        ("`VersionV7`", "a conflicting version of a translation"),
        ("`CaptureV6`", "an earlier capture"),
        ("`CaptureParagraphV6`", "a paragraph of an earlier capture"),
        (
            "`CaptureTranslationV6`",
            "a translation kept with an earlier capture",
        ),
    ];
    let mut message = message.to_owned();
    for (name, words) in NAMES {
        message = message.replace(name, words);
    }
    message
}

fn parse_current(path: &str, bytes: &[u8]) -> Result<ProjectFileV7, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|error| LoadError::NotText {
        path: path.to_owned(),
        offset: error.valid_up_to(),
    })?;
    // Editors on Windows (Notepad) start UTF-8 files with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let syntax = |error: ron::error::SpannedError| LoadError::Syntax {
        path: path.to_owned(),
        line: error.span.start.line,
        column: error.span.start.col,
        message: match error.code {
            // ron's own advice is for programmers.
            ron::error::Error::ExceededRecursionLimit => {
                "the data nests deeper than any project Diptych writes".to_owned()
            }
            code => plain_words(&code.to_string()),
        },
    };
    let probe: VersionProbe = ron::from_str(text).map_err(syntax)?;
    let file = match probe.version {
        1 => migrate_v6(migrate_v5(migrate_v4(migrate_v3(migrate_v2(migrate_v1(
            ron::from_str::<ProjectFileV1>(text).map_err(syntax)?,
        )))))),
        2 => migrate_v6(migrate_v5(migrate_v4(migrate_v3(migrate_v2(
            ron::from_str::<ProjectFileV2>(text).map_err(syntax)?,
        ))))),
        3 => migrate_v6(migrate_v5(migrate_v4(migrate_v3(
            ron::from_str::<ProjectFileV3>(text).map_err(syntax)?,
        )))),
        4 => migrate_v6(migrate_v5(migrate_v4(
            ron::from_str::<ProjectFileV4>(text).map_err(syntax)?,
        ))),
        5 => migrate_v6(migrate_v5(
            ron::from_str::<ProjectFileV5>(text).map_err(syntax)?,
        )),
        6 => migrate_v6(ron::from_str::<ProjectFileV6>(text).map_err(syntax)?),
        7 => ron::from_str::<ProjectFileV7>(text).map_err(syntax)?,
        found if found > CURRENT_VERSION => {
            return Err(LoadError::NewerVersion {
                path: path.to_owned(),
                found,
            });
        }
        found => {
            return Err(LoadError::UnknownVersion {
                path: path.to_owned(),
                found,
            });
        }
    };
    Ok(file)
}

#[cfg(test)]
mod tests;
