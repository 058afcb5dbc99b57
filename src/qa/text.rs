//! What a finding says, as data: one variant per kind of message, holding what differs (the
//! figures or names lost, the ratio, the marks, the versions in conflict).
//! [`FindingText::english`] writes the English message that the command line prints, its
//! JSON carries and ignored findings are matched by; the window writes the same value in its
//! interface language.

use crate::model::{MetadataField, TranslationStatus};

/// What a finding says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindingText {
    /// `numbers`: figures, times and months of the source the translation lacks.
    FiguresLost(Vec<Figure>),
    /// `numbers`: figures the translation has and the source does not.
    FiguresGained(Vec<Figure>),
    /// `names`: names of the source the translation lacks (or writes fewer times).
    NamesLost(Vec<LostName>),
    /// `urls`: web and e-mail addresses the translation lacks.
    AddressesLost(Vec<String>),
    /// `empty`: a translation marked done (`status`) is empty.
    Empty(TranslationStatus),
    /// `missing`: a source paragraph without a counterpart in the aligned translation.
    NoCounterpart,
    /// `missing`: a paragraph of the aligned translation without one in the source.
    ExtraParagraph,
    /// `identical`: the translation is the source again.
    Identical,
    /// `script`: the translation is mostly in `found` letters, not the language's.
    WrongScript { found: Script },
    /// `punctuation`: the source and the translation end differently.
    FinalMark {
        source: FinalMark,
        target: FinalMark,
    },
    /// `brackets`: brackets and quotation marks the translation leaves unpaired.
    Unpaired(Vec<PairedMark>),
    /// `quotes`: “…” inside «…» in a Russian translation.
    QuotesInside,
    /// `quotes`: quotation marks another language uses; the translation's language's rule.
    ForeignQuotes(QuoteStyle),
    /// `spaces`: two spaces in a row.
    DoubleSpace,
    /// `spaces`: a space before these punctuation marks.
    SpaceBefore(Vec<char>),
    /// `spaces`: white space at the start or the end.
    EdgeSpace,
    /// `dash`: a hyphen between words where a dash is written.
    Hyphen,
    /// `doubled`: words written twice in a row (in lower case).
    Doubled(Vec<String>),
    /// `script`: words that mix Latin and Cyrillic letters (a letter typed in the other
    /// keyboard layout: Москвa with a Latin a).
    MixedScript(Vec<String>),
    /// `length`: the translation's length over the usual, in tenths (`23`: 2.3 times).
    Length { tenths: u64 },
    /// `glossary`: a term translated without any of the glossary's `expected` translations.
    GlossaryUnused { term: String, expected: Vec<String> },
    /// `glossary`: a term translated with forbidden translations.
    GlossaryForbidden { term: String, used: Vec<String> },
    /// `consistency`: the same source translated `ways` different ways.
    Inconsistent { ways: usize },
    /// `spelling`: a word not in the dictionary of `language` (a primary subtag) that the
    /// project writes so more than once.
    SpellingRepeated { word: String, language: String },
    /// `spelling`: a word one slip from `suggestion`.
    Misspelt { word: String, suggestion: String },
    /// `spelling`: a word not in the dictionary of `language`.
    NotInDictionary { word: String, language: String },
    /// `spelling`: a word whose letters no known word of `language` has in that order.
    MisspeltOrder { word: String, language: String },
    /// `conflict`: a merge kept two versions of the translation's text (each cut short).
    Conflict { ours: String, theirs: String },
    /// `conflict`: a merge kept two versions of the translation's note.
    NoteConflict { ours: String, theirs: String },
    /// `conflict`: a merge kept two versions of a metadata field of the article.
    FieldConflict {
        field: MetadataField,
        ours: String,
        theirs: String,
    },
    /// `stale`: a new capture changed the source; the translation follows `earlier`.
    Stale { earlier: String },
}

/// A figure compared between the texts: a number or time as its key, or a month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Figure {
    /// A number or a time, as the checks compare them (`1.5`, `40000`, `15:00`).
    Number(String),
    /// A month named in words (1–12).
    Month(u32),
}

impl Figure {
    /// The figure of a comparison key (`month 11` is November).
    pub(crate) fn of_key(key: &str) -> Figure {
        key.strip_prefix("month ")
            .and_then(|month| month.parse().ok())
            .map_or_else(|| Figure::Number(key.to_owned()), Figure::Month)
    }

    fn english(&self) -> String {
        match self {
            Figure::Number(key) => key.clone(),
            Figure::Month(month) => format!("month {month}"),
        }
    }
}

/// A name of the source the translation lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LostName {
    /// Not written at all.
    Missing(String),
    /// Written fewer times than the source has it.
    Fewer {
        name: String,
        in_source: usize,
        written: usize,
    },
}

impl LostName {
    fn english(&self) -> String {
        match self {
            LostName::Missing(name) => name.clone(),
            LostName::Fewer {
                name,
                in_source,
                written,
            } => format!("{name} ({in_source} times in the source, {written} here)"),
        }
    }
}

/// A script a text is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
}

impl Script {
    /// The script a language not written in this one is expected in.
    #[must_use]
    pub fn other(self) -> Script {
        match self {
            Script::Latin => Script::Cyrillic,
            Script::Cyrillic => Script::Latin,
        }
    }

    fn english(self) -> &'static str {
        match self {
            Script::Latin => "Latin",
            Script::Cyrillic => "Cyrillic",
        }
    }
}

/// How a text ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinalMark {
    Question,
    Exclamation,
    Colon,
    /// A full stop, an ellipsis or a semicolon.
    FullStop,
    None,
}

impl FinalMark {
    /// The class of a text's final mark (see `checks::final_mark`).
    pub(crate) fn of(mark: Option<char>) -> FinalMark {
        match mark {
            Some('?') => FinalMark::Question,
            Some('!') => FinalMark::Exclamation,
            Some(':') => FinalMark::Colon,
            Some('.' | '…' | ';') => FinalMark::FullStop,
            _ => FinalMark::None,
        }
    }

    fn english(self) -> &'static str {
        match self {
            FinalMark::Question => "a question mark",
            FinalMark::Exclamation => "an exclamation mark",
            FinalMark::Colon => "a colon",
            FinalMark::FullStop => "a full stop",
            FinalMark::None => "no final mark",
        }
    }
}

/// Marks that come in pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairedMark {
    /// `( )`
    Round,
    /// `[ ]`
    Square,
    /// `« »`
    Angle,
    /// “…”, „…“, "…" and single quotation marks, counted together.
    Quotes,
}

impl PairedMark {
    /// Every pair, in the order findings list them.
    pub const ALL: [PairedMark; 4] = [
        PairedMark::Round,
        PairedMark::Square,
        PairedMark::Angle,
        PairedMark::Quotes,
    ];

    /// The brackets themselves (`None` for quotation marks, which are named in words).
    #[must_use]
    pub fn symbols(self) -> Option<&'static str> {
        match self {
            PairedMark::Round => Some("( )"),
            PairedMark::Square => Some("[ ]"),
            PairedMark::Angle => Some("« »"),
            PairedMark::Quotes => None,
        }
    }

    fn english(self) -> &'static str {
        self.symbols().unwrap_or("quotation marks")
    }
}

/// The quotation marks a language uses, by the rule a finding cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteStyle {
    /// «…», and „…“ inside.
    Russian,
    /// “…”.
    English,
    /// “…” or «…».
    Azerbaijani,
}

/// `items` each in English quotation marks, joined by `separator`.
fn quoted_list(items: &[String], separator: &str) -> String {
    items
        .iter()
        .map(|item| format!("“{item}”"))
        .collect::<Vec<_>>()
        .join(separator)
}

/// `items` as English text, joined by commas.
fn listed<T>(items: &[T], english: impl Fn(&T) -> String) -> String {
    items.iter().map(english).collect::<Vec<_>>().join(", ")
}

impl FindingText {
    /// The finding's message in English, as the command line and the project files have it.
    #[must_use]
    pub fn english(&self) -> String {
        match self {
            FindingText::FiguresLost(figures) => {
                format!(
                    "not in the translation: {}",
                    listed(figures, Figure::english)
                )
            }
            FindingText::FiguresGained(figures) => format!(
                "in the translation but not the source: {}",
                listed(figures, Figure::english)
            ),
            FindingText::NamesLost(names) => format!(
                "names not in the translation: {}",
                listed(names, LostName::english)
            ),
            FindingText::AddressesLost(addresses) => {
                format!("not in the translation: {}", addresses.join(", "))
            }
            FindingText::Empty(status) => {
                format!("marked {} but the translation is empty", status.as_str())
            }
            FindingText::NoCounterpart => {
                "the source paragraph has no counterpart in the translation".to_owned()
            }
            FindingText::ExtraParagraph => {
                "the translation has a paragraph the source does not".to_owned()
            }
            FindingText::Identical => "the translation is the source text again".to_owned(),
            FindingText::WrongScript { found } => format!(
                "the translation is mostly in {} letters, not {}: is it in the right language?",
                found.english(),
                found.other().english()
            ),
            FindingText::FinalMark { source, target } => format!(
                "the source ends with {}, the translation with {}",
                source.english(),
                target.english()
            ),
            FindingText::Unpaired(marks) => format!(
                "unpaired in the translation: {}",
                listed(marks, |mark| mark.english().to_owned())
            ),
            FindingText::QuotesInside => {
                "“…” inside «…»: Russian usually writes „…“ there".to_owned()
            }
            FindingText::ForeignQuotes(style) => format!(
                "quotation marks of another language: {}",
                match style {
                    QuoteStyle::Russian => "Russian uses «…» (or „…“ inside)",
                    QuoteStyle::English => "English uses “…”",
                    QuoteStyle::Azerbaijani => "Azerbaijani uses “…” or «…»",
                }
            ),
            FindingText::DoubleSpace => "two spaces in a row".to_owned(),
            FindingText::SpaceBefore(marks) => format!("a space before {}", marks_text(marks)),
            FindingText::EdgeSpace => "white space at the start or the end".to_owned(),
            FindingText::Hyphen => "a hyphen between words where a dash (—) is written".to_owned(),
            FindingText::Doubled(words) => format!("a word written twice: {}", words.join(", ")),
            FindingText::MixedScript(words) => format!(
                "Latin and Cyrillic letters in one word (a letter typed in the other layout?): {}",
                words.join(", ")
            ),
            FindingText::Length { tenths } => format!(
                "the translation is {} times as long as translations usually are: is something \
                 missing or repeated?",
                tenths_text(*tenths)
            ),
            FindingText::GlossaryUnused { term, expected } => format!(
                "“{term}” is translated without the glossary's {}",
                quoted_list(expected, " or ")
            ),
            FindingText::GlossaryForbidden { term, used } => format!(
                "“{term}” is translated with the forbidden {}",
                quoted_list(used, ", ")
            ),
            FindingText::Inconsistent { ways } => {
                format!("the same source is translated {ways} different ways in this project")
            }
            FindingText::SpellingRepeated { word, language } => format!(
                "“{word}” is not in the {language} dictionary, but the project writes it so more \
                 than once"
            ),
            FindingText::Misspelt { word, suggestion } => {
                format!("“{word}” looks misspelt (“{suggestion}”?)")
            }
            FindingText::NotInDictionary { word, language } => {
                format!("“{word}” is not in the {language} dictionary")
            }
            FindingText::MisspeltOrder { word, language } => format!(
                "“{word}” looks misspelt: no known {language} word has its letters in that order"
            ),
            FindingText::Conflict { ours, theirs } => format!(
                "a merge kept two versions, ours “{ours}” and theirs “{theirs}”; choose one in \
                 the row"
            ),
            FindingText::NoteConflict { ours, theirs } => format!(
                "a merge kept two versions, the notes: ours “{ours}” and theirs “{theirs}”; \
                 choose one in the row"
            ),
            FindingText::FieldConflict {
                field,
                ours,
                theirs,
            } => format!(
                "a merge kept two versions of the article's {}: ours “{ours}” and theirs \
                 “{theirs}”; choose one in the project panel",
                field.label().to_lowercase()
            ),
            FindingText::Stale { earlier } => format!(
                "the source changed in a new capture; the translation follows the earlier text \
                 “{earlier}” (confirm the row once it is right)"
            ),
        }
    }
}

/// Punctuation marks, separated by spaces (`, .`).
#[must_use]
pub fn marks_text(marks: &[char]) -> String {
    marks
        .iter()
        .map(char::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A count of tenths as a decimal number with one decimal, in English (`23`: `2.3`).
fn tenths_text(tenths: u64) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// A ratio in tenths, rounded as `{:.1}` writes it (so that the message says what it always
/// has).
pub(crate) fn tenths(ratio: f64) -> u64 {
    format!("{ratio:.1}")
        .replace('.', "")
        .parse()
        .unwrap_or_default()
}
