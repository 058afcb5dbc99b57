//! Capitalised words a translation writes as ordinary words rather than spelling them out:
//! months and days, the titles of institutions and offices (Ministry, Совет, Nazirliyi),
//! peoples and their languages (Japanese: японский), acronyms, and — by a dictionary —
//! common words capitalised in a title. The names check never counts them as names.

use crate::align::anchors::month_of;
use crate::align::letters::is_letter;

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
    "republic",
    "national",
    "department",
    "supreme",
    "committee",
    "assembly",
    "agency",
    "service",
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
    "police",
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
    "youth",
    "emergenc",
    "situation",
    "democrat",
    "popular",
    "movement",
    "opposition",
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
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
    "сенат",
    "департамент",
    "конгресс",
    "ассамбле",
    "комисси",
    "агентств",
    "палат",
    "институт",
    "академи",
    "центр",
    "церк",
    "служб",
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
    "senat",
    "departament",
    "konqres",
    "assambleya",
    "komitə",
    "komissiya",
    "agentli",
    "palata",
    "institut",
    "akademiya",
    "mərkəz",
    "kilsə",
    "xidmət",
];

/// Capitalised words translated only when whole (a direction, New, State, a short title): as
/// the beginning of a longer word they begin names (Newport, Northampton, Westminster,
/// Mayorga, Courtney, Drummond, Halliday).
const TRANSLATED_WHOLE: &[&str] = &[
    "west", "western", "east", "eastern", "north", "northern", "south", "southern", "new",
    "central", "state", "states", "general", "mr", "mrs", "ms", "dr", "mayor", "mayors", "hall",
    "bank", "banks", "court", "courts", "chief", "chiefs", "city", "party", "parties", "army",
    "armies", "force", "forces", "front", "sport", "sports", "office", "offices", "union",
    "unions", "metro",
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
pub(super) fn translated_word(word: &str, common: Option<&crate::spell::Speller>) -> bool {
    let lower = crate::align::letters::lowercase(word);
    let letters: Vec<char> = word.chars().filter(|c| is_letter(*c)).collect();
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

/// The [`TRANSLATED_TITLES`] that begin with `first`.
fn titles_beginning_with(first: char) -> &'static [&'static str] {
    static INDEX: std::sync::OnceLock<foldhash::HashMap<char, Vec<&'static str>>> =
        std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut index: foldhash::HashMap<char, Vec<&'static str>> =
                foldhash::HashMap::default();
            for stem in TRANSLATED_TITLES {
                if let Some(letter) = stem.chars().next() {
                    index.entry(letter).or_default().push(stem);
                }
            }
            index
        })
        .get(&first)
        .map_or(&[], Vec::as_slice)
}

/// Whether `word` is a month or a day, an institution's title, or a people or its language:
/// written as an ordinary word in a translation (Friday: пятница, Japanese: японский).
pub(super) fn title_or_people(word: &str) -> bool {
    let lower = crate::align::letters::lowercase(word);
    month_of(word).is_some()
        || lower.chars().next().is_some_and(|first| {
            titles_beginning_with(first)
                .iter()
                .any(|stem| lower.starts_with(stem))
        })
        || TRANSLATED_WHOLE.contains(&lower.as_str())
        || (lower.chars().count() >= 5
            && DEMONYM_ENDINGS.iter().any(|ending| lower.ends_with(ending)))
        || DEMONYMS.contains(&lower.as_str())
}
