//! File → Export… in the window: the dialog starts from the last choices, refuses untranslated
//! paragraphs unless told to keep the source text, writes in the background, never over an
//! existing file unless asked, and leaves the project as it was.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::common::{harness_with, press, settle};

/// The path in the dialog's "Write to" field.
fn export_path(harness: &egui_kittest::Harness<'_, diptych::app::DiptychApp>) -> String {
    use egui_kittest::kittest::NodeT as _;
    harness
        .get_by_label("Export path")
        .accesskit_node()
        .value()
        .unwrap_or_default()
}

const EXAMPLE: &str = include_str!("../../projects/tbilisi-metro-fares.diptych.ron");

#[test]
fn the_export_dialog_writes_the_article_and_says_what_it_kept() {
    let directory = tempfile::tempdir().unwrap();
    let project = directory.path().join("metro.diptych.ron");
    std::fs::write(&project, EXAMPLE).unwrap();
    let mut harness = harness_with(&project, Vec::new());
    press(&mut harness, Modifiers::COMMAND, Key::E);
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Export"));
    // The suggested file is beside the project, named after the language and the format.
    let expected = directory.path().join("metro.ru.html");
    assert_eq!(export_path(&harness), expected.display().to_string());
    harness.get_by_label("Markdown (.md)").click();
    harness.run_steps(2);
    let markdown = directory.path().join("metro.ru.md");
    assert_eq!(export_path(&harness), markdown.display().to_string());

    // Not all of it is translated: refused, with the list, and nothing written; the dialog
    // comes back with the same choices and the reason.
    harness.get_by_label("Export to this file").click();
    settle(&mut harness);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Export"));
    harness.get_by_label_contains("Not exported: 8 paragraph(s) have no Russian translation");
    assert!(
        harness.state().last_error().is_none(),
        "the error is shown once, in the dialog"
    );
    assert!(!markdown.exists());
    assert_eq!(export_path(&harness), markdown.display().to_string());

    // Keeping the source text there: written, and the dialog remembers the choices.
    harness
        .get_by_label("Keep the source text where there is no translation yet")
        .click();
    harness.run_steps(1);
    harness.get_by_label("Export to this file").click();
    settle(&mut harness);
    let text = std::fs::read_to_string(&markdown).unwrap();
    assert!(text.starts_with("# Проезд в тбилисском метро подорожает вдвое с января\n"));
    let message = harness.state().last_message().unwrap().to_owned();
    assert!(message.starts_with("Exported "), "{message}");
    assert!(
        message.contains("8 paragraph(s) have no Russian translation"),
        "{message}"
    );
    assert_eq!(harness.state().settings().export_format, "md");
    assert!(harness.state().settings().export_allow_incomplete);

    // The file exists now: not replaced unless asked.
    std::fs::write(&markdown, "kept").unwrap();
    press(&mut harness, Modifiers::COMMAND, Key::E);
    harness.run_steps(2);
    harness.get_by_label("Export to this file").click();
    settle(&mut harness);
    harness.get_by_label_contains("already exists");
    assert_eq!(std::fs::read_to_string(&markdown).unwrap(), "kept");
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title().as_deref(), None);

    // The project itself was only read.
    assert_eq!(std::fs::read_to_string(&project).unwrap(), EXAMPLE);
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn filling_from_a_memory_is_one_undo_step_with_a_report() {
    use diptych::app::Command;
    use diptych::io::export::{ExportFormat, ExportOptions, export_article};
    use diptych::model::{LanguageTag, TranslationStatus};
    let directory = tempfile::tempdir().unwrap();
    // A memory made from the example project's finished Russian translations.
    let example = diptych::io::project_file::parse_project("example", EXAMPLE.as_bytes()).unwrap();
    let ru = LanguageTag::parse("ru").unwrap();
    let tmx = export_article(
        &example,
        ExportFormat::Tmx,
        &ExportOptions {
            language: ru.clone(),
            allow_incomplete: false,
            also: Vec::new(),
            include_drafts: false,
            sentences: false,
        },
    )
    .unwrap();
    let memory = directory.path().join("memory.tmx");
    std::fs::write(&memory, tmx.text).unwrap();
    // A new project from the same English article, opened in the window.
    let article = crate::common::fixture("en-tbilisi-metro.txt");
    let mut harness = harness_with(&article, Vec::new());
    harness
        .state_mut()
        .send(Command::FillFromMemoryFile(memory.clone()));
    settle(&mut harness);
    let state = harness.state();
    let message = state.last_message().unwrap().to_owned();
    assert!(
        message.contains("ru: 4 filled from exact matches (as drafts), 0 already translated"),
        "{message}"
    );
    let project = &state.document().project;
    let headline = project
        .translatable_paragraphs()
        .next()
        .unwrap()
        .paragraph_id;
    let translation = project.translation(headline, &ru);
    assert_eq!(
        translation.text,
        "Проезд в тбилисском метро подорожает вдвое с января"
    );
    assert_eq!(translation.status, TranslationStatus::Draft);
    // One Ctrl+Z takes every filled translation back.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    let project = &harness.state().document().project;
    assert!(
        project
            .translations
            .get(&ru)
            .is_none_or(std::collections::BTreeMap::is_empty)
    );
    // A file that is not a memory: one clear error, nothing changed.
    harness
        .state_mut()
        .send(Command::FillFromMemoryFile(article.clone()));
    settle(&mut harness);
    assert!(
        harness
            .state()
            .last_error()
            .unwrap()
            .contains("not a TMX file"),
        "{:?}",
        harness.state().last_error()
    );
}

#[test]
fn importing_an_edited_xliff_in_the_window_is_one_undo_step() {
    use diptych::app::Command;
    use diptych::model::LanguageTag;
    let directory = tempfile::tempdir().unwrap();
    let project = directory.path().join("metro.diptych.ron");
    std::fs::write(&project, EXAMPLE).unwrap();
    let xlf = directory.path().join("metro.ru.xlf");
    let exported = std::process::Command::new(env!("CARGO_BIN_EXE_diptych"))
        .args([
            "export",
            project.to_str().unwrap(),
            "--format",
            "xliff",
            "--lang",
            "ru",
        ])
        .output()
        .unwrap();
    assert!(exported.status.success());
    // Another tool translated the paragraph "How residents reacted".
    let text = std::fs::read_to_string(&xlf).unwrap().replacen(
        "<source>How residents reacted</source>",
        "<source>How residents reacted</source><target>Как отреагировали жители</target>",
        1,
    );
    std::fs::write(&xlf, text).unwrap();
    let mut harness = harness_with(&project, Vec::new());
    harness.state_mut().send(Command::FillFromMemoryFile(xlf));
    settle(&mut harness);
    let message = harness.state().last_message().unwrap().to_owned();
    assert!(
        message.contains("(ru): 1 updated, 12 unchanged, 0 conflict(s)"),
        "{message}"
    );
    let ru = LanguageTag::parse("ru").unwrap();
    let has_it = |harness: &egui_kittest::Harness<'_, diptych::app::DiptychApp>| {
        let project = &harness.state().document().project;
        project.translatable_paragraphs().any(|paragraph| {
            project.translation(paragraph.paragraph_id, &ru).text == "Как отреагировали жители"
        })
    };
    assert!(has_it(&harness));
    assert!(harness.state().document().is_dirty());
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(!has_it(&harness));
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn an_import_with_conflicts_asks_and_replacing_them_is_one_more_undo_step() {
    use diptych::app::Command;
    use diptych::model::LanguageTag;
    let directory = tempfile::tempdir().unwrap();
    let project = directory.path().join("metro.diptych.ron");
    std::fs::write(&project, EXAMPLE).unwrap();
    let xlf = directory.path().join("metro.ru.xliff12.xlf");
    let exported = std::process::Command::new(env!("CARGO_BIN_EXE_diptych"))
        .args([
            "export",
            project.to_str().unwrap(),
            "--format",
            "xliff12",
            "--lang",
            "ru",
        ])
        .output()
        .unwrap();
    assert!(exported.status.success());
    // Another tool (XLIFF 1.2) changed the headline's translation.
    let headline = "Проезд в тбилисском метро подорожает вдвое с января";
    let text = std::fs::read_to_string(&xlf).unwrap().replacen(
        headline,
        "Метро в Тбилиси подорожает вдвое",
        1,
    );
    std::fs::write(&xlf, text).unwrap();
    let mut harness = harness_with(&project, Vec::new());
    harness
        .state_mut()
        .send(Command::FillFromMemoryFile(xlf.clone()));
    settle(&mut harness);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Conflicting translations")
    );
    harness.get_by_label_contains("(ru): 0 updated, 12 unchanged, 1 conflict(s)");
    // The conflict is shown: the translation here beside the file's.
    harness.get_by_label("Метро в Тбилиси подорожает вдвое");
    harness.get_by_label(headline);
    let ru = LanguageTag::parse("ru").unwrap();
    let headline_text = |harness: &egui_kittest::Harness<'_, diptych::app::DiptychApp>| {
        let project = &harness.state().document().project;
        let first = project
            .translatable_paragraphs()
            .next()
            .unwrap()
            .paragraph_id;
        project.translation(first, &ru).text.clone()
    };
    assert_eq!(headline_text(&harness), headline);
    // What was shown is what Replace takes, whatever happens to the file meanwhile.
    let changed = std::fs::read_to_string(&xlf)
        .unwrap()
        .replace("Метро в Тбилиси подорожает вдвое", "Подменённый текст");
    std::fs::write(&xlf, changed).unwrap();
    harness.get_by_label("Replace them with the file's").click();
    settle(&mut harness);
    assert_eq!(headline_text(&harness), "Метро в Тбилиси подорожает вдвое");
    let message = harness.state().last_message().unwrap().to_owned();
    assert!(
        message.starts_with("1 translation(s) replaced"),
        "{message}"
    );
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(headline_text(&harness), headline);
    assert!(!harness.state().document().is_dirty());
}
