//! The translation memory's index kept on disk, beside the library, so that the next start
//! does not read and analyse every project and memory again: `.diptych-cache/tm.FROM-TO.bin`
//! in the library folder. It is only a cache: it names every file it was built from with its
//! size and modification time, and it is used only when they are all unchanged and its
//! checksum (SHA-256 of everything after the header) is right; otherwise the memory is built
//! from the files and the cache written anew. Nothing is kept only there.
//!
//! Layout (little-endian): the magic line, the manifest (JSON, length-prefixed), the body's
//! length and SHA-256, then the body: the build report (JSON), the two languages, the token
//! vocabulary, the pairs (source, target, origin, date) and each pair's stems.

use std::path::{Path, PathBuf};

use super::index::{MemorySegment, TranslationMemory};
use super::sources::{BuildReport, MemorySources};
use crate::io::binary::{Damaged, Reader, open_sealed, put_text, put_u64, seal};
use crate::io::fs::FileStamp;
use crate::model::{LanguageTag, primary_language};

const MAGIC: &[u8] = b"DIPTYCH TM CACHE 2\n";
/// The largest cache read back (a larger one is rebuilt, not read).
const MAX_CACHE_BYTES: u64 = 8 * 1024 * 1024 * 1024;

/// The files a memory is built from, as they were.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Manifest {
    from: String,
    to: String,
    files: Vec<FileStamp>,
}

/// The manifest of `sources` for `from` → `to`: every project file of the library and the
/// folders, and every memory, as they are now.
pub fn manifest(sources: &MemorySources, from: &LanguageTag, to: &LanguageTag) -> Manifest {
    let mut paths: Vec<PathBuf> = sources
        .library
        .iter()
        .chain(&sources.folders)
        .flat_map(|folder| crate::io::library::project_files(folder))
        .collect();
    paths.extend(sources.tmx.iter().cloned());
    if let Some(library) = &sources.library {
        paths.extend(crate::io::library::memory_files(
            &crate::io::library::memory_dir(library),
        ));
    }
    paths.sort();
    paths.dedup();
    Manifest {
        from: primary_language(from.as_str()),
        to: primary_language(to.as_str()),
        files: paths.into_iter().map(FileStamp::of).collect(),
    }
}

/// Where the `from` → `to` cache of `library` is.
pub fn cache_path(library: &Path, from: &LanguageTag, to: &LanguageTag) -> PathBuf {
    library.join(".diptych-cache").join(format!(
        "tm.{}-{}.bin",
        primary_language(from.as_str()),
        primary_language(to.as_str())
    ))
}

/// Why a cache was not used.
#[derive(Debug, PartialEq, Eq)]
pub enum CacheMiss {
    Missing,
    /// Built from other files (or other versions of them).
    Stale,
    /// Unreadable, cut short, or its checksum is wrong.
    Corrupt(String),
}

impl From<Damaged> for CacheMiss {
    fn from(damage: Damaged) -> Self {
        Self::Corrupt(damage.0)
    }
}

/// The cache file's bytes for `memory` (built from `manifest`, with `report`).
pub fn encode(memory: &TranslationMemory, report: &BuildReport, manifest: &Manifest) -> Vec<u8> {
    let parts = memory.parts();
    let mut body = Vec::new();
    let report_json = serde_json::json!({
        "projects": report.projects,
        "memories": report.memories,
        "segments": report.segments,
        "skipped": report.skipped,
    })
    .to_string();
    put_text(&mut body, &report_json);
    put_text(&mut body, parts.source_language);
    put_text(&mut body, parts.target_language);
    put_u64(&mut body, parts.tokens.len() as u64);
    for token in &parts.tokens {
        put_text(&mut body, token);
    }
    put_u64(&mut body, parts.segments.len() as u64);
    for (index, segment) in parts.segments.iter().enumerate() {
        put_text(&mut body, &segment.source);
        put_text(&mut body, &segment.target);
        put_text(&mut body, &segment.origin);
        put_text(&mut body, &segment.date);
        let stems = &parts.stems[parts.starts[index]..parts.starts[index + 1]];
        put_u64(&mut body, stems.len() as u64);
        for stem in stems {
            body.extend_from_slice(&stem.to_le_bytes());
        }
    }
    seal(
        MAGIC,
        &serde_json::to_string(manifest).unwrap_or_default(),
        &body,
    )
}

/// The memory and report in the cache `bytes`, if it was built from exactly `manifest`.
pub fn decode(
    bytes: &[u8],
    manifest: &Manifest,
) -> Result<(TranslationMemory, BuildReport), CacheMiss> {
    let corrupt = |reason: &str| CacheMiss::Corrupt(reason.to_owned());
    let sealed = open_sealed(bytes, MAGIC, "Diptych memory cache")?;
    let recorded: Manifest = serde_json::from_str(&sealed.header)
        .map_err(|error| CacheMiss::Corrupt(format!("its manifest: {error}")))?;
    if recorded != *manifest {
        return Err(CacheMiss::Stale);
    }
    let body = sealed.checked_body()?;
    let mut reader = Reader::new(body);
    let report: serde_json::Value = serde_json::from_str(&reader.text()?)
        .map_err(|error| CacheMiss::Corrupt(format!("its report: {error}")))?;
    let number = |key: &str| {
        report[key]
            .as_u64()
            .and_then(|value| usize::try_from(value).ok())
            .unwrap_or(0)
    };
    let report = BuildReport {
        projects: number("projects"),
        memories: number("memories"),
        segments: number("segments"),
        skipped: report["skipped"]
            .as_array()
            .map(|lines| {
                lines
                    .iter()
                    .filter_map(|line| line.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
    };
    let source_language = reader.text()?;
    let target_language = reader.text()?;
    let token_count = reader.count()?;
    let mut tokens = Vec::with_capacity(token_count);
    for _ in 0..token_count {
        tokens.push(reader.text()?);
    }
    let segment_count = reader.count()?;
    let mut segments = Vec::with_capacity(segment_count);
    let mut stems = Vec::new();
    let mut starts = Vec::with_capacity(segment_count + 1);
    starts.push(0);
    for _ in 0..segment_count {
        segments.push(MemorySegment {
            source: reader.text()?,
            target: reader.text()?,
            origin: reader.text()?,
            date: reader.text()?,
        });
        let stem_count = reader.count()?;
        for _ in 0..stem_count {
            let mut buffer = [0u8; 4];
            buffer.copy_from_slice(reader.take(4)?);
            stems.push(u32::from_le_bytes(buffer));
        }
        starts.push(stems.len());
    }
    if !reader.is_done() {
        return Err(corrupt("it has bytes after its end"));
    }
    let memory = TranslationMemory::from_parts(
        (&source_language, &target_language),
        tokens,
        segments,
        stems,
        starts,
    )
    .ok_or_else(|| corrupt("its parts do not fit together"))?;
    Ok((memory, report))
}

/// Reads the cache at `path` if it was built from exactly `manifest`.
pub fn read_cache(
    path: &Path,
    manifest: &Manifest,
) -> Result<(TranslationMemory, BuildReport), CacheMiss> {
    match crate::io::fs::read_own_file(path, MAX_CACHE_BYTES, "memory caches") {
        Ok(Some(bytes)) => decode(&bytes, manifest),
        Ok(None) => Err(CacheMiss::Missing),
        Err(reason) => Err(CacheMiss::Corrupt(reason)),
    }
}

/// Writes the cache at `path` (its folder made when missing); a cache that cannot be written
/// is only a slower next start, so the error is returned for the caller to mention.
pub fn write_cache(
    path: &Path,
    memory: &TranslationMemory,
    report: &BuildReport,
    manifest: &Manifest,
) -> std::io::Result<()> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }
    crate::io::fs::replace_own_file(path, &encode(memory, report, manifest))
}

/// How a memory was had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CacheUse {
    /// Read from the cache.
    Read,
    /// Built from the files (no library, or the cache was missing, stale or corrupt: the
    /// reason), and the cache written (or why it could not be).
    Built {
        miss: Option<String>,
        written: Result<(), String>,
    },
}

/// The memory `sources` hold, from the library's cache when it is up to date, else built
/// (telling `progress` how far, `None` when it says stop) and cached for next time. Only the
/// library itself is cached (its projects and `tm/` memories): the other folders and the
/// memories named (which change from run to run: the window adds the open project's folder,
/// a command its `--tmx` files) are added on top each time, so the window and the commands
/// share one cache.
pub fn build_memory_cached(
    sources: &MemorySources,
    from: &LanguageTag,
    to: &LanguageTag,
    progress: &mut dyn FnMut(f32, super::sources::MemoryStep<'_>) -> bool,
) -> Option<(TranslationMemory, BuildReport, CacheUse)> {
    let Some(library) = &sources.library else {
        let (memory, report) =
            super::sources::build_memory_with_progress(sources, from, to, progress)?;
        return Some((
            memory,
            report,
            CacheUse::Built {
                miss: None,
                written: Err("there is no library folder".to_owned()),
            },
        ));
    };
    if !progress(0.0, super::sources::MemoryStep::LookingForCache) {
        return None;
    }
    let library_only = MemorySources {
        library: Some(library.clone()),
        ..MemorySources::default()
    };
    let path = cache_path(library, from, to);
    let manifest = manifest(&library_only, from, to);
    let (mut memory, mut report, used) = match read_cache(&path, &manifest) {
        Ok((memory, report)) => (memory, report, CacheUse::Read),
        Err(miss) => {
            let miss = match miss {
                CacheMiss::Missing => None,
                CacheMiss::Stale => Some("the library changed since it was cached".to_owned()),
                CacheMiss::Corrupt(reason) => Some(format!("its cache was unusable: {reason}")),
            };
            let (memory, report) =
                super::sources::build_memory_with_progress(&library_only, from, to, progress)?;
            if !progress(1.0, super::sources::MemoryStep::WritingCache) {
                return None;
            }
            let written = if library.is_dir() {
                write_cache(&path, &memory, &report, &manifest).map_err(|error| error.to_string())
            } else {
                Err("the library folder does not exist".to_owned())
            };
            (memory, report, CacheUse::Built { miss, written })
        }
    };
    // Folders inside the library are in the cache already.
    let inside = |folder: &PathBuf| {
        let canonical =
            |path: &Path| std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        canonical(folder).starts_with(canonical(library))
    };
    let extras = MemorySources {
        library: None,
        tmx: sources.tmx.clone(),
        folders: sources
            .folders
            .iter()
            .filter(|folder| !inside(folder))
            .cloned()
            .collect(),
    };
    if !extras.tmx.is_empty() || !extras.folders.is_empty() {
        let (more, more_report) =
            super::sources::build_memory_with_progress(&extras, from, to, progress)?;
        for segment in more.segments() {
            memory.add(segment.clone());
        }
        report.projects += more_report.projects;
        report.memories += more_report.memories;
        report.segments += more_report.segments;
        report.skipped.extend(more_report.skipped);
    }
    Some((memory, report, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TMX: &str = r#"<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>Police detained 15 protesters in Baku.</seg></tuv>
<tuv xml:lang="ru"><seg>Полиция задержала 15 протестующих в Баку.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>The opposition called an unauthorized rally.</seg></tuv>
<tuv xml:lang="ru"><seg>Оппозиция объявила несанкционированный митинг.</seg></tuv></tu>
</body></tmx>"#;

    fn library() -> (tempfile::TempDir, MemorySources, LanguageTag, LanguageTag) {
        let library = tempfile::tempdir().unwrap();
        let folder = crate::io::library::memory_dir(library.path());
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("news.tmx"), TMX).unwrap();
        let sources = MemorySources {
            library: Some(library.path().to_path_buf()),
            ..MemorySources::default()
        };
        (
            library,
            sources,
            LanguageTag::parse("en").unwrap(),
            LanguageTag::parse("ru").unwrap(),
        )
    }

    fn build(
        sources: &MemorySources,
        from: &LanguageTag,
        to: &LanguageTag,
    ) -> (TranslationMemory, CacheUse) {
        let (memory, _, used) = build_memory_cached(sources, from, to, &mut |_, _| true).unwrap();
        (memory, used)
    }

    #[test]
    fn a_cached_memory_searches_as_the_built_one_did() {
        let (_library, sources, en, ru) = library();
        let (mut built, used) = build(&sources, &en, &ru);
        assert!(
            matches!(
                used,
                CacheUse::Built {
                    miss: None,
                    written: Ok(())
                }
            ),
            "{used:?}"
        );
        let (mut cached, used) = build(&sources, &en, &ru);
        assert_eq!(used, CacheUse::Read);
        // The window adds the open project's folder, a command its --tmx files: the library's
        // cache serves them all, and what they add comes on top.
        let elsewhere = tempfile::tempdir().unwrap();
        let named = elsewhere.path().join("more.tmx");
        std::fs::write(
            &named,
            TMX.replace("unauthorized rally", "unauthorized march")
                .replace("несанкционированный митинг", "несанкционированный марш"),
        )
        .unwrap();
        let with_more = MemorySources {
            folders: vec![elsewhere.path().to_path_buf()],
            tmx: vec![named],
            ..sources.clone()
        };
        let (mut more, used) = build(&with_more, &en, &ru);
        assert_eq!(used, CacheUse::Read);
        assert_eq!(more.len(), 3, "the two pairs in both files are kept once");
        assert_eq!(
            more.search("The opposition called an unauthorized march.", 100, 1)
                .len(),
            1
        );
        for query in [
            "Police detained 20 protesters in Baku.",
            "The opposition has called an unauthorized rally",
        ] {
            assert_eq!(built.search(query, 50, 5), cached.search(query, 50, 5));
        }
        // The cached memory goes on taking pairs, with the same ids for known words.
        cached.add(MemorySegment {
            source: "Police detained the opposition leader.".to_owned(),
            target: "Полиция задержала лидера оппозиции.".to_owned(),
            origin: "here".to_owned(),
            date: String::new(),
        });
        assert_eq!(
            cached.search("Police detained the opposition leader.", 50, 1)[0].score,
            100
        );
    }

    #[test]
    fn a_stale_or_corrupt_cache_is_rebuilt_never_trusted() {
        let (library, sources, en, ru) = library();
        build(&sources, &en, &ru);
        let path = cache_path(library.path(), &en, &ru);
        // One byte of a pair changed: the checksum catches it.
        let mut bytes = std::fs::read(&path).unwrap();
        let at = bytes.len() - 10;
        bytes[at] ^= 0x20;
        std::fs::write(&path, &bytes).unwrap();
        let (_, used) = build(&sources, &en, &ru);
        assert!(
            matches!(&used, CacheUse::Built { miss: Some(reason), written: Ok(()) } if reason.contains("checksum")),
            "{used:?}"
        );
        assert_eq!(build(&sources, &en, &ru).1, CacheUse::Read);
        // Cut short, or garbage.
        let whole = std::fs::read(&path).unwrap();
        for broken in [
            &whole[..whole.len() / 2],
            b"not a cache".as_slice(),
            b"".as_slice(),
        ] {
            std::fs::write(&path, broken).unwrap();
            assert!(matches!(
                build(&sources, &en, &ru).1,
                CacheUse::Built { miss: Some(_), .. }
            ));
        }
        // A memory file restored with its old modification time is still seen to change.
        let folder = crate::io::library::memory_dir(library.path());
        let file = folder.join("news.tmx");
        let before = std::fs::metadata(&file).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&file, TMX.replace("15", "17")).unwrap();
        std::fs::File::options()
            .write(true)
            .open(&file)
            .unwrap()
            .set_modified(before)
            .unwrap();
        let (mut memory, used) = build(&sources, &en, &ru);
        assert!(matches!(used, CacheUse::Built { .. }), "{used:?}");
        assert_eq!(
            memory
                .search("Police detained 17 protesters in Baku.", 100, 1)
                .len(),
            1
        );
        // A memory file that changes makes the cache stale.
        std::thread::sleep(std::time::Duration::from_millis(20));
        let folder = crate::io::library::memory_dir(library.path());
        std::fs::write(folder.join("news.tmx"), TMX.replace("15", "16")).unwrap();
        let (mut memory, used) = build(&sources, &en, &ru);
        assert!(
            matches!(&used, CacheUse::Built { miss: Some(reason), .. } if reason.contains("changed")),
            "{used:?}"
        );
        assert!(
            memory
                .search("Police detained 16 protesters in Baku.", 100, 1)
                .len()
                == 1
        );
    }
}
