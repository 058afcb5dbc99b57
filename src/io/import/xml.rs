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
