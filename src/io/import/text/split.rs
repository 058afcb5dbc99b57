//! Splitting article text into raw paragraphs with their byte ranges in the original.
//!
//! Blank lines always separate paragraphs. Inside a block, a line break separates paragraphs
//! too, unless the text was hard-wrapped (the line does not end a sentence and the next one
//! starts in lower case), in which case the lines are joined.

use std::ops::Range;

/// A paragraph as found in the text, before classification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawParagraph {
    /// The cleaned text: lines trimmed and joined, runs of white space collapsed.
    pub text: String,
    /// Where it stands in the original text.
    pub byte_range: Range<usize>,
    /// A Markdown heading level (`#` count), when the source was Markdown.
    pub markdown_heading: Option<usize>,
}

/// One line of the text, without its line break.
struct Line<'a> {
    text: &'a str,
    start: usize,
}

/// The lines of `text` with where each starts. A line ends at `\n`, `\r\n` or a lone `\r`
/// (classic Mac OS files, and some web forms, use CR alone).
fn lines(text: &str) -> Vec<Line<'_>> {
    let bytes = text.as_bytes();
    let mut result = Vec::new();
    let mut start = 0;
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'\n' => {
                result.push(Line {
                    text: &text[start..index],
                    start,
                });
                index += 1;
                start = index;
            }
            b'\r' => {
                result.push(Line {
                    text: &text[start..index],
                    start,
                });
                index += if bytes.get(index + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = index;
            }
            _ => index += 1,
        }
    }
    if start < bytes.len() {
        result.push(Line {
            text: &text[start..],
            start,
        });
    }
    result
}

/// The lines of `text`, split at `\n`, `\r\n` or a lone `\r`, without their line breaks.
pub fn split_lines(text: &str) -> Vec<&str> {
    lines(text).into_iter().map(|line| line.text).collect()
}

/// Collapses runs of white space (including no-break spaces) to one space and trims.
pub fn clean_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a line ends a sentence (so the next line is a new paragraph, not a continuation).
pub fn ends_with_final_punctuation(text: &str) -> bool {
    let trimmed = text
        .trim_end()
        .trim_end_matches(['"', '\'', '»', '”', '’', ')', ']', '“']);
    trimmed
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…' | ':' | ';'))
}

fn markdown_heading(line: &str) -> Option<(usize, &str)> {
    let trimmed = line.trim_start();
    let level = trimmed.chars().take_while(|c| *c == '#').count();
    if (1..=6).contains(&level) {
        let rest = &trimmed[level..];
        if rest.starts_with(' ') || rest.is_empty() {
            return Some((level, rest.trim()));
        }
    }
    None
}

/// Splits `text` into raw paragraphs. With `markdown`, `#` headings become their own paragraphs
/// with the markers removed from the cleaned text.
pub fn split_paragraphs(text: &str, markdown: bool) -> Vec<RawParagraph> {
    let mut paragraphs = Vec::new();
    let mut current: Option<(Vec<&str>, Range<usize>)> = None;
    let flush = |current: &mut Option<(Vec<&str>, Range<usize>)>, out: &mut Vec<RawParagraph>| {
        if let Some((parts, byte_range)) = current.take() {
            out.push(RawParagraph {
                text: clean_whitespace(&parts.join(" ")),
                byte_range,
                markdown_heading: None,
            });
        }
    };
    for line in lines(text) {
        if line.text.trim().is_empty() {
            flush(&mut current, &mut paragraphs);
            continue;
        }
        let leading = line.text.len() - line.text.trim_start().len();
        let trimmed = line.text.trim();
        let range = line.start + leading..line.start + leading + trimmed.len();
        if markdown && let Some((level, heading)) = markdown_heading(trimmed) {
            flush(&mut current, &mut paragraphs);
            paragraphs.push(RawParagraph {
                text: clean_whitespace(heading),
                byte_range: range,
                markdown_heading: Some(level),
            });
            continue;
        }
        let continues = current.as_ref().is_some_and(|(parts, _)| {
            let previous = parts.last().copied().unwrap_or_default();
            let next_lower = trimmed.chars().next().is_some_and(char::is_lowercase);
            let list_item = trimmed.starts_with(['•', '-', '*']);
            (markdown && !list_item) || (!ends_with_final_punctuation(previous) && next_lower)
        });
        if continues {
            if let Some((parts, byte_range)) = current.as_mut() {
                parts.push(trimmed);
                byte_range.end = range.end;
            }
        } else {
            flush(&mut current, &mut paragraphs);
            current = Some((vec![trimmed], range));
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_and_single_lines_separate_paragraphs() {
        let text = "Title\r\n\r\nFirst one.\nSecond one.\n\n\u{a0}Third\u{a0} one.\u{a0}\n";
        let paragraphs = split_paragraphs(text, false);
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["Title", "First one.", "Second one.", "Third one."]
        );
        for paragraph in &paragraphs {
            let slice = &text[paragraph.byte_range.clone()];
            assert_eq!(clean_whitespace(slice), paragraph.text);
        }
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let text = "The police have prevented an unauthorized\nopposition rally in Baku.\nNext.";
        let paragraphs = split_paragraphs(text, false);
        assert_eq!(paragraphs.len(), 2);
        assert_eq!(
            paragraphs[0].text,
            "The police have prevented an unauthorized opposition rally in Baku."
        );
        assert_eq!(paragraphs[0].byte_range, 0..67);
    }

    #[test]
    fn markdown_headings_and_wrapped_paragraphs() {
        let text = "# Big title\n\nSome text\nWrapped On.\n\n## Sub\n- item one\n- item two\n";
        let paragraphs = split_paragraphs(text, true);
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Big title",
                "Some text Wrapped On.",
                "Sub",
                "- item one",
                "- item two"
            ]
        );
        assert_eq!(paragraphs[0].markdown_heading, Some(1));
        assert_eq!(paragraphs[2].markdown_heading, Some(2));
        assert_eq!(&text[paragraphs[0].byte_range.clone()], "# Big title");
    }

    #[test]
    fn carriage_returns_alone_break_lines_as_old_mac_files_have_them() {
        let text = "Headline\r\rFirst paragraph.\rSecond paragraph.\r";
        let paragraphs = split_paragraphs(text, false);
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["Headline", "First paragraph.", "Second paragraph."]);
        for paragraph in &paragraphs {
            assert_eq!(&text[paragraph.byte_range.clone()], paragraph.text);
        }
        assert_eq!(split_lines("a\rb\r\nc\nd"), ["a", "b", "c", "d"]);
        assert_eq!(split_lines("a\n\nb\n"), ["a", "", "b"]);
    }
}
