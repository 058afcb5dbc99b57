//! Any bytes as a project file: an error, or a project that passes the checks every save makes
//! and loads back equal.
#![no_main]

use diptych::io::project_file::{
    parse_project, parse_project_keeping_altered, to_checked_ron_string,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(project) = parse_project("fuzz.ron", data) {
        let text = to_checked_ron_string(&project, std::path::Path::new("fuzz.ron"))
            .expect("a loaded project saves");
        let again = parse_project("fuzz.ron", text.as_bytes()).expect("a saved project loads");
        assert_eq!(again, project);
    }
    let _ = parse_project_keeping_altered("fuzz.ron", data);
});
