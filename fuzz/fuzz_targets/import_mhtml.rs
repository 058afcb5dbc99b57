//! Any bytes read as a mhtml file (see `web_page::check`).
#![no_main]

#[path = "web_page.rs"]
mod web_page;

use diptych::model::SourceFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| web_page::check(data, SourceFormat::Mhtml));
