//! Segmentation (sentences, words) and alignment of a text with its translation. Pure
//! functions only: no files, no UI.

mod aligner;
pub(crate) mod anchors;
mod band;
pub mod calibration;
pub mod eval;
pub mod letters;
mod levels;
mod link;
mod moves;
mod options;
pub mod revision;
mod scoring;
mod segment;
mod translit;

#[cfg(test)]
mod tests;

pub use aligner::align;
pub use anchors::{UnitFeatures, overlap, unit_features};
pub use levels::{align_sentences, align_texts, align_texts_with_evidence};
pub use link::{AlignmentScores, Link, Prf, score_links};
pub use options::{AlignOptions, typical_length_ratio};
pub use scoring::CostModel;
pub use segment::{sentence_ranges, sentences, word_count};
pub use translit::{Orthography, skeleton, skeleton_of_lowered};
