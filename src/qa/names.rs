//! Proper names compared between a source and its translation in any script (Hajili =
//! Гаджилы = Hacılı), through the consonant skeletons the aligner uses. Names that are
//! translated rather than written out (institutions, countries, titles) are set aside.

use super::Severity;
use super::checks::Issue;
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
];

/// The proper names of a text (capitalised words not at a sentence's start, months and the
/// words of institutions aside), each with its consonant skeleton.
fn name_words(text: &str, language: &str) -> Vec<(String, String)> {
    let orthography = Orthography::for_language(language);
    let mut found = Vec::new();
    let mut sentence_start = true;
    for token in text.split_whitespace() {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = word.to_lowercase();
        let translated = month_of(word).is_some()
            || TRANSLATED_TITLES.iter().any(|stem| lower.starts_with(stem));
        if !sentence_start && !translated && is_name(word) {
            let key = skeleton(word, orthography);
            if key.chars().count() >= 2 {
                found.push((word.to_owned(), key));
            }
        }
        sentence_start = token.ends_with(['.', '!', '?', ':', '…'])
            || token.starts_with(['—', '–', '-', '•'])
            || token.chars().all(|c| !c.is_alphanumeric());
    }
    found
}

/// How many words of `text` begin with a capital letter where a sentence does not begin.
fn capitalised_words(text: &str) -> usize {
    let mut sentence_start = true;
    let mut count = 0;
    for token in text.split_whitespace() {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        if !sentence_start && word.starts_with(char::is_uppercase) {
            count += 1;
        }
        sentence_start = token.ends_with(['.', '!', '?', ':', '…'])
            || token.starts_with(['—', '–', '-', '•'])
            || token.chars().all(|c| !c.is_alphanumeric());
    }
    count
}

/// A skeleton loosened for comparing across languages: the classes spellings confuse most
/// (English g and j against дж and г: Giants, Джайантс; a leading h or y: Japanese, Японский)
/// made one.
fn loose(key: &str) -> String {
    let loosened = merged(key);
    // A leading h or y is dropped only when enough is left to tell names apart.
    match loosened.strip_prefix('H') {
        Some(rest) if rest.chars().count() >= 2 => rest.to_owned(),
        _ => loosened,
    }
}

/// The skeleton of an English word with a soft c written as s (Francis, Фрэнсис), and a
/// possessive ('s) left off.
fn source_skeleton(word: &str, orthography: Orthography) -> String {
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    if orthography != Orthography::English {
        return skeleton(word, orthography);
    }
    let lowered = word.to_lowercase();
    let mut softened = String::with_capacity(lowered.len());
    let characters: Vec<char> = lowered.chars().collect();
    for (index, &character) in characters.iter().enumerate() {
        let soft = character == 'c'
            && characters
                .get(index + 1)
                .is_some_and(|next| matches!(next, 'e' | 'i' | 'y'));
        softened.push(if soft { 's' } else { character });
    }
    skeleton(&softened, orthography)
}

/// A skeleton with g/j and h/y as one class and repeated classes merged.
fn merged(key: &str) -> String {
    let mut merged = String::with_capacity(key.len());
    for class in key
        .chars()
        .map(|class| if class == 'J' { 'H' } else { class })
    {
        if !merged.ends_with(class) {
            merged.push(class);
        }
    }
    merged
}

/// The consonant skeleton of a word written in `language` (a primary subtag), the classes
/// spellings confuse merged: the same for a name in any script (Hajili, Гаджилы, Hacılı),
/// with case endings adding classes at the end (Hacılının).
pub(crate) fn name_key(word: &str, language: &str) -> String {
    merged(&source_skeleton(word, Orthography::for_language(language)))
}

/// Whether two loosened skeletons name the same: the same first three classes (case endings
/// and suffixes add more: Алиева, олимпийский), or the same whole key when shorter.
fn same_name(one: &str, other: &str) -> bool {
    let head = |key: &str| key.chars().take(3).collect::<String>();
    let (one_head, other_head) = (head(one), head(other));
    !one_head.is_empty()
        && one_head.chars().count() == other_head.chars().count().min(3)
        && (one_head == other_head
            || (one.chars().count() < 3 && other.starts_with(one))
            || (other.chars().count() < 3 && one.starts_with(other)))
}

/// Names in the source that the translation does not have in any spelling or case form.
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

pub(super) fn names(source: &str, target: &str, languages: (&str, &str), issues: &mut Vec<Issue>) {
    // Names are often translated rather than written out (China: Китай, the FBI: ФБР), so
    // a name without a match counts as dropped only when the translation also has fewer
    // capitalised words than the source has names.
    let source_names = name_words(source, languages.0);
    let capitalised = capitalised_words(target);
    if capitalised >= source_names.len() {
        return;
    }
    let target_orthography = Orthography::for_language(languages.1);
    let target_keys: Vec<String> = target
        .split(|c: char| c.is_whitespace() || c == '-' || c == '–')
        .map(|token| {
            loose(&skeleton(
                token.trim_matches(|c: char| !c.is_alphanumeric()),
                target_orthography,
            ))
        })
        .filter(|key| !key.is_empty())
        .collect();
    let source_orthography = Orthography::for_language(languages.0);
    let mut lost: Vec<String> = Vec::new();
    for (word, _) in source_names {
        let key = loose(&source_skeleton(&word, source_orthography));
        let kept = key.is_empty() || target_keys.iter().any(|other| same_name(&key, other));
        if !kept && !lost.contains(&word) {
            lost.push(word);
        }
    }
    if !lost.is_empty() {
        issues.push(Issue::new(
            "names",
            Severity::Warning,
            format!("names not in the translation: {}", lost.join(", ")),
        ));
    }
}
