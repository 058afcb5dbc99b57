//! Spelling from a plain word list, for languages with no Hunspell affix rules to lean on
//! (Azerbaijani: the only free dictionary is a flat list of about 19,000 forms). A word list
//! cannot tell a misspelling from a word it has never seen, and Azerbaijani builds most
//! words by suffixes, so a word counts as wrong only when it is unknown — neither listed nor
//! sharing a stem (the suffix stripper of `memory::azerbaijani`) with a listed word — *and*
//! one edit (a letter dropped, added, changed, or two swapped) away from a listed word of at
//! least four letters. A word the list has never seen and that resembles nothing in it is
//! given the benefit of the doubt.

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// Words shorter than this are neither judged nor offered as corrections.
const SHORTEST: usize = 4;

/// Known words with their counts, their stems, and an index of each word with one letter
/// deleted (so words one edit apart are found without scanning the list).
#[derive(Debug, Default)]
pub struct WordList {
    language: String,
    counts: HashMap<String, u32>,
    stems: HashSet<String>,
    /// (hash of a word with one letter deleted, or of the word itself; index in `words`),
    /// sorted by hash. Built by [`WordList::finish`].
    deletes: Vec<(u64, u32)>,
    words: Vec<String>,
}

fn hash_of(text: &str) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// `word` with each one of its letters deleted in turn.
fn deletions(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices().map(move |(at, letter)| {
        let mut shorter = String::with_capacity(word.len());
        shorter.push_str(&word[..at]);
        shorter.push_str(&word[at + letter.len_utf8()..]);
        shorter
    })
}

/// Whether two words are at most one edit apart (Damerau: a swap of neighbours is one edit).
fn one_edit_apart(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let first = short
        .iter()
        .zip(long.iter())
        .position(|(x, y)| x != y)
        .unwrap_or(short.len());
    if short.len() == long.len() {
        if first == short.len() {
            return true;
        }
        // One letter changed, or two neighbours swapped.
        short[first + 1..] == long[first + 1..]
            || (first + 1 < short.len()
                && short[first] == long[first + 1]
                && short[first + 1] == long[first]
                && short[first + 2..] == long[first + 2..])
    } else {
        short[first..] == long[first + 1..]
    }
}

impl WordList {
    /// An empty list for `language` (its primary subtag).
    pub fn new(language: &str) -> Self {
        Self {
            language: language.to_owned(),
            ..Self::default()
        }
    }

    /// The number of distinct words known.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// Whether no word is known.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    fn fold(&self, word: &str) -> String {
        crate::memory::text::fold(word, &self.language)
    }

    fn stem(&self, folded: &str) -> String {
        if self.language == "az" || self.language == "tr" {
            crate::memory::azerbaijani::stem(folded)
        } else {
            folded.to_owned()
        }
    }

    /// Adds `word`, seen `count` times. Call [`WordList::finish`] after the last one.
    pub fn add(&mut self, word: &str, count: u32) {
        let folded = self.fold(word.trim());
        if folded.is_empty() {
            return;
        }
        self.stems.insert(self.stem(&folded));
        *self.counts.entry(folded).or_default() += count;
    }

    /// Builds the index of near words; call it after adding words.
    pub fn finish(&mut self) {
        self.words = self
            .counts
            .keys()
            .filter(|word| word.chars().count() >= SHORTEST)
            .cloned()
            .collect();
        self.words.sort();
        self.deletes.clear();
        for (index, word) in self.words.iter().enumerate() {
            let Ok(index) = u32::try_from(index) else {
                break;
            };
            self.deletes.push((hash_of(word), index));
            for shorter in deletions(word) {
                self.deletes.push((hash_of(&shorter), index));
            }
        }
        self.deletes.sort_unstable();
        self.deletes.dedup();
    }

    /// Whether `word` (as written) is listed or shares a stem with a listed word.
    pub fn knows(&self, word: &str) -> bool {
        let folded = self.fold(word);
        self.counts.contains_key(&folded) || self.stems.contains(&self.stem(&folded))
    }

    /// The listed words one edit away from `word`, the most frequent first.
    pub fn near(&self, word: &str) -> Vec<&str> {
        let folded = self.fold(word);
        let mut keys: Vec<u64> = deletions(&folded)
            .map(|shorter| hash_of(&shorter))
            .collect();
        keys.push(hash_of(&folded));
        let mut found: Vec<&str> = Vec::new();
        for key in keys {
            let start = self.deletes.partition_point(|(hash, _)| *hash < key);
            for (_, index) in self.deletes[start..]
                .iter()
                .take_while(|(hash, _)| *hash == key)
            {
                let Some(candidate) = usize::try_from(*index)
                    .ok()
                    .and_then(|index| self.words.get(index))
                else {
                    continue;
                };
                if candidate != &folded
                    && one_edit_apart(candidate, &folded)
                    && !found.contains(&candidate.as_str())
                {
                    found.push(candidate);
                }
            }
        }
        found.sort_by_key(|candidate| {
            (
                std::cmp::Reverse(self.counts.get(*candidate).copied().unwrap_or(0)),
                *candidate,
            )
        });
        found
    }

    /// Whether `word` looks misspelt: unknown, at least four letters, and it or its stem one
    /// edit from a listed word.
    pub fn looks_misspelt(&self, word: &str) -> bool {
        if word.chars().count() < SHORTEST || self.knows(word) {
            return false;
        }
        if !self.near(word).is_empty() {
            return true;
        }
        let stem = self.stem(&self.fold(word));
        stem.chars().count() >= SHORTEST && !self.near(&stem).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(words: &[&str]) -> WordList {
        let mut list = WordList::new("az");
        for word in words {
            list.add(word, 1);
        }
        list.finish();
        list
    }

    #[test]
    fn edits_are_counted_as_damerau_does() {
        assert!(one_edit_apart("hökumət", "hökümət"));
        assert!(one_edit_apart("hökumət", "hökuət"));
        assert!(one_edit_apart("hökumət", "hökumətt"));
        assert!(one_edit_apart("hökumət", "höukmət"));
        assert!(!one_edit_apart("hökumət", "hkuömət"));
        assert!(!one_edit_apart("ev", "evlər"));
    }

    #[test]
    fn inflected_forms_of_known_words_are_right_and_typos_of_them_wrong() {
        let words = list(&["hökumət", "prezident", "ev", "Bakı", "şəhər"]);
        for right in [
            "hökumətin",
            "Hökumətlərimizdən",
            "prezidentə",
            "evlərdə",
            "BAKIDA",
        ] {
            assert!(words.knows(right), "{right}");
            assert!(!words.looks_misspelt(right), "{right}");
        }
        for wrong in ["hökümət", "prezdent", "şəhr", "hökümətimizin"] {
            assert!(words.looks_misspelt(wrong), "{wrong}");
        }
        assert_eq!(words.near("prezdent"), ["prezident"]);
        // Unknown, but like nothing known: not judged.
        assert!(!words.looks_misspelt("koronavirus"));
        // Too short to judge.
        assert!(!words.looks_misspelt("evx"));
    }

    #[test]
    fn the_most_frequent_near_word_comes_first() {
        let mut words = WordList::new("en");
        words.add("cart", 1);
        words.add("care", 9);
        words.finish();
        assert_eq!(words.near("carx"), ["care", "cart"]);
    }
}
