//! `diptych eval-align`: the aligner scored on perturbed parallel news (see `align::eval`),
//! per language pair, with a reliability table of its confidences.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context as _, bail};

use crate::align::calibration::{self, Evidence};
use crate::align::eval::{Perturbation, build_test_pair};
use crate::align::{AlignOptions, Link, align_texts_with_evidence, score_links};

use super::align::read_lines;

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

/// `diptych eval-align`: builds perturbed pairs from the NTREX-style corpus in `corpus` and
/// prints strict and lax scores and wall time per language pair.
pub fn eval_align_command(
    corpus: &Path,
    first_seed: u64,
    seeds: u64,
    show_errors: usize,
    dump: Option<&Path>,
    fit_calibration: bool,
    perturbation: Perturbation,
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
        "{} documents × {seeds} seed(s); perturbation: merge {}%, split {}%, drop {}%, move one{}",
        documents.len(),
        perturbation.merge,
        perturbation.split,
        perturbation.drop,
        if perturbation.move_merged_or_split {
            " (merged or split ones too)"
        } else {
            ""
        }
    );
    let _ = writeln!(
        out,
        "pair    links   strict P/R/F1          lax P/R/F1             time"
    );
    // Every predicted link's confidence and whether it is right (strictly).
    let mut reliability: Vec<(f32, bool)> = Vec::new();
    let mut samples: Vec<(Evidence, bool)> = Vec::new();
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
                    perturbation,
                );
                if let Some(folder) = dump {
                    dump_pair(folder, &format!("{document}.{seed}.{from}-{to}"), &pair)?;
                }
                let started = Instant::now();
                let (links, evidence) = align_texts_with_evidence(
                    &pair.source,
                    from,
                    &pair.target,
                    to,
                    &AlignOptions::default(),
                );
                elapsed += started.elapsed();
                if fit_calibration {
                    samples.extend(
                        links
                            .iter()
                            .zip(evidence)
                            .map(|(link, evidence)| (evidence, pair.gold.contains(&link.pair()))),
                    );
                }
                reliability.extend(
                    links
                        .iter()
                        .map(|link| (link.confidence, pair.gold.contains(&link.pair()))),
                );
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
    out.push_str(&reliability_table(&reliability));
    if fit_calibration {
        out.push_str(&fitted_weights(&samples)?);
    }
    Ok(out)
}

/// Fits the calibration's weights to these links and prints them as `calibration::WEIGHTS`,
/// with the reliability table they would give on the same links.
fn fitted_weights(samples: &[(Evidence, bool)]) -> anyhow::Result<String> {
    let Some(weights) = calibration::fit(samples) else {
        bail!(
            "the calibration cannot be fitted to these {} links",
            samples.len()
        );
    };
    let caution = calibration::caution_for(&weights, samples);
    let mut out = format!(
        "\nfitted on {} links:\nconst CAUTION: f64 = {caution:.2};\nconst WEIGHTS: Evidence = [\n",
        samples.len()
    );
    for (weight, name) in weights.iter().zip(calibration::FEATURE_NAMES) {
        let _ = writeln!(out, "    {weight:.4}, // {name}");
    }
    out.push_str("];\nwith these weights, on the same links:");
    let refitted: Vec<(f32, bool)> = samples
        .iter()
        .map(|(evidence, right)| {
            (
                calibration::probability(&weights, caution, evidence) as f32,
                *right,
            )
        })
        .collect();
    out.push_str(&reliability_table(&refitted));
    Ok(out)
}

/// The confidence bands of the reliability table; green in the window is 0.8 and up.
const BANDS: [(f32, f32); 7] = [
    (0.0, 0.3),
    (0.3, 0.5),
    (0.5, 0.8),
    (0.8, 0.9),
    (0.9, 0.95),
    (0.95, 0.99),
    (0.99, 1.01),
];

/// How often links of each confidence band are right: a calibrated aligner's links at 0.9 are
/// right about 90 % of the time, and its green links (≥ 0.8) almost always.
fn reliability_table(links: &[(f32, bool)]) -> String {
    let mut out = String::from("\nconfidence     links   right   mean confidence\n");
    let share = |right: usize, total: usize| {
        if total == 0 {
            "   –  ".to_owned()
        } else {
            format!("{:5.1} %", 100.0 * right as f64 / total as f64)
        }
    };
    for (low, high) in BANDS {
        let inside: Vec<&(f32, bool)> = links
            .iter()
            .filter(|(confidence, _)| (low..high).contains(confidence))
            .collect();
        let right = inside.iter().filter(|(_, right)| *right).count();
        let mean = inside
            .iter()
            .map(|(confidence, _)| f64::from(*confidence))
            .sum::<f64>()
            / inside.len().max(1) as f64;
        let _ = writeln!(
            out,
            "{low:.2}–{:.2}   {:>7}  {}   {mean:.3}",
            high.min(1.0),
            inside.len(),
            share(right, inside.len())
        );
    }
    let green: Vec<&(f32, bool)> = links
        .iter()
        .filter(|(confidence, _)| *confidence >= 0.8)
        .collect();
    let green_right = green.iter().filter(|(_, right)| *right).count();
    let _ = writeln!(
        out,
        "green (≥ 0.80): {} of {} links, {} right; wrong links at ≥ 0.95: {}",
        green.len(),
        links.len(),
        share(green_right, green.len()).trim(),
        links
            .iter()
            .filter(|(confidence, right)| *confidence >= 0.95 && !right)
            .count()
    );
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reliability_table_counts_each_band_and_the_green_links() {
        let links = [
            (0.97, true),
            (0.96, false),
            (0.85, true),
            (0.2, false),
            (1.0, true),
        ];
        let table = reliability_table(&links);
        assert!(
            table.contains("0.95–0.99         2   50.0 %   0.965"),
            "{table}"
        );
        assert!(table.contains("0.99–1.00         1  100.0 %"), "{table}");
        assert!(table.contains("0.00–0.30         1    0.0 %"), "{table}");
        assert!(table.contains("0.30–0.50         0     –"), "{table}");
        assert!(
            table.contains("green (≥ 0.80): 4 of 5 links, 75.0 % right; wrong links at ≥ 0.95: 1"),
            "{table}"
        );
    }
}
