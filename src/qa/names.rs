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

/// Names in the source that the translation does not have in any spelling or case form.
pub(super) fn names(source: &str, target: &str, languages: (&str, &str), issues: &mut Vec<Issue>) {
    let target_keys: Vec<String> = target
        .split_whitespace()
        .map(|token| {
            skeleton(
                token.trim_matches(|c: char| !c.is_alphanumeric()),
                Orthography::for_language(languages.1),
            )
        })
        .collect();
    // Names are often translated rather than written out (China: Китай, the FBI: ФБР), so
    // a name without a match counts as dropped only when the translation also has fewer
    // capitalised words than the source has names.
    let source_names = name_words(source, languages.0);
    let capitalised = capitalised_words(target);
    if capitalised >= source_names.len() {
        return;
    }
    let mut lost: Vec<String> = Vec::new();
    for (word, key) in source_names {
        // A case ending adds consonants at the end (Алиева, Əliyevin): a prefix is enough.
        let kept = target_keys.iter().any(|other| {
            other.starts_with(&key) || (other.len() >= 2 && key.starts_with(other.as_str()))
        });
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
