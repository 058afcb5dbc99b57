//! Team work through git, scripted with real clones of a bare repository: `git-setup`, then
//! translators and an editor changing a project on different machines and pulling each other's
//! work through `diptych merge-driver`. Plain git's text merge is shown conflicting where the
//! driver merges cleanly.

use std::path::Path;

use diptych::io::{load_project, save_project, to_ron_string};
use diptych::model::{
    Edit, LanguageTag, MetadataField, ParagraphId, Resolution, TranslationStatus, link_ops,
    resolve_translation_conflict,
};

use crate::cli_common::{diptych, fixture, path_str, stderr, stdout};
use crate::git_common::{
    az, change, git, git_installed, git_ok, line_merge_conflicts, ru, team, translatable, translate,
};

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
    // Merging versions that already hold the conflict still fails: it is not resolved.
    let copies: Vec<_> = ["base", "ours", "theirs"]
        .iter()
        .map(|name| {
            let copy = root.path().join(name);
            std::fs::copy(&path, &copy).unwrap();
            copy
        })
        .collect();
    let again = diptych(&[
        "merge-driver",
        path_str(&copies[0]),
        path_str(&copies[1]),
        path_str(&copies[2]),
    ]);
    assert!(!again.status.success());
    assert!(
        stdout(&again).contains("1 earlier conflict(s) are still unresolved"),
        "{}",
        stdout(&again)
    );
    // An export delivers ours and says that a conflict is left.
    let exported = diptych(&[
        "export",
        path_str(&path),
        "--format",
        "txt",
        "--lang",
        "ru",
        "--allow-incomplete",
        "-o",
        path_str(&root.path().join("metro.ru.txt")),
    ]);
    let said = format!("{}{}", stdout(&exported), stderr(&exported));
    assert!(exported.status.success(), "{said}");
    assert!(
        said.contains("1 ru translation(s) have two versions from a merge"),
        "{said}"
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

/// One side makes a new capture that rewrites a paragraph and drops another; the other side,
/// meanwhile, translated the rewritten paragraph and confirmed the links of both. The merged
/// translation follows the earlier text (stale), the rewritten paragraph's link stays to be
/// reviewed, and no link names the dropped paragraph.
#[test]
fn work_on_paragraphs_a_new_capture_changed_is_marked_for_review() {
    let folder = tempfile::tempdir().unwrap();
    let base = folder.path().join("base.diptych.ron");
    std::fs::copy(fixture("v3-tbilisi-metro-aligned.diptych.ron"), &base).unwrap();
    let ours = folder.path().join("ours.diptych.ron");
    std::fs::copy(&base, &ours).unwrap();
    let article = folder.path().join("metro.txt");
    let exported = diptych(&["export-original", path_str(&base), "-o", path_str(&article)]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let text = std::fs::read_to_string(&article).unwrap();
    let dropped = text
        .lines()
        .find(|line| line.starts_with("Travel cards bought"))
        .unwrap();
    let changed = text.replace(&format!("{dropped}\n"), "").replace(
        "will double at the start of next year",
        "will double from 1 January",
    );
    let again = folder.path().join("metro-again.txt");
    std::fs::write(&again, changed).unwrap();
    let recaptured = diptych(&["recapture", path_str(&ours), path_str(&again), "--force"]);
    assert!(recaptured.status.success(), "{}", stderr(&recaptured));
    // Theirs: ¶3 translated and the links of ¶3 and ¶10 confirmed, on the earlier capture.
    let theirs = folder.path().join("theirs.diptych.ron");
    let their_text = std::fs::read_to_string(&base)
        .unwrap()
        .replace(
            "(lang: \"ru\", source: [3], target: [19], confidence: 968, state: proposed",
            "(lang: \"ru\", source: [3], target: [19], confidence: 968, state: confirmed",
        )
        .replace(
            "(lang: \"ru\", source: [10], target: [], confidence: 300, state: proposed",
            "(lang: \"ru\", source: [10], target: [], confidence: 300, state: confirmed",
        );
    let mut their_project =
        diptych::io::project_file::parse_project("theirs", their_text.as_bytes()).unwrap();
    for edit in translate(
        3,
        &ru(),
        "Мэрия объявила, что цена поездки удвоится в начале следующего года.",
        TranslationStatus::Translated,
    ) {
        edit.apply(&mut their_project).unwrap();
    }
    save_project(&their_project, &theirs).unwrap();
    let merged = diptych(&[
        "merge-driver",
        path_str(&base),
        path_str(&ours),
        path_str(&theirs),
    ]);
    assert!(
        merged.status.success(),
        "{}{}",
        stdout(&merged),
        stderr(&merged)
    );
    let verified = diptych(&["verify", path_str(&ours)]);
    assert!(verified.status.success(), "{}", stderr(&verified));
    let project = load_project(&ours).unwrap();
    let three = project.translation(ParagraphId(3), &ru());
    assert!(three.text.starts_with("Мэрия объявила"));
    assert!(
        three
            .stale_source
            .as_deref()
            .is_some_and(|source| source.contains("at the start of next year")),
        "{three:?}"
    );
    let links = &project.aligned[&ru()].links;
    let link = links
        .iter()
        .find(|link| link.source == [ParagraphId(3)])
        .unwrap();
    assert_eq!(link.state, diptych::model::LinkState::Proposed);
    assert!(
        !links
            .iter()
            .any(|link| link.source.contains(&ParagraphId(10)))
    );
}
