//! Aligning texts rather than features: paragraphs (or lines) directly, and sentences inside
//! each linked paragraph pair.

use super::aligner::align_with_evidence;
use super::anchors::{UnitFeatures, unit_features};
use super::calibration::Evidence;
use super::link::Link;
use super::options::{AlignOptions, typical_length_ratio};
use super::scoring::CostModel;
use super::segment::sentences;

/// Aligns two lists of texts written in `source_language` and `target_language`.
pub fn align_texts(
    source: &[String],
    source_language: &str,
    target: &[String],
    target_language: &str,
    options: &AlignOptions,
) -> Vec<Link> {
    align_texts_with_evidence(source, source_language, target, target_language, options).0
}

/// `align_texts`, with the evidence each link's confidence was computed from (see
/// `calibration`).
pub fn align_texts_with_evidence(
    source: &[String],
    source_language: &str,
    target: &[String],
    target_language: &str,
    options: &AlignOptions,
) -> (Vec<Link>, Vec<Evidence>) {
    let source_features = features_of(source, source_language);
    let target_features = features_of(target, target_language);
    let mut options = options.clone();
    if options.expected_ratio.is_none() {
        options.expected_ratio = typical_length_ratio(source_language, target_language);
    }
    align_with_evidence(&source_features, &target_features, &options)
}

/// Below this many texts, features are read on one thread.
const PARALLEL_FEATURES_FROM: usize = 1000;

/// The features of every text, read on every core for long inputs (each text on its own).
fn features_of(texts: &[String], language: &str) -> Vec<UnitFeatures> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if texts.len() < PARALLEL_FEATURES_FROM || threads < 2 {
        return texts
            .iter()
            .map(|text| unit_features(text, language))
            .collect();
    }
    let chunk = texts.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = texts
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|text| unit_features(text, language))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| match worker.join() {
                Ok(features) => features,
                // unit_features does not panic; should it ever, the panic goes on here.
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}

/// Splits every paragraph into sentences and aligns them inside each paragraph link.
/// Sentence indexes count through the whole document, in paragraph order.
pub fn align_sentences(
    source: &[String],
    source_language: &str,
    target: &[String],
    target_language: &str,
    paragraph_links: &[Link],
) -> Vec<Link> {
    let split = |paragraphs: &[String]| -> (Vec<Vec<String>>, Vec<usize>) {
        let per_paragraph: Vec<Vec<String>> = paragraphs
            .iter()
            .map(|paragraph| {
                sentences(paragraph)
                    .into_iter()
                    .map(str::to_owned)
                    .collect()
            })
            .collect();
        let starts = per_paragraph
            .iter()
            .scan(0, |next, list| {
                let start = *next;
                *next += list.len();
                Some(start)
            })
            .collect();
        (per_paragraph, starts)
    };
    let (source_sentences, source_starts) = split(source);
    let (target_sentences, target_starts) = split(target);
    let options = AlignOptions {
        find_moves: false,
        costs: CostModel::SENTENCES,
        ..AlignOptions::default()
    };
    let mut links = Vec::new();
    for paragraph_link in paragraph_links {
        let gather = |units: &[usize], per_paragraph: &[Vec<String>], starts: &[usize]| {
            let mut texts = Vec::new();
            let mut indexes = Vec::new();
            for &unit in units {
                for (offset, sentence) in per_paragraph[unit].iter().enumerate() {
                    texts.push(sentence.clone());
                    indexes.push(starts[unit] + offset);
                }
            }
            (texts, indexes)
        };
        let (source_texts, source_indexes) =
            gather(&paragraph_link.source, &source_sentences, &source_starts);
        let (target_texts, target_indexes) =
            gather(&paragraph_link.target, &target_sentences, &target_starts);
        for mut link in align_texts(
            &source_texts,
            source_language,
            &target_texts,
            target_language,
            &options,
        ) {
            link.source = link
                .source
                .iter()
                .map(|index| source_indexes[*index])
                .collect();
            link.target = link
                .target
                .iter()
                .map(|index| target_indexes[*index])
                .collect();
            link.moved = paragraph_link.moved;
            links.push(link);
        }
    }
    links.sort_by_key(|link| (link.source.first().copied(), link.target.first().copied()));
    links
}
