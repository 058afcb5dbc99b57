//! Any bytes as a plain-text or Markdown article: an error or a project, never a panic; a
//! project keeps the bytes exactly.
#![no_main]

use diptych::io::{ImportOptions, import_article_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for name in ["article.txt", "article.md"] {
        if let Ok(project) = import_article_bytes(name, data, &ImportOptions::default()) {
            assert_eq!(project.source.original.bytes(), data);
            assert!(project.source.original.is_intact());
        }
    }
});
