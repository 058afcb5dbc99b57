//! Paragraph (or sentence) alignment: monotonic dynamic programming over links of 1:1, 1:0,
//! 0:1, 2:1, 1:2, 2:2, 3:1 and 1:3 units, scored by a Gale–Church length model plus lexical
//! anchors (numbers, dates, names, URLs). The search is banded around a chain of anchor
//! matches (see `band`), so time and memory grow linearly with the input. Afterwards, unlinked units on
//! both sides that match strongly become a proposed cross link (a moved paragraph; see
//! `moves`). The tuning is in `options`.

use super::anchors::UnitFeatures;
use super::band::{band_limits, widen_where_touched};
use super::calibration::{Evidence, calibrate, evidence};
use super::link::Link;
use super::moves::{find_moves, mark_crossing_links};
use super::options::AlignOptions;
use super::scoring::{BeadScore, CostModel, Keys, score_bead};

/// The link shapes the search may use, as (source units, target units).
const SHAPES: [(usize, usize); 8] = [
    (1, 1),
    (1, 0),
    (0, 1),
    (2, 1),
    (1, 2),
    (2, 2),
    (3, 1),
    (1, 3),
];

/// Aligns two sequences of units. Every unit of both sides is in exactly one returned link;
/// links are ordered by their first source unit (links without source units by position).
/// Paragraph links get calibrated confidences (see `calibration`).
pub fn align(
    source: &[UnitFeatures],
    target: &[UnitFeatures],
    options: &AlignOptions,
) -> Vec<Link> {
    align_with_evidence(source, target, options).0
}

/// `align`, with the evidence the confidence of each link was computed from (for fitting and
/// checking the calibration).
pub(super) fn align_with_evidence(
    source: &[UnitFeatures],
    target: &[UnitFeatures],
    options: &AlignOptions,
) -> (Vec<Link>, Vec<Evidence>) {
    let mut source_keys: Vec<Keys> = source.iter().map(Keys::from_features).collect();
    let mut target_keys: Vec<Keys> = target.iter().map(Keys::from_features).collect();
    keep_shared_names(&mut source_keys, &mut target_keys);
    let costs = &options.costs;
    let total_source: usize = source.iter().map(|unit| unit.chars).sum();
    let total_target: usize = target.iter().map(|unit| unit.chars).sum();
    let ratio_of_totals = if total_source == 0 || total_target == 0 {
        1.0
    } else {
        total_target as f64 / total_source as f64
    };
    let mut bands = band_limits(&source_keys, &target_keys, options);
    // Drops and moves skew the ratio of the totals, so a known typical ratio comes first.
    let mut ratio = options.expected_ratio.unwrap_or(ratio_of_totals);
    let no_gaps: Gaps<'_> = (&[], &[]);
    let mut beads = banded_search(
        (&source_keys, &target_keys),
        no_gaps,
        ratio,
        &mut bands,
        options,
    );
    if options.stopped() {
        return (Vec::new(), Vec::new());
    }
    // Refine it from the confident 1:1 links of the first pass (a translation may be terser
    // or wordier than usual) and search once more.
    let mut ratios: Vec<f64> = beads
        .iter()
        .filter(|(i, j, a, b)| {
            *a == 1
                && *b == 1
                && source_keys[*i].chars >= 20
                && score_bead(&source_keys[*i..=*i], &target_keys[*j..=*j], ratio, costs)
                    .confidence()
                    > 0.7
        })
        .map(|(i, j, _, _)| target_keys[*j].chars as f64 / source_keys[*i].chars as f64)
        .collect();
    if ratios.len() >= 5 {
        ratios.sort_by(f64::total_cmp);
        let median = ratios[ratios.len() / 2];
        if (median / ratio - 1.0).abs() > 0.10 && (0.7..1.4).contains(&(median / ratio)) {
            ratio = median;
            beads = banded_search(
                (&source_keys, &target_keys),
                no_gaps,
                ratio,
                &mut bands,
                options,
            );
        }
    }
    let identity = |count: usize| (0..count).collect::<Vec<usize>>();
    let mut links = links_from_beads(
        &beads,
        (&source_keys, source, &identity(source.len())),
        (&target_keys, target, &identity(target.len())),
        ratio,
        costs,
    );
    if options.stopped() {
        return (Vec::new(), Vec::new());
    }
    if options.find_moves {
        find_moves(
            &mut links,
            &source_keys,
            &target_keys,
            source,
            target,
            ratio,
            costs,
        );
        // A second pass costs as much as the first: worth it for articles, not for very large
        // inputs, where the band keeps a move's damage local anyway.
        if source.len().max(target.len()) < options.full_search_below {
            realign_around_moves(
                &mut links,
                &source_keys,
                &target_keys,
                source,
                target,
                ratio,
                options,
            );
        }
    }
    let evidence = evidence(&links, &source_keys, &target_keys, ratio, costs);
    if *costs == CostModel::PARAGRAPHS {
        calibrate(&mut links, &evidence);
    }
    (links, evidence)
}

/// A name is an anchor only if the other document has it somewhere: capitalised words that
/// never appear on the other side (German nouns, sentence openers) are only noise.
fn keep_shared_names(source: &mut [Keys], target: &mut [Keys]) {
    let all = |units: &[Keys]| -> std::collections::HashSet<u64> {
        units
            .iter()
            .flat_map(|unit| unit.names.iter().copied())
            .collect()
    };
    let (in_source, in_target) = (all(source), all(target));
    for unit in source.iter_mut() {
        unit.names.retain(|key| in_target.contains(key));
    }
    for unit in target.iter_mut() {
        unit.names.retain(|key| in_source.contains(key));
    }
}

/// One side of a (possibly reduced) sequence: its keys and features, and the original index
/// of each of its units.
type SideView<'a> = (&'a [Keys], &'a [UnitFeatures], &'a [usize]);

/// Turns beads over a sequence into links over the original units.
fn links_from_beads(
    beads: &[(usize, usize, usize, usize)],
    source: SideView<'_>,
    target: SideView<'_>,
    ratio: f64,
    costs: &CostModel,
) -> Vec<Link> {
    let (source_keys, source_features, source_index) = source;
    let (target_keys, target_features, target_index) = target;
    beads
        .iter()
        .map(|&(i, j, a, b)| {
            let score = score_bead(&source_keys[i..i + a], &target_keys[j..j + b], ratio, costs);
            let mut link = Link::new(
                (i..i + a).map(|unit| source_index[unit]).collect(),
                (j..j + b).map(|unit| target_index[unit]).collect(),
                score.confidence(),
            );
            link.reason = score.reason(&source_features[i..i + a], &target_features[j..j + b]);
            link
        })
        .collect()
}

/// A moved unit disturbs the monotonic pass around the places it left and joined. Once the
/// moves are known, align everything else again without them, then put the moves back.
fn realign_around_moves(
    links: &mut Vec<Link>,
    source_keys: &[Keys],
    target_keys: &[Keys],
    source: &[UnitFeatures],
    target: &[UnitFeatures],
    ratio: f64,
    options: &AlignOptions,
) {
    let costs = &options.costs;
    let moved: Vec<Link> = links.iter().filter(|link| link.moved).cloned().collect();
    if moved.is_empty() {
        return;
    }
    let moved_source: Vec<usize> = moved
        .iter()
        .flat_map(|link| link.source.iter().copied())
        .collect();
    let moved_target: Vec<usize> = moved
        .iter()
        .flat_map(|link| link.target.iter().copied())
        .collect();
    let keep_source: Vec<usize> = (0..source.len())
        .filter(|unit| !moved_source.contains(unit))
        .collect();
    let keep_target: Vec<usize> = (0..target.len())
        .filter(|unit| !moved_target.contains(unit))
        .collect();
    let select = |keep: &[usize], keys: &[Keys], features: &[UnitFeatures]| {
        let kept_keys: Vec<Keys> = keep.iter().map(|unit| keys[*unit].clone()).collect();
        let kept_features: Vec<UnitFeatures> =
            keep.iter().map(|unit| features[*unit].clone()).collect();
        (kept_keys, kept_features)
    };
    let (reduced_source, reduced_source_features) = select(&keep_source, source_keys, source);
    let (reduced_target, reduced_target_features) = select(&keep_target, target_keys, target);
    let mut bands = band_limits(&reduced_source, &reduced_target, options);
    // Units that were not neighbours before the moves were taken out may not share a link.
    let gaps = |keep: &[usize]| -> Vec<bool> {
        (0..keep.len())
            .map(|k| k > 0 && keep[k] != keep[k - 1] + 1)
            .collect()
    };
    let (source_gaps, target_gaps) = (gaps(&keep_source), gaps(&keep_target));
    let beads = banded_search(
        (&reduced_source, &reduced_target),
        (&source_gaps, &target_gaps),
        ratio,
        &mut bands,
        options,
    );
    let mut rebuilt = links_from_beads(
        &beads,
        (&reduced_source, &reduced_source_features, &keep_source),
        (&reduced_target, &reduced_target_features, &keep_target),
        ratio,
        costs,
    );
    for mut link in moved {
        let first = link.source.first().copied().unwrap_or_default();
        if let Some(reason) = link.reason.strip_prefix("moved: ").map(str::to_owned) {
            link.reason = reason;
        }
        let position = rebuilt
            .iter()
            .position(|existing| existing.source.first().is_some_and(|unit| *unit > first))
            .unwrap_or(rebuilt.len());
        rebuilt.insert(position, link);
    }
    mark_crossing_links(&mut rebuilt);
    *links = rebuilt;
}

/// How many times the band may be widened where the best path ran along its edge.
const MAX_WIDENINGS: usize = 6;

/// The band is not widened beyond this many cells per source unit on average (nor beyond the
/// cells it started with, when more): inputs with no usable anchors at all (the same line
/// everywhere, shuffled lines) would otherwise widen it to the whole matrix.
const MOST_CELLS_PER_UNIT: usize = 600;

/// For each unit of a (reduced) sequence, whether it was not next to the one before it in the
/// original, so that the two may not share a link. Empty: every unit is next to the one before.
type Gaps<'a> = (&'a [bool], &'a [bool]);

fn cells(bands: &[(usize, usize)]) -> usize {
    bands.iter().map(|(low, high)| high - low + 1).sum()
}

/// The monotonic search within `bands`, searched again with the band widened wherever the best
/// path ran along its edge (there the band, not the evidence, chose the path), within a budget
/// of cells. `bands` is left as last searched.
fn banded_search(
    keys: (&[Keys], &[Keys]),
    gaps: Gaps<'_>,
    ratio: f64,
    bands: &mut Vec<(usize, usize)>,
    options: &AlignOptions,
) -> Vec<(usize, usize, usize, usize)> {
    let (source, target) = keys;
    let budget = cells(bands).max(MOST_CELLS_PER_UNIT * bands.len());
    let mut beads = search(keys, gaps, ratio, bands, options);
    for _ in 0..MAX_WIDENINGS {
        let mut wider = bands.clone();
        if options.stopped()
            || !widen_where_touched(&mut wider, &beads, target.len(), options.band)
            || cells(&wider) > budget
        {
            break;
        }
        *bands = wider;
        beads = search((source, target), gaps, ratio, bands, options);
    }
    beads
}

/// The monotonic search. Returns beads as (source start, target start, source count, target count).
#[expect(
    clippy::many_single_char_names,
    reason = "i, j (positions) and a, b (units taken) are the usual names of a dynamic programme"
)]
fn search(
    keys: (&[Keys], &[Keys]),
    gaps: Gaps<'_>,
    ratio: f64,
    bands: &[(usize, usize)],
    options: &AlignOptions,
) -> Vec<(usize, usize, usize, usize)> {
    let (source, target) = keys;
    // Whether units from..to (a link's units on one side) were neighbours in the original.
    let joinable = |gaps: &[bool], from: usize, to: usize| {
        gaps.is_empty() || to <= from + 1 || gaps[from + 1..to].iter().all(|gap| !gap)
    };
    let costs = &options.costs;
    let n = source.len();
    let offsets: Vec<usize> = std::iter::once(0)
        .chain(bands.iter().scan(0, |total, (lo, hi)| {
            *total += hi - lo + 1;
            Some(*total)
        }))
        .collect();
    let cells = offsets[n + 1];
    let mut cost = vec![f64::INFINITY; cells];
    let mut back = vec![u8::MAX; cells];
    let cell = |i: usize, j: usize| -> Option<usize> {
        let (lo, hi) = bands[i];
        (lo..=hi).contains(&j).then(|| offsets[i] + j - lo)
    };
    if let Some(origin) = cell(0, 0) {
        cost[origin] = 0.0;
    }
    for i in 0..=n {
        if options.stopped() {
            return Vec::new();
        }
        let (lo, hi) = bands[i];
        for j in lo..=hi {
            let Some(here) = cell(i, j) else { continue };
            let mut best = cost[here];
            let mut best_shape = back[here];
            for (shape_index, &(a, b)) in SHAPES.iter().enumerate() {
                if a > i || b > j || !joinable(gaps.0, i - a, i) || !joinable(gaps.1, j - b, j) {
                    continue;
                }
                let Some(from) = cell(i - a, j - b) else {
                    continue;
                };
                let base = cost[from];
                if !base.is_finite() {
                    continue;
                }
                let BeadScore { cost: step, .. } =
                    score_bead(&source[i - a..i], &target[j - b..j], ratio, costs);
                let total = base + step;
                if total < best {
                    best = total;
                    best_shape = shape_index as u8;
                }
            }
            cost[here] = best;
            back[here] = best_shape;
        }
    }
    let mut beads = Vec::new();
    let (mut i, mut j) = (n, target.len());
    while i > 0 || j > 0 {
        let Some(here) = cell(i, j) else { break };
        let Some(&(a, b)) = SHAPES.get(usize::from(back[here])) else {
            break;
        };
        beads.push((i - a, j - b, a, b));
        i -= a;
        j -= b;
    }
    beads.reverse();
    beads
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(lengths: &[usize]) -> Vec<Keys> {
        lengths
            .iter()
            .map(|&chars| {
                Keys::from_features(&UnitFeatures {
                    chars,
                    sentences: 1,
                    ..UnitFeatures::default()
                })
            })
            .collect()
    }

    #[test]
    fn units_that_were_not_neighbours_never_share_a_link() {
        // Two short source units against one target unit as long as both: by length alone a
        // 2:1 link is best, unless a moved unit stood between them.
        let source = units(&[100, 100, 300]);
        let target = units(&[200, 300]);
        let options = AlignOptions::default();
        let mut bands = band_limits(&source, &target, &options);
        let merged = banded_search((&source, &target), (&[], &[]), 1.0, &mut bands, &options);
        assert_eq!(merged[0], (0, 0, 2, 1), "{merged:?}");
        let gaps = [false, true, false];
        let mut bands = band_limits(&source, &target, &options);
        let apart = banded_search((&source, &target), (&gaps, &[]), 1.0, &mut bands, &options);
        assert!(apart.iter().all(|&(_, _, a, _)| a < 2), "{apart:?}");
        assert_eq!(apart.iter().map(|bead| bead.2).sum::<usize>(), 3);
        assert_eq!(apart.iter().map(|bead| bead.3).sum::<usize>(), 2);
    }

    #[test]
    fn the_band_stops_widening_at_its_budget() {
        // The same line everywhere, twice as many on one side: the best path keeps running
        // along the band's edge, yet the band may not grow to the whole matrix.
        let source = units(&vec![60; 2000]);
        let target = units(&vec![60; 1000]);
        let options = AlignOptions::default();
        let mut bands = band_limits(&source, &target, &options);
        let before = cells(&bands);
        let beads = banded_search((&source, &target), (&[], &[]), 1.0, &mut bands, &options);
        let after = cells(&bands);
        assert!(after > before, "the band was widened");
        assert!(after <= MOST_CELLS_PER_UNIT * bands.len(), "{after} cells");
        assert_eq!(beads.iter().map(|bead| bead.2).sum::<usize>(), 2000);
        assert_eq!(beads.iter().map(|bead| bead.3).sum::<usize>(), 1000);
    }
}
