//! The cost of one link (a "bead") between source and target units: a length model in the
//! spirit of Gale and Church, a prior per link shape, and lexical anchor evidence. Lower is
//! better; costs become confidences in [0, 1] and short human-readable reasons.

use std::hash::{Hash, Hasher};

use super::anchors::{UnitFeatures, overlap};

/// The weights of the cost of a link. Paragraphs of news and single sentences behave
/// differently, so each has its own set, tuned with `diptych eval-align` (paragraphs of
/// en/ru/az news) and on the Text+Berg de–fr development file (sentences).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CostModel {
    /// Variance of target length per source character. Measured on en/ru/az news sentences
    /// it is 4.0–4.5 (Gale and Church used 6.8); looser values work better for paragraphs,
    /// where sentence counts and anchors carry much of the evidence.
    pub length_variance: f64,
    /// A unit with no counterpart.
    pub omission: f64,
    /// 2:1 and 1:2 links, beyond their length cost.
    pub merge: f64,
    /// 2:2, 3:1 and 1:3 links.
    pub double_merge: f64,
    /// How much full anchor agreement (or disagreement) moves the cost.
    pub anchors: f64,
    /// A completely different punctuation profile.
    pub punctuation: f64,
    /// Each sentence by which the two sides differ (up to three).
    pub sentences: f64,
}

impl CostModel {
    /// For paragraphs of news articles.
    pub const PARAGRAPHS: Self = Self {
        length_variance: 32.0,
        omission: 2.5,
        merge: 1.5,
        double_merge: 4.0,
        anchors: 2.5,
        punctuation: 1.0,
        sentences: 0.8,
    };

    /// For sentences (one unit per sentence or per line).
    pub const SENTENCES: Self = Self {
        length_variance: 8.0,
        omission: 7.0,
        merge: 2.5,
        double_merge: 4.0,
        anchors: 2.5,
        punctuation: 1.0,
        sentences: 0.3,
    };
}

/// Anchor weight of a number relative to a name.
const NUMBER_WEIGHT: f64 = 2.0;
/// Most anchors that can be counted for the units of one side of a merged link.
const MAX_KEYS: usize = 24;

/// A unit's features reduced to numbers for fast comparison.
#[derive(Debug, Clone, Default)]
pub struct Keys {
    pub chars: usize,
    pub sentences: usize,
    pub punctuation: [u16; 6],
    pub numbers: Vec<u64>,
    pub names: Vec<u64>,
}

fn hash_key(key: &str) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    key.hash(&mut hasher);
    hasher.finish()
}

impl Keys {
    pub fn from_features(features: &UnitFeatures) -> Self {
        let mut numbers: Vec<u64> = features.numbers.iter().map(|key| hash_key(key)).collect();
        let mut names: Vec<u64> = features.names.iter().map(|key| hash_key(key)).collect();
        numbers.sort_unstable();
        names.sort_unstable();
        Self {
            chars: features.chars,
            sentences: features.sentences,
            punctuation: features.punctuation,
            numbers,
            names,
        }
    }

    /// Every anchor key of the unit.
    pub fn all(&self) -> impl Iterator<Item = u64> + '_ {
        self.numbers.iter().chain(&self.names).copied()
    }
}

/// The parts of a bead's cost.
#[derive(Debug, Clone, Copy, Default)]
pub struct BeadScore {
    pub cost: f64,
    pub length_ratio: f64,
    pub shared_numbers: usize,
    pub source_only_numbers: usize,
    pub target_only_numbers: usize,
    pub shared_names: usize,
    /// One side is empty: a unit with no counterpart.
    pub omission: bool,
}

impl BeadScore {
    /// Confidence in [0, 1]: about 0.95 for a clean 1:1 link, 0.5 at cost 3. A unit without
    /// counterpart is always uncertain (0.3): a reviewer should look at it.
    pub fn confidence(&self) -> f32 {
        if self.omission {
            return 0.3;
        }
        (1.0 / (1.0 + (self.cost - 3.0).exp())) as f32
    }

    /// A short explanation: "length ratio 1.9", "numbers differ: 15:00 vs 16:00", "2 shared names".
    pub fn reason(&self, source: &[UnitFeatures], target: &[UnitFeatures]) -> String {
        if source.is_empty() {
            return "not in the source".to_owned();
        }
        if target.is_empty() {
            return "no counterpart in the translation".to_owned();
        }
        let mut parts = Vec::new();
        if !(0.75..=1.33).contains(&self.length_ratio) {
            parts.push(format!("length ratio {:.1}", self.length_ratio));
        }
        if self.source_only_numbers > 0 && self.target_only_numbers > 0 {
            let source_numbers: Vec<&String> =
                source.iter().flat_map(|unit| &unit.numbers).collect();
            let target_numbers: Vec<&String> =
                target.iter().flat_map(|unit| &unit.numbers).collect();
            // Each differing value once, the first few of them.
            let only = |mine: &[&String], theirs: &[&String]| {
                let mut values: Vec<&str> = Vec::new();
                for key in mine.iter().filter(|key| !theirs.contains(key)) {
                    let value = key.split_once(':').map_or(key.as_str(), |(_, value)| value);
                    if !values.contains(&value) {
                        values.push(value);
                    }
                }
                let more = values.len() > MOST_VALUES_SHOWN;
                values.truncate(MOST_VALUES_SHOWN);
                let mut shown = values.join(", ");
                if more {
                    shown.push_str(", …");
                }
                shown
            };
            parts.push(format!(
                "numbers differ: {} vs {}",
                only(&source_numbers, &target_numbers),
                only(&target_numbers, &source_numbers)
            ));
        }
        if self.shared_numbers > 0 {
            let plural = if self.shared_numbers == 1 { "" } else { "s" };
            parts.push(format!("{} shared number{plural}", self.shared_numbers));
        }
        if self.shared_names > 0 {
            let plural = if self.shared_names == 1 { "" } else { "s" };
            parts.push(format!("{} shared name{plural}", self.shared_names));
        }
        if parts.is_empty() {
            parts.push(format!("length ratio {:.1}", self.length_ratio));
        }
        parts.join(", ")
    }
}

/// The most differing numbers a reason names on each side.
const MOST_VALUES_SHOWN: usize = 5;

/// Complementary error function (Numerical Recipes' Chebyshev fit, error below 1.2e-7).
fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let polynomial = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    let value = t * polynomial.exp();
    if x >= 0.0 { value } else { 2.0 - value }
}

/// Steps per unit of |δ| in the table of length costs.
const TABLE_STEPS: f64 = 100.0;
/// |δ| beyond which the cost is taken as constant (the probability is then below 1e-12).
const TABLE_LIMIT: f64 = 8.0;

/// `−ln(2·(1 − Φ(|δ|)))` tabulated for |δ| in [0, 8]: the search evaluates it millions of times.
fn deviation_cost_table() -> &'static [f64] {
    static TABLE: std::sync::OnceLock<Vec<f64>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (0..=(TABLE_LIMIT * TABLE_STEPS) as usize)
            .map(|step| {
                let delta = step as f64 / TABLE_STEPS;
                -erfc(delta / std::f64::consts::SQRT_2).max(1e-12).ln()
            })
            .collect()
    })
}

/// −log of the probability that lengths `source` and `target` are translations of each other.
fn length_cost(source: usize, target: usize, ratio: f64, variance: f64) -> (f64, f64) {
    let source = source as f64;
    let target = target as f64;
    let mean = f64::midpoint(source, target / ratio).max(1.0);
    let delta = ((target - source * ratio) / (mean * variance).sqrt()).abs();
    let table = deviation_cost_table();
    let position = (delta.min(TABLE_LIMIT) * TABLE_STEPS) as usize;
    let cost = table[position.min(table.len() - 1)];
    let length_ratio = if source > 0.0 {
        target / (source * ratio)
    } else {
        0.0
    };
    (cost, length_ratio)
}

/// Collects the keys of several units into `buffer`, sorted; returns how many.
fn gather(units: &[Keys], pick: fn(&Keys) -> &[u64], buffer: &mut [u64; MAX_KEYS]) -> usize {
    let mut count = 0;
    for unit in units {
        for key in pick(unit) {
            if count < MAX_KEYS {
                buffer[count] = *key;
                count += 1;
            }
        }
    }
    buffer[..count].sort_unstable();
    count
}

fn anchor_overlap(
    source: &[Keys],
    target: &[Keys],
    pick: fn(&Keys) -> &[u64],
) -> (usize, usize, usize) {
    if let ([one], [other]) = (source, target) {
        return overlap(pick(one), pick(other));
    }
    let mut left = [0u64; MAX_KEYS];
    let mut right = [0u64; MAX_KEYS];
    let left_count = gather(source, pick, &mut left);
    let right_count = gather(target, pick, &mut right);
    overlap(&left[..left_count], &right[..right_count])
}

/// Scores linking the `source` units to the `target` units.
pub fn score_bead(source: &[Keys], target: &[Keys], ratio: f64, costs: &CostModel) -> BeadScore {
    let source_chars: usize = source.iter().map(|unit| unit.chars).sum();
    let target_chars: usize = target.iter().map(|unit| unit.chars).sum();
    if source.is_empty() || target.is_empty() {
        return BeadScore {
            cost: costs.omission,
            omission: true,
            ..BeadScore::default()
        };
    }
    let (length, length_ratio) =
        length_cost(source_chars, target_chars, ratio, costs.length_variance);
    let shape = match (source.len(), target.len()) {
        (1, 1) => 0.0,
        (2, 1) | (1, 2) => costs.merge,
        _ => costs.double_merge,
    };
    let (shared_numbers, source_only_numbers, target_only_numbers) =
        anchor_overlap(source, target, |keys| &keys.numbers);
    let (shared_names, source_only_names, target_only_names) =
        anchor_overlap(source, target, |keys| &keys.names);
    let weigh = |numbers: usize, names: usize| NUMBER_WEIGHT * numbers as f64 + names as f64;
    let shared = weigh(shared_numbers, shared_names);
    let total = 2.0 * shared
        + weigh(source_only_numbers, source_only_names)
        + weigh(target_only_numbers, target_only_names);
    // Weighted Dice similarity of the anchors, and how much they can say (0 when neither
    // side has any, 1 from six keys up).
    let (anchor_similarity, anchor_weight) = if total > 0.0 {
        (2.0 * shared / total, (total / 6.0).min(1.0))
    } else {
        (0.0, 0.0)
    };
    let anchor_cost = anchor_weight * costs.anchors * (1.0 - 2.0 * anchor_similarity);
    let source_sentences: usize = source.iter().map(|unit| unit.sentences).sum();
    let target_sentences: usize = target.iter().map(|unit| unit.sentences).sum();
    let sentence_cost = costs.sentences * source_sentences.abs_diff(target_sentences).min(3) as f64;
    let mut difference = 0u32;
    let mut total = 0u32;
    for slot in 0..6 {
        let left: u32 = source
            .iter()
            .map(|unit| u32::from(unit.punctuation[slot]))
            .sum();
        let right: u32 = target
            .iter()
            .map(|unit| u32::from(unit.punctuation[slot]))
            .sum();
        difference += left.abs_diff(right);
        total += left + right;
    }
    let punctuation_cost = costs.punctuation * f64::from(difference) / f64::from(total + 2);
    BeadScore {
        cost: shape + length + anchor_cost + sentence_cost + punctuation_cost,
        length_ratio,
        shared_numbers,
        source_only_numbers,
        target_only_numbers,
        shared_names,
        omission: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::unit_features;

    #[test]
    fn erfc_matches_known_values() {
        assert!((erfc(0.0) - 1.0).abs() < 1e-6);
        assert!((erfc(1.0) - 0.157_299_2).abs() < 1e-6);
        assert!((erfc(-1.0) - 1.842_700_8).abs() < 1e-6);
    }

    #[test]
    fn matching_numbers_lower_the_cost_and_differing_ones_explain_themselves() {
        let en = unit_features("The rally was scheduled for 15:00 in Baku.", "en");
        let ru_same = unit_features("Митинг был назначен на 15:00 в Баку.", "ru");
        let ru_other = unit_features("Митинг был назначен на 16:00 в Баку.", "ru");
        let keys = |features: &UnitFeatures| vec![Keys::from_features(features)];
        let same = score_bead(&keys(&en), &keys(&ru_same), 1.0, &CostModel::PARAGRAPHS);
        let other = score_bead(&keys(&en), &keys(&ru_other), 1.0, &CostModel::PARAGRAPHS);
        assert!(same.cost < other.cost);
        assert!(same.confidence() > 0.9);
        let reason = other.reason(&[en], &[ru_other]);
        assert!(
            reason.contains("numbers differ: 15:00 vs 16:00"),
            "{reason}"
        );
    }

    #[test]
    fn a_reason_names_each_differing_number_once_and_only_the_first_few() {
        let times: String = (0..40).map(|_| "04:00 ").collect();
        let en = unit_features(
            &format!("Shifts at {times} and 1, 2, 3, 4, 5, 6, 7 km."),
            "en",
        );
        let ru = unit_features("Смены в 05:00.", "ru");
        let keys = |features: &UnitFeatures| vec![Keys::from_features(features)];
        let score = score_bead(&keys(&en), &keys(&ru), 1.0, &CostModel::PARAGRAPHS);
        let reason = score.reason(&[en], &[ru]);
        assert_eq!(reason.matches("04:00").count(), 1, "{reason}");
        assert!(reason.contains(", … vs 05:00"), "{reason}");
        assert!(reason.len() < 120, "{reason}");
    }
}
