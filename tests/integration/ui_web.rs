//! The window with saved web pages: choosing the page of a web archive, overriding the
//! encoding from the project panel (undoable), and verifying the stored original.

use crate::common::{fixture, harness_with, press, settle};
use diptych::app::Command;
use diptych::model::{SourceFormat, TextEncoding};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

#[test]
fn a_web_archive_asks_which_page_then_the_encoding_can_be_changed_and_undone() {
    let directory = tempfile::tempdir().unwrap();
    let warc = directory.path().join("capture.warc");
    std::fs::write(&warc, crate::archives::warc_records().concat()).unwrap();
    let mut harness = harness_with(&fixture("en-tbilisi-metro.txt"), Vec::new());
    harness.state_mut().send(Command::OpenPath(warc.clone()));
    harness.run_steps(3);
    // The imported article is unsaved: discard it.
    harness.get_by_label("Discard").click();
    harness.run_steps(4);
    settle(&mut harness);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Choose a page of the web archive")
    );
    harness
        .get_by_label("https://example.org/ru/baku-electric-buses")
        .click();
    harness.run_steps(4);
    settle(&mut harness);
    let project = &harness.state().document().project;
    assert_eq!(
        project.metadata.title,
        "В Баку запустили первые электробусы"
    );
    assert_eq!(project.source.original.format, SourceFormat::Warc);
    assert_eq!(project.source.original.encoding, TextEncoding::Koi8R);
    assert_eq!(
        project.source.original.record,
        "https://example.org/ru/baku-electric-buses"
    );
    let headline = project.paragraphs()[1].text.clone();

    press(&mut harness, Modifiers::COMMAND, Key::I);
    harness.get_by_label("Encoding").click();
    harness.run_steps(2);
    harness.get_by_label("windows-1251").click();
    harness.run_steps(4);
    let project = &harness.state().document().project;
    assert_eq!(project.source.original.encoding, TextEncoding::Windows1251);
    assert_ne!(project.paragraphs()[1].text, headline);
    assert!(
        harness
            .state()
            .last_message()
            .unwrap()
            .contains("Read the original again as windows-1251"),
        "{:?}",
        harness.state().last_message()
    );

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    let project = &harness.state().document().project;
    assert_eq!(project.source.original.encoding, TextEncoding::Koi8R);
    assert_eq!(project.paragraphs()[1].text, headline);

    harness.get_by_label("Verify stored original").click();
    harness.run_steps(3);
    let message = harness.state().last_message().unwrap().to_owned();
    assert!(message.contains("matches its SHA-256"), "{message}");
}

#[test]
fn an_altered_project_opens_with_a_plain_warning_and_verify_says_altered() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("metro.ron");
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("projects/tbilisi-metro-fares.diptych.ron");
    let text = std::fs::read_to_string(example).unwrap();
    // Change one letter of the stored original text (the last "text:" field of the file).
    let at = text.rfind("Officials promise").unwrap();
    let altered = format!("{}Officials premise{}", &text[..at], &text[at + 17..]);
    std::fs::write(&path, altered).unwrap();

    let mut harness = harness_with(&path, Vec::new());
    let app = harness.state();
    let message = app.last_error().unwrap().to_owned();
    assert!(message.starts_with("ALTERED"), "{message}");
    assert!(message.contains("en-tbilisi-metro.txt"), "{message}");
    assert!(app.show_project_panel());
    assert!(!app.document().original_intact);
    // The translations are there to keep working with.
    assert!(!app.document().project.translations.is_empty());
    assert!(harness.query_by_label("does not match its hash").is_some());

    harness.get_by_label("Verify stored original").click();
    harness.run_steps(3);
    let message = harness.state().last_message().unwrap().to_owned();
    assert!(message.contains("ALTERED"), "{message}");
}

#[test]
fn the_project_panel_says_how_the_encoding_was_decided() {
    let directory = tempfile::tempdir().unwrap();
    let page = crate::archives::mislabelled_windows_1251_page(directory.path());
    let mut harness = harness_with(&page, Vec::new());
    harness.state_mut().send(Command::ToggleProjectPanel);
    harness.run_steps(3);
    // In the panel, beside the encoding (the import also said so in a note).
    harness.get_by_label(
        "windows-1251 (detected: the page declares UTF-8, but its bytes are not valid UTF-8)",
    );
    assert!(
        harness
            .state()
            .last_message()
            .unwrap()
            .contains("declares UTF-8"),
        "{:?}",
        harness.state().last_message()
    );
}
