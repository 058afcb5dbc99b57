//! `diptych library` and `diptych search`: the archive library from the command line.
//! `library list` prints every project of the library (a JSON array with `--format json`),
//! `library add` imports articles into it, saying when one is saved already, and `search`
//! finds paragraphs in every language of every project, best first.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use serde_json::json;

use crate::io::ImportOptions;
use crate::library::add::{AddOutcome, add_articles};
use crate::library::{Duplicate, Entry, Hit, LibraryIndex, Query, RefreshReport};

/// The library folder named, or the default one; an error when there is none.
pub fn library_folder(named: Option<&Path>) -> anyhow::Result<PathBuf> {
    super::tm::library(named).context(
        "no library folder: give --library DIR (there is no home folder to find the default)",
    )
}

/// The library at `folder`, indexed (from the cached records where they are current), and
/// what that found unreadable as warnings.
pub fn open_library(folder: &Path) -> anyhow::Result<(LibraryIndex, Vec<String>)> {
    if std::fs::symlink_metadata(folder).is_ok() && !folder.is_dir() {
        bail!("the library {} is not a folder", folder.display());
    }
    let mut index = LibraryIndex::new(folder.to_path_buf());
    let report = index
        .refresh(&mut |_, _| true)
        .context("indexing the library was stopped")?;
    Ok((index, warnings(&report)))
}

fn warnings(report: &RefreshReport) -> Vec<String> {
    let mut warnings: Vec<String> = report
        .unreadable
        .iter()
        .map(|(path, reason)| format!("warning: {} left out: {reason}", path.display()))
        .collect();
    // One line for all, not one per project: a read-only library would fill the screen.
    if let Some(first) = report.cache_errors.first() {
        let more = report.cache_errors.len() - 1;
        warnings.push(if more == 0 {
            format!("warning: a search record could not be cached: {first}")
        } else {
            format!(
                "warning: {} search records could not be cached (the next run reads those \
                 projects again), the first: {first}",
                more + 1
            )
        });
    }
    warnings
}

fn entry_json(entry: &Entry) -> serde_json::Value {
    json!({
        "project": entry.project.to_string_lossy(),
        "title": entry.title,
        "outlet": entry.outlet,
        "url": entry.url,
        "source_lang": entry.source_language,
        "targets": entry.targets.iter().map(|target| json!({
            "lang": target.lang,
            "done": target.done,
            "started": target.started,
            "total": target.total,
        })).collect::<Vec<_>>(),
        "aligned": entry.aligned,
        "published": entry.published,
        "captured": entry.captured,
        "captures": entry.captures,
        "stale": entry.stale,
        "tags": entry.tags,
        "note": entry.note,
        "modified": entry.modified,
        "file_name": entry.file_name,
        "paragraphs": entry.paragraphs,
        "status": entry.status().as_str(),
        "canonical_url": entry.fingerprints.canonical_url,
        "sha256": entry.fingerprints.original_sha256,
    })
}

/// `diptych library list`.
pub fn list(folder: &Path, json: bool) -> anyhow::Result<String> {
    let (index, warnings) = open_library(folder)?;
    for warning in &warnings {
        eprintln!("{}", crate::io::terminal::escape_for_terminal(warning));
    }
    if json {
        let entries: Vec<serde_json::Value> = index.entries().map(entry_json).collect();
        return Ok(crate::io::terminal::json_for_terminal(
            &serde_json::to_string_pretty(&entries)?,
        ));
    }
    if index.is_empty() {
        return Ok(format!("{}: no projects", folder.display()));
    }
    let mut text = format!("{}: {} project(s)\n", folder.display(), index.len());
    for entry in index.entries() {
        let targets: Vec<String> = entry
            .targets
            .iter()
            .map(|target| format!("{} {}/{}", target.lang, target.done, target.total))
            .collect();
        let _ = writeln!(
            text,
            "{}\n  {} · {} · {} · {}{}{}\n  {}",
            entry.display_title(),
            if entry.outlet.is_empty() {
                "—"
            } else {
                &entry.outlet
            },
            entry.source_language,
            if targets.is_empty() {
                "no targets".to_owned()
            } else {
                targets.join(", ")
            },
            entry.status().as_str(),
            match (entry.captures, entry.stale) {
                (1, _) => String::new(),
                (captures, 0) => format!(" · {captures} captures"),
                (captures, stale) => {
                    format!(" · {captures} captures, {stale} translation(s) stale")
                }
            },
            if entry.published.is_empty() {
                String::new()
            } else {
                format!(" · published {}", entry.published)
            },
            entry.project.display()
        );
    }
    Ok(text.trim_end().to_owned())
}

/// What `library add` was asked.
pub struct AddRequest<'a> {
    pub files: &'a [PathBuf],
    pub folder: &'a Path,
    /// Import even when the article is saved already.
    pub separate: bool,
    pub json: bool,
    pub options: &'a ImportOptions,
}

fn duplicates_json(duplicates: &[Duplicate]) -> Vec<serde_json::Value> {
    duplicates
        .iter()
        .map(|duplicate| {
            json!({
                "project": duplicate.project.to_string_lossy(),
                "title": duplicate.title,
                "ways": duplicate.ways.iter().map(|way| way.code()).collect::<Vec<_>>(),
                "why": duplicate.ways.iter().map(|way| way.describe()).collect::<Vec<_>>().join(", "),
            })
        })
        .collect()
}

/// `diptych library add`: the report, and whether every file was added or found saved.
pub fn add(request: &AddRequest<'_>) -> anyhow::Result<(String, bool)> {
    if request.files.is_empty() {
        bail!("library add needs at least one file");
    }
    std::fs::create_dir_all(request.folder).with_context(|| {
        format!(
            "cannot make the library folder {}",
            request.folder.display()
        )
    })?;
    let (mut index, warnings) = open_library(request.folder)?;
    for warning in &warnings {
        eprintln!("{}", crate::io::terminal::escape_for_terminal(warning));
    }
    let mut all_fine = true;
    let mut text = String::new();
    let mut objects = Vec::new();
    let results = add_articles(
        &mut index,
        request.files,
        request.options,
        request.separate,
        &mut |_, _| false,
    )?;
    for (file, outcome) in &results {
        match outcome {
            Ok(AddOutcome::Added { project, title }) => {
                let _ = writeln!(
                    text,
                    "{}: added as {} (\"{title}\")",
                    file.display(),
                    project.display()
                );
                objects.push(
                    json!({"file": file.to_string_lossy(), "outcome": "added", "project": project.to_string_lossy(), "title": title}),
                );
            }
            Ok(AddOutcome::Duplicate(duplicates)) => {
                let _ = writeln!(text, "{}: already in the library:", file.display());
                for duplicate in duplicates {
                    let why: Vec<String> =
                        duplicate.ways.iter().map(|way| way.describe()).collect();
                    let _ = writeln!(
                        text,
                        "  \"{}\" ({}): {}",
                        duplicate.title,
                        duplicate.project.display(),
                        why.join(", ")
                    );
                }
                let _ = writeln!(
                    text,
                    "  not imported; pass --as-capture-of PROJECT to add it as a new capture of \
                     that article, or --separate to import it as a project of its own"
                );
                objects.push(json!({"file": file.to_string_lossy(), "outcome": "duplicate", "duplicates": duplicates_json(duplicates)}));
            }
            Err(error) => {
                all_fine = false;
                let error = error.to_string();
                let _ = writeln!(text, "{}: not added: {error}", file.display());
                objects.push(
                    json!({"file": file.to_string_lossy(), "outcome": "failed", "error": error}),
                );
            }
        }
    }
    if request.json {
        return Ok((
            crate::io::terminal::json_for_terminal(&serde_json::to_string_pretty(&objects)?),
            all_fine,
        ));
    }
    Ok((text.trim_end().to_owned(), all_fine))
}

/// `diptych export-bag`: the project's archival package as the new folder `output`.
pub fn export_bag(project_path: &Path, output: &Path) -> anyhow::Result<String> {
    let bytes = crate::io::fs::read_file_capped(project_path)
        .with_context(|| format!("cannot read {}", project_path.display()))?;
    let project =
        crate::io::project_file::parse_project(&project_path.display().to_string(), &bytes)
            .with_context(|| format!("cannot open {}", project_path.display()))?;
    let name = project_path.file_name().map_or_else(
        || "project.diptych.ron".to_owned(),
        |name| name.to_string_lossy().into_owned(),
    );
    let date = crate::io::fs::utc_display(std::time::SystemTime::now());
    let date = date.get(..10).unwrap_or(&date);
    let report = crate::io::export::bag::export_bag(&project, (&name, &bytes), output, date)?;
    Ok(report.describe())
}

fn hit_json(hit: &Hit) -> serde_json::Value {
    json!({
        "project": hit.project.to_string_lossy(),
        "file_name": hit.file_name,
        "title": hit.title,
        "paragraph_id": hit.paragraph_id,
        "lang": hit.lang,
        "field": hit.field.as_str(),
        "score": (f64::from(hit.score) * 1000.0).round() / 1000.0,
        "snippet": hit.snippet,
        "highlights": hit.highlights.iter().map(|range| [range.start, range.end]).collect::<Vec<_>>(),
    })
}

/// `diptych search`.
pub fn search(folder: &Path, query: &Query, limit: usize, json: bool) -> anyhow::Result<String> {
    if crate::library::search::parse_query(&query.text).is_empty() {
        bail!("the query has no words to look for");
    }
    let (index, warnings) = open_library(folder)?;
    for warning in &warnings {
        eprintln!("{}", crate::io::terminal::escape_for_terminal(warning));
    }
    let hits = crate::library::search(&index, query, limit);
    if json {
        let hits: Vec<serde_json::Value> = hits.iter().map(hit_json).collect();
        return Ok(crate::io::terminal::json_for_terminal(
            &serde_json::to_string_pretty(&hits)?,
        ));
    }
    if hits.is_empty() {
        return Ok(format!(
            "nothing found in {} project(s) of {}",
            index.len(),
            folder.display()
        ));
    }
    let mut text = String::new();
    for hit in &hits {
        let mut marked = String::new();
        let mut at = 0;
        let characters: Vec<char> = hit.snippet.chars().collect();
        for range in &hit.highlights {
            marked.extend(&characters[at..range.start]);
            marked.push('[');
            marked.extend(&characters[range.clone()]);
            marked.push(']');
            at = range.end;
        }
        marked.extend(&characters[at..]);
        let place = hit.paragraph_id.map_or_else(
            || hit.field.as_str().to_owned(),
            |id| format!("{} {id}", hit.field.as_str()),
        );
        let _ = writeln!(
            text,
            "{:.2}  {} [{} · {place}]\n      {}\n      {}",
            hit.score,
            hit.title,
            hit.lang,
            marked,
            hit.project.display()
        );
    }
    Ok(text.trim_end().to_owned())
}
