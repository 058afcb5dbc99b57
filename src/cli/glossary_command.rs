//! `diptych glossary …` on the command line: the subcommands' arguments, and which function
//! of [`super::glossary`] each runs.

use std::path::PathBuf;

use clap::Subcommand;

use super::glossary::GlossaryScope;
use crate::io::import::glossary::GlossaryEntry;

#[derive(Subcommand)]
pub enum GlossaryCommand {
    /// Add a term pair to the glossary Diptych keeps in the library
    /// (glossary/diptych.FROM-TO.tbx).
    Add {
        /// The term in the source language.
        source: String,
        /// Its translation.
        target: String,
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        /// A note for translators.
        #[arg(long, default_value = "")]
        note: String,
        /// The translation must not be used (TBX deprecatedTerm).
        #[arg(long)]
        forbidden: bool,
        /// The library folder (default: ~/.local/share/diptych/library, or diptych/library
        /// in the XDG data folder when one is set).
        #[arg(long)]
        library: Option<PathBuf>,
    },
    /// Remove a term pair from the glossary Diptych keeps in the library.
    Remove {
        source: String,
        target: String,
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        /// The library folder (default: ~/.local/share/diptych/library, or diptych/library
        /// in the XDG data folder when one is set).
        #[arg(long)]
        library: Option<PathBuf>,
    },
    /// Every term pair from FROM into TO, with the file it comes from.
    List {
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        /// The library folder (default: ~/.local/share/diptych/library, or diptych/library
        /// in the XDG data folder when one is set).
        #[arg(long)]
        library: Option<PathBuf>,
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
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        /// The library folder (default: ~/.local/share/diptych/library, or diptych/library
        /// in the XDG data folder when one is set).
        #[arg(long)]
        library: Option<PathBuf>,
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

pub fn run(command: GlossaryCommand) -> anyhow::Result<String> {
    match command {
        GlossaryCommand::Add {
            source,
            target,
            from,
            to,
            note,
            forbidden,
            library,
        } => super::glossary::change(
            &GlossaryScope {
                from: &from,
                to: &to,
                library: library.as_deref(),
            },
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
            from,
            to,
            library,
        } => super::glossary::change(
            &GlossaryScope {
                from: &from,
                to: &to,
                library: library.as_deref(),
            },
            &GlossaryEntry {
                source,
                target,
                ..GlossaryEntry::default()
            },
            true,
        ),
        GlossaryCommand::List {
            from,
            to,
            library,
            glossary,
            format,
        } => super::glossary::list(
            &GlossaryScope {
                from: &from,
                to: &to,
                library: library.as_deref(),
            },
            &glossary,
            super::json_format(format.as_deref())?,
        ),
        GlossaryCommand::Export {
            from,
            to,
            library,
            glossary,
            output,
            force,
        } => super::glossary::export(
            &GlossaryScope {
                from: &from,
                to: &to,
                library: library.as_deref(),
            },
            &glossary,
            &output,
            force,
        ),
        GlossaryCommand::Import { file, library } => {
            super::glossary::import(&file, library.as_deref())
        }
    }
}
