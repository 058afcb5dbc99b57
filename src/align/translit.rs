//! Consonant skeletons: a spelling-independent key for proper names written in English,
//! Russian or Azerbaijani, so that Hajili, Гаджилы and Hacılı all become `HJL`.
//!
//! Vowels are dropped and consonants fall into classes that absorb the usual differences
//! between the three scripts (h/x/g/г/х, j/c/дж/ж, s/ş/ш/щ …). Doubled classes collapse.

/// How a script writes some sounds differently; decides the class of `c`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orthography {
    /// English and other Latin-script languages: `c` is K (or S), `ch` is Ч, `sh` is Ш.
    English,
    /// Azerbaijani Latin: `c` is ДЖ, `ç` is Ч, `x` is Х, `q` is Г/К.
    Azerbaijani,
    /// Russian and other Cyrillic text.
    Cyrillic,
}

impl Orthography {
    /// The orthography of a language tag's primary subtag.
    pub fn for_language(primary: &str) -> Self {
        match primary {
            "az" | "tr" => Self::Azerbaijani,
            "ru" | "uk" | "be" | "bg" | "sr" | "mk" | "kk" | "ky" | "tg" => Self::Cyrillic,
            _ => Self::English,
        }
    }
}

/// The consonant class of one letter (lower case), or `None` for vowels and signs.
fn class_of(letter: char, orthography: Orthography) -> Option<char> {
    Some(match letter {
        'b' | 'б' => 'B',
        'p' | 'п' => 'P',
        'f' | 'ф' => 'F',
        'v' | 'w' | 'в' => 'V',
        't' | 'т' => 'T',
        'd' | 'д' => 'D',
        'k' | 'к' | 'q' => 'K',
        'c' => match orthography {
            Orthography::Azerbaijani => 'J',
            Orthography::English | Orthography::Cyrillic => 'K',
        },
        'g' | 'h' | 'x' | 'ğ' | 'г' | 'х' => 'H',
        'j' | 'ж' => 'J',
        'ç' | 'ч' | 'ц' => 'C',
        's' | 'ş' | 'с' | 'ш' | 'щ' => 'S',
        'z' | 'з' => 'Z',
        'l' | 'л' => 'L',
        'm' | 'м' => 'M',
        'n' | 'н' => 'N',
        'r' | 'р' => 'R',
        _ => return None,
    })
}

/// The consonant skeleton of a word.
pub fn skeleton(word: &str, orthography: Orthography) -> String {
    skeleton_of_lowered(&super::letters::lowercase_chars(word), orthography)
}

/// The consonant skeleton of a word already in lower case, letter by letter.
pub fn skeleton_of_lowered(lowered: &[char], orthography: Orthography) -> String {
    let mut key = String::new();
    let mut index = 0;
    while index < lowered.len() {
        let letter = lowered[index];
        let next = lowered.get(index + 1).copied();
        // Digraphs that are one sound.
        let (class, width) = match (letter, next, orthography) {
            ('д', Some('ж'), _) | ('d', Some('j'), _) => (Some('J'), 2),
            ('d', Some('z'), _) if lowered.get(index + 2) == Some(&'h') => (Some('J'), 3),
            ('z' | 'k', Some('h'), _) => (Some(if letter == 'z' { 'J' } else { 'H' }), 2),
            ('c' | 't', Some('h'), Orthography::English) => {
                (Some(if letter == 'c' { 'C' } else { 'T' }), 2)
            }
            ('s', Some('h'), _) => (Some('S'), 2),
            ('t', Some('s'), _) => (Some('C'), 2),
            _ => (class_of(letter, orthography), 1),
        };
        if let Some(class) = class
            && !key.ends_with(class)
        {
            key.push(class);
        }
        index += width;
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(word: &str) -> String {
        skeleton(word, Orthography::English)
    }
    fn ru(word: &str) -> String {
        skeleton(word, Orthography::Cyrillic)
    }
    fn az(word: &str) -> String {
        skeleton(word, Orthography::Azerbaijani)
    }

    #[test]
    fn names_match_across_three_spellings() {
        assert_eq!(en("Hajili"), "HJL");
        assert_eq!(ru("Гаджилы"), "HJL");
        assert_eq!(az("Hacılı"), "HJL");
        assert_eq!(en("Musavat"), ru("Мусават"));
        assert_eq!(az("Müsavat"), ru("Мусават"));
        assert_eq!(en("Mehsul"), ru("Мехсул"));
        assert_eq!(az("Məhsul"), ru("Мехсул"));
        assert_eq!(en("Lokbatan"), az("Lökbatan"));
        assert_eq!(en("Zhukov"), ru("Жуков"));
        assert_eq!(en("Shusha"), az("Şuşa"));
        assert_eq!(en("Chechnya"), ru("Чечня"));
    }

    #[test]
    fn different_names_differ() {
        assert_ne!(en("Hajili"), en("Aliyev"));
        assert_ne!(ru("Баку"), ru("Тбилиси"));
    }
}
