//! Figures compared between a source and its translation: numbers in any notation (`1,5` =
//! `1.5`, `40 000` = `40,000` = "40 thousand" = "40 min"), times, and months named in
//! English, Russian or Azerbaijani.

use std::collections::HashMap;

use super::Severity;
use super::checks::Issue;
use crate::align::anchors::{month_of, number_key, tokenize};

/// A word that multiplies the number before it ("40 thousand", "1,5 млн", "30 mindən").
fn multiplier(word: &str) -> Option<u64> {
    let word = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let starts = |stems: &[&str]| stems.iter().any(|stem| word.starts_with(stem));
    // Azerbaijani "min" (thousand) takes case endings; "minimum" and "minister" are not it.
    let azerbaijani_thousand = word == "min"
        || (word.starts_with("min")
            && ["ə", "dən", "də", "lə", "lər", "lərlə", "in", "i"]
                .iter()
                .any(|ending| word["min".len()..] == **ending));
    if starts(&["thousand", "тысяч", "тыс"]) || azerbaijani_thousand {
        Some(1_000)
    } else if starts(&["million", "миллион", "млн", "milyon", "mln"]) {
        Some(1_000_000)
    } else if starts(&["billion", "миллиард", "млрд", "milyard", "mlrd"]) || word == "bn"
    {
        Some(1_000_000_000)
    } else {
        None
    }
}

/// `value` times `times`, as a key, when it is a whole number.
fn scaled(value: &str, times: u64) -> Option<String> {
    let value: f64 = value.parse().ok()?;
    #[expect(clippy::cast_precision_loss, reason = "a multiplier of 10^9 at most")]
    let scaled = value * times as f64;
    (scaled.fract() == 0.0).then(|| format!("{scaled:.0}"))
}

/// `text` with figures set apart from the words glued to them: "ki,2011-ci" and "11-18"
/// give 2011, 11 and 18.
fn figures_apart(text: &str) -> String {
    let mut apart = String::with_capacity(text.len() + 8);
    let characters: Vec<char> = text.chars().collect();
    for (index, &character) in characters.iter().enumerate() {
        let before = index.checked_sub(1).map(|at| characters[at]);
        let after = characters.get(index + 1).copied();
        let digit_follows = after.is_some_and(|c| c.is_ascii_digit());
        let glued = match character {
            // A range or a compound: 11-18, 18-year-olds, 2011-ci.
            '-' | '–' => before.is_some_and(|c| c.is_ascii_digit()),
            // "ki,2011": a comma after a letter, before a figure.
            ',' | ';' | '(' => before.is_some_and(char::is_alphabetic) && digit_follows,
            _ => false,
        };
        if glued {
            apart.push(' ');
        } else {
            apart.push(character);
        }
    }
    apart
}

/// Russian month stems that take any ending, adjectives too ("ноябрьских выборов"); May
/// is left to [`month_of`] ("ма" starts too many words).
const RUSSIAN_MONTH_STEMS: [&str; 12] = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];

/// English month abbreviations ("Sept.", "Nov").
const ENGLISH_MONTH_ABBREVIATIONS: [&[&str]; 12] = [
    &["Jan"],
    &["Feb"],
    &["Mar"],
    &["Apr"],
    &[],
    &["Jun"],
    &["Jul"],
    &["Aug"],
    &["Sep", "Sept"],
    &["Oct"],
    &["Nov"],
    &["Dec"],
];

/// The month (1–12) `tokens[index]` names in `language`; English "May" only next to a
/// figure (not "Mrs May"), and English months only capitalised ("may" is a verb).
fn month_at(tokens: &[String], index: usize, language: &str) -> Option<usize> {
    let word = tokens[index].trim_matches(|c: char| !c.is_alphanumeric());
    if language == "en" {
        if !word.starts_with(char::is_uppercase) {
            return None;
        }
        if let Some(month) = ENGLISH_MONTH_ABBREVIATIONS
            .iter()
            .position(|names| names.contains(&word))
        {
            return Some(month + 1);
        }
        let month = month_of(word)?;
        let figure_near = [index.checked_sub(1), Some(index + 1)]
            .into_iter()
            .flatten()
            .filter_map(|near| tokens.get(near))
            .any(|near| near.chars().any(|c| c.is_ascii_digit()));
        return (month != 5 || figure_near).then_some(month);
    }
    month_of(word).or_else(|| {
        let lower = word.to_lowercase();
        RUSSIAN_MONTH_STEMS
            .iter()
            .position(|stem| !stem.is_empty() && lower.starts_with(stem))
            .map(|month| month + 1)
    })
}

/// The multiplier glued onto a figure: "£2.8bn", and "£125m" or "$5k" after a currency sign.
fn glued_multiplier(token: &str) -> Option<u64> {
    let tail = token
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(|c: char| c.is_ascii_digit())
        .next()?;
    let money = token.starts_with(['£', '$', '€', '₼', '₽']);
    match tail {
        "m" | "mn" if money => Some(1_000_000),
        "k" if money => Some(1_000),
        _ => multiplier(tail),
    }
}

/// The figures of a text as comparable keys: `15:00`, `1.5` (whatever the decimal mark),
/// `40000` (whatever the thousands separator, or "40 thousand", "£40bn"), and months named
/// in en/ru/az (`month 11`).
fn figures(text: &str, language: &str) -> Vec<String> {
    let tokens = tokenize(&figures_apart(text));
    let mut keys = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        if let Some(key) = number_key(token) {
            let times = glued_multiplier(token)
                .or_else(|| tokens.get(index + 1).and_then(|next| multiplier(next)));
            keys.push(times.and_then(|times| scaled(&key, times)).unwrap_or(key));
            continue;
        }
        if let Some(month) = month_at(&tokens, index, language) {
            keys.push(format!("month {month}"));
        }
    }
    keys.sort();
    keys
}

/// Removes what one side writes as a time or a score and the other as plain figures: "04:00"
/// and "4" (o'clock), "2:1" and "2-1" (a score, read as 2 and 1).
fn reconcile<'a>(lost: &mut Vec<&'a str>, gained: &mut Vec<&'a str>) {
    cancel(lost, gained);
    cancel(gained, lost);
}

/// The keys of `one` that `other` writes as plain figures, taken out of both.
fn cancel<'a>(one: &mut Vec<&'a str>, other: &mut Vec<&'a str>) {
    let as_figures = |key: &str| -> Option<Vec<String>> {
        let (hours, minutes) = key.split_once(':')?;
        let plain = |part: &str| {
            let part = part.trim_start_matches('0');
            if part.is_empty() {
                "0".to_owned()
            } else {
                part.to_owned()
            }
        };
        if minutes == "00" {
            Some(vec![plain(hours)])
        } else {
            Some(vec![plain(hours), plain(minutes)])
        }
    };
    let mut index = 0;
    while index < one.len() {
        let matched = as_figures(one[index]).filter(|figures| {
            figures
                .iter()
                .all(|figure| other.contains(&figure.as_str()))
        });
        match matched {
            Some(figures) => {
                for figure in figures {
                    if let Some(at) = other.iter().position(|key| *key == figure) {
                        other.remove(at);
                    }
                }
                one.remove(index);
            }
            None => index += 1,
        }
    }
}

/// What `one` has more of than `other` (multisets of sorted keys).
fn missing_from<'a>(one: &'a [String], other: &[String]) -> Vec<&'a str> {
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for key in other {
        *counts.entry(key.as_str()).or_default() += 1;
    }
    let mut missing = Vec::new();
    for key in one {
        let count = counts.entry(key.as_str()).or_default();
        if *count > 0 {
            *count -= 1;
        } else {
            missing.push(key.as_str());
        }
    }
    missing.dedup();
    missing
}

/// Figures, times, dates and months the translation lost or gained.
pub(super) fn numbers(
    source: &str,
    target: &str,
    languages: (&str, &str),
    issues: &mut Vec<Issue>,
) {
    let (in_source, in_target) = (figures(source, languages.0), figures(target, languages.1));
    let mut lost = missing_from(&in_source, &in_target);
    let mut gained = missing_from(&in_target, &in_source);
    reconcile(&mut lost, &mut gained);
    if !lost.is_empty() {
        issues.push(Issue::new(
            "numbers",
            Severity::Error,
            format!("not in the translation: {}", lost.join(", ")),
        ));
    }
    if !gained.is_empty() {
        issues.push(Issue::new(
            "numbers",
            Severity::Warning,
            format!(
                "in the translation but not the source: {}",
                gained.join(", ")
            ),
        ));
    }
}
