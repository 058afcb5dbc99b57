//! `diptych glossary …`: the termbase from the command line. `add` and `remove` change the
//! glossary Diptych keeps per language pair in the library (`glossary/diptych.en-ru.tbx`);
//! `list` shows every term the window and `diptych terms` would use, with the file it comes
//! from; `export` writes them as one TBX-Basic file; `import` adds a glossary file to the
//! library after checking that it reads.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use super::tm::library;
use crate::io::glossary_file::{GlossaryChange, change_own_glossary};
use crate::io::import::glossary::GlossaryEntry;
use crate::io::terminal::escape_to_one_line;
use crate::memory::sources::{load_glossary_files, read_glossary_file};
use crate::model::LanguageTag;

/// The languages and library a glossary command works on.
pub struct GlossaryScope<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub library: Option<&'a Path>,
}

impl GlossaryScope<'_> {
    fn languages(&self) -> anyhow::Result<(LanguageTag, LanguageTag)> {
        Ok((LanguageTag::parse(self.from)?, LanguageTag::parse(self.to)?))
    }

    fn library(&self) -> anyhow::Result<PathBuf> {
        library(self.library).context("no library folder: give --library DIR")
    }
}

/// `glossary add` (or with `remove`, `glossary remove`): changes the glossary Diptych keeps.
pub fn change(
    scope: &GlossaryScope<'_>,
    entry: &GlossaryEntry,
    remove: bool,
) -> anyhow::Result<String> {
    let (from, to) = scope.languages()?;
    let library = scope.library()?;
    let entry = crate::io::glossary_file::tidy(entry)?;
    let described = escape_to_one_line(&format!("“{}” → “{}”", entry.source, entry.target));
    let same = |existing: &GlossaryEntry| {
        existing.source == entry.source && existing.target == entry.target
    };
    let change = if remove {
        // The entry as the file has it: found by its two terms alone.
        let path =
            crate::io::glossary_file::own_glossary_path(&library, from.as_str(), to.as_str());
        let entries =
            crate::io::glossary_file::read_own_glossary(&path, from.as_str(), to.as_str())?;
        let Some(found) = entries.into_iter().find(|existing| same(existing)) else {
            // Perhaps in a glossary the user brought: say which, and that it is theirs.
            let (read, _) = load_glossary_files(Some(&library), &[], &from, &to);
            let elsewhere: Vec<String> = read
                .iter()
                .filter(|(file, entries)| *file != path && entries.iter().any(&same))
                .map(|(file, _)| file.display().to_string())
                .collect();
            if elsewhere.is_empty() {
                bail!("{described} is in no glossary of the library from {from} into {to}");
            }
            bail!(
                "{described} is in {}, which Diptych does not change: edit that file",
                elsewhere.join(", ")
            );
        };
        GlossaryChange::Remove(found)
    } else {
        GlossaryChange::Add(entry)
    };
    let (path, count) = change_own_glossary(&library, from.as_str(), to.as_str(), &change)?;
    Ok(format!(
        "{described} {} {} ({count} term pair(s) now)",
        if remove { "removed from" } else { "added to" },
        path.display()
    ))
}

/// Glossary files with their entries, and the files left out with why.
type ReadGlossaries = (Vec<(PathBuf, Vec<GlossaryEntry>)>, Vec<String>);

/// The glossaries of the scope's library and `files`; a file named that cannot be read is an
/// error, a library file that cannot be read is reported and left out.
fn load_named(
    scope: &GlossaryScope<'_>,
    files: &[PathBuf],
    from: &LanguageTag,
    to: &LanguageTag,
) -> anyhow::Result<ReadGlossaries> {
    for file in files {
        read_glossary_file(file, from, to)
            .map_err(|error| anyhow::anyhow!("{}: {error}", file.display()))?;
    }
    let library = library(scope.library);
    Ok(load_glossary_files(library.as_deref(), files, from, to))
}

/// `glossary list`: every term pair, with its file.
pub fn list(scope: &GlossaryScope<'_>, files: &[PathBuf], json: bool) -> anyhow::Result<String> {
    let (from, to) = scope.languages()?;
    let (read, skipped) = load_named(scope, files, &from, &to)?;
    for line in &skipped {
        eprintln!("skipped: {}", escape_to_one_line(line));
    }
    let mut output = String::new();
    for (path, entries) in &read {
        for entry in entries {
            // Writing to a String cannot fail.
            let _ = if json {
                writeln!(
                    output,
                    "{}",
                    crate::io::terminal::json_for_terminal(
                        &serde_json::json!({
                            "source": entry.source,
                            "target": entry.target,
                            "note": entry.note,
                            "forbidden": entry.forbidden,
                            "file": path.display().to_string(),
                        })
                        .to_string()
                    )
                )
            } else {
                writeln!(
                    output,
                    "{}\t{}{}{}",
                    escape_to_one_line(&entry.source),
                    escape_to_one_line(&entry.target),
                    if entry.forbidden { "\t(forbidden)" } else { "" },
                    if entry.note.is_empty() {
                        String::new()
                    } else {
                        format!("\t# {}", escape_to_one_line(&entry.note))
                    }
                )
            };
        }
    }
    if !json && output.is_empty() {
        output = format!("no glossary terms from {from} into {to}\n");
    }
    Ok(output)
}

/// `glossary export`: every term pair as one TBX-Basic file.
pub fn export(
    scope: &GlossaryScope<'_>,
    files: &[PathBuf],
    output: &Path,
    force: bool,
) -> anyhow::Result<String> {
    let (from, to) = scope.languages()?;
    let (read, skipped) = load_named(scope, files, &from, &to)?;
    if !skipped.is_empty() {
        bail!(
            "some glossaries could not be read, so the export would be incomplete:\n{}",
            skipped.join("\n")
        );
    }
    let read_files: Vec<PathBuf> = read.iter().map(|(file, _)| file.clone()).collect();
    let entries: Vec<GlossaryEntry> = read.into_iter().flat_map(|(_, entries)| entries).collect();
    let exported =
        crate::io::glossary_file::export_glossary(&crate::io::glossary_file::GlossaryExport {
            output,
            entries: &entries,
            languages: (from.as_str(), to.as_str()),
            read_files: &read_files,
            library: library(scope.library).as_deref(),
            replace: force,
        })?;
    Ok(exported.describe(output))
}

/// `glossary import`: copies a glossary file into the library's `glossary/` folder once it
/// has been read without an error.
pub fn import(file: &Path, named_library: Option<&Path>) -> anyhow::Result<String> {
    let library = library(named_library).context("no library folder: give --library DIR")?;
    let extension = file
        .extension()
        .map(|extension| extension.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if !matches!(extension.as_str(), "tbx" | "tsv" | "csv" | "txt") {
        bail!(
            "{} is not a glossary (.tbx, .tsv, .csv or .txt)",
            file.display()
        );
    }
    // Any pair reads a TSV or CSV file; a TBX file is checked for its structure.
    let any = LanguageTag::parse("en")?;
    let entries = read_glossary_file(file, &any, &any)
        .map_err(|error| anyhow::anyhow!("{}: {error}", file.display()))?;
    let folder = crate::io::library::glossary_dir(&library);
    let destination =
        match crate::io::library::add_file(&folder, file, crate::io::fs::MAX_FILE_BYTES)? {
            crate::io::library::Added::AlreadyThere(destination) => {
                return Ok(format!(
                    "{} is already in the library",
                    destination.display()
                ));
            }
            crate::io::library::Added::Copied(destination) => destination,
        };
    let counted = if extension == "tbx" {
        "a TBX glossary".to_owned()
    } else {
        format!("{} term pair(s)", entries.len())
    };
    Ok(format!(
        "{}: {counted} added to the library as {}",
        file.display(),
        destination.display()
    ))
}
