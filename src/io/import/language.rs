//! The article's language when the user gives none, and the languages it is translated into
//! by default.

use crate::model::LanguageTag;

fn tag(code: &'static str) -> LanguageTag {
    LanguageTag::builtin(code)
}

/// Guesses en, ru or az from the letters used.
pub fn detect_language(text: &str) -> LanguageTag {
    let mut cyrillic = 0usize;
    let mut latin = 0usize;
    let mut azerbaijani = 0usize;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if ('\u{0400}'..='\u{04FF}').contains(&c) {
            cyrillic += 1;
        } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            latin += 1;
            if matches!(c, 'ə' | 'Ə' | 'ğ' | 'Ğ' | 'ı' | 'İ' | 'ş' | 'Ş') {
                azerbaijani += 1;
            }
        }
    }
    if cyrillic > latin {
        tag("ru")
    } else if latin > 0 && azerbaijani * 100 >= latin {
        tag("az")
    } else {
        tag("en")
    }
}

/// The other two of en, ru and az.
pub fn default_targets(source: &LanguageTag) -> Vec<LanguageTag> {
    ["en", "ru", "az"]
        .iter()
        .filter(|code| **code != source.primary())
        .map(|code| tag(code))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_three_languages() {
        assert_eq!(
            detect_language("The police came to the square.").as_str(),
            "en"
        );
        assert_eq!(detect_language("Полиция пришла на площадь.").as_str(), "ru");
        assert_eq!(
            detect_language("Polis meydana gəldi, iştirakçılar saxlanıldı.").as_str(),
            "az"
        );
    }
}
