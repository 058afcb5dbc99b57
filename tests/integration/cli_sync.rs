//! Sync and history on the command line, with real clones of a bare repository: `diptych
//! sync` commits with a message saying what changed, merges with the driver and pushes, keeps
//! working offline, and finishes a merge once its conflicts are resolved; `diptych history`
//! says who changed a row when.

use diptych::io::{load_project, save_project};
use diptych::model::{ParagraphId, Resolution, TranslationStatus, resolve_translation_conflict};

use crate::cli_common::{path_str, stderr, stdout};
use crate::git_common::{
    az, git, git_installed, git_ok, ru, save_change, sync, team, translatable, translate,
};

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
    // Pavel translates the row and the next one.
    let next = translatable(&load_project(&nigar.join("metro.diptych.ron")).unwrap())[2];
    save_change(pavel, |_| {
        let mut edits = translate(
            row,
            &ru(),
            "Проезд подорожает с января.",
            TranslationStatus::Translated,
        );
        edits.extend(translate(
            next,
            &ru(),
            "Мэрия объяснила.",
            TranslationStatus::Draft,
        ));
        edits
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
    assert_eq!(
        git_ok(nigar, &["log", "-1", "--format=%s"]).trim(),
        "ru: 1 drafted"
    );
    // Unresolved, a Sync refuses: conflicts are never committed or sent to the others.
    let remote_head = git_ok(nigar, &["rev-parse", "origin/main"]);
    let refused = sync(nigar);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("1 merge conflict(s) are still to resolve"),
        "{}",
        stderr(&refused)
    );
    git_ok(nigar, &["fetch", "-q"]);
    assert_eq!(git_ok(nigar, &["rev-parse", "origin/main"]), remote_head);
    let path = nigar.join("metro.diptych.ron");
    // Going back to our version from before the merge (an undo in the window) and syncing
    // would drop Pavel's work in the merge commit: refused.
    let merged_text = std::fs::read(&path).unwrap();
    std::fs::write(&path, git_ok(nigar, &["show", "HEAD:metro.diptych.ron"])).unwrap();
    let undone = sync(nigar);
    assert!(!undone.status.success());
    assert!(
        stderr(&undone).contains("leaves out 1 change(s) the merge brought in"),
        "{}",
        stderr(&undone)
    );
    // Staging the undone version changes nothing: the check does not go by the index.
    git_ok(nigar, &["add", "metro.diptych.ron"]);
    let staged = sync(nigar);
    assert!(!staged.status.success());
    assert!(
        stderr(&staged).contains("leaves out 1 change(s) the merge brought in"),
        "{}",
        stderr(&staged)
    );
    std::fs::write(&path, merged_text).unwrap();
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
    // The merge commit, where the conflict was resolved, is in the project's history.
    let log = stdout(&crate::cli_common::diptych(&["history", path_str(&path)]));
    assert!(
        log.lines()
            .next()
            .unwrap_or_default()
            .contains("Merge origin/main: ru: 1 conflict resolved"),
        "{log}"
    );
    let history = crate::cli_common::diptych(&[
        "history",
        path_str(&path),
        "--paragraph",
        &row.to_string(),
        "--lang",
        "ru",
    ]);
    let lines = stdout(&history);
    assert!(
        lines
            .lines()
            .next()
            .unwrap_or_default()
            .contains("(draft): С 1 января"),
        "{lines}"
    );
    assert!(
        lines.contains("(translated): Проезд подорожает с января."),
        "{lines}"
    );
    assert!(sync(pavel).status.success());
    let pavels = load_project(&pavel.join("metro.diptych.ron")).unwrap();
    assert_eq!(
        pavels.translation(ParagraphId(row), &ru()).text,
        "С 1 января проезд станет дороже."
    );
    assert_eq!(pavels.conflict_count(), 0);
}

#[test]
fn the_first_sync_into_an_empty_repository_creates_its_branch() {
    if !git_installed() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let origin = root.path().join("origin.git");
    git_ok(
        root.path(),
        &["init", "-q", "--bare", "-b", "main", path_str(&origin)],
    );
    let first = root.path().join("first");
    git_ok(
        root.path(),
        &["clone", "-q", path_str(&origin), path_str(&first)],
    );
    let imported = crate::cli_common::diptych(&[
        "import",
        path_str(&crate::cli_common::fixture("az-ganja-park.txt")),
        "-o",
        path_str(&first.join("metro.diptych.ron")),
    ]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let synced = sync(&first);
    assert!(
        synced.status.success(),
        "{}{}",
        stdout(&synced),
        stderr(&synced)
    );
    let said = stdout(&synced);
    assert!(said.contains("set this clone up"), "{said}");
    assert!(said.contains("committed: Add “"), "{said}");
    assert!(said.contains("pushed 1 commit(s)"), "{said}");
    // The branch now follows what it was pushed to, and another clone gets the project.
    assert_eq!(
        git_ok(&first, &["rev-parse", "--abbrev-ref", "@{u}"]).trim(),
        "origin/main"
    );
    let second = root.path().join("second");
    git_ok(
        root.path(),
        &["clone", "-q", path_str(&origin), path_str(&second)],
    );
    assert!(load_project(&second.join("metro.diptych.ron")).is_ok());
    assert!(git_ok(&second, &["show", "HEAD:.gitattributes"]).contains("merge=diptych"));
    // A Sync with nothing new says so.
    let again = sync(&first);
    assert!(
        stdout(&again).contains("nothing new to commit"),
        "{}",
        stdout(&again)
    );
    assert!(
        stdout(&again).contains("up to date with the others"),
        "{}",
        stdout(&again)
    );
}

#[test]
fn a_gitattributes_written_by_git_setup_travels_with_the_next_sync() {
    if !git_installed() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let origin = root.path().join("origin.git");
    git_ok(
        root.path(),
        &["init", "-q", "--bare", "-b", "main", path_str(&origin)],
    );
    // The project was shared with plain git, before anyone set the driver up.
    let (a, b) = (root.path().join("a"), root.path().join("b"));
    git_ok(
        root.path(),
        &["clone", "-q", path_str(&origin), path_str(&a)],
    );
    let project = a.join("metro.diptych.ron");
    let imported = crate::cli_common::diptych(&[
        "import",
        path_str(&crate::cli_common::fixture("en-tbilisi-metro.txt")),
        "-o",
        path_str(&project),
    ]);
    assert!(imported.status.success());
    git_ok(&a, &["add", "metro.diptych.ron"]);
    git_ok(&a, &["commit", "-qm", "the article"]);
    git_ok(&a, &["push", "-q", "origin", "HEAD:main"]);
    git_ok(
        root.path(),
        &["clone", "-q", path_str(&origin), path_str(&b)],
    );
    let rows = translatable(&load_project(&project).unwrap());
    // Both run git-setup (an untracked .gitattributes each), then translate and sync.
    for (clone, row, text) in [
        (&b, rows[0], "Метро дорожает"),
        (&a, rows[1], "Проезд подорожает."),
    ] {
        let setup = crate::cli_common::diptych(&["git-setup", path_str(clone)]);
        assert!(setup.status.success(), "{}", stderr(&setup));
        save_change(clone, |_| {
            translate(row, &ru(), text, TranslationStatus::Translated)
        });
        let synced = sync(clone);
        assert!(
            synced.status.success(),
            "{}{}",
            stdout(&synced),
            stderr(&synced)
        );
        assert!(git_ok(clone, &["status", "--porcelain"]).trim().is_empty());
    }
    let merged = load_project(&project).unwrap();
    assert_eq!(
        merged.translation(ParagraphId(rows[0]), &ru()).text,
        "Метро дорожает"
    );
    assert_eq!(
        merged.translation(ParagraphId(rows[1]), &ru()).text,
        "Проезд подорожает."
    );
    assert!(git_ok(&a, &["show", "origin/main:.gitattributes"]).contains("merge=diptych"));
    // On a detached HEAD nothing is committed.
    git_ok(&a, &["checkout", "-q", "--detach", "HEAD"]);
    save_change(&a, |_| {
        translate(rows[2], &ru(), "Мэрия объяснила.", TranslationStatus::Draft)
    });
    let head = git_ok(&a, &["rev-parse", "HEAD"]);
    let detached = sync(&a);
    assert!(!detached.status.success());
    assert!(
        stderr(&detached).contains("detached HEAD"),
        "{}",
        stderr(&detached)
    );
    assert_eq!(git_ok(&a, &["rev-parse", "HEAD"]), head);
}

#[test]
fn a_merge_the_driver_refuses_is_called_off_and_never_committed() {
    if !git_installed() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let clones = team(root.path(), &["nigar", "pavel"]);
    let (nigar, pavel) = (&clones[0], &clones[1]);
    let article =
        std::fs::read_to_string(crate::cli_common::fixture("en-tbilisi-metro.txt")).unwrap();
    // Each makes a new capture of the article, each of another version of the page.
    for (clone, from, to) in [
        (
            pavel,
            "will double at the start of next year",
            "will double from 1 January",
        ),
        (nigar, "How residents reacted", "What residents said"),
    ] {
        let page = clone.join("page.txt");
        std::fs::write(&page, article.replace(from, to)).unwrap();
        let recaptured = crate::cli_common::diptych(&[
            "recapture",
            path_str(&clone.join("metro.diptych.ron")),
            path_str(&page),
        ]);
        assert!(recaptured.status.success(), "{}", stderr(&recaptured));
        std::fs::remove_file(&page).unwrap();
    }
    assert!(sync(pavel).status.success());
    let pushed = git_ok(pavel, &["rev-parse", "HEAD"]);
    let refused = sync(nigar);
    let said = format!("{}{}", stdout(&refused), stderr(&refused));
    assert!(!refused.status.success(), "{said}");
    assert!(
        said.contains("both sides changed the source document differently"),
        "{said}"
    );
    assert!(said.contains("the merge was called off"), "{said}");
    // Nothing half-merged is left, and a second Sync does not commit Nigar's side as the merge.
    assert!(
        git(nigar, &["rev-parse", "-q", "--verify", "MERGE_HEAD"])
            .stdout
            .is_empty()
    );
    let again = sync(nigar);
    assert!(!again.status.success());
    git_ok(nigar, &["fetch", "-q"]);
    assert_eq!(git_ok(nigar, &["rev-parse", "origin/main"]), pushed);
    assert!(
        git_ok(nigar, &["log", "-1", "--format=%s"]).starts_with("a new capture of the article")
    );
}
