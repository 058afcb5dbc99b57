//! Timestamped backups: before a project file is overwritten, the previous file is copied to
//! `.diptych-backups/` beside it as `NAME.YYYY-MM-DDTHH-MM-SS.mmmZ.ron`; only the newest N are
//! kept. Backups are ordinary project files and can be opened as they are. Other files that a
//! command overwrites are backed up the same way, as `NAME.EXT.STAMP.bak`.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::fs::{canonical_file_path, parent_folder, read_file_capped, utc_stamp, write_new_file};

/// The folder beside a project that holds its backups.
pub const BACKUP_FOLDER: &str = ".diptych-backups";

/// How many backups are kept per project unless the user chooses otherwise.
pub const DEFAULT_BACKUPS_TO_KEEP: usize = 10;

/// One backup of a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub path: PathBuf,
    /// When the backed-up version was replaced, UTC, as in the file name
    /// (`2026-11-24 22:14:05.123`).
    pub saved_at: String,
    pub size: u64,
}

fn folder_of(project: &Path) -> PathBuf {
    parent_folder(project).join(BACKUP_FOLDER)
}

/// How a file's backups are named: `(prefix, suffix)` around the stamp. A project
/// `story.diptych.ron` gives `story.diptych.STAMP.ron`; any other file `notes.txt` gives
/// `notes.txt.STAMP.bak`.
fn name_parts(project: &Path) -> (String, &'static str) {
    let name = project
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    match name.strip_suffix(".ron") {
        Some(stem) => (format!("{stem}."), ".ron"),
        None => (format!("{name}."), ".bak"),
    }
}

/// The stamp inside a backup's file name, if `file_name` is a backup named by `parts`.
fn stamp_in<'a>(file_name: &'a str, (prefix, suffix): &(String, &'static str)) -> Option<&'a str> {
    let stamp = file_name
        .strip_prefix(prefix.as_str())?
        .strip_suffix(suffix)?;
    let well_formed = stamp.len() == 24
        && stamp.ends_with('Z')
        && stamp.as_bytes()[10] == b'T'
        && stamp
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | 'T' | '.' | 'Z'));
    well_formed.then_some(stamp)
}

/// The backups of a project (or of any file backed up before an overwrite), newest first.
pub fn list_backups(project: &Path) -> Vec<Backup> {
    let project = canonical_file_path(project);
    let parts = name_parts(&project);
    let Ok(entries) = std::fs::read_dir(folder_of(&project)) else {
        return Vec::new();
    };
    let mut backups: Vec<Backup> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_file()))
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let stamp = stamp_in(&name, &parts)?;
            let saved_at = format!(
                "{} {}{}",
                &stamp[..10],
                stamp[11..19].replace('-', ":"),
                &stamp[19..23]
            );
            Some(Backup {
                size: entry.metadata().map_or(0, |metadata| metadata.len()),
                path: entry.path(),
                saved_at,
            })
        })
        .collect();
    backups.sort_by(|a, b| b.path.cmp(&a.path));
    backups
}

/// Copies the current file at `project` (if there is one; through a symlink, the file it points
/// to) into the backup folder beside it, then removes all but the newest `keep` backups.
/// Returns the new backup's path. With `keep == 0` nothing is kept and nothing is copied.
///
/// Safe when several processes save at once: each backup gets a name no other process holds
/// (created without replacing anything), it keeps the project's permissions, and a backup
/// another process pruned first is simply gone.
pub fn back_up_before_saving(project: &Path, keep: usize) -> std::io::Result<Option<PathBuf>> {
    let project = canonical_file_path(project);
    let metadata = match std::fs::metadata(&project) {
        Ok(metadata) if metadata.is_file() => metadata,
        _ => return Ok(None),
    };
    if keep == 0 {
        return Ok(None);
    }
    let folder = folder_of(&project);
    if std::fs::symlink_metadata(&folder).is_ok_and(|metadata| !metadata.is_dir()) {
        return Err(std::io::Error::other(format!(
            "{} exists but is not a folder",
            folder.display()
        )));
    }
    std::fs::create_dir_all(&folder)?;
    let bytes = read_file_capped(&project)?;
    let (prefix, suffix) = name_parts(&project);
    let mut time = SystemTime::now();
    let target = loop {
        let target = folder.join(format!("{prefix}{}{suffix}", utc_stamp(time)));
        if write_new_file(&target, &bytes, Some(&metadata))? {
            break target;
        }
        // Taken (two saves in the same millisecond): the next millisecond.
        time += std::time::Duration::from_millis(1);
    };
    // Pruning is tidying: the backup is made, so a backup another process pruned first, or one
    // that cannot be removed, does not stop the save.
    for old in list_backups(&project).into_iter().skip(keep) {
        let _ = std::fs::remove_file(&old.path);
    }
    Ok(Some(target))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_newest_backups_are_kept() {
        let directory = tempfile::tempdir().unwrap();
        let project = directory.path().join("story.diptych.ron");
        assert_eq!(back_up_before_saving(&project, 3).unwrap(), None);
        for version in 0..5 {
            std::fs::write(&project, format!("version {version}")).unwrap();
            back_up_before_saving(&project, 3).unwrap().unwrap();
        }
        let backups = list_backups(&project);
        assert_eq!(backups.len(), 3);
        let newest = std::fs::read_to_string(&backups[0].path).unwrap();
        assert_eq!(newest, "version 4");
        let oldest = std::fs::read_to_string(&backups[2].path).unwrap();
        assert_eq!(oldest, "version 2");
        // Another project's backups in the same folder are left alone.
        let other = directory.path().join("other.ron");
        std::fs::write(&other, "other").unwrap();
        back_up_before_saving(&other, 1).unwrap();
        assert_eq!(list_backups(&project).len(), 3);
        assert_eq!(list_backups(&other).len(), 1);
        assert_eq!(backups[0].saved_at.len(), 23, "{}", backups[0].saved_at);
    }

    #[test]
    fn concurrent_backups_never_fail_or_overwrite_each_other() {
        let directory = tempfile::tempdir().unwrap();
        let project = directory.path().join("story.diptych.ron");
        std::fs::write(&project, "version 0").unwrap();
        let threads: Vec<_> = (0..16)
            .map(|index| {
                let project = project.clone();
                std::thread::Builder::new()
                    .name(format!("backup-{index}"))
                    .spawn(move || {
                        (0..5)
                            .map(|_| back_up_before_saving(&project, 3).map(|made| made.is_some()))
                            .collect::<Vec<_>>()
                    })
            })
            .collect();
        for thread in threads {
            for result in thread.unwrap().join().unwrap() {
                assert!(result.unwrap(), "every backup is made");
            }
        }
        let backups = list_backups(&project);
        assert!(backups.len() <= 3 + 16, "{}", backups.len());
        for backup in backups {
            assert_eq!(std::fs::read_to_string(&backup.path).unwrap(), "version 0");
        }
        // No temp file is left in the backup folder.
        let leftovers = std::fs::read_dir(directory.path().join(BACKUP_FOLDER))
            .unwrap()
            .filter_map(Result::ok)
            .filter(|entry| entry.file_name().to_string_lossy().ends_with(".tmp"))
            .count();
        assert_eq!(leftovers, 0);
    }
}
