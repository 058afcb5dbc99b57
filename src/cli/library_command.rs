//! `diptych library …` and `diptych search` on the command line: the arguments, and which
//! function of [`super::library`] each runs.

use std::path::PathBuf;

use anyhow::bail;
use clap::{Args, Subcommand};

use crate::library::{Query, WorkStatus};

#[derive(Subcommand)]
pub enum LibraryCommand {
    /// Every project of the library: title, outlet, languages and progress, dates, tags
    /// (--format json: a JSON array, one object per project).
    List {
        /// The library folder (default: ~/.local/share/diptych/library, or diptych/library in
        /// the XDG data folder when one is set).
        #[arg(long)]
        library: Option<PathBuf>,
        /// `json` for a JSON array.
        #[arg(long)]
        format: Option<String>,
    },
    /// Import articles into the library. An article saved already (the same address, the
    /// same original file, the same or nearly the same text) is reported and not imported
    /// unless --separate is given.
    Add {
        /// The articles: .txt/.md, saved web pages, .mhtml, .warc(.gz).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The library folder (default: ~/.local/share/diptych/library, or diptych/library in
        /// the XDG data folder when one is set).
        #[arg(long)]
        library: Option<PathBuf>,
        /// Import an article even when it is saved already, as a project of its own.
        #[arg(long, conflicts_with = "as_capture_of")]
        separate: bool,
        /// Add the files (in the order given) as new captures of this project's article
        /// instead of as projects: each becomes the current capture, as `diptych recapture`
        /// does.
        #[arg(long, value_name = "PROJECT")]
        as_capture_of: Option<PathBuf>,
        /// Target languages, comma-separated (default: the other two of en, ru, az).
        #[arg(long)]
        targets: Option<String>,
        /// The articles' language (default: detected).
        #[arg(long)]
        source_lang: Option<String>,
        /// `json` for a JSON array, one object per file ("outcome": added, duplicate or
        /// failed).
        #[arg(long)]
        format: Option<String>,
    },
}

/// `diptych search`'s arguments.
#[derive(Args)]
pub struct SearchArgs {
    /// Words to find (all of them, in any inflected form); "words in quotes" as a phrase.
    query: String,
    /// The library folder (default: ~/.local/share/diptych/library, or diptych/library in the
    /// XDG data folder when one is set).
    #[arg(long)]
    library: Option<PathBuf>,
    /// Only texts in this language (en, ru, az…).
    #[arg(long)]
    lang: Option<String>,
    /// How many hits to print at most.
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// `json` for a JSON array of hits, best first.
    #[arg(long)]
    format: Option<String>,
    /// Only projects whose outlet contains this.
    #[arg(long)]
    outlet: Option<String>,
    /// Only projects with this tag.
    #[arg(long)]
    tag: Option<String>,
    /// Only articles published on or after this date (YYYY-MM-DD).
    #[arg(long)]
    since: Option<String>,
    /// Only articles published on or before this date (YYYY-MM-DD).
    #[arg(long)]
    until: Option<String>,
    /// Only projects whose translation is: untranslated, in-progress, done or stale (a later
    /// capture changed translated paragraphs).
    #[arg(long)]
    status: Option<String>,
}

fn parse_status(raw: &str) -> anyhow::Result<WorkStatus> {
    Ok(match raw {
        "untranslated" => WorkStatus::Untranslated,
        "in-progress" | "in_progress" | "in progress" => WorkStatus::InProgress,
        "done" => WorkStatus::Done,
        "stale" => WorkStatus::Stale,
        other => bail!("--status is untranslated, in-progress, done or stale, not {other}"),
    })
}

fn check_date(raw: Option<String>, option: &str) -> anyhow::Result<Option<String>> {
    if let Some(date) = &raw {
        let parts: Vec<Option<u32>> = date.split('-').map(|part| part.parse().ok()).collect();
        let valid = match parts.as_slice() {
            [Some(year)] => date.len() == 4 && *year >= 1000,
            [Some(year), Some(month)] => {
                date.len() == 7 && crate::library::catalogue::is_calendar_day(*year, *month, 1)
            }
            [Some(year), Some(month), Some(day)] => {
                date.len() == 10 && crate::library::catalogue::is_calendar_day(*year, *month, *day)
            }
            _ => false,
        };
        if !valid {
            bail!("{option} takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not {date}");
        }
    }
    Ok(raw)
}

/// Runs `diptych search`.
pub fn search(args: SearchArgs) -> anyhow::Result<String> {
    let folder = super::library::library_folder(args.library.as_deref())?;
    let query = Query {
        text: args.query,
        lang: args.lang,
        outlet: args.outlet,
        tag: args.tag,
        published_from: check_date(args.since, "--since")?,
        published_to: check_date(args.until, "--until")?,
        status: args.status.as_deref().map(parse_status).transpose()?,
    };
    if args.limit == 0 {
        bail!("--limit must be at least 1");
    }
    if let Some(lang) = &query.lang {
        crate::model::LanguageTag::parse(lang)
            .map_err(|error| anyhow::anyhow!("--lang {lang}: {error}"))?;
    }
    let json = super::json_format(args.format.as_deref())?;
    super::library::search(&folder, &query, args.limit, json)
}

/// Runs a `diptych library` subcommand: its report, and whether it all went well.
pub fn run(command: LibraryCommand) -> anyhow::Result<(String, bool)> {
    match command {
        LibraryCommand::List { library, format } => {
            let folder = super::library::library_folder(library.as_deref())?;
            let json = super::json_format(format.as_deref())?;
            Ok((super::library::list(&folder, json)?, true))
        }
        LibraryCommand::Add {
            files,
            library,
            separate,
            targets,
            source_lang,
            format,
            as_capture_of,
        } => {
            let json = super::json_format(format.as_deref())?;
            if let Some(project) = as_capture_of {
                if targets.is_some() {
                    bail!("--targets does not apply to --as-capture-of (the project has its own)");
                }
                return Ok(add_captures(&project, &files, source_lang.as_deref(), json));
            }
            let folder = super::library::library_folder(library.as_deref())?;
            let options =
                super::import_options(source_lang.as_deref(), targets.as_deref(), None, None)?;
            super::library::add(&super::library::AddRequest {
                files: &files,
                folder: &folder,
                separate,
                json,
                options: &options,
            })
        }
    }
}

/// `library add --as-capture-of PROJECT FILE…`: each file becomes the project's current
/// capture in turn; one that cannot (another article's language, the same bytes, unreadable)
/// is reported and the rest go on.
fn add_captures(
    project: &std::path::Path,
    files: &[PathBuf],
    source_lang: Option<&str>,
    json: bool,
) -> (String, bool) {
    let mut all_went_well = true;
    let mut values = Vec::new();
    let mut lines = Vec::new();
    for file in files {
        let request = super::recapture::RecaptureRequest {
            project,
            file,
            source_lang,
            dry_run: false,
            force: false,
        };
        match super::recapture::recapture_into(&request) {
            Ok(done) => {
                let mut value = super::recapture::report_json(&done.report);
                if let serde_json::Value::Object(map) = &mut value {
                    map.insert("file".into(), file.display().to_string().into());
                    map.insert("outcome".into(), "capture".into());
                    map.insert("project".into(), project.display().to_string().into());
                    map.insert("captures".into(), done.captures.into());
                }
                values.push(value);
                lines.push(format!(
                    "{}: capture {} of {}\n{}",
                    file.display(),
                    done.captures,
                    project.display(),
                    super::recapture::report_text(&done.report)
                ));
            }
            Err(error) => {
                all_went_well = false;
                values.push(serde_json::json!({
                    "file": file.display().to_string(),
                    "outcome": "failed",
                    "project": project.display().to_string(),
                    "error": format!("{error:#}"),
                }));
                lines.push(format!("{}: failed: {error:#}", file.display()));
            }
        }
    }
    if json {
        let text = serde_json::to_string_pretty(&values).unwrap_or_default();
        return (crate::io::terminal::json_for_terminal(&text), all_went_well);
    }
    (lines.join("\n"), all_went_well)
}
