use super::*;
use crate::io::dictionaries::{DictionaryFiles, read_dictionary, system_dictionary_dirs};
use crate::model::LanguageTag;

/// A small English dictionary with one suffix rule, so these tests need no system files.
fn little_english() -> Speller {
    let aff = "SET UTF-8\nTRY esianrtolcdugmphbyfvkwzxjq\nSFX S Y 1\nSFX S 0 s .\n";
    let dic = "7\nminister/S\nspeak\nparliament/S\nthe\nsaid\ndon't\nto\n";
    Speller::from_dictionary(
        "en",
        &DictionaryText {
            aff: aff.to_owned(),
            dic: dic.to_owned(),
        },
    )
    .unwrap()
}

fn words(found: &[Misspelling]) -> Vec<&str> {
    found.iter().map(|found| found.word.as_str()).collect()
}

#[test]
fn hunspell_rules_accept_forms_and_misspellings_are_found_with_their_place() {
    let speller = little_english();
    assert!(speller.is_hunspell());
    let text = "The ministers speek to the parliment, said Hajili. Hacili said.";
    let found = speller.misspellings(text, true);
    assert_eq!(words(&found), ["speek", "parliment"]);
    assert_eq!(&text[found[0].range.clone()], "speek");
    // Capitalised words (names, at a sentence's start too) are judged only when asked.
    assert_eq!(
        words(&speller.misspellings(text, false)),
        ["speek", "parliment", "Hajili", "Hacili"]
    );
    assert!(speller.suggestions("speek").contains(&"speak".to_owned()));
}

#[test]
fn what_a_dictionary_cannot_judge_is_left_alone() {
    let speller = little_english();
    let text = "NATO, iPhone, 15th, x, Москва, see https://exmple.org/parlimnt and a@b.cz — don’t, e.g. the pit-stop.";
    let found = speller.misspellings(text, false);
    // "see" and "and" are not in the little dictionary; nothing else is judged (the parts
    // of "pit-stop" are too short to judge alone, "e.g" is an abbreviation).
    assert_eq!(words(&found), ["see", "and"]);
    // The ending of a figure is not a word (40-летие, 2017-ci), a word after a hyphen is.
    let found = speller.misspellings("the 40-year, 80%-lər, the 10-kilogramm, pit-stoppes", false);
    assert_eq!(words(&found), ["kilogramm", "stoppes"]);
}

#[test]
fn personal_and_learned_words_are_accepted() {
    let mut speller = little_english();
    assert!(!speller.is_correct("Gəncəbasar"));
    speller.accept("Gəncəbasar");
    assert!(speller.is_correct("Gəncəbasar"));
    assert!(speller.is_correct("GƏNCƏBASAR"));
    speller.learn([("onceword", 1), ("twiceword", 2)]);
    assert!(!speller.is_correct("onceword"));
    assert!(speller.is_correct("twiceword"));
}

#[test]
fn a_flat_word_list_judges_azerbaijani_cautiously() {
    let dictionary = DictionaryText {
        aff: "SET UTF-8\nTRY aəinrl\n".to_owned(),
        dic: "4\nhökumət\nprezident\nşəhər\nBakı\n".to_owned(),
    };
    let mut speller = Speller::from_dictionary("az", &dictionary).unwrap();
    // Words seen often in the user's articles.
    speller.learn([("hökumət", 30), ("şəhər", 30)]);
    assert!(!speller.is_hunspell());
    let text = "Hökumətin prezidentə məktubu: şəhr Bakıda hökümət.";
    // "məktubu" is unknown but like nothing known: left alone.
    assert_eq!(
        words(&speller.misspellings(text, false)),
        ["şəhr", "hökümət"]
    );
    assert_eq!(speller.suggestions("Hökümətin"), ["Hökumətin"]);
    assert_eq!(speller.suggestions("ŞƏHR"), ["ŞƏHƏR"]);
}

#[test]
fn words_learned_alone_make_a_speller() {
    let speller = Speller::from_words("az", [("İqtisadiyyat", 3), ("nazirliyi", 2)]);
    assert!(speller.is_correct("iqtisadiyyatın"));
    assert!(!speller.is_correct("iqtisadiyat"));
    assert!(!speller.is_correct("nazirilyi"));
    // A run of letters far longer than any word is not judged (nor worked on for long).
    let endless = "nazirilyi".repeat(20_000);
    assert!(speller.misspellings(&endless, true).is_empty());
}

fn system(language: &str) -> Option<Speller> {
    let Some(files): Option<DictionaryFiles> = crate::io::dictionaries::find_dictionary(
        &system_dictionary_dirs(),
        &LanguageTag::parse(language).unwrap(),
    ) else {
        eprintln!(
            "skipped: no {language} Hunspell dictionary in /usr/share/hunspell (Debian: hunspell-{language})"
        );
        return None;
    };
    Some(Speller::from_dictionary(language, &read_dictionary(&files).unwrap()).unwrap())
}

#[test]
fn the_system_russian_dictionary_knows_inflections_and_yo() {
    let Some(speller) = system("ru") else { return };
    let text = "Министр заявил, что ёлки в парламенте растут. Правительство обсудило бюджетт.";
    assert_eq!(words(&speller.misspellings(text, true)), ["бюджетт"]);
    assert_eq!(
        words(&speller.misspellings("Правительсво решило.", false)),
        ["Правительсво"]
    );
    assert!(speller.is_correct("Ёлка"));
    assert!(speller.is_correct("елка"));
}

#[test]
fn the_system_english_dictionary_knows_possessives_and_contractions() {
    let Some(speller) = system("en") else { return };
    let text = "The minister’s aides didn't say whether the parliament's recieved it.";
    assert_eq!(words(&speller.misspellings(text, true)), ["recieved"]);
    assert!(
        speller
            .suggestions("recieved")
            .contains(&"received".to_owned())
    );
}

#[test]
fn an_unusable_dictionary_gives_way_to_the_next_one_and_says_so() {
    let root = std::env::temp_dir().join(format!(
        "diptych-spell-load-{}",
        crate::io::fs::unpredictable_u64()
    ));
    let (broken, good) = (root.join("broken"), root.join("library"));
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::create_dir_all(good.join("spelling")).unwrap();
    std::fs::write(broken.join("ru_RU.aff"), "").unwrap();
    std::fs::write(broken.join("ru_RU.dic"), "").unwrap();
    std::fs::write(
        good.join("spelling/ru_RU.aff"),
        "SET UTF-8\nSFX A Y 1\nSFX A 0 а .\n",
    )
    .unwrap();
    std::fs::write(good.join("spelling/ru_RU.dic"), "1\nгород/A\n").unwrap();
    let sources = crate::spell::load::SpellingSources {
        folder: Some(broken.clone()),
        library: Some(good.clone()),
        checked: None,
    };
    let (loaded, passed_over) = crate::spell::load::load_speller(
        &sources,
        &LanguageTag::parse("ru").unwrap(),
        crate::spell::learned::WordCounts::new,
    )
    .unwrap();
    let loaded = loaded.unwrap();
    assert!(loaded.origin.contains("library"), "{}", loaded.origin);
    assert!(loaded.speller.is_correct("города"));
    assert_eq!(passed_over.len(), 1, "{passed_over:?}");
    assert!(passed_over[0].contains("holds no words"), "{passed_over:?}");
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn a_slip_from_a_dictionary_word_is_told_from_a_word_the_dictionary_lacks() {
    let speller = little_english();
    // Swapped, doubled and undoubled letters, one vowel for another.
    assert_eq!(speller.slip_correction("speka").as_deref(), Some("speak"));
    assert_eq!(
        speller.slip_correction("parlaiment").as_deref(),
        Some("parliament")
    );
    assert_eq!(
        speller.slip_correction("ministerr").as_deref(),
        Some("minister")
    );
    assert_eq!(
        speller.slip_correction("minester").as_deref(),
        Some("minister")
    );
    // Another letter changed is not one of those slips: the word is only unknown.
    assert_eq!(speller.slip_correction("minisder"), None);
    // Nothing near: a word the dictionary does not have.
    assert_eq!(speller.slip_correction("blockchain"), None);
}

#[test]
fn invisible_marks_inside_a_word_neither_hide_nor_make_a_misspelling() {
    let speller = little_english();
    // A soft hyphen and a word joiner inside right words, and inside a misspelt one.
    let text = "The minis\u{ad}ters speak to the parlia\u{2060}ment; the spe\u{ad}ek.";
    let found = speller.misspellings(text, true);
    assert_eq!(words(&found), ["spe\u{ad}ek"]);
    assert_eq!(&text[found[0].range.clone()], "spe\u{ad}ek");
}

#[test]
fn a_project_s_own_words_vouch_only_for_what_it_repeats() {
    let mut counts = crate::spell::learned::WordCounts::new();
    crate::spell::learned::count_words(
        "hökumətin qərarı dəyişdi; hökumətin planı; höukmətin sözçüsü danışdı",
        &mut counts,
    );
    let speller = Speller::from_own_words("az", &counts);
    assert!(speller.is_correct("hökumətin"));
    // Seen once, and two letters from a word seen twice: the slip it looks like.
    assert!(!speller.is_correct("höukmətin"));
    // Seen once and like no other word: given the benefit of the doubt.
    assert!(speller.is_correct("sözçüsü"));
}

/// A new empty folder for a test's library.
fn temporary_library(name: &str) -> std::path::PathBuf {
    let root = std::env::temp_dir().join(format!(
        "diptych-spell-{name}-{}",
        crate::io::fs::unpredictable_u64()
    ));
    std::fs::create_dir_all(&root).unwrap();
    root
}

/// An Azerbaijani article imported from `text` and saved in `library` as `name`, and its file.
fn saved_azerbaijani_article(
    library: &std::path::Path,
    name: &str,
    text: &str,
) -> (crate::model::Project, std::path::PathBuf) {
    let project = crate::io::import::text::import_text(
        &format!("{name}.txt"),
        text.as_bytes(),
        &crate::io::import::ImportOptions {
            source_language: Some(LanguageTag::parse("az").unwrap()),
            ..Default::default()
        },
    )
    .unwrap();
    let file = library.join(format!("{name}.diptych.ron"));
    crate::io::save_project_with_backup(&project, &file, 1).unwrap();
    (project, file)
}

#[test]
fn the_project_checked_teaches_the_speller_nothing_from_its_copy_in_the_library() {
    let (root, az) = (temporary_library("own"), LanguageTag::parse("az").unwrap());
    let (project, file) = saved_azerbaijani_article(
        &root,
        "xəbər",
        "Hökumətin qərarı dəyişdi.\n\nHökumətin planı açıqlandı.\n\nHöukmətin sözçüsü danışdı.\n",
    );
    // The same file under another name is the same project.
    #[cfg(unix)]
    std::fs::hard_link(&file, root.join("bağlantı.diptych.ron")).unwrap();
    let own = crate::spell::learned::own_words(&project, "az");
    let load = |checked: Option<std::path::PathBuf>| {
        let sources = crate::spell::load::SpellingSources {
            folder: Some(root.join("no-dictionaries")),
            library: Some(root.clone()),
            checked,
        };
        crate::spell::load::load_speller(&sources, &az, || own.clone())
            .unwrap()
            .0
            .unwrap()
    };
    // Learned from the library as any article, the slip vouches for itself.
    let unaware = load(None);
    assert!(unaware.speller.is_correct("Höukmətin"));
    // Known to be the project checked, it is learned from itself, where a word seen once
    // proves nothing.
    let aware = load(Some(file.clone()));
    assert!(!aware.speller.is_correct("Höukmətin"), "{}", aware.origin);
    assert!(aware.speller.is_correct("Hökumətin"));
    assert!(aware.origin.contains("more than once"), "{}", aware.origin);
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn a_thin_library_does_not_stop_the_project_s_own_words_from_counting() {
    let (root, az) = (temporary_library("thin"), LanguageTag::parse("az").unwrap());
    saved_azerbaijani_article(&root, "hava", "Hava gözəldir.\n\nUşaqlar çöldə oynayır.\n");
    let mut own = crate::spell::learned::WordCounts::new();
    crate::spell::learned::count_words(
        "hökumətin qərarı; hökumətin planı; höukmətin sözçüsü",
        &mut own,
    );
    let sources = crate::spell::load::SpellingSources {
        folder: Some(root.join("no-dictionaries")),
        library: Some(root.clone()),
        checked: None,
    };
    let loaded = crate::spell::load::load_speller(&sources, &az, || own.clone())
        .unwrap()
        .0
        .unwrap();
    assert!(loaded.origin.contains("library"), "{}", loaded.origin);
    assert!(
        loaded.origin.contains("more than once"),
        "{}",
        loaded.origin
    );
    assert!(loaded.speller.is_correct("uşaqlar"));
    assert!(!loaded.speller.is_correct("höukmətin"));
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn a_slip_in_a_sentence_s_capitalised_first_word_is_found_and_names_are_left_alone() {
    let Some(speller) = system("ru") else { return };
    let text = "Ондако министр приехал. «Вулакн проснулся», — сказал Грэм. Пелоси и Ондако молчат.";
    // The first words of sentences, in lower case a swap of a common word; not the same
    // word inside a sentence (a name, for all the speller knows), nor a name whose vowel
    // a transliteration changed (Грэм: грим).
    assert_eq!(
        words(&speller.misspellings(text, true)),
        ["Ондако", "Вулакн"]
    );
    // Without the two letters swapped, nothing.
    assert!(
        speller
            .misspellings("Однако министр приехал. «Вулкан проснулся».", true)
            .is_empty()
    );
}

#[test]
fn a_sentence_s_first_word_the_source_writes_as_a_name_is_no_misspelling() {
    let Some(speller) = system("ru") else { return };
    let issues = |source: &str, target: &str| {
        crate::qa::misspelt_words(
            &speller,
            (source, target),
            ("en", "ru"),
            &std::collections::BTreeSet::new(),
        )
        .into_iter()
        .map(|misspelt| misspelt.word)
        .collect::<Vec<_>>()
    };
    // A common word of the source (volcano) swapped at a sentence's start is a slip.
    assert_eq!(
        issues("The volcano woke up.", "Вулакн проснулся."),
        ["Вулакн"]
    );
    // A capitalised word of the source is a name, whatever a swap would make of it.
    assert!(issues("Volcan Smith woke up.", "Вулакн Смит проснулся.").is_empty());
}
