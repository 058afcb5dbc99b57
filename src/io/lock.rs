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
}

impl LockInfo {
    fn parse(text: &str) -> Option<Self> {
        let mut pid = None;
        let mut host = None;
        let mut since = String::new();
        for line in text.lines() {
            if let Some(value) = line.strip_prefix("pid: ") {
                pid = value.trim().parse().ok();
            } else if let Some(value) = line.strip_prefix("host: ") {
                host = Some(value.trim().to_owned());
            } else if let Some(value) = line.strip_prefix("since: ") {
                value.trim().clone_into(&mut since);
            }
        }
        Some(Self {
            pid: pid?,
            host: host?,
            since,
        })
    }

    fn render(&self) -> String {
        format!(
            "Diptych project lock\npid: {}\nhost: {}\nsince: {}\n",
            self.pid, self.host, self.since
        )
    }

    /// Whether the holder is known to be gone: a process on this host that no longer runs.
    pub fn is_stale(&self) -> bool {
        self.host == this_host() && !process_is_running(self.pid)
    }
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

/// The lock file of a project: `.NAME.lock` beside it.
pub fn lock_path_for(project: &Path) -> PathBuf {
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
    let info = LockInfo {
        pid: std::process::id(),
        host: this_host(),
        since: super::backup::utc_display(SystemTime::now()),
    };
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
        };
        std::fs::write(lock.path(), remote.render()).unwrap();
        assert!(matches!(acquire(&project).unwrap(), LockOutcome::HeldBy(_)));
        std::fs::write(lock.path(), "garbage").unwrap();
        assert!(matches!(
            acquire(&project).unwrap(),
            LockOutcome::Acquired(_)
        ));
    }
}
