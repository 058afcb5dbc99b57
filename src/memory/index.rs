//! A translation memory indexed for fuzzy search: segment pairs, the stems of every source
//! kept in one flat array, and for each stem the segments that have it. A query counts, for
//! the segments that share its stems, how many they share; that count and the two lengths
//! bound the score from above, so candidates are scored exactly (Levenshtein on stems) from
//! the best bound down, and the search stops as soon as no remaining bound can beat the
//! matches found. Stems in a fifth or more of all segments ("the", "и") are not looked up;
//! the bound counts them as shared, so no match is lost for it.

use super::score::{Analyser, Analysis, Scores, carry_numbers, same_text, similarity};
use crate::model::primary_language;

/// One pair of the memory.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MemorySegment {
    pub source: String,
    pub target: String,
    /// Where it comes from (a project's title, a TMX file's name).
    pub origin: String,
    /// When it was made, `YYYY-MM-DD` (the TMX unit's date, the project file's last save);
    /// empty when unknown.
    pub date: String,
}

/// A match for a query.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Match {
    pub score: u8,
    pub scores: Scores,
    pub source: String,
    pub target: String,
    pub origin: String,
    /// When the pair was made (`YYYY-MM-DD`), when known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// The target with the query's numbers in place of the source's, when the two differ
    /// only in numbers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_with_numbers: Option<String>,
    /// The query's numbers differ from the match's and could not be carried into its
    /// translation: the translation's numbers are the match's, not the query's.
    pub numbers_differ: bool,
}

/// A memory's parts, as a cache keeps them.
pub struct MemoryParts<'a> {
    pub source_language: &'a str,
    pub target_language: &'a str,
    pub tokens: Vec<&'a str>,
    pub segments: &'a [MemorySegment],
    pub stems: &'a [u32],
    pub starts: &'a [usize],
}

/// The memory and its index.
pub struct TranslationMemory {
    analyser: Analyser,
    /// The translations' language (its primary subtag), for writing carried numbers.
    target_language: String,
    segments: Vec<MemorySegment>,
    /// The stems of segment `i` are `stems[starts[i]..starts[i + 1]]`.
    stems: Vec<u32>,
    starts: Vec<usize>,
    /// For each stem id, the segments that have it (each once, ascending).
    postings: Vec<Vec<u32>>,
    /// Hashes of the pairs held, so that a pair met twice (a project and the memory made
    /// from it) is kept once.
    held: std::collections::HashSet<u64>,
}

impl TranslationMemory {
    /// An empty memory from `source_language` into `target_language`.
    pub fn new(source_language: &str, target_language: &str) -> Self {
        Self {
            analyser: Analyser::new(source_language),
            target_language: primary_language(target_language),
            segments: Vec::new(),
            stems: Vec::new(),
            starts: vec![0],
            postings: Vec::new(),
            held: std::collections::HashSet::new(),
        }
    }

    /// Adds a pair (empty sides are not kept, nor a pair already held: the first origin
    /// stays).
    pub fn add(&mut self, segment: MemorySegment) {
        use std::hash::{Hash as _, Hasher as _};
        if segment.source.trim().is_empty() || segment.target.trim().is_empty() {
            return;
        }
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (&segment.source, &segment.target).hash(&mut hasher);
        if !self.held.insert(hasher.finish()) {
            return;
        }
        let Ok(index) = u32::try_from(self.segments.len()) else {
            return;
        };
        let stems = self.analyser.stems(&segment.source);
        let mut seen: Vec<u32> = stems.clone();
        seen.sort_unstable();
        seen.dedup();
        for stem in seen {
            let slot = stem as usize;
            if self.postings.len() <= slot {
                self.postings.resize_with(slot + 1, Vec::new);
            }
            self.postings[slot].push(index);
        }
        self.stems.extend(stems);
        self.starts.push(self.stems.len());
        self.segments.push(segment);
    }

    pub fn len(&self) -> usize {
        self.segments.len()
    }

    /// What a cache keeps of the memory: its languages, its token vocabulary (token `i` has
    /// id `i`), its pairs and their stems (`stems[starts[i]..starts[i + 1]]` for pair `i`).
    pub fn parts(&self) -> MemoryParts<'_> {
        MemoryParts {
            source_language: self.analyser.language(),
            target_language: &self.target_language,
            tokens: self.analyser.vocabulary.tokens_by_id(),
            segments: &self.segments,
            stems: &self.stems,
            starts: &self.starts,
        }
    }

    /// The memory made of what [`Self::parts`] gave (read back from a cache); `None` when
    /// the parts do not fit together.
    pub fn from_parts(
        (source_language, target_language): (&str, &str),
        tokens: Vec<String>,
        segments: Vec<MemorySegment>,
        stems: Vec<u32>,
        starts: Vec<usize>,
    ) -> Option<Self> {
        use std::hash::{Hash as _, Hasher as _};
        let token_count = tokens.len();
        let fits = starts.len() == segments.len() + 1
            && starts.first() == Some(&0)
            && starts.last() == Some(&stems.len())
            && starts.windows(2).all(|pair| pair[0] <= pair[1])
            && stems.iter().all(|&stem| (stem as usize) < token_count)
            && u32::try_from(segments.len()).is_ok();
        if !fits {
            return None;
        }
        let vocabulary = super::score::Vocabulary::from_tokens(tokens)?;
        let mut postings: Vec<Vec<u32>> = vec![Vec::new(); token_count];
        let mut held = std::collections::HashSet::with_capacity(segments.len());
        for (index, segment) in segments.iter().enumerate() {
            let index = u32::try_from(index).ok()?;
            let mut seen = stems[starts[index as usize]..starts[index as usize + 1]].to_vec();
            seen.sort_unstable();
            seen.dedup();
            for stem in seen {
                postings[stem as usize].push(index);
            }
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            (&segment.source, &segment.target).hash(&mut hasher);
            held.insert(hasher.finish());
        }
        Some(Self {
            analyser: Analyser::with_vocabulary(source_language, vocabulary),
            target_language: primary_language(target_language),
            segments,
            stems,
            starts,
            postings,
            held,
        })
    }

    /// Every pair, in the order they were added.
    pub fn segments(&self) -> &[MemorySegment] {
        &self.segments
    }

    pub fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }

    /// The stem ids of segment `index`'s source (for exporting the memory to another
    /// scorer, as the benchmark does).
    pub fn stems_of(&self, index: usize) -> &[u32] {
        &self.stems[self.starts[index]..self.starts[index + 1]]
    }

    /// The best `limit` matches for `query` scoring at least `minimum` (0–100), best first.
    pub fn search(&mut self, query: &str, minimum: u8, limit: usize) -> Vec<Match> {
        let (query_stems, _) = self.analyser.known_stems(query);
        let n = query_stems.len();
        if n == 0 || limit == 0 {
            return Vec::new();
        }
        let total = self.segments.len();
        let common = (total / 5).max(1000);
        // How many of the query's stems each segment shares (looked-up stems only).
        let mut shared = vec![0u16; total];
        let mut touched: Vec<u32> = Vec::new();
        let mut free = 0usize;
        let mut distinct: Vec<u32> = query_stems.iter().flatten().copied().collect();
        distinct.sort_unstable();
        let counts: Vec<(u32, usize)> = distinct
            .chunk_by(|a, b| a == b)
            .map(|run| (run[0], run.len()))
            .collect();
        for (stem, times) in counts {
            let Some(postings) = self.postings.get(stem as usize) else {
                continue;
            };
            if postings.len() > common {
                free += times;
                continue;
            }
            for &segment in postings {
                let slot = &mut shared[segment as usize];
                if *slot == 0 {
                    touched.push(segment);
                }
                *slot = slot.saturating_add(u16::try_from(times).unwrap_or(u16::MAX));
            }
        }
        // With common stems skipped, segments that share only those are candidates too when
        // the query is mostly common words; look at every segment then.
        if free > 0 && touched.is_empty() {
            touched = (0..u32::try_from(total).unwrap_or(u32::MAX)).collect();
        }
        // Bucket the candidates by the upper bound of their score.
        let mut buckets: Vec<Vec<u32>> = vec![Vec::new(); 101];
        for &segment in &touched {
            let m = self.starts[segment as usize + 1] - self.starts[segment as usize];
            let longest = n.max(m);
            if longest == 0 {
                continue;
            }
            let common_tokens = (usize::from(shared[segment as usize]) + free).min(n).min(m);
            let bound = common_tokens * 100 / longest;
            if bound >= usize::from(minimum) {
                buckets[bound].push(segment);
            }
        }
        let query_ids: Vec<u32> = query_stems
            .iter()
            .map(|stem| stem.unwrap_or(u32::MAX))
            .collect();
        let mut found: Vec<(u8, u32)> = Vec::new();
        for bound in (usize::from(minimum)..=100).rev() {
            let worst = if found.len() >= limit {
                found.last().map_or(0, |&(score, _)| score)
            } else {
                0
            };
            if found.len() >= limit && bound < usize::from(worst) {
                break;
            }
            for &segment in &buckets[bound] {
                let score = similarity(&query_ids, self.stems_of(segment as usize));
                if score >= minimum {
                    found.push((score, segment));
                }
            }
            found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            found.truncate(limit.max(1) * 4);
        }
        self.finish(query, &found, minimum, limit)
    }

    /// Full scores (and numbers carried over) for the best candidates.
    fn finish(
        &mut self,
        query: &str,
        found: &[(u8, u32)],
        minimum: u8,
        limit: usize,
    ) -> Vec<Match> {
        let query_analysis: Analysis = self.analyser.analyse(query);
        let mut matches: Vec<Match> = found
            .iter()
            .map(|&(_, segment)| {
                let segment = &self.segments[segment as usize];
                let analysis = self.analyser.analyse(&segment.source);
                let scores = Scores::of(
                    &query_analysis,
                    &analysis,
                    same_text(query, &segment.source),
                );
                let target_with_numbers = carry_numbers(
                    &query_analysis,
                    &analysis,
                    &segment.target,
                    (self.analyser.language(), &self.target_language),
                );
                let numbers_differ =
                    query_analysis.numbers != analysis.numbers && target_with_numbers.is_none();
                Match {
                    score: scores.stems,
                    scores,
                    source: segment.source.clone(),
                    target: segment.target.clone(),
                    origin: segment.origin.clone(),
                    date: segment.date.clone(),
                    target_with_numbers,
                    numbers_differ,
                }
            })
            .filter(|found| found.score >= minimum)
            .collect();
        matches.sort_by(|a, b| {
            (b.score, b.scores.words, b.scores.all).cmp(&(a.score, a.scores.words, a.scores.all))
        });
        matches.truncate(limit);
        matches
    }

    /// The stem ids of `query` as the search sees them (unknown stems as `u32::MAX`).
    pub fn query_stems(&self, query: &str) -> Vec<u32> {
        let (stems, _) = self.analyser.known_stems(query);
        stems.iter().map(|stem| stem.unwrap_or(u32::MAX)).collect()
    }

    /// The same search by scoring every segment (for checking the index, and as the
    /// benchmark's baseline).
    pub fn search_linearly(&mut self, query: &str, minimum: u8, limit: usize) -> Vec<Match> {
        let (query_stems, _) = self.analyser.known_stems(query);
        let query_ids: Vec<u32> = query_stems
            .iter()
            .map(|stem| stem.unwrap_or(u32::MAX))
            .collect();
        let mut found: Vec<(u8, u32)> = (0..self.segments.len())
            .filter_map(|segment| {
                let score = similarity(&query_ids, self.stems_of(segment));
                let index = u32::try_from(segment).ok()?;
                (score >= minimum).then_some((score, index))
            })
            .collect();
        found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        found.truncate(limit.max(1) * 4);
        self.finish(query, &found, minimum, limit)
    }
}

#[cfg(test)]
mod tests;
