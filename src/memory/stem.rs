//! Stems for matching inflected forms: Snowball (through `rust-stemmers`) for the languages it
//! has — English and Russian first of all — and Diptych's own suffix stripper for
//! Azerbaijani; other languages compare whole words.

use rust_stemmers::{Algorithm, Stemmer as Snowball};

/// A stemmer for one language.
pub enum Stemmer {
    Snowball(Snowball),
    Azerbaijani,
    /// No stemmer: words are their own stems.
    Whole,
}

impl Stemmer {
    /// The stemmer for `language` (a primary subtag: `en`, `ru`, `az`…).
    pub fn for_language(language: &str) -> Self {
        let algorithm = match language {
            "en" => Algorithm::English,
            "ru" => Algorithm::Russian,
            "tr" => Algorithm::Turkish,
            "de" => Algorithm::German,
            "fr" => Algorithm::French,
            "es" => Algorithm::Spanish,
            "it" => Algorithm::Italian,
            "pt" => Algorithm::Portuguese,
            "ar" => Algorithm::Arabic,
            "az" => return Self::Azerbaijani,
            _ => return Self::Whole,
        };
        Self::Snowball(Snowball::create(algorithm))
    }

    /// The stem of a folded word.
    pub fn stem(&self, word: &str) -> String {
        match self {
            Self::Snowball(stemmer) => stemmer.stem(word).into_owned(),
            Self::Azerbaijani => super::azerbaijani::stem(word),
            Self::Whole => word.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Stemmer;

    #[test]
    fn russian_and_english_forms_share_stems() {
        let ru = Stemmer::for_language("ru");
        for form in ["президента", "президентом", "президенту"] {
            assert_eq!(ru.stem(form), ru.stem("президент"), "{form}");
        }
        let en = Stemmer::for_language("en");
        assert_eq!(en.stem("detained"), en.stem("detain"));
        assert_eq!(en.stem("rallies"), en.stem("rally"));
        let az = Stemmer::for_language("az");
        assert_eq!(az.stem("prezidentlə"), az.stem("prezident"));
    }
}
