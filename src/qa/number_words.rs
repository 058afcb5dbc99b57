//! Numbers written as words, which excuse a figure the other side writes in digits: English
//! ("seven", "twenty-one"), Russian in every case form ("сорока восьми", "двухсот") and
//! Azerbaijani ("qırx səkkiz"), and a few words that stand for a figure ("сутки" for 24
//! hours, "a week" for one week).
use crate::align::letters::is_letter_or_digit;

/// English numbers up to twenty and the tens, as words, cardinal or ordinal.
const ENGLISH_NUMBERS: [(&str, &str, u32); 27] = [
    ("one", "first", 1),
    ("two", "second", 2),
    ("three", "third", 3),
    ("four", "fourth", 4),
    ("five", "fifth", 5),
    ("six", "sixth", 6),
    ("seven", "seventh", 7),
    ("eight", "eighth", 8),
    ("nine", "ninth", 9),
    ("ten", "tenth", 10),
    ("eleven", "eleventh", 11),
    ("twelve", "twelfth", 12),
    ("thirteen", "thirteenth", 13),
    ("fourteen", "fourteenth", 14),
    ("fifteen", "fifteenth", 15),
    ("sixteen", "sixteenth", 16),
    ("seventeen", "seventeenth", 17),
    ("eighteen", "eighteenth", 18),
    ("nineteen", "nineteenth", 19),
    ("twenty", "twentieth", 20),
    ("thirty", "thirtieth", 30),
    ("forty", "fortieth", 40),
    ("fifty", "fiftieth", 50),
    ("sixty", "sixtieth", 60),
    ("seventy", "seventieth", 70),
    ("eighty", "eightieth", 80),
    ("ninety", "ninetieth", 90),
];

/// The value of an English number word ("seven", "Seventh", "two-hour", "twenty-one").
/// "One" and "first" are left out: they are as often "a" or "earliest" as the figure 1.
fn english_number(token: &str) -> Option<u32> {
    let lower = token
        .trim_matches(|c: char| !is_letter_or_digit(c))
        .to_lowercase();
    let value = |word: &str| {
        ENGLISH_NUMBERS
            .iter()
            .find(|(cardinal, ordinal, _)| word == *cardinal || word == *ordinal)
            .map(|(_, _, value)| *value)
    };
    let mut parts = lower.split('-');
    let first = value(parts.next()?)?;
    let total = match parts.next().and_then(value) {
        // twenty-one, thirty-fifth
        Some(unit) if first >= 20 && unit < 10 => first + unit,
        _ => first,
    };
    (total != 1).then_some(total)
}

/// Russian number words in their case forms (ё written е), with their values.
const RUSSIAN_NUMBERS: &[(&[&str], u32)] = &[
    (
        &[
            "один",
            "одна",
            "одно",
            "одного",
            "одной",
            "одному",
            "одним",
            "одном",
            "одну",
        ],
        1,
    ),
    (&["два", "две", "двух", "двум", "двумя"], 2),
    (&["три", "трех", "трем", "тремя"], 3),
    (&["четыре", "четырех", "четырем", "четырьмя"], 4),
    (&["пять", "пяти", "пятью"], 5),
    (&["шесть", "шести", "шестью"], 6),
    (&["семь", "семи", "семью"], 7),
    (&["восемь", "восьми", "восемью", "восьмью"], 8),
    (&["девять", "девяти", "девятью"], 9),
    (&["десять", "десяти", "десятью"], 10),
    (&["одиннадцать", "одиннадцати"], 11),
    (&["двенадцать", "двенадцати"], 12),
    (&["тринадцать", "тринадцати"], 13),
    (&["четырнадцать", "четырнадцати"], 14),
    (&["пятнадцать", "пятнадцати"], 15),
    (&["шестнадцать", "шестнадцати"], 16),
    (&["семнадцать", "семнадцати"], 17),
    (&["восемнадцать", "восемнадцати"], 18),
    (&["девятнадцать", "девятнадцати"], 19),
    (&["двадцать", "двадцати", "двадцатью"], 20),
    (&["тридцать", "тридцати", "тридцатью"], 30),
    (&["сорок", "сорока"], 40),
    (&["пятьдесят", "пятидесяти", "пятьюдесятью"], 50),
    (&["шестьдесят", "шестидесяти", "шестьюдесятью"], 60),
    (&["семьдесят", "семидесяти", "семьюдесятью"], 70),
    (&["восемьдесят", "восьмидесяти", "восемьюдесятью"], 80),
    (&["девяносто", "девяноста"], 90),
    (&["сто", "ста"], 100),
    (&["двести", "двухсот", "двумстам"], 200),
    (&["триста", "трехсот", "тремстам"], 300),
    (&["четыреста", "четырехсот", "четыремстам"], 400),
    (&["пятьсот", "пятисот", "пятистам"], 500),
    (&["шестьсот", "шестисот", "шестистам"], 600),
    (&["семьсот", "семисот", "семистам"], 700),
    (&["восемьсот", "восьмисот", "восьмистам"], 800),
    (&["девятьсот", "девятисот", "девятистам"], 900),
];

/// Azerbaijani number words with their values ("bir" too: it is as often "a").
const AZERBAIJANI_NUMBERS: &[(&[&str], u32)] = &[
    (&["iki"], 2),
    (&["üç"], 3),
    (&["dörd"], 4),
    (&["beş"], 5),
    (&["altı"], 6),
    (&["yeddi"], 7),
    (&["səkkiz"], 8),
    (&["doqquz"], 9),
    (&["on"], 10),
    (&["iyirmi"], 20),
    (&["otuz"], 30),
    (&["qırx"], 40),
    (&["əlli"], 50),
    (&["altmış"], 60),
    (&["yetmiş"], 70),
    (&["səksən"], 80),
    (&["doxsan"], 90),
    (&["yüz"], 100),
];

/// Words that stand for a figure: сутки for the "24 hours" the other side has, a thousand
/// in Russian after "more than" (свыше тысячи).
fn standing_for(word: &str, before: Option<&str>, other_side: &str) -> Option<u64> {
    match word {
        "сутки" | "суток" | "суткам" | "сутками" | "сутках" | "sutka" | "sutkada"
            if other_side.contains("24 hour") || other_side.contains("24-hour") =>
        {
            Some(24)
        }
        "тысячи" | "тысяче" | "тысячей"
            if before.is_some_and(|before| {
                [
                    "свыше",
                    "более",
                    "около",
                    "менее",
                    "почти",
                    "порядка",
                    "примерно",
                    "до",
                ]
                .contains(&before)
            }) =>
        {
            Some(1_000)
        }
        _ => None,
    }
}

/// Russian collective numerals (двое, троих): people counted.
const RUSSIAN_COLLECTIVES: &[(&[&str], u32)] = &[
    (&["двое", "двоих", "двоим", "двоими"], 2),
    (&["трое", "троих", "троим", "троими"], 3),
    (&["четверо", "четверых", "четверым", "четверыми"], 4),
    (&["пятеро", "пятерых", "пятерым", "пятерыми"], 5),
    (&["шестеро", "шестерых"], 6),
    (&["семеро", "семерых"], 7),
];

/// The value of one number word of `language` (lower case, ё as е).
fn word_value(word: &str, language: &str) -> Option<u32> {
    let tables: &[&[(&[&str], u32)]] = match language {
        "ru" | "uk" | "be" => &[RUSSIAN_NUMBERS, RUSSIAN_COLLECTIVES],
        "az" => &[AZERBAIJANI_NUMBERS],
        _ => return english_number(word),
    };
    tables
        .iter()
        .flat_map(|table| table.iter())
        .find(|(forms, _)| forms.contains(&word))
        .map(|(_, value)| *value)
}

/// The number a run of number words starting at `words[*index]` makes, moving `index` past
/// it: each word smaller than the one before adds (сто сорок восемь), "iki yüz" multiplies,
/// and a thousand or a million closes a group that more words may follow (сорок тысяч
/// пятьсот: 40500).
fn run_value(words: &[String], index: &mut usize, language: &str) -> Option<u64> {
    let (mut total, mut group, mut last, mut any) = (0_u64, 0_u64, u32::MAX, false);
    while let Some(word) = words.get(*index) {
        if let Some(value) = word_value(word, language) {
            if value == 100 && language == "az" && (1..10).contains(&group) {
                // iki yüz: 200.
                group *= 100;
                last = 100;
            } else if value >= last {
                break;
            } else {
                group += u64::from(value);
                last = value;
            }
            any = true;
            *index += 1;
            continue;
        }
        match super::figures::multiplier(word) {
            Some(times) if any && group > 0 && times >= 1_000 => {
                total += group * times;
                group = 0;
                last = u32::MAX;
                *index += 1;
            }
            _ => break,
        }
    }
    any.then_some(total + group)
}

/// The figures `text` (in `language`) writes as words: сорока восьми: 48; двухсот
/// пятидесяти: 250; qırx səkkiz: 48; девятьсот девяносто девять тысяч девятьсот девяносто
/// девять: 999999. A capitalised number word inside a text is a name (Сорока), not a
/// number. `other_side` is the other text of the pair (сутки stand for its "24 hours").
pub(super) fn worded_in(text: &str, language: &str, other_side: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut sentence_start = true;
    for token in text.split_whitespace() {
        for (at, word) in token
            .split(|c: char| !is_letter_or_digit(c) && c != '-')
            .filter(|word| !word.is_empty())
            .enumerate()
        {
            let title_case = word.starts_with(char::is_uppercase)
                && word.chars().skip(1).any(char::is_lowercase);
            words.push(if title_case && !(sentence_start && at == 0) {
                // A name inside a sentence (Сорока), whatever it spells.
                String::new()
            } else {
                // Lower case as the language writes it (Azerbaijani İ, I), ё as е.
                crate::memory::text::fold(word, language)
            });
        }
        sentence_start = token.ends_with(['.', '!', '?', ':', '…'])
            || token.chars().all(|c| !is_letter_or_digit(c));
    }
    let mut found = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let before = index.checked_sub(1).map(|at| words[at].as_str());
        if let Some(value) = standing_for(&words[index], before, other_side) {
            found.push(value.to_string());
            index += 1;
            continue;
        }
        match run_value(&words, &mut index, language) {
            Some(value) => found.push(value.to_string()),
            None => index += 1,
        }
    }
    found
}

/// Whether an English `text` says "a", "an", "one" or "single": a translation may write it
/// as the figure 1 (a week: 1 həftə).
pub(super) fn says_one(text: &str) -> bool {
    text.split(|c: char| !is_letter_or_digit(c)).any(|word| {
        matches!(
            crate::align::letters::lowercase(word).as_str(),
            "a" | "an" | "one" | "single"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_words_add_up_in_any_case() {
        let worded = |text: &str| worded_in(text, "ru", "");
        assert_eq!(worded("Больше одной и меньше сорока восьми"), ["1", "48"]);
        assert_eq!(worded("двухсот пятидесяти человек"), ["250"]);
        assert_eq!(worded("сорок тысяч"), ["40000"]);
        assert_eq!(worded("пришли сорок тысяч пятьсот человек"), ["40500"]);
        assert_eq!(
            worded("девятьсот девяносто девять тысяч девятьсот девяносто девять"),
            ["999999"]
        );
        assert_eq!(worded("свыше тысячи людей"), ["1000"]);
        assert_eq!(worded("тысячи людей"), Vec::<String>::new());
        assert_eq!(worded("два три"), ["2", "3"]);
        assert_eq!(worded("Трое пришли, двоих нет"), ["3", "2"]);
        assert_eq!(worded("пятница, семья, первый день"), Vec::<String>::new());
        // Сорока inside a sentence is a surname.
        assert_eq!(worded("Пришла Сорока"), Vec::<String>::new());
        assert_eq!(worded("Сорок человек пришли"), ["40"]);
        // сутки are 24 only where the other side says 24 hours.
        assert_eq!(worded_in("за сутки", "ru", "over 24 hours"), ["24"]);
        assert_eq!(
            worded_in("за сутки", "ru", "in one day"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn azerbaijani_and_english_words() {
        let worded = |text: &str| worded_in(text, "az", "");
        assert_eq!(worded("qırx səkkiz nəfər"), ["48"]);
        assert_eq!(
            worded("İki nəfər gəlib. İyirmi nəfər, QIRX SƏKKİZ"),
            ["2", "20", "48"]
        );
        assert_eq!(
            worded("iki yüz əlli, yüz əlli, yüz min"),
            ["250", "150", "100000"]
        );
        assert_eq!(worded_in("twenty-one days, seventh", "en", ""), ["21", "7"]);
        assert!(says_one("for a week"));
        assert!(!says_one("for weeks"));
    }
}
