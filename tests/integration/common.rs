//! Helpers shared by the UI tests: fixtures, a harness around the real app, key presses.

use std::path::{Path, PathBuf};

use diptych::app::{AppConfig, Command, DialogOutcome, DiptychApp, ScriptedDialogs, open_document};
use diptych::model::{LanguageTag, ParagraphId};
use egui::{Key, Modifiers};
use egui_kittest::Harness;

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn ru() -> LanguageTag {
    LanguageTag::parse("ru").unwrap()
}

/// The translatable row whose source holds `words`.
pub fn row_with(harness: &Harness<'_, DiptychApp>, words: &str) -> ParagraphId {
    harness
        .state()
        .document()
        .project
        .translatable_paragraphs()
        .find(|paragraph| paragraph.text.contains(words))
        .unwrap()
        .paragraph_id
}

/// The Russian translation of `row`.
pub fn russian_of(harness: &Harness<'_, DiptychApp>, row: ParagraphId) -> String {
    harness
        .state()
        .document()
        .project
        .translation(row, &ru())
        .text
        .clone()
}

/// Types `text` as the Russian translation of `row`, as one undo step.
pub fn translate(harness: &mut Harness<'_, DiptychApp>, row: ParagraphId, text: &str) {
    harness.state_mut().send(Command::SetTranslationText {
        paragraph_id: row,
        language: ru(),
        text: text.to_owned(),
    });
    harness.run_steps(2);
    harness.state_mut().send(Command::EndTyping);
    harness.run_steps(1);
}

/// The app with `path` open, file dialogs answering from `answers`, settings in memory only.
pub fn harness_with(path: &Path, answers: Vec<DialogOutcome>) -> Harness<'static, DiptychApp> {
    harness_with_recovery(path, answers, None)
}

/// Presses a key with modifiers and lets the app handle it.
pub fn press(harness: &mut Harness<'_, DiptychApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run_steps(3);
}

/// Runs frames until background work (opening a file, aligning) is done.
pub fn settle(harness: &mut Harness<'_, DiptychApp>) {
    for _ in 0..500 {
        harness.run_steps(1);
        if !harness.state().is_busy() {
            harness.run_steps(2);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("background work did not finish in 5 s");
}

/// Runs frames until the QA findings are those of the document as it is.
pub fn settle_qa(harness: &mut Harness<'_, DiptychApp>) {
    for _ in 0..500 {
        harness.run_steps(1);
        if harness.state().qa_settled() {
            harness.run_steps(2);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the QA checks did not settle in 5 s");
}

/// The app with `path` open, dialogs answering from `answers`, and recovery files of unsaved
/// projects in `recovery_dir` (none when `None`).
pub fn harness_with_recovery(
    path: &Path,
    answers: Vec<DialogOutcome>,
    recovery_dir: Option<PathBuf>,
) -> Harness<'static, DiptychApp> {
    harness_with_config(
        path,
        AppConfig {
            settings_path: None,
            dialogs: Box::new(ScriptedDialogs::with_answers(answers)),
            recovery_dir,
            library_dir: None,
            interface_language: None,
            system_language: None,
        },
    )
}

/// The app with `path` open and its memories taken from the library folder `library`.
pub fn harness_with_library(path: &Path, library: &Path) -> Harness<'static, DiptychApp> {
    harness_with_config(
        path,
        AppConfig {
            settings_path: None,
            dialogs: Box::new(ScriptedDialogs::with_answers(Vec::new())),
            recovery_dir: None,
            library_dir: Some(library.to_path_buf()),
            interface_language: None,
            system_language: None,
        },
    )
}

pub fn harness_with_config(path: &Path, config: AppConfig) -> Harness<'static, DiptychApp> {
    let app = DiptychApp::new(open_document(path).unwrap(), config);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_ui_state(|ui, app: &mut DiptychApp| app.ui_root(ui), app);
    harness.run_steps(4);
    harness
}

/// Holds the file lock of `lock` (writing `recorded` into it first) as another Diptych process
/// would; the lock is held until the returned file is dropped.
pub fn hold_lock(lock: &Path, recorded: &str) -> std::fs::File {
    std::fs::write(lock, recorded).unwrap();
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(lock)
        .unwrap();
    file.try_lock().unwrap();
    file
}
