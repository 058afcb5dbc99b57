//! Cases met in real published translations where a check used to report what was not an
//! error (a nested quotation closed once, Russian number words, a person called Marta)
//! next to the errors it must still find.

use super::*;

fn findings(source: &str, target: &str, target_language: &str, check: &str) -> Vec<Issue> {
    check_pair(source, target, ("en", target_language))
        .into_iter()
        .filter(|issue| issue.check == check)
        .collect()
}

#[test]
fn a_nested_russian_quotation_closed_once_is_paired() {
    let brackets = |target: &str| findings("\"I said 'no,'\" he said.", target, "ru", "brackets");
    // «… «…», — the inner and the outer quotation end together with one mark.
    assert!(brackets("«Я не мог сказать ему «Пап, ты не сможешь», — рассказывает он.").is_empty());
    // An opening mark never closed, or closed twice, is still unpaired; so is an outer
    // quotation the sentence runs on after (found by a tester).
    for unpaired in [
        "«Если бы он был ответственным, — сказал он.",
        "«Компания «Газпром» объявила о росте цен, — сказал он.",
        "«Он сказал: «Нет» и ушёл». Потом «вернулся.",
        "««Сверхдержавы» вышли в сентябре.",
    ] {
        assert_eq!(brackets(unpaired).len(), 1, "{unpaired}");
    }
    assert_eq!(brackets("«Он сказал «нет»», а потом «да».").len(), 0);
    assert_eq!(brackets("Он сказал «нет», а потом ушёл».").len(), 1);
}

#[test]
fn a_question_kept_inside_the_sentence_is_not_lost() {
    let severities = |source: &str, target: &str| {
        findings(source, target, "az", "punctuation")
            .into_iter()
            .map(|issue| issue.severity)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        severities(
            "I called him and said, 'Did you do it?'",
            "Mən ona zəng edib, “Bunu həqiqətən də etdinmi?” dedim."
        ),
        [Severity::Info]
    );
    // A headline made a question is a detail; a question turned into a statement is not.
    assert_eq!(
        severities(
            "Why Trump Will Win a Second Term",
            "Nə üçün Tramp ikinci müddətdə qalib gələcək?"
        ),
        [Severity::Info]
    );
    assert_eq!(
        severities(
            "Can he return the club to the league?",
            "O, klubu liqaya qaytaracaq."
        ),
        [Severity::Warning]
    );
    // A quoted question does not stand for the sentence's own.
    assert_eq!(
        severities(
            "He asked: “Why?” Will the mayor resign?",
            "O soruşdu: “Niyə?” Mer istefa verəcək."
        ),
        [Severity::Warning]
    );
}

#[test]
fn figures_written_as_words_codes_and_names_like_months() {
    let numbers = |source: &str, target: &str, language: &str| {
        findings(source, target, language, "numbers")
            .into_iter()
            .map(|issue| issue.message)
            .collect::<Vec<_>>()
    };
    // Russian number words in any case, "свыше тысячи", "сутки" for 24 hours.
    assert!(
        numbers(
            "\"It will be more than one and less than 48,\" said Walton.",
            "«Больше одной и меньше сорока восьми», — ответил Уолтон.",
            "ru"
        )
        .is_empty()
    );
    assert!(
        numbers(
            "More than 1,000 people were killed over 24 hours.",
            "За сутки погибли свыше тысячи человек.",
            "ru"
        )
        .is_empty()
    );
    assert!(
        !numbers(
            "More than 1,000 people were killed.",
            "Погибли сотни человек.",
            "ru"
        )
        .is_empty()
    );
    // "a week" may be written "1 həftə"; "No.1" is 1.
    assert!(
        numbers(
            "They knew each other for a week.",
            "Onlar cəmi 1 həftə tanış idilər.",
            "az"
        )
        .is_empty()
    );
    assert!(
        numbers(
            "China aims to be No.1 in AI by 2030.",
            "Çin 2030-cu ilədək Sİ sahəsində 1 nömrə olmağı planlaşdırır.",
            "az"
        )
        .is_empty()
    );
    // A code's number changed is found; the code in other letters is the same code.
    assert_eq!(
        numbers(
            "A protein called HER2 drives it.",
            "Белок HER3 стимулирует его.",
            "ru"
        ),
        [
            "not in the translation: HER2",
            "in the translation but not the source: HER3"
        ]
    );
    assert!(numbers("The Su-27 flew.", "Су-27 пролетел.", "ru").is_empty());
    assert!(numbers("Flight PS752 crashed.", "Рейс PS 752 разбился.", "ru").is_empty());
    // Codes in any case, in any script, and their letters (found by a tester).
    for (source, target, language) in [
        ("The Su-27 jets flew.", "Самолёты Су-25 пролетели.", "ru"),
        ("A Tu-154 crashed.", "Tu-134 qəzaya uğradı.", "az"),
        ("A MiG-29 flew.", "МиГ-31 пролетел.", "ru"),
        ("The F-16 jets flew.", "Самолёты B-16 пролетели.", "ru"),
        ("The Su-27 jets flew.", "Самолёты пролетели.", "ru"),
    ] {
        assert!(!numbers(source, target, language).is_empty(), "{target}");
    }
    // сутки are 24 hours only where the source says so; a number word that only ends the
    // translation's number excuses nothing; a surname is no number.
    for (source, target) in [
        (
            "24 people died in one day.",
            "За сутки погибли десятки человек.",
        ),
        ("500 people came.", "Пришли сорок тысяч пятьсот человек."),
        ("40 people came.", "Пришла Сорока."),
    ] {
        assert!(!numbers(source, target, "ru").is_empty(), "{target}");
    }
    for (source, target) in [
        (
            "Two people came. 20 more followed.",
            "İki nəfər gəlib. İyirmi nəfər də gəlib.",
        ),
        ("200 people came.", "İki yüz nəfər gəlib."),
        // A month at a sentence's start is a month.
        (
            "February was the coldest month.",
            "Fevral Azərbaycanda ən soyuq ay olub.",
        ),
    ] {
        assert!(numbers(source, target, "az").is_empty(), "{target}");
    }
    // Marta Yakubovskiy is a person; 29 марта Великобритания is a date.
    assert!(
        numbers(
            "A mother appeared for designer Marta Jakubowski.",
            "Ana dizayner Marta Yakubovskiy üçün podiuma çıxdı.",
            "az"
        )
        .is_empty()
    );
    assert!(
        numbers(
            "If the UK leaves on 29 March, there could be delays.",
            "Если 29 марта Великобритания выйдет, возможны задержки.",
            "ru"
        )
        .is_empty()
    );
    assert!(
        !numbers(
            "If the UK leaves on 29 March, there could be delays.",
            "Если 29 апреля Великобритания выйдет, возможны задержки.",
            "ru"
        )
        .is_empty()
    );
}

#[test]
fn names_glued_to_punctuation_and_read_with_eu_are_found() {
    let names =
        |source: &str, target: &str, language: &str| findings(source, target, language, "names");
    assert!(
        names(
            "He said it was concerning that Toyota UK told the BBC about it.",
            "O dedi: \"Bu,Toyota İngiltərənin BBC-yə dediyi ilə bağlıdır\".",
            "az"
        )
        .is_empty()
    );
    assert!(
        names(
            "Politicians had to feel the heat from Eurosceptics, he said.",
            "Он сказал, что политики должны чувствовать накал евроскептиков.",
            "ru"
        )
        .is_empty()
    );
    assert!(
        names(
            "While shelters have been built in Aceh, they are rare elsewhere.",
            "Açex əyalətində sığınacaqlar tikilsə də, başqa yerlərdə azdır.",
            "az"
        )
        .is_empty()
    );
    // A name that really went is still missed.
    assert_eq!(
        names(
            "Shelters were built in Aceh and Sumatra, officials said.",
            "Məmurlar bildirib ki, Sumatrada sığınacaqlar tikilib.",
            "az"
        )
        .len(),
        1
    );
}

#[test]
fn an_azerbaijani_title_word_is_no_stand_in_for_a_dropped_name() {
    // Şimali (North) translates a word of the name; it cannot be what Moon became.
    let issues = findings(
        "Kim met Moon in North Korea on Tuesday.",
        "Kim çərşənbə axşamı Şimali Koreyada görüşdü.",
        "az",
        "names",
    );
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert!(issues[0].message.contains("Moon"), "{issues:?}");
}
