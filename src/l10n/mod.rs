//! The window's words in English, Russian and Azerbaijani.
//!
//! Messages live in Project Fluent catalogues, `assets/locales/{en,ru,az}/*.ftl`, embedded in
//! the binary. The build script generates one function per English message in [`tr`]:
//! `tr::menu_file()` or `tr::status_rows(shown, count)`, its arguments being the message's
//! variables in the order they first appear in the English text. A message id or variable
//! that does not exist is therefore a compile error. A message missing from, or broken in,
//! Russian or Azerbaijani falls back to English, never to its id.
//!
//! The interface language is per thread ([`set_current`]): the window sets it at the start of
//! every frame from its settings, and background work that writes messages takes the language
//! of the thread that started it ([`spawn_named`]). Tests running side by side in one process
//! therefore never see each other's language. The command line does not use this module: it
//! speaks English, which scripts parse.

mod format;
mod locale;

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use format::{
    format_date, format_date_time, format_date_time_seconds, format_decimal, format_number,
    format_percent,
};
pub use locale::language_from_environment;

/// The generated message functions, one per English message.
pub mod tr {
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

/// An interface language.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Language {
    #[default]
    English,
    Russian,
    Azerbaijani,
}

impl Language {
    /// Every interface language, in the order the View → Language menu lists them.
    pub const ALL: [Language; 3] = [Language::English, Language::Russian, Language::Azerbaijani];

    /// The language's code: `en`, `ru`, `az`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Russian => "ru",
            Language::Azerbaijani => "az",
        }
    }

    /// The language's name in the language itself, as a language menu shows it.
    #[must_use]
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Russian => "Русский",
            Language::Azerbaijani => "Azərbaycanca",
        }
    }

    /// The language of a code (`ru`, `ru_RU.UTF-8`, `az-Latn-AZ`…), if it is one of ours.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::ALL
            .into_iter()
            .find(|language| language.code() == primary)
    }

    fn index(self) -> usize {
        match self {
            Language::English => 0,
            Language::Russian => 1,
            Language::Azerbaijani => 2,
        }
    }
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// The interface language of this thread.
#[must_use]
pub fn current() -> Language {
    CURRENT.with(Cell::get)
}

/// Sets the interface language of this thread.
pub fn set_current(language: Language) {
    CURRENT.with(|current| current.set(language));
}

/// Runs `work` with `language` as this thread's interface language, then restores the one
/// before.
pub fn with_language<T>(language: Language, work: impl FnOnce() -> T) -> T {
    let before = current();
    set_current(language);
    let result = work();
    set_current(before);
    result
}

/// Starts a named thread that speaks the language of the thread starting it.
///
/// # Errors
/// When the system cannot start a thread.
pub fn spawn_named<T: Send + 'static>(
    name: &str,
    work: impl FnOnce() -> T + Send + 'static,
) -> std::io::Result<std::thread::JoinHandle<T>> {
    let language = current();
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            set_current(language);
            work()
        })
}

/// A value for a message's variable: a number (which chooses plural forms and is written the
/// language's way) or a text.
#[derive(Debug, Clone)]
pub struct Arg(FluentValue<'static>);

macro_rules! number_arg {
    ($($number:ty),*) => {$(
        impl From<$number> for Arg {
            fn from(number: $number) -> Self {
                Arg(FluentValue::from(number))
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, u8, i64, i32, isize, f64, f32);

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg(FluentValue::from(text.to_owned()))
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg(FluentValue::from(text))
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg(FluentValue::from(text.clone()))
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(text: std::borrow::Cow<'_, str>) -> Self {
        Arg(FluentValue::from(text.into_owned()))
    }
}

/// A number written with a fixed count of decimals (`Arg::decimal(0.5, 1)` is `0.5` in
/// English and `0,5` in Russian).
impl Arg {
    #[must_use]
    pub fn decimal(value: f64, decimals: usize) -> Arg {
        let mut number = fluent_bundle::types::FluentNumber::from(value);
        number.options.minimum_fraction_digits = Some(decimals);
        number.options.maximum_fraction_digits = Some(decimals);
        Arg(FluentValue::Number(number))
    }
}

type Bundle = fluent_bundle::concurrent::FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| Language::ALL.map(bundle))
}

fn bundle(language: Language) -> Bundle {
    let identifier = language
        .code()
        .parse::<unic_langid::LanguageIdentifier>()
        .unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![identifier]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match language {
        Language::English => format::fluent_english,
        Language::Russian => format::fluent_russian,
        Language::Azerbaijani => format::fluent_azerbaijani,
    }));
    for (code, _file, text) in tr::CATALOGUES {
        if *code != language.code() {
            continue;
        }
        // A catalogue that does not parse fully keeps the messages that do; the catalogue
        // tests name the broken ones.
        let resource = FluentResource::try_new((*text).to_owned())
            .unwrap_or_else(|(resource, _errors)| resource);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// The text of message `id` in the current language, or in English when the current language
/// lacks it or cannot format it.
fn message(id: &str, args: &[(&str, Arg)]) -> String {
    let language = current();
    let arguments = (!args.is_empty()).then(|| {
        let mut arguments = FluentArgs::with_capacity(args.len());
        for (name, Arg(value)) in args {
            arguments.set(*name, value.clone());
        }
        arguments
    });
    let bundles = bundles();
    let mut tried = vec![&bundles[language.index()]];
    if language != Language::English {
        tried.push(&bundles[Language::English.index()]);
    }
    let mut last = None;
    for bundle in tried {
        let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, arguments.as_ref(), &mut errors);
        if errors.is_empty() {
            return text.into_owned();
        }
        last.get_or_insert_with(|| text.into_owned());
    }
    last.unwrap_or_else(|| id.to_owned())
}

/// Every message id of a language's catalogue with the variables its text uses, for the
/// tests that compare the catalogues.
#[must_use]
pub fn catalogue_sources(language: Language) -> Vec<(&'static str, &'static str)> {
    tr::CATALOGUES
        .iter()
        .filter(|(code, _, _)| *code == language.code())
        .map(|(_, file, text)| (*file, *text))
        .collect()
}

/// Every English message id with its variables, in argument order.
#[must_use]
pub fn english_messages() -> &'static [(&'static str, &'static [&'static str])] {
    tr::MESSAGES
}

/// Formats message `id` with `args` in `language`: for the catalogue tests, which check
/// every message of every language.
#[must_use]
pub fn format_message(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    with_language(language, || message(id, args))
}

#[cfg(test)]
mod tests;
