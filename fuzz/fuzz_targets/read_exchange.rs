//! Any bytes as a TMX memory and as an XLIFF file: a document or one error, never a panic or a
//! hang; and an XLIFF document that reads is applied to the example project without a panic
//! (an edit that applies, or a refusal).
#![no_main]

use diptych::io::import::tmx::read_tmx;
use diptych::io::import::xliff::read_xliff;
use diptych::io::import::xliff_update::{LanguageChoice, xliff_update};
use diptych::model::LanguageTag;
use diptych::io::project_file::parse_project;
use libfuzzer_sys::fuzz_target;

const EXAMPLE: &str = include_str!("../../projects/tbilisi-metro-fares.diptych.ron");

fuzz_target!(|data: &[u8]| {
    if let Ok(memory) = read_tmx(data) {
        for unit in &memory.units {
            let _ = unit.text_in("en");
        }
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
