//! BCP-47 language tags as Diptych uses them: validated, lower-cased primary subtag.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A language tag such as `en`, `ru`, `az`, `az-Cyrl` or `pt-BR`.
///
/// The tag is checked for BCP-47 shape (alphanumeric subtags of 1–8 characters separated by
/// hyphens, a 2–3 letter or 5–8 letter primary subtag) and normalised to the conventional
/// case: primary language lower-case, script title-case, region upper-case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LanguageTag(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{tag}\" is not a language tag (expected something like en, ru, az or pt-BR)")]
pub struct LanguageTagError {
    pub tag: String,
}

/// The primary language of a tag as other files write it (`ru-RU`, `az_Latn`, `EN`), in
/// lower case: `ru`, `az`, `en`.
pub fn primary_language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

impl LanguageTag {
    pub fn parse(raw: &str) -> Result<Self, LanguageTagError> {
        let error = || LanguageTagError {
            tag: raw.to_owned(),
        };
        let trimmed = raw.trim().replace('_', "-");
        let mut normalised = Vec::new();
        for (index, subtag) in trimmed.split('-').enumerate() {
            let valid_chars = subtag.chars().all(|c| c.is_ascii_alphanumeric());
            if subtag.is_empty() || subtag.len() > 8 || !valid_chars {
                return Err(error());
            }
            let formatted = if index == 0 {
                let alphabetic = subtag.chars().all(|c| c.is_ascii_alphabetic());
                if !alphabetic || subtag.len() == 1 || subtag.len() == 4 {
                    return Err(error());
                }
                subtag.to_ascii_lowercase()
            } else if subtag.len() == 4 && subtag.chars().all(|c| c.is_ascii_alphabetic()) {
                let mut script = subtag.to_ascii_lowercase();
                script[..1].make_ascii_uppercase();
                script
            } else if subtag.len() == 2 && subtag.chars().all(|c| c.is_ascii_alphabetic()) {
                subtag.to_ascii_uppercase()
            } else {
                subtag.to_ascii_lowercase()
            };
            normalised.push(formatted);
        }
        Ok(Self(normalised.join("-")))
    }

    /// A tag for one of the built-in codes ("en", "ru", "az"), which are valid and normalised
    /// by construction.
    pub(crate) fn builtin(code: &'static str) -> Self {
        debug_assert_eq!(Self::parse(code).ok(), Some(Self(code.to_owned())));
        Self(code.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag (`az` for `az-Cyrl`).
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// A human name for the languages Diptych knows well, else the tag itself.
    pub fn display_name(&self) -> String {
        let name = match self.primary() {
            "en" => "English",
            "ru" => "Russian",
            "az" => "Azerbaijani",
            "tr" => "Turkish",
            "ka" => "Georgian",
            "hy" => "Armenian",
            "uk" => "Ukrainian",
            "de" => "German",
            "fr" => "French",
            _ => return self.0.clone(),
        };
        if self.0.contains('-') {
            format!("{name} ({})", self.0)
        } else {
            name.to_owned()
        }
    }
}

impl TryFrom<String> for LanguageTag {
    type Error = LanguageTagError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<LanguageTag> for String {
    fn from(tag: LanguageTag) -> Self {
        tag.0
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_separators() {
        assert_eq!(LanguageTag::parse("RU").unwrap().as_str(), "ru");
        assert_eq!(LanguageTag::parse("az_cyrl").unwrap().as_str(), "az-Cyrl");
        assert_eq!(LanguageTag::parse("pt-br").unwrap().as_str(), "pt-BR");
        assert_eq!(LanguageTag::parse("az-Cyrl").unwrap().primary(), "az");
    }

    #[test]
    fn rejects_non_tags() {
        for bad in ["", "e", "english!", "ru--x", "123", "toolongsubtag"] {
            assert!(LanguageTag::parse(bad).is_err(), "{bad} accepted");
        }
    }
}
