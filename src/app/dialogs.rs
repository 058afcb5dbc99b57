//! File dialogs behind a trait, so the window uses the desktop's dialog (through rfd and the
//! XDG desktop portal) and tests inject paths. When no dialog can be shown, the app asks for a
//! path in a text field instead.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use crate::l10n::tr;

/// What a dialog is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Pick an article to import into a new project.
    OpenArticle,
    /// Pick a project file to open.
    OpenProject,
    /// Choose where to save the project.
    SaveProject { suggested_name: String },
    /// Pick an existing translation of the source to import and align.
    ImportTranslation,
    /// Pick an XLIFF file or a translation memory (TMX) to bring translations in from.
    FillFromMemory,
    /// Pick the library folder (projects, memories, glossaries).
    ChooseLibrary,
    /// Pick the folder of spelling dictionaries.
    ChooseDictionaries,
    /// Choose where to write the glossary as TBX.
    ExportGlossary { suggested_name: String },
    /// Choose the new folder of an archival package (BagIt).
    ExportBag { suggested_name: String },
    /// Pick a new capture of the article.
    AddCapture,
}

impl DialogPurpose {
    pub fn title(&self) -> String {
        match self {
            Self::OpenArticle => tr::dialog_title_open_article(),
            Self::OpenProject => tr::dialog_title_open_project(),
            Self::SaveProject { .. } => tr::dialog_title_save_project(),
            Self::ImportTranslation => tr::dialog_title_import_translation(),
            Self::FillFromMemory => tr::dialog_title_fill_from_memory(),
            Self::ChooseLibrary => tr::dialog_title_library(),
            Self::ChooseDictionaries => tr::dialog_title_dictionaries(),
            Self::ExportGlossary { .. } => tr::dialog_title_export_glossary(),
            Self::ExportBag { .. } => tr::dialog_title_export_bag(),
            Self::AddCapture => tr::dialog_title_add_capture(),
        }
    }

    /// An example of the path asked for, shown in an empty path field.
    pub fn example_path(&self) -> &'static str {
        match self {
            Self::OpenArticle | Self::ImportTranslation | Self::AddCapture => {
                "/home/me/articles/story.txt"
            }
            Self::OpenProject | Self::SaveProject { .. } => "/home/me/articles/story.diptych.ron",
            Self::FillFromMemory => "/home/me/articles/story.ru.xlf",
            Self::ChooseLibrary => "/home/me/newsroom-library",
            Self::ExportBag { .. } => "/home/me/archive/story-bag",
            Self::ChooseDictionaries => "/home/me/dictionaries",
            Self::ExportGlossary { .. } => "/home/me/glossary.en-ru.tbx",
        }
    }
}

/// How a dialog ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogOutcome {
    Picked(PathBuf),
    Cancelled,
    /// No dialog could be shown; the text says why.
    Unavailable(String),
}

/// A source of file dialogs. `request` starts one; `poll` returns its outcome once it is done.
pub trait FileDialogs {
    fn request(&mut self, purpose: DialogPurpose);
    fn poll(&mut self) -> Option<(DialogPurpose, DialogOutcome)>;
    fn is_open(&self) -> bool;
}

/// A dialog that ends faster than this cannot have been answered by a person: the portal
/// refused to show one.
const FASTEST_HUMAN_ANSWER: Duration = Duration::from_millis(400);

/// Native dialogs through rfd, each on its own thread so the window keeps drawing.
#[derive(Default)]
pub struct SystemDialogs {
    pending: Option<(DialogPurpose, Instant, Receiver<Option<PathBuf>>)>,
}

/// What the article pickers offer (the content decides the format; these only filter).
const ARTICLE_EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "html", "htm", "mhtml", "mht", "warc", "gz",
];

impl FileDialogs for SystemDialogs {
    fn request(&mut self, purpose: DialogPurpose) {
        if self.pending.is_some() {
            return;
        }
        let (sender, receiver) = channel();
        let thread_purpose = purpose.clone();
        // The dialog's thread speaks the window's language.
        let spawned = crate::l10n::spawn_named("file-dialog", move || {
            let dialog = rfd::FileDialog::new();
            let articles = tr::dialog_filter_articles();
            let all_files = tr::dialog_filter_all();
            let projects = tr::dialog_filter_projects();
            let picked = match thread_purpose {
                DialogPurpose::ImportTranslation => dialog
                    .set_title(tr::dialog_title_import_translation())
                    .add_filter(articles, ARTICLE_EXTENSIONS)
                    .add_filter(all_files, &["*"])
                    .pick_file(),
                DialogPurpose::FillFromMemory => dialog
                    .set_title(tr::dialog_title_fill_from_memory())
                    .add_filter(tr::dialog_filter_xliff_tmx(), &["xlf", "xliff", "tmx"])
                    .add_filter(all_files, &["*"])
                    .pick_file(),
                DialogPurpose::AddCapture => dialog
                    .set_title(tr::dialog_title_add_capture())
                    .add_filter(articles, ARTICLE_EXTENSIONS)
                    .add_filter(all_files, &["*"])
                    .pick_file(),
                DialogPurpose::OpenArticle => dialog
                    .set_title(tr::dialog_title_open_article())
                    .add_filter(articles, ARTICLE_EXTENSIONS)
                    .add_filter(all_files, &["*"])
                    .pick_file(),
                DialogPurpose::OpenProject => dialog
                    .set_title(tr::dialog_title_open_project())
                    .add_filter(projects, &["ron"])
                    .add_filter(all_files, &["*"])
                    .pick_file(),
                DialogPurpose::ExportBag { suggested_name } => dialog
                    .set_title(tr::dialog_title_export_bag_folder())
                    .set_file_name(suggested_name)
                    .save_file(),
                DialogPurpose::ExportGlossary { suggested_name } => dialog
                    .set_title(tr::dialog_title_export_glossary())
                    .add_filter(tr::dialog_filter_tbx(), &["tbx"])
                    .set_file_name(suggested_name)
                    .save_file(),
                DialogPurpose::ChooseLibrary => {
                    dialog.set_title(tr::dialog_title_library()).pick_folder()
                }
                DialogPurpose::ChooseDictionaries => dialog
                    .set_title(tr::dialog_title_dictionaries())
                    .pick_folder(),
                DialogPurpose::SaveProject { suggested_name } => dialog
                    .set_title(tr::dialog_title_save_project())
                    .add_filter(projects, &["ron"])
                    .set_file_name(suggested_name)
                    .save_file(),
            };
            // Nobody waits for the answer only when the window is gone.
            sender.send(picked).ok();
        });
        match spawned {
            Ok(_) => self.pending = Some((purpose, Instant::now(), receiver)),
            Err(error) => {
                let (sender, receiver) = channel();
                // The receiver is right here: this send cannot fail.
                sender.send(None).ok();
                // An answer that arrives at once reads as "no dialog could be shown".
                self.pending = Some((purpose, Instant::now(), receiver));
                log_unavailable(&error.to_string());
            }
        }
    }

    fn poll(&mut self) -> Option<(DialogPurpose, DialogOutcome)> {
        let (_, started, receiver) = self.pending.as_ref()?;
        let outcome = match receiver.try_recv() {
            Ok(Some(path)) => DialogOutcome::Picked(path),
            Ok(None) if started.elapsed() < FASTEST_HUMAN_ANSWER => {
                DialogOutcome::Unavailable(tr::dialog_unavailable_no_portal())
            }
            Ok(None) => DialogOutcome::Cancelled,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => {
                DialogOutcome::Unavailable(tr::dialog_unavailable_stopped())
            }
        };
        let (purpose, _, _) = self.pending.take()?;
        Some((purpose, outcome))
    }

    fn is_open(&self) -> bool {
        self.pending.is_some()
    }
}

fn log_unavailable(reason: &str) {
    eprintln!("diptych: cannot start a file dialog: {reason}");
}

/// Dialogs that answer from a queue: for tests and scripted use.
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    pub answers: VecDeque<DialogOutcome>,
    pub requested: Vec<DialogPurpose>,
    current: Option<DialogPurpose>,
}

impl ScriptedDialogs {
    pub fn with_answers(answers: impl IntoIterator<Item = DialogOutcome>) -> Self {
        Self {
            answers: answers.into_iter().collect(),
            ..Self::default()
        }
    }
}

impl FileDialogs for ScriptedDialogs {
    fn request(&mut self, purpose: DialogPurpose) {
        self.requested.push(purpose.clone());
        self.current = Some(purpose);
    }

    fn poll(&mut self) -> Option<(DialogPurpose, DialogOutcome)> {
        let purpose = self.current.take()?;
        let outcome = self.answers.pop_front().unwrap_or(DialogOutcome::Cancelled);
        Some((purpose, outcome))
    }

    fn is_open(&self) -> bool {
        self.current.is_some()
    }
}
