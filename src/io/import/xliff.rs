//! Reading XLIFF files, such as the ones Diptych exports after another tool has edited them:
//! XLIFF 2.x (core) and XLIFF 1.2 (what translate-toolkit's `po2xliff`, Okapi and older CAT
//! tools write). Both are read into one shape: units with their ids, the paragraph they
//! refer to, sources, targets, states and notes, and the file's notes. Inline elements keep
//! their text (`<pc>`, `<mrk>`, `<g>`) or are left out (`<ph>`, `<sc>`, `<ec>`, `<x>`,
//! `<bpt>`… are codes, not text) and counted. What is not the unit's own text is skipped:
//! 1.2's `<alt-trans>` proposals and `<seg-source>`, 2.x's `<originalData>`. Like the TMX
//! reader, it never expands entities and never fetches anything.

use quick_xml::events::{BytesStart, Event};

use super::xml::{XmlError, XmlReader, attribute, document_text};

/// Which XLIFF a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum XliffVersion {
    /// 1.0–1.2: states on `<target>`, `approved` on `<trans-unit>`.
    V1,
    /// 2.x: states on `<segment>`.
    #[default]
    V2,
}

/// A unit as read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct XliffUnit {
    pub id: String,
    /// The paragraph a location context names (`p5`), which survives tools that renumber
    /// units (translate-toolkit's `xliff2po` → `po2xliff` keeps it as a `#:` reference).
    pub reference: Option<String>,
    pub source: String,
    /// `None` when the unit has no `<target>`.
    pub target: Option<String>,
    /// 2.x: the segment's `state`; 1.2: the target's `state`.
    pub state: Option<String>,
    pub sub_state: Option<String>,
    /// 1.2's `approved` attribute.
    pub approved: Option<bool>,
    /// Translators' notes (1.2 notes from a developer or another tool's process are left out).
    pub notes: Vec<String>,
    /// The language of its target: the target's `xml:lang`, else its `<file>`'s (1.2) or
    /// the document's `trgLang` (2.x).
    pub language: Option<String>,
    pub translate: bool,
}

/// An XLIFF document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct XliffDocument {
    pub version: XliffVersion,
    pub source_language: Option<String>,
    pub target_language: Option<String>,
    /// File-level notes: `(category, text)` (1.2: `(from, text)` of the header's notes).
    pub file_notes: Vec<(String, String)>,
    pub units: Vec<XliffUnit>,
    /// Inline markup left out of texts (codes) or unwrapped (spans).
    pub dropped_markup: usize,
}

/// Why an XLIFF file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum XliffError {
    #[error("the XLIFF file cannot be read as text: {0}")]
    NotText(String),
    #[error("not an XLIFF file: {0}")]
    NotXliff(String),
    #[error("the XLIFF file is not well-formed XML at line {line} (byte {position}): {reason}")]
    Malformed {
        position: u64,
        line: usize,
        reason: String,
    },
    #[error(
        "the XLIFF file uses the entity &{0}; which is not one of XML's five; entities are never \
         expanded"
    )]
    UnknownEntity(String),
}

impl From<XmlError> for XliffError {
    fn from(error: XmlError) -> Self {
        match error {
            XmlError::NotText(reason) => Self::NotText(reason),
            XmlError::NotXml => Self::NotXliff(XmlError::NOT_XML.to_owned()),
            XmlError::Malformed {
                position,
                line,
                reason,
            } => Self::Malformed {
                position,
                line,
                reason,
            },
            XmlError::UnknownEntity { name, .. } => Self::UnknownEntity(name),
        }
    }
}

/// Inline codes: no text of their own (2.x `ph sc ec cp`, 1.2 `x bx ex ph bpt ept it`).
const CODES: [&[u8]; 9] = [
    b"ph", b"sc", b"ec", b"cp", b"x", b"bx", b"ex", b"bpt", b"ept",
];
/// 1.2's isolated code, also a code (kept apart to keep the table short).
const ISOLATED_CODE: &[u8] = b"it";
/// Elements whose whole content is not the unit's own text.
const SKIPPED: [&[u8]; 4] = [
    b"alt-trans",
    b"seg-source",
    b"originalData",
    b"context-group",
];

/// Where text read now goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    Nothing,
    Source,
    Target,
    Note,
    FileNote,
    Location,
}

/// The reader's state between events.
#[derive(Default)]
struct Progress {
    document: XliffDocument,
    unit: Option<XliffUnit>,
    buffer: String,
    note_category: String,
    /// Depth inside inline codes (whose content is not text).
    code_depth: usize,
    /// Depth inside a skipped element, and whether that one is a location context group.
    skip_depth: usize,
    in_location_group: bool,
    /// The target language of the 1.2 `<file>` read now.
    file_target_language: Option<String>,
}

fn is_code(name: &[u8]) -> bool {
    CODES.contains(&name) || name == ISOLATED_CODE
}

/// Reads an XLIFF 1.2 or 2.x document from `bytes`.
pub fn read_xliff(bytes: &[u8]) -> Result<XliffDocument, XliffError> {
    let text = document_text(bytes)?;
    let mut reader = XmlReader::open(&text)?;
    let mut seen_root = false;
    let mut into = Reading::Nothing;
    let mut state = Progress::default();
    loop {
        match reader.next()? {
            Event::Start(element) | Event::Empty(element) if !seen_root => {
                read_root(&element, &mut state.document)?;
                seen_root = true;
            }
            Event::Start(element) => {
                let local = element.local_name();
                let name = local.as_ref();
                if state.skip_depth > 0 {
                    state.skip_depth += 1;
                    if state.in_location_group
                        && name == b"context"
                        && attribute(&element, b"context-type").as_deref() == Some("sourcefile")
                    {
                        into = Reading::Location;
                        state.buffer.clear();
                    }
                    continue;
                }
                if matches!(into, Reading::Source | Reading::Target) {
                    state.document.dropped_markup += 1;
                    if is_code(name) {
                        state.code_depth += 1;
                    }
                    continue;
                }
                into = state.start(name, &element, into);
            }
            Event::Empty(element) => {
                let local = element.local_name();
                let name = local.as_ref();
                if state.skip_depth > 0 {
                    continue;
                }
                if matches!(into, Reading::Source | Reading::Target) {
                    state.document.dropped_markup += 1;
                } else if name == b"target"
                    && let Some(unit) = &mut state.unit
                {
                    unit.target = Some(String::new());
                    state.target_language(&element);
                } else if name == b"file" {
                    state.file_languages(&element);
                }
            }
            Event::Text(text) => {
                if into != Reading::Nothing && state.code_depth == 0 {
                    state.buffer.push_str(&reader.text(&text)?);
                }
            }
            Event::CData(data) => {
                if into != Reading::Nothing && state.code_depth == 0 {
                    state.buffer.push_str(&reader.cdata(&data)?);
                }
            }
            Event::GeneralRef(reference) => {
                let resolved = reader.reference(&reference)?;
                if into != Reading::Nothing && state.code_depth == 0 {
                    state.buffer.push_str(&resolved);
                }
            }
            Event::End(element) => {
                into = state.end(element.local_name().as_ref(), into);
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
        }
    }
    if !seen_root {
        return Err(XliffError::NotXliff(
            "it has no <xliff> root element".to_owned(),
        ));
    }
    Ok(state.document)
}

/// Checks the root element and reads what it says.
fn read_root(element: &BytesStart<'_>, document: &mut XliffDocument) -> Result<(), XliffError> {
    let name = element.local_name().as_ref().to_vec();
    if name != b"xliff" {
        return Err(XliffError::NotXliff(format!(
            "its root element is <{}>, not <xliff>",
            String::from_utf8_lossy(&name)
        )));
    }
    let namespace_attribute = match element.name().prefix() {
        Some(prefix) => [b"xmlns:".as_slice(), prefix.as_ref()].concat(),
        None => b"xmlns".to_vec(),
    };
    if let Some(namespace) = attribute(element, &namespace_attribute)
        && !namespace.starts_with("urn:oasis:names:tc:xliff:document:")
    {
        return Err(XliffError::NotXliff(format!(
            "its root element is in the namespace {namespace}, not XLIFF's"
        )));
    }
    let version = attribute(element, b"version").unwrap_or_default();
    document.version = if version.starts_with('2') {
        XliffVersion::V2
    } else if version.starts_with("1.") {
        XliffVersion::V1
    } else {
        return Err(XliffError::NotXliff(format!(
            "it is XLIFF version {version:?}; XLIFF 1.x and 2.x are read"
        )));
    };
    document.source_language = language_attribute(element, b"srcLang");
    document.target_language = language_attribute(element, b"trgLang");
    Ok(())
}

/// A language attribute; an empty one counts as absent.
fn language_attribute(element: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    attribute(element, name)
        .map(|value| value.trim().to_owned())
        .filter(|value| !value.is_empty())
}

impl Progress {
    /// 1.2's `<file>` carries the languages: each file's units are in its target language,
    /// and the first file's count for the document.
    fn file_languages(&mut self, element: &BytesStart<'_>) {
        if self.document.version != XliffVersion::V1 {
            return;
        }
        let source = language_attribute(element, b"source-language");
        let target = language_attribute(element, b"target-language");
        if self.document.source_language.is_none() {
            self.document.source_language = source;
        }
        if self.document.target_language.is_none() {
            self.document.target_language.clone_from(&target);
        }
        self.file_target_language = target;
    }

    /// A target's own `xml:lang` (1.2), when it has one.
    fn target_language(&mut self, element: &BytesStart<'_>) {
        if self.document.version == XliffVersion::V1
            && let Some(unit) = &mut self.unit
        {
            unit.state = attribute(element, b"state");
            if let Some(language) = language_attribute(element, b"xml:lang") {
                unit.language = Some(language);
            }
        }
    }

    /// An element starts outside inline text; returns where its text goes.
    fn start(&mut self, name: &[u8], element: &BytesStart<'_>, into: Reading) -> Reading {
        if SKIPPED.contains(&name) {
            self.skip_depth = 1;
            self.in_location_group = name == b"context-group"
                && self.unit.is_some()
                && attribute(element, b"purpose").as_deref() == Some("location");
            return into;
        }
        let version = self.document.version;
        match name {
            b"file" => self.file_languages(element),
            b"unit" | b"trans-unit" => {
                let header =
                    attribute(element, b"restype").as_deref() == Some("x-gettext-domain-header");
                let language = match version {
                    XliffVersion::V1 => self.file_target_language.clone(),
                    XliffVersion::V2 => self.document.target_language.clone(),
                };
                self.unit = (!header).then(|| XliffUnit {
                    id: attribute(element, b"id").unwrap_or_default(),
                    translate: attribute(element, b"translate").as_deref() != Some("no"),
                    approved: attribute(element, b"approved").map(|value| value == "yes"),
                    language,
                    ..XliffUnit::default()
                });
                if header {
                    // Its content is the PO header, not a paragraph.
                    self.skip_depth = 1;
                    self.in_location_group = false;
                }
            }
            b"segment" => {
                if let Some(unit) = &mut self.unit {
                    unit.state = attribute(element, b"state");
                    unit.sub_state = attribute(element, b"subState");
                }
            }
            b"source" if self.unit.is_some() => {
                self.buffer.clear();
                return Reading::Source;
            }
            b"target" if self.unit.is_some() => {
                self.target_language(element);
                self.buffer.clear();
                return Reading::Target;
            }
            b"note" => {
                let from = attribute(element, b"from").unwrap_or_default();
                self.buffer.clear();
                if self.unit.is_none() {
                    self.note_category = match version {
                        XliffVersion::V1 => from,
                        XliffVersion::V2 => attribute(element, b"category").unwrap_or_default(),
                    };
                    return Reading::FileNote;
                }
                // 1.2 tools mark where a note comes from; a translator's (ours carry
                // "translator", translate-toolkit's "po-translator") or an unmarked one is the
                // translation's note.
                let translators = from.is_empty() || from.contains("translator");
                return if version == XliffVersion::V2 || translators {
                    Reading::Note
                } else {
                    Reading::Nothing
                };
            }
            _ => {}
        }
        into
    }

    /// An element ends; returns where text goes now.
    fn end(&mut self, name: &[u8], into: Reading) -> Reading {
        if self.skip_depth > 0 {
            self.skip_depth -= 1;
            if into == Reading::Location && name == b"context" {
                let reference = std::mem::take(&mut self.buffer).trim().to_owned();
                if let Some(unit) = &mut self.unit
                    && unit.reference.is_none()
                    && !reference.is_empty()
                {
                    unit.reference = Some(reference);
                }
                return Reading::Nothing;
            }
            if self.skip_depth == 0 && matches!(name, b"trans-unit" | b"unit") {
                // The end of a skipped header unit.
                return Reading::Nothing;
            }
            return into;
        }
        match (into, name) {
            (Reading::Source, b"source") => {
                if let Some(unit) = &mut self.unit {
                    unit.source.push_str(&self.buffer);
                }
                Reading::Nothing
            }
            (Reading::Target, b"target") => {
                if let Some(unit) = &mut self.unit {
                    unit.target
                        .get_or_insert_with(String::new)
                        .push_str(&self.buffer);
                }
                Reading::Nothing
            }
            (Reading::Source | Reading::Target, code) if is_code(code) => {
                self.code_depth = self.code_depth.saturating_sub(1);
                into
            }
            (Reading::Note, b"note") => {
                if let Some(unit) = &mut self.unit {
                    unit.notes.push(std::mem::take(&mut self.buffer));
                }
                Reading::Nothing
            }
            (Reading::FileNote, b"note") => {
                self.document.file_notes.push((
                    std::mem::take(&mut self.note_category),
                    std::mem::take(&mut self.buffer),
                ));
                Reading::Nothing
            }
            (_, b"unit" | b"trans-unit") => {
                if let Some(unit) = self.unit.take() {
                    self.document.units.push(unit);
                }
                Reading::Nothing
            }
            _ => into,
        }
    }
}

#[cfg(test)]
mod tests;
