//! Finding the article in a parsed web page. Text-bearing elements are scored by length, commas
//! and link density, the scores flow to their ancestors, and the best-scoring container (with
//! its related siblings) is taken as the article. Inside it, blocks become paragraphs with a
//! kind; navigation, share bars, related-story lists and other furniture inside the article are
//! kept as excluded paragraphs. Everything else stays in the stored original. Every walk over
//! the tree is iterative, so deeply nested pages cannot exhaust the stack.

use std::collections::HashMap;

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::{Html, Node};

use crate::model::ParagraphKind;

/// One extracted paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: ParagraphKind,
    pub text: String,
}

/// Elements whose content is never text: never shown, never extracted.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "embed",
    "canvas", "video", "audio", "map", "select", "textarea", "button", "input",
];

/// Elements that end a paragraph of running text.
const BLOCKS: &[&str] = &[
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

const UNLIKELY: &[&str] = &[
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
];
const MAYBE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "shadow",
];
const POSITIVE: &[&str] = &[
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
const NEGATIVE: &[&str] = &[
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
];
const TEASER_HINTS: &[&str] = &[
    "related",
    "recommend",
    "more-",
    "also",
    "read-more",
    "teaser",
];
const LEAD_HINTS: &[&str] = &[
    "lead",
    "standfirst",
    "intro",
    "summary",
    "dek",
    "subtitle",
    "subhead",
    "excerpt",
];
const CAPTION_HINTS: &[&str] = &["caption", "credit", "photo-text", "image-text", "img-text"];
/// Short page furniture inside articles: datelines, rubrics, kickers.
const INFO_HINTS: &[&str] = &[
    "date",
    "timestamp",
    "rubric",
    "category",
    "kicker",
    "breadcrumb",
    "published",
];

fn contains_any(haystack: &str, needles: &[&str]) -> bool {
    needles.iter().any(|needle| haystack.contains(needle))
}

/// What the first pass learns about each element.
#[derive(Debug, Clone, Default)]
struct Info {
    parent: Option<usize>,
    /// The index of this element's last descendant (elements are stored in document order).
    end: usize,
    children: Vec<usize>,
    node: Option<NodeId>,
    tag: String,
    /// Lower-case `class` and `id`, space separated.
    names: String,
    role: String,
    text_len: usize,
    link_len: usize,
    commas: usize,
    paragraphs: usize,
    has_block_child: bool,
    /// This element or an ancestor looks like furniture (menus, comments, sidebars …).
    unlikely: bool,
    score: f32,
    scored: bool,
}

impl Info {
    fn link_density(&self) -> f32 {
        if self.text_len == 0 {
            0.0
        } else {
            self.link_len as f32 / self.text_len as f32
        }
    }

    fn class_weight(&self) -> f32 {
        let mut weight = 0.0;
        if contains_any(&self.names, NEGATIVE) {
            weight -= 25.0;
        }
        if contains_any(&self.names, POSITIVE) {
            weight += 25.0;
        }
        weight
    }

    fn base_score(&self) -> f32 {
        let tag_score = match self.tag.as_str() {
            "div" | "article" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        tag_score + self.class_weight()
    }
}

fn is_hidden(element: &scraper::node::Element) -> bool {
    element.attr("hidden").is_some()
        || element.attr("aria-hidden") == Some("true")
        || element.attr("style").is_some_and(|style| {
            let style = style.replace(' ', "").to_ascii_lowercase();
            style.contains("display:none") || style.contains("visibility:hidden")
        })
}

/// Chars of `text` with white space runs counted as one.
fn collapsed_len(text: &str) -> usize {
    let mut count = 0;
    let mut space = true;
    for c in text.chars() {
        if c.is_whitespace() {
            if !space {
                count += 1;
                space = true;
            }
        } else {
            count += 1;
            space = false;
        }
    }
    count
}

struct Tree {
    infos: Vec<Info>,
    index: HashMap<NodeId, usize>,
    /// The best-scoring element; its ancestors are never left out as furniture.
    best: Option<usize>,
}

/// First pass: per-element text statistics, aggregated bottom-up.
fn measure(document: &Html) -> Tree {
    let mut infos: Vec<Info> = Vec::new();
    let mut index = HashMap::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut skipping: Option<NodeId> = None;
    let mut link_depth = 0usize;
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(element) => {
                        let tag = element.name().to_ascii_lowercase();
                        if SKIPPED.contains(&tag.as_str()) || is_hidden(element) {
                            skipping = Some(node.id());
                            continue;
                        }
                        let parent = stack.last().copied();
                        let names = format!(
                            "{} {}",
                            element.attr("class").unwrap_or_default(),
                            element.id().unwrap_or_default()
                        )
                        .to_ascii_lowercase();
                        let role = element
                            .attr("role")
                            .unwrap_or_default()
                            .to_ascii_lowercase();
                        let parent_unlikely = parent.is_some_and(|parent| infos[parent].unlikely);
                        let own_unlikely = (contains_any(&names, UNLIKELY)
                            && !contains_any(&names, MAYBE)
                            && !matches!(tag.as_str(), "body" | "a" | "html" | "article" | "main"))
                            || matches!(
                                role.as_str(),
                                "menu" | "menubar" | "complementary" | "navigation" | "dialog"
                            )
                            || matches!(tag.as_str(), "nav" | "aside");
                        if tag == "a" {
                            link_depth += 1;
                        }
                        if let Some(parent) = parent
                            && BLOCKS.contains(&tag.as_str())
                        {
                            infos[parent].has_block_child = true;
                        }
                        let at = infos.len();
                        if let Some(parent) = parent {
                            infos[parent].children.push(at);
                        }
                        index.insert(node.id(), at);
                        stack.push(at);
                        infos.push(Info {
                            parent,
                            node: Some(node.id()),
                            paragraphs: usize::from(tag == "p"),
                            tag,
                            names,
                            role,
                            unlikely: parent_unlikely || own_unlikely,
                            ..Info::default()
                        });
                    }
                    Node::Text(text) => {
                        if let Some(&current) = stack.last() {
                            let length = collapsed_len(text);
                            let info = &mut infos[current];
                            info.text_len += length;
                            info.commas += text.matches([',', '，', '、', '،']).count();
                            if link_depth > 0 {
                                info.link_len += length;
                            }
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() || !matches!(node.value(), Node::Element(_)) {
                    continue;
                }
                let Some(current) = stack.pop() else { continue };
                infos[current].end = infos.len() - 1;
                if infos[current].tag == "a" {
                    link_depth = link_depth.saturating_sub(1);
                }
                if let Some(parent) = infos[current].parent {
                    let (text_len, link_len, commas, paragraphs) = {
                        let child = &infos[current];
                        (
                            child.text_len,
                            child.link_len,
                            child.commas,
                            child.paragraphs,
                        )
                    };
                    let parent = &mut infos[parent];
                    parent.text_len += text_len;
                    parent.link_len += link_len;
                    parent.commas += commas;
                    parent.paragraphs += paragraphs;
                }
            }
        }
    }
    Tree {
        infos,
        index,
        best: None,
    }
}

impl Tree {
    fn ancestors(&self, mut index: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::from_fn(move || {
            let parent = self.infos[index].parent?;
            index = parent;
            Some(parent)
        })
    }

    fn contains(&self, ancestor: usize, index: usize) -> bool {
        (ancestor..=self.infos[ancestor].end).contains(&index)
    }

    /// Second pass: paragraph scores flow to up to five ancestors.
    fn score(&mut self) {
        for at in 0..self.infos.len() {
            let info = &self.infos[at];
            let paragraph_like = matches!(info.tag.as_str(), "p" | "pre" | "td")
                || (matches!(info.tag.as_str(), "div" | "section" | "article")
                    && !info.has_block_child);
            if !paragraph_like || info.unlikely || info.text_len < 25 {
                continue;
            }
            let score = 1.0 + info.commas as f32 + (info.text_len as f32 / 100.0).floor().min(3.0);
            let ancestors: Vec<usize> = self.ancestors(at).take(5).collect();
            for (level, ancestor) in ancestors.into_iter().enumerate() {
                let candidate = &mut self.infos[ancestor];
                if candidate.tag == "html" {
                    break;
                }
                if !candidate.scored {
                    candidate.score = candidate.base_score();
                    candidate.scored = true;
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    _ => level as f32 * 3.0,
                };
                candidate.score += score / divider;
            }
        }
        for info in &mut self.infos {
            if info.scored {
                info.score *= 1.0 - info.link_density();
            }
        }
    }

    /// The article's root elements, in document order.
    fn article_roots(&mut self) -> Vec<usize> {
        let mut ranked: Vec<usize> = (0..self.infos.len())
            .filter(|&at| self.infos[at].scored && !self.infos[at].unlikely)
            .collect();
        ranked.sort_by(|a, b| self.infos[*b].score.total_cmp(&self.infos[*a].score));
        let body = self.infos.iter().position(|info| info.tag == "body");
        let Some(&first) = ranked.first() else {
            return body.into_iter().collect();
        };
        self.best = Some(first);
        let mut top = first;
        let top_score = self.infos[top].score;
        // When several strong candidates share an ancestor, the article is that ancestor.
        let alternatives: Vec<usize> = ranked[1..]
            .iter()
            .take(4)
            .copied()
            .filter(|&at| self.infos[at].score >= top_score * 0.75)
            .collect();
        if alternatives.len() >= 3 {
            for ancestor in self.ancestors(top).collect::<Vec<_>>() {
                if self.infos[ancestor].tag == "body" {
                    break;
                }
                let containing = alternatives
                    .iter()
                    .filter(|&&alternative| self.contains(ancestor, alternative))
                    .count();
                if containing >= 3 {
                    top = ancestor;
                    break;
                }
            }
        }
        // Climb while the parent scores higher (the article was split into sections).
        let mut last_score = self.infos[top].score;
        let threshold = last_score / 3.0;
        for ancestor in self.ancestors(top).collect::<Vec<_>>() {
            let info = &self.infos[ancestor];
            if info.tag == "body" {
                break;
            }
            if !info.scored {
                continue;
            }
            if info.score < threshold {
                break;
            }
            if info.score > last_score {
                top = ancestor;
                break;
            }
            last_score = info.score;
        }
        // An only child stands for its parent.
        while let Some(parent) = self.infos[top].parent {
            if self.infos[parent].tag == "body" || self.children(parent).len() != 1 {
                break;
            }
            top = parent;
        }
        self.with_siblings(top)
    }

    fn children(&self, parent: usize) -> &[usize] {
        &self.infos[parent].children
    }

    fn with_siblings(&self, top: usize) -> Vec<usize> {
        let Some(parent) = self.infos[top].parent else {
            return vec![top];
        };
        let top_info = &self.infos[top];
        let threshold = (top_info.score * 0.2).max(10.0);
        self.children(parent)
            .iter()
            .copied()
            .filter(|&sibling| {
                if sibling == top {
                    return true;
                }
                let info = &self.infos[sibling];
                // Figures beside the text belong to the article; furniture beside it is kept
                // (as excluded paragraphs) so that the article's neighbourhood stays readable.
                if info.tag == "figure"
                    || (info.text_len > 0
                        && info.text_len < 1000
                        && self.excluded_kind(sibling).is_some())
                {
                    return true;
                }
                if info.unlikely {
                    return false;
                }
                let bonus = if !top_info.names.trim().is_empty() && info.names == top_info.names {
                    top_info.score * 0.2
                } else {
                    0.0
                };
                if info.scored && info.score + bonus >= threshold {
                    return true;
                }
                info.tag == "p"
                    && ((info.text_len > 80 && info.link_density() < 0.25)
                        || (info.text_len > 0 && info.link_len == 0 && info.text_len < 80))
            })
            .collect()
    }

    /// Why an element inside the article is left out, if it is: the kind it is kept as.
    fn excluded_kind(&self, at: usize) -> Option<ParagraphKind> {
        if self.best.is_some_and(|best| self.contains(at, best)) {
            return None;
        }
        let info = &self.infos[at];
        let teaser = contains_any(&info.names, TEASER_HINTS);
        let kind = if teaser {
            ParagraphKind::Teaser
        } else {
            ParagraphKind::Junk
        };
        if matches!(
            info.tag.as_str(),
            "nav" | "aside" | "form" | "menu" | "dialog" | "footer"
        ) || matches!(
            info.role.as_str(),
            "menu" | "menubar" | "navigation" | "complementary" | "dialog" | "alert"
        ) {
            return Some(kind);
        }
        let headed = matches!(info.tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        if !headed && info.text_len < 80 && contains_any(&info.names, INFO_HINTS) {
            return Some(ParagraphKind::Junk);
        }
        if !headed && info.class_weight() < 0.0 && !contains_any(&info.names, CAPTION_HINTS) {
            return Some(kind);
        }
        let listish = matches!(
            info.tag.as_str(),
            "div" | "section" | "ul" | "ol" | "table" | "header" | "dl"
        );
        if listish && info.commas < 10 && info.text_len > 0 {
            let density = info.link_density();
            if density > 0.5 || (density > 0.2 && info.text_len < 200 && info.paragraphs == 0) {
                return Some(kind);
            }
        }
        None
    }
}

/// The text of a subtree, white space collapsed (skipped elements left out).
fn subtree_text(document: &Html, node: NodeId) -> String {
    let Some(root) = document.tree.get(node) else {
        return String::new();
    };
    let mut text = String::new();
    let mut skipping: Option<NodeId> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) if skipping.is_none() => match node.value() {
                Node::Element(element) => {
                    let tag = element.name().to_ascii_lowercase();
                    if SKIPPED.contains(&tag.as_str()) || is_hidden(element) {
                        skipping = Some(node.id());
                    } else if BLOCKS.contains(&tag.as_str()) || tag == "br" {
                        text.push(' ');
                    }
                }
                Node::Text(content) => text.push_str(content),
                _ => {}
            },
            Edge::Close(node) if skipping == Some(node.id()) => skipping = None,
            _ => {}
        }
    }
    super::metadata::collapse(&text)
}

/// Extracts the article's paragraphs. `title` is the page title, used to recognise the
/// headline; when the page has no matching heading, the title becomes the headline paragraph.
pub fn extract_blocks(document: &Html, title: &str) -> Vec<Block> {
    let mut tree = measure(document);
    tree.score();
    let roots = tree.article_roots();
    let mut blocks = Vec::new();
    let title_key = comparable(title);
    // A headline outside the article (the usual case) is taken from the first matching h1/h2.
    let inside = |at: usize| roots.iter().any(|&root| tree.contains(root, at));
    let outside_headline = (0..tree.infos.len()).find(|&at| {
        let info = &tree.infos[at];
        matches!(info.tag.as_str(), "h1" | "h2")
            && !inside(at)
            && info.node.is_some_and(|node| {
                let text = comparable(&subtree_text(document, node));
                !text.is_empty() && !title_key.is_empty() && similar_titles(&text, &title_key)
            })
    });
    let mut headline = outside_headline.and_then(|at| Some((at, tree.infos[at].node?)));
    for root in roots {
        // The headline keeps its place in document order among the article's parts.
        if let Some((at, node)) = headline
            && at < root
        {
            blocks.push(Block {
                kind: ParagraphKind::Headline,
                text: subtree_text(document, node),
            });
            headline = None;
        }
        emit(document, &tree, root, &title_key, &mut blocks);
    }
    if let Some((_, node)) = headline {
        blocks.insert(
            0,
            Block {
                kind: ParagraphKind::Headline,
                text: subtree_text(document, node),
            },
        );
    }
    if !blocks
        .iter()
        .any(|block| block.kind == ParagraphKind::Headline)
        && !title.trim().is_empty()
    {
        blocks.insert(
            0,
            Block {
                kind: ParagraphKind::Headline,
                text: super::metadata::collapse(title),
            },
        );
    }
    blocks
}

fn comparable(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn similar_titles(heading: &str, title: &str) -> bool {
    heading == title
        || (heading.len() >= 10 && (title.starts_with(heading) || heading.starts_with(title)))
}

/// Walks one article root and appends its paragraphs.
fn emit(document: &Html, tree: &Tree, root: usize, title_key: &str, blocks: &mut Vec<Block>) {
    let Some(root_node) = tree.infos[root]
        .node
        .and_then(|node| document.tree.get(node))
    else {
        return;
    };
    let mut buffer = String::new();
    let mut kinds: Vec<(NodeId, ParagraphKind)> = Vec::new();
    let mut skipping: Option<NodeId> = None;
    let flush = |buffer: &mut String, kind: ParagraphKind, blocks: &mut Vec<Block>| {
        for piece in buffer.split("\n\n") {
            let text = super::metadata::collapse(piece);
            if !text.is_empty() {
                blocks.push(Block { kind, text });
            }
        }
        buffer.clear();
    };
    let current_kind = |kinds: &[(NodeId, ParagraphKind)]| {
        kinds.last().map_or(ParagraphKind::Body, |(_, kind)| *kind)
    };
    for edge in root_node.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(element) => {
                        let tag = element.name().to_ascii_lowercase();
                        let Some(&at) = tree.index.get(&node.id()) else {
                            // Skipped (script, hidden …): never part of the text.
                            skipping = Some(node.id());
                            continue;
                        };
                        if tag == "br" {
                            buffer.push('\n');
                            continue;
                        }
                        let block = BLOCKS.contains(&tag.as_str());
                        if block {
                            flush(&mut buffer, current_kind(&kinds), blocks);
                        }
                        if let Some(kind) = tree.excluded_kind(at) {
                            let text = subtree_text(document, node.id());
                            if !text.is_empty() {
                                blocks.push(Block { kind, text });
                            }
                            skipping = Some(node.id());
                            continue;
                        }
                        if let Some(kind) = block_kind(
                            &tree.infos[at],
                            &kinds,
                            title_key,
                            || subtree_text(document, node.id()),
                            blocks,
                        ) {
                            kinds.push((node.id(), kind));
                        }
                    }
                    Node::Text(text) => {
                        let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
                        if text.starts_with(char::is_whitespace) && !buffer.ends_with(' ') {
                            buffer.push(' ');
                        }
                        buffer.push_str(&collapsed);
                        if text.ends_with(char::is_whitespace) && !collapsed.is_empty() {
                            buffer.push(' ');
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if let Node::Element(element) = node.value() {
                    let tag = element.name().to_ascii_lowercase();
                    if BLOCKS.contains(&tag.as_str()) {
                        flush(&mut buffer, current_kind(&kinds), blocks);
                    }
                    if kinds.last().is_some_and(|(id, _)| *id == node.id()) {
                        kinds.pop();
                    }
                }
            }
        }
    }
    flush(&mut buffer, current_kind(&kinds), blocks);
}

/// The kind an element gives the text inside it, when it decides one.
fn block_kind(
    info: &Info,
    kinds: &[(NodeId, ParagraphKind)],
    title_key: &str,
    text: impl Fn() -> String,
    blocks: &[Block],
) -> Option<ParagraphKind> {
    let inherited = kinds.last().map(|(_, kind)| *kind);
    match info.tag.as_str() {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            let has_headline = blocks
                .iter()
                .any(|block| block.kind == ParagraphKind::Headline);
            if !has_headline && matches!(info.tag.as_str(), "h1" | "h2") {
                let key = comparable(&text());
                if !title_key.is_empty() && similar_titles(&key, title_key) {
                    return Some(ParagraphKind::Headline);
                }
            }
            Some(ParagraphKind::Heading)
        }
        "blockquote" | "q" => Some(ParagraphKind::Quote),
        "figcaption" | "caption" => Some(ParagraphKind::Caption),
        _ if contains_any(&info.names, CAPTION_HINTS) && info.text_len < 400 => {
            Some(ParagraphKind::Caption)
        }
        "p" | "div" | "section" | "header"
            if inherited.is_none() && contains_any(&info.names, LEAD_HINTS) =>
        {
            Some(ParagraphKind::Lead)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(page: &str, title: &str) -> Vec<(ParagraphKind, String)> {
        extract_blocks(&Html::parse_document(page), title)
            .into_iter()
            .map(|block| (block.kind, block.text))
            .collect()
    }

    #[test]
    fn datelines_and_rubrics_are_left_out() {
        let body =
            "Это длинный абзац статьи, в котором есть запятые, слова и подробности. ".repeat(4);
        let page = format!(
            "<html><body><form><nav><a href='/'>Главная</a> <a href='/n'>Новости</a></nav>\
             <article><p class='rubric'>Германия</p><p class='date'>15 августа 2016</p>\
             <h1>Заголовок статьи</h1><p class='intro'>Вводный абзац статьи.</p>\
             <div class='article-text'><p>{body}</p><p>{body}</p></div></article></form></body></html>"
        );
        let blocks = kinds(&page, "Заголовок статьи");
        let expected = [
            ParagraphKind::Junk,
            ParagraphKind::Junk,
            ParagraphKind::Headline,
            ParagraphKind::Lead,
            ParagraphKind::Body,
            ParagraphKind::Body,
        ];
        let found: Vec<ParagraphKind> = blocks.iter().map(|(kind, _)| *kind).collect();
        assert_eq!(found, expected, "{blocks:#?}");
        assert_eq!(blocks[0].1, "Германия");
    }
}
