//! Giving each paragraph of a plain-text article dump a kind: junk, headline, lead, heading,
//! body, duplicate, teaser or footer. Nothing is removed; kinds only decide what is translated.

use std::collections::HashSet;

use super::split::{RawParagraph, ends_with_final_punctuation};
use crate::align::word_count;
use crate::model::ParagraphKind;

/// Phrases that start a link to another story.
const TEASER_PREFIXES: &[&str] = &[
    "read also",
    "see also",
    "read more:",
    "related:",
    "читайте также",
    "смотрите также",
    "читать также",
    "по теме:",
    "həmçinin oxuyun",
    "həmçinin baxın",
    "oxuyun:",
    "əlaqəli:",
];

/// Bullets that start a teaser line.
const TEASER_BULLETS: &[char] = &['•', '▪', '►', '▶', '→', '»'];

/// Phrases that start site boilerplate.
const FOOTER_PREFIXES: &[&str] = &[
    "more on ",
    "more from ",
    "support ",
    "subscribe",
    "share",
    "follow us",
    "follow ",
    "join us",
    "donate",
    "all rights reserved",
    "©",
    "copyright",
    "больше на",
    "больше новостей",
    "ещё на",
    "еще на",
    "поддержите",
    "подписывайтесь",
    "подпишитесь",
    "поделиться",
    "следите за",
    "все права защищены",
    "daha çox",
    "dəstək ol",
    "abunə ol",
    "paylaş",
    "bizi izləyin",
    "bütün hüquqlar qorunur",
];

/// What the classifier found, besides the kinds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Classification {
    pub kinds: Vec<ParagraphKind>,
    /// The description recovered from line-1 attribute junk.
    pub description: Option<String>,
    /// The outlet named by a footer such as "More on `JAMnews`".
    pub outlet: Option<String>,
}

/// The text a leftover HTML attribute line holds (`… description text" />`), if it is one.
pub fn junk_description(text: &str) -> Option<String> {
    let trimmed = text.trim_end();
    let body = trimmed
        .strip_suffix("/>")
        .or_else(|| trimmed.strip_suffix('>'))?
        .trim_end();
    let body = body.strip_suffix('"').or_else(|| body.strip_suffix('\''))?;
    let body = match body.rfind("content=\"") {
        Some(position) => &body[position + "content=\"".len()..],
        None => body,
    };
    let description = unescape_entities(body.trim());
    Some(description)
}

fn unescape_entities(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// A comparison key: lower-case letters and digits only.
fn normalised(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn starts_with_any(text: &str, prefixes: &[&str]) -> bool {
    let lowered = text.to_lowercase();
    prefixes.iter().any(|prefix| lowered.starts_with(prefix))
}

fn is_teaser(text: &str) -> bool {
    text.starts_with(TEASER_BULLETS) || starts_with_any(text, TEASER_PREFIXES)
}

fn is_footer_phrase(text: &str) -> bool {
    word_count(text) <= 12 && starts_with_any(text, FOOTER_PREFIXES)
}

fn has_letter_or_digit(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

fn looks_like_markup(text: &str) -> bool {
    let trimmed = text.trim();
    (trimmed.starts_with('<') && trimmed.ends_with('>'))
        || (trimmed.contains("=\"") && trimmed.ends_with("/>"))
}

/// A short line without final punctuation: a sub-heading when it stands between body text.
fn is_heading_shaped(text: &str) -> bool {
    let words = word_count(text);
    (1..=14).contains(&words)
        && text.chars().count() <= 120
        && !ends_with_final_punctuation(text)
        && !text.ends_with(',')
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric() || c == '«' || c == '"')
}

fn outlet_from_footer(text: &str) -> Option<String> {
    let lowered = text.to_lowercase();
    [
        "more on ",
        "support ",
        "больше на ",
        "поддержите ",
        "daha çox ",
    ]
    .iter()
    .find(|prefix| lowered.starts_with(*prefix))
    .and_then(|prefix| text.get(prefix.len()..))
    .map(|outlet| {
        let outlet = outlet.trim().trim_end_matches(['.', '!']);
        // Azerbaijani locative suffix: "JAMnews-da".
        let outlet = ["-da", "-də"]
            .iter()
            .find_map(|suffix| outlet.strip_suffix(suffix))
            .unwrap_or(outlet);
        outlet.to_owned()
    })
    .filter(|outlet| !outlet.is_empty() && word_count(outlet) <= 3)
}

/// Classifies the paragraphs of an article dump.
pub fn classify(paragraphs: &[RawParagraph]) -> Classification {
    let mut kinds = vec![ParagraphKind::Body; paragraphs.len()];
    let mut description = None;

    // Markup leftovers and lines with no words.
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let text = &paragraph.text;
        if index == 0
            && let Some(found) = junk_description(text)
        {
            kinds[0] = ParagraphKind::Junk;
            description = Some(found).filter(|found| !found.is_empty());
        } else if !has_letter_or_digit(text) || looks_like_markup(text) {
            kinds[index] = ParagraphKind::Junk;
        } else if paragraph.markdown_heading.is_some() {
            kinds[index] = ParagraphKind::Heading;
        } else if is_teaser(text) {
            kinds[index] = ParagraphKind::Teaser;
        } else if is_footer_phrase(text) {
            kinds[index] = ParagraphKind::Footer;
        }
    }

    // Headline: the first remaining paragraph (a Markdown level-1 heading if there is one first).
    let Some(headline) = (0..paragraphs.len()).find(|&index| {
        matches!(kinds[index], ParagraphKind::Body | ParagraphKind::Heading)
            && paragraphs[index]
                .markdown_heading
                .is_none_or(|level| level == 1)
    }) else {
        return Classification {
            kinds,
            description,
            outlet: None,
        };
    };
    kinds[headline] = ParagraphKind::Headline;

    // Lead: the paragraph after the headline, when it repeats the description, reads like a
    // stand-first (no final punctuation) or is repeated later on.
    let headline_key = normalised(&paragraphs[headline].text);
    let description_key = description.as_deref().map(normalised);
    let mut lead = None;
    let mut cursor = headline + 1;
    while cursor < paragraphs.len() {
        let key = normalised(&paragraphs[cursor].text);
        if key == headline_key {
            kinds[cursor] = ParagraphKind::Duplicate;
            cursor += 1;
            continue;
        }
        if kinds[cursor] == ParagraphKind::Body {
            let text = &paragraphs[cursor].text;
            let matches_description = description_key.as_deref() == Some(key.as_str());
            let repeated = paragraphs[cursor + 1..]
                .iter()
                .any(|later| normalised(&later.text) == key);
            let stand_first = !ends_with_final_punctuation(text) && word_count(text) >= 3;
            if matches_description || repeated || stand_first {
                kinds[cursor] = ParagraphKind::Lead;
                lead = Some(cursor);
            }
        }
        break;
    }

    // Duplicates: a later copy of any translatable paragraph.
    let mut seen: HashSet<String> = HashSet::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        if kinds[index].is_translatable() && !seen.insert(normalised(&paragraph.text)) {
            kinds[index] = ParagraphKind::Duplicate;
        }
    }

    // Trailing boilerplate: after the last paragraph that ends a sentence, short unpunctuated
    // lines are site furniture, not headings.
    let first_content = lead.unwrap_or(headline) + 1;
    let last_sentence = (first_content..paragraphs.len()).rev().find(|&index| {
        kinds[index] == ParagraphKind::Body
            && (ends_with_final_punctuation(&paragraphs[index].text)
                || !is_heading_shaped(&paragraphs[index].text))
    });
    let tail_start = last_sentence.map_or(first_content, |index| index + 1);
    for index in tail_start..paragraphs.len() {
        if kinds[index] == ParagraphKind::Body && is_heading_shaped(&paragraphs[index].text) {
            kinds[index] = ParagraphKind::Footer;
        }
    }

    // Sub-headings: short unpunctuated lines between the lead and the last body paragraph.
    for index in first_content..tail_start {
        if kinds[index] == ParagraphKind::Body && is_heading_shaped(&paragraphs[index].text) {
            kinds[index] = ParagraphKind::Heading;
        }
    }

    let outlet = paragraphs
        .iter()
        .zip(&kinds)
        .filter(|(_, kind)| **kind == ParagraphKind::Footer)
        .find_map(|(paragraph, _)| outlet_from_footer(&paragraph.text));
    Classification {
        kinds,
        description,
        outlet,
    }
}

#[cfg(test)]
mod tests {
    use super::super::split::split_paragraphs;
    use super::*;

    fn kinds_of(text: &str) -> Vec<(String, ParagraphKind)> {
        let paragraphs = split_paragraphs(text, false);
        let classification = classify(&paragraphs);
        paragraphs
            .into_iter()
            .map(|paragraph| paragraph.text)
            .zip(classification.kinds)
            .collect()
    }

    #[test]
    fn junk_line_gives_the_description() {
        assert_eq!(
            junk_description("Police detained dozens &quot;in Baku&quot; \" />").as_deref(),
            Some("Police detained dozens \"in Baku\"")
        );
        assert_eq!(
            junk_description("<meta name=\"description\" content=\"Text here\" />").as_deref(),
            Some("Text here")
        );
        assert_eq!(junk_description("A normal sentence."), None);
    }

    #[test]
    fn a_dump_without_junk_still_finds_headline_and_lead() {
        let text = "Title of the story\n\nA stand-first that has no final stop\n\n\
                    First body paragraph.\n\nSecond body paragraph.\n\nSupport JAMnews\n";
        let kinds: Vec<ParagraphKind> = kinds_of(text).into_iter().map(|(_, kind)| kind).collect();
        assert_eq!(
            kinds,
            vec![
                ParagraphKind::Headline,
                ParagraphKind::Lead,
                ParagraphKind::Body,
                ParagraphKind::Body,
                ParagraphKind::Footer
            ]
        );
    }

    #[test]
    fn repeated_headline_and_paragraphs_are_duplicates() {
        let text = "Title\n\nTitle\n\nThe lead sentence is here.\n\nBody one.\n\n\
                    The lead sentence is here.\n\nBody two.\n";
        let kinds: Vec<ParagraphKind> = kinds_of(text).into_iter().map(|(_, kind)| kind).collect();
        assert_eq!(
            kinds,
            vec![
                ParagraphKind::Headline,
                ParagraphKind::Duplicate,
                ParagraphKind::Lead,
                ParagraphKind::Body,
                ParagraphKind::Duplicate,
                ParagraphKind::Body
            ]
        );
    }

    #[test]
    fn separators_and_markup_are_junk() {
        let text = "Title\n\nLead text without a stop here\n\n***\n\nBody.\n\n<div class=\"x\">\n\nMore.\n";
        let kinds: Vec<ParagraphKind> = kinds_of(text).into_iter().map(|(_, kind)| kind).collect();
        assert_eq!(kinds[2], ParagraphKind::Junk);
        assert_eq!(kinds[4], ParagraphKind::Junk);
    }
}
