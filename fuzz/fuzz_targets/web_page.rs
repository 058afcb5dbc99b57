//! The check shared by the web importers' targets: any bytes read as `format` give an error or
//! a project whose stored original is exactly the input and whose paragraph ranges are valid;
//! never a panic, a hang or unbounded memory.

use diptych::io::ImportOptions;
use diptych::io::import::web::import_web;
use diptych::model::SourceFormat;

pub fn check(data: &[u8], format: SourceFormat) {
    if let Ok(project) = import_web("page", data, format, &ImportOptions::default()) {
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
}
