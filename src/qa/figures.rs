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

/// The figures of a text as comparable keys: `15:00`, `1.5` (whatever the decimal mark),
/// `40000` (whatever the thousands separator, or "40 thousand", "£40bn"), and months named
/// in en/ru/az (`month 11`; English "may" only as "May").
fn figures(text: &str, language: &str) -> Vec<String> {
    let tokens = tokenize(&figures_apart(text));
    let mut keys = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        if let Some(key) = number_key(token) {
            // "£2.8bn": the multiplier glued on.
            let glued = token
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .rsplit(|c: char| c.is_ascii_digit())
                .next()
                .and_then(multiplier);
            let times = glued.or_else(|| tokens.get(index + 1).and_then(|next| multiplier(next)));
            keys.push(times.and_then(|times| scaled(&key, times)).unwrap_or(key));
            continue;
        }
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let english_lower = language == "en" && !word.starts_with(char::is_uppercase);
        if let Some(month) = month_of(word).filter(|_| !english_lower) {
            keys.push(format!("month {month}"));
        }
    }
    keys.sort();
    keys
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
    let lost = missing_from(&in_source, &in_target);
    if !lost.is_empty() {
        issues.push(Issue::new(
            "numbers",
            Severity::Error,
            format!("not in the translation: {}", lost.join(", ")),
        ));
    }
    let gained = missing_from(&in_target, &in_source);
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
