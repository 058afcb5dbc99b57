//! `diptych align`: aligns a translation with its source and prints the links, or saves them
//! in a project for review.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context as _, bail};

use crate::align::{AlignOptions, CostModel, Link, align_sentences, align_texts};
use crate::io::import::decode::decode_text;
use crate::io::{ImportOptions, import_article_file};
use crate::model::{LOW_CONFIDENCE_PERMILLE, LanguageTag};

/// What the units of alignment are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Units {
    /// Cleaned, classified paragraphs (only translatable ones are aligned).
    Paragraphs,
    /// Every line of both files, as given, with no cleanup.
    Lines,
}

/// What is aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Level {
    Paragraph,
    Sentence,
}

/// Settings of `diptych align`.
#[derive(Debug, Clone)]
pub struct AlignRequest<'a> {
    pub source: &'a Path,
    pub translation: &'a Path,
    pub lang: &'a str,
    pub source_lang: Option<&'a str>,
    pub units: Units,
    pub level: Level,
    pub links_only: bool,
    pub with_confidence: bool,
    /// Write a project holding the source, the aligned translation and the links.
    pub output: Option<&'a Path>,
    pub force: bool,
}

/// `diptych align … -o PROJECT.ron`: imports the source, imports and aligns the translation,
/// and saves the project.
fn align_into_project(request: &AlignRequest<'_>, output: &Path) -> anyhow::Result<String> {
    if request.units != Units::Paragraphs || request.level != Level::Paragraph {
        bail!(
            "-o stores paragraph links; it cannot be combined with --units lines or --level sentence"
        );
    }
    let _lock = super::claim_output(
        output,
        &[request.source, request.translation],
        request.force,
    )?;
    let language = LanguageTag::parse(request.lang)?;
    let options = ImportOptions {
        source_language: request.source_lang.map(LanguageTag::parse).transpose()?,
        targets: Some(vec![language.clone()]),
        ..ImportOptions::default()
    };
    let mut project = import_article_file(request.source, &options)?;
    let edit =
        crate::io::translation::import_translation(&project, request.translation, &language)?;
    edit.apply(&mut project)
        .map_err(|error| anyhow::anyhow!("cannot add the translation: {error}"))?;
    crate::io::save_project_with_backup(
        &project,
        output,
        crate::io::backup::DEFAULT_BACKUPS_TO_KEEP,
    )?;
    let summary = project
        .aligned
        .get(&language)
        .map(crate::model::AlignedTranslation::summary)
        .unwrap_or_default();
    Ok(format!(
        "{} links ({} not 1:1, {} moved, {} below {:.1} confidence) → {}",
        summary.links,
        summary.not_one_to_one,
        summary.moved,
        summary.low_confidence,
        f32::from(LOW_CONFIDENCE_PERMILLE) / 1000.0,
        output.display()
    ))
}

pub(super) fn read_lines(path: &Path) -> anyhow::Result<Vec<String>> {
    let bytes = crate::io::read_file_capped(path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let (text, _) = decode_text(&bytes).with_context(|| path.display().to_string())?;
    Ok(crate::io::import::text::split_lines(&text)
        .into_iter()
        .map(str::to_owned)
        .collect())
}

fn read_paragraphs(
    path: &Path,
    language: Option<LanguageTag>,
) -> anyhow::Result<(Vec<String>, LanguageTag)> {
    let options = ImportOptions {
        source_language: language,
        targets: Some(Vec::new()),
        ..ImportOptions::default()
    };
    let project = import_article_file(path, &options)?;
    let texts = project
        .translatable_paragraphs()
        .map(|paragraph| paragraph.text.clone())
        .collect();
    Ok((texts, project.source.language))
}

/// `diptych align`: returns the text to print.
pub fn align_command(request: &AlignRequest<'_>) -> anyhow::Result<String> {
    if let Some(output) = request.output {
        return align_into_project(request, output);
    }
    let target_language = LanguageTag::parse(request.lang)?;
    let source_language = request.source_lang.map(LanguageTag::parse).transpose()?;
    let (source, source_language, target) = match request.units {
        Units::Lines => {
            let source_language = source_language.unwrap_or_else(|| LanguageTag::builtin("en"));
            (
                read_lines(request.source)?,
                source_language,
                read_lines(request.translation)?,
            )
        }
        Units::Paragraphs => {
            let (source, detected) = read_paragraphs(request.source, source_language)?;
            let (target, _) = read_paragraphs(request.translation, Some(target_language.clone()))?;
            (source, detected, target)
        }
    };
    if source.is_empty() || target.is_empty() {
        bail!("nothing to align: one of the files has no text units");
    }
    let (source_code, target_code) = (source_language.primary(), target_language.primary());
    // Lines are taken as sentences (the pre-segmented input of sentence aligners).
    let options = AlignOptions {
        costs: if request.units == Units::Lines {
            CostModel::SENTENCES
        } else {
            CostModel::PARAGRAPHS
        },
        ..AlignOptions::default()
    };
    let paragraph_links = align_texts(&source, source_code, &target, target_code, &options);
    let links = match (request.level, request.units) {
        (Level::Sentence, Units::Paragraphs) => {
            align_sentences(&source, source_code, &target, target_code, &paragraph_links)
        }
        _ => paragraph_links,
    };
    let mut out = String::new();
    if request.links_only {
        for link in &links {
            // Writing into a String cannot fail: the ignored fmt::Result is always Ok.
            let _ = writeln!(out, "{}", link.format(request.with_confidence));
        }
        return Ok(out);
    }
    describe_links(
        &mut out,
        &links,
        &source,
        &target,
        request.level == Level::Sentence && request.units == Units::Paragraphs,
    );
    Ok(out)
}

fn excerpt(text: &str) -> String {
    let mut short: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        short.push('…');
    }
    short
}

fn describe_links(
    out: &mut String,
    links: &[Link],
    source: &[String],
    target: &[String],
    sentences: bool,
) {
    let unit_name = if sentences { "sentences" } else { "units" };
    // Writing into a String cannot fail: the ignored fmt::Result is always Ok.
    let _ = writeln!(
        out,
        "{} links between {} source and {} target {unit_name}",
        links.len(),
        // Every unit is in exactly one link; sentences are counted from them.
        if sentences {
            links.iter().map(|link| link.source.len()).sum()
        } else {
            source.len()
        },
        if sentences {
            links.iter().map(|link| link.target.len()).sum()
        } else {
            target.len()
        }
    );
    for link in links {
        let marker = if link.moved { " moved" } else { "" };
        let _ = writeln!(
            out,
            "{}  {:.2}{marker}  {}",
            link.format(false),
            link.confidence,
            link.reason
        );
        if !sentences {
            for index in &link.source {
                let _ = writeln!(out, "    < {}", excerpt(&source[*index]));
            }
            for index in &link.target {
                let _ = writeln!(out, "    > {}", excerpt(&target[*index]));
            }
        }
    }
}
