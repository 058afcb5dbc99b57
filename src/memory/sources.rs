//! Building a translation memory from what the user has: the projects of the library (their
//! finished translations and confirmed alignment links, whole and split into sentence pairs)
//! and TMX files (the library's `tm/` folder and any named). One unreadable file is skipped
//! and reported, never the end of the build.

use std::path::{Path, PathBuf};

use super::index::{MemorySegment, TranslationMemory};
use crate::model::{
    LanguageTag, LinkState, PairOrigin, Project, primary_language, sentence_split,
    translation_pairs,
};

/// Where the memory comes from.
#[derive(Debug, Clone, Default)]
pub struct MemorySources {
    /// The library folder (its projects and its `tm/` memories).
    pub library: Option<PathBuf>,
    /// More TMX files.
    pub tmx: Vec<PathBuf>,
    /// More folders of projects (the open project's own folder).
    pub folders: Vec<PathBuf>,
}

/// What a build found.
#[derive(Debug, Clone, Default)]
pub struct BuildReport {
    pub projects: usize,
    pub memories: usize,
    pub segments: usize,
    /// Files left out, with why.
    pub skipped: Vec<String>,
}

/// Whether two tags are the same language (primary subtags).
fn same_primary(one: &str, other: &str) -> bool {
    primary_language(one) == primary_language(other)
}

/// The day (`YYYY-MM-DD`, UTC) a file was last changed; empty when unknown.
pub fn day_of(path: &Path) -> String {
    std::fs::metadata(path)
        .and_then(|metadata| metadata.modified())
        .map(today_or)
        .unwrap_or_default()
}

/// Today (`YYYY-MM-DD`, UTC).
pub fn today() -> String {
    today_or(std::time::SystemTime::now())
}

fn today_or(time: std::time::SystemTime) -> String {
    crate::io::fs::utc_stamp(time).chars().take(10).collect()
}

/// Adds a project's pairs from `from` into `to` (whole pairs and their sentence pairs), made
/// on `date`.
pub fn add_project(
    memory: &mut TranslationMemory,
    project: &Project,
    to: &LanguageTag,
    date: &str,
) -> usize {
    let origin = if project.metadata.title.is_empty() {
        project.source.original.file_name.clone()
    } else {
        project.metadata.title.clone()
    };
    let source_language = project.source.language.primary().to_owned();
    let mut added = 0;
    for pair in translation_pairs(project, to, false) {
        if matches!(pair.origin, PairOrigin::Link { state, .. } if state != LinkState::Confirmed) {
            continue;
        }
        let sentences =
            sentence_split((&pair.source, &pair.target), &source_language, to.primary());
        if sentences.len() > 1 {
            for (_, source, target) in sentences {
                memory.add(MemorySegment {
                    source,
                    target,
                    origin: origin.clone(),
                    date: date.to_owned(),
                });
                added += 1;
            }
        }
        memory.add(MemorySegment {
            source: pair.source,
            target: pair.target,
            origin: origin.clone(),
            date: date.to_owned(),
        });
        added += 1;
    }
    added
}

/// Adds a TMX file's units that have both languages; `Err(None)` when `go_on` said to stop.
fn add_tmx(
    memory: &mut TranslationMemory,
    path: &Path,
    (from, to): (&LanguageTag, &LanguageTag),
    go_on: &mut dyn FnMut(f32, MemoryStep<'_>) -> bool,
) -> Result<usize, Option<String>> {
    let document = crate::io::import::exchange::read_memory_file(path)
        .map_err(|error| Some(error.to_string()))?;

    let origin = path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    let mut added = 0;
    for (number, unit) in document.units.iter().enumerate() {
        if number % 20_000 == 19_999 {
            #[expect(clippy::cast_precision_loss, reason = "a progress fraction")]
            let within = (number + 1) as f32 / document.units.len() as f32;
            let step = MemoryStep::Units {
                file: &origin,
                read: number + 1,
                total: document.units.len(),
            };
            if !go_on(within, step) {
                return Err(None);
            }
        }
        if let (Some(source), Some(target)) =
            (unit.text_in(from.as_str()), unit.text_in(to.as_str()))
        {
            memory.add(MemorySegment {
                source: source.to_owned(),
                target: target.to_owned(),
                origin: origin.clone(),
                date: unit.date.clone().unwrap_or_default(),
            });
            added += 1;
        }
    }
    Ok(added)
}

/// The memory from `from` into `to` that `sources` hold.
pub fn build_memory(
    sources: &MemorySources,
    from: &LanguageTag,
    to: &LanguageTag,
) -> (TranslationMemory, BuildReport) {
    let mut always = |_: f32, _: MemoryStep<'_>| true;
    // Nothing asks it to stop, so there is always a memory.
    build_memory_with_progress(sources, from, to, &mut always).unwrap_or_else(|| {
        (
            TranslationMemory::new(from.as_str(), to.as_str()),
            BuildReport::default(),
        )
    })
}

/// Where building a memory has got to, for a progress display to word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemoryStep<'a> {
    /// Looking for a cached memory.
    LookingForCache,
    /// Reading a project or a memory file.
    Reading(&'a Path),
    /// Within a large memory file: units read of its total.
    Units {
        file: &'a str,
        read: usize,
        total: usize,
    },
    /// Writing the cache.
    WritingCache,
    /// Done: every source is read and indexed.
    Indexed,
}

impl MemoryStep<'_> {
    /// The step in English, as the command line says it.
    pub fn describe(&self) -> String {
        match self {
            Self::LookingForCache => "Looking for the memory's cache".to_owned(),
            Self::Reading(path) => format!("Reading {}", path.display()),
            Self::Units { file, read, total } => format!("{file}: {read} of {total} units"),
            Self::WritingCache => "Writing the memory's cache".to_owned(),
            Self::Indexed => "Indexed".to_owned(),
        }
    }
}

/// [`build_memory`], telling `progress` how far it is (a fraction and what it reads now)
/// between files and every 20,000 units of a large memory; `None` when `progress` returns
/// `false` (the build was cancelled).
pub fn build_memory_with_progress(
    sources: &MemorySources,
    from: &LanguageTag,
    to: &LanguageTag,
    progress: &mut dyn FnMut(f32, MemoryStep<'_>) -> bool,
) -> Option<(TranslationMemory, BuildReport)> {
    let mut memory = TranslationMemory::new(from.as_str(), to.as_str());
    let mut report = BuildReport::default();
    let mut tmx = sources.tmx.clone();
    for folder in sources.library.iter().chain(&sources.folders) {
        if !folder.is_dir() {
            report.skipped.push(format!(
                "{}: {}",
                folder.display(),
                if folder.exists() {
                    "not a folder"
                } else {
                    "there is no such folder"
                }
            ));
        }
    }
    let mut projects: Vec<PathBuf> = sources
        .library
        .iter()
        .chain(&sources.folders)
        .flat_map(|folder| crate::io::library::project_files(folder))
        .collect();
    projects.sort();
    projects.dedup();
    if let Some(library) = &sources.library {
        tmx.extend(crate::io::library::memory_files(
            &crate::io::library::memory_dir(library),
        ));
    }
    #[expect(clippy::cast_precision_loss, reason = "a progress fraction")]
    let total = (projects.len() + tmx.len()).max(1) as f32;
    let mut done = 0.0;
    for path in projects {
        if !progress(done / total, MemoryStep::Reading(&path)) {
            return None;
        }
        done += 1.0;
        match crate::io::load_project(&path) {
            Ok(project)
                if same_primary(project.source.language.as_str(), from.as_str())
                    && (project.targets.contains(to) || project.aligned.contains_key(to)) =>
            {
                report.segments += add_project(&mut memory, &project, to, &day_of(&path));
                report.projects += 1;
            }
            Ok(_) => {}
            Err(error) => report.skipped.push(format!("{}: {error}", path.display())),
        }
    }
    for path in &tmx {
        let fraction = done / total;
        if !progress(fraction, MemoryStep::Reading(path)) {
            return None;
        }
        done += 1.0;
        // Within a large memory, its share of the whole moves on as its units are read.
        let mut go_on =
            |within: f32, step: MemoryStep<'_>| progress(fraction + within / total, step);
        match add_tmx(&mut memory, path, (from, to), &mut go_on) {
            Ok(added) => {
                report.segments += added;
                report.memories += 1;
            }
            Err(Some(error)) => report.skipped.push(error),
            Err(None) => return None,
        }
    }
    if !progress(1.0, MemoryStep::Indexed) {
        return None;
    }
    Some((memory, report))
}

/// Whether a glossary file of the library is for `from` → `to`, by its name: `news.en-ru.tsv`
/// or `en-ru.csv` names both languages, `az.tsv` the target's; a name that names no language
/// fits any pair, and so does every TBX file (it says its languages inside).
fn glossary_fits(path: &Path, from: &LanguageTag, to: &LanguageTag) -> bool {
    if path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("tbx"))
    {
        return true;
    }
    let stem = path
        .file_stem()
        .map(|stem| stem.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let last = stem.rsplit('.').next().unwrap_or("");
    // Two letters, or a language's three-letter code or name: "all" or "tax" names none.
    let code = |part: &str| crate::io::import::glossary::language_named(part);
    let parts: Vec<&str> = last.split(['-', '_']).collect();
    match parts.as_slice() {
        [one, other] => match (code(one), code(other)) {
            (Some(one), Some(other)) => {
                same_primary(&one, from.as_str()) && same_primary(&other, to.as_str())
            }
            _ => true,
        },
        [only] => code(only).is_none_or(|only| same_primary(&only, to.as_str())),
        _ => true,
    }
}

/// The glossary entries from `from` into `to` in the library's `glossary/` folder and the
/// files named, and the files left out with why.
pub fn load_glossaries(
    library: Option<&Path>,
    files: &[PathBuf],
    from: &LanguageTag,
    to: &LanguageTag,
) -> (Vec<crate::io::import::glossary::GlossaryEntry>, Vec<String>) {
    let (read, skipped) = load_glossary_files(library, files, from, to);
    (
        read.into_iter().flat_map(|(_, entries)| entries).collect(),
        skipped,
    )
}

/// Each glossary file from `from` into `to` in the library's `glossary/` folder and the files
/// named, with its entries, and the files left out with why.
pub fn load_glossary_files(
    library: Option<&Path>,
    files: &[PathBuf],
    from: &LanguageTag,
    to: &LanguageTag,
) -> (
    Vec<(PathBuf, Vec<crate::io::import::glossary::GlossaryEntry>)>,
    Vec<String>,
) {
    // The library's files that are for this pair, and every file named.
    let mut paths: Vec<PathBuf> = library
        .map(|library| {
            crate::io::library::glossary_files(&crate::io::library::glossary_dir(library))
        })
        .unwrap_or_default();
    paths.retain(|path| glossary_fits(path, from, to));
    paths.extend(files.iter().cloned());
    let mut read = Vec::new();
    let mut skipped = Vec::new();
    for path in paths {
        match read_glossary_file(&path, from, to) {
            Ok(entries) => read.push((path, entries)),
            Err(error) => skipped.push(format!("{}: {error}", path.display())),
        }
    }
    (read, skipped)
}

/// The entries from `from` into `to` of one glossary file, read as its extension says (TBX,
/// CSV, or tab-separated).
pub fn read_glossary_file(
    path: &Path,
    from: &LanguageTag,
    to: &LanguageTag,
) -> Result<Vec<crate::io::import::glossary::GlossaryEntry>, String> {
    use crate::io::import::glossary::{orient, read_csv, read_tbx, read_tsv};
    let bytes = crate::io::read_file_capped(path).map_err(|error| error.to_string())?;
    let extension = path
        .extension()
        .map(|extension| extension.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let orient = |entries| orient(entries, from.as_str(), to.as_str());
    match extension.as_str() {
        "tbx" => read_tbx(&bytes, from.as_str(), to.as_str()),
        "csv" => read_csv(&bytes).map(orient),
        _ => read_tsv(&bytes).map(orient),
    }
    .map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_build_reports_its_progress_and_stops_when_asked() {
        let library = tempfile::tempdir().unwrap();
        let folder = crate::io::library::memory_dir(library.path());
        std::fs::create_dir_all(&folder).unwrap();
        for name in ["a.tmx", "b.tmx"] {
            std::fs::write(
                folder.join(name),
                r#"<tmx version="1.4"><header srclang="en"/><body><tu>
<tuv xml:lang="en"><seg>The rally was dispersed.</seg></tuv>
<tuv xml:lang="ru"><seg>Митинг был разогнан.</seg></tuv></tu></body></tmx>"#,
            )
            .unwrap();
        }
        let sources = MemorySources {
            library: Some(library.path().to_path_buf()),
            ..MemorySources::default()
        };
        let (en, ru) = (
            LanguageTag::parse("en").unwrap(),
            LanguageTag::parse("ru").unwrap(),
        );
        let mut seen = Vec::new();
        let mut all = |fraction: f32, step: MemoryStep<'_>| {
            seen.push((fraction, step.describe()));
            true
        };
        let (memory, report) = build_memory_with_progress(&sources, &en, &ru, &mut all).unwrap();
        assert_eq!((memory.len(), report.memories), (1, 2), "{report:?}");
        let fractions: Vec<f32> = seen.iter().map(|(fraction, _)| *fraction).collect();
        assert_eq!(fractions, vec![0.0, 0.5, 1.0]);
        assert!(seen[1].1.ends_with("b.tmx"), "{seen:?}");
        let mut calls = 0;
        let mut stop_at_second = |_: f32, _: MemoryStep<'_>| {
            calls += 1;
            calls < 2
        };
        assert!(build_memory_with_progress(&sources, &en, &ru, &mut stop_at_second).is_none());
    }
}
