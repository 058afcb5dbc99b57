//! Find and replace in the window: Ctrl+F opens the find bar, F3 shows each match with its
//! row selected and the match selected in the translation editor, a name is found across
//! scripts, "Replace" changes the match shown and "Replace all" every match in the
//! translations, as one undo step; matches in the source are shown but never replaced.

use diptych::app::Command;
use diptych::find::{FindScope, TextRef};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::common::{fixture, harness_with, press, row_with, ru, russian_of, translate};

#[test]
fn matches_are_shown_one_by_one_and_replaced_as_one_undo_step() {
    let mut harness = harness_with(&fixture("en-tbilisi-metro.txt"), Vec::new());
    let fare = row_with(&harness, "single metro ride");
    let loss = row_with(&harness, "lost 120 million lari");
    translate(
        &mut harness,
        fare,
        "Мэрия Тбилиси: проезд в метро подорожает.",
    );
    translate(
        &mut harness,
        loss,
        "Метрополитен Тбилиси потерял 120 миллионов лари.",
    );
    press(&mut harness, Modifiers::COMMAND, Key::F);
    harness.get_by_label("Find text").type_text("тбилиси");
    harness.run_steps(3);
    assert_eq!(harness.state().find_hits().0.len(), 2);
    // F3 shows the first match: its row selected, the match selected in the editor.
    press(&mut harness, Modifiers::NONE, Key::F3);
    let (hits, current) = harness.state().find_hits();
    assert_eq!(current, Some(0));
    assert_eq!(hits[0].text, TextRef::Translation(fare, ru()));
    assert_eq!(harness.state().selected(), Some(fare));
    press(&mut harness, Modifiers::NONE, Key::F3);
    assert_eq!(harness.state().selected(), Some(loss));
    // Shift+F3 goes back; past the first it wraps around.
    press(&mut harness, Modifiers::SHIFT, Key::F3);
    press(&mut harness, Modifiers::SHIFT, Key::F3);
    assert_eq!(harness.state().find_hits().1, Some(1));
    // Across scripts, "Tbilisi" finds the Russian spelling in any case ending.
    {
        let (query, filter, _) = harness.state_mut().find_bar();
        query.text = "Tbilisi".to_owned();
        query.across_scripts = true;
        filter.scope = FindScope::Translations;
    }
    harness.run_steps(2);
    assert_eq!(harness.state().find_hits().0.len(), 2);
    // Replace all: both translations, one undo step.
    {
        let (query, _, replacement) = harness.state_mut().find_bar();
        query.text = "Тбилиси".to_owned();
        query.across_scripts = false;
        *replacement = "Тбилисский".to_owned();
    }
    harness.run_steps(2);
    harness.state_mut().send(Command::ReplaceAll);
    harness.run_steps(2);
    assert!(russian_of(&harness, fare).contains("Тбилисский"));
    assert!(russian_of(&harness, loss).contains("Тбилисский"));
    assert!(
        harness
            .state()
            .last_message()
            .is_some_and(|message| message.contains("Replaced 2 match(es) in 2 translation(s)")),
        "{:?}",
        harness.state().last_message()
    );
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(russian_of(&harness, fare).contains("Тбилиси:"));
    assert!(russian_of(&harness, loss).contains("Тбилиси потерял"));
    // Replace: the match shown only, with a regular expression's group.
    {
        let (query, _, replacement) = harness.state_mut().find_bar();
        query.text = r"(\d+) миллионов".to_owned();
        query.regex = true;
        *replacement = "$1 млн".to_owned();
    }
    harness.run_steps(2);
    harness.state_mut().send(Command::FindNext);
    harness.run_steps(2);
    harness.state_mut().send(Command::ReplaceCurrent);
    harness.run_steps(2);
    assert_eq!(
        russian_of(&harness, loss),
        "Метрополитен Тбилиси потерял 120 млн лари."
    );
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        russian_of(&harness, loss),
        "Метрополитен Тбилиси потерял 120 миллионов лари."
    );
    // The source is searched but never changed.
    {
        let (query, filter, replacement) = harness.state_mut().find_bar();
        query.text = "metro".to_owned();
        query.regex = false;
        filter.scope = FindScope::Source;
        *replacement = "subway".to_owned();
    }
    harness.run_steps(2);
    assert!(!harness.state().find_hits().0.is_empty());
    let source_before: Vec<String> = harness
        .state()
        .document()
        .project
        .paragraphs()
        .iter()
        .map(|paragraph| paragraph.text.clone())
        .collect();
    harness.state_mut().send(Command::ReplaceAll);
    harness.run_steps(2);
    let source_after: Vec<String> = harness
        .state()
        .document()
        .project
        .paragraphs()
        .iter()
        .map(|paragraph| paragraph.text.clone())
        .collect();
    assert_eq!(source_before, source_after);
    assert!(
        harness
            .state()
            .last_message()
            .is_some_and(|message| message.contains("originals")),
        "{:?}",
        harness.state().last_message()
    );
}
