//! TBX-Basic (TBX version 3, ISO 30042:2019, DCA style): a glossary as other terminology tools
//! read it. One `<conceptEntry>` per source term, its translations as terms of the target
//! language, each with its administrative status (`preferredTerm-admn-sts`, or
//! `deprecatedTerm-admn-sts` for a forbidden one) and its note.

use quick_xml::events::{BytesPI, BytesText, Event};

use super::tmx::xml_text;
use super::xml_document;
use crate::io::import::glossary::GlossaryEntry;

/// Where TBX-Basic's published schemas are (named, never fetched).
const CORE_SCHEMA: &str = "xml-model href=\"https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"";
const RULES_SCHEMA: &str = "xml-model href=\"https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch\" type=\"application/xml\" schematypens=\"http://purl.oclc.org/dsdl/schematron\"";

/// One concept: a source term and its translations.
struct Concept<'a> {
    source: &'a str,
    targets: Vec<&'a GlossaryEntry>,
}

/// The concepts of `entries`, one per source term, in the order of first appearance.
fn concepts(entries: &[GlossaryEntry]) -> Vec<Concept<'_>> {
    let mut concepts: Vec<Concept<'_>> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for entry in entries {
        let at = *index.entry(entry.source.as_str()).or_insert_with(|| {
            concepts.push(Concept {
                source: &entry.source,
                targets: Vec::new(),
            });
            concepts.len() - 1
        });
        concepts[at].targets.push(entry);
    }
    concepts
}

/// `entries` (from `from` into `to`) as a TBX-Basic document titled `title`, and how many
/// characters XML cannot carry were left out.
pub fn glossary_tbx(
    entries: &[GlossaryEntry],
    from: &str,
    to: &str,
    title: &str,
) -> (String, usize) {
    let mut dropped = 0;
    let text = xml_document(None, |writer| {
        writer.write_event(Event::PI(BytesPI::new(CORE_SCHEMA)))?;
        writer.write_event(Event::PI(BytesPI::new(RULES_SCHEMA)))?;
        writer
            .create_element("tbx")
            .with_attributes([
                ("type", "TBX-Basic"),
                ("style", "dca"),
                ("xml:lang", from),
                ("xmlns", "urn:iso:std:iso:30042:ed-2"),
            ])
            .write_inner_content(|writer| {
                writer
                    .create_element("tbxHeader")
                    .write_inner_content(|writer| {
                        writer
                            .create_element("fileDesc")
                            .write_inner_content(|writer| {
                                writer.create_element("titleStmt").write_inner_content(
                                    |writer| {
                                        writer.create_element("title").write_text_content(
                                            BytesText::new(&xml_text(title, &mut dropped)),
                                        )?;
                                        Ok(())
                                    },
                                )?;
                                writer.create_element("sourceDesc").write_inner_content(
                                    |writer| {
                                        writer.create_element("p").write_text_content(
                                            BytesText::new(concat!(
                                                "Written by Diptych ",
                                                env!("CARGO_PKG_VERSION")
                                            )),
                                        )?;
                                        Ok(())
                                    },
                                )?;
                                Ok(())
                            })?;
                        Ok(())
                    })?;
                writer
                    .create_element("text")
                    .write_inner_content(|writer| {
                        writer
                            .create_element("body")
                            .write_inner_content(|writer| {
                                for (number, concept) in concepts(entries).iter().enumerate() {
                                    let id = format!("c{}", number + 1);
                                    writer
                                        .create_element("conceptEntry")
                                        .with_attribute(("id", id.as_str()))
                                        .write_inner_content(|writer| {
                                            write_language(
                                                writer,
                                                from,
                                                &[(concept.source, None)],
                                                &mut dropped,
                                            )?;
                                            let targets: Vec<(&str, Option<&GlossaryEntry>)> =
                                                concept
                                                    .targets
                                                    .iter()
                                                    .map(|entry| {
                                                        (entry.target.as_str(), Some(*entry))
                                                    })
                                                    .collect();
                                            write_language(writer, to, &targets, &mut dropped)
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

/// One language section: its terms, each with the status and note of its entry (a source
/// term has none).
fn write_language(
    writer: &mut quick_xml::Writer<Vec<u8>>,
    language: &str,
    terms: &[(&str, Option<&GlossaryEntry>)],
    dropped: &mut usize,
) -> std::io::Result<()> {
    writer
        .create_element("langSec")
        .with_attribute(("xml:lang", language))
        .write_inner_content(|writer| {
            for (term, entry) in terms {
                writer
                    .create_element("termSec")
                    .write_inner_content(|writer| {
                        writer
                            .create_element("term")
                            .write_text_content(BytesText::new(&xml_text(term, dropped)))?;
                        if let Some(entry) = entry {
                            let status = if entry.forbidden {
                                "deprecatedTerm-admn-sts"
                            } else {
                                "preferredTerm-admn-sts"
                            };
                            writer
                                .create_element("termNote")
                                .with_attribute(("type", "administrativeStatus"))
                                .write_text_content(BytesText::new(status))?;
                            if !entry.note.trim().is_empty() {
                                writer.create_element("note").write_text_content(
                                    BytesText::new(&xml_text(&entry.note, dropped)),
                                )?;
                            }
                        }
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::import::glossary::read_tbx;

    fn entry(source: &str, target: &str, note: &str, forbidden: bool) -> GlossaryEntry {
        GlossaryEntry {
            source: source.to_owned(),
            target: target.to_owned(),
            note: note.to_owned(),
            forbidden,
        }
    }

    #[test]
    fn a_written_glossary_reads_back_whole() {
        let entries = vec![
            entry(
                "Musavat party",
                "партия «Мусават»",
                "the party's own name",
                false,
            ),
            entry("president", "президент", "", false),
            entry(
                "Musavat party",
                "Мусаватская партия",
                "an adjective, avoid",
                true,
            ),
            entry("A & B <c>", "А & Б\u{1}", "", false),
        ];
        let (text, dropped) = glossary_tbx(&entries, "en", "ru", "Newsroom terms");
        assert_eq!(dropped, 1);
        assert!(
            text.contains("<tbx type=\"TBX-Basic\" style=\"dca\""),
            "{text}"
        );
        assert_eq!(text.matches("<conceptEntry").count(), 3);
        let mut read = read_tbx(text.as_bytes(), "en", "ru").unwrap();
        let mut expected = entries.clone();
        expected[3].target = "А & Б".to_owned();
        read.sort_by(|one, other| (&one.source, &one.target).cmp(&(&other.source, &other.target)));
        expected
            .sort_by(|one, other| (&one.source, &one.target).cmp(&(&other.source, &other.target)));
        assert_eq!(read, expected);
    }
}
