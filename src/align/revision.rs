//! Two captures of one article, compared paragraph by paragraph: which paragraphs stayed the
//! same (wherever they now stand), which were edited (lightly or, for the one headline, in any
//! way), which are new and which are gone; and what changed inside an edited paragraph, word
//! by word. Pure functions on text.

use std::collections::{HashMap, VecDeque};

use unicode_normalization::UnicodeNormalization;

mod diff;

use diff::diff_tokens;
pub use diff::{DiffPiece, DiffPieceKind, word_diff};

/// Paragraphs in their order, kept in document order, that are edited forms of each other
/// share at least this share of their words (Dice over word multisets).
const IN_ORDER_SIMILARITY: f32 = 0.4;

/// A paragraph that also moved must share more of its words to count as the same one edited.
const MOVED_SIMILARITY: f32 = 0.6;

/// A lone old paragraph and a lone new one between the same two kept paragraphs (the one
/// paragraph there rewritten) pair with this much in common; unrelated paragraphs of one
/// article rarely share a quarter of their words.
pub const IN_PLACE_SIMILARITY: f32 = 0.25;

/// Beyond this many candidate pairs (unpaired old × unpaired new paragraphs) only paragraphs
/// that share a rare word or pair of words, or stand near each other, are compared, so that a
/// page rewritten from end to end still compares in about linear time.
const FULL_COMPARISON_LIMIT: usize = 250_000;

/// How far (in paragraphs) a paragraph is looked for around its position on large pages.
const NEAR_WINDOW: usize = 60;

/// One paragraph of a capture, as compared.
#[derive(Debug, Clone, Copy)]
pub struct RevisionText<'a> {
    pub text: &'a str,
    /// The article's headline: a changed headline is still its headline, however reworded.
    pub headline: bool,
}

/// A paragraph of the older capture found again in the newer one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RevisionPair {
    pub old: usize,
    pub new: usize,
    /// The text is the same (white space, soft hyphens and Unicode composition aside).
    pub same: bool,
    /// The share of words the two have in common (1 for the same text).
    pub similarity: f32,
    /// The paragraph changed its place relative to the others that were found again.
    pub moved: bool,
}

/// Pairs the paragraphs of an older capture with those of a newer one, one to one. Unpaired
/// old paragraphs were removed, unpaired new ones added. Pairs are given in the new order.
pub fn pair_revisions(old: &[RevisionText<'_>], new: &[RevisionText<'_>]) -> Vec<RevisionPair> {
    let old_norm: Vec<String> = old.iter().map(|unit| normalized(unit.text)).collect();
    let new_norm: Vec<String> = new.iter().map(|unit| normalized(unit.text)).collect();
    let mut pairing = Pairing::new(old.len(), new.len());

    // 1. The same text in the same order (the longest common run of paragraphs, so that of
    //    two copies the one that stayed in place is kept), then the same text elsewhere.
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &old_norm, &new_norm) {
        if let similar::DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for k in 0..len {
                pairing.pair(old_index + k, new_index + k, true, 1.0);
            }
        }
    }
    let mut by_text: HashMap<&str, VecDeque<usize>> = HashMap::new();
    for (index, text) in old_norm.iter().enumerate() {
        if !pairing.old[index] {
            by_text.entry(text.as_str()).or_default().push_back(index);
        }
    }
    for (index, text) in new_norm.iter().enumerate() {
        if pairing.new[index].is_none()
            && let Some(old_index) = by_text.get_mut(text.as_str()).and_then(VecDeque::pop_front)
        {
            pairing.pair(old_index, index, true, 1.0);
        }
    }

    // 2. Edited paragraphs. The pairs worth weighing: every one when there are few, else
    //    those sharing a rare word or standing near each other.
    let (old_words, new_words) = weighted_words(&old_norm, &new_norm);
    let (old_free, new_free) = pairing.free();
    let dense = old_free.len().saturating_mul(new_free.len()) <= FULL_COMPARISON_LIMIT;
    let weighed = weighed_pairs(&old_free, &new_free, &old_words, &new_words, dense);

    // 2a. Each other's best match, at least MOVED_SIMILARITY alike, wherever they stand.
    pair_mutual_best(&weighed, &mut pairing);

    // 2b. Edited paragraphs in document order: the best chain of similar pairs (or, when
    //     there are too many to chain exactly, the most similar first).
    if dense {
        let (old_free, new_free) = pairing.free();
        let similarity = |i: usize, j: usize| dice(&old_words[i], &new_words[j]);
        for (i, j, score) in best_chain(&old_free, &new_free, &similarity) {
            pairing.pair(i, j, false, score);
        }
    } else {
        greedy_pairs(&weighed, IN_ORDER_SIMILARITY, &mut pairing);
    }

    // 3. Edited paragraphs that also moved: the most similar pairs first.
    greedy_pairs(&weighed, MOVED_SIMILARITY, &mut pairing);

    // 4. A paragraph rewritten in its place: alone between the same two kept paragraphs.
    pair_lone_rewrites(&mut pairing, &old_words, &new_words);

    // 5. The headline stays the headline, reworded or not.
    let lone = |units: &[RevisionText<'_>], free: &dyn Fn(usize) -> bool| {
        let mut headlines = (0..units.len()).filter(|k| units[*k].headline && free(*k));
        match (headlines.next(), headlines.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    };
    let old_headline = lone(old, &|i| !pairing.old[i]);
    let new_headline = lone(new, &|j| pairing.new[j].is_none());
    if let (Some(i), Some(j)) = (old_headline, new_headline) {
        pairing.pair(i, j, false, dice(&old_words[i], &new_words[j]));
    }

    let mut pairs: Vec<RevisionPair> = pairing
        .new
        .iter()
        .enumerate()
        .filter_map(|(new_index, partner)| {
            partner.map(|(old_index, same, similarity)| RevisionPair {
                old: old_index,
                new: new_index,
                same,
                similarity,
                moved: false,
            })
        })
        .collect();
    mark_moves(&mut pairs);
    pairs
}

/// A pair (old index, new index) that fences a gap; none at the document's ends.
type Fence = Option<(usize, usize)>;

/// Pairs the one unpaired old paragraph and the one unpaired new paragraph between two
/// consecutive in-order pairs (or before the first, or after the last) when they share at
/// least [`IN_PLACE_SIMILARITY`] of their words.
fn pair_lone_rewrites(pairing: &mut Pairing, old_words: &[Words], new_words: &[Words]) {
    // Fences: the pairs in new order whose old indices keep increasing, with both ends.
    let mut fences: Vec<(usize, usize)> = Vec::new();
    for (new_index, partner) in pairing.new.iter().enumerate() {
        if let Some((old_index, _, _)) = partner
            && fences
                .last()
                .is_none_or(|(last_old, _)| *old_index > *last_old)
        {
            fences.push((*old_index, new_index));
        }
    }
    // Each gap: the fence before it and the fence after it (none at the ends).
    let mut bounds: Vec<(Fence, Fence)> = Vec::new();
    let mut previous = None;
    for fence in &fences {
        bounds.push((previous, Some(*fence)));
        previous = Some(*fence);
    }
    bounds.push((previous, None));
    for (from, to) in bounds {
        let old_range =
            from.map_or(0, |(old, _)| old + 1)..to.map_or(pairing.old.len(), |(old, _)| old);
        let new_range =
            from.map_or(0, |(_, new)| new + 1)..to.map_or(pairing.new.len(), |(_, new)| new);
        let lone_old: Vec<usize> = old_range.filter(|i| !pairing.old[*i]).collect();
        let lone_new: Vec<usize> = new_range.filter(|j| pairing.new[*j].is_none()).collect();
        if let ([i], [j]) = (lone_old.as_slice(), lone_new.as_slice()) {
            let score = dice(&old_words[*i], &new_words[*j]);
            if score >= IN_PLACE_SIMILARITY {
                pairing.pair(*i, *j, false, score);
            }
        }
    }
}

/// The pairs made so far.
struct Pairing {
    /// Whether each old paragraph is paired.
    old: Vec<bool>,
    /// Each new paragraph's partner: (old index, the same text, similarity).
    new: Vec<Option<(usize, bool, f32)>>,
}

impl Pairing {
    fn new(old: usize, new: usize) -> Self {
        Self {
            old: vec![false; old],
            new: vec![None; new],
        }
    }

    fn pair(&mut self, old: usize, new: usize, same: bool, similarity: f32) {
        self.old[old] = true;
        self.new[new] = Some((old, same, similarity));
    }

    /// Whether neither paragraph is paired yet.
    fn both_free(&self, old: usize, new: usize) -> bool {
        !self.old[old] && self.new[new].is_none()
    }

    /// The old and the new paragraphs not paired yet.
    fn free(&self) -> (Vec<usize>, Vec<usize>) {
        (
            (0..self.old.len()).filter(|i| !self.old[*i]).collect(),
            (0..self.new.len())
                .filter(|j| self.new[*j].is_none())
                .collect(),
        )
    }
}

/// A word in at most this many unpaired old paragraphs is rare enough to propose pairs.
const RARE_WORD: usize = 16;

/// A paragraph's two rarest words propose pairs when in at most this many.
const RAREST_WORD: usize = 400;

/// The pairs of unpaired paragraphs worth weighing, with their similarity, most similar
/// first (those under [`IN_PLACE_SIMILARITY`] left out): all of them when `dense`, else those
/// sharing a rare word or within [`NEAR_WINDOW`] of each other's position.
fn weighed_pairs(
    old_free: &[usize],
    new_free: &[usize],
    old_words: &[Words],
    new_words: &[Words],
    dense: bool,
) -> Vec<(f32, usize, usize)> {
    let mut found: Vec<(f32, usize, usize)> = Vec::new();
    let mut weigh = |i: usize, j: usize| {
        let score = dice(&old_words[i], &new_words[j]);
        if score >= IN_PLACE_SIMILARITY {
            found.push((score, i, j));
        }
    };
    if dense {
        for &i in old_free {
            for &j in new_free {
                weigh(i, j);
            }
        }
    } else {
        let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
        for &i in old_free {
            let mut keys = old_words[i].keys.clone();
            keys.dedup();
            for key in keys
                .into_iter()
                .chain(old_words[i].neighbours.iter().copied())
            {
                postings.entry(key).or_default().push(i);
            }
        }
        let mut proposed: Vec<usize> = Vec::new();
        for &j in new_free {
            proposed.clear();
            let mut keys = new_words[j].keys.clone();
            keys.dedup();
            keys.extend(&new_words[j].neighbours);
            // The paragraph's rare words and pairs of words, and in any case its two rarest
            // (a route number that is also a common interval is still among its rarest).
            let mut lists: Vec<&Vec<usize>> =
                keys.iter().filter_map(|key| postings.get(key)).collect();
            lists.sort_by_key(|olds| olds.len());
            for (rank, olds) in lists.into_iter().enumerate() {
                if olds.len() <= RARE_WORD || (rank < 2 && olds.len() <= RAREST_WORD) {
                    proposed.extend(olds.iter());
                }
            }
            let from = old_free.partition_point(|&i| i + NEAR_WINDOW < j);
            let to = old_free.partition_point(|&i| i <= j + NEAR_WINDOW);
            proposed.extend(&old_free[from..to]);
            proposed.sort_unstable();
            proposed.dedup();
            for &i in &proposed {
                weigh(i, j);
            }
        }
    }
    // Equally similar: the pair sharing the rarer words first, then the pair nearer each
    // other's place.
    let (old_count, new_count) = (old_words.len().max(1) as f32, new_words.len().max(1) as f32);
    let apart = |i: usize, j: usize| (i as f32 / old_count - j as f32 / new_count).abs();
    let mut ranked: Vec<(f32, f32, usize, usize)> = found
        .into_iter()
        .map(|(score, i, j)| (score, weighted_dice(&old_words[i], &new_words[j]), i, j))
        .collect();
    ranked.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.1.total_cmp(&a.1))
            .then(apart(a.2, a.3).total_cmp(&apart(b.2, b.3)))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    ranked
        .into_iter()
        .map(|(score, _, i, j)| (score, i, j))
        .collect()
}

/// Pairs paragraphs that are each other's best match and at least [`MOVED_SIMILARITY`] alike.
fn pair_mutual_best(weighed: &[(f32, usize, usize)], pairing: &mut Pairing) {
    let mut best_of_old: HashMap<usize, (f32, usize)> = HashMap::new();
    let mut best_of_new: HashMap<usize, (f32, usize)> = HashMap::new();
    // Most similar first: the first seen is the best.
    for &(score, i, j) in weighed {
        best_of_old.entry(i).or_insert((score, j));
        best_of_new.entry(j).or_insert((score, i));
    }
    for &(score, i, j) in weighed {
        if score < MOVED_SIMILARITY {
            break;
        }
        let mutual = best_of_old.get(&i).is_some_and(|best| best.1 == j)
            && best_of_new.get(&j).is_some_and(|best| best.1 == i);
        if mutual && pairing.both_free(i, j) {
            pairing.pair(i, j, false, score);
        }
    }
}

/// Takes the weighed pairs at least `threshold` alike in order, each paragraph at most once.
fn greedy_pairs(weighed: &[(f32, usize, usize)], threshold: f32, pairing: &mut Pairing) {
    for &(score, i, j) in weighed {
        if score < threshold {
            break;
        }
        if pairing.both_free(i, j) {
            pairing.pair(i, j, false, score);
        }
    }
}

/// Steps of [`best_chain`]'s programme: take the pair, skip the old paragraph, skip the new.
const TAKE: u8 = 0;
const SKIP_OLD: u8 = 1;
const SKIP_NEW: u8 = 2;

/// The best chain (increasing in both orders) of pairs at least [`IN_ORDER_SIMILARITY`]
/// alike, by total similarity: a dynamic programme over the unpaired paragraphs.
fn best_chain(
    old_free: &[usize],
    new_free: &[usize],
    similarity: &dyn Fn(usize, usize) -> f32,
) -> Vec<(usize, usize, f32)> {
    let rows = old_free.len();
    let columns = new_free.len();
    if rows == 0 || columns == 0 {
        return Vec::new();
    }
    // best[r][c]: the best total over old_free[r..] × new_free[c..]; step[r][c] what
    // reaches it (take the pair, skip the old paragraph, skip the new one).
    let width = columns + 1;
    let mut best = vec![0.0_f32; (rows + 1) * width];
    let mut step = vec![SKIP_OLD; rows * columns];
    let mut scores = vec![0.0_f32; rows * columns];
    for r in (0..rows).rev() {
        for c in (0..columns).rev() {
            let score = similarity(old_free[r], new_free[c]);
            scores[r * columns + c] = score;
            let skip_old = best[(r + 1) * width + c];
            let skip_new = best[r * width + c + 1];
            let (mut value, mut choice) = if skip_old >= skip_new {
                (skip_old, SKIP_OLD)
            } else {
                (skip_new, SKIP_NEW)
            };
            if score >= IN_ORDER_SIMILARITY {
                let take = score + best[(r + 1) * width + c + 1];
                if take > value {
                    (value, choice) = (take, TAKE);
                }
            }
            best[r * width + c] = value;
            step[r * columns + c] = choice;
        }
    }
    let mut chain = Vec::new();
    let (mut r, mut c) = (0, 0);
    while r < rows && c < columns {
        match step[r * columns + c] {
            TAKE => {
                chain.push((old_free[r], new_free[c], scores[r * columns + c]));
                r += 1;
                c += 1;
            }
            SKIP_OLD => r += 1,
            _ => c += 1,
        }
    }
    chain
}

/// Marks the pairs outside the longest run that keeps its order (pairs are in new order).
fn mark_moves(pairs: &mut [RevisionPair]) {
    // Longest increasing subsequence of the old indices, patience style.
    let mut tails: Vec<usize> = Vec::new(); // index into pairs of each run length's tail
    let mut previous: Vec<Option<usize>> = vec![None; pairs.len()];
    for k in 0..pairs.len() {
        let old = pairs[k].old;
        let length = tails.partition_point(|&t| pairs[t].old < old);
        if length > 0 {
            previous[k] = Some(tails[length - 1]);
        }
        if length == tails.len() {
            tails.push(k);
        } else {
            tails[length] = k;
        }
    }
    let mut kept = vec![false; pairs.len()];
    let mut cursor = tails.last().copied();
    while let Some(k) = cursor {
        kept[k] = true;
        cursor = previous[k];
    }
    for (pair, kept) in pairs.iter_mut().zip(kept) {
        pair.moved = !kept;
    }
}

/// The text as compared: Unicode composed, soft hyphens and zero-width marks removed, runs of
/// white space made one space, trimmed.
pub fn normalized(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for ch in text.nfc() {
        if matches!(
            ch,
            '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'
        ) {
            continue;
        }
        if ch.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(ch);
    }
    out
}

/// A paragraph's words for comparing: their keys (hashes of the lower-case forms, figures
/// such as `07:00` whole) sorted, each with its weight.
struct Words {
    keys: Vec<u64>,
    weights: Vec<f32>,
    total: f32,
    /// Its pairs of neighbouring words, sorted, each once (what proposes candidates on large
    /// pages when single words are all common: "route 20").
    neighbours: Vec<u64>,
}

/// The keys of a text's words in their order (figures written with separators whole).
fn word_sequence(text: &str) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    diff_tokens(text)
        .into_iter()
        .filter(|token| token.chars().any(char::is_alphanumeric))
        .map(|word| {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            word.to_lowercase().hash(&mut hasher);
            hasher.finish()
        })
        .collect()
}

/// Word keys in sorted order (a multiset to compare).
fn sorted(sequence: &[u64]) -> Vec<u64> {
    let mut keys = sequence.to_vec();
    keys.sort_unstable();
    keys
}

/// The sorted keys of a text's words.
fn word_keys(text: &str) -> Vec<u64> {
    sorted(&word_sequence(text))
}

/// The sorted, distinct keys of a text's pairs of neighbouring words.
fn neighbour_keys(sequence: &[u64]) -> Vec<u64> {
    let mut pairs: Vec<u64> = sequence
        .windows(2)
        .map(|pair| pair[0].rotate_left(21) ^ pair[1].wrapping_mul(0x9e37_79b9_7f4a_7c15))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Every paragraph's words weighted by how rare they are among all the paragraphs of both
/// captures (`ln(1 + N / paragraphs with the word)`): a route number or a name tells two
/// near twins apart, a time every paragraph repeats hardly does.
fn weighted_words(old: &[String], new: &[String]) -> (Vec<Words>, Vec<Words>) {
    let old_sequences: Vec<Vec<u64>> = old.iter().map(|text| word_sequence(text)).collect();
    let new_sequences: Vec<Vec<u64>> = new.iter().map(|text| word_sequence(text)).collect();
    let old_keys: Vec<Vec<u64>> = old_sequences.iter().map(|keys| sorted(keys)).collect();
    let new_keys: Vec<Vec<u64>> = new_sequences.iter().map(|keys| sorted(keys)).collect();
    let mut frequency: HashMap<u64, u32> = HashMap::new();
    for keys in old_keys.iter().chain(&new_keys) {
        let mut distinct = keys.clone();
        distinct.dedup();
        for key in distinct {
            *frequency.entry(key).or_default() += 1;
        }
    }
    let paragraphs = (old_keys.len() + new_keys.len()).max(1) as f32;
    let weigh = |(keys, sequence): (Vec<u64>, &Vec<u64>)| {
        let weights: Vec<f32> = keys
            .iter()
            .map(|key| {
                let seen = frequency.get(key).copied().unwrap_or(1).max(1) as f32;
                (1.0 + paragraphs / seen).ln()
            })
            .collect();
        let total = weights.iter().sum();
        Words {
            keys,
            weights,
            total,
            neighbours: neighbour_keys(sequence),
        }
    };
    (
        old_keys
            .into_iter()
            .zip(&old_sequences)
            .map(weigh)
            .collect(),
        new_keys
            .into_iter()
            .zip(&new_sequences)
            .map(weigh)
            .collect(),
    )
}

/// The share of words two texts have in common (Dice's coefficient over their words, case
/// folded, figures whole).
pub fn similarity(a: &str, b: &str) -> f32 {
    let words = |text: &str| {
        let keys = word_keys(&normalized(text));
        Words {
            weights: vec![1.0; keys.len()],
            total: keys.len() as f32,
            keys,
            neighbours: Vec::new(),
        }
    };
    dice(&words(a), &words(b))
}

/// Dice's coefficient of two multisets of words: the share of words in common.
fn dice(a: &Words, b: &Words) -> f32 {
    if a.keys.is_empty() && b.keys.is_empty() {
        return 1.0;
    }
    let (common, _) = common_words(a, b);
    (2 * common) as f32 / (a.keys.len() + b.keys.len()) as f32
}

/// The same with each word weighted by its rarity: what tells equally similar pairs apart.
fn weighted_dice(a: &Words, b: &Words) -> f32 {
    let total = a.total + b.total;
    if total <= 0.0 {
        return 0.0;
    }
    let (_, common) = common_words(a, b);
    (2.0 * common / total).min(1.0)
}

/// How many words two paragraphs have in common, and their weight.
fn common_words(a: &Words, b: &Words) -> (usize, f32) {
    let (mut i, mut j, mut count, mut weight) = (0, 0, 0_usize, 0.0_f32);
    while i < a.keys.len() && j < b.keys.len() {
        match a.keys[i].cmp(&b.keys[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                weight += a.weights[i].min(b.weights[j]);
                i += 1;
                j += 1;
            }
        }
    }
    (count, weight)
}

#[cfg(test)]
mod tests;
