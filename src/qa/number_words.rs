//! Numbers written as words, which excuse a figure the other side writes in digits: English
//! ("seven", "twenty-one"), Russian in every case form ("сорока восьми", "двухсот") and
//! Azerbaijani ("qırx səkkiz"), and a few words that stand for a figure ("сутки" for 24
//! hours, "a week" for one week).

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
        .trim_matches(|c: char| !c.is_alphanumeric())
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

/// Words that stand for a figure: сутки (24 hours), a thousand in Russian after "more than"
/// (свыше тысячи).
fn standing_for(word: &str, before: Option<&str>) -> Option<u64> {
    match word {
        "сутки" | "суток" | "суткам" | "сутками" | "сутках" | "sutka" | "sutkada" => {
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

/// The value of one number word of `language` (lower case, ё as е); of the ordinals, only
/// Russian "first" (No.1: стать первыми).
fn word_value(word: &str, language: &str) -> Option<u32> {
    if language == "ru"
        && word.strip_prefix("перв").is_some_and(|ending| {
            [
                "ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ом", "ую", "ыми", "ых",
            ]
            .contains(&ending)
        })
    {
        return Some(1);
    }
    let table = match language {
        "ru" | "uk" | "be" => RUSSIAN_NUMBERS,
        "az" => AZERBAIJANI_NUMBERS,
        _ => return english_number(word),
    };
    table
        .iter()
        .find(|(forms, _)| forms.contains(&word))
        .map(|(_, value)| *value)
}

/// The figures `text` (in `language`) writes as words: a run of number words adds up
/// (сорока восьми: 48; двухсот пятидесяти: 250; qırx səkkiz: 48), a thousand or a
/// million after it multiplies (сорок тысяч: 40000).
pub(super) fn worded_in(text: &str, language: &str) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|word| !word.is_empty())
        .map(|word| word.to_lowercase().replace('ё', "е"))
        .collect();
    let mut found = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let before = index.checked_sub(1).map(|at| words[at].as_str());
        if let Some(value) = standing_for(&words[index], before) {
            found.push(value.to_string());
            index += 1;
            continue;
        }
        let mut total: Option<u64> = None;
        let mut last = u32::MAX;
        while let Some(value) = words.get(index).and_then(|word| word_value(word, language)) {
            // Each word smaller than the one before (сто сорок восемь), or it starts anew.
            if value >= last {
                break;
            }
            total = Some(total.unwrap_or(0) + u64::from(value));
            last = value;
            index += 1;
        }
        match total {
            Some(total) => {
                let times = words
                    .get(index)
                    .and_then(|word| super::figures::multiplier(word));
                found.push((total * times.unwrap_or(1)).to_string());
            }
            None => index += 1,
        }
    }
    found
}

/// Whether an English `text` says "a", "an", "one" or "single": a translation may write it
/// as the figure 1 (a week: 1 həftə).
pub(super) fn says_one(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|word| matches!(word.to_lowercase().as_str(), "a" | "an" | "one" | "single"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_words_add_up_in_any_case() {
        assert_eq!(
            worded_in("Больше одной и меньше сорока восьми", "ru"),
            ["1", "48"]
        );
        assert_eq!(worded_in("двухсот пятидесяти человек", "ru"), ["250"]);
        assert_eq!(worded_in("сорок тысяч", "ru"), ["40000"]);
        assert_eq!(
            worded_in("свыше тысячи людей, за сутки", "ru"),
            ["1000", "24"]
        );
        assert_eq!(worded_in("тысячи людей", "ru"), Vec::<String>::new());
        assert_eq!(worded_in("два три", "ru"), ["2", "3"]);
        assert_eq!(worded_in("пятница, семья", "ru"), Vec::<String>::new());
    }

    #[test]
    fn azerbaijani_and_english_words() {
        assert_eq!(worded_in("qırx səkkiz nəfər", "az"), ["48"]);
        assert_eq!(worded_in("twenty-one days, seventh", "en"), ["21", "7"]);
        assert!(says_one("for a week"));
        assert!(!says_one("for weeks"));
    }
}
