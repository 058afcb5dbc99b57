//! The checks on one source text and its translation, each a pure function that returns
//! [`Issue`]s with the check's id, a severity and a message saying what differs. Numbers,
//! dates, names and links are compared through the same keys the aligner uses (a figure in
//! any notation, a name in any script: Hajili = Гаджилы = Hacılı).

use crate::align::letters::{is_letter, is_letter_or_digit, same_in_lower_case};
use std::collections::BTreeMap;

use super::Severity;
use super::figures::numbers;
use super::names::names;
use super::text::{FinalMark, FindingText, PairedMark, QuoteStyle, Script, tenths};
use crate::align::anchors::is_email;
use crate::model::ParagraphId;

/// One thing a check found in a pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub check: &'static str,
    pub severity: Severity,
    /// What it found, in English words (made from `text`).
    pub message: String,
    /// What it found, as data for other languages.
    pub text: FindingText,
}

impl Issue {
    pub fn new(check: &'static str, severity: Severity, text: FindingText) -> Self {
        Self {
            check,
            severity,
            message: text.english(),
            text,
        }
    }
}

/// Every check of a pair, from `languages.0` into `languages.1` (primary subtags).
pub fn check_pair(source: &str, target: &str, languages: (&str, &str)) -> Vec<Issue> {
    check_pair_with(source, target, languages, &PairContext::default())
}

/// What the checks of a pair may know beyond the pair itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct PairContext<'a> {
    /// The source language's dictionary: it tells common words capitalised in titles and
    /// names of organisations (which translations translate) from proper names.
    pub source_dictionary: Option<&'a crate::spell::Speller>,
    /// How the project writes its names (China: Китай).
    pub names: Option<&'a super::name_table::NameTable>,
    /// The translation's Hunspell dictionary: a capitalised word it knows in lower case
    /// (Сенатор) is no name a missing one may have become.
    pub target_dictionary: Option<&'a crate::spell::Speller>,
    /// The project's QA choices: a check it switched off does not run.
    pub settings: Option<&'a crate::model::QaSettings>,
}

impl PairContext<'_> {
    /// Whether any of the checks `ids` (one function may report under several) runs.
    fn runs(&self, ids: &[&str]) -> bool {
        self.settings
            .is_none_or(|settings| ids.iter().any(|id| settings.is_enabled(id)))
    }
}

/// [`check_pair`], with what `context` knows.
pub fn check_pair_with(
    source: &str,
    target: &str,
    languages: (&str, &str),
    context: &PairContext<'_>,
) -> Vec<Issue> {
    // Letters and their marks composed (S and a cedilla: Ş), as keys and tables spell them.
    let (source, target) = (composed(source), composed(target));
    let (source, target) = (source.as_ref(), target.as_ref());
    let mut issues = Vec::new();
    let runs = |ids: &[&str]| context.runs(ids);
    if runs(&["numbers"]) {
        numbers(source, target, languages, &mut issues);
    }
    if runs(&["urls"]) {
        links(source, target, &mut issues);
    }
    if runs(&["names"]) {
        names((source, target), languages, context, &mut issues);
    }
    if runs(&["identical"]) {
        identical(source, target, languages, &mut issues);
    }
    if runs(&["script"]) {
        script(target, languages.1, &mut issues);
        mixed_alphabets(source, target, &mut issues);
    }
    if runs(&["punctuation"]) {
        final_punctuation(source, target, &mut issues);
    }
    if runs(&["brackets"]) {
        pairs(source, target, &mut issues);
    }
    if runs(&["quotes"]) {
        quotes(target, languages.1, &mut issues);
    }
    if runs(&["spaces", "dash"]) {
        spacing(target, languages.1, &mut issues);
    }
    if runs(&["doubled"]) {
        doubled_words((source, target), languages, &mut issues);
    }
    if runs(&["length"]) {
        length(source, target, languages, &mut issues);
    }
    issues
}

/// `text` in composed form (NFC), borrowed when it is already.
fn composed(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::UnicodeNormalization as _;
    if unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
    {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.nfc().collect())
    }
}

/// A translation far longer or shorter than translations between the two languages are (a
/// sentence dropped, or one pasted twice).
fn length(source: &str, target: &str, languages: (&str, &str), issues: &mut Vec<Issue>) {
    let typical = crate::align::typical_length_ratio(languages.0, languages.1).unwrap_or(1.0);
    let (source_length, target_length) =
        (source.trim().chars().count(), target.trim().chars().count());
    if source_length < 80 || target_length == 0 {
        return;
    }
    #[expect(clippy::cast_precision_loss, reason = "a ratio of lengths")]
    let ratio = target_length as f64 / source_length as f64 / typical;
    if !(0.4..=2.5).contains(&ratio) {
        issues.push(Issue::new(
            "length",
            Severity::Warning,
            FindingText::Length {
                tenths: tenths(ratio),
            },
        ));
    }
}

/// What a glossary says about a pair: an expected term the translation does not use (a
/// warning), a forbidden one it does (an error).
pub fn glossary_issues(
    glossary: &mut crate::memory::terms::Glossary,
    source: &str,
    target: &str,
) -> Vec<Issue> {
    let mut issues = Vec::new();
    for used in glossary.check(source, target) {
        if !used.used && !used.expected.is_empty() {
            issues.push(Issue::new(
                "glossary",
                Severity::Warning,
                FindingText::GlossaryUnused {
                    term: used.term.clone(),
                    expected: used.expected.clone(),
                },
            ));
        }
        if !used.forbidden_used.is_empty() {
            issues.push(Issue::new(
                "glossary",
                Severity::Error,
                FindingText::GlossaryForbidden {
                    term: used.term.clone(),
                    used: used.forbidden_used.clone(),
                },
            ));
        }
    }
    issues
}

/// White space made single, for comparing texts.
pub fn normalised(text: &str) -> String {
    // Most texts are already: one space between words, none around them.
    let mut after_space = true;
    let single = text.chars().all(|c| {
        let fine = if c == ' ' {
            !after_space
        } else {
            !c.is_whitespace()
        };
        after_space = c == ' ';
        fine
    }) && !after_space;
    if single {
        return text.to_owned();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Web addresses and e-mail addresses the translation does not keep.
fn links(source: &str, target: &str, issues: &mut Vec<Issue>) {
    let addresses = |text: &str| -> Vec<String> {
        text.split_whitespace()
            .filter(|token| token.contains("://") || token.starts_with("www.") || is_email(token))
            .map(|token| {
                token
                    .trim_end_matches(['.', ',', ')', ';', ':', '»', '"', '”'])
                    .trim_start_matches(['(', '«', '"', '“'])
                    .to_lowercase()
            })
            .collect()
    };
    let in_target = addresses(target);
    let lost: Vec<String> = addresses(source)
        .into_iter()
        .filter(|address| !in_target.contains(address))
        .collect();
    if !lost.is_empty() {
        issues.push(Issue::new(
            "urls",
            Severity::Error,
            FindingText::AddressesLost(lost),
        ));
    }
}

/// A translation that is the source again.
fn identical(source: &str, target: &str, languages: (&str, &str), issues: &mut Vec<Issue>) {
    if languages.0 != languages.1
        && source.split_whitespace().nth(2).is_some()
        && source.split_whitespace().eq(target.split_whitespace())
    {
        issues.push(Issue::new(
            "identical",
            Severity::Warning,
            FindingText::Identical,
        ));
    }
}

/// Whether a language is written in Cyrillic.
fn is_cyrillic_language(language: &str) -> bool {
    matches!(
        language,
        "ru" | "uk" | "be" | "bg" | "sr" | "mk" | "kk" | "ky" | "tg" | "mn"
    )
}

/// The alphabet of a letter, for telling words that mix two.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Alphabet {
    Latin,
    Cyrillic,
    Other,
}

fn alphabet_of(letter: char) -> Alphabet {
    match u32::from(letter) {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F | 0x1E00..=0x1EFF => {
            Alphabet::Latin
        }
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Alphabet::Cyrillic,
        _ => Alphabet::Other,
    }
}

/// Whether a run of letters has both Latin and Cyrillic ones.
fn mixes_alphabets(word: &str) -> bool {
    let (mut latin, mut cyrillic) = (false, false);
    for letter in word.chars() {
        match alphabet_of(letter) {
            Alphabet::Latin => latin = true,
            Alphabet::Cyrillic => cyrillic = true,
            Alphabet::Other => {}
        }
    }
    latin && cyrillic
}

/// At most this many words mixing alphabets are listed in one finding.
const MIXED_WORDS_LISTED: usize = 5;

/// Words of the translation that mix Latin and Cyrillic letters (Москвa with a Latin a,
/// Bakı with a Cyrillic а): a letter typed in the other keyboard layout, which looks right
/// and is found by no search. A word the source writes so too is left alone.
fn mixed_alphabets(source: &str, target: &str, issues: &mut Vec<Issue>) {
    let mut words: Vec<String> = Vec::new();
    for word in target
        .split(|c: char| !is_letter(c))
        .filter(|word| mixes_alphabets(word))
    {
        let listed = words.iter().any(|listed| listed == word);
        let carried = source
            .split(|c: char| !is_letter(c))
            .any(|other| other == word);
        if !listed && !carried && words.len() < MIXED_WORDS_LISTED {
            words.push(word.to_owned());
        }
    }
    if !words.is_empty() {
        issues.push(Issue::new(
            "script",
            Severity::Warning,
            FindingText::MixedScript(words),
        ));
    }
}

/// A translation written mostly in the wrong script (a Latin paragraph in a Russian
/// translation, Cyrillic in an Azerbaijani one).
fn script(target: &str, language: &str, issues: &mut Vec<Issue>) {
    let (mut letters, mut cyrillic, mut latin) = (0_usize, 0_usize, 0_usize);
    for letter in target.chars() {
        if ('\u{400}'..='\u{52f}').contains(&letter) {
            cyrillic += 1;
            letters += 1;
        } else if letter.is_ascii_alphabetic() {
            latin += 1;
            letters += 1;
        } else if !letter.is_ascii() && is_letter(letter) {
            letters += 1;
            if ('\u{c0}'..='\u{24f}').contains(&letter) {
                latin += 1;
            }
        }
    }
    if letters < 12 {
        return;
    }
    let (wrong, found) = if is_cyrillic_language(language) {
        (latin, Script::Latin)
    } else {
        (cyrillic, Script::Cyrillic)
    };
    if wrong * 2 > letters {
        issues.push(Issue::new(
            "script",
            Severity::Error,
            FindingText::WrongScript { found },
        ));
    }
}

/// The mark a text ends with, closing quotes and brackets aside: `.`, `?`, `!`, `:`, `…`
/// or none.
fn final_mark(text: &str) -> Option<char> {
    const CLOSING: [char; 8] = ['"', '»', '”', '“', '\'', '’', ')', ']'];
    let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || CLOSING.contains(&c));
    let last = trimmed.chars().next_back()?;
    match last {
        // A question quoted, then the sentence's full stop after the quotation mark, as
        // Russian writes it: «…расист?».
        '.' if trimmed
            .strip_suffix('.')
            .is_some_and(|rest| rest.ends_with(CLOSING)) =>
        {
            let inner = trimmed[..trimmed.len() - 1]
                .trim_end_matches(|c: char| c.is_whitespace() || CLOSING.contains(&c));
            match inner.chars().next_back() {
                Some(mark @ ('?' | '!')) => Some(mark),
                _ => Some('.'),
            }
        }
        '.' | '?' | '!' | ':' | '…' | ';' => Some(last),
        _ => None,
    }
}

/// A translation that ends as a statement where the source asks, or the other way round.
fn final_punctuation(source: &str, target: &str, issues: &mut Vec<Issue>) {
    let (one, other) = (
        FinalMark::of(final_mark(source)),
        FinalMark::of(final_mark(target)),
    );
    if one != other {
        // A full stop more or less (a headline, a quotation's end) or an exclamation for
        // a full stop (Long live Spain: Да здравствует Испания!) is a detail; a question
        // turned into a statement is not, unless the question is still there, quoted
        // inside the sentence («…смогу ли я?» — so he said), or a headline became one.
        let asks = |text: &str| text.matches(['?', '¿', '？']).count();
        let lost_question = one == FinalMark::Question && asks(target) < asks(source);
        let new_question =
            other == FinalMark::Question && asks(source) < asks(target) && one != FinalMark::None;
        let detail = !(lost_question || new_question);
        issues.push(Issue::new(
            "punctuation",
            if detail {
                Severity::Info
            } else {
                Severity::Warning
            },
            FindingText::FinalMark {
                source: one,
                target: other,
            },
        ));
    }
}

/// Whether `text`'s brackets and quotation marks are each paired: (), [], «» and the
/// quotation marks (“…”, „…“ and "…" counted together, as languages mix them).
fn paired(text: &str) -> [bool; 4] {
    // Opening minus closing of each pair, and the number of quotation marks (single ones
    // too when they stand as quotation marks, not as apostrophes inside a word).
    let (mut round, mut square, mut angle, mut quotes) = (0_i64, 0_i64, 0_i64, 0_u64);
    // Russian writes one » where a quotation inside another ends with it («Он сказал:
    // «Нет», — …): the last » closes a nested quotation, and the sentence's attribution
    // (or its end) follows.
    let mut last_close: Option<(usize, i64)> = None;
    let letters: Vec<char> = text.chars().collect();
    for (at, &letter) in letters.iter().enumerate() {
        match letter {
            '(' => round += 1,
            ')' => round -= 1,
            '[' => square += 1,
            ']' => square -= 1,
            '«' => angle += 1,
            '»' => {
                last_close = Some((at, angle));
                angle -= 1;
            }
            '“' | '„' | '”' | '"' => quotes += 1,
            '\'' | '‘' | '’' => {
                let before = at.checked_sub(1).map(|at| letters[at]);
                let after = letters.get(at + 1).copied();
                let inside_word =
                    before.is_some_and(is_letter_or_digit) && after.is_some_and(is_letter_or_digit);
                if !inside_word {
                    quotes += 1;
                }
            }
            _ => {}
        }
    }
    let collapsed = angle == 1
        && last_close.is_some_and(|(at, depth)| {
            let after: String = letters[at + 1..].iter().collect();
            let rest = after.trim_start_matches([',', '.', '!', '?', '…', ';', ':', ' ', '\u{a0}']);
            depth == 2
                && !rest.contains('«')
                && (rest.is_empty() || rest.starts_with(['—', '–', '-', ')']))
        });
    [
        round == 0,
        square == 0,
        angle == 0 || collapsed,
        quotes % 2 == 0,
    ]
}

/// Brackets and quotation marks opened and not closed (or closed and not opened) in the
/// translation where the source pairs them (a quotation running over several paragraphs
/// opens in one and closes in another, in both languages).
fn pairs(source: &str, target: &str, issues: &mut Vec<Issue>) {
    let (in_source, in_target) = (paired(source), paired(target));
    // A quotation mark of either kind may stand for the other across languages.
    let source_quotes = in_source[2] && in_source[3];
    let mut unpaired = Vec::new();
    for (index, mark) in PairedMark::ALL.into_iter().enumerate() {
        let source_paired = if index >= 2 {
            source_quotes
        } else {
            in_source[index]
        };
        if source_paired && !in_target[index] {
            unpaired.push(mark);
        }
    }
    if !unpaired.is_empty() {
        issues.push(Issue::new(
            "brackets",
            Severity::Warning,
            FindingText::Unpaired(unpaired),
        ));
    }
}

/// Quotation marks the translation's language does not use.
fn quotes(target: &str, language: &str, issues: &mut Vec<Issue>) {
    let has = |marks: &[char]| target.chars().any(|c| marks.contains(&c));
    let russian = matches!(language, "ru" | "uk" | "be");
    if russian && !has(&['"']) && has(&['”']) && english_quotes_only_inside(target) {
        // “…” inside «…» is common practice, if not the rule („…“).
        issues.push(Issue::new(
            "quotes",
            Severity::Info,
            FindingText::QuotesInside,
        ));
        return;
    }
    let wrong = match language {
        "ru" | "uk" | "be" => has(&['"', '”']).then_some(QuoteStyle::Russian),
        "en" => has(&['«', '»', '„']).then_some(QuoteStyle::English),
        "az" | "tr" => has(&['„']).then_some(QuoteStyle::Azerbaijani),
        _ => None,
    };
    if let Some(rule) = wrong {
        issues.push(Issue::new(
            "quotes",
            Severity::Warning,
            FindingText::ForeignQuotes(rule),
        ));
    }
}

/// Whether every English quotation mark (“ ”) of `text` stands inside «…».
fn english_quotes_only_inside(text: &str) -> bool {
    let mut depth = 0_usize;
    for character in text.chars() {
        match character {
            '«' => depth += 1,
            '»' => depth = depth.saturating_sub(1),
            '“' | '”' if depth == 0 => return false,
            _ => {}
        }
    }
    true
}

/// Spaces where they do not belong: two in a row, before a comma or full stop, at the ends,
/// and a hyphen standing for a dash.
fn spacing(target: &str, language: &str, issues: &mut Vec<Issue>) {
    if target.contains("  ") {
        issues.push(Issue::new(
            "spaces",
            Severity::Warning,
            FindingText::DoubleSpace,
        ));
    }
    let before: Vec<&str> = [" ,", " .", " ;", " :", " ?", " !", " )"]
        .into_iter()
        .filter(|pattern| {
            target
                .match_indices(pattern)
                // " ..." (an ellipsis) and " .5" (a number) are not a full stop.
                .any(|(at, _)| {
                    let next = target[at + pattern.len()..].chars().next();
                    !(pattern == &" ." && next.is_some_and(|c| c == '.' || c.is_ascii_digit()))
                })
        })
        .collect();
    if !before.is_empty() && language != "fr" {
        issues.push(Issue::new(
            "spaces",
            Severity::Warning,
            FindingText::SpaceBefore(
                before
                    .iter()
                    .filter_map(|pattern| pattern.trim().chars().next())
                    .collect(),
            ),
        ));
    }
    if target.trim() != target {
        issues.push(Issue::new("spaces", Severity::Info, FindingText::EdgeSpace));
    }
    if matches!(language, "ru" | "uk" | "az" | "tr") && target.contains(" - ") {
        issues.push(Issue::new("dash", Severity::Info, FindingText::Hyphen));
    }
}

/// A word written twice in a row ("the the", "в в").
fn doubled_words((source, target): (&str, &str), languages: (&str, &str), issues: &mut Vec<Issue>) {
    let doubled = words_written_twice(target);
    if doubled.is_empty() {
        return;
    }
    // A doubling the source has too (Roa Roa: Роа Роа, Canada plus plus) is meant.
    let in_source: Vec<String> = words_written_twice(source)
        .iter()
        .map(|word| super::names::name_key(word, languages.0))
        .collect();
    let doubled: Vec<String> = doubled
        .into_iter()
        .filter(|word| {
            let key = super::names::name_key(word, languages.1);
            key.is_empty() || !in_source.contains(&key)
        })
        .collect();
    if !doubled.is_empty() {
        issues.push(Issue::new(
            "doubled",
            Severity::Warning,
            FindingText::Doubled(doubled),
        ));
    }
}

/// The words of `text` written twice in a row (in lower case).
fn words_written_twice(text: &str) -> Vec<String> {
    let mut previous: Option<&str> = None;
    let mut doubled = Vec::new();
    for token in text.split_whitespace() {
        let word = token.trim_matches(|c: char| !is_letter_or_digit(c));
        if word.is_empty() || !word.chars().any(is_letter) {
            previous = None;
            continue;
        }
        // Punctuation between the two ("No, no") makes them two phrases.
        let joined = !token.starts_with(|c: char| !is_letter_or_digit(c));
        if joined && previous.is_some_and(|previous| same_in_lower_case(previous, word)) {
            let lower = crate::align::letters::lowercase(word);
            if !doubled.contains(&lower) {
                doubled.push(lower);
            }
        }
        previous = (!token.ends_with(|c: char| !is_letter_or_digit(c))).then_some(word);
    }
    doubled
}

/// The same source translated in different ways in the project, each place with its issue
/// (`translations_of`: normalised source → (row, normalised translation)).
pub fn inconsistencies(
    translations_of: &BTreeMap<String, Vec<(ParagraphId, String)>>,
) -> Vec<(ParagraphId, Issue)> {
    let mut found = Vec::new();
    for (source, rows) in translations_of {
        let mut distinct: Vec<&String> = rows.iter().map(|(_, text)| text).collect();
        distinct.sort();
        distinct.dedup();
        if distinct.len() < 2 || source.split(' ').count() < 2 {
            continue;
        }
        for (row, _) in rows {
            found.push((
                *row,
                Issue::new(
                    "consistency",
                    Severity::Warning,
                    FindingText::Inconsistent {
                        ways: distinct.len(),
                    },
                ),
            ));
        }
    }
    found.sort_by_key(|(row, _)| row.0);
    found
}

#[cfg(test)]
mod known_names_tests;
#[cfg(test)]
mod names_tests;
#[cfg(test)]
mod reference_tests;
#[cfg(test)]
mod tests;
