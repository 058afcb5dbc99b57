//! The on-disk project format: a versioned RON document, separate from the in-memory model.
//!
//! Version 1 is pretty-printed with one record per line for each paragraph and each
//! translation, so that git diffs and merges stay readable. Saving is deterministic (the same
//! project gives the same bytes) and atomic (temp file in the same folder, fsync, rename).
//! Loading checks everything and never fills in defaults: a missing field is an error.

use std::collections::{BTreeMap, HashSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::{
    LanguageTag, Metadata, Original, Paragraph, ParagraphId, ParagraphKind, Project,
    SourceDocument, TextEncoding, Translation, TranslationStatus,
};

/// The newest format version this build writes and reads.
pub const CURRENT_VERSION: u32 = 1;

#[derive(Debug, Deserialize)]
struct VersionProbe {
    version: u32,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProjectFileV1 {
    version: u32,
    metadata: MetadataV1,
    source_language: LanguageTag,
    targets: Vec<LanguageTag>,
    paragraphs: Vec<ParagraphV1>,
    translations: Vec<TranslationV1>,
    next_paragraph_id: u32,
    original: OriginalV1,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MetadataV1 {
    title: String,
    description: String,
    outlet: String,
    url: String,
    author: String,
    published: String,
    captured: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ParagraphV1 {
    id: u32,
    kind: ParagraphKind,
    start: usize,
    end: usize,
    text: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationV1 {
    lang: LanguageTag,
    id: u32,
    status: TranslationStatus,
    text: String,
    note: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct OriginalV1 {
    file_name: String,
    encoding: TextEncoding,
    sha256: String,
    text: String,
}

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
    Invalid { path: String, problem: String },
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
}

fn to_file(project: &Project) -> ProjectFileV1 {
    let metadata = &project.metadata;
    let mut translations = Vec::new();
    for (language, per_paragraph) in &project.translations {
        for (paragraph_id, translation) in per_paragraph {
            translations.push(TranslationV1 {
                lang: language.clone(),
                id: paragraph_id.0,
                status: translation.status,
                text: translation.text.clone(),
                note: translation.note.clone(),
            });
        }
    }
    ProjectFileV1 {
        version: CURRENT_VERSION,
        metadata: MetadataV1 {
            title: metadata.title.clone(),
            description: metadata.description.clone(),
            outlet: metadata.outlet.clone(),
            url: metadata.url.clone(),
            author: metadata.author.clone(),
            published: metadata.published.clone(),
            captured: metadata.captured.clone(),
        },
        source_language: project.source.language.clone(),
        targets: project.targets.clone(),
        paragraphs: project
            .paragraphs()
            .iter()
            .map(|paragraph| ParagraphV1 {
                id: paragraph.paragraph_id.0,
                kind: paragraph.kind,
                start: paragraph.byte_range.start,
                end: paragraph.byte_range.end,
                text: paragraph.text.clone(),
            })
            .collect(),
        translations,
        next_paragraph_id: project.next_paragraph_id,
        original: OriginalV1 {
            file_name: project.source.original.file_name.clone(),
            encoding: project.source.original.encoding,
            sha256: project.source.original.sha256.clone(),
            text: project.source.original.text.clone(),
        },
    }
}

/// Serialises a project to the version-1 RON text.
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

/// Saves atomically: the file at `path` is either the old one or the new one, never a mix.
pub fn save_project(project: &Project, path: &Path) -> Result<(), SaveError> {
    let text = to_ron_string(project)?;
    write_atomically(path, text.as_bytes()).map_err(|reason| SaveError::Write {
        path: path.display().to_string(),
        reason,
    })
}

/// Writes `bytes` to a temp file beside `path`, syncs it, and renames it over `path`.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("the path names no file"))?;
    let temp_path = directory.join(format!(
        ".{}.{}.tmp",
        file_name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut file = std::fs::File::create(&temp_path)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp_path, path)?;
        // Make the rename itself durable; not every platform can open a directory.
        if let Ok(dir) = std::fs::File::open(&directory) {
            let _ = dir.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp_path);
    }
    result
}

/// Loads a project file.
pub fn load_project(path: &Path) -> Result<Project, LoadError> {
    let display = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|reason| LoadError::Read {
        path: display.clone(),
        reason,
    })?;
    parse_project(&display, &bytes)
}

/// Whether `bytes` look like a Diptych project (as opposed to an article to import).
pub fn looks_like_project(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(256)]);
    let trimmed = head.trim_start_matches('\u{feff}').trim_start();
    trimmed.starts_with('(') && trimmed.contains("version")
}

/// Parses the bytes of a project file; `path` is used in messages.
pub fn parse_project(path: &str, bytes: &[u8]) -> Result<Project, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|error| LoadError::NotText {
        path: path.to_owned(),
        offset: error.valid_up_to(),
    })?;
    let syntax = |error: ron::error::SpannedError| LoadError::Syntax {
        path: path.to_owned(),
        line: error.span.start.line,
        column: error.span.start.col,
        message: error.code.to_string(),
    };
    let probe: VersionProbe = ron::from_str(text).map_err(syntax)?;
    match probe.version {
        1 => {
            let file: ProjectFileV1 = ron::from_str(text).map_err(syntax)?;
            from_file_v1(file).map_err(|problem| LoadError::Invalid {
                path: path.to_owned(),
                problem,
            })
        }
        found if found > CURRENT_VERSION => Err(LoadError::NewerVersion {
            path: path.to_owned(),
            found,
        }),
        found => Err(LoadError::UnknownVersion {
            path: path.to_owned(),
            found,
        }),
    }
}

fn from_file_v1(file: ProjectFileV1) -> Result<Project, String> {
    let original = Original {
        file_name: file.original.file_name,
        encoding: file.original.encoding,
        text: file.original.text,
        sha256: file.original.sha256,
    };
    if !original.is_intact() {
        return Err("the original text does not match its SHA-256 (it was altered)".into());
    }
    let mut seen_ids = HashSet::new();
    let mut paragraphs = Vec::with_capacity(file.paragraphs.len());
    for paragraph in file.paragraphs {
        if !seen_ids.insert(paragraph.id) {
            return Err(format!("paragraph id {} appears twice", paragraph.id));
        }
        if paragraph.id >= file.next_paragraph_id {
            return Err(format!(
                "paragraph id {} is not below next_paragraph_id {}",
                paragraph.id, file.next_paragraph_id
            ));
        }
        let range = paragraph.start..paragraph.end;
        if range.start > range.end || original.text.get(range.clone()).is_none() {
            return Err(format!(
                "paragraph {} has byte range {}..{} outside the original text",
                paragraph.id, range.start, range.end
            ));
        }
        paragraphs.push(Paragraph {
            paragraph_id: ParagraphId(paragraph.id),
            kind: paragraph.kind,
            text: paragraph.text,
            byte_range: range,
        });
    }
    let mut targets = Vec::new();
    for target in file.targets {
        if target == file.source_language {
            return Err(format!("{target} is both the source and a target language"));
        }
        if targets.contains(&target) {
            return Err(format!("target language {target} is listed twice"));
        }
        targets.push(target);
    }
    let mut translations: BTreeMap<LanguageTag, BTreeMap<ParagraphId, Translation>> =
        BTreeMap::new();
    for record in file.translations {
        if !targets.contains(&record.lang) {
            return Err(format!(
                "a translation into {} exists but {} is not a target language",
                record.lang, record.lang
            ));
        }
        if !seen_ids.contains(&record.id) {
            return Err(format!(
                "a {} translation refers to paragraph {}, which does not exist",
                record.lang, record.id
            ));
        }
        let translation = Translation {
            text: record.text,
            status: record.status,
            note: record.note,
        };
        if translation.is_empty() {
            continue;
        }
        let previous = translations
            .entry(record.lang.clone())
            .or_default()
            .insert(ParagraphId(record.id), translation);
        if previous.is_some() {
            return Err(format!(
                "paragraph {} has two {} translations",
                record.id, record.lang
            ));
        }
    }
    Ok(Project {
        metadata: Metadata {
            title: file.metadata.title,
            description: file.metadata.description,
            outlet: file.metadata.outlet,
            url: file.metadata.url,
            author: file.metadata.author,
            published: file.metadata.published,
            captured: file.metadata.captured,
        },
        source: SourceDocument {
            language: file.source_language,
            original,
            paragraphs,
        },
        targets,
        translations,
        next_paragraph_id: file.next_paragraph_id,
    })
}

#[cfg(test)]
mod tests;
