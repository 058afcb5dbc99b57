//! History and renames with real clones of a bare repository: `diptych history` says who
//! changed a row when (renames followed, merges and side branches included), and a rename
//! made with `git mv` is synced as one change.

use diptych::io::{load_project, save_project};
use diptych::model::TranslationStatus;

use crate::cli_common::{path_str, stderr, stdout};
use crate::git_common::{
    az, git_installed, git_ok, ru, save_change, sync_file, team, translatable, translate,
};

/// Commits the project in `clone` as `author`.
fn commit_as(clone: &std::path::Path, author: &str, message: &str) {
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(clone)
        .args(["commit", "-qam", message])
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", author)
        .env("GIT_AUTHOR_EMAIL", "someone@example.org")
        .env("GIT_COMMITTER_NAME", author)
        .env("GIT_COMMITTER_EMAIL", "someone@example.org")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn history_says_who_changed_a_row_when() {
    if !git_installed() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let clones = team(root.path(), &["desk"]);
    let desk = &clones[0];
    let path = desk.join("metro.diptych.ron");
    let rows = translatable(&load_project(&path).unwrap());
    let (row, other) = (rows[1], rows[2]);
    for (author, text, status) in [
        ("Pavel", "Проезд подорожает.", TranslationStatus::Draft),
        (
            "Nigar",
            "Проезд подорожает с января.",
            TranslationStatus::Translated,
        ),
    ] {
        save_change(desk, |_| translate(row, &ru(), text, status));
        commit_as(desk, author, &format!("{author}'s work"));
    }
    // A commit that changes only another row is not in this row's history.
    save_change(desk, |_| {
        translate(
            other,
            &az(),
            "Bələdiyyə izah etdi.",
            TranslationStatus::Draft,
        )
    });
    commit_as(desk, "Leyla", "az row");
    save_change(desk, |_| {
        translate(
            row,
            &ru(),
            "Проезд подорожает с января.",
            TranslationStatus::Reviewed,
        )
    });
    commit_as(desk, "Editor", "review");
    let run = |args: &[&str]| {
        let mut all = vec!["history", path_str(&path)];
        all.extend_from_slice(args);
        crate::cli_common::diptych(&all)
    };
    let output = run(&[
        "--paragraph",
        &row.to_string(),
        "--lang",
        "ru",
        "--format",
        "json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let changes: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let authors: Vec<&str> = changes
        .as_array()
        .unwrap()
        .iter()
        .map(|change| change["author"].as_str().unwrap())
        .collect();
    assert_eq!(authors, ["Editor", "Nigar", "Pavel"], "{changes}");
    assert_eq!(changes[0]["status"], "reviewed");
    assert_eq!(changes[2]["text"], "Проезд подорожает.");
    let log = run(&[]);
    let text = stdout(&log);
    assert_eq!(text.lines().count(), 5, "{text}");
    assert!(
        text.lines().next().unwrap().contains("Editor: review"),
        "{text}"
    );
    // Renamed, the file keeps its history.
    git_ok(
        desk,
        &["mv", "metro.diptych.ron", "tbilisi metro.diptych.ron"],
    );
    commit_as(desk, "Leyla", "rename");
    let renamed = desk.join("tbilisi metro.diptych.ron");
    let output = crate::cli_common::diptych(&[
        "history",
        path_str(&renamed),
        "--paragraph",
        &row.to_string(),
        "--lang",
        "ru",
        "--format",
        "json",
    ]);
    let followed: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(followed, changes, "the rename changed no row");
    let log = crate::cli_common::diptych(&["history", path_str(&renamed)]);
    assert_eq!(stdout(&log).lines().count(), 6, "{}", stdout(&log));
    let missing = crate::cli_common::diptych(&["history", path_str(&path)]);
    assert!(
        stderr(&missing).contains("does not exist"),
        "{}",
        stderr(&missing)
    );
    let path = renamed;
    // Outside a repository it says so.
    let outside = tempfile::tempdir().unwrap();
    let lone = outside.path().join("lone.diptych.ron");
    std::fs::copy(&path, &lone).unwrap();
    let refused = crate::cli_common::diptych(&["history", path_str(&lone)]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("not in a git working tree"),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn a_rename_staged_with_git_mv_is_synced_as_one_change() {
    if !git_installed() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let clones = team(root.path(), &["desk"]);
    let desk = &clones[0];
    git_ok(
        desk,
        &["mv", "metro.diptych.ron", "tbilisi metro.diptych.ron"],
    );
    let renamed = desk.join("tbilisi metro.diptych.ron");
    let rows = translatable(&load_project(&renamed).unwrap());
    let mut project = load_project(&renamed).unwrap();
    for edit in translate(
        rows[0],
        &ru(),
        "Метро дорожает",
        TranslationStatus::Translated,
    ) {
        edit.apply(&mut project).unwrap();
    }
    save_project(&project, &renamed).unwrap();
    let synced = sync_file(desk, &renamed);
    assert!(
        synced.status.success(),
        "{}{}",
        stdout(&synced),
        stderr(&synced)
    );
    assert_eq!(
        git_ok(desk, &["log", "-1", "--format=%s"]).trim(),
        "Rename metro.diptych.ron to tbilisi metro.diptych.ron; ru: 1 paragraph translated"
    );
    assert!(git_ok(desk, &["status", "--porcelain"]).trim().is_empty());
    let files = git_ok(desk, &["ls-tree", "--name-only", "origin/main"]);
    assert!(
        !files.lines().any(|file| file == "metro.diptych.ron"),
        "{files}"
    );
}
