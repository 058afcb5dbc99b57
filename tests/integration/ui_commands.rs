//! One table gives every command its words and keys: the menus, the palette and the README's
//! keyboard table say the same thing.

use diptych::app::{Command, MenuItem, command_entries, keyboard_table, menus, shortcut_label};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::common::{fixture, harness_with, press};

/// How a command's button reads (to people and screen readers): its text, then its first
/// shortcut.
fn shown_as(command: &Command) -> String {
    let shortcut = command
        .shortcuts()
        .first()
        .map(shortcut_label)
        .unwrap_or_default();
    format!("{} {shortcut}", command.text())
}

#[test]
fn every_command_with_a_shortcut_is_in_a_menu_and_the_palette_with_the_same_text() {
    let in_menus: Vec<(diptych::app::Menu, Command)> = menus()
        .into_iter()
        .flat_map(|(title, items)| {
            items.into_iter().filter_map(move |item| match item {
                MenuItem::Command(command) => Some((title, command)),
                _ => None,
            })
        })
        .collect();
    let with_shortcuts: Vec<_> = command_entries()
        .into_iter()
        .filter(|entry| !entry.shortcuts.is_empty())
        .collect();
    assert!(with_shortcuts.len() >= 25);
    for entry in &with_shortcuts {
        assert!(
            in_menus
                .iter()
                .any(|(_, command)| *command == entry.command),
            "{:?} has a shortcut but no menu item",
            entry.command
        );
        assert_eq!(entry.command.text(), (entry.text)());
        assert!(!(entry.text)().is_empty() && !(entry.tooltip)().is_empty());
    }

    // The palette lists each of them under the table's text.
    let mut harness = harness_with(&fixture("ru-tbilisi-metro.txt"), Vec::new());
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Command palette")
    );
    for entry in &with_shortcuts {
        // The palette does not offer itself.
        if entry.command != Command::ShowCommandPalette {
            harness.get_by_label(&shown_as(&entry.command));
        }
    }
    assert!(
        harness
            .query_by_label(&shown_as(&Command::ShowCommandPalette))
            .is_none()
    );
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(harness.state().modal_title().as_deref(), None);

    // Each menu shows its commands under the same text.
    for (menu, items) in menus() {
        harness.get_by_label(&menu.title()).click();
        harness.run_steps(3);
        for item in items {
            if let MenuItem::Command(command) = item
                && command != Command::AskTakeOver
            {
                harness.get_by_label(&shown_as(&command));
            }
        }
        press(&mut harness, Modifiers::NONE, Key::Escape);
    }
}

#[test]
fn choosing_a_menu_item_runs_its_command() {
    let mut harness = harness_with(&fixture("ru-tbilisi-metro.txt"), Vec::new());
    assert!(!harness.state().show_project_panel());
    harness.get_by_label("View").click();
    harness.run_steps(3);
    let label = shown_as(&Command::ToggleProjectPanel);
    harness.get_by_label(&label).click();
    harness.run_steps(3);
    assert!(harness.state().show_project_panel());
}

#[test]
fn readme_keyboard_table_is_the_command_table() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let (begin, end) = (
        "<!-- keyboard table: begin -->\n",
        "<!-- keyboard table: end -->",
    );
    let start = readme.find(begin).unwrap() + begin.len();
    let stop = readme.find(end).unwrap();
    let table = keyboard_table();
    if std::env::var_os("DIPTYCH_BLESS").is_some() {
        let updated = format!("{}{table}{}", &readme[..start], &readme[stop..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert_eq!(
        &readme[start..stop],
        table,
        "the README's keyboard table is out of date: run DIPTYCH_BLESS=1 cargo test \
         readme_keyboard_table"
    );
    assert!(table.contains("| Save as… | Ctrl+Shift+S |"), "{table}");
}

/// An Alt+Shift shortcut pressed while a translation is being typed runs its command, and its
/// letter (which the keyboard also sends as text) does not land in the translation.
#[test]
fn an_alt_shortcut_does_not_type_its_letter_into_the_field() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("metro.diptych.ron");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("projects/tbilisi-metro-fares.diptych.ron"),
        &path,
    )
    .unwrap();
    let mut harness = harness_with(&path, Vec::new());
    harness.get_by_label("Translation ru 5").click();
    harness.run_steps(2);
    harness.get_by_label("Translation ru 5").type_text("Метро");
    harness.run_steps(2);
    let before = harness
        .state()
        .document()
        .project
        .translation(diptych::model::ParagraphId(5), &crate::common::ru())
        .text
        .clone();
    assert!(before.ends_with("Метро"), "{before}");
    // A key press with Alt+Shift held, as the window system delivers it: the key and its
    // text in one frame.
    let alt_shift = Modifiers::ALT | Modifiers::SHIFT;
    harness.input_mut().events.extend([
        egui::Event::ModifiersChanged(alt_shift),
        egui::Event::Key {
            key: Key::S,
            pressed: true,
            modifiers: alt_shift,
            repeat: false,
            physical_key: None,
        },
        egui::Event::Text("S".into()),
    ]);
    harness.run_steps(1);
    harness
        .input_mut()
        .events
        .push(egui::Event::ModifiersChanged(Modifiers::default()));
    harness.run_steps(2);
    // The command ran: there is no stale translation, and it says so.
    harness.get_by_label_contains("No Russian translation is stale.");
    let after = harness
        .state()
        .document()
        .project
        .translation(diptych::model::ParagraphId(5), &crate::common::ru())
        .text
        .clone();
    assert_eq!(after, before);
}
