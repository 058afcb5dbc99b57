//! Reading TMX (1.4b, and the 1.1–1.3 files many tools still write): translation units with
//! their language variants, properties and notes. Used to fill translations from a memory and,
//! later, as the input of the translation memory. The reader never expands entities (only the
//! five XML ones and character references are understood), never fetches a DTD, and refuses
//! what it cannot read with one clear message.

use quick_xml::events::Event;

use super::xml::{XmlError, XmlReader, attribute, document_text};

/// One variant of a unit: its language and its text (inline codes left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TmxVariant {
    pub language: String,
    pub text: String,
}

/// A translation unit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TmxUnit {
    pub id: Option<String>,
    pub variants: Vec<TmxVariant>,
    /// `(type, value)` of its properties.
    pub props: Vec<(String, String)>,
    pub notes: Vec<String>,
    /// When the unit was last changed (or made), `YYYY-MM-DD`, from its `changedate` or
    /// `creationdate` (or its variants'); `None` when it says nothing readable.
    pub date: Option<String>,
}

/// `YYYY-MM-DD` from a TMX date (`20261201T064400Z`); `None` for anything else.
fn tmx_day(value: &str) -> Option<String> {
    let digits = value.get(..8)?;
    if !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    Some(format!(
        "{}-{}-{}",
        &digits[..4],
        &digits[4..6],
        &digits[6..8]
    ))
}

/// The later day of a unit's and an element's dates.
fn later_day(known: Option<String>, element: &quick_xml::events::BytesStart<'_>) -> Option<String> {
    let here = attribute(element, b"changedate")
        .or_else(|| attribute(element, b"creationdate"))
        .and_then(|value| tmx_day(&value));
    match (known, here) {
        (Some(known), Some(here)) => Some(known.max(here)),
        (known, here) => known.or(here),
    }
}

impl TmxUnit {
    /// The text of the variant in `language` (compared by primary subtag when no variant has
    /// exactly that tag: `en-GB` answers for `en`).
    pub fn text_in(&self, language: &str) -> Option<&str> {
        let exact = self
            .variants
            .iter()
            .find(|variant| variant.language.eq_ignore_ascii_case(language));
        let primary = crate::model::primary_language;
        exact
            .or_else(|| {
                self.variants
                    .iter()
                    .find(|variant| primary(&variant.language) == primary(language))
            })
            .map(|variant| variant.text.as_str())
    }
}

/// A TMX document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TmxDocument {
    /// The header's `srclang` (`*all*` when any language may be the source).
    pub source_language: Option<String>,
    pub units: Vec<TmxUnit>,
    /// Inline codes (`bpt`, `ept`, `ph`, `it`, `ut`) left out of segment texts.
    pub dropped_codes: usize,
}

/// Why a TMX file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum TmxError {
    #[error("the TMX file cannot be read as text: {0}")]
    NotText(String),
    #[error("not a TMX file: {0}")]
    NotTmx(String),
    #[error("the TMX file is not well-formed XML at line {line} (byte {position}): {reason}")]
    Malformed {
        position: u64,
        line: usize,
        reason: String,
    },
    #[error(
        "the TMX file uses the entity &{0}; which is not one of XML's five; entities are never \
         expanded"
    )]
    UnknownEntity(String),
}

impl From<XmlError> for TmxError {
    fn from(error: XmlError) -> Self {
        match error {
            XmlError::NotText(reason) => Self::NotText(reason),
            XmlError::NotXml => Self::NotTmx(XmlError::NOT_XML.to_owned()),
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

/// Inline elements whose content is native markup, not text.
const CODES: [&[u8]; 5] = [b"bpt", b"ept", b"ph", b"it", b"ut"];

/// Reads a TMX document from `bytes`.
pub fn read_tmx(bytes: &[u8]) -> Result<TmxDocument, TmxError> {
    let text = document_text(bytes)?;
    let mut reader = XmlReader::open(&text)?;
    let mut document = TmxDocument::default();
    let mut seen_root = false;
    let mut unit: Option<TmxUnit> = None;
    let mut variant_language: Option<String> = None;
    // Inside <seg>: the text so far, and how deep inside inline codes (whose content is not
    // text).
    let mut segment: Option<String> = None;
    let mut code_depth = 0usize;
    // Inside <prop> (with its type) or <note> (`None`), and its text so far.
    let mut field: Option<(Option<String>, String)> = None;
    loop {
        match reader.next()? {
            Event::Start(element) => {
                let local = element.local_name();
                let name = local.as_ref();
                if !seen_root {
                    if name != b"tmx" {
                        return Err(TmxError::NotTmx(format!(
                            "its root element is <{}>, not <tmx>",
                            String::from_utf8_lossy(name)
                        )));
                    }
                    seen_root = true;
                    continue;
                }
                if segment.is_some() {
                    if CODES.contains(&name) {
                        code_depth += 1;
                        document.dropped_codes += 1;
                    }
                    continue;
                }
                match name {
                    b"header" => {
                        document.source_language = attribute(&element, b"srclang");
                    }
                    b"tu" => {
                        unit = Some(TmxUnit {
                            id: attribute(&element, b"tuid"),
                            date: later_day(None, &element),
                            ..TmxUnit::default()
                        });
                    }
                    b"tuv" => {
                        variant_language = attribute(&element, b"xml:lang")
                            .or_else(|| attribute(&element, b"lang"));
                        if let Some(unit) = &mut unit {
                            unit.date = later_day(unit.date.take(), &element);
                        }
                    }
                    b"seg" => {
                        segment = Some(String::new());
                        code_depth = 0;
                    }
                    b"prop" if unit.is_some() => {
                        field = Some((
                            Some(attribute(&element, b"type").unwrap_or_default()),
                            String::new(),
                        ));
                    }
                    b"note" if unit.is_some() => field = Some((None, String::new())),
                    _ => {}
                }
            }
            Event::Empty(element) => {
                let local = element.local_name();
                let name = local.as_ref();
                if !seen_root {
                    return Err(TmxError::NotTmx("it has no <tmx> root element".to_owned()));
                }
                if segment.is_some() && CODES.contains(&name) {
                    document.dropped_codes += 1;
                }
                if name == b"header" {
                    document.source_language = attribute(&element, b"srclang");
                }
            }
            Event::Text(text) => {
                // Only text that is kept is decoded (not the indentation between elements).
                let into = match (&mut segment, &mut field) {
                    (Some(segment), _) if code_depth == 0 => Some(segment),
                    (None, Some((_, value))) => Some(value),
                    _ => None,
                };
                if let Some(into) = into {
                    into.push_str(&reader.text(&text)?);
                }
            }
            Event::CData(data) => {
                let content = reader.cdata(&data)?;
                if let Some(segment) = &mut segment
                    && code_depth == 0
                {
                    segment.push_str(&content);
                }
            }
            Event::GeneralRef(reference) => {
                let resolved = reader.reference(&reference)?;
                if let Some(segment) = &mut segment {
                    if code_depth == 0 {
                        segment.push_str(&resolved);
                    }
                } else if let Some((_, value)) = &mut field {
                    value.push_str(&resolved);
                }
            }
            Event::End(element) => {
                let local = element.local_name();
                let name = local.as_ref();
                if segment.is_some() {
                    if CODES.contains(&name) {
                        code_depth = code_depth.saturating_sub(1);
                        continue;
                    }
                    if name != b"seg" {
                        continue;
                    }
                }
                match name {
                    b"seg" => {
                        // One <seg> per <tuv>: its language goes with it.
                        if let (Some(text), Some(unit), Some(language)) =
                            (segment.take(), &mut unit, variant_language.take())
                        {
                            unit.variants.push(TmxVariant { language, text });
                        }
                    }
                    b"tuv" => variant_language = None,
                    b"prop" | b"note" => {
                        if let (Some((prop_type, value)), Some(unit)) = (field.take(), &mut unit) {
                            match prop_type {
                                Some(prop_type) => unit.props.push((prop_type, value)),
                                None => unit.notes.push(value),
                            }
                        }
                    }
                    b"tu" => {
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
        return Err(TmxError::NotTmx("it has no <tmx> root element".to_owned()));
    }
    Ok(document)
}

#[cfg(test)]
mod tests;
