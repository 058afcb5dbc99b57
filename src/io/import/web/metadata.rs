//! What a web page says about itself: `<meta>` tags, OpenGraph, JSON-LD, `<html lang dir>`,
//! `<link rel=canonical>`, and the comments that SingleFile and browsers leave when saving.

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

/// Page metadata; empty strings mean "not stated".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMetadata {
    pub title: String,
    pub byline: String,
    pub published: String,
    pub modified: String,
    pub site_name: String,
    pub lang: String,
    pub dir: String,
    pub canonical: String,
    pub description: String,
    /// From the SingleFile header or the browser's "saved from" comment.
    pub saved_url: String,
    pub saved_date: String,
    pub saved_by: String,
    /// The article's text from its JSON-LD `articleBody`, paragraphs kept apart by line
    /// breaks (empty when there is none).
    pub article_body: String,
}

/// Elements matching `css` (none when the selector does not parse).
pub fn select<'a>(root: ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    Selector::parse(css)
        .map(|selector| root.select(&selector).collect())
        .unwrap_or_default()
}

/// Collapses white space runs to single spaces and trims.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn element_text(element: ElementRef<'_>) -> String {
    collapse(&element.text().collect::<String>())
}

/// The metadata of `document`; `source` is the decoded page text (for the save comments).
pub fn page_metadata(document: &Html, source: &str) -> PageMetadata {
    let root = document.root_element();
    let mut metas: Vec<(String, String)> = Vec::new();
    for meta in select(root, "meta") {
        let value = meta.value();
        let Some(content) = value.attr("content") else {
            continue;
        };
        for key in ["property", "name", "itemprop", "http-equiv"] {
            if let Some(name) = value.attr(key) {
                metas.push((name.trim().to_ascii_lowercase(), collapse(content)));
            }
        }
    }
    let meta = |names: &[&str]| -> String {
        names
            .iter()
            .find_map(|name| {
                metas
                    .iter()
                    .find(|(key, value)| key == name && !value.is_empty())
                    .map(|(_, value)| value.clone())
            })
            .unwrap_or_default()
    };
    let linked = json_ld_article(root);
    let field = |key: &str| -> String {
        linked
            .as_ref()
            .and_then(|article| article.get(key))
            .and_then(Value::as_str)
            .map(collapse)
            .unwrap_or_default()
    };
    let first = |candidates: Vec<String>| -> String {
        candidates
            .into_iter()
            .find(|candidate| !candidate.is_empty())
            .unwrap_or_default()
    };
    let page_title = first(vec![
        meta(&[
            "dc:title",
            "dcterm:title",
            "og:title",
            "twitter:title",
            "parsely-title",
            "sailthru.title",
        ]),
        title_from_title_element(root),
    ]);
    // A JSON-LD headline that shares no word with the page's own title is something else (some
    // sites put a description there).
    let headline = Some(field("headline"))
        .filter(|headline| page_title.is_empty() || share_a_word(headline, &page_title))
        .unwrap_or_default();
    let title = first(vec![headline, page_title]);
    let byline = first(vec![
        linked.as_ref().map(json_ld_authors).unwrap_or_default(),
        meta(&["author", "dc:creator", "parsely-author", "sailthru.author"]),
        Some(meta(&["article:author"]))
            .filter(|value| !value.starts_with("http"))
            .unwrap_or_default(),
        byline_from_page(root),
    ]);
    let html = root.value();
    let (saved_url, saved_date, saved_by) = save_comment(source);
    let article_body = linked
        .as_ref()
        .and_then(|article| article.get("articleBody"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    PageMetadata {
        article_body,
        title,
        byline,
        published: first(vec![
            field("datePublished"),
            meta(&[
                "article:published_time",
                "og:published_time",
                "date",
                "pubdate",
                "publishdate",
                "dc.date",
            ]),
        ]),
        modified: first(vec![
            field("dateModified"),
            meta(&["article:modified_time", "og:updated_time", "last-modified"]),
        ]),
        site_name: first(vec![
            meta(&["og:site_name"]),
            linked
                .as_ref()
                .and_then(|article| article.get("publisher"))
                .and_then(|publisher| publisher.get("name"))
                .and_then(Value::as_str)
                .map(collapse)
                .unwrap_or_default(),
            meta(&["application-name"]),
        ]),
        lang: first(vec![
            html.attr("lang")
                .map(str::trim)
                .unwrap_or_default()
                .to_owned(),
            html.attr("xml:lang")
                .map(str::trim)
                .unwrap_or_default()
                .to_owned(),
            field("inLanguage"),
            meta(&["content-language", "og:locale"]).replace('_', "-"),
        ]),
        dir: html
            .attr("dir")
            .map(|dir| dir.trim().to_ascii_lowercase())
            .unwrap_or_default(),
        canonical: first(vec![
            select(root, "link[rel=canonical]")
                .first()
                .and_then(|link| link.value().attr("href"))
                .map(str::trim)
                .unwrap_or_default()
                .to_owned(),
            meta(&["og:url"]),
            field("url"),
        ]),
        description: first(vec![
            meta(&["og:description", "description", "twitter:description"]),
            field("description"),
        ]),
        saved_url,
        saved_date,
        saved_by,
    }
}

/// What separates a headline from the site's name in a `<title>`.
const SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " » ", " :: "];

/// The `<title>`: the part of it that is the page's own h1, or the title without a trailing
/// " | Site" or " - Site" when what remains is a real title.
fn title_from_title_element(root: ElementRef<'_>) -> String {
    let Some(title) = select(root, "title")
        .first()
        .map(|title| element_text(*title))
    else {
        return String::new();
    };
    // A part of the title that is the page's own h1 is the title, however short ("Alignment —
    // Project 1.0 documentation", "Site | Headline").
    let headings: Vec<String> = select(root, "h1")
        .into_iter()
        .map(|heading| {
            // Sphinx and MkDocs end each heading with a permalink marker.
            element_text(heading)
                .trim_end_matches(|c: char| matches!(c, '¶' | '§' | '#') || c.is_whitespace())
                .to_lowercase()
        })
        .collect();
    let parts = SEPARATORS
        .iter()
        .flat_map(|separator| title.split(separator));
    if let Some(part) = parts
        .map(str::trim)
        .find(|part| !part.is_empty() && *part != title && headings.contains(&part.to_lowercase()))
    {
        return part.to_owned();
    }
    for separator in SEPARATORS {
        if let Some(at) = title.rfind(separator) {
            let head = title[..at].trim();
            if head.split_whitespace().count() >= 3 {
                return head.to_owned();
            }
        }
    }
    title
}

/// Whether two titles have a word of three letters or more in common (case aside).
fn share_a_word(left: &str, right: &str) -> bool {
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|word| word.chars().count() >= 3)
            .map(str::to_lowercase)
            .collect()
    };
    let right = words(right);
    words(left).iter().any(|word| right.contains(word))
}

/// A byline element inside the page: `rel=author`, `itemprop=author` or a byline class, but not
/// a photographer's credit inside a figure or caption.
fn byline_from_page(root: ElementRef<'_>) -> String {
    select(
        root,
        "[rel=author], [itemprop=author], .byline, .author, .article-author, .byline-name",
    )
    .into_iter()
    .filter(|element| !in_figure(*element))
    .map(element_text)
    .find(|text| !text.is_empty() && text.chars().count() < 100)
    .unwrap_or_default()
}

fn in_figure(element: ElementRef<'_>) -> bool {
    std::iter::once(*element)
        .chain(element.ancestors())
        .take(5)
        .filter_map(|node| node.value().as_element())
        .any(|ancestor| {
            let names = format!(
                "{} {}",
                ancestor.attr("class").unwrap_or_default(),
                ancestor.id().unwrap_or_default()
            )
            .to_ascii_lowercase();
            matches!(ancestor.name(), "figure" | "figcaption")
                || ["photo", "caption", "credit", "image", "img", "media"]
                    .iter()
                    .any(|hint| names.contains(hint))
        })
}

/// The first JSON-LD object describing an article (`…Article`, `BlogPosting`, `Report`).
fn json_ld_article(root: ElementRef<'_>) -> Option<Value> {
    for script in select(root, "script[type='application/ld+json']") {
        let raw: String = script.text().collect();
        let cleaned = raw
            .trim()
            .trim_start_matches("<![CDATA[")
            .trim_end_matches("]]>")
            .trim();
        let Ok(value) = serde_json::from_str::<Value>(cleaned) else {
            continue;
        };
        let mut pending = vec![value];
        while let Some(value) = pending.pop() {
            match value {
                Value::Array(items) => pending.extend(items.into_iter().rev()),
                Value::Object(ref object) => {
                    if let Some(graph) = object.get("@graph") {
                        pending.push(graph.clone());
                    }
                    if is_article_type(object.get("@type")) {
                        return Some(value);
                    }
                }
                _ => {}
            }
        }
    }
    None
}

fn is_article_type(kind: Option<&Value>) -> bool {
    let matches = |name: &str| {
        name.ends_with("Article") || name == "BlogPosting" || name == "Report" || name == "Review"
    };
    match kind {
        Some(Value::String(name)) => matches(name),
        Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).any(matches),
        _ => false,
    }
}

fn json_ld_authors(article: &Value) -> String {
    let name = |author: &Value| -> Option<String> {
        match author {
            Value::String(name) => Some(collapse(name)),
            Value::Object(object) => object.get("name").and_then(Value::as_str).map(collapse),
            _ => None,
        }
    };
    match article.get("author") {
        Some(Value::Array(authors)) => authors
            .iter()
            .filter_map(name)
            .filter(|name| !name.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        Some(author) => name(author).unwrap_or_default(),
        None => String::new(),
    }
}

/// The URL, date and tool from a SingleFile header comment or a browser's
/// `<!-- saved from url=(0042)… -->` comment near the top of the file.
fn save_comment(source: &str) -> (String, String, String) {
    let head = &source[..floor_boundary(source, 8192)];
    if let Some(start) = head.find("Page saved with SingleFile") {
        let comment = &head[start
            ..head[start..]
                .find("-->")
                .map_or(head.len(), |end| start + end)];
        let mut url = String::new();
        let mut date = String::new();
        for line in comment.lines() {
            let line = line.trim();
            if let Some(value) = line.strip_prefix("url:") {
                value.trim().clone_into(&mut url);
            } else if let Some(value) = line.strip_prefix("saved date:") {
                value.trim().clone_into(&mut date);
            }
        }
        return (url, date, "SingleFile".to_owned());
    }
    if let Some(start) = head.find("saved from url=(") {
        let rest = &head[start + "saved from url=(".len()..];
        let url = rest
            .split_once(')')
            .map(|(_, after)| after.split_whitespace().next().unwrap_or_default())
            .unwrap_or_default();
        return (
            url.to_owned(),
            String::new(),
            "web browser (Save Page As)".to_owned(),
        );
    }
    (String::new(), String::new(), String::new())
}

fn floor_boundary(text: &str, mut index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_and_opengraph_are_read_in_order() {
        let page = r#"<!DOCTYPE html><html lang="ru" dir="ltr"><head>
            <title>Заголовок | Сайт</title>
            <meta property="og:title" content="OG заголовок">
            <meta property="og:site_name" content="Новости Баку">
            <meta name="description" content="Описание статьи">
            <link rel="canonical" href="https://example.az/ru/1">
            <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},
              {"@type":["NewsArticle"],"headline":"Главный заголовок",
               "author":[{"@type":"Person","name":"Анна Гаджиева"},{"name":"Rauf Hacılı"}],
               "datePublished":"2026-11-12T09:00:00+04:00","dateModified":"2026-11-12T10:00:00+04:00"}]}
            </script></head><body><p>Текст</p></body></html>"#;
        let document = Html::parse_document(page);
        let metadata = page_metadata(&document, page);
        assert_eq!(metadata.title, "Главный заголовок");
        assert_eq!(metadata.byline, "Анна Гаджиева, Rauf Hacılı");
        assert_eq!(metadata.published, "2026-11-12T09:00:00+04:00");
        assert_eq!(metadata.modified, "2026-11-12T10:00:00+04:00");
        assert_eq!(metadata.site_name, "Новости Баку");
        assert_eq!(metadata.lang, "ru");
        assert_eq!(metadata.dir, "ltr");
        assert_eq!(metadata.canonical, "https://example.az/ru/1");
        assert_eq!(metadata.description, "Описание статьи");
    }

    #[test]
    fn a_photo_credit_is_not_the_byline() {
        let page = "<html><body><div class='photo-text'><span class='author'>Фото: агентство</span>\
                    </div><p class='byline'>Анар Мамедов</p></body></html>";
        let metadata = page_metadata(&Html::parse_document(page), page);
        assert_eq!(metadata.byline, "Анар Мамедов");
        let only_credit =
            "<figure><figcaption><span class='author'>Photo: AP</span></figcaption></figure>";
        let metadata = page_metadata(&Html::parse_document(only_credit), only_credit);
        assert_eq!(metadata.byline, "");
    }

    #[test]
    fn title_element_loses_its_site_suffix_and_save_comments_are_read() {
        let page = "<!--\n Page saved with SingleFile \n url: https://example.org/news/7 \n \
                    saved date: Tue Nov 24 2026 10:15:00 GMT+0400\n-->\n<html><head>\
                    <title>Metro fares rise again in Tbilisi - Example News</title></head></html>";
        let metadata = page_metadata(&Html::parse_document(page), page);
        assert_eq!(metadata.title, "Metro fares rise again in Tbilisi");
        assert_eq!(metadata.saved_url, "https://example.org/news/7");
        assert_eq!(metadata.saved_date, "Tue Nov 24 2026 10:15:00 GMT+0400");
        assert_eq!(metadata.saved_by, "SingleFile");
        let browser = "<!-- saved from url=(0022)http://example.org/a -->\n<html></html>";
        let metadata = page_metadata(&Html::parse_document(browser), browser);
        assert_eq!(metadata.saved_url, "http://example.org/a");
    }

    #[test]
    fn a_short_headline_is_taken_from_the_title_when_the_page_has_it_as_its_h1() {
        let title_of = |page: &str| page_metadata(&Html::parse_document(page), page).title;
        // Documentation: "Page — Project documentation", the page's h1 "Alignment".
        assert_eq!(
            title_of(
                "<html><head><title>Alignment — Diptych 1.0 documentation</title></head>\
                 <body><h1>Alignment</h1></body></html>"
            ),
            "Alignment"
        );
        // Sphinx ends the h1 with its permalink marker.
        assert_eq!(
            title_of(
                "<html><head><title>Captures — Archive 2.1 documentation</title></head>\
                 <body><h1>Captures<a class='headerlink' href='#captures'>¶</a></h1></body></html>"
            ),
            "Captures"
        );
        // The site first.
        assert_eq!(
            title_of(
                "<html><head><title>Caspian Times | Ganja tram</title></head>\
                 <body><h1>Ganja tram</h1></body></html>"
            ),
            "Ganja tram"
        );
        // Without such an h1 a one-word head keeps its suffix (it may be the whole title).
        assert_eq!(
            title_of("<html><head><title>Alignment — Diptych</title></head><body></body></html>"),
            "Alignment — Diptych"
        );
        // Parse.ly's and Sailthru's titles are read.
        assert_eq!(
            title_of(
                "<html><head><meta name='parsely-title' content='Baku metro to grow'>\
                 <title>Home</title></head></html>"
            ),
            "Baku metro to grow"
        );
    }

    #[test]
    fn a_json_ld_headline_unrelated_to_the_page_title_is_not_the_title() {
        // Some sites put a description where JSON-LD's headline belongs.
        let page = "<html><head><title>Ganja - Encyclopedia</title>\
                    <meta property='og:title' content='Ganja'>\
                    <script type='application/ld+json'>{\"@type\": \"Article\", \"name\": \"Ganja\",\
                    \"headline\": \"second-largest city of Azerbaijan\"}</script></head></html>";
        assert_eq!(
            page_metadata(&Html::parse_document(page), page).title,
            "Ganja"
        );
        let agreeing = page.replace(
            "second-largest city of Azerbaijan",
            "Ganja, the second city",
        );
        assert_eq!(
            page_metadata(&Html::parse_document(&agreeing), &agreeing).title,
            "Ganja, the second city"
        );
    }
}
