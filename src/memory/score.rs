//! Fuzzy match scores, as OmegaT computes them: a word-token Levenshtein distance `d` between
//! two segments of `n` and `m` tokens gives `100·(max(n,m)−d)/max(n,m)`. Three variants:
//! on stems (the score shown: inflected forms of one word are the same token), on the words
//! as written, and on every token including numbers and punctuation. Only identical texts
//! (white space aside) score 100; a segment that differs only in numbers scores 99 on stems,
//! and its numbers can be carried over into the translation.

use std::collections::HashMap;

use super::stem::Stemmer;
use super::text::{TokenKind, tokens};
use crate::model::primary_language;

/// Token ids: each distinct token text gets one.
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: HashMap<String, u32>,
    /// Each id's token.
    tokens: Vec<String>,
}

impl Vocabulary {
    /// The id of `token`, given one if it is new.
    pub fn id(&mut self, token: &str) -> u32 {
        if let Some(&id) = self.ids.get(token) {
            return id;
        }
        let id = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        self.ids.insert(token.to_owned(), id);
        self.tokens.push(token.to_owned());
        id
    }

    /// The id of `token` if it is known.
    pub fn known(&self, token: &str) -> Option<u32> {
        self.ids.get(token).copied()
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Every token, at the place of its id.
    pub fn tokens_by_id(&self) -> Vec<&str> {
        self.tokens.iter().map(String::as_str).collect()
    }

    /// The token of `id`.
    pub fn token(&self, id: u32) -> Option<&str> {
        self.tokens.get(id as usize).map(String::as_str)
    }

    /// The vocabulary whose token `i` has id `i` (`None` when a token is there twice).
    pub fn from_tokens(tokens: Vec<String>) -> Option<Self> {
        let count = tokens.len();
        let mut ids = HashMap::with_capacity(count);
        for (id, token) in tokens.iter().enumerate() {
            if ids.insert(token.clone(), u32::try_from(id).ok()?).is_some() {
                return None;
            }
        }
        Some(Self { ids, tokens })
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// One language's analysis: its stemmer, and the stems of words already seen (stemming each
/// distinct word once).
pub struct Analyser {
    language: String,
    stemmer: Stemmer,
    stems: HashMap<String, u32>,
    pub vocabulary: Vocabulary,
}

/// A segment as the scores see it: token ids of its stems, words, and all tokens, and its
/// numbers as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    pub stems: Vec<u32>,
    pub words: Vec<u32>,
    pub all: Vec<u32>,
    pub numbers: Vec<String>,
}

impl Analyser {
    /// The language analysed (its primary subtag).
    pub fn language(&self) -> &str {
        &self.language
    }

    pub fn new(language: &str) -> Self {
        Self::with_vocabulary(language, Vocabulary::default())
    }

    /// An analyser for `language` that goes on with the ids of `vocabulary`.
    pub fn with_vocabulary(language: &str, vocabulary: Vocabulary) -> Self {
        let primary = primary_language(language);
        Self {
            stemmer: Stemmer::for_language(&primary),
            language: primary,
            stems: HashMap::new(),
            vocabulary,
        }
    }

    /// The text of stem `id` (empty for an unknown id).
    pub fn stem_text(&self, id: u32) -> &str {
        self.vocabulary
            .token(id)
            .map_or("", |token| token.strip_prefix('~').unwrap_or(token))
    }

    /// The stem id of a folded word.
    pub fn stem_id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.stems.get(word) {
            return id;
        }
        let stem = format!("~{}", self.stemmer.stem(word));
        let id = self.vocabulary.id(&stem);
        self.stems.insert(word.to_owned(), id);
        id
    }

    /// The full analysis of `text`.
    pub fn analyse(&mut self, text: &str) -> Analysis {
        let mut analysis = Analysis::default();
        for token in tokens(text, &self.language) {
            let id = self.vocabulary.id(&token.text);
            analysis.all.push(id);
            match token.kind {
                TokenKind::Word => {
                    analysis.words.push(id);
                    let stem = self.stem_id(&token.text);
                    analysis.stems.push(stem);
                }
                TokenKind::Number => analysis.numbers.push(token.text),
                TokenKind::Punctuation => {}
            }
        }
        analysis
    }

    /// Only the stems of `text` (what the index keeps).
    pub fn stems(&mut self, text: &str) -> Vec<u32> {
        tokens(text, &self.language)
            .into_iter()
            .filter(|token| token.kind == TokenKind::Word)
            .map(|token| self.stem_id(&token.text))
            .collect()
    }

    /// The stems of `text` among those already known (a query adds nothing to the
    /// vocabulary: an unknown stem is in no segment), and how many are unknown.
    pub fn known_stems(&self, text: &str) -> (Vec<Option<u32>>, usize) {
        let mut unknown = 0;
        let stems = tokens(text, &self.language)
            .into_iter()
            .filter(|token| token.kind == TokenKind::Word)
            .map(|token| {
                let id = self.stems.get(&token.text).copied().or_else(|| {
                    self.vocabulary
                        .known(&format!("~{}", self.stemmer.stem(&token.text)))
                });
                if id.is_none() {
                    unknown += 1;
                }
                id
            })
            .collect();
        (stems, unknown)
    }
}

/// The Levenshtein distance between two token sequences.
pub fn distance(one: &[u32], other: &[u32]) -> usize {
    if one.is_empty() {
        return other.len();
    }
    let mut previous: Vec<usize> = (0..=other.len()).collect();
    let mut current = vec![0; other.len() + 1];
    for (i, a) in one.iter().enumerate() {
        current[0] = i + 1;
        for (j, b) in other.iter().enumerate() {
            let substitution = previous[j] + usize::from(a != b);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[other.len()]
}

/// `100·(max(n,m)−d)/max(n,m)`, rounded down; two empty sequences are alike.
pub fn similarity(one: &[u32], other: &[u32]) -> u8 {
    let longest = one.len().max(other.len());
    if longest == 0 {
        return 100;
    }
    let alike = longest - distance(one, other);
    u8::try_from(alike * 100 / longest).unwrap_or(100)
}

/// The three scores of a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Scores {
    /// On stems: the score shown.
    pub stems: u8,
    /// On words as written.
    pub words: u8,
    /// On every token, numbers and punctuation included.
    pub all: u8,
}

impl Scores {
    /// The scores of `candidate` for `query`; `identical` says whether the two texts are the
    /// same (white space aside), the only case that scores 100.
    pub fn of(query: &Analysis, candidate: &Analysis, identical: bool) -> Self {
        let cap = |score: u8| if identical { score } else { score.min(99) };
        Self {
            stems: cap(similarity(&query.stems, &candidate.stems)),
            words: cap(similarity(&query.words, &candidate.words)),
            all: cap(similarity(&query.all, &candidate.all)),
        }
    }
}

/// Whether two texts are the same, white space aside.
pub fn same_text(one: &str, other: &str) -> bool {
    one.split_whitespace().eq(other.split_whitespace())
}

/// `target` with the numbers of `source` replaced by the query's, when the two differ only
/// in numbers. A changed number is replaced only where it is unambiguous — once in the
/// source and once in the target — since word order differs between languages (`None`
/// otherwise).
pub fn carry_numbers(
    query: &Analysis,
    source: &Analysis,
    target: &str,
    (from, to): (&str, &str),
) -> Option<String> {
    if query.words != source.words
        || query.numbers.len() != source.numbers.len()
        || query.numbers == source.numbers
    {
        return None;
    }
    let mut result = target.to_owned();
    for (old, new) in source.numbers.iter().zip(&query.numbers) {
        if old == new {
            continue;
        }
        let once_in_source = source
            .numbers
            .iter()
            .filter(|number| *number == old)
            .count()
            == 1;
        let at = find_number(&result, old)?;
        let once_in_target = find_number(&result[at + old.len()..], old).is_none();
        if !once_in_source || !once_in_target {
            return None;
        }
        result.replace_range(at..at + old.len(), &localised_number(new, from, to));
    }
    Some(result)
}

/// Whether a language writes decimals with a comma (and groups thousands with a space).
fn uses_decimal_comma(language: &str) -> bool {
    !matches!(language, "en" | "he" | "ja" | "ko" | "zh" | "th" | "hi")
}

/// `number` as written in `from`, written as `to` writes numbers: `10.5` in English is
/// `10,5` in Russian and Azerbaijani, `50,000` is `50 000` (with a no-break space), and back.
fn localised_number(number: &str, from: &str, to: &str) -> String {
    let (from_comma, to_comma) = (uses_decimal_comma(from), uses_decimal_comma(to));
    if from_comma == to_comma {
        return number.to_owned();
    }
    let (decimal, group) = if from_comma { (',', ' ') } else { ('.', ',') };
    let (to_decimal, to_group) = if to_comma {
        (',', '\u{a0}')
    } else {
        ('.', ',')
    };
    number
        .chars()
        .map(|character| match character {
            c if c == decimal => to_decimal,
            c if c == group || (from_comma && c == '\u{a0}') => to_group,
            c => c,
        })
        .collect()
}

/// Where `number` stands in `text` as a whole number (not inside a longer one).
fn find_number(text: &str, number: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = text[from..].find(number) {
        let at = from + found;
        let before = text[..at].chars().next_back();
        let after = text[at + number.len()..].chars().next();
        let digit = |character: Option<char>| character.is_some_and(|c| c.is_ascii_digit());
        if !digit(before) && !digit(after) {
            return Some(at);
        }
        from = at + number.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_follow_the_token_levenshtein_formula() {
        assert_eq!(distance(&[1, 2, 3], &[1, 3]), 1);
        assert_eq!(similarity(&[1, 2, 3, 4], &[1, 2, 3, 5]), 75);
        assert_eq!(similarity(&[], &[]), 100);
        let mut analyser = Analyser::new("en");
        let query = analyser.analyse("The police detained 15 protesters near the parliament.");
        let same = analyser.analyse("The police  detained 15 protesters near the parliament.");
        let numbers = analyser.analyse("The police detained 20 protesters near the parliament.");
        let inflected = analyser.analyse("The police detain 15 protesters near the parliament.");
        assert_eq!(Scores::of(&query, &same, true).stems, 100);
        let only_numbers = Scores::of(&query, &numbers, false);
        assert_eq!((only_numbers.stems, only_numbers.words), (99, 99));
        assert!(only_numbers.all < 99);
        let scores = Scores::of(&query, &inflected, false);
        assert_eq!(scores.stems, 99, "detain and detained share a stem");
        assert!(scores.words < 90);
    }

    #[test]
    fn numbers_are_carried_into_the_translation() {
        let mut analyser = Analyser::new("en");
        let pair = ("en", "ru");
        let query = analyser.analyse("Police detained 20 people at 16:30.");
        let source = analyser.analyse("Police detained 15 people at 17:30.");
        assert_eq!(
            carry_numbers(
                &query,
                &source,
                "Полиция задержала 15 человек в 17:30.",
                pair
            )
            .as_deref(),
            Some("Полиция задержала 20 человек в 16:30.")
        );
        let other = analyser.analyse("Police released 15 people at 15:00.");
        assert_eq!(carry_numbers(&query, &other, "…", pair), None);
        // Decimals are written as the translation's language writes them.
        let decimal_query = analyser.analyse("The road is 10.5 km long.");
        let decimal_source = analyser.analyse("The road is 10 km long.");
        assert_eq!(
            carry_numbers(
                &decimal_query,
                &decimal_source,
                "Длина дороги — 10 км.",
                pair
            )
            .as_deref(),
            Some("Длина дороги — 10,5 км.")
        );
        // Word order differs: a number that stands twice cannot be placed, so none is.
        let query = analyser.analyse("Passengers will pay 2 lari from January 1.");
        let source = analyser.analyse("Passengers will pay 1 lari from January 1.");
        assert_eq!(
            carry_numbers(
                &query,
                &source,
                "С 1 января пассажиры будут платить 1 лари.",
                pair
            ),
            None
        );
    }
}
