//! Reading a file of translations from another tool — an XLIFF file (2.x or 1.2) or a TMX
//! memory — whichever it is: the CLI's `import-translations` and the window's File → Import
//! translations read through here. The kind is told by the root element (by the name when
//! the content says nothing, so that an empty `.xlf` is called a bad XLIFF file, not a bad
//! TMX one), and a file is refused before it is read when it is larger than any real
//! exchange file of an article.

use std::path::Path;

use super::tmx::{TmxDocument, TmxError, read_tmx};
use super::xliff::{XliffDocument, XliffError, read_xliff};

/// The largest exchange file read: a 10,000-paragraph project's XLIFF is about 5 MB.
pub const MAX_EXCHANGE_BYTES: u64 = 100 * 1024 * 1024;

/// The largest translation memory read into the library's memory: memories of whole
/// newsrooms or public ones run to hundreds of megabytes, and are read by a background job.
pub const MAX_MEMORY_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// A file of translations, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExchangeFile {
    /// A TMX memory (fills empty translations from exact matches).
    Memory(TmxDocument),
    /// An XLIFF file exported from a project (updates it by paragraph id).
    Xliff(XliffDocument),
}

/// Why a file of translations could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    #[error("cannot read {path}: {reason}")]
    Read {
        path: String,
        reason: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Tmx { path: String, reason: TmxError },
    #[error("{path}: {reason}")]
    Xliff { path: String, reason: XliffError },
    #[error("{path} is an XLIFF file, not a translation memory")]
    NotMemory { path: String },
}

/// Whether `bytes` (from a file called `path`) are XLIFF rather than TMX.
fn is_xliff(path: &Path, bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    if head.contains("<xliff") {
        return true;
    }
    if head.contains("<tmx") {
        return false;
    }
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| {
            ["xlf", "xliff", "sdlxliff", "mqxliff"]
                .iter()
                .any(|known| extension.eq_ignore_ascii_case(known))
        })
}

/// Reads the XLIFF or TMX file at `path`.
pub fn read_exchange_file(path: &Path) -> Result<ExchangeFile, ExchangeError> {
    let shown = || path.display().to_string();
    let bytes = crate::io::fs::read_file_limited(path, MAX_EXCHANGE_BYTES, "translation files")
        .map_err(|reason| ExchangeError::Read {
            path: shown(),
            reason,
        })?;
    if is_xliff(path, &bytes) {
        read_xliff(&bytes)
            .map(ExchangeFile::Xliff)
            .map_err(|reason| ExchangeError::Xliff {
                path: shown(),
                reason,
            })
    } else {
        read_tmx(&bytes)
            .map(ExchangeFile::Memory)
            .map_err(|reason| ExchangeError::Tmx {
                path: shown(),
                reason,
            })
    }
}

/// Reads the TMX memory at `path` for the translation memory (up to [`MAX_MEMORY_BYTES`]); an
/// XLIFF file is refused, as not a memory.
pub fn read_memory_file(path: &Path) -> Result<TmxDocument, ExchangeError> {
    let shown = || path.display().to_string();
    let bytes = crate::io::fs::read_file_limited(path, MAX_MEMORY_BYTES, "translation memories")
        .map_err(|reason| ExchangeError::Read {
            path: shown(),
            reason,
        })?;
    if is_xliff(path, &bytes) {
        return Err(ExchangeError::NotMemory { path: shown() });
    }
    read_tmx(&bytes).map_err(|reason| ExchangeError::Tmx {
        path: shown(),
        reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_memory_is_read_as_a_memory_and_an_xliff_file_is_refused_as_one() {
        let folder = tempfile::tempdir().unwrap();
        let tmx = folder.path().join("news.tmx");
        std::fs::write(
            &tmx,
            r#"<tmx version="1.4"><header srclang="en"/><body><tu>
<tuv xml:lang="en"><seg>Fares rise.</seg></tuv><tuv xml:lang="ru"><seg>Тарифы растут.</seg></tuv>
</tu></body></tmx>"#,
        )
        .unwrap();
        assert_eq!(read_memory_file(&tmx).unwrap().units.len(), 1);
        let xliff = folder.path().join("story.xlf");
        std::fs::write(&xliff, r#"<xliff version="2.1" srcLang="en"></xliff>"#).unwrap();
        let error = read_memory_file(&xliff).unwrap_err();
        assert!(matches!(error, ExchangeError::NotMemory { .. }), "{error}");
        // The memory limit is above the exchange limit: memories are whole newsrooms'.
        const { assert!(MAX_MEMORY_BYTES > MAX_EXCHANGE_BYTES) };
    }
}
