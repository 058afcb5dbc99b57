//! TMX 1.4b: the translated paragraphs and the alignment links of a project as a translation
//! memory other tools read (OmegaT, memoQ, Trados, translate-toolkit). One `<tu>` per
//! translated paragraph (translated or better; drafts on request) and one per alignment link
//! whose two sides have text, with the paragraph's id, kind, status and the project's title and
//! URL as `x-` properties and translators' notes as notes.

use std::time::SystemTime;

use quick_xml::events::BytesText;

use super::xml_document;
use crate::io::import::xml::xml_can_carry;
use crate::model::{
    LanguageTag, LinkState, PairOrigin, Project, sentence_split, translation_pairs,
};

/// Characters XML 1.0 cannot carry (controls other than tab, line feed and carriage return,
/// and the two non-characters): they are left out, and counted.
pub(super) fn xml_text(text: &str, dropped: &mut usize) -> String {
    text.chars()
        .filter(|character| {
            let allowed = xml_can_carry(*character);
            if !allowed {
                *dropped += 1;
            }
            allowed
        })
        .collect()
}

/// `20261201T064400Z`, the form TMX dates take.
fn tmx_date(time: SystemTime) -> String {
    let stamp = crate::io::fs::utc_stamp(time);
    // 2026-12-01T06-44-00.123Z → 20261201T064400Z
    format!(
        "{}{}{}T{}{}{}Z",
        &stamp[0..4],
        &stamp[5..7],
        &stamp[8..10],
        &stamp[11..13],
        &stamp[14..16],
        &stamp[17..19]
    )
}

/// One translation unit: its id, properties, note, and the two segments.
struct Unit {
    id: String,
    props: Vec<(&'static str, String)>,
    note: String,
    source: String,
    target: String,
    target_language: String,
}

/// The units of `project` for `languages`.
fn units(project: &Project, languages: &[LanguageTag], include_drafts: bool) -> Vec<Unit> {
    let mut units = Vec::new();
    for language in languages {
        for pair in translation_pairs(project, language, include_drafts) {
            let (id, props, note) = match &pair.origin {
                PairOrigin::Translation {
                    paragraph_id,
                    kind,
                    status,
                    note,
                } => (
                    format!("p{}-{language}", paragraph_id.0),
                    vec![
                        ("x-paragraph-id", paragraph_id.0.to_string()),
                        ("x-kind", kind.as_str().to_owned()),
                        ("x-status", status.as_str().to_owned()),
                        ("x-origin", "translation".to_owned()),
                    ],
                    note.clone(),
                ),
                PairOrigin::Link {
                    index,
                    shape,
                    state,
                } => {
                    let state = if *state == LinkState::Confirmed {
                        "confirmed"
                    } else {
                        "proposed"
                    };
                    (
                        format!("l{index}-{language}"),
                        vec![
                            ("x-link", format!("{}:{}", shape.0, shape.1)),
                            ("x-link-state", state.to_owned()),
                            ("x-origin", "alignment".to_owned()),
                        ],
                        String::new(),
                    )
                }
            };
            units.push(Unit {
                id,
                props,
                note,
                source: pair.source,
                target: pair.target,
                target_language: language.to_string(),
            });
        }
    }
    units
}

/// Each unit split into its sentence pairs (found by the sentence aligner), each a unit of
/// its own (`p5-ru-s2`) with the paragraph's properties; a pair the aligner leaves one-sided
/// is left out.
fn sentence_units(units: Vec<Unit>, source_language: &str) -> Vec<Unit> {
    let mut split = Vec::new();
    for unit in units {
        for (number, source, target) in sentence_split(
            (&unit.source, &unit.target),
            source_language,
            &unit.target_language,
        ) {
            let mut props = unit.props.clone();
            props.push(("x-segment", format!("sentence {number}")));
            split.push(Unit {
                id: format!("{}-s{number}", unit.id),
                props,
                note: unit.note.clone(),
                source,
                target,
                target_language: unit.target_language.clone(),
            });
        }
    }
    split
}

/// The TMX document, how many characters XML could not carry, and how many units it holds.
pub fn tmx_document(
    project: &Project,
    languages: &[LanguageTag],
    include_drafts: bool,
    sentences: bool,
    now: SystemTime,
) -> (String, usize, usize) {
    let mut dropped = 0;
    let source_language = project.source.language.to_string();
    let date = tmx_date(now);
    let mut units = units(project, languages, include_drafts);
    if sentences {
        units = sentence_units(units, &source_language);
    }
    let segment_type = if sentences { "sentence" } else { "paragraph" };
    let text = xml_document(Some("tmx SYSTEM \"tmx14.dtd\""), |writer| {
        writer
            .create_element("tmx")
            .with_attribute(("version", "1.4"))
            .write_inner_content(|writer| {
                writer
                    .create_element("header")
                    .with_attributes([
                        ("creationtool", "Diptych"),
                        ("creationtoolversion", env!("CARGO_PKG_VERSION")),
                        ("segtype", segment_type),
                        ("o-tmf", "Diptych"),
                        ("adminlang", "en"),
                        ("srclang", source_language.as_str()),
                        ("datatype", "plaintext"),
                        ("creationdate", date.as_str()),
                    ])
                    .write_inner_content(|writer| {
                        for (kind, value) in [
                            ("x-project-title", &project.metadata.title),
                            ("x-original-url", &project.metadata.url),
                        ] {
                            if !value.is_empty() {
                                writer
                                    .create_element("prop")
                                    .with_attribute(("type", kind))
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
                        for unit in &units {
                            writer
                                .create_element("tu")
                                .with_attributes([
                                    ("tuid", unit.id.as_str()),
                                    ("creationdate", date.as_str()),
                                ])
                                .write_inner_content(|writer| {
                                    if !unit.note.is_empty() {
                                        writer.create_element("note").write_text_content(
                                            BytesText::new(&xml_text(&unit.note, &mut dropped)),
                                        )?;
                                    }
                                    for (kind, value) in &unit.props {
                                        writer
                                            .create_element("prop")
                                            .with_attribute(("type", *kind))
                                            .write_text_content(BytesText::new(value))?;
                                    }
                                    for (language, text) in [
                                        (source_language.as_str(), &unit.source),
                                        (unit.target_language.as_str(), &unit.target),
                                    ] {
                                        let text = xml_text(text, &mut dropped);
                                        writer
                                            .create_element("tuv")
                                            .with_attribute(("xml:lang", language))
                                            .write_inner_content(|writer| {
                                                writer
                                                    .create_element("seg")
                                                    .write_text_content(BytesText::new(&text))?;
                                                Ok(())
                                            })?;
                                    }
                                    Ok(())
                                })?;
                        }
                        Ok(())
                    })?;
                Ok(())
            })?;
        Ok(())
    });
    let count = units.len();
    (text, dropped, count)
}
