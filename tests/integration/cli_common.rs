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

/// The Library of Congress `bagit.py` (installed by `.ci/run` into `target/interop-venv`),
/// or `None` with a message saying the check is skipped.
pub fn bagit_tool() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bagit = root.join("target/interop-venv/bin/bagit.py");
    if bagit.exists() {
        Some(bagit)
    } else {
        eprintln!(
            "skipped: bagit.py is not installed in target/interop-venv (.ci/run installs it)"
        );
        None
    }
}

/// Runs `bagit.py --validate` on `bag`: whether it passed, and what it said.
pub fn bagit_validate(bagit: &Path, bag: &Path) -> (bool, String) {
    let validated = std::process::Command::new(bagit)
        .arg("--validate")
        .arg(bag)
        .output()
        .unwrap();
    (
        validated.status.success(),
        String::from_utf8_lossy(&validated.stderr).into_owned(),
    )
}
