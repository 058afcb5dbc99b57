//! The interface language the system asks for, read the way gettext reads it: the first of
//! `LC_ALL`, `LC_MESSAGES` and `LANG` that is set names the locale; unless that locale is `C`
//! or `POSIX`, the `LANGUAGE` priority list (`az:ru:en`) is consulted first.

use super::Language;

/// The interface language of the environment, or `None` when it asks for none of ours.
#[must_use]
pub fn language_from_environment() -> Option<Language> {
    language_from(|name| std::env::var(name).ok())
}

fn language_from(variable: impl Fn(&str) -> Option<String>) -> Option<Language> {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| variable(name).filter(|value| !value.is_empty()))?;
    let primary = locale.split(['.', '@']).next().unwrap_or_default();
    if primary == "C" || primary == "POSIX" {
        return None;
    }
    let preferred = variable("LANGUAGE")
        .unwrap_or_default()
        .split(':')
        .find_map(Language::from_code);
    preferred.or_else(|| Language::from_code(&locale))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(pairs: &[(&str, &str)]) -> Option<Language> {
        language_from(|name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        })
    }

    #[test]
    fn the_locale_variables_are_read_in_gettexts_order() {
        assert_eq!(with(&[("LANG", "ru_RU.UTF-8")]), Some(Language::Russian));
        assert_eq!(
            with(&[("LANG", "az_AZ.UTF-8")]),
            Some(Language::Azerbaijani)
        );
        assert_eq!(
            with(&[("LANG", "ru_RU.UTF-8"), ("LC_MESSAGES", "en_GB.UTF-8")]),
            Some(Language::English)
        );
        assert_eq!(
            with(&[("LC_ALL", "az_AZ"), ("LC_MESSAGES", "en_GB.UTF-8")]),
            Some(Language::Azerbaijani)
        );
        assert_eq!(with(&[("LANG", "de_DE.UTF-8")]), None);
        assert_eq!(with(&[]), None);
        assert_eq!(
            with(&[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "de:az:ru")]),
            Some(Language::Azerbaijani)
        );
        assert_eq!(with(&[("LANG", "C.UTF-8"), ("LANGUAGE", "ru")]), None);
        assert_eq!(
            with(&[("LC_ALL", ""), ("LANG", "ru_UA.UTF-8")]),
            Some(Language::Russian)
        );
    }
}
