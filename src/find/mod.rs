//! Find and replace over a project's texts: the source paragraphs, the grid's translations
//! and the aligned translations, in every target language or one, restricted to a kind of
//! paragraph or a translation status. A query is literal or a regular expression (with `$1`
//! capture groups in the replacement), matched in the case each language writes
//! (Azerbaijani and Turkish İ/i and I/ı; ё as е when asked), as a whole word or anywhere,
//! and, when asked, across scripts: a Latin name finds its Cyrillic spelling and its
//! inflected forms (Hajili: Гаджилы, Hacılının) through the aligner's consonant skeletons.
//!
//! Only the grid's translations are replaced: the source and the aligned translations are
//! the originals as captured (their text is tied to the original's bytes and its word
//! counts), so matches there are found and shown, never changed. Replacing everything is one
//! edit (one undo step) with a count.

use std::collections::HashMap;
use std::ops::Range;

use regex::{Regex, RegexBuilder};
use unicode_segmentation::UnicodeSegmentation;

use crate::model::{Edit, LanguageTag, ParagraphId, ParagraphKind, Project, TranslationStatus};

/// What to look for and how.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "each is one independent switch of the find bar"
)]
pub struct FindQuery {
    pub text: String,
    pub match_case: bool,
    pub whole_word: bool,
    /// The text is a regular expression (Rust `regex` syntax).
    pub regex: bool,
    /// Russian ё and е are the same letter.
    pub yo_as_ye: bool,
    /// Names match in any script and inflected form (literal queries only).
    pub across_scripts: bool,
}

/// Which texts are searched.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum FindScope {
    Source,
    #[default]
    Translations,
    Both,
}

/// Where to search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FindFilter {
    pub scope: FindScope,
    /// One target language (`None`: all of them).
    pub language: Option<LanguageTag>,
    /// Only rows whose translation has this status.
    pub status: Option<TranslationStatus>,
    /// Only paragraphs of this kind.
    pub kind: Option<ParagraphKind>,
}

/// A text of the project.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TextRef {
    /// A source paragraph.
    Source(ParagraphId),
    /// The grid's translation of a source paragraph.
    Translation(ParagraphId, LanguageTag),
    /// A paragraph of an aligned translation.
    Aligned(LanguageTag, ParagraphId),
}

impl TextRef {
    /// Whether a match here can be replaced (only the grid's translations can).
    pub fn is_replaceable(&self) -> bool {
        matches!(self, Self::Translation(..))
    }
}

/// One match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub text: TextRef,
    /// Where, in bytes of the text.
    pub range: Range<usize>,
}

/// Why a query cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FindError {
    #[error("the regular expression is not valid: {0}")]
    BadRegex(String),
    #[error("{0}")]
    BadReplacement(String),
}

/// A compiled query: one expression per language (case and letters fold as each language
/// writes them), and the query's words as skeletons for matching across scripts.
#[derive(Debug)]
pub struct Matcher {
    query: FindQuery,
    by_language: HashMap<String, Option<Regex>>,
    keys: Vec<String>,
}

/// The letters `letter` stands for in `language`, with case folding and ё as е.
fn letter_class(letter: char, language: &str, query: &FindQuery) -> Vec<char> {
    let turkic = matches!(language, "az" | "tr");
    let mut letters = vec![letter];
    if !query.match_case {
        let (lower, upper): (Vec<char>, Vec<char>) = match (turkic, letter) {
            (true, 'i' | 'İ') => (vec!['i'], vec!['İ']),
            (true, 'ı' | 'I') => (vec!['ı'], vec!['I']),
            _ => (
                letter.to_lowercase().collect(),
                letter.to_uppercase().collect(),
            ),
        };
        for other in lower.into_iter().chain(upper) {
            if !letters.contains(&other) {
                letters.push(other);
            }
        }
    }
    if query.yo_as_ye {
        let extra: Vec<char> = letters
            .iter()
            .filter_map(|letter| match letter {
                'е' => Some('ё'),
                'ё' => Some('е'),
                'Е' => Some('Ё'),
                'Ё' => Some('Е'),
                _ => None,
            })
            .collect();
        for other in extra {
            if !letters.contains(&other) {
                letters.push(other);
            }
        }
    }
    letters
}

/// The expression of a literal query in `language`.
fn literal_pattern(query: &FindQuery, language: &str) -> String {
    let mut pattern = String::new();
    for letter in query.text.chars() {
        let letters = letter_class(letter, language, query);
        if letters.len() == 1 {
            pattern.push_str(&regex::escape(&letter.to_string()));
        } else {
            pattern.push('[');
            for other in letters {
                pattern.push_str(&regex::escape(&other.to_string()));
            }
            pattern.push(']');
        }
    }
    pattern
}

impl Matcher {
    /// Compiles `query`; an empty query matches nothing.
    pub fn new(query: &FindQuery) -> Result<Self, FindError> {
        let mut matcher = Self {
            query: query.clone(),
            by_language: HashMap::new(),
            keys: Vec::new(),
        };
        if query.regex && !query.text.is_empty() {
            // Checked once here, so that a bad expression is reported before any search.
            matcher.build("")?;
        }
        if query.across_scripts && !query.regex {
            matcher.keys = query
                .text
                .unicode_words()
                .map(|word| crate::qa::names::name_key(word, latin_or_cyrillic(word)))
                .collect();
        }
        Ok(matcher)
    }

    fn build(&self, language: &str) -> Result<Option<Regex>, FindError> {
        let query = &self.query;
        if query.text.is_empty() {
            return Ok(None);
        }
        let mut pattern = if query.regex {
            query.text.clone()
        } else {
            literal_pattern(query, language)
        };
        if query.whole_word {
            pattern = format!(r"\b(?:{pattern})\b");
        }
        RegexBuilder::new(&pattern)
            .case_insensitive(query.regex && !query.match_case)
            .size_limit(1 << 22)
            .build()
            .map(Some)
            .map_err(|error| FindError::BadRegex(error.to_string()))
    }

    fn regex(&mut self, language: &str) -> Option<&Regex> {
        if !self.by_language.contains_key(language) {
            let built = self.build(language).ok().flatten();
            self.by_language.insert(language.to_owned(), built);
        }
        self.by_language.get(language)?.as_ref()
    }

    /// The matches in `text`, written in `language` (a primary subtag), in order.
    pub fn find_in(&mut self, text: &str, language: &str) -> Vec<Range<usize>> {
        let mut found: Vec<Range<usize>> = match self.regex(language) {
            Some(regex) => regex
                .find_iter(text)
                .filter(|found| !found.is_empty())
                .map(|found| found.range())
                .collect(),
            None => Vec::new(),
        };
        if !self.keys.is_empty() {
            found.extend(self.names_in(text, language));
            found.sort_by_key(|range| (range.start, std::cmp::Reverse(range.end)));
            // Overlapping matches count once (the longer).
            let mut kept: Vec<Range<usize>> = Vec::new();
            for range in found {
                if kept.last().is_none_or(|last| range.start >= last.end) {
                    kept.push(range);
                }
            }
            found = kept;
        }
        found
    }

    /// Runs of words whose skeletons are the query's words' (each may add up to two classes
    /// at its end: a case ending), when the query has consonants enough to tell names apart.
    fn names_in(&self, text: &str, language: &str) -> Vec<Range<usize>> {
        let words: Vec<(usize, &str, String)> = text
            .unicode_word_indices()
            .map(|(at, word)| (at, word, crate::qa::names::name_key(word, language)))
            .collect();
        let mut found = Vec::new();
        // Too few consonants to tell names apart (Ana, Ева): left to the literal match.
        let classes: usize = self.keys.iter().map(|key| key.chars().count()).sum();
        if classes < 2 || self.keys.iter().any(String::is_empty) {
            return found;
        }
        for start in 0..words.len() {
            let run = words.get(start..start + self.keys.len());
            let Some(run) = run else { break };
            let same = run.iter().zip(&self.keys).all(|((_, _, key), wanted)| {
                key.starts_with(wanted.as_str())
                    && key.chars().count() <= wanted.chars().count() + 2
            });
            if same {
                let (first, last) = (&run[0], &run[run.len() - 1]);
                found.push(first.0..last.0 + last.1.len());
            }
        }
        found
    }

    /// Checks that a replacement names only groups the expression has (`$1`, `${1}`, `$name`,
    /// `${name}`; `$$` is a dollar sign). A name runs as far as letters, digits and `_` go,
    /// so `$1a` names a group "1a": `${1}a` is group 1 followed by "a".
    pub fn check_replacement(&mut self, replacement: &str) -> Result<(), FindError> {
        if !self.query.regex {
            return Ok(());
        }
        let Some(regex) = self.regex("") else {
            return Ok(());
        };
        let count = regex.captures_len();
        let names: Vec<String> = regex.capture_names().flatten().map(str::to_owned).collect();
        let characters: Vec<char> = replacement.chars().collect();
        let mut at = 0;
        while at < characters.len() {
            if characters[at] != '$' {
                at += 1;
                continue;
            }
            let name: String = match characters.get(at + 1) {
                Some('$') => {
                    at += 2;
                    continue;
                }
                Some('{') => {
                    let Some(close) = characters[at + 2..].iter().position(|c| *c == '}') else {
                        at += 1;
                        continue;
                    };
                    let name = characters[at + 2..at + 2 + close].iter().collect();
                    at += close + 3;
                    name
                }
                _ => {
                    let name: String = characters[at + 1..]
                        .iter()
                        .take_while(|c| c.is_alphanumeric() || **c == '_')
                        .collect();
                    at += 1 + name.chars().count();
                    name
                }
            };
            if name.is_empty() {
                continue;
            }
            let known = match name.parse::<usize>() {
                Ok(index) => index < count,
                Err(_) => names.contains(&name),
            };
            if !known {
                let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
                let hint = if !digits.is_empty() && digits.len() < name.len() {
                    format!(
                        " (for group {digits} followed by “{}”, write ${{{digits}}}{})",
                        &name[digits.len()..],
                        &name[digits.len()..]
                    )
                } else {
                    String::new()
                };
                return Err(FindError::BadReplacement(format!(
                    "the replacement names group “{name}”, which the expression does not have{hint}"
                )));
            }
        }
        Ok(())
    }

    /// What replaces the match at `range` of `text`: `replacement` as it is, or for a regular
    /// expression with its `$1`, `${name}` groups filled in.
    pub fn replacement(
        &mut self,
        text: &str,
        range: Range<usize>,
        language: &str,
        replacement: &str,
    ) -> String {
        if !self.query.regex {
            return replacement.to_owned();
        }
        let Some(regex) = self.regex(language) else {
            return replacement.to_owned();
        };
        match regex.captures_at(text, range.start) {
            Some(captures) if captures.get(0).is_some_and(|whole| whole.range() == range) => {
                let mut expanded = String::new();
                captures.expand(replacement, &mut expanded);
                expanded
            }
            _ => replacement.to_owned(),
        }
    }
}

/// The orthography a query word is written in.
fn latin_or_cyrillic(word: &str) -> &'static str {
    if word
        .chars()
        .any(|letter| matches!(u32::from(letter), 0x0400..=0x04FF))
    {
        "ru"
    } else if word.chars().any(|letter| "əğışçöüİ".contains(letter)) {
        "az"
    } else {
        "en"
    }
}

/// The texts the filter covers, with their language, in the order the screens show them.
fn texts<'a>(project: &'a Project, filter: &FindFilter) -> Vec<(TextRef, &'a str, String)> {
    let languages: Vec<&LanguageTag> = project
        .targets
        .iter()
        .filter(|language| {
            filter
                .language
                .as_ref()
                .is_none_or(|wanted| wanted == *language)
        })
        .collect();
    let status_ok = |id: ParagraphId, language: &LanguageTag| {
        filter
            .status
            .is_none_or(|status| project.translation(id, language).status == status)
    };
    let mut found = Vec::new();
    for paragraph in project.paragraphs() {
        if filter.kind.is_some_and(|kind| paragraph.kind != kind) {
            continue;
        }
        let id = paragraph.paragraph_id;
        if filter.scope != FindScope::Translations
            && languages.iter().any(|language| status_ok(id, language))
        {
            found.push((
                TextRef::Source(id),
                paragraph.text.as_str(),
                project.source.language.primary().to_owned(),
            ));
        }
        if filter.scope != FindScope::Source && paragraph.kind.is_translatable() {
            for language in &languages {
                let translation = project.translation(id, language);
                if !translation.text.is_empty() && status_ok(id, language) {
                    found.push((
                        TextRef::Translation(id, (*language).clone()),
                        translation.text.as_str(),
                        language.primary().to_owned(),
                    ));
                }
            }
        }
    }
    if filter.scope != FindScope::Source && filter.status.is_none() {
        for language in languages {
            let Some(aligned) = project.aligned.get(language) else {
                continue;
            };
            for paragraph in &aligned.paragraphs {
                if filter.kind.is_none_or(|kind| paragraph.kind == kind) {
                    found.push((
                        TextRef::Aligned(language.clone(), paragraph.paragraph_id),
                        paragraph.text.as_str(),
                        language.primary().to_owned(),
                    ));
                }
            }
        }
    }
    found
}

/// Every match in the texts `filter` covers.
pub fn find_all(project: &Project, matcher: &mut Matcher, filter: &FindFilter) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (text_ref, text, language) in texts(project, filter) {
        for range in matcher.find_in(text, &language) {
            hits.push(Hit {
                text: text_ref.clone(),
                range,
            });
        }
    }
    hits
}

/// The text of a hit's translation with the hit replaced, when the hit still matches there.
pub fn replace_one(
    project: &Project,
    matcher: &mut Matcher,
    hit: &Hit,
    replacement: &str,
) -> Result<Option<Edit>, FindError> {
    matcher.check_replacement(replacement)?;
    let TextRef::Translation(id, language) = &hit.text else {
        return Ok(None);
    };
    let text = &project.translation(*id, language).text;
    let still = matcher
        .find_in(text, language.primary())
        .contains(&hit.range);
    if !still {
        return Ok(None);
    }
    let with = matcher.replacement(text, hit.range.clone(), language.primary(), replacement);
    let mut changed = text.clone();
    changed.replace_range(hit.range.clone(), &with);
    Ok(Some(Edit::SetTranslationText {
        paragraph_id: *id,
        language: language.clone(),
        text: changed,
    }))
}

/// What replacing every match did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Replaced {
    /// The edit (one undo step), when anything changed.
    pub edit: Option<Edit>,
    /// Matches replaced, and in how many translations.
    pub matches: usize,
    pub translations: usize,
    /// Matches left alone because they are in the source or an aligned translation.
    pub in_originals: usize,
}

/// Replaces every match in the grid's translations the filter covers, as one edit; a
/// replacement naming a group the expression does not have is refused.
pub fn replace_all(
    project: &Project,
    matcher: &mut Matcher,
    filter: &FindFilter,
    replacement: &str,
) -> Result<Replaced, FindError> {
    matcher.check_replacement(replacement)?;
    let mut replaced = Replaced::default();
    let mut edits = Vec::new();
    for (text_ref, text, language) in texts(project, filter) {
        let found = matcher.find_in(text, &language);
        if found.is_empty() {
            continue;
        }
        let TextRef::Translation(id, tag) = text_ref else {
            replaced.in_originals += found.len();
            continue;
        };
        let mut changed = String::with_capacity(text.len());
        let mut at = 0;
        for range in &found {
            changed.push_str(&text[at..range.start]);
            changed.push_str(&matcher.replacement(text, range.clone(), &language, replacement));
            at = range.end;
        }
        changed.push_str(&text[at..]);
        replaced.matches += found.len();
        if changed != text {
            replaced.translations += 1;
            edits.push(Edit::SetTranslationText {
                paragraph_id: id,
                language: tag,
                text: changed,
            });
        }
    }
    if !edits.is_empty() {
        replaced.edit = Some(Edit::Batch(edits));
    }
    Ok(replaced)
}

#[cfg(test)]
mod tests;
