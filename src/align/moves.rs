//! Moved paragraphs, which a monotonic search cannot express: after the search, a unit at the
//! edge of a merged link is detached when it matches a lonely unit of the other side better,
//! lonely units on both sides that match each other are linked (one to one or one to two), each
//! move takes in the neighbouring units that belong with it (a moved paragraph that was also
//! split or merged), and the links whose target order disagrees with the source order are
//! marked as moved.
use super::anchors::UnitFeatures;
use super::link::Link;
use super::options::AlignOptions;
use super::scoring::{BeadScore, CostModel, Keys, score_bead};

/// Whether linking `units` units as a moved block is plausible: cheaper than leaving them all
/// out (differing numbers already raise the cost through the anchors).
fn plausible_move(score: &BeadScore, units: usize, costs: &CostModel) -> bool {
    #[expect(clippy::cast_precision_loss, reason = "a handful of units")]
    let left_out = units as f64 * costs.omission;
    score.cost < left_out
}

fn lonely_units(links: &[Link], source_side: bool) -> Vec<usize> {
    links
        .iter()
        .filter_map(|link| {
            let (mine, theirs) = sides(link, source_side);
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

/// Sets a link's confidence and reason from its score over the original units.
fn rescore(
    link: &mut Link,
    keys: (&[Keys], &[Keys]),
    features: (&[UnitFeatures], &[UnitFeatures]),
    ratio: f64,
    costs: &CostModel,
) {
    let score = link_score(link, keys.0, keys.1, ratio, costs);
    link.confidence = score.confidence().clamp(0.0, 1.0);
    let pick = |units: &[usize], all: &[UnitFeatures]| -> Vec<UnitFeatures> {
        units.iter().map(|unit| all[*unit].clone()).collect()
    };
    link.reason = score.reason(
        &pick(&link.source, features.0),
        &pick(&link.target, features.1),
    );
}

/// A moved block: the source units and the target units linked across the order.
type Move = (Vec<usize>, Vec<usize>);

/// Repairs what a monotonic search cannot express: a moved unit. First, a unit at the edge
/// of a merged link is detached when it matches a lonely unit of the other side better; then
/// lonely units on both sides that match each other are linked (one to one, or one to two
/// neighbours when a moved paragraph was also split or merged); last, each move takes in the
/// neighbouring units that belong to it (see [`grow_moves`]).
pub(super) fn find_moves(
    links: &mut Vec<Link>,
    source_keys: &[Keys],
    target_keys: &[Keys],
    source: &[UnitFeatures],
    target: &[UnitFeatures],
    ratio: f64,
    costs: &CostModel,
) {
    let mut moves: Vec<Move> = Vec::new();
    // Detach from merges: every lonely unit against every merged link, so only for inputs of
    // article size (on very large inputs this would be quadratic).
    let small =
        source_keys.len().max(target_keys.len()) < AlignOptions::default().full_search_below;
    for source_side in [true, false].into_iter().filter(|_| small) {
        for lonely in lonely_units(links, !source_side) {
            let mut best: Option<(f64, usize, usize)> = None; // (gain, link index, unit)
            for (index, link) in links.iter().enumerate() {
                let (members, others) = sides(link, source_side);
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
                    if !plausible_move(&pair, 2, costs) {
                        continue;
                    }
                    let mut rest = link.clone();
                    side_mut(&mut rest, source_side).retain(|member| *member != unit);
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
                side_mut(link, source_side).retain(|member| *member != unit);
                let (i, j) = if source_side {
                    (unit, lonely)
                } else {
                    (lonely, unit)
                };
                moves.push((vec![i], vec![j]));
                rescore(
                    link,
                    (source_keys, target_keys),
                    (source, target),
                    ratio,
                    costs,
                );
                links.retain(|link| !is_omission_of(link, &[i], &[j]));
            }
        }
    }
    pair_lonely_units(links, &mut moves, (source_keys, target_keys), ratio, costs);
    for (sources, targets) in moves {
        let mut link = Link::new(sources, targets, 0.0);
        rescore(
            &mut link,
            (source_keys, target_keys),
            (source, target),
            ratio,
            costs,
        );
        // A link is a move only if it crosses its neighbours; otherwise it is an ordinary link.
        link.moved = true;
        let first = link.source.first().copied().unwrap_or(0);
        let position = links
            .iter()
            .position(|existing| existing.source.first().is_some_and(|unit| *unit > first))
            .unwrap_or(links.len());
        links.insert(position, link);
    }
    grow_moves(
        links,
        (source_keys, target_keys),
        (source, target),
        ratio,
        costs,
    );
    mark_crossing_links(links);
}

/// A link's members on one side and on the other.
fn sides(link: &Link, source_side: bool) -> (&Vec<usize>, &Vec<usize>) {
    if source_side {
        (&link.source, &link.target)
    } else {
        (&link.target, &link.source)
    }
}

fn side_mut(link: &mut Link, source_side: bool) -> &mut Vec<usize> {
    if source_side {
        &mut link.source
    } else {
        &mut link.target
    }
}

/// Links lonely units to each other: one to one, and one to two neighbouring lonely units of
/// the other side (a moved paragraph that was also split or merged), best gain first.
fn pair_lonely_units(
    links: &mut Vec<Link>,
    moves: &mut Vec<Move>,
    keys: (&[Keys], &[Keys]),
    ratio: f64,
    costs: &CostModel,
) {
    let (source_keys, target_keys) = keys;
    let lonely_source = lonely_units(links, true);
    let lonely_target = lonely_units(links, false);
    let mut is_lonely_source = vec![false; source_keys.len()];
    let mut is_lonely_target = vec![false; target_keys.len()];
    for &i in &lonely_source {
        is_lonely_source[i] = true;
    }
    for &j in &lonely_target {
        is_lonely_target[j] = true;
    }
    let next_lonely = |unit: usize, lonely: &[bool]| lonely.get(unit + 1).copied() == Some(true);
    let mut candidates: Vec<(f64, Move)> = Vec::new();
    let mut consider = |sources: Vec<usize>, targets: Vec<usize>| {
        let pick = |units: &[usize], all: &[Keys]| -> Vec<Keys> {
            units.iter().map(|unit| all[*unit].clone()).collect()
        };
        let score = score_bead(
            &pick(&sources, source_keys),
            &pick(&targets, target_keys),
            ratio,
            costs,
        );
        let units = sources.len() + targets.len();
        if plausible_move(&score, units, costs) {
            #[expect(clippy::cast_precision_loss, reason = "at most three units")]
            let gain = units as f64 * costs.omission - score.cost;
            candidates.push((gain, (sources, targets)));
        }
    };
    // Every lonely unit against every other is quadratic: on large inputs only pairs that
    // share an anchor are weighed.
    let partners: Option<std::collections::HashMap<u64, Vec<usize>>> =
        (lonely_source.len().saturating_mul(lonely_target.len()) > MOST_PAIRS_WEIGHED).then(|| {
            let mut by_key: std::collections::HashMap<u64, Vec<usize>> =
                std::collections::HashMap::new();
            for &j in &lonely_target {
                for key in target_keys[j].all() {
                    by_key.entry(key).or_default().push(j);
                }
            }
            by_key
        });
    for &i in &lonely_source {
        let sharing: Vec<usize>;
        let others: &[usize] = match &partners {
            None => &lonely_target,
            Some(by_key) => {
                let mut found: Vec<usize> = source_keys[i]
                    .all()
                    .filter_map(|key| by_key.get(&key))
                    .flatten()
                    .copied()
                    .collect();
                found.sort_unstable();
                found.dedup();
                found.truncate(MOST_PARTNERS);
                sharing = found;
                &sharing
            }
        };
        for &j in others {
            consider(vec![i], vec![j]);
            if next_lonely(j, &is_lonely_target) {
                consider(vec![i], vec![j, j + 1]);
            }
            if next_lonely(i, &is_lonely_source) {
                consider(vec![i, i + 1], vec![j]);
            }
        }
    }
    candidates.sort_by(|left, right| right.0.total_cmp(&left.0));
    let mut taken_source = vec![false; source_keys.len()];
    let mut taken_target = vec![false; target_keys.len()];
    for (sources, targets) in moves.iter() {
        mark_taken(sources, &mut taken_source);
        mark_taken(targets, &mut taken_target);
    }
    for (_, (sources, targets)) in candidates {
        if sources.iter().any(|unit| taken_source[*unit])
            || targets.iter().any(|unit| taken_target[*unit])
        {
            continue;
        }
        mark_taken(&sources, &mut taken_source);
        mark_taken(&targets, &mut taken_target);
        links.retain(|link| !is_omission_of(link, &sources, &targets));
        moves.push((sources, targets));
    }
}

fn mark_taken(units: &[usize], taken: &mut [bool]) {
    for unit in units {
        taken[*unit] = true;
    }
}

/// Above this many pairs of lonely units, only those sharing an anchor are weighed as moves.
const MOST_PAIRS_WEIGHED: usize = 250_000;
/// Nor more than this many partners per lonely unit then.
const MOST_PARTNERS: usize = 32;

/// The most units a grown move holds on one side.
const MOST_IN_A_MOVE: usize = 3;

/// Lets each move take in a neighbouring unit that belongs with it: a lonely unit next to it
/// (the other half of a paragraph that was split and moved) or the unit at the near edge of a
/// merged link (the search glued part of a moved merged paragraph to its neighbour), when the
/// total cost falls. One unit at a time, best gain first, until nothing gains.
fn grow_moves(
    links: &mut Vec<Link>,
    keys: (&[Keys], &[Keys]),
    features: (&[UnitFeatures], &[UnitFeatures]),
    ratio: f64,
    costs: &CostModel,
) {
    let (source_keys, target_keys) = keys;
    let cost = |link: &Link| link_score(link, source_keys, target_keys, ratio, costs).cost;
    loop {
        // Which link holds each unit, on each side.
        let mut holder = [
            vec![usize::MAX; source_keys.len()],
            vec![usize::MAX; target_keys.len()],
        ];
        for (index, link) in links.iter().enumerate() {
            for (side, members) in [&link.source, &link.target].into_iter().enumerate() {
                for unit in members {
                    if let Some(slot) = holder[side].get_mut(*unit) {
                        *slot = index;
                    }
                }
            }
        }
        // (gain, move index, donor index, source side, unit)
        let mut best: Option<(f64, usize, usize, bool, usize)> = None;
        for (index, link) in links.iter().enumerate().filter(|(_, link)| link.moved) {
            for source_side in [true, false] {
                let (members, _) = sides(link, source_side);
                let (Some(&first), Some(&last)) = (members.first(), members.last()) else {
                    continue;
                };
                if members.len() >= MOST_IN_A_MOVE {
                    continue;
                }
                let side = usize::from(!source_side);
                for unit in [first.checked_sub(1), Some(last + 1)].into_iter().flatten() {
                    let Some(&donor_index) = holder[side].get(unit) else {
                        continue;
                    };
                    let Some(donor) = links.get(donor_index) else {
                        continue;
                    };
                    if donor.moved {
                        continue;
                    }
                    let (donor_members, donor_others) = sides(donor, source_side);
                    let lonely = donor_members.len() == 1 && donor_others.is_empty();
                    let at_edge = donor_members.len() >= 2
                        && !donor_others.is_empty()
                        && (donor_members.first() == Some(&unit)
                            || donor_members.last() == Some(&unit));
                    if !lonely && !at_edge {
                        continue;
                    }
                    let mut grown = link.clone();
                    let grown_side = side_mut(&mut grown, source_side);
                    grown_side.push(unit);
                    grown_side.sort_unstable();
                    let (before, after) = if lonely {
                        (cost(link) + costs.omission, cost(&grown))
                    } else {
                        let mut rest = donor.clone();
                        side_mut(&mut rest, source_side).retain(|member| *member != unit);
                        (cost(link) + cost(donor), cost(&grown) + cost(&rest))
                    };
                    let gain = before - after;
                    if gain > 0.5 && best.is_none_or(|(best_gain, ..)| gain > best_gain) {
                        best = Some((gain, index, donor_index, source_side, unit));
                    }
                }
            }
        }
        let Some((_, index, donor_index, source_side, unit)) = best else {
            return;
        };
        let grown_side = side_mut(&mut links[index], source_side);
        grown_side.push(unit);
        grown_side.sort_unstable();
        rescore(&mut links[index], keys, features, ratio, costs);
        let donor = &mut links[donor_index];
        side_mut(donor, source_side).retain(|member| *member != unit);
        if donor.source.is_empty() && donor.target.is_empty() {
            links.remove(donor_index);
        } else {
            rescore(donor, keys, features, ratio, costs);
        }
    }
}

/// Whether `link` is the omission of one of the `sources` or `targets`.
fn is_omission_of(link: &Link, sources: &[usize], targets: &[usize]) -> bool {
    (link.target.is_empty() && link.source.len() == 1 && sources.contains(&link.source[0]))
        || (link.source.is_empty() && link.target.len() == 1 && targets.contains(&link.target[0]))
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
