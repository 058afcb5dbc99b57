//! The package parts of a DOCX file that Diptych writes itself rather than leave to
//! `docx-rs`'s defaults: the styles (named Word styles for the headline, headings, lead,
//! quotes and captions, so that Word's navigation and restyling work; a character style per
//! language with its `w:lang`, so that Word checks the spelling of each text in its own
//! language) and the core properties (title, author, language, dates).

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

/// The character style that marks text in `language`.
pub fn language_style(language: &LanguageTag) -> String {
    let mut id = String::from("Lang");
    id.extend(
        language
            .as_str()
            .chars()
            .filter(char::is_ascii_alphanumeric),
    );
    id
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

/// Half-points, as DOCX counts font sizes.
const BODY_SIZE: &str = "22";
const TITLE_SIZE: &str = "36";
const HEADING_SIZE: &str = "28";
const CAPTION_SIZE: &str = "18";

type Written = std::io::Result<()>;

/// `styles.xml`: `main` is the document's language (its default), `languages` every language
/// whose text appears (each gets a character style).
pub fn styles_xml(main: &LanguageTag, languages: &[&LanguageTag]) -> Vec<u8> {
    let mut writer = Writer::new(Vec::new());
    let written: Written =
        (|| {
            writer.write_event(Event::Decl(BytesDecl::new(
                "1.0",
                Some("UTF-8"),
                Some("yes"),
            )))?;
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
                            writer.create_element("w:rPrDefault").write_inner_content(
                                |writer| run_properties(writer, &[], Some(BODY_SIZE), Some(main)),
                            )?;
                            writer.create_element("w:pPrDefault").write_inner_content(
                                |writer| {
                                    writer.create_element("w:pPr").write_inner_content(
                                        |writer| {
                                            writer
                                                .create_element("w:spacing")
                                                .with_attributes([
                                                    ("w:after", "160"),
                                                    ("w:line", "264"),
                                                ])
                                                .write_empty()?;
                                            Ok(())
                                        },
                                    )?;
                                    Ok(())
                                },
                            )?;
                            Ok(())
                        })?;
                    paragraph_style_element(writer, "Normal", "Normal", None, &[], None)?;
                    paragraph_style_element(
                        writer,
                        "Title",
                        "Title",
                        Some(0),
                        &["w:b"],
                        Some(TITLE_SIZE),
                    )?;
                    paragraph_style_element(
                        writer,
                        "Heading1",
                        "heading 1",
                        Some(1),
                        &["w:b"],
                        Some(HEADING_SIZE),
                    )?;
                    paragraph_style_element(writer, "Lead", "Lead", None, &["w:b"], None)?;
                    paragraph_style_element(writer, "Quote", "Quote", None, &["w:i"], None)?;
                    paragraph_style_element(
                        writer,
                        "Caption",
                        "caption",
                        None,
                        &["w:i"],
                        Some(CAPTION_SIZE),
                    )?;
                    let mut written_ids: Vec<String> = Vec::new();
                    for language in languages {
                        let id = language_style(language);
                        if written_ids.contains(&id) {
                            continue;
                        }
                        written_ids.push(id.clone());
                        let name = format!("Text in {}", language.display_name());
                        writer
                            .create_element("w:style")
                            .with_attributes([("w:type", "character"), ("w:styleId", id.as_str())])
                            .write_inner_content(|writer| {
                                writer
                                    .create_element("w:name")
                                    .with_attribute(("w:val", name.as_str()))
                                    .write_empty()?;
                                run_properties(writer, &[], None, Some(language))
                            })?;
                    }
                    Ok(())
                })?;
            Ok(())
        })();
    debug_assert!(written.is_ok(), "writing into memory failed: {written:?}");
    writer.into_inner()
}

fn run_properties(
    writer: &mut Writer<Vec<u8>>,
    switches: &[&str],
    size: Option<&str>,
    language: Option<&LanguageTag>,
) -> Written {
    writer
        .create_element("w:rPr")
        .write_inner_content(|writer| {
            for switch in switches {
                writer.create_element(*switch).write_empty()?;
            }
            if let Some(size) = size {
                writer
                    .create_element("w:sz")
                    .with_attribute(("w:val", size))
                    .write_empty()?;
            }
            if let Some(language) = language {
                let tag = word_language(language);
                writer
                    .create_element("w:lang")
                    .with_attributes([
                        ("w:val", tag.as_str()),
                        ("w:eastAsia", tag.as_str()),
                        ("w:bidi", tag.as_str()),
                    ])
                    .write_empty()?;
            }
            Ok(())
        })?;
    Ok(())
}

fn paragraph_style_element(
    writer: &mut Writer<Vec<u8>>,
    id: &str,
    name: &str,
    outline_level: Option<u8>,
    switches: &[&str],
    size: Option<&str>,
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
            let level = level.to_string();
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
                        .with_attribute(("w:val", level.as_str()))
                        .write_empty()?;
                    Ok(())
                })?;
        }
        if !switches.is_empty() || size.is_some() {
            run_properties(writer, switches, size, None)?;
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
    let mut writer = Writer::new(Vec::new());
    let written: Written = (|| {
        writer.write_event(Event::Decl(BytesDecl::new(
            "1.0",
            Some("UTF-8"),
            Some("yes"),
        )))?;
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
    })();
    debug_assert!(written.is_ok(), "writing into memory failed: {written:?}");
    writer.into_inner()
}
