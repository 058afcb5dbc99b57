//! Finding the article in a parsed web page. Text-bearing elements are scored by length, commas
//! and link density, the scores flow to their ancestors, and the best-scoring container (with
//! its related siblings) is taken as the article. Inside it, blocks become paragraphs with a
//! kind; navigation, share bars, related-story lists and other furniture inside the article are
//! kept as excluded paragraphs. Everything else stays in the stored original. Every walk over
//! the tree is iterative, so deeply nested pages cannot exhaust the stack.
//!
//! The scoring is in `score`, what element names mean in `names`; this module walks the
//! article's roots and gives each paragraph its kind.

mod names;
mod score;

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::{Html, Node};

use names::{BLOCKS, CAPTION_HINTS, LEAD_HINTS, contains_any, left_out};
use score::{Info, Rules, Tree, measure};

use crate::model::ParagraphKind;

/// One extracted paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: ParagraphKind,
    pub text: String,
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
                    if left_out(element) {
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

/// Below this many characters of body text, an article found by the strict rules is looked
/// for again with relaxed ones (Readability's threshold is the same).
const LITTLE_ARTICLE: usize = 500;
/// Nor may the article found hold less than this share of the page's paragraph text.
const LEAST_SHARE_OF_PAGE: f64 = 0.25;

/// Characters of body text (translatable, not the headline) in `blocks`.
fn body_chars(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .filter(|block| block.kind.is_translatable() && block.kind != ParagraphKind::Headline)
        .map(|block| block.text.chars().count())
        .sum()
}

/// Extracts the article's paragraphs. `title` is the page title, used to recognise the
/// headline; when the page has no matching heading, the title becomes the headline paragraph.
/// When the strict rules find little of the page's text, relaxed rules are tried in turn and
/// the first that finds at least twice as much is taken.
pub fn extract_blocks(document: &Html, title: &str) -> Vec<Block> {
    let (strict, page_chars) = extract_with(document, title, Rules::STRICT);
    let found = body_chars(&strict);
    if found >= LITTLE_ARTICLE && found as f64 >= LEAST_SHARE_OF_PAGE * page_chars as f64 {
        return strict;
    }
    for rules in Rules::RELAXED {
        let (relaxed, _) = extract_with(document, title, rules);
        if body_chars(&relaxed) >= 2 * found.max(1) {
            return relaxed;
        }
    }
    strict
}

/// `extract_blocks` under `rules`, with the characters of paragraph text in the whole page.
fn extract_with(document: &Html, title: &str, rules: Rules) -> (Vec<Block>, usize) {
    let mut tree = measure(document, rules);
    let page_chars = tree.paragraph_chars();
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
    (blocks, page_chars)
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

    /// The body text the strict rules alone find in `page`, and the body paragraphs that
    /// `extract_blocks` finds (with every block, for messages).
    fn strict_and_final_body(page: &str, title: &str) -> (usize, Vec<String>, String) {
        let (strict, _) = extract_with(&Html::parse_document(page), title, Rules::STRICT);
        let blocks = kinds(page, title);
        let body = blocks
            .iter()
            .filter(|(kind, _)| *kind == ParagraphKind::Body)
            .map(|(_, text)| text.clone())
            .collect();
        (body_chars(&strict), body, format!("{blocks:#?}"))
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

    #[test]
    fn an_article_of_bare_lines_in_a_widget_named_container_is_not_lost() {
        // No <p> at all: the story is lines of text between <br>s inside a container a theme
        // named like a comments widget, next to a long menu.
        let lines = [
            "Bakı şəhərində yeni metro stansiyasının tikintisinə başlanılıb, layihənin dəyəri 120 milyon manatdır.",
            "Nəqliyyat nazirliyinin məlumatına görə, stansiya 2028-ci ilin sonunadək istifadəyə veriləcək.",
            "Sakinlər tikinti zamanı yaranacaq tıxaclardan narahatdırlar, bələdiyyə isə yeni avtobus marşrutları vəd edir.",
            "Ekspertlər deyir ki, şəhərin şimalında ictimai nəqliyyata ehtiyac on ildə iki dəfə artıb.",
        ];
        let mut story = String::new();
        for line in lines {
            story.push_str("<span class='txt'>");
            story.push_str(line);
            story.push_str("</span><br><br>");
        }
        let mut menu = String::new();
        for index in 0..40 {
            menu.push_str("<li><a href='/c'>Bölmə ");
            menu.push_str(&index.to_string());
            menu.push_str("</a></li>");
        }
        // The same in an old table layout: the menu in one cell, the story in a cell named
        // like a sidebar.
        let pages = [
            format!(
                "<html><body><nav><ul>{menu}</ul></nav>\
                 <div id='comments-wrapper' class='widget'>{story}</div></body></html>"
            ),
            format!(
                "<html><body><table><tr><td class='left'><ul>{menu}</ul></td>\
                 <td class='sidebar-right'>{story}</td></tr></table></body></html>"
            ),
        ];
        for page in pages {
            let (strict, body, blocks) = strict_and_final_body(&page, "Yeni metro stansiyası");
            assert!(strict < 100, "{page}");
            assert_eq!(body, lines, "{blocks}");
        }
    }

    #[test]
    fn a_documentation_page_keeps_its_text_and_leaves_out_navigation_and_permalinks() {
        // A Sphinx page: navigation above, a long table of contents and a search box beside,
        // a permalink marker after every heading.
        let toc: String = (0..30)
            .map(|index| {
                format!(
                    "<li class='toctree-l1'><a class='reference internal' href='s{index}.html'>\
                     Section {index} of the manual</a></li>"
                )
            })
            .fold(String::new(), |all, item| all + &item);
        let paragraphs = [
            "The archive keeps every capture of an article byte for byte, so that a later edit never replaces what was first saved.",
            "To add a capture, open the project, choose Import and pick the newer file; changed paragraphs are marked stale.",
        ];
        let body = paragraphs
            .iter()
            .fold(String::new(), |all, text| all + "<p>" + text + "</p>");
        let page = format!(
            "<html><body><div class='related' role='navigation'><h3>Navigation</h3><ul>\
             <li><a href='genindex.html'>index</a></li></ul></div>\
             <div class='document'><div class='documentwrapper'><div class='bodywrapper'>\
             <div class='body' role='main'><section id='captures'>\
             <h1>Captures<a class='headerlink' href='#captures' title='Link to this heading'>¶</a></h1>\
             {body}<h2>Exporting<a class='headerlink' href='#exporting'>¶</a></h2>\
             <p>An export is identical to the file that was imported.</p></section></div></div></div>\
             <div class='sphinxsidebar' role='navigation'><h3>Table of Contents</h3><ul>{toc}</ul>\
             <div id='searchbox' role='search'><h3>Quick search</h3></div></div></div>\
             <div class='footer'>Created using Sphinx 7.2.</div></body></html>"
        );
        let blocks = kinds(&page, "Captures");
        let translatable: Vec<(ParagraphKind, &str)> = blocks
            .iter()
            .filter(|(kind, _)| kind.is_translatable())
            .map(|(kind, text)| (*kind, text.as_str()))
            .collect();
        assert_eq!(
            translatable,
            [
                (ParagraphKind::Headline, "Captures"),
                (ParagraphKind::Body, paragraphs[0]),
                (ParagraphKind::Body, paragraphs[1]),
                (ParagraphKind::Heading, "Exporting"),
                (
                    ParagraphKind::Body,
                    "An export is identical to the file that was imported."
                ),
            ],
            "{blocks:#?}"
        );
    }

    #[test]
    fn a_post_in_a_container_with_an_unpromising_name_is_found_by_the_relaxed_rules() {
        // A blog theme names the post's container "extra": a furniture name. The only other
        // text is a short note about the author.
        let paragraph = |number: usize| {
            format!(
                "<p>Paragraph {number} of the post describes the new tram line in Ganja, its \
                 stops, its fares, and what residents told the author about the works.</p>"
            )
        };
        let post: String = (1..=8).map(paragraph).collect();
        let page = format!(
            "<html><body><div class='about'><p>Written by Leyla, a reporter in Ganja.</p></div>\
             <div class='post-extra-wide'><h1>Ganja gets a tram</h1>{post}</div></body></html>"
        );
        let (strict, body, blocks) = strict_and_final_body(&page, "Ganja gets a tram");
        assert!(strict < 200, "{page}");
        assert_eq!(body.len(), 8, "{blocks}");
        assert!(body[0].starts_with("Paragraph 1 of the post"), "{blocks}");
    }

    #[test]
    fn a_print_footer_stays_out_and_a_formula_in_a_script_stays_in() {
        let story = "The Baku metro will extend its green line by three stations, the agency \
                     said on Monday, adding that the works would cost 120 million manats. ";
        let printout = "This page was printed from caspiantimes.example, the news site about the \
                        Caspian region, its economy, its politics and its people, all rights reserved. ";
        let page = format!(
            "<html><body><div class='wrap'><div class='story'><h1>Baku metro to grow</h1>\
             <p>{story}</p><p>{story}</p><p>The fare is <script type='math/tex'>2 \\times 0.5</script> \
             manats<script>track('x')</script>, the agency said.</p><p aria-hidden='true'>{story}</p>\
             </div><div class='print-only'><p>{printout}</p><p>{printout}</p></div></div></body></html>"
        );
        let blocks = kinds(&page, "Baku metro to grow");
        let body: Vec<&str> = blocks
            .iter()
            .filter(|(kind, _)| *kind == ParagraphKind::Body)
            .map(|(_, text)| text.as_str())
            .collect();
        assert_eq!(body.len(), 3, "{blocks:#?}");
        assert_eq!(
            body[2],
            "The fare is 2 \\times 0.5 manats, the agency said."
        );
        assert!(
            blocks
                .iter()
                .filter(|(_, text)| text.starts_with("This page was printed"))
                .all(|(kind, _)| !kind.is_translatable()),
            "{blocks:#?}"
        );
    }
}
