//! Moved paragraphs, which a monotonic search cannot express: after the search, a unit at the
//! edge of a merged link is detached when it matches a lonely unit of the other side better,
//! lonely units on both sides that match each other are linked, and the links whose target
//! order disagrees with the source order are marked as moved.

use super::anchors::UnitFeatures;
use super::link::Link;
use super::options::AlignOptions;
use super::scoring::{BeadScore, CostModel, Keys, score_bead};

/// Whether linking `i` alone to `j` alone is plausible as a moved unit: cheaper than leaving
/// both out (differing numbers already raise the cost through the anchors).
fn plausible_move(score: &BeadScore, costs: &CostModel) -> bool {
    score.cost < 2.0 * costs.omission
}

fn lonely_units(links: &[Link], source_side: bool) -> Vec<usize> {
    links
        .iter()
        .filter_map(|link| {
            let (mine, theirs) = if source_side {
                (&link.source, &link.target)
            } else {
                (&link.target, &link.source)
            };
            (theirs.is_empty() && mine.len() == 1).then(|| mine[0])
        })
        .collect()
}

/// The score of an existing link over the original units.
fn link_score(
    link: &Link,
    source: &[Keys],
    target: &[Keys],
    ratio: f64,
    costs: &CostModel,
) -> BeadScore {
    let pick = |units: &[usize], keys: &[Keys]| -> Vec<Keys> {
        units.iter().map(|unit| keys[*unit].clone()).collect()
    };
    score_bead(
        &pick(&link.source, source),
        &pick(&link.target, target),
        ratio,
        costs,
    )
}

/// Repairs what a monotonic search cannot express: a moved unit. First, a unit at the edge
/// of a merged link is detached when it matches a lonely unit of the other side better; then
/// lonely units on both sides that match each other are linked.
pub(super) fn find_moves(
    links: &mut Vec<Link>,
    source_keys: &[Keys],
    target_keys: &[Keys],
    source: &[UnitFeatures],
    target: &[UnitFeatures],
    ratio: f64,
    costs: &CostModel,
) {
    let mut moves: Vec<(usize, usize)> = Vec::new();
    // Detach from merges: every lonely unit against every merged link, so only for inputs of
    // article size (on very large inputs this would be quadratic).
    let small =
        source_keys.len().max(target_keys.len()) < AlignOptions::default().full_search_below;
    for source_side in [true, false].into_iter().filter(|_| small) {
        for lonely in lonely_units(links, !source_side) {
            let mut best: Option<(f64, usize, usize)> = None; // (gain, link index, unit)
            for (index, link) in links.iter().enumerate() {
                let members = if source_side {
                    &link.source
                } else {
                    &link.target
                };
                let others = if source_side {
                    &link.target
                } else {
                    &link.source
                };
                if members.len() < 2 || others.is_empty() {
                    continue;
                }
                for unit in [members[0], members[members.len() - 1]] {
                    let (i, j) = if source_side {
                        (unit, lonely)
                    } else {
                        (lonely, unit)
                    };
                    let pair = score_bead(
                        std::slice::from_ref(&source_keys[i]),
                        std::slice::from_ref(&target_keys[j]),
                        ratio,
                        costs,
                    );
                    if !plausible_move(&pair, costs) {
                        continue;
                    }
                    let mut rest = link.clone();
                    if source_side {
                        rest.source.retain(|member| *member != unit);
                    } else {
                        rest.target.retain(|member| *member != unit);
                    }
                    let before = link_score(link, source_keys, target_keys, ratio, costs).cost
                        + costs.omission;
                    let after =
                        link_score(&rest, source_keys, target_keys, ratio, costs).cost + pair.cost;
                    let gain = before - after;
                    if gain > 0.5 && best.is_none_or(|(best_gain, _, _)| gain > best_gain) {
                        best = Some((gain, index, unit));
                    }
                }
            }
            if let Some((_, index, unit)) = best {
                let link = &mut links[index];
                if source_side {
                    link.source.retain(|member| *member != unit);
                    moves.push((unit, lonely));
                } else {
                    link.target.retain(|member| *member != unit);
                    moves.push((lonely, unit));
                }
                let rest_score = link_score(link, source_keys, target_keys, ratio, costs);
                link.confidence = rest_score.confidence();
                let source_features: Vec<UnitFeatures> = link
                    .source
                    .iter()
                    .map(|unit| source[*unit].clone())
                    .collect();
                let target_features: Vec<UnitFeatures> = link
                    .target
                    .iter()
                    .map(|unit| target[*unit].clone())
                    .collect();
                link.reason = rest_score.reason(&source_features, &target_features);
                links.retain(|link| !is_omission_of(link, moves[moves.len() - 1]));
            }
        }
    }
    // Pair lonely units.
    let lonely_source = lonely_units(links, true);
    let lonely_target = lonely_units(links, false);
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for &i in &lonely_source {
        for &j in &lonely_target {
            let score = score_bead(
                std::slice::from_ref(&source_keys[i]),
                std::slice::from_ref(&target_keys[j]),
                ratio,
                costs,
            );
            if plausible_move(&score, costs) {
                candidates.push((score.cost, i, j));
            }
        }
    }
    candidates.sort_by(|left, right| left.0.total_cmp(&right.0));
    for (_, i, j) in candidates {
        if moves.iter().any(|(a, b)| *a == i || *b == j) {
            continue;
        }
        links.retain(|link| !is_omission_of(link, (i, j)));
        moves.push((i, j));
    }
    for (i, j) in moves {
        let score = score_bead(
            std::slice::from_ref(&source_keys[i]),
            std::slice::from_ref(&target_keys[j]),
            ratio,
            costs,
        );
        let mut link = Link::new(vec![i], vec![j], score.confidence());
        // A link is a move only if it crosses its neighbours; otherwise it is an ordinary link.
        link.moved = true;
        link.reason = score.reason(
            std::slice::from_ref(&source[i]),
            std::slice::from_ref(&target[j]),
        );
        let position = links
            .iter()
            .position(|existing| existing.source.first().is_some_and(|first| *first > i))
            .unwrap_or(links.len());
        links.insert(position, link);
    }
    mark_crossing_links(links);
}

/// Whether `link` leaves out source unit `pair.0` or target unit `pair.1`.
fn is_omission_of(link: &Link, pair: (usize, usize)) -> bool {
    (link.target.is_empty() && link.source == [pair.0])
        || (link.source.is_empty() && link.target == [pair.1])
}

/// Marks as moved exactly the links whose target order disagrees with the source order, and
/// labels their reasons.
pub(super) fn mark_crossing_links(links: &mut [Link]) {
    let anchors: Vec<(usize, usize)> = links
        .iter()
        .filter(|link| !link.moved)
        .filter_map(|link| Some((*link.source.first()?, *link.target.first()?)))
        .collect();
    for link in links.iter_mut().filter(|link| link.moved) {
        let (Some(&i), Some(&j)) = (link.source.first(), link.target.first()) else {
            link.moved = false;
            continue;
        };
        let crosses = anchors
            .iter()
            .any(|(a, b)| (*a < i && *b > j) || (*a > i && *b < j));
        link.moved = crosses;
        if crosses {
            link.reason = format!("moved: {}", link.reason);
        }
    }
}
