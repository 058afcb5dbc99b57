//! Proper names compared between a source and its translation in any script (Hajili =
//! Гаджилы = Hacılı), through the consonant skeletons the aligner uses. Names that are
//! translated rather than written out (institutions, countries, titles) are set aside.

use std::collections::HashMap;

use super::Severity;
use super::checks::{Issue, PairContext};
use super::known_names::{begins_as, known_counterparts};
pub(crate) use super::name_readings::name_key;
use super::name_readings::{loose, same_name, source_keys, source_skeleton};
use super::name_table::{TextWord, text_words};
use super::text::{FindingText, LostName};
use crate::align::anchors::{is_name, month_of};
use crate::align::{Orthography, skeleton};

/// Capitalised words of institutions, titles and nationalities (English title case, and the
/// first word of a Russian or Azerbaijani institution's name): translated, not
/// transliterated, so never a dropped name. Matched as the start of the lower-cased word.
const TRANSLATED_TITLES: &[&str] = &[
    // English
    "ministr",
    "interior",
    "foreign",
    "affairs",
    "president",
    "parliament",
    "council",
    "party",
    "city",
    "hall",
    "republic",
    "national",
    "state",
    "department",
    "court",
    "supreme",
    "committee",
    "union",
    "assembly",
    "office",
    "agency",
    "service",
    "bank",
    "university",
    "street",
    "avenue",
    "square",
    "railway",
    "company",
    "airport",
    "station",
    "region",
    "district",
    "government",
    "prime",
    "deputy",
    "general",
    "chief",
    "police",
    "army",
    "force",
    "security",
    "defen",
    "health",
    "education",
    "econom",
    "financ",
    "justice",
    "energy",
    "transport",
    "culture",
    "sport",
    "youth",
    "emergenc",
    "situation",
    "democrat",
    "popular",
    "front",
    "movement",
    "opposition",
    "west",
    "east",
    "north",
    "south",
    "central",
    "new",
    "united",
    "nations",
    "europe",
    "international",
    "georgia",
    "azerbaijan",
    "russia",
    "armenia",
    "turk",
    "america",
    "soviet",
    "metro",
    "mayor",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mr",
    "mrs",
    "ms",
    "dr",
    // Russian
    "министерств",
    "мэри",
    "парламент",
    "парти",
    "президент",
    "совет",
    "суд",
    "комитет",
    "правительств",
    "госдум",
    "дум",
    "верховн",
    "национальн",
    "республик",
    "управлени",
    "полици",
    "прокуратур",
    "генеральн",
    "грузи",
    "азербайджан",
    "росси",
    "армени",
    "турци",
    "понедельник",
    "вторник",
    "сред",
    "четверг",
    "пятниц",
    "суббот",
    "воскресень",
    // Azerbaijani
    "nazirli",
    "nazir",
    "partiya",
    "prezident",
    "məclis",
    "şura",
    "hökumət",
    "bələdiyyə",
    "məhkəmə",
    "polis",
    "universitet",
    "respublika",
    "milli",
    "dövlət",
    "baş",
    "gürcüstan",
    "azərbaycan",
    "rusiya",
    "ermənistan",
    "türkiyə",
    "bazar",
    "çərşənbə",
    "cümə",
    "şənbə",
    "şimal",
    "cənub",
    "qərb",
    "şərq",
    "birləşmiş",
    "ştat",
    "krallı",
    "ittifa",
    "xanım",
    "əfəndi",
    "cənab",
    "təşkilat",
];

/// Endings of words for peoples and their languages (Japanese, British, Koreans, Canadian,
/// Mexican), which translations write as adjectives or common nouns (японцы, мексиканской);
/// -stan, -jan and the like are left alone (Azerbaijan, Pakistan are names).
const DEMONYM_ENDINGS: &[&str] = &["ese", "ish", "ans", "ian", "ean", "can", "ians"];

/// Words for peoples the endings miss.
const DEMONYMS: &[&str] = &[
    "german", "french", "dutch", "greek", "thai", "scot", "brit", "briton", "britons", "arab",
    "arabs", "kurd", "kurds", "kurdish",
];

/// Whether a capitalised `word` is one a translation writes as an ordinary word rather than
/// spells out: a month, an institution's title, an acronym (FBI: ФБР), a people or a
/// language, or — by the source language's dictionary (`common`), when there is one — a
/// common word capitalised in a title or an organisation's name (Center, Games, Secretary).
fn translated_word(word: &str, common: Option<&crate::spell::Speller>) -> bool {
    let lower = word.to_lowercase();
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    title_or_people(word)
        || (letters.len() >= 2
            && letters
                .iter()
                .filter(|letter| letter.is_uppercase())
                .count()
                * 2
                > letters.len())
        || common.is_some_and(|speller| speller.in_dictionary(&lower))
}

/// Whether `word` is a month or a day, an institution's title, or a people or its language:
/// written as an ordinary word in a translation (Friday: пятница, Japanese: японский).
pub(super) fn title_or_people(word: &str) -> bool {
    let lower = word.to_lowercase();
    month_of(word).is_some()
        || TRANSLATED_TITLES.iter().any(|stem| lower.starts_with(stem))
        || (lower.chars().count() >= 5
            && DEMONYM_ENDINGS.iter().any(|ending| lower.ends_with(ending)))
        || DEMONYMS.contains(&lower.as_str())
}

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
            // word only with one (or not at all).
            !word.sentence_start
                || common.is_some_and(|speller| {
                    speller.is_hunspell() && !speller.in_dictionary(&word.word.to_lowercase())
                })
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
fn capitalised_tokens(text: &str) -> impl Iterator<Item = &str> {
    text_words(text)
        .into_iter()
        .filter(|word| !word.sentence_start && word.word.starts_with(char::is_uppercase))
        .map(|word| word.word)
}

/// Whether `word` of the translation (in `languages.1`) is written in the source too, in
/// any script: a name or a term carried over (tetri: тетри), which a dictionary need not know.
pub(super) fn carried_over(word: &str, source: &str, languages: (&str, &str)) -> bool {
    let key = loose(&skeleton(word, Orthography::for_language(languages.1)));
    if key.chars().count() < 2 {
        return false;
    }
    let source_orthography = Orthography::for_language(languages.0);
    source
        .split(|c: char| !c.is_alphanumeric())
        .filter(|token| !token.is_empty())
        .any(|token| same_name(&loose(&source_skeleton(token, source_orthography)), &key))
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
    let mut source_names = name_words(&source_words, languages.0, context.source_dictionary);
    // A title cut short (Det. Dennis McCarthy, Sen. Warren, Gov. Walker) is translated, or
    // written out (Detektiv, следователь), not spelt as written.
    let abbreviations = titles_cut_short(source);
    source_names.retain(|word| !abbreviations.contains(word));
    // Names the project writes in its own way (China: Китай, HIV: ВИЧ), whatever a
    // dictionary says of them; at a sentence's start too, as the table holds only words
    // seen capitalised where a capital says something.
    // A known acronym each time it is written, so that one written fewer times is found
    // (the U.S. … the U.S.: ABŞ … and nothing); a name may be left to a pronoun the second
    // time (Chambers' death … Chambers' texts: смерти Чемберс … ее сообщения).
    let by_dictionary = source_names.clone();
    for word in &source_words {
        if word.word.starts_with(char::is_uppercase)
            && word.word.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !by_dictionary.contains(&word.word)
        {
            let known = known_counterparts(word.word, languages);
            let learned = table.is_some_and(|table| table.counterpart(word.word).is_some());
            if known.is_some_and(|(_, acronym)| acronym)
                || ((learned || known.is_some()) && !source_names.contains(&word.word))
            {
                source_names.push(word.word);
            }
        }
    }
    let source_orthography = Orthography::for_language(languages.0);
    let target_orthography = Orthography::for_language(languages.1);
    // Words a dictionary knows dropped from names kept as written (Desert Discs).
    let dropped_from_kept = context
        .source_dictionary
        .filter(|speller| speller.is_hunspell())
        .map(|common| {
            super::name_runs::dropped_from_kept_names((source, target), common, |word| {
                spelt_in(target, word, (source_orthography, target_orthography))
            })
        })
        .unwrap_or_default();
    if source_names.is_empty() && dropped_from_kept.is_empty() {
        return;
    }
    let key_of_target = |token: &str| {
        loose(&skeleton(
            token.trim_matches(|c: char| !c.is_alphanumeric()),
            target_orthography,
        ))
    };
    // A Latin-script translation may keep a name as the source spells it (Brexit,
    // Mercedes): its words are read in the source's orthography too.
    let also_as_source = languages.1 != languages.0
        && target_orthography != Orthography::Cyrillic
        && source_orthography != Orthography::Cyrillic;
    // The keys of the translation's words (one or two readings of each), whether each
    // word is capitalised, and which word it is.
    let mut target_keys: Vec<(String, bool, usize)> = Vec::new();
    // The same words in lower case, by the same numbers.
    let mut target_tokens: Vec<String> = Vec::new();
    for (at, token) in target
        // Words glued by punctuation are apart too (Bu,Toyota; görəcəyik,”Burnastondakı).
        .split(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '-' | '–' | ',' | ';' | '(' | ')' | '/' | '"' | '«' | '»' | '“' | '”' | '„'
                )
        })
        .enumerate()
    {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        target_tokens.push(super::name_table::fold_case(word));
        let capital = word.starts_with(char::is_uppercase);
        let key = key_of_target(token);
        if !key.is_empty() {
            target_keys.push((key, capital, at));
        }
        if also_as_source {
            let key = loose(&source_skeleton(word, source_orthography));
            if !key.is_empty() {
                target_keys.push((key, capital, at));
            }
        }
    }
    let mut lost: Vec<LostName> = Vec::new();
    // Whether a name the project always writes one way is missing: then no other word
    // can stand for it.
    let mut surely_lost = false;
    let target_words: Vec<String> = text_words(target)
        .iter()
        .map(|word| super::name_table::fold_case(word.word))
        .collect();
    // The keys of each source word, made once.
    let mut keys_of: HashMap<String, Vec<String>> = HashMap::new();
    for word in source_names
        .iter()
        .copied()
        .chain(capitalised_tokens(source))
    {
        if !keys_of.contains_key(word) {
            keys_of.insert(word.to_owned(), source_keys(word, source_orthography));
        }
    }
    for &word in &source_names {
        let keys: &[String] = keys_of.get(word).map_or(&[], Vec::as_slice);
        // A short key (Daley: DL) matches too many common words (дало): only a
        // capitalised word can spell it.
        let spelt = keys.iter().any(|key| {
            !key.is_empty()
                && target_keys.iter().any(|(other, capital, _)| {
                    (*capital || key.chars().count() >= 3) && same_name(key, other)
                })
        });
        // What the project learned, or what every translation does (China: Китай).
        // Either is enough to find it.
        let learned = table.and_then(|table| table.written_in(word, &target_words));
        let known = known_counterparts(word, languages).map(|(stems, acronym)| {
            target_words
                .iter()
                .any(|other| begins_as(other, stems, acronym))
        });
        let written = match (learned, known) {
            (None, None) => None,
            (one, other) => Some(one == Some(true) || other == Some(true)),
        };
        let kept = spelt || written.unwrap_or(keys.iter().all(String::is_empty));
        surely_lost |= !kept && written.is_some();
        // An acronym written with dots keeps its last one (U.S.).
        let shown = LostName::Missing(if word.contains('.') {
            format!("{word}.")
        } else {
            word.to_owned()
        });
        if !kept && !lost.contains(&shown) {
            lost.push(shown);
        }
        // Written fewer times than the source has it (Sanford … Sanford: Сэнфордом …
        // and nothing).
        let times = source_names.iter().filter(|&&other| other == word).count();
        // A word written the project's or every translation's own way counts, inside a
        // longer word too (North Korea: северокорейский).
        if kept && (spelt || written.is_some()) && times >= 2 {
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
            let mut words: Vec<usize> = target_keys
                .iter()
                .filter(|(other, capital, _)| {
                    *capital
                        && keys
                            .iter()
                            .any(|key| !key.is_empty() && same_name(key, other))
                })
                .map(|(_, _, at)| *at)
                .chain(
                    target_tokens
                        .iter()
                        .enumerate()
                        .filter(|(_, token)| own_way(token))
                        .map(|(at, _)| at),
                )
                .collect();
            words.sort_unstable();
            words.dedup();
            let written = words.len();
            let fewer = LostName::Fewer {
                name: word.to_owned(),
                in_source: times,
                written,
            };
            if written < times && !lost.contains(&fewer) {
                lost.push(fewer);
            }
        }
    }
    for word in dropped_from_kept {
        let shown = LostName::Missing(word.to_owned());
        if !lost.contains(&shown) {
            lost.push(shown);
        }
        surely_lost = true;
    }
    if lost.is_empty() {
        return;
    }
    // Names are often translated rather than written out (China: Китай, the FBI: ФБР): a
    // name without a match counts as dropped only when the translation has fewer
    // capitalised words left for it than names are missing. Capitalised words that spell a
    // capitalised word of the source (a name, or a title: Tom, Том), that the project
    // writes for a source word, or that are titles (Республиканской партии) are not left
    // for it.
    // Every capitalised word of the source counts here, a sentence's first too (Fox News
    // has…: Fox News), and a Latin-script translation's word is read as the source would
    // spell it too (Clark, Calzadilla).
    let source_keys: Vec<String> = source_words
        .iter()
        .filter(|word| word.word.starts_with(char::is_uppercase))
        .flat_map(|word| {
            keys_of
                .get(word.word)
                .cloned()
                .unwrap_or_else(|| source_keys(word.word, source_orthography))
        })
        .filter(|key| !key.is_empty())
        .collect();
    let spells_a_source_word = |word: &str| {
        let mut readings = vec![key_of_target(word)];
        if also_as_source {
            readings.push(loose(&source_skeleton(
                word.trim_matches(|c: char| !c.is_alphanumeric()),
                source_orthography,
            )));
        }
        readings
            .iter()
            .any(|key| !key.is_empty() && source_keys.iter().any(|other| same_name(other, key)))
    };
    let capitalised_source: Vec<&str> = source_words
        .iter()
        .map(|word| word.word)
        .filter(|word| word.starts_with(char::is_uppercase))
        .collect();
    let known_of_source: Vec<(&[&str], bool)> = capitalised_source
        .iter()
        .filter_map(|source| known_counterparts(source, languages))
        .collect();
    let spare = capitalised_tokens(target)
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .filter(|word| !translated_word(word, None))
        .filter(|word| {
            !context
                .target_dictionary
                .is_some_and(|speller| speller.common_word(word))
        })
        .filter(|word| !table.is_some_and(|table| table.common_word(word)))
        .filter(|word| !table.is_some_and(|table| table.explains(word, &capitalised_source)))
        .filter(|word| {
            let lower = super::name_table::fold_case(word);
            !known_of_source
                .iter()
                .any(|(stems, acronym)| begins_as(&lower, stems, *acronym))
        })
        .filter(|word| !spells_a_source_word(word))
        .count();
    if surely_lost || lost.len() > spare {
        issues.push(Issue::new(
            "names",
            Severity::Warning,
            FindingText::NamesLost(lost),
        ));
    }
}

/// Whether a capitalised word of `target` spells source word `word` (in any of its
/// readings).
fn spelt_in(
    target: &str,
    word: &str,
    (source, target_orthography): (Orthography, Orthography),
) -> bool {
    let keys = source_keys(word, source);
    capitalised_tokens(target).any(|token| {
        let key = loose(&skeleton(token, target_orthography));
        !key.is_empty()
            && keys
                .iter()
                .any(|own| !own.is_empty() && same_name(own, &key))
    })
}

/// Whether source word `name` and `prefix`, the beginning of a target word, spell alike
/// (Trump, трамп).
pub(super) fn spelt_alike(name: &str, prefix: &str, languages: (&str, &str)) -> bool {
    let source = loose(&source_skeleton(
        name,
        Orthography::for_language(languages.0),
    ));
    let target = loose(&skeleton(prefix, Orthography::for_language(languages.1)));
    let shorter = source.chars().count().min(target.chars().count()).min(3);
    shorter >= 1
        && source
            .chars()
            .take(shorter)
            .eq(target.chars().take(shorter))
}
