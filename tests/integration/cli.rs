//! The command line, run as a real process.

use std::path::Path;

use crate::cli_common::{diptych, fixture, imported_project, path_str, stderr, stdout};

/// `diptych align` of the English Tbilisi metro article and its Russian translation, with
/// `extra` arguments.
fn align_metro(extra: &[&str]) -> std::process::Output {
    let english = fixture("en-tbilisi-metro.txt");
    let russian = fixture("ru-tbilisi-metro.txt");
    let mut arguments = vec![
        "align",
        english.to_str().unwrap(),
        russian.to_str().unwrap(),
        "--lang",
        "ru",
    ];
    arguments.extend_from_slice(extra);
    diptych(&arguments)
}

#[test]
fn import_then_inspect_json() {
    let directory = tempfile::tempdir().unwrap();
    let project = directory.path().join("metro.ron");
    let article = fixture("en-tbilisi-metro.txt");
    let output = diptych(&[
        "import",
        article.to_str().unwrap(),
        "-o",
        project.to_str().unwrap(),
        "--targets",
        "ru,az,de",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("targets ru, az, de"));

    let output = diptych(&["inspect", project.to_str().unwrap(), "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["title"], "Tbilisi metro fare to double from January");
    assert_eq!(json["source_lang"], "en");
    let paragraphs = json["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs.len(), 16);
    assert_eq!(paragraphs[0]["kind"], "junk");
    assert_eq!(paragraphs[1]["kind"], "headline");
    assert_eq!(paragraphs[1]["id"], 1);
    assert_eq!(paragraphs[1]["translations"]["ru"]["status"], "new");
    assert_eq!(paragraphs[1]["translations"]["de"]["text"], "");
    assert_eq!(paragraphs[6]["kind"], "teaser");

    // Importing again over the same file is refused without --force.
    let again = diptych(&[
        "import",
        article.to_str().unwrap(),
        "-o",
        project.to_str().unwrap(),
    ]);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("--force"));
}

#[test]
fn inspect_reads_articles_and_example_projects() {
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/tbilisi-metro-fares.diptych.ron");
    let output = diptych(&["inspect", example.to_str().unwrap()]);
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(
        json["paragraphs"][1]["translations"]["ru"]["status"],
        "approved"
    );
    let article = fixture("az-ganja-park.txt");
    let output = diptych(&["inspect", article.to_str().unwrap(), "--format", "text"]);
    assert!(output.status.success());
    assert!(stdout(&output).contains("heading    Layihənin dəyəri"));
}

#[test]
fn legacy_encodings_are_detected_and_reported() {
    let directory = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("ru-baku-electric-buses.txt"))
        .unwrap()
        .replace('ı', "i")
        .replace('•', "*");
    let path = directory.path().join("koi8.txt");
    std::fs::write(&path, encoding_rs::KOI8_R.encode(&text).0).unwrap();
    let output = diptych(&["inspect", path.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["original"]["encoding"], "KOI8-R");
    assert_eq!(json["title"], "В Баку запустили первые электробусы");
    assert_eq!(json["source_lang"], "ru");
}

#[test]
fn stats_reports_progress_per_target() {
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/tbilisi-metro-fares.diptych.ron");
    let output = diptych(&["stats", example.to_str().unwrap()]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("ru          4/13 paragraphs"), "{text}");
    assert!(text.contains("az          1/13 paragraphs"), "{text}");
    // Nine body paragraphs; two of them hold two sentences each.
    assert!(
        text.contains("body            9 paragraphs      11 sentences      159 words"),
        "{text}"
    );
}

#[test]
fn bad_input_fails_clearly_with_a_non_zero_exit() {
    let directory = tempfile::tempdir().unwrap();
    let png = directory.path().join("picture.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let damaged = directory.path().join("damaged.txt");
    std::fs::write(&damaged, b"\xEF\xBB\xBFcaf\xe9 au lait\n").unwrap();
    let newer = directory.path().join("future.ron");
    std::fs::write(&newer, "(version: 9)").unwrap();
    let cases: [(&Path, &str); 4] = [
        (Path::new("/no/such/file.txt"), "cannot read"),
        (&png, "binary file"),
        (&damaged, "not valid UTF-8"),
        (&newer, "newer Diptych"),
    ];
    for (path, expected) in cases {
        for command in ["inspect", "stats", "import"] {
            let output = diptych(&[command, path.to_str().unwrap()]);
            assert_eq!(
                output.status.code(),
                Some(1),
                "{command} {}",
                path.display()
            );
            let message = stderr(&output);
            assert!(message.contains(expected), "{command}: {message}");
            assert_eq!(message.lines().count(), 1, "one clear line: {message}");
            assert_eq!(
                message.matches("os error").count().max(1),
                1,
                "cause repeated: {message}"
            );
        }
    }
    assert!(!directory.path().join("picture.diptych.ron").exists());
}

#[test]
fn align_prints_links_of_translatable_paragraphs() {
    let output = align_metro(&["--links"]);
    assert!(output.status.success(), "{}", stderr(&output));
    // The Russian merges "The city says…" with "Officials promise…" and leaves out "Travel cards…".
    let expected = "[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3]\n[4]:[4]\n[5]:[5]\n[6, 7]:[6]\n[8]:[]\n\
                    [9]:[7]\n[10]:[8]\n[11]:[9]\n[12]:[10]\n";
    assert_eq!(stdout(&output), expected);

    let with_confidence = align_metro(&["--links", "--confidence"]);
    let lines: Vec<String> = stdout(&with_confidence)
        .lines()
        .map(str::to_owned)
        .collect();
    // A paragraph without counterpart is never shown green (0.8 and up): someone should look.
    let orphan: f32 = lines[7].strip_prefix("[8]:[]:").unwrap().parse().unwrap();
    assert!(orphan < 0.8, "{}", lines[7]);
    for line in &lines {
        let confidence: f32 = line.rsplit(':').next().unwrap().parse().unwrap();
        assert!((0.0..=1.0).contains(&confidence), "{line}");
    }

    let explained = align_metro(&[]);
    let text = stdout(&explained);
    assert!(text.contains("no counterpart in the translation"), "{text}");
    assert!(text.contains("    > Проезд в тбилисском метро"), "{text}");
}

#[test]
fn align_lines_and_sentences() {
    let directory = tempfile::tempdir().unwrap();
    let source = directory.path().join("source.txt");
    let target = directory.path().join("target.txt");
    std::fs::write(
        &source,
        "The rally was scheduled for 15:00.\nPolice detained Arif Hajili at 13:30.\nBy 16:00 everyone had left.\n",
    )
    .unwrap();
    std::fs::write(
        &target,
        "Митинг был назначен на 15:00.\nВ 13:30 полиция задержала Арифа Гаджилы.\nК 16:00 все разошлись.\n",
    )
    .unwrap();
    let output = diptych(&[
        "align",
        source.to_str().unwrap(),
        target.to_str().unwrap(),
        "--lang",
        "ru",
        "--units",
        "lines",
        "--level",
        "sentence",
        "--links",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), "[0]:[0]\n[1]:[1]\n[2]:[2]\n");

    let sentences = align_metro(&["--level", "sentence", "--links"]);
    assert!(sentences.status.success(), "{}", stderr(&sentences));
    let text = stdout(&sentences);
    // Both sentences of "The decision was approved … Mr. Kaladze said …" align one to one.
    assert!(text.contains("[3]:[3]\n[4]:[4]\n"), "{text}");
    // The header counts sentences, not paragraphs.
    let units = |side: usize| -> usize {
        text.lines()
            .filter_map(|line| line.split(':').nth(side))
            .flat_map(|list| list.trim_matches(['[', ']']).split(", "))
            .filter(|index| !index.is_empty())
            .count()
    };
    let described = align_metro(&["--level", "sentence"]);
    let header = stdout(&described)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    assert!(
        header.ends_with(&format!(
            "between {} source and {} target sentences",
            units(0),
            units(1)
        )),
        "{header}"
    );
    assert!(units(0) > 11, "{header}");
}

#[test]
fn align_into_a_project_file() {
    let directory = tempfile::tempdir().unwrap();
    let project = directory.path().join("metro.ron");
    let output = align_metro(&["-o", project.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("12 links (2 not 1:1"),
        "{}",
        stdout(&output)
    );
    let inspected = diptych(&["inspect", project.to_str().unwrap()]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&inspected)).unwrap();
    let links = json["alignments"]["ru"]["links"].as_array().unwrap();
    assert_eq!(links.len(), 12);
    assert_eq!(links[7]["target"].as_array().unwrap().len(), 0);
    assert_eq!(links[7]["reason"], "no counterpart in the translation");
    assert_eq!(links[0]["state"], "proposed");
    assert_eq!(
        json["alignments"]["ru"]["original"]["file_name"],
        "ru-tbilisi-metro.txt"
    );
    // Refuses to overwrite without --force, and -o with --units lines.
    let again = align_metro(&["-o", project.to_str().unwrap()]);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("--force"));
}

#[test]
fn web_archives_import_by_record_verify_and_export_their_original_bit_for_bit() {
    let directory = tempfile::tempdir().unwrap();
    let warc = directory.path().join("capture.warc.gz");
    let bytes: Vec<u8> = crate::archives::warc_records()
        .iter()
        .flat_map(|record| crate::archives::gzip(record))
        .collect();
    std::fs::write(&warc, &bytes).unwrap();
    let project = directory.path().join("capture.ron");
    let warc_arg = warc.to_str().unwrap();
    let project_arg = project.to_str().unwrap();

    // Two pages: the CLI says which, and asks for --record.
    let output = diptych(&["import", warc_arg, "-o", project_arg]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("--record"), "{message}");
    assert!(message.contains("https://example.org/about"), "{message}");
    assert_eq!(message.lines().count(), 1, "{message}");

    let page = "https://example.org/ru/baku-electric-buses";
    let output = diptych(&["import", warc_arg, "-o", project_arg, "--record", page]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("WARC archive (gzip), KOI8-R"),
        "{}",
        stdout(&output)
    );

    let output = diptych(&["inspect", project_arg, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["original"]["format"], "warc.gz");
    assert_eq!(json["original"]["encoding"], "KOI8-R");
    assert_eq!(json["capture_tool"], "Wget/1.21.4 (linux-gnu)");
    assert_eq!(json["url"], page);

    let output = diptych(&["verify", project_arg]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("all 1 stored original(s) intact"));

    let exported = directory.path().join("exported.warc.gz");
    let output = diptych(&[
        "export-original",
        project_arg,
        "-o",
        exported.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(std::fs::read(&exported).unwrap(), bytes);
    // Not over an existing file without --force.
    let again = diptych(&[
        "export-original",
        project_arg,
        "-o",
        exported.to_str().unwrap(),
    ]);
    assert!(!again.status.success());

    // Swap the stored bytes for others: verify says so plainly and fails.
    let text = std::fs::read_to_string(&project).unwrap();
    let start = text.find("bytes: Some(\"").unwrap() + "bytes: Some(\"".len();
    let end = start + text[start..].find('"').unwrap();
    let mut other = bytes.clone();
    other.truncate(bytes.len() / 2);
    let packed = diptych::io::packed::pack_bytes(&other);
    std::fs::write(
        &project,
        format!("{}{packed}{}", &text[..start], &text[end..]),
    )
    .unwrap();
    let output = diptych(&["verify", project_arg]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("ALTERED"), "{message}");
    assert!(message.contains("changed since import"), "{message}");
    // One line on stderr; the per-original report goes to stdout.
    assert_eq!(message.trim_end().lines().count(), 1, "{message}");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(report.starts_with("ALTERED  "), "{report}");
    let output = diptych(&[
        "export-original",
        project_arg,
        "-o",
        exported.to_str().unwrap(),
        "--force",
    ]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("altered"), "{}", stderr(&output));
    assert_eq!(std::fs::read(&exported).unwrap(), bytes);
}

#[test]
fn the_encoding_can_be_forced_from_the_command_line() {
    let directory = tempfile::tempdir().unwrap();
    let page = directory.path().join("page.html");
    let html = crate::archives::page().replacen("<meta charset=\"utf-8\">", "", 1);
    std::fs::write(&page, encoding_rs::WINDOWS_1251.encode(&html).0).unwrap();
    let page_arg = page.to_str().unwrap();
    let output = diptych(&["inspect", page_arg, "--format", "text"]);
    assert!(
        stdout(&output).contains("windows-1251"),
        "{}",
        stdout(&output)
    );
    assert!(stdout(&output).contains("В Баку запустили первые электробусы"));
    let output = diptych(&[
        "inspect",
        page_arg,
        "--format",
        "text",
        "--encoding",
        "koi8-r",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("KOI8-R"));
    assert!(!stdout(&output).contains("В Баку запустили"));
    let output = diptych(&["inspect", page_arg, "--encoding", "klingon"]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("unknown encoding"));
}

#[test]
fn inspect_prints_valid_json_whatever_characters_the_article_holds() {
    let directory = tempfile::tempdir().unwrap();
    let article = directory.path().join("marks.txt");
    let text = "Text with \u{202e}reversed\u{202c}, a DEL \u{7f} and a C1 \u{9b} control.";
    std::fs::write(&article, format!("A title\n\n{text}\n")).unwrap();
    let output = diptych(&["inspect", article.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let printed = stdout(&output);
    assert!(!printed.contains("\\u{"), "{printed}");
    let json: serde_json::Value = serde_json::from_str(&printed).unwrap();
    let paragraphs = json["paragraphs"].as_array().unwrap();
    assert!(
        paragraphs.iter().any(|paragraph| paragraph["text"] == text),
        "{printed}"
    );
}

/// The command line speaks English whatever the locale asks, says so in `--help`, and takes
/// `--ui-lang` only for the window.
#[test]
fn the_command_line_stays_english_under_a_russian_locale() {
    let help = diptych(&["--help"]);
    assert!(help.status.success());
    let text = stdout(&help);
    assert!(text.contains("--ui-lang"), "{text}");
    assert!(
        text.contains("the command line speaks English only"),
        "{text}"
    );

    let directory = tempfile::tempdir().unwrap();
    let project = imported_project(directory.path(), "metro.diptych.ron");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_diptych"))
        .args(["inspect", path_str(&project)])
        .env("LANG", "ru_RU.UTF-8")
        .env("LC_ALL", "ru_RU.UTF-8")
        .env("LANGUAGE", "ru")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let english = diptych(&["inspect", path_str(&project)]);
    assert_eq!(stdout(&output), stdout(&english));

    // A window language with a command is refused, and an unknown one is named.
    let refused = diptych(&["--ui-lang", "ru", "inspect", path_str(&project)]);
    assert!(!refused.status.success());
    let unknown = diptych(&["--ui-lang", "de"]);
    assert!(!unknown.status.success());
    assert!(
        stderr(&unknown).contains("possible values: en, ru, az"),
        "{}",
        stderr(&unknown)
    );
}
