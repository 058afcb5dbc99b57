//! UI tests: the real app, driven through `egui_kittest` by labels, keys and typed text.

use std::path::{Path, PathBuf};

use diptych::app::{Command, DialogOutcome, DialogPurpose};
use diptych::io::load_project;
use diptych::model::{LanguageTag, ParagraphId, TranslationStatus};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use crate::common::{fixture, harness_with, press, ru, settle};

const EXAMPLE: &str = include_str!("../../projects/tbilisi-metro-fares.diptych.ron");

fn example_copy(directory: &Path) -> PathBuf {
    let path = directory.join("example.diptych.ron");
    std::fs::write(&path, EXAMPLE).unwrap();
    path
}

#[test]
fn type_confirm_undo_redo_save_and_reload() {
    let directory = tempfile::tempdir().unwrap();
    let path = example_copy(directory.path());
    let mut harness = harness_with(&path, Vec::new());
    let paragraph = ParagraphId(5);

    harness.get_by_label("Translation ru 5").click();
    harness.run_steps(2);
    harness
        .get_by_label("Translation ru 5")
        .type_text("Транспортная компания потеряла 120 млн лари.");
    harness.run_steps(2);
    {
        let app = harness.state();
        let translation = app.document().project.translation(paragraph, &ru());
        assert_eq!(
            translation.text,
            "Транспортная компания потеряла 120 млн лари."
        );
        assert_eq!(translation.status, TranslationStatus::Draft);
        assert!(app.document().is_dirty());
        assert_eq!(app.selected(), Some(paragraph));
    }

    press(&mut harness, Modifiers::COMMAND, Key::Enter);
    {
        let app = harness.state();
        let translation = app.document().project.translation(paragraph, &ru());
        assert_eq!(translation.status, TranslationStatus::Translated);
        // Paragraph 6 is a teaser, so the next translatable row is 7 (a heading).
        assert_eq!(app.selected(), Some(ParagraphId(7)));
    }

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness
            .state()
            .document()
            .project
            .translation(paragraph, &ru())
            .status,
        TranslationStatus::Draft
    );
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    let app = harness.state();
    assert_eq!(
        app.document().project.translation(paragraph, &ru()).text,
        ""
    );
    assert!(
        !app.document().is_dirty(),
        "undoing everything returns to the saved state"
    );

    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    press(&mut harness, Modifiers::COMMAND, Key::Y);
    let translation = harness
        .state()
        .document()
        .project
        .translation(paragraph, &ru())
        .clone();
    assert_eq!(
        translation.text,
        "Транспортная компания потеряла 120 млн лари."
    );
    assert_eq!(translation.status, TranslationStatus::Translated);

    press(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(!harness.state().document().is_dirty());
    let reloaded = load_project(&path).unwrap();
    assert_eq!(reloaded, harness.state().document().project);
    assert_eq!(reloaded.translation(paragraph, &ru()), &translation);
}

#[test]
fn alt_arrows_move_between_translatable_rows_and_scroll() {
    let directory = tempfile::tempdir().unwrap();
    let article = directory.path().join("long.txt");
    std::fs::write(&article, diptych::io::import::text::synthetic_article(400)).unwrap();
    let mut harness = harness_with(&article, Vec::new());
    let start = harness.state().selected().unwrap();
    for _ in 0..60 {
        harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
        harness.run_steps(1);
    }
    harness.run_steps(3);
    let app = harness.state();
    let selected = app.selected().unwrap();
    let project = &app.document().project;
    let start_index = project.paragraph_index(start).unwrap();
    let selected_index = project.paragraph_index(selected).unwrap();
    let skipped: usize = project.paragraphs()[start_index..selected_index]
        .iter()
        .filter(|paragraph| paragraph.kind.is_translatable())
        .count();
    assert_eq!(skipped, 60, "each Alt+Down moves one translatable row");
    assert!(project.paragraph(selected).unwrap().kind.is_translatable());
    // The grid scrolled: the selected row's editor exists, the first row's does not.
    let label = format!("Translation ru {selected}");
    assert!(
        harness.query_by_label(&label).is_some(),
        "{label} not drawn"
    );
    assert!(harness.query_by_label("Translation ru 1").is_none());

    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run_steps(2);
    let previous = harness.state().selected().unwrap();
    let previous_index = harness
        .state()
        .document()
        .project
        .paragraph_index(previous)
        .unwrap();
    assert!(previous_index < selected_index);
}

#[test]
fn only_visible_rows_are_laid_out() {
    let directory = tempfile::tempdir().unwrap();
    let article = directory.path().join("huge.txt");
    std::fs::write(
        &article,
        diptych::io::import::text::synthetic_article(20_000),
    )
    .unwrap();
    let mut harness = harness_with(&article, Vec::new());
    harness.run_steps(2);
    let editors = harness
        .query_all(egui_kittest::kittest::By::new().predicate(|node| {
            node.label()
                .is_some_and(|label| label.starts_with("Translation ru"))
        }))
        .count();
    assert!(
        (3..60).contains(&editors),
        "{editors} translation editors laid out for a 20,000-paragraph project"
    );
}

#[test]
fn quitting_with_unsaved_changes_asks_and_can_cancel_or_discard() {
    let directory = tempfile::tempdir().unwrap();
    let path = example_copy(directory.path());
    let mut harness = harness_with(&path, Vec::new());
    harness.state_mut().send(Command::SetTranslationNote {
        paragraph_id: ParagraphId(3),
        language: ru(),
        note: "check".into(),
    });
    harness.run_steps(2);
    press(&mut harness, Modifiers::COMMAND, Key::Q);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Unsaved changes")
    );
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title().as_deref(), None);
    assert!(!harness.state().quit_confirmed());
    assert!(harness.state().document().is_dirty());

    press(&mut harness, Modifiers::COMMAND, Key::Q);
    harness.get_by_label("Discard").click();
    harness.run_steps(2);
    assert!(harness.state().quit_confirmed());
    // Nothing was written.
    assert_eq!(std::fs::read_to_string(&path).unwrap(), EXAMPLE);
}

#[test]
fn save_from_the_unsaved_dialog_then_runs_the_waiting_command() {
    let directory = tempfile::tempdir().unwrap();
    let path = example_copy(directory.path());
    let article = fixture("az-ganja-park.txt");
    let mut harness = harness_with(&path, vec![DialogOutcome::Picked(article)]);
    harness.state_mut().send(Command::SetStatus {
        paragraph_id: ParagraphId(3),
        language: ru(),
        status: TranslationStatus::Reviewed,
    });
    harness.run_steps(2);
    press(&mut harness, Modifiers::COMMAND, Key::N);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Unsaved changes")
    );
    harness.get_by_label("Save").click();
    harness.run_steps(6);
    settle(&mut harness);
    let saved = load_project(&path).unwrap();
    assert_eq!(
        saved.translation(ParagraphId(3), &ru()).status,
        TranslationStatus::Reviewed
    );
    // The article picked in the dialog was imported after the save.
    let app = harness.state();
    assert_eq!(
        app.document().project.metadata.title,
        "Gəncədə 12 hektarlıq yeni park açılıb"
    );
    assert_eq!(app.document().project.source.language.as_str(), "az");
    assert!(
        app.document().is_dirty(),
        "an imported article is not saved yet"
    );
}

#[test]
fn imported_article_is_saved_through_save_as() {
    let directory = tempfile::tempdir().unwrap();
    let output = directory.path().join("buses.diptych.ron");
    let mut harness = harness_with(
        &fixture("ru-baku-electric-buses.txt"),
        vec![DialogOutcome::Picked(output.clone())],
    );
    assert!(harness.state().document().is_dirty());
    press(&mut harness, Modifiers::COMMAND, Key::S);
    harness.run_steps(3);
    assert!(output.exists());
    let app = harness.state();
    assert!(!app.document().is_dirty());
    assert_eq!(load_project(&output).unwrap(), app.document().project);
    assert_eq!(app.settings().recent_files.len(), 1);
}

#[test]
fn without_a_dialog_the_app_asks_for_a_path() {
    let directory = tempfile::tempdir().unwrap();
    let path = example_copy(directory.path());
    let mut harness = harness_with(
        &path,
        vec![DialogOutcome::Unavailable("No desktop portal.".into())],
    );
    press(&mut harness, Modifiers::COMMAND, Key::O);
    harness.run_steps(2);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Open project")
    );
    let article = fixture("en-tbilisi-metro.txt");
    let field = harness.get_by_label("Path");
    field.type_text(&article.display().to_string());
    harness.run_steps(2);
    harness.get_by_label("OK").click();
    harness.run_steps(4);
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.modal_title().as_deref(), None);
    assert_eq!(
        app.document().project.metadata.title,
        "Tbilisi metro fare to double from January"
    );
}

#[test]
fn broken_files_show_one_error_and_keep_the_open_project() {
    let directory = tempfile::tempdir().unwrap();
    let path = example_copy(directory.path());
    let broken = directory.path().join("broken.ron");
    std::fs::write(&broken, "(version: 1, metadata: (").unwrap();
    let mut harness = harness_with(&path, Vec::new());
    harness.state_mut().send(Command::OpenPath(broken));
    harness.run_steps(1);
    settle(&mut harness);
    let app = harness.state();
    let error = app.last_error().expect("an error is shown");
    assert!(error.contains("broken.ron:1:"), "{error}");
    assert_eq!(
        app.document().project.metadata.title,
        "Tbilisi metro fare to double from January"
    );
    harness.get_by_label_contains("broken.ron:1:");
}

#[test]
fn target_language_switch_and_palette() {
    let directory = tempfile::tempdir().unwrap();
    let path = example_copy(directory.path());
    let mut harness = harness_with(&path, Vec::new());
    harness.get_by_label("az").click();
    harness.run_steps(3);
    assert_eq!(harness.state().target().unwrap().as_str(), "az");
    assert!(harness.query_by_label("Translation az 1").is_some());
    assert_eq!(
        harness.get_by_label("Translation az 1").value().as_deref(),
        Some("Tbilisi metrosunda gediş haqqı yanvardan iki dəfə artır")
    );

    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Command palette")
    );
    harness.get_by_label("Command").type_text("theme");
    harness.run_steps(2);
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    assert_eq!(harness.state().modal_title().as_deref(), None);
    assert!(harness.state().settings().dark_mode);
}

#[test]
fn articles_in_three_languages_render_without_missing_glyphs() {
    for name in [
        "en-tbilisi-metro.txt",
        "ru-baku-electric-buses.txt",
        "az-ganja-park.txt",
    ] {
        let mut harness = harness_with(&fixture(name), Vec::new());
        harness.run_steps(2);
        let app = harness.state();
        assert!(app.document().project.paragraphs().len() > 10, "{name}");
        let headline = app.document().project.metadata.title.clone();
        harness.get_by_label(&headline);
    }
    let _ = DialogPurpose::OpenArticle;
}

#[test]
fn save_as_without_a_dialog_accepts_a_typed_path_with_enter() {
    let directory = tempfile::tempdir().unwrap();
    let path = example_copy(directory.path());
    let target = directory.path().join("copy.diptych.ron");
    let mut harness = harness_with(
        &path,
        vec![DialogOutcome::Unavailable("No desktop portal.".into())],
    );
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run_steps(2);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Save project as")
    );
    harness.get_by_label("Path").focus();
    harness.key_combination_modifiers(Modifiers::COMMAND, &[Key::A]);
    harness.run_steps(1);
    harness
        .get_by_label("Path")
        .type_text(&target.display().to_string());
    harness.run_steps(1);
    harness.key_press(Key::Enter);
    harness.run_steps(4);
    assert_eq!(harness.state().modal_title().as_deref(), None);
    assert_eq!(
        load_project(&target).unwrap(),
        harness.state().document().project
    );
    assert_eq!(harness.state().document().save_path(), Some(&target));
}

#[test]
fn dropping_a_file_opens_it() {
    let directory = tempfile::tempdir().unwrap();
    let path = example_copy(directory.path());
    let mut harness = harness_with(&path, Vec::new());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(fixture(
            "ru-baku-electric-buses.txt",
        ))));
    harness.run_steps(1);
    settle(&mut harness);
    assert_eq!(
        harness.state().document().project.metadata.title,
        "В Баку запустили первые электробусы"
    );
}

/// A file "dropped" onto the window in a test.
#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|error| error.to_string())
    }
}

#[test]
fn project_panel_edits_metadata_and_target_languages() {
    let directory = tempfile::tempdir().unwrap();
    let path = example_copy(directory.path());
    let mut harness = harness_with(&path, Vec::new());
    press(&mut harness, Modifiers::COMMAND, Key::I);
    assert!(harness.state().show_project_panel());

    harness.get_by_label("Author").click();
    harness.run_steps(1);
    harness.get_by_label("Author").type_text("Nino Beridze");
    harness.run_steps(2);
    assert_eq!(
        harness.state().document().project.metadata.author,
        "Nino Beridze"
    );
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().document().project.metadata.author, "");

    harness.get_by_label("New target language").click();
    harness.run_steps(1);
    harness.get_by_label("New target language").type_text("de");
    harness.run_steps(1);
    harness.get_by_label("Add language").click();
    harness.run_steps(3);
    let app = harness.state();
    let targets: Vec<&str> = app
        .document()
        .project
        .targets
        .iter()
        .map(LanguageTag::as_str)
        .collect();
    assert_eq!(targets, vec!["ru", "az", "de"]);
    assert_eq!(app.target().unwrap().as_str(), "de");
    assert!(harness.query_by_label("Translation de 1").is_some());

    harness.get_by_label("Remove ru").click();
    harness.run_steps(3);
    assert!(!harness.state().document().project.targets.contains(&ru()));
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    let app = harness.state();
    assert!(app.document().project.targets.contains(&ru()));
    assert_eq!(
        app.document()
            .project
            .translation(ParagraphId(1), &ru())
            .status,
        TranslationStatus::Approved,
        "undo brings the translations back"
    );

    // A tag that is not a language is refused with a message.
    harness.get_by_label("New target language").click();
    harness.run_steps(1);
    harness
        .get_by_label("New target language")
        .type_text("not a tag!");
    harness.run_steps(1);
    harness.get_by_label("Add language").click();
    harness.run_steps(2);
    assert!(
        harness
            .state()
            .last_error()
            .unwrap()
            .contains("not a language tag")
    );
}

#[test]
fn clicking_the_source_text_selects_the_row() {
    let directory = tempfile::tempdir().unwrap();
    let path = example_copy(directory.path());
    let mut harness = harness_with(&path, Vec::new());
    harness
        .get_by_label_contains("According to the city hall, the transport company")
        .click();
    harness.run_steps(2);
    assert_eq!(harness.state().selected(), Some(ParagraphId(5)));
}
