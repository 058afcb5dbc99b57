//! Finding and building a language's speller: the dictionary in the folder chosen in the
//! settings, in the library's `spelling/` folder or in the system's folders; the words of
//! the user's own articles in the library (for a language without a dictionary, such as
//! Azerbaijani, all it knows; otherwise words seen twice are accepted, so the names and new
//! words of the user's field stop being flagged); the personal word list on top.

use std::path::PathBuf;

use super::Speller;
use crate::io::dictionaries::{
    find_dictionaries, personal_word_list, read_dictionary, read_word_list, spelling_dir,
    system_dictionary_dirs,
};
use crate::model::LanguageTag;

/// With no dictionary, a library knowing fewer distinct words of a language than this is too
/// thin to judge alone (a letter-order model needs about as many): the project's own words
/// are learned too.
const THIN_LIBRARY_WORDS: usize = 3_000;

/// Where spelling comes from.
#[derive(Debug, Clone, Default)]
pub struct SpellingSources {
    /// The folder of dictionaries chosen in the settings or with `--dictionaries`.
    pub folder: Option<PathBuf>,
    /// The library (its `spelling/` folder, personal word lists, and articles).
    pub library: Option<PathBuf>,
    /// The file of the project being checked, when it has one: its words are not learned
    /// from the library (its own slips would teach the speller). A language with neither a
    /// dictionary nor other articles learns from the project itself instead, where a word
    /// seen once vouches for nothing.
    pub checked: Option<PathBuf>,
}

impl SpellingSources {
    /// The folders searched for dictionaries, in order.
    pub fn folders(&self) -> Vec<PathBuf> {
        let mut folders: Vec<PathBuf> = self.folder.iter().cloned().collect();
        folders.extend(self.library.as_deref().map(spelling_dir));
        folders.extend(system_dictionary_dirs());
        folders
    }

    /// The personal word list of `language`, when there is a library.
    pub fn personal_list(&self, language: &LanguageTag) -> Option<PathBuf> {
        self.library
            .as_deref()
            .map(|library| personal_word_list(library, language.primary()))
    }
}

/// Where a speller's words came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpellerSource {
    /// A Hunspell dictionary (its `.dic` file).
    Dictionary(std::path::PathBuf),
    /// The words of the library's articles in the language.
    Library { projects: usize },
    /// The personal word list.
    Personal { words: usize },
    /// The words the project being checked uses at least twice.
    Project { words: usize },
}

impl SpellerSource {
    /// The source in English, as the command line says it.
    pub fn describe(&self) -> String {
        match self {
            Self::Dictionary(path) => path.display().to_string(),
            Self::Library { projects } => {
                format!("the words of {projects} project(s) in the library")
            }
            Self::Personal { words } => format!("{words} personal word(s)"),
            Self::Project { words } => {
                format!("{words} word(s) the project uses more than once")
            }
        }
    }
}

/// What loading a speller found.
#[derive(Debug)]
pub struct LoadedSpeller {
    pub speller: Speller,
    /// Where its words came from, in words (`en_US.dic`, "the words of 12 project(s) in the library").
    pub origin: String,
    /// The same, as values.
    pub sources: Vec<SpellerSource>,
}

/// A speller of `language` (`None` when there is neither a dictionary, nor any article of the
/// language in the library, nor any word of it in the project checked), and the dictionaries
/// passed over because they could not be used (each with its path and why: an empty,
/// unreadable or broken file gives way to the next dictionary found, and says so).
pub type SpellerLoad = (Option<LoadedSpeller>, Vec<String>);

/// The speller of `language`: the first dictionary found that can be used, the words of the
/// user's articles — and, with no dictionary and few articles, the words of the project
/// being checked (`own` counts them when they are asked for, see
/// [`super::learned::own_words`]) — and the personal word list. A personal word list that
/// cannot be read is an error.
pub fn load_speller(
    sources: &SpellingSources,
    language: &LanguageTag,
    own: impl FnOnce() -> super::learned::WordCounts,
) -> Result<SpellerLoad, String> {
    let primary = language.primary();
    let mut origin = Vec::new();
    let mut passed_over = Vec::new();
    let mut speller = None;
    for files in find_dictionaries(&sources.folders(), language) {
        let built = read_dictionary(&files)
            .map_err(|error| error.to_string())
            .and_then(|text| {
                Speller::from_dictionary(primary, &text).map_err(|error| error.to_string())
            });
        match built {
            Ok(built) => {
                origin.push(SpellerSource::Dictionary(files.dic.clone()));
                speller = Some(built);
                break;
            }
            Err(reason) => passed_over.push(format!(
                "{} cannot be used ({reason}); looking further",
                files.dic.display()
            )),
        }
    }
    let found_dictionary = speller.is_some();
    let mut library_words = 0;
    {
        if let Some(library) = sources.library.as_deref() {
            let (counts, read) =
                super::learned::learn_from_library(library, primary, sources.checked.as_deref());
            library_words = counts.len();
            if !counts.is_empty() {
                origin.push(SpellerSource::Library { projects: read });
                let words = counts.iter().map(|(word, count)| (word.as_str(), *count));
                match &mut speller {
                    Some(speller) => speller.learn(words),
                    None => speller = Some(Speller::from_words(primary, words)),
                }
            }
        }
    }
    // With no dictionary and few articles to go on, the project's own words too: a text
    // thick with slips repeats some of them (the same two letters swapped in a common word),
    // so where a dictionary or the user's articles can judge, the project's words are not
    // asked.
    if !found_dictionary && library_words < THIN_LIBRARY_WORDS {
        let own = own();
        let repeated = own.values().filter(|count| **count >= 2).count();
        if repeated > 0 {
            match &mut speller {
                Some(speller) => speller.learn_own_words(&own),
                None => speller = Some(Speller::from_own_words(primary, &own)),
            }
            origin.push(SpellerSource::Project { words: repeated });
        }
    }
    let Some(mut speller) = speller else {
        return Ok((None, passed_over));
    };
    if let Some(list) = sources.personal_list(language) {
        let words =
            read_word_list(&list).map_err(|error| format!("{}: {error}", list.display()))?;
        if !words.is_empty() {
            origin.push(SpellerSource::Personal { words: words.len() });
        }
        for word in words {
            speller.accept(&word);
        }
    }
    Ok((
        Some(LoadedSpeller {
            speller,
            origin: origin
                .iter()
                .map(SpellerSource::describe)
                .collect::<Vec<_>>()
                .join(", "),
            sources: origin,
        }),
        passed_over,
    ))
}
