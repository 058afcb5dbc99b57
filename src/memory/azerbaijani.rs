//! A small rule-based suffix stripper for Azerbaijani, for matching inflected forms (there is
//! no Snowball stemmer for it, and the Turkish one leaves `evlərdə` alone). Azerbaijani
//! spelling writes `-da`, `-dır` after voiceless consonants too, so only the `d` forms are
//! listed (a `t` form would cut `prezident-ə` to `preziden`). It strips, from
//! the end and longest first, the suffixes nouns and names take — the copula, person and
//! possessive endings, case endings, the plural, `-dakı` — each in all its vowel-harmony
//! forms, while a stem of at least two letters with a vowel remains. Stems only have to be
//! the same for the forms of one word, not to be dictionary words.

/// The suffixes stripped, in every harmony form; the longest that fits is taken first.
const SUFFIXES: &[&str] = &[
    // copula and person endings
    "dırlar", "dirlər", "durlar", "dürlər", "dır", "dir", "dur", "dür", "ıq", "ik", "uq", "ük",
    "sınız", "siniz", "sunuz", "sünüz", "yıq", "yik", "yuq", "yük", "yam", "yəm", "am", "əm",
    // possessive endings (with the buffer n/s/y forms)
    "ımız", "imiz", "umuz", "ümüz", "mız", "miz", "muz", "müz", "ınız", "iniz", "unuz", "ünüz",
    "nız", "niz", "nuz", "nüz", "ları", "ləri", "sı", "si", "su", "sü", "ım", "im", "um", "üm",
    // case endings
    "nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "nı", "ni", "nu", "nü", "ya", "yə", "da",
    "də", "dan", "dən", "nda", "ndə", "ndan", "ndən", "yla", "ylə", "ilə", "la", "lə", "na", "nə",
    "ı", "i", "u", "ü", "a", "ə", // the plural and -dakı
    "lar", "lər", "dakı", "dəki", "ki",
];

const VOWELS: &[char] = &['a', 'ı', 'o', 'u', 'e', 'ə', 'i', 'ö', 'ü'];

/// Whether words of `language` (a primary subtag) are stemmed by [`stem`]: Azerbaijani, and
/// Turkish, which builds words with the same suffixes.
pub fn stems_by_suffix(language: &str) -> bool {
    matches!(language, "az" | "tr")
}

/// The stem of a folded (lower-case) Azerbaijani word.
pub fn stem(word: &str) -> String {
    strip(word, SUFFIXES, VOWELS)
}

/// A letter in plain Latin: ə e, ı i, ş s, ç c, ğ g, ö o, ü u (as people type Azerbaijani
/// without its keyboard).
pub fn plain_latin_letter(letter: char) -> char {
    match letter {
        'ə' => 'e',
        'ı' => 'i',
        'ş' => 's',
        'ç' => 'c',
        'ğ' => 'g',
        'ö' => 'o',
        'ü' => 'u',
        other => other,
    }
}

/// The stem of a folded Azerbaijani word written in plain Latin letters (`sernisinler`), or
/// of any word once it is written so: the same suffixes, in plain letters. Search uses it, so
/// that `sərnişinlər`, `sernisinler` and `SƏRNİŞİNLƏR` all meet.
pub fn plain_latin_stem(word: &str) -> String {
    let plain: String = word.chars().map(plain_latin_letter).collect();
    let suffixes: Vec<String> = SUFFIXES
        .iter()
        .map(|suffix| suffix.chars().map(plain_latin_letter).collect())
        .collect();
    strip(&plain, &suffixes, &['a', 'i', 'o', 'u', 'e'])
}

/// `word` without the suffixes it ends with, longest first, while a stem of at least two
/// letters with a vowel remains.
fn strip<S: AsRef<str>>(word: &str, suffixes: &[S], vowels: &[char]) -> String {
    let mut stem = word.to_owned();
    // A word takes a handful of endings at most (kitab-lar-ımız-da-dır).
    for _ in 0..5 {
        let Some(length) = suffixes
            .iter()
            .filter(|suffix| stem.ends_with(suffix.as_ref()))
            .filter(|suffix| {
                let rest = &stem[..stem.len() - suffix.as_ref().len()];
                rest.chars().count() >= 2 && rest.contains(vowels)
            })
            .map(|suffix| suffix.as_ref().len())
            .max_by_key(|length| *length)
        else {
            break;
        };
        stem.truncate(stem.len() - length);
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn the_forms_of_a_noun_share_a_stem() {
        for forms in [
            &[
                "ev",
                "evlər",
                "evlərdə",
                "evdə",
                "evdən",
                "evə",
                "evi",
                "evin",
            ][..],
            &[
                "prezident",
                "prezidentin",
                "prezidentlə",
                "prezidentə",
                "prezidenti",
                "prezidentdir",
            ],
            &[
                "jurnalist",
                "jurnalistlər",
                "jurnalistləri",
                "jurnalistlərin",
                "jurnalistlərə",
            ],
            &[
                "partiya",
                "partiyası",
                "partiyasının",
                "partiyaya",
                "partiyanın",
            ],
            &["kitab", "kitablar", "kitablarımızda", "kitabı"],
            &["mitinq", "mitinqdə", "mitinqə", "mitinqin", "mitinqlər"],
            &["bakı", "bakıda", "bakıdan", "bakını", "bakının"],
            &[
                "məhkəmə",
                "məhkəməsi",
                "məhkəmədə",
                "məhkəməyə",
                "məhkəmənin",
            ],
        ] {
            let first = stem(forms[0]);
            for form in forms {
                assert_eq!(stem(form), first, "{form} vs {}", forms[0]);
            }
        }
    }

    #[test]
    fn different_words_keep_different_stems_and_short_words_stay_whole() {
        assert_ne!(stem("polis"), stem("prezident"));
        assert_ne!(stem("həbs"), stem("hökumət"));
        assert_eq!(stem("su"), "su");
        assert_eq!(stem("və"), "və");
    }
}
