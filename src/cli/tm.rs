//! `diptych tm`: the translation memory from the command line. `tm search` finds the best
//! fuzzy matches for a text (or for every line of a file, one JSON line each); `tm import`
//! adds a TMX file to the library's memories after reading it whole.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::memory::index::{Match, TranslationMemory};
use crate::memory::sources::{BuildReport, MemorySources};
use crate::model::LanguageTag;

/// What `tm search` was asked.
pub struct SearchRequest<'a> {
    pub text: Option<&'a str>,
    pub queries: Option<&'a Path>,
    pub from: &'a str,
    pub to: &'a str,
    pub library: Option<&'a Path>,
    pub tmx: &'a [PathBuf],
    pub minimum: u8,
    pub limit: usize,
    pub json: bool,
}

/// The library named, or the default one.
pub(crate) fn library(named: Option<&Path>) -> Option<PathBuf> {
    named
        .map(Path::to_path_buf)
        .or_else(crate::io::library::default_library_dir)
}

/// One query's matches as a JSON line.
fn json_line(query: &str, matches: &[Match]) -> anyhow::Result<String> {
    Ok(crate::io::terminal::json_for_terminal(
        &serde_json::to_string(&serde_json::json!({
            "query": query,
            "matches": matches,
        }))?,
    ))
}

/// One query's matches for people.
fn human(query: &str, matches: &[Match]) -> String {
    if matches.is_empty() {
        return format!("{query}\n  no match\n");
    }
    let mut text = format!("{query}\n");
    for found in matches {
        // Writing to a String cannot fail.
        let _ = write!(
            text,
            "  {:>3}%  {}\n        {}\n        ({}{}; words {}%, all tokens {}%)\n",
            found.score,
            found.source,
            found
                .target_with_numbers
                .as_deref()
                .unwrap_or(&found.target),
            found.origin,
            if found.date.is_empty() {
                String::new()
            } else {
                format!(", {}", found.date)
            },
            found.scores.words,
            found.scores.all
        );
    }
    text
}

/// The memory `sources` hold, from the library's cache when it is up to date (else built and
/// cached), and a word on the cache for the summary line.
pub(crate) fn load_memory(
    sources: &MemorySources,
    from: &LanguageTag,
    to: &LanguageTag,
) -> (TranslationMemory, BuildReport, &'static str) {
    use crate::memory::cache::{CacheUse, build_memory_cached};
    match build_memory_cached(sources, from, to, &mut |_, _| true) {
        Some((memory, report, CacheUse::Read)) => {
            (memory, report, " (read from the library's cache)")
        }
        Some((memory, report, CacheUse::Built { written, .. })) => {
            if sources
                .library
                .as_deref()
                .is_some_and(std::path::Path::is_dir)
                && let Err(reason) = written
            {
                eprintln!(
                    "note: the memory's cache was not written ({reason}); the next run reads every file again"
                );
            }
            (memory, report, "")
        }
        // Nothing asked the build to stop.
        None => (
            TranslationMemory::new(from.as_str(), to.as_str()),
            BuildReport::default(),
            "",
        ),
    }
}

fn describe(report: &BuildReport, memory: &TranslationMemory, cache: &str) -> String {
    let mut text = format!(
        "memory: {} segment(s) from {} project(s) and {} TMX file(s){cache}",
        memory.len(),
        report.projects,
        report.memories
    );
    for skipped in &report.skipped {
        let _ = write!(text, "\nskipped: {skipped}");
    }
    text
}

/// Runs `tm search`; prints as it goes (one line per query with `--queries`).
pub fn search(request: &SearchRequest<'_>) -> anyhow::Result<()> {
    let from = LanguageTag::parse(request.from)?;
    let to = LanguageTag::parse(request.to)?;
    if from.primary() == to.primary() {
        bail!("--from and --to name the same language ({from}); a memory translates between two");
    }
    if request.minimum > 100 {
        bail!("--min is a percentage (0–100)");
    }
    let sources = MemorySources {
        library: library(request.library),
        tmx: request.tmx.to_vec(),
        folders: Vec::new(),
    };
    let (mut memory, report, cache) = load_memory(&sources, &from, &to);
    let mut out = std::io::stdout().lock();
    if request.json {
        // The JSON lines stay on standard output; what was skipped goes to the errors.
        for skipped in &report.skipped {
            eprintln!("skipped: {skipped}");
        }
    } else {
        writeln!(out, "{}", describe(&report, &memory, cache))?;
    }
    let queries: Vec<String> = match (request.text, request.queries) {
        (Some(text), None) => vec![text.to_owned()],
        (None, Some(path)) => {
            let bytes = crate::io::read_file_capped(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            String::from_utf8(bytes)
                .with_context(|| format!("{} is not UTF-8 text", path.display()))?
                .lines()
                .filter(|line| !line.trim().is_empty())
                .map(str::to_owned)
                .collect()
        }
        _ => bail!("give a text to search for, or --queries FILE (one query per line)"),
    };
    for query in &queries {
        let matches = memory.search(query, request.minimum, request.limit);
        if request.json {
            writeln!(out, "{}", json_line(query, &matches)?)?;
        } else {
            write!(out, "{}", human(query, &matches))?;
        }
    }
    Ok(())
}

/// Runs `tm import`: checks the file reads as a memory, then copies it into the library's
/// `tm/` folder (never over a different file of the same name).
pub fn import(file: &Path, named_library: Option<&Path>) -> anyhow::Result<String> {
    let library = library(named_library).context("no library folder: give --library DIR")?;
    let document = crate::io::import::exchange::read_memory_file(file)?;

    let folder = crate::io::library::memory_dir(&library);
    match crate::io::library::add_file(
        &folder,
        file,
        crate::io::import::exchange::MAX_MEMORY_BYTES,
    )? {
        crate::io::library::Added::AlreadyThere(destination) => Ok(format!(
            "{} is already in the library",
            destination.display()
        )),
        crate::io::library::Added::Copied(destination) => Ok(format!(
            "{}: {} unit(s) added to the library as {}",
            file.display(),
            document.units.len(),
            destination.display()
        )),
    }
}

/// What `concordance` was asked.
pub struct ConcordanceRequest<'a> {
    pub text: &'a str,
    pub from: &'a str,
    pub to: &'a str,
    /// Only this side's language (`None`: both).
    pub lang: Option<&'a str>,
    pub library: Option<&'a Path>,
    pub tmx: &'a [PathBuf],
    pub limit: usize,
    pub json: bool,
}

/// Runs `concordance`: every pair with the text in it, in context, the other side beside it.
pub fn concordance(request: &ConcordanceRequest<'_>) -> anyhow::Result<()> {
    use crate::memory::concordance::{Side, concordance};
    if request.text.trim().is_empty() {
        bail!("give a word or phrase to look for");
    }
    let from = LanguageTag::parse(request.from)?;
    let to = LanguageTag::parse(request.to)?;
    let sides = match request.lang {
        None => vec![Side::Source, Side::Target],
        Some(lang) if lang.eq_ignore_ascii_case(from.as_str()) => vec![Side::Source],
        Some(lang) if lang.eq_ignore_ascii_case(to.as_str()) => vec![Side::Target],
        Some(lang) => bail!("--lang is {from} or {to} (the two sides searched), not {lang}"),
    };
    let sources = MemorySources {
        library: library(request.library),
        tmx: request.tmx.to_vec(),
        folders: Vec::new(),
    };
    let (memory, report, _) = load_memory(&sources, &from, &to);
    for skipped in &report.skipped {
        eprintln!("skipped: {skipped}");
    }
    let hits = concordance(
        &memory,
        request.text,
        (from.primary(), to.primary()),
        &sides,
        request.limit,
    );
    let mut out = std::io::stdout().lock();
    if request.json {
        for hit in &hits {
            writeln!(
                out,
                "{}",
                crate::io::terminal::json_for_terminal(&serde_json::to_string(hit)?)
            )?;
        }
        return Ok(());
    }
    writeln!(
        out,
        "{} pair(s) with «{}» among {} segment(s)",
        hits.len(),
        request.text,
        memory.len()
    )?;
    for hit in &hits {
        let (found, other) = match hit.side {
            Side::Source => (&hit.source, &hit.target),
            Side::Target => (&hit.target, &hit.source),
        };
        // The places are marked with [ ] in the text they were found in.
        let mut marked = String::new();
        let mut last = 0;
        for place in &hit.places {
            marked.push_str(&found[last..place.start]);
            marked.push('[');
            marked.push_str(&found[place.clone()]);
            marked.push(']');
            last = place.end;
        }
        marked.push_str(&found[last..]);
        let date = if hit.date.is_empty() {
            String::new()
        } else {
            format!(", {}", hit.date)
        };
        writeln!(out, "  {marked}\n    {other}\n    ({}{date})", hit.origin)?;
    }
    Ok(())
}
