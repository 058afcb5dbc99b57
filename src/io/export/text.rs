//! Plain text and Markdown exports of a translated article.

use super::TranslatedArticle;
use crate::model::ParagraphKind;

/// The headline, then every paragraph, separated by blank lines. Line breaks inside a
/// paragraph are kept.
pub fn plain_text(article: &TranslatedArticle) -> String {
    let mut blocks: Vec<&str> = Vec::new();
    if !article
        .blocks
        .iter()
        .any(|block| block.kind == ParagraphKind::Headline)
        && !article.title.is_empty()
    {
        blocks.push(&article.title);
    }
    blocks.extend(article.blocks.iter().map(|block| block.text.as_str()));
    let mut text = blocks.join("\n\n");
    text.push('\n');
    text
}

/// Markdown: `#` for the headline, `##` for headings, `>` for quotes, the lead in bold and
/// captions in italics. Characters Markdown would read as markup are escaped, so the text
/// comes out as written.
pub fn markdown(article: &TranslatedArticle) -> String {
    let mut blocks: Vec<String> = Vec::new();
    if !article
        .blocks
        .iter()
        .any(|block| block.kind == ParagraphKind::Headline)
        && !article.title.is_empty()
    {
        blocks.push(format!("# {}", escape_markdown(&article.title)));
    }
    for block in &article.blocks {
        let text = escape_markdown(&block.text);
        blocks.push(match block.kind {
            ParagraphKind::Headline => format!("# {}", text.replace('\n', " ")),
            ParagraphKind::Heading => format!("## {}", text.replace('\n', " ")),
            ParagraphKind::Lead => format!("**{text}**"),
            ParagraphKind::Quote => text
                .lines()
                .map(|line| format!("> {line}"))
                .collect::<Vec<_>>()
                .join("\n"),
            ParagraphKind::Caption => format!("*{text}*"),
            ParagraphKind::Body
            | ParagraphKind::Junk
            | ParagraphKind::Duplicate
            | ParagraphKind::Teaser
            | ParagraphKind::Footer => text,
        });
    }
    let mut text = blocks.join("\n\n");
    text.push('\n');
    text
}

/// Escapes what Markdown would take for markup: emphasis, code, links and HTML anywhere, and
/// headings, quotes, lists and rules at the start of a line.
fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for line in text.split('\n') {
        if !escaped.is_empty() {
            escaped.push('\n');
        }
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        escaped.push_str(indent);
        let mut rest = trimmed;
        // A list item, heading, quote or rule at the start of the line.
        if let Some(first) = rest.chars().next()
            && matches!(first, '#' | '>' | '-' | '+' | '=' | '|')
        {
            escaped.push('\\');
            escaped.push(first);
            rest = &rest[first.len_utf8()..];
        } else {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            if digits > 0 && matches!(rest[digits..].chars().next(), Some('.' | ')')) {
                escaped.push_str(&rest[..digits]);
                escaped.push('\\');
                rest = &rest[digits..];
            }
        }
        for character in rest.chars() {
            if matches!(
                character,
                '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '~' | '&'
            ) {
                escaped.push('\\');
            }
            escaped.push(character);
        }
    }
    escaped
}
