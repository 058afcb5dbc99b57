//! Reading glossaries (termbases): TBX — version 2 (`<martif>`, `<tig>`) and version 3
//! (`<tbx>`, `<termSec>`), TBX-Basic and the like — OmegaT-style tab-separated files
//! (source, target, comment; `#` starts a comment line) and CSV (the same columns, a header
//! row allowed). A term whose administrative status is `deprecatedTerm-admn-sts` (or
//! `supersededTerm-admn-sts`) is forbidden. A broken file gives one error naming its line.
//! The TBX reader shares the exchange readers' safety: no entity is expanded, nothing else is
//! read.

use quick_xml::events::Event;

use super::xml::{XmlError, XmlReader, attribute, document_text};

/// One term pair.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GlossaryEntry {
    pub source: String,
    pub target: String,
    pub note: String,
    /// The target term must not be used (the source's translation is another entry's).
    pub forbidden: bool,
}

/// Why a glossary could not be read.
#[derive(Debug, thiserror::Error)]
pub enum GlossaryError {
    #[error("line {line}: {reason}")]
    Line { line: usize, reason: String },
    #[error("the TBX file cannot be read: {0}")]
    Tbx(String),
    #[error("the glossary is not UTF-8 text (line {0})")]
    NotUtf8(usize),
}

/// The text of a TSV or CSV glossary: UTF-8 (a byte order mark allowed) or UTF-16 with its
/// byte order mark (Excel's "Unicode text").
fn table_text(bytes: &[u8]) -> Result<String, GlossaryError> {
    for (mark, encoding) in [
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE),
    ] {
        if bytes.starts_with(mark) {
            let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[2..]);
            if had_errors {
                return Err(GlossaryError::Tbx(
                    "the glossary is not valid UTF-16 text".to_owned(),
                ));
            }
            return Ok(text.into_owned());
        }
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes)
        .map(str::to_owned)
        .map_err(|error| {
            let line = memchr::memchr_iter(b'\n', &bytes[..error.valid_up_to()]).count() + 1;
            GlossaryError::NotUtf8(line)
        })
}

/// The rows of a table glossary separated by `delimiter` (fields may be quoted, as
/// spreadsheets write them), each with its line; `#` lines are comments.
fn table_rows(text: &str, delimiter: u8) -> Result<Vec<(usize, Vec<String>)>, GlossaryError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|error| {
            let line = error.position().map_or(index + 1, |position| {
                usize::try_from(position.line()).unwrap_or(index + 1)
            });
            GlossaryError::Line {
                line,
                reason: error.to_string(),
            }
        })?;
        let line = record
            .position()
            .and_then(|position| usize::try_from(position.line()).ok())
            .unwrap_or(index + 1);
        let cells: Vec<String> = record.iter().map(|cell| cell.trim().to_owned()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        rows.push((line, cells));
    }
    Ok(rows)
}

/// The entries of table rows: source, target, comment; a first row naming its columns with
/// words ("source", "term") is skipped (one naming languages is kept for [`orient`]).
fn table_entries(
    rows: Vec<(usize, Vec<String>)>,
    missing: &str,
) -> Result<Vec<GlossaryEntry>, GlossaryError> {
    let mut entries = Vec::new();
    for (position, (line, cells)) in rows.into_iter().enumerate() {
        let cell = |at: usize| cells.get(at).map_or("", String::as_str);
        let header = position == 0
            && ["source", "term", "source term"]
                .iter()
                .any(|name| cell(0).eq_ignore_ascii_case(name));
        if header {
            continue;
        }
        if cells.len() < 2 {
            return Err(GlossaryError::Line {
                line,
                reason: missing.to_owned(),
            });
        }
        if cell(0).is_empty() || cell(1).is_empty() {
            return Err(GlossaryError::Line {
                line,
                reason: "a row needs a source term and its translation".to_owned(),
            });
        }
        entries.push(GlossaryEntry {
            source: cell(0).to_owned(),
            target: cell(1).to_owned(),
            note: cell(2).to_owned(),
            forbidden: false,
        });
    }
    Ok(entries)
}

/// An OmegaT-style tab-separated glossary (source, target, comment; `#` starts a comment
/// line; fields quoted by a spreadsheet are read without their quotes).
pub fn read_tsv(bytes: &[u8]) -> Result<Vec<GlossaryEntry>, GlossaryError> {
    let text = table_text(bytes)?;
    table_entries(
        table_rows(&text, b'\t')?,
        "no tab between the source term and its translation",
    )
}

/// A CSV glossary: source, target, comment (a first row naming the columns is skipped).
pub fn read_csv(bytes: &[u8]) -> Result<Vec<GlossaryEntry>, GlossaryError> {
    let text = table_text(bytes)?;
    table_entries(
        table_rows(&text, b',')?,
        "a row needs a source term and its translation",
    )
}

/// The language a table's header cell names ("en", "eng", "English"), as its primary
/// subtag.
pub fn language_named(cell: &str) -> Option<String> {
    let lower = cell.trim().to_ascii_lowercase();
    let named = match lower.as_str() {
        "eng" | "english" => "en",
        "rus" | "russian" | "русский" => "ru",
        "aze" | "azerbaijani" | "azərbaycanca" => "az",
        "tur" | "turkish" => "tr",
        "kat" | "geo" | "georgian" => "ka",
        "hye" | "arm" | "armenian" => "hy",
        "ukr" | "ukrainian" => "uk",
        "deu" | "ger" | "german" => "de",
        "fra" | "fre" | "french" => "fr",
        two if two.len() == 2 && two.chars().all(|c| c.is_ascii_lowercase()) => two,
        _ => return None,
    };
    Some(named.to_owned())
}

/// A table glossary's entries for `from` → `to`: when its first row names two languages
/// (`en, ru`), that row is dropped and the columns are swapped if they are the other way
/// round; a table for two other languages gives nothing.
pub fn orient(mut entries: Vec<GlossaryEntry>, from: &str, to: &str) -> Vec<GlossaryEntry> {
    let primary = crate::model::primary_language;
    let Some(first) = entries.first() else {
        return entries;
    };
    let (Some(one), Some(other)) = (language_named(&first.source), language_named(&first.target))
    else {
        return entries;
    };
    let (from, to) = (primary(from), primary(to));
    entries.remove(0);
    if one == from && other == to {
        entries
    } else if one == to && other == from {
        for entry in &mut entries {
            std::mem::swap(&mut entry.source, &mut entry.target);
        }
        entries
    } else {
        Vec::new()
    }
}

/// Whether a TBX administrative status forbids the term.
fn forbids(status: &str) -> bool {
    matches!(
        status.trim(),
        "deprecatedTerm-admn-sts" | "supersededTerm-admn-sts"
    )
}

/// A term of a language set as read.
#[derive(Default)]
struct Term {
    text: String,
    forbidden: bool,
    /// A note given in the term's own section.
    note: String,
}

/// Which text of a TBX concept is being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Term,
    /// A term's administrative status.
    Status,
    /// The concept's definition or note.
    Note,
}

impl From<XmlError> for GlossaryError {
    fn from(error: XmlError) -> Self {
        match error {
            XmlError::NotText(reason) => Self::Tbx(reason),
            XmlError::NotXml => Self::Tbx(XmlError::NOT_XML.to_owned()),
            XmlError::Malformed { line, reason, .. } => Self::Line { line, reason },
            XmlError::UnknownEntity { name, line, .. } => Self::Line {
                line,
                reason: format!("the entity &{name}; is never expanded"),
            },
        }
    }
}

/// A TBX glossary: for each concept, every term in `from` paired with every term in `to`.
pub fn read_tbx(bytes: &[u8], from: &str, to: &str) -> Result<Vec<GlossaryEntry>, GlossaryError> {
    let text = document_text(bytes)?;
    let mut reader = XmlReader::open(&text)?;
    let primary = crate::model::primary_language;
    let (from, to) = (primary(from), primary(to));
    let mut seen_root = false;
    let mut entries = Vec::new();
    // The concept read now: its terms per side, and its note.
    let mut sources: Vec<Term> = Vec::new();
    let mut targets: Vec<Term> = Vec::new();
    let mut note = String::new();
    let mut language = String::new();
    // Inside a term's own section (`termSec`, `tig`, `ntig`): a note there is the term's.
    let mut in_term_section = false;
    // What text goes into now.
    let mut into: Option<Field> = None;
    let mut buffer = String::new();
    loop {
        match reader.next()? {
            Event::Start(element) => {
                let local = element.local_name();
                let name = local.as_ref();
                if !seen_root {
                    if name != b"martif" && name != b"tbx" {
                        return Err(GlossaryError::Tbx(format!(
                            "its root element is <{}>, not <martif> or <tbx>",
                            String::from_utf8_lossy(name)
                        )));
                    }
                    seen_root = true;
                    continue;
                }
                match name {
                    b"termEntry" | b"conceptEntry" => {
                        sources.clear();
                        targets.clear();
                        note.clear();
                    }
                    b"langSet" | b"langSec" => {
                        language = primary(
                            &attribute(&element, b"xml:lang")
                                .or_else(|| attribute(&element, b"lang"))
                                .unwrap_or_default(),
                        );
                    }
                    b"termSec" | b"tig" | b"ntig" => in_term_section = true,
                    b"term" => {
                        into = Some(Field::Term);
                        buffer.clear();
                    }
                    b"termNote"
                        if attribute(&element, b"type").as_deref()
                            == Some("administrativeStatus") =>
                    {
                        into = Some(Field::Status);
                        buffer.clear();
                    }
                    b"descrip" | b"note" | b"definition" => {
                        into = Some(Field::Note);
                        buffer.clear();
                    }
                    _ => {}
                }
            }
            Event::Text(content) if into.is_some() => {
                buffer.push_str(&reader.text(&content)?);
            }
            Event::GeneralRef(reference) => {
                let resolved = reader.reference(&reference)?;
                if into.is_some() {
                    buffer.push_str(&resolved);
                }
            }
            Event::End(element) => {
                let local = element.local_name();
                match (into, local.as_ref()) {
                    (Some(Field::Term), b"term") => {
                        let term = Term {
                            text: buffer.trim().to_owned(),
                            ..Term::default()
                        };
                        if language == from {
                            sources.push(term);
                        } else if language == to {
                            targets.push(term);
                        }
                        into = None;
                    }
                    (Some(Field::Status), b"termNote") => {
                        let side = if language == from {
                            sources.last_mut()
                        } else if language == to {
                            targets.last_mut()
                        } else {
                            None
                        };
                        if let Some(term) = side {
                            term.forbidden = forbids(&buffer);
                        }
                        into = None;
                    }
                    (Some(Field::Note), b"descrip" | b"note" | b"definition") => {
                        let term = if !in_term_section {
                            None
                        } else if language == from {
                            sources.last_mut()
                        } else if language == to {
                            targets.last_mut()
                        } else {
                            None
                        };
                        // The first note of a term, or of the concept, is kept.
                        match term {
                            Some(term) if term.note.is_empty() => {
                                buffer.trim().clone_into(&mut term.note);
                            }
                            None if !in_term_section && note.is_empty() => {
                                buffer.trim().clone_into(&mut note);
                            }
                            _ => {}
                        }
                        into = None;
                    }
                    (_, b"termSec" | b"tig" | b"ntig") => in_term_section = false,
                    (_, b"termEntry" | b"conceptEntry") => {
                        for source in sources.iter().filter(|term| !term.text.is_empty()) {
                            for target in targets.iter().filter(|term| !term.text.is_empty()) {
                                let note = [&target.note, &source.note, &note]
                                    .into_iter()
                                    .find(|note| !note.is_empty())
                                    .cloned()
                                    .unwrap_or_default();
                                entries.push(GlossaryEntry {
                                    source: source.text.clone(),
                                    target: target.text.clone(),
                                    note,
                                    forbidden: target.forbidden,
                                });
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_root {
        return Err(GlossaryError::Tbx(
            "it has no <martif> or <tbx> root".to_owned(),
        ));
    }
    Ok(entries)
}

#[cfg(test)]
mod tests;
