//! Quality assurance: checks that catch what eyes miss in a translation — a figure or a time
//! that changed, a name or a link dropped, the wrong quotation marks, a doubled word, a
//! paragraph left in the source language. Each check is a pure function of a source text and
//! its translation (see [`checks`]); [`check_project`] runs them on a project's grid
//! translations and on the links of its aligned translations, and the project-wide checks
//! (the same source translated two ways) on top.

pub mod checks;
mod figures;
mod known_names;
mod name_readings;
mod name_runs;
pub mod name_table;
pub(crate) mod names;
mod number_words;
mod parallel;
mod project;
pub mod text;
mod translated_words;

pub use project::{check_project, check_project_with, check_row};
pub use text::FindingText;

use std::collections::BTreeMap;

use crate::model::{IgnoredFinding, LanguageTag, Project};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }

    /// The severity `--fail-on` names.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "info" => Some(Self::Info),
            "warning" => Some(Self::Warning),
            "error" => Some(Self::Error),
            _ => None,
        }
    }
}

/// Where a finding is: a grid translation of a source paragraph, or an alignment link.
pub use crate::model::FindingPlace as Place;

/// Every check: its id, what it looks for, and whether it is a project-wide one (run over the
/// whole project, not a pair at a time).
pub const CHECKS: &[(&str, &str)] = &[
    ("numbers", "figures, times, dates and months differ"),
    ("names", "a name of one side is missing in the other"),
    ("urls", "a link or e-mail address is missing"),
    ("empty", "a translation marked done is empty"),
    (
        "missing",
        "a paragraph has no counterpart in the aligned translation",
    ),
    ("identical", "the translation is the source, untranslated"),
    ("script", "the translation is in the wrong script"),
    ("punctuation", "the final punctuation differs"),
    ("brackets", "brackets or quotation marks are unpaired"),
    ("quotes", "quotation marks are not the language's"),
    (
        "spaces",
        "double spaces, a space before punctuation, spaces at the ends",
    ),
    ("dash", "a hyphen where a dash is expected"),
    ("doubled", "a word written twice"),
    (
        "length",
        "the translation is far longer or shorter than usual",
    ),
    (
        "glossary",
        "a glossary term is not used, or a forbidden one is",
    ),
    (
        "consistency",
        "one source translated two ways, or one translation for two sources",
    ),
    ("spelling", "a word the language's dictionary does not know"),
    (
        "stale",
        "a new capture changed the source after it was translated",
    ),
    (
        "conflict",
        "two merged versions changed the translation differently",
    ),
];

/// What the checks use beyond the project: each target language's glossary and speller.
#[derive(Default)]
pub struct QaResources {
    pub glossaries: BTreeMap<LanguageTag, crate::memory::terms::Glossary>,
    pub spellers: BTreeMap<LanguageTag, std::sync::Arc<crate::spell::Speller>>,
    /// Words to let pass whatever the speller says: (primary language, folded word).
    pub accepted: std::collections::BTreeSet<(String, String)>,
    /// How the project writes its names, per target language: learned by each whole-project
    /// check, used by the checks of single rows until the next.
    pub name_tables: BTreeMap<LanguageTag, std::sync::Arc<name_table::NameTable>>,
}

impl QaResources {
    /// The speller of `language`: its own, or one for the same primary language.
    pub fn speller(&self, language: &LanguageTag) -> Option<&crate::spell::Speller> {
        self.spellers
            .get(language)
            .or_else(|| {
                self.spellers
                    .iter()
                    .find(|(tag, _)| tag.primary() == language.primary())
                    .map(|(_, speller)| speller)
            })
            .map(std::sync::Arc::as_ref)
    }
}

/// At most this many misspelt words are reported per translation.
const MAX_SPELLING_PER_TEXT: usize = 10;

/// One thing a check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The target language.
    pub language: LanguageTag,
    /// The check's id (`numbers`, `names`, `quotes`…).
    pub check: &'static str,
    pub severity: Severity,
    /// What differs, in English words: what the command line prints and an ignored finding
    /// is matched by (made from `text`).
    pub message: String,
    /// What differs, as data, for the window to say in its language.
    pub text: FindingText,
    pub place: Place,
}

impl Finding {
    /// What the project file keeps when the finding is ignored.
    pub fn ignored(&self) -> IgnoredFinding {
        IgnoredFinding {
            language: self.language.clone(),
            check: self.check.to_owned(),
            place: self.place.clone(),
            message: self.message.clone(),
        }
    }

    /// The finding as the CLI's JSON prints it.
    pub fn to_json(&self) -> serde_json::Value {
        let mut value = serde_json::json!({
            "lang": self.language.as_str(),
            "check": self.check,
            "severity": self.severity.as_str(),
            "message": self.message,
        });
        match &self.place {
            Place::Paragraph(id) => value["paragraph_id"] = serde_json::json!(id.0),
            Place::Link { source, target } => {
                value["link"] = serde_json::json!({
                    "source": source.iter().map(|id| id.0).collect::<Vec<_>>(),
                    "target": target.iter().map(|id| id.0).collect::<Vec<_>>(),
                });
            }
        }
        value
    }
}

/// The languages a check of `project` covers: `languages`, or when empty every target and
/// aligned translation, each once.
pub fn checked_languages(project: &Project, languages: &[LanguageTag]) -> Vec<LanguageTag> {
    let mut wanted: Vec<LanguageTag> = if languages.is_empty() {
        project
            .targets
            .iter()
            .chain(project.aligned.keys())
            .cloned()
            .collect()
    } else {
        languages.to_vec()
    };
    wanted.sort();
    wanted.dedup();
    wanted
}

/// The misspelt words of a translation that QA reports and the editor underlines: names,
/// words the source has too in any script (tetri: тетри), and the `accepted` ones are left
/// alone.
pub fn misspelt_words(
    speller: &crate::spell::Speller,
    (source, target): (&str, &str),
    languages: (&str, &str),
    accepted: &std::collections::BTreeSet<(String, String)>,
) -> Vec<crate::spell::Misspelling> {
    let misspelt = speller.misspellings(target, true);
    if misspelt.is_empty() {
        return misspelt;
    }
    let carried = names::SourceWords::of(source, languages);
    misspelt
        .into_iter()
        .filter(|misspelt| {
            let folded = crate::memory::text::fold(&misspelt.word, speller.language());
            // A word the source has in any script (tetri: тетри) is carried over, not
            // misspelt — unless swapping two neighbouring letters makes it a dictionary word
            // (плаинрует, whose consonants are those of "plans" too). A loanword one other
            // edit from a dictionary word (реалити: реалии, котта: кота) stays carried over.
            // A capitalised word (a sentence's first) the source writes with a capital is a
            // name, whatever a swap would make of it (Patrik: Patrick).
            let name = misspelt.word.starts_with(char::is_uppercase)
                && carried.carry_capitalised(&misspelt.word);
            !accepted.contains(&(speller.language().to_owned(), folded.clone()))
                && !name
                && (!carried.carry(&misspelt.word)
                    || speller.swap_correction(&misspelt.word).is_some())
        })
        .collect()
}

/// The spelling findings of a translation (see [`misspelt_words`]), each word once.
pub fn spelling_issues(
    speller: &crate::spell::Speller,
    texts: (&str, &str),
    languages: (&str, &str),
    accepted: &std::collections::BTreeSet<(String, String)>,
    project: Option<&name_table::NameTable>,
) -> Vec<checks::Issue> {
    let mut issues: Vec<checks::Issue> = Vec::new();
    // Each word once, in whatever case (a sentence's first word and the same inside one).
    let mut reported: std::collections::HashSet<String> = std::collections::HashSet::new();
    for misspelt in misspelt_words(speller, texts, languages, accepted) {
        if !reported.insert(crate::memory::text::fold(
            &misspelt.word,
            speller.language(),
        )) {
            continue;
        }
        let word = misspelt.word.clone();
        let language = speller.language().to_owned();
        // A slip is seldom made twice alike: a word the project writes the same way more
        // than once is one the dictionary lacks (банкомата, аутлеты); so is, in Azerbaijani,
        // a form of a stem it writes more than once — unless swapping two letters makes it a
        // word the dictionary has (hökumətniin: hökumətinin).
        let repeated = project.is_some_and(|table| {
            table.repeated_as_written(&misspelt.word)
                || (table.repeated_stem(&misspelt.word)
                    && !speller
                        .swap_correction(&misspelt.word)
                        .is_some_and(|meant| speller.lists(&meant)))
        });
        let (severity, text) = if repeated {
            (
                Severity::Info,
                FindingText::SpellingRepeated { word, language },
            )
        } else if speller.is_hunspell() {
            // A word one slip from a dictionary word is likely a typo; another unknown word
            // may be one the dictionary lacks (a new word, a term), so only a note.
            match speller.slip_correction(&misspelt.word) {
                Some(suggestion) => (
                    Severity::Warning,
                    FindingText::Misspelt { word, suggestion },
                ),
                None => (
                    Severity::Info,
                    FindingText::NotInDictionary { word, language },
                ),
            }
        } else if let Some(best) = speller.suggestions(&misspelt.word).first() {
            (
                Severity::Warning,
                FindingText::Misspelt {
                    word,
                    suggestion: best.clone(),
                },
            )
        } else {
            (
                Severity::Warning,
                FindingText::MisspeltOrder { word, language },
            )
        };
        issues.push(checks::Issue::new("spelling", severity, text));
        if issues.len() == MAX_SPELLING_PER_TEXT {
            break;
        }
    }
    issues
}

#[cfg(test)]
pub(crate) mod tests;
