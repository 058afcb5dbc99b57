//! Proper names compared between a source and its translation in any script (Hajili =
//! Гаджилы = Hacılı), through the consonant skeletons the aligner uses. Names that are
//! translated rather than written out (institutions, countries, titles) are set aside.

use crate::align::letters::{is_letter, is_letter_or_digit};
use foldhash::{HashMap, HashMapExt as _, HashSet, HashSetExt as _};

use super::Severity;
use super::checks::{Issue, PairContext};
use super::known_names::{begins_as, institution_word, known_counterparts, writes_a_known_name};
pub(crate) use super::name_readings::name_key;
use super::name_readings::{loose, name_head, source_keys, source_skeleton};
use super::name_table::{TextWord, text_words};
use super::text::{FindingText, LostName};
use super::translated_words::{title_or_people, translated_word};
use crate::align::anchors::is_name;
use crate::align::{Orthography, skeleton};

/// The proper names among `words` (capitalised words not at a sentence's start, and not
/// words a translation writes as ordinary words: see [`translated_word`]) whose consonant
/// skeleton has two classes or more.
fn name_words<'a>(
    words: &[TextWord<'a>],
    language: &str,
    common: Option<&crate::spell::Speller>,
) -> Vec<&'a str> {
    let orthography = Orthography::for_language(language);
    words
        .iter()
        .filter(|word| {
            // At a sentence's start a capital says nothing, unless the dictionary knows the
            // word only with one (or not at all) and it is no institution's word (Labour
            // costs).
            !word.sentence_start
                || (common.is_some_and(|speller| {
                    speller.is_hunspell()
                        && !speller.in_dictionary(&crate::align::letters::lowercase(word.word))
                }) && !institution_word(word.word))
        })
        .map(|word| word.word)
        .filter(|word| {
            is_name(word)
                && !translated_word(word, common)
                && skeleton(word, orthography).chars().count() >= 2
        })
        .collect()
}

/// The titles of `text` written cut short (Det., Sen., Gov.).
fn titles_cut_short(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter_map(super::name_table::title_cut_short)
        .collect()
}

/// The words of `text` (without a possessive) that begin with a capital letter where a
/// sentence does not begin.
fn capitalised_tokens<'a>(words: &[TextWord<'a>]) -> impl Iterator<Item = &'a str> {
    words
        .iter()
        .filter(|word| !word.sentence_start && word.word.starts_with(char::is_uppercase))
        .map(|word| word.word)
}

/// The words of a source as the names check reads them (the heads of their keys): to tell
/// a translation's words carried over from it (see [`SourceWords::carry`]).
pub(super) struct SourceWords {
    heads: HashSet<String>,
    /// The heads of the source's words that begin with a capital letter.
    capitalised: HashSet<String>,
    /// The translation's language.
    target: Orthography,
}

impl SourceWords {
    /// The words of `source`, translated from `languages.0` into `languages.1`.
    pub(super) fn of(source: &str, languages: (&str, &str)) -> Self {
        let orthography = Orthography::for_language(languages.0);
        let mut heads = HashSet::new();
        let mut capitalised = HashSet::new();
        for token in source
            .split(|c: char| !is_letter_or_digit(c))
            .filter(|token| !token.is_empty())
        {
            let key = loose(source_skeleton(token, orthography));
            if key.is_empty() {
                continue;
            }
            let head = name_head(&key).to_owned();
            if token.starts_with(char::is_uppercase) {
                capitalised.insert(head.clone());
            }
            heads.insert(head);
        }
        Self {
            heads,
            capitalised,
            target: Orthography::for_language(languages.1),
        }
    }

    /// Whether `word` of the translation is a word the source writes with a capital letter
    /// (see [`SourceWords::carry`]): a name carried over (Patrik: Patrick).
    pub(super) fn carry_capitalised(&self, word: &str) -> bool {
        let key = loose(skeleton(word, self.target));
        key.chars().count() >= 2 && self.capitalised.contains(name_head(&key))
    }

    /// Whether `word` of the translation is written in the source too, in any script: a
    /// name or a term carried over (tetri: тетри), which a dictionary need not know.
    pub(super) fn carry(&self, word: &str) -> bool {
        let key = loose(skeleton(word, self.target));
        key.chars().count() >= 2 && self.heads.contains(name_head(&key))
    }
}

/// Azerbaijani case endings a name takes (Bakıda, İrandan, Omanın, Qazaxa).
const CASE_ENDINGS: &[&str] = &[
    "da", "də", "ta", "tə", "dan", "dən", "tan", "tən", "ın", "in", "un", "ün", "nın", "nin",
    "nun", "nün", "a", "ə", "ya", "yə", "na", "nə", "ı", "i", "u", "ü", "nı", "ni", "la", "lə",
];

/// The translation's words as the names check reads them, indexed so that every lookup is
/// one hash or binary search (a paragraph of thousands of names stays linear).
struct TargetWords {
    /// The words (by number, and whether capitalised) under the heads of their keys (one
    /// or two readings of each; see [`name_head`]).
    written_at: HashMap<String, Vec<(usize, bool)>>,
    /// The words in lower case, by the same numbers.
    tokens: Vec<String>,
    /// For each of those words, the number of the word between spaces it is part of.
    word_of: Vec<usize>,
    /// The words between spaces (a compound whole: би-би-си), in lower case.
    whole: Vec<String>,
    /// The words (without the marks around them) in lower case, sorted.
    sorted: Vec<String>,
}

impl TargetWords {
    /// `target`'s words, each read as `languages.1` writes it and, in a Latin-script
    /// translation of a Latin-script source, also as the source would (Brexit, Mercedes).
    fn of(target: &str, target_words: &[TextWord<'_>], languages: (&str, &str)) -> Self {
        let source_orthography = Orthography::for_language(languages.0);
        let target_orthography = Orthography::for_language(languages.1);
        let also_as_source = also_as_source(languages);
        let suffixed = crate::memory::azerbaijani::stems_by_suffix(languages.1);
        let mut words = Self {
            written_at: HashMap::new(),
            tokens: Vec::new(),
            word_of: Vec::new(),
            whole: Vec::new(),
            sorted: target_words
                .iter()
                .map(|word| super::name_table::fold_case(word.word))
                .collect(),
        };
        words.sorted.sort_unstable();
        // Words glued by punctuation are apart too (Bu,Toyota; görəcəyik,”Burnastondakı).
        let tokens = target
            .split_whitespace()
            .enumerate()
            .flat_map(|(number, whole)| {
                whole
                    .split(|c: char| {
                        matches!(
                            c,
                            '-' | '–'
                                | ','
                                | ';'
                                | '('
                                | ')'
                                | '/'
                                | '"'
                                | '«'
                                | '»'
                                | '“'
                                | '”'
                                | '„'
                        )
                    })
                    .map(move |token| (number, whole, token))
            });
        for (at, (number, whole, token)) in tokens.enumerate() {
            let whole = whole.trim_matches(|c: char| !is_letter_or_digit(c));
            if words.whole.len() == number {
                words.whole.push(super::name_table::fold_case(whole));
            }
            words.word_of.push(number);
            let word = token.trim_matches(|c: char| !is_letter_or_digit(c));
            words.tokens.push(match words.whole.last() {
                // A word alone between spaces is folded once.
                Some(folded) if word == whole => folded.clone(),
                _ => super::name_table::fold_case(word),
            });
            let capital = word.starts_with(char::is_uppercase);
            let mut keys = vec![loose(skeleton(word, target_orthography))];
            if also_as_source {
                keys.push(loose(source_skeleton(word, source_orthography)));
            }
            // A case ending adds a consonant to a short name's key, which must be matched
            // whole (Baku: Bakıda, BAKIDA): a capitalised word of a language built by
            // suffixes whose stem has a short key is read without its endings too.
            if capital && suffixed {
                let folded = crate::memory::text::fold(word, languages.1);
                let stem = crate::memory::azerbaijani::stem(&folded);
                // The stripper may take a name's last letter for an ending (İranda: ira);
                // a case ending taken off alone is tried too (İranda: iran).
                let bare = CASE_ENDINGS
                    .iter()
                    .filter_map(|ending| folded.strip_suffix(ending))
                    .filter(|bare| bare.chars().count() >= 3);
                for stem in std::iter::once(stem.as_str()).chain(bare) {
                    let key = loose(skeleton(stem, target_orthography));
                    if key.chars().count() == 2 && !keys.contains(&key) {
                        keys.push(key);
                    }
                }
            }
            for key in keys.iter().filter(|key| !key.is_empty()) {
                let head = name_head(key);
                let at_head = match words.written_at.get_mut(head) {
                    Some(at_head) => at_head,
                    None => words.written_at.entry(head.to_owned()).or_default(),
                };
                if at_head.last().is_none_or(|(last, _)| *last != at) {
                    at_head.push((at, capital));
                }
            }
        }
        words
    }

    /// Whether a word spells source key `key`; a short key (Daley: DL) matches too many
    /// common words (дало), so only a capitalised word can spell it.
    fn spell(&self, key: &str) -> bool {
        !key.is_empty()
            && self.written_at.get(name_head(key)).is_some_and(|written| {
                key.chars().count() >= 3 || written.iter().any(|&(_, capital)| capital)
            })
    }

    /// Whether a word (in lower case) begins with `prefix`.
    fn has_prefix(&self, prefix: &str) -> bool {
        let from = self.sorted.partition_point(|word| word.as_str() < prefix);
        self.sorted
            .get(from)
            .is_some_and(|word| word.starts_with(prefix))
    }
}

/// Whether a Latin-script translation of a Latin-script source may keep a name as the
/// source spells it: then its words are read in the source's orthography too.
fn also_as_source(languages: (&str, &str)) -> bool {
    languages.1 != languages.0
        && Orthography::for_language(languages.1) != Orthography::Cyrillic
        && Orthography::for_language(languages.0) != Orthography::Cyrillic
}

/// The names of the source a names check looks for, each once in the order first written,
/// with the times the source writes it.
fn source_names<'a>(
    source: &'a str,
    source_words: &[TextWord<'a>],
    languages: (&str, &str),
    context: &PairContext<'_>,
) -> Vec<(&'a str, usize)> {
    let mut names = name_words(source_words, languages.0, context.source_dictionary);
    // A title cut short (Det. Dennis McCarthy, Sen. Warren, Gov. Walker) is translated, or
    // written out (Detektiv, следователь), not spelt as written.
    let abbreviations: HashSet<&str> = titles_cut_short(source).into_iter().collect();
    names.retain(|word| !abbreviations.contains(word));
    // Names the project writes in its own way (China: Китай, HIV: ВИЧ), whatever a
    // dictionary says of them; at a sentence's start too, as the table holds only words
    // seen capitalised where a capital says something.
    // A known acronym each time it is written, so that one written fewer times is found
    // (the U.S. … the U.S.: ABŞ … and nothing); a name may be left to a pronoun the second
    // time (Chambers' death … Chambers' texts: смерти Чемберс … ее сообщения).
    let by_dictionary: HashSet<&str> = names.iter().copied().collect();
    let mut looked_for = by_dictionary.clone();
    for word in source_words {
        if word.word.starts_with(char::is_uppercase)
            && word.word.chars().filter(|c| is_letter(*c)).count() >= 2
            && !by_dictionary.contains(word.word)
        {
            let known = known_counterparts(word.word, languages)
                // At a sentence's start the capital of a title or an institution's word
                // says nothing (Security camera footage showed…; Labour costs rose).
                .filter(|_| {
                    !(word.sentence_start
                        && (title_or_people(word.word) || institution_word(word.word)))
                });
            let learned = context
                .names
                .is_some_and(|table| table.counterpart(word.word).is_some());
            if known.is_some_and(|(_, acronym)| acronym)
                || ((learned || known.is_some()) && !looked_for.contains(word.word))
            {
                names.push(word.word);
                looked_for.insert(word.word);
            }
        }
    }
    let mut times: HashMap<&str, usize> = HashMap::new();
    let mut once = Vec::new();
    for word in names {
        let count = times.entry(word).or_insert(0);
        if *count == 0 {
            once.push(word);
        }
        *count += 1;
    }
    once.into_iter()
        .map(|word| (word, times.get(word).copied().unwrap_or(1)))
        .collect()
}

/// Names in the source that the translation does not have in any spelling or case form,
/// nor as the project writes them (see [`NameTable`](super::name_table::NameTable)).
pub(super) fn names(
    (source, target): (&str, &str),
    languages: (&str, &str),
    context: &PairContext<'_>,
    issues: &mut Vec<Issue>,
) {
    let table = context.names;
    let source_words = text_words(source);
    let target_words = text_words(target);
    let source_names = source_names(source, &source_words, languages, context);
    let source_orthography = Orthography::for_language(languages.0);
    let target_orthography = Orthography::for_language(languages.1);
    // Words a dictionary knows dropped from names kept as written (Desert Discs).
    let dropped_from_kept = context
        .source_dictionary
        .filter(|speller| speller.is_hunspell())
        .map(|common| {
            // The heads of the translation's capitalised words, read only when asked.
            let capitalised: std::cell::OnceCell<HashSet<String>> = std::cell::OnceCell::new();
            super::name_runs::dropped_from_kept_names((source, target), common, |word| {
                let capitalised = capitalised.get_or_init(|| {
                    capitalised_tokens(&target_words)
                        .map(|token| loose(skeleton(token, target_orthography)))
                        .filter(|key| !key.is_empty())
                        .map(|key| name_head(&key).to_owned())
                        .collect()
                });
                source_keys(word, source_orthography)
                    .iter()
                    .any(|key| !key.is_empty() && capitalised.contains(name_head(key)))
            })
        })
        .unwrap_or_default();
    if source_names.is_empty() && dropped_from_kept.is_empty() {
        return;
    }
    let words = TargetWords::of(target, &target_words, languages);
    let mut lost: Vec<LostName> = Vec::new();
    // The names reported missing, to list each once.
    let mut missing: HashSet<String> = HashSet::new();
    // Whether a name the project always writes one way is missing: then no other word
    // can stand for it.
    let mut surely_lost = false;
    // The keys of each source word, made once.
    let mut keys_of: HashMap<&str, Vec<String>> = HashMap::new();
    for word in source_names
        .iter()
        .map(|(word, _)| *word)
        .chain(capitalised_tokens(&source_words))
    {
        keys_of
            .entry(word)
            .or_insert_with(|| source_keys(word, source_orthography));
    }
    for &(word, times) in &source_names {
        let keys: &[String] = keys_of.get(word).map_or(&[], Vec::as_slice);
        let spelt = keys.iter().any(|key| words.spell(key));
        // What the project learned, or what every translation does (China: Китай).
        // Either is enough to find it.
        let learned = table
            .and_then(|table| table.counterpart(word))
            .map(|prefix| words.has_prefix(prefix));
        // A word of a compound counts (Премьер-лига), and a long stem inside a longer word
        // (Генассамблея).
        let known = known_counterparts(word, languages).map(|(stems, acronym)| {
            words.sorted.iter().chain(&words.tokens).any(|other| {
                begins_as(other, stems, acronym)
                    || (!acronym
                        && stems
                            .iter()
                            .any(|stem| stem.chars().count() >= 6 && other.contains(stem)))
            })
        });
        let written = match (learned, known) {
            (None, None) => None,
            (one, other) => Some(one == Some(true) || other == Some(true)),
        };
        let kept = spelt || written.unwrap_or(keys.iter().all(String::is_empty));
        surely_lost |= !kept && written.is_some();
        if !kept {
            // An acronym written with dots keeps its last one (U.S.).
            let shown = if word.contains('.') {
                format!("{word}.")
            } else {
                word.to_owned()
            };
            if missing.insert(shown.clone()) {
                lost.push(LostName::Missing(shown));
            }
        }
        // Written fewer times than the source has it (Sanford … Sanford: Сэнфордом …
        // and nothing).
        if kept && (spelt || written.is_some()) && times >= 2 {
            let written = times_written(word, keys, &words, languages, table);
            if written < times {
                lost.push(LostName::Fewer {
                    name: word.to_owned(),
                    in_source: times,
                    written,
                });
            }
        }
    }
    for word in dropped_from_kept {
        if missing.insert(word.to_owned()) {
            lost.push(LostName::Missing(word.to_owned()));
        }
        surely_lost = true;
    }
    if lost.is_empty() {
        return;
    }
    let spare = spare_words(&target_words, &source_words, &keys_of, languages, context);
    if surely_lost || lost.len() > spare {
        issues.push(Issue::new(
            "names",
            Severity::Warning,
            FindingText::NamesLost(lost),
        ));
    }
}

/// How many words of the translation write source name `word` (read through `keys`): a
/// capitalised word spelling it, or a word written the project's or every translation's own
/// way, inside a longer word too (North Korea: северокорейский).
fn times_written(
    word: &str,
    keys: &[String],
    words: &TargetWords,
    languages: (&str, &str),
    table: Option<&super::name_table::NameTable>,
) -> usize {
    let learned = table.and_then(|table| table.counterpart(word));
    let known = known_counterparts(word, languages);
    let inside = |token: &str, stem: &str| {
        token.starts_with(stem) || (stem.chars().count() >= 4 && token.contains(stem))
    };
    let own_way = |token: &String| {
        learned.is_some_and(|prefix| inside(token, prefix))
            || known.is_some_and(|(stems, acronym)| {
                begins_as(token, stems, acronym)
                    || (!acronym && stems.iter().any(|stem| inside(token, stem)))
            })
    };
    // A word spelling the name: capitalised, or in lower case too when the key is long
    // enough to tell (Newport: ньюпортской), as [`TargetWords::spell`] has it.
    // Counted by the words between spaces, so that a compound written the own way
    // (Би-би-си) counts once, whether it or a part of it is found.
    let mut numbers: HashSet<usize> = keys
        .iter()
        .filter(|key| !key.is_empty())
        .filter_map(|key| {
            let long = key.chars().count() >= 3;
            words
                .written_at
                .get(name_head(key))
                .map(move |written| (written, long))
        })
        .flat_map(|(written, long)| {
            written
                .iter()
                .filter(move |(_, capital)| *capital || long)
                .filter_map(|(at, _)| words.word_of.get(*at).copied())
        })
        .collect();
    if learned.is_some() || known.is_some() {
        numbers.extend(
            words
                .tokens
                .iter()
                .zip(&words.word_of)
                .filter(|(token, _)| own_way(token))
                .map(|(_, number)| *number),
        );
        numbers.extend(
            words
                .whole
                .iter()
                .enumerate()
                .filter(|(_, whole)| own_way(whole))
                .map(|(number, _)| number),
        );
    }
    numbers.len()
}

/// How many capitalised words the translation has that a missing name may have become.
///
/// Names are often translated rather than written out (China: Китай, the FBI: ФБР): a name
/// without a match counts as dropped only when the translation has fewer capitalised words
/// left for it than names are missing. Capitalised words that spell a capitalised word of
/// the source (a name, or a title: Tom, Том), that the project writes for a source word,
/// that write a known name (Москве: never another name's translation), that are titles
/// (Республиканской партии) or common words are not left for it.
/// Every capitalised word of the source counts here, a sentence's first too (Fox News
/// has…: Fox News), and a Latin-script translation's word is read as the source would spell
/// it too (Clark, Calzadilla).
fn spare_words(
    target_words: &[TextWord<'_>],
    source_words: &[TextWord<'_>],
    keys_of: &HashMap<&str, Vec<String>>,
    languages: (&str, &str),
    context: &PairContext<'_>,
) -> usize {
    let table = context.names;
    let source_orthography = Orthography::for_language(languages.0);
    let target_orthography = Orthography::for_language(languages.1);
    let capitalised_source: Vec<&str> = source_words
        .iter()
        .map(|word| word.word)
        .filter(|word| word.starts_with(char::is_uppercase))
        .collect();
    let source_heads: HashSet<String> = capitalised_source
        .iter()
        .flat_map(|word| {
            keys_of
                .get(word)
                .cloned()
                .unwrap_or_else(|| source_keys(word, source_orthography))
        })
        .filter(|key| !key.is_empty())
        .map(|key| name_head(&key).to_owned())
        .collect();
    let also_as_source = also_as_source(languages);
    let spells_a_source_word = |word: &str| {
        let bare = word.trim_matches(|c: char| !is_letter_or_digit(c));
        let mut readings = vec![loose(skeleton(bare, target_orthography))];
        if also_as_source {
            readings.push(loose(source_skeleton(bare, source_orthography)));
        }
        readings
            .iter()
            .any(|key| !key.is_empty() && source_heads.contains(name_head(key)))
    };
    // The beginnings of the target words the project writes for the source's words.
    let learned: HashSet<&str> = table
        .map(|table| {
            capitalised_source
                .iter()
                .filter_map(|word| table.counterpart(word))
                .collect()
        })
        .unwrap_or_default();
    capitalised_tokens(target_words)
        .filter(|word| word.chars().filter(|c| is_letter(*c)).count() >= 3)
        .filter(|word| !translated_word(word, None))
        .filter(|word| {
            !context
                .target_dictionary
                .is_some_and(|speller| speller.common_word(word))
        })
        .filter(|word| !table.is_some_and(|table| table.common_word(word)))
        .filter(|word| {
            let lower = super::name_table::fold_case(word);
            // Any name every translation writes its own way, the source's or another's.
            !begins_with_any(&lower, &learned) && !writes_a_known_name(&lower, languages)
        })
        .filter(|word| !spells_a_source_word(word))
        .count()
}

/// Whether `word` begins with one of `prefixes`.
fn begins_with_any(word: &str, prefixes: &HashSet<&str>) -> bool {
    !prefixes.is_empty()
        && word
            .char_indices()
            .map(|(at, _)| at)
            .chain(std::iter::once(word.len()))
            .any(|end| prefixes.contains(&word[..end]))
}

/// Whether source word `name` and `prefix`, the beginning of a target word, spell alike
/// (Trump, трамп).
pub(super) fn spelt_alike(name: &str, prefix: &str, languages: (&str, &str)) -> bool {
    let source = loose(source_skeleton(
        name,
        Orthography::for_language(languages.0),
    ));
    let target = loose(skeleton(prefix, Orthography::for_language(languages.1)));
    let shorter = source.chars().count().min(target.chars().count()).min(3);
    shorter >= 1
        && source
            .chars()
            .take(shorter)
            .eq(target.chars().take(shorter))
}
