//! The QA findings said in the interface language: in English exactly their messages, in
//! Russian and Azerbaijani in other words, for every kind of finding.

use std::collections::BTreeMap;

use super::finding;
use crate::l10n::{Language, with_language};
use crate::model::{
    Edit, MetadataConflict, MetadataField, ParagraphId, TranslationConflict, TranslationStatus,
    TranslationVersion,
};
use crate::qa::checks::{Issue, check_pair, glossary_issues, inconsistencies};
use crate::qa::text::{FindingText, LostName};
use crate::qa::{QaResources, check_project_with, spelling_issues};

/// The kind of a finding's text; a new kind must be named here, and then found below.
fn kind(text: &FindingText) -> &'static str {
    match text {
        FindingText::FiguresLost(_) => "figures lost",
        FindingText::FiguresGained(_) => "figures gained",
        FindingText::NamesLost(names) => {
            if names
                .iter()
                .any(|name| matches!(name, LostName::Fewer { .. }))
            {
                "names fewer"
            } else {
                "names lost"
            }
        }
        FindingText::AddressesLost(_) => "addresses lost",
        FindingText::Empty(_) => "empty",
        FindingText::NoCounterpart => "no counterpart",
        FindingText::ExtraParagraph => "extra paragraph",
        FindingText::Identical => "identical",
        FindingText::WrongScript { .. } => "wrong script",
        FindingText::FinalMark { .. } => "final mark",
        FindingText::Unpaired(_) => "unpaired",
        FindingText::QuotesInside => "quotes inside",
        FindingText::ForeignQuotes(_) => "foreign quotes",
        FindingText::DoubleSpace => "double space",
        FindingText::SpaceBefore(_) => "space before",
        FindingText::EdgeSpace => "edge space",
        FindingText::Hyphen => "hyphen",
        FindingText::Doubled(_) => "doubled",
        FindingText::MixedScript(_) => "mixed script",
        FindingText::Length { tenths } if *tenths >= 10 => "longer",
        FindingText::Length { .. } => "shorter",
        FindingText::GlossaryUnused { .. } => "glossary unused",
        FindingText::GlossaryForbidden { .. } => "glossary forbidden",
        FindingText::Inconsistent { .. } => "inconsistent",
        FindingText::SpellingRepeated { .. } => "spelling repeated",
        FindingText::Misspelt { .. } => "misspelt",
        FindingText::NotInDictionary { .. } => "not in dictionary",
        FindingText::MisspeltOrder { .. } => "misspelt order",
        FindingText::Conflict { .. } => "conflict",
        FindingText::NoteConflict { .. } => "note conflict",
        FindingText::FieldConflict { .. } => "field conflict",
        FindingText::Stale { .. } => "stale",
    }
}

const KINDS: usize = 33;

/// Pairs (source language, translation language, source, translation) that the checks find
/// something in.
const PAIRS: &[(&str, &str, &str, &str)] = &[
    (
        "en",
        "ru",
        "Police said 15 people arrived on 3 November at the station.",
        "Полиция сообщила, что 16 человек приехали на вокзал.",
    ),
    (
        "en",
        "ru",
        "Hajili met Brown and Smith in Baku, see https://example.com/news.",
        "вчера они встретились, и всё.",
    ),
    ("en", "ru", "The same words here.", "The same words here."),
    (
        "en",
        "ru",
        "The minister spoke to reporters on Monday.",
        "The minister spoke to journalists on Monday!",
    ),
    (
        "ru",
        "az",
        "Министр выступил перед журналистами?",
        "Министр выступил перед журналистами.",
    ),
    (
        "en",
        "ru",
        "He said (as always) “no”.",
        " Он сказал  (как всегда «нет» , и - ушёл в в дом",
    ),
    (
        "en",
        "ru",
        "He called it “a plan”.",
        "Он назвал это «планом “на потом”».",
    ),
    (
        "ru",
        "en",
        "Он назвал это «планом».",
        "He called it «a plan».",
    ),
    (
        "en",
        "az",
        "He called it “a plan”.",
        "O, bunu „plan“ adlandırdı.",
    ),
    (
        "en",
        "ru",
        "The mayor of Moscow spoke.",
        "Мэр Москвa выступил.",
    ),
    (
        "en",
        "ru",
        "The council met for a long session and discussed the budget, the roads and the schools.",
        "Совет собрался.",
    ),
    (
        "en",
        "ru",
        "The council met for a long session and discussed the budget, the roads and the schools.",
        "Совет собрался на долгое заседание и обсудил бюджет, дороги и школы. Совет собрался на \
         долгое заседание и обсудил бюджет, дороги и школы. Совет собрался на долгое заседание \
         и обсудил бюджет, дороги и школы. Совет собрался на долгое заседание и обсудил бюджет, \
         дороги и школы. Совет собрался на долгое заседание и обсудил бюджет, дороги и школы.",
    ),
];

fn pair_issues() -> Vec<Issue> {
    let mut issues = Vec::new();
    for (from, to, source, target) in PAIRS {
        issues.extend(check_pair(source, target, (from, to)));
    }
    let mut glossary = crate::memory::terms::Glossary::new(
        vec![
            crate::io::import::glossary::GlossaryEntry {
                source: "metro".to_owned(),
                target: "метрополитен".to_owned(),
                ..Default::default()
            },
            crate::io::import::glossary::GlossaryEntry {
                source: "metro".to_owned(),
                target: "метро".to_owned(),
                ..Default::default()
            },
            crate::io::import::glossary::GlossaryEntry {
                source: "metro".to_owned(),
                target: "подземка".to_owned(),
                forbidden: true,
                ..Default::default()
            },
        ],
        "en",
        "ru",
    );
    issues.extend(glossary_issues(
        &mut glossary,
        "The metro fare will double.",
        "Проезд в подземке подорожает вдвое.",
    ));
    let mut translations_of = BTreeMap::new();
    translations_of.insert(
        "the city council".to_owned(),
        vec![
            (ParagraphId(1), "городской совет".to_owned()),
            (ParagraphId(2), "совет города".to_owned()),
        ],
    );
    issues.extend(
        inconsistencies(&translations_of)
            .into_iter()
            .map(|(_, issue)| issue),
    );
    issues.extend(spelling());
    issues
}

/// Misspelt words, by a Hunspell dictionary and by a word list.
fn spelling() -> Vec<Issue> {
    let accepted = std::collections::BTreeSet::new();
    let hunspell = crate::spell::Speller::from_dictionary(
        "ru",
        &crate::io::dictionaries::DictionaryText {
            aff: "SET UTF-8\nSFX S Y 1\nSFX S 0 и .\n".to_owned(),
            dic: "4\nполиция\nсообщила\nчто\nприехали\n".to_owned(),
        },
    )
    .unwrap();
    let list = crate::spell::Speller::from_words("ru", [("сообщило", 5), ("человек", 5)]);
    let mut issues = spelling_issues(
        &hunspell,
        ("Police said", "Полиция сообщлиа, что прихеали зрители."),
        ("en", "ru"),
        &accepted,
        None,
    );
    issues.extend(spelling_issues(
        &list,
        ("Police said", "Полиция сообщлио, что приехали."),
        ("en", "ru"),
        &accepted,
        None,
    ));
    issues
}

/// The findings of a project: a row marked done and empty, a stale row, conflicts of a
/// row's text, of a row's note and of the title.
fn project_texts() -> Vec<(String, FindingText)> {
    let (mut project, ru) = crate::qa::tests::project_with_rows(&[
        ("The mayor resigned.", "Мэр ушёл в отставку."),
        ("The mayor left.", "Мэр ушёл."),
        ("The mayor spoke.", "Мэр выступил."),
    ]);
    let version = |text: &str, note: &str| TranslationVersion {
        text: text.into(),
        note: note.into(),
        ..Default::default()
    };
    let edits = [
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(10),
            language: ru.clone(),
            text: String::new(),
        },
        Edit::SetTranslationStatus {
            paragraph_id: ParagraphId(10),
            language: ru.clone(),
            status: TranslationStatus::Reviewed,
        },
        Edit::SetTranslationStale {
            paragraph_id: ParagraphId(11),
            language: ru.clone(),
            stale_source: Some("The mayor has left.".into()),
        },
        Edit::SetTranslationConflict {
            paragraph_id: ParagraphId(12),
            language: ru.clone(),
            conflict: Some(Box::new(TranslationConflict {
                base: TranslationVersion::default(),
                ours: version("Мэр выступил.", ""),
                theirs: version("Выступил мэр.", ""),
            })),
        },
        Edit::SetTranslationConflict {
            paragraph_id: ParagraphId(11),
            language: ru.clone(),
            conflict: Some(Box::new(TranslationConflict {
                base: version("Мэр ушёл.", ""),
                ours: version("Мэр ушёл.", "проверить"),
                theirs: version("Мэр ушёл.", "уточнить"),
            })),
        },
        Edit::SetMetadataConflict {
            field: MetadataField::CaptureTool,
            conflict: Some(MetadataConflict {
                base: "wget".into(),
                ours: "wget 1.21".into(),
                theirs: "curl".into(),
            }),
        },
    ];
    for edit in edits {
        edit.apply(&mut project).unwrap();
    }
    let mut resources = QaResources::default();
    check_project_with(&project, &[ru], &mut resources)
        .into_iter()
        .map(|finding| (finding.message, finding.text))
        .collect()
}

/// Texts no check above reports: found in aligned translations, by a project's names, by
/// a large word list.
fn built_texts() -> Vec<FindingText> {
    vec![
        FindingText::MisspeltOrder {
            word: "evləərd".into(),
            language: "az".into(),
        },
        FindingText::NoCounterpart,
        FindingText::ExtraParagraph,
        FindingText::SpellingRepeated {
            word: "банкомата".into(),
            language: "ru".into(),
        },
        FindingText::NamesLost(vec![
            LostName::Missing("U.S.".into()),
            LostName::Fewer {
                name: "Sanford".into(),
                in_source: 2,
                written: 1,
            },
        ]),
        FindingText::FieldConflict {
            field: MetadataField::Title,
            ours: "Headline here".into(),
            theirs: "The headline…".into(),
        },
    ]
}

#[test]
fn findings_say_their_message_in_english_and_other_words_in_russian_and_azerbaijani() {
    let mut texts: Vec<(String, FindingText)> = pair_issues()
        .into_iter()
        .map(|issue| (issue.message, issue.text))
        .collect();
    texts.extend(project_texts());
    texts.extend(built_texts().into_iter().map(|text| (text.english(), text)));
    let mut kinds = std::collections::BTreeSet::new();
    for (message, text) in &texts {
        kinds.insert(kind(text));
        assert_eq!(&text.english(), message);
        let english = with_language(Language::English, || finding(text));
        assert_eq!(&english, message, "{text:?}");
        for language in [Language::Russian, Language::Azerbaijani] {
            let said = with_language(language, || finding(text));
            assert_ne!(said, english, "{language:?} {text:?}");
            assert!(!said.contains('{'), "{language:?}: {said}");
            // «…» in both, but where the finding is about “…” itself.
            let about_quotes = matches!(
                text,
                FindingText::QuotesInside | FindingText::ForeignQuotes(_)
            );
            assert!(about_quotes || !said.contains('“'), "{language:?}: {said}");
        }
    }
    assert_eq!(kinds.len(), KINDS, "found only {kinds:?}");
}

#[test]
fn russian_counts_agree_with_their_nouns() {
    let russian = |text: &FindingText| with_language(Language::Russian, || finding(text));
    assert_eq!(
        russian(&FindingText::Length { tenths: 23 }),
        "перевод в 2,3 раза длиннее обычного: что-то пропущено или повторено?"
    );
    assert!(russian(&FindingText::Length { tenths: 3 }).contains("(0,3 от привычной длины)"));
    assert!(russian(&FindingText::Inconsistent { ways: 2 }).ends_with("2 разными способами"));
    assert!(russian(&FindingText::Inconsistent { ways: 21 }).ends_with("21 разным способом"));
    let fewer = |in_source| {
        russian(&FindingText::NamesLost(vec![LostName::Fewer {
            name: "Сэнфорд".into(),
            in_source,
            written: 1,
        }]))
    };
    assert!(fewer(2).ends_with("Сэнфорд (в оригинале 2 раза, здесь 1)"));
    assert!(fewer(5).ends_with("Сэнфорд (в оригинале 5 раз, здесь 1)"));
    let figures = FindingText::FiguresLost(vec![
        crate::qa::text::Figure::Number("15".into()),
        crate::qa::text::Figure::Month(11),
    ]);
    assert_eq!(russian(&figures), "в переводе нет: 15, ноябрь");
    assert_eq!(
        with_language(Language::Azerbaijani, || finding(&figures)),
        "tərcümədə yoxdur: 15, noyabr"
    );
    let spelling = FindingText::NotInDictionary {
        word: "банкомата".into(),
        language: "ru".into(),
    };
    assert_eq!(
        russian(&spelling),
        "слова «банкомата» нет в русском словаре"
    );
    assert_eq!(
        with_language(Language::Azerbaijani, || finding(&spelling)),
        "«банкомата» sözü rus dili lüğətində yoxdur"
    );
}
