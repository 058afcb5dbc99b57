//! Import of article dumps in three languages: classification, metadata, byte ranges, and the
//! round trip import → save → load.

use std::path::{Path, PathBuf};

use diptych::io::project_file::to_ron_string;
use diptych::io::{
    ImportOptions, import_article_bytes, import_article_file, load_project, save_project,
};
use diptych::model::{ParagraphKind, Project, TextEncoding};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn import(name: &str) -> Project {
    import_article_file(&fixture(name), &ImportOptions::default()).unwrap()
}

fn kinds(project: &Project) -> Vec<ParagraphKind> {
    project
        .paragraphs()
        .iter()
        .map(|paragraph| paragraph.kind)
        .collect()
}

fn count(project: &Project, kind: ParagraphKind) -> usize {
    kinds(project)
        .into_iter()
        .filter(|found| *found == kind)
        .count()
}

fn assert_ranges_cover_the_text(project: &Project) {
    let original = &project.source.original.text;
    let mut previous_end = 0;
    for paragraph in project.paragraphs() {
        assert!(paragraph.byte_range.start >= previous_end, "ranges overlap");
        previous_end = paragraph.byte_range.end;
        let slice = &original[paragraph.byte_range.clone()];
        let cleaned: Vec<&str> = slice.split_whitespace().collect();
        assert_eq!(cleaned.join(" "), paragraph.text);
    }
    // Nothing but white space lies outside the paragraphs: no text was thrown away.
    let mut outside = String::new();
    let mut cursor = 0;
    for paragraph in project.paragraphs() {
        outside.push_str(&original[cursor..paragraph.byte_range.start]);
        cursor = paragraph.byte_range.end;
    }
    outside.push_str(&original[cursor..]);
    assert!(outside.trim().is_empty(), "text lost: {outside:?}");
    assert!(project.source.original.is_intact());
}

#[test]
fn english_fixture() {
    use ParagraphKind::*;
    let project = import("en-tbilisi-metro.txt");
    assert_eq!(
        project.metadata.title,
        "Tbilisi metro fare to double from January"
    );
    assert_eq!(
        project.metadata.description,
        "Passengers will pay 1 lari instead of 50 tetri from January 1, the city hall announced"
    );
    assert_eq!(project.metadata.outlet, "JAMnews");
    assert_eq!(project.source.language.as_str(), "en");
    let targets: Vec<&str> = project
        .targets
        .iter()
        .map(diptych::model::LanguageTag::as_str)
        .collect();
    assert_eq!(targets, vec!["ru", "az"]);
    assert_eq!(
        kinds(&project),
        vec![
            Junk, Headline, Lead, Body, Body, Body, Teaser, Heading, Body, Body, Body, Heading,
            Body, Body, Body, Footer
        ]
    );
    assert_ranges_cover_the_text(&project);
}

#[test]
fn russian_fixture() {
    use ParagraphKind::*;
    let project = import("ru-baku-electric-buses.txt");
    assert_eq!(
        project.metadata.title,
        "В Баку запустили первые электробусы"
    );
    assert!(project.metadata.description.starts_with("С 1 декабря"));
    assert_eq!(project.source.language.as_str(), "ru");
    assert_eq!(
        kinds(&project),
        vec![
            Junk, Headline, Lead, Body, Body, Body, Teaser, Heading, Body, Body, Heading, Body,
            Body, Body, Footer, Footer
        ]
    );
    assert_ranges_cover_the_text(&project);
}

#[test]
fn azerbaijani_fixture() {
    use ParagraphKind::*;
    let project = import("az-ganja-park.txt");
    assert_eq!(
        project.metadata.title,
        "Gəncədə 12 hektarlıq yeni park açılıb"
    );
    assert_eq!(project.metadata.outlet, "JAMnews");
    assert_eq!(project.source.language.as_str(), "az");
    let targets: Vec<&str> = project
        .targets
        .iter()
        .map(diptych::model::LanguageTag::as_str)
        .collect();
    assert_eq!(targets, vec!["en", "ru"]);
    assert_eq!(
        kinds(&project),
        vec![
            Junk, Headline, Lead, Body, Body, Body, Teaser, Heading, Body, Body, Heading, Body,
            Body, Footer, Footer
        ]
    );
    assert_ranges_cover_the_text(&project);
}

#[test]
fn the_shared_sample_when_present() {
    // The shared sample lives beside the repository; the test is skipped without it.
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/samples/jamnews-baku-rally.txt");
    if !path.exists() {
        eprintln!("skipping: {} not present", path.display());
        return;
    }
    let project = import_article_file(&path, &ImportOptions::default()).unwrap();
    assert_eq!(
        project.metadata.title,
        "Several dozen detained at opposition rally in Baku"
    );
    assert_eq!(project.paragraphs()[0].kind, ParagraphKind::Junk);
    assert_eq!(count(&project, ParagraphKind::Lead), 1);
    assert_eq!(count(&project, ParagraphKind::Teaser), 1);
    assert_eq!(count(&project, ParagraphKind::Heading), 2);
    assert_eq!(count(&project, ParagraphKind::Footer), 1);
    assert_eq!(count(&project, ParagraphKind::Body), 20);
    assert_ranges_cover_the_text(&project);
}

#[test]
fn utf8_bom_and_utf16_give_the_same_paragraphs_and_keep_their_bytes() {
    let bytes = std::fs::read(fixture("ru-baku-electric-buses.txt")).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    let plain = import_article_bytes("a.txt", &bytes, &ImportOptions::default()).unwrap();
    for encoding in [
        TextEncoding::Utf8Bom,
        TextEncoding::Utf16LeBom,
        TextEncoding::Utf16BeBom,
    ] {
        let encoded = encoding.encode(&text);
        let project = import_article_bytes("a.txt", &encoded, &ImportOptions::default()).unwrap();
        assert_eq!(project.paragraphs(), plain.paragraphs(), "{encoding:?}");
        assert_eq!(project.source.original.encoding, encoding);
        assert_eq!(project.source.original.bytes(), encoded);
    }
}

#[test]
fn windows_1251_and_koi8_r_give_the_same_paragraphs_and_keep_their_bytes() {
    // Old Russian files hold only what their encoding can: no Azerbaijani ı, and KOI8-R has
    // no bullet, guillemets, en dash or numero sign.
    let text = std::fs::read_to_string(fixture("ru-baku-electric-buses.txt"))
        .unwrap()
        .replace('ı', "i")
        .replace('•', "*")
        .replace(['«', '»'], "\"")
        .replace('–', "-")
        .replace('№', "N");
    let plain = import_article_bytes("a.txt", text.as_bytes(), &ImportOptions::default()).unwrap();
    for (encoding, expected) in [
        (encoding_rs::WINDOWS_1251, TextEncoding::Windows1251),
        (encoding_rs::KOI8_R, TextEncoding::Koi8R),
    ] {
        let (bytes, _, unmappable) = encoding.encode(&text);
        assert!(!unmappable, "{}", encoding.name());
        let bytes = bytes.into_owned();
        let project = import_article_bytes("a.txt", &bytes, &ImportOptions::default()).unwrap();
        assert_eq!(project.source.original.encoding, expected);
        assert_eq!(project.paragraphs(), plain.paragraphs());
        assert_eq!(project.source.original.bytes(), bytes);
        assert!(project.source.original.is_intact());
        // The project file keeps the encoding and the original intact.
        let saved = diptych::io::to_ron_string(&project).unwrap();
        let loaded = diptych::io::project_file::parse_project("p.ron", saved.as_bytes()).unwrap();
        assert_eq!(loaded, project);
    }
}

#[test]
fn crlf_line_endings_are_kept_in_the_original() {
    let text = std::fs::read_to_string(fixture("az-ganja-park.txt")).unwrap();
    let crlf = text.replace('\n', "\r\n");
    let project =
        import_article_bytes("a.txt", crlf.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(project.source.original.text, crlf);
    assert_eq!(kinds(&project), kinds(&import("az-ganja-park.txt")));
    assert_ranges_cover_the_text(&project);
}

#[test]
fn import_save_load_is_identical() {
    let directory = tempfile::tempdir().unwrap();
    for name in [
        "en-tbilisi-metro.txt",
        "ru-baku-electric-buses.txt",
        "az-ganja-park.txt",
    ] {
        let project = import(name);
        let path = directory.path().join(format!("{name}.ron"));
        save_project(&project, &path).unwrap();
        let loaded = load_project(&path).unwrap();
        assert_eq!(loaded, project, "{name}");
        let first = std::fs::read(&path).unwrap();
        save_project(&loaded, &path).unwrap();
        assert_eq!(
            std::fs::read(&path).unwrap(),
            first,
            "{name}: saving twice differs"
        );
    }
}

#[test]
fn example_projects_are_valid_and_canonical() {
    let directory = Path::new(env!("CARGO_MANIFEST_DIR")).join("projects");
    let mut checked = 0;
    for entry in std::fs::read_dir(directory).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|extension| extension == "ron") {
            let project = load_project(&path).unwrap();
            let text = std::fs::read_to_string(&path).unwrap();
            assert_eq!(to_ron_string(&project).unwrap(), text, "{}", path.display());
            assert!(!project.translations.is_empty());
            checked += 1;
        }
    }
    assert!(checked >= 1);
}

#[test]
fn markdown_articles_use_heading_markers() {
    let text = "# Gəncədə yeni park açılıb\n\nYeni park sakinlərin istifadəsinə verilib\n\n\
                Parkın açılışı noyabrın 20-də\nkeçirilib.\n\n## Layihənin dəyəri\n\n\
                Layihəyə 4,5 milyon manat xərclənib.\n";
    let project =
        import_article_bytes("park.md", text.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(
        kinds(&project),
        vec![
            ParagraphKind::Headline,
            ParagraphKind::Lead,
            ParagraphKind::Body,
            ParagraphKind::Heading,
            ParagraphKind::Body
        ]
    );
    assert_eq!(project.metadata.title, "Gəncədə yeni park açılıb");
    assert_eq!(
        project.paragraphs()[2].text,
        "Parkın açılışı noyabrın 20-də keçirilib."
    );
}

/// A project written by a version-3 build (kept as a fixture, never rewritten), with an
/// aligned translation and a translation: it loads with no QA choices and saves as the current
/// version with everything else unchanged.
#[test]
fn a_version_3_project_file_still_loads() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = root.join("tests/fixtures/v3-tbilisi-metro-aligned.diptych.ron");
    let text = std::fs::read_to_string(&fixture).unwrap();
    assert!(text.starts_with("(\n  version: 3,\n"));
    let migrated = load_project(&fixture).unwrap();
    assert!(migrated.qa.is_empty());
    assert!(migrated.source.original.is_intact());
    let ru = diptych::model::LanguageTag::parse("ru").unwrap();
    assert_eq!(migrated.aligned[&ru].links.len(), 12);
    let saved = diptych::io::to_ron_string(&migrated).unwrap();
    assert!(saved.starts_with("(\n  version: 7,\n"));
    let expected = as_version_7_from_5(
        &text
            .replacen("version: 3,", "version: 5,", 1)
            .replacen(
                "  next_paragraph_id:",
                "  qa_disabled_checks: [],\n  qa_ignored: [],\n  next_paragraph_id:",
                1,
            )
            .replacen(
                "    direction: \"\",\n",
                "    direction: \"\",\n    tags: \"\",\n    note: \"\",\n",
                1,
            ),
    );
    assert_eq!(saved, expected);
}

/// A project written by a version-4 build (kept as a fixture, never rewritten) loads with no
/// tags or note and saves as the current version with nothing else changed.
#[test]
fn a_version_4_project_file_still_loads() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = root.join("tests/fixtures/v4-ganja-park.diptych.ron");
    let text = std::fs::read_to_string(&fixture).unwrap();
    assert!(text.starts_with("(\n  version: 4,\n"));
    let migrated = load_project(&fixture).unwrap();
    assert!(migrated.metadata.tags.is_empty() && migrated.metadata.note.is_empty());
    assert!(migrated.source.original.is_intact());
    let saved = diptych::io::to_ron_string(&migrated).unwrap();
    let expected = as_version_7_from_5(&text.replacen("version: 4,", "version: 5,", 1).replacen(
        "    direction: \"\",\n",
        "    direction: \"\",\n    tags: \"\",\n    note: \"\",\n",
        1,
    ));
    assert_eq!(saved, expected);
}

/// A version-6 file as a version-7 build saves it: no merge conflicts.
fn as_version_7(text: &str) -> String {
    match text.find("  aligned_documents:") {
        Some(at) => format!(
            "{}  translation_conflicts: [],\n  metadata_conflicts: [],\n{}",
            &text[..at],
            &text[at..]
        ),
        None => panic!("no aligned_documents in {text}"),
    }
    .replacen("version: 6,", "version: 7,", 1)
}

/// A version-5 file as a version-7 build saves it: no stale translations, no history, no
/// conflicts.
fn as_version_7_from_5(text: &str) -> String {
    let with_stale = match text.find("  aligned_documents:") {
        Some(at) => format!("{}  stale_translations: [],\n{}", &text[..at], &text[at..]),
        None => panic!("no aligned_documents in {text}"),
    };
    let end = with_stale.trim_end().strip_suffix(')').unwrap().to_owned();
    as_version_7(
        &format!(
            "{end}  captures: [],\n  capture_paragraphs: [],\n  capture_translations: [],\n)\n"
        )
        .replacen("version: 5,", "version: 6,", 1),
    )
}

/// A project written by a version-6 build (kept as a fixture, never rewritten): a second
/// capture, a stale translation, tags and notes. It loads with no conflicts and saves as the
/// current version with nothing else changed.
#[test]
fn a_version_6_project_file_still_loads() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = root.join("tests/fixtures/v6-baku-electric-buses-recaptured.diptych.ron");
    let text = std::fs::read_to_string(&fixture).unwrap();
    assert!(text.starts_with("(\n  version: 6,\n"));
    let migrated = load_project(&fixture).unwrap();
    assert_eq!(migrated.capture_count(), 2);
    assert_eq!(migrated.stale_count(), 1);
    assert_eq!(migrated.conflict_count(), 0);
    assert!(migrated.altered_originals().is_empty());
    let saved = diptych::io::to_ron_string(&migrated).unwrap();
    assert_eq!(saved, as_version_7(&text));
}

/// A project written by a version-5 build (kept as a fixture, never rewritten): tags, a note,
/// translations with statuses and notes, a web page's bytes. It loads with one capture and no
/// stale translation, and saves as the current version with nothing else changed.
#[test]
fn a_version_5_project_file_still_loads() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = root.join("tests/fixtures/v5-baku-electric-buses.diptych.ron");
    let text = std::fs::read_to_string(&fixture).unwrap();
    assert!(text.starts_with("(\n  version: 5,\n"));
    let migrated = load_project(&fixture).unwrap();
    assert_eq!(migrated.metadata.tag_list(), ["transport", "Baku"]);
    assert_eq!(migrated.capture_count(), 1);
    assert_eq!(migrated.stale_count(), 0);
    assert!(migrated.source.original.is_intact());
    let en = diptych::model::LanguageTag::parse("en").unwrap();
    let seven = migrated.translation(diptych::model::ParagraphId(7), &en);
    assert_eq!(seven.status, diptych::model::TranslationStatus::Draft);
    assert_eq!(seven.note, "check the range");
    let saved = diptych::io::to_ron_string(&migrated).unwrap();
    assert_eq!(saved, as_version_7_from_5(&text));
}

/// A project written by a version-1 build (kept as a fixture, never rewritten): every later
/// format version must load it, migrating, into the same project as the current example.
#[test]
fn a_version_1_project_file_still_loads() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture = root.join("tests/fixtures/v1-tbilisi-metro-fares.diptych.ron");
    let text = std::fs::read_to_string(&fixture).unwrap();
    assert!(text.starts_with("(\n  version: 1,\n"));
    let migrated = load_project(&fixture).unwrap();
    let current = load_project(&root.join("projects/tbilisi-metro-fares.diptych.ron")).unwrap();
    assert_eq!(migrated, current);
    assert!(migrated.source.original.is_intact());
    assert_eq!(
        migrated
            .translation(
                diptych::model::ParagraphId(4),
                &diptych::model::LanguageTag::parse("ru").unwrap()
            )
            .status,
        diptych::model::TranslationStatus::Draft
    );
}
