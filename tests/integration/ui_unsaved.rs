//! Unsaved work in the window is only let go when the action it was discarded for really
//! happens: every path (new, open, recent, drop, quit, revert to backup) cancelled or failed
//! after "Discard" leaves the work unsaved, on screen and in its recovery file. Two windows on
//! one unsaved article keep separate recovery files, and both are offered afterwards.

use std::path::{Path, PathBuf};

use crate::common::{fixture, harness_with_recovery as harness, hold_lock, press, ru, settle};
use diptych::app::{Command, DialogOutcome, DiptychApp};
use diptych::model::ParagraphId;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn example_copy(directory: &Path) -> PathBuf {
    let path = directory.join("metro.diptych.ron");
    std::fs::write(&path, diptych::app::EXAMPLE_PROJECT).unwrap();
    path
}

const TYPED: &str = "Стоимость проезда в метро Тбилиси вырастет вдвое.";

/// Types a translation and waits until autosave wrote it to a recovery file.
fn type_and_autosave(harness: &mut Harness<'_, DiptychApp>, project: &Path) -> PathBuf {
    harness.state_mut().send(Command::SetTranslationText {
        paragraph_id: ParagraphId(5),
        language: ru(),
        text: TYPED.into(),
    });
    harness.run_steps(16);
    let files = diptych::io::recovery::recovery_files_for_project(project);
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

/// The work is still there: on screen, unsaved, and in its recovery file.
fn assert_work_kept(harness: &mut Harness<'_, DiptychApp>, recovery: &Path, after: &str) {
    // A few more frames, with time passing, as a user would wait.
    harness.run_steps(16);
    let app = harness.state();
    assert_eq!(
        app.document()
            .project
            .translation(ParagraphId(5), &ru())
            .text,
        TYPED,
        "{after}"
    );
    assert!(
        app.document().is_dirty(),
        "{after}: must still count as unsaved"
    );
    assert!(recovery.exists(), "{after}: the recovery file was deleted");
    assert!(
        std::fs::read_to_string(recovery).unwrap().contains(TYPED),
        "{after}"
    );
}

fn discard(harness: &mut Harness<'_, DiptychApp>) {
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Unsaved changes")
    );
    harness.get_by_label("Discard").click();
    harness.run_steps(3);
}

#[test]
fn discard_then_cancelling_the_file_dialog_keeps_the_work_and_quit_still_asks() {
    let directory = tempfile::tempdir().unwrap();
    let project = example_copy(directory.path());
    // Open project, then New from article: both dialogs are cancelled.
    let mut harness = harness(
        &project,
        vec![DialogOutcome::Cancelled, DialogOutcome::Cancelled],
        None,
    );
    let recovery = type_and_autosave(&mut harness, &project);
    for key in [Key::O, Key::N] {
        press(&mut harness, Modifiers::COMMAND, key);
        discard(&mut harness);
        assert_work_kept(
            &mut harness,
            &recovery,
            &format!("Ctrl+{key:?}, Discard, Cancel"),
        );
    }
    // Quitting still asks: nothing pretends the work was saved.
    press(&mut harness, Modifiers::COMMAND, Key::Q);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Unsaved changes")
    );
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert!(!harness.state().quit_confirmed());
    assert_work_kept(&mut harness, &recovery, "Ctrl+Q, Cancel");
}

#[test]
fn discard_then_a_file_that_fails_to_open_keeps_the_work() {
    let directory = tempfile::tempdir().unwrap();
    let project = example_copy(directory.path());
    let broken = directory.path().join("broken.ron");
    std::fs::write(&broken, "(version: 3, metadata: (").unwrap();
    let mut harness = harness(&project, vec![DialogOutcome::Picked(broken.clone())], None);
    let recovery = type_and_autosave(&mut harness, &project);
    // Through the dialog.
    press(&mut harness, Modifiers::COMMAND, Key::O);
    discard(&mut harness);
    settle(&mut harness);
    assert!(harness.state().last_error().is_some());
    assert_work_kept(&mut harness, &recovery, "Ctrl+O, Discard, broken file");
    // A recent file or a dropped file that is gone.
    harness
        .state_mut()
        .send(Command::OpenPath(directory.path().join("gone.ron")));
    harness.run_steps(2);
    discard(&mut harness);
    settle(&mut harness);
    assert_work_kept(&mut harness, &recovery, "recent file gone");
    // A backup that cannot be read.
    harness
        .state_mut()
        .send(Command::OpenBackup(directory.path().join("no-backup.ron")));
    harness.run_steps(2);
    discard(&mut harness);
    assert_work_kept(&mut harness, &recovery, "revert to a missing backup");
    // After all that, the next open asks again (no permit left over).
    harness
        .state_mut()
        .send(Command::OpenPath(fixture("en-tbilisi-metro.txt")));
    harness.run_steps(2);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Unsaved changes")
    );
}

#[test]
fn discard_then_the_path_prompt_cancelled_keeps_the_work() {
    let directory = tempfile::tempdir().unwrap();
    let project = example_copy(directory.path());
    let mut harness = harness(
        &project,
        vec![DialogOutcome::Unavailable("No desktop portal.".into())],
        None,
    );
    let recovery = type_and_autosave(&mut harness, &project);
    press(&mut harness, Modifiers::COMMAND, Key::N);
    discard(&mut harness);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("New project from article")
    );
    harness.get_by_label("Cancel").click();
    assert_work_kept(&mut harness, &recovery, "path prompt cancelled");
}

#[test]
fn discard_then_opening_goes_ahead_and_only_then_the_recovery_file_goes() {
    let directory = tempfile::tempdir().unwrap();
    let project = example_copy(directory.path());
    let article = fixture("ru-baku-electric-buses.txt");
    let mut harness = harness(&project, vec![DialogOutcome::Picked(article)], None);
    let recovery = type_and_autosave(&mut harness, &project);
    press(&mut harness, Modifiers::COMMAND, Key::N);
    discard(&mut harness);
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(
        app.document().project.metadata.title,
        "В Баку запустили первые электробусы"
    );
    assert!(!recovery.exists(), "discarded work goes once replaced");
}

#[test]
fn opening_runs_in_the_background_and_can_be_cancelled() {
    let directory = tempfile::tempdir().unwrap();
    let project = example_copy(directory.path());
    let mut harness = harness(&project, Vec::new(), None);
    // A large article takes a moment to import: the window keeps drawing meanwhile.
    let large = directory.path().join("large.txt");
    let paragraph = "Parliament passed the budget after a long debate on Tuesday. ";
    let text = format!("{paragraph}\n\n").repeat(40_000);
    std::fs::write(&large, text).unwrap();
    harness.state_mut().send(Command::OpenPath(large));
    harness.run_steps(3);
    assert!(harness.state().is_opening());
    assert_eq!(harness.state().modal_title().as_deref(), Some("Opening"));
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert!(!harness.state().is_opening());
    assert_eq!(harness.state().modal_title().as_deref(), None);
    assert_eq!(
        harness.state().document().save_path(),
        Some(&project),
        "the open project stays"
    );
    // A FIFO is refused at once instead of blocking.
    let fifo = directory.path().join("pipe.txt");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    harness.state_mut().send(Command::OpenPath(fifo));
    harness.run_steps(1);
    settle(&mut harness);
    let error = harness.state().last_error().unwrap().to_owned();
    assert!(error.contains("named pipe"), "{error}");
}

#[test]
fn two_windows_on_one_unsaved_article_keep_two_recovery_files_and_both_are_offered() {
    let directory = tempfile::tempdir().unwrap();
    let state = directory.path().join("state");
    let article = fixture("en-tbilisi-metro.txt");
    let mut first = harness(&article, Vec::new(), Some(state.clone()));
    let mut second = harness(&article, Vec::new(), Some(state.clone()));
    for (window, author) in [(&mut first, "Nino Beridze"), (&mut second, "Rauf Hacılı")] {
        window.state_mut().send(Command::SetMetadata {
            field: diptych::model::MetadataField::Author,
            value: author.into(),
        });
        window.run_steps(16);
    }
    let files: Vec<PathBuf> = std::fs::read_dir(&state)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(files.len(), 2, "one recovery file per window");
    // Both windows "crash".
    drop(first);
    drop(second);
    let mut third = harness(&article, Vec::new(), Some(state.clone()));
    assert_eq!(
        third.state().modal_title().as_deref(),
        Some("Restore unsaved work?")
    );
    assert!(third.query_by_label("Restore #1").is_some());
    assert!(third.query_by_label("Restore #2").is_some());
    // Discarding one leaves the other offered; restoring it brings its work back.
    third.get_by_label("Discard #1").click();
    // The dialog shrinks: let its layout settle before the next click.
    third.run_steps(4);
    let left: Vec<&PathBuf> = files.iter().filter(|file| file.exists()).collect();
    assert_eq!(left.len(), 1, "{left:?}");
    let kept = left[0].clone();
    let kept_text = std::fs::read_to_string(&kept).unwrap();
    assert_eq!(
        third.state().modal_title().as_deref(),
        Some("Restore unsaved work?")
    );
    third.get_by_label("Restore").click();
    third.run_steps(3);
    let author = third.state().document().project.metadata.author.clone();
    assert!(
        author == "Nino Beridze" || author == "Rauf Hacılı",
        "{author:?}"
    );
    assert!(
        kept_text.contains(&format!("author: \"{author}\"")),
        "{author:?} was restored from the file that was kept"
    );
    // This window wrote its own recovery file at once, which supersedes the restored one.
    assert!(!kept.exists());
    let own: Vec<PathBuf> = std::fs::read_dir(&state)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(own.len(), 1);
    assert!(std::fs::read_to_string(&own[0]).unwrap().contains(&author));
}

#[test]
fn a_lock_nobody_holds_is_taken_and_a_live_one_can_be_taken_over() {
    let directory = tempfile::tempdir().unwrap();
    let project = example_copy(directory.path());
    let lock = directory.path().join(".metro.diptych.ron.lock");
    let host = diptych::io::lock::this_host();
    // A lock file left behind that no process holds (it names pid 1, which runs, from an
    // earlier boot): the project opens writable.
    std::fs::write(
        &lock,
        format!(
            "Diptych project lock\npid: 1\nhost: {host}\nsince: x\n\
             boot: 00000000-0000-0000-0000-000000000000\n"
        ),
    )
    .unwrap();
    let window = harness(&project, Vec::new(), None);
    assert!(!window.state().is_read_only());
    drop(window);
    // A live holder: read-only, the dialog names the lock file and offers to take over.
    let other_instance = hold_lock(
        &lock,
        &format!("Diptych project lock\npid: 1\nhost: {host}\nsince: x\n"),
    );
    let mut window = harness(&project, Vec::new(), None);
    assert!(window.state().is_read_only());
    let canonical_lock = std::fs::canonicalize(&lock).unwrap();
    assert!(
        window
            .query_by_label_contains(&canonical_lock.display().to_string())
            .is_some()
    );
    window.get_by_label("Take over").click();
    window.run_steps(3);
    assert!(!window.state().is_read_only());
    let text = std::fs::read_to_string(&lock).unwrap();
    assert!(
        text.contains(&format!("pid: {}\n", std::process::id())),
        "{text}"
    );
    // The other instance ending later does not take the lock away from this window.
    drop(other_instance);
    assert!(lock.exists());
    drop(window);
    assert!(!lock.exists());
}

#[test]
fn a_close_request_while_opening_and_then_cancel_keeps_the_work() {
    let directory = tempfile::tempdir().unwrap();
    let project = example_copy(directory.path());
    let large = directory.path().join("large.txt");
    let paragraph = "Parliament passed the budget after a long debate on Tuesday. ";
    std::fs::write(&large, format!("{paragraph}\n\n").repeat(40_000)).unwrap();
    let mut harness = harness(&project, vec![DialogOutcome::Picked(large)], None);
    let recovery = type_and_autosave(&mut harness, &project);
    press(&mut harness, Modifiers::COMMAND, Key::N);
    discard(&mut harness);
    assert!(harness.state().is_opening());
    // The window is closed while the file is being read; the question is answered Cancel.
    harness.state_mut().send(Command::Quit);
    harness.run_steps(2);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Unsaved changes")
    );
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    settle(&mut harness);
    assert_eq!(harness.state().document().save_path(), Some(&project));
    assert_work_kept(
        &mut harness,
        &recovery,
        "close request while opening, then Cancel",
    );
}

#[test]
fn a_window_whose_project_was_taken_over_stops_saving_it() {
    let directory = tempfile::tempdir().unwrap();
    let project = example_copy(directory.path());
    let mut first = harness(&project, Vec::new(), None);
    assert!(!first.state().is_read_only());
    let mut second = harness(&project, Vec::new(), None);
    assert!(second.state().is_read_only());
    assert!(second.query_by_label("⚠ read-only").is_some());
    // Ctrl+S in the read-only window always says why nothing was saved.
    second.get_by_label("Keep it open read-only").click();
    second.run_steps(2);
    press(&mut second, Modifiers::COMMAND, Key::S);
    assert!(
        second
            .state()
            .last_message()
            .unwrap()
            .starts_with("Not saved: this project is read-only here"),
        "{:?}",
        second.state().last_message()
    );
    second.state_mut().send(Command::AskTakeOver);
    second.run_steps(3);
    second.get_by_label("Take over").click();
    second.run_steps(3);
    assert!(!second.state().is_read_only());
    second.state_mut().send(Command::SetMetadata {
        field: diptych::model::MetadataField::Author,
        value: "Rauf Hacili".into(),
    });
    second.run_steps(2);
    press(&mut second, Modifiers::COMMAND, Key::S);
    assert!(
        std::fs::read_to_string(&project)
            .unwrap()
            .contains("Rauf Hacili")
    );
    // The first window edits and saves: refused, it is read-only now, and the file keeps the
    // second window's work.
    first.state_mut().send(Command::SetMetadata {
        field: diptych::model::MetadataField::Author,
        value: "Nino Beridze".into(),
    });
    first.run_steps(2);
    press(&mut first, Modifiers::COMMAND, Key::S);
    assert!(first.state().is_read_only());
    assert!(
        std::fs::read_to_string(&project)
            .unwrap()
            .contains("Rauf Hacili")
    );
    assert!(
        first
            .state()
            .last_error()
            .unwrap()
            .contains("was taken over by another Diptych"),
        "{:?}",
        first.state().last_error()
    );
}

#[test]
fn save_as_never_writes_over_a_project_another_window_has_open() {
    let directory = tempfile::tempdir().unwrap();
    let project = example_copy(directory.path());
    let other = directory.path().join("other.diptych.ron");
    std::fs::copy(&project, &other).unwrap();
    let first = harness(&project, Vec::new(), None);
    assert!(!first.state().is_read_only());
    let before = std::fs::read(&project).unwrap();
    let mut second = harness(&other, vec![DialogOutcome::Picked(project.clone())], None);
    press(&mut second, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    second.run_steps(3);
    assert_eq!(
        std::fs::read(&project).unwrap(),
        before,
        "the other window's file"
    );
    assert!(diptych::io::backup::list_backups(&project).is_empty());
    let error = second.state().last_error().unwrap().to_owned();
    assert!(error.contains("is open in another Diptych"), "{error}");
    assert_eq!(second.state().document().save_path(), Some(&other));
    drop(first);
}

#[test]
#[cfg(unix)]
fn a_window_that_cannot_take_its_lock_again_stops_saving_and_answers_no_recovery_question() {
    let directory = tempfile::tempdir().unwrap();
    let project = example_copy(directory.path());
    let mut window = harness(&project, Vec::new(), None);
    let lock = std::fs::canonicalize(directory.path())
        .unwrap()
        .join(".metro.diptych.ron.lock");
    // Its lock file is swapped for a folder: the lock cannot be taken again.
    std::fs::remove_file(&lock).unwrap();
    std::fs::create_dir(&lock).unwrap();
    window.state_mut().send(Command::SetMetadata {
        field: diptych::model::MetadataField::Author,
        value: "Leyla Quliyeva-Hacili".into(),
    });
    window.run_steps(2);
    press(&mut window, Modifiers::COMMAND, Key::S);
    assert!(window.state().is_read_only());
    assert!(
        !std::fs::read_to_string(&project)
            .unwrap()
            .contains("Leyla Quliyeva-Hacili"),
        "saved without a lock"
    );
    // Once the lock can be taken again, it is (within a few seconds) and saving works.
    std::fs::remove_dir(&lock).unwrap();
    window.run_steps(12);
    assert!(!window.state().is_read_only());
    press(&mut window, Modifiers::COMMAND, Key::S);
    assert!(
        std::fs::read_to_string(&project)
            .unwrap()
            .contains("Leyla Quliyeva-Hacili")
    );
}

#[test]
fn a_window_that_lost_the_project_cannot_discard_its_recovery_files() {
    let directory = tempfile::tempdir().unwrap();
    let project = example_copy(directory.path());
    // A crashed window left unsaved work.
    let mut crashed = harness(&project, Vec::new(), None);
    let recovery = type_and_autosave(&mut crashed, &project);
    drop(crashed);
    let mut holder = harness(&project, Vec::new(), None);
    assert_eq!(
        holder.state().modal_title().as_deref(),
        Some("Restore unsaved work?")
    );
    let mut other = harness(&project, Vec::new(), None);
    assert!(other.state().is_read_only());
    other.get_by_label("Take over").click();
    other.run_steps(3);
    // The first window notices within two seconds: its question about the recovery file goes.
    holder.run_steps(12);
    assert!(holder.state().is_read_only());
    assert_ne!(
        holder.state().modal_title().as_deref(),
        Some("Restore unsaved work?")
    );
    holder
        .state_mut()
        .send(Command::DiscardRecovery(recovery.clone()));
    holder.run_steps(2);
    assert!(
        recovery.exists(),
        "a read-only window deleted the recovery file"
    );
}
