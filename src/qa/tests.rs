use std::fmt::Write as _;

use super::*;
use crate::model::{Edit, FindingPlace, ParagraphId, QaSettings};

/// The test project with a Russian translation of its body paragraph that adds a figure
/// and misspells a word.
fn project_with_errors() -> (Project, ParagraphId, LanguageTag) {
    let mut project = crate::model::test_project();
    let ru = LanguageTag::parse("ru").unwrap();
    if !project.targets.contains(&ru) {
        Edit::AddTarget {
            language: ru.clone(),
            position: 0,
            translations: BTreeMap::new(),
            aligned: None,
        }
        .apply(&mut project)
        .unwrap();
    }
    let id = ParagraphId(1);
    Edit::SetTranslationText {
        paragraph_id: id,
        language: ru.clone(),
        text: "Полиция приехала: 15 человек.".to_owned(),
    }
    .apply(&mut project)
    .unwrap();
    (project, id, ru)
}

fn checks_of(findings: &[Finding]) -> Vec<&'static str> {
    findings.iter().map(|finding| finding.check).collect()
}

#[test]
fn switched_off_checks_do_not_run_and_ignored_findings_stay_ignored() {
    let (mut project, id, ru) = project_with_errors();
    let findings = check_project(&project, std::slice::from_ref(&ru));
    assert!(checks_of(&findings).contains(&"numbers"), "{findings:#?}");
    let numbers = findings
        .iter()
        .find(|finding| finding.check == "numbers")
        .unwrap()
        .clone();
    assert_eq!(numbers.place, FindingPlace::Paragraph(id));
    // Ignoring it, as the window does: one edit, undone by its inverse.
    let mut settings = project.qa.clone();
    settings.ignored.insert(numbers.ignored());
    let inverse = Edit::SetQaSettings(Box::new(settings))
        .apply(&mut project)
        .unwrap();
    let after = check_project(&project, std::slice::from_ref(&ru));
    assert!(!after.contains(&numbers), "{after:#?}");
    assert_eq!(after.len() + 1, findings.len());
    inverse.apply(&mut project).unwrap();
    assert_eq!(check_project(&project, std::slice::from_ref(&ru)), findings);
    // Changing the text so the check says something else brings a finding back.
    let mut settings = QaSettings::default();
    settings.ignored.insert(numbers.ignored());
    project.qa = settings;
    Edit::SetTranslationText {
        paragraph_id: id,
        language: ru.clone(),
        text: "Полиция приехала: 16 человек.".to_owned(),
    }
    .apply(&mut project)
    .unwrap();
    assert!(checks_of(&check_project(&project, std::slice::from_ref(&ru))).contains(&"numbers"));
    // A switched-off check reports nothing.
    project.qa.disabled_checks.insert("numbers".to_owned());
    assert!(!checks_of(&check_project(&project, std::slice::from_ref(&ru))).contains(&"numbers"));
}

#[test]
fn spelling_runs_with_a_speller_and_can_be_switched_off() {
    let (mut project, id, ru) = project_with_errors();
    let speller = crate::spell::Speller::from_words("ru", [("сообщило", 5), ("человек", 5)]);
    let mut resources = QaResources::default();
    resources
        .spellers
        .insert(ru.clone(), std::sync::Arc::new(speller));
    // Only lower-case words are judged in QA ("Плоиция" starts the sentence).
    Edit::SetTranslationText {
        paragraph_id: id,
        language: ru.clone(),
        text: "Плоиция сообщлио, что приехали.".to_owned(),
    }
    .apply(&mut project)
    .unwrap();
    let findings = check_row(&project, id, &ru, &mut resources);
    let spelling: Vec<&Finding> = findings
        .iter()
        .filter(|finding| finding.check == "spelling")
        .collect();
    assert_eq!(spelling.len(), 1, "{findings:#?}");
    assert!(spelling[0].message.contains("“сообщлио”"), "{spelling:?}");
    assert!(spelling[0].message.contains("сообщило"), "{spelling:?}");
    project.qa.disabled_checks.insert("spelling".to_owned());
    let findings = check_row(&project, id, &ru, &mut resources);
    assert!(!checks_of(&findings).contains(&"spelling"));
}

#[test]
fn every_check_that_reports_is_in_the_table() {
    let (project, _, ru) = project_with_errors();
    for finding in check_project(&project, &[ru]) {
        assert!(
            CHECKS.iter().any(|(id, _)| *id == finding.check),
            "{} is not in CHECKS",
            finding.check
        );
    }
    let ids: Vec<&str> = CHECKS.iter().map(|(id, _)| *id).collect();
    for id in [
        "numbers",
        "names",
        "spelling",
        "consistency",
        "glossary",
        "empty",
    ] {
        assert!(ids.contains(&id), "{id}");
    }
}

#[test]
fn a_large_project_checked_on_every_core_finds_what_each_row_finds() {
    let mut article = String::new();
    for row in 0..400 {
        let _ = writeln!(
            article,
            "Row {row}: the council spent {} million on {} buses.\n",
            row + 3,
            row * 2 + 1
        );
    }
    let options = crate::io::ImportOptions {
        source_language: Some(LanguageTag::parse("en").unwrap()),
        ..crate::io::ImportOptions::default()
    };
    let mut project =
        crate::io::import_article_bytes("big.txt", article.as_bytes(), &options).unwrap();
    let ru = LanguageTag::parse("ru").unwrap();
    let rows: Vec<ParagraphId> = project
        .translatable_paragraphs()
        .map(|paragraph| paragraph.paragraph_id)
        .collect();
    assert!(rows.len() > 300, "{}", rows.len());
    let edits = rows
        .iter()
        .enumerate()
        .map(|(index, id)| Edit::SetTranslationText {
            paragraph_id: *id,
            language: ru.clone(),
            // Every third row gets a figure wrong and a word doubled.
            text: if index % 3 == 0 {
                format!(
                    "Строка {index}: совет потратил {} млн на на автобусы.",
                    index + 4
                )
            } else {
                format!(
                    "Строка {index}: совет потратил {} млн на {} автобусов.",
                    index + 3,
                    index * 2 + 1
                )
            },
        })
        .collect();
    Edit::Batch(edits).apply(&mut project).unwrap();
    let whole = check_project(&project, std::slice::from_ref(&ru));
    let mut resources = QaResources::default();
    let row_by_row: Vec<Finding> = rows
        .iter()
        .flat_map(|id| check_row(&project, *id, &ru, &mut resources))
        .collect();
    let whole_rows: Vec<Finding> = whole
        .into_iter()
        .filter(|finding| finding.check != "consistency")
        .collect();
    assert!(whole_rows.len() > 200, "{}", whole_rows.len());
    assert_eq!(whole_rows, row_by_row);
}

/// Four pairs of one article: China is always Китай in some case form, the OSCE is ОБСЕ.
pub(crate) const OSCE_PAIRS: [(&str, &str); 4] = [
    (
        "Officials in China said OSCE observers came.",
        "Власти Китая сообщили о приезде наблюдателей ОБСЕ.",
    ),
    (
        "OSCE observers went through parts of China.",
        "Наблюдатели ОБСЕ проехали по районам Китая.",
    ),
    (
        "The government of China promised OSCE access.",
        "Правительство Китая обещало ОБСЕ доступ.",
    ),
    ("The economy of China grew.", "Экономика Китая выросла."),
];

/// The test project with a Russian target and a row for each of `pairs` (source,
/// translation), numbered from 10.
pub(crate) fn project_with_rows(pairs: &[(&str, &str)]) -> (Project, LanguageTag) {
    let (mut project, _, ru) = project_with_errors();
    for (index, (source, target)) in pairs.iter().enumerate() {
        let id = ParagraphId(10 + u32::try_from(index).unwrap());
        project.source.paragraphs.push(crate::model::Paragraph {
            paragraph_id: id,
            kind: crate::model::ParagraphKind::Body,
            text: (*source).into(),
            byte_range: 0..0,
        });
        Edit::SetTranslationText {
            paragraph_id: id,
            language: ru.clone(),
            text: (*target).to_owned(),
        }
        .apply(&mut project)
        .unwrap();
    }
    (project, ru)
}

#[test]
fn a_whole_project_check_learns_how_the_project_writes_names_and_row_checks_use_it() {
    let mut pairs = OSCE_PAIRS.to_vec();
    pairs.push((
        "Officials in China met OSCE in Yunnan.",
        "Власти Китая встретились с миссией в Юньнани.",
    ));
    let (project, ru) = project_with_rows(&pairs);
    let mut resources = QaResources::default();
    let findings = check_project_with(&project, std::slice::from_ref(&ru), &mut resources);
    let names: Vec<&Finding> = findings
        .iter()
        .filter(|finding| finding.check == "names")
        .collect();
    assert_eq!(names.len(), 1, "{findings:#?}");
    assert_eq!(names[0].place, FindingPlace::Paragraph(ParagraphId(14)));
    // The row check, as the window runs it while the row is edited, knows it too.
    let row = check_row(&project, ParagraphId(14), &ru, &mut resources);
    assert!(
        row.iter().any(|finding| finding.check == "names"),
        "{row:#?}"
    );
    // A fresh start knows nothing yet: a missing acronym says nothing alone.
    let alone = check_row(&project, ParagraphId(14), &ru, &mut QaResources::default());
    assert!(
        !alone.iter().any(|finding| finding.check == "names"),
        "{alone:#?}"
    );
}

#[test]
fn a_word_the_project_writes_alike_twice_is_a_note_not_a_slip() {
    let speller = crate::spell::Speller::from_words("ru", [("сообщило", 5), ("человек", 5)]);
    let one_text = "Агентство сообщлио, что приехали.";
    let severities_with = |other: &str| -> Vec<(Severity, String)> {
        let table = name_table::NameTable::learn(
            [("The agency said.", one_text), ("It said.", other)],
            ("en", "ru"),
        );
        spelling_issues(
            &speller,
            ("The agency said they came.", one_text),
            ("en", "ru"),
            &std::collections::BTreeSet::new(),
            Some(&table),
        )
        .into_iter()
        .map(|issue| (issue.severity, issue.message))
        .collect()
    };
    let once = severities_with("Оно молчало.");
    assert_eq!(once.len(), 1, "{once:?}");
    assert_eq!(once[0].0, Severity::Warning);
    // The same spelling in two of the project's translations: not a slip.
    let twice = severities_with("Оно тоже сообщлио.");
    assert_eq!(twice.len(), 1, "{twice:?}");
    assert_eq!(twice[0].0, Severity::Info);
    assert!(twice[0].1.contains("more than once"), "{twice:?}");
}

#[test]
fn an_azerbaijani_stem_written_alike_in_two_pairs_is_a_note_in_any_form() {
    let speller = crate::spell::Speller::from_words("az", [("hökumət", 50), ("dedi", 50)]);
    let one_text = "Hökümət dedi.";
    let severities_with = |other: &str| -> Vec<Severity> {
        let table = name_table::NameTable::learn(
            [("The government said.", one_text), ("It said.", other)],
            ("en", "az"),
        );
        spelling_issues(
            &speller,
            ("The government said.", "Bunu hökümət dedi."),
            ("en", "az"),
            &std::collections::BTreeSet::new(),
            Some(&table),
        )
        .into_iter()
        .map(|issue| issue.severity)
        .collect()
    };
    assert_eq!(severities_with("O dedi."), [Severity::Warning]);
    // Another form of the same stem in another pair: the project writes it so.
    assert_eq!(severities_with("Hökümətin adamı dedi."), [Severity::Info]);
}

#[test]
fn a_slip_made_twice_in_one_translation_is_still_a_slip() {
    let speller = crate::spell::Speller::from_words("ru", [("правительство", 50)]);
    let text = "Правительсво заявило, что правительсво останется.";
    let table = name_table::NameTable::learn(
        [("The government said the government will stay.", text)],
        ("en", "ru"),
    );
    let found = spelling_issues(
        &speller,
        ("The government said the government will stay.", text),
        ("en", "ru"),
        &std::collections::BTreeSet::new(),
        Some(&table),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].severity, Severity::Warning);
}

#[test]
fn a_word_carried_over_from_the_source_is_no_slip_unless_its_letters_are_swapped() {
    // A little Russian dictionary with an affix rule, so it is judged as Hunspell judges.
    let speller = crate::spell::Speller::from_dictionary(
        "ru",
        &crate::io::dictionaries::DictionaryText {
            aff: "SET UTF-8\nSFX A Y 1\nSFX A 0 и .\n".to_owned(),
            dic: "4\nпланирует\nреалии\nшоу/A\nкота\n".to_owned(),
        },
    )
    .unwrap();
    let misspelt = |source: &str, target: &str| -> Vec<String> {
        misspelt_words(
            &speller,
            (source, target),
            ("en", "ru"),
            &std::collections::BTreeSet::new(),
        )
        .into_iter()
        .map(|found| found.word)
        .collect()
    };
    // "реалити" is "reality" written in Cyrillic; one letter from "реалии" is no typo.
    assert!(misspelt("A reality show.", "реалити шоу").is_empty());
    // Nor is "котта" ("cotta") with a letter doubled as the source doubles it.
    assert!(misspelt("Panna cotta.", "панна котта").is_empty());
    // The letters of "плаинрует" are loosely those of "plans", but two are swapped in a
    // dictionary word: a typo all the same.
    assert_eq!(
        misspelt("Warren plans a run.", "Уоррен плаинрует"),
        ["плаинрует"]
    );
    // Without a source word like it, any unknown word is reported.
    assert_eq!(misspelt("A show.", "реалити шоу"), ["реалити"]);
}

#[test]
fn a_carried_over_word_with_swapped_letters_is_a_slip_for_a_word_list_too() {
    let mut words: Vec<String> = crate::spell::letter_model::tests::sample_words();
    words.push("sanksiyalar".to_owned());
    let speller =
        crate::spell::Speller::from_words("az", words.iter().map(|word| (word.as_str(), 3)));
    let misspelt = |source: &str, target: &str| -> Vec<String> {
        misspelt_words(
            &speller,
            (source, target),
            ("en", "az"),
            &std::collections::BTreeSet::new(),
        )
        .into_iter()
        .map(|found| found.word)
        .collect()
    };
    // "sankisyalar" spells "sanctions" loosely, but two of its letters are swapped in a
    // listed word.
    assert_eq!(
        misspelt(
            "New sanctions were imposed.",
            "Yeni sankisyalar tətbiq edildi."
        ),
        ["sankisyalar"]
    );
    // Written as the list has it: nothing to report.
    assert!(
        misspelt(
            "New sanctions were imposed.",
            "Yeni sanksiyalar tətbiq edildi."
        )
        .is_empty()
    );
}

#[test]
fn an_azerbaijani_form_of_a_repeated_stem_is_still_a_slip_when_a_swap_makes_a_listed_word() {
    let mut words: Vec<String> = crate::spell::letter_model::tests::sample_words();
    words.push("dedi".to_owned());
    let speller =
        crate::spell::Speller::from_words("az", words.iter().map(|word| (word.as_str(), 3)));
    let text = "Bunu hökumətlərniə dedi.";
    let table = name_table::NameTable::learn(
        [
            ("They told the governments.", text),
            ("The governments said.", "Hökumətlər dedi."),
        ],
        ("en", "az"),
    );
    assert!(table.repeated_stem("hökumətlərniə"));
    let found = spelling_issues(
        &speller,
        ("They told the governments.", text),
        ("en", "az"),
        &std::collections::BTreeSet::new(),
        Some(&table),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].severity, Severity::Warning, "{found:?}");
    assert!(found[0].message.contains("hökumətlərinə"), "{found:?}");
}

#[test]
fn merge_conflicts_of_rows_and_of_metadata_are_errors() {
    let (mut project, id, ru) = project_with_errors();
    for edit in [
        Edit::SetTranslationConflict {
            paragraph_id: id,
            language: ru.clone(),
            conflict: Some(Box::new(crate::model::TranslationConflict {
                base: crate::model::TranslationVersion::default(),
                ours: crate::model::TranslationVersion {
                    text: "Полиция приехала: 15 человек.".into(),
                    ..Default::default()
                },
                theirs: crate::model::TranslationVersion {
                    text: "Приехала полиция.".into(),
                    ..Default::default()
                },
            })),
        },
        Edit::SetMetadataConflict {
            field: crate::model::MetadataField::Title,
            conflict: Some(crate::model::MetadataConflict {
                base: "Headline".into(),
                ours: "Headline here".into(),
                theirs: "The headline".into(),
            }),
        },
    ] {
        edit.apply(&mut project).unwrap();
    }
    let first = project.targets[0].clone();
    let findings = check_project(&project, &project.targets.clone());
    let conflicts: Vec<&Finding> = findings
        .iter()
        .filter(|finding| finding.check == "conflict")
        .collect();
    // The row's, and the title's in each of the two languages.
    assert_eq!(conflicts.len(), 3, "{conflicts:#?}");
    assert!(
        conflicts
            .iter()
            .all(|finding| finding.severity == Severity::Error)
    );
    let row = conflicts
        .iter()
        .find(|finding| finding.message.contains("choose one in the row"))
        .unwrap();
    assert_eq!(
        (row.place.clone(), &row.language),
        (FindingPlace::Paragraph(id), &ru)
    );
    let title = conflicts
        .iter()
        .find(|finding| finding.message.contains("article's title") && finding.language == first)
        .unwrap();
    // On the headline's row.
    assert_eq!(
        (title.place.clone(), &title.language),
        (FindingPlace::Paragraph(ParagraphId(0)), &first)
    );
}
