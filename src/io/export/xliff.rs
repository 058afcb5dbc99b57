//! XLIFF 2.1 (core): one unit per paragraph of the source, its id made from the paragraph id
//! (`p5`), so that a file edited in another tool comes back to the right paragraphs.
//! Paragraphs that are not translated (junk, teasers, footers, duplicates) are kept with
//! `translate="no"`. Statuses map to XLIFF states — new and draft are `initial`, translated
//! `translated`, reviewed `reviewed`, approved `final` — with a `subState` (`diptych:draft`,
//! `diptych:approved`…) that keeps them apart; a stale translation (its source changed in a new
//! capture) is `initial` whatever its status, the sub-state keeping the status. The paragraph kind is the unit's `type`
//! (`diptych:body`); translators' notes are notes; the project is named in file-level notes
//! with the SHA-256 of its original, which an import checks.

use quick_xml::events::BytesText;

use super::tmx::xml_text;
use super::xml_document;
use crate::model::{LanguageTag, Project, TranslationStatus};

/// The XLIFF 2 state of a status, and the sub-state that keeps Diptych's five apart.
fn state(status: TranslationStatus) -> (&'static str, &'static str) {
    match status {
        TranslationStatus::New => ("initial", "diptych:new"),
        TranslationStatus::Draft => ("initial", "diptych:draft"),
        TranslationStatus::Translated => ("translated", "diptych:translated"),
        TranslationStatus::Reviewed => ("reviewed", "diptych:reviewed"),
        TranslationStatus::Approved => ("final", "diptych:approved"),
    }
}

/// The XLIFF 2.1 document of `project` for `language`; the count says how many characters
/// XML could not carry.
pub fn xliff2_document(
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
                ("xmlns", "urn:oasis:names:tc:xliff:document:2.0"),
                ("version", "2.1"),
                ("srcLang", source_language.as_str()),
                ("trgLang", target_language.as_str()),
            ])
            .write_inner_content(|writer| {
                writer
                    .create_element("file")
                    .with_attributes([("id", "f1"), ("original", file_name)])
                    .write_inner_content(|writer| {
                        writer
                            .create_element("notes")
                            .write_inner_content(|writer| {
                                for (category, value) in [
                                    ("x-diptych-project", project.metadata.title.as_str()),
                                    (
                                        "x-diptych-original-sha256",
                                        project.source.original.sha256.as_str(),
                                    ),
                                    ("x-diptych-url", project.metadata.url.as_str()),
                                ] {
                                    if !value.is_empty() {
                                        writer
                                            .create_element("note")
                                            .with_attribute(("category", category))
                                            .write_text_content(BytesText::new(&xml_text(
                                                value,
                                                &mut dropped,
                                            )))?;
                                    }
                                }
                                Ok(())
                            })?;
                        for paragraph in project.paragraphs() {
                            let translatable = paragraph.kind.is_translatable();
                            let translation = project.translation(paragraph.paragraph_id, language);
                            let id = format!("p{}", paragraph.paragraph_id.0);
                            let kind = format!("diptych:{}", paragraph.kind.as_str());
                            let mut unit = writer.create_element("unit").with_attributes([
                                ("id", id.as_str()),
                                ("type", kind.as_str()),
                                ("xml:space", "preserve"),
                            ]);
                            if !translatable {
                                unit = unit.with_attribute(("translate", "no"));
                            }
                            let source = xml_text(&paragraph.text, &mut dropped);
                            let target = xml_text(&translation.text, &mut dropped);
                            let note = xml_text(&translation.note, &mut dropped);
                            unit.write_inner_content(|writer| {
                                if !note.is_empty() {
                                    writer.create_element("notes").write_inner_content(
                                        |writer| {
                                            writer
                                                .create_element("note")
                                                .write_text_content(BytesText::new(&note))?;
                                            Ok(())
                                        },
                                    )?;
                                }
                                let (state, sub_state) = state(translation.status);
                                // A stale translation (a new capture changed the source)
                                // needs work, whatever its status; the sub-state keeps the
                                // status for the way back.
                                let state = if translation.is_stale() {
                                    "initial"
                                } else {
                                    state
                                };
                                let mut segment = writer.create_element("segment");
                                if translatable {
                                    segment = segment.with_attributes([
                                        ("state", state),
                                        ("subState", sub_state),
                                    ]);
                                }
                                segment.write_inner_content(|writer| {
                                    writer
                                        .create_element("source")
                                        .write_text_content(BytesText::new(&source))?;
                                    if translatable && !target.is_empty() {
                                        writer
                                            .create_element("target")
                                            .write_text_content(BytesText::new(&target))?;
                                    }
                                    Ok(())
                                })?;
                                Ok(())
                            })?;
                        }
                        Ok(())
                    })?;
                Ok(())
            })?;
        Ok(())
    });
    (text, dropped)
}
