//! Sentence boundaries and word counts for English, Russian and Azerbaijani news text.
//!
//! Unicode's sentence rules (UAX #29) do most of the work; on top of them a break is undone
//! after abbreviations that are almost never sentence ends ("Mr.", "Dr.", "т.е.", "им.",
//! "г. Баку", initials) and after numbers with units followed by a lower-case word.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Abbreviations (lower-cased, without the final dot) after which a sentence does not end.
const NON_FINAL_ABBREVIATIONS: &[&str] = &[
    // English
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "sr",
    "jr",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "gov",
    "sen",
    "rep",
    "rev",
    "hon",
    "pres",
    "vs",
    "no",
    "nos",
    "inc",
    "ltd",
    "co",
    "corp",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "approx",
    "dept",
    "est",
    "fig",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "a.m",
    "p.m",
    // Russian
    "т.е",
    "т.к",
    "т.н",
    "т.д",
    "т.п",
    "и.о",
    "им",
    "ул",
    "пр",
    "просп",
    "пл",
    "д",
    "кв",
    "г",
    "гг",
    "обл",
    "р-н",
    "с",
    "пос",
    "див",
    "проф",
    "акад",
    "доц",
    "ген",
    "см",
    "ср",
    "напр",
    "тыс",
    "млн",
    "млрд",
    "руб",
    "долл",
    "св",
    "стр",
    "рис",
    "табл",
    "гл",
    "п",
    "ст",
    "т",
    // Azerbaijani
    "prof",
    "dos",
    "akad",
    "ş",
    "şəh",
    "küç",
    "r-nu",
    "kənd",
    "m",
    "bax",
    "səh",
    "ix",
    "və s",
    "b.e",
    "e.ə",
    "min",
    "mln",
    "mlrd",
    "manat",
];

/// Abbreviations that end a sentence when they follow a number and precede a capital letter
/// ("в 2019 г. Он …", "20 km. The …"), but not otherwise ("г. Баку").
const NUMBER_UNIT_ABBREVIATIONS: &[&str] = &[
    "г", "гг", "км", "м", "кг", "ч", "мин", "сек", "km", "kg", "m", "min", "sec", "ft", "mi", "lb",
    "yr", "yrs", "il", "saat", "dəq",
];

/// The sentences of `text`, trimmed, without empty ones.
pub fn sentences(text: &str) -> Vec<&str> {
    sentence_ranges(text)
        .into_iter()
        .map(|range| &text[range])
        .collect()
}

/// Byte ranges of the sentences of `text`, trimmed of surrounding white space.
pub fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut pending_start: Option<usize> = None;
    for (start, piece) in text.split_sentence_bound_indices() {
        let begin = pending_start.unwrap_or(start);
        let end = start + piece.len();
        if continues_after(&text[begin..end], &text[end..]) {
            pending_start = Some(begin);
            continue;
        }
        pending_start = None;
        push_trimmed(text, begin..end, &mut ranges);
    }
    if let Some(begin) = pending_start {
        push_trimmed(text, begin..text.len(), &mut ranges);
    }
    ranges
}

fn push_trimmed(text: &str, range: Range<usize>, ranges: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let leading = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        let start = range.start + leading;
        ranges.push(start..start + trimmed.len());
    }
}

/// Whether a sentence candidate that ends here actually continues into `rest`.
fn continues_after(candidate: &str, rest: &str) -> bool {
    let next_word = rest.trim_start();
    if next_word.is_empty() {
        return false;
    }
    let trimmed = candidate.trim_end();
    let Some(without_dot) = trimmed.strip_suffix('.') else {
        return false;
    };
    let last_token = without_dot
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '«')
        .next()
        .unwrap_or_default();
    if last_token.is_empty() {
        return false;
    }
    let lowered = last_token.to_lowercase();
    let next_starts_lower = next_word.chars().next().is_some_and(char::is_lowercase);
    let previous_token_is_number = without_dot[..without_dot.len() - last_token.len()]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|token| !token.is_empty() && token.chars().all(|c| c.is_ascii_digit()));
    if NUMBER_UNIT_ABBREVIATIONS.contains(&lowered.as_str()) && previous_token_is_number {
        // "20 km. from the city" continues; "in 2019 г. Он …" ends.
        return next_starts_lower;
    }
    if NON_FINAL_ABBREVIATIONS.contains(&lowered.as_str()) {
        return true;
    }
    // Initials such as "A. Hajili" or "И. Алиев": one capital letter.
    let mut letters = last_token.chars();
    if let (Some(first), None) = (letters.next(), letters.next())
        && first.is_uppercase()
    {
        return true;
    }
    next_starts_lower
}

/// The number of words: Unicode word segments with a letter or digit, where a time such as
/// "15:00" counts as one word (UAX #29 alone would split it at the colon).
pub fn word_count(text: &str) -> usize {
    let mut count = 0;
    let mut previous_ends_with_digit = false;
    let mut after_colon = false;
    for piece in text.split_word_bounds() {
        if piece.chars().any(char::is_alphanumeric) {
            let continues_time = after_colon
                && previous_ends_with_digit
                && piece.starts_with(|c: char| c.is_ascii_digit());
            if !continues_time {
                count += 1;
            }
            previous_ends_with_digit = piece.ends_with(|c: char| c.is_ascii_digit());
            after_colon = false;
        } else {
            after_colon = piece == ":" && previous_ends_with_digit && !after_colon;
            if !after_colon {
                previous_ends_with_digit = false;
            }
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            sentences("The rally was scheduled for 15:00. Police came at 13:30. It ended."),
            vec![
                "The rally was scheduled for 15:00.",
                "Police came at 13:30.",
                "It ended."
            ]
        );
    }

    #[test]
    fn keeps_english_titles_and_initials() {
        assert_eq!(
            sentences("Mr. Hajili met Dr. Aliyev and A. Mammadov. They spoke."),
            vec!["Mr. Hajili met Dr. Aliyev and A. Mammadov.", "They spoke."]
        );
    }

    #[test]
    fn numbers_with_units() {
        assert_eq!(
            sentences("Lokbatan lies 20 km. from the city. It is small."),
            vec!["Lokbatan lies 20 km. from the city.", "It is small."]
        );
        assert_eq!(
            sentences("The march covered 20 km. The police followed."),
            vec!["The march covered 20 km.", "The police followed."]
        );
    }

    #[test]
    fn russian_abbreviations() {
        assert_eq!(
            sentences("Митинг прошёл в г. Баку, т.е. в центре. Полиция задержала лидера."),
            vec![
                "Митинг прошёл в г. Баку, т.е. в центре.",
                "Полиция задержала лидера."
            ]
        );
        assert_eq!(
            sentences("Это было в 2019 г. Потом всё изменилось."),
            vec!["Это было в 2019 г.", "Потом всё изменилось."]
        );
        assert_eq!(
            sentences("Стадион им. Тофика Бахрамова закрыт. Оппозиция протестует."),
            vec![
                "Стадион им. Тофика Бахрамова закрыт.",
                "Оппозиция протестует."
            ]
        );
    }

    #[test]
    fn azerbaijani_sentences() {
        assert_eq!(
            sentences("Aksiya saat 15:00-da başlamalı idi. Polis əvvəlcədən ərazini bağladı!"),
            vec![
                "Aksiya saat 15:00-da başlamalı idi.",
                "Polis əvvəlcədən ərazini bağladı!"
            ]
        );
        assert_eq!(
            sentences("Prof. Əliyev şəh. Bakıda çıxış etdi. İclas bitdi."),
            vec!["Prof. Əliyev şəh. Bakıda çıxış etdi.", "İclas bitdi."]
        );
    }

    #[test]
    fn ranges_point_into_the_text() {
        let text = "  One. Two?  Three!";
        let ranges = sentence_ranges(text);
        let pieces: Vec<&str> = ranges.iter().map(|range| &text[range.clone()]).collect();
        assert_eq!(pieces, vec!["One.", "Two?", "Three!"]);
    }

    #[test]
    fn counts_words_in_three_scripts() {
        assert_eq!(word_count("The rally was scheduled for 15:00."), 6);
        assert_eq!(word_count("Митинг был назначен на 15:00."), 5);
        assert_eq!(word_count("Aksiya saat 15:00-da başlamalı idi."), 6);
        assert_eq!(word_count("  — •  "), 0);
    }
}
