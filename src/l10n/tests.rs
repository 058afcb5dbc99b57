//! The catalogues compared key by key, plural forms, and the English fallback.

use super::*;

#[test]
fn russian_plurals_follow_one_few_many() {
    let expected = [
        (1, "1 абзац"),
        (2, "2 абзаца"),
        (5, "5 абзацев"),
        (11, "11 абзацев"),
        (21, "21 абзац"),
        (22, "22 абзаца"),
        (25, "25 абзацев"),
        (1234, "1\u{a0}234 абзаца"),
    ];
    for (count, text) in expected {
        assert_eq!(
            with_language(Language::Russian, || tr::count_paragraphs(count)),
            text
        );
    }
}

#[test]
fn azerbaijani_does_not_inflect_after_numerals() {
    for (count, text) in [
        (1, "1 abzas"),
        (2, "2 abzas"),
        (5, "5 abzas"),
        (21, "21 abzas"),
    ] {
        assert_eq!(
            with_language(Language::Azerbaijani, || tr::count_paragraphs(count)),
            text
        );
    }
    assert_eq!(
        with_language(Language::Azerbaijani, || tr::count_paragraphs(12_345)),
        "12.345 abzas"
    );
}

#[test]
fn english_has_one_and_other() {
    assert_eq!(
        with_language(Language::English, || tr::count_paragraphs(1)),
        "1 paragraph"
    );
    assert_eq!(
        with_language(Language::English, || tr::count_paragraphs(1001)),
        "1,001 paragraphs"
    );
}

#[test]
fn the_language_is_per_thread() {
    set_current(Language::Russian);
    let other = std::thread::Builder::new()
        .name("l10n-test-plain".to_owned())
        .spawn(|| tr::count_paragraphs(2))
        .ok()
        .and_then(|handle| handle.join().ok());
    assert_eq!(other.as_deref(), Some("2 paragraphs"));
    let spoken = spawn_named("l10n-test", || tr::count_paragraphs(2))
        .ok()
        .and_then(|handle| handle.join().ok());
    assert_eq!(spoken.as_deref(), Some("2 абзаца"));
    set_current(Language::English);
}

#[test]
fn a_missing_message_falls_back_to_english() {
    assert_eq!(
        format_message(Language::Russian, "no-such-message", &[]),
        "no-such-message"
    );
    // Every English message formats in every language without falling back to its id.
    for (id, variables) in english_messages() {
        for language in Language::ALL {
            let args: Vec<(&str, Arg)> =
                variables.iter().map(|name| (*name, Arg::from(3))).collect();
            let text = format_message(language, id, &args);
            assert_ne!(text, *id, "{id} in {language:?}");
            assert!(!text.contains("{$"), "{id} in {language:?}: {text}");
        }
    }
}

#[test]
fn language_codes_read_locales() {
    assert_eq!(Language::from_code("ru_RU.UTF-8"), Some(Language::Russian));
    assert_eq!(
        Language::from_code("az-Latn-AZ"),
        Some(Language::Azerbaijani)
    );
    assert_eq!(Language::from_code("EN"), Some(Language::English));
    assert_eq!(Language::from_code("de"), None);
    assert_eq!(Language::from_code(""), None);
}
