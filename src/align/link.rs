//! Links between source and target units, their text form (`[1, 2]:[1]:0.93`), and scoring
//! against a gold alignment (strict and lax precision, recall and F1).

use std::fmt::Write as _;

/// One link: source units, target units (either may be empty), how sure the aligner is, why,
/// and whether it crosses the order of its neighbours (a moved paragraph).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub source: Vec<usize>,
    pub target: Vec<usize>,
    pub confidence: f32,
    pub reason: String,
    pub moved: bool,
}

impl Link {
    pub fn new(source: Vec<usize>, target: Vec<usize>, confidence: f32) -> Self {
        Self {
            source,
            target,
            confidence: confidence.clamp(0.0, 1.0),
            reason: String::new(),
            moved: false,
        }
    }

    /// `[0]:[0]`, `[1, 2]:[1]`, `[3]:[]`, with `:0.93` appended when asked.
    pub fn format(&self, with_confidence: bool) -> String {
        let list = |units: &[usize]| {
            let parts: Vec<String> = units.iter().map(ToString::to_string).collect();
            format!("[{}]", parts.join(", "))
        };
        let mut text = format!("{}:{}", list(&self.source), list(&self.target));
        if with_confidence {
            let _ = write!(text, ":{:.2}", self.confidence);
        }
        text
    }

    pub fn pair(&self) -> (Vec<usize>, Vec<usize>) {
        (self.source.clone(), self.target.clone())
    }
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn from_counts(
        right_predicted: usize,
        predicted: usize,
        found_gold: usize,
        gold: usize,
    ) -> Self {
        let precision = if predicted == 0 {
            0.0
        } else {
            right_predicted as f64 / predicted as f64
        };
        let recall = if gold == 0 {
            0.0
        } else {
            found_gold as f64 / gold as f64
        };
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Self {
            precision,
            recall,
            f1,
        }
    }
}

/// Strict and lax scores of predicted links against gold links.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct AlignmentScores {
    pub strict: Prf,
    pub lax: Prf,
}

type Pair = (Vec<usize>, Vec<usize>);

fn overlaps(left: &Pair, right: &Pair) -> bool {
    let side = |a: &[usize], b: &[usize]| {
        if a.is_empty() || b.is_empty() {
            a.is_empty() && b.is_empty()
        } else {
            a.iter().any(|unit| b.contains(unit))
        }
    };
    side(&left.0, &right.0) && side(&left.1, &right.1) && !(left.0.is_empty() && left.1.is_empty())
}

/// For every unit of each side, the links of `pairs` that hold it.
struct UnitIndex(
    std::collections::HashMap<usize, Vec<usize>>,
    std::collections::HashMap<usize, Vec<usize>>,
);

impl UnitIndex {
    fn new(pairs: &[Pair]) -> Self {
        let mut index = Self(
            std::collections::HashMap::new(),
            std::collections::HashMap::new(),
        );
        for (position, (source, target)) in pairs.iter().enumerate() {
            for unit in source {
                index.0.entry(*unit).or_default().push(position);
            }
            for unit in target {
                index.1.entry(*unit).or_default().push(position);
            }
        }
        index
    }

    /// Whether `link` overlaps any of `pairs` (whose index this is).
    fn overlaps_any(&self, link: &Pair, pairs: &[Pair]) -> bool {
        let through = |units: &[usize], by_unit: &std::collections::HashMap<usize, Vec<usize>>| {
            units
                .iter()
                .filter_map(|unit| by_unit.get(unit))
                .flatten()
                .any(|position| overlaps(link, &pairs[*position]))
        };
        through(&link.0, &self.0) || through(&link.1, &self.1)
    }
}

/// Strict: a link is right when the same link is in the gold set. Lax: when it overlaps a gold
/// link on both sides (an empty side matches only an empty side). Near-linear in the number of
/// links, so whole books can be scored.
pub fn score_links(predicted: &[Pair], gold: &[Pair]) -> AlignmentScores {
    let gold_set: std::collections::HashSet<&Pair> = gold.iter().collect();
    let strict_right = predicted
        .iter()
        .filter(|link| gold_set.contains(link))
        .count();
    let strict = Prf::from_counts(strict_right, predicted.len(), strict_right, gold.len());
    let (gold_index, predicted_index) = (UnitIndex::new(gold), UnitIndex::new(predicted));
    let lax_right = predicted
        .iter()
        .filter(|link| gold_index.overlaps_any(link, gold))
        .count();
    let lax_found = gold
        .iter()
        .filter(|truth| predicted_index.overlaps_any(truth, predicted))
        .count();
    let lax = Prf::from_counts(lax_right, predicted.len(), lax_found, gold.len());
    AlignmentScores { strict, lax }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_form() {
        assert_eq!(Link::new(vec![0], vec![0], 1.0).format(false), "[0]:[0]");
        assert_eq!(
            Link::new(vec![1, 2], vec![1], 0.934).format(true),
            "[1, 2]:[1]:0.93"
        );
        assert_eq!(Link::new(vec![3], vec![], 0.1).format(false), "[3]:[]");
    }

    #[test]
    fn strict_and_lax_scores() {
        let gold = vec![(vec![0], vec![0]), (vec![1, 2], vec![1]), (vec![3], vec![])];
        let predicted = vec![
            (vec![0], vec![0]),
            (vec![1], vec![1]),
            (vec![2], vec![]),
            (vec![3], vec![]),
        ];
        let scores = score_links(&predicted, &gold);
        assert!((scores.strict.precision - 0.5).abs() < 1e-9);
        assert!((scores.strict.recall - 2.0 / 3.0).abs() < 1e-9);
        assert!((scores.lax.precision - 0.75).abs() < 1e-9);
        assert!((scores.lax.recall - 1.0).abs() < 1e-9);
    }

    #[test]
    fn indexed_scores_equal_the_pairwise_definition() {
        // The definition, link against link, on pseudo-random links with merges and omissions.
        let naive = |predicted: &[Pair], gold: &[Pair]| {
            let lax_right = predicted
                .iter()
                .filter(|link| gold.iter().any(|truth| overlaps(link, truth)))
                .count();
            let lax_found = gold
                .iter()
                .filter(|truth| predicted.iter().any(|link| overlaps(link, truth)))
                .count();
            let strict = predicted.iter().filter(|link| gold.contains(link)).count();
            (strict, lax_right, lax_found)
        };
        let mut state = 7u64;
        let mut next = move |bound: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) as usize % bound
        };
        for _ in 0..50 {
            let mut links = |count: usize| -> Vec<Pair> {
                (0..count)
                    .map(|_| {
                        let source: Vec<usize> = (0..next(3)).map(|_| next(20)).collect();
                        let target: Vec<usize> = (0..next(3)).map(|_| next(20)).collect();
                        (source, target)
                    })
                    .collect()
            };
            let (predicted, gold) = (links(15), links(15));
            let (strict, lax_right, lax_found) = naive(&predicted, &gold);
            let scores = score_links(&predicted, &gold);
            let expected = Prf::from_counts(strict, predicted.len(), strict, gold.len());
            assert_eq!(scores.strict, expected);
            let expected = Prf::from_counts(lax_right, predicted.len(), lax_found, gold.len());
            assert_eq!(scores.lax, expected);
        }
    }
}
