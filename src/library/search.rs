//! Full-text search over the library: a query's words must all be in a text (in any language
//! the library has, each word folded and stemmed the way that language is, so "президента"
//! finds "президент" and "prezidentlə" finds "prezident"), words in quotes must stand
//! together in that order, and the texts found are ranked by BM25 over the whole library.
//! Filters narrow by language, outlet, tag, status and publication date.

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;

use super::catalogue::{Entry, WorkStatus};
use super::index::{LibraryIndex, Posting, Segment, SegmentText};
use super::record::{Field, fold_word, term_key, term_spans};
use crate::memory::stem::Stemmer;
use crate::model::primary_language;

/// BM25's term-frequency saturation.
const K1: f32 = 1.2;
/// BM25's length normalisation.
const B: f32 = 0.75;
/// How many characters of a text a snippet shows at most.
const SNIPPET_CHARS: usize = 220;

/// What to look for and where.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Words, and phrases in double quotes.
    pub text: String,
    /// Only texts in this language.
    pub lang: Option<String>,
    /// Only projects whose outlet contains this (any case).
    pub outlet: Option<String>,
    /// Only projects with this tag.
    pub tag: Option<String>,
    /// Only projects published on or after this date (`YYYY-MM-DD`, or a prefix of it);
    /// a project whose date could not be read is left out when a date is asked for.
    pub published_from: Option<String>,
    /// Only projects published on or before this date.
    pub published_to: Option<String>,
    pub status: Option<WorkStatus>,
}

/// A text found.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub project: PathBuf,
    pub file_name: String,
    pub title: String,
    pub paragraph_id: Option<u32>,
    pub lang: String,
    pub field: Field,
    pub score: f32,
    /// Part of the text around what was found.
    pub snippet: String,
    /// What was found, as character ranges of the snippet.
    pub highlights: Vec<Range<usize>>,
}

/// A part of a query: one word, or a phrase of several in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryPart {
    pub words: Vec<String>,
}

/// The words and phrases of `text`: double quotes (straight or typographic) enclose a
/// phrase; a word that the tokeniser cuts in several (e-mail) is a phrase too. Words are
/// kept as typed; each language folds them its own way.
pub fn parse_query(text: &str) -> Vec<QueryPart> {
    let mut parts = Vec::new();
    for (index, piece) in text.split(['"', '“', '”', '«', '»', '„']).enumerate() {
        let quoted = index % 2 == 1;
        let words: Vec<String> = term_spans(piece, "und")
            .into_iter()
            .map(|(range, _)| piece[range].to_owned())
            .collect();
        if quoted {
            if !words.is_empty() {
                parts.push(QueryPart { words });
            }
        } else {
            for word in piece.split_whitespace() {
                let words: Vec<String> = term_spans(word, "und")
                    .into_iter()
                    .map(|(range, _)| word[range].to_owned())
                    .collect();
                if !words.is_empty() {
                    parts.push(QueryPart { words });
                }
            }
        }
    }
    parts
}

/// The terms that count as one query word in one language.
type Alternatives = Vec<u32>;

/// How many letters an Azerbaijani stem may differ by at its end and still count as the
/// query word's: the suffix stripper cannot always tell a buffer consonant from the stem's
/// own (`avtobus-u` and `avtobu-su` both look right to it), so the index's stems one or two
/// letters longer or shorter than the query's count too.
const LOOSE_LETTERS: usize = 2;
/// The shortest Azerbaijani stem taken loosely.
const LOOSE_SHORTEST: usize = 4;

/// The query's parts as terms of one language: per part, per word, the terms that count as
/// it (`None` when some word has none in that language).
fn parts_in(
    index: &LibraryIndex,
    parts: &[QueryPart],
    language: &str,
) -> Option<Vec<Vec<Alternatives>>> {
    let stemmer = Stemmer::for_language(language);
    parts
        .iter()
        .map(|part| {
            part.words
                .iter()
                .map(|word| {
                    let folded = fold_word(word, language);
                    let key = term_key(&stemmer, language, &folded);
                    let mut alternatives: Alternatives =
                        index.dictionary().id(&key).into_iter().collect();
                    if language == "az" {
                        alternatives.extend(loose_azerbaijani(index, &key));
                        alternatives.sort_unstable();
                        alternatives.dedup();
                    }
                    (!alternatives.is_empty()).then_some(alternatives)
                })
                .collect::<Option<Vec<Alternatives>>>()
        })
        .collect()
}

/// The Azerbaijani terms whose stems differ from `key`'s only by up to `LOOSE_LETTERS`
/// letters at the end, one being the start of the other.
fn loose_azerbaijani(index: &LibraryIndex, key: &str) -> Vec<u32> {
    let Some((_, stem)) = key.split_once('\u{1f}') else {
        return Vec::new();
    };
    let length = stem.chars().count();
    if length < LOOSE_SHORTEST || !stem.chars().all(char::is_alphabetic) {
        return Vec::new();
    }
    let dictionary = index.dictionary();
    // Longer stems that start with this one…
    let mut found: Vec<u32> = dictionary
        .azerbaijani_from(stem)
        .filter(|(other, _)| other.chars().count() <= length + LOOSE_LETTERS)
        .map(|(_, id)| id)
        .collect();
    // …and shorter ones this one starts with.
    for (cut, _) in stem.char_indices().rev().take(LOOSE_LETTERS) {
        if stem[..cut].chars().count() >= LOOSE_SHORTEST
            && let Some(id) = dictionary.id(&format!("az\u{1f}{}", &stem[..cut]))
        {
            found.push(id);
        }
    }
    found
}

fn contains_folded(haystack: &str, needle: &str) -> bool {
    haystack.to_lowercase().contains(&needle.to_lowercase())
}

/// A filter's value, when one is given (not blank).
fn given(value: Option<&String>) -> Option<&str> {
    value
        .map(|text| text.trim())
        .filter(|text| !text.is_empty())
}

/// Whether `entry` passes the query's project filters.
pub fn entry_passes(entry: &Entry, query: &Query) -> bool {
    let published = entry.published_day.as_str();
    let outlet_ok =
        given(query.outlet.as_ref()).is_none_or(|outlet| contains_folded(&entry.outlet, outlet));
    let tag_ok = given(query.tag.as_ref()).is_none_or(|tag| {
        let tag = tag.to_lowercase();
        entry.tags.iter().any(|own| own.to_lowercase() == tag)
    });
    let status_ok = query.status.is_none_or(|status| entry.status() == status);
    let from_ok = given(query.published_from.as_ref())
        .is_none_or(|from| !published.is_empty() && published >= from);
    // A date on the last day itself (with a time after it) is still within.
    let to_ok = given(query.published_to.as_ref()).is_none_or(|to| {
        !published.is_empty() && published.get(..to.len()).is_some_and(|day| day <= to)
    });
    outlet_ok && tag_ok && status_ok && from_ok && to_ok
}

/// Whether the text's terms have `phrase` (a term of each word's alternatives, one after
/// the other) at some place.
fn has_phrase(terms: &[u32], phrase: &[Alternatives]) -> bool {
    phrase.len() <= 1
        || terms.windows(phrase.len()).any(|window| {
            window
                .iter()
                .zip(phrase)
                .all(|(term, alternatives)| alternatives.contains(term))
        })
}

/// The texts (slot, index) holding any of `alternatives`, each once.
fn holding_any(index: &LibraryIndex, alternatives: &Alternatives) -> Vec<Posting> {
    let mut found: Vec<Posting> = alternatives
        .iter()
        .flat_map(|&id| index.postings(id))
        .copied()
        .collect();
    if alternatives.len() > 1 {
        found.sort_unstable();
        found.dedup();
    }
    found
}

/// The texts matching `query`, best first, at most `limit`.
pub fn search(index: &LibraryIndex, query: &Query, limit: usize) -> Vec<Hit> {
    let parts = parse_query(&query.text);
    if parts.is_empty() || limit == 0 || index.text_count() == 0 {
        return Vec::new();
    }
    let languages: Vec<String> = match &query.lang {
        Some(lang) => vec![primary_language(lang)],
        None => index.dictionary().languages().map(str::to_owned).collect(),
    };
    // Which slots the project filters let through, worked out once.
    let passes: Vec<bool> = (0..index.slot_count())
        .map(|slot| {
            u32::try_from(slot)
                .ok()
                .and_then(|slot| index.slot(slot))
                .is_some_and(|segment| entry_passes(&segment.entry, query))
        })
        .collect();
    let text_count = index.text_count() as f32;
    let average_length = index.total_length() as f32 / text_count;
    let mut found: Vec<(f32, &Segment, &SegmentText)> = Vec::new();
    let mut wanted: HashMap<&str, Vec<u32>> = HashMap::new();
    for language in &languages {
        let Some(term_parts) = parts_in(index, &parts, language) else {
            continue;
        };
        wanted.insert(
            language.as_str(),
            term_parts.iter().flatten().flatten().copied().collect(),
        );
        let mut words: Vec<&Alternatives> = term_parts.iter().flatten().collect();
        words.sort_unstable();
        words.dedup();
        // How many texts hold each word (any of its terms), over the library.
        let holding: Vec<usize> = words
            .iter()
            .map(|alternatives| {
                alternatives
                    .iter()
                    .map(|&id| index.postings(id).len())
                    .sum()
            })
            .collect();
        let idf: Vec<f32> = holding
            .iter()
            .map(|&holding| {
                let holding = holding as f32;
                ((text_count - holding + 0.5) / (holding + 0.5) + 1.0).ln()
            })
            .collect();
        let Some(rarest) = (0..words.len()).min_by_key(|&word| holding[word]) else {
            continue;
        };
        let mut counts = vec![0u32; words.len()];
        for (slot, text_index) in holding_any(index, words[rarest]) {
            if !passes.get(slot as usize).copied().unwrap_or(false) {
                continue;
            }
            let Some(segment) = index.slot(slot) else {
                continue;
            };
            let Some(text) = segment.texts.get(text_index as usize) else {
                continue;
            };
            if text.lang != *language {
                continue;
            }
            let terms = &segment.terms[text.start as usize..text.end as usize];
            counts.fill(0);
            for term in terms {
                for (word, alternatives) in words.iter().enumerate() {
                    if alternatives.contains(term) {
                        counts[word] += 1;
                    }
                }
            }
            if counts.contains(&0) {
                continue;
            }
            if !term_parts.iter().all(|phrase| has_phrase(terms, phrase)) {
                continue;
            }
            let length = text.length() as f32;
            let score: f32 = counts
                .iter()
                .zip(&idf)
                .map(|(&count, idf)| {
                    let count = count as f32;
                    idf * count * (K1 + 1.0)
                        / (count + K1 * (1.0 - B + B * length / average_length))
                })
                .sum();
            found.push((score, segment, text));
        }
    }
    let order = |one: &(f32, &Segment, &SegmentText), other: &(f32, &Segment, &SegmentText)| {
        other
            .0
            .total_cmp(&one.0)
            .then_with(|| one.1.entry.project.cmp(&other.1.entry.project))
            .then_with(|| one.2.start.cmp(&other.2.start))
    };
    if found.len() > limit {
        found.select_nth_unstable_by(limit - 1, order);
        found.truncate(limit);
    }
    found.sort_by(order);
    found
        .into_iter()
        .map(|(score, segment, text)| {
            let ids = wanted
                .get(text.lang.as_str())
                .map_or(&[][..], Vec::as_slice);
            let (snippet, highlights) = snippet(index, text, ids);
            Hit {
                project: segment.entry.project.clone(),
                file_name: segment.entry.file_name.clone(),
                title: segment.entry.display_title().to_owned(),
                paragraph_id: text.paragraph_id,
                lang: text.lang.clone(),
                field: text.field,
                score,
                snippet,
                highlights,
            }
        })
        .collect()
}

/// Part of `text` around the first of the query's words found in it, with every word found
/// marked (as character ranges of the snippet).
pub fn snippet(
    index: &LibraryIndex,
    text: &SegmentText,
    wanted: &[u32],
) -> (String, Vec<Range<usize>>) {
    let language = &text.lang;
    let stemmer = Stemmer::for_language(language);
    let places: Vec<Range<usize>> = term_spans(&text.text, language)
        .into_iter()
        .filter(|(_, word)| {
            index
                .dictionary()
                .id(&term_key(&stemmer, language, word))
                .is_some_and(|id| wanted.contains(&id))
        })
        .map(|(range, _)| range)
        .collect();
    let whole = text.text.as_str();
    let first = places.first().map_or(0, |range| range.start);
    // Start a little before the first place found, at a word's start.
    let mut start = whole[..first]
        .char_indices()
        .rev()
        .nth(60)
        .map_or(0, |(at, _)| at);
    if start > 0 {
        start = whole[start..first]
            .find(char::is_whitespace)
            .map_or(start, |space| start + space + 1);
    }
    let mut end = whole[start..]
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(whole.len(), |(at, _)| start + at);
    if end < whole.len() {
        end = whole[start..end]
            .rfind(char::is_whitespace)
            .filter(|&space| space > first.saturating_sub(start))
            .map_or(end, |space| start + space);
    }
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < whole.len() { "…" } else { "" };
    let shown = &whole[start..end];
    let mut snippet = String::with_capacity(shown.len() + 8);
    snippet.push_str(prefix);
    let mut highlights = Vec::new();
    let mut chars_before = prefix.chars().count();
    let mut at = start;
    for place in places
        .iter()
        .filter(|place| place.start >= start && place.end <= end)
    {
        chars_before += whole[at..place.start].chars().count();
        let length = whole[place.clone()].chars().count();
        highlights.push(chars_before..chars_before + length);
        chars_before += length;
        at = place.end;
    }
    snippet.push_str(shown);
    snippet.push_str(suffix);
    // Line ends inside a paragraph become spaces in a one-line snippet (same length in
    // characters, so the highlights stay right).
    let snippet = snippet
        .chars()
        .map(|character| {
            if character.is_control() {
                ' '
            } else {
                character
            }
        })
        .collect();
    (snippet, highlights)
}
