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
        #[arg(long)]
        separate: bool,
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
    /// Only projects whose translation is: untranslated, in-progress or done.
    #[arg(long)]
    status: Option<String>,
}

fn parse_status(raw: &str) -> anyhow::Result<WorkStatus> {
    Ok(match raw {
        "untranslated" => WorkStatus::Untranslated,
        "in-progress" | "in_progress" | "in progress" => WorkStatus::InProgress,
        "done" => WorkStatus::Done,
        other => bail!("--status is untranslated, in-progress or done, not {other}"),
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
        } => {
            let folder = super::library::library_folder(library.as_deref())?;
            let options =
                super::import_options(source_lang.as_deref(), targets.as_deref(), None, None)?;
            super::library::add(&super::library::AddRequest {
                files: &files,
                folder: &folder,
                separate,
                json: super::json_format(format.as_deref())?,
                options: &options,
            })
        }
    }
}
