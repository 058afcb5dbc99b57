//! Project locks: the window (or command) that opens a project file holds `.NAME.lock` beside
//! the real file. Whether it is held is the operating system's file lock on it (`flock`):
//! exactly one process can hold it, and it is let go when that process ends however it ends
//! (a crash, `kill -9`, a reboot), so a lock is never stale because of a reused pid or a lost
//! cleanup. The file's text says who holds it (process id, its start time, boot id, host and
//! time) for the message another instance shows. A lock recorded by another host is respected
//! (file locks do not always reach across network folders) until the user takes it over.

use std::io::{Read as _, Seek as _, Write as _};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::fs::{
    boot_id, canonical_file_path, process_is_running, process_start_time, utc_display,
};

/// Who holds a lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockInfo {
    pub pid: u32,
    pub host: String,
    /// When it was taken, UTC.
    pub since: String,
    /// The holder's boot (Linux `boot_id`), empty when unknown: after a reboot every lock
    /// taken before it is stale, whatever process now has the pid.
    pub boot: String,
    /// When the holder process started (clock ticks since boot, `/proc/PID/stat`), `None`
    /// when unknown: a pid reused by another program shows another start time.
    pub started: Option<u64>,
}

impl LockInfo {
    pub(crate) fn parse(text: &str) -> Option<Self> {
        let mut pid = None;
        let mut host = None;
        let mut since = String::new();
        let mut boot = String::new();
        let mut started = None;
        for line in text.lines() {
            if let Some(value) = line.strip_prefix("pid: ") {
                pid = value.trim().parse().ok();
            } else if let Some(value) = line.strip_prefix("host: ") {
                host = Some(value.trim().to_owned());
            } else if let Some(value) = line.strip_prefix("since: ") {
                value.trim().clone_into(&mut since);
            } else if let Some(value) = line.strip_prefix("boot: ") {
                value.trim().clone_into(&mut boot);
            } else if let Some(value) = line.strip_prefix("started: ") {
                started = value.trim().parse().ok();
            }
        }
        Some(Self {
            pid: pid?,
            host: host?,
            since,
            boot,
            started,
        })
    }

    pub(crate) fn render(&self) -> String {
        let mut text = format!(
            "Diptych project lock\npid: {}\nhost: {}\nsince: {}\n",
            self.pid, self.host, self.since
        );
        if !self.boot.is_empty() {
            text.push_str("boot: ");
            text.push_str(&self.boot);
            text.push('\n');
        }
        if let Some(started) = self.started {
            text.push_str("started: ");
            text.push_str(&started.to_string());
            text.push('\n');
        }
        text
    }

    /// This process, as a lock records it.
    pub(crate) fn of_this_process() -> Self {
        let pid = std::process::id();
        Self {
            pid,
            host: this_host(),
            since: utc_display(SystemTime::now()),
            boot: boot_id(),
            started: process_start_time(pid),
        }
    }

    /// A holder whose details are not written yet (it is between taking the lock and writing
    /// the file).
    fn unknown() -> Self {
        Self {
            pid: 0,
            host: String::new(),
            since: String::new(),
            boot: String::new(),
            started: None,
        }
    }

    /// "process 4242 on HOST, since 2026-11-24 22:46:52 UTC", for messages.
    pub fn describe(&self) -> String {
        if self.pid == 0 {
            return "another Diptych process, which is just starting".to_owned();
        }
        format!(
            "process {} on {}{}",
            self.pid,
            self.host,
            if self.since.is_empty() {
                String::new()
            } else {
                format!(", since {}", self.since)
            }
        )
    }

    /// Whether the holder is known to be gone: on this host, the machine was restarted since,
    /// the process no longer runs, or its pid now belongs to a process started at another time.
    pub fn is_stale(&self) -> bool {
        if self.host != this_host() {
            return false;
        }
        let current_boot = boot_id();
        if !self.boot.is_empty() && !current_boot.is_empty() && self.boot != current_boot {
            return true;
        }
        if !process_is_running(self.pid) {
            return true;
        }
        match (self.started, process_start_time(self.pid)) {
            (Some(recorded), Some(now)) => recorded != now,
            _ => false,
        }
    }
}

/// A held lock; dropping it removes the lock file (while still holding it, and only if the
/// name still leads to this file), then lets the lock go.
#[derive(Debug)]
pub struct ProjectLock {
    path: PathBuf,
    file: std::fs::File,
}

impl ProjectLock {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether this is still the project's lock: its file was not removed or replaced (another
    /// window taking the project over replaces it).
    pub fn is_current(&self) -> bool {
        same_file(&self.file, &self.path)
    }
}

impl Drop for ProjectLock {
    fn drop(&mut self) {
        if same_file(&self.file, &self.path) {
            // Best effort: a lock file left behind is not held by anyone (the file lock goes
            // with this process), and the next `acquire` takes it over.
            let _ = std::fs::remove_file(&self.path);
        }
        // Closing the file releases the lock.
    }
}

/// What trying to lock a project gave.
#[derive(Debug)]
pub enum LockOutcome {
    Acquired(ProjectLock),
    /// Another live process holds it (or another host recorded it).
    HeldBy(LockInfo),
}

/// The lock file of a project: `.NAME.lock` beside the real file (a symlink or another
/// relative path to the same project gives the same lock).
pub fn lock_path_for(project: &Path) -> PathBuf {
    let project = canonical_file_path(project);
    let name = project
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    project.with_file_name(format!(".{name}.lock"))
}

/// This machine's name, as locks record it.
pub fn this_host() -> String {
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .find_map(|path| std::fs::read_to_string(path).ok())
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "unknown-host".to_owned())
}

/// The most of a lock file that is read: it holds a few short lines.
const MAX_LOCK_BYTES: u64 = 4096;

/// Whether `path` still names the file `file` has open.
fn same_file(file: &std::fs::File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        match (file.metadata(), std::fs::symlink_metadata(path)) {
            (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        // Not a Result: without inode numbers there is nothing to compare.
        let _ = (file, path);
        true
    }
}

/// Opens (creating it if needed) the lock file, refusing anything but a regular file: a FIFO
/// would block, a device or a symlink could lead anywhere.
fn open_lock_file(path: &Path) -> std::io::Result<std::fs::File> {
    let refuse = || {
        std::io::Error::other(format!(
            "the lock file {} is not a regular file (remove it so that the project can be \
             locked)",
            path.display()
        ))
    };
    if std::fs::symlink_metadata(path).is_ok_and(|metadata| !metadata.is_file()) {
        return Err(refuse());
    }
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .map_err(|error| {
            std::io::Error::new(
                error.kind(),
                format!("the lock file {} cannot be opened: {error}", path.display()),
            )
        })?;
    if !file.metadata()?.is_file() {
        return Err(refuse());
    }
    Ok(file)
}

/// Who a lock file names (at most its first few KB are read).
fn read_holder(file: &mut std::fs::File) -> Option<LockInfo> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.take(MAX_LOCK_BYTES).read_to_string(&mut text).ok()?;
    LockInfo::parse(&text)
}

/// Tries to lock `project` for this process.
pub fn acquire(project: &Path) -> std::io::Result<LockOutcome> {
    let path = lock_path_for(project);
    let info = LockInfo::of_this_process();
    for _ in 0..5 {
        let mut file = open_lock_file(&path)?;
        match file.try_lock() {
            Ok(()) => {
                if !same_file(&file, &path) {
                    // The file was removed or replaced between opening and locking it.
                    continue;
                }
                if let Some(recorded) = read_holder(&mut file)
                    && recorded.host != info.host
                {
                    return Ok(LockOutcome::HeldBy(recorded));
                }
                file.set_len(0)?;
                file.rewind()?;
                file.write_all(info.render().as_bytes())?;
                file.sync_all()?;
                return Ok(LockOutcome::Acquired(ProjectLock { path, file }));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                let holder = read_holder(&mut file).unwrap_or_else(LockInfo::unknown);
                return Ok(LockOutcome::HeldBy(holder));
            }
            Err(std::fs::TryLockError::Error(error)) => return Err(error),
        }
    }
    Err(std::io::Error::other(format!(
        "{} keeps changing; another program is taking the lock",
        path.display()
    )))
}

/// Takes the lock of `project` from its holder, which the user says is gone (its window was
/// closed on another machine, or it is known to be stuck). Only the lock recorded as `holder`
/// is taken: if the lock changed hands meanwhile, the new holder is reported instead.
pub fn take_over(project: &Path, holder: &LockInfo) -> std::io::Result<LockOutcome> {
    let path = lock_path_for(project);
    if let Ok(mut file) = open_lock_file(&path) {
        let current = read_holder(&mut file).unwrap_or_else(LockInfo::unknown);
        if current != *holder {
            return Ok(LockOutcome::HeldBy(current));
        }
    }
    // The old holder keeps its file lock on the removed file; the project gets a new one.
    match std::fs::remove_file(&path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(error),
        _ => {}
    }
    acquire(project)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Holds the lock file's file lock as another process would.
    fn hold(project: &Path, recorded: &LockInfo) -> std::fs::File {
        let path = lock_path_for(project);
        std::fs::write(&path, recorded.render()).unwrap();
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(&path)
            .unwrap();
        file.try_lock().unwrap();
        file
    }

    fn someone(pid: u32, host: &str) -> LockInfo {
        LockInfo {
            pid,
            host: host.into(),
            since: "2026-11-24 10:00:00 UTC".into(),
            boot: String::new(),
            started: None,
        }
    }

    #[test]
    fn a_lock_is_exclusive_until_dropped_and_a_lock_nobody_holds_is_taken() {
        let directory = tempfile::tempdir().unwrap();
        let project = directory.path().join("story.ron");
        let LockOutcome::Acquired(lock) = acquire(&project).unwrap() else {
            panic!("the first lock must succeed");
        };
        let real_folder = std::fs::canonicalize(directory.path()).unwrap();
        assert_eq!(lock.path(), real_folder.join(".story.ron.lock"));
        let text = std::fs::read_to_string(lock.path()).unwrap();
        assert!(text.contains(&format!("pid: {}", std::process::id())));
        assert!(
            text.contains("boot: ") && text.contains("started: "),
            "{text}"
        );
        // A second window (another open file, even in this process) is refused.
        let LockOutcome::HeldBy(holder) = acquire(&project).unwrap() else {
            panic!("a held lock was taken");
        };
        assert_eq!(holder.pid, std::process::id());
        drop(lock);
        assert!(!lock_path_for(&project).exists(), "released and removed");
        // A file left behind (a crash) that nobody holds is taken, whatever it says: the
        // process it names may even run again under a reused pid.
        for leftover in [
            someone(1, &this_host()).render(),
            someone(u32::MAX - 7, &this_host()).render(),
            "garbage".to_owned(),
            String::new(),
        ] {
            std::fs::write(lock_path_for(&project), &leftover).unwrap();
            let LockOutcome::Acquired(lock) = acquire(&project).unwrap() else {
                panic!("a lock nobody holds must be taken: {leftover:?}");
            };
            drop(lock);
        }
        // A live holder is respected and named.
        let holder = someone(1, &this_host());
        let held = hold(&project, &holder);
        match acquire(&project).unwrap() {
            LockOutcome::HeldBy(found) => assert_eq!(found, holder),
            LockOutcome::Acquired(_) => panic!("a live holder's lock was taken"),
        }
        drop(held);
        // Another host's lock cannot be judged from here: it is respected.
        std::fs::write(
            lock_path_for(&project),
            someone(4242, "another-machine").render(),
        )
        .unwrap();
        assert!(matches!(acquire(&project).unwrap(), LockOutcome::HeldBy(_)));
    }

    #[test]
    #[cfg(unix)]
    fn special_or_huge_lock_files_never_block_or_fill_memory() {
        let directory = tempfile::tempdir().unwrap();
        let project = directory.path().join("story.ron");
        let path = lock_path_for(&project);
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&path)
                .status()
                .unwrap()
                .success()
        );
        let error = acquire(&project).unwrap_err();
        assert!(error.to_string().contains("not a regular file"), "{error}");
        std::fs::remove_file(&path).unwrap();
        std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
        assert!(acquire(&project).is_err());
        std::fs::remove_file(&path).unwrap();
        // A huge lock file is read only as far as a lock file goes.
        std::fs::write(&path, "x".repeat(50 * 1024 * 1024)).unwrap();
        let LockOutcome::Acquired(lock) = acquire(&project).unwrap() else {
            panic!("a garbage lock nobody holds is taken");
        };
        assert!(std::fs::metadata(lock.path()).unwrap().len() < 1024);
    }

    #[test]
    fn a_held_lock_can_be_taken_over_only_from_the_holder_shown() {
        let directory = tempfile::tempdir().unwrap();
        let project = directory.path().join("story.ron");
        let holder = someone(1, &this_host());
        let held = hold(&project, &holder);
        let LockOutcome::HeldBy(shown) = acquire(&project).unwrap() else {
            panic!("held");
        };
        // The lock changed hands since it was shown: nothing is taken.
        let stale_view = someone(2, &this_host());
        assert!(matches!(
            take_over(&project, &stale_view).unwrap(),
            LockOutcome::HeldBy(_)
        ));
        let LockOutcome::Acquired(lock) = take_over(&project, &shown).unwrap() else {
            panic!("take over must succeed");
        };
        let text = std::fs::read_to_string(lock.path()).unwrap();
        assert!(
            text.contains(&format!("pid: {}", std::process::id())),
            "{text}"
        );
        // The old holder letting go later does not remove the new lock.
        drop(held);
        assert!(lock.path().exists());
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn recorded_boot_and_start_time_tell_a_reused_pid_for_recovery_files() {
        let reused = LockInfo {
            pid: 1,
            host: this_host(),
            since: String::new(),
            boot: boot_id(),
            started: process_start_time(1).map(|started| started + 12_345),
        };
        assert!(reused.is_stale());
        let before_reboot = LockInfo {
            boot: "00000000-0000-0000-0000-000000000000".into(),
            started: process_start_time(1),
            ..reused.clone()
        };
        assert!(before_reboot.is_stale());
        let live = LockInfo {
            boot: boot_id(),
            started: process_start_time(1),
            ..reused
        };
        assert!(!live.is_stale());
    }

    #[test]
    #[cfg(unix)]
    fn a_project_reached_through_a_symlink_has_the_same_lock() {
        let directory = tempfile::tempdir().unwrap();
        let project = directory.path().join("story.ron");
        std::fs::write(&project, "x").unwrap();
        let link = directory.path().join("link-to-story.ron");
        std::os::unix::fs::symlink(&project, &link).unwrap();
        assert_eq!(lock_path_for(&link), lock_path_for(&project));
        let LockOutcome::Acquired(_lock) = acquire(&project).unwrap() else {
            panic!("the first lock must succeed");
        };
        // This process holds it; a "second window" is simulated by another pid recorded.
        let relative = directory.path().join(".").join("story.ron");
        assert_eq!(lock_path_for(&relative), lock_path_for(&project));
    }

    #[test]
    fn many_takers_at_once_never_hold_the_lock_together() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let directory = tempfile::tempdir().unwrap();
        let project = std::sync::Arc::new(directory.path().join("story.ron"));
        let holders = std::sync::Arc::new(AtomicUsize::new(0));
        let most = std::sync::Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..8)
            .map(|index| {
                let (project, holders, most) = (project.clone(), holders.clone(), most.clone());
                std::thread::Builder::new()
                    .name(format!("lock-{index}"))
                    .spawn(move || {
                        let mut taken = 0;
                        for _ in 0..150 {
                            if let LockOutcome::Acquired(lock) = acquire(&project).unwrap() {
                                let now = holders.fetch_add(1, Ordering::SeqCst) + 1;
                                most.fetch_max(now, Ordering::SeqCst);
                                std::thread::sleep(std::time::Duration::from_micros(200));
                                holders.fetch_sub(1, Ordering::SeqCst);
                                drop(lock);
                                taken += 1;
                            }
                        }
                        taken
                    })
            })
            .collect();
        let taken: usize = threads
            .into_iter()
            .map(|thread| thread.unwrap().join().unwrap())
            .sum();
        assert!(taken > 0);
        assert_eq!(most.load(Ordering::SeqCst), 1, "two holders at once");
    }
}
