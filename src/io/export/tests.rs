use super::*;
use crate::model::{Edit, LanguageTag, ParagraphId, TranslationStatus};

/// The unit-test project (en: headline, a body paragraph, a footer; targets ru and az) with
/// its headline and body translated into Russian.
fn translated() -> Project {
    let mut project = crate::model::test_project();
    let ru = LanguageTag::parse("ru").unwrap();
    for (id, text) in [
        (0, "Заголовок <здесь> & там"),
        (1, "Пришла полиция.\nВторая строка."),
    ] {
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(id),
            language: ru.clone(),
            text: text.into(),
        }
        .apply(&mut project)
        .unwrap();
        Edit::SetTranslationStatus {
            paragraph_id: ParagraphId(id),
            language: ru.clone(),
            status: TranslationStatus::Translated,
        }
        .apply(&mut project)
        .unwrap();
    }
    project.metadata.author = "Nino \"N\" Beridze".into();
    project.metadata.url = "https://example.org/en/story?a=1&b=2".into();
    project.metadata.outlet = "JAMnews".into();
    project.metadata.published = "2025-11-18".into();
    project
}

fn described(notes: &[ExportNote]) -> Vec<String> {
    notes.iter().map(ExportNote::describe).collect()
}

fn options(language: &str, allow_incomplete: bool) -> ExportOptions {
    ExportOptions {
        language: LanguageTag::parse(language).unwrap(),
        allow_incomplete,
        also: Vec::new(),
        include_drafts: false,
        sentences: false,
    }
}

#[test]
fn plain_text_has_the_translation_in_source_order_without_excluded_paragraphs() {
    let project = translated();
    let before = project.clone();
    let export = export_article(&project, ExportFormat::Txt, &options("ru", false)).unwrap();
    assert_eq!(
        export.text,
        "Заголовок <здесь> & там\n\nПришла полиция.\nВторая строка.\n"
    );
    assert!(export.notes.is_empty());
    assert!(!export.text.contains("JAMnews"), "the footer is excluded");
    assert_eq!(project, before, "exports never change the project");
}

#[test]
fn markdown_marks_kinds_and_escapes_what_would_be_markup() {
    let mut project = translated();
    let ru = LanguageTag::parse("ru").unwrap();
    Edit::SetTranslationText {
        paragraph_id: ParagraphId(1),
        language: ru,
        text: "# not a heading, *not emphasis*, 1. not a list".into(),
    }
    .apply(&mut project)
    .unwrap();
    let export = export_article(&project, ExportFormat::Md, &options("ru", false)).unwrap();
    assert_eq!(
        export.text,
        "# Заголовок \\<здесь\\> \\& там\n\n\\# not a heading, \\*not emphasis\\*, 1. not a list\n"
    );
}

#[test]
fn a_missing_translation_is_refused_with_a_list_unless_incomplete_is_allowed() {
    let project = translated();
    let error = export_article(&project, ExportFormat::Txt, &options("az", false)).unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("2 paragraph(s) have no az translation"),
        "{message}"
    );
    assert!(message.contains("row 1 «Headline here»"), "{message}");
    assert!(message.contains("row 2 «The police came.»"), "{message}");
    assert!(message.contains("--allow-incomplete"), "{message}");

    let export = export_article(&project, ExportFormat::Txt, &options("az", true)).unwrap();
    assert_eq!(export.text, "Headline here\n\nThe police came.\n");
    assert_eq!(
        described(&export.notes),
        vec!["2 paragraph(s) have no az translation: their source text was kept".to_owned()]
    );
    let html = export_article(&project, ExportFormat::Html, &options("az", true)).unwrap();
    assert!(
        html.text
            .contains("<p class=\"untranslated\" lang=\"en\" title=\"Not translated yet: the source text\">The police came.</p>"),
        "{}",
        html.text
    );
}

#[test]
fn a_language_that_is_not_a_target_is_refused() {
    let project = translated();
    let message = export_article(&project, ExportFormat::Txt, &options("de", true))
        .unwrap_err()
        .to_string();
    assert_eq!(
        message,
        "de is not a target language of this project (its targets: ru, az)"
    );
}

#[test]
fn the_html_page_is_escaped_and_says_what_it_is_a_translation_of() {
    let project = translated();
    let page = export_article(&project, ExportFormat::Html, &options("ru", false))
        .unwrap()
        .text;
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ru\" dir=\"ltr\">"));
    assert!(page.contains("<title>Заголовок &lt;здесь&gt; &amp; там</title>"));
    assert!(page.contains("<h1>Заголовок &lt;здесь&gt; &amp; там</h1>"));
    assert!(page.contains("<p>Пришла полиция.<br>\nВторая строка.</p>"));
    assert!(page.contains("<meta name=\"author\" content=\"Nino &quot;N&quot; Beridze\">"));
    assert!(page.contains("href=\"https://example.org/en/story?a=1&amp;b=2\""));
    assert!(page.contains("Translated from English (en)."));
    assert!(
        !page.contains("JAMnews</p>\n<p>More"),
        "the footer paragraph is excluded"
    );
    // The JSON-LD parses and names the translation and its original.
    let start = page.find("<script type=\"application/ld+json\">").unwrap();
    let end = page[start..].find("</script>").unwrap() + start;
    let json = &page[start + "<script type=\"application/ld+json\">".len()..end];
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(value["@type"], "NewsArticle");
    assert_eq!(value["inLanguage"], "ru");
    assert_eq!(value["headline"], "Заголовок <здесь> & там");
    assert_eq!(value["author"]["name"], "Nino \"N\" Beridze");
    assert_eq!(value["translationOfWork"]["inLanguage"], "en");
    assert_eq!(value["translationOfWork"]["headline"], "Headline here");
    assert_eq!(
        value["translationOfWork"]["url"],
        "https://example.org/en/story?a=1&b=2"
    );
}

#[test]
fn a_script_end_tag_in_the_text_cannot_end_the_json_ld_block() {
    let mut project = translated();
    project.metadata.title = "</script><script>alert(1)</script>".into();
    let page = export_article(&project, ExportFormat::Html, &options("ru", false))
        .unwrap()
        .text;
    assert_eq!(page.matches("</script>").count(), 1, "{page}");
    assert!(!page.contains("<script>alert"));
}

#[test]
fn formats_are_named_as_on_the_command_line() {
    for format in ExportFormat::ALL {
        assert_eq!(ExportFormat::from_name(format.name()), Some(format));
    }
    assert_eq!(ExportFormat::from_name("HTML"), Some(ExportFormat::Html));
    assert_eq!(ExportFormat::from_name("pdf"), None);
}

#[test]
fn the_review_copy_shows_source_and_both_translations_with_statuses_and_notes() {
    let mut project = translated();
    let az = LanguageTag::parse("az").unwrap();
    Edit::SetTranslationText {
        paragraph_id: ParagraphId(1),
        language: az.clone(),
        text: "Polis gəldi.".into(),
    }
    .apply(&mut project)
    .unwrap();
    Edit::SetTranslationNote {
        paragraph_id: ParagraphId(1),
        language: az.clone(),
        note: "Check <the> name".into(),
    }
    .apply(&mut project)
    .unwrap();
    let options = ExportOptions {
        also: vec![az],
        ..options("ru", false)
    };
    let page = export_article(&project, ExportFormat::BilingualHtml, &options)
        .unwrap()
        .text;
    // One row per translatable paragraph (the footer is left out), four cells each: number,
    // kind, source, ru, az.
    assert_eq!(
        page.matches("<tr><td class=\"number\">").count(),
        2,
        "{page}"
    );
    assert!(page.contains("<th lang=\"ru\">Russian</th><th lang=\"az\">Azerbaijani</th>"));
    assert!(page.contains("<div class=\"text\">Polis gəldi.</div><div class=\"status\">new</div><div class=\"note\">Check &lt;the&gt; name</div>"));
    assert!(page.contains("<div class=\"text\">Заголовок &lt;здесь&gt; &amp; там</div><div class=\"status\">translated</div>"));
    // The az headline is missing: shown as such, not refused.
    assert_eq!(
        page.matches("<div class=\"missing\">not translated</div>")
            .count(),
        1
    );
    // Print-ready: A4, rows never split across pages.
    assert!(page.contains("@page{size:A4"));
    assert!(page.contains("tr{break-inside:avoid;page-break-inside:avoid}"));
    assert!(!page.contains("More on JAMnews"));
}

#[test]
fn the_translation_memory_has_a_unit_per_finished_translation_with_its_properties() {
    let mut project = translated();
    let ru = LanguageTag::parse("ru").unwrap();
    // A draft with a control character XML cannot carry, and a note.
    Edit::SetTranslationText {
        paragraph_id: ParagraphId(1),
        language: ru.clone(),
        text: "Пришла\u{1} полиция.".into(),
    }
    .apply(&mut project)
    .unwrap();
    Edit::SetTranslationStatus {
        paragraph_id: ParagraphId(1),
        language: ru.clone(),
        status: TranslationStatus::Draft,
    }
    .apply(&mut project)
    .unwrap();
    Edit::SetTranslationNote {
        paragraph_id: ParagraphId(1),
        language: ru,
        note: "Check & confirm".into(),
    }
    .apply(&mut project)
    .unwrap();
    let finished = export_article(&project, ExportFormat::Tmx, &options("ru", false)).unwrap();
    assert_eq!(
        finished.text.matches("<tu ").count(),
        1,
        "{}",
        finished.text
    );
    assert!(finished.text.contains("<tu tuid=\"p0-ru\""));
    assert!(
        finished
            .text
            .contains("<prop type=\"x-kind\">headline</prop>")
    );
    assert!(
        finished
            .text
            .contains("<seg>Заголовок &lt;здесь&gt; &amp; там</seg>")
    );
    assert!(finished.text.contains("srclang=\"en\""));
    assert!(finished.text.contains("<tuv xml:lang=\"ru\">"));
    assert!(finished.notes.is_empty());

    let with_drafts = export_article(
        &project,
        ExportFormat::Tmx,
        &ExportOptions {
            include_drafts: true,
            ..options("ru", false)
        },
    )
    .unwrap();
    assert_eq!(with_drafts.text.matches("<tu ").count(), 2);
    assert!(
        with_drafts
            .text
            .contains("<note>Check &amp; confirm</note>")
    );
    assert!(with_drafts.text.contains("<seg>Пришла полиция.</seg>"));
    assert_eq!(
        described(&with_drafts.notes),
        vec!["1 control character(s) XML cannot carry were left out".to_owned()]
    );
}

#[test]
fn xliff_units_carry_ids_states_kinds_and_notes_escaped() {
    let mut project = translated();
    let ru = LanguageTag::parse("ru").unwrap();
    Edit::SetTranslationStatus {
        paragraph_id: ParagraphId(1),
        language: ru.clone(),
        status: TranslationStatus::Draft,
    }
    .apply(&mut project)
    .unwrap();
    Edit::SetTranslationNote {
        paragraph_id: ParagraphId(1),
        language: ru,
        note: "a < b & c\u{7}".into(),
    }
    .apply(&mut project)
    .unwrap();
    let export = export_article(&project, ExportFormat::Xliff, &options("ru", false)).unwrap();
    let text = &export.text;
    assert!(text.contains("<unit id=\"p0\" type=\"diptych:headline\" xml:space=\"preserve\">"));
    assert!(text.contains("<segment state=\"translated\" subState=\"diptych:translated\">"));
    assert!(text.contains("<segment state=\"initial\" subState=\"diptych:draft\">"));
    assert!(text.contains("<target>Заголовок &lt;здесь&gt; &amp; там</target>"));
    assert!(text.contains("<note>a &lt; b &amp; c</note>"));
    assert!(text.contains(
        "<unit id=\"p2\" type=\"diptych:footer\" xml:space=\"preserve\" translate=\"no\">"
    ));
    assert_eq!(
        described(&export.notes),
        vec!["1 control character(s) XML cannot carry were left out".to_owned()]
    );
}

#[test]
fn delivered_text_has_no_control_characters_and_one_paragraph_stays_one() {
    assert_eq!(
        deliverable_text("a\rb\r\nc\u{7}d\u{feff}\u{ffff}\n\n\n  \ne\tf\u{85}g\u{2028}h"),
        "a\nb\ncd\u{feff}\ne\tf\ng\nh"
    );
    let mut project = translated();
    let ru = LanguageTag::parse("ru").unwrap();
    Edit::SetTranslationText {
        paragraph_id: ParagraphId(1),
        language: ru,
        text: "Пришла\u{7} полиция.\r\n\r\nВторая\rстрока.".into(),
    }
    .apply(&mut project)
    .unwrap();
    let text = export_article(&project, ExportFormat::Txt, &options("ru", false))
        .unwrap()
        .text;
    assert_eq!(
        text,
        "Заголовок <здесь> & там\n\nПришла полиция.\nВторая\nстрока.\n"
    );
    let html = export_article(&project, ExportFormat::Html, &options("ru", false))
        .unwrap()
        .text;
    assert!(
        html.contains("<p>Пришла полиция.<br>\nВторая<br>\nстрока.</p>"),
        "{html}"
    );
    assert!(!html.contains('\u{fffd}'));
}

#[test]
fn only_web_addresses_become_links() {
    let mut project = translated();
    project.metadata.url = "javascript:alert(document.cookie)".into();
    let html = export_article(&project, ExportFormat::Html, &options("ru", false))
        .unwrap()
        .text;
    assert!(!html.contains("href=\"javascript"), "{html}");
    assert!(!html.contains("\"url\""), "not in the JSON-LD either");
    assert!(html.contains("Original: javascript:alert(document.cookie)."));
    for not_a_link in [
        "http://",
        "https://exa mple.org/",
        "https:/\\evil.com",
        "data:text/html,x",
    ] {
        project.metadata.url = not_a_link.into();
        let html = export_article(&project, ExportFormat::Html, &options("ru", false))
            .unwrap()
            .text;
        assert!(!html.contains("<a href"), "{not_a_link}");
    }
    project.metadata.url = "HTTPS://example.org/a".into();
    let html = export_article(&project, ExportFormat::Html, &options("ru", false))
        .unwrap()
        .text;
    assert!(html.contains("<a href=\"HTTPS://example.org/a\">"));
}

#[test]
fn a_project_with_nothing_to_translate_is_not_exported_as_an_empty_article() {
    let mut project = translated();
    for id in 0..2 {
        Edit::SetKind {
            paragraph_id: ParagraphId(id),
            kind: crate::model::ParagraphKind::Junk,
        }
        .apply(&mut project)
        .unwrap();
    }
    for format in ExportFormat::ALL {
        assert!(
            matches!(
                export_article(&project, format, &options("ru", true)),
                Err(ExportError::NothingToExport | ExportError::EmptyMemory)
            ),
            "{format:?}"
        );
    }
}

#[test]
fn default_paths_name_every_language_of_the_export() {
    let ru = LanguageTag::parse("ru").unwrap();
    let az = LanguageTag::parse("az").unwrap();
    let project = Path::new("/news/metro.diptych.ron");
    assert_eq!(
        default_export_path(project, std::slice::from_ref(&ru), ExportFormat::Html),
        Path::new("/news/metro.ru.html")
    );
    assert_eq!(
        default_export_path(project, &[ru, az], ExportFormat::Tmx),
        Path::new("/news/metro.ru+az.tmx")
    );
}
