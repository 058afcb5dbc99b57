use super::*;
use crate::qa::checks::tests::english_dictionary;

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

/// The names findings of a pair, without a dictionary or a project.
pub(super) fn names_found(source: &str, target: &str, languages: (&str, &str)) -> Vec<Issue> {
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
        [("The teacher spoke.", "Учитель выступил, а учитель молчал.")],
        ("en", "ru"),
    );
    assert!(table.common_word("Учитель"));
    assert!(!table.common_word("Уоррен"));
    let context = PairContext {
        names: Some(&table),
        ..PairContext::default()
    };
    // Alone, "Учитель" could be Elizabeth's translation; the project says it is a word.
    let source = "Yesterday teacher Elizabeth Warren said she would run.";
    let target = "Вчера Учитель Уоррен сказала, что будет баллотироваться.";
    assert_eq!(names_found(source, target, ("en", "ru")), []);
    let with = check_pair_with(source, target, ("en", "ru"), &context);
    assert!(
        with.iter()
            .any(|issue| issue.check == "names" && issue.message.contains("Elizabeth")),
        "{with:?}"
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

#[test]
fn a_word_spelling_a_source_word_cannot_stand_for_a_lost_name() {
    // "Clark" read as Azerbaijani spells nothing like Clark (c is дж); read as English it
    // is the source's Clark, so it is not left for the lost Greg.
    let dropped = names_found(
        "The UK would regret it, minister Greg Clark has said.",
        "İngiltərə peşman olacaq, nazir Clark dedi.",
        ("en", "az"),
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert!(dropped[0].message.contains("Greg"), "{dropped:?}");
    // A source word opening a sentence is one too: Gendon is not spare.
    let dropped = names_found(
        "Gendon sent WhatsApp messages to the competition.",
        "Cənab Qendon yarışa mesajlar göndərdi.",
        ("en", "az"),
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert!(dropped[0].message.contains("WhatsApp"), "{dropped:?}");
    // Both kept: nothing to report.
    assert_eq!(
        names_found(
            "The UK would regret it, minister Greg Clark has said.",
            "İngiltərə peşman olacaq, nazir Greg Clark dedi.",
            ("en", "az"),
        ),
        []
    );
}

#[test]
fn a_title_cut_short_is_no_name() {
    for (source, target, languages) in [
        (
            "The driver was preparing to deliver money, Det. Dennis McCarthy wrote.",
            "Sürücü pul gətirməyə hazırlaşırdı, detektiv Dennis McCarthy yazıb.",
            ("en", "az"),
        ),
        (
            "Sen. Elizabeth Warren says she will take a hard look.",
            "Сенатор Элизабет Уоррен говорит, что подумает.",
            ("en", "ru"),
        ),
    ] {
        assert_eq!(names_found(source, target, languages), [], "{target}");
    }
    // The name after it is still a name.
    let dropped = names_found(
        "Sen. Elizabeth Warren says she will take a hard look.",
        "Сенатор Уоррен говорит, что подумает.",
        ("en", "ru"),
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert!(dropped[0].message.contains("Elizabeth"), "{dropped:?}");
}

#[test]
fn peoples_of_known_countries_are_known_and_each_known_acronym_is_counted() {
    // "Korean" is written Koreya (Cənubi Koreya vətəndaşlığı): dropped, it is missing.
    let dropped = names_found(
        "Defectors are offered South Korean citizenship.",
        "Qaçqınlara Cənubi vətəndaşlığı verilir.",
        ("en", "az"),
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert!(dropped[0].message.contains("Korean"), "{dropped:?}");
    for (target, languages) in [
        (
            "Qaçqınlara Cənubi Koreya vətəndaşlığı verilir.",
            ("en", "az"),
        ),
        ("Перебежчикам дают южнокорейское гражданство.", ("en", "ru")),
    ] {
        assert_eq!(
            names_found(
                "Defectors are offered South Korean citizenship.",
                target,
                languages
            ),
            [],
            "{target}"
        );
    }
    // The U.S. twice, ABŞ once.
    let fewer = names_found(
        "Parts of the U.S. government made announcements, even as the U.S. lacks a strategy.",
        "ABŞ hökumətinin hissələri açıqlama verib, baxmayaraq ki, strategiya yoxdur.",
        ("en", "az"),
    );
    assert_eq!(fewer.len(), 1, "{fewer:?}");
    assert!(fewer[0].message.contains("2 times"), "{fewer:?}");
}

#[test]
fn hyphenated_and_silent_h_names_are_read_as_translations_write_them() {
    for (source, target, languages) in [
        (
            "Foreign Minister Ri Yong-ho blamed sanctions.",
            "Министр иностранных дел Ри Юн Хо обвинил санкции.",
            ("en", "ru"),
        ),
        (
            "He met Kim Jong-un in Singapore.",
            "O, Sinqapurda Kim Con In ilə görüşdü.",
            ("en", "az"),
        ),
        (
            "He runs against Geoff Diehl.",
            "O, Ceff Dilə qarşı namizəddir.",
            ("en", "az"),
        ),
    ] {
        assert_eq!(names_found(source, target, languages), [], "{target}");
    }
}

#[test]
fn a_capitalised_word_the_word_list_has_seen_in_lower_case_cannot_stand_for_a_lost_name() {
    // "Marafonunda" (at the marathon) could stand for the lost Atlanta, unless the
    // language's words say it is a common word.
    let source = "He won at the 1996 Marathon in Atlanta.";
    let target = "O, 1996-cı il Marafonunda qalib gəlib.";
    let english = english_dictionary();
    let without = PairContext {
        source_dictionary: Some(&english),
        ..PairContext::default()
    };
    assert!(
        !check_pair_with(source, target, ("en", "az"), &without)
            .iter()
            .any(|issue| issue.check == "names")
    );
    let words = crate::spell::Speller::from_words("az", [("marafonda", 5), ("qalib", 5)]);
    let context = PairContext {
        source_dictionary: Some(&english),
        target_dictionary: Some(&words),
        ..PairContext::default()
    };
    let with = check_pair_with(source, target, ("en", "az"), &context);
    assert!(
        with.iter()
            .any(|issue| issue.check == "names" && issue.message.contains("Atlanta")),
        "{with:?}"
    );
}

#[test]
fn a_common_word_dropped_from_inside_a_name_kept_as_written_is_missing() {
    let english = crate::spell::Speller::from_dictionary(
        "en",
        &crate::io::dictionaries::DictionaryText {
            aff: "SET UTF-8\n".to_owned(),
            dic: "6\nisland\ndesert\nconsortium\nweb\nwide\nworld\n".to_owned(),
        },
    )
    .unwrap();
    let context = PairContext {
        source_dictionary: Some(&english),
        ..PairContext::default()
    };
    let names_of = |source: &str, target: &str, languages: (&str, &str)| -> Vec<Issue> {
        check_pair_with(source, target, languages, &context)
            .into_iter()
            .filter(|issue| issue.check == "names")
            .collect()
    };
    let source = "Desert Island Discs is on BBC Radio 4 on Sunday.";
    let dropped = names_of(
        source,
        "Desert Discs bazar günü BBC Radio 4-dədir.",
        ("en", "az"),
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert!(dropped[0].message.contains("Island"), "{dropped:?}");
    assert_eq!(
        names_of(
            source,
            "Desert Island Discs bazar günü BBC Radio 4-dədir.",
            ("en", "az")
        ),
        []
    );
    // A word after the kept ones is often the kind of body, translated.
    assert_eq!(
        names_of(
            "In 1994 he founded the World Wide Web Consortium in Boston.",
            "В 1994 году он создал консорциум World Wide Web в Бостоне.",
            ("en", "ru"),
        ),
        []
    );
}
