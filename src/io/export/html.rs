//! A standalone HTML page of a translated article: `lang` and `dir`, the article's metadata,
//! and schema.org `NewsArticle` JSON-LD saying what it is a translation of.

use std::fmt::Write as _;

use super::{TranslatedArticle, deliverable_text, is_web_address};
use crate::model::{LanguageTag, Metadata, ParagraphKind, Project};

/// Escapes text for HTML content and attribute values (after making it deliverable: see
/// [`deliverable_text`]).
pub(super) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in deliverable_text(text).chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// Languages written right to left (by primary subtag).
pub(super) fn direction(language: &LanguageTag) -> &'static str {
    match language.primary() {
        "ar" | "he" | "fa" | "ur" | "yi" | "ps" | "dv" | "sd" | "ug" | "ckb" => "rtl",
        _ => "ltr",
    }
}

/// The JSON-LD block: a `NewsArticle` in the target language that is a translation of the
/// original article.
fn json_ld(metadata: &Metadata, article: &TranslatedArticle) -> String {
    let mut original = serde_json::json!({
        "@type": "NewsArticle",
        "inLanguage": article.source_language.as_str(),
        "headline": metadata.title,
    });
    if is_web_address(&metadata.url) {
        original["url"] = metadata.url.clone().into();
    }
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "inLanguage": article.language.as_str(),
        "translationOfWork": original,
    });
    if !metadata.author.is_empty() {
        value["author"] = serde_json::json!({"@type": "Person", "name": metadata.author});
    }
    if !metadata.outlet.is_empty() {
        value["publisher"] = serde_json::json!({"@type": "Organization", "name": metadata.outlet});
    }
    if !metadata.published.is_empty() {
        value["datePublished"] = metadata.published.clone().into();
    }
    if !metadata.modified.is_empty() {
        value["dateModified"] = metadata.modified.clone().into();
    }
    if !metadata.description.is_empty() {
        value["description"] = metadata.description.clone().into();
    }
    let text = serde_json::to_string_pretty(&value).unwrap_or_default();
    // Inside <script>, "</script" would end the element early and "<!--" would change how
    // the rest is read: no "<" is left as it is (\u003c is the same character to JSON).
    text.replace('<', "\\u003c")
}

const STYLE: &str = "body{max-width:42em;margin:2em auto;padding:0 1em;\
font-family:Georgia,'DejaVu Serif',serif;line-height:1.55;color:#222}\
h1{line-height:1.2}.lead{font-weight:bold}.caption{font-style:italic;color:#555}\
.byline,.provenance{color:#555;font-size:.9em}\
.untranslated{border-left:3px solid #c60;padding-left:.6em}\
blockquote{margin-left:1em;padding-left:1em;border-left:3px solid #ccc}";

/// The page.
pub fn html_page(project: &Project, article: &TranslatedArticle) -> String {
    let metadata = &project.metadata;
    let language = article.language.as_str();
    let mut page = String::new();
    // Writing to a String cannot fail; the results are ignored for that reason only.
    writeln!(page, "<!DOCTYPE html>").ok();
    writeln!(
        page,
        "<html lang=\"{}\" dir=\"{}\">",
        escape(language),
        direction(&article.language)
    )
    .ok();
    page.push_str("<head>\n<meta charset=\"utf-8\">\n");
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    writeln!(page, "<title>{}</title>", escape(&article.title)).ok();
    if !metadata.author.is_empty() {
        writeln!(
            page,
            "<meta name=\"author\" content=\"{}\">",
            escape(&metadata.author)
        )
        .ok();
    }
    if is_web_address(&metadata.url) {
        writeln!(
            page,
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            escape(article.source_language.as_str()),
            escape(&metadata.url)
        )
        .ok();
    }
    writeln!(
        page,
        "<meta name=\"generator\" content=\"Diptych {}\">",
        env!("CARGO_PKG_VERSION")
    )
    .ok();
    writeln!(page, "<style>{STYLE}</style>").ok();
    writeln!(
        page,
        "<script type=\"application/ld+json\">\n{}\n</script>",
        json_ld(metadata, article)
    )
    .ok();
    page.push_str("</head>\n<body>\n<article>\n<header>\n");
    let has_headline = article
        .blocks
        .iter()
        .any(|block| block.kind == ParagraphKind::Headline);
    if !has_headline {
        writeln!(page, "<h1>{}</h1>", escape(&article.title)).ok();
    }
    let mut byline: Vec<String> = Vec::new();
    for part in [&metadata.author, &metadata.outlet, &metadata.published] {
        if !part.is_empty() {
            byline.push(escape(part));
        }
    }
    let mut body = String::new();
    for block in &article.blocks {
        let text = escape(&block.text).replace('\n', "<br>\n");
        let mut classes: Vec<&str> = match block.kind {
            ParagraphKind::Lead => vec!["lead"],
            ParagraphKind::Caption => vec!["caption"],
            _ => Vec::new(),
        };
        let mut attributes = String::new();
        if block.is_source {
            // A paragraph kept in the source language says so, and which language it is in.
            classes.push("untranslated");
            write!(
                attributes,
                " lang=\"{}\" title=\"Not translated yet: the source text\"",
                escape(article.source_language.as_str())
            )
            .ok();
        }
        if !classes.is_empty() {
            attributes = format!(" class=\"{}\"{attributes}", classes.join(" "));
        }
        let element = match block.kind {
            ParagraphKind::Headline => format!("<h1{attributes}>{text}</h1>\n"),
            ParagraphKind::Heading => format!("<h2{attributes}>{text}</h2>\n"),
            ParagraphKind::Quote => {
                format!("<blockquote{attributes}><p>{text}</p></blockquote>\n")
            }
            ParagraphKind::Lead
            | ParagraphKind::Caption
            | ParagraphKind::Body
            | ParagraphKind::Junk
            | ParagraphKind::Duplicate
            | ParagraphKind::Teaser
            | ParagraphKind::Footer => format!("<p{attributes}>{text}</p>\n"),
        };
        if block.kind == ParagraphKind::Headline && body.is_empty() {
            // The headline belongs in the header, before the byline.
            page.push_str(&element);
        } else {
            body.push_str(&element);
        }
    }
    if !byline.is_empty() {
        writeln!(page, "<p class=\"byline\">{}</p>", byline.join(" · ")).ok();
    }
    page.push_str("</header>\n");
    page.push_str(&body);
    page.push_str("<footer class=\"provenance\">\n<p>");
    write!(
        page,
        "Translated from {} ({}).",
        escape(&article.source_language.display_name()),
        escape(article.source_language.as_str())
    )
    .ok();
    if !metadata.title.is_empty() {
        write!(page, " Original title: «{}».", escape(&metadata.title)).ok();
    }
    if is_web_address(&metadata.url) {
        write!(
            page,
            " Original: <a href=\"{0}\">{0}</a>.",
            escape(&metadata.url)
        )
        .ok();
    } else if !metadata.url.is_empty() {
        // Not a web address (a page can claim anything): shown, never a link.
        write!(page, " Original: {}.", escape(&metadata.url)).ok();
    }
    page.push_str("</p>\n</footer>\n</article>\n</body>\n</html>\n");
    page
}
