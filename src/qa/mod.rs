//! Quality assurance: checks that catch what eyes miss in a translation — a figure or a time
//! that changed, a name or a link dropped, the wrong quotation marks, a doubled word, a
//! paragraph left in the source language. Each check is a pure function of a source text and
//! its translation (see [`checks`]); [`check_project`] runs them on a project's grid
//! translations and on the links of its aligned translations, and the project-wide checks
//! (the same source translated two ways) on top.

pub mod checks;
mod figures;
mod names;

use std::collections::BTreeMap;

use crate::model::{LanguageTag, ParagraphId, Project, TranslationStatus};

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

/// Where a finding is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Place {
    /// A grid translation of this source paragraph.
    Paragraph(ParagraphId),
    /// A link of an aligned translation: its source and target paragraphs.
    Link {
        source: Vec<ParagraphId>,
        target: Vec<ParagraphId>,
    },
}

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
/// translations, and the same source translated in different ways.
pub fn check_project(project: &Project, languages: &[LanguageTag]) -> Vec<Finding> {
    check_project_with(project, languages, &mut BTreeMap::new())
}

/// [`check_project`], with each target language's glossary checked too (an expected term
/// not used, a forbidden one used).
pub fn check_project_with(
    project: &Project,
    languages: &[LanguageTag],
    glossaries: &mut BTreeMap<LanguageTag, crate::memory::terms::Glossary>,
) -> Vec<Finding> {
    let source_language = project.source.language.primary().to_owned();
    let wanted = checked_languages(project, languages);
    let mut findings = Vec::new();
    for language in &wanted {
        let languages = (source_language.as_str(), language.primary());
        let mut found = |place: Place, issues: Vec<checks::Issue>| {
            findings.extend(issues.into_iter().map(|issue| Finding {
                language: language.clone(),
                check: issue.check,
                severity: issue.severity,
                message: issue.message,
                place: place.clone(),
            }));
        };
        if project.targets.contains(language) {
            let mut translations_of: BTreeMap<String, Vec<(ParagraphId, String)>> = BTreeMap::new();
            for paragraph in project.translatable_paragraphs() {
                let translation = project.translation(paragraph.paragraph_id, language);
                let place = Place::Paragraph(paragraph.paragraph_id);
                if translation.text.trim().is_empty() {
                    if translation.status.is_done() {
                        found(
                            place,
                            vec![checks::Issue::new(
                                "empty",
                                Severity::Error,
                                format!(
                                    "marked {} but the translation is empty",
                                    translation.status.as_str()
                                ),
                            )],
                        );
                    }
                    continue;
                }
                let mut issues = checks::check_pair(&paragraph.text, &translation.text, languages);
                if let Some(glossary) = glossaries.get_mut(language) {
                    issues.extend(checks::glossary_issues(
                        glossary,
                        &paragraph.text,
                        &translation.text,
                    ));
                }
                found(place, issues);
                if translation.status != TranslationStatus::New {
                    translations_of
                        .entry(checks::normalised(&paragraph.text))
                        .or_default()
                        .push((
                            paragraph.paragraph_id,
                            checks::normalised(&translation.text),
                        ));
                }
            }
            for issue in checks::inconsistencies(&translations_of) {
                found(Place::Paragraph(issue.0), vec![issue.1]);
            }
        }
        if let Some(aligned) = project.aligned.get(language) {
            for link in &aligned.links {
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
                let place = Place::Link {
                    source: link.source.clone(),
                    target: link.target.clone(),
                };
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
                    (false, false) => {
                        let (source, target) = (source.join("\n"), target.join("\n"));
                        let mut issues = checks::check_pair(&source, &target, languages);
                        if let Some(glossary) = glossaries.get_mut(language) {
                            issues.extend(checks::glossary_issues(glossary, &source, &target));
                        }
                        issues
                    }
                };
                found(place, issues);
            }
        }
    }
    findings
}
