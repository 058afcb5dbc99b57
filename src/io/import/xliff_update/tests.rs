use std::fmt::Write as _;

use super::*;
use crate::io::import::xliff::read_xliff;

fn ru() -> LanguageTag {
    LanguageTag::parse("ru").unwrap()
}

/// A 1.2 file without the project id, as translate-toolkit's `po2xliff` writes it, with
/// `units` as `(reference, source, target, state, approved)`.
fn po2xliff(units: &[(&str, &str, &str, &str, &str)]) -> XliffDocument {
    let mut text = String::from(
        r#"<xliff version="1.1"><file original="x.po" source-language="en" datatype="po"><body>"#,
    );
    for (index, (reference, source, target, state, approved)) in units.iter().enumerate() {
        write!(
            text,
            r#"<trans-unit id="{index}" approved="{approved}"><source>{source}</source><target state="{state}">{target}</target><context-group purpose="location"><context context-type="sourcefile">{reference}</context></context-group></trans-unit>"#
        )
        .unwrap();
    }
    text.push_str("</body></file></xliff>");
    read_xliff(text.as_bytes()).unwrap()
}

fn apply(project: &mut Project, document: &XliffDocument) -> XliffReport {
    let ru = ru();
    let choice = LanguageChoice {
        required: Some(&ru),
        fallback: None,
    };
    let (edit, report, _) = xliff_update(project, document, choice, false).unwrap();
    if let Some(edit) = edit {
        edit.apply(project).unwrap();
    }
    report
}

#[test]
fn a_file_without_the_project_id_is_matched_by_references_and_checked_by_its_sources() {
    let mut project = crate::model::test_project();
    let document = po2xliff(&[
        ("p0", "Headline  here", "Заголовок", "translated", "yes"),
        (
            "p1",
            "The police came.",
            "Пришла полиция.",
            "needs-translation",
            "no",
        ),
    ]);
    let report = apply(&mut project, &document);
    assert_eq!((report.updated, report.unknown), (2, 0));
    let headline = project.translation(ParagraphId(0), &ru());
    assert_eq!(
        (headline.text.as_str(), headline.status),
        ("Заголовок", TranslationStatus::Translated)
    );
    // Fuzzy in the PO file: a draft.
    assert_eq!(
        project.translation(ParagraphId(1), &ru()).status,
        TranslationStatus::Draft
    );
    // A file whose sources agree with none of the paragraphs it names is another project's.
    let other = po2xliff(&[("p0", "Something else", "Другое", "translated", "yes")]);
    let error = xliff_update(&project, &other, LanguageChoice::default(), false);
    assert!(matches!(error, Err(XliffUpdateError::NoTargetLanguage)));
    let ru = ru();
    let choice = LanguageChoice {
        required: None,
        fallback: Some(&ru),
    };
    assert!(matches!(
        xliff_update(&project, &other, choice, true),
        Err(XliffUpdateError::SourcesDisagree(1))
    ));
}

#[test]
fn a_coarse_translated_state_does_not_undo_a_review_and_changed_sources_are_left_alone() {
    let mut project = crate::model::test_project();
    let ru = ru();
    Edit::Batch(vec![
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(0),
            language: ru.clone(),
            text: "Заголовок".into(),
        },
        Edit::SetTranslationStatus {
            paragraph_id: ParagraphId(0),
            language: ru.clone(),
            status: TranslationStatus::Reviewed,
        },
    ])
    .apply(&mut project)
    .unwrap();
    let document = po2xliff(&[
        ("p0", "Headline here", "Заголовок", "translated", "yes"),
        (
            "p1",
            "The police left.",
            "Полиция ушла.",
            "translated",
            "yes",
        ),
    ]);
    let report = apply(&mut project, &document);
    assert_eq!(
        (report.unchanged, report.source_changed, report.updated),
        (1, 1, 0)
    );
    assert_eq!(
        project.translation(ParagraphId(0), &ru).status,
        TranslationStatus::Reviewed
    );
    assert!(project.translation(ParagraphId(1), &ru).text.is_empty());
    // "Needs review" is a deliberate step back and is taken.
    let document = po2xliff(&[(
        "p0",
        "Headline here",
        "Заголовок",
        "needs-review-translation",
        "no",
    )]);
    assert_eq!(apply(&mut project, &document).updated, 1);
    assert_eq!(
        project.translation(ParagraphId(0), &ru).status,
        TranslationStatus::Draft
    );
}

#[test]
fn a_paragraph_named_twice_takes_the_last_unit_and_excluded_paragraphs_stay_untranslated() {
    let mut project = crate::model::test_project();
    let document = po2xliff(&[
        ("p1", "The police came.", "Старое", "translated", "yes"),
        ("p1", "The police came.", "Новое", "translated", "yes"),
        ("p2", "More on JAMnews", "Ещё", "translated", "yes"),
        ("p9", "Nowhere", "Нигде", "translated", "yes"),
    ]);
    let report = apply(&mut project, &document);
    assert_eq!(
        (
            report.updated,
            report.repeated,
            report.excluded,
            report.unknown
        ),
        (1, 1, 1, 1)
    );
    assert_eq!(project.translation(ParagraphId(1), &ru()).text, "Новое");
    assert!(project.translation(ParagraphId(2), &ru()).text.is_empty());
}

/// An XLIFF 2 file of the test project for ru: `units` as `(id, source, target XML)`.
fn xliff2(sha: &str, language: &str, units: &[(&str, &str, &str)]) -> XliffDocument {
    let mut text = format!(
        r#"<xliff version="2.1" srcLang="en" trgLang="{language}"><file id="f1"><notes><note category="x-diptych-original-sha256">{sha}</note></notes>"#
    );
    for (id, source, target) in units {
        write!(
            text,
            r#"<unit id="{id}"><segment state="translated"><source>{source}</source>{target}</segment></unit>"#
        )
        .unwrap();
    }
    text.push_str("</file></xliff>");
    read_xliff(text.as_bytes()).unwrap()
}

#[test]
fn what_xml_cannot_carry_is_no_change_and_no_unit_takes_a_translation_away() {
    let mut project = crate::model::test_project();
    let ru = ru();
    let sha = project.source.original.sha256.clone();
    Edit::Batch(vec![
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(0),
            language: ru.clone(),
            text: "За\rголовок\u{7}".into(),
        },
        Edit::SetTranslationStatus {
            paragraph_id: ParagraphId(0),
            language: ru.clone(),
            status: TranslationStatus::Translated,
        },
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(1),
            language: ru.clone(),
            text: "Пришла полиция.".into(),
        },
        Edit::SetTranslationStatus {
            paragraph_id: ParagraphId(1),
            language: ru.clone(),
            status: TranslationStatus::Translated,
        },
    ])
    .apply(&mut project)
    .unwrap();
    let before = project.clone();
    // The file gives the headline as XML can carry it, and the body without a target (left
    // out by a tool) — even with --overwrite nothing changes.
    let document = xliff2(
        &sha,
        "ru-RU",
        &[
            ("p0", "Headline here", "<target>За\nголовок</target>"),
            ("p1", "The police came.", "<target/>"),
        ],
    );
    let choice = LanguageChoice {
        required: Some(&ru),
        fallback: None,
    };
    let (edit, report, language) = xliff_update(&project, &document, choice, true).unwrap();
    assert!(edit.is_none(), "{report:?}");
    assert_eq!((report.unchanged, language.as_str()), (2, "ru"));
    assert_eq!(project, before);
}

#[test]
fn a_second_file_of_another_project_is_refused() {
    let project = crate::model::test_project();
    let sha = project.source.original.sha256.clone();
    let mut text = String::from(r#"<xliff version="2.1" srcLang="en" trgLang="ru">"#);
    for (file, sha) in [("f1", sha.as_str()), ("f2", "1111")] {
        write!(
            text,
            r#"<file id="{file}"><notes><note category="x-diptych-original-sha256">{sha}</note></notes><unit id="p1"><segment><source>The police came.</source><target>Чужое</target></segment></unit></file>"#
        )
        .unwrap();
    }
    text.push_str("</xliff>");
    let document = read_xliff(text.as_bytes()).unwrap();
    assert!(matches!(
        xliff_update(&project, &document, LanguageChoice::default(), true),
        Err(XliffUpdateError::OtherProject { found, .. }) if found == "1111"
    ));
}

#[test]
fn a_translation_added_to_a_new_unit_comes_in_as_a_draft() {
    let mut project = crate::model::test_project();
    let sha = project.source.original.sha256.clone();
    let text = format!(
        r#"<xliff version="2.1" srcLang="en" trgLang="ru"><file id="f1"><notes><note category="x-diptych-original-sha256">{sha}</note></notes><unit id="p1"><segment state="initial" subState="diptych:new"><source>The police came.</source><target>Пришла полиция.</target></segment></unit></file></xliff>"#
    );
    let document = read_xliff(text.as_bytes()).unwrap();
    assert_eq!(apply(&mut project, &document).updated, 1);
    let translation = project.translation(ParagraphId(1), &ru());
    assert_eq!(translation.status, TranslationStatus::Draft);
}

#[test]
fn each_file_of_a_document_keeps_its_own_target_language() {
    let mut project = crate::model::test_project();
    let text = r#"<xliff version="1.2">
<file original="a" source-language="en" target-language="az" datatype="plaintext"><body>
<trans-unit id="p0"><source>Headline here</source><target state="translated">Başlıq</target></trans-unit>
</body></file>
<file original="b" source-language="en" target-language="ru" datatype="plaintext"><body>
<trans-unit id="p1"><source>The police came.</source><target state="translated">Пришла полиция.</target></trans-unit>
</body></file></xliff>"#;
    let document = read_xliff(text.as_bytes()).unwrap();
    let report = apply(&mut project, &document);
    assert_eq!((report.updated, report.other_language), (1, 1));
    assert_eq!(
        project.translation(ParagraphId(1), &ru()).text,
        "Пришла полиция."
    );
    assert!(project.translation(ParagraphId(0), &ru()).text.is_empty());
    let az = LanguageTag::parse("az").unwrap();
    assert!(project.translation(ParagraphId(0), &az).text.is_empty());
    // Cyrillic Azerbaijani is not the project's (Latin) Azerbaijani.
    let cyrillic = text.replace("target-language=\"az\"", "target-language=\"az-Cyrl\"");
    let document = read_xliff(cyrillic.as_bytes()).unwrap();
    let choice = LanguageChoice {
        required: Some(&az),
        fallback: None,
    };
    assert!(matches!(
        xliff_update(&project, &document, choice, false),
        Err(XliffUpdateError::OtherLanguage { .. })
    ));
}

#[test]
fn units_without_notes_or_translations_change_nothing_and_make_no_empty_rows() {
    let mut project = crate::model::test_project();
    let ru = ru();
    Edit::Batch(vec![
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(0),
            language: ru.clone(),
            text: "Заголовок".into(),
        },
        Edit::SetTranslationNote {
            paragraph_id: ParagraphId(0),
            language: ru.clone(),
            note: "Проверить".into(),
        },
    ])
    .apply(&mut project)
    .unwrap();
    let before = project.clone();
    let text = r#"<xliff version="1.2"><file original="a" source-language="en" target-language="ru" datatype="plaintext"><body>
<trans-unit id="p0"><source>Headline here</source></trans-unit>
<trans-unit id="p1"><source>The police came.</source><target state="final">   </target></trans-unit>
<trans-unit id="p1"><source>The police came.</source><target state="final"><x id="1"/></target></trans-unit>
</body></file></xliff>"#;
    let document = read_xliff(text.as_bytes()).unwrap();
    let report = apply(&mut project, &document);
    assert_eq!((report.updated, report.unchanged), (0, 2), "{report:?}");
    assert_eq!(project, before);
    // A paragraph named twice: an empty later unit does not beat a translated earlier one.
    let text = text.replace(
        "<target state=\"final\">   </target>",
        "<target state=\"final\">Пришла полиция.</target>",
    );
    let document = read_xliff(text.as_bytes()).unwrap();
    assert_eq!(apply(&mut project, &document).updated, 1);
    assert_eq!(
        project.translation(ParagraphId(1), &ru).text,
        "Пришла полиция."
    );
}
