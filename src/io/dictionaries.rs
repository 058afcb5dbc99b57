//! Spelling dictionaries on disk: Hunspell `.aff`/`.dic` pairs found in a folder the user
//! chose, in the library's `spelling/` folder, or where Debian puts them
//! (`/usr/share/hunspell`, `/usr/share/myspell`), read in the character set their `.aff`
//! names; and the personal word lists (`spelling/<lang>.txt` in the library) that "Add to
//! dictionary" writes. Diptych bundles no dictionary.

use std::path::{Path, PathBuf};

use crate::model::LanguageTag;

/// Dictionaries are capped at this size (the largest Debian ships is about 10 MB).
const DICTIONARY_LIMIT: u64 = 64 * 1024 * 1024;

/// A personal word list is capped at this size.
const WORD_LIST_LIMIT: u64 = 16 * 1024 * 1024;

/// The folders searched for a language's dictionary after the one chosen in the settings and
/// the library's: Debian's and the older myspell places.
pub fn system_dictionary_dirs() -> Vec<PathBuf> {
    [
        "/usr/share/hunspell",
        "/usr/share/myspell/dicts",
        "/usr/share/myspell",
    ]
    .into_iter()
    .map(PathBuf::from)
    .collect()
}

/// The library's folder of spelling files: personal word lists and dictionaries the user
/// dropped there.
pub fn spelling_dir(library: &Path) -> PathBuf {
    library.join("spelling")
}

/// The personal word list of `language` in `library`.
pub fn personal_word_list(library: &Path, language: &str) -> PathBuf {
    spelling_dir(library).join(format!("{language}.txt"))
}

/// A dictionary's files: the word list and, when there is one, its affix file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictionaryFiles {
    pub dic: PathBuf,
    pub aff: Option<PathBuf>,
}

/// The region a language's dictionary is usually named after (`en` → `en_US`).
fn usual_region(primary: &str) -> Option<&'static str> {
    Some(match primary {
        "en" => "US",
        "ru" => "RU",
        "az" => "AZ",
        "tr" => "TR",
        "uk" => "UA",
        "de" => "DE",
        "fr" => "FR",
        "es" => "ES",
        "ka" => "GE",
        _ => return None,
    })
}

/// The dictionary of `language` in the first of `folders` that has one (see
/// [`find_dictionaries`]).
pub fn find_dictionary(folders: &[PathBuf], language: &LanguageTag) -> Option<DictionaryFiles> {
    find_dictionaries(folders, language).into_iter().next()
}

/// The dictionaries of `language` in `folders`, best first: in each folder in turn, the one
/// named after the tag's own region (`en_GB`), the usual one (`en_US`), the bare language
/// (`en`), or any other region of it. A `.dic` without an `.aff` is a plain word list. Any
/// file of such a name counts (whether it can be read is for the reader to say).
pub fn find_dictionaries(folders: &[PathBuf], language: &LanguageTag) -> Vec<DictionaryFiles> {
    let primary = language.primary().to_ascii_lowercase();
    let region = language
        .as_str()
        .split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_uppercase);
    let mut names: Vec<String> = Vec::new();
    if let Some(region) = region {
        names.push(format!("{primary}_{region}"));
    }
    if let Some(region) = usual_region(&primary) {
        names.push(format!("{primary}_{region}"));
    }
    names.push(primary.clone());
    let mut all = Vec::new();
    for folder in folders {
        let found = |stem: &str| {
            let dic = folder.join(format!("{stem}.dic"));
            (dic.exists() && !dic.is_dir()).then(|| {
                let aff = folder.join(format!("{stem}.aff"));
                DictionaryFiles {
                    dic,
                    aff: (aff.exists() && !aff.is_dir()).then_some(aff),
                }
            })
        };
        if let Some(files) = names.iter().find_map(|name| found(name)) {
            all.push(files);
            continue;
        }
        // Any other region of the language, the first by name.
        let Ok(entries) = std::fs::read_dir(folder) else {
            continue;
        };
        let mut others: Vec<String> = entries
            .flatten()
            .filter_map(|entry| entry.file_name().to_str().map(str::to_owned))
            .filter_map(|name| name.strip_suffix(".dic").map(str::to_owned))
            .filter(|stem| stem.starts_with(&format!("{primary}_")))
            .collect();
        others.sort();
        if let Some(files) = others.iter().find_map(|stem| found(stem)) {
            all.push(files);
        }
    }
    all
}

/// A dictionary read as text: its affix rules (empty for a plain word list) and its words.
#[derive(Debug, Clone)]
pub struct DictionaryText {
    pub aff: String,
    pub dic: String,
}

/// Why a dictionary could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DictionaryReadError {
    #[error("cannot read {path}: {reason}")]
    Read {
        path: String,
        reason: std::io::Error,
    },
    #[error("{path} names a character set Diptych does not know: {set}")]
    UnknownCharset { path: String, set: String },
}

/// Reads a dictionary's files, decoded from the character set its `.aff` names (`SET`).
pub fn read_dictionary(files: &DictionaryFiles) -> Result<DictionaryText, DictionaryReadError> {
    let read = |path: &Path| {
        crate::io::fs::read_file_limited(path, DICTIONARY_LIMIT, "dictionaries").map_err(|reason| {
            DictionaryReadError::Read {
                path: path.display().to_string(),
                reason,
            }
        })
    };
    let aff_bytes = match &files.aff {
        Some(path) => read(path)?,
        None => Vec::new(),
    };
    let set = charset_of(&aff_bytes);
    let encoding = match &set {
        None => encoding_rs::UTF_8,
        Some(name) => encoding_rs::Encoding::for_label(name.as_bytes()).ok_or_else(|| {
            DictionaryReadError::UnknownCharset {
                path: files
                    .aff
                    .as_ref()
                    .map_or_else(String::new, |path| path.display().to_string()),
                set: name.clone(),
            }
        })?,
    };
    let dic_bytes = read(&files.dic)?;
    let decode = |bytes: &[u8]| encoding.decode_without_bom_handling(bytes).0.into_owned();
    Ok(DictionaryText {
        aff: decode(&aff_bytes),
        dic: decode(&dic_bytes),
    })
}

/// The character set an affix file names in its `SET` line (Hunspell's names, such as
/// `KOI8-R`, `ISO8859-1` or `microsoft-cp1251`, mapped to WHATWG labels).
fn charset_of(aff: &[u8]) -> Option<String> {
    let line = aff
        .split(|byte| *byte == b'\n')
        .map(|line| String::from_utf8_lossy(line).trim().to_owned())
        .find(|line| line.starts_with("SET ") || line.starts_with("SET\t"))?;
    let name = line[3..].trim().to_ascii_lowercase();
    Some(if let Some(rest) = name.strip_prefix("iso8859-") {
        format!("iso-8859-{rest}")
    } else if let Some(rest) = name.strip_prefix("microsoft-cp") {
        format!("windows-{rest}")
    } else {
        name
    })
}

/// The words of a personal word list (one per line; `#` starts a comment). A missing list
/// is empty.
pub fn read_word_list(path: &Path) -> std::io::Result<Vec<String>> {
    let bytes = match crate::io::fs::read_file_limited(path, WORD_LIST_LIMIT, "word lists") {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(error),
    };
    Ok(String::from_utf8_lossy(&bytes)
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
        .collect())
}

/// Adds `word` to the personal word list at `path` (made when missing; the old list is kept
/// as `<lang>.txt.bak`). Returns false when the word was there already.
pub fn add_to_word_list(path: &Path, word: &str) -> std::io::Result<bool> {
    let word = word.trim();
    if word.is_empty() || word.contains(['\n', '\r']) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "a word for the word list is one line of text",
        ));
    }
    let mut words = read_word_list(path)?;
    if words.iter().any(|known| known == word) {
        return Ok(false);
    }
    if path.exists() {
        let mut backup = path.as_os_str().to_owned();
        backup.push(".bak");
        std::fs::copy(path, PathBuf::from(backup))?;
    } else if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }
    words.push(word.to_owned());
    let mut text = String::from("# Diptych's personal word list: one word per line.\n");
    for word in &words {
        text.push_str(word);
        text.push('\n');
    }
    crate::io::fs::write_atomically(path, text.as_bytes())?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dictionary_is_found_by_region_then_language_then_any_region() {
        let folder = std::env::temp_dir().join(format!(
            "diptych-dictionaries-{}",
            crate::io::fs::unpredictable_u64()
        ));
        std::fs::create_dir_all(&folder).unwrap();
        for name in [
            "en_GB.dic",
            "en_GB.aff",
            "en_US.dic",
            "en_US.aff",
            "az_AZ.dic",
        ] {
            std::fs::write(folder.join(name), "1\nword\n").unwrap();
        }
        std::fs::write(folder.join("ru_UA.dic"), "1\nслово\n").unwrap();
        let folders = vec![folder.clone()];
        let find = |tag: &str| find_dictionary(&folders, &LanguageTag::parse(tag).unwrap());
        assert_eq!(find("en-GB").unwrap().dic, folder.join("en_GB.dic"));
        assert_eq!(find("en").unwrap().dic, folder.join("en_US.dic"));
        let azerbaijani = find("az").unwrap();
        assert_eq!(azerbaijani.aff, None, "a plain word list");
        assert_eq!(find("ru").unwrap().dic, folder.join("ru_UA.dic"));
        assert_eq!(find("ka"), None);
        std::fs::remove_dir_all(&folder).unwrap();
    }

    #[test]
    fn a_dictionary_in_a_legacy_charset_is_decoded() {
        let folder = std::env::temp_dir().join(format!(
            "diptych-koi8-{}",
            crate::io::fs::unpredictable_u64()
        ));
        std::fs::create_dir_all(&folder).unwrap();
        let (koi8, _, _) = encoding_rs::KOI8_R.encode("1\nслово\n");
        std::fs::write(folder.join("ru_RU.dic"), &koi8).unwrap();
        std::fs::write(folder.join("ru_RU.aff"), "SET KOI8-R\n").unwrap();
        let files = find_dictionary(
            std::slice::from_ref(&folder),
            &LanguageTag::parse("ru").unwrap(),
        )
        .unwrap();
        let text = read_dictionary(&files).unwrap();
        assert_eq!(text.dic, "1\nслово\n");
        std::fs::write(folder.join("ru_RU.aff"), "SET NO-SUCH-SET\n").unwrap();
        assert!(matches!(
            read_dictionary(&files),
            Err(DictionaryReadError::UnknownCharset { .. })
        ));
        std::fs::remove_dir_all(&folder).unwrap();
    }

    #[test]
    fn the_personal_word_list_grows_once_per_word_with_a_backup() {
        let folder = std::env::temp_dir().join(format!(
            "diptych-personal-{}",
            crate::io::fs::unpredictable_u64()
        ));
        let path = personal_word_list(&folder, "az");
        assert_eq!(read_word_list(&path).unwrap(), Vec::<String>::new());
        assert!(add_to_word_list(&path, "Hacılı").unwrap());
        assert!(!add_to_word_list(&path, "Hacılı").unwrap());
        assert!(add_to_word_list(&path, "Gəncəbasar").unwrap());
        assert_eq!(read_word_list(&path).unwrap(), ["Hacılı", "Gəncəbasar"]);
        let backup = folder.join("spelling").join("az.txt.bak");
        assert_eq!(read_word_list(&backup).unwrap(), ["Hacılı"]);
        assert!(add_to_word_list(&path, "two\nlines").is_err());
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
