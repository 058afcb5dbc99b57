//! The window in English, Russian and Azerbaijani: View → Language switches at once and is
//! remembered, `--ui-lang` (the config's language) wins for one run, and every menu opens by
//! its translated title and lists its commands under their translated names.

use diptych::app::{
    AppConfig, Command, DiptychApp, MenuItem, ScriptedDialogs, load_settings, menus,
};
use diptych::l10n::{self, Language};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::common::{fixture, harness_with_config, press};

fn config(settings: Option<&std::path::Path>, language: Option<Language>) -> AppConfig {
    AppConfig {
        settings_path: settings.map(std::path::Path::to_path_buf),
        dialogs: Box::new(ScriptedDialogs::with_answers(Vec::new())),
        recovery_dir: None,
        library_dir: None,
        interface_language: language,
        system_language: None,
    }
}

/// How a command's menu item reads in the harness thread's current language: its text, then
/// its first shortcut.
fn shown_as(command: &Command) -> String {
    let shortcut = diptych::app::shortcut_text(command);
    format!("{} {shortcut}", command.text())
}

fn choose_language(harness: &mut Harness<'_, DiptychApp>, view: &str, menu: &str, name: &str) {
    harness.get_by_label(view).click();
    harness.run_steps(3);
    harness.get_by_label(menu).hover();
    harness.run_steps(3);
    harness.get_by_label(name).click();
    harness.run_steps(3);
}

#[test]
fn the_language_menu_switches_at_once_and_the_choice_is_remembered() {
    let folder = tempfile::tempdir().unwrap();
    let settings = folder.path().join("settings.ron");
    let mut harness = harness_with_config(
        &fixture("ru-tbilisi-metro.txt"),
        config(Some(&settings), None),
    );
    assert_eq!(harness.state().interface_language(), Language::English);

    choose_language(&mut harness, "View", "Language", "Русский");
    assert_eq!(harness.state().interface_language(), Language::Russian);
    // Applied at once: the menu bar and the status bar speak Russian in the same run.
    harness.get_by_label("Файл");
    assert!(harness.query_by_label("File").is_none());

    // A menu clicked by its Russian title runs its command.
    assert!(!harness.state().show_project_panel());
    harness.get_by_label("Вид").click();
    harness.run_steps(3);
    harness.get_by_label("Панель проекта Ctrl+I").click();
    harness.run_steps(3);
    assert!(harness.state().show_project_panel());

    choose_language(&mut harness, "Вид", "Язык интерфейса", "Azərbaycanca");
    assert_eq!(harness.state().interface_language(), Language::Azerbaijani);
    harness.get_by_label("Görünüş").click();
    harness.run_steps(3);
    harness.get_by_label("Layihə paneli Ctrl+I").click();
    harness.run_steps(3);
    assert!(!harness.state().show_project_panel());

    let (saved, message) = load_settings(&settings);
    assert!(message.is_none());
    assert_eq!(saved.ui_language, Some(Language::Azerbaijani));

    // The next start speaks the chosen language; `--ui-lang` overrides it for one run
    // without changing what is remembered.
    drop(harness);
    let harness = harness_with_config(
        &fixture("ru-tbilisi-metro.txt"),
        config(Some(&settings), None),
    );
    assert_eq!(harness.state().interface_language(), Language::Azerbaijani);
    harness.get_by_label("Fayl");
    drop(harness);
    let harness = harness_with_config(
        &fixture("ru-tbilisi-metro.txt"),
        config(Some(&settings), Some(Language::Russian)),
    );
    harness.get_by_label("Файл");
    drop(harness);
    assert_eq!(
        load_settings(&settings).0.ui_language,
        Some(Language::Azerbaijani)
    );
}

#[test]
fn the_system_language_is_used_until_one_is_chosen() {
    let mut system = config(None, None);
    system.system_language = Some(Language::Russian);
    let harness = harness_with_config(&fixture("ru-tbilisi-metro.txt"), system);
    assert_eq!(harness.state().interface_language(), Language::Russian);
    harness.get_by_label("Правка");
}

#[test]
fn every_menu_opens_by_its_title_in_every_language() {
    for language in Language::ALL {
        let mut harness = harness_with_config(
            &fixture("ru-tbilisi-metro.txt"),
            config(None, Some(language)),
        );
        harness.run_steps(2);
        assert_eq!(l10n::current(), language);
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
}

#[test]
fn the_palette_finds_commands_by_their_translated_and_their_english_names() {
    let mut harness = harness_with_config(
        &fixture("ru-tbilisi-metro.txt"),
        config(None, Some(Language::Russian)),
    );
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    harness.get_by_label("Команда").type_text("глоссарий");
    harness.run_steps(3);
    assert_eq!(Command::ShowGlossary.text(), "Глоссарий…");
    harness.get_by_label(&shown_as(&Command::ShowGlossary));
    harness.get_by_label("Команда").type_text("zzz");
    harness.run_steps(3);
    harness.get_by_label("Нет подходящих команд.");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    harness.get_by_label("Команда").type_text("Save as");
    harness.run_steps(3);
    harness.get_by_label("Сохранить как… Ctrl+Shift+S");
    press(&mut harness, Modifiers::NONE, Key::Escape);

    // The interface language is a palette command too.
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    harness.get_by_label("Команда").type_text("язык");
    harness.run_steps(3);
    harness
        .get_by_label_contains("Язык интерфейса: Azərbaycanca")
        .click();
    harness.run_steps(3);
    assert_eq!(harness.state().interface_language(), Language::Azerbaijani);
}

#[test]
fn the_system_language_can_be_followed_again() {
    let folder = tempfile::tempdir().unwrap();
    let settings = folder.path().join("settings.ron");
    let mut system = config(Some(&settings), None);
    system.system_language = Some(Language::Russian);
    let mut harness = harness_with_config(&fixture("ru-tbilisi-metro.txt"), system);
    choose_language(&mut harness, "Вид", "Язык интерфейса", "Azərbaycanca");
    assert_eq!(harness.state().interface_language(), Language::Azerbaijani);
    assert_eq!(
        load_settings(&settings).0.ui_language,
        Some(Language::Azerbaijani)
    );
    choose_language(
        &mut harness,
        "Görünüş",
        "İnterfeys dili",
        "Sistemin dili (Русский)",
    );
    assert_eq!(harness.state().interface_language(), Language::Russian);
    assert_eq!(load_settings(&settings).0.ui_language, None);
}
