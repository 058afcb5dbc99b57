//! Words learned from the user's own articles: every word of a language found in the
//! library's projects — their source text when written in it, finished translations into it,
//! and aligned translations in it — with how often it occurs. For a language without a good
//! dictionary (Azerbaijani) this is what the spell-checker knows.

use crate::align::letters::is_letter;
use std::collections::BTreeMap;
use std::path::Path;

use unicode_segmentation::UnicodeSegmentation;

use crate::model::Project;

/// Word counts of one language.
pub type WordCounts = BTreeMap<String, u32>;

/// The words `project` has in `language` (a primary subtag), with their counts: all its
/// translations and aligned texts in the language, finished or not, and its source when
/// written in it — the text the checks are about to judge.
pub fn own_words(project: &Project, language: &str) -> WordCounts {
    let mut counts = WordCounts::new();
    count_language_words(project, language, false, &mut counts);
    counts
}

/// Adds the words of `text` to `counts` (letters only; figures and marks are left out).
pub fn count_words(text: &str, counts: &mut WordCounts) {
    for word in text.unicode_words() {
        if word.chars().any(is_letter) && !word.chars().any(char::is_numeric) {
            *counts.entry(word.to_owned()).or_default() += 1;
        }
    }
}

/// Adds the words `project` has in `language` (a primary subtag) to `counts`: its source
/// when written in it, its finished translations into it, and its aligned translations in it.
pub fn count_project_words(project: &Project, language: &str, counts: &mut WordCounts) {
    count_language_words(project, language, true, counts);
}

/// Adds the words of `project` in `language` to `counts`: of its translations only the
/// finished ones when `finished_only`.
fn count_language_words(
    project: &Project,
    language: &str,
    finished_only: bool,
    counts: &mut WordCounts,
) {
    if project.source.language.primary() == language {
        for paragraph in project.paragraphs() {
            count_words(&paragraph.text, counts);
        }
    }
    for target in &project.targets {
        if target.primary() != language {
            continue;
        }
        for paragraph in project.translatable_paragraphs() {
            let translation = project.translation(paragraph.paragraph_id, target);
            if !finished_only || translation.status.is_done() {
                count_words(&translation.text, counts);
            }
        }
    }
    for (tag, aligned) in &project.aligned {
        if tag.primary() == language {
            for paragraph in &aligned.paragraphs {
                count_words(&paragraph.text, counts);
            }
        }
    }
}

/// What makes two paths one file: the device and inode where there are such (a hard link
/// is the same file under another name), else the canonical path.
#[derive(Debug, PartialEq, Eq)]
enum FileIdentity {
    Inode(u64, u64),
    Path(std::path::PathBuf),
}

impl FileIdentity {
    fn of(file: &Path) -> Self {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt as _;
            if let Ok(metadata) = std::fs::metadata(file) {
                return Self::Inode(metadata.dev(), metadata.ino());
            }
        }
        Self::Path(crate::io::fs::canonical_file_path(file))
    }
}

/// The words of `language` in every project of `library` but `checked` (the file of the
/// project being checked, whose own slips must not teach the speller; a project that does
/// not load is skipped), and how many projects were read.
pub fn learn_from_library(
    library: &Path,
    language: &str,
    checked: Option<&Path>,
) -> (WordCounts, usize) {
    let checked = checked.map(FileIdentity::of);
    let mut counts = WordCounts::new();
    let mut read = 0;
    for file in crate::io::library::project_files(library) {
        if checked
            .as_ref()
            .is_some_and(|checked| *checked == FileIdentity::of(&file))
        {
            continue;
        }
        if let Ok(project) = crate::io::load_project(&file) {
            count_project_words(&project, language, &mut counts);
            read += 1;
        }
    }
    (counts, read)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_without_figures() {
        let mut counts = WordCounts::new();
        count_words(
            "Bakıda 15 yeni ev tikildi; Bakıda 2020-ci ildə",
            &mut counts,
        );
        assert_eq!(counts.get("Bakıda"), Some(&2));
        assert_eq!(counts.get("ev"), Some(&1));
        assert!(!counts.keys().any(|word| word.contains('2')));
    }
}
