//! A file as it was: its size, modification time and (on Unix) status-change time and inode.
//! Caches (the memory's index, the library's catalogue and search records) keep the stamps of
//! the files they were built from and are trusted only while every stamp is unchanged. A file
//! restored with its old modification time (`cp -p`, `touch -d`) still has a new
//! status-change time.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// A file's identity and version, as far as the file system tells.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FileStamp {
    pub path: PathBuf,
    pub size: u64,
    /// Nanoseconds since the Unix epoch (0 when unknown).
    pub modified: u128,
    changed: i128,
    inode: u64,
}

impl FileStamp {
    /// The stamp of `path` now (all zero when it cannot be read).
    pub fn of(path: PathBuf) -> Self {
        let metadata = std::fs::metadata(&path).ok();
        Self::from_metadata(path, metadata.as_ref())
    }

    /// The stamp of `path` from metadata already read.
    pub fn from_metadata(path: PathBuf, metadata: Option<&std::fs::Metadata>) -> Self {
        let modified = metadata
            .and_then(|metadata| metadata.modified().ok())
            .and_then(|time| time.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |since| since.as_nanos());
        #[cfg(unix)]
        let (changed, inode) = {
            use std::os::unix::fs::MetadataExt as _;
            metadata.map_or((0, 0), |metadata| {
                (
                    i128::from(metadata.ctime()) * 1_000_000_000
                        + i128::from(metadata.ctime_nsec()),
                    metadata.ino(),
                )
            })
        };
        #[cfg(not(unix))]
        let (changed, inode) = (0, 0);
        Self {
            size: metadata.map_or(0, std::fs::Metadata::len),
            path,
            modified,
            changed,
            inode,
        }
    }

    /// Whether `path` still is the file this stamp describes.
    pub fn is_current(&self) -> bool {
        *self == Self::of(self.path.clone())
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}
