//! Parsing HTML with the work bounded. The HTML5 tree builder is a browser's: faithful, but on
//! hostile markup some of its steps are quadratic (every start tag scans the stack of open
//! elements; every paragraph re-opens all unclosed formatting tags). Rather than guess from the
//! text how a page will parse, the tree is measured as it is built: a tree sink around
//! scraper's counts the elements created, the real depth of every node and the work of each
//! insertion (the depth it happens at) and of each parse error (the stack scan behind it). The
//! page is fed in small pieces and parsing stops as soon as a budget proportional to the page's
//! size is spent, so any page that is accepted was parsed in time roughly linear in its size.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::collections::HashMap;

use ego_tree::NodeId;
use html5ever::tendril::{StrTendril, TendrilSink as _};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName};
use scraper::{Html, HtmlTreeSink};

/// How deeply elements may really nest. Reaching a depth costs the square of it in the
/// parser's stack scans, and real pages stay under a few hundred.
pub const MAX_REAL_DEPTH: usize = 4_096;

/// How much input is parsed between two checks of the budget.
const PIECE_BYTES: usize = 1024;

/// Why a page was not parsed to the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overrun {
    /// Elements nest deeper than [`MAX_REAL_DEPTH`].
    Depth,
    /// Far more elements than the page has tags (formatting tags re-opened over and over).
    Elements { created: u64 },
    /// The parser's work grows with the square of the page (deep stacks scanned again and
    /// again).
    Work,
    /// Tags with so many attributes that checking each for duplicates (against all the
    /// others) costs the square of their number.
    Attributes { largest: usize },
}

impl std::fmt::Display for Overrun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Depth => write!(
                f,
                "its elements nest more than {MAX_REAL_DEPTH} deep (a real page stays under a few \
                 hundred)"
            ),
            Self::Elements { created } => write!(
                f,
                "its markup makes the HTML parser build over {created} elements (unclosed \
                 formatting tags re-opened in every paragraph)"
            ),
            Self::Attributes { largest } => write!(
                f,
                "its tags carry too many attributes (one has {largest}; the parser compares \
                 each with all the others)"
            ),
            Self::Work => f.write_str(
                "its markup makes the HTML parser's work grow with the square of the page \
                 (very deep nesting repeated over and over)",
            ),
        }
    }
}

/// The allowances for one page.
#[derive(Debug)]
struct Budget {
    max_elements: u64,
    max_work: u64,
    elements: Cell<u64>,
    work: Cell<u64>,
    overrun: Cell<Option<Overrun>>,
}

impl Budget {
    fn for_page(bytes: usize) -> Self {
        let bytes = bytes as u64;
        Self {
            // A tag takes at least three bytes; the allowance is three times that, plus room
            // for the elements a small page gets implicitly.
            max_elements: 50_000 + bytes,
            // A real page inserts each node a few dozen levels deep at most.
            max_work: 5_000_000 + 16 * bytes,
            elements: Cell::new(0),
            work: Cell::new(0),
            overrun: Cell::new(None),
        }
    }

    fn spend(&self, work: u64) {
        let total = self.work.get().saturating_add(work);
        self.work.set(total);
        if total > self.max_work && self.overrun.get().is_none() {
            self.overrun.set(Some(Overrun::Work));
        }
    }

    fn count_element(&self) {
        let created = self.elements.get() + 1;
        self.elements.set(created);
        if created > self.max_elements && self.overrun.get().is_none() {
            self.overrun.set(Some(Overrun::Elements { created }));
        }
    }
}

/// Hashes node ids, which are small distinct integers, with one multiplication instead of
/// the default `SipHash` (the depth table is consulted on every insertion).
#[derive(Default)]
struct NodeIdHasher(u64);

impl std::hash::Hasher for NodeIdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x100_0000_01b3);
        }
    }

    fn write_usize(&mut self, value: usize) {
        self.0 = (value as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type DepthTable = HashMap<NodeId, u32, std::hash::BuildHasherDefault<NodeIdHasher>>;

/// scraper's tree sink, measured.
struct BoundedSink {
    inner: HtmlTreeSink,
    depths: RefCell<DepthTable>,
    /// The depth of the latest insertion: about the height of the stack of open elements.
    last_depth: Cell<u32>,
    budget: Budget,
}

impl BoundedSink {
    fn depth_of(&self, node: NodeId) -> u32 {
        self.depths.borrow().get(&node).copied().unwrap_or(0)
    }

    /// Records `child` inserted under a node at `parent_depth`.
    fn inserted(&self, parent_depth: u32, child: &NodeOrText<NodeId>) {
        let depth = parent_depth.saturating_add(1);
        if let NodeOrText::AppendNode(node) = child {
            self.depths.borrow_mut().insert(*node, depth);
        }
        self.last_depth.set(parent_depth);
        self.budget.spend(u64::from(depth));
        if depth as usize > MAX_REAL_DEPTH && self.budget.overrun.get().is_none() {
            self.budget.overrun.set(Some(Overrun::Depth));
        }
    }
}

impl TreeSink for BoundedSink {
    type Handle = NodeId;
    type Output = Html;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Html {
        self.inner.finish()
    }

    fn parse_error(&self, message: Cow<'static, str>) {
        // Recovering from an error (an end tag with no open element, misnested tags) scans the
        // stack of open elements.
        self.budget.spend(u64::from(self.last_depth.get()) + 1);
        self.inner.parse_error(message);
    }

    fn get_document(&self) -> NodeId {
        self.inner.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        self.inner.elem_name(target)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        self.budget.count_element();
        self.inner.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> NodeId {
        self.inner.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> NodeId {
        self.inner.create_pi(target, data)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.inserted(self.depth_of(*parent), &child);
        self.inner.append(parent, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let depth = self.depth_of(*element).max(self.depth_of(*prev_element));
        self.inserted(depth, &child);
        self.inner
            .append_based_on_parent_node(element, prev_element, child);
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.inner
            .append_doctype_to_document(name, public_id, system_id);
    }

    fn mark_script_already_started(&self, node: &NodeId) {
        self.inner.mark_script_already_started(node);
    }

    fn pop(&self, node: &NodeId) {
        self.inner.pop(node);
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.inner.get_template_contents(target)
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        self.inner.same_node(x, y)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode);
    }

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        let depth = self.depth_of(*sibling).saturating_sub(1);
        self.inserted(depth, &new_node);
        self.inner.append_before_sibling(sibling, new_node);
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs);
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.inner.remove_from_parent(target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        // Moving children is one step of the adoption agency; it costs the number of children,
        // counted as work at the new parent's depth.
        self.budget.spend(u64::from(self.depth_of(*new_parent)) + 1);
        self.inner.reparent_children(node, new_parent);
    }
}

/// The work of the tokenizer's duplicate-attribute checks, from one linear pass over the
/// tags: the sum over tags of the square of their attribute count, and the largest count.
/// Attributes are read as the HTML tokenizer reads them (names, then `=` and a quoted or bare
/// value), so quoted values full of spaces or `>` do not count; comments and the contents of
/// elements the tokenizer reads as raw text (`script`, `style`, `title`, `noscript` …) are
/// skipped.
fn attribute_work(text: &str) -> (u64, usize) {
    let bytes = text.as_bytes();
    let mut work = 0u64;
    let mut largest = 0usize;
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|byte| *byte == b'<') {
        at += offset + 1;
        if bytes[at..].starts_with(b"!--") {
            at += find(&bytes[at..], b"-->").map_or(bytes.len() - at, |end| end + 3);
            continue;
        }
        if !bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = at
            + bytes[at..]
                .iter()
                .position(|byte| byte.is_ascii_whitespace() || matches!(byte, b'>' | b'/'))
                .unwrap_or(bytes.len() - at);
        let name = text[at..name_end].to_ascii_lowercase();
        at = name_end;
        let mut count = 0usize;
        loop {
            while bytes
                .get(at)
                .is_some_and(|byte| byte.is_ascii_whitespace() || *byte == b'/')
            {
                at += 1;
            }
            match bytes.get(at) {
                None => break,
                Some(b'>') => {
                    at += 1;
                    break;
                }
                Some(_) => {}
            }
            count += 1;
            // The name runs to white space, '/', '>' or '='.
            at += 1;
            while bytes.get(at).is_some_and(|byte| {
                !byte.is_ascii_whitespace() && !matches!(byte, b'/' | b'>' | b'=')
            }) {
                at += 1;
            }
            while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
                at += 1;
            }
            if bytes.get(at) != Some(&b'=') {
                continue;
            }
            at += 1;
            while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
                at += 1;
            }
            match bytes.get(at) {
                Some(quote @ (b'"' | b'\'')) => {
                    let quote = *quote;
                    at += 1;
                    at += bytes[at..]
                        .iter()
                        .position(|byte| *byte == quote)
                        .map_or(bytes.len() - at, |end| end + 1);
                }
                _ => {
                    while bytes
                        .get(at)
                        .is_some_and(|byte| !byte.is_ascii_whitespace() && *byte != b'>')
                    {
                        at += 1;
                    }
                }
            }
        }
        largest = largest.max(count);
        work = work.saturating_add((count as u64).saturating_mul(count as u64));
        if matches!(
            name.as_str(),
            "script"
                | "style"
                | "title"
                | "textarea"
                | "noscript"
                | "xmp"
                | "iframe"
                | "noembed"
                | "noframes"
        ) {
            let closing = format!("</{name}");
            at += find_ignoring_case(&bytes[at..], closing.as_bytes()).unwrap_or(bytes.len() - at);
        }
    }
    (work, largest)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn find_ignoring_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
}

/// Parses a whole page, or says why it stopped: the tree it would build breaks a budget that
/// grows with the page's size.
pub fn parse_bounded(text: &str) -> Result<Html, Overrun> {
    let (attribute_work, largest) = attribute_work(text);
    // Real pages: a few dozen attributes on the busiest tags.
    if attribute_work > 1_000_000 + 4 * text.len() as u64 {
        return Err(Overrun::Attributes { largest });
    }
    let sink = BoundedSink {
        inner: HtmlTreeSink::new(Html::new_document()),
        depths: RefCell::new(DepthTable::default()),
        last_depth: Cell::new(0),
        budget: Budget::for_page(text.len()),
    };
    let mut parser = html5ever::driver::parse_document(sink, html5ever::ParseOpts::default());
    let mut rest = text;
    while !rest.is_empty() {
        let mut cut = rest.len().min(PIECE_BYTES);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (piece, after) = rest.split_at(cut);
        parser.process(StrTendril::from_slice(piece));
        rest = after;
        if let Some(overrun) = parser.tokenizer.sink.sink.budget.overrun.get() {
            return Err(overrun);
        }
    }
    let html = parser.finish();
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timed(page: &str) -> (Result<Html, Overrun>, std::time::Duration) {
        let started = std::time::Instant::now();
        let result = parse_bounded(page);
        (result, started.elapsed())
    }

    #[test]
    fn ordinary_pages_parse_as_scraper_parses_them() {
        let page = "<html><head><title>T</title></head><body><div><p>One <b>two</b></p>\
                    <p>Three</div><ul><li>a<li>b</ul></body></html>";
        let bounded = parse_bounded(page).unwrap();
        assert_eq!(bounded.html(), Html::parse_document(page).html());
        // Many unclosed paragraphs are cheap and accepted.
        let paragraphs = "<p>x".repeat(100_000);
        assert!(parse_bounded(&paragraphs).is_ok());
    }

    #[test]
    fn formatting_tags_reopened_in_every_paragraph_are_stopped_early() {
        // Each paragraph after the div re-opens all 2,000 formatting elements (they differ in
        // their attributes, so none is dropped): 8 million elements for 80 KB, unbounded.
        let unclosed: String = (0..2_000)
            .flat_map(|id| ["<b id=".to_owned(), id.to_string(), ">".to_owned()])
            .collect();
        let page = format!("<div>{unclosed}</div>{}", "<p>x</p>".repeat(4_000));
        let (result, took) = timed(&page);
        assert!(
            matches!(result, Err(Overrun::Elements { .. } | Overrun::Work)),
            "{:?}",
            result.err()
        );
        assert!(took.as_secs_f64() < 10.0, "{took:?}");
    }

    #[test]
    fn tags_with_thousands_of_attributes_are_refused_before_parsing() {
        let attributes: String = (0..40_000)
            .flat_map(|index| [" a".to_owned(), index.to_string(), "=\"v\"".to_owned()])
            .collect();
        let page = format!("<html><body><p{attributes}>text</p><p>more</p></body></html>");
        let (result, took) = timed(&page);
        assert!(
            matches!(result, Err(Overrun::Attributes { largest: 40_000 })),
            "{:?}",
            result.err()
        );
        assert!(took.as_secs_f64() < 10.0, "{took:?}");
        // Quoted values with spaces and '>' are one attribute each; comments and scripts are
        // not tags.
        let quoted = format!(
            "<meta content=\"{}\"><!-- <p {} --><script>var s = '<p {}';</script><p>x</p>",
            "word > word ".repeat(5_000),
            "a b ".repeat(5_000),
            "c d ".repeat(5_000)
        );
        assert_eq!(attribute_work(&quoted), (1, 1));
        assert!(parse_bounded(&quoted).is_ok());
    }

    #[test]
    fn real_depth_is_measured_not_estimated() {
        // Unknown end tags do not close anything: the real depth is the number of divs.
        let page = "<div></x>".repeat(40_000);
        let (result, took) = timed(&page);
        assert!(result.is_err());
        assert!(took.as_secs_f64() < 10.0, "{took:?}");
        let headings = format!(
            "{}<p>{}</p>",
            "<h1><span>".repeat(4_000),
            "word <i>x</i> ".repeat(50_000)
        );
        let (result, took) = timed(&headings);
        assert!(result.is_err());
        assert!(took.as_secs_f64() < 10.0, "{took:?}");
    }
}
