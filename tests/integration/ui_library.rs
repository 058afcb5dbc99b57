//! The library screen in the window: Ctrl+L lists the library's projects (indexed in the
//! background), the search field finds paragraphs in any language and inflected form, a
//! click on a hit opens its project at that paragraph, and a project saved into the library
//! is searched in its new version.

use std::path::Path;

use diptych::app::Command;
use diptych::io::{ImportOptions, import_article_file, save_project};
use diptych::model::LanguageTag;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::common::{fixture, harness_with_library, press, settle};

/// A library of the Russian, Azerbaijani and English metro articles.
fn library_of_three(folder: &Path) {
    for (name, language) in [
        ("ru-tbilisi-metro.txt", "ru"),
        ("az-tbilisi-metro.txt", "az"),
        ("en-tbilisi-metro.txt", "en"),
    ] {
        let options = ImportOptions {
            source_language: Some(LanguageTag::parse(language).unwrap()),
            ..ImportOptions::default()
        };
        let project = import_article_file(&fixture(name), &options).unwrap();
        save_project(&project, &folder.join(format!("{name}.diptych.ron"))).unwrap();
    }
}

#[test]
fn the_library_lists_its_projects_and_a_hit_opens_its_paragraph() {
    let library = tempfile::tempdir().unwrap();
    library_of_three(library.path());
    let english = library.path().join("en-tbilisi-metro.txt.diptych.ron");
    let mut harness = harness_with_library(&english, library.path());
    press(&mut harness, Modifiers::COMMAND, Key::L);
    settle(&mut harness);
    assert!(harness.state().library_shown());
    harness.get_by_label_contains("3 project(s) in");
    harness.get_by_label("Проезд в тбилисском метро подорожает вдвое с января");
    harness.get_by_label("Tbilisi metrosunda gediş haqqı yanvardan iki dəfə artır");

    // An inflected Russian form finds the Russian article's paragraph about the fare.
    harness.get_by_label("Search the library").click();
    harness.run_steps(2);
    harness
        .get_by_label("Search the library")
        .type_text("стоимостью поездкой");
    harness.run_steps(4);
    let hits: Vec<_> = harness
        .get_all_by_label("Проезд в тбилисском метро подорожает вдвое с января")
        .collect();
    assert!(!hits.is_empty());
    harness.get_by_label_contains("ru · source");
    hits[0].click();
    settle(&mut harness);
    harness.run_steps(3);
    assert!(!harness.state().library_shown());
    let document = harness.state().document();
    assert_eq!(document.project.source.language.as_str(), "ru");
    let selected = harness.state().selected().unwrap();
    let paragraph = document
        .project
        .paragraphs()
        .iter()
        .find(|paragraph| paragraph.paragraph_id == selected)
        .unwrap();
    assert!(
        paragraph.text.contains("стоимост") && paragraph.text.contains("поезд"),
        "{}",
        paragraph.text
    );
}

#[test]
fn a_project_saved_into_the_library_is_searched_in_its_new_version() {
    let library = tempfile::tempdir().unwrap();
    library_of_three(library.path());
    let project = library.path().join("en-tbilisi-metro.txt.diptych.ron");
    let mut harness = harness_with_library(&project, library.path());
    press(&mut harness, Modifiers::COMMAND, Key::L);
    settle(&mut harness);
    // Nothing says "Kakhaberi" yet; a translation typed and saved does.
    harness.get_by_label("Search the library").click();
    harness.run_steps(2);
    harness
        .get_by_label("Search the library")
        .type_text("Kakhaberi");
    harness.run_steps(3);
    harness.get_by_label_contains("Nothing found");
    press(&mut harness, Modifiers::COMMAND, Key::L);
    let row = harness.state().selected().unwrap();
    harness.state_mut().send(Command::SetTranslationText {
        paragraph_id: row,
        language: LanguageTag::parse("ru").unwrap(),
        text: "Мэр Kakhaberi объявил о новых тарифах.".to_owned(),
    });
    harness.run_steps(2);
    press(&mut harness, Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    press(&mut harness, Modifiers::COMMAND, Key::L);
    settle(&mut harness);
    harness.run_steps(3);
    harness.get_by_label_contains("ru · translation");
}

#[test]
fn files_dropped_on_the_library_are_added_and_one_saved_already_is_offered_separately() {
    let library = tempfile::tempdir().unwrap();
    library_of_three(library.path());
    let mut harness = harness_with_library(&fixture("en-tbilisi-metro.txt"), library.path());
    press(&mut harness, Modifiers::COMMAND, Key::L);
    settle(&mut harness);
    harness.state_mut().send(Command::AddToLibrary {
        files: vec![
            fixture("ru-tbilisi-metro.txt"),
            fixture("az-ganja-park.txt"),
            library.path().join("missing.txt"),
        ],
        separate: false,
    });
    harness.run_steps(2);
    settle(&mut harness);
    harness.run_steps(2);
    harness.get_by_label_contains("ru-tbilisi-metro.txt: saved already");
    harness.get_by_label_contains("az-ganja-park.txt: added as");
    harness.get_by_label_contains("✖ missing.txt");
    harness.get_by_label_contains("4 project(s) in");
    harness.get_by_label("Import separately").click();
    harness.run_steps(2);
    settle(&mut harness);
    harness.run_steps(2);
    harness.get_by_label_contains("5 project(s) in");
    harness.get_by_label_contains("ru-tbilisi-metro.txt: added as");
}

#[test]
fn file_export_archival_package_writes_a_bag_of_the_project_as_shown() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with_library(
        &fixture("v3-tbilisi-metro-aligned.diptych.ron"),
        folder.path(),
    );
    let bag = folder.path().join("metro-bag");
    harness.state_mut().send(Command::ExportBagTo(bag.clone()));
    harness.run_steps(2);
    settle(&mut harness);
    harness.run_steps(2);
    assert!(
        harness
            .state()
            .last_message()
            .is_some_and(|message| message.contains("Wrote the archival package")),
        "{:?}",
        harness.state().last_message()
    );
    for file in [
        "bagit.txt",
        "bag-info.txt",
        "manifest-sha256.txt",
        "tagmanifest-sha256.txt",
    ] {
        assert!(bag.join(file).is_file(), "{file}");
    }
    let project =
        std::fs::read_to_string(bag.join("data/project/v3-tbilisi-metro-aligned.diptych.ron"))
            .unwrap();
    // The project as the window would save it: the current format.
    assert!(project.contains("version: 7"), "{}", &project[..200]);
    // A second package into the same folder is refused, with the reason shown.
    harness.state_mut().send(Command::ExportBagTo(bag));
    harness.run_steps(2);
    settle(&mut harness);
    harness.run_steps(2);
    assert!(
        harness
            .state()
            .last_error()
            .is_some_and(|message| message.contains("exists already")),
        "{:?}",
        harness.state().last_error()
    );
}

#[test]
fn tags_and_a_note_are_set_from_the_library_in_the_file_or_in_the_open_project() {
    let library = tempfile::tempdir().unwrap();
    library_of_three(library.path());
    let english = library.path().join("en-tbilisi-metro.txt.diptych.ron");
    let russian = library.path().join("ru-tbilisi-metro.txt.diptych.ron");
    let mut harness = harness_with_library(&english, library.path());
    press(&mut harness, Modifiers::COMMAND, Key::L);
    settle(&mut harness);
    // A project not open here: written into its file (after a backup) and indexed again.
    harness
        .get_by_label("Edit the tags of Проезд в тбилисском метро подорожает вдвое с января")
        .click();
    harness.run_steps(2);
    harness.get_by_label("Tags of the project").click();
    harness.run_steps(1);
    harness
        .get_by_label("Tags of the project")
        .type_text("транспорт, Tbilisi");
    harness.run_steps(2);
    harness.get_by_label("Save tags and note").click();
    harness.run_steps(2);
    settle(&mut harness);
    harness.run_steps(2);
    let saved = diptych::io::load_project(&russian).unwrap();
    assert_eq!(saved.metadata.tag_list(), ["транспорт", "Tbilisi"]);
    // The version it replaced is kept as a backup.
    let backups = library.path().join(diptych::io::backup::BACKUP_FOLDER);
    assert_eq!(std::fs::read_dir(&backups).unwrap().count(), 1);
    harness.get_by_label_contains("транспорт, Tbilisi");
    // The open project: set as edits of the document, undoable, saved with it.
    harness
        .get_by_label("Edit the tags of Tbilisi metro fare to double from January")
        .click();
    harness.run_steps(2);
    harness.get_by_label("Tags of the project").click();
    harness.run_steps(1);
    harness
        .get_by_label("Tags of the project")
        .type_text("metro");
    harness.run_steps(2);
    harness.get_by_label("Save tags and note").click();
    harness.run_steps(3);
    assert_eq!(harness.state().document().project.metadata.tags, "metro");
    assert!(harness.state().document().is_dirty());
    assert!(
        diptych::io::load_project(&english)
            .unwrap()
            .metadata
            .tags
            .is_empty()
    );
}
