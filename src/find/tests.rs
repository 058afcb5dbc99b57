use super::*;
use crate::model::Edit;

fn matcher(text: &str, set: impl FnOnce(&mut FindQuery)) -> Matcher {
    let mut query = FindQuery {
        text: text.to_owned(),
        ..FindQuery::default()
    };
    set(&mut query);
    Matcher::new(&query).unwrap()
}

fn found<'t>(matcher: &mut Matcher, text: &'t str, language: &str) -> Vec<&'t str> {
    matcher
        .find_in(text, language)
        .into_iter()
        .map(|range| &text[range])
        .collect()
}

#[test]
fn case_folds_as_each_language_writes_it() {
    let mut query = matcher("ilham", |_| {});
    // In Azerbaijani İ is the capital of i; I is the capital of ı.
    assert_eq!(
        found(&mut query, "İLHAM Əliyev, Ilham, ilham", "az"),
        ["İLHAM", "ilham"]
    );
    // In English I is the capital of i.
    assert_eq!(
        found(&mut query, "ILHAM and Ilham", "en"),
        ["ILHAM", "Ilham"]
    );
    let mut dotless = matcher("ışıq", |_| {});
    assert_eq!(found(&mut dotless, "IŞIQ və işıq", "az"), ["IŞIQ"]);
    let mut exact = matcher("Ilham", |query| query.match_case = true);
    assert_eq!(found(&mut exact, "ILHAM Ilham ilham", "en"), ["Ilham"]);
}

#[test]
fn yo_is_ye_only_when_asked_and_whole_words_only_when_asked() {
    let mut plain = matcher("елка", |_| {});
    assert_eq!(found(&mut plain, "Ёлка и елка", "ru"), ["елка"]);
    let mut folded = matcher("елка", |query| query.yo_as_ye = true);
    assert_eq!(found(&mut folded, "Ёлка и елка", "ru"), ["Ёлка", "елка"]);
    let mut anywhere = matcher("метро", |_| {});
    assert_eq!(
        found(&mut anywhere, "метро, метрополитен", "ru"),
        ["метро", "метро"]
    );
    let mut whole = matcher("метро", |query| query.whole_word = true);
    assert_eq!(found(&mut whole, "метро, метрополитен", "ru"), ["метро"]);
}

#[test]
fn names_are_found_across_scripts_and_inflections() {
    let mut name = matcher("Hajili", |query| query.across_scripts = true);
    assert_eq!(
        found(&mut name, "Гаджилы сказал, что Hacılının sözləri", "ru"),
        ["Гаджилы"]
    );
    assert_eq!(
        found(&mut name, "Hacılının sözlərinə görə, Hacılı", "az"),
        ["Hacılının", "Hacılı"]
    );
    // Two words: both must follow each other.
    let mut two = matcher("Nino Beridze", |query| query.across_scripts = true);
    assert_eq!(
        found(&mut two, "Нино Беридзе, 67 лет; Беридзе", "ru"),
        ["Нино Беридзе"]
    );
    // Unrelated words with other consonants are not found.
    assert!(found(&mut name, "Мэрия Тбилиси", "ru").is_empty());
}

#[test]
fn a_regular_expression_replaces_with_its_groups() {
    let mut query = matcher(r"(\d+) лари", |query| query.regex = true);
    let text = "С 1 января: 1 лари вместо 50 тетри, потом 2 лари.";
    let ranges = query.find_in(text, "ru");
    assert_eq!(ranges.len(), 2);
    assert_eq!(
        query.replacement(text, ranges[0].clone(), "ru", "$1 GEL"),
        "1 GEL"
    );
    // Groups the expression does not have are refused, with the $1a trap explained.
    assert!(query.check_replacement("${1} GEL, $$5, $ alone").is_ok());
    for bad in ["$2", "${name}", "$1a"] {
        let error = query.check_replacement(bad).unwrap_err().to_string();
        assert!(error.contains("does not have"), "{error}");
    }
    assert!(
        query
            .check_replacement("$1a")
            .unwrap_err()
            .to_string()
            .contains("write ${1}a")
    );
    let mut named = matcher(r"(?P<sum>\d+) лари", |query| query.regex = true);
    assert!(named.check_replacement("$sum GEL").is_ok());
    assert!(matches!(
        Matcher::new(&FindQuery {
            text: "(unclosed".to_owned(),
            regex: true,
            ..FindQuery::default()
        }),
        Err(FindError::BadRegex(_))
    ));
}

#[test]
fn replace_all_changes_translations_only_as_one_edit_within_the_filter() {
    let mut project = crate::model::test_project();
    let ru = LanguageTag::parse("ru").unwrap();
    let az = LanguageTag::parse("az").unwrap();
    for (id, language, text) in [
        (0, &ru, "Полиция: заголовок"),
        (1, &ru, "Полиция приехала. Полиция уехала."),
        (1, &az, "Polis gəldi."),
    ] {
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(id),
            language: language.clone(),
            text: text.to_owned(),
        }
        .apply(&mut project)
        .unwrap();
    }
    Edit::SetTranslationStatus {
        paragraph_id: ParagraphId(1),
        language: ru.clone(),
        status: TranslationStatus::Draft,
    }
    .apply(&mut project)
    .unwrap();
    // Only drafts of Russian body paragraphs.
    let filter = FindFilter {
        scope: FindScope::Both,
        language: Some(ru.clone()),
        status: Some(TranslationStatus::Draft),
        kind: Some(ParagraphKind::Body),
    };
    let mut police = matcher("полиция", |_| {});
    let hits = find_all(&project, &mut police, &filter);
    assert_eq!(hits.len(), 2, "{hits:?}");
    let replaced = replace_all(&project, &mut police, &filter, "Милиция").unwrap();
    assert_eq!((replaced.matches, replaced.translations), (2, 1));
    let inverse = replaced.edit.unwrap().apply(&mut project).unwrap();
    assert_eq!(
        project.translation(ParagraphId(1), &ru).text,
        "Милиция приехала. Милиция уехала."
    );
    assert_eq!(
        project.translation(ParagraphId(0), &ru).text,
        "Полиция: заголовок"
    );
    inverse.apply(&mut project).unwrap();
    assert_eq!(
        project.translation(ParagraphId(1), &ru).text,
        "Полиция приехала. Полиция уехала."
    );
    // Matches in the source are found but never replaced.
    let mut source_word = matcher("police", |_| {});
    let everything = FindFilter {
        scope: FindScope::Both,
        ..FindFilter::default()
    };
    let hits = find_all(&project, &mut source_word, &everything);
    assert_eq!(hits.len(), 1);
    assert!(!hits[0].text.is_replaceable());
    let replaced = replace_all(&project, &mut source_word, &everything, "army").unwrap();
    assert_eq!(replaced.edit, None);
    assert_eq!(replaced.in_originals, 1);
    // One match replaced, when it is still there.
    let mut police = matcher("Полиция", |query| query.match_case = true);
    let hits = find_all(&project, &mut police, &everything);
    let edit = replace_one(&project, &mut police, &hits[1], "Охрана")
        .unwrap()
        .unwrap();
    edit.apply(&mut project).unwrap();
    assert_eq!(
        project.translation(ParagraphId(1), &ru).text,
        "Охрана приехала. Полиция уехала."
    );
    assert_eq!(replace_one(&project, &mut police, &hits[1], "x"), Ok(None));
}
