//! Where the search may look. Large inputs are searched only in a band around a monotone chain
//! of unit pairs that share anchors (numbers and names), so the search costs time and memory in
//! proportion to the input rather than to its square.
//!
//! The chain is built in two steps. Keys found at most twice on each side anywhere (rare
//! anchors) give a first chain. Keys that repeat through the document (a year, a name in every
//! paragraph, boilerplate, a text that repeats itself) cannot be paired globally, but they
//! still pin the path where an occurrence is alone within a window on both sides: such
//! *locally rare* anchors are paired near the first chain, which keeps the band narrow on
//! repetitive text, where rare anchors are scarce.

use std::collections::HashMap;

use super::options::AlignOptions;
use super::scoring::Keys;

/// How far (in units) from the chain found so far a locally rare anchor is looked for, and how
/// far from every other occurrence of its key it must be on both sides.
const LOCAL_WINDOW: usize = 250;
/// The most (in multiples of the band) the band is first widened for the difference between the
/// spans of two neighbouring anchors.
const MAX_BEND: usize = 4;
/// Rounds of locally rare anchors, each around the chain of the round before.
const LOCAL_ROUNDS: usize = 2;

/// For every source position `i`, the range of target positions the search may visit.
pub(super) fn band_limits(
    source: &[Keys],
    target: &[Keys],
    options: &AlignOptions,
) -> Vec<(usize, usize)> {
    let (n, m) = (source.len(), target.len());
    if n.max(m) < options.full_search_below {
        return vec![(0, m); n + 1];
    }
    let path = anchor_path(source, target);
    let mut limits = Vec::with_capacity(n + 1);
    let mut segment = 0;
    for i in 0..=n {
        while segment + 1 < path.len() - 1 && path[segment + 1].0 <= i {
            segment += 1;
        }
        let (x0, y0) = path[segment];
        let (x1, y1) = path[(segment + 1).min(path.len() - 1)];
        let center = if x1 == x0 {
            y0 as f64
        } else {
            y0 as f64 + (i.saturating_sub(x0)) as f64 * (y1 as f64 - y0 as f64) / (x1 - x0) as f64
        };
        let center = center.round() as usize;
        // Between two anchors the path may bend by as much as their spans differ, up to a
        // limit: beyond it the band is widened only where the search shows it is needed.
        let bend = ((x1 - x0).abs_diff(y1.saturating_sub(y0)) / 2).min(MAX_BEND * options.band);
        let width = options.band + bend;
        limits.push((center.saturating_sub(width), (center + width).min(m)));
    }
    make_passable(&mut limits, m);
    limits
}

/// Makes the rows monotone and overlapping, so that a path from (0, 0) to (n, m) exists.
fn make_passable(limits: &mut [(usize, usize)], m: usize) {
    let n = limits.len() - 1;
    limits[0].0 = 0;
    limits[n].1 = m;
    for i in 1..=n {
        limits[i].0 = limits[i].0.max(limits[i - 1].0);
        limits[i].1 = limits[i].1.max(limits[i - 1].1);
    }
    for i in (0..n).rev() {
        limits[i].1 = limits[i].1.max(limits[i + 1].0);
    }
}

/// Where the best path of a banded search (its beads) runs along an edge of the band that is
/// not an edge of the matrix, the band, not the evidence, chose the path: those rows and their
/// neighbours get twice the width. Returns whether anything was widened.
pub(super) fn widen_where_touched(
    limits: &mut [(usize, usize)],
    beads: &[(usize, usize, usize, usize)],
    m: usize,
    band: usize,
) -> bool {
    let touched: Vec<usize> = beads
        .iter()
        .map(|&(i, j, a, b)| (i + a, j + b))
        .filter(|&(i, j)| {
            let (low, high) = limits[i];
            (j == low && low > 0) || (j == high && high < m)
        })
        .map(|(i, _)| i)
        .collect();
    if touched.is_empty() {
        return false;
    }
    let n = limits.len() - 1;
    let mut extra = vec![0usize; n + 1];
    for &i in &touched {
        let (low, high) = limits[i];
        let grow = (high - low).max(band);
        for row_extra in &mut extra[i.saturating_sub(grow)..=(i + grow).min(n)] {
            *row_extra = (*row_extra).max(grow);
        }
    }
    for (row, grow) in extra.into_iter().enumerate() {
        let (low, high) = limits[row];
        limits[row] = (low.saturating_sub(grow), (high + grow).min(m));
    }
    make_passable(limits, m);
    true
}

/// Where each anchor key occurs, in increasing unit order.
fn occurrences(units: &[Keys]) -> HashMap<u64, Vec<usize>> {
    let mut found: HashMap<u64, Vec<usize>> = HashMap::new();
    for (index, unit) in units.iter().enumerate() {
        for key in unit.all() {
            let places = found.entry(key).or_default();
            if places.last() != Some(&index) {
                places.push(index);
            }
        }
    }
    found
}

/// A monotone chain of unit pairs that share anchors, from (0, 0) to (n, m).
fn anchor_path(source: &[Keys], target: &[Keys]) -> Vec<(usize, usize)> {
    let (n, m) = (source.len(), target.len());
    let (where_source, where_target) = (occurrences(source), occurrences(target));
    let mut rare: HashMap<(usize, usize), u32> = HashMap::new();
    for (key, source_units) in &where_source {
        let Some(target_units) = where_target.get(key) else {
            continue;
        };
        if source_units.len() > 2 || target_units.len() > 2 {
            continue;
        }
        for &i in source_units {
            for &j in target_units {
                *rare.entry((i, j)).or_default() += 1;
            }
        }
    }
    // A rare pair far from the diagonal needs two shared keys to be believed.
    rare.retain(|(i, j), weight| {
        let drift = (*i as f64 / n.max(1) as f64 - *j as f64 / m.max(1) as f64).abs();
        *weight >= 2 || drift < 0.05
    });
    let mut path = heaviest_chain(&rare, n, m);
    for _ in 0..LOCAL_ROUNDS {
        let mut pairs = rare.clone();
        for (pair, weight) in locally_rare_pairs(&where_source, &where_target, &path) {
            *pairs.entry(pair).or_default() += weight;
        }
        path = heaviest_chain(&pairs, n, m);
    }
    path
}

/// Where the chain `path` is expected to be at source position `i` (linear between its points).
fn center_on(path: &[(usize, usize)], i: usize) -> f64 {
    let after = path.partition_point(|(x, _)| *x <= i).min(path.len() - 1);
    let before = after.saturating_sub(1);
    let ((x0, y0), (x1, y1)) = (path[before], path[after]);
    if x1 <= x0 {
        return y0 as f64;
    }
    y0 as f64 + (i - x0) as f64 * (y1 as f64 - y0 as f64) / (x1 - x0) as f64
}

/// Whether the occurrence at `places[index]` has no other occurrence within `LOCAL_WINDOW`.
fn alone(places: &[usize], index: usize) -> bool {
    let here = places[index];
    let before = index == 0 || here - places[index - 1] >= LOCAL_WINDOW;
    let after = places
        .get(index + 1)
        .is_none_or(|next| next - here >= LOCAL_WINDOW);
    before && after
}

/// Pairs of occurrences of a repeated key, each alone within `LOCAL_WINDOW` on its side, the
/// target one being the only occurrence within `LOCAL_WINDOW` of where `path` expects it.
fn locally_rare_pairs(
    where_source: &HashMap<u64, Vec<usize>>,
    where_target: &HashMap<u64, Vec<usize>>,
    path: &[(usize, usize)],
) -> HashMap<(usize, usize), u32> {
    let mut pairs: HashMap<(usize, usize), u32> = HashMap::new();
    for (key, source_units) in where_source {
        let Some(target_units) = where_target.get(key) else {
            continue;
        };
        if source_units.len() <= 2 && target_units.len() <= 2 {
            continue; // a rare key, already paired
        }
        for (index, &i) in source_units.iter().enumerate() {
            if !alone(source_units, index) {
                continue;
            }
            let center = center_on(path, i);
            let low = target_units.partition_point(|&j| (j as f64) < center - LOCAL_WINDOW as f64);
            let high =
                target_units.partition_point(|&j| (j as f64) <= center + LOCAL_WINDOW as f64);
            if high == low + 1 && alone(target_units, low) {
                *pairs.entry((i, target_units[low])).or_default() += 1;
            }
        }
    }
    pairs
}

/// The heaviest chain of `pairs` increasing in both coordinates, from (0, 0) to (n, m): pairs
/// sorted by source ascending and target descending, then a prefix maximum over target
/// positions (a Fenwick tree).
fn heaviest_chain(pairs: &HashMap<(usize, usize), u32>, n: usize, m: usize) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(usize, usize, u32)> = pairs
        .iter()
        .map(|(&(i, j), &weight)| (i, j, weight))
        .collect();
    pairs.sort_unstable_by(|left, right| left.0.cmp(&right.0).then(right.1.cmp(&left.1)));
    let mut tree: Vec<(u64, usize)> = vec![(0, usize::MAX); m + 2];
    let mut best: Vec<(u64, Option<usize>)> = Vec::with_capacity(pairs.len());
    for (index, &(_, j, weight)) in pairs.iter().enumerate() {
        // Best chain ending at a target position below j.
        let mut query = j;
        let mut found = (0u64, usize::MAX);
        while query > 0 {
            if tree[query].0 > found.0 {
                found = tree[query];
            }
            query &= query - 1;
        }
        let score = found.0 + u64::from(weight);
        let previous = (found.1 != usize::MAX).then_some(found.1);
        best.push((score, previous));
        let mut update = j + 1;
        while update < tree.len() {
            if tree[update].0 < score {
                tree[update] = (score, index);
            }
            update += update & update.wrapping_neg();
        }
    }
    let mut path = vec![(n, m)];
    let mut cursor = best
        .iter()
        .enumerate()
        .max_by_key(|(_, (score, _))| *score)
        .map(|(index, _)| index);
    while let Some(index) = cursor {
        path.push((pairs[index].0, pairs[index].1));
        cursor = best[index].1;
    }
    path.push((0, 0));
    path.reverse();
    path.dedup();
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Units whose only anchor is a name that recurs every `period` units: nothing is rare in
    /// the whole document, but every occurrence is alone within its neighbourhood.
    fn repetitive(count: usize, period: u64, skip_every: usize) -> Vec<Keys> {
        (0..count)
            .filter(|index| skip_every == 0 || index % skip_every != skip_every - 1)
            .map(|index| Keys {
                chars: 100,
                sentences: 1,
                names: vec![index as u64 % period],
                ..Keys::default()
            })
            .collect()
    }

    fn mean_width(limits: &[(usize, usize)]) -> f64 {
        limits
            .iter()
            .map(|(low, high)| (high - low) as f64)
            .sum::<f64>()
            / limits.len() as f64
    }

    #[test]
    fn repeated_anchors_keep_the_band_narrow() {
        // Every tenth unit is missing from the target: without anchors the band would have to
        // allow for the whole difference in length (300 units) on every row.
        let source = repetitive(3000, 400, 0);
        let target = repetitive(3000, 400, 10);
        let limits = band_limits(&source, &target, &AlignOptions::default());
        let width = mean_width(&limits);
        assert!(width < 60.0, "mean band width {width}");
        // And the band holds the true path: source unit i is target unit i - i / 10.
        for (i, (low, high)) in limits.iter().enumerate().step_by(37) {
            let truth = i - i / 10;
            assert!((*low..=*high).contains(&truth), "row {i}: {low}..{high}");
        }
    }

    #[test]
    fn anchors_too_dense_to_be_alone_fall_back_to_the_rare_ones() {
        // A name in every unit pins nothing; the path then runs straight from corner to corner.
        let source = repetitive(1000, 3, 0);
        let target = repetitive(1000, 3, 0);
        let path = anchor_path(&source, &target);
        assert_eq!(path, vec![(0, 0), (1000, 1000)]);
    }

    #[test]
    fn center_on_interpolates_between_points() {
        let path = [(0, 0), (10, 20), (20, 20)];
        assert!((center_on(&path, 5) - 10.0).abs() < 1e-9);
        assert!((center_on(&path, 15) - 20.0).abs() < 1e-9);
        assert!((center_on(&path, 25) - 20.0).abs() < 1e-9);
    }
}
