//! Test pairs for measuring alignment quality, built from parallel sentence lists (line N of
//! one language translates line N of the other): sentences are grouped into paragraphs of
//! 1–4 sentences, then on the target side some adjacent paragraphs are merged, some split,
//! a few dropped and one moved, and the true links are kept alongside.

/// A deterministic random generator (xorshift64*), so every run builds the same pairs.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..bound`.
    pub fn below(&mut self, bound: usize) -> usize {
        (self.next_u64() % bound.max(1) as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// A source/target pair of paragraph lists and the true links between them.
#[derive(Debug, Clone, PartialEq)]
pub struct TestPair {
    pub source: Vec<String>,
    pub target: Vec<String>,
    pub gold: Vec<(Vec<usize>, Vec<usize>)>,
}

/// How often each perturbation is applied to a target paragraph, in percent.
#[derive(Debug, Clone, Copy)]
pub struct Perturbation {
    pub merge: usize,
    pub split: usize,
    pub drop: usize,
    pub move_one: bool,
    /// The moved paragraph may also be one that was merged or split (both halves move).
    pub move_merged_or_split: bool,
}

impl Default for Perturbation {
    fn default() -> Self {
        Self {
            merge: 10,
            split: 10,
            drop: 5,
            move_one: true,
            move_merged_or_split: false,
        }
    }
}

/// Builds a test pair from parallel sentences.
pub fn build_test_pair(
    source_sentences: &[String],
    target_sentences: &[String],
    seed: u64,
    perturbation: Perturbation,
) -> TestPair {
    let mut rng = Rng::new(seed);
    let count = source_sentences.len().min(target_sentences.len());
    let mut groups: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    while start < count {
        let end = (start + 1 + rng.below(4)).min(count);
        groups.push(start..end);
        start = end;
    }
    let join =
        |sentences: &[String], range: &std::ops::Range<usize>| sentences[range.clone()].join(" ");
    let source: Vec<String> = groups
        .iter()
        .map(|group| join(source_sentences, group))
        .collect();

    // Target units with the source paragraphs they translate; `None` marks a dropped one.
    let mut units: Vec<(String, Vec<usize>, bool)> = Vec::new(); // (text, sources, movable)
    let mut dropped: Vec<usize> = Vec::new();
    let mut k = 0;
    while k < groups.len() {
        let group = &groups[k];
        if rng.chance(perturbation.drop) && k > 0 {
            dropped.push(k);
            k += 1;
        } else if k + 1 < groups.len() && rng.chance(perturbation.merge) {
            let merged = format!(
                "{} {}",
                join(target_sentences, group),
                join(target_sentences, &groups[k + 1])
            );
            units.push((merged, vec![k, k + 1], false));
            k += 2;
        } else if group.len() >= 2 && rng.chance(perturbation.split) {
            let cut = group.start + 1 + rng.below(group.len() - 1);
            units.push((join(target_sentences, &(group.start..cut)), vec![k], false));
            units.push((join(target_sentences, &(cut..group.end)), vec![k], false));
            k += 1;
        } else {
            units.push((join(target_sentences, group), vec![k], true));
            k += 1;
        }
    }
    if perturbation.move_one && units.len() >= 6 {
        // The blocks that may move: a plain unit, or (when asked) a merged unit or both halves
        // of a split one, never the first.
        let blocks: Vec<std::ops::Range<usize>> = {
            let mut blocks = Vec::new();
            let mut start = 0;
            while start < units.len() {
                let mut end = start + 1;
                while end < units.len() && units[end].1 == units[start].1 {
                    end += 1;
                }
                let plain = end == start + 1 && units[start].2;
                if start > 0 && (plain || perturbation.move_merged_or_split) {
                    blocks.push(start..end);
                }
                start = end;
            }
            blocks
        };
        if !blocks.is_empty() {
            let block = blocks[rng.below(blocks.len())].clone();
            let from = block.start;
            let moved: Vec<_> = units.drain(block).collect();
            // Land between two links, not inside a merged or split one.
            let boundary = |position: usize| {
                position == 0
                    || position == units.len()
                    || units[position - 1].1 != units[position].1
            };
            let mut to = rng.below(units.len() + 1);
            let mut tries = 0;
            while (to.abs_diff(from) < 2 || !boundary(to)) && tries < 100 {
                to = rng.below(units.len() + 1);
                tries += 1;
            }
            for (offset, unit) in moved.into_iter().enumerate() {
                units.insert(to + offset, unit);
            }
        }
    }
    let mut gold: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    for (position, (_, sources, _)) in units.iter().enumerate() {
        match gold.iter_mut().find(|(existing, _)| existing == sources) {
            Some((_, targets)) => targets.push(position),
            None => gold.push((sources.clone(), vec![position])),
        }
    }
    gold.extend(dropped.into_iter().map(|k| (vec![k], Vec::new())));
    gold.sort_by_key(|(sources, _)| sources.first().copied());
    TestPair {
        source,
        target: units.into_iter().map(|(text, _, _)| text).collect(),
        gold,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(prefix: &str, count: usize) -> Vec<String> {
        (0..count)
            .map(|index| format!("{prefix} {index}."))
            .collect()
    }

    #[test]
    fn every_unit_is_in_exactly_one_gold_link() {
        for seed in 0..50 {
            let pair = build_test_pair(
                &sentences("A", 40),
                &sentences("B", 40),
                seed,
                Perturbation::default(),
            );
            let mut source_seen = vec![0; pair.source.len()];
            let mut target_seen = vec![0; pair.target.len()];
            for (sources, targets) in &pair.gold {
                for unit in sources {
                    source_seen[*unit] += 1;
                }
                for unit in targets {
                    target_seen[*unit] += 1;
                }
            }
            assert!(source_seen.iter().all(|seen| *seen == 1), "seed {seed}");
            assert!(target_seen.iter().all(|seen| *seen == 1), "seed {seed}");
        }
    }

    #[test]
    fn same_seed_same_pair() {
        let a = build_test_pair(
            &sentences("A", 30),
            &sentences("B", 30),
            7,
            Perturbation::default(),
        );
        let b = build_test_pair(
            &sentences("A", 30),
            &sentences("B", 30),
            7,
            Perturbation::default(),
        );
        assert_eq!(a, b);
    }

    /// The links (by index in `gold`) whose removal leaves every other link in order.
    fn moved_links(gold: &[(Vec<usize>, Vec<usize>)]) -> Vec<usize> {
        let kept: Vec<(usize, usize, usize)> = gold
            .iter()
            .enumerate()
            .filter_map(|(index, (sources, targets))| {
                Some((index, *sources.first()?, *targets.first()?))
            })
            .collect();
        let in_order = |without: usize| {
            let mut previous: Option<(usize, usize)> = None;
            kept.iter()
                .filter(|(index, _, _)| *index != without)
                .all(|(_, source, target)| {
                    let ok = previous.is_none_or(|(s, t)| s < *source && t < *target);
                    previous = Some((*source, *target));
                    ok
                })
        };
        if in_order(usize::MAX) {
            return Vec::new();
        }
        kept.iter()
            .map(|(index, _, _)| *index)
            .filter(|index| in_order(*index))
            .collect()
    }

    #[test]
    fn a_moved_merged_or_split_paragraph_keeps_its_parts_together() {
        let harder = |move_merged_or_split| Perturbation {
            merge: 30,
            split: 30,
            drop: 0,
            move_one: true,
            move_merged_or_split,
        };
        let mut moved_blocks = [0, 0];
        for (flag, count) in [false, true].into_iter().zip(moved_blocks.iter_mut()) {
            for seed in 0..60 {
                let pair =
                    build_test_pair(&sentences("A", 60), &sentences("B", 60), seed, harder(flag));
                let mut target_seen = vec![0; pair.target.len()];
                for (_, targets) in &pair.gold {
                    for unit in targets {
                        target_seen[*unit] += 1;
                    }
                    // Both halves of a split paragraph stay side by side wherever it went.
                    if let (Some(first), Some(last)) = (targets.first(), targets.last()) {
                        assert_eq!(last - first + 1, targets.len(), "seed {seed}");
                    }
                }
                assert!(target_seen.iter().all(|seen| *seen == 1), "seed {seed}");
                let moved = moved_links(&pair.gold);
                if moved.len() == 1 {
                    let (sources, targets) = &pair.gold[moved[0]];
                    if sources.len() > 1 || targets.len() > 1 {
                        *count += 1;
                    }
                }
            }
        }
        assert_eq!(moved_blocks[0], 0, "only plain paragraphs move by default");
        assert!(
            moved_blocks[1] >= 10,
            "merged or split ones moved {} times",
            moved_blocks[1]
        );
    }
}
