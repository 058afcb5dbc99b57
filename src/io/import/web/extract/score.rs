//! Finding the article: a first pass measures every element (text length, links, commas,
//! paragraphs, furniture names), a second lets paragraph scores flow to their ancestors, and
//! the best-scoring container with its related siblings becomes the article's roots. Inside
//! them, furniture is recognised so that it can be kept as excluded paragraphs.

use std::collections::HashMap;

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::names::{
    BLOCKS, CAPTION_HINTS, INFO_HINTS, MAYBE, NEGATIVE, POSITIVE, TEASER_HINTS, UNLIKELY,
    contains_any, left_out,
};
use crate::model::ParagraphKind;

/// What the first pass learns about each element.
#[derive(Debug, Clone, Default)]
pub(super) struct Info {
    pub(super) parent: Option<usize>,
    /// The index of this element's last descendant (elements are stored in document order).
    pub(super) end: usize,
    pub(super) children: Vec<usize>,
    pub(super) node: Option<NodeId>,
    pub(super) tag: String,
    /// Lower-case `class` and `id`, space separated.
    pub(super) names: String,
    pub(super) role: String,
    pub(super) text_len: usize,
    pub(super) link_len: usize,
    pub(super) commas: usize,
    pub(super) paragraphs: usize,
    pub(super) has_block_child: bool,
    /// This element or an ancestor looks like furniture (menus, comments, sidebars …).
    pub(super) unlikely: bool,
    pub(super) score: f32,
    pub(super) scored: bool,
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

    fn base_score(&self, weigh_classes: bool) -> f32 {
        let tag_score = match self.tag.as_str() {
            "div" | "article" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        if weigh_classes {
            tag_score + self.class_weight()
        } else {
            tag_score
        }
    }
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

pub(super) struct Tree {
    pub(super) infos: Vec<Info>,
    pub(super) index: HashMap<NodeId, usize>,
    /// The best-scoring element; its ancestors are never left out as furniture.
    pub(super) best: Option<usize>,
    pub(super) rules: Rules,
}

/// How strictly the article is looked for. The strict rules leave out elements whose class or
/// id looks like furniture (comments, sidebars …) and weigh promising and unpromising class
/// names, and inside the article leave out containers with such names;
/// when they find little of a page's text, the search is repeated without each in turn (as
/// Readability does), because some pages put the article in a container with a bad name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Rules {
    pub(super) leave_out_unlikely: bool,
    pub(super) weigh_classes: bool,
    /// Whether containers inside the article are left out for an unpromising class or id
    /// (part of Readability's conditional cleaning; those made mostly of links always are).
    pub(super) leave_out_by_name: bool,
}

impl Rules {
    pub(super) const STRICT: Self = Self {
        leave_out_unlikely: true,
        weigh_classes: true,
        leave_out_by_name: true,
    };
    /// The strict rules, relaxed one after the other.
    pub(super) const RELAXED: [Self; 3] = [
        Self {
            leave_out_unlikely: false,
            weigh_classes: true,
            leave_out_by_name: true,
        },
        Self {
            leave_out_unlikely: false,
            weigh_classes: false,
            leave_out_by_name: true,
        },
        Self {
            leave_out_unlikely: false,
            weigh_classes: false,
            leave_out_by_name: false,
        },
    ];
}

/// First pass: per-element text statistics, aggregated bottom-up.
pub(super) fn measure(document: &Html, rules: Rules) -> Tree {
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
                        if left_out(element) {
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
                        let own_unlikely = (rules.leave_out_unlikely
                            && contains_any(&names, UNLIKELY)
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
        rules,
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

    pub(super) fn contains(&self, ancestor: usize, index: usize) -> bool {
        (ancestor..=self.infos[ancestor].end).contains(&index)
    }

    /// Characters of paragraph text in the whole page (hidden and skipped elements aside).
    pub(super) fn paragraph_chars(&self) -> usize {
        self.infos
            .iter()
            .filter(|info| info.tag == "p")
            .map(|info| info.text_len)
            .sum()
    }

    /// Second pass: paragraph scores flow to up to five ancestors.
    pub(super) fn score(&mut self) {
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
                    candidate.score = candidate.base_score(self.rules.weigh_classes);
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
    pub(super) fn article_roots(&mut self) -> Vec<usize> {
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
    pub(super) fn excluded_kind(&self, at: usize) -> Option<ParagraphKind> {
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
        let by_name = self.rules.leave_out_by_name && !headed;
        if by_name && info.text_len < 80 && contains_any(&info.names, INFO_HINTS) {
            return Some(ParagraphKind::Junk);
        }
        if by_name && info.class_weight() < 0.0 && !contains_any(&info.names, CAPTION_HINTS) {
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
