//! The `diptych` binary: parses the command line, then runs a command or starts the window.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use diptych::cli::{self, InspectFormat};

/// Diptych: keep, clean, align and translate news articles offline.
#[derive(Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Args {
    /// A project (.ron) or an article (.txt, .md) to open in the window.
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Import an article into a new project file.
    Import {
        /// The article (.txt or .md; UTF-8 or UTF-16 with BOM).
        article: PathBuf,
        /// Where to write the project (default: ARTICLE.diptych.ron beside it).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Target languages, comma-separated (default: the other two of en, ru, az).
        #[arg(long)]
        targets: Option<String>,
        /// The article's language (default: detected).
        #[arg(long)]
        source_lang: Option<String>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Print a project's (or an article's) paragraphs and translations.
    Inspect {
        file: PathBuf,
        #[arg(long, value_enum, default_value = "json")]
        format: InspectFormat,
    },
    /// Print translation progress and paragraph counts.
    Stats { file: PathBuf },
}

fn run(args: Args) -> anyhow::Result<()> {
    let output = match args.command {
        None => return diptych::app::run_window(args.file.as_deref()),
        Some(Command::Import {
            article,
            output,
            targets,
            source_lang,
            force,
        }) => cli::import(
            &article,
            output.as_deref(),
            targets.as_deref(),
            source_lang.as_deref(),
            force,
        )?,
        Some(Command::Inspect { file, format }) => cli::inspect(&file, format)?,
        Some(Command::Stats { file }) => cli::stats(&file)?,
    };
    println!("{}", output.trim_end());
    Ok(())
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("diptych: {error:#}");
            ExitCode::FAILURE
        }
    }
}
