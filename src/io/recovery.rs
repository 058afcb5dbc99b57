//! Recovery files: while a project has unsaved changes the window writes it, atomically, to a
//! recovery file; after a crash the next start finds it and offers to restore it. A recovery
//! file is an ordinary project file preceded by `//` comment lines (valid RON) that say what it
//! recovers and when it was written.
//!
//! Where: beside a saved project (`.NAME.recovery.ron`, same folder, so the atomic rename stays
//! on one file system); for a project not saved yet, in the state folder
//! (`$XDG_STATE_HOME/diptych/recovery/` or `~/.local/state/diptych/recovery/`), named after
//! the article it was imported from.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::lock::LockInfo;
use super::project_file::{LoadError, SaveError, parse_project_keeping_altered, to_ron_string};
use crate::model::{
    LanguageTag, MetadataField, ParagraphId, Project, TranslationStatus, sha256_hex,
};

const HEADER: &str = "// Diptych recovery file";

/// What a recovery file says about itself, and the project in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// The project file it recovers, when the project had been saved.
    pub project_path: Option<PathBuf>,
    /// What the unsaved project was made from (an article path, or "example").
    pub source: String,
    /// When it was written, UTC.
    pub written: String,
    /// The process that wrote it (unknown for files of earlier versions).
    pub writer: Option<LockInfo>,
    pub project: Project,
}

impl Recovery {
    /// Whether another window that is still running wrote it (its work in progress, not a
    /// crash's leftovers): a live process on this host other than this one.
    pub fn is_of_a_live_window(&self) -> bool {
        self.writer.as_ref().is_some_and(|writer| {
            writer.host == super::lock::this_host()
                && writer.pid != std::process::id()
                && !writer.is_stale()
        })
    }
}

/// The default folder for recovery files of projects that were never saved.
pub fn default_recovery_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .filter(|path| path.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local").join("state"))
        })?;
    Some(base.join("diptych").join("recovery"))
}

/// A name for this window's recovery files, different for every window (and every start):
/// two windows on the same unsaved article never write the same recovery file.
pub fn new_session_id() -> String {
    format!(
        "{}-{:08x}",
        std::process::id(),
        super::fs::unpredictable_u64() & 0xffff_ffff
    )
}

/// The name of a saved project's recovery files without the session: `.NAME.recovery`.
fn project_prefix(project: &Path) -> (PathBuf, String) {
    let project = super::fs::canonical_file_path(project);
    let name = project
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".ron").unwrap_or(&name);
    (
        super::fs::parent_folder(&project),
        format!(".{stem}.recovery"),
    )
}

/// The recovery file one window writes for a saved project: `.NAME.recovery.SESSION.ron`
/// beside the real project file.
pub fn recovery_path_for_project(project: &Path, session: &str) -> PathBuf {
    let (folder, prefix) = project_prefix(project);
    folder.join(format!("{prefix}.{session}.ron"))
}

/// The name of an unsaved project's recovery files without the session.
fn unsaved_prefix(source: &str) -> String {
    let digest = sha256_hex(source.as_bytes());
    let readable: String = Path::new(source)
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    format!("untitled-{readable}-{}", &digest[..12])
}

/// The recovery file one window writes for an unsaved project made from `source` (an article
/// path or "example").
pub fn recovery_path_for_unsaved(dir: &Path, source: &str, session: &str) -> PathBuf {
    dir.join(format!("{}.{session}.recovery.ron", unsaved_prefix(source)))
}

/// Every recovery file of a saved project, whichever window wrote it (also the single
/// `.NAME.recovery.ron` of earlier versions).
pub fn recovery_files_for_project(project: &Path) -> Vec<PathBuf> {
    let (folder, prefix) = project_prefix(project);
    session_files(&folder, &prefix, ".ron")
}

/// Every recovery file of an unsaved project made from `source`.
pub fn recovery_files_for_unsaved(dir: &Path, source: &str) -> Vec<PathBuf> {
    session_files(dir, &unsaved_prefix(source), ".recovery.ron")
}

/// The regular files in `folder` named `PREFIX.SESSION SUFFIX` by some window, or
/// `PREFIX SUFFIX` (the one file of earlier versions), sorted.
fn session_files(folder: &Path, prefix: &str, suffix: &str) -> Vec<PathBuf> {
    let is_session = |session: &str| {
        !session.is_empty() && session.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
    };
    let wanted = |name: &str| {
        name.strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(suffix))
            .is_some_and(|rest| rest.is_empty() || rest.strip_prefix('.').is_some_and(is_session))
    };
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_file()))
        .filter(|entry| wanted(&entry.file_name().to_string_lossy()))
        .map(|entry| entry.path())
        .collect();
    files.sort();
    files
}

/// Writes the recovery file atomically (temp file, fsync, rename).
pub fn write_recovery(
    path: &Path,
    project: &Project,
    project_path: Option<&Path>,
    source: &str,
) -> Result<(), SaveError> {
    let writer = LockInfo::of_this_process();
    let mut text = format!(
        "{HEADER}\n// project: {}\n// source: {}\n// written: {}\n{}",
        project_path
            .map(|path| path.display().to_string())
            .unwrap_or_default(),
        source.replace(['\n', '\r'], " "),
        super::fs::utc_display(SystemTime::now()),
        writer
            .render()
            .lines()
            .skip(1)
            .flat_map(|line| ["// writer ", line, "\n"])
            .collect::<String>()
    );
    text.push_str(&to_ron_string(project)?);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|reason| SaveError::Write {
            path: path.display().to_string(),
            reason,
        })?;
    }
    super::fs::write_atomically(path, text.as_bytes()).map_err(|reason| SaveError::Write {
        path: path.display().to_string(),
        reason,
    })
}

/// Reads a recovery file.
pub fn read_recovery(path: &Path) -> Result<Recovery, LoadError> {
    let (display, bytes) = super::project_file::read_project_bytes(path)?;
    let (project, _) = parse_project_keeping_altered(&display, &bytes)?;
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).into_owned();
    let field = |name: &str| {
        text.lines()
            .take_while(|line| line.starts_with("//"))
            .find_map(|line| line.strip_prefix(&format!("// {name}: ")))
            .unwrap_or_default()
            .trim()
            .to_owned()
    };
    let project_path = Some(field("project"))
        .filter(|value| !value.is_empty())
        .map(PathBuf::from);
    let writer_text: String = text
        .lines()
        .take_while(|line| line.starts_with("//"))
        .filter_map(|line| line.strip_prefix("// writer "))
        .flat_map(|line| [line, "\n"])
        .collect();
    Ok(Recovery {
        project_path,
        source: field("source"),
        written: field("written"),
        writer: LockInfo::parse(&writer_text),
        project,
    })
}

/// Removes a recovery file; a missing one is fine.
pub fn remove_recovery(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

/// The first 60 characters of `text`, with "…" when there were more.
pub fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        short.push('…');
    }
    short
}

/// One way a recovered project differs from the saved one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecoveryDifference {
    /// `count` translations into `language` differ.
    Translations { language: LanguageTag, count: usize },
    /// These metadata fields differ.
    Metadata(Vec<MetadataField>),
    /// The target languages differ.
    Targets,
    /// The source differs: its paragraph counts saved and recovered.
    Source { saved: usize, recovered: usize },
    /// The aligned translations or their links differ.
    Aligned,
    /// An example of a changed translation: the row as the grid numbers it (`None`: the
    /// paragraph is in neither project's source, and `id` names it), the language, and the
    /// text and status before and after.
    Example {
        row: Option<usize>,
        id: ParagraphId,
        language: LanguageTag,
        before: (String, TranslationStatus),
        after: (String, TranslationStatus),
    },
}

impl RecoveryDifference {
    /// The difference in English, as the command line says it.
    pub fn describe(&self) -> String {
        match self {
            Self::Translations { language, count } => {
                format!("{count} {language} translation(s) differ")
            }
            Self::Metadata(fields) => {
                let names: Vec<&str> = fields.iter().map(|field| field.label()).collect();
                format!("metadata differs: {}", names.join(", "))
            }
            Self::Targets => "the target languages differ".to_owned(),
            Self::Source { saved, recovered } => {
                format!("the source differs ({saved} paragraphs saved, {recovered} recovered)")
            }
            Self::Aligned => "the aligned translations or their links differ".to_owned(),
            Self::Example {
                row,
                id,
                language,
                before,
                after,
            } => {
                let row = row.map_or_else(|| format!("id {id}"), |row| row.to_string());
                format!(
                    "  row {row} {language}: «{}» ({}) → «{}» ({})",
                    shorten(&before.0),
                    before.1,
                    shorten(&after.0),
                    after.1
                )
            }
        }
    }
}

/// What the recovered project changes compared with `saved`, for the user to decide: counts
/// first, then up to `examples` changed translations.
pub fn recovery_differences(
    saved: &Project,
    recovered: &Project,
    examples: usize,
) -> Vec<RecoveryDifference> {
    let mut lines = Vec::new();
    let mut samples = Vec::new();
    let languages: std::collections::BTreeSet<&LanguageTag> = saved
        .translations
        .keys()
        .chain(recovered.translations.keys())
        .collect();
    for language in languages {
        let empty = std::collections::BTreeMap::new();
        let before = saved.translations.get(language).unwrap_or(&empty);
        let after = recovered.translations.get(language).unwrap_or(&empty);
        let ids: std::collections::BTreeSet<_> = before.keys().chain(after.keys()).collect();
        let mut changed = 0;
        for paragraph_id in ids {
            let old = saved.translation(*paragraph_id, language);
            let new = recovered.translation(*paragraph_id, language);
            if old != new {
                changed += 1;
                if samples.len() < examples {
                    // Rows are numbered as the grid numbers them: by position, from 1.
                    let row = recovered
                        .paragraph_index(*paragraph_id)
                        .or_else(|| saved.paragraph_index(*paragraph_id))
                        .map(|index| index + 1);
                    samples.push(RecoveryDifference::Example {
                        row,
                        id: *paragraph_id,
                        language: language.clone(),
                        before: (old.text.clone(), old.status),
                        after: (new.text.clone(), new.status),
                    });
                }
            }
        }
        if changed > 0 {
            lines.push(RecoveryDifference::Translations {
                language: language.clone(),
                count: changed,
            });
        }
    }
    let metadata: Vec<MetadataField> = MetadataField::ALL
        .iter()
        .copied()
        .filter(|field| field.get(&saved.metadata) != field.get(&recovered.metadata))
        .collect();
    if !metadata.is_empty() {
        lines.push(RecoveryDifference::Metadata(metadata));
    }
    if saved.targets != recovered.targets {
        lines.push(RecoveryDifference::Targets);
    }
    if saved.source != recovered.source {
        lines.push(RecoveryDifference::Source {
            saved: saved.paragraphs().len(),
            recovered: recovered.paragraphs().len(),
        });
    }
    if saved.aligned != recovered.aligned {
        lines.push(RecoveryDifference::Aligned);
    }
    lines.extend(samples);
    lines
}

/// [`recovery_differences`] in English, one line each.
pub fn describe_differences(saved: &Project, recovered: &Project, examples: usize) -> Vec<String> {
    recovery_differences(saved, recovered, examples)
        .iter()
        .map(RecoveryDifference::describe)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, ParagraphId};

    #[test]
    fn recovery_files_round_trip_and_say_what_differs() {
        let directory = tempfile::tempdir().unwrap();
        let saved = crate::model::test_project();
        let mut recovered = saved.clone();
        let ru = LanguageTag::parse("ru").unwrap();
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(1),
            language: ru,
            text: "Пришла полиция.".into(),
        }
        .apply(&mut recovered)
        .unwrap();
        let project_path = directory.path().join("story.diptych.ron");
        let path = recovery_path_for_project(&project_path, "42-0000beef");
        let real_folder = std::fs::canonicalize(directory.path()).unwrap();
        assert_eq!(
            path,
            real_folder.join(".story.diptych.recovery.42-0000beef.ron")
        );
        write_recovery(&path, &recovered, Some(&project_path), "").unwrap();
        let read = read_recovery(&path).unwrap();
        assert_eq!(read.project, recovered);
        let writer = read.writer.clone().unwrap();
        assert_eq!(writer.pid, std::process::id());
        assert!(!read.is_of_a_live_window(), "this window's own file");
        // Another window's file (beside it, another session) is found too.
        let other = recovery_path_for_project(&project_path, "43-0000cafe");
        write_recovery(&other, &saved, Some(&project_path), "").unwrap();
        std::fs::write(real_folder.join(".story.diptych.recovery.ron"), "legacy").unwrap();
        std::fs::write(
            real_folder.join(".story.diptych.recovery.x.ron"),
            "not ours",
        )
        .unwrap();
        assert_eq!(recovery_files_for_project(&project_path).len(), 3);
        assert_eq!(read.project_path.as_deref(), Some(project_path.as_path()));
        assert!(read.written.ends_with(" UTC"), "{}", read.written);
        let lines = describe_differences(&saved, &recovered, 5);
        assert_eq!(lines[0], "1 ru translation(s) differ");
        assert!(
            lines[1].contains("row 2 ru: «» (new) → «Пришла полиция.» (new)"),
            "{lines:?}"
        );
        assert!(describe_differences(&saved, &saved, 5).is_empty());
        remove_recovery(&path).unwrap();
        remove_recovery(&path).unwrap();
        assert!(!path.exists());
    }

    #[test]
    fn unsaved_projects_recover_by_their_source() {
        let dir = Path::new("/state");
        let a = recovery_path_for_unsaved(dir, "/home/me/news/baku story.txt", "1-a");
        let b = recovery_path_for_unsaved(dir, "/home/me/other/baku story.txt", "1-a");
        assert_ne!(a, b);
        let c = recovery_path_for_unsaved(dir, "/home/me/news/baku story.txt", "2-b");
        assert_ne!(a, c, "two windows on one article write two files");
        let name = a.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("untitled-baku_story_txt-"), "{name}");
    }
}
