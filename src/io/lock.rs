//! Project locks: the window that opens a project file creates `.NAME.lock` beside it (created
//! exclusively, so two instances cannot both succeed) holding its process id, host and time. A
//! second instance is told who holds the lock and may open the project read-only. A lock left by
//! a process that no longer runs on this host is stale and is taken over.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

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
            since: super::backup::utc_display(SystemTime::now()),
            boot: boot_id(),
            started: process_start_time(pid),
        }
    }

    /// "process 4242 on HOST, since 2026-11-24 22:46:52 UTC", for messages.
    pub fn describe(&self) -> String {
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

/// This boot's id (Linux), or empty.
fn boot_id() -> String {
    std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
        .map(|text| text.trim().to_owned())
        .unwrap_or_default()
}

/// When a process started, in clock ticks since boot (field 22 of `/proc/PID/stat`).
fn process_start_time(pid: u32) -> Option<u64> {
    let stat =
        std::fs::read_to_string(Path::new("/proc").join(pid.to_string()).join("stat")).ok()?;
    // The name (field 2) may hold spaces and parentheses: count from the last ')'.
    let (_, rest) = stat.rsplit_once(')')?;
    // `rest` starts at field 3 (state); field 22 is the 20th after it.
    rest.split_whitespace().nth(19)?.parse().ok()
}

/// A held lock; dropping it removes the lock file (if it is still ours).
#[derive(Debug)]
pub struct ProjectLock {
    path: PathBuf,
    info: LockInfo,
}

impl ProjectLock {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for ProjectLock {
    fn drop(&mut self) {
        let still_ours = std::fs::read_to_string(&self.path)
            .ok()
            .and_then(|text| LockInfo::parse(&text))
            .is_some_and(|info| info == self.info);
        if still_ours {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// What trying to lock a project gave.
#[derive(Debug)]
pub enum LockOutcome {
    Acquired(ProjectLock),
    /// Another live process holds it.
    HeldBy(LockInfo),
}

/// The lock file of a project: `.NAME.lock` beside the real file (a symlink or another
/// relative path to the same project gives the same lock).
pub fn lock_path_for(project: &Path) -> PathBuf {
    let project = super::fs::canonical_file_path(project);
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

/// Whether a process runs on this host (on systems without `/proc`, assumed so).
pub(crate) fn process_is_running(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    if !Path::new("/proc/self").exists() {
        return true;
    }
    // `/proc/PID/stat` is "PID (name) STATE …"; a zombie (Z) or dead (X) process has exited
    // and only waits to be reaped.
    match std::fs::read_to_string(Path::new("/proc").join(pid.to_string()).join("stat")) {
        Ok(stat) => stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .is_none_or(|state| !matches!(state, "Z" | "X" | "x")),
        Err(_) => false,
    }
}

/// Tries to lock `project` for this process.
pub fn acquire(project: &Path) -> std::io::Result<LockOutcome> {
    let path = lock_path_for(project);
    let info = LockInfo::of_this_process();
    for _ in 0..3 {
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut file) => {
                file.write_all(info.render().as_bytes())?;
                file.sync_all()?;
                return Ok(LockOutcome::Acquired(ProjectLock { path, info }));
            }
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                let holder = std::fs::read_to_string(&path)
                    .ok()
                    .and_then(|text| LockInfo::parse(&text));
                match holder {
                    // Our own process (the project opened again in this window).
                    Some(holder) if holder.pid == info.pid && holder.host == info.host => {
                        std::fs::remove_file(&path)?;
                    }
                    Some(holder) if !holder.is_stale() => return Ok(LockOutcome::HeldBy(holder)),
                    // Stale, or a lock file cut short by a crash while it was written.
                    _ => match std::fs::remove_file(&path) {
                        Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
                            return Err(error);
                        }
                        _ => {}
                    },
                }
            }
            Err(error) => return Err(error),
        }
    }
    Err(std::io::Error::other(format!(
        "{} keeps changing; another program is taking the lock",
        path.display()
    )))
}

/// Takes the lock of `project` from its holder, which the user says is gone (its window was
/// closed on another machine, or the lock outlived a crash in a way not recognised as stale).
/// Only the lock file recorded as `holder` is removed: if the lock changed hands meanwhile,
/// the new holder is reported instead.
pub fn take_over(project: &Path, holder: &LockInfo) -> std::io::Result<LockOutcome> {
    let path = lock_path_for(project);
    let current = std::fs::read_to_string(&path)
        .ok()
        .and_then(|text| LockInfo::parse(&text));
    match current {
        Some(current) if current != *holder => return Ok(LockOutcome::HeldBy(current)),
        Some(_) => match std::fs::remove_file(&path) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(error),
            _ => {}
        },
        None => {}
    }
    acquire(project)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(target_os = "linux")]
    fn an_exited_process_not_yet_reaped_is_not_running() {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        // Not waited for: once it exits it stays a zombie until `wait`.
        let started = std::time::Instant::now();
        while process_is_running(pid) && started.elapsed().as_secs() < 5 {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(Path::new("/proc").join(pid.to_string()).exists());
        assert!(!process_is_running(pid));
        child.wait().unwrap();
        assert!(process_is_running(std::process::id()));
    }

    #[test]
    fn a_lock_is_exclusive_until_dropped_and_stale_locks_are_taken_over() {
        let directory = tempfile::tempdir().unwrap();
        let project = directory.path().join("story.ron");
        let LockOutcome::Acquired(lock) = acquire(&project).unwrap() else {
            panic!("the first lock must succeed");
        };
        assert_eq!(lock.path(), directory.path().join(".story.ron.lock"));
        let text = std::fs::read_to_string(lock.path()).unwrap();
        assert!(text.contains(&format!("pid: {}", std::process::id())));
        // Another live process on this host holds it: pid 1 always runs.
        let other = LockInfo {
            pid: 1,
            host: this_host(),
            since: "2026-11-24T10-00-00.000Z".into(),
            boot: boot_id(),
            started: process_start_time(1),
        };
        std::fs::write(lock.path(), other.render()).unwrap();
        match acquire(&project).unwrap() {
            LockOutcome::HeldBy(holder) => assert_eq!(holder, other),
            LockOutcome::Acquired(_) => panic!("a live holder's lock was taken"),
        }
        // Dropping our (overwritten) lock leaves the other holder's file alone.
        drop(lock);
        assert!(lock_path_for(&project).exists());
        // A process that no longer runs: stale, taken over.
        let gone = LockInfo {
            pid: u32::MAX - 7,
            host: this_host(),
            since: String::new(),
            boot: String::new(),
            started: None,
        };
        std::fs::write(lock_path_for(&project), gone.render()).unwrap();
        let LockOutcome::Acquired(lock) = acquire(&project).unwrap() else {
            panic!("a stale lock must be taken over");
        };
        // Another host's lock cannot be judged from here: it is respected.
        let remote = LockInfo {
            pid: u32::MAX - 7,
            host: "another-machine".into(),
            since: String::new(),
            boot: String::new(),
            started: None,
        };
        std::fs::write(lock.path(), remote.render()).unwrap();
        assert!(matches!(acquire(&project).unwrap(), LockOutcome::HeldBy(_)));
        std::fs::write(lock.path(), "garbage").unwrap();
        assert!(matches!(
            acquire(&project).unwrap(),
            LockOutcome::Acquired(_)
        ));
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_reused_pid_or_an_earlier_boot_makes_a_lock_stale_and_a_lock_can_be_taken_over() {
        let directory = tempfile::tempdir().unwrap();
        let project = directory.path().join("story.ron");
        // pid 1 runs, but it started at another time than the holder did: the pid was reused.
        let reused = LockInfo {
            pid: 1,
            host: this_host(),
            since: String::new(),
            boot: boot_id(),
            started: process_start_time(1).map(|started| started + 12_345),
        };
        assert!(reused.is_stale());
        std::fs::write(lock_path_for(&project), reused.render()).unwrap();
        assert!(matches!(
            acquire(&project).unwrap(),
            LockOutcome::Acquired(_)
        ));
        // The same live process, but the lock was taken before a reboot.
        let before_reboot = LockInfo {
            boot: "00000000-0000-0000-0000-000000000000".into(),
            started: process_start_time(1),
            ..reused.clone()
        };
        assert!(before_reboot.is_stale());
        // A live holder with matching start time and boot is respected until taken over.
        let live = LockInfo {
            started: process_start_time(1),
            ..before_reboot.clone()
        };
        let live = LockInfo {
            boot: boot_id(),
            ..live
        };
        assert!(!live.is_stale());
        std::fs::write(lock_path_for(&project), live.render()).unwrap();
        let LockOutcome::HeldBy(holder) = acquire(&project).unwrap() else {
            panic!("a live holder's lock was taken");
        };
        assert_eq!(holder, live);
        // Taking over a holder that is no longer the one recorded reports the new one.
        let stale_view = LockInfo {
            pid: 2,
            ..live.clone()
        };
        assert!(matches!(
            take_over(&project, &stale_view).unwrap(),
            LockOutcome::HeldBy(_)
        ));
        let LockOutcome::Acquired(lock) = take_over(&project, &holder).unwrap() else {
            panic!("take over must succeed");
        };
        let text = std::fs::read_to_string(lock.path()).unwrap();
        assert!(
            text.contains("boot: ") && text.contains("started: "),
            "{text}"
        );
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
}
