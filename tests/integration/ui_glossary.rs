//! The glossary in the window: the Terms panel lists the selected row's terms (found in
//! inflected forms) and a click puts a target term into the translation at the cursor, as
//! one undo step; Ctrl+T adds a term with the translation's selected text offered; the
//! Glossary dialog edits and deletes the terms Diptych keeps, in its file in the library.

use diptych::app::Command;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::common::{fixture, harness_with_library, press, row_with, russian_of, settle};

#[test]
fn a_term_of_the_selected_row_goes_in_at_the_cursor_as_one_undo_step() {
    let library = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(library.path().join("glossary")).unwrap();
    std::fs::write(
        library.path().join("glossary/news.en-ru.tsv"),
        "city hall\tмэрия\tTbilisi's city government\nfare\tтариф\n",
    )
    .unwrap();
    std::fs::write(
        library.path().join("glossary/forbidden.tbx"),
        r#"<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="1">
<langSec xml:lang="en"><termSec><term>metro</term></termSec></langSec>
<langSec xml:lang="ru"><termSec><term>метрополитен</term></termSec>
<termSec><term>подземка</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
</conceptEntry></body></text></tbx>"#,
    )
    .unwrap();
    let mut harness = harness_with_library(&fixture("en-tbilisi-metro.txt"), library.path());
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::T);
    settle(&mut harness);
    harness.get_by_label_contains("4 term pair(s) from 2 file(s)");
    // "City Hall" in another case, and "metro" beside it.
    let row = row_with(&harness, "Tbilisi City Hall has announced");
    harness.state_mut().send(Command::SelectRow(row));
    harness.run_steps(3);
    harness.get_by_label_contains("Tbilisi's city government");
    harness.get_by_label("✗ подземка");
    assert!(russian_of(&harness, row).is_empty());

    // Typed text, then the term at the end where the cursor is; then one more in the middle.
    harness
        .get_by_label(&format!("Translation ru {row}"))
        .click();
    harness.run_steps(2);
    harness
        .get_by_label(&format!("Translation ru {row}"))
        .type_text("Решение объявила");
    harness.run_steps(2);
    harness.get_by_label("Insert term мэрия").click();
    harness.run_steps(3);
    assert_eq!(russian_of(&harness, row), "Решение объявила мэрия");
    harness.get_by_label_contains("✔ used");
    // The term is its own undo step: the typing before it stays.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(russian_of(&harness, row), "Решение объявила");
}

#[test]
fn terms_are_added_with_ctrl_t_then_edited_and_deleted_in_the_glossary_dialog() {
    let library = tempfile::tempdir().unwrap();
    let mut harness = harness_with_library(&fixture("en-tbilisi-metro.txt"), library.path());
    settle(&mut harness);
    let row = row_with(&harness, "rolling stock");
    harness.state_mut().send(Command::SelectRow(row));
    harness.run_steps(2);
    let editor = format!("Translation ru {row}");
    harness.get_by_label(&editor).click();
    harness.run_steps(2);
    harness.get_by_label(&editor).type_text("подвижной состав");
    harness.run_steps(2);
    // Everything typed is selected, then offered as the term's translation.
    press(&mut harness, Modifiers::COMMAND, Key::A);
    press(&mut harness, Modifiers::COMMAND, Key::T);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Add term"));
    harness.get_by_label("Source term").click();
    harness.run_steps(1);
    harness
        .get_by_label("Source term")
        .type_text("rolling stock");
    harness.run_steps(2);
    harness.get_by_label("Add").click();
    harness.run_steps(2);
    settle(&mut harness);
    let message = harness.state().last_message().unwrap().to_owned();
    assert!(
        message.contains("Added “rolling stock” → “подвижной состав”: diptych.en-ru.tbx has 1"),
        "{message}"
    );
    let file = library.path().join("glossary/diptych.en-ru.tbx");
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("подвижной состав")
    );
    // The glossary is read again, and the row's term is recognised (and used).
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::T);
    settle(&mut harness);
    harness.run_steps(3);
    harness.get_by_label_contains("✔ used");

    harness.state_mut().send(Command::ShowGlossary);
    harness.run_steps(3);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Glossary"));
    harness
        .get_by_label("Edit rolling stock → подвижной состав")
        .click();
    harness.run_steps(3);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Edit term"));
    harness.get_by_label("Term note").click();
    harness.run_steps(1);
    harness
        .get_by_label("Term note")
        .type_text("trains and cars");
    harness.run_steps(2);
    harness.get_by_label("Save").click();
    harness.run_steps(2);
    settle(&mut harness);
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("<note>trains and cars</note>")
    );

    harness.state_mut().send(Command::ShowGlossary);
    harness.run_steps(3);
    harness
        .get_by_label("Delete rolling stock → подвижной состав")
        .click();
    harness.run_steps(2);
    harness.get_by_label("Really delete").click();
    harness.run_steps(2);
    settle(&mut harness);
    assert!(
        !std::fs::read_to_string(&file)
            .unwrap()
            .contains("подвижной состав")
    );
    let backups = std::fs::read_dir(library.path().join("glossary/.diptych-backups"))
        .unwrap()
        .count();
    assert_eq!(
        backups, 2,
        "one backup before the edit, one before the deletion"
    );
}

#[test]
fn the_library_chosen_in_the_settings_feeds_the_glossary_and_is_remembered() {
    let library = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(library.path().join("glossary")).unwrap();
    std::fs::write(library.path().join("glossary/ru.tsv"), "fare\tтариф\n").unwrap();
    let settings = tempfile::tempdir().unwrap();
    let settings_path = settings.path().join("settings.ron");
    let app = diptych::app::DiptychApp::new(
        diptych::app::open_document(&fixture("en-tbilisi-metro.txt")).unwrap(),
        diptych::app::AppConfig {
            settings_path: Some(settings_path.clone()),
            dialogs: Box::new(diptych::app::ScriptedDialogs::with_answers(vec![
                diptych::app::DialogOutcome::Picked(library.path().to_path_buf()),
            ])),
            recovery_dir: None,
            library_dir: None,
            interface_language: None,
            system_language: None,
        },
    );
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_ui_state(
            |ui, app: &mut diptych::app::DiptychApp| app.ui_root(ui),
            app,
        );
    harness.run_steps(4);
    press(&mut harness, Modifiers::COMMAND, Key::Comma);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Settings"));
    harness.get_by_label_contains("none (no home folder is set)");
    harness.get_by_label("Choose…").click();
    harness.run_steps(4);
    settle(&mut harness);
    assert_eq!(
        harness.state().settings().library_dir.as_deref(),
        Some(library.path())
    );
    harness.get_by_label(&library.path().display().to_string());
    let written = std::fs::read_to_string(&settings_path).unwrap();
    assert!(
        written.contains(&library.path().display().to_string()),
        "{written}"
    );
    harness.state_mut().send(Command::SetMatchMinimum(70));
    harness.run_steps(2);
    assert_eq!(harness.state().settings().match_minimum, 70);
    harness.get_by_label("Close").click();
    harness.run_steps(2);
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::T);
    settle(&mut harness);
    harness.get_by_label_contains("1 term pair(s) from 1 file(s)");
}

#[test]
fn resting_the_pointer_on_an_underlined_term_shows_its_translations() {
    let library = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(library.path().join("glossary")).unwrap();
    std::fs::write(
        library.path().join("glossary/news.en-ru.tsv"),
        "city hall\tмэрия\tthe city's government\n",
    )
    .unwrap();
    let article = library.path().join("hall.txt");
    std::fs::write(
        &article,
        "City Hall\n\nThe city hall said the fares will rise from January next year.\n",
    )
    .unwrap();
    let mut harness = harness_with_library(&article, library.path());
    settle(&mut harness);
    harness.run_steps(3);
    assert!(harness.query_by_label("city hall → мэрия").is_none());
    // The headline is the term and nothing else: its middle is on the term.
    harness.get_by_label("City Hall").hover();
    harness.run_steps(30);
    harness.get_by_label("city hall → мэрия");
    harness.get_by_label("the city's government");
}

#[test]
fn a_term_replaces_the_text_selected_in_the_translation() {
    let library = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(library.path().join("glossary")).unwrap();
    std::fs::write(
        library.path().join("glossary/news.en-ru.tsv"),
        "city hall\tмэрия\n",
    )
    .unwrap();
    let mut harness = harness_with_library(&fixture("en-tbilisi-metro.txt"), library.path());
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::T);
    settle(&mut harness);
    let row = row_with(&harness, "According to the city hall");
    harness.state_mut().send(Command::SelectRow(row));
    harness.run_steps(3);
    let editor = format!("Translation ru {row}");
    harness.get_by_label(&editor).click();
    harness.run_steps(2);
    harness.get_by_label(&editor).type_text("aaa bbb ccc");
    harness.run_steps(2);
    // The first word selected: to the start, then three letters to the right with Shift.
    press(&mut harness, Modifiers::COMMAND, Key::Home);
    for _ in 0..3 {
        press(&mut harness, Modifiers::SHIFT, Key::ArrowRight);
    }
    // Clicking the term takes the focus from the editor; the term still takes the
    // selection's place.
    harness.get_by_label("Insert term мэрия").click();
    harness.run_steps(3);
    assert_eq!(russian_of(&harness, row), "мэрия bbb ccc");
}

#[test]
fn an_edit_of_a_term_deleted_meanwhile_is_offered_again_as_an_addition() {
    use diptych::io::glossary_file::{GlossaryChange, change_own_glossary};
    use diptych::io::import::glossary::GlossaryEntry;
    let library = tempfile::tempdir().unwrap();
    let entry = GlossaryEntry {
        source: "fare".to_owned(),
        target: "тариф".to_owned(),
        ..GlossaryEntry::default()
    };
    change_own_glossary(
        library.path(),
        "en",
        "ru",
        &GlossaryChange::Add(entry.clone()),
    )
    .unwrap();
    let mut harness = harness_with_library(&fixture("en-tbilisi-metro.txt"), library.path());
    settle(&mut harness);
    harness.state_mut().send(Command::ShowGlossary);
    harness.run_steps(3);
    harness.get_by_label("Edit fare → тариф").click();
    harness.run_steps(3);
    // Someone else deletes it (a terminal, another window) while the dialog is open.
    change_own_glossary(library.path(), "en", "ru", &GlossaryChange::Remove(entry)).unwrap();
    harness.get_by_label("Term note").click();
    harness.run_steps(1);
    harness
        .get_by_label("Term note")
        .type_text("price of one ride");
    harness.run_steps(2);
    harness.get_by_label("Save").click();
    harness.run_steps(2);
    settle(&mut harness);
    let error = harness.state().last_error().unwrap().to_owned();
    assert!(error.contains("is no longer in"), "{error}");
    // Nothing typed is lost: the dialog is back, as an addition.
    assert_eq!(harness.state().modal_title().as_deref(), Some("Add term"));
    harness.get_by_label("Add").click();
    harness.run_steps(2);
    settle(&mut harness);
    let file = diptych::io::glossary_file::own_glossary_path(library.path(), "en", "ru");
    let kept = diptych::io::glossary_file::read_own_glossary(&file, "en", "ru").unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].note, "price of one ride");
}

#[test]
fn the_glossary_is_exported_from_the_window_as_tbx() {
    let library = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(library.path().join("glossary")).unwrap();
    std::fs::write(
        library.path().join("glossary/news.en-ru.tsv"),
        "city hall\tмэрия\tthe city's government\nfare\tтариф\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("terms.tbx");
    let into_library = library.path().join("glossary/copy.tbx");
    let app = diptych::app::DiptychApp::new(
        diptych::app::open_document(&fixture("en-tbilisi-metro.txt")).unwrap(),
        diptych::app::AppConfig {
            settings_path: None,
            dialogs: Box::new(diptych::app::ScriptedDialogs::with_answers(vec![
                diptych::app::DialogOutcome::Picked(target.clone()),
                diptych::app::DialogOutcome::Picked(into_library.clone()),
            ])),
            recovery_dir: None,
            library_dir: Some(library.path().to_path_buf()),
            interface_language: None,
            system_language: None,
        },
    );
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_ui_state(
            |ui, app: &mut diptych::app::DiptychApp| app.ui_root(ui),
            app,
        );
    harness.run_steps(4);
    settle(&mut harness);
    harness.state_mut().send(Command::ShowGlossary);
    harness.run_steps(3);
    harness.get_by_label("Export as TBX…").click();
    harness.run_steps(4);
    settle(&mut harness);
    let message = harness.state().last_message().unwrap().to_owned();
    assert!(message.contains("2 term pair(s) written to"), "{message}");
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.contains("<term>мэрия</term>"), "{written}");
    let read = diptych::io::import::glossary::read_tbx(written.as_bytes(), "en", "ru").unwrap();
    assert_eq!(read.len(), 2);
    assert_eq!(read[0].note, "the city's government");
    // Into the library's glossary folder it would count every term twice: refused.
    harness.state_mut().send(Command::ExportGlossary);
    harness.run_steps(4);
    settle(&mut harness);
    let error = harness.state().last_error().unwrap().to_owned();
    assert!(error.contains("glossary folder"), "{error}");
    assert!(!into_library.exists());
}
