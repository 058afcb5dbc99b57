//! File access that keeps the user's files safe: only regular files are read or written (a FIFO
//! would block forever, a device node would be replaced by a file), writes are atomic through a
//! temp file created exclusively under an unpredictable name (a symlink planted at the temp name
//! is never followed), a symlinked file is written through to its target, the mode and owner of
//! the replaced file are kept, and a file with several hard links is updated in place so that
//! every name still shows the same content.
//!
//! This is the bottom of the io layer: it also holds the file-size cap, times as files and
//! messages show them (`time`) and what `/proc` tells about other processes (`process`).
//! It imports no other io module; locks, backups, recovery files and project files build on it.

mod process;
mod stamp;
mod time;

use std::io::Write as _;
use std::path::{Path, PathBuf};

pub use process::{boot_id, process_is_running, process_start_time};
pub use stamp::FileStamp;
pub use time::{utc_display, utc_iso, utc_stamp};

/// The largest file Diptych reads (an article, a web archive or a project), and so the largest
/// original a project keeps.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// A file's name as messages and originals give it: its last component, or the whole path
/// when it has none (`/`, `..`).
pub fn file_name_or_path(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// How many symbolic links are followed before giving up (as the kernel does).
const MAX_SYMLINKS: usize = 40;

/// What kind of file other than a regular one a path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecialKind {
    Fifo,
    Socket,
    Device,
    Folder,
    Other,
}

impl SpecialKind {
    fn of(file_type: std::fs::FileType) -> Self {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt as _;
            if file_type.is_fifo() {
                return Self::Fifo;
            }
            if file_type.is_socket() {
                return Self::Socket;
            }
            if file_type.is_char_device() || file_type.is_block_device() {
                return Self::Device;
            }
        }
        if file_type.is_dir() {
            Self::Folder
        } else {
            Self::Other
        }
    }

    /// In English, for messages.
    pub fn describe(self) -> &'static str {
        match self {
            Self::Fifo => "a named pipe (FIFO)",
            Self::Socket => "a socket",
            Self::Device => "a device",
            Self::Folder => "a folder",
            Self::Other => "not a regular file",
        }
    }
}

/// A special file refused (carried inside an `io::Error`, so that a window can word it).
#[derive(Debug, thiserror::Error)]
#[error("{} is {}; Diptych reads and writes only regular files", .reached.as_ref().map_or_else(|| "it".to_owned(), |reached| format!("{} (where it leads)", reached.display())), .kind.describe())]
pub struct NotRegularFile {
    /// The file a symlink led to, when it is another than the path given.
    pub reached: Option<std::path::PathBuf>,
    pub kind: SpecialKind,
}

/// Why a special file is refused. Callers name the path they were given; `reached` is named
/// only when it is another file (the target of a symlink).
fn not_regular(given: &Path, reached: &Path, file_type: std::fs::FileType) -> std::io::Error {
    std::io::Error::other(NotRegularFile {
        reached: (given != reached).then(|| reached.to_path_buf()),
        kind: SpecialKind::of(file_type),
    })
}

/// Refuses anything but a regular file (after following symlinks), without opening it:
/// opening a FIFO blocks until a writer comes.
pub fn check_regular_file(path: &Path) -> std::io::Result<std::fs::Metadata> {
    let metadata = std::fs::metadata(path)?;
    if metadata.is_file() {
        Ok(metadata)
    } else {
        Err(not_regular(path, path, metadata.file_type()))
    }
}

/// Reads a whole regular file, refusing (without reading it) a special file or one larger than
/// [`MAX_FILE_BYTES`].
pub fn read_file_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    read_file_limited(path, MAX_FILE_BYTES, "files")
}

/// Reads a whole regular file, refusing (without reading it) a special file or one larger than
/// `limit` bytes; the refusal calls such files `what` ("translation files").
pub fn read_file_limited(path: &Path, limit: u64, what: &str) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    check_regular_file(path)?;
    let file = std::fs::File::open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        // Swapped for a special file between the check and the open.
        return Err(not_regular(path, path, metadata.file_type()));
    }
    let too_large = |size: u64| {
        std::io::Error::other(format!(
            "the file is {} MB; Diptych reads {what} up to {} MB",
            size.div_ceil(1024 * 1024),
            limit / (1024 * 1024)
        ))
    };
    let size = metadata.len();
    if size > limit {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        // The file grew while it was read.
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The file a write to `path` must change: symlinks are followed to their final target (which
/// may not exist yet). An existing target that is not a regular file is refused.
pub fn resolve_write_target(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_SYMLINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                current = if link.is_absolute() {
                    link
                } else {
                    parent_folder(&current).join(link)
                };
            }
            Ok(metadata) if metadata.is_file() => return Ok(current),
            Ok(metadata) => return Err(not_regular(path, &current, metadata.file_type())),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                // A new file: its folder must be there (a clear word now, rather than a
                // puzzling one from the lock or temporary file later).
                let folder = parent_folder(&current);
                return match std::fs::metadata(&folder) {
                    Ok(metadata) if metadata.is_dir() => Ok(current),
                    Ok(_) => Err(std::io::Error::other(format!(
                        "{} is not a folder",
                        folder.display()
                    ))),
                    Err(_) => Err(std::io::Error::new(
                        std::io::ErrorKind::NotFound,
                        format!("the folder {} does not exist", folder.display()),
                    )),
                };
            }
            Err(error) => return Err(error),
        }
    }
    Err(std::io::Error::other(format!(
        "{}: too many levels of symbolic links",
        path.display()
    )))
}

/// One name for one file, whichever symlink or relative path reached it: the canonical path
/// of the file, or of its folder joined with its name when the file does not exist yet. Locks,
/// recovery files and backups are keyed by it.
pub fn canonical_file_path(path: &Path) -> PathBuf {
    let target = resolve_write_target(path).unwrap_or_else(|_| path.to_path_buf());
    if let Ok(canonical) = std::fs::canonicalize(&target) {
        return canonical;
    }
    match (
        std::fs::canonicalize(parent_folder(&target)),
        target.file_name(),
    ) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => target,
    }
}

/// The folder a path's file lives in (`.` for a bare file name).
pub fn parent_folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// 64 bits no other process can guess: the standard library seeds its hash keys from the
/// operating system's random source.
pub fn unpredictable_u64() -> u64 {
    use std::hash::{BuildHasher as _, Hasher as _};
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    hasher.write_u32(std::process::id());
    if let Ok(since) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        hasher.write_u128(since.as_nanos());
    }
    hasher.finish()
}

/// A temp file beside `target`, created exclusively (`O_CREAT|O_EXCL`, so an existing file or
/// a planted symlink at that name is never opened) under an unpredictable name. It replaces a
/// file whose permissions it will be given (`private`: readable by the owner only until then),
/// or becomes a new file with the permissions any new file gets.
fn create_temp_beside(target: &Path, private: bool) -> std::io::Result<(PathBuf, std::fs::File)> {
    let folder = parent_folder(target);
    let name = target
        .file_name()
        .ok_or_else(|| std::io::Error::other("the path names no file"))?
        .to_string_lossy()
        .into_owned();
    let mut last_error = None;
    for _ in 0..16 {
        let temp = folder.join(format!(
            ".{name}.{}.{:016x}.tmp",
            std::process::id(),
            unpredictable_u64()
        ));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, if private { 0o600 } else { 0o666 });
        match options.open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                last_error = Some(error);
            }
            Err(error) => return Err(error),
        }
    }
    Err(last_error.unwrap_or_else(|| std::io::Error::other("cannot create a temp file")))
}

/// Gives `file` the permissions (and, where allowed, the owner) of `like`. A new file keeps
/// the permissions it was created with (0666 less the umask, as any new file).
fn copy_permissions(file: &std::fs::File, like: Option<&std::fs::Metadata>) -> std::io::Result<()> {
    let Some(metadata) = like else {
        return Ok(());
    };
    file.set_permissions(metadata.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        // Only root may give a file away; for others it fails and the file keeps their own
        // ownership, which is what any other program writing the file would give it.
        let _ = std::os::unix::fs::fchown(file, Some(metadata.uid()), Some(metadata.gid()));
    }
    Ok(())
}

/// Reads a file Diptych owns (a cache) of at most `limit` bytes: `None` when there is none;
/// anything but a regular file there (a symlink, a FIFO, a folder) is an error, never
/// followed or opened.
pub fn read_own_file(path: &Path, limit: u64, what: &str) -> Result<Option<Vec<u8>>, String> {
    match std::fs::symlink_metadata(path) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error.to_string()),
        Ok(metadata) if !metadata.is_file() => return Err("not a regular file".to_owned()),
        Ok(_) => {}
    }
    read_file_limited(path, limit, what)
        .map(Some)
        .map_err(|error| error.to_string())
}

/// Writes a file Diptych owns (a cache) at `path`: a fresh temp file beside it, renamed onto
/// the name itself. Unlike [`write_atomically`], nothing at `path` is followed or kept: a
/// symlink planted there is replaced by the file, never written through (a cache folder is no
/// place to reach another file from), and a folder there is an error.
pub fn replace_own_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if std::fs::symlink_metadata(path).is_ok_and(|metadata| metadata.is_dir()) {
        return Err(std::io::Error::other(format!(
            "{} is a folder",
            path.display()
        )));
    }
    let (temp, mut file) = create_temp_beside(path, false)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// Writes `bytes` to `path` so that the file is always either the old or the new version:
/// a temp file beside the real target (symlinks are followed) is written and synced, then
/// renamed over it. The replaced file's mode and owner are kept. A file with more than one
/// hard link is instead rewritten in place once the complete temp copy is on disk, so that all
/// its names keep sharing one content (a crash during that rewrite can tear it; callers keep a
/// backup first). A special file (device, FIFO, socket, folder) is refused.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let target = resolve_write_target(path)?;
    let existing = match std::fs::metadata(&target) {
        Ok(metadata) => Some(metadata),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => return Err(error),
    };
    let (temp, mut file) = create_temp_beside(&target, existing.is_some())?;
    let result = (|| {
        copy_permissions(&file, existing.as_ref())?;
        file.write_all(bytes)?;
        file.sync_all()?;
        if existing.as_ref().is_some_and(has_other_links) {
            rewrite_in_place(&target, bytes)?;
            std::fs::remove_file(&temp)?;
        } else {
            std::fs::rename(&temp, &target)?;
        }
        sync_folder(&parent_folder(&target));
        Ok(())
    })();
    drop(file);
    if result.is_err() {
        // Best-effort cleanup: the write's own error is what the caller must see, and a temp
        // file left behind is removed by a later write once this process has ended.
        let _ = std::fs::remove_file(&temp);
    } else if let Some(name) = target.file_name() {
        remove_abandoned_temp_files(&parent_folder(&target), &name.to_string_lossy());
    }
    result
}

/// Writes `bytes` as a new file at `path`, never replacing an existing one: the bytes go to a
/// temp file that is then hard-linked to `path` (which fails if `path` exists). Returns
/// `Ok(false)` when `path` already exists. `like` gives the new file's permissions.
pub fn write_new_file(
    path: &Path,
    bytes: &[u8],
    like: Option<&std::fs::Metadata>,
) -> std::io::Result<bool> {
    let (temp, mut file) = create_temp_beside(path, like.is_some())?;
    let result = (|| {
        copy_permissions(&file, like)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        match std::fs::hard_link(&temp, path) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => return Ok(false),
            Err(_) => {
                // A file system without hard links: a rename, after checking the name is free.
                if std::fs::symlink_metadata(path).is_ok() {
                    return Ok(false);
                }
                std::fs::rename(&temp, path)?;
            }
        }
        sync_folder(&parent_folder(path));
        Ok(true)
    })();
    drop(file);
    // Best-effort cleanup: the new file is (or is not) in place either way, and a temp file
    // left behind is removed by a later write once this process has ended.
    let _ = std::fs::remove_file(&temp);
    result
}

#[cfg(unix)]
fn has_other_links(metadata: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    metadata.nlink() > 1
}

#[cfg(not(unix))]
fn has_other_links(_: &std::fs::Metadata) -> bool {
    false
}

fn rewrite_in_place(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new().write(true).open(target)?;
    file.write_all(bytes)?;
    file.set_len(bytes.len() as u64)?;
    file.sync_all()
}

/// Makes a rename durable; not every platform can open a folder.
fn sync_folder(folder: &Path) {
    if let Ok(handle) = std::fs::File::open(folder) {
        // Best effort: the file itself is synced; where the folder cannot be synced the rename
        // is as durable as the platform makes it.
        let _ = handle.sync_all();
    }
}

/// Removes temp files of earlier writes of the same file by processes that no longer run (a
/// write killed between creating its temp file and renaming it leaves one behind). Both the
/// current `.NAME.PID.RANDOM.tmp` and the older `.NAME.PID.tmp` names are recognised.
fn remove_abandoned_temp_files(folder: &Path, file_name: &str) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let prefix = format!(".{file_name}.");
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(middle) = name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
        else {
            continue;
        };
        let pid_text = middle.split_once('.').map_or(middle, |(pid, _)| pid);
        let Ok(pid) = pid_text.parse::<u32>() else {
            continue;
        };
        let is_regular = entry.file_type().is_ok_and(|kind| kind.is_file());
        if is_regular && pid != std::process::id() && !process_is_running(pid) {
            // Tidying only: a leftover that cannot be removed harms nothing.
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests;
