//! What the exchange readers (TMX, XLIFF) share about reading XML safely: attribute values,
//! and references resolved without ever expanding an entity (only XML's five and character
//! references are known).

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesRef, BytesStart};

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

/// Why a file that ends inside an element is refused.
pub const TRUNCATED: &str = "the file ends before its elements are closed (was it cut short?)";

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
        return reference
            .resolve_char_ref()
            .map(|character| character.map(String::from).unwrap_or_default())
            .map_err(|error| ReferenceError::Malformed(error.to_string()));
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
