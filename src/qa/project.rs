//! Running the checks over a project: every grid translation and every link of its aligned
//! translations, then the project-wide consistency check, leaving out the checks the project
//! switched off and the findings it ignores. The pair checks and spelling only read, so a
//! large project is checked on every core; the glossary's check (whose stemmer keeps a
//! cache) runs after them on one.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::checks::{self, Issue};
use super::name_table::NameTable;
use super::text::FindingText;
use super::{Finding, Place, QaResources, Severity, checked_languages, spelling_issues};
use crate::model::{AlignmentLink, LanguageTag, ParagraphId, Project, TranslationStatus};

/// Below this many pairs the checks run on one thread (starting threads costs more).
const PARALLEL_FROM: usize = 256;

/// Units are dealt out to the threads in blocks of this many.
const BLOCK: usize = 64;

/// What one place gives the pair checks.
enum Texts<'a> {
    /// Issues known without comparing texts (empty, missing), or none at all.
    Known(Vec<Issue>),
    /// A source text and its translation to compare.
    Pair(Cow<'a, str>, Cow<'a, str>),
}

/// One place to check, in one language.
struct Unit<'a> {
    language: &'a LanguageTag,
    place: Place,
    texts: Texts<'a>,
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
    let wanted = checked_languages(project, languages);
    let units = units(project, &wanted);
    learn_names(project, &wanted, &units, resources);
    let shared = shared_issues_of(project, &units, resources);
    let mut findings = Vec::new();
    for (unit, issues) in units.iter().zip(shared) {
        let mut issues = issues;
        if let Texts::Pair(source, target) = &unit.texts {
            issues.extend(glossary_issues(
                project,
                unit.language,
                source,
                target,
                resources,
            ));
        }
        found_in(project, unit.language, &mut findings)(unit.place.clone(), issues);
    }
    for language in &wanted {
        if project.targets.contains(language) {
            let mut found = found_in(project, language, &mut findings);
            for (id, issue) in checks::inconsistencies(&translations_of(project, language)) {
                found(Place::Paragraph(id), vec![issue]);
            }
        }
    }
    findings
}

/// Learns, for each of `languages`, how the project writes its names from all its pairs.
fn learn_names(
    project: &Project,
    languages: &[LanguageTag],
    units: &[Unit<'_>],
    resources: &mut QaResources,
) {
    for language in languages {
        let pairs = units.iter().filter_map(|unit| match &unit.texts {
            Texts::Pair(source, target) if unit.language == language => {
                Some((source.as_ref(), target.as_ref()))
            }
            _ => None,
        });
        let table = NameTable::learn(
            pairs,
            (project.source.language.primary(), language.primary()),
        );
        resources
            .name_tables
            .insert(language.clone(), std::sync::Arc::new(table));
    }
}

/// The grid translations of `language` marked beyond new, by their normalised source.
fn translations_of(
    project: &Project,
    language: &LanguageTag,
) -> BTreeMap<String, Vec<(ParagraphId, String)>> {
    let mut translations: BTreeMap<String, Vec<(ParagraphId, String)>> = BTreeMap::new();
    for paragraph in project.translatable_paragraphs() {
        let translation = project.translation(paragraph.paragraph_id, language);
        if translation.status != TranslationStatus::New && !translation.text.trim().is_empty() {
            translations
                .entry(checks::normalised(&paragraph.text))
                .or_default()
                .push((
                    paragraph.paragraph_id,
                    checks::normalised(&translation.text),
                ));
        }
    }
    translations
}

/// Every place of `languages` to check, in the order findings are reported.
fn units<'a>(project: &'a Project, languages: &'a [LanguageTag]) -> Vec<Unit<'a>> {
    let mut units = Vec::new();
    for language in languages {
        if project.targets.contains(language) {
            for paragraph in project.translatable_paragraphs() {
                units.push(Unit {
                    language,
                    place: Place::Paragraph(paragraph.paragraph_id),
                    texts: row_texts(project, paragraph.paragraph_id, language),
                });
            }
        }
        if let Some(aligned) = project.aligned.get(language) {
            for link in &aligned.links {
                units.push(Unit {
                    language,
                    place: Place::Link {
                        source: link.source.clone(),
                        target: link.target.clone(),
                    },
                    texts: link_texts(project, language, link),
                });
            }
        }
    }
    units
}

/// What a grid row gives the checks: its source and translation, or (empty) nothing to
/// compare, or an error when it is marked done.
fn row_texts<'a>(project: &'a Project, id: ParagraphId, language: &LanguageTag) -> Texts<'a> {
    let Some(paragraph) = project
        .paragraph(id)
        .filter(|paragraph| paragraph.kind.is_translatable())
    else {
        return Texts::Known(Vec::new());
    };
    let translation = project.translation(id, language);
    if !translation.text.trim().is_empty() {
        return Texts::Pair(
            Cow::Borrowed(&paragraph.text),
            Cow::Borrowed(&translation.text),
        );
    }
    Texts::Known(if translation.status.is_done() {
        vec![Issue::new(
            "empty",
            Severity::Error,
            FindingText::Empty(translation.status),
        )]
    } else {
        Vec::new()
    })
}

/// What a link of an aligned translation gives the checks: its paragraphs' texts joined, or
/// a missing counterpart.
fn link_texts<'a>(project: &'a Project, language: &LanguageTag, link: &AlignmentLink) -> Texts<'a> {
    let Some(aligned) = project.aligned.get(language) else {
        return Texts::Known(Vec::new());
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
    let joined = |texts: Vec<&'a str>| match texts.as_slice() {
        [one] => Cow::Borrowed(*one),
        _ => Cow::Owned(texts.join("\n")),
    };
    match (source.is_empty(), target.is_empty()) {
        (true, true) => Texts::Known(Vec::new()),
        (false, true) => Texts::Known(vec![Issue::new(
            "missing",
            Severity::Warning,
            FindingText::NoCounterpart,
        )]),
        (true, false) => Texts::Known(vec![Issue::new(
            "missing",
            Severity::Info,
            FindingText::ExtraParagraph,
        )]),
        (false, false) => Texts::Pair(joined(source), joined(target)),
    }
}

/// The pair checks and spelling of every unit, on every core for a large project.
fn shared_issues_of(
    project: &Project,
    units: &[Unit<'_>],
    resources: &QaResources,
) -> Vec<Vec<Issue>> {
    let one = |unit: &Unit<'_>| {
        let mut issues = match &unit.texts {
            Texts::Known(issues) => issues.clone(),
            Texts::Pair(source, target) => {
                shared_issues(project, unit.language, source, target, resources)
            }
        };
        if let Place::Paragraph(id) = &unit.place {
            issues.extend(stale_issue(project, *id, unit.language));
            issues.extend(conflict_issue(project, *id, unit.language));
        }
        issues
    };
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if units.len() < PARALLEL_FROM || threads < 2 {
        return units.iter().map(one).collect();
    }
    // Blocks of units dealt out in turn, so that each thread gets its share of the rows
    // with text (a language with nothing translated yet is all empty rows).
    let blocks: Vec<&[Unit<'_>]> = units.chunks(BLOCK).collect();
    let results = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|thread| {
                let mine: Vec<(usize, &[Unit<'_>])> = blocks
                    .iter()
                    .enumerate()
                    .skip(thread)
                    .step_by(threads)
                    .map(|(index, block)| (index, *block))
                    .collect();
                let spawned = std::thread::Builder::new()
                    .name("diptych-qa-part".to_owned())
                    .spawn_scoped(scope, {
                        let mine = mine.clone();
                        move || {
                            mine.iter()
                                .map(|(index, block)| (*index, block.iter().map(one).collect()))
                                .collect::<Vec<(usize, Vec<Vec<Issue>>)>>()
                        }
                    });
                (spawned, mine)
            })
            .collect();
        let mut results: Vec<(usize, Vec<Vec<Issue>>)> = Vec::with_capacity(blocks.len());
        for (spawned, mine) in handles {
            // A thread that could not start (or stopped) leaves its blocks to this one.
            match spawned.map(std::thread::ScopedJoinHandle::join) {
                Ok(Ok(done)) => results.extend(done),
                _ => results.extend(
                    mine.iter()
                        .map(|(index, block)| (*index, block.iter().map(one).collect())),
                ),
            }
        }
        results
    });
    let mut results = results;
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().flat_map(|(_, issues)| issues).collect()
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
    let issues = match row_texts(project, id, language) {
        Texts::Known(issues) => issues,
        Texts::Pair(source, target) => {
            let mut issues = shared_issues(project, language, &source, &target, resources);
            issues.extend(glossary_issues(
                project, language, &source, &target, resources,
            ));
            issues
        }
    };
    let mut issues = issues;
    issues.extend(stale_issue(project, id, language));
    issues.extend(conflict_issue(project, id, language));
    found_in(project, language, &mut findings)(Place::Paragraph(id), issues);
    findings
}

/// A translation two merged versions changed differently: both are kept until someone
/// chooses (the row shows ours meanwhile). Metadata fields in conflict are reported on the
/// headline's row (the article's own row) in every language checked, so that a check of any
/// one language finds them.
fn conflict_issue(project: &Project, id: ParagraphId, language: &LanguageTag) -> Vec<Issue> {
    let shown = |text: &str| shortened(text, 60);
    let mut issues = Vec::new();
    if let Some(conflict) = project.translation(id, language).conflict.as_deref() {
        let text = if conflict.text_conflicts() {
            FindingText::Conflict {
                ours: shown(&conflict.ours.text),
                theirs: shown(&conflict.theirs.text),
            }
        } else {
            FindingText::NoteConflict {
                ours: shown(&conflict.ours.note),
                theirs: shown(&conflict.theirs.note),
            }
        };
        issues.push(Issue::new("conflict", Severity::Error, text));
    }
    let article_row = project
        .translatable_paragraphs()
        .find(|paragraph| paragraph.kind == crate::model::ParagraphKind::Headline)
        .or_else(|| project.translatable_paragraphs().next())
        .map(|paragraph| paragraph.paragraph_id);
    if article_row == Some(id) {
        for (field, conflict) in &project.metadata_conflicts {
            issues.push(Issue::new(
                "conflict",
                Severity::Error,
                FindingText::FieldConflict {
                    field: *field,
                    ours: shown(&conflict.ours),
                    theirs: shown(&conflict.theirs),
                },
            ));
        }
    }
    issues
}

/// A translation a later capture made stale: it follows an earlier source text.
fn stale_issue(project: &Project, id: ParagraphId, language: &LanguageTag) -> Option<Issue> {
    let translation = project.translation(id, language);
    let earlier = translation.stale_source.as_deref()?;
    Some(Issue::new(
        "stale",
        Severity::Warning,
        FindingText::Stale {
            earlier: shortened(earlier, 80),
        },
    ))
}

/// `text` cut after `limit` characters with an ellipsis, to be quoted in a finding.
fn shortened(text: &str, limit: usize) -> String {
    let short: String = text.chars().take(limit).collect();
    let ellipsis = if short.len() < text.len() { "…" } else { "" };
    format!("{short}{ellipsis}")
}

/// The pair checks and the speller's on one source text and its translation.
fn shared_issues(
    project: &Project,
    language: &LanguageTag,
    source: &str,
    target: &str,
    resources: &QaResources,
) -> Vec<Issue> {
    let languages = (project.source.language.primary(), language.primary());
    let context = checks::PairContext {
        source_dictionary: resources.speller(&project.source.language),
        names: resources
            .name_tables
            .get(language)
            .map(std::sync::Arc::as_ref),
        target_dictionary: resources.speller(language),
        settings: Some(&project.qa),
    };
    let mut issues = checks::check_pair_with(source, target, languages, &context);
    if let Some(speller) = resources
        .speller(language)
        .filter(|_| project.qa.is_enabled("spelling"))
    {
        issues.extend(spelling_issues(
            speller,
            (source, target),
            languages,
            &resources.accepted,
            resources
                .name_tables
                .get(language)
                .map(std::sync::Arc::as_ref),
        ));
    }
    issues
}

/// The glossary's issues with one source text and its translation.
fn glossary_issues(
    project: &Project,
    language: &LanguageTag,
    source: &str,
    target: &str,
    resources: &mut QaResources,
) -> Vec<Issue> {
    match resources
        .glossaries
        .get_mut(language)
        .filter(|_| project.qa.is_enabled("glossary"))
    {
        Some(glossary) => checks::glossary_issues(glossary, source, target),
        None => Vec::new(),
    }
}

/// Adds a place's issues to `findings` as `language` findings, leaving out the checks the
/// project switched off and the findings it ignores.
fn found_in<'a>(
    project: &'a Project,
    language: &'a LanguageTag,
    findings: &'a mut Vec<Finding>,
) -> impl FnMut(Place, Vec<Issue>) + 'a {
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
                text: issue.text,
                place: place.clone(),
            };
            if project.qa.ignored.is_empty() || !project.qa.ignored.contains(&finding.ignored()) {
                findings.push(finding);
            }
        }
    }
}
