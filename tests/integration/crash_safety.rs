//! Crash safety of saving, tested the hard way: the real binary is started again and again
//! writing a large project (and a recovery file) and killed with SIGKILL at random moments;
//! after every kill the file must parse and be exactly the old or the new version, never a mix
//! or a truncation. A save that hits a full disk (a file size limit) must fail with a clear
//! message and leave the old file as it was.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use diptych::io::import::text::synthetic_article;
use diptych::io::project_file::parse_project;
use diptych::io::recovery::read_recovery;

/// A small deterministic generator (xorshift), so a failing run can be repeated.
struct Random(u64);

impl Random {
    fn next_fraction(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn diptych(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_diptych"));
    command
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    command
}

/// Runs to completion and returns how long it took.
fn run_fully(args: &[&str]) -> Duration {
    let started = Instant::now();
    let output = diptych(args).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    started.elapsed()
}

/// When to kill a run.
#[derive(Debug, Clone, Copy)]
enum KillAt {
    /// After a fixed delay from the start.
    After(Duration),
    /// This long after the temp file of the save appears (while the new version is written,
    /// synced and renamed into place).
    IntoTheWrite(Duration),
}

/// Starts the command and kills it as `when` says (if it is still running). `temp_prefix` is
/// the start of the temp file name the save writes (`.NAME.PID.RANDOM.tmp`) before the pid.
fn run_and_kill(args: &[&str], when: KillAt, directory: &Path, temp_prefix: &str) -> bool {
    let mut child = diptych(args).spawn().unwrap();
    match when {
        KillAt::After(delay) => std::thread::sleep(delay),
        KillAt::IntoTheWrite(delay) => {
            let temp_start = format!("{temp_prefix}.{}.", child.id());
            let temp_exists = || {
                temp_files(directory)
                    .iter()
                    .any(|name| name.starts_with(&temp_start))
            };
            let started = Instant::now();
            while !temp_exists()
                && child.try_wait().unwrap().is_none()
                && started.elapsed() < Duration::from_secs(20)
            {
                std::thread::sleep(Duration::from_micros(200));
            }
            std::thread::sleep(delay);
        }
    }
    let killed = child.try_wait().unwrap().is_none();
    if killed {
        child.kill().unwrap();
    }
    child.wait().unwrap();
    killed
}

struct Versions {
    article: PathBuf,
    /// The two versions the target file alternates between (`--targets ru` / `--targets az`).
    contents: [Vec<u8>; 2],
    duration: Duration,
}

fn temp_files(directory: &Path) -> Vec<String> {
    std::fs::read_dir(directory)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| {
            Path::new(name)
                .extension()
                .is_some_and(|extension| extension.eq_ignore_ascii_case("tmp"))
        })
        .collect()
}

/// Kills `command` (which writes `target`) at `kills` random moments spread over its running
/// time, and checks the file after each kill.
fn kill_repeatedly(
    versions: &Versions,
    target: &Path,
    args_for: impl Fn(usize) -> Vec<String>,
    check: impl Fn(&Path) -> Vec<u8>,
    kills: usize,
    seed: u64,
) -> (usize, usize) {
    let mut random = Random(seed);
    let mut killed = 0;
    let mut mid_write = 0;
    let mut attempt = 0;
    while killed < kills {
        let args = args_for(attempt);
        let args = as_strs(&args);
        // Two kills in three land while the new version is written; the others anywhere in the
        // run, a little past its usual end.
        let when = if random.next_fraction() < 0.67 {
            KillAt::IntoTheWrite(Duration::from_secs_f64(0.004 * random.next_fraction()))
        } else {
            KillAt::After(versions.duration.mul_f64(1.1 * random.next_fraction()))
        };
        let before = target.exists().then(|| check(target));
        // The temp file is written beside the real file (a symlink's target).
        let real = std::fs::canonicalize(target).unwrap_or_else(|_| target.to_path_buf());
        let directory = real.parent().unwrap();
        let temp_prefix = format!(".{}", real.file_name().unwrap().to_string_lossy());
        if run_and_kill(&args, when, directory, &temp_prefix) {
            killed += 1;
        }
        let after = check(target);
        assert!(
            versions.contents.contains(&after),
            "attempt {attempt} (seed {seed}, kill {when:?}): the file is neither version \
             ({} bytes)",
            after.len()
        );
        if before.as_ref() != Some(&after) {
            mid_write += 1;
        }
        attempt += 1;
    }
    (attempt, mid_write)
}

/// The command line writing `target` from `article`: version `attempt % 2` of the two
/// (`--targets ru` or `--targets az`).
fn write_args(command: &str, article: &Path, target: &Path, attempt: usize) -> Vec<String> {
    let targets = if attempt.is_multiple_of(2) {
        "ru"
    } else {
        "az"
    };
    let mut args = vec![
        command.to_owned(),
        article.display().to_string(),
        "-o".to_owned(),
        target.display().to_string(),
        "--targets".to_owned(),
        targets.to_owned(),
    ];
    if command == "import" {
        args.push("--force".to_owned());
    }
    args
}

fn as_strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

fn versions(directory: &Path, paragraphs: usize, command: &str, target: &Path) -> Versions {
    let article = directory.join("big.txt");
    std::fs::write(&article, synthetic_article(paragraphs)).unwrap();
    let mut contents = Vec::new();
    let mut duration = Duration::MAX;
    for attempt in 0..2 {
        let args = write_args(command, &article, target, attempt);
        duration = duration.min(run_fully(&as_strs(&args)));
        contents.push(std::fs::read(target).unwrap());
    }
    assert_ne!(contents[0], contents[1]);
    Versions {
        article,
        contents: [contents[0].clone(), contents[1].clone()],
        duration,
    }
}

#[test]
fn killing_a_save_at_random_moments_never_leaves_a_broken_project() {
    let directory = tempfile::tempdir().unwrap();
    let project = directory.path().join("big.diptych.ron");
    let versions = versions(directory.path(), 2000, "import", &project);
    let args_for = |attempt| write_args("import", &versions.article, &project, attempt);
    let check = |path: &Path| {
        let bytes = std::fs::read(path).unwrap();
        parse_project("big.diptych.ron", &bytes).unwrap();
        bytes
    };
    let (attempts, replaced) = kill_repeatedly(&versions, &project, args_for, check, 200, 0x5eed);
    println!(
        "project: {attempts} runs, 200 killed, file replaced in {replaced}; one run takes {:?}, {} bytes",
        versions.duration,
        versions.contents[0].len()
    );
    // A kill between creating the temp file and renaming it leaves the temp file behind; the
    // next save that completes removes it.
    let abandoned = temp_files(directory.path()).len();
    run_fully(&as_strs(&args_for(0)));
    assert_eq!(temp_files(directory.path()), Vec::<String>::new());
    println!("{abandoned} abandoned temp files removed by the next save");
    // Backups of replaced versions are whole versions too.
    for backup in diptych::io::backup::list_backups(&project) {
        let bytes = std::fs::read(&backup.path).unwrap();
        assert!(
            versions.contents.contains(&bytes),
            "{}",
            backup.path.display()
        );
    }
}

#[test]
#[cfg(unix)]
fn killing_saves_through_a_symlink_keeps_the_link_the_mode_and_whole_versions() {
    use std::os::unix::fs::PermissionsExt as _;
    let directory = tempfile::tempdir().unwrap();
    let real = directory.path().join("real.diptych.ron");
    let versions = versions(directory.path(), 1000, "import", &real);
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
    let link = directory.path().join("link.diptych.ron");
    std::os::unix::fs::symlink("real.diptych.ron", &link).unwrap();
    let args_for = |attempt| write_args("import", &versions.article, &link, attempt);
    let check = |path: &Path| {
        let bytes = std::fs::read(path).unwrap();
        parse_project("link.diptych.ron", &bytes).unwrap();
        bytes
    };
    let (attempts, replaced) = kill_repeatedly(&versions, &link, args_for, check, 60, 0x11a5);
    println!("symlinked project: {attempts} runs, 60 killed, file replaced in {replaced}");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&real), 0o600, "the project stays private");
    for backup in diptych::io::backup::list_backups(&link) {
        assert_eq!(mode(&backup.path), 0o600, "{}", backup.path.display());
        assert!(
            versions
                .contents
                .contains(&std::fs::read(&backup.path).unwrap())
        );
    }
}

#[test]
fn killing_a_recovery_write_at_random_moments_never_leaves_a_broken_file() {
    let directory = tempfile::tempdir().unwrap();
    let recovery = directory.path().join(".big.recovery.ron");
    let versions = versions(directory.path(), 2000, "write-recovery", &recovery);
    let args_for = |attempt| write_args("write-recovery", &versions.article, &recovery, attempt);
    // The recovery file carries the time it was written: compare what follows the header.
    let body = |bytes: &[u8]| -> Vec<u8> {
        let text = String::from_utf8(bytes.to_vec()).unwrap();
        let start = text.find("\n(").unwrap();
        text.as_bytes()[start..].to_vec()
    };
    let versions = Versions {
        article: versions.article.clone(),
        contents: [body(&versions.contents[0]), body(&versions.contents[1])],
        duration: versions.duration,
    };
    let check = |path: &Path| {
        read_recovery(path).unwrap();
        body(&std::fs::read(path).unwrap())
    };
    let (attempts, replaced) = kill_repeatedly(&versions, &recovery, args_for, check, 200, 0xfeed);
    println!("recovery: {attempts} runs, 200 killed, file replaced in {replaced}");
    run_fully(&as_strs(&args_for(0)));
    assert_eq!(temp_files(directory.path()), Vec::<String>::new());
}

#[test]
fn a_full_disk_fails_the_save_clearly_and_keeps_the_old_file() {
    let directory = tempfile::tempdir().unwrap();
    let small = directory.path().join("small.txt");
    std::fs::write(&small, synthetic_article(5)).unwrap();
    let big = directory.path().join("big.txt");
    std::fs::write(&big, synthetic_article(3000)).unwrap();
    let project = directory.path().join("story.diptych.ron");
    run_fully(&[
        "import",
        small.to_str().unwrap(),
        "-o",
        project.to_str().unwrap(),
    ]);
    let old = std::fs::read(&project).unwrap();
    assert!(old.len() < 60 * 1024);
    // At most 64 KB per file (the shell counts in KiB); SIGXFSZ ignored, so writes fail with
    // EFBIG as on a full disk instead of killing the process.
    let output = Command::new("bash")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 64; exec \"$0\" import \"$1\" -o \"$2\" --force")
        .arg(env!("CARGO_BIN_EXE_diptych"))
        .arg(&big)
        .arg(&project)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("cannot save"), "{message}");
    assert!(message.contains("too large"), "{message}");
    assert_eq!(message.trim().lines().count(), 1, "{message}");
    assert_eq!(std::fs::read(&project).unwrap(), old);
    assert_eq!(temp_files(directory.path()), Vec::<String>::new());
}
