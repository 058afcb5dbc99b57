//! Reading XLIFF 2.x (core) files, such as the ones Diptych exports after another tool has
//! edited them: units with their ids, targets, states, sub-states and notes, and the file's
//! notes. Inline elements keep their text (`<pc>`, `<mrk>`, `<g>`) or are left out (`<ph>`,
//! `<sc>`, `<ec>`, `<cp>` are codes, not text) and counted. Like the TMX reader, it never
//! expands entities and never fetches anything.

use quick_xml::Reader;
use quick_xml::events::Event;

use super::xml::{ReferenceError, attribute, resolve_reference};

/// A unit as read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct XliffUnit {
    pub id: String,
    pub source: String,
    /// `None` when the unit has no `<target>`.
    pub target: Option<String>,
    pub state: Option<String>,
    pub sub_state: Option<String>,
    pub notes: Vec<String>,
    pub translate: bool,
}

/// An XLIFF document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct XliffDocument {
    pub source_language: Option<String>,
    pub target_language: Option<String>,
    /// File-level notes: `(category, text)`.
    pub file_notes: Vec<(String, String)>,
    pub units: Vec<XliffUnit>,
    /// Inline markup left out of texts (codes) or unwrapped (spans).
    pub dropped_markup: usize,
}

/// Why an XLIFF file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum XliffError {
    #[error("not an XLIFF file: it is not UTF-8 text")]
    NotUtf8,
    #[error("not an XLIFF 2 file: {0}")]
    NotXliff(String),
    #[error("the XLIFF file is not well-formed XML near byte {position}: {reason}")]
    Malformed { position: u64, reason: String },
    #[error(
        "the XLIFF file uses the entity &{0}; which is not one of XML's five; entities are never \
         expanded"
    )]
    UnknownEntity(String),
}

/// Inline codes: no text of their own.
const CODES: [&[u8]; 5] = [b"ph", b"sc", b"ec", b"cp", b"x"];

/// Where text read now goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    Nothing,
    Source,
    Target,
    Note,
    FileNote,
}

/// Reads an XLIFF 2 document from `bytes`.
pub fn read_xliff(bytes: &[u8]) -> Result<XliffDocument, XliffError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| XliffError::NotUtf8)?
        .trim_start_matches('\u{feff}');
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let malformed = |reader: &Reader<&[u8]>, reason: String| XliffError::Malformed {
        position: reader.buffer_position(),
        reason,
    };
    let mut document = XliffDocument::default();
    let mut seen_root = false;
    let mut unit: Option<XliffUnit> = None;
    let mut into = Reading::Nothing;
    let mut buffer = String::new();
    let mut note_category = String::new();
    let mut code_depth = 0usize;
    loop {
        let event = reader
            .read_event()
            .map_err(|error| malformed(&reader, error.to_string()))?;
        match event {
            Event::Start(element) | Event::Empty(element) if !seen_root => {
                let name = element.local_name().as_ref().to_vec();
                if name != b"xliff" {
                    return Err(XliffError::NotXliff(format!(
                        "its root element is <{}>, not <xliff>",
                        String::from_utf8_lossy(&name)
                    )));
                }
                let version = attribute(&element, b"version").unwrap_or_default();
                if !version.starts_with('2') {
                    return Err(XliffError::NotXliff(format!(
                        "it is XLIFF version {version:?}; only XLIFF 2.x is read"
                    )));
                }
                document.source_language = attribute(&element, b"srcLang");
                document.target_language = attribute(&element, b"trgLang");
                seen_root = true;
            }
            Event::Start(element) => {
                let name = element.local_name().as_ref().to_vec();
                if matches!(into, Reading::Source | Reading::Target) {
                    document.dropped_markup += 1;
                    if CODES.contains(&name.as_slice()) {
                        code_depth += 1;
                    }
                    continue;
                }
                match name.as_slice() {
                    b"unit" => {
                        unit = Some(XliffUnit {
                            id: attribute(&element, b"id").unwrap_or_default(),
                            translate: attribute(&element, b"translate").as_deref() != Some("no"),
                            ..XliffUnit::default()
                        });
                    }
                    b"segment" => {
                        if let Some(unit) = &mut unit {
                            unit.state = attribute(&element, b"state");
                            unit.sub_state = attribute(&element, b"subState");
                        }
                    }
                    b"source" if unit.is_some() => {
                        into = Reading::Source;
                        buffer.clear();
                    }
                    b"target" if unit.is_some() => {
                        into = Reading::Target;
                        buffer.clear();
                    }
                    b"note" => {
                        into = if unit.is_some() {
                            Reading::Note
                        } else {
                            Reading::FileNote
                        };
                        note_category = attribute(&element, b"category").unwrap_or_default();
                        buffer.clear();
                    }
                    _ => {}
                }
            }
            Event::Empty(element) => {
                let name = element.local_name().as_ref().to_vec();
                if matches!(into, Reading::Source | Reading::Target) {
                    document.dropped_markup += 1;
                } else if name == b"target"
                    && let Some(unit) = &mut unit
                {
                    unit.target = Some(String::new());
                }
            }
            Event::Text(text) => {
                if into != Reading::Nothing && code_depth == 0 {
                    let content = text
                        .xml10_content()
                        .map_err(|error| malformed(&reader, error.to_string()))?;
                    buffer.push_str(&content);
                }
            }
            Event::CData(data) => {
                if into != Reading::Nothing && code_depth == 0 {
                    let content = data
                        .decode()
                        .map_err(|error| malformed(&reader, error.to_string()))?;
                    buffer.push_str(&content);
                }
            }
            Event::GeneralRef(reference) => {
                let resolved = resolve_reference(&reference).map_err(|error| match error {
                    ReferenceError::Malformed(reason) => malformed(&reader, reason),
                    ReferenceError::Unknown(name) => XliffError::UnknownEntity(name),
                })?;
                if into != Reading::Nothing && code_depth == 0 {
                    buffer.push_str(&resolved);
                }
            }
            Event::End(element) => {
                let name = element.local_name().as_ref().to_vec();
                match (into, name.as_slice()) {
                    (Reading::Source, b"source") => {
                        if let Some(unit) = &mut unit {
                            unit.source.push_str(&buffer);
                        }
                        into = Reading::Nothing;
                    }
                    (Reading::Target, b"target") => {
                        if let Some(unit) = &mut unit {
                            unit.target
                                .get_or_insert_with(String::new)
                                .push_str(&buffer);
                        }
                        into = Reading::Nothing;
                    }
                    (Reading::Source | Reading::Target, code) if CODES.contains(&code) => {
                        code_depth = code_depth.saturating_sub(1);
                    }
                    (Reading::Note, b"note") => {
                        if let Some(unit) = &mut unit {
                            unit.notes.push(std::mem::take(&mut buffer));
                        }
                        into = Reading::Nothing;
                    }
                    (Reading::FileNote, b"note") => {
                        document.file_notes.push((
                            std::mem::take(&mut note_category),
                            std::mem::take(&mut buffer),
                        ));
                        into = Reading::Nothing;
                    }
                    (_, b"unit") => {
                        if let Some(unit) = unit.take() {
                            document.units.push(unit);
                        }
                    }
                    _ => {}
                }
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
    Ok(document)
}
