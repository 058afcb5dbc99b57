//! The alignment commands: `diptych align` (align a translation with its source and print the
//! links) and `diptych eval-align` (score the aligner on perturbed parallel news).

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context as _, bail};

use crate::align::eval::{Perturbation, build_test_pair};
use crate::align::{AlignOptions, CostModel, Link, align_sentences, align_texts, score_links};
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

fn read_lines(path: &Path) -> anyhow::Result<Vec<String>> {
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
        source.len(),
        target.len()
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

/// `diptych eval-align`: builds perturbed pairs from the NTREX-style corpus in `corpus` and
/// prints strict and lax scores and wall time per language pair.
/// The documents of an NTREX-style corpus folder (`<doc>.<lang>.txt`, one sentence per line,
/// line N of every language translating line N), by name.
fn corpus_documents(corpus: &Path) -> anyhow::Result<Vec<String>> {
    let mut documents: Vec<String> = std::fs::read_dir(corpus)
        .with_context(|| format!("cannot read the corpus folder {}", corpus.display()))?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".en.txt").map(str::to_owned)
        })
        .collect();
    documents.sort();
    if documents.is_empty() {
        bail!("{} holds no <doc>.en.txt files", corpus.display());
    }
    Ok(documents)
}

/// The non-empty lines of every document of a corpus folder in one language, documents in
/// name order.
pub(super) fn read_corpus_lines(corpus: &Path, language: &str) -> anyhow::Result<Vec<String>> {
    let mut lines = Vec::new();
    for document in corpus_documents(corpus)? {
        let path = corpus.join(format!("{document}.{language}.txt"));
        lines.extend(
            read_lines(&path)?
                .into_iter()
                .filter(|line| !line.trim().is_empty()),
        );
    }
    Ok(lines)
}

pub fn eval_align_command(
    corpus: &Path,
    first_seed: u64,
    seeds: u64,
    show_errors: usize,
    dump: Option<&Path>,
) -> anyhow::Result<String> {
    if let Some(folder) = dump {
        std::fs::create_dir_all(folder)
            .with_context(|| format!("cannot create {}", folder.display()))?;
    }
    let documents = corpus_documents(corpus)?;
    let mut out = String::new();
    // Writing into a String cannot fail: the ignored fmt::Result is always Ok.
    let _ = writeln!(
        out,
        "{} documents × {seeds} seed(s); perturbation: merge 10%, split 10%, drop 5%, move one",
        documents.len()
    );
    let _ = writeln!(
        out,
        "pair    links   strict P/R/F1          lax P/R/F1             time"
    );
    for (from, to) in [
        ("en", "ru"),
        ("en", "az"),
        ("ru", "az"),
        ("ru", "en"),
        ("az", "en"),
        ("az", "ru"),
    ] {
        let mut predicted_all = Vec::new();
        let mut gold_all = Vec::new();
        let mut elapsed = std::time::Duration::ZERO;
        let mut shown = 0;
        for (document_index, document) in documents.iter().enumerate() {
            let read = |language: &str| -> anyhow::Result<Vec<String>> {
                let path = corpus.join(format!("{document}.{language}.txt"));
                Ok(read_lines(&path)?
                    .into_iter()
                    .filter(|line| !line.trim().is_empty())
                    .collect())
            };
            let (source_sentences, target_sentences) = (read(from)?, read(to)?);
            for seed in first_seed..first_seed + seeds {
                let pair = build_test_pair(
                    &source_sentences,
                    &target_sentences,
                    seed * 1000 + document_index as u64,
                    Perturbation::default(),
                );
                if let Some(folder) = dump {
                    dump_pair(folder, &format!("{document}.{seed}.{from}-{to}"), &pair)?;
                }
                let started = Instant::now();
                let links = align_texts(
                    &pair.source,
                    from,
                    &pair.target,
                    to,
                    &AlignOptions::default(),
                );
                elapsed += started.elapsed();
                if shown < show_errors {
                    let wrong: Vec<String> = links
                        .iter()
                        .filter(|link| !pair.gold.contains(&link.pair()))
                        .map(|link| {
                            format!(
                                "{} ({:.2} {})",
                                link.format(false),
                                link.confidence,
                                link.reason
                            )
                        })
                        .collect();
                    if !wrong.is_empty() {
                        shown += 1;
                        let gold: Vec<String> = pair
                            .gold
                            .iter()
                            .map(|(s, t)| Link::new(s.clone(), t.clone(), 1.0).format(false))
                            .collect();
                        let lengths = |texts: &[String]| {
                            texts
                                .iter()
                                .map(|text| text.chars().count().to_string())
                                .collect::<Vec<_>>()
                                .join(" ")
                        };
                        let _ = writeln!(
                            out,
                            "{document} seed {seed} {from}→{to}\n  lengths: {} | {}\n  gold:  {}\n  wrong: {}",
                            lengths(&pair.source),
                            lengths(&pair.target),
                            gold.join(" "),
                            wrong.join(" | ")
                        );
                    }
                }
                // Links are scored per document: offset indexes so documents do not collide.
                let offset = |units: &[usize], base: usize| {
                    units.iter().map(|unit| unit + base).collect::<Vec<_>>()
                };
                let base = (document_index * 1000 + seed as usize) * 10_000;
                predicted_all.extend(
                    links
                        .iter()
                        .map(|link| (offset(&link.source, base), offset(&link.target, base))),
                );
                gold_all.extend(
                    pair.gold
                        .iter()
                        .map(|(s, t)| (offset(s, base), offset(t, base))),
                );
            }
        }
        let scores = score_links(&predicted_all, &gold_all);
        let _ = writeln!(
            out,
            "{from}→{to}  {:>6}   {:.3}/{:.3}/{:.3}    {:.3}/{:.3}/{:.3}    {:.1} ms",
            gold_all.len(),
            scores.strict.precision,
            scores.strict.recall,
            scores.strict.f1,
            scores.lax.precision,
            scores.lax.recall,
            scores.lax.f1,
            elapsed.as_secs_f64() * 1000.0
        );
    }
    Ok(out)
}

/// Writes a test pair for other aligners: `NAME.src` and `NAME.tgt` (one unit per line) and
/// `NAME.gold` (one link per line, `[1, 2]:[1]`).
pub(super) fn dump_pair(
    folder: &Path,
    name: &str,
    pair: &crate::align::eval::TestPair,
) -> anyhow::Result<()> {
    let lines = |units: &[String]| {
        units
            .iter()
            .map(|unit| unit.replace(['\n', '\r'], " "))
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    };
    let gold: String = pair
        .gold
        .iter()
        .map(|(source, target)| Link::new(source.clone(), target.clone(), 1.0).format(false) + "\n")
        .collect();
    for (extension, text) in [
        ("src", lines(&pair.source)),
        ("tgt", lines(&pair.target)),
        ("gold", gold),
    ] {
        let path = folder.join(format!("{name}.{extension}"));
        crate::io::fs::write_atomically(&path, text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}
