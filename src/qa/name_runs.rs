//! Names of several words that a translation keeps as the source writes them, but not
//! whole: "Desert Island Discs" left as "Desert Discs", "Fox Business Network" as "Fox
//! Network". A word of such a name that a dictionary knows (Island, Business) is no name
//! to the names check, so it could be dropped unseen; but when the words on both sides of
//! it are kept letter for letter, the name was not translated, and the word is missing.
use crate::align::letters::{is_letter, is_letter_or_digit};

/// A word of the source, and whether punctuation or a sentence's end comes after it.
struct SourceWord<'a> {
    word: &'a str,
    closed: bool,
}

fn source_words(source: &str) -> Vec<SourceWord<'_>> {
    source
        .split_whitespace()
        .filter_map(|token| {
            let trimmed = token.trim_matches(|c: char| !is_letter_or_digit(c));
            let word = trimmed
                .strip_suffix("'s")
                .or_else(|| trimmed.strip_suffix("’s"))
                .unwrap_or(trimmed);
            (!word.is_empty()).then(|| SourceWord {
                word,
                closed: !token.ends_with(|c: char| is_letter_or_digit(c)) || word != trimmed,
            })
        })
        .collect()
}

/// Whether the translation's words (`sorted`, each without the marks before it) have `word`
/// as the source writes it, endings allowed after it (Discs, Sanfordla, Mirren-i).
fn kept_as_written(word: &str, sorted: &[&str]) -> bool {
    let from = sorted.partition_point(|token| *token < word);
    sorted[from..]
        .iter()
        .take_while(|token| token.starts_with(word))
        .any(|token| !token[word.len()..].starts_with(char::is_uppercase))
}

/// The words a translation dropped from the source's names of several capitalised words it
/// otherwise keeps as written: in a run of capitalised words with nothing between them, two
/// (not acronyms) kept letter for letter, and a word between them that `common` (the source
/// language's dictionary) knows in lower case neither kept nor found by `spelt` (the names
/// check's reading in any script).
pub(super) fn dropped_from_kept_names<'a>(
    (source, target): (&'a str, &str),
    common: &crate::spell::Speller,
    spelt: impl Fn(&str) -> bool,
) -> Vec<&'a str> {
    let words = source_words(source);
    // Without two capitalised words in a row there is nothing to look for.
    let capital = |word: &SourceWord<'_>| word.word.starts_with(char::is_uppercase);
    if !words
        .windows(2)
        .any(|pair| !pair[0].closed && capital(&pair[0]) && capital(&pair[1]))
    {
        return Vec::new();
    }
    let mut sorted: Vec<&str> = target
        .split_whitespace()
        .map(|token| token.trim_start_matches(|c: char| !is_letter_or_digit(c)))
        .collect();
    sorted.sort_unstable();
    let mut dropped = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut start = 0;
    while start < words.len() {
        let mut end = start;
        while end < words.len()
            && words[end].word.starts_with(char::is_uppercase)
            && (end == start || !words[end - 1].closed)
        {
            end += 1;
        }
        if end == start {
            start += 1;
            continue;
        }
        let run = &words[start..end];
        start = end;
        if run.len() < 2 {
            continue;
        }
        // Two words kept letter for letter say the name was kept, and a word between them
        // belongs to it (a single kept word may be a person's name after a title that is
        // translated: President Donald Trump; a word after them a kind of body that is:
        // World Wide Web Consortium, консорциум World Wide Web).
        let kept: Vec<usize> = (0..run.len())
            .filter(|&at| {
                !super::name_table::acronym(run[at].word) && kept_as_written(run[at].word, &sorted)
            })
            .collect();
        let (Some(&first), Some(&last)) = (kept.first(), kept.last()) else {
            continue;
        };
        if kept.len() < 2 {
            continue;
        }
        for word in &run[first..=last] {
            let letters = word.word.chars().filter(|c| is_letter(*c)).count();
            if letters >= 3
                && !super::name_table::acronym(word.word)
                && common.in_dictionary(&crate::align::letters::lowercase(word.word))
                && !kept_as_written(word.word, &sorted)
                && !spelt(word.word)
                && seen.insert(word.word)
            {
                dropped.push(word.word);
            }
        }
    }
    dropped
}
