//! Team work through git, scripted with real clones of a bare repository: `git-setup`, then
//! translators and an editor changing a project on different machines and pulling each other's
//! work through `diptych merge-driver`. Plain git's text merge is shown conflicting where the
//! driver merges cleanly.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use diptych::io::{load_project, save_project, to_ron_string};
use diptych::model::{
    Edit, LanguageTag, MetadataField, ParagraphId, Project, Resolution, TranslationStatus,
    link_ops, resolve_translation_conflict,
};

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

fn ru() -> LanguageTag {
    LanguageTag::parse("ru").unwrap()
}

fn az() -> LanguageTag {
    LanguageTag::parse("az").unwrap()
}

/// The project file in a clone, changed by `edits` and committed.
fn change(clone: &Path, message: &str, edits: impl FnOnce(&Project) -> Vec<Edit>) {
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
fn line_merge_conflicts(clone: &Path, theirs: &str) -> bool {
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

#[test]
fn translators_and_an_editor_merge_per_record_where_git_conflicts() {
    if !git_installed() {
        return;
    }
    // A space and a quote in the folder: git runs the driver through the shell.
    let root = tempfile::Builder::new()
        .prefix("team's work ")
        .tempdir()
        .unwrap();
    let clones = team(root.path(), &["nigar", "pavel", "editor"]);
    let (nigar, pavel, editor) = (&clones[0], &clones[1], &clones[2]);
    let base = load_project(&nigar.join("metro.diptych.ron")).unwrap();
    let rows = translatable(&base);
    let (first, second) = (rows[0], rows[1]);
    // Pavel translates two neighbouring rows into Russian (adjacent lines of the file) …
    change(pavel, "ru", |_| {
        let mut edits = translate(
            first,
            &ru(),
            "Тбилисское метро поднимает цены",
            TranslationStatus::Translated,
        );
        edits.extend(translate(
            second,
            &ru(),
            "Проезд подорожает с 1 января.",
            TranslationStatus::Draft,
        ));
        edits
    });
    git_ok(pavel, &["push", "-q", "origin", "main"]);
    // … while Nigar translates the same rows into Azerbaijani, with a note.
    change(nigar, "az", |_| {
        let mut edits = translate(
            first,
            &az(),
            "Tbilisi metrosu qiymətləri artırır",
            TranslationStatus::Reviewed,
        );
        edits.extend(translate(
            second,
            &az(),
            "Gediş haqqı yanvarın 1-dən bahalaşacaq.",
            TranslationStatus::Translated,
        ));
        edits.push(Edit::SetTranslationNote {
            paragraph_id: ParagraphId(second),
            language: az(),
            note: "tarix yoxlanılsın".into(),
        });
        edits
    });
    git_ok(nigar, &["fetch", "-q", "origin"]);
    assert!(
        line_merge_conflicts(nigar, "origin/main"),
        "plain git's line merge should conflict on neighbouring lines"
    );
    let pulled = git(nigar, &["pull", "-q", "--no-rebase", "origin", "main"]);
    assert!(
        pulled.status.success(),
        "{}{}",
        stdout(&pulled),
        stderr(&pulled)
    );
    git_ok(nigar, &["push", "-q", "origin", "main"]);
    // The editor confirms a link, tags the article and marks a Russian row reviewed.
    change(editor, "review", |project| {
        let links = &project.aligned[&ru()].links;
        let index = links
            .iter()
            .position(|link| link.state == diptych::model::LinkState::Proposed)
            .unwrap();
        vec![
            link_ops::confirm(links, &ru(), index).unwrap(),
            Edit::SetMetadata {
                field: MetadataField::Tags,
                value: "metro, Tbilisi".into(),
            },
        ]
    });
    let pulled = git(editor, &["pull", "-q", "--no-rebase", "origin", "main"]);
    assert!(
        pulled.status.success(),
        "{}{}",
        stdout(&pulled),
        stderr(&pulled)
    );
    git_ok(editor, &["push", "-q", "origin", "main"]);
    // Meanwhile Pavel reviews his first row and translates another; his pull brings all.
    change(pavel, "ru review", |_| {
        let mut edits = translate(
            first,
            &ru(),
            "Тбилисское метро поднимает цены",
            TranslationStatus::Reviewed,
        );
        edits.extend(translate(
            rows[2],
            &ru(),
            "Мэрия объяснила это ростом расходов.",
            TranslationStatus::Draft,
        ));
        edits
    });
    let pulled = git(pavel, &["pull", "-q", "--no-rebase", "origin", "main"]);
    assert!(
        pulled.status.success(),
        "{}{}",
        stdout(&pulled),
        stderr(&pulled)
    );
    let path = pavel.join("metro.diptych.ron");
    let merged = load_project(&path).unwrap();
    let row =
        |id: u32, language: &LanguageTag| merged.translation(ParagraphId(id), language).clone();
    assert_eq!(row(first, &ru()).text, "Тбилисское метро поднимает цены");
    assert_eq!(row(first, &ru()).status, TranslationStatus::Reviewed);
    assert_eq!(row(second, &ru()).text, "Проезд подорожает с 1 января.");
    assert_eq!(
        row(rows[2], &ru()).text,
        "Мэрия объяснила это ростом расходов."
    );
    assert_eq!(row(first, &az()).status, TranslationStatus::Reviewed);
    assert_eq!(row(second, &az()).note, "tarix yoxlanılsın");
    assert_eq!(merged.metadata.tags, "metro, Tbilisi");
    let confirmed = merged.aligned[&ru()]
        .links
        .iter()
        .filter(|link| link.state == diptych::model::LinkState::Confirmed)
        .count();
    assert_eq!(
        confirmed,
        base.aligned[&ru()]
            .links
            .iter()
            .filter(|link| link.state == diptych::model::LinkState::Confirmed)
            .count()
            + 1
    );
    assert_eq!(merged.conflict_count(), 0);
    // The merged file is what Diptych saves: byte for byte.
    let bytes = std::fs::read_to_string(&path).unwrap();
    assert_eq!(to_ron_string(&merged).unwrap(), bytes);
    assert!(git_ok(pavel, &["status", "--porcelain"]).trim().is_empty());
}

#[test]
fn the_same_row_changed_two_ways_keeps_both_until_resolved() {
    if !git_installed() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let clones = team(root.path(), &["nigar", "pavel"]);
    let (nigar, pavel) = (&clones[0], &clones[1]);
    let row = translatable(&load_project(&nigar.join("metro.diptych.ron")).unwrap())[1];
    change(pavel, "ru", |_| {
        translate(
            row,
            &ru(),
            "Проезд подорожает с января.",
            TranslationStatus::Translated,
        )
    });
    git_ok(pavel, &["push", "-q", "origin", "main"]);
    change(nigar, "ru too", |_| {
        translate(
            row,
            &ru(),
            "С 1 января проезд станет дороже.",
            TranslationStatus::Draft,
        )
    });
    let path = nigar.join("metro.diptych.ron");
    let pulled = git(nigar, &["pull", "--no-rebase", "origin", "main"]);
    assert!(
        !pulled.status.success(),
        "a real conflict leaves the file unmerged"
    );
    let said = format!("{}{}", stdout(&pulled), stderr(&pulled));
    assert!(said.contains("conflict: ru translation of ¶"), "{said}");
    // Still a project: ours shown, both versions and the base kept.
    let mut project = load_project(&path).unwrap();
    let translation = project.translation(ParagraphId(row), &ru()).clone();
    assert_eq!(translation.text, "С 1 января проезд станет дороже.");
    let conflict = translation.conflict.as_deref().unwrap();
    assert_eq!(conflict.theirs.text, "Проезд подорожает с января.");
    assert_eq!(conflict.theirs.status, TranslationStatus::Translated);
    assert_eq!(conflict.base.text, "");
    let qa = diptych(&["qa", path_str(&path), "--format", "json", "--no-spelling"]);
    let findings: serde_json::Value = serde_json::from_str(&stdout(&qa)).unwrap();
    assert!(
        findings
            .as_array()
            .unwrap()
            .iter()
            .any(|finding| finding["check"] == "conflict"
                && finding["paragraph_id"] == row
                && finding["severity"] == "error"),
        "{findings}"
    );
    // Resolved (theirs), saved, committed: it loads and saves byte-identical.
    resolve_translation_conflict(&project, ParagraphId(row), &ru(), Resolution::Theirs)
        .unwrap()
        .apply(&mut project)
        .unwrap();
    save_project(&project, &path).unwrap();
    git_ok(nigar, &["add", "metro.diptych.ron"]);
    git_ok(nigar, &["commit", "-qm", "resolved"]);
    let resolved = load_project(&path).unwrap();
    assert_eq!(
        resolved.translation(ParagraphId(row), &ru()).text,
        "Проезд подорожает с января."
    );
    assert_eq!(resolved.conflict_count(), 0);
    assert_eq!(
        to_ron_string(&resolved).unwrap(),
        std::fs::read_to_string(&path).unwrap()
    );
}

#[test]
fn the_driver_reads_older_formats_and_refuses_what_does_not_parse() {
    let folder = tempfile::tempdir().unwrap();
    let base = folder.path().join("base");
    let ours = folder.path().join("ours");
    let theirs = folder.path().join("theirs");
    // Base and theirs as a version-5 build wrote them, ours after a recapture (version 6).
    std::fs::copy(fixture("v5-baku-electric-buses.diptych.ron"), &base).unwrap();
    std::fs::copy(
        fixture("v6-baku-electric-buses-recaptured.diptych.ron"),
        &ours,
    )
    .unwrap();
    let their_text = std::fs::read_to_string(&base)
        .unwrap()
        .replace(
            "Bakıda ilk elektrobuslar işə salınıb",
            "Bakıda ilk elektrik avtobusları",
        )
        .replace("\"check the range\"", "\"range checked: 250 km\"");
    std::fs::write(&theirs, &their_text).unwrap();
    let run = |ours_path: &Path| {
        diptych(&[
            "merge-driver",
            path_str(&base),
            path_str(ours_path),
            path_str(&theirs),
            "--marker-size",
            "7",
            "--path",
            "news/baku.diptych.ron",
        ])
    };
    let merged = run(&ours);
    assert!(merged.status.success(), "{}", stderr(&merged));
    assert!(stdout(&merged).contains("merged news/baku.diptych.ron per record"));
    let project = load_project(&ours).unwrap();
    let text = std::fs::read_to_string(&ours).unwrap();
    assert!(text.starts_with("(\n  version: 7,\n"));
    assert_eq!(to_ron_string(&project).unwrap(), text);
    assert_eq!(project.capture_count(), 2, "our recapture stays");
    let en = LanguageTag::parse("en").unwrap();
    let seven = project.translation(ParagraphId(7), &en);
    assert_eq!(seven.note, "range checked: 250 km", "their note arrives");
    assert!(seven.is_stale(), "our recapture made it stale");
    assert_eq!(
        project.translation(ParagraphId(1), &az()).text,
        "Bakıda ilk elektrik avtobusları"
    );
    // A version that does not parse: the driver fails and leaves ours as it was.
    std::fs::write(&theirs, "(version: 7, metadata: (").unwrap();
    let before = std::fs::read(&ours).unwrap();
    let failed = run(&ours);
    assert!(!failed.status.success());
    assert!(
        stderr(&failed).contains("their version of news/baku.diptych.ron"),
        "{}",
        stderr(&failed)
    );
    assert_eq!(std::fs::read(&ours).unwrap(), before);
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
    // git-setup ran in the clone; Sync commits with the clone's own identity.
    git_ok(clone, &["config", "user.name", "Translator"]);
    git_ok(clone, &["config", "user.email", "t@example.org"]);
    Command::new(env!("CARGO_BIN_EXE_diptych"))
        .args(["sync", path_str(&clone.join("metro.diptych.ron"))])
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap()
}

#[test]
fn sync_commits_with_a_message_merges_pushes_and_survives_being_offline() {
    if !git_installed() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let clones = team(root.path(), &["nigar", "pavel"]);
    let (nigar, pavel) = (&clones[0], &clones[1]);
    let rows = translatable(&load_project(&nigar.join("metro.diptych.ron")).unwrap());
    save_change(pavel, |_| {
        let mut edits = translate(
            rows[0],
            &ru(),
            "Тбилисское метро поднимает цены",
            TranslationStatus::Translated,
        );
        edits.extend(translate(
            rows[1],
            &ru(),
            "Проезд подорожает.",
            TranslationStatus::Translated,
        ));
        edits.extend(translate(
            rows[2],
            &ru(),
            "Мэрия объяснила.",
            TranslationStatus::Reviewed,
        ));
        edits
    });
    let synced = sync(pavel);
    assert!(
        synced.status.success(),
        "{}{}",
        stdout(&synced),
        stderr(&synced)
    );
    assert!(
        stdout(&synced).contains("committed: ru: 2 paragraphs translated, 1 reviewed"),
        "{}",
        stdout(&synced)
    );
    assert!(
        stdout(&synced).contains("pushed 1 commit(s)"),
        "{}",
        stdout(&synced)
    );
    assert_eq!(
        git_ok(pavel, &["log", "-1", "--format=%s"]).trim(),
        "ru: 2 paragraphs translated, 1 reviewed"
    );
    // Nigar works offline: her commit stays, and goes out with the next Sync.
    save_change(nigar, |_| {
        translate(
            rows[0],
            &az(),
            "Tbilisi metrosu qiymətləri artırır",
            TranslationStatus::Translated,
        )
    });
    let origin = git_ok(nigar, &["remote", "get-url", "origin"]);
    git_ok(
        nigar,
        &[
            "remote",
            "set-url",
            "origin",
            path_str(&root.path().join("unplugged.git")),
        ],
    );
    let offline = sync(nigar);
    assert!(
        offline.status.success(),
        "{}{}",
        stdout(&offline),
        stderr(&offline)
    );
    assert!(stdout(&offline).contains("offline"), "{}", stdout(&offline));
    assert_eq!(
        git_ok(nigar, &["log", "-1", "--format=%s"]).trim(),
        "az: 1 paragraph translated"
    );
    git_ok(nigar, &["remote", "set-url", "origin", origin.trim()]);
    let online = sync(nigar);
    assert!(
        online.status.success(),
        "{}{}",
        stdout(&online),
        stderr(&online)
    );
    assert!(
        stdout(&online).contains("nothing new to commit"),
        "{}",
        stdout(&online)
    );
    assert!(
        stdout(&online).contains("merged the others' work"),
        "{}",
        stdout(&online)
    );
    let merged = load_project(&nigar.join("metro.diptych.ron")).unwrap();
    assert_eq!(
        merged.translation(ParagraphId(rows[2]), &ru()).status,
        TranslationStatus::Reviewed
    );
    assert_eq!(
        merged.translation(ParagraphId(rows[0]), &az()).text,
        "Tbilisi metrosu qiymətləri artırır"
    );
    // Pavel's next Sync brings Nigar's work.
    let back = sync(pavel);
    assert!(back.status.success(), "{}", stderr(&back));
    let pavels = load_project(&pavel.join("metro.diptych.ron")).unwrap();
    assert_eq!(pavels, merged);
}

#[test]
fn sync_keeps_a_conflict_and_finishes_the_merge_once_it_is_resolved() {
    if !git_installed() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let clones = team(root.path(), &["nigar", "pavel"]);
    let (nigar, pavel) = (&clones[0], &clones[1]);
    let row = translatable(&load_project(&nigar.join("metro.diptych.ron")).unwrap())[1];
    save_change(pavel, |_| {
        translate(
            row,
            &ru(),
            "Проезд подорожает с января.",
            TranslationStatus::Translated,
        )
    });
    assert!(sync(pavel).status.success());
    save_change(nigar, |_| {
        translate(
            row,
            &ru(),
            "С 1 января проезд станет дороже.",
            TranslationStatus::Draft,
        )
    });
    let conflicted = sync(nigar);
    assert!(!conflicted.status.success());
    assert!(
        stdout(&conflicted).contains("keeping 1 conflict(s)"),
        "{}",
        stdout(&conflicted)
    );
    assert!(
        stderr(&conflicted).contains("1 merge conflict(s) to resolve"),
        "{}",
        stderr(&conflicted)
    );
    // Nigar's own version was committed before the merge: nothing is lost.
    assert!(
        git_ok(nigar, &["log", "--format=%s", "-2"]).contains("ru: 1 edited")
            || git_ok(nigar, &["log", "--format=%s", "-2"]).contains("ru:")
    );
    let path = nigar.join("metro.diptych.ron");
    let mut project = load_project(&path).unwrap();
    resolve_translation_conflict(&project, ParagraphId(row), &ru(), Resolution::Ours)
        .unwrap()
        .apply(&mut project)
        .unwrap();
    save_project(&project, &path).unwrap();
    let finished = sync(nigar);
    assert!(
        finished.status.success(),
        "{}{}",
        stdout(&finished),
        stderr(&finished)
    );
    assert!(
        stdout(&finished).contains("committed: Merge origin/main: ru: 1 conflict resolved"),
        "{}",
        stdout(&finished)
    );
    assert!(
        stdout(&finished).contains("pushed"),
        "{}",
        stdout(&finished)
    );
    let parents = git_ok(nigar, &["log", "-1", "--format=%P"]);
    assert_eq!(
        parents.split_whitespace().count(),
        2,
        "the merge is finished"
    );
    assert!(sync(pavel).status.success());
    let pavels = load_project(&pavel.join("metro.diptych.ron")).unwrap();
    assert_eq!(
        pavels.translation(ParagraphId(row), &ru()).text,
        "С 1 января проезд станет дороже."
    );
    assert_eq!(pavels.conflict_count(), 0);
}
