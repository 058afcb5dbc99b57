//! The QA panel in the window: findings appear a moment after a change, grouped by check; a
//! click shows the finding's row; ignoring a finding and switching a check off are project
//! edits (one undo step each, saved in the project); grid rows carry a mark; misspelt words
//! of a translation are found with the library's dictionary, replaced from the suggestions
//! and added to the personal word list.

use diptych::app::Command;
use diptych::model::{LanguageTag, ParagraphId};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::common::{
    fixture, harness_with_library, press, row_with, ru, settle, settle_qa, translate,
};

type Harness = egui_kittest::Harness<'static, diptych::app::DiptychApp>;

fn row_label(harness: &Harness, row: ParagraphId) -> String {
    let index = harness
        .state()
        .document()
        .project
        .paragraph_index(row)
        .unwrap();
    format!("ru row {}", index + 1)
}

/// A library with a small Russian dictionary of its own, so that the test does not depend on
/// the system's.
fn library_with_dictionary() -> tempfile::TempDir {
    let library = tempfile::tempdir().unwrap();
    let spelling = library.path().join("spelling");
    std::fs::create_dir_all(&spelling).unwrap();
    std::fs::write(
        spelling.join("ru_RU.aff"),
        "SET UTF-8\nTRY оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё\nSFX A Y 2\nSFX A 0 а .\nSFX A 0 у .\n",
    )
    .unwrap();
    std::fs::write(
        spelling.join("ru_RU.dic"),
        "9\nкомпания/A\nпотеряла\nмиллионов\nлари\nв\nпрошлом\nгоду\nтранспортная\nсообщил\n",
    )
    .unwrap();
    library
}

#[test]
fn a_changed_figure_is_found_shown_ignored_and_the_ignoring_undone() {
    let library = tempfile::tempdir().unwrap();
    let mut harness = harness_with_library(&fixture("en-tbilisi-metro.txt"), library.path());
    let row = row_with(&harness, "lost 120 million lari");
    translate(
        &mut harness,
        row,
        "Транспортная компания потеряла 12 миллионов лари в прошлом году.",
    );
    press(&mut harness, Modifiers::NONE, Key::F7);
    settle_qa(&mut harness);
    let numbers: Vec<_> = harness
        .state()
        .qa_findings()
        .iter()
        .filter(|finding| finding.check == "numbers")
        .cloned()
        .collect();
    // 120 million is missing, and 12 million is new.
    assert_eq!(numbers.len(), 2, "{:#?}", harness.state().qa_findings());
    assert!(numbers[0].message.contains("120000000"), "{numbers:#?}");
    harness.get_by_label_contains("numbers (2)");
    // The grid marks the row.
    harness.get_by_label(&format!("QA error {}", row.0));
    // A click on the finding selects its row.
    harness.state_mut().send(Command::SelectRow(ParagraphId(1)));
    harness.run_steps(2);
    let place = row_label(&harness, row);
    harness
        .get_all_by_label(&format!("Go to {place} numbers"))
        .next()
        .unwrap()
        .click();
    harness.run_steps(3);
    assert_eq!(harness.state().selected(), Some(row));
    // Ignored: gone from the findings, kept in the project, one undo step.
    harness
        .get_all_by_label(&format!("Ignore {place} numbers"))
        .next()
        .unwrap()
        .click();
    harness.run_steps(3);
    settle_qa(&mut harness);
    assert_eq!(harness.state().document().project.qa.ignored.len(), 1);
    let left: Vec<_> = harness
        .state()
        .qa_findings()
        .iter()
        .filter(|finding| finding.check == "numbers")
        .cloned()
        .collect();
    assert_eq!(left.len(), 1, "{left:#?}");
    assert!(!left[0].message.contains("120000000"), "{left:#?}");
    // The row's worst finding is a warning now.
    assert!(
        harness
            .query_by_label(&format!("QA error {}", row.0))
            .is_none()
    );
    harness.get_by_label(&format!("QA warning {}", row.0));
    // The ignored finding is listed, and can be reported again (one undo step too).
    harness
        .get_by_label_contains("Ignored in this project (1)")
        .click();
    harness.run_steps(2);
    harness
        .get_by_label(&format!("Report again {place} numbers"))
        .click();
    harness.run_steps(3);
    assert!(harness.state().document().project.qa.ignored.is_empty());
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().document().project.qa.ignored.len(), 1);
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    settle_qa(&mut harness);
    assert!(harness.state().document().project.qa.ignored.is_empty());
    assert_eq!(
        harness
            .state()
            .qa_findings()
            .iter()
            .filter(|finding| finding.check == "numbers")
            .count(),
        2
    );
    // Switched off for the project: nothing reported while it is off.
    harness.get_by_label("Checks in this project").click();
    harness.run_steps(2);
    harness.get_by_label("numbers").click();
    harness.run_steps(3);
    settle_qa(&mut harness);
    assert!(
        harness
            .state()
            .document()
            .project
            .qa
            .disabled_checks
            .contains("numbers")
    );
    assert!(
        !harness
            .state()
            .qa_findings()
            .iter()
            .any(|finding| finding.check == "numbers")
    );
}

#[test]
fn a_misspelt_word_is_found_replaced_and_added_to_the_dictionary() {
    let library = library_with_dictionary();
    let mut harness = harness_with_library(&fixture("en-tbilisi-metro.txt"), library.path());
    let row = row_with(&harness, "lost 120 million lari");
    translate(
        &mut harness,
        row,
        "Транспортная компания потерляа 120 миллионов лари в прошлом году.",
    );
    settle(&mut harness);
    settle_qa(&mut harness);
    let spelling: Vec<String> = harness
        .state()
        .qa_findings()
        .iter()
        .filter(|finding| finding.check == "spelling")
        .map(|finding| finding.message.clone())
        .collect();
    assert_eq!(spelling.len(), 1, "{spelling:?}");
    assert!(spelling[0].contains("“потерляа”"), "{spelling:?}");
    // The suggestion replaces the word, as one undo step.
    let text = harness
        .state()
        .document()
        .project
        .translation(row, &ru())
        .text
        .clone();
    let start = text.find("потерляа").unwrap();
    harness.state_mut().send(Command::ReplaceWord {
        paragraph_id: row,
        language: ru(),
        range: (start, start + "потерляа".len()),
        with: "потеряла".to_owned(),
    });
    harness.run_steps(2);
    settle_qa(&mut harness);
    assert_eq!(
        harness
            .state()
            .document()
            .project
            .translation(row, &ru())
            .text,
        "Транспортная компания потеряла 120 миллионов лари в прошлом году."
    );
    assert!(
        !harness
            .state()
            .qa_findings()
            .iter()
            .any(|finding| finding.check == "spelling")
    );
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(
        harness
            .state()
            .document()
            .project
            .translation(row, &ru())
            .text
            .contains("потерляа")
    );
    // A word added to the dictionary passes at once and is kept in the library.
    translate(
        &mut harness,
        row,
        "Транспортная компания потеряла 120 миллионов лари в прошлом году, сообщил Тбилавтотранс.",
    );
    settle_qa(&mut harness);
    // Capitalised words are names: left alone. A lower-case unknown word is not.
    translate(
        &mut harness,
        row,
        "Транспортная компания потеряла 120 миллионов лари в прошлом году, сообщил метрополитен.",
    );
    settle_qa(&mut harness);
    assert!(
        harness
            .state()
            .qa_findings()
            .iter()
            .any(|finding| finding.message.contains("“метрополитен”")),
        "{:#?}",
        harness.state().qa_findings()
    );
    harness.state_mut().send(Command::AddToDictionary {
        language: LanguageTag::parse("ru").unwrap(),
        word: "метрополитен".to_owned(),
    });
    harness.run_steps(2);
    settle_qa(&mut harness);
    assert!(
        !harness
            .state()
            .qa_findings()
            .iter()
            .any(|finding| finding.check == "spelling"),
        "{:#?}",
        harness.state().qa_findings()
    );
    let list = std::fs::read_to_string(library.path().join("spelling/ru.txt")).unwrap();
    assert!(list.lines().any(|line| line == "метрополитен"), "{list}");
    assert!(harness.state().document().project.qa.ignored.is_empty());
}

#[test]
fn a_name_the_project_always_writes_one_way_is_missed_at_once_while_typing() {
    let folder = tempfile::tempdir().unwrap();
    let article = folder.path().join("osce-observers.txt");
    std::fs::write(
        &article,
        "OSCE observers arrive in Baku\n\n\
         Observers of the OSCE arrived in Baku on Monday.\n\n\
         The OSCE mission will stay for two weeks.\n\n\
         Officials said the OSCE report is due in March.\n\n\
         The mission met the OSCE chair in Ganja.\n",
    )
    .unwrap();
    let library = tempfile::tempdir().unwrap();
    let mut harness = harness_with_library(&article, library.path());
    for (words, russian) in [
        (
            "arrived in Baku",
            "Наблюдатели ОБСЕ прибыли в Баку в понедельник.",
        ),
        ("two weeks", "Миссия ОБСЕ пробудет две недели."),
        (
            "due in March",
            "Чиновники сказали, что доклад ОБСЕ ожидается в марте.",
        ),
        (
            "chair in Ganja",
            "Миссия встретилась с председателем ОБСЕ в Гяндже.",
        ),
    ] {
        let row = row_with(&harness, words);
        translate(&mut harness, row, russian);
    }
    press(&mut harness, Modifiers::NONE, Key::F7);
    settle_qa(&mut harness);
    let names = |harness: &Harness| -> Vec<String> {
        harness
            .state()
            .qa_findings()
            .iter()
            .filter(|finding| finding.check == "names")
            .map(|finding| finding.message.clone())
            .collect()
    };
    assert_eq!(names(&harness), Vec::<String>::new());
    // The OSCE dropped from one row: the row's own check, run as the row is typed, knows
    // how this project writes it (nothing else would say an acronym is missing).
    let row = row_with(&harness, "chair in Ganja");
    harness.state_mut().send(Command::SelectRow(row));
    harness.run_steps(2);
    translate(
        &mut harness,
        row,
        "Миссия встретилась с председателем в Гяндже.",
    );
    harness.run_steps(2);
    // (Whether the row's own check found it, before the whole check, is tested with the
    // QA state's clock in hand: app::qa's tests.)
    let found = names(&harness);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("OSCE"), "{found:?}");
    harness.get_by_label(&format!("QA warning {}", row.0));
}
