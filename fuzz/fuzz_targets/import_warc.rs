//! Any bytes read as a warc file: an error or a project whose stored original is exactly the
//! input, never a panic, a hang or unbounded memory.
#![no_main]

use diptych::io::ImportOptions;
use diptych::io::web::import_web;
use diptych::model::SourceFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(project) = import_web("page", data, SourceFormat::Warc, &ImportOptions::default()) {
        assert_eq!(project.source.original.bytes(), data);
        for paragraph in project.paragraphs() {
            assert!(
                project
                    .source
                    .original
                    .text
                    .get(paragraph.byte_range.clone())
                    .is_some()
            );
        }
    }
});
