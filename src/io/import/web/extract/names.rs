//! What tags, classes, ids and attributes say about an element: which elements hold no text,
//! which end a paragraph, and which names mark page furniture, teasers, leads, captions or the
//! article itself.

/// Elements whose content is never text: never shown, never extracted.
pub(super) const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "embed",
    "canvas", "video", "audio", "map", "select", "textarea", "button", "input",
];

/// Elements that end a paragraph of running text.
pub(super) const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "figure",
    "figcaption",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "form",
    "address",
    "hr",
    "center",
    "details",
    "summary",
    "body",
    "tbody",
    "thead",
    "tfoot",
];

pub(super) const UNLIKELY: &[&str] = &[
    "-ad-",
    "ad-break",
    "agegate",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "share",
    "newsletter",
    "subscribe",
    "cookie",
    "promo",
    "navbar",
    "masthead",
    "toolbar",
    // Text only printouts show ("This page was printed from …").
    "print-only",
    "printonly",
    "print-footer",
    "printfooter",
    "print-info",
    "visible-print",
];
pub(super) const MAYBE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "shadow",
];
pub(super) const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];
pub(super) const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "social",
    "newsletter",
    "byline",
    "toolbar",
    "recommend",
    "print-only",
    "printonly",
    "print-footer",
    "printfooter",
];
pub(super) const TEASER_HINTS: &[&str] = &[
    "related",
    "recommend",
    "more-",
    "also",
    "read-more",
    "teaser",
];
pub(super) const LEAD_HINTS: &[&str] = &[
    "lead",
    "standfirst",
    "intro",
    "summary",
    "dek",
    "subtitle",
    "subhead",
    "excerpt",
];
pub(super) const CAPTION_HINTS: &[&str] =
    &["caption", "credit", "photo-text", "image-text", "img-text"];
/// Short page furniture inside articles: datelines, rubrics, kickers.
pub(super) const INFO_HINTS: &[&str] = &[
    "date",
    "timestamp",
    "rubric",
    "category",
    "kicker",
    "breadcrumb",
    "published",
];

pub(super) fn contains_any(haystack: &str, needles: &[&str]) -> bool {
    needles.iter().any(|needle| haystack.contains(needle))
}

/// Whether an element's text is never part of the article: a skipped element (scripts,
/// styles, forms …) or one the page hides. A formula kept as TeX in a script (`MathJax`'s
/// `<script type="math/tex">`) is text: "close to c \cdot n characters" keeps its formula.
pub(super) fn left_out(element: &scraper::node::Element) -> bool {
    let tag = element.name().to_ascii_lowercase();
    let formula = tag == "script"
        && element
            .attr("type")
            .is_some_and(|kind| kind.trim().to_ascii_lowercase().starts_with("math/tex"));
    (SKIPPED.contains(&tag.as_str()) && !formula) || is_hidden(element) || is_permalink(element)
}

/// Whether an element is a heading's permalink marker (Sphinx's and `MkDocs`' `¶` after each
/// heading, `#` or `§` anchors elsewhere): a link into the page itself named as such.
pub(super) fn is_permalink(element: &scraper::node::Element) -> bool {
    if !element.name().eq_ignore_ascii_case("a")
        || !element
            .attr("href")
            .is_some_and(|href| href.starts_with('#'))
    {
        return false;
    }
    let class = element
        .attr("class")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let title = element
        .attr("title")
        .unwrap_or_default()
        .to_ascii_lowercase();
    [
        "headerlink",
        "header-anchor",
        "heading-anchor",
        "anchor-link",
        "anchorjs-link",
    ]
    .iter()
    .any(|name| class.contains(name))
        || title.contains("permalink")
        || title.contains("link to this")
}

/// Whether the page hides an element (`hidden`, `aria-hidden`, `display: none`).
pub(super) fn is_hidden(element: &scraper::node::Element) -> bool {
    element.attr("hidden").is_some()
        || element.attr("aria-hidden") == Some("true")
        || element.attr("style").is_some_and(|style| {
            let style = style.replace(' ', "").to_ascii_lowercase();
            style.contains("display:none") || style.contains("visibility:hidden")
        })
}
