//! `diptych export`, run as a real process: the translated article as a file, the project
//! untouched, existing files only replaced with --force (and backed up), untranslated
//! paragraphs listed.

use std::path::Path;

use crate::cli_common::{diptych, path_str, stderr, stdout};

const EXAMPLE: &str = include_str!("../../projects/tbilisi-metro-fares.diptych.ron");

fn example(directory: &Path) -> std::path::PathBuf {
    let path = directory.join("metro.diptych.ron");
    std::fs::write(&path, EXAMPLE).unwrap();
    path
}

#[test]
fn export_writes_the_article_beside_the_project_and_never_changes_the_project() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    let output = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "html",
        "--lang",
        "ru",
        "--allow-incomplete",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let page_path = directory.path().join("metro.ru.html");
    let page = std::fs::read_to_string(&page_path).unwrap();
    assert!(page.contains("<html lang=\"ru\" dir=\"ltr\">"));
    assert!(page.contains("<h1>Проезд в тбилисском метро подорожает вдвое с января</h1>"));
    assert!(page.contains("\"@type\": \"NewsArticle\""));
    assert!(stdout(&output).contains("note: 8 paragraph(s) have no ru translation"));
    assert_eq!(std::fs::read_to_string(&project).unwrap(), EXAMPLE);

    // Again: refused without --force; with it, replaced and the old file backed up.
    let again = [
        "export",
        path_str(&project),
        "--format",
        "html",
        "--lang",
        "ru",
        "--allow-incomplete",
    ];
    let refused = diptych(&again);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("already exists; pass --force"),
        "{}",
        stderr(&refused)
    );
    let mut forced = again.to_vec();
    forced.push("--force");
    let replaced = diptych(&forced);
    assert!(replaced.status.success(), "{}", stderr(&replaced));
    assert_eq!(std::fs::read_to_string(&page_path).unwrap(), page);
    assert_eq!(
        diptych::io::backup::list_backups(&page_path).len(),
        1,
        "the replaced export is kept as a backup"
    );
}

#[test]
fn export_refuses_untranslated_paragraphs_with_their_list() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    let out = directory.path().join("az.txt");
    let output = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "txt",
        "--lang",
        "az",
        "-o",
        path_str(&out),
    ]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(
        message.contains("10 paragraph(s) have no az translation yet"),
        "{message}"
    );
    assert!(
        message.contains("row 8 «Why the price is rising»"),
        "{message}"
    );
    assert!(!out.exists(), "nothing is written");

    let output = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "txt",
        "--lang",
        "az",
        "-o",
        path_str(&out),
        "--allow-incomplete",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("Tbilisi metrosunda gediş haqqı"), "{text}");
    assert!(text.contains("\n\nWhy the price is rising\n\n"), "{text}");
}

#[test]
fn export_never_replaces_a_project_or_its_own_input() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    let other = directory.path().join("other.diptych.ron");
    std::fs::write(&other, EXAMPLE).unwrap();
    for target in [&project, &other] {
        let output = diptych(&[
            "export",
            path_str(&project),
            "--format",
            "md",
            "--allow-incomplete",
            "-o",
            path_str(target),
            "--force",
        ]);
        assert!(!output.status.success());
        assert_eq!(std::fs::read_to_string(target).unwrap(), EXAMPLE);
    }
    let unknown = diptych(&["export", path_str(&project), "--format", "pdf"]);
    assert!(
        stderr(&unknown).contains("unknown export format \"pdf\"; choose one of txt, md, html")
    );
}

#[test]
fn export_writes_a_review_copy_with_two_languages() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    let output = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "bilingual-html",
        "--lang",
        "ru,az",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let page = std::fs::read_to_string(directory.path().join("metro.ru+az.review.html")).unwrap();
    assert!(page.contains("<th lang=\"ru\">Russian</th><th lang=\"az\">Azerbaijani</th>"));
    assert!(page.contains("Tbilisi metrosunda gediş haqqı"));
    let refused = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "txt",
        "--lang",
        "ru,az",
    ]);
    assert!(
        stderr(&refused).contains("exports one language"),
        "{}",
        stderr(&refused)
    );
}

/// Validates `file` with xmllint against `schema` from `../shared/schemas` (a DTD when it ends
/// in .dtd, an XSD otherwise). Says so and returns when the schemas or xmllint are not there.
pub fn validate_with_xmllint(file: &Path, schema: &str) {
    let schemas = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/schemas");
    let schema = schemas.join(schema);
    if !schema.exists() {
        eprintln!(
            "skipped: {} is not here, so the export is not validated",
            schema.display()
        );
        return;
    }
    let Ok(output) = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg(
            if schema
                .extension()
                .is_some_and(|extension| extension == "dtd")
            {
                "--dtdvalid"
            } else {
                "--schema"
            },
        )
        .arg(&schema)
        .arg(file)
        .output()
    else {
        eprintln!(
            "skipped: xmllint is not installed (Debian libxml2-utils), so the export is not validated"
        );
        return;
    };
    assert!(
        output.status.success(),
        "xmllint refused {}: {}",
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn export_writes_a_tmx_that_the_official_dtd_accepts() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    let output = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "tmx",
        "--include-drafts",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let tmx = directory.path().join("metro.ru+az.tmx");
    let text = std::fs::read_to_string(&tmx).unwrap();
    assert!(text.contains("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"));
    assert!(text.contains("<tuv xml:lang=\"ru\">"));
    assert!(
        text.contains("<tuv xml:lang=\"az\">"),
        "every target by default"
    );
    assert!(
        stdout(&output).contains("(tmx, ru, az,"),
        "{}",
        stdout(&output)
    );
    validate_with_xmllint(&tmx, "tmx14.dtd");
}

#[test]
fn a_tmx_memory_fills_another_projects_empty_translations_as_drafts() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    let tmx = directory.path().join("memory.tmx");
    let exported = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "tmx",
        "-o",
        path_str(&tmx),
    ]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    // A new project from the same English article.
    let fresh = directory.path().join("fresh.diptych.ron");
    let article = crate::cli_common::fixture("en-tbilisi-metro.txt");
    let imported = diptych(&[
        "import",
        path_str(&article),
        "-o",
        path_str(&fresh),
        "--targets",
        "ru,az",
    ]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let output = diptych(&[
        "import-translations",
        path_str(&fresh),
        path_str(&tmx),
        "--lang",
        "ru",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(
        report.contains("ru: 4 filled from exact matches (as drafts), 0 already translated"),
        "{report}"
    );
    let filled = diptych::io::load_project(&fresh).unwrap();
    let ru = diptych::model::LanguageTag::parse("ru").unwrap();
    let headline = filled
        .translatable_paragraphs()
        .next()
        .unwrap()
        .paragraph_id;
    let translation = filled.translation(headline, &ru);
    assert_eq!(
        translation.text,
        "Проезд в тбилисском метро подорожает вдвое с января"
    );
    assert_eq!(translation.status, diptych::model::TranslationStatus::Draft);
    assert_eq!(diptych::io::backup::list_backups(&fresh).len(), 1);
    // A file that is not TMX changes nothing.
    let saved = std::fs::read(&fresh).unwrap();
    let bad = diptych(&["import-translations", path_str(&fresh), path_str(&project)]);
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("not a TMX file"), "{}", stderr(&bad));
    assert_eq!(std::fs::read(&fresh).unwrap(), saved);
}

#[test]
fn export_writes_an_xliff_2_that_the_official_schema_accepts() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    let output = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "xliff",
        "--lang",
        "ru",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let xlf = directory.path().join("metro.ru.xlf");
    let text = std::fs::read_to_string(&xlf).unwrap();
    assert!(text.contains("version=\"2.1\" srcLang=\"en\" trgLang=\"ru\""));
    // Every paragraph is a unit; the untranslatable ones say so.
    let parsed = diptych::io::load_project(&project).unwrap();
    assert_eq!(text.matches("<unit ").count(), parsed.paragraphs().len());
    let excluded = parsed
        .paragraphs()
        .iter()
        .filter(|paragraph| !paragraph.kind.is_translatable())
        .count();
    assert_eq!(text.matches("translate=\"no\"").count(), excluded);
    assert!(text.contains("<segment state=\"final\" subState=\"diptych:approved\">"));
    assert!(text.contains(&format!(
        "<note category=\"x-diptych-original-sha256\">{}</note>",
        parsed.source.original.sha256
    )));
    validate_with_xmllint(&xlf, "xliff-core-2.0.xsd");
}

fn import_translations(project: &Path, file: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["import-translations", path_str(project), path_str(file)];
    args.extend_from_slice(extra);
    diptych(&args)
}

#[test]
fn an_xliff_round_trip_changes_nothing_and_brings_back_exactly_the_edits() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    let xlf = directory.path().join("metro.ru.xlf");
    let exported = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "xliff",
        "--lang",
        "ru",
    ]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    // Unchanged: the project stays byte for byte what it was, and is not even rewritten.
    let unchanged = import_translations(&project, &xlf, &[]);
    assert!(unchanged.status.success(), "{}", stderr(&unchanged));
    assert!(
        stdout(&unchanged).contains("ru: 0 updated"),
        "{}",
        stdout(&unchanged)
    );
    assert_eq!(std::fs::read_to_string(&project).unwrap(), EXAMPLE);
    assert!(diptych::io::backup::list_backups(&project).is_empty());

    // Edited elsewhere: a new translation (with inline markup around a word), a status, and
    // a changed translation of a paragraph that already had one.
    let before = diptych::io::load_project(&project).unwrap();
    let ru = diptych::model::LanguageTag::parse("ru").unwrap();
    let untranslated = before
        .translatable_paragraphs()
        .find(|paragraph| {
            before
                .translation(paragraph.paragraph_id, &ru)
                .text
                .is_empty()
        })
        .unwrap()
        .paragraph_id;
    let mut text = std::fs::read_to_string(&xlf).unwrap();
    let unit = format!("<unit id=\"p{}\"", untranslated.0);
    let start = text.find(&unit).unwrap();
    let source_end = text[start..].find("</source>").unwrap() + start + "</source>".len();
    text.insert_str(
        source_end,
        "<target>Новый <pc id=\"1\">перевод</pc> &amp; ещё</target>",
    );
    let segment = text[start..]
        .find("<segment state=\"initial\" subState=\"diptych:new\">")
        .unwrap()
        + start;
    text.replace_range(
        segment..segment + "<segment state=\"initial\" subState=\"diptych:new\">".len(),
        "<segment state=\"translated\">",
    );
    let headline = "<target>Проезд в тбилисском метро подорожает вдвое с января</target>";
    text = text.replacen(headline, "<target>Другой заголовок</target>", 1);
    std::fs::write(&xlf, &text).unwrap();
    let imported = import_translations(&project, &xlf, &[]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let report = stdout(&imported);
    assert!(report.contains("ru: 1 updated"), "{report}");
    assert!(report.contains("1 conflict(s)"), "{report}");
    assert!(report.contains("--overwrite replaces them"), "{report}");
    assert!(
        report.contains("1 inline element(s) were dropped"),
        "{report}"
    );
    let after = diptych::io::load_project(&project).unwrap();
    let new = after.translation(untranslated, &ru);
    assert_eq!(new.text, "Новый перевод & ещё");
    assert_eq!(new.status, diptych::model::TranslationStatus::Translated);
    // Nothing else changed.
    let mut expected = before.clone();
    expected
        .translations
        .get_mut(&ru)
        .unwrap()
        .insert(untranslated, new.clone());
    assert_eq!(after, expected);
    assert_eq!(diptych::io::backup::list_backups(&project).len(), 1);
    // With --overwrite the conflicting headline comes in too.
    let overwritten = import_translations(&project, &xlf, &["--overwrite"]);
    assert!(
        stdout(&overwritten).contains("ru: 1 updated"),
        "{}",
        stdout(&overwritten)
    );
    let headline_id = after.translatable_paragraphs().next().unwrap().paragraph_id;
    assert_eq!(
        diptych::io::load_project(&project)
            .unwrap()
            .translation(headline_id, &ru)
            .text,
        "Другой заголовок"
    );
}

#[test]
fn an_xliff_1_2_round_trip_changes_nothing_and_brings_back_exactly_the_edits() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    let xlf = directory.path().join("metro.ru.xliff12.xlf");
    let exported = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "xliff12",
        "--lang",
        "ru",
    ]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let unchanged = import_translations(&project, &xlf, &[]);
    assert!(
        stdout(&unchanged).contains("ru: 0 updated"),
        "{}{}",
        stdout(&unchanged),
        stderr(&unchanged)
    );
    assert_eq!(std::fs::read_to_string(&project).unwrap(), EXAMPLE);

    // Another tool fills an empty translation (with 1.2 inline markup) and signs it off.
    let before = diptych::io::load_project(&project).unwrap();
    let ru = diptych::model::LanguageTag::parse("ru").unwrap();
    let untranslated = before
        .translatable_paragraphs()
        .find(|paragraph| {
            before
                .translation(paragraph.paragraph_id, &ru)
                .text
                .is_empty()
        })
        .unwrap()
        .paragraph_id;
    let mut text = std::fs::read_to_string(&xlf).unwrap();
    let start = text
        .find(&format!("<trans-unit id=\"p{}\"", untranslated.0))
        .unwrap();
    let source_end = text[start..].find("</source>").unwrap() + start + "</source>".len();
    text.insert_str(
        source_end,
        "<target state=\"signed-off\">Новый <g id=\"1\">перевод</g><x id=\"2\"/> &lt;ə&gt;</target>",
    );
    std::fs::write(&xlf, &text).unwrap();
    let imported = import_translations(&project, &xlf, &[]);
    let report = stdout(&imported);
    assert!(report.contains("ru: 1 updated, 12 unchanged"), "{report}");
    assert!(report.contains("2 inline element(s)"), "{report}");
    let after = diptych::io::load_project(&project).unwrap();
    let new = after.translation(untranslated, &ru);
    assert_eq!(new.text, "Новый перевод <ə>");
    assert_eq!(new.status, diptych::model::TranslationStatus::Reviewed);
    let mut expected = before.clone();
    expected
        .translations
        .get_mut(&ru)
        .unwrap()
        .insert(untranslated, new.clone());
    assert_eq!(after, expected);
}

#[test]
fn an_xliff_file_of_another_project_or_with_entities_is_refused_and_changes_nothing() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    let xlf = directory.path().join("metro.ru.xlf");
    assert!(
        diptych(&[
            "export",
            path_str(&project),
            "--format",
            "xliff",
            "--lang",
            "ru"
        ])
        .status
        .success()
    );
    let text = std::fs::read_to_string(&xlf).unwrap();
    let sha = diptych::io::load_project(&project)
        .unwrap()
        .source
        .original
        .sha256;
    let other = directory.path().join("other.xlf");
    std::fs::write(&other, text.replace(&sha, &"0".repeat(64))).unwrap();
    let refused = import_translations(&project, &other, &[]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("was not made from this project"),
        "{}",
        stderr(&refused)
    );
    let laughs = directory.path().join("laughs.xlf");
    std::fs::write(
        &laughs,
        text.replacen(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
            1,
        )
        .replacen("<target>", "<target>&b;", 1),
    )
    .unwrap();
    let refused = import_translations(&project, &laughs, &[]);
    assert!(
        stderr(&refused).contains("entities are never expanded"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(std::fs::read_to_string(&project).unwrap(), EXAMPLE);
}

#[test]
fn translate_toolkit_reads_our_files_and_what_it_writes_comes_back() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let python = root.join("target/interop-venv/bin/python");
    let present = std::process::Command::new(&python)
        .args(["-c", "import translate"])
        .output()
        .is_ok_and(|output| output.status.success());
    if !present {
        eprintln!(
            "skipped: translate-toolkit is not installed in target/interop-venv (.ci/run and \
             scripts/interop.sh install it)"
        );
        return;
    }
    let output = std::process::Command::new(root.join("scripts/interop.sh"))
        .arg(env!("CARGO_BIN_EXE_diptych"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("interop: ok"));
}

#[test]
fn export_writes_an_xliff_1_2_that_the_official_strict_schema_accepts() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    let output = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "xliff12",
        "--lang",
        "ru",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let xlf = directory.path().join("metro.ru.xliff12.xlf");
    let text = std::fs::read_to_string(&xlf).unwrap();
    let parsed = diptych::io::load_project(&project).unwrap();
    assert_eq!(
        text.matches("<trans-unit ").count(),
        parsed.paragraphs().len()
    );
    assert!(text.contains("approved=\"yes\""));
    assert!(text.contains("<target xml:lang=\"ru\" state=\"final\">"));
    validate_with_xmllint(&xlf, "xliff-core-1.2-strict.xsd");
}

#[test]
fn export_writes_docx_files_that_a_docx_reader_opens_with_the_right_text() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    // A control character (kept from a text dump) must not make the package unreadable.
    let headline = "Проезд в тбилисском метро подорожает вдвое с января";
    let with_bell = EXAMPLE.replacen(
        headline,
        "Проезд в тбилисском метро\\u{7} подорожает вдвое с января",
        1,
    );
    assert_ne!(with_bell, EXAMPLE);
    std::fs::write(&project, with_bell).unwrap();
    let article = directory.path().join("metro.ru.docx");
    let table = directory.path().join("metro.ru+az.review.docx");
    for args in [
        vec!["--format", "docx", "--lang", "ru", "--allow-incomplete"],
        vec!["--format", "docx", "--bilingual", "--lang", "ru,az"],
    ] {
        let mut full = vec!["export", path_str(&project)];
        full.extend(args);
        let output = diptych(&full);
        assert!(output.status.success(), "{}", stderr(&output));
    }
    for file in [&article, &table] {
        let bytes = std::fs::read(file).unwrap();
        assert!(bytes.starts_with(b"PK"), "a DOCX is a zip package");
        assert!(
            bytes
                .windows(17)
                .any(|window| window == b"word/document.xml")
        );
    }
    // A real DOCX reader, when there is one: python-docx in target/interop-venv.
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/interop-venv/bin/python");
    let script = format!(
        "import docx\n\
         a = docx.Document({article:?})\n\
         print(a.paragraphs[0].text)\n\
         t = docx.Document({table:?}).tables[0]\n\
         print(len(t.rows), len(t.columns))\n\
         print(t.rows[1].cells[2].text.splitlines()[0])\n\
         print(t.rows[1].cells[3].text.splitlines()[0])\n\
         print(a.paragraphs[0].style.name, a.paragraphs[1].style.name)\n\
         print(a.core_properties.title, a.core_properties.language)\n\
         print(a.paragraphs[0].runs[0].style.name)\n\
         print(a.styles.element.xpath('//w:docDefaults//w:lang/@w:val')[0])\n\
         b = docx.Document({table:?})\n\
         runs = a.element.xpath('//w:r') + b.element.xpath('//w:r')\n\
         print(sum(1 for r in runs if [c.tag.split('}}')[1] for c in r.xpath('w:rPr/*')] != ['rStyle']))\n",
        article = path_str(&article),
        table = path_str(&table)
    );
    let Ok(output) = std::process::Command::new(&python)
        .args(["-c", &script])
        .output()
    else {
        eprintln!(
            "skipped: no python in target/interop-venv, so python-docx does not read the DOCX"
        );
        return;
    };
    if String::from_utf8_lossy(&output.stderr).contains("No module named 'docx'") {
        eprintln!("skipped: python-docx is not installed in target/interop-venv");
        return;
    }
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        lines[0],
        "Проезд в тбилисском метро подорожает вдвое с января"
    );
    // A header row and one row per translatable paragraph; number, source, ru, az.
    let parsed = diptych::io::load_project(&project).unwrap();
    let rows = 1 + parsed.translatable_paragraphs().count();
    assert_eq!(lines[1], format!("{rows} 4"));
    assert_eq!(
        lines[2],
        "Проезд в тбилисском метро подорожает вдвое с января"
    );
    assert_eq!(
        lines[3],
        "Tbilisi metrosunda gediş haqqı yanvardan iki dəfə artır"
    );
    // Word's named styles, the title and language in the properties, and every run marked
    // with its language for the spelling checker.
    assert_eq!(lines[4], "Title Lead");
    assert_eq!(lines[5], format!("{headline} ru-RU"));
    assert_eq!(lines[6], "Text in Russian");
    assert_eq!(lines[7], "ru-RU");
    // Runs carry their character style only (the formatting lives in the styles, so the
    // properties are in the schema's order).
    assert_eq!(lines[8], "0");
}

#[test]
fn huge_exchange_files_give_one_clear_error_and_change_nothing() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    // Past the 100 MB cap on translation files: refused before reading, in one line. Under
    // it, 50 MB of nothing (a sparse file) is read and found not to be XML.
    for (name, megabytes, expected) in [
        (
            "big.tmx",
            200,
            "Diptych reads translation files up to 100 MB",
        ),
        (
            "big.xlf",
            200,
            "Diptych reads translation files up to 100 MB",
        ),
        ("empty.tmx", 50, "not a TMX file"),
        ("empty.xlf", 50, "not an XLIFF file"),
    ] {
        let file = directory.path().join(name);
        std::fs::File::create(&file)
            .unwrap()
            .set_len(megabytes * 1024 * 1024)
            .unwrap();
        let output = import_translations(&project, &file, &[]);
        assert!(!output.status.success());
        let message = stderr(&output);
        assert!(message.contains(expected), "{message}");
        assert_eq!(message.trim().lines().count(), 1, "{message}");
    }
    assert_eq!(std::fs::read_to_string(&project).unwrap(), EXAMPLE);
}

#[test]
fn a_sentence_level_memory_splits_each_pair_with_the_sentence_aligner() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    let output = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "tmx",
        "--lang",
        "ru",
        "--sentences",
        "--include-drafts",
        "-o",
        path_str(&directory.path().join("s.tmx")),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let tmx = directory.path().join("s.tmx");
    let text = std::fs::read_to_string(&tmx).unwrap();
    assert!(text.contains("segtype=\"sentence\""));
    // The paragraph of two sentences ("The decision was approved … Mr. Kaladze said …")
    // becomes two units, each with one sentence on each side.
    let memory = diptych::io::import::tmx::read_tmx(text.as_bytes()).unwrap();
    let second = memory
        .units
        .iter()
        .find(|unit| {
            unit.text_in("en") == Some("Mr. Kaladze said the fare had not changed since 2006.")
        })
        .unwrap();
    assert!(second.id.as_deref().unwrap().ends_with("-s2"));
    let russian = second.text_in("ru").unwrap();
    assert!(
        russian.contains("Каладзе") && !russian.contains("18 ноября"),
        "{russian}"
    );
    validate_with_xmllint(&tmx, "tmx14.dtd");
}

#[test]
fn mistakes_in_the_command_are_named_as_given() {
    let directory = tempfile::tempdir().unwrap();
    let project = example(directory.path());
    let missing = directory.path().join("no-such-folder/out.tmx");
    let output = diptych(&[
        "export",
        path_str(&project),
        "--format",
        "tmx",
        "-o",
        path_str(&missing),
    ]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("does not exist"),
        "{}",
        stderr(&output)
    );
    for (lang, expected) in [
        ("ru,ru", "--lang names ru twice"),
        (",", "--lang names no language"),
    ] {
        let output = diptych(&[
            "export",
            path_str(&project),
            "--format",
            "tmx",
            "--lang",
            lang,
        ]);
        assert!(stderr(&output).contains(expected), "{}", stderr(&output));
    }
    assert_eq!(std::fs::read_to_string(&project).unwrap(), EXAMPLE);
}
