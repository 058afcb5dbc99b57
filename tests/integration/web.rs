//! Importing saved web pages and archives built here from our own fixture page: plain HTML in
//! several encodings, SingleFile, MHTML and WARC (plain and gzip), with the original kept byte
//! for byte through a project round trip.

use std::path::Path;

use crate::archives::{gzip, mhtml, page, warc_records};
use diptych::io::project_file::parse_project;
use diptych::io::{ImportError, ImportOptions, import_article_bytes, to_ron_string};
use diptych::model::{ParagraphKind, Project, SourceFormat, TextEncoding};

fn import(name: &str, bytes: &[u8]) -> Project {
    import_article_bytes(name, bytes, &ImportOptions::default()).unwrap()
}

fn kinds_and_texts(project: &Project) -> Vec<(ParagraphKind, String)> {
    project
        .paragraphs()
        .iter()
        .map(|paragraph| (paragraph.kind, paragraph.text.clone()))
        .collect()
}

/// Saves and reloads the project and checks the original comes back bit for bit.
fn assert_kept_exactly(project: &Project, bytes: &[u8]) {
    assert_eq!(project.source.original.bytes(), bytes);
    let text = to_ron_string(project).unwrap();
    let loaded = parse_project("p.ron", text.as_bytes()).unwrap();
    assert_eq!(&loaded, project);
    assert_eq!(loaded.source.original.bytes(), bytes);
}

#[test]
fn a_saved_page_becomes_an_article_with_kinds_metadata_and_excluded_furniture() {
    let bytes = page().into_bytes();
    let project = import("ru-baku-electric-buses.html", &bytes);
    assert_eq!(project.source.original.format, SourceFormat::Html);
    assert_eq!(project.source.original.encoding, TextEncoding::Utf8);
    assert_eq!(project.source.language.as_str(), "ru");
    let metadata = &project.metadata;
    assert_eq!(metadata.title, "В Баку запустили первые электробусы");
    assert_eq!(metadata.author, "Лейла Гасанова");
    assert_eq!(metadata.outlet, "JAMnews");
    assert_eq!(metadata.url, "https://example.org/ru/baku-electric-buses");
    assert_eq!(metadata.published, "2026-11-20T09:30:00+04:00");
    assert_eq!(metadata.modified, "2026-11-20T12:05:00+04:00");
    assert_eq!(metadata.direction, "ltr");
    let paragraphs = kinds_and_texts(&project);
    let kind_of = |start: &str| {
        paragraphs
            .iter()
            .find(|(_, text)| text.starts_with(start))
            .map(|(kind, _)| *kind)
    };
    assert_eq!(kind_of("В Баку запустили"), Some(ParagraphKind::Headline));
    assert_eq!(kind_of("С 1 декабря"), Some(ParagraphKind::Lead));
    assert_eq!(
        kind_of("Электробус на проспекте"),
        Some(ParagraphKind::Caption)
    );
    assert_eq!(
        kind_of("Сколько стоит проезд"),
        Some(ParagraphKind::Heading)
    );
    assert_eq!(kind_of("«Новые автобусы"), Some(ParagraphKind::Quote));
    assert_eq!(kind_of("студенты платят"), Some(ParagraphKind::Body));
    assert_eq!(kind_of("Читайте также"), Some(ParagraphKind::Teaser));
    assert_eq!(kind_of("Facebook Telegram"), Some(ParagraphKind::Junk));
    let translatable: Vec<&str> = paragraphs
        .iter()
        .filter(|(kind, _)| kind.is_translatable())
        .map(|(_, text)| text.as_str())
        .collect();
    assert_eq!(translatable.len(), 15, "{translatable:#?}");
    for left_out in [
        "Азербайджан Грузия",
        "cookie",
        "Наконец-то",
        "Популярное",
        "© 2026",
    ] {
        assert!(
            !translatable.iter().any(|text| text.contains(left_out)),
            "{left_out} should not be translated"
        );
    }
    // Scripts never run and their text is never taken.
    assert!(!project.source.original.text.contains("пишет скрипт"));
    // Everything left out is still in the stored original.
    let original = String::from_utf8(project.source.original.bytes()).unwrap();
    assert!(original.contains("Наконец-то! Давно пора"));
    assert_kept_exactly(&project, &bytes);
}

fn with_charset(label: &str) -> String {
    page().replacen(
        "<meta charset=\"utf-8\">",
        &format!("<meta charset=\"{label}\">"),
        1,
    )
}

#[test]
fn legacy_and_utf16_pages_give_the_same_article() {
    let reference = kinds_and_texts(&import("a.html", page().as_bytes()));
    let declared = with_charset("windows-1251");
    let cp1251 = encoding_rs::WINDOWS_1251.encode(&declared).0.into_owned();
    let project = import("a.html", &cp1251);
    assert_eq!(project.source.original.encoding, TextEncoding::Windows1251);
    assert_eq!(kinds_and_texts(&project), reference);
    assert_kept_exactly(&project, &cp1251);

    // KOI8-R with no declaration at all: detected from the bytes.
    let undeclared = page().replacen("<meta charset=\"utf-8\">", "", 1);
    let koi8 = encoding_rs::KOI8_R.encode(&undeclared).0.into_owned();
    let project = import("a.htm", &koi8);
    assert_eq!(project.source.original.encoding, TextEncoding::Koi8R);
    assert_eq!(kinds_and_texts(&project), reference);

    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        with_charset("utf-16")
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let project = import("a.html", &utf16);
    assert_eq!(project.source.original.encoding, TextEncoding::Utf16LeBom);
    assert_eq!(kinds_and_texts(&project), reference);
    assert_kept_exactly(&project, &utf16);
}

#[test]
fn the_encoding_can_be_overridden() {
    let declared = with_charset("windows-1251");
    let cp1251 = encoding_rs::WINDOWS_1251.encode(&declared).0.into_owned();
    let options = ImportOptions {
        encoding: Some(TextEncoding::Koi8R),
        ..ImportOptions::default()
    };
    let wrong = import_article_bytes("a.html", &cp1251, &options).unwrap();
    assert_eq!(wrong.source.original.encoding, TextEncoding::Koi8R);
    assert!(!wrong.metadata.title.contains("Баку"));
    // The bytes are the same whatever the reading.
    assert_eq!(wrong.source.original.bytes(), cp1251);
}

#[test]
fn singlefile_header_gives_url_date_and_tool_and_the_format_comes_from_the_content() {
    let saved = format!(
        "<!--\n Page saved with SingleFile \n url: https://example.org/ru/baku-electric-buses?utm=x \n \
         saved date: Tue Nov 24 2026 09:12:44 GMT+0400 (Azerbaijan Standard Time)\n-->{}",
        page()
    );
    // A misleading name does not matter: the content says it is a web page.
    let project = import("download.txt", saved.as_bytes());
    assert_eq!(project.source.original.format, SourceFormat::Html);
    assert_eq!(project.metadata.capture_tool, "SingleFile");
    assert_eq!(
        project.metadata.captured,
        "Tue Nov 24 2026 09:12:44 GMT+0400 (Azerbaijan Standard Time)"
    );
    assert_eq!(
        project.metadata.title,
        "В Баку запустили первые электробусы"
    );
}

#[test]
fn mhtml_files_are_read_with_quoted_printable_or_base64_parts() {
    let reference = kinds_and_texts(&import("a.html", page().as_bytes()));
    for transfer in ["quoted-printable", "base64"] {
        let bytes = mhtml(page().as_bytes(), transfer);
        let project = import("page.mhtml", &bytes);
        assert_eq!(project.source.original.format, SourceFormat::Mhtml);
        assert_eq!(kinds_and_texts(&project), reference, "{transfer}");
        assert_eq!(project.metadata.captured, "Tue, 24 Nov 2026 09:12:44 +0400");
        assert!(project.metadata.capture_tool.contains("Blink"));
        assert_kept_exactly(&project, &bytes);
    }
}

#[test]
fn warc_files_list_their_pages_and_import_the_chosen_one() {
    let records = warc_records();
    let plain: Vec<u8> = records.concat();
    let gzipped: Vec<u8> = records.iter().flat_map(|record| gzip(record)).collect();
    let reference = kinds_and_texts(&import("a.html", page().as_bytes()));
    for (bytes, format) in [
        (&plain, SourceFormat::Warc),
        (&gzipped, SourceFormat::WarcGz),
    ] {
        let error =
            import_article_bytes("capture.warc", bytes, &ImportOptions::default()).unwrap_err();
        let ImportError::ChooseRecord { records, .. } = &error else {
            panic!("{error}");
        };
        let urls: Vec<&str> = records.iter().map(|record| record.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "https://example.org/ru/baku-electric-buses",
                "https://example.org/about"
            ]
        );
        let options = ImportOptions {
            record: Some("https://example.org/ru/baku-electric-buses".into()),
            ..ImportOptions::default()
        };
        let project = import_article_bytes("capture.bin", bytes, &options).unwrap();
        assert_eq!(project.source.original.format, format);
        assert_eq!(project.source.original.encoding, TextEncoding::Koi8R);
        assert_eq!(kinds_and_texts(&project), reference);
        assert_eq!(project.metadata.capture_tool, "Wget/1.21.4 (linux-gnu)");
        assert_eq!(project.metadata.captured, "2026-11-24T05:12:44Z");
        assert_kept_exactly(&project, bytes);
        let missing = ImportOptions {
            record: Some("https://example.org/nope".into()),
            ..ImportOptions::default()
        };
        let error = import_article_bytes("capture.warc", bytes, &missing).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("has no page https://example.org/nope"),
            "{error}"
        );
    }
}

#[test]
fn damaged_archives_are_refused_or_read_up_to_the_damage() {
    let records = warc_records();
    let gzipped: Vec<u8> = records.iter().flat_map(|record| gzip(record)).collect();
    // Cut inside the first HTML response: nothing complete is left.
    let first_two: usize = records[..2].iter().map(|record| gzip(record).len()).sum();
    let cut = &gzipped[..first_two + 40];
    let error = import_article_bytes("cut.warc.gz", cut, &ImportOptions::default()).unwrap_err();
    assert!(error.to_string().contains("truncated"), "{error}");
    // Cut inside the last record: the first page is still there.
    let cut = &gzipped[..gzipped.len() - 30];
    let project = import_article_bytes("cut.warc.gz", cut, &ImportOptions::default()).unwrap();
    assert_eq!(
        project.metadata.title,
        "В Баку запустили первые электробусы"
    );
    assert_kept_exactly(&project, cut);
    // A WARC without HTML.
    let images = records[3].clone();
    let error = import_article_bytes("img.warc", &images, &ImportOptions::default()).unwrap_err();
    assert!(error.to_string().contains("no HTML page"), "{error}");
}

#[test]
fn names_and_links_inside_archives_are_only_text() {
    let directory = tempfile::tempdir().unwrap();
    let secret = directory.path().join("secret.txt");
    std::fs::write(&secret, "TOP SECRET LOCAL FILE").unwrap();
    let secret_url = format!("file://{}", secret.display());
    let page = format!(
        "<html><head><title>Hostile page</title><link rel=stylesheet href=\"{secret_url}\">\
         <script src=\"http://127.0.0.1:9/evil.js\"></script></head><body><article>\
         <h1>Hostile page</h1><p>A paragraph with enough words to be the article, naming \
         <a href=\"{secret_url}\">a local file</a>.</p><img src=\"{secret_url}\">\
         <iframe src=\"{secret_url}\"></iframe><object data=\"{secret_url}\"></object>\
         </article></body></html>"
    );
    let escape = "../../../../../../tmp/diptych-escape-test";
    let archive = format!(
        "MIME-Version: 1.0\r\nSnapshot-Content-Location: {escape}\r\n\
         Content-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n\
         Content-Type: text/html\r\nContent-Location: {escape}\r\n\r\n{page}\r\n--b\r\n\
         Content-Type: image/png\r\nContent-Location: ../../x.png\r\nContent-Transfer-Encoding: base64\r\n\r\n\
         iVBORw0KGgo=\r\n--b--\r\n"
    );
    let before = std::fs::read_dir(directory.path()).unwrap().count();
    let project = import("hostile.mhtml", archive.as_bytes());
    assert_eq!(project.metadata.title, "Hostile page");
    assert!(!project.source.original.text.contains("TOP SECRET"));
    assert!(!Path::new("/tmp/diptych-escape-test").exists());
    let after = std::fs::read_dir(directory.path()).unwrap().count();
    assert_eq!(before, after, "nothing was written");
    let warc = crate::archives::warc_record("resource", &secret_url, "text/html", page.as_bytes());
    let project = import("hostile.warc", &warc);
    assert_eq!(project.source.original.record, secret_url);
    assert!(!project.source.original.text.contains("TOP SECRET"));
}
