//! Segmentation (sentences, words) and, later, alignment algorithms. Pure functions only.

mod segment;

pub use segment::{sentence_ranges, sentences, word_count};
