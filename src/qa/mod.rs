//! Quality assurance: checks that catch what eyes miss in a translation — a figure or a time
//! that changed, a name or a link dropped, the wrong quotation marks, a doubled word, a
//! paragraph left in the source language. Each check is a pure function of a source text and
//! its translation (see [`checks`]); [`check_project`] runs them on a project's grid
//! translations and on the links of its aligned translations, and the project-wide checks
//! (the same source translated two ways) on top.

pub mod checks;
mod figures;
pub(crate) mod names;

use std::collections::BTreeMap;

use crate::model::{IgnoredFinding, LanguageTag, ParagraphId, Project, TranslationStatus};

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
];

/// What the checks use beyond the project: each target language's glossary and speller.
#[derive(Default)]
pub struct QaResources {
    pub glossaries: BTreeMap<LanguageTag, crate::memory::terms::Glossary>,
    pub spellers: BTreeMap<LanguageTag, std::sync::Arc<crate::spell::Speller>>,
    /// Words to let pass whatever the speller says: (primary language, folded word).
    pub accepted: std::collections::BTreeSet<(String, String)>,
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
    /// What differs, in words.
    pub message: String,
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

/// The translations of `project` into `languages` (all its targets when empty) checked: the
/// grid's translations that have text or are marked done, every link of its aligned
/// translations, and the same source translated in different ways. Checks the project
/// switched off do not run and findings it ignores are left out.
pub fn check_project(project: &Project, languages: &[LanguageTag]) -> Vec<Finding> {
    check_project_with(project, languages, &mut QaResources::default())
}

/// [`check_project`], with each target language's glossary (an expected term not used, a
/// forbidden one used) and speller checked too.
pub fn check_project_with(
    project: &Project,
    languages: &[LanguageTag],
    resources: &mut QaResources,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for language in &checked_languages(project, languages) {
        if project.targets.contains(language) {
            let mut translations_of: BTreeMap<String, Vec<(ParagraphId, String)>> = BTreeMap::new();
            for paragraph in project.translatable_paragraphs() {
                findings.extend(check_row(
                    project,
                    paragraph.paragraph_id,
                    language,
                    resources,
                ));
                let translation = project.translation(paragraph.paragraph_id, language);
                if translation.status != TranslationStatus::New
                    && !translation.text.trim().is_empty()
                {
                    translations_of
                        .entry(checks::normalised(&paragraph.text))
                        .or_default()
                        .push((
                            paragraph.paragraph_id,
                            checks::normalised(&translation.text),
                        ));
                }
            }
            let mut found = found_in(project, language, &mut findings);
            for (id, issue) in checks::inconsistencies(&translations_of) {
                found(Place::Paragraph(id), vec![issue]);
            }
        }
        if let Some(aligned) = project.aligned.get(language) {
            for link in &aligned.links {
                let place = Place::Link {
                    source: link.source.clone(),
                    target: link.target.clone(),
                };
                let source: Vec<&str> = link
                    .source
                    .iter()
                    .filter_map(|id| project.paragraph(*id))
                    .filter(|paragraph| paragraph.kind.is_translatable())
                    .map(|paragraph| paragraph.text.as_str())
                    .collect();
                let target: Vec<&str> = link
                    .target
                    .iter()
                    .filter_map(|id| aligned.paragraph(*id))
                    .filter(|paragraph| paragraph.kind.is_translatable())
                    .map(|paragraph| paragraph.text.as_str())
                    .collect();
                let issues = match (source.is_empty(), target.is_empty()) {
                    (true, true) => Vec::new(),
                    (false, true) => vec![checks::Issue::new(
                        "missing",
                        Severity::Warning,
                        "the source paragraph has no counterpart in the translation".to_owned(),
                    )],
                    (true, false) => vec![checks::Issue::new(
                        "missing",
                        Severity::Info,
                        "the translation has a paragraph the source does not".to_owned(),
                    )],
                    (false, false) => pair_issues(
                        project,
                        language,
                        &source.join("\n"),
                        &target.join("\n"),
                        resources,
                    ),
                };
                found_in(project, language, &mut findings)(place, issues);
            }
        }
    }
    findings
}

/// The checks of one grid row: the `language` translation of paragraph `id` against its
/// source (the project-wide consistency check aside). Fast enough to run on every key press.
pub fn check_row(
    project: &Project,
    id: ParagraphId,
    language: &LanguageTag,
    resources: &mut QaResources,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let Some(paragraph) = project
        .paragraph(id)
        .filter(|paragraph| paragraph.kind.is_translatable())
    else {
        return findings;
    };
    let translation = project.translation(id, language);
    let issues = if translation.text.trim().is_empty() {
        if translation.status.is_done() {
            vec![checks::Issue::new(
                "empty",
                Severity::Error,
                format!(
                    "marked {} but the translation is empty",
                    translation.status.as_str()
                ),
            )]
        } else {
            Vec::new()
        }
    } else {
        pair_issues(
            project,
            language,
            &paragraph.text,
            &translation.text,
            resources,
        )
    };
    found_in(project, language, &mut findings)(Place::Paragraph(id), issues);
    findings
}

/// The pair checks, the glossary's and the speller's of one source text and its translation,
/// leaving out the checks the project switched off.
fn pair_issues(
    project: &Project,
    language: &LanguageTag,
    source: &str,
    target: &str,
    resources: &mut QaResources,
) -> Vec<checks::Issue> {
    let languages = (project.source.language.primary(), language.primary());
    let mut issues = checks::check_pair(source, target, languages);
    if let Some(glossary) = resources
        .glossaries
        .get_mut(language)
        .filter(|_| project.qa.is_enabled("glossary"))
    {
        issues.extend(checks::glossary_issues(glossary, source, target));
    }
    if let Some(speller) = resources
        .speller(language)
        .filter(|_| project.qa.is_enabled("spelling"))
    {
        issues.extend(spelling_issues(
            speller,
            (source, target),
            languages,
            &resources.accepted,
        ));
    }
    issues
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
    speller
        .misspellings(target, true)
        .into_iter()
        .filter(|misspelt| {
            let folded = crate::memory::text::fold(&misspelt.word, speller.language());
            !accepted.contains(&(speller.language().to_owned(), folded))
                && !names::carried_over(&misspelt.word, source, languages)
        })
        .collect()
}

/// The spelling findings of a translation (see [`misspelt_words`]), each word once.
pub fn spelling_issues(
    speller: &crate::spell::Speller,
    texts: (&str, &str),
    languages: (&str, &str),
    accepted: &std::collections::BTreeSet<(String, String)>,
) -> Vec<checks::Issue> {
    let mut issues: Vec<checks::Issue> = Vec::new();
    for misspelt in misspelt_words(speller, texts, languages, accepted) {
        if issues
            .iter()
            .any(|issue| issue.message.contains(&format!("“{}”", misspelt.word)))
        {
            continue;
        }
        let message = if speller.is_hunspell() {
            format!(
                "“{}” is not in the {} dictionary",
                misspelt.word,
                speller.language()
            )
        } else if let Some(best) = speller.suggestions(&misspelt.word).first() {
            format!("“{}” looks misspelt (“{best}”?)", misspelt.word)
        } else {
            format!(
                "“{}” looks misspelt: no known {} word has its letters in that order",
                misspelt.word,
                speller.language()
            )
        };
        issues.push(checks::Issue::new("spelling", Severity::Warning, message));
        if issues.len() == MAX_SPELLING_PER_TEXT {
            break;
        }
    }
    issues
}

/// Adds a place's issues to `findings` as `language` findings, leaving out the checks the
/// project switched off and the findings it ignores.
fn found_in<'a>(
    project: &'a Project,
    language: &'a LanguageTag,
    findings: &'a mut Vec<Finding>,
) -> impl FnMut(Place, Vec<checks::Issue>) + 'a {
    move |place, issues| {
        for issue in issues {
            if !project.qa.is_enabled(issue.check) {
                continue;
            }
            let finding = Finding {
                language: language.clone(),
                check: issue.check,
                severity: issue.severity,
                message: issue.message,
                place: place.clone(),
            };
            if project.qa.ignored.is_empty() || !project.qa.ignored.contains(&finding.ignored()) {
                findings.push(finding);
            }
        }
    }
}

#[cfg(test)]
mod tests;
