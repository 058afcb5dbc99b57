//! How the aligner is tuned: the search band, when the whole matrix is searched, whether moved
//! units are looked for, the expected length ratio of the language pair and the link costs.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::scoring::CostModel;

/// Tuning of the search.
#[derive(Debug, Clone)]
pub struct AlignOptions {
    /// Half-width of the band around the anchor path, in units.
    pub band: usize,
    /// Below this many units on both sides the whole matrix is searched.
    pub full_search_below: usize,
    /// Look for moved units after the monotonic pass.
    pub find_moves: bool,
    /// Characters of target per character of source, when known for the language pair.
    pub expected_ratio: Option<f64>,
    /// The weights of the cost of a link (paragraphs or sentences).
    pub costs: CostModel,
    /// Raised (from another thread) to stop early: the alignment then returns at once with
    /// whatever it has, which is incomplete and meant to be thrown away.
    pub stop: Option<Arc<AtomicBool>>,
}

impl AlignOptions {
    /// Whether the alignment was asked to stop.
    pub fn stopped(&self) -> bool {
        self.stop
            .as_ref()
            .is_some_and(|flag| flag.load(Ordering::Relaxed))
    }
}

/// Typical characters of `target` text per character of `source` text for the language pairs
/// Diptych knows (news text; en→ru 1.12, en→az 1.10, ru→az 0.98).
pub fn typical_length_ratio(source: &str, target: &str) -> Option<f64> {
    let from_english = |language: &str| match language {
        "en" => Some(1.0),
        "ru" => Some(1.12),
        "az" => Some(1.10),
        _ => None,
    };
    Some(from_english(target)? / from_english(source)?)
}

impl Default for AlignOptions {
    fn default() -> Self {
        Self {
            band: 20,
            full_search_below: 600,
            find_moves: true,
            expected_ratio: None,
            costs: CostModel::PARAGRAPHS,
            stop: None,
        }
    }
}
