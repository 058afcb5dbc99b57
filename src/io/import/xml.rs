//! What the XML readers (TMX, XLIFF, TBX) share about reading XML safely: the document's
//! text in its encoding, a reader that holds it to XML's rules ([`XmlReader`]), attribute
//! values, and references resolved without ever expanding an entity (only XML's five and
//! character references are known).

use std::borrow::Cow;

use quick_xml::Reader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesCData, BytesRef, BytesStart, BytesText, Event};

/// The value of attribute `name`, with XML's references resolved; `None` when it is absent
/// or uses an entity that is not one of XML's five.
pub fn attribute(element: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|attribute| attribute.key.as_ref() == name)
        .and_then(|attribute| {
            attribute
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
        })
        .map(std::borrow::Cow::into_owned)
}

/// Why an XML document could not be read, whichever format it holds; each reader says it
/// in its own words (`From` into its error).
#[derive(Debug)]
pub enum XmlError {
    /// Not text in UTF-8, in UTF-16 with a byte order mark, or in the encoding the XML
    /// declaration names: why, in words.
    NotText(String),
    /// It does not begin with an element (after a byte order mark and white space), or has
    /// text before its root element.
    NotXml,
    /// Not well-formed, or breaking XML's rules, at this byte and line.
    Malformed {
        position: u64,
        line: usize,
        reason: String,
    },
    /// An entity that is not one of XML's five (its name): never expanded.
    UnknownEntity {
        name: String,
        position: u64,
        line: usize,
    },
}

impl XmlError {
    /// What to say about a document that does not begin as XML does.
    pub const NOT_XML: &str = "it does not begin with an XML element";
    const FORBIDDEN: &str =
        "it contains a character that XML does not allow (a control character, U+FFFE or U+FFFF)";

    fn not_text(encoding: Option<&str>) -> Self {
        Self::NotText(match encoding {
            Some(name) => format!("its bytes are not valid {name}, the encoding it declares"),
            None => "it is not text in UTF-8 or UTF-16 (with a byte order mark)".to_owned(),
        })
    }
}

/// The encoding an XML declaration at the start of `bytes` names, if any.
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(200)];
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.windows(2).position(|pair| pair == b"?>")?;
    let declaration = std::str::from_utf8(&head[..end]).ok()?;
    let rest = &declaration[declaration.find("encoding")? + "encoding".len()..];
    let rest = rest.trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &rest[1..];
    Some(value[..value.find(quote)?].to_owned())
}

/// The text of an XML document: UTF-8, UTF-16 by its byte order mark (as Trados and other
/// Windows tools write TMX), or the encoding its declaration names (Latin-1, Windows-1251…).
pub fn document_text(bytes: &[u8]) -> Result<Cow<'_, str>, XmlError> {
    if let Some((encoding, bom_length)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling_and_without_replacement(&bytes[bom_length..])
            .ok_or_else(|| XmlError::not_text(Some(encoding.name())));
    }
    match declared_encoding(bytes) {
        Some(label)
            if !label.eq_ignore_ascii_case("utf-8") && !label.eq_ignore_ascii_case("utf8") =>
        {
            let encoding = encoding_rs::Encoding::for_label(label.as_bytes())
                .ok_or_else(|| XmlError::not_text(Some(&label)))?;
            encoding
                .decode_without_bom_handling_and_without_replacement(bytes)
                .ok_or_else(|| XmlError::not_text(Some(&label)))
        }
        _ => std::str::from_utf8(bytes)
            .map(Cow::Borrowed)
            .map_err(|_| XmlError::not_text(None)),
    }
}

/// A reader of an XML document that holds it to XML's rules where the parser is lenient:
/// end tags checked against start tags, nothing forbidden anywhere (see [`Nesting`]), no
/// text before the root, and references resolved without ever expanding an entity. Its
/// errors name the byte and line.
pub struct XmlReader<'a> {
    reader: Reader<&'a [u8]>,
    text: &'a str,
    nesting: Nesting,
    root_seen: bool,
}

impl<'a> XmlReader<'a> {
    /// A reader of `text` (see [`document_text`]), once it is known to be text that could be
    /// XML.
    pub fn open(text: &'a str) -> Result<Self, XmlError> {
        let text = text.trim_start_matches('\u{feff}');
        if !text.trim_start().starts_with('<') {
            return Err(XmlError::NotXml);
        }
        if let Some(position) = forbidden_control_at(text) {
            return Err(XmlError::Malformed {
                position: position as u64,
                line: line_at(text, position as u64),
                reason: XmlError::FORBIDDEN.to_owned(),
            });
        }
        let mut reader = Reader::from_str(text);
        reader.config_mut().check_end_names = true;
        Ok(Self {
            reader,
            text,
            nesting: Nesting::for_document(text),
            root_seen: false,
        })
    }

    /// The next event, checked.
    pub fn next(&mut self) -> Result<Event<'a>, XmlError> {
        let event = self
            .reader
            .read_event()
            .map_err(|error| self.malformed(error.to_string()))?;
        if !self.root_seen {
            if is_text_before_root(&event) {
                return Err(XmlError::NotXml);
            }
            self.root_seen = matches!(event, Event::Start(_) | Event::Empty(_));
        }
        self.nesting
            .check(&event)
            .map_err(|reason| self.malformed(reason.to_owned()))?;
        Ok(event)
    }

    /// The error `reason` at the place read now.
    pub fn malformed(&self, reason: String) -> XmlError {
        let position = self.reader.buffer_position();
        XmlError::Malformed {
            position,
            line: line_at(self.text, position),
            reason,
        }
    }

    /// The content of a text event, its line ends normalised.
    pub fn text<'e>(&self, text: &'e BytesText<'_>) -> Result<Cow<'e, str>, XmlError> {
        text.xml10_content()
            .map_err(|error| self.malformed(error.to_string()))
    }

    /// The content of a CDATA section.
    pub fn cdata<'e>(&self, data: &'e BytesCData<'_>) -> Result<Cow<'e, str>, XmlError> {
        data.decode()
            .map_err(|error| self.malformed(error.to_string()))
    }

    /// The text a reference stands for (see [`resolve_reference`]).
    pub fn reference(&self, reference: &BytesRef<'_>) -> Result<String, XmlError> {
        resolve_reference(reference).map_err(|error| match error {
            ReferenceError::Malformed(reason) => self.malformed(reason),
            ReferenceError::Unknown(name) => {
                let position = self.reader.buffer_position();
                XmlError::UnknownEntity {
                    name,
                    position,
                    line: line_at(self.text, position),
                }
            }
        })
    }
}

/// The line (from 1) of byte `position` of `text`.
fn line_at(text: &str, position: u64) -> usize {
    let end = usize::try_from(position)
        .unwrap_or(usize::MAX)
        .min(text.len());
    memchr::memchr_iter(b'\n', &text.as_bytes()[..end]).count() + 1
}

/// Where `text` has a character XML 1.0 forbids anywhere in a document — a control
/// character other than tab and line ends, U+FFFE or U+FFFF: such a file is not XML, and one
/// pass over it all is cheaper than a check of every piece of text.
fn forbidden_control_at(text: &str) -> Option<usize> {
    const BLOCK: usize = 64;
    // Candidates: control bytes, and 0xEF, which starts U+FFFE and U+FFFF (and other
    // characters, checked one by one).
    let candidate =
        |byte: u8| (byte < 0x20 && byte != b'\t' && byte != b'\n' && byte != b'\r') || byte == 0xEF;
    let bytes = text.as_bytes();
    let forbidden_at = |at: usize| match bytes[at] {
        b'\t' | b'\n' | b'\r' => false,
        0xEF => bytes.get(at + 1) == Some(&0xBF) && matches!(bytes.get(at + 2), Some(0xBE | 0xBF)),
        byte => byte < 0x20,
    };
    // Whole blocks without an early exit or bounds checks, which the compiler turns into
    // vector code; a block with a candidate is looked at byte by byte.
    let flags = |block: &[u8]| {
        block
            .iter()
            .fold(0u8, |found, &byte| found | u8::from(candidate(byte)))
    };
    let blocks = bytes.chunks_exact(BLOCK);
    let tail_start = bytes.len() - blocks.remainder().len();
    let suspicious = blocks
        .enumerate()
        .filter(|(_, block)| flags(block) != 0)
        .map(|(index, _)| index * BLOCK)
        .chain((tail_start < bytes.len()).then_some(tail_start));
    for start in suspicious {
        let end = (start + BLOCK).min(bytes.len());
        if let Some(at) = (start..end).find(|&at| forbidden_at(at)) {
            return Some(at);
        }
    }
    None
}

/// Whether `event`, met before the root element, is text (other than white space): then the
/// file is not XML at all, whatever else is wrong with it.
fn is_text_before_root(event: &Event<'_>) -> bool {
    match event {
        Event::Text(text) => !text.iter().all(u8::is_ascii_whitespace),
        Event::CData(_) | Event::GeneralRef(_) => true,
        _ => false,
    }
}

/// Follows a document's element nesting, to refuse a file cut short (it ends inside an
/// element) or one with more after its root element (two files glued together, junk): XML
/// allows neither, and reading such a file in part would bring in part of someone's work.
#[derive(Debug, Default)]
struct Nesting {
    open: usize,
    root_closed: bool,
    started: bool,
    /// Whether "]]>" stands anywhere in the document (when it does not, text need not be
    /// searched for it).
    cdata_end_anywhere: bool,
}

/// An element's name and attributes as XML requires them: a name that starts as names do,
/// attributes quoted, none twice, no `<` in a value.
fn check_element(element: &BytesStart<'_>) -> Result<(), &'static str> {
    let starts_well = |name: &[u8]| {
        name.first().is_some_and(|&first| {
            first.is_ascii_alphabetic() || first == b'_' || first == b':' || first >= 0x80
        })
    };
    if !starts_well(element.name().as_ref()) {
        return Err("an element's name does not start with a letter");
    }
    for attribute in element.attributes() {
        let attribute = attribute.map_err(|_| "an attribute is unquoted, repeated or malformed")?;
        if !starts_well(attribute.key.as_ref()) {
            return Err("an attribute's name does not start with a letter");
        }
        if attribute.value.contains(&b'<') {
            return Err("an attribute value holds \"<\", which XML does not allow");
        }
    }
    Ok(())
}

impl Nesting {
    /// The check for the document `text`.
    fn for_document(text: &str) -> Self {
        Self {
            cdata_end_anywhere: memchr::memmem::find(text.as_bytes(), b"]]>").is_some(),
            ..Self::default()
        }
    }

    /// Takes in the next event; the reason when it breaks the document's shape or XML's
    /// rules (the parser is lenient about these; a reader of other people's files must not
    /// be).
    fn check(&mut self, event: &Event<'_>) -> Result<(), &'static str> {
        let after_root = || Err("there is more after the root element's end");
        let first = !self.started;
        self.started = true;
        match event {
            Event::Decl(_) if !first => {
                return Err("the XML declaration is not at the very start of the file");
            }
            Event::Start(element) | Event::Empty(element) => check_element(element)?,
            Event::Text(text)
                if self.cdata_end_anywhere && memchr::memmem::find(text, b"]]>").is_some() =>
            {
                return Err("\"]]>\" stands in text, which XML does not allow");
            }
            _ => {}
        }
        match event {
            Event::Start(_) | Event::Empty(_) | Event::CData(_) | Event::GeneralRef(_)
                if self.root_closed =>
            {
                return after_root();
            }
            Event::Text(text) if self.root_closed && !text.iter().all(u8::is_ascii_whitespace) => {
                return after_root();
            }
            Event::Start(_) => self.open += 1,
            Event::End(_) => {
                self.open = self.open.saturating_sub(1);
                self.root_closed = self.open == 0;
            }
            Event::Empty(_) if self.open == 0 => self.root_closed = true,
            Event::Eof if self.open > 0 => {
                return Err("the file ends before its elements are closed (was it cut short?)");
            }
            _ => {}
        }
        Ok(())
    }
}

/// How a reference in text could not be resolved.
enum ReferenceError {
    /// Not well-formed (the reason).
    Malformed(String),
    /// An entity that is not one of XML's five (its name): never expanded.
    Unknown(String),
}

/// The text a reference stands for: a character reference, or one of XML's five entities.
fn resolve_reference(reference: &BytesRef<'_>) -> Result<String, ReferenceError> {
    if reference.is_char_ref() {
        let character = reference
            .resolve_char_ref()
            .map_err(|error| ReferenceError::Malformed(error.to_string()))?;
        return match character {
            Some(character) if !xml_can_carry(character) => {
                Err(ReferenceError::Malformed(format!(
                    "the character reference &{}; names a character XML does not allow",
                    String::from_utf8_lossy(reference)
                )))
            }
            Some(character) => Ok(String::from(character)),
            None => Ok(String::new()),
        };
    }
    let name = reference
        .decode()
        .map_err(|error| ReferenceError::Malformed(error.to_string()))?;
    resolve_predefined_entity(&name)
        .map(str::to_owned)
        .ok_or_else(|| ReferenceError::Unknown(name.into_owned()))
}

/// `text` as an exchange file can carry it, for comparing a paragraph with a unit's source:
/// the characters XML 1.0 cannot hold are left out (an export drops them) and runs of white
/// space count as one space (XML readers normalise line ends; tools re-wrap).
pub fn comparable_text(text: &str) -> String {
    let carried: String = text
        .chars()
        .filter(|&character| xml_can_carry(character))
        .collect();
    let mut comparable = String::with_capacity(carried.len());
    for word in carried.split_whitespace() {
        if !comparable.is_empty() {
            comparable.push(' ');
        }
        comparable.push_str(word);
    }
    comparable
}

/// Whether XML 1.0 can carry `character` (control characters other than tab and line ends,
/// and U+FFFE/U+FFFF, it cannot).
pub fn xml_can_carry(character: char) -> bool {
    !matches!(character, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}
