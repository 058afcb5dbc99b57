//! Helpers shared by the command-line tests: running the real binary and reading its output.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn diptych(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_diptych"))
        .args(args)
        .output()
        .unwrap()
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Imports the English metro article into `directory/NAME` and returns the project's path.
pub fn imported_project(directory: &Path, name: &str) -> PathBuf {
    let project = directory.join(name);
    let article = fixture("en-tbilisi-metro.txt");
    let output = diptych(&["import", path_str(&article), "-o", path_str(&project)]);
    assert!(output.status.success(), "{}", stderr(&output));
    project
}
