//! Any bytes as a TMX memory, an XLIFF file and a glossary (TBX, TSV, CSV): a document or one
//! error, never a panic or a hang; an XLIFF document that reads is applied to the example
//! project without a panic (an edit that applies, or a refusal); a TMX memory's units make a
//! translation memory that is searched, and a glossary's terms are looked for in a text.
#![no_main]

use diptych::io::import::glossary::{read_csv, read_tbx, read_tsv};
use diptych::io::import::tmx::read_tmx;
use diptych::memory::index::{MemorySegment, TranslationMemory};
use diptych::memory::terms::Glossary;
use diptych::io::import::xliff::read_xliff;
use diptych::io::import::xliff_update::{LanguageChoice, xliff_update};
use diptych::model::LanguageTag;
use diptych::io::project_file::parse_project;
use libfuzzer_sys::fuzz_target;

const EXAMPLE: &str = include_str!("../../projects/tbilisi-metro-fares.diptych.ron");

fuzz_target!(|data: &[u8]| {
    if let Ok(document) = read_tmx(data) {
        let mut memory = TranslationMemory::new("en", "ru");
        for unit in &document.units {
            if let (Some(source), Some(target)) = (unit.text_in("en"), unit.text_in("ru")) {
                memory.add(MemorySegment {
                    source: source.to_owned(),
                    target: target.to_owned(),
                    origin: String::new(),
                    date: String::new(),
                });
            }
        }
        let _ = memory.search("Police detained 15 people near the parliament.", 30, 5);
    }
    for entries in [read_tbx(data, "en", "ru"), read_tsv(data), read_csv(data)]
        .into_iter()
        .flatten()
    {
        let mut glossary = Glossary::new(entries, "en", "ru");
        let _ = glossary.check("The president met the police.", "Президент встретился с полицией.");
    }
    let ru = LanguageTag::parse("ru").expect("ru is a language tag");
    let choice = LanguageChoice {
        required: None,
        fallback: Some(&ru),
    };
    if let Ok(document) = read_xliff(data)
        && let Ok(project) = parse_project("example", EXAMPLE.as_bytes())
        && let Ok((Some(edit), _, _)) = xliff_update(&project, &document, choice, true)
    {
        let mut changed = project.clone();
        edit.apply(&mut changed).expect("an XLIFF update applies to its project");
    }
});
