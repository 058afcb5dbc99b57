//! The names check against names every translation writes its own way (institutions,
//! parties, broadcasters, places), names beginning with a title's letters, and case endings.

use super::names_tests::names_found;

#[test]
fn a_name_written_again_as_an_adjective_in_lower_case_is_counted() {
    // Newport … Newport: Ньюпорт … ньюпортской полиции.
    assert_eq!(
        names_found(
            "Thieves stole money at Newport on the Levee, a release from the Newport Police Department says.",
            "Воры похитили деньги в городе Ньюпорт-он-Ливи, говорится в пресс-релизе ньюпортской полиции.",
            ("en", "ru"),
        ),
        []
    );
    let issues = names_found(
        "Thieves stole money at Newport on the Levee, a release from the Newport Police Department says.",
        "Воры похитили деньги в городе Ньюпорт-он-Ливи, говорится в пресс-релизе полиции.",
        ("en", "ru"),
    );
    assert_eq!(issues.len(), 1, "{issues:?}");
}

#[test]
fn a_direction_or_new_begins_a_name_and_an_institution_cannot_stand_for_a_lost_name() {
    // Northampton, Newport and Westminster are names; North, New and West alone are not.
    for (place, translated) in [
        ("Northampton", "Нортгемптон"),
        ("Mayorga", "Майорга"),
        ("Courtney", "Кортни"),
        ("Newport", "Ньюпорт"),
        ("Westminster", "Вестминстер"),
    ] {
        let source = format!("The mayor of {place} spoke on Monday.");
        assert_eq!(
            names_found(
                &source,
                &format!("Мэр города {translated} говорил в понедельник."),
                ("en", "ru")
            ),
            []
        );
        let dropped = names_found(&source, "Мэр говорил в понедельник.", ("en", "ru"));
        assert_eq!(dropped.len(), 1, "{place}: {dropped:?}");
    }
    // Senatı translates Sen., so it is no word Elizabeth may have become.
    let dropped = names_found(
        "U.S. Sen. Elizabeth Warren says she will run.",
        "ABŞ Senatı Uorren namizəd olacağını deyir.",
        ("en", "az"),
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert!(dropped[0].message.contains("Elizabeth"), "{dropped:?}");
}

#[test]
fn a_known_name_of_another_place_cannot_stand_for_a_lost_one() {
    let dropped = names_found(
        "Ri Yong-ho met the press in Pyongyang.",
        "Ри Ён Хо встретился с прессой в Москве.",
        ("en", "ru"),
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert!(dropped[0].message.contains("Pyongyang"), "{dropped:?}");
    // A compound made with a known name writes it (Netherlands-based: в Нидерландах).
    assert_eq!(
        names_found(
            "The Netherlands-based UN body has no power to award territory.",
            "Находящийся в Нидерландах орган ООН не имеет полномочий распоряжаться территорией.",
            ("en", "ru"),
        ),
        []
    );
}

#[test]
fn a_short_name_with_an_azerbaijani_case_ending_is_found_in_any_case() {
    for target in [
        "Mer oyunların Bakıda və Gəncədə keçiriləcəyini dedi.",
        "MER OYUNLARIN BAKIDA VƏ GƏNCƏDƏ KEÇİRİLƏCƏYİNİ DEDİ.",
    ] {
        assert_eq!(
            names_found(
                "The mayor said the games will be held in Baku and Ganja.",
                target,
                ("en", "az")
            ),
            [],
            "{target}"
        );
    }
    let dropped = names_found(
        "The mayor said the games will be held in Baku and Ganja.",
        "Mer oyunların keçiriləcəyini dedi.",
        ("en", "az"),
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert!(dropped[0].message.contains("Baku"), "{dropped:?}");
}

#[test]
fn a_word_of_an_institution_is_looked_for_as_translations_write_it() {
    // Supreme Court: Ali Məhkəmə, Верховный суд; Security Council: Təhlükəsizlik Şurası.
    assert_eq!(
        names_found(
            "The nominee for the Supreme Court spoke to the Security Council.",
            "Ali Məhkəməyə namizəd Təhlükəsizlik Şurasında çıxış edib.",
            ("en", "az")
        ),
        []
    );
    let dropped = names_found(
        "The nominee for the Supreme Court spoke to the Security Council.",
        "Ali namizəd Təhlükəsizlik Şurasında çıxış edib.",
        ("en", "az"),
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert!(dropped[0].message.contains("Court"), "{dropped:?}");
    // A word of a compound counts, and a long stem inside a longer word.
    assert_eq!(
        names_found(
            "He wants the club back in the Premier League, he told the UN General Assembly.",
            "Он хочет вернуть клуб в Премьер-лигу, сказал он Генассамблее ООН.",
            ("en", "ru")
        ),
        []
    );
    // At a sentence's start a title's capital says nothing.
    assert_eq!(
        names_found(
            "Security camera footage showed him.",
            "Видео с камер наблюдения показало его.",
            ("en", "ru")
        ),
        []
    );
}

#[test]
fn a_broadcaster_known_by_letters_is_looked_for_as_translations_keep_it() {
    let source = "Lee told CNBC and the BBC in an interview this week.";
    assert_eq!(
        names_found(
            source,
            "Li bu həftə CNBC və BBC-yə verdiyi müsahibədə bildirib.",
            ("en", "az")
        ),
        []
    );
    assert_eq!(
        names_found(
            source,
            "Ли сообщил CNBC и Би-би-си в интервью на этой неделе.",
            ("en", "ru")
        ),
        []
    );
    let dropped = names_found(
        source,
        "Li bu həftə BBC-yə verdiyi müsahibədə bildirib.",
        ("en", "az"),
    );
    assert_eq!(dropped.len(), 1, "{dropped:?}");
    assert!(dropped[0].message.contains("CNBC"), "{dropped:?}");
}

#[test]
fn a_name_opening_the_translation_with_a_case_ending_is_found() {
    for target in [
        "İranda danışıqlar uğursuz olub.",
        "Danışıqlar İranda uğursuz olub.",
    ] {
        assert_eq!(
            names_found("The talks in Iran failed.", target, ("en", "az")),
            [],
            "{target}"
        );
    }
}

#[test]
fn an_institution_word_is_matched_as_a_whole_word_and_not_at_a_sentence_start() {
    // Court is суд, not судно; a capital at a sentence's start says nothing of Labour.
    assert_eq!(
        names_found(
            "The Court arrested the ship on Monday.",
            "В понедельник судно было арестовано.",
            ("en", "ru")
        )
        .len(),
        1
    );
    assert_eq!(
        names_found(
            "The Court arrested the ship on Monday.",
            "В понедельник суд арестовал судно.",
            ("en", "ru")
        ),
        []
    );
    assert_eq!(
        names_found(
            "Labour costs rose sharply last year.",
            "Затраты на рабочую силу резко выросли в прошлом году.",
            ("en", "ru")
        ),
        []
    );
}

#[test]
fn a_broadcaster_written_out_in_letters_of_the_translation_counts_each_time() {
    assert_eq!(
        names_found(
            "The BBC said so. Later the BBC denied it.",
            "Би-би-си так сказала. Позже Би-би-си это опровергла.",
            ("en", "ru")
        ),
        []
    );
    let fewer = names_found(
        "The BBC said so. Later the BBC denied it.",
        "Би-би-си так сказала. Позже это опровергли.",
        ("en", "ru"),
    );
    assert_eq!(fewer.len(), 1, "{fewer:?}");
}

#[test]
fn places_whose_names_their_consonants_do_not_give_are_known() {
    // Athens: Afina, Афины; Cairo: Qahirə, Каир; Vienna: венский; Norway: Norveç.
    for (source, translation, languages) in [
        (
            "Talks resumed in Athens and Cairo on Monday.",
            "Bazar ertəsi Afinada və Qahirədə danışıqlar bərpa olunub.",
            ("en", "az"),
        ),
        (
            "Talks resumed in Athens and Cairo on Monday.",
            "В понедельник в Афинах и Каире возобновились переговоры.",
            ("en", "ru"),
        ),
        (
            "Rangers host Rapid Vienna on Thursday.",
            "«Рейнджерс» принимают венский «Рапид» в четверг.",
            ("en", "ru"),
        ),
        (
            "The Norwegian government met in Oslo.",
            "Norveç hökuməti Osloda toplaşıb.",
            ("en", "az"),
        ),
    ] {
        assert_eq!(
            names_found(source, translation, languages),
            [],
            "{source} → {translation}"
        );
    }
    // Left out, with another capitalised word to stand for it: still lost, as a known
    // place is always written.
    let issues = names_found(
        "Talks resumed in Athens and Cairo on Monday.",
        "В понедельник в Каире и Женеве возобновились переговоры.",
        ("en", "ru"),
    );
    assert_eq!(issues.len(), 1, "{issues:?}");
    // Венгрия is not Vienna, and Римини is not Rome.
    let issues = names_found(
        "Rome and Vienna signed the deal.",
        "Римини и Венгрия подписали соглашение.",
        ("en", "ru"),
    );
    assert_eq!(issues.len(), 1, "{issues:?}");
}

#[test]
fn institutions_written_short_or_the_local_way_are_known() {
    for (source, translation, languages) in [
        (
            "The Justice Ministry said the Commission would meet.",
            "В Минюсте сообщили, что ЦИК соберётся.",
            ("en", "ru"),
        ),
        (
            "Parliament passed the bill, said a Moscow State University professor.",
            "Дума приняла закон, сообщил профессор МГУ.",
            ("en", "ru"),
        ),
        (
            "Parliament backed the Labour motion.",
            "Milli Məclis Əmək Partiyasının təklifini dəstəkləyib.",
            ("en", "az"),
        ),
    ] {
        assert_eq!(
            names_found(source, translation, languages),
            [],
            "{source} → {translation}"
        );
    }
    // думают (they think) and цикл (a cycle) write no Parliament and no Commission.
    let issues = names_found(
        "Parliament and the Commission disagree.",
        "Депутаты думают, что цикл закончен.",
        ("en", "ru"),
    );
    assert_eq!(issues.len(), 1, "{issues:?}");
}
