//! Figures compared between a source and its translation: numbers in any notation (`1,5` =
//! `1.5`, `40 000` = `40,000` = "40 thousand" = "40 min"), times, and months named in
//! English, Russian or Azerbaijani.

use crate::align::letters::{is_letter, is_letter_or_digit};
use foldhash::{HashMap, HashMapExt as _};
use std::borrow::Cow;

use super::Severity;
use super::checks::Issue;
use super::number_words::{says_one, worded_in};
use super::text::{Figure, FindingText};
use crate::align::anchors::{english_month_of, month_of, number_key, tokenize};

/// A word that multiplies the number before it ("40 thousand", "1,5 млн", "30 mindən").
pub(super) fn multiplier(word: &str) -> Option<u64> {
    let word = word
        .trim_matches(|c: char| !is_letter_or_digit(c))
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
fn figures_apart(text: &str) -> Cow<'_, str> {
    let mut apart: Option<String> = None;
    let mut before: Option<char> = None;
    for (at, character) in text.char_indices() {
        let after = text[at + character.len_utf8()..].chars().next();
        let digit_follows = after.is_some_and(|c| c.is_ascii_digit());
        let glued = match character {
            // A range or a compound: 11-18, 18-year-olds, 2011-ci.
            '-' | '–' => before.is_some_and(|c| c.is_ascii_digit()),
            // "ki,2011": a comma after a letter, before a figure; "No.1".
            ',' | ';' | '(' | '.' => before.is_some_and(is_letter) && digit_follows,
            _ => false,
        };
        before = Some(character);
        match (&mut apart, glued) {
            (Some(apart), false) => apart.push(character),
            (Some(apart), true) => apart.push(' '),
            // The first mark set apart: what came before is copied once.
            (None, true) => {
                let mut copy = String::with_capacity(text.len() + 8);
                copy.push_str(&text[..at]);
                copy.push(' ');
                apart = Some(copy);
            }
            (None, false) => {}
        }
    }
    apart.map_or(Cow::Borrowed(text), Cow::Owned)
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
fn month_at(tokens: &[Cow<'_, str>], index: usize, language: &str) -> Option<usize> {
    let word = tokens[index].trim_matches(|c: char| !is_letter_or_digit(c));
    if language == "en" {
        // June's meeting, mid-September.
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        let word = word.rsplit('-').next().unwrap_or(word);
        if !word.starts_with(char::is_uppercase) {
            return None;
        }
        if let Some(month) = ENGLISH_MONTH_ABBREVIATIONS
            .iter()
            .position(|names| names.contains(&word))
        {
            return Some(month + 1);
        }
        let month = english_month_of(word)?;
        let figure_near = [index.checked_sub(1), Some(index + 1)]
            .into_iter()
            .flatten()
            .filter_map(|near| tokens.get(near))
            .any(|near| near.chars().any(|c| c.is_ascii_digit()));
        // "in May", "since May", "by early May" (not "Theresa May").
        let dated = index
            .checked_sub(1)
            .and_then(|at| tokens.get(at))
            .is_some_and(|before| {
                [
                    "in", "since", "until", "by", "early", "late", "mid", "last", "next", "this",
                    "of", "from", "through",
                ]
                .contains(&crate::align::letters::lowercase(before).as_str())
            });
        return (month != 5 || figure_near || dated).then_some(month);
    }
    // A capitalised month's name before a capitalised word, with no figure before it, is a
    // person's name (Marta Yakubovskiy, Май Линь), not a date (30 Sentyabr).
    let token = &tokens[index];
    let sentence_start = index
        .checked_sub(1)
        .is_none_or(|at| tokens[at].ends_with(['.', '!', '?', ':', '…']));
    if !sentence_start
        && token.starts_with(char::is_uppercase)
        && token.ends_with(is_letter)
        && tokens
            .get(index + 1)
            .is_some_and(|next| next.starts_with(char::is_uppercase))
        && !index
            .checked_sub(1)
            .is_some_and(|at| tokens[at].chars().any(|c| c.is_ascii_digit()))
    {
        return None;
    }
    month_of(word).or_else(|| {
        // Every stem begins with one of these: most words are turned away unlowered.
        let first = word.chars().next()?;
        if !"яфмаисондЯФМАИСОНД".contains(first) {
            return None;
        }
        let lower = crate::align::letters::lowercase(word);
        RUSSIAN_MONTH_STEMS
            .iter()
            .position(|stem| {
                !stem.is_empty()
                    && lower.strip_prefix(stem).is_some_and(|ending| {
                        // Case endings and adjectives (ноябрьских, мартовский), not names
                        // that start alike (Мартин, Августин).
                        ending.is_empty()
                            || ["ь", "я", "е", "ю", "ё", "а", "у", "о", "ск"]
                                .iter()
                                .any(|start| ending.starts_with(start))
                    })
            })
            .map(|month| month + 1)
    })
}

/// A code of Latin letters (up to four, the first a capital) and a number: HER2, F-16,
/// Su-27, MiG-29, COVID-19, G7; the hyphen left out. A changed digit in it changes what it
/// names.
fn code_of(token: &str) -> Option<String> {
    let token = token.trim_matches(|c: char| !is_letter_or_digit(c));
    let digits_at = token.find(|c: char| c.is_ascii_digit())?;
    let (letters, rest) = token.split_at(digits_at);
    let letters = letters.strip_suffix('-').unwrap_or(letters);
    (!letters.is_empty()
        && letters.len() <= 4
        && letters.starts_with(|c: char| c.is_ascii_uppercase())
        && letters.chars().all(|c| c.is_ascii_alphabetic())
        && rest.chars().all(|c| c.is_ascii_digit()))
    .then(|| format!("{letters}{rest}"))
}

/// The number of a code (HER2: 2), after its letters.
fn code_digits(code: &str) -> &str {
    code.trim_start_matches(|c: char| c.is_ascii_alphabetic())
}

/// Whether `text` writes the number of `code` after letters: the same Latin letters (PS752,
/// PS-752, PS 752) or letters of another script (Su-27: Су-27).
fn code_written(code: &str, text: &str) -> bool {
    let digits = code_digits(code);
    let letters = &code[..code.len() - digits.len()];
    text.match_indices(digits).any(|(at, _)| {
        let after = text[at + digits.len()..].chars().next();
        if after.is_some_and(|c| c.is_ascii_digit()) {
            return false;
        }
        let before = text[..at]
            .strip_suffix(['-', ' ', '\u{a0}'])
            .unwrap_or(&text[..at]);
        let written = &before[before.trim_end_matches(is_letter).len()..];
        !written.is_empty() && (written.eq_ignore_ascii_case(letters) || !written.is_ascii())
    })
}

/// The multiplier glued onto a figure: "£2.8bn", and "£125m" or "$5k" after a currency sign.
fn glued_multiplier(token: &str) -> Option<u64> {
    let tail = token
        .trim_end_matches(|c: char| !is_letter_or_digit(c))
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
    let apart = figures_apart(text);
    let tokens = tokenize(&apart);
    let mut keys = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        if let Some(key) = number_key(token) {
            if let Some(time) = clock_time(token, tokens.get(index + 1).map(AsRef::as_ref)) {
                keys.push(time);
                continue;
            }
            let times = glued_multiplier(token)
                .or_else(|| tokens.get(index + 1).and_then(|next| multiplier(next)));
            keys.push(times.and_then(|times| scaled(&key, times)).unwrap_or(key));
            continue;
        }
        if let Some(code) = code_of(token) {
            keys.push(code);
            continue;
        }
        // "a thousand", "one million", "тысяча": the word alone is the number.
        if let Some(times) = bare_multiplier(&tokens, index) {
            keys.push(times.to_string());
            continue;
        }

        if let Some(month) = month_at(&tokens, index, language) {
            keys.push(format!("month {month}"));
        }
    }
    keys.sort();
    keys
}

/// The multiplier word at `index` standing alone for its number: "a thousand", "one
/// million", "тысяча", "миллион" (not after a figure, not a plural: "millions").
fn bare_multiplier(tokens: &[Cow<'_, str>], index: usize) -> Option<u64> {
    // Most words start with another letter: they are passed over without lower-casing.
    let first = tokens[index]
        .trim_start_matches(|c: char| !is_letter_or_digit(c))
        .chars()
        .next()?;
    if !matches!(
        first,
        't' | 'T' | 'm' | 'M' | 'b' | 'B' | 'т' | 'Т' | 'м' | 'М'
    ) {
        return None;
    }
    let word = tokens[index]
        .trim_matches(|c: char| !is_letter_or_digit(c))
        .to_lowercase();
    let before = index
        .checked_sub(1)
        .and_then(|at| tokens.get(at))
        .map(|before| crate::align::letters::lowercase(before));
    if before
        .as_deref()
        .is_some_and(|before| number_key(before).is_some())
    {
        return None;
    }
    let article = matches!(before.as_deref(), Some("a" | "one"));
    match word.as_str() {
        "thousand" if article => Some(1_000),
        "million" if article => Some(1_000_000),
        "billion" if article => Some(1_000_000_000),
        "тысяча" | "тысячу" => Some(1_000),
        "миллион" => Some(1_000_000),
        "миллиард" => Some(1_000_000_000),
        _ => None,
    }
}

/// A 12-hour time as the 24-hour key `number_key` gives: "1 p.m." is 13:00, "4.40 am" is
/// 4:40, "4pm" is 16:00.
fn clock_time(token: &str, next: Option<&str>) -> Option<String> {
    let lower = crate::align::letters::lowercase(token);
    let glued = ["a.m.", "p.m.", "am", "pm"]
        .iter()
        .find(|suffix| lower.ends_with(*suffix));
    let (figure, meridiem) = match (glued, next) {
        (Some(suffix), _) => (&lower[..lower.len() - suffix.len()], *suffix),
        (None, Some(next)) => {
            let next = crate::align::letters::lowercase(next);
            let next = next.trim_end_matches([',', ';', ')', '!', '?', '.']);
            let meridiem = ["a.m", "p.m", "am", "pm"]
                .into_iter()
                .find(|form| next == *form)?;
            (lower.as_str(), meridiem)
        }
        (None, None) => return None,
    };
    let figure = figure.trim_matches(|c: char| !c.is_ascii_digit());
    let (hours, minutes) = match figure.split_once(['.', ':']) {
        Some((hours, minutes)) => (hours.parse::<u32>().ok()?, minutes.parse::<u32>().ok()?),
        None => (figure.parse::<u32>().ok()?, 0),
    };
    if !(1..=12).contains(&hours) || minutes > 59 {
        return None;
    }
    let hours = match (meridiem.starts_with('p'), hours) {
        (false, 12) => 0,
        (true, 12) => 12,
        (true, hours) => hours + 12,
        (false, hours) => hours,
    };
    number_key(&format!("{hours}:{minutes:02}"))
}

/// An amount in an imperial unit with its metric value ("550 pound": 249.5 kg, "80
/// degrees": 26.7 °C), for telling a converted figure from a changed one.
fn imperial_amounts(text: &str) -> Vec<(String, f64)> {
    let apart = figures_apart(text);
    let tokens = tokenize(&apart);
    let mut found = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        let Some(key) = number_key(token) else {
            continue;
        };
        let Some(unit) = tokens.get(index + 1) else {
            continue;
        };
        let unit = unit
            .trim_matches(|c: char| !is_letter_or_digit(c))
            .to_lowercase();
        let Ok(value) = key.parse::<f64>() else {
            continue;
        };
        let metric = match unit.as_str() {
            "pound" | "pounds" | "lb" | "lbs" => value * 0.4536,
            "foot" | "feet" | "ft" => value * 0.3048,
            "mile" | "miles" | "mph" => value * 1.609,
            "inch" | "inches" => value * 2.54,
            "yard" | "yards" => value * 0.9144,
            "gallon" | "gallons" => value * 3.785,
            "acre" | "acres" => value * 0.4047,
            "ounce" | "ounces" | "oz" => value * 28.35,
            "degrees" | "degree" | "°f" | "f" | "fahrenheit" => (value - 32.0) * 5.0 / 9.0,
            _ => continue,
        };
        found.push((key, metric));
    }
    found
}

/// Takes out of `lost` the imperial amounts of the source the translation converted (550
/// pounds: 250 kg) or gave only in the metric form the source has too (45 miles (72 km)),
/// and their metric figures out of `gained`.
fn converted(source: &str, in_source: &[String], lost: &mut Vec<&str>, gained: &mut Vec<&str>) {
    let near = |figure: &str, metric: f64| {
        figure
            .parse::<f64>()
            .is_ok_and(|value| (value - metric).abs() <= (metric.abs() * 0.12).max(1.0))
    };
    for (key, metric) in imperial_amounts(source) {
        let Some(at) = lost.iter().position(|lost| *lost == key) else {
            continue;
        };
        if let Some(metric_at) = gained.iter().position(|figure| near(figure, metric)) {
            gained.remove(metric_at);
            lost.remove(at);
        } else if in_source.iter().any(|figure| near(figure, metric)) {
            lost.remove(at);
        }
    }
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

/// Takes out of `figures` those `worded` has, each once.
fn excuse(figures: &mut Vec<&str>, mut worded: Vec<String>) {
    figures.retain(
        |figure| match worded.iter().position(|word| word == figure) {
            Some(at) => {
                worded.remove(at);
                false
            }
            None => true,
        },
    );
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
    if languages.0 == "en" && !(lost.is_empty() && gained.is_empty()) {
        converted(source, &in_source, &mut lost, &mut gained);
        if says_one(source) {
            gained.retain(|figure| *figure != "1");
        }
    }
    // A code the other side writes in its own letters (Su-27: Су-27).
    lost.retain(|key| !(code_of(key).is_some() && code_written(key, target)));
    gained.retain(|key| !(code_of(key).is_some() && code_written(key, source)));
    // The number of a code the other side writes apart (PS752: PS 752).
    let code_number = |key: &str, codes: &[String], text: &str| {
        codes.iter().any(|code| {
            code_of(code).is_some() && code_digits(code) == key && code_written(code, text)
        })
    };
    gained.retain(|key| !code_number(key, &in_source, target));
    lost.retain(|key| !code_number(key, &in_target, source));
    // A figure one side writes in words (seven: 7; сорока восьми: 48).
    if !gained.is_empty() {
        excuse(&mut gained, worded_in(source, languages.0, target));
    }
    if !lost.is_empty() {
        excuse(&mut lost, worded_in(target, languages.1, source));
    }
    if !lost.is_empty() {
        issues.push(Issue::new(
            "numbers",
            Severity::Error,
            FindingText::FiguresLost(lost.into_iter().map(Figure::of_key).collect()),
        ));
    }
    if !gained.is_empty() {
        issues.push(Issue::new(
            "numbers",
            Severity::Warning,
            FindingText::FiguresGained(gained.into_iter().map(Figure::of_key).collect()),
        ));
    }
}
