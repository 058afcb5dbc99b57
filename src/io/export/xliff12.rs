//! XLIFF 1.2 (strict): for tools that read only the older version (translate-toolkit's
//! `xliff2po`, older Trados and memoQ). One `trans-unit` per paragraph, its id made from the
//! paragraph id and repeated as a location context (which survives `xliff2po` → `po2xliff` as a
//! `#:` reference); paragraphs that are not translated are kept with `translate="no"`.
//! Statuses map to 1.2 states — new `new`, draft `needs-review-translation`, translated
//! `translated`, reviewed `signed-off`, approved `final` — and every finished translation
//! (translated or better) is `approved="yes"`, which is how 1.2 tools tell finished from fuzzy.
//! The paragraph kind is the unit's `resname`; translators' notes are notes from
//! `translator`; the header notes name the project and its original's SHA-256.

use quick_xml::events::BytesText;

use super::tmx::xml_text;
use super::xml_document;
use crate::model::{LanguageTag, Project, TranslationStatus};

fn state(status: TranslationStatus) -> &'static str {
    match status {
        TranslationStatus::New => "new",
        TranslationStatus::Draft => "needs-review-translation",
        TranslationStatus::Translated => "translated",
        TranslationStatus::Reviewed => "signed-off",
        TranslationStatus::Approved => "final",
    }
}

/// The XLIFF 1.2 document of `project` for `language`; the count says how many characters
/// XML could not carry.
pub fn xliff12_document(
    project: &Project,
    language: &LanguageTag,
    file_name: &str,
) -> (String, usize) {
    let mut dropped = 0;
    let source_language = project.source.language.to_string();
    let target_language = language.to_string();
    let text = xml_document(None, |writer| {
        writer
            .create_element("xliff")
            .with_attributes([
                ("xmlns", "urn:oasis:names:tc:xliff:document:1.2"),
                ("version", "1.2"),
            ])
            .write_inner_content(|writer| {
                writer
                    .create_element("file")
                    .with_attributes([
                        ("original", file_name),
                        ("source-language", source_language.as_str()),
                        ("target-language", target_language.as_str()),
                        ("datatype", "plaintext"),
                        ("tool-id", "diptych"),
                    ])
                    .write_inner_content(|writer| {
                        writer
                            .create_element("header")
                            .write_inner_content(|writer| {
                                writer
                                    .create_element("tool")
                                    .with_attributes([
                                        ("tool-id", "diptych"),
                                        ("tool-name", "Diptych"),
                                        ("tool-version", env!("CARGO_PKG_VERSION")),
                                    ])
                                    .write_empty()?;
                                for (from, value) in [
                                    ("x-diptych-project", project.metadata.title.as_str()),
                                    (
                                        "x-diptych-original-sha256",
                                        project.source.original.sha256.as_str(),
                                    ),
                                ] {
                                    if !value.is_empty() {
                                        writer
                                            .create_element("note")
                                            .with_attribute(("from", from))
                                            .write_text_content(BytesText::new(&xml_text(
                                                value,
                                                &mut dropped,
                                            )))?;
                                    }
                                }
                                Ok(())
                            })?;
                        writer
                            .create_element("body")
                            .write_inner_content(|writer| {
                                for paragraph in project.paragraphs() {
                                    let translatable = paragraph.kind.is_translatable();
                                    let translation =
                                        project.translation(paragraph.paragraph_id, language);
                                    let id = format!("p{}", paragraph.paragraph_id.0);
                                    let mut unit =
                                        writer.create_element("trans-unit").with_attributes([
                                            ("id", id.as_str()),
                                            ("resname", paragraph.kind.as_str()),
                                            ("xml:space", "preserve"),
                                        ]);
                                    if !translatable {
                                        unit = unit.with_attribute(("translate", "no"));
                                    } else if translation.status.is_done() {
                                        unit = unit.with_attribute(("approved", "yes"));
                                    }
                                    let source = xml_text(&paragraph.text, &mut dropped);
                                    let target = xml_text(&translation.text, &mut dropped);
                                    let note = xml_text(&translation.note, &mut dropped);
                                    unit.write_inner_content(|writer| {
                                        writer
                                            .create_element("source")
                                            .with_attribute(("xml:lang", source_language.as_str()))
                                            .write_text_content(BytesText::new(&source))?;
                                        if translatable && !target.is_empty() {
                                            writer
                                                .create_element("target")
                                                .with_attributes([
                                                    ("xml:lang", target_language.as_str()),
                                                    ("state", state(translation.status)),
                                                ])
                                                .write_text_content(BytesText::new(&target))?;
                                        }
                                        writer
                                            .create_element("context-group")
                                            .with_attribute(("purpose", "location"))
                                            .write_inner_content(|writer| {
                                                writer
                                                    .create_element("context")
                                                    .with_attribute(("context-type", "sourcefile"))
                                                    .write_text_content(BytesText::new(&id))?;
                                                Ok(())
                                            })?;
                                        if !note.is_empty() {
                                            writer
                                                .create_element("note")
                                                .with_attribute(("from", "translator"))
                                                .write_text_content(BytesText::new(&note))?;
                                        }
                                        Ok(())
                                    })?;
                                }
                                Ok(())
                            })?;
                        Ok(())
                    })?;
                Ok(())
            })?;
        Ok(())
    });
    (text, dropped)
}
