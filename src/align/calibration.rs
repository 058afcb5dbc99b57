//! Confidences that mean what they say. A link's cost alone is a poor probability: a 1:1 link
//! beside an orphan paragraph may really be half of a merge, a moved paragraph matched on
//! length alone is a guess, a link carried by several shared names is nearly always right. So
//! every paragraph link is described by a few facts about itself and its neighbours (its
//! *evidence*), and a logistic model turns them into the probability that the link is right.
//!
//! The weights are fitted by `diptych eval-align --fit-calibration` on the development seeds of
//! the news corpus (see `WEIGHTS`) and checked on other seeds in the reliability table that
//! `eval-align` prints. Sentence links keep their raw confidence: the model was fitted on
//! paragraphs.

use super::link::Link;
use super::scoring::{BeadScore, CostModel, Keys, score_bead};

/// How many numbers describe a link.
pub const FEATURES: usize = 11;

/// What is known about one link, as the model reads it (see `evidence`).
pub type Evidence = [f64; FEATURES];

/// The names of the features, for the fitting report.
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "bias",
    "raw logit (3 - cost)",
    "2:1 or 1:2",
    "2:2, 3:1 or 1:3",
    "no counterpart",
    "moved",
    "ln(1 + shared anchors)",
    "an orphan beside it",
    "|ln length ratio|",
    "weakest neighbour's raw logit",
    "margin over the nearest other reading",
];

/// Fitted by `diptych eval-align --fit-calibration` (ntrex-dev, seeds 0–2, all six language
/// pairs).
const WEIGHTS: Evidence = [
    -0.5995, 0.8524, 2.0506, -7.5660, 0.9669, -2.1014, -0.2792, 0.1746, -3.9282, 0.2749, 0.4348,
];

/// Subtracted from the model's log-odds, so that green (0.8 and up) stays right at least 97 %
/// of the time on material harder than the material it was fitted on: chosen by the fit as the
/// least that makes green right 98 % of the time on the fitting links (see `caution_for`).
const CAUTION: f64 = 0.80;

/// The share of green links that must be right on the fitting links.
pub const GREEN_MUST_BE_RIGHT: f64 = 0.98;

/// Where green begins.
pub const GREEN: f32 = 0.8;

/// A unit with no counterpart is never shown as certain, however likely the model finds it:
/// someone should look at a paragraph the translation seems to lack.
const MOST_FOR_AN_ORPHAN: f32 = 0.79;

/// The uncalibrated log-odds of a link, from its cost, kept within ±6.
fn raw_logit(score: &BeadScore) -> f64 {
    (3.0 - score.cost).clamp(-6.0, 6.0)
}

fn is_orphan(link: &Link) -> bool {
    link.source.is_empty() || link.target.is_empty()
}

/// The evidence of every link, in order; `links` are in the order the aligner returns them
/// (by first source unit), so a link's neighbours are the links beside it.
pub(super) fn evidence(
    links: &[Link],
    source: &[Keys],
    target: &[Keys],
    ratio: f64,
    costs: &CostModel,
) -> Vec<Evidence> {
    let cost_of = |source_units: &[usize], target_units: &[usize]| -> BeadScore {
        let pick = |units: &[usize], keys: &[Keys]| -> Vec<Keys> {
            units.iter().map(|unit| keys[*unit].clone()).collect()
        };
        score_bead(
            &pick(source_units, source),
            &pick(target_units, target),
            ratio,
            costs,
        )
    };
    let scores: Vec<BeadScore> = links
        .iter()
        .map(|link| cost_of(&link.source, &link.target))
        .collect();
    links
        .iter()
        .enumerate()
        .map(|(index, link)| {
            let score = &scores[index];
            let neighbours = [index.checked_sub(1), Some(index + 1)]
                .into_iter()
                .flatten()
                .filter(|neighbour| *neighbour < links.len());
            let orphan_beside = neighbours
                .clone()
                .any(|neighbour| is_orphan(&links[neighbour]));
            let weakest_neighbour = neighbours
                .filter(|neighbour| !is_orphan(&links[*neighbour]))
                .map(|neighbour| raw_logit(&scores[neighbour]))
                .fold(6.0, f64::min);
            let shape = (link.source.len(), link.target.len());
            let flag = |on: bool| if on { 1.0 } else { 0.0 };
            let shared = 2.0 * score.shared_numbers as f64 + score.shared_names as f64;
            [
                1.0,
                raw_logit(score),
                flag(matches!(shape, (2, 1) | (1, 2))),
                flag(!is_orphan(link) && shape.0 + shape.1 > 3),
                flag(is_orphan(link)),
                flag(link.moved),
                shared.ln_1p(),
                flag(orphan_beside),
                if is_orphan(link) || score.length_ratio <= 0.0 {
                    0.0
                } else {
                    score.length_ratio.ln().abs()
                },
                weakest_neighbour,
                margin(links, index, &scores, &cost_of, costs),
            ]
        })
        .collect()
}

/// How much more the nearest other reading of this link's units would cost (less is less
/// certain): the link merged with a neighbour that follows it on both sides, or a unit at an
/// edge of a merged link left without counterpart. Kept within [−5, 10].
fn margin(
    links: &[Link],
    index: usize,
    scores: &[BeadScore],
    cost_of: &dyn Fn(&[usize], &[usize]) -> BeadScore,
    costs: &CostModel,
) -> f64 {
    let link = &links[index];
    let mut best = 10.0f64;
    if link.moved {
        return best.min(costs.omission * 2.0 - scores[index].cost);
    }
    for neighbour in [index.checked_sub(1), Some(index + 1)]
        .into_iter()
        .flatten()
    {
        let Some(other) = links.get(neighbour).filter(|other| !other.moved) else {
            continue;
        };
        let join = |mine: &[usize], theirs: &[usize]| -> Vec<usize> {
            let mut units: Vec<usize> = mine.iter().chain(theirs).copied().collect();
            units.sort_unstable();
            units
        };
        let (merged_source, merged_target) = (
            join(&link.source, &other.source),
            join(&link.target, &other.target),
        );
        if merged_source.len() > 3 || merged_target.len() > 3 {
            continue;
        }
        let merged = cost_of(&merged_source, &merged_target).cost;
        let both = scores[index].cost + scores[neighbour].cost;
        best = best.min(merged - both);
        // The boundary between the two moved by one unit, on either side, either way.
        let (first, second) = if neighbour < index {
            (other, link)
        } else {
            (link, other)
        };
        for shifted in boundary_shifts(first, second) {
            let alternative: f64 = shifted
                .iter()
                .map(|(source, target)| {
                    if source.is_empty() && target.is_empty() {
                        0.0
                    } else {
                        cost_of(source, target).cost
                    }
                })
                .sum();
            best = best.min(alternative - both);
        }
    }
    for (side, units) in [(true, &link.source), (false, &link.target)] {
        if units.len() < 2 {
            continue;
        }
        for edge in [units[0], units[units.len() - 1]] {
            let rest: Vec<usize> = units.iter().copied().filter(|unit| *unit != edge).collect();
            let rest_cost = if side {
                cost_of(&rest, &link.target).cost
            } else {
                cost_of(&link.source, &rest).cost
            };
            best = best.min(rest_cost + costs.omission - scores[index].cost);
        }
    }
    best.clamp(-5.0, 10.0)
}

/// The readings of two neighbouring links (`first` before `second`) with the boundary between
/// them moved by one unit: the last source or target unit of `first` given to `second`, or the
/// first of `second` given to `first`.
fn boundary_shifts(first: &Link, second: &Link) -> Vec<[(Vec<usize>, Vec<usize>); 2]> {
    let mut readings = Vec::new();
    for source_side in [true, false] {
        let pick = |link: &Link| -> (Vec<usize>, Vec<usize>) {
            (link.source.clone(), link.target.clone())
        };
        let (mut a, mut b) = (pick(first), pick(second));
        let (from_first, into_second) = if source_side {
            (&mut a.0, &mut b.0)
        } else {
            (&mut a.1, &mut b.1)
        };
        if let Some(unit) = from_first.pop() {
            into_second.insert(0, unit);
            readings.push([a.clone(), b.clone()]);
        }
        let (mut a, mut b) = (pick(first), pick(second));
        let (into_first, from_second) = if source_side {
            (&mut a.0, &mut b.0)
        } else {
            (&mut a.1, &mut b.1)
        };
        if !from_second.is_empty() {
            into_first.push(from_second.remove(0));
            readings.push([a, b]);
        }
    }
    readings
}

fn sigmoid(value: f64) -> f64 {
    1.0 / (1.0 + (-value).exp())
}

/// The probability that a link with this evidence is right under `weights`, made cautious by
/// `caution` (subtracted from the log-odds).
pub fn probability(weights: &Evidence, caution: f64, evidence: &Evidence) -> f64 {
    sigmoid(
        weights
            .iter()
            .zip(evidence)
            .map(|(weight, value)| weight * value)
            .sum::<f64>()
            - caution,
    )
}

/// The least caution (in steps of 0.05, up to 5) that makes at least `GREEN_MUST_BE_RIGHT` of
/// the green links among `samples` right under `weights`.
pub fn caution_for(weights: &Evidence, samples: &[(Evidence, bool)]) -> f64 {
    let logits: Vec<(f64, bool)> = samples
        .iter()
        .map(|(evidence, right)| {
            let logit = weights
                .iter()
                .zip(evidence)
                .map(|(w, v)| w * v)
                .sum::<f64>();
            (logit, *right)
        })
        .collect();
    let green_at = (f64::from(GREEN) / (1.0 - f64::from(GREEN))).ln();
    (0..=100)
        .map(|step| f64::from(step) * 0.05)
        .find(|caution| {
            let green: Vec<bool> = logits
                .iter()
                .filter(|(logit, _)| logit - caution >= green_at)
                .map(|(_, right)| *right)
                .collect();
            let right = green.iter().filter(|right| **right).count();
            green.is_empty() || right as f64 >= GREEN_MUST_BE_RIGHT * green.len() as f64
        })
        .unwrap_or(5.0)
}

/// Replaces every link's confidence with the calibrated probability of its evidence.
pub(super) fn calibrate(links: &mut [Link], evidence: &[Evidence]) {
    for (link, evidence) in links.iter_mut().zip(evidence) {
        let mut confidence = probability(&WEIGHTS, CAUTION, evidence) as f32;
        if !confidence.is_finite() {
            confidence = 0.0; // evidence out of every range: say nothing good about the link
        }
        if is_orphan(link) {
            confidence = confidence.min(MOST_FOR_AN_ORPHAN);
        }
        link.confidence = confidence.clamp(0.0, 1.0);
    }
}

/// Fits the weights of a logistic model to samples of (evidence, right) by Newton's method
/// with a little L2 regularisation (so that a feature that never varies cannot run away).
/// Returns `None` when there is nothing to fit or the system is singular.
pub fn fit(samples: &[(Evidence, bool)]) -> Option<Evidence> {
    const REGULARISATION: f64 = 1e-3;
    if samples.is_empty() {
        return None;
    }
    let mut weights = [0.0; FEATURES];
    for _ in 0..50 {
        let mut gradient = [0.0; FEATURES];
        let mut hessian = [[0.0; FEATURES]; FEATURES];
        for (evidence, right) in samples {
            let predicted = probability(&weights, 0.0, evidence);
            let error = predicted - if *right { 1.0 } else { 0.0 };
            let curvature = predicted * (1.0 - predicted);
            for row in 0..FEATURES {
                gradient[row] += error * evidence[row];
                for column in 0..FEATURES {
                    hessian[row][column] += curvature * evidence[row] * evidence[column];
                }
            }
        }
        for row in 0..FEATURES {
            gradient[row] += REGULARISATION * weights[row];
            hessian[row][row] += REGULARISATION;
        }
        let step = solve(hessian, gradient)?;
        let mut largest = 0.0f64;
        for (weight, change) in weights.iter_mut().zip(step) {
            *weight -= change;
            largest = largest.max(change.abs());
        }
        if largest < 1e-9 {
            break;
        }
    }
    Some(weights)
}

/// Solves `matrix · x = vector` by Gaussian elimination with partial pivoting.
#[expect(
    clippy::needless_range_loop,
    reason = "elimination reads rows and columns by index"
)]
fn solve(
    mut matrix: [[f64; FEATURES]; FEATURES],
    mut vector: [f64; FEATURES],
) -> Option<[f64; FEATURES]> {
    for column in 0..FEATURES {
        let pivot = (column..FEATURES).max_by(|left, right| {
            matrix[*left][column]
                .abs()
                .total_cmp(&matrix[*right][column].abs())
        })?;
        if matrix[pivot][column].abs() < 1e-12 {
            return None;
        }
        matrix.swap(column, pivot);
        vector.swap(column, pivot);
        for row in column + 1..FEATURES {
            let factor = matrix[row][column] / matrix[column][column];
            for inner in column..FEATURES {
                matrix[row][inner] -= factor * matrix[column][inner];
            }
            vector[row] -= factor * vector[column];
        }
    }
    let mut solution = [0.0; FEATURES];
    for row in (0..FEATURES).rev() {
        let known: f64 = (row + 1..FEATURES)
            .map(|column| matrix[row][column] * solution[column])
            .sum();
        solution[row] = (vector[row] - known) / matrix[row][row];
    }
    Some(solution)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitting_recovers_the_weights_that_made_the_samples() {
        // Samples drawn from a known model: the fit must find its weights again.
        let truth: Evidence = [0.5, 1.2, -0.8, 0.0, 0.0, -1.5, 0.7, -0.6, 0.0, 0.0, 0.3];
        let mut rng = super::super::eval::Rng::new(11);
        let samples: Vec<(Evidence, bool)> = (0..20_000)
            .map(|_| {
                let mut evidence = [0.0; FEATURES];
                evidence[0] = 1.0;
                for value in &mut evidence[1..] {
                    *value = rng.below(2001) as f64 / 500.0 - 2.0;
                }
                let right = (rng.below(1_000_000) as f64 / 1_000_000.0)
                    < probability(&truth, 0.0, &evidence);
                (evidence, right)
            })
            .collect();
        let fitted = fit(&samples).unwrap();
        for (index, (found, expected)) in fitted.iter().zip(truth).enumerate() {
            assert!(
                (found - expected).abs() < 0.15,
                "{} fitted {found}, made with {expected}",
                FEATURE_NAMES[index]
            );
        }
    }

    #[test]
    fn an_orphan_is_never_green() {
        let mut links = vec![Link::new(vec![0], vec![], 0.3)];
        let mut evidence = [0.0; FEATURES];
        evidence[0] = 1.0;
        evidence[1] = 6.0;
        calibrate(&mut links, &[evidence]);
        assert!(links[0].confidence <= MOST_FOR_AN_ORPHAN);
    }
}
