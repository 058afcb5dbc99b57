//! `diptych glossary …` on the command line: the subcommands' arguments, and which function
//! of [`super::glossary`] each runs.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::glossary::GlossaryScope;
use crate::io::import::glossary::GlossaryEntry;

/// The language pair and the library every glossary subcommand works on.
#[derive(Args)]
pub struct PairArgs {
    /// The source language (en, ru, az…).
    #[arg(long)]
    from: String,
    /// The target language.
    #[arg(long)]
    to: String,
    /// The library folder (default: ~/.local/share/diptych/library, or diptych/library in the
    /// XDG data folder when one is set).
    #[arg(long)]
    library: Option<PathBuf>,
}

impl PairArgs {
    fn scope(&self) -> GlossaryScope<'_> {
        GlossaryScope {
            from: &self.from,
            to: &self.to,
            library: self.library.as_deref(),
        }
    }
}

#[derive(Subcommand)]
pub enum GlossaryCommand {
    /// Add a term pair to the glossary Diptych keeps in the library
    /// (glossary/diptych.FROM-TO.tbx).
    Add {
        /// The term in the source language.
        source: String,
        /// Its translation.
        target: String,
        #[command(flatten)]
        pair: PairArgs,
        /// A note for translators.
        #[arg(long, default_value = "")]
        note: String,
        /// The translation must not be used (TBX deprecatedTerm).
        #[arg(long)]
        forbidden: bool,
    },
    /// Remove a term pair from the glossary Diptych keeps in the library.
    Remove {
        source: String,
        target: String,
        #[command(flatten)]
        pair: PairArgs,
    },
    /// Every term pair from FROM into TO, with the file it comes from.
    List {
        #[command(flatten)]
        pair: PairArgs,
        /// More glossaries (TBX, TSV or CSV).
        #[arg(long)]
        glossary: Vec<PathBuf>,
        /// `json` for one JSON line per term pair.
        #[arg(long)]
        format: Option<String>,
    },
    /// Write every term pair from FROM into TO (the library's glossaries and any named) as
    /// one TBX-Basic (TBX v3) file.
    Export {
        #[command(flatten)]
        pair: PairArgs,
        /// More glossaries (TBX, TSV or CSV) to include.
        #[arg(long)]
        glossary: Vec<PathBuf>,
        /// The TBX file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Replace an existing file (a backup of it is kept).
        #[arg(long)]
        force: bool,
    },
    /// Add a glossary file (TBX, TSV, CSV) to the library's glossary/ folder.
    Import {
        file: PathBuf,
        /// The library folder (default: ~/.local/share/diptych/library, or diptych/library
        /// in the XDG data folder when one is set).
        #[arg(long)]
        library: Option<PathBuf>,
    },
}

/// Runs a glossary subcommand; returns what it says.
pub fn run(command: GlossaryCommand) -> anyhow::Result<String> {
    match command {
        GlossaryCommand::Add {
            source,
            target,
            pair,
            note,
            forbidden,
        } => super::glossary::change(
            &pair.scope(),
            &GlossaryEntry {
                source,
                target,
                note,
                forbidden,
            },
            false,
        ),
        GlossaryCommand::Remove {
            source,
            target,
            pair,
        } => super::glossary::change(
            &pair.scope(),
            &GlossaryEntry {
                source,
                target,
                ..GlossaryEntry::default()
            },
            true,
        ),
        GlossaryCommand::List {
            pair,
            glossary,
            format,
        } => super::glossary::list(
            &pair.scope(),
            &glossary,
            super::json_format(format.as_deref())?,
        ),
        GlossaryCommand::Export {
            pair,
            glossary,
            output,
            force,
        } => super::glossary::export(&pair.scope(), &glossary, &output, force),
        GlossaryCommand::Import { file, library } => {
            super::glossary::import(&file, library.as_deref())
        }
    }
}
