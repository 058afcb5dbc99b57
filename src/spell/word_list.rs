//! Spelling from a plain word list, for languages with no Hunspell affix rules to lean on
//! (Azerbaijani: the only free dictionary is a flat list of about 19,000 forms). A word list
//! cannot tell a misspelling from a word it has never seen, and Azerbaijani builds most
//! words by suffixes, so a word counts as wrong only when it is unknown — neither listed nor
//! sharing a stem (the suffix stripper of `memory::azerbaijani`) with a listed word — *and*
//! one edit (a letter dropped, added, changed, or two swapped) away from a listed word of at
//! least four letters — or two of its letters are in an order the language seldom writes,
//! which swapping them puts right ([`LetterModel`](super::letter_model::LetterModel)). A
//! word the list has never seen and that resembles nothing in it is given the benefit of
//! the doubt.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// Words shorter than this are neither judged nor offered as corrections.
const SHORTEST: usize = 4;

/// A word seen this often may be the word meant behind swapped or doubled letters.
const MINIMUM_SEEN: u32 = 2;

/// A word seen this often may be the word meant behind any other slip.
const OFTEN_SEEN: u32 = 20;

/// Known words with their counts, their stems, and an index of each word with one letter
/// deleted (so words one edit apart are found without scanning the list).
#[derive(Debug, Default)]
pub struct WordList {
    language: String,
    counts: HashMap<String, u32>,
    /// The stems of the known words, with the counts of their forms together.
    stems: HashMap<String, u32>,
    words_near: Neighbours,
    stems_near: Neighbours,
    /// How likely letters are in their order, learned from the known words.
    letters: super::letter_model::LetterModel,
    /// The stems of the words seen written in lower case: common words, not names.
    lower_case_stems: std::collections::HashSet<String>,
    /// Words seen but not vouched for (seen once in the text being checked, which may be a
    /// slip): they teach the letter model only.
    unlisted: std::collections::HashSet<String>,
}

/// An index of words by each of their one-letter deletions, so the words one edit from a
/// given one are found without scanning the list.
#[derive(Debug, Default)]
struct Neighbours {
    /// (hash of a word with one letter deleted, or of the word itself; index in `words`),
    /// sorted by hash.
    deletes: Vec<(u64, u32)>,
    words: Vec<String>,
}

impl Neighbours {
    /// The index of the words of `counts` of four letters or more.
    fn new(counts: &HashMap<String, u32>) -> Self {
        let mut words: Vec<String> = counts
            .keys()
            .filter(|word| word.chars().count() >= SHORTEST)
            .cloned()
            .collect();
        words.sort();
        let mut deletes = Vec::new();
        for (index, word) in words.iter().enumerate() {
            let Ok(index) = u32::try_from(index) else {
                break;
            };
            deletes.push((hash_of(word), index));
            for shorter in deletions(word) {
                deletes.push((hash_of(&shorter), index));
            }
        }
        deletes.sort_unstable();
        deletes.dedup();
        Self { deletes, words }
    }

    /// The indexed words one edit from `folded`, the most frequent in `counts` first.
    fn near<'a>(&'a self, folded: &str, counts: &HashMap<String, u32>) -> Vec<&'a str> {
        let mut keys: Vec<u64> = deletions(folded).map(|shorter| hash_of(&shorter)).collect();
        keys.push(hash_of(folded));
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
                if candidate != folded
                    && one_edit_apart(candidate, folded)
                    && !found.contains(&candidate.as_str())
                {
                    found.push(candidate);
                }
            }
        }
        found.sort_by_key(|candidate| {
            (
                std::cmp::Reverse(counts.get(*candidate).copied().unwrap_or(0)),
                *candidate,
            )
        });
        found
    }
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

/// How a typed word differs from the word meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slip {
    /// Two neighbouring letters swapped.
    Swap,
    /// A letter typed twice, or a double letter typed once.
    Doubling,
    /// Another letter dropped, added or changed inside the word.
    Other,
    /// A first or last letter dropped, added or changed: in a language built by suffixes
    /// more often another word (gedib, edib; görən, görə) than a slip.
    Edge,
}

/// Whether `typed` is `meant` with two neighbouring letters swapped or a letter doubled or
/// undoubled: the slips of the fingers, seldom a way of spelling a name.
pub fn finger_slip(meant: &str, typed: &str) -> bool {
    matches!(slip(meant, typed), Some(Slip::Swap | Slip::Doubling))
}

/// The slip that turns `meant` into `typed`, when they are one edit apart.
fn slip(meant: &str, typed: &str) -> Option<Slip> {
    if !one_edit_apart(meant, typed) {
        return None;
    }
    let (a, b): (Vec<char>, Vec<char>) = (meant.chars().collect(), typed.chars().collect());
    if a.len() == b.len() {
        let differ: Vec<usize> = (0..a.len()).filter(|&at| a[at] != b[at]).collect();
        return Some(match differ.as_slice() {
            [_, _] => Slip::Swap,
            [at] if *at == 0 || *at + 1 == a.len() => Slip::Edge,
            _ => Slip::Other,
        });
    }
    let (short, long) = if a.len() < b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let at = short
        .iter()
        .zip(long.iter())
        .position(|(x, y)| x != y)
        .unwrap_or(short.len());
    // The extra letter of the longer word repeats a neighbour: doubled (or undoubled).
    let extra = long[at];
    let doubled = (at > 0 && long[at - 1] == extra) || long.get(at + 1) == Some(&extra);
    Some(if doubled {
        Slip::Doubling
    } else if at == 0 || at == short.len() {
        Slip::Edge
    } else {
        Slip::Other
    })
}

/// Whether `typed` is `meant` with two neighbouring letters swapped: the slip of a typing
/// hand least often another word (a doubled letter may be a loanword's own: котта, cotta).
pub fn swapped_letters(meant: &str, typed: &str) -> bool {
    slip(meant, typed) == Some(Slip::Swap)
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
        if crate::memory::azerbaijani::stems_by_suffix(&self.language) {
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
        let stem = self.stem(&folded);
        if word.trim().starts_with(char::is_lowercase) {
            self.lower_case_stems.insert(stem.clone());
        }
        *self.stems.entry(stem).or_default() += count;
        *self.counts.entry(folded).or_default() += count;
    }

    /// Adds `word` as seen without being vouched for: it shows how the language orders its
    /// letters, but does not make itself right (a word seen once in the very text being
    /// checked may be the slip to find). Call [`WordList::finish`] after the last one.
    pub fn add_unlisted(&mut self, word: &str) {
        let folded = self.fold(word.trim());
        if !folded.is_empty() {
            self.unlisted.insert(folded);
        }
    }

    /// Builds the indexes of near words and stems; call it after adding words.
    pub fn finish(&mut self) {
        // A stem written in two forms each seen once is a word of the text, not a slip made
        // twice alike (hökumətin … hökumətə).
        let unlisted: Vec<&String> = self
            .unlisted
            .iter()
            .filter(|word| !self.counts.contains_key(*word))
            .collect();
        let mut forms: HashMap<String, u32> = HashMap::new();
        for word in &unlisted {
            *forms.entry(self.stem(word)).or_default() += 1;
        }
        for (stem, forms) in forms {
            if forms >= 2 && stem.chars().count() >= SHORTEST {
                self.stems.entry(stem).or_insert(forms);
            }
        }
        self.letters = super::letter_model::LetterModel::learn(
            self.counts.keys().chain(unlisted).map(String::as_str),
        );
        self.words_near = Neighbours::new(&self.counts);
        self.stems_near = Neighbours::new(&self.stems);
    }

    /// Whether `word` (as written) is listed or shares a stem with a listed word.
    pub fn knows(&self, word: &str) -> bool {
        let folded = self.fold(word);
        self.counts.contains_key(&folded) || self.stems.contains_key(&self.stem(&folded))
    }

    /// Whether a form of `word`'s stem was seen written in lower case: a common word even
    /// where a title or a name capitalises it (Oyunları, Ali Məhkəmə), not a name.
    pub fn written_in_lower_case(&self, word: &str) -> bool {
        self.lower_case_stems
            .contains(&self.stem(&self.fold(word.trim())))
    }

    /// Whether `word` itself is listed (in any case), not only its stem.
    pub fn lists(&self, word: &str) -> bool {
        self.counts.contains_key(&self.fold(word))
    }

    /// The listed words one edit away from `word`, the most frequent first.
    pub fn near(&self, word: &str) -> Vec<&str> {
        self.words_near.near(&self.fold(word), &self.counts)
    }

    /// `word` (folded) with two neighbouring letters swapped back, when the letter model says
    /// the swap puts right an order the language seldom has (see
    /// [`LetterModel::swap_fix`](super::letter_model::LetterModel::swap_fix)).
    pub fn swap_fix(&self, word: &str) -> Option<String> {
        self.swapped_back(&self.fold(word))
    }

    /// `folded` with two letters swapped back: a swap that makes it far likelier, or
    /// somewhat likelier and a word whose stem is known.
    fn swapped_back(&self, folded: &str) -> Option<String> {
        self.letters
            .swap_fix(folded, self.unlisted.contains(folded), |swapped| {
                self.counts.contains_key(swapped) || self.stems.contains_key(&self.stem(swapped))
            })
    }

    /// Whether `typed` is a slip for a word of the list: two letters swapped or a letter
    /// doubled (or undoubled) in a word seen at least twice, or any other single slip in a
    /// word seen often. Languages built by suffixes are full of real words one letter from
    /// each other (silib, bilib), so a rarer neighbour proves nothing.
    fn slip_of_known(folded: &str, near: &Neighbours, counts: &HashMap<String, u32>) -> bool {
        near.near(folded, counts).into_iter().any(|meant| {
            let count = counts.get(meant).copied().unwrap_or(0);
            match slip(meant, folded) {
                Some(Slip::Swap | Slip::Doubling) => count >= MINIMUM_SEEN,
                Some(Slip::Other) => count >= OFTEN_SEEN,
                Some(Slip::Edge) | None => false,
            }
        })
    }

    /// Whether `word` looks misspelt: unknown, at least four letters, and it (or its stem) a
    /// slip for a listed word (see [`WordList::slip_of_known`]).
    pub fn looks_misspelt(&self, word: &str) -> bool {
        if word.chars().count() < SHORTEST {
            return false;
        }
        let folded = self.fold(word);
        if self.counts.contains_key(&folded) {
            return false;
        }
        if self.stems.contains_key(&self.stem(&folded)) {
            // An unlisted form of a known stem — unless its letters are in an order the
            // language seldom writes, and swapping two of them puts that right.
            return self
                .letters
                .swap_fix(&folded, self.unlisted.contains(&folded), |swapped| {
                    self.counts.contains_key(swapped)
                })
                .is_some();
        }
        if Self::slip_of_known(&folded, &self.words_near, &self.counts) {
            return true;
        }
        // Two letters in an order the language seldom has, which swapping puts right.
        if self.swapped_back(&folded).is_some() {
            return true;
        }
        // A slip in the stem of an inflected form: hökümətimizin for hökumət.
        let stem = self.stem(&folded);
        stem != folded
            && stem.chars().count() >= SHORTEST
            && Self::slip_of_known(&stem, &self.stems_near, &self.stems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A list of words each seen `count` times.
    fn list(words: &[&str], count: u32) -> WordList {
        let mut list = WordList::new("az");
        for word in words {
            list.add(word, count);
        }
        list.finish();
        list
    }

    #[test]
    fn a_stem_written_in_two_forms_each_seen_once_is_a_word_of_the_text() {
        // One form of a stem a letter from a frequent one: a slip.
        let mut alone = list(&["hökumət"], 30);
        alone.add_unlisted("hökümətin");
        alone.finish();
        assert!(alone.looks_misspelt("hökümətin"));
        // The same stem in another form too: the text's own word (a slip is seldom made
        // twice alike), whatever the frequent neighbour.
        let mut with_another_form = list(&["hökumət"], 30);
        with_another_form.add_unlisted("hökümətin");
        with_another_form.add_unlisted("hökümətə");
        with_another_form.finish();
        assert_eq!(alone.stem("hökümətin"), alone.stem("hökümətə"));
        assert!(!with_another_form.looks_misspelt("hökümətin"));
        assert!(!with_another_form.looks_misspelt("hökümətə"));
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
    fn slips_are_told_apart() {
        assert_eq!(slip("hökumət", "hökuəmt"), Some(Slip::Swap));
        assert_eq!(slip("hökumət", "hökkumət"), Some(Slip::Doubling));
        assert_eq!(slip("müvəffəqiyyət", "müvəffəqiyət"), Some(Slip::Doubling));
        assert_eq!(slip("hökumət", "hökümət"), Some(Slip::Other));
        assert_eq!(slip("hökumət", "hökuət"), Some(Slip::Other));
        assert_eq!(slip("hökumət", "hkuömət"), None);
        // At the first or last letter, more often another word than a slip.
        assert_eq!(slip("edib", "gedib"), Some(Slip::Edge));
        assert_eq!(slip("deyil", "meyil"), Some(Slip::Edge));
        assert_eq!(slip("görə", "görən"), Some(Slip::Edge));
    }

    #[test]
    fn a_word_one_letter_from_a_frequent_one_at_its_edge_is_not_judged_a_slip() {
        let words = list(&["edib", "deyil", "görə", "hökumət"], 50);
        for other_word in ["gedib", "meyil", "görən"] {
            assert!(!words.looks_misspelt(other_word), "{other_word}");
        }
        assert!(words.looks_misspelt("hökümət"));
    }

    #[test]
    fn inflected_forms_of_known_words_are_right_and_typos_of_them_wrong() {
        let words = list(&["hökumət", "prezident", "ev", "Bakı", "şəhər"], 20);
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
        for wrong in ["hökümət", "prezdent", "şəhr", "hökümətimizin", "hökuəmtin"] {
            assert!(words.looks_misspelt(wrong), "{wrong}");
        }
        assert_eq!(words.near("prezdent"), ["prezident"]);
        // Unknown, but like nothing known: not judged.
        assert!(!words.looks_misspelt("koronavirus"));
        // Too short to judge.
        assert!(!words.looks_misspelt("evx"));
    }

    #[test]
    fn a_rare_neighbour_proves_nothing_but_a_swap_of_a_known_word_does() {
        // bilib seen twice: silib (another verb) is one letter away, not a slip of it.
        let words = list(&["bilib", "prezident"], 2);
        assert!(!words.looks_misspelt("silib"));
        assert!(words.looks_misspelt("prezidnet"));
        assert!(words.looks_misspelt("prezidennt"));
        // Seen once, even a swap is not enough.
        let once = list(&["prezident"], 1);
        assert!(!once.looks_misspelt("prezidnet"));
    }

    #[test]
    fn two_letters_in_an_order_the_language_does_not_write_are_a_slip() {
        let mut words = WordList::new("az");
        for word in crate::spell::letter_model::tests::sample_words() {
            words.add(&word, 1);
        }
        words.finish();
        // Never seen, and one swap from nothing seen: the letter model tells.
        assert!(!words.knows("əyalətəlrinə"));
        assert!(words.looks_misspelt("əyalətəlrinə"));
        assert_eq!(
            words.swap_fix("əyalətəlrinə").as_deref(),
            Some("əyalətlərinə")
        );
        // Unseen right words are not judged wrong.
        for right in ["şəhərlərdən", "kitablarda", "nazirlərdən"] {
            assert!(!words.looks_misspelt(right), "{right}");
        }
    }

    #[test]
    fn a_form_of_a_known_stem_is_a_slip_when_a_swap_makes_it_a_listed_word() {
        let mut words = WordList::new("az");
        for word in crate::spell::letter_model::tests::sample_words() {
            words.add(&word, 1);
        }
        words.finish();
        // The stripper reads "hökumətlərniə" as hökumət with endings, but its letters are
        // in an order the language seldom writes and a swap makes a listed word.
        assert!(words.knows("hökumətlərniə"));
        assert!(words.lists("hökumətlərinə"));
        assert!(words.looks_misspelt("hökumətlərniə"));
        // Unlisted right forms of known stems are still right.
        for right in ["hökumətlərimizdən", "şəhərlərimizdə", "nazirliyə"] {
            assert!(!words.looks_misspelt(right), "{right}");
        }
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
