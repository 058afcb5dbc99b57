//! Sync beside plain git and across a library: a conflicted `git pull` finished by Sync,
//! conflicts someone committed arriving as conflicts, and the library's other changed
//! projects taken along.

use diptych::io::{load_project, save_project};
use diptych::model::{ParagraphId, Resolution, TranslationStatus, resolve_translation_conflict};

use crate::cli_common::{path_str, stderr, stdout};
use crate::git_common::{
    git, git_installed, git_ok, ru, save_change, sync, team, translatable, translate,
};

#[test]
fn a_conflicted_plain_git_pull_is_finished_by_sync_keeping_the_clean_changes() {
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
            "Метро дорожает",
            TranslationStatus::Translated,
        );
        edits.push(diptych::model::Edit::SetTranslationNote {
            paragraph_id: ParagraphId(rows[1]),
            language: ru(),
            note: "проверить дату".into(),
        });
        edits
    });
    assert!(sync(pavel).status.success());
    save_change(nigar, |_| {
        translate(
            rows[0],
            &ru(),
            "Метро дорожает вдвое",
            TranslationStatus::Draft,
        )
    });
    git_ok(nigar, &["commit", "-qam", "ru by hand"]);
    let pulled = git(nigar, &["pull", "-q", "--no-rebase", "origin", "main"]);
    assert!(!pulled.status.success());
    // Unresolved: refused, with the reason.
    let refused = sync(nigar);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("1 merge conflict(s) are still to resolve"),
        "{}",
        stderr(&refused)
    );
    let path = nigar.join("metro.diptych.ron");
    let mut project = load_project(&path).unwrap();
    resolve_translation_conflict(&project, ParagraphId(rows[0]), &ru(), Resolution::Theirs)
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
        stdout(&finished)
            .contains("Merge origin/main: ru: 1 paragraph translated, 1 conflict resolved"),
        "{}",
        stdout(&finished)
    );
    let remote = diptych::io::project_file::parse_project(
        "remote",
        git_ok(nigar, &["show", "origin/main:metro.diptych.ron"]).as_bytes(),
    )
    .unwrap();
    assert_eq!(
        remote.translation(ParagraphId(rows[0]), &ru()).text,
        "Метро дорожает"
    );
    assert_eq!(
        remote.translation(ParagraphId(rows[1]), &ru()).note,
        "проверить дату"
    );
    // Conflicts committed by plain git reach the next clone as conflicts, not silently.
    save_change(nigar, |_| {
        translate(rows[2], &ru(), "Мэрия объяснила.", TranslationStatus::Draft)
    });
    git_ok(nigar, &["commit", "-qam", "more"]);
    save_change(pavel, |_| {
        translate(rows[2], &ru(), "Мэрия пояснила.", TranslationStatus::Draft)
    });
    assert!(sync(pavel).status.success());
    let pulled = git(nigar, &["pull", "-q", "--no-rebase", "origin", "main"]);
    assert!(!pulled.status.success());
    git_ok(nigar, &["commit", "-qam", "conflict committed as it is"]);
    git_ok(nigar, &["push", "-q", "origin", "main"]);
    let arrived = sync(pavel);
    assert!(!arrived.status.success());
    assert!(
        stdout(&arrived).contains("keeping 1 conflict(s)"),
        "{}",
        stdout(&arrived)
    );
}

/// The library as the working tree: a Sync from one project takes the library's other
/// changed projects along (their tags edited from the library screen, a new article), each
/// said in the message, but never one with unresolved conflicts.
#[test]
fn sync_takes_the_librarys_other_changed_projects_along() {
    if !git_installed() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let clones = team(root.path(), &["desk", "home"]);
    let (desk, home) = (&clones[0], &clones[1]);
    let park = desk.join("park.diptych.ron");
    let imported = crate::cli_common::diptych(&[
        "import",
        path_str(&crate::cli_common::fixture("az-ganja-park.txt")),
        "-o",
        path_str(&park),
    ]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let rows = translatable(&load_project(&desk.join("metro.diptych.ron")).unwrap());
    save_change(desk, |_| {
        translate(rows[0], &ru(), "Метро дорожает", TranslationStatus::Draft)
    });
    let synced = sync(desk);
    assert!(
        synced.status.success(),
        "{}{}",
        stdout(&synced),
        stderr(&synced)
    );
    let message = git_ok(desk, &["log", "-1", "--format=%s"]);
    assert!(
        message.starts_with("ru: 1 drafted; park.diptych.ron: Add “"),
        "{message}"
    );
    assert!(git_ok(desk, &["status", "--porcelain"]).trim().is_empty());
    assert!(sync(home).status.success());
    assert!(load_project(&home.join("park.diptych.ron")).is_ok());
    // Tags edited on the park project (not the one synced) go too.
    let mut project = load_project(&park).unwrap();
    diptych::model::Edit::SetMetadata {
        field: diptych::model::MetadataField::Tags,
        value: "parks, Ganja".into(),
    }
    .apply(&mut project)
    .unwrap();
    save_project(&project, &park).unwrap();
    assert!(sync(desk).status.success());
    assert_eq!(
        git_ok(desk, &["log", "-1", "--format=%s"]).trim(),
        "park.diptych.ron: metadata: tags"
    );
    // One with a conflict left in it stops the Sync.
    let mut conflicted = load_project(&park).unwrap();
    diptych::model::Edit::SetMetadataConflict {
        field: diptych::model::MetadataField::Title,
        conflict: Some(diptych::model::MetadataConflict {
            base: String::new(),
            ours: "a".into(),
            theirs: "b".into(),
        }),
    }
    .apply(&mut conflicted)
    .unwrap();
    save_project(&conflicted, &park).unwrap();
    let refused = sync(desk);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("park.diptych.ron (another project of this working tree)"),
        "{}",
        stderr(&refused)
    );
}
