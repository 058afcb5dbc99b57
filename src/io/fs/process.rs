//! Other processes on this machine, as far as Linux `/proc` tells: whether one still runs,
//! when it started, and which boot this is. Locks and abandoned temp files are judged by them.

use std::path::Path;

/// Whether a process runs on this host (on systems without `/proc`, assumed so).
pub fn process_is_running(pid: u32) -> bool {
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

/// This boot's id (Linux), or empty.
pub fn boot_id() -> String {
    std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
        .map(|text| text.trim().to_owned())
        .unwrap_or_default()
}

/// When a process started, in clock ticks since boot (field 22 of `/proc/PID/stat`).
pub fn process_start_time(pid: u32) -> Option<u64> {
    let stat =
        std::fs::read_to_string(Path::new("/proc").join(pid.to_string()).join("stat")).ok()?;
    // The name (field 2) may hold spaces and parentheses: count from the last ')'.
    let (_, rest) = stat.rsplit_once(')')?;
    // `rest` starts at field 3 (state); field 22 is the 20th after it.
    rest.split_whitespace().nth(19)?.parse().ok()
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
}
