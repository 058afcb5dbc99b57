//! Helpers for the tests of team work through git: git run with no user or system config, a
//! bare repository with clones set up by `diptych git-setup`, and changes made as the window
//! makes them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use diptych::io::{load_project, save_project};
use diptych::model::{Edit, LanguageTag, ParagraphId, Project, TranslationStatus};

use crate::cli_common::{diptych, fixture, path_str, stderr, stdout};

/// `git` with no user or system config, so the machine's settings play no part.
pub(crate) fn git(folder: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .arg("-C")
        .arg(folder)
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Translator")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "Translator")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .output()
        .unwrap()
}

pub(crate) fn git_ok(folder: &Path, args: &[&str]) -> String {
    let output = git(folder, args);
    assert!(
        output.status.success(),
        "git {args:?}: {}{}",
        stdout(&output),
        stderr(&output)
    );
    stdout(&output)
}

pub(crate) fn git_installed() -> bool {
    let found = Command::new("git").arg("--version").output().is_ok();
    if !found {
        eprintln!("skipped: git is not installed");
    }
    found
}

/// A bare repository holding the aligned metro article, and `clones` clones of it, each set
/// up with `diptych git-setup`. Returns (the clones, the project's name).
pub(crate) fn team(root: &Path, clones: &[&str]) -> Vec<PathBuf> {
    let origin = root.join("origin.git");
    git_ok(
        root,
        &["init", "-q", "--bare", "-b", "main", path_str(&origin)],
    );
    let first = root.join("setup");
    git_ok(root, &["clone", "-q", path_str(&origin), path_str(&first)]);
    let setup = diptych(&["git-setup", path_str(&first)]);
    assert!(setup.status.success(), "{}", stderr(&setup));
    assert!(
        stdout(&setup).contains("merge=diptych"),
        "{}",
        stdout(&setup)
    );
    // Diptych's own files beside the project stay out of commits.
    let exclude = std::fs::read_to_string(first.join(".git/info/exclude")).unwrap();
    assert!(exclude.contains(".diptych-backups/") && exclude.contains(".*.diptych.ron.lock"));
    let mut project = diptych::io::import_article_file(
        &fixture("en-tbilisi-metro.txt"),
        &diptych::io::ImportOptions::default(),
    )
    .unwrap();
    diptych::io::translation::import_translation(&project, &fixture("ru-tbilisi-metro.txt"), &ru())
        .unwrap()
        .apply(&mut project)
        .unwrap();
    assert!(
        project.targets.contains(&az()),
        "the import's default targets"
    );
    save_project(&project, &first.join("metro.diptych.ron")).unwrap();
    git_ok(&first, &["add", "-A"]);
    git_ok(&first, &["commit", "-qm", "the metro article"]);
    git_ok(&first, &["push", "-q", "origin", "HEAD:main"]);
    clones
        .iter()
        .map(|name| {
            let clone = root.join(name);
            git_ok(
                root,
                &[
                    "clone",
                    "-q",
                    "-b",
                    "main",
                    path_str(&origin),
                    path_str(&clone),
                ],
            );
            let setup = diptych(&["git-setup", path_str(&clone)]);
            assert!(setup.status.success(), "{}", stderr(&setup));
            assert!(stdout(&setup).contains("sends project files to Diptych already"));
            clone
        })
        .collect()
}

pub(crate) fn ru() -> LanguageTag {
    LanguageTag::parse("ru").unwrap()
}

pub(crate) fn az() -> LanguageTag {
    LanguageTag::parse("az").unwrap()
}

/// The project file in a clone, changed by `edits` and committed.
pub(crate) fn change(clone: &Path, message: &str, edits: impl FnOnce(&Project) -> Vec<Edit>) {
    let path = clone.join("metro.diptych.ron");
    let mut project = load_project(&path).unwrap();
    for edit in edits(&project) {
        edit.apply(&mut project).unwrap();
    }
    save_project(&project, &path).unwrap();
    git_ok(clone, &["commit", "-qam", message]);
}

pub(crate) fn translate(
    id: u32,
    language: &LanguageTag,
    text: &str,
    status: TranslationStatus,
) -> Vec<Edit> {
    vec![
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(id),
            language: language.clone(),
            text: text.into(),
        },
        Edit::SetTranslationStatus {
            paragraph_id: ParagraphId(id),
            language: language.clone(),
            status,
        },
    ]
}

pub(crate) fn translatable(project: &Project) -> Vec<u32> {
    project
        .translatable_paragraphs()
        .map(|paragraph| paragraph.paragraph_id.0)
        .collect()
}

/// What plain git's line merge makes of the three versions of a file at a merge.
pub(crate) fn line_merge_conflicts(clone: &Path, theirs: &str) -> bool {
    let base = git_ok(clone, &["merge-base", "HEAD", theirs]);
    let show = |what: &str| git_ok(clone, &["show", &format!("{what}:metro.diptych.ron")]);
    let folder = clone.join(".line-merge");
    std::fs::create_dir_all(&folder).unwrap();
    for (name, text) in [
        ("base", show(base.trim())),
        ("ours", show("HEAD")),
        ("theirs", show(theirs)),
    ] {
        std::fs::write(folder.join(name), text).unwrap();
    }
    let merged = git(&folder, &["merge-file", "-p", "ours", "base", "theirs"]);
    std::fs::remove_dir_all(&folder).unwrap();
    !merged.status.success()
}

/// The project in a clone changed by `edits` and saved, not committed (as the window saves).
pub(crate) fn save_change(clone: &Path, edits: impl FnOnce(&Project) -> Vec<Edit>) {
    let path = clone.join("metro.diptych.ron");
    let mut project = load_project(&path).unwrap();
    for edit in edits(&project) {
        edit.apply(&mut project).unwrap();
    }
    save_project(&project, &path).unwrap();
}

pub(crate) fn sync(clone: &Path) -> Output {
    sync_file(clone, &clone.join("metro.diptych.ron"))
}

/// `diptych sync FILE` in a clone, with the clone's own identity.
pub(crate) fn sync_file(clone: &Path, file: &Path) -> Output {
    git_ok(clone, &["config", "user.name", "Translator"]);
    git_ok(clone, &["config", "user.email", "t@example.org"]);
    Command::new(env!("CARGO_BIN_EXE_diptych"))
        .args(["sync", path_str(file)])
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap()
}
