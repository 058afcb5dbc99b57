//! How a project writes its names, and which words its translations repeat: learned from
//! the project's own pairs, so that the names check knows that this article's translator
//! writes the OSCE as ОБСЕ and Tellis as Теллис — names no transliteration or general
//! table finds. A source name that appears in several pairs is paired with the beginning
//! of a capitalised target word that appears in (nearly) every pair with it and seldom
//! without it; a pair with the name but without that word has probably lost it.

use crate::align::letters::{is_letter, is_letter_or_digit};
use std::collections::{BTreeMap, BTreeSet};

use foldhash::{HashMap, HashMapExt as _, HashSet};

/// A source name must be in at least this many pairs to be learned.
const MIN_PAIRS: usize = 2;

/// Of the pairs with a source name, the share that must have its counterpart.
const WITH_SHARE: f64 = 0.75;

/// Of the pairs with a counterpart, the share that must have the source name.
const BACK_SHARE: f64 = 0.35;

/// Shortest beginning of a target word that can stand for it (Çin, Çinin: `çin`).
const MIN_PREFIX: usize = 3;

/// Longest beginning of a target word looked at: a name's stem is shorter.
const MAX_PREFIX: usize = 24;

/// Longer words (a run of letters with no space) are no names.
const MAX_NAME: usize = 40;

/// The learned counterparts: a source name (lower case, without a possessive) and the
/// beginning of the target words that write it (lower case).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameTable {
    counterparts: HashMap<String, String>,
    /// The words the project's translations write in lower case (titles and common words,
    /// even where a sentence or a title capitalises them).
    lower_case: BTreeSet<String>,
    /// The words (in lower case) the project's translations write the same way in two pairs
    /// or more: a slip is seldom made twice alike, so such a word is one the dictionary
    /// lacks.
    repeated: HashSet<String>,
    /// For a language built by suffixes (Azerbaijani), the stems of words the translations
    /// write in two pairs or more, in whatever form (tədqiqatçılar, tədqiqatçılara).
    repeated_stems: HashSet<String>,
    /// The translations' language when it is built by suffixes (az, tr), else empty.
    suffixed: String,
}

/// A word's stem in a language built by suffixes (az, tr), when long enough to tell.
fn suffix_stem(word: &str, language: &str) -> Option<String> {
    let stem = crate::memory::azerbaijani::stem(&crate::memory::text::fold(word, language));
    (stem.chars().count() >= 5).then_some(stem)
}

/// A word of running text: its letters (and inner hyphens or apostrophes), without a
/// possessive `'s`, and whether it begins a sentence.
pub(super) struct TextWord<'a> {
    pub word: &'a str,
    pub sentence_start: bool,
}

/// The words of `text`, each with whether a sentence begins with it.
pub(super) fn text_words(text: &str) -> Vec<TextWord<'_>> {
    let mut words = Vec::new();
    let mut sentence_start = true;
    for token in text.split_whitespace() {
        // Combining marks stay with their letters (S and a cedilla: Ş).
        let word = token.trim_matches(|c: char| {
            !is_letter_or_digit(c) && !('\u{300}'..='\u{36f}').contains(&c)
        });
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        if !word.is_empty() {
            words.push(TextWord {
                word,
                sentence_start,
            });
        }
        sentence_start = (token.ends_with(['.', '!', '?', ':', '…'])
            && title_cut_short(token).is_none())
            || token.starts_with(['—', '–', '-', '•'])
            || token.chars().all(|c| !is_letter_or_digit(c));
    }
    words
}

/// English titles written cut short before a name (Mr. Ri, Det. Dennis Healy, Sen.
/// Warren): the dot after them ends no sentence.
const TITLES_CUT_SHORT: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "pres", "det", "insp", "supt", "sgt",
    "cpl", "lt", "capt", "maj", "col", "gen", "adm", "cmdr", "rev", "hon", "st", "mt", "ft",
];

/// The title in `token` when it is one of [`TITLES_CUT_SHORT`] followed by a dot
/// (capitalised, any quotation marks before it left off).
pub(super) fn title_cut_short(token: &str) -> Option<&str> {
    let word = token
        .trim_start_matches(|c: char| !is_letter_or_digit(c))
        .strip_suffix('.')?;
    (word.starts_with(char::is_uppercase)
        && TITLES_CUT_SHORT.contains(&crate::align::letters::lowercase(word).as_str()))
    .then_some(word)
}

/// Whether `word` is written with a capital (a name, a title or an acronym).
fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(is_letter)
}

/// Whether `word` is an acronym (UK, ВИЧ): two or more letters, all capitals.
pub(super) fn acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| is_letter(*c)).collect();
    letters.len() >= 2 && letters.iter().all(|letter| letter.is_uppercase())
}

/// The capitalised words of a text, in lower case, that can be names: every capitalised
/// word, and the set of those seen where a capital says something (not at a sentence's
/// start, or an acronym).
fn named_words(words: &[TextWord<'_>]) -> (Vec<String>, Vec<String>) {
    let mut all = Vec::new();
    let mut telling = Vec::new();
    for word in words {
        if capitalised(word.word) {
            let lower = table_key(word.word);
            if !word.sentence_start || acronym(word.word) {
                telling.push(lower.clone());
            }
            all.push(lower);
        }
    }
    (sorted_once(all), sorted_once(telling))
}

/// `words` sorted, each once.
fn sorted_once(mut words: Vec<String>) -> Vec<String> {
    words.sort_unstable();
    words.dedup();
    words
}

/// How a word is looked up: in lower case, an acronym's dots left out (U.S., US: `us`).
pub(super) fn table_key(word: &str) -> String {
    fold_case(&word.replace('.', ""))
}

/// `word` in lower case, the Azerbaijani and Turkish capital İ as a plain i (Aİ: `ai`, not
/// i with a dot above).
pub(super) fn fold_case(word: &str) -> String {
    crate::align::letters::fold_case(word)
}

/// Whether a form of `word` (its beginning without the last two letters, and a length
/// within two letters: национальной for Национальный, not мексиканской for Мексики) is
/// among `lower_case`, words written in lower case.
pub(crate) fn written_in_lower_case(word: &str, lower_case: &BTreeSet<String>) -> bool {
    let lower: Vec<char> = fold_case(word).chars().collect();
    let stem: String = lower[..lower.len().saturating_sub(2).max(3).min(lower.len())]
        .iter()
        .collect();
    lower_case
        .range(stem.clone()..)
        .take_while(|other| other.starts_with(&stem))
        .any(|other| other.chars().count().abs_diff(lower.len()) <= 2)
}

/// The beginnings of target words, each stored once and known by its number.
#[derive(Default)]
struct Prefixes {
    numbers: HashMap<String, u32>,
    texts: Vec<String>,
    /// How many pairs have each beginning.
    pairs: Vec<usize>,
}

impl Prefixes {
    /// The beginnings of the words of each of `pairs`, numbered (on every core for many
    /// pairs), and the numbers of each pair's.
    fn of_pairs(pairs: &[Vec<String>]) -> (Self, Vec<Vec<u32>>) {
        let parts = super::parallel::in_parts(pairs, PARALLEL_FROM, |part| {
            let mut prefixes = Self::default();
            let numbers: Vec<Vec<u32>> = part.iter().map(|words| prefixes.of_pair(words)).collect();
            (prefixes, numbers)
        });
        let mut all = Self::default();
        let mut numbers = Vec::with_capacity(pairs.len());
        for (part, part_numbers) in parts {
            // A part's numbers made the whole's.
            let renumbered: Vec<u32> = part
                .texts
                .into_iter()
                .zip(part.pairs)
                .map(|(text, count)| {
                    let number = all.number_of(text);
                    if let Some(pairs) = all.pairs.get_mut(number as usize) {
                        *pairs += count;
                    }
                    number
                })
                .collect();
            numbers.extend(part_numbers.into_iter().map(|found| {
                found
                    .into_iter()
                    .filter_map(|number| renumbered.get(number as usize).copied())
                    .collect::<Vec<u32>>()
            }));
        }
        (all, numbers)
    }

    /// The number of beginning `prefix`, given it when new (in no pair yet).
    fn number_of(&mut self, prefix: String) -> u32 {
        if let Some(&number) = self.numbers.get(&prefix) {
            return number;
        }
        let number = u32::try_from(self.texts.len()).unwrap_or(u32::MAX);
        self.numbers.insert(prefix.clone(), number);
        self.texts.push(prefix);
        self.pairs.push(0);
        number
    }

    /// The numbers of the beginnings (of at least [`MIN_PREFIX`] letters) of `words`, each
    /// once, counted as in one more pair.
    fn of_pair(&mut self, words: &[String]) -> Vec<u32> {
        let mut found = Vec::new();
        for word in words.iter().filter(|word| word.chars().count() <= MAX_NAME) {
            for (index, (at, character)) in word.char_indices().enumerate().take(MAX_PREFIX) {
                if index + 1 < MIN_PREFIX {
                    continue;
                }
                let prefix = &word[..at + character.len_utf8()];
                let number = match self.numbers.get(prefix) {
                    Some(&number) => number,
                    None => self.number_of(prefix.to_owned()),
                };
                found.push(number);
            }
        }
        found.sort_unstable();
        found.dedup();
        for &number in &found {
            if let Some(count) = self.pairs.get_mut(number as usize) {
                *count += 1;
            }
        }
        found
    }
}

/// The stem of a target word's beginning that stands for all its forms: a long beginning
/// cut to three fifths (Şotlandiyanın: `şotland`; Великобритании: `великобри`), then the
/// vowels it ends with left off (a case ending: Китая, Китай: `кит`; Сената: `сенат`),
/// kept to at least [`MIN_PREFIX`] letters.
fn stem_of(prefix: &str) -> String {
    let mut letters: Vec<char> = prefix
        .trim_end_matches(|c: char| !is_letter_or_digit(c))
        .chars()
        .collect();
    if letters.len() >= 8 {
        letters.truncate((letters.len() * 3).div_ceil(5).max(5));
    }
    while letters.len() > MIN_PREFIX
        && letters.last().is_some_and(|letter| {
            !is_letter_or_digit(*letter) || "aeiouyıöüəаеёийоуыьъэюя".contains(*letter)
        })
    {
        letters.pop();
    }
    letters.into_iter().collect()
}

/// A pairing of a source name with a target word's stem: (whether the two spell alike,
/// how strongly they go together, in how many pairs, the beginning's length), the name,
/// the stem.
type Candidate<'a> = ((bool, usize, usize, usize), &'a str, String);

/// The pairings of source name `name`, written in the pairs numbered `indexes`, with the
/// beginnings of target words (`targets`: the numbers of each pair's beginnings) the shares
/// allow.
#[expect(
    clippy::cast_precision_loss,
    reason = "counts of pairs, far below 2^52"
)]
fn candidates_of<'a>(
    name: &'a str,
    indexes: &[usize],
    (targets, prefixes): (&[Vec<u32>], &Prefixes),
    languages: (&str, &str),
) -> Vec<Candidate<'a>> {
    let mut candidates = Vec::new();
    let mut together: HashMap<u32, usize> = HashMap::new();
    for &index in indexes {
        for &number in targets.get(index).map_or(&[][..], Vec::as_slice) {
            *together.entry(number).or_default() += 1;
        }
    }
    for (number, count) in together {
        let with = prefixes
            .pairs
            .get(number as usize)
            .copied()
            .unwrap_or(count)
            .max(1);
        let Some(prefix) = prefixes.texts.get(number as usize) else {
            continue;
        };
        if count >= MIN_PAIRS
            && count as f64 >= WITH_SHARE * indexes.len() as f64
            && count as f64 >= BACK_SHARE * with as f64
        {
            // Dice's coefficient, in thousandths.
            let strength = 2000 * count / (indexes.len() + with);
            let alike = super::names::spelt_alike(name, prefix, languages);
            let stem = stem_of(prefix);
            if stem.chars().filter(|c| is_letter(*c)).count() >= MIN_PREFIX {
                candidates.push(((alike, strength, count, prefix.chars().count()), name, stem));
            }
        }
    }
    candidates
}

/// Names from which the pairings are worked out on every core.
const PARALLEL_NAMES_FROM: usize = 256;

/// Pairs from which [`NameTable::learn`] reads them on every core.
const PARALLEL_FROM: usize = 2_000;

/// What one pair shows the table.
struct PairWords<'a> {
    source: Vec<TextWord<'a>>,
    target: Vec<TextWord<'a>>,
    /// The translation's words, folded, each once.
    distinct: Vec<String>,
    /// Their stems, in a language built by suffixes (`suffixed`, or empty).
    stems: Vec<String>,
    /// The source's capitalised words, and those where a capital says something (see
    /// [`named_words`]).
    named: (Vec<String>, Vec<String>),
}

impl<'a> PairWords<'a> {
    fn of((source, target): (&'a str, &'a str), suffixed: &str) -> Self {
        let (source, target) = (text_words(source), text_words(target));
        let distinct = sorted_once(target.iter().map(|word| fold_case(word.word)).collect());
        let stems = if suffixed.is_empty() {
            Vec::new()
        } else {
            sorted_once(
                distinct
                    .iter()
                    .filter_map(|word| suffix_stem(word, suffixed))
                    .collect(),
            )
        };
        let named = named_words(&source);
        Self {
            source,
            target,
            distinct,
            stems,
            named,
        }
    }
}

/// What the whole project (or a part of it) shows of its words.
#[derive(Default)]
struct Counts<'a> {
    /// The translations' words written in lower case.
    lower_case: HashSet<&'a str>,
    /// The sources' words written in lower case: no names (the, in The Fugees).
    source_lower: HashSet<&'a str>,
    /// In how many pairs each translation word (folded), or its stem, stands.
    times: HashMap<&'a str, u32>,
    stem_times: HashMap<&'a str, u32>,
    /// The source words seen where a capital says something.
    telling: HashSet<&'a str>,
}

impl<'a> Counts<'a> {
    fn of(pairs: &'a [PairWords<'a>]) -> Self {
        let mut counts = Self::default();
        let lower = |words: &'a [TextWord<'a>]| {
            words
                .iter()
                .map(|word| word.word)
                .filter(|word| word.starts_with(char::is_lowercase))
        };
        for pair in pairs {
            counts.lower_case.extend(lower(&pair.target));
            counts.source_lower.extend(lower(&pair.source));
            for stem in &pair.stems {
                *counts.stem_times.entry(stem).or_default() += 1;
            }
            for word in &pair.distinct {
                *counts.times.entry(word).or_default() += 1;
            }
            counts
                .telling
                .extend(pair.named.1.iter().map(String::as_str));
        }
        counts
    }

    /// These counts and `other`'s together.
    fn merged(mut self, other: Self) -> Self {
        self.lower_case.extend(other.lower_case);
        self.source_lower.extend(other.source_lower);
        for (word, count) in other.times {
            *self.times.entry(word).or_default() += count;
        }
        for (stem, count) in other.stem_times {
            *self.stem_times.entry(stem).or_default() += count;
        }
        self.telling.extend(other.telling);
        self
    }
}

impl NameTable {
    /// Learns the counterparts of the source names of `pairs` (source text, target text).
    /// Between words that go with a name as strongly, one that spells it (Trump: Трамп)
    /// is preferred, then the longest.
    pub fn learn<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        languages: (&str, &str),
    ) -> Self {
        let target_language = languages.1.split('-').next().unwrap_or_default();
        let suffixed = if crate::memory::azerbaijani::stems_by_suffix(target_language) {
            target_language
        } else {
            ""
        };
        let pairs: Vec<(&'a str, &'a str)> = pairs.into_iter().collect();
        let texts = super::parallel::map_in_order(&pairs, PARALLEL_FROM, |&(source, target)| {
            PairWords::of((source, target), suffixed)
        });
        let counts = super::parallel::in_parts(&texts, PARALLEL_FROM, Counts::of)
            .into_iter()
            .reduce(Counts::merged)
            .unwrap_or_default();
        let Counts {
            lower_case,
            source_lower,
            times,
            stem_times,
            telling,
        } = counts;
        // A word that opens a sentence and is written in lower case elsewhere (После,
        // Затем) is no name's translation.
        let target_names = super::parallel::map_in_order(&texts, PARALLEL_FROM, |pair| {
            let names: Vec<TextWord<'_>> = pair
                .target
                .iter()
                .filter(|word| {
                    !(word.sentence_start && lower_case.contains(fold_case(word.word).as_str()))
                })
                .map(|word| TextWord {
                    word: word.word,
                    sentence_start: word.sentence_start,
                })
                .collect();
            named_words(&names).0
        });
        let (prefixes, targets) = Prefixes::of_pairs(&target_names);
        let sources: Vec<&Vec<String>> = texts.iter().map(|pair| &pair.named.0).collect();
        let mut pairs_of: HashMap<&str, Vec<usize>> = HashMap::new();
        for (index, names) in sources.iter().enumerate() {
            for name in *names {
                pairs_of.entry(name.as_str()).or_default().push(index);
            }
        }
        pairs_of.retain(|name, _| {
            telling.contains(name)
                && name.chars().filter(|c| is_letter(*c)).count() >= 2
                && !source_lower.contains(name)
                && !super::translated_words::title_or_people(name)
        });
        // Every pairing the shares allow, with how strongly the two go together.
        let named: Vec<(&str, &Vec<usize>)> = pairs_of
            .iter()
            .filter(|(_, indexes)| indexes.len() >= MIN_PAIRS)
            .map(|(name, indexes)| (*name, indexes))
            .collect();
        let mut candidates: Vec<Candidate<'_>> =
            super::parallel::in_parts(&named, PARALLEL_NAMES_FROM, |part| {
                part.iter()
                    .flat_map(|&(name, indexes)| {
                        candidates_of(name, indexes, (&targets, &prefixes), languages)
                    })
                    .collect::<Vec<_>>()
            })
            .concat();
        candidates.sort_by(|one, other| other.cmp(one));
        // The strongest pairings first; a target word already taken by a name whose pairs
        // hold most of another's is not that other's (China took Китай; HIV, always next
        // to China here, gets ВИЧ; North, mostly in North Korea, does not get Корея),
        // while two names seldom together may share one (UK, Britain: Великобритания).
        let mut counterparts = HashMap::new();
        // The stems taken, each with the pairs (in order) of the names that took it.
        let mut taken: BTreeMap<&str, Vec<&Vec<usize>>> = BTreeMap::new();
        for (_, name, prefix) in &candidates {
            let (name, prefix) = (*name, prefix.as_str());
            if counterparts.contains_key(name) {
                continue;
            }
            let Some(indexes) = pairs_of.get(name) else {
                continue;
            };
            let mostly_within = |other_indexes: &&Vec<usize>| {
                indexes
                    .iter()
                    .filter(|index| other_indexes.binary_search(index).is_ok())
                    .count()
                    * 2
                    > indexes.len()
            };
            // Stems that begin this one, and stems this one begins.
            let shorter = prefix
                .char_indices()
                .map(|(at, character)| &prefix[..at + character.len_utf8()])
                .filter_map(|beginning| taken.get(beginning));
            let longer = taken
                .range(prefix..)
                .take_while(|(other, _)| other.starts_with(prefix))
                .map(|(_, lists)| lists);
            let explained = shorter
                .chain(longer)
                .any(|lists| lists.iter().any(mostly_within));
            if !explained {
                counterparts.insert(name.to_owned(), prefix.to_owned());
                taken.entry(prefix).or_default().push(indexes);
            }
        }
        let repeated = times
            .into_iter()
            .filter(|&(_, count)| count >= 2)
            .map(|(word, _)| word.to_owned())
            .collect();
        let repeated_stems = stem_times
            .into_iter()
            .filter(|&(_, count)| count >= 2)
            .map(|(stem, _)| stem.to_owned())
            .collect();
        Self {
            counterparts,
            lower_case: lower_case.into_iter().map(str::to_owned).collect(),
            repeated,
            repeated_stems,
            suffixed: suffixed.to_owned(),
        }
    }

    /// Whether the project's translations write `word` (in any case) in two pairs or more —
    /// in Azerbaijani, any form of its stem.
    pub fn repeated_word(&self, word: &str) -> bool {
        self.repeated_as_written(word) || self.repeated_stem(word)
    }

    /// Whether the project's translations write `word` itself (in any case) in two pairs or
    /// more.
    pub fn repeated_as_written(&self, word: &str) -> bool {
        self.repeated.contains(&fold_case(word))
    }

    /// Whether, in a language built by suffixes, the project's translations write forms of
    /// `word`'s stem in two pairs or more.
    pub fn repeated_stem(&self, word: &str) -> bool {
        !self.suffixed.is_empty()
            && suffix_stem(word, &self.suffixed)
                .is_some_and(|stem| self.repeated_stems.contains(&stem))
    }

    /// Whether the project's translations write a form of capitalised `word` in lower case
    /// (see [`written_in_lower_case`]): a common word.
    pub fn common_word(&self, word: &str) -> bool {
        written_in_lower_case(word, &self.lower_case)
    }

    /// The beginning of the target words that write source name `word` in this project.
    pub fn counterpart(&self, word: &str) -> Option<&str> {
        self.counterparts.get(&table_key(word)).map(String::as_str)
    }
}
