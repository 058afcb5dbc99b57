//! Lexical anchors that survive translation: numbers and times, dates and months, URLs and
//! e-mail addresses, untranslated quoted strings, and proper names (as consonant skeletons).
//! Each unit of text gets a [`UnitFeatures`] with its length and sorted anchor keys.

use super::translit::{Orthography, skeleton};
use crate::align::letters::{is_letter, is_letter_or_digit};

/// Month names by number, as stems in English, Russian and Azerbaijani.
const MONTHS: [[&str; 3]; 12] = [
    ["january", "январ", "yanvar"],
    ["february", "феврал", "fevral"],
    ["march", "март", "mart"],
    ["april", "апрел", "aprel"],
    ["may", "ма", "may"],
    ["june", "июн", "iyun"],
    ["july", "июл", "iyul"],
    ["august", "август", "avqust"],
    ["september", "сентябр", "sentyabr"],
    ["october", "октябр", "oktyabr"],
    ["november", "ноябр", "noyabr"],
    ["december", "декабр", "dekabr"],
];

/// Capitalised words that are not names (sentence starters, pronouns, articles).
const NOT_NAMES: &[&str] = &[
    "the",
    "this",
    "that",
    "these",
    "those",
    "there",
    "then",
    "they",
    "their",
    "he",
    "she",
    "it",
    "his",
    "her",
    "its",
    "we",
    "our",
    "you",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "after",
    "before",
    "but",
    "and",
    "also",
    "however",
    "according",
    "when",
    "while",
    "what",
    "why",
    "how",
    "who",
    "an",
    "as",
    "if",
    "so",
    "some",
    "many",
    "one",
    "two",
    "three",
    "mr",
    "mrs",
    "ms",
    "dr",
    "он",
    "она",
    "оно",
    "они",
    "это",
    "этот",
    "эта",
    "эти",
    "в",
    "во",
    "на",
    "по",
    "но",
    "и",
    "а",
    "как",
    "что",
    "когда",
    "после",
    "до",
    "при",
    "для",
    "с",
    "со",
    "из",
    "за",
    "его",
    "ее",
    "её",
    "их",
    "мы",
    "вы",
    "также",
    "однако",
    "по",
    "так",
    "там",
    "тогда",
    "г-н",
    "о",
    "bu",
    "o",
    "və",
    "amma",
    "lakin",
    "həmçinin",
    "onun",
    "onlar",
    "biz",
    "siz",
    "bir",
    "iki",
    "üç",
    "sonra",
    "əvvəl",
    "görə",
    "ki",
    "da",
    "də",
    "isə",
    "cənab",
];

/// What the aligner knows about one unit (paragraph or sentence).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitFeatures {
    /// Length in characters, without surrounding white space.
    pub chars: usize,
    /// Number of sentences.
    pub sentences: usize,
    /// Punctuation profile: quotation marks, commas, brackets, ?/!, colons and semicolons,
    /// dashes. Translations mostly keep it.
    pub punctuation: [u16; 6],
    /// Numbers, times, dates and months: `n:15:00`, `n:120`, `d:12.11`, `m:11`.
    pub numbers: Vec<String>,
    /// Name skeletons, URLs, e-mails and untranslated quoted strings.
    pub names: Vec<String>,
}

/// Extracts the features of a unit of text written in `language` (primary subtag).
pub fn unit_features(text: &str, language: &str) -> UnitFeatures {
    let orthography = Orthography::for_language(language);
    let mut numbers = Vec::new();
    let mut names = Vec::new();
    let tokens = tokenize(text);
    for (index, token) in tokens.iter().enumerate() {
        let token = token.as_ref();
        if let Some(number) = number_key(token) {
            numbers.push(format!("n:{number}"));
            continue;
        }
        if token.contains("://") || token.starts_with("www.") || is_email(token) {
            names.push(format!(
                "u:{}",
                crate::align::letters::lowercase(token).trim_end_matches(['.', ',', ')'])
            ));
            continue;
        }
        let word = token.trim_matches(|c: char| !is_letter_or_digit(c));
        if let Some(month) = month_of(word) {
            let day = [index.checked_sub(1), Some(index + 1)]
                .into_iter()
                .flatten()
                .filter_map(|near| tokens.get(near))
                .find_map(|near| day_number(near));
            numbers.push(match day {
                Some(day) => format!("d:{day}.{month}"),
                None => format!("m:{month}"),
            });
            continue;
        }
        if is_name(word) {
            let key = skeleton(word, orthography);
            if key.chars().count() >= 2 {
                names.push(format!("s:{key}"));
            }
        }
    }
    names.extend(latin_quotes(text));
    numbers.sort_unstable();
    names.sort_unstable();
    UnitFeatures {
        chars: text.trim().chars().count(),
        sentences: super::segment::sentence_ranges(text).len(),
        punctuation: punctuation_profile(text),
        numbers,
        names,
    }
}

/// Splits at white space and dashes, but keeps numbers written with spaces between groups
/// of three digits ("40 000", "1 250 000") in one token.
pub(crate) fn tokenize(text: &str) -> Vec<std::borrow::Cow<'_, str>> {
    let pieces = text
        .split(|c: char| c.is_whitespace() || c == '—' || c == '–')
        .filter(|token| !token.is_empty());
    let all_digits = |piece: &str| !piece.is_empty() && piece.bytes().all(|c| c.is_ascii_digit());
    let mut tokens: Vec<std::borrow::Cow<'_, str>> = Vec::new();
    // Whether the last token is a number that a further group of three digits may extend.
    let mut open_number = false;
    for piece in pieces {
        let complete_group = piece.bytes().take_while(u8::is_ascii_digit).count() == 3;
        match tokens.last_mut() {
            Some(previous) if open_number && complete_group => {
                previous.to_mut().push_str(piece);
                open_number = all_digits(piece);
            }
            _ => {
                let digits = piece.trim_start_matches(|c: char| !c.is_ascii_digit());
                open_number = all_digits(digits) && digits.len() <= 3;
                tokens.push(std::borrow::Cow::Borrowed(piece));
            }
        }
    }
    tokens
}

fn punctuation_profile(text: &str) -> [u16; 6] {
    let mut profile = [0u16; 6];
    for c in text.chars() {
        let slot = match c {
            '"' | '“' | '”' | '«' | '»' | '„' => 0,
            ',' => 1,
            '(' | ')' | '[' | ']' => 2,
            '?' | '!' => 3,
            ':' | ';' => 4,
            '—' | '–' => 5,
            _ => continue,
        };
        profile[slot] = profile[slot].saturating_add(1);
    }
    profile
}

pub(crate) fn is_email(token: &str) -> bool {
    let trimmed = token.trim_matches(|c: char| !is_letter_or_digit(c));
    trimmed
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
}

/// A normalised number from a token: `15:00`, `120`, `4.5`, `12000`; suffixes such as
/// "-də", "%" or "-year-old" are ignored.
pub(crate) fn number_key(token: &str) -> Option<String> {
    let start = token.find(|c: char| c.is_ascii_digit())?;
    // Only tokens that start with the number (after opening punctuation).
    if !token[..start].chars().all(|c| !is_letter_or_digit(c)) {
        return None;
    }
    let rest = &token[start..];
    let mut groups: Vec<&str> = Vec::new();
    let mut separators: Vec<char> = Vec::new();
    let mut current_start = 0;
    let characters: Vec<(usize, char)> = rest.char_indices().collect();
    let mut position = 0;
    while position < characters.len() {
        let (offset, c) = characters[position];
        if c.is_ascii_digit() {
            position += 1;
            continue;
        }
        let next_is_digit = characters
            .get(position + 1)
            .is_some_and(|(_, next)| next.is_ascii_digit());
        if matches!(c, ':' | '.' | ',') && next_is_digit && offset > current_start {
            groups.push(&rest[current_start..offset]);
            separators.push(c);
            current_start = offset + c.len_utf8();
            position += 1;
            continue;
        }
        break;
    }
    let end = characters
        .get(position)
        .map_or(rest.len(), |(offset, _)| *offset);
    if end > current_start {
        groups.push(&rest[current_start..end]);
    }
    let mut key = groups.first()?.to_string();
    for (group, separator) in groups.iter().skip(1).zip(&separators) {
        match separator {
            ':' => {
                key.push(':');
                key.push_str(group);
            }
            // Thousands separator: a group of exactly three digits.
            _ if group.len() == 3 && !separators.is_empty() && !key.contains('.') => {
                key.push_str(group);
            }
            _ => {
                key.push('.');
                key.push_str(group);
            }
        }
    }
    Some(key)
}

fn day_number(token: &str) -> Option<u32> {
    let digits: String = token
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let starts_with_digit = token
        .trim_start_matches(|c: char| !is_letter_or_digit(c))
        .starts_with(|c: char| c.is_ascii_digit());
    let day: u32 = digits.parse().ok()?;
    (starts_with_digit && (1..=31).contains(&day)).then_some(day)
}

/// The month (1–12) an English word names, in any case: only the English names (not
/// Marta, which is March in Azerbaijani with a case ending).
pub(crate) fn english_month_of(word: &str) -> Option<usize> {
    let lowered = crate::align::letters::lowercase(word);
    MONTHS
        .iter()
        .position(|[english, _, _]| lowered == *english)
        .map(|index| index + 1)
}

/// Every month in the three languages begins with one of these (lowercase) three letters, May
/// in Russian with two and its ending: most words are turned away before any allocation.
#[rustfmt::skip]
const MONTH_PREFIXES: [[char; 3]; 35] = [
    ['j', 'a', 'n'], ['f', 'e', 'b'], ['m', 'a', 'r'], ['a', 'p', 'r'], ['m', 'a', 'y'],
    ['j', 'u', 'n'], ['j', 'u', 'l'], ['a', 'u', 'g'], ['s', 'e', 'p'], ['o', 'c', 't'],
    ['n', 'o', 'v'], ['d', 'e', 'c'], ['я', 'н', 'в'], ['ф', 'е', 'в'], ['м', 'а', 'р'],
    ['а', 'п', 'р'], ['м', 'а', 'й'], ['м', 'а', 'я'], ['м', 'а', 'е'], ['м', 'а', 'ю'],
    ['и', 'ю', 'н'], ['и', 'ю', 'л'], ['а', 'в', 'г'], ['с', 'е', 'н'], ['о', 'к', 'т'],
    ['н', 'о', 'я'], ['д', 'е', 'к'], ['y', 'a', 'n'], ['f', 'e', 'v'], ['i', 'y', 'u'],
    ['a', 'v', 'q'], ['s', 'e', 'n'], ['o', 'k', 't'], ['n', 'o', 'y'], ['d', 'e', 'k'],
];

/// The month (1–12) a word names: an English month name, a Russian month stem with up to
/// two letters of ending ("ноября", "ноябре"), or an Azerbaijani month with a case ending
/// ("noyabrın", "noyabrda"); "Martin" or "maybe" are not months.
pub(crate) fn month_of(word: &str) -> Option<usize> {
    // Case endings in the harmony of the month's last vowel (martın, iyulunda, aprelin):
    // "Martin" is not March.
    const BACK_A: &[&str] = &[
        "", "ın", "ı", "a", "da", "dan", "dakı", "ında", "ına", "ından",
    ];
    const BACK_U: &[&str] = &[
        "", "un", "u", "a", "da", "dan", "dakı", "unda", "una", "undan",
    ];
    const FRONT: &[&str] = &[
        "", "in", "i", "ə", "də", "dən", "dəki", "ində", "inə", "indən",
    ];
    let endings_of = |stem: &str| match stem
        .chars()
        .rev()
        .find(|letter| "aıoueəiöü".contains(*letter))
    {
        Some('u' | 'o') => BACK_U,
        Some('a' | 'ı') => BACK_A,
        _ => FRONT,
    };

    let mut start = ['\0'; 3];
    let mut length = 0;
    for letter in word.chars() {
        if let Some(slot) = start.get_mut(length) {
            *slot = if letter == 'İ' {
                'i'
            } else {
                letter.to_lowercase().next().unwrap_or(letter)
            };
        }
        length += 1;
    }
    // A month with its longest ending has 16 letters (sentyabrından has 13).
    if !(3..=16).contains(&length) || !MONTH_PREFIXES.contains(&start) {
        return None;
    }
    // Azerbaijani capital İ is a plain i (İyun), not i with a dot above.
    let lowered = super::letters::fold_case(word);
    MONTHS
        .iter()
        .position(|stems| {
            let [english, russian, azerbaijani] = stems;
            lowered == *english
                || lowered.strip_prefix(russian).is_some_and(|ending| {
                    // "ма" is May only as май/мая/мае/маю, not мало or мать.
                    if *russian == "ма" {
                        ["й", "я", "е", "ю"].contains(&ending)
                    } else {
                        // Case endings (марта, январём), not names (Мартин, Августина).
                        ["", "а", "е", "у", "ом", "ь", "я", "ю", "ём", "ем"].contains(&ending)
                    }
                })
                || lowered
                    .strip_prefix(azerbaijani)
                    .is_some_and(|ending| endings_of(azerbaijani).contains(&ending))
        })
        .map(|index| index + 1)
}

pub(crate) fn is_name(word: &str) -> bool {
    let mut letters = word.chars();
    let Some(first) = letters.next() else {
        return false;
    };
    first.is_uppercase()
        && word.chars().count() >= 3
        && word.chars().all(|c| is_letter(c) || c == '-' || c == '\'')
        && !NOT_NAMES.contains(&crate::align::letters::lowercase(word).as_str())
}

/// Quoted strings in Latin script (titles, slogans left untranslated).
fn latin_quotes(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['"', '«', '“', '„']) {
        let after = &rest[open + rest[open..].chars().next().map_or(1, char::len_utf8)..];
        let Some(close) = after.find(['"', '»', '”', '“']) else {
            break;
        };
        let quoted = after[..close].trim();
        let latin = quoted.chars().filter(char::is_ascii_alphabetic).count();
        if latin >= 4 && latin * 2 >= quoted.chars().filter(|c| is_letter(*c)).count() {
            let key: String = quoted
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .flat_map(char::to_lowercase)
                .collect();
            found.push(format!("q:{key}"));
        }
        rest = &after[close + after[close..].chars().next().map_or(1, char::len_utf8)..];
    }
    found
}

/// Counts of shared and unshared keys between two sorted lists (as multisets).
pub fn overlap<T: Ord>(left: &[T], right: &[T]) -> (usize, usize, usize) {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        match left[i].cmp(&right[j]) {
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    (shared, left.len() - shared, right.len() - shared)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_times_and_dates_agree_across_languages() {
        let en = unit_features(
            "The rally on November 12 was scheduled for 15:00; 20 km away.",
            "en",
        );
        let ru = unit_features("Митинг 12 ноября был назначен на 15:00, в 20 км.", "ru");
        let az = unit_features("Noyabrın 12-də aksiya saat 15:00-da, 20 km uzaqda.", "az");
        assert_eq!(en.numbers, vec!["d:12.11", "n:12", "n:15:00", "n:20"]);
        assert_eq!(ru.numbers, en.numbers);
        assert_eq!(az.numbers, en.numbers);
    }

    #[test]
    fn numbers_with_spaces_between_thousands() {
        let ru = unit_features(
            "Погибли 40 000 человек, ущерб — 1 250 000 долларов, 3 дня.",
            "ru",
        );
        assert_eq!(ru.numbers, vec!["n:1250000", "n:3", "n:40000"]);
        let en = unit_features(
            "40,000 people died; damage of $1,250,000 over 3 days.",
            "en",
        );
        assert_eq!(en.numbers, ru.numbers);
    }

    #[test]
    fn number_formats() {
        assert_eq!(number_key("4,5").as_deref(), Some("4.5"));
        assert_eq!(number_key("1,000").as_deref(), Some("1000"));
        assert_eq!(number_key("(2019).").as_deref(), Some("2019"));
        assert_eq!(number_key("24-year-old").as_deref(), Some("24"));
        assert_eq!(number_key("13:30,").as_deref(), Some("13:30"));
        assert_eq!(number_key("Radio4"), None);
    }

    #[test]
    fn names_urls_and_quotes() {
        let en = unit_features(
            "Party leader Arif Hajili of Musavat wrote to info@musavat.az, see https://musavat.az/x.",
            "en",
        );
        let ru = unit_features(
            "Лидер партии «Мусават» Ариф Гаджилы написал на info@musavat.az (https://musavat.az/x).",
            "ru",
        );
        let (shared, _, _) = overlap(&en.names, &ru.names);
        assert!(shared >= 4, "{:?} vs {:?}", en.names, ru.names);
        let quoted = unit_features("Он выступил в программе «Desert Island Discs».", "ru");
        assert!(quoted.names.contains(&"q:desertislanddiscs".to_owned()));
    }

    #[test]
    fn months_alone() {
        assert_eq!(
            unit_features("In November prices rose.", "en").numbers,
            vec!["m:11"]
        );
        assert_eq!(
            unit_features("В ноябре цены выросли.", "ru").numbers,
            vec!["m:11"]
        );
        assert!(unit_features("Maybe later.", "en").numbers.is_empty());
        assert!(
            unit_features("Martin Smith spoke.", "en")
                .numbers
                .is_empty()
        );
        assert!(unit_features("Мало кто пришёл.", "ru").numbers.is_empty());
        assert_eq!(
            unit_features("Mayın 9-da bayram olacaq.", "az").numbers,
            vec!["d:9.5", "n:9"]
        );
        assert_eq!(
            unit_features("9 мая будет праздник.", "ru").numbers,
            vec!["d:9.5", "n:9"]
        );
    }

    #[test]
    fn every_month_in_every_language_and_form_passes_the_quick_prefix_test() {
        // Each month's forms in English, Russian and Azerbaijani, January first.
        let forms = "January января yanvarın|february Февраль Fevralda|MARCH марте martın|\
            April апреля aprelində|May май мае маю mayın|June июня İyunun|July июлем iyulunda|\
            August августа Avqustdan|September сентябрём sentyabrından|\
            October Октябрь oktyabrda|November ноябре noyabrın|December ДЕКАБРЯ dekabrdakı";
        for (index, words) in forms.split('|').enumerate() {
            for word in words.split_whitespace() {
                assert_eq!(month_of(word), Some(index + 1), "{word}");
            }
        }
        for word in [
            "Martin",
            "mass",
            "Дек",
            "s",
            "",
            "Maybe",
            "Sentyabrındanxxxx",
        ] {
            assert_eq!(month_of(word), None, "{word}");
        }
    }
}
