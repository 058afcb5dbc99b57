use super::*;
use crate::io::translation::import_translation;
use crate::io::{ImportOptions, import_article_bytes};
use crate::model::{Edit, LanguageTag, MetadataField, ParagraphId, TranslationStatus};

fn sample_project() -> Project {
    let text = "Junk text \" />\n\nHeadline of the story\n\nLead without a stop\n\n\
                Body «quoted» paragraph with \"quotes\" and a \\ backslash.\n\nMore on JAMnews\n";
    let mut project =
        import_article_bytes("story.txt", text.as_bytes(), &ImportOptions::default()).unwrap();
    let ru = LanguageTag::parse("ru").unwrap();
    for edit in [
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(1),
            language: ru.clone(),
            text: "Заголовок\nистории".into(),
        },
        Edit::SetTranslationStatus {
            paragraph_id: ParagraphId(1),
            language: ru.clone(),
            status: TranslationStatus::Reviewed,
        },
        Edit::SetTranslationNote {
            paragraph_id: ParagraphId(3),
            language: LanguageTag::parse("az").unwrap(),
            note: "ə İ ı ğ ş yoxla".into(),
        },
        Edit::SetMetadata {
            field: MetadataField::Url,
            value: "https://example.org/a".into(),
        },
    ] {
        edit.apply(&mut project).unwrap();
    }
    project
}

#[test]
fn round_trip_is_identical_and_deterministic() {
    let project = sample_project();
    let first = to_ron_string(&project).unwrap();
    let loaded = parse_project("x.ron", first.as_bytes()).unwrap();
    assert_eq!(loaded, project);
    let second = to_ron_string(&loaded).unwrap();
    assert_eq!(first, second);
}

#[test]
fn one_record_per_line() {
    let text = to_ron_string(&sample_project()).unwrap();
    let paragraph_lines = text
        .lines()
        .filter(|line| line.trim_start().starts_with("(id:"));
    assert_eq!(paragraph_lines.count(), 5, "{text}");
    let translation_lines = text
        .lines()
        .filter(|line| line.trim_start().starts_with("(lang:"));
    assert_eq!(translation_lines.count(), 2, "{text}");
    assert!(text.starts_with("(\n  version: 7,\n"), "{text}");
    assert!(text.contains("Заголовок\\nистории"), "{text}");
}

#[test]
fn syntax_errors_name_line_and_column() {
    let text = to_ron_string(&sample_project()).unwrap();
    let broken = text.replacen("kind: headline", "kind: headlin", 1);
    let error = parse_project("p.ron", broken.as_bytes()).unwrap_err();
    let line = broken
        .lines()
        .position(|line| line.contains("headlin,"))
        .unwrap()
        + 1;
    match error {
        LoadError::Syntax {
            line: found,
            column,
            ..
        } => {
            assert_eq!(found, line);
            assert!(column > 1);
        }
        other => panic!("unexpected {other}"),
    }
    let truncated = &text[..text.len() / 2];
    assert!(matches!(
        parse_project("p.ron", truncated.as_bytes()),
        Err(LoadError::Syntax { .. })
    ));
}

#[test]
fn missing_fields_are_errors_not_defaults() {
    let text = to_ron_string(&sample_project()).unwrap();
    let without_author = text.replacen("    author: \"\",\n", "", 1);
    assert_ne!(without_author, text);
    let error = parse_project("p.ron", without_author.as_bytes()).unwrap_err();
    assert!(error.to_string().contains("author"), "{error}");
}

#[test]
fn newer_and_unknown_versions_are_refused() {
    let text = to_ron_string(&sample_project()).unwrap();
    let newer = text.replacen("version: 7,", "version: 8,", 1);
    let error = parse_project("p.ron", newer.as_bytes()).unwrap_err();
    assert!(matches!(error, LoadError::NewerVersion { found: 8, .. }));
    assert!(error.to_string().contains("newer Diptych"));
    let zero = text.replacen("version: 7,", "version: 0,", 1);
    assert!(matches!(
        parse_project("p.ron", zero.as_bytes()),
        Err(LoadError::UnknownVersion { found: 0, .. })
    ));
}

#[test]
fn tampered_or_inconsistent_files_are_refused() {
    let text = to_ron_string(&sample_project()).unwrap();
    let last = text.rfind("Junk text").unwrap();
    let tampered = format!("{}Junk test{}", &text[..last], &text[last + 9..]);
    let error = parse_project("p.ron", tampered.as_bytes()).unwrap_err();
    assert!(error.to_string().contains("SHA-256"), "{error}");
    let bad_lang = text.replacen("(lang: \"ru\"", "(lang: \"de\"", 1);
    let error = parse_project("p.ron", bad_lang.as_bytes()).unwrap_err();
    assert!(error.to_string().contains("not a target"), "{error}");
    let not_text = [0xFF, 0xFE, 0x00];
    assert!(matches!(
        parse_project("p.ron", &not_text),
        Err(LoadError::NotText { .. })
    ));
}

#[test]
fn saving_replaces_the_file_atomically_and_leaves_no_temp_files() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("story.ron");
    std::fs::write(&path, "old content").unwrap();
    let project = sample_project();
    save_project(&project, &path).unwrap();
    assert_eq!(load_project(&path).unwrap(), project);
    let names: Vec<_> = std::fs::read_dir(directory.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("story.ron")]);

    let missing_parent = directory.path().join("no-such-folder").join("x.ron");
    assert!(save_project(&project, &missing_parent).is_err());
    // A save that cannot complete leaves the old file as it was.
    let blocked = directory.path().join("blocked.ron");
    std::fs::create_dir(&blocked).unwrap();
    std::fs::write(blocked.join("inside"), "x").unwrap();
    assert!(save_project(&project, &blocked).is_err());
    assert!(blocked.join("inside").exists());
}

/// The text a version-6 build wrote: no merge conflicts.
fn as_version_6(current: &str) -> String {
    let mut text = current.replacen("version: 7,", "version: 6,", 1);
    for line in [
        "  translation_conflicts: [],\n",
        "  metadata_conflicts: [],\n",
    ] {
        assert!(text.contains(line), "{line}");
        text = text.replacen(line, "", 1);
    }
    text
}

/// The text a version-5 build wrote: no capture history, no stale translations.
fn as_version_5(current: &str) -> String {
    let mut text = as_version_6(current).replacen("version: 6,", "version: 5,", 1);
    for line in [
        "  stale_translations: [],\n",
        "  captures: [],\n",
        "  capture_paragraphs: [],\n",
        "  capture_translations: [],\n",
    ] {
        assert!(text.contains(line), "{line}");
        text = text.replacen(line, "", 1);
    }
    text
}

/// The text a version-4 build wrote: no tags or note.
fn as_version_4(current: &str) -> String {
    let mut text = as_version_5(current).replacen("version: 5,", "version: 4,", 1);
    for line in ["    tags: \"\",\n", "    note: \"\",\n"] {
        assert!(text.contains(line), "{line}");
        text = text.replacen(line, "", 1);
    }
    text
}

/// The text a version-3 build wrote: no QA choices.
fn as_version_3(current: &str) -> String {
    let mut text = as_version_4(current).replacen("version: 4,", "version: 3,", 1);
    for line in ["  qa_disabled_checks: [],\n", "  qa_ignored: [],\n"] {
        assert!(text.contains(line), "{line}");
        text = text.replacen(line, "", 1);
    }
    text
}

/// The text a version-2 build wrote for a plain-text project: no provenance fields, no
/// container format, no stored bytes.
fn as_version_2(current: &str) -> String {
    let mut text = as_version_3(current).replacen("version: 3,", "version: 2,", 1);
    for line in [
        "    modified: \"\",\n",
        "    capture_tool: \"\",\n",
        "    direction: \"\",\n",
        "    format: text,\n",
        "    bytes: None,\n",
        "    record: \"\",\n",
    ] {
        assert!(text.contains(line), "{line}");
        text = text.replacen(line, "", 1);
    }
    text
}

#[test]
fn version_2_files_migrate() {
    let project = sample_project();
    let current = to_ron_string(&project).unwrap();
    let version_2 = as_version_2(&current);
    let migrated = parse_project("old.ron", version_2.as_bytes()).unwrap();
    assert_eq!(migrated, project);
    assert_eq!(to_ron_string(&migrated).unwrap(), current);
    // A version-2 file with version-3 fields is not a version-2 file.
    let mixed = as_version_3(&current).replacen("version: 3,", "version: 2,", 1);
    assert!(parse_project("mixed.ron", mixed.as_bytes()).is_err());
}

#[test]
fn version_3_files_migrate_with_nothing_switched_off_or_ignored() {
    let project = aligned_project();
    let current = to_ron_string(&project).unwrap();
    let version_3 = as_version_3(&current);
    let migrated = parse_project("old.ron", version_3.as_bytes()).unwrap();
    assert_eq!(migrated, project);
    assert!(migrated.qa.is_empty());
    assert_eq!(to_ron_string(&migrated).unwrap(), current);
    // A version-3 file with version-4 fields is not a version-3 file.
    let mixed = as_version_4(&current).replacen("version: 4,", "version: 3,", 1);
    assert!(parse_project("mixed.ron", mixed.as_bytes()).is_err());
}

#[test]
fn version_4_files_migrate_with_no_tags_or_note() {
    let project = aligned_project();
    let current = to_ron_string(&project).unwrap();
    let migrated = parse_project("old.ron", as_version_4(&current).as_bytes()).unwrap();
    assert_eq!(migrated, project);
    assert_eq!(to_ron_string(&migrated).unwrap(), current);
    // A version-4 file with version-5 fields is not a version-4 file.
    let mixed = as_version_5(&current).replacen("version: 5,", "version: 4,", 1);
    assert!(parse_project("mixed.ron", mixed.as_bytes()).is_err());
}

#[test]
fn version_5_files_migrate_with_no_capture_history() {
    let project = aligned_project();
    let current = to_ron_string(&project).unwrap();
    let migrated = parse_project("old.ron", as_version_5(&current).as_bytes()).unwrap();
    assert_eq!(migrated, project);
    assert!(migrated.captures.is_empty());
    assert_eq!(to_ron_string(&migrated).unwrap(), current);
    // A version-5 file with version-6 fields is not a version-5 file.
    let mixed = as_version_6(&current).replacen("version: 6,", "version: 5,", 1);
    assert!(parse_project("mixed.ron", mixed.as_bytes()).is_err());
}

#[test]
fn version_6_files_migrate_with_no_conflicts() {
    let project = aligned_project();
    let current = to_ron_string(&project).unwrap();
    let migrated = parse_project("old.ron", as_version_6(&current).as_bytes()).unwrap();
    assert_eq!(migrated, project);
    assert_eq!(migrated.conflict_count(), 0);
    assert_eq!(to_ron_string(&migrated).unwrap(), current);
    let mixed = current.replacen("version: 7,", "version: 6,", 1);
    assert!(parse_project("mixed.ron", mixed.as_bytes()).is_err());
}

/// The aligned project after a new capture: an earlier capture, a removed paragraph's
/// translation kept with it, stale translations.
fn recaptured_project() -> Project {
    use crate::model::{
        IncomingCapture, Metadata, Original, SourceDocument, TextEncoding, plan_recapture,
    };
    let mut project = aligned_project();
    let target = project.targets[0].clone();
    for id in [1, 2] {
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(id),
            language: target.clone(),
            text: format!("translation {id}"),
        }
        .apply(&mut project)
        .unwrap();
    }
    let mut paragraphs = project.source.paragraphs.clone();
    let text: String = paragraphs
        .iter()
        .map(|paragraph| format!("{} (updated)", paragraph.text))
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut start = 0;
    for paragraph in &mut paragraphs {
        paragraph.text = format!("{} (updated)", paragraph.text);
        paragraph.byte_range = start..start + paragraph.text.len();
        start += paragraph.text.len() + 2;
    }
    paragraphs.pop();
    let incoming = IncomingCapture {
        metadata: Metadata::default(),
        source: SourceDocument {
            language: project.source.language.clone(),
            original: Original::new("again.txt".into(), TextEncoding::Utf8, text),
            paragraphs,
        },
    };
    let plan = plan_recapture(&project, incoming, "2026-12-02T09:00:00Z").unwrap();
    plan.edit.apply(&mut project).unwrap();
    project
}

#[test]
fn the_capture_history_round_trips_and_every_capture_is_verified() {
    let project = recaptured_project();
    assert_eq!(project.capture_count(), 2);
    assert!(project.stale_count() > 0);
    let text = to_ron_string(&project).unwrap();
    assert_eq!(parse_project("c.ron", text.as_bytes()).unwrap(), project);
    assert!(
        text.contains("  stale_translations: [\n    (lang:"),
        "{text}"
    );
    assert!(
        text.contains("  captures: [\n    (number: 1, superseded: \"2026-12-02T09:00:00Z\""),
        "{text}"
    );
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("c.ron");
    std::fs::write(&path, &text).unwrap();
    let checks = verify_project_file(&path).unwrap();
    assert_eq!(checks.len(), 3, "{checks:?}");
    assert!(checks.iter().all(OriginalCheck::is_intact));
    // An earlier capture altered is found by verify and refused by a strict load.
    let sha = &project.captures[0].original.sha256;
    let line = text
        .lines()
        .find(|line| line.contains("(number: 1,"))
        .unwrap();
    assert!(line.contains(sha.as_str()));
    let altered = text.replacen(line, &line.replacen(sha.as_str(), &"0".repeat(64), 1), 1);
    std::fs::write(&path, &altered).unwrap();
    let checks = verify_project_file(&path).unwrap();
    assert!(
        checks
            .iter()
            .any(|check| !check.is_intact() && check.what.starts_with("capture 1")),
        "{checks:?}"
    );
    assert!(parse_project("c.ron", altered.as_bytes()).is_err());
    // A kept translation naming a paragraph the capture lacks is refused.
    let orphan = text.replacen("(capture: 1, lang:", "(capture: 2, lang:", 1);
    if orphan != text {
        assert!(parse_project("c.ron", orphan.as_bytes()).is_err());
    }
}

#[test]
fn tags_and_a_note_round_trip_and_read_as_a_list() {
    let mut project = aligned_project();
    project.metadata.tags = " transport, Tbilisi ,, transport ,metro ".to_owned();
    project.metadata.note = "Checked against the print edition.\nSecond line.".to_owned();
    let text = to_ron_string(&project).unwrap();
    let back = parse_project("t.ron", text.as_bytes()).unwrap();
    assert_eq!(back, project);
    assert_eq!(back.metadata.tag_list(), ["transport", "Tbilisi", "metro"]);
}

#[test]
fn qa_choices_round_trip_one_ignored_finding_per_line() {
    use crate::model::{FindingPlace, IgnoredFinding, ParagraphId, QaSettings};
    let mut project = aligned_project();
    let ru = LanguageTag::parse("ru").unwrap();
    let mut settings = QaSettings::default();
    settings.disabled_checks.insert("length".to_owned());
    settings.ignored.insert(IgnoredFinding {
        language: ru.clone(),
        check: "numbers".to_owned(),
        place: FindingPlace::Paragraph(ParagraphId(3)),
        message: "15:00 is not in the translation".to_owned(),
    });
    settings.ignored.insert(IgnoredFinding {
        language: ru,
        check: "names".to_owned(),
        place: FindingPlace::Link {
            source: vec![ParagraphId(4), ParagraphId(5)],
            target: vec![ParagraphId(40)],
        },
        message: "“Hajili” is not in the translation".to_owned(),
    });
    project.qa = settings;
    let text = to_ron_string(&project).unwrap();
    assert_eq!(parse_project("q.ron", text.as_bytes()).unwrap(), project);
    let lines: Vec<&str> = text
        .lines()
        .filter(|line| line.trim_start().starts_with("(lang: \"ru\", check:"))
        .collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(
        text.contains("qa_disabled_checks: [\n    \"length\",\n  ],"),
        "{text}"
    );
}

#[test]
fn version_1_files_migrate() {
    let project = sample_project();
    let current = to_ron_string(&project).unwrap();
    let version_2 = as_version_2(&current);
    let version_1 = version_2
        .replacen("version: 2,", "version: 1,", 1)
        .replacen("  aligned_documents: [],\n", "", 1)
        .replacen("  aligned_paragraphs: [],\n", "", 1)
        .replacen("  links: [],\n", "", 1);
    assert_ne!(version_1, version_2);
    let migrated = parse_project("old.ron", version_1.as_bytes()).unwrap();
    assert_eq!(migrated, project);
    assert_eq!(to_ron_string(&migrated).unwrap(), current);
    // A version-1 file with version-2 fields is not a version-1 file.
    let mixed = version_2.replacen("version: 2,", "version: 1,", 1);
    assert!(parse_project("mixed.ron", mixed.as_bytes()).is_err());
}

#[test]
fn stored_original_bytes_round_trip_and_damage_is_refused() {
    let mut project = sample_project();
    let page = b"<html><body><p>Caf\xe9 \x97 bytes that are not UTF-8</p></body></html>".to_vec();
    project.source.original = crate::model::Original::with_bytes(
        "page.html".into(),
        crate::model::SourceFormat::Html,
        crate::model::TextEncoding::Windows1252,
        project.source.original.text.clone(),
        page.clone(),
    );
    let text = to_ron_string(&project).unwrap();
    assert!(text.contains("format: html,"), "{text}");
    let loaded = parse_project("p.ron", text.as_bytes()).unwrap();
    assert_eq!(loaded.source.original.bytes(), page);
    assert_eq!(loaded, project);
    // Other bytes with the same length: the hash check catches them.
    let mut other = page.clone();
    other[20] = b'X';
    let packed = crate::io::packed::pack_bytes(&page);
    let swapped = text.replacen(&packed, &crate::io::packed::pack_bytes(&other), 1);
    assert_ne!(swapped, text);
    let error = parse_project("p.ron", swapped.as_bytes()).unwrap_err();
    assert!(error.to_string().contains("altered"), "{error}");
    // Truncated base64: damaged, said plainly.
    let cut = text.replacen(&packed, &packed[..packed.len() / 2], 1);
    let error = parse_project("p.ron", cut.as_bytes()).unwrap_err();
    assert!(error.to_string().contains("damaged"), "{error}");
    // A web page without its bytes cannot be verified, so it is refused.
    let missing = text.replacen(&format!("Some(\"{packed}\")"), "None", 1);
    let error = parse_project("p.ron", missing.as_bytes()).unwrap_err();
    assert!(error.to_string().contains("bytes are missing"), "{error}");
}

fn aligned_project() -> Project {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut project = crate::io::import_article_file(
        &root.join("en-tbilisi-metro.txt"),
        &ImportOptions::default(),
    )
    .unwrap();
    let ru = LanguageTag::parse("ru").unwrap();
    let edit = import_translation(&project, &root.join("ru-tbilisi-metro.txt"), &ru).unwrap();
    edit.apply(&mut project).unwrap();
    project
}

#[test]
fn aligned_translations_round_trip_one_record_per_line() {
    let project = aligned_project();
    let aligned = &project.aligned[&LanguageTag::parse("ru").unwrap()];
    assert_eq!(aligned.links.len(), 12);
    let text = to_ron_string(&project).unwrap();
    assert_eq!(parse_project("a.ron", text.as_bytes()).unwrap(), project);
    let link_lines = text
        .lines()
        .filter(|line| line.trim_start().starts_with("(lang: \"ru\", source:"))
        .count();
    assert_eq!(link_lines, 12, "{text}");
    let paragraph_lines = text
        .lines()
        .filter(|line| line.trim_start().starts_with("(lang: \"ru\", id:"))
        .count();
    assert_eq!(paragraph_lines, aligned.paragraphs.len());
}

#[test]
fn inconsistent_alignments_are_refused() {
    let text = to_ron_string(&aligned_project()).unwrap();
    // A link naming a source paragraph as a target.
    let wrong_side = text.replacen("source: [1], target: [", "source: [1], target: [1, ", 1);
    let error = parse_project("a.ron", wrong_side.as_bytes()).unwrap_err();
    assert!(
        error.to_string().contains("is not a ru paragraph"),
        "{error}"
    );
    // A paragraph in two links.
    let twice = text.replacen("source: [2], target: [", "source: [1, 2], target: [", 1);
    let error = parse_project("a.ron", twice.as_bytes()).unwrap_err();
    assert!(error.to_string().contains("in two ru links"), "{error}");
}

#[test]
fn an_altered_original_can_still_be_opened_and_stays_flagged() {
    let text = to_ron_string(&sample_project()).unwrap();
    let last = text.rfind("Junk text").unwrap();
    let tampered = format!("{}Junk test{}", &text[..last], &text[last + 9..]);
    assert!(parse_project("p.ron", tampered.as_bytes()).is_err());
    let (project, altered) = parse_project_keeping_altered("p.ron", tampered.as_bytes()).unwrap();
    assert_eq!(altered.len(), 1, "{altered:?}");
    assert!(altered[0].contains("story.txt"), "{altered:?}");
    assert!(!project.source.original.is_intact());
    // Saving does not quietly make the altered original look intact.
    let saved = to_ron_string(&project).unwrap();
    assert!(parse_project("p.ron", saved.as_bytes()).is_err());
    // Other inconsistencies are still refused.
    let bad_lang = tampered.replacen("(lang: \"ru\"", "(lang: \"de\"", 1);
    assert!(parse_project_keeping_altered("p.ron", bad_lang.as_bytes()).is_err());
}

#[test]
fn projects_are_sniffed_by_their_structure_and_a_byte_order_mark_is_fine() {
    let text = to_ron_string(&sample_project()).unwrap();
    assert!(looks_like_project(text.as_bytes()));
    let with_bom = format!("\u{feff}{text}");
    assert!(looks_like_project(with_bom.as_bytes()));
    assert_eq!(
        parse_project("bom.ron", with_bom.as_bytes()).unwrap(),
        sample_project()
    );
    let recovery = format!("// Diptych recovery file\n// project: /x.ron\n{text}");
    assert!(looks_like_project(recovery.as_bytes()));
    for article in [
        "(Reuters) - Parliament passed a new version of the election law on Tuesday.",
        "(version 2 of the story) The minister said …",
        "( AP ) version: the final one",
    ] {
        assert!(!looks_like_project(article.as_bytes()), "{article}");
    }
}

#[test]
fn an_impossible_paragraph_counter_is_refused_and_never_saved() {
    let mut project = sample_project();
    project.next_paragraph_id = u32::MAX - 3;
    let text = to_ron_string(&project).unwrap();
    let error = parse_project("huge.ron", text.as_bytes()).unwrap_err();
    assert!(error.to_string().contains("impossibly large"), "{error}");
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("huge.ron");
    let error = save_project(&project, &path).unwrap_err();
    assert!(
        error.to_string().contains("would not open again"),
        "{error}"
    );
    assert!(!path.exists(), "nothing was written");
    // Ids that collide (as a wrapped counter would make them) are refused the same way.
    let mut colliding = sample_project();
    let first = colliding.source.paragraphs[0].paragraph_id;
    colliding.source.paragraphs[1].paragraph_id = first;
    assert!(save_project(&colliding, &path).is_err());
    assert!(!path.exists());
}

#[test]
fn importing_a_translation_never_wraps_paragraph_ids() {
    let mut project = sample_project();
    project.next_paragraph_id = crate::model::MAX_PARAGRAPH_ID_COUNTER - 2;
    let directory = tempfile::tempdir().unwrap();
    let translation = directory.path().join("ru.txt");
    std::fs::write(
        &translation,
        "Заголовок\n\nПервый абзац.\n\nВторой абзац.\n\nТретий абзац.\n",
    )
    .unwrap();
    let ru = LanguageTag::parse("ru").unwrap();
    let error = import_translation(&project, &translation, &ru).unwrap_err();
    assert!(
        error.to_string().contains("no paragraph ids left"),
        "{error}"
    );
    assert_eq!(
        crate::model::allocate_paragraph_ids(5, 3),
        Ok((5, 8)),
        "ordinary allocations work"
    );
}
