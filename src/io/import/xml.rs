//! What the exchange readers (TMX, XLIFF) share about reading XML safely: attribute values,
//! and references resolved without ever expanding an entity (only XML's five and character
//! references are known).

use quick_xml::Reader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesRef, BytesStart, Event};

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

/// Why bytes could not even begin to be read as an XML document.
pub enum Opening {
    NotUtf8,
    /// They do not begin with an element (after a byte order mark and white space).
    NotXml,
    /// A control character XML forbids, at this byte.
    Forbidden(u64),
}

impl Opening {
    /// What to say about a document that did not open.
    pub const NOT_XML: &str = "it does not begin with an XML element";
    pub const FORBIDDEN: &str = "it contains a control character that XML does not allow";
}

/// A reader of the XML document in `bytes` (UTF-8, a byte order mark allowed), checking end
/// tags against start tags, once the bytes are known to be text that could be XML.
pub fn open_document(bytes: &[u8]) -> Result<Reader<&[u8]>, Opening> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| Opening::NotUtf8)?
        .trim_start_matches('\u{feff}');
    if !text.trim_start().starts_with('<') {
        return Err(Opening::NotXml);
    }
    if let Some(position) = forbidden_control_at(text) {
        return Err(Opening::Forbidden(position as u64));
    }
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    Ok(reader)
}

/// Where `text` has a control character XML 1.0 forbids anywhere in a document (tab and line
/// ends are allowed): such a file is not XML, and one pass over it all is cheaper than a
/// check of every piece of text.
fn forbidden_control_at(text: &str) -> Option<usize> {
    const BLOCK: usize = 64;
    let forbidden = |byte: u8| byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r');
    let bytes = text.as_bytes();
    // Whole blocks without an early exit, which the compiler turns into vector code; the
    // byte is looked for only in a block that has one.
    for (index, block) in bytes.chunks(BLOCK).enumerate() {
        if block
            .iter()
            .fold(false, |found, &byte| found | forbidden(byte))
        {
            let within = block.iter().position(|&byte| forbidden(byte))?;
            return Some(index * BLOCK + within);
        }
    }
    None
}

/// Whether `event`, met before the root element, is text (other than white space): then the
/// file is not XML at all, whatever else is wrong with it.
pub fn is_text_before_root(event: &Event<'_>) -> bool {
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
pub struct Nesting {
    open: usize,
    root_closed: bool,
}

impl Nesting {
    /// Takes in the next event; the reason when it breaks the document's shape.
    pub fn check(&mut self, event: &Event<'_>) -> Result<(), &'static str> {
        let after_root = || Err("there is more after the root element's end");
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
pub enum ReferenceError {
    /// Not well-formed (the reason).
    Malformed(String),
    /// An entity that is not one of XML's five (its name): never expanded.
    Unknown(String),
}

/// The text a reference stands for: a character reference, or one of XML's five entities.
pub fn resolve_reference(reference: &BytesRef<'_>) -> Result<String, ReferenceError> {
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
