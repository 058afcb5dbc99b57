//! The command line, run as a real process.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn diptych(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_diptych"))
        .args(args)
        .output()
        .unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
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
    let latin1 = directory.path().join("old.txt");
    std::fs::write(&latin1, b"caf\xe9 au lait\n").unwrap();
    let newer = directory.path().join("future.ron");
    std::fs::write(&newer, "(version: 9)").unwrap();
    let cases: [(&Path, &str); 4] = [
        (Path::new("/no/such/file.txt"), "cannot read"),
        (&png, "binary file"),
        (&latin1, "not valid UTF-8"),
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
