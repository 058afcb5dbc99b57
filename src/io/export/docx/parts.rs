//! The package parts of a DOCX file that Diptych writes itself rather than leave to
//! `docx-rs`'s defaults: the styles (named Word styles for the headline, headings, lead,
//! quotes and captions, so that Word's navigation and restyling work; a character style per
//! kind of run and language with its `w:lang`, so that Word checks the spelling of each text
//! in its own language, right to left where the language is) and the core properties (title,
//! author, language, dates). Runs carry nothing but their character style (a [`Look`]): all
//! formatting lives in the styles, which keeps every run's properties in the schema's order.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use crate::model::{LanguageTag, ParagraphKind};

/// The paragraph style of a kind of paragraph (`None`: Normal).
pub fn paragraph_style(kind: ParagraphKind) -> Option<&'static str> {
    match kind {
        ParagraphKind::Headline => Some("Title"),
        ParagraphKind::Heading => Some("Heading1"),
        ParagraphKind::Lead => Some("Lead"),
        ParagraphKind::Quote => Some("Quote"),
        ParagraphKind::Caption => Some("Caption"),
        ParagraphKind::Body
        | ParagraphKind::Junk
        | ParagraphKind::Duplicate
        | ParagraphKind::Teaser
        | ParagraphKind::Footer => None,
    }
}

/// What a run of text is, which decides its character style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Text as it is.
    Plain,
    /// Source text kept where a translation is missing (coloured).
    KeptSource,
    /// A table header (bold).
    Header,
    /// A status line (small, grey).
    Status,
    /// A translator's note (small, italic).
    Note,
    /// "not translated" (italic, coloured).
    Missing,
}

/// A character style: a role in a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Look {
    pub role: Role,
    pub language: LanguageTag,
}

/// Half-points, as DOCX counts font sizes.
const BODY_SIZE: &str = "22";
const TITLE_SIZE: &str = "36";
const HEADING_SIZE: &str = "28";
const CAPTION_SIZE: &str = "18";
/// The colour of source text kept where a translation is missing.
const KEPT_SOURCE_COLOR: &str = "996633";
const STATUS_COLOR: &str = "666666";

/// Formatting: switches (`w:b`, `w:i`), size, colour.
type Formatting = (
    &'static [&'static str],
    Option<&'static str>,
    Option<&'static str>,
);

impl Look {
    pub fn new(role: Role, language: &LanguageTag) -> Self {
        Self {
            role,
            language: language.clone(),
        }
    }

    fn names(role: Role) -> (&'static str, &'static str) {
        match role {
            Role::Plain => ("Text", "Text"),
            Role::KeptSource => ("KeptText", "Kept source text"),
            Role::Header => ("HeaderText", "Header text"),
            Role::Status => ("StatusText", "Status"),
            Role::Note => ("NoteText", "Note"),
            Role::Missing => ("MissingText", "Missing translation"),
        }
    }

    /// The style's id (`NoteTextru`).
    pub fn style_id(&self) -> String {
        let mut id = String::from(Self::names(self.role).0);
        id.extend(
            self.language
                .as_str()
                .chars()
                .filter(char::is_ascii_alphanumeric),
        );
        id
    }

    /// The style's name as Word shows it.
    fn name(&self) -> String {
        format!(
            "{} in {}",
            Self::names(self.role).1,
            self.language.display_name()
        )
    }

    fn formatting(&self) -> Formatting {
        match self.role {
            Role::Plain => (&[], None, None),
            Role::KeptSource => (&[], None, Some(KEPT_SOURCE_COLOR)),
            Role::Header => (&["w:b"], None, None),
            Role::Status => (&[], Some(CAPTION_SIZE), Some(STATUS_COLOR)),
            Role::Note => (&["w:i"], Some(CAPTION_SIZE), None),
            Role::Missing => (&["w:i"], None, Some(KEPT_SOURCE_COLOR)),
        }
    }
}

/// Whether `language` is written right to left.
pub fn is_right_to_left(language: &LanguageTag) -> bool {
    matches!(
        language.primary(),
        "ar" | "he" | "fa" | "ur" | "yi" | "ps" | "dv" | "ckb" | "sd" | "ug"
    )
}

/// The tag Word's proofing knows a language by: the project's own when it names a region,
/// otherwise the usual region for the languages Diptych's users write.
pub fn word_language(language: &LanguageTag) -> String {
    let tag = language.as_str();
    if tag.contains('-') {
        return tag.to_owned();
    }
    match tag {
        "ru" => "ru-RU".to_owned(),
        "az" => "az-Latn-AZ".to_owned(),
        "en" => "en-US".to_owned(),
        "ka" => "ka-GE".to_owned(),
        "uk" => "uk-UA".to_owned(),
        "tr" => "tr-TR".to_owned(),
        other => other.to_owned(),
    }
}

type Written = std::io::Result<()>;

/// A part written by `body` after the XML declaration.
fn part(body: impl FnOnce(&mut Writer<Vec<u8>>) -> Written) -> Vec<u8> {
    let mut writer = Writer::new(Vec::new());
    let written = writer
        .write_event(Event::Decl(BytesDecl::new(
            "1.0",
            Some("UTF-8"),
            Some("yes"),
        )))
        .and_then(|()| body(&mut writer));
    // Writing into a Vec cannot fail.
    debug_assert!(written.is_ok(), "writing into memory failed: {written:?}");
    writer.into_inner()
}

/// `styles.xml`: `main` is the document's language (its default), `looks` every character
/// style a run uses.
pub fn styles_xml(main: &LanguageTag, looks: &[Look]) -> Vec<u8> {
    part(|writer| {
        writer
            .create_element("w:styles")
            .with_attribute((
                "xmlns:w",
                "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            ))
            .write_inner_content(|writer| {
                writer
                    .create_element("w:docDefaults")
                    .write_inner_content(|writer| {
                        writer
                            .create_element("w:rPrDefault")
                            .write_inner_content(|writer| {
                                run_properties(writer, (&[], Some(BODY_SIZE), None), Some(main))
                            })?;
                        writer
                            .create_element("w:pPrDefault")
                            .write_inner_content(|writer| {
                                writer
                                    .create_element("w:pPr")
                                    .write_inner_content(|writer| {
                                        writer
                                            .create_element("w:spacing")
                                            .with_attributes([
                                                ("w:after", "160"),
                                                ("w:line", "264"),
                                            ])
                                            .write_empty()?;
                                        Ok(())
                                    })?;
                                Ok(())
                            })?;
                        Ok(())
                    })?;
                for (id, name, outline_level, formatting) in [
                    ("Normal", "Normal", None, (&[][..], None)),
                    (
                        "Title",
                        "Title",
                        Some("0"),
                        (&["w:b"][..], Some(TITLE_SIZE)),
                    ),
                    (
                        "Heading1",
                        "heading 1",
                        Some("1"),
                        (&["w:b"][..], Some(HEADING_SIZE)),
                    ),
                    ("Lead", "Lead", None, (&["w:b"][..], None)),
                    ("Quote", "Quote", None, (&["w:i"][..], None)),
                    (
                        "Caption",
                        "caption",
                        None,
                        (&["w:i"][..], Some(CAPTION_SIZE)),
                    ),
                ] {
                    paragraph_style_element(writer, id, name, outline_level, formatting)?;
                }
                let mut written_ids: Vec<String> = Vec::new();
                for look in looks {
                    let id = look.style_id();
                    if written_ids.contains(&id) {
                        continue;
                    }
                    written_ids.push(id.clone());
                    let name = look.name();
                    writer
                        .create_element("w:style")
                        .with_attributes([("w:type", "character"), ("w:styleId", id.as_str())])
                        .write_inner_content(|writer| {
                            writer
                                .create_element("w:name")
                                .with_attribute(("w:val", name.as_str()))
                                .write_empty()?;
                            run_properties(writer, look.formatting(), Some(&look.language))
                        })?;
                }
                Ok(())
            })?;
        Ok(())
    })
}

/// Run properties, in the order the schema asks for (`b`, `i`, `color`, `sz`, `rtl`,
/// `lang`).
fn run_properties(
    writer: &mut Writer<Vec<u8>>,
    (switches, size, color): Formatting,
    language: Option<&LanguageTag>,
) -> Written {
    writer
        .create_element("w:rPr")
        .write_inner_content(|writer| {
            for switch in switches {
                writer.create_element(*switch).write_empty()?;
            }
            if let Some(color) = color {
                writer
                    .create_element("w:color")
                    .with_attribute(("w:val", color))
                    .write_empty()?;
            }
            if let Some(size) = size {
                writer
                    .create_element("w:sz")
                    .with_attribute(("w:val", size))
                    .write_empty()?;
            }
            if let Some(language) = language {
                let tag = word_language(language);
                if is_right_to_left(language) {
                    writer.create_element("w:rtl").write_empty()?;
                    // Right-to-left scripts are Word's "complex scripts": their language is
                    // `w:bidi`.
                    writer
                        .create_element("w:lang")
                        .with_attributes([("w:val", tag.as_str()), ("w:bidi", tag.as_str())])
                        .write_empty()?;
                } else {
                    writer
                        .create_element("w:lang")
                        .with_attribute(("w:val", tag.as_str()))
                        .write_empty()?;
                }
            }
            Ok(())
        })?;
    Ok(())
}

fn paragraph_style_element(
    writer: &mut Writer<Vec<u8>>,
    id: &str,
    name: &str,
    outline_level: Option<&str>,
    (switches, size): (&'static [&'static str], Option<&'static str>),
) -> Written {
    let mut style = writer
        .create_element("w:style")
        .with_attributes([("w:type", "paragraph"), ("w:styleId", id)]);
    if id == "Normal" {
        style = style.with_attribute(("w:default", "1"));
    }
    style.write_inner_content(|writer| {
        writer
            .create_element("w:name")
            .with_attribute(("w:val", name))
            .write_empty()?;
        if id != "Normal" {
            writer
                .create_element("w:basedOn")
                .with_attribute(("w:val", "Normal"))
                .write_empty()?;
            writer
                .create_element("w:next")
                .with_attribute(("w:val", "Normal"))
                .write_empty()?;
        }
        writer.create_element("w:qFormat").write_empty()?;
        if let Some(level) = outline_level {
            writer
                .create_element("w:pPr")
                .write_inner_content(|writer| {
                    writer.create_element("w:keepNext").write_empty()?;
                    writer
                        .create_element("w:spacing")
                        .with_attributes([("w:before", "240"), ("w:after", "120")])
                        .write_empty()?;
                    writer
                        .create_element("w:outlineLvl")
                        .with_attribute(("w:val", level))
                        .write_empty()?;
                    Ok(())
                })?;
        }
        if !switches.is_empty() || size.is_some() {
            run_properties(writer, (switches, size, None), None)?;
        }
        Ok(())
    })?;
    Ok(())
}

/// What the core properties say.
pub struct CoreProperties<'a> {
    pub title: &'a str,
    pub author: &'a str,
    pub description: &'a str,
    pub language: &'a LanguageTag,
    /// `2026-12-01T06:44:00Z`.
    pub time: &'a str,
}

/// `docProps/core.xml`.
pub fn core_xml(properties: &CoreProperties<'_>) -> Vec<u8> {
    part(|writer| {
        writer
            .create_element("cp:coreProperties")
            .with_attributes([
                (
                    "xmlns:cp",
                    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                ),
                ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
                ("xmlns:dcterms", "http://purl.org/dc/terms/"),
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ])
            .write_inner_content(|writer| {
                let language = word_language(properties.language);
                for (name, value) in [
                    ("dc:title", properties.title),
                    ("dc:creator", properties.author),
                    ("dc:description", properties.description),
                    ("dc:language", language.as_str()),
                    ("cp:lastModifiedBy", "Diptych"),
                ] {
                    if !value.is_empty() {
                        writer
                            .create_element(name)
                            .write_text_content(BytesText::new(value))?;
                    }
                }
                for name in ["dcterms:created", "dcterms:modified"] {
                    writer
                        .create_element(name)
                        .with_attribute(("xsi:type", "dcterms:W3CDTF"))
                        .write_text_content(BytesText::new(properties.time))?;
                }
                Ok(())
            })?;
        Ok(())
    })
}
