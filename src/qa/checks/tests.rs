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
fn english_dictionary() -> crate::spell::Speller {
    let dic = "9\ncenter\ndisaster\nprevention\ngames\ntom\nsaid\nthe\nsecretary\nGraham\n";
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

/// What the article of [`OSCE_PAIRS`](crate::qa::tests::OSCE_PAIRS) teaches.
fn china_table() -> crate::qa::name_table::NameTable {
    crate::qa::name_table::NameTable::learn(crate::qa::tests::OSCE_PAIRS, ("en", "ru"))
}

#[test]
fn a_project_learns_names_no_transliteration_finds() {
    let table = china_table();
    // The case ending seen is left off, so that every form is recognised.
    assert_eq!(table.counterpart("China"), Some("кит"));
    assert_eq!(table.counterpart("OSCE"), Some("обс"));
    let context = PairContext {
        names: Some(&table),
        ..PairContext::default()
    };
    let names_of = |source: &str, target: &str| -> Vec<Issue> {
        check_pair_with(source, target, ("en", "ru"), &context)
            .into_iter()
            .filter(|issue| issue.check == "names")
            .collect()
    };
    // The OSCE dropped: an acronym, which alone says nothing (its translation could be
    // anything), but this project writes it ОБСЕ.
    let dropped = names_of(
        "Officials in China met OSCE in Yunnan.",
        "Власти Китая встретились с миссией в Юньнани.",
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert!(dropped[0].message.contains("OSCE"), "{dropped:?}");
    // Kept, in any case form.
    assert_eq!(
        names_of(
            "Officials in China met OSCE in Yunnan.",
            "Власти Китая встретились с ОБСЕ в Юньнани.",
        ),
        []
    );
    // Without what the project taught, an acronym is not known to be missing.
    assert_eq!(
        check_pair(
            "Officials in China met OSCE in Yunnan.",
            "Власти Китая встретились с миссией в Юньнани.",
            ("en", "ru"),
        )
        .into_iter()
        .filter(|issue| issue.check == "names")
        .count(),
        0
    );
}

#[test]
fn a_name_seen_once_or_a_common_capitalised_word_is_not_learned() {
    let table = crate::qa::name_table::NameTable::learn(
        [
            ("Tom Daley won in London.", "Том Дейли победил в Лондоне."),
            ("The Games ended.", "Игры закончились."),
            ("Then the Games began.", "Потом начались Игры."),
        ],
        ("en", "ru"),
    );
    // London is in one pair only; "The" begins sentences and says nothing.
    assert_eq!(table.counterpart("London"), None);
    assert_eq!(table.counterpart("The"), None);
    assert_eq!(table.counterpart("Games"), Some("игр"));
}

#[test]
fn a_short_name_is_found_only_in_a_capitalised_word() {
    // Daley's key (DL) is also the key of "дало": only a capitalised word can spell it.
    let english = english_dictionary();
    let context = PairContext {
        source_dictionary: Some(&english),
        ..PairContext::default()
    };
    let issues = check_pair_with(
        "Olympic diver Tom Daley says that gave him the motivation.",
        "Олимпийский прыгун Том говорит, что это дало ему мотивацию.",
        ("en", "ru"),
        &context,
    );
    assert!(
        issues
            .iter()
            .any(|issue| issue.check == "names" && issue.message.contains("Daley")),
        "{issues:?}"
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

fn names_found(source: &str, target: &str, languages: (&str, &str)) -> Vec<Issue> {
    check_pair(source, target, languages)
        .into_iter()
        .filter(|issue| issue.check == "names")
        .collect()
}

#[test]
fn english_names_are_read_the_ways_translations_spell_them() {
    for (source, target, languages) in [
        // ch as k, s as z, a silent final h.
        (
            "The report reached Michael Sanford and Theresa May through Sarah Palin.",
            "Доклад дошёл до Майкла Сэнфорда и Терезы Мэй через Сару Пэйлин.",
            ("en", "ru"),
        ),
        // w as v, x as h.
        (
            "Officials in Washington and Texas met on Monday.",
            "Чиновники в Вашингтоне и Техасе встретились в понедельник.",
            ("en", "ru"),
        ),
        // sc as ş, g as q, a compound of two names.
        (
            "Voters in Scotland and Oregon watched the Kim-Trump summit.",
            "Şotlandiya və Oreqon seçiciləri Kim-Tramp sammitini izlədi.",
            ("en", "az"),
        ),
    ] {
        assert_eq!(names_found(source, target, languages), [], "{target}");
    }
    // Each reading only adds ways to find a name: a dropped one is still missing.
    let dropped = names_found(
        "The report reached Michael Sanford and Theresa May.",
        "Доклад дошёл до Майкла и Терезы Мэй.",
        ("en", "ru"),
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert!(dropped[0].message.contains("Sanford"), "{dropped:?}");
}

#[test]
fn a_name_the_project_always_writes_one_way_is_missing_whatever_else_is_there() {
    let table = crate::qa::name_table::NameTable::learn(
        [
            (
                "Tellis said he was at home.",
                "Теллис сказал, что был дома.",
            ),
            (
                "Tellis met Rowlett in Jackson.",
                "Теллис встретил Роулетта в Джексоне.",
            ),
            ("The jury heard Tellis.", "Присяжные выслушали Теллиса."),
        ],
        ("en", "ru"),
    );
    assert_eq!(table.counterpart("Tellis"), Some("теллис"));
    let context = PairContext {
        names: Some(&table),
        ..PairContext::default()
    };
    // The translation has another capitalised word (Миссисипи) that is in no way
    // Tellis: alone, that would leave the doubt; with what the project knows, none.
    let issues = check_pair_with(
        "Tellis was with Chambers in Mississippi that evening.",
        "Тем вечером он был с Чемберс в Миссисипи.",
        ("en", "ru"),
        &context,
    );
    assert!(
        issues
            .iter()
            .any(|issue| issue.check == "names" && issue.message.contains("Tellis")),
        "{issues:?}"
    );
}

#[test]
fn dotted_acronyms_and_their_plain_spelling_are_one_name() {
    let table = crate::qa::name_table::NameTable::learn(
        [
            ("The U.S. should act.", "США должны действовать."),
            ("The US spends more.", "США тратят больше."),
            ("Lee said the U.S. leads.", "Ли сказал, что США лидируют."),
        ],
        ("en", "ru"),
    );
    assert_eq!(table.counterpart("U.S"), Some("сша"));
    assert_eq!(table.counterpart("US"), Some("сша"));
}

#[test]
fn names_every_translation_writes_its_own_way_are_known_without_learning() {
    // China is Китай in any case form; its absence is certain even with another
    // capitalised word there.
    assert_eq!(
        names_found(
            "Officials in China met in Yunnan.",
            "Чиновники Китая встретились в Юньнани.",
            ("en", "ru")
        ),
        []
    );
    let dropped = names_found(
        "Officials in China met in Yunnan.",
        "Чиновники встретились в Пекине.",
        ("en", "ru"),
    );
    assert!(
        dropped.iter().any(|issue| issue.message.contains("China")),
        "{dropped:?}"
    );
    // An acronym is one in capitals only, and its short stem is a whole word or stands
    // before a hyphen: ABŞ-ın is the US, "Un" of Kim Jong Un is not the UN.
    assert_eq!(
        names_found(
            "The U.S. sanctions stay, the UN said.",
            "ABŞ-ın sanksiyaları qalır, BMT bildirib.",
            ("en", "az")
        ),
        []
    );
    assert_eq!(
        names_found(
            "Kim Jong Un met Trump.",
            "Ким Чен Ын встретился с Трампом.",
            ("en", "ru")
        ),
        []
    );
    let dropped = names_found(
        "The EU sanctions stay.",
        "Если санкции останутся.",
        ("en", "ru"),
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
}

#[test]
fn a_name_written_fewer_times_than_the_source_has_it_is_reported() {
    let issues = names_found(
        "He was with his friend Michael Sanford, police went to talk to Sanford.",
        "Он был со своим другом Майклом, полиция допросила Сэнфорда.",
        ("en", "ru"),
    );
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert!(
        issues[0]
            .message
            .contains("Sanford (2 times in the source, 1 here)"),
        "{issues:?}"
    );
    assert_eq!(
        names_found(
            "He was with his friend Michael Sanford, police went to talk to Sanford.",
            "Он был со своим другом Майклом Сэнфордом, полиция допросила Сэнфорда.",
            ("en", "ru"),
        ),
        []
    );
}

#[test]
fn a_capitalised_word_the_project_writes_in_lower_case_cannot_stand_for_a_lost_name() {
    let table = crate::qa::name_table::NameTable::learn(
        [("The senator spoke.", "Сенатор выступил, а сенатор молчал.")],
        ("en", "ru"),
    );
    assert!(table.common_word("Сенатор"));
    assert!(!table.common_word("Уоррен"));
    let context = PairContext {
        names: Some(&table),
        ..PairContext::default()
    };
    // Alone, "Сенатор" could be Elizabeth's translation; the project says it is a word.
    let source = "Yesterday senator Elizabeth Warren said she would run.";
    let target = "Вчера Сенатор Уоррен сказала, что будет баллотироваться.";
    assert_eq!(names_found(source, target, ("en", "ru")), []);
    let with = check_pair_with(source, target, ("en", "ru"), &context);
    assert!(
        with.iter()
            .any(|issue| issue.check == "names" && issue.message.contains("Elizabeth")),
        "{with:?}"
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
fn a_word_the_sources_write_in_lower_case_is_never_learned_as_a_name() {
    let table = crate::qa::name_table::NameTable::learn(
        [
            (
                "Artists like The Fugees sang.",
                "Артисты вроде The Fugees пели.",
            ),
            ("The Fugees are back.", "The Fugees вернулись."),
            ("He saw the band.", "Он видел группу The Fugees."),
        ],
        ("en", "ru"),
    );
    assert_eq!(table.counterpart("The"), None);
    assert_eq!(table.counterpart("Fugees"), Some("fugees"));
    // A final h after a vowel is silent: Eilidh is Эйлид.
    assert_eq!(
        names_found(
            "The board elected Eilidh Doyle.",
            "Совет избрал Эйлид Дойл.",
            ("en", "ru")
        ),
        []
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
fn hostile_spellings_of_names_are_read_as_what_they_are() {
    // A name in capitals is still the known name; Azerbaijani İ is a plain i; decomposed
    // letters are composed; A.B.Ş. is ABŞ.
    for (source, target, languages) in [
        ("Then CHINA spoke.", "Затем Китай заговорил.", ("en", "ru")),
        (
            "Officials in Beijing agreed.",
            "PEKİN RƏSMİLƏRİ RAZILAŞDI.",
            ("en", "az"),
        ),
        (
            "Then the US and China spoke.",
            "Sonra ABS\u{327} və Çin danışdı.",
            ("en", "az"),
        ),
        (
            "Then the US and China spoke.",
            "Sonra A.B.Ş. və Çin danışdı.",
            ("en", "az"),
        ),
    ] {
        assert_eq!(names_found(source, target, languages), [], "{target}");
    }
    // A Latin-script translation counts each of its words once, though it reads them two
    // ways.
    let fewer = names_found(
        "Then Sanford met Sanford.",
        "Sonra Sanford gəldi.",
        ("en", "az"),
    );
    assert_eq!(fewer.len(), 1, "{fewer:?}");
    assert!(
        fewer[0].message.contains("(2 times in the source, 1 here)"),
        "{fewer:?}"
    );
    // An acronym written with dots is shown with them.
    let dropped = names_found(
        "The U.S. envoy met the press.",
        "Посланник встретился с прессой.",
        ("en", "ru"),
    );
    assert!(
        dropped.iter().any(|issue| issue.message.contains("U.S.")),
        "{dropped:?}"
    );
}

#[test]
fn what_is_learned_skips_sentence_openers_single_letters_and_endless_words() {
    let long_word = format!("Ж{}", "а".repeat(20_000));
    let table = crate::qa::name_table::NameTable::learn(
        [
            (
                "After the vote, China's economy grew.",
                "После голосования китайская экономика выросла.",
            ),
            (
                "After the talks, China's exports rose.",
                "После переговоров китайский экспорт вырос.",
            ),
            (
                "After that, China's banks lent more.",
                "После этого китайские банки дали больше.",
            ),
            (
                "Then they met after lunch.",
                "Затем они встретились после обеда.",
            ),
            ("Then I said Z and Z.", "Затем я сказал Z и Z."),
            ("Then Zorro came.", &format!("Затем {long_word} пришёл.")),
            ("Then Zorro left.", &format!("Затем {long_word} ушёл.")),
        ],
        ("en", "ru"),
    );
    // После opens sentences and is written in lower case too: no name's translation.
    assert_eq!(table.counterpart("China"), None);
    assert_eq!(table.counterpart("Z"), None);
    // Prefixes of an endless word are not even looked at.
    assert!(
        table
            .counterpart("Zorro")
            .is_none_or(|stem| !stem.starts_with("жа")),
        "{table:?}"
    );
}
