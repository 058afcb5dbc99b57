//! The command line against a hostile user: closed pipes, special files, symlinks, locks held
//! by a window, concurrent runs, options that would be dropped, escape sequences in articles.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::cli_common::{diptych, fixture, imported_project, path_str, stderr, stdout};

/// `import ARTICLE -o OUTPUT --force` and `align ARTICLE TRANSLATION --lang ru -o OUTPUT --force`.
fn import_and_align_writing<'a>(
    article: &'a Path,
    translation: &'a Path,
    output: &'a Path,
) -> [Vec<&'a str>; 2] {
    [
        vec![
            "import",
            path_str(article),
            "-o",
            path_str(output),
            "--force",
        ],
        vec![
            "align",
            path_str(article),
            path_str(translation),
            "--lang",
            "ru",
            "-o",
            path_str(output),
            "--force",
        ],
    ]
}

/// Runs each command line and checks it fails with `phrase` in its one-line error.
fn assert_all_refused(runs: &[Vec<&str>], phrase: &str) {
    for args in runs {
        let output = diptych(args);
        assert!(!output.status.success(), "{args:?}");
        let message = stderr(&output);
        assert!(message.contains(phrase), "{args:?}: {message}");
        assert_eq!(message.trim_end().lines().count(), 1, "{message}");
    }
}

/// A large article whose report is much longer than a pipe's buffer.
fn long_article(directory: &Path) -> PathBuf {
    let path = directory.join("long.txt");
    let paragraph = "Parliament passed the budget after a long debate on Tuesday evening.\n\n";
    std::fs::write(
        &path,
        format!("Budget passed\n\n{}", paragraph.repeat(5_000)),
    )
    .unwrap();
    path
}

#[test]
fn a_reader_that_goes_away_ends_the_output_quietly() {
    let directory = tempfile::tempdir().unwrap();
    let article = long_article(directory.path());
    for args in [
        vec!["inspect", path_str(&article)],
        vec!["inspect", path_str(&article), "--format", "text"],
        vec![
            "align",
            path_str(&article),
            path_str(&article),
            "--lang",
            "ru",
            "--source-lang",
            "en",
        ],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_diptych"))
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Read a few bytes, then close the pipe, as `| head -c 10` does.
        let mut head = [0u8; 10];
        child
            .stdout
            .as_mut()
            .unwrap()
            .read_exact(&mut head)
            .unwrap();
        drop(child.stdout.take());
        let mut errors = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut errors)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(!errors.contains("panicked"), "{args:?}: {errors}");
        assert!(errors.is_empty(), "{args:?}: {errors}");
        assert!(status.success(), "{args:?}: {status:?}");
    }
}

#[test]
#[cfg(unix)]
fn special_files_are_refused_as_input_and_as_output() {
    let directory = tempfile::tempdir().unwrap();
    let fifo = directory.path().join("pipe.txt");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    // Reading a FIFO would block forever: refused at once.
    let started = std::time::Instant::now();
    let output = diptych(&["inspect", path_str(&fifo)]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("named pipe"),
        "{}",
        stderr(&output)
    );
    assert!(started.elapsed().as_secs() < 10);
    // Writing to a device or a FIFO is refused, and /dev/null stays a device.
    let article = fixture("en-tbilisi-metro.txt");
    for target in ["/dev/null", path_str(&fifo)] {
        let output = diptych(&["import", path_str(&article), "-o", target, "--force"]);
        assert!(!output.status.success(), "{target}");
        let message = stderr(&output);
        assert!(
            message.contains("a device") || message.contains("named pipe"),
            "{message}"
        );
        assert_eq!(message.trim_end().lines().count(), 1, "{message}");
    }
    assert!(std::os::unix::fs::FileTypeExt::is_char_device(
        &std::fs::symlink_metadata("/dev/null").unwrap().file_type()
    ));
}

#[test]
#[cfg(unix)]
fn saving_through_a_symlink_keeps_the_link_the_mode_and_hard_links() {
    use std::os::unix::fs::PermissionsExt as _;
    let directory = tempfile::tempdir().unwrap();
    let article = fixture("en-tbilisi-metro.txt");
    let real = directory.path().join("real.diptych.ron");
    let import = |output: &Path, targets: &str| {
        diptych(&[
            "import",
            path_str(&article),
            "-o",
            path_str(output),
            "--targets",
            targets,
            "--force",
        ])
    };
    assert!(import(&real, "ru").status.success());
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
    let link = directory.path().join("link.diptych.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let hard = directory.path().join("hard.diptych.ron");
    std::fs::hard_link(&real, &hard).unwrap();
    let output = import(&link, "az");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let text = std::fs::read_to_string(&real).unwrap();
    let saved = diptych::io::load_project(&real).unwrap();
    assert_eq!(saved.targets.len(), 1);
    assert_eq!(saved.targets[0].as_str(), "az");
    assert_eq!(std::fs::read_to_string(&hard).unwrap(), text);
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // The backup of the replaced version sits beside the real file and is private too.
    let backups = diptych::io::backup::list_backups(&link);
    assert_eq!(backups.len(), 1);
    let backup_mode = std::fs::metadata(&backups[0].path)
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(backup_mode, 0o600);
    assert!(
        backups[0]
            .path
            .starts_with(std::fs::canonicalize(directory.path()).unwrap())
    );
}

#[test]
fn a_project_open_in_a_window_is_not_overwritten_by_the_cli() {
    let directory = tempfile::tempdir().unwrap();
    let project = imported_project(directory.path(), "metro.diptych.ron");
    let article = fixture("en-tbilisi-metro.txt");
    let before = std::fs::read(&project).unwrap();
    // A window (another live process: this test) holds the lock.
    let diptych::io::lock::LockOutcome::Acquired(window) =
        diptych::io::lock::acquire(&project).unwrap()
    else {
        panic!("the test takes the lock");
    };
    let lock = window.path().to_path_buf();
    let translation = fixture("ru-tbilisi-metro.txt");
    let runs = import_and_align_writing(&article, &translation, &project);
    assert_all_refused(&runs, "open in another Diptych");
    assert_eq!(std::fs::read(&project).unwrap(), before);
    let text = std::fs::read_to_string(&lock).unwrap();
    assert!(
        text.contains(&format!("pid: {}\n", std::process::id())),
        "{text}"
    );
    drop(window);
}

#[test]
fn export_original_never_replaces_a_project_and_keeps_a_backup_of_what_it_replaces() {
    let directory = tempfile::tempdir().unwrap();
    let project = imported_project(directory.path(), "metro.diptych.ron");
    let before = std::fs::read(&project).unwrap();
    let other = directory.path().join("other.diptych.ron");
    std::fs::copy(&project, &other).unwrap();
    let output = diptych(&[
        "export-original",
        path_str(&project),
        "-o",
        path_str(&other),
        "--force",
    ]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("is a Diptych project"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&other).unwrap(), before);
    assert_eq!(std::fs::read(&project).unwrap(), before);
    // Any other file it overwrites is backed up first.
    let notes = directory.path().join("notes.txt");
    std::fs::write(&notes, "my notes").unwrap();
    let output = diptych(&[
        "export-original",
        path_str(&project),
        "-o",
        path_str(&notes),
        "--force",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let backups = diptych::io::backup::list_backups(&notes);
    assert_eq!(backups.len(), 1);
    assert_eq!(
        std::fs::read_to_string(&backups[0].path).unwrap(),
        "my notes"
    );
}

#[test]
fn forty_concurrent_forced_imports_all_succeed_with_whole_backups() {
    let directory = tempfile::tempdir().unwrap();
    let project = directory.path().join("story.diptych.ron");
    let article = fixture("ru-baku-electric-buses.txt");
    assert!(
        diptych(&["import", path_str(&article), "-o", path_str(&project)])
            .status
            .success()
    );
    // The lock makes them take turns or refuse; neither may fail on a vanished backup.
    let children: Vec<_> = (0..40)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_diptych"))
                .args([
                    "import",
                    path_str(&article),
                    "-o",
                    path_str(&project),
                    "--force",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut failures = Vec::new();
    for child in children {
        let output = child.wait_with_output().unwrap();
        let message = stderr(&output);
        if !output.status.success() && !message.contains("open in another Diptych") {
            failures.push(message);
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    diptych::io::load_project(&project).unwrap();
    let backups = diptych::io::backup::list_backups(&project);
    assert!(
        !backups.is_empty() && backups.len() <= 10,
        "{}",
        backups.len()
    );
    for backup in backups {
        diptych::io::load_project(&backup.path).unwrap();
    }
}

#[test]
fn options_that_would_be_dropped_are_refused() {
    let directory = tempfile::tempdir().unwrap();
    let article = fixture("en-tbilisi-metro.txt");
    let output_path = directory.path().join("out.ron");
    let import = |extra: &[&str]| {
        let mut args = vec!["import", path_str(&article), "-o", path_str(&output_path)];
        args.extend_from_slice(extra);
        diptych(&args)
    };
    for (extra, phrase) in [
        (vec!["--targets", "en"], "the article's own language"),
        (vec!["--targets", ""], "names no language"),
        (vec!["--targets", " , "], "names no language"),
        (vec!["--targets", "ru,ru"], "names ru twice"),
        (
            vec!["--source-lang", "ru", "--targets", "ru"],
            "the article's own language",
        ),
        (vec!["--record", "https://example.org/"], "not a WARC"),
        (
            vec!["--encoding", "iso-2022-kr"],
            "not supported for import",
        ),
        (vec!["--encoding", "hz-gb-2312"], "not supported for import"),
    ] {
        let output = import(&extra);
        assert!(!output.status.success(), "{extra:?}");
        let message = stderr(&output);
        assert!(message.contains(phrase), "{extra:?}: {message}");
        assert_eq!(message.trim_end().lines().count(), 1, "{message}");
        assert!(!output_path.exists(), "{extra:?} wrote a project");
    }
}

#[test]
fn a_chosen_encoding_does_not_let_binary_files_in() {
    let directory = tempfile::tempdir().unwrap();
    let font = directory.path().join("font.txt");
    let mut bytes = b"\x00\x01\x00\x00\x00\x0F\x00\x80\x00\x03\x00\x70GDEF".to_vec();
    bytes.extend((0..2000u32).map(|n| (n * 13 % 256) as u8));
    std::fs::write(&font, bytes).unwrap();
    let nul = directory.path().join("nul.txt");
    std::fs::write(&nul, b"Headline\n\nText with a \0 NUL byte.\n").unwrap();
    for (file, encoding) in [(&font, "windows-1252"), (&nul, "utf-8")] {
        let output = diptych(&["inspect", path_str(file), "--encoding", encoding]);
        assert!(!output.status.success(), "{encoding}");
        assert!(stderr(&output).contains("binary"), "{}", stderr(&output));
    }
}

#[test]
fn escape_sequences_in_an_article_never_reach_the_terminal() {
    let directory = tempfile::tempdir().unwrap();
    let article = directory.path().join("escape.txt");
    std::fs::write(
        &article,
        "\x1b]0;owned\x07Parliament \x1b[2Jpassed the budget\n\nThe vote was 72 to 21.\n",
    )
    .unwrap();
    let project = directory.path().join("escape.diptych.ron");
    let runs = [
        vec!["import", path_str(&article), "-o", path_str(&project)],
        vec!["stats", path_str(&project)],
        vec!["inspect", path_str(&project), "--format", "text"],
        vec!["inspect", path_str(&project)],
    ];
    for args in runs {
        let output = diptych(&args);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        let printed = stdout(&output);
        assert!(
            !printed.contains('\x1b') && !printed.contains('\x07'),
            "{args:?}"
        );
    }
    let output = diptych(&["import", path_str(&article), "-o", path_str(&project)]);
    let message = stderr(&output);
    assert!(!message.contains('\x1b'));
    let output = diptych(&["inspect", path_str(&project), "--format", "text"]);
    assert!(stdout(&output).contains("\\u{1b}]0;owned\\u{7}Parliament"));
}

#[test]
fn a_page_declaring_utf8_in_windows_1251_is_read_and_the_decision_reported() {
    let directory = tempfile::tempdir().unwrap();
    let page = crate::archives::mislabelled_windows_1251_page(directory.path());
    let project = directory.path().join("news.diptych.ron");
    let output = diptych(&["import", path_str(&page), "-o", path_str(&project)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let summary = stdout(&output);
    assert!(summary.contains("windows-1251"), "{summary}");
    assert!(
        summary.contains("declares UTF-8, but its bytes are not valid UTF-8"),
        "{summary}"
    );
    let output = diptych(&["inspect", path_str(&project)]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert!(
        json["charset"].as_str().unwrap().contains("declares UTF-8"),
        "{json}"
    );
    assert!(stdout(&output).contains("перекрыла площадь в центре Баку"));
}

#[test]
fn an_article_only_in_noscript_or_json_ld_is_found_and_said_so() {
    let directory = tempfile::tempdir().unwrap();
    let noscript = directory.path().join("app.html");
    std::fs::write(
        &noscript,
        "<!DOCTYPE html><html><head><title>Парламент принял бюджет</title></head><body>\
         <div id=\"app\"></div><script>render()</script><noscript><article>\
         <h1>Парламент принял бюджет</h1><p>Депутаты одобрили проект бюджета на следующий \
         год после долгих прений, сообщила пресс-служба парламента во вторник вечером.</p>\
         <p>За проголосовали 72 депутата, против — 21, воздержались трое; оппозиция \
         назвала документ нереалистичным.</p></article></noscript></body></html>",
    )
    .unwrap();
    let json_ld = directory.path().join("ld.html");
    std::fs::write(
        &json_ld,
        "<!DOCTYPE html><html><head><title>Budget passed</title>\
         <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\
         \"headline\":\"Budget passed\",\"articleBody\":\"Parliament passed next year's \
         budget on Tuesday after a debate that lasted well into the evening.\\nThe vote was \
         72 to 21 with three abstentions, and the opposition called the plan unrealistic.\"}\
         </script></head><body><div id=\"root\"></div></body></html>",
    )
    .unwrap();
    for (page, source, sentence) in [
        (&noscript, "<noscript>", "Депутаты одобрили проект бюджета"),
        (&json_ld, "JSON-LD articleBody", "The vote was 72 to 21"),
    ] {
        let project = page.with_extension("diptych.ron");
        let output = diptych(&["import", path_str(page), "-o", path_str(&project)]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(stdout(&output).contains(source), "{}", stdout(&output));
        let output = diptych(&["inspect", path_str(&project), "--format", "text"]);
        assert!(stdout(&output).contains(sentence), "{}", stdout(&output));
    }
    // A large page with almost no article text says so.
    let empty = directory.path().join("empty.html");
    std::fs::write(
        &empty,
        format!(
            "<!DOCTYPE html><html><head><title>Shell</title></head><body><h1>Shell</h1>\
             <p>Loading the story now.</p><script>{}</script></body></html>",
            "var x = 1;\n".repeat(4_000)
        ),
    )
    .unwrap();
    let output = diptych(&[
        "import",
        path_str(&empty),
        "-o",
        path_str(&directory.path().join("empty.ron")),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("words of article text were found"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_bad_file_given_to_the_window_opens_it_with_the_error() {
    let directory = tempfile::tempdir().unwrap();
    let binary = directory.path().join("bin.dat");
    std::fs::write(&binary, b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0").unwrap();
    let (document, error) = diptych::app::startup_document(Some(&binary)).unwrap();
    let error = error.expect("the error is shown in the window");
    assert_eq!(error.path, binary);
    assert!(error.reason.contains("binary"), "{}", error.reason);
    // The window still opens, on the example project.
    assert_eq!(document.origin, diptych::app::Origin::Example);
}

#[test]
fn a_command_never_writes_over_its_own_input_and_errors_stay_one_line() {
    let directory = tempfile::tempdir().unwrap();
    let article = directory.path().join("story.txt");
    std::fs::copy(fixture("en-tbilisi-metro.txt"), &article).unwrap();
    let before = std::fs::read(&article).unwrap();
    let translation = fixture("ru-tbilisi-metro.txt");
    let runs = import_and_align_writing(&article, &translation, &article);
    assert_all_refused(&runs, "is also what the command reads");
    assert_eq!(std::fs::read(&article).unwrap(), before);
    // A file name with a line break and a bidi override still gives one line.
    let odd = directory.path().join("odd\n\u{202e}name.ron");
    std::fs::write(&odd, "(version: 99)").unwrap();
    let output = diptych(&["stats", path_str(&odd)]);
    let message = stderr(&output);
    assert_eq!(message.trim_end().lines().count(), 1, "{message}");
    assert!(
        message.contains("\\u{a}") && message.contains("\\u{202e}"),
        "{message}"
    );
}

#[test]
fn project_files_written_in_any_ron_style_are_never_replaced_by_export_original() {
    let directory = tempfile::tempdir().unwrap();
    let project = directory.path().join("metro.diptych.ron");
    assert!(
        diptych(&[
            "import",
            path_str(&fixture("en-tbilisi-metro.txt")),
            "-o",
            path_str(&project)
        ])
        .status
        .success()
    );
    let text = std::fs::read_to_string(&project).unwrap();
    let variants = [
        format!("/* a comment */\n{text}"),
        format!("#![enable(implicit_some)]\n{text}"),
        format!("{}\n{text}", "// a long comment line\n".repeat(400)),
    ];
    for (index, variant) in variants.iter().enumerate() {
        let other = directory.path().join(format!("variant-{index}.ron"));
        std::fs::write(&other, variant).unwrap();
        let output = diptych(&[
            "export-original",
            path_str(&project),
            "-o",
            path_str(&other),
            "--force",
        ]);
        assert!(!output.status.success(), "variant {index}");
        assert!(
            stderr(&output).contains("is a Diptych project"),
            "{}",
            stderr(&output)
        );
        assert_eq!(&std::fs::read_to_string(&other).unwrap(), variant);
    }
}

#[test]
fn an_odd_entry_among_the_backups_never_stops_a_save() {
    let directory = tempfile::tempdir().unwrap();
    let project = directory.path().join("p.diptych.ron");
    let article = fixture("en-tbilisi-metro.txt");
    let import = || {
        diptych(&[
            "import",
            path_str(&article),
            "-o",
            path_str(&project),
            "--force",
        ])
    };
    assert!(import().status.success());
    let backups = directory.path().join(".diptych-backups");
    std::fs::create_dir_all(backups.join("p.diptych.2000-01-01T00-00-00.000Z.ron")).unwrap();
    for _ in 0..12 {
        let output = import();
        assert!(output.status.success(), "{}", stderr(&output));
    }
    assert_eq!(diptych::io::backup::list_backups(&project).len(), 10);
    // A file where the backups folder should be is named plainly.
    std::fs::remove_dir_all(&backups).unwrap();
    std::fs::write(&backups, "not a folder").unwrap();
    let output = import();
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("exists but is not a folder"),
        "{}",
        stderr(&output)
    );
}
