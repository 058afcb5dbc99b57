use super::*;

fn ids(issues: &[Issue]) -> Vec<&'static str> {
    issues.iter().map(|issue| issue.check).collect()
}

#[test]
fn a_faithful_translation_gives_no_finding() {
    for (source, target, languages) in [
        (
            "Police detained 15 protesters near the Baku city hall at 15:00 on November 18, the Interior Ministry said.",
            "Полиция задержала 15 протестующих у мэрии Баку в 15:00 18 ноября, сообщили в МВД.",
            ("en", "ru"),
        ),
        (
            "Fares rise to 1.5 lari, or 40,000 passes a day, says Tornike Hajili.",
            "Тариф вырастет до 1,5 лари, или 40 000 проездных в день, говорит Торнике Гаджилы.",
            ("en", "ru"),
        ),
        (
            "The Musavat party called an unauthorized rally (the third this year).",
            "Müsavat partiyası icazəsiz mitinq çağırışı etdi (bu il üçüncü).",
            ("en", "az"),
        ),
        (
            "The company lost 120 million lari, according to “Georgian Railway”.",
            "Компания потеряла 120 млн лари, сообщает «Грузинская железная дорога».",
            ("en", "ru"),
        ),
    ] {
        let issues = check_pair(source, target, languages);
        assert!(issues.is_empty(), "{target}: {issues:?}");
    }
}

#[test]
fn changed_figures_times_and_dates_are_errors() {
    let issues = check_pair(
        "The rally starts at 15:00 on November 18; 200 people came.",
        "Митинг начнётся в 16:00 18 декабря; пришли 20 человек.",
        ("en", "ru"),
    );
    let numbers: Vec<&Issue> = issues
        .iter()
        .filter(|issue| issue.check == "numbers")
        .collect();
    assert_eq!(numbers[0].severity, Severity::Error);
    assert!(numbers[0].message.contains("15:00"), "{numbers:?}");
    assert!(numbers[0].message.contains("200"), "{numbers:?}");
    assert!(numbers[0].message.contains("month 11"), "{numbers:?}");
    assert!(numbers[1].message.contains("16:00"), "{numbers:?}");
    // "40 thousand" is 40,000, in any notation and language.
    assert!(check_pair("40 thousand people", "40 000 человек", ("en", "ru")).is_empty());
    for (source, target, languages) in [
        (
            "more than 30,000 crossed",
            "30 mindən çox keçdi",
            ("en", "az"),
        ),
        ("the £2.8bn market", "рынок в 2,8 млрд фунтов", ("en", "ru")),
        ("11 to 18-year-olds", "11-18 yaş aralığında", ("en", "az")),
        (
            "1,127 last year and 2,706 in 2011",
            "deyib ki,2011-ci ildə 2706 və 1127",
            ("en", "az"),
        ),
        (
            "the past years may have set it back",
            "прошлые годы отбросили его назад",
            ("en", "ru"),
        ),
    ] {
        let issues = check_pair(source, target, languages);
        assert!(
            issues.iter().all(|issue| issue.check != "numbers"),
            "{source} / {target}: {issues:?}"
        );
    }
}

#[test]
fn dropped_names_and_links_are_found_in_any_script() {
    let issues = check_pair(
        "Opposition leader Ali Karimli met Tornike Hajili, see https://example.org/news.",
        "Лидер оппозиции Али Керимли встретился с журналистами.",
        ("en", "ru"),
    );
    assert_eq!(ids(&issues), vec!["urls", "names"]);
    assert!(issues[1].message.contains("Tornike, Hajili"), "{issues:?}");
    assert!(!issues[1].message.contains("Karimli"), "{issues:?}");
    // Azerbaijani spelling and a case ending.
    assert!(
        check_pair(
            "They met Ali Karimli.",
            "Onlar Əli Kərimlinin yanında idilər.",
            ("en", "az")
        )
        .is_empty()
    );
}

#[test]
fn punctuation_quotes_spaces_and_doubled_words() {
    let issues = check_pair(
        "Is the fare rising?",
        "Тариф растёт  \"по-настоящему\" , и и всё - ясно.",
        ("en", "ru"),
    );
    assert_eq!(
        ids(&issues),
        vec![
            "punctuation",
            "quotes",
            "spaces",
            "spaces",
            "dash",
            "doubled"
        ],
        "{issues:?}"
    );
    let unpaired = check_pair("Fares (rise).", "Тарифы (растут.", ("en", "ru"));
    assert_eq!(ids(&unpaired), vec!["brackets"]);
    // "No, no" is two phrases; an ellipsis and a decimal are not a space before a stop.
    assert!(check_pair("No, no ...", "Нет, нет ...", ("en", "ru")).is_empty());
}

#[test]
fn an_untranslated_or_wrong_script_paragraph_is_caught() {
    let source = "The metro fare will double from January.";
    assert_eq!(
        ids(&check_pair(source, source, ("en", "ru"))),
        vec!["identical", "script"]
    );
    assert_eq!(
        ids(&check_pair(
            source,
            "Проезд в метро подорожает вдвое с января.",
            ("en", "az")
        )),
        vec!["script"]
    );
}

#[test]
fn the_same_source_translated_two_ways_is_flagged_on_both_rows() {
    let mut rows: BTreeMap<String, Vec<(ParagraphId, String)>> = BTreeMap::new();
    rows.insert(
        "the city hall said".to_owned(),
        vec![
            (ParagraphId(3), "сообщили в мэрии".to_owned()),
            (ParagraphId(9), "заявила мэрия".to_owned()),
        ],
    );
    rows.insert(
        "same".to_owned(),
        vec![
            (ParagraphId(4), "a".to_owned()),
            (ParagraphId(5), "b".to_owned()),
        ],
    );
    let found = inconsistencies(&rows);
    assert_eq!(
        found.iter().map(|(row, _)| row.0).collect::<Vec<_>>(),
        vec![3, 9]
    );
}

#[test]
fn a_translation_far_too_short_and_glossary_terms_are_reported() {
    let source = "Tbilisi City Hall has announced that the price of a single metro ride will double at the start of next year, from 50 tetri to 1 lari.";
    let issues = check_pair(source, "Мэрия: 50 тетри, 1 лари.", ("en", "ru"));
    assert!(
        issues.iter().any(|issue| issue.check == "length"),
        "{issues:?}"
    );
    let mut glossary = crate::memory::terms::Glossary::new(
        vec![
            crate::io::import::glossary::GlossaryEntry {
                source: "metro".to_owned(),
                target: "метрополитен".to_owned(),
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
    let issues = glossary_issues(&mut glossary, source, "Проезд в подземке подорожает вдвое.");
    assert_eq!(
        issues
            .iter()
            .map(|issue| issue.severity)
            .collect::<Vec<_>>(),
        vec![Severity::Warning, Severity::Error]
    );
    let fine = glossary_issues(&mut glossary, source, "Проезд в метрополитене подорожает.");
    assert!(fine.is_empty(), "{fine:?}");
}

/// A small English dictionary: common words in lower case, a name only capitalised.
pub(super) fn english_dictionary() -> crate::spell::Speller {
    let dic =
        "10\ncenter\ndisaster\nprevention\ngames\nmarathon\ntom\nsaid\nthe\nsecretary\nGraham\n";
    crate::spell::Speller::from_dictionary(
        "en",
        &crate::io::dictionaries::DictionaryText {
            aff: "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n".to_owned(),
            dic: dic.to_owned(),
        },
    )
    .unwrap()
}

fn name_issues(source: &str, target: &str) -> Vec<Issue> {
    let english = english_dictionary();
    let context = PairContext {
        source_dictionary: Some(&english),
        ..PairContext::default()
    };
    check_pair_with(source, target, ("en", "ru"), &context)
        .into_iter()
        .filter(|issue| issue.check == "names")
        .collect()
}

#[test]
fn with_a_dictionary_capitalised_common_words_are_not_names_and_first_words_can_be() {
    // An organisation's name translated word by word: no name is missing.
    assert_eq!(
        name_issues(
            "The National Center for Disaster Prevention warned Mexicans on Saturday.",
            "Национальный центр по предотвращению бедствий предупредил мексиканцев в субботу."
        ),
        []
    );
    // Without the dictionary, its words look like names.
    assert!(
        check_pair(
            "The National Center for Disaster Prevention warned on Saturday.",
            "Национальный центр по предотвращению бедствий предупредил в субботу.",
            ("en", "ru")
        )
        .iter()
        .any(|issue| issue.check == "names")
    );
    // A name at a sentence's start counts when the dictionary does not know it in lower case.
    let dropped = name_issues(
        "Sanford took the stand on Saturday.",
        "В субботу дал показания.",
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert!(dropped[0].message.contains("Sanford"));
    // Tom is written out (Том), Daley is dropped: the capitalised Том is not left for Daley.
    let dropped = name_issues(
        "Olympic diver Tom Daley says he grew up feeling inferior.",
        "Олимпийский прыгун Том говорит, что рос с чувством неполноценности.",
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert!(dropped[0].message.contains("Daley"), "{dropped:?}");
    // x is k-s in English: Mexico is in мексиканской.
    assert_eq!(
        name_issues(
            "Ash reached the southern neighborhoods of Mexico's capital.",
            "Пепел достиг южных окрестностей мексиканской столицы."
        ),
        []
    );
}

fn number_issues(source: &str, target: &str, target_language: &str) -> Vec<String> {
    check_pair(source, target, ("en", target_language))
        .into_iter()
        .filter(|issue| issue.check == "numbers")
        .map(|issue| issue.message)
        .collect()
}

#[test]
fn converted_units_twelve_hour_times_and_worded_figures_are_not_changes() {
    // 550 pounds is about 250 kg; 80 °F is 27 °C; 20 feet is 6 m.
    assert!(number_issues(
        "The 550 pound hog mauled the farmer on a sunny 80 degrees day, with waves of 20 feet.",
        "Свинья весом в 250 килограммов загрызла фермера в солнечный день, 27 градусов, при волнах в 6 метров.",
        "ru"
    )
    .is_empty());
    // The source gives both; the translation only the metric figure.
    assert!(
        number_issues(
            "It sits 45 miles (72 kilometers) southeast of the capital.",
            "Он находится в 72 километрах к юго-востоку от столицы.",
            "ru"
        )
        .is_empty()
    );
    // A wrong conversion is still found.
    assert!(
        !number_issues(
            "The 550 pound hog mauled the farmer.",
            "Свинья весом в 350 килограммов загрызла фермера.",
            "ru"
        )
        .is_empty()
    );
    // 12-hour times.
    assert!(
        number_issues(
            "No reports of irregularities by 1 p.m., and he came at 4.40 am.",
            "К 13:00 сообщений о нарушениях не было, а он пришёл в 4:40 утра.",
            "ru"
        )
        .is_empty()
    );
    assert!(!number_issues("By 1 p.m. it was over.", "К 14:00 всё закончилось.", "ru").is_empty());
    // Figures written as English words excuse digits in the translation, never the other
    // way round.
    assert!(
        number_issues(
            "He scored two goals in the seventh minute of a two-hour match.",
            "Он забил 2 гола на 7-й минуте двухчасового матча.",
            "ru"
        )
        .is_empty()
    );
    assert!(!number_issues("He scored two goals.", "Он забил 3 гола.", "ru").is_empty());
}

#[test]
fn months_are_read_in_their_forms_and_not_in_names() {
    assert!(number_issues(
        "In December 2017 he met Martin in June's summit, and again in mid-September and in May.",
        "2017-ci ilin dekabrında o, Martinlə iyunun sammitində, sentyabrın ortasında və mayda görüşüb.",
        "az"
    )
    .is_empty());
    // Мартин is a name, not March.
    assert!(number_issues("Martin came.", "Мартин пришёл.", "ru").is_empty());
    assert!(!number_issues("It happened in March.", "Это было в апреле.", "ru").is_empty());
}

#[test]
fn single_quotes_of_the_source_count_as_quotation_marks_and_names_keep_their_spelling() {
    let brackets = |source: &str, target: &str| {
        check_pair(source, target, ("en", "ru"))
            .into_iter()
            .any(|issue| issue.check == "brackets")
    };
    // A quotation opened in this sentence and closed in the next, in both languages.
    assert!(!brackets(
        "'It is a complete farce.",
        "«Это один сплошной фарс."
    ));
    // An apostrophe inside a word is not a quotation mark: the source pairs its quotes.
    assert!(brackets(
        "He didn't say 'never', he said.",
        "Он не сказал «никогда, — сказал он."
    ));
    let names = |source: &str, target: &str| {
        check_pair(source, target, ("en", "az"))
            .into_iter()
            .filter(|issue| issue.check == "names")
            .count()
    };
    // Kept as the source spells it, or spelt with f for v, or with u for w.
    assert_eq!(
        names(
            "He voted for Brexit in Leeds.",
            "O, Lidsdə Brexitə səs verib."
        ),
        0
    );
    assert_eq!(
        names(
            "The driver Vettel met Rowlett there.",
            "Sürücü Fettel orada Rouletlə görüşüb."
        ),
        0
    );
    assert_eq!(
        names(
            "The driver Vettel met Rowlett there.",
            "Sürücü orada görüşüb."
        ),
        1
    );
}

#[test]
fn a_doubling_the_source_has_is_not_reported() {
    let doubled = |source: &str, target: &str, languages| {
        check_pair(source, target, languages)
            .into_iter()
            .filter(|issue| issue.check == "doubled")
            .count()
    };
    assert_eq!(
        doubled(
            "Others were trapped at the Roa Roa Hotel.",
            "Другие оказались в ловушке в отеле Роа Роа.",
            ("en", "ru")
        ),
        0
    );
    assert_eq!(
        doubled(
            "Others were trapped at the Roa Roa Hotel.",
            "Другие оказались в в ловушке в отеле Роа.",
            ("en", "ru")
        ),
        1
    );
}

#[test]
fn months_are_read_in_the_text_s_own_language() {
    let numbers = |source: &str, target: &str, languages| {
        check_pair(source, target, languages)
            .into_iter()
            .filter(|issue| issue.check == "numbers")
            .collect::<Vec<_>>()
    };
    // Marta is a name in English, not Azerbaijani "mart" (March) with a case ending.
    assert_eq!(
        numbers(
            "A mother of two appeared on the catwalk for designer Marta Jakubowski.",
            "Мать двоих детей вышла на подиум у дизайнера Марты Якубовской.",
            ("en", "ru")
        ),
        []
    );
    // Azerbaijani İyun (capital dotted I) is June.
    assert_eq!(
        numbers(
            "Sessions said it in his June 11 announcement.",
            "Sessions bunu 11 İyun tarixli bəyanatında dedi.",
            ("en", "az")
        ),
        []
    );
    // İyul is July: June is missing and July added.
    let changed = numbers(
        "Sessions said it in his June 11 announcement.",
        "Sessions bunu 11 İyul tarixli bəyanatında dedi.",
        ("en", "az"),
    );
    assert!(
        changed
            .iter()
            .any(|issue| issue.message == "not in the translation: month 6"),
        "{changed:?}"
    );
}

#[test]
fn english_quotation_marks_inside_russian_ones_are_a_note() {
    let quotes = |target: &str| {
        check_pair("He said: \"We know 'it'.\"", target, ("en", "ru"))
            .into_iter()
            .filter(|issue| issue.check == "quotes")
            .map(|issue| issue.severity)
            .collect::<Vec<_>>()
    };
    assert_eq!(quotes("Он сказал: «Мы знаем „это“»."), []);
    assert_eq!(quotes("Он сказал: «Мы знаем “это”»."), [Severity::Info]);
    assert_eq!(quotes("Он сказал: “Мы знаем это”."), [Severity::Warning]);
    assert_eq!(
        quotes("Он сказал: «Мы знаем \"это\"»."),
        [Severity::Warning]
    );
}

#[test]
fn a_quoted_question_before_the_sentence_s_full_stop_is_still_a_question() {
    let punctuation = |source: &str, target: &str| {
        check_pair(source, target, ("en", "ru"))
            .into_iter()
            .filter(|issue| issue.check == "punctuation")
            .map(|issue| issue.severity)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        punctuation(
            "They say: \"How could you like him?\"",
            "Они спрашивают: «Как он может вам нравиться?»."
        ),
        []
    );
    assert_eq!(
        punctuation(
            "Why wouldn't I want to compete in that?\"",
            "Как могу я пропустить такое? \""
        ),
        []
    );
    assert_eq!(
        punctuation(
            "They say: \"How could you like him?\"",
            "Они говорят, что он им нравится."
        ),
        [Severity::Warning]
    );
    // An exclamation for a full stop is a detail.
    assert_eq!(
        punctuation(
            "They shouted: \"Long live Spain.\"",
            "Они кричали: «Да здравствует Испания!»."
        ),
        [Severity::Info]
    );
}

#[test]
fn a_check_the_project_switched_off_does_not_run() {
    let source = "Nakhchivan hosted Zelensky on 5 May.";
    let target = "Кошка приехала 6 мая.";
    let all = check_pair_with(source, target, ("en", "ru"), &PairContext::default());
    assert!(all.iter().any(|issue| issue.check == "names"));
    assert!(all.iter().any(|issue| issue.check == "numbers"));
    let mut settings = crate::model::QaSettings::default();
    settings.disabled_checks.insert("names".to_owned());
    let context = PairContext {
        settings: Some(&settings),
        ..PairContext::default()
    };
    let some = check_pair_with(source, target, ("en", "ru"), &context);
    assert!(!some.iter().any(|issue| issue.check == "names"));
    assert!(some.iter().any(|issue| issue.check == "numbers"));
}

#[test]
fn white_space_is_made_single_whatever_its_kind() {
    for (text, expected) in [
        ("Бакы  сегодня", "Бакы сегодня"),
        (" Bakı bu gün ", "Bakı bu gün"),
        ("one\ttwo\nthree", "one two three"),
        ("40\u{a0}000 man", "40 000 man"),
        ("already single", "already single"),
        ("", ""),
        ("   ", ""),
    ] {
        assert_eq!(super::normalised(text), expected, "{text:?}");
    }
}

#[test]
fn a_translation_is_the_source_again_whatever_its_spacing() {
    let source = "The meeting ended  at noon.";
    let issues = check_pair(source, "The meeting ended at\nnoon.", ("en", "ru"));
    assert!(ids(&issues).contains(&"identical"), "{issues:?}");
    let issues = check_pair("Two words.", "Two words.", ("en", "ru"));
    assert!(!ids(&issues).contains(&"identical"), "{issues:?}");
}

#[test]
fn a_letter_of_the_other_alphabet_inside_a_word_is_found() {
    // Москвa with a Latin a; Bakı with a Cyrillic а; a Latin e and o in a Russian word.
    for (languages, target, word) in [
        (("en", "ru"), "Мэр Москвa выступил в среду.", "Москвa"),
        (("en", "az"), "Bаkı meri çərşənbə günü çıxış edib.", "Bаkı"),
        (("en", "ru"), "Мэр выступил в срeдy вечером.", "срeдy"),
    ] {
        let issues = check_pair("The mayor of Moscow spoke on Wednesday.", target, languages);
        let mixed: Vec<_> = issues
            .iter()
            .filter_map(|issue| match &issue.text {
                crate::qa::text::FindingText::MixedScript(words) => Some(words.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(mixed, [vec![word.to_owned()]], "{target}");
        assert!(issues.iter().any(|issue| issue.check == "script"));
    }
    // Words of one alphabet each, joined by a hyphen or a digit, and a mixed word the
    // source has too, are no slip.
    for (source, target) in [
        ("He bought an iPhone.", "Он купил iPhone-ы и Wi-Fi-роутер."),
        ("The COVID-19 wave.", "Волна COVID-19."),
        ("The brand ЛУКOIL grew.", "Бренд ЛУКOIL вырос."),
    ] {
        let issues = check_pair(source, target, ("en", "ru"));
        assert!(
            !issues
                .iter()
                .any(|issue| matches!(issue.text, crate::qa::text::FindingText::MixedScript(_))),
            "{target}: {issues:?}"
        );
    }
}
