//! The `diptych` binary: parses the command line, then runs a command or starts the window.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use diptych::cli::{self, InspectFormat, align};

/// Diptych: keep, clean, align and translate news articles offline.
#[derive(Parser)]
#[command(
    version,
    about,
    args_conflicts_with_subcommands = true,
    after_help = "The window speaks English, Russian or Azerbaijani (View → Language, or \
                  --ui-lang); the command line speaks English only, so that scripts can parse it."
)]
struct Args {
    /// A project (.ron) or an article (.txt, .md, .html, .mhtml, .warc, .warc.gz) to open.
    file: Option<PathBuf>,
    /// The window's language for this run: en, ru or az (default: the one chosen in
    /// View → Language, else the system's locale, else English).
    #[arg(long, value_name = "LANG", value_parser = ["en", "ru", "az"])]
    ui_lang: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum TmCommand {
    /// The best fuzzy matches for a text, or for each line of --queries FILE (with --format
    /// json, one line each: {"query":…, "matches":[{"score":…, "source":…, "target":…,
    /// "origin":…}]}).
    Search {
        /// The text to find matches for.
        text: Option<String>,
        /// The source language of the text (en, ru, az…).
        #[arg(long)]
        from: String,
        /// The language of the translations wanted.
        #[arg(long)]
        to: String,
        /// The library folder (default: ~/.local/share/diptych/library, or diptych/library in
        /// the XDG data folder when one is set).
        #[arg(long)]
        library: Option<PathBuf>,
        /// More TMX files to search (besides the library's tm/ folder).
        #[arg(long)]
        tmx: Vec<PathBuf>,
        /// The lowest score shown, in percent.
        #[arg(long, default_value_t = 50)]
        min: u8,
        /// How many matches to show per query.
        #[arg(long, default_value_t = 5)]
        limit: usize,
        /// `json` for one JSON line per query.
        #[arg(long)]
        format: Option<String>,
        /// A file with one query per line.
        #[arg(long)]
        queries: Option<PathBuf>,
    },
    /// Add a TMX file to the library's memories (its tm/ folder).
    Import {
        file: PathBuf,
        /// The library folder (default: ~/.local/share/diptych/library, or diptych/library in
        /// the XDG data folder when one is set).
        #[arg(long)]
        library: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Import an article into a new project file.
    Import {
        /// The article: .txt/.md, a saved web page (.html, SingleFile), .mhtml or .warc(.gz).
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
        /// Decode with this encoding (windows-1251, koi8-r, utf-8 …) instead of the detected one.
        #[arg(long)]
        encoding: Option<String>,
        /// The page of a web archive to import, by its URL (needed when it holds several).
        #[arg(long)]
        record: Option<String>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Print a project's (or an article's) paragraphs, translations and provenance.
    Inspect {
        file: PathBuf,
        #[arg(long, value_enum, default_value = "json")]
        format: InspectFormat,
        /// For an article: decode with this encoding instead of the detected one.
        #[arg(long)]
        encoding: Option<String>,
        /// For a web archive: the page to read, by its URL.
        #[arg(long)]
        record: Option<String>,
    },
    /// Recheck the SHA-256 of the originals stored in a project (the source, each aligned
    /// translation, every earlier capture); exit 1 if one was altered.
    Verify { project: PathBuf },
    /// Make a new capture of the article (the page saved again) the project's current one:
    /// paragraphs compared with the current capture (moved and edited ones found again),
    /// translations of changed paragraphs marked stale, new paragraphs added as rows, removed
    /// ones kept in the capture history with their translations. The project is backed up,
    /// then saved
    Recapture {
        project: PathBuf,
        /// The new capture: a saved page, MHTML, WARC or text file.
        new_file: PathBuf,
        /// `json` prints an object with the counts (unchanged, changed, added, removed,
        /// stale …) and every paragraph's change, word by word.
        #[arg(long)]
        format: Option<String>,
        /// The new capture's language (default: detected; it must be the project's).
        #[arg(long)]
        source_lang: Option<String>,
        /// Report what would change and leave the project as it is.
        #[arg(long)]
        dry_run: bool,
        /// Make the file current even when few of the current capture's paragraphs are in
        /// it (it looks like another article).
        #[arg(long)]
        force: bool,
    },
    /// git's merge driver for project files (set up by `git-setup`): merges BASE, OURS and
    /// THEIRS record by record (metadata fields, paragraphs, translations, notes, statuses,
    /// links, captures) and writes the result over OURS as Diptych saves it. A translation
    /// changed differently on both sides keeps both versions for resolving in the window; then
    /// (or when a version does not read, leaving OURS as it was) it exits 1
    MergeDriver {
        /// The common ancestor (`%O`; empty when the file was added on both sides).
        base: PathBuf,
        /// Our version (`%A`), replaced by the merge.
        ours: PathBuf,
        /// Their version (`%B`).
        theirs: PathBuf,
        /// git's conflict marker size (`%L`); accepted for the protocol, never needed: the
        /// result is always a project file, without markers.
        #[arg(long)]
        marker_size: Option<usize>,
        /// The file's path in the repository (`%P`), for messages.
        #[arg(long)]
        path: Option<String>,
    },
    /// Make the git repository DIR is in (default: here) merge project files with
    /// `merge-driver`: adds `*.diptych.ron merge=diptych` to its .gitattributes and the driver
    /// command to this clone's git config, and says what it did
    GitSetup {
        /// A folder in the repository.
        dir: Option<PathBuf>,
    },
    /// What Sync does in the window: commit the project (the message says what changed),
    /// fetch and merge the others' work with the merge driver, push. Offline, the commit
    /// stays and goes out next time; conflicts kept in the project make it exit 1
    Sync { project: PathBuf },
    /// The commits that changed a project in its git repository (author, date, summary), or
    /// with --paragraph and --lang who changed that row's translation when
    History {
        project: PathBuf,
        /// A paragraph id (as `inspect` prints it): its translation's history.
        #[arg(long, requires = "lang")]
        paragraph: Option<u32>,
        /// The translation's language (with --paragraph).
        #[arg(long, requires = "paragraph")]
        lang: Option<String>,
        /// Look at the latest N commits of the file.
        #[arg(long, default_value_t = 200)]
        limit: usize,
        /// `json` prints a JSON array.
        #[arg(long)]
        format: Option<String>,
    },
    /// Write a project's archival package as a BagIt bag (RFC 8493) in a new folder: the
    /// original byte for byte, the project file, each translation as text and HTML, and the
    /// metadata as schema.org JSON-LD and Dublin Core, with SHA-256 manifests.
    ExportBag {
        project: PathBuf,
        /// The new folder to write the bag as.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Write the original file stored in a project back, byte for byte.
    ExportOriginal {
        project: PathBuf,
        /// Where to write it.
        #[arg(short, long)]
        output: PathBuf,
        /// The original of this aligned translation instead of the source.
        #[arg(long)]
        translation: Option<String>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Write the translated article as a file (txt, md, html with its metadata and schema.org
    /// JSON-LD), a bilingual review copy, a TMX translation memory or an XLIFF file (2.1, or 1.2
    /// for older tools). The project is only read.
    Export {
        project: PathBuf,
        /// txt, md, html, bilingual-html (a review copy; --lang ru,az for two languages), tmx
        /// (a translation memory of every target unless --lang says which), xliff (2.1),
        /// xliff12 (1.2) or docx (--bilingual for the review table).
        #[arg(long, default_value = "html")]
        format: String,
        /// The target language (default: the project's first target).
        #[arg(long)]
        lang: Option<String>,
        /// Where to write it (default: beside the project, NAME.LANG.EXT).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists (a backup of it is kept).
        #[arg(long)]
        force: bool,
        /// Keep the source text of paragraphs that have no translation (and say so) instead
        /// of refusing.
        #[arg(long)]
        allow_incomplete: bool,
        /// For tmx: take draft translations too, not only translated or better.
        #[arg(long)]
        include_drafts: bool,
        /// With docx (or html): the review copy, source beside the translation(s).
        #[arg(long)]
        bilingual: bool,
        /// For tmx: split each pair into sentence pairs with the sentence aligner.
        #[arg(long)]
        sentences: bool,
    },
    /// Bring translations in: an XLIFF file (2.x or 1.2) exported from this project (and
    /// edited in another tool, even through a PO file) updates translations, statuses and notes
    /// by paragraph; a TMX memory fills empty translations from exact matches, as drafts. The
    /// project is backed up, then saved.
    ImportTranslations {
        project: PathBuf,
        /// The .xlf or .tmx file.
        file: PathBuf,
        /// The target language(s) (default: the XLIFF file's, or every target for TMX; needed
        /// for an XLIFF file that names none, as po2xliff's often do).
        #[arg(long)]
        lang: Option<String>,
        /// XLIFF: replace translations that differ from the file's (by default they are
        /// reported as conflicts and left alone).
        #[arg(long)]
        overwrite: bool,
    },
    /// Fill a project's empty translations from the translation memory (drafts; a
    /// translation is never replaced). The project is backed up, then saved.
    Pretranslate {
        project: PathBuf,
        /// The target language to fill.
        #[arg(long)]
        lang: String,
        /// The lowest match score used, in percent (100: identical sources only).
        #[arg(long, default_value_t = 100)]
        min: u8,
        /// The library folder (default: ~/.local/share/diptych/library, or diptych/library
        /// in the XDG data folder when one is set).
        #[arg(long)]
        library: Option<PathBuf>,
        /// More TMX files to take matches from.
        #[arg(long)]
        tmx: Vec<PathBuf>,
    },
    /// Every pair of the memory with a word or phrase in it (either language, case folded
    /// as each language writes it), the other side beside it.
    Concordance {
        /// The word or phrase.
        text: String,
        /// The source language of the memory searched.
        #[arg(long)]
        from: String,
        /// Its target language.
        #[arg(long)]
        to: String,
        /// Search only this side (one of --from and --to).
        #[arg(long)]
        lang: Option<String>,
        /// The library folder (default: ~/.local/share/diptych/library, or diptych/library
        /// in the XDG data folder when one is set).
        #[arg(long)]
        library: Option<PathBuf>,
        /// More TMX files to search.
        #[arg(long)]
        tmx: Vec<PathBuf>,
        /// How many pairs to show.
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// `json` for one JSON line per pair (`places` are byte ranges of the UTF-8 text).
        #[arg(long)]
        format: Option<String>,
    },
    /// For each paragraph, the glossary terms in its source (any inflected form) and whether
    /// its translation uses an expected (or a forbidden) target term.
    Terms {
        project: PathBuf,
        /// The target language checked.
        #[arg(long)]
        lang: String,
        /// The library folder, whose glossary/ folder is read (default:
        /// ~/.local/share/diptych/library, or diptych/library in the XDG data folder when one
        /// is set).
        #[arg(long)]
        library: Option<PathBuf>,
        /// More glossaries (TBX, TSV or CSV).
        #[arg(long)]
        glossary: Vec<PathBuf>,
        /// `json` for one JSON line per paragraph with terms.
        #[arg(long)]
        format: Option<String>,
    },
    /// Quality checks on a project's translations and alignment links: figures, names, links,
    /// punctuation, quotation marks, spaces, doubled words, the wrong script, one source
    /// translated two ways, spelling (Hunspell dictionaries). Checks the project switched off
    /// and findings it ignores are left out.
    Qa {
        project: PathBuf,
        /// Only this target language (or aligned translation).
        #[arg(long)]
        lang: Option<String>,
        /// `json` for a JSON array of findings.
        #[arg(long)]
        format: Option<String>,
        /// Fail (exit 1) when a finding is this serious or more: error or warning.
        #[arg(long)]
        fail_on: Option<String>,
        /// The library folder, whose glossary/ folder is checked too (default:
        /// ~/.local/share/diptych/library, or diptych/library in the XDG data folder).
        #[arg(long)]
        library: Option<PathBuf>,
        /// More glossaries (TBX, TSV or CSV) to check the translations against.
        #[arg(long)]
        glossary: Vec<PathBuf>,
        /// A folder of Hunspell dictionaries (such as `en_GB.aff` and `en_GB.dic`) searched before the
        /// library's spelling/ folder and /usr/share/hunspell.
        #[arg(long)]
        dictionaries: Option<PathBuf>,
        /// Leave spelling out.
        #[arg(long)]
        no_spelling: bool,
    },
    /// The archive library: list its projects, or add articles to it (saying when one is
    /// saved already).
    Library {
        #[command(subcommand)]
        command: cli::library_command::LibraryCommand,
    },
    /// Search every project of the library, in every language (inflected forms found too;
    /// "quoted words" as a phrase); --format json prints a JSON array of hits, best first.
    Search(cli::library_command::SearchArgs),
    /// The glossary (termbase): add, remove, list, export as TBX, import.
    Glossary {
        #[command(subcommand)]
        command: cli::glossary_command::GlossaryCommand,
    },
    /// The translation memory: fuzzy matches from the library's projects and memories.
    Tm {
        #[command(subcommand)]
        command: TmCommand,
    },
    /// Import an article and write it as a recovery file, as the window's autosave does (used by
    /// the crash-safety test, which kills this process while it writes).
    #[command(hide = true)]
    WriteRecovery {
        article: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
        #[arg(long)]
        targets: Option<String>,
    },
    /// Measure article extraction on saved pages with known content (precision, recall, F1,
    /// metadata agreement, time per page), optionally against Mozilla Readability on node.
    EvalExtract {
        /// The folder holding readability-dev/ and cyrillic-html-dev/.
        #[arg(long, default_value = "../shared/corpora")]
        corpora: PathBuf,
        /// A folder with @mozilla/readability and jsdom installed (see scripts/eval-extract.sh).
        #[arg(long)]
        readability: Option<PathBuf>,
    },
    /// Print translation progress and paragraph counts.
    Stats { file: PathBuf },
    /// Align a translation with its source and print the links.
    Align {
        /// The source article.
        source: PathBuf,
        /// Its translation.
        translation: PathBuf,
        /// The translation's language (en, ru, az or another tag).
        #[arg(long)]
        lang: String,
        /// The source's language (default: detected; `en` with --units lines).
        #[arg(long)]
        source_lang: Option<String>,
        /// Print only the links, one per line: `[1, 2]:[1]`.
        #[arg(long)]
        links: bool,
        /// With --links, append `:confidence` to each link.
        #[arg(long)]
        confidence: bool,
        /// Align paragraphs, or sentences inside aligned paragraphs.
        #[arg(long, value_enum, default_value = "paragraph")]
        level: align::Level,
        /// Units: cleaned paragraphs, or every line as given (pre-segmented input).
        #[arg(long, value_enum, default_value = "paragraphs")]
        units: align::Units,
        /// Save a project with the source, the aligned translation and its links.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// How well the QA checks do on a parallel corpus: false alarms on its clean sentence
    /// pairs, and the share of errors put into them that are found.
    EvalQa {
        /// The corpus folder (NAME.en.txt with NAME.ru.txt and NAME.az.txt, line by line).
        #[arg(long, default_value = "../shared/corpora/ntrex-dev")]
        corpus: PathBuf,
        /// Also write the clean and broken pairs as PO files to this folder (for pofilter).
        #[arg(long)]
        dump: Option<PathBuf>,
        /// Print every false alarm of this check, with its pair (`missed:CHECK`: every
        /// error put in that the check missed).
        #[arg(long)]
        show: Option<String>,
        /// A folder of Hunspell dictionaries searched before /usr/share/hunspell (for
        /// example one holding an Azerbaijani word list).
        #[arg(long)]
        dictionaries: Option<PathBuf>,
        /// A list of the corpus's reference translations confirmed to hold a real slip
        /// (eval/qa-slips.ntrex-dev.tsv): false alarms are also counted without them.
        #[arg(long)]
        slips: Option<PathBuf>,
        /// Spelling learns the whole corpus as a project's own words (a word seen once
        /// vouches for nothing), as with no library, instead of the other half's as a
        /// library's.
        #[arg(long)]
        spelling_from_project: bool,
    },
    /// Score the aligner on perturbed parallel news (NTREX-style folder of <doc>.<lang>.txt).
    EvalAlign {
        /// The corpus folder.
        #[arg(long, default_value = "../shared/corpora/ntrex-dev")]
        corpus: PathBuf,
        /// How many perturbed variants of each document to build.
        #[arg(long, default_value_t = 3)]
        seeds: u64,
        /// The first seed (variants use seeds first-seed .. first-seed + seeds).
        #[arg(long, default_value_t = 0)]
        first_seed: u64,
        /// Print the wrong links of this many test pairs per language pair.
        #[arg(long, default_value_t = 0)]
        show_errors: usize,
        /// Also write every test pair to this folder (NAME.src, NAME.tgt, NAME.gold) so that
        /// other aligners can be run on the same input.
        #[arg(long)]
        dump: Option<PathBuf>,
        /// Fit the weights of the confidence calibration to these links and print them.
        #[arg(long)]
        fit_calibration: bool,
        /// Percent of target paragraphs merged with the next.
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u8).range(0..=100))]
        merge: u8,
        /// Percent of target paragraphs split in two.
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u8).range(0..=100))]
        split: u8,
        /// Percent of source paragraphs dropped from the target.
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u8).range(0..=100))]
        drop: u8,
        /// The moved paragraph may also be a merged one or both halves of a split one.
        #[arg(long)]
        move_merged: bool,
    },
    /// Measure how alignment time and memory grow with the input (5k to 50k units of
    /// repetitive text), each size in its own process.
    EvalAlignScale {
        /// The corpus folder (NTREX-style <doc>.<lang>.txt); it is repeated to the sizes asked.
        #[arg(long, default_value = "../shared/corpora/ntrex-dev")]
        corpus: PathBuf,
        /// The source language.
        #[arg(long, default_value = "en")]
        from: String,
        /// The target language.
        #[arg(long, default_value = "ru")]
        to: String,
        /// Source units of each test pair, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "5000,10000,20000,50000")]
        sizes: Vec<usize>,
        /// Also write each test pair to this folder (scale.N.FROM-TO.src/.tgt/.gold), for
        /// other aligners.
        #[arg(long)]
        dump: Option<PathBuf>,
        /// Measure this one size in this process (what each child process is asked).
        #[arg(long, hide = true)]
        one_size: Option<usize>,
    },
}

fn run(args: Args) -> anyhow::Result<()> {
    let output = match args.command {
        None => {
            let language = args
                .ui_lang
                .as_deref()
                .and_then(diptych::l10n::Language::from_code);
            return diptych::app::run_window(args.file.as_deref(), language);
        }
        Some(Command::Import {
            article,
            output,
            targets,
            source_lang,
            encoding,
            record,
            force,
        }) => cli::import(
            &article,
            output.as_deref(),
            &cli::import_options(
                source_lang.as_deref(),
                targets.as_deref(),
                encoding.as_deref(),
                record.as_deref(),
            )?,
            force,
        )?,
        Some(Command::Inspect {
            file,
            format,
            encoding,
            record,
        }) => cli::inspect(
            &file,
            format,
            &cli::import_options(None, None, encoding.as_deref(), record.as_deref())?,
        )?,
        Some(Command::Qa {
            project,
            lang,
            format,
            fail_on,
            library,
            glossary,
            dictionaries,
            no_spelling,
        }) => {
            let checked = cli::qa::qa(&cli::qa::QaRequest {
                project: &project,
                lang: lang.as_deref(),
                json: cli::json_format(format.as_deref())?,
                fail_on: fail_on.as_deref(),
                library: library.as_deref(),
                glossaries: &glossary,
                dictionaries: (!no_spelling).then_some(dictionaries.as_deref()),
            })?;
            print_for_humans(&checked.report)?;
            if let Some(failure) = checked.failure {
                anyhow::bail!(failure);
            }
            return Ok(());
        }
        Some(Command::Verify { project }) => {
            let checked = cli::verify(&project)?;
            print_for_humans(&checked.report)?;
            if let Some(failure) = checked.failure {
                anyhow::bail!(failure);
            }
            return Ok(());
        }
        Some(Command::Recapture {
            project,
            new_file,
            format,
            source_lang,
            dry_run,
            force,
        }) => cli::recapture::recapture(
            &cli::recapture::RecaptureRequest {
                project: &project,
                file: &new_file,
                source_lang: source_lang.as_deref(),
                dry_run,
                force,
            },
            cli::json_format(format.as_deref())?,
        )?,
        Some(Command::WriteRecovery {
            article,
            output,
            targets,
        }) => cli::write_recovery(
            &article,
            &output,
            &cli::import_options(None, targets.as_deref(), None, None)?,
        )?,
        Some(Command::MergeDriver {
            base,
            ours,
            theirs,
            marker_size: _,
            path,
        }) => {
            let merged = cli::team::merge_driver(&cli::team::MergeRequest {
                base: &base,
                ours: &ours,
                theirs: &theirs,
                path: path.as_deref(),
            })?;
            print_for_humans(&merged.report)?;
            if let Some(failure) = merged.failure {
                anyhow::bail!(failure);
            }
            return Ok(());
        }
        Some(Command::Sync { project }) => {
            let synced = cli::team::sync(&project)?;
            print_for_humans(&synced.report)?;
            if let Some(failure) = synced.failure {
                anyhow::bail!(failure);
            }
            return Ok(());
        }
        Some(Command::History {
            project,
            paragraph,
            lang,
            limit,
            format,
        }) => cli::team::history(
            &project,
            paragraph.zip(lang.as_deref()),
            limit,
            cli::json_format(format.as_deref())?,
        )?,
        Some(Command::GitSetup { dir }) => {
            cli::team::git_setup(dir.as_deref().unwrap_or_else(|| Path::new(".")))?
        }
        Some(Command::ExportBag { project, output }) => {
            cli::library::export_bag(&project, &output)?
        }
        Some(Command::ExportOriginal {
            project,
            output,
            translation,
            force,
        }) => cli::export_original(&project, &output, translation.as_deref(), force)?,
        Some(Command::Export {
            project,
            format,
            lang,
            output,
            force,
            allow_incomplete,
            include_drafts,
            bilingual,
            sentences,
        }) => cli::export::export_command(&cli::export::ExportRequest {
            project: &project,
            format: &format,
            lang: lang.as_deref(),
            output: output.as_deref(),
            force,
            allow_incomplete,
            include_drafts,
            bilingual,
            sentences,
        })?,
        Some(Command::ImportTranslations {
            project,
            file,
            lang,
            overwrite,
        }) => cli::import_translations::import_translations(
            &project,
            &file,
            lang.as_deref(),
            overwrite,
        )?,
        Some(Command::EvalExtract {
            corpora,
            readability,
        }) => cli::eval_extract::eval_extract_command(&corpora, readability.as_deref())?,
        Some(Command::Stats { file }) => cli::stats(&file)?,
        Some(Command::Tm {
            command:
                TmCommand::Search {
                    text,
                    from,
                    to,
                    library,
                    tmx,
                    min,
                    limit,
                    format,
                    queries,
                },
        }) => {
            let json = cli::json_format(format.as_deref())?;
            cli::tm::search(&cli::tm::SearchRequest {
                text: text.as_deref(),
                queries: queries.as_deref(),
                from: &from,
                to: &to,
                library: library.as_deref(),
                tmx: &tmx,
                minimum: min,
                limit,
                json,
            })?;
            return Ok(());
        }
        Some(Command::Tm {
            command: TmCommand::Import { file, library },
        }) => cli::tm::import(&file, library.as_deref())?,
        Some(Command::Glossary { command }) => cli::glossary_command::run(command)?,
        Some(Command::Library { command }) => {
            let (report, all_fine) = cli::library_command::run(command)?;
            print_for_humans(&report)?;
            if !all_fine {
                anyhow::bail!("some files were not added");
            }
            return Ok(());
        }
        Some(Command::Search(args)) => cli::library_command::search(args)?,
        Some(Command::Concordance {
            text,
            from,
            to,
            lang,
            library,
            tmx,
            limit,
            format,
        }) => {
            cli::tm::concordance(&cli::tm::ConcordanceRequest {
                text: &text,
                from: &from,
                to: &to,
                lang: lang.as_deref(),
                library: library.as_deref(),
                tmx: &tmx,
                limit,
                json: cli::json_format(format.as_deref())?,
            })?;
            return Ok(());
        }
        Some(Command::Terms {
            project,
            lang,
            library,
            glossary,
            format,
        }) => cli::terms::terms(&cli::terms::TermsRequest {
            project: &project,
            lang: &lang,
            library: library.as_deref(),
            glossaries: &glossary,
            json: cli::json_format(format.as_deref())?,
        })?,
        Some(Command::Pretranslate {
            project,
            lang,
            min,
            library,
            tmx,
        }) => cli::pretranslate::pretranslate(&cli::pretranslate::PretranslateRequest {
            project: &project,
            lang: &lang,
            minimum: min,
            library: library.as_deref(),
            tmx: &tmx,
        })?,
        Some(Command::Align {
            source,
            translation,
            lang,
            source_lang,
            links,
            confidence,
            level,
            units,
            output,
            force,
        }) => align::align_command(&align::AlignRequest {
            source: &source,
            translation: &translation,
            lang: &lang,
            source_lang: source_lang.as_deref(),
            units,
            level,
            links_only: links,
            with_confidence: confidence,
            output: output.as_deref(),
            force,
        })?,
        Some(Command::EvalQa {
            corpus,
            dump,
            show,
            dictionaries,
            slips,
            spelling_from_project,
        }) => cli::eval_qa::eval_qa(
            &corpus,
            dump.as_deref(),
            show.as_deref(),
            (dictionaries.as_deref(), spelling_from_project),
            slips.as_deref(),
        )?,
        Some(Command::EvalAlign {
            corpus,
            seeds,
            first_seed,
            show_errors,
            dump,
            fit_calibration,
            merge,
            split,
            drop,
            move_merged,
        }) => cli::eval_align::eval_align_command(
            &corpus,
            first_seed,
            seeds,
            show_errors,
            dump.as_deref(),
            fit_calibration,
            diptych::align::eval::Perturbation {
                merge: merge.into(),
                split: split.into(),
                drop: drop.into(),
                move_one: true,
                move_merged_or_split: move_merged,
            },
        )?,
        Some(Command::EvalAlignScale {
            corpus,
            from,
            to,
            sizes,
            dump,
            one_size,
        }) => {
            let request = cli::eval_scale::ScaleRequest {
                corpus: &corpus,
                from: &from,
                to: &to,
                sizes: &sizes,
                dump: dump.as_deref(),
            };
            match one_size {
                Some(size) => cli::eval_scale::measure_one_size(&request, size)?,
                None => cli::eval_scale::eval_align_scale(&request)?,
            }
        }
    };
    print_for_humans(&output)?;
    Ok(())
}

/// Prints a command's output with control characters made visible. A reader that went away
/// (`diptych inspect … | head -1`) is not an error: the output is simply no longer wanted.
fn print_for_humans(output: &str) -> anyhow::Result<()> {
    use std::io::Write as _;
    let text = cli::escape_for_terminal(output.trim_end());
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => Err(error.into()),
        _ => Ok(()),
    }
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            use std::io::Write as _;
            // Nothing more can be done if stderr itself is gone.
            let _ = writeln!(
                std::io::stderr(),
                "diptych: {}",
                cli::escape_to_one_line(&format!("{error:#}"))
            );
            ExitCode::FAILURE
        }
    }
}
