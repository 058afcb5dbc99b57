//! The layers of `docs/ARCHITECTURE.md`, checked on the source: align → model → io → app | cli,
//! no layer reaching to its right, and no import cycle between the submodules of `io`. Test
//! code (`tests.rs` files and `#[cfg(test)]` modules) may use anything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `directory`.
pub fn source_files(directory: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(directory).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
}

/// The non-test code of a source file: everything before its first `#[cfg(test)]`, and nothing
/// of a file that is itself a test module. Comment lines are blanked, so that lines keep their
/// numbers.
pub fn production_code(path: &Path) -> String {
    if path.file_name().is_some_and(|name| name == "tests.rs") {
        return String::new();
    }
    let text = std::fs::read_to_string(path).unwrap();
    let end = text.find("#[cfg(test)]").unwrap_or(text.len());
    text[..end]
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("//") {
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `(file relative to src/, its production code)` for every file under `src/`.
fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&root, &mut files);
    files.sort();
    files
        .iter()
        .map(|path| {
            let relative = path.strip_prefix(&root).unwrap().display().to_string();
            (relative, production_code(path))
        })
        .collect()
}

#[test]
fn no_layer_reaches_to_its_right() {
    // (files under, what they must not mention)
    let rules: &[(&str, &[&str])] = &[
        (
            "align/",
            &[
                "crate::model",
                "crate::io",
                "crate::app",
                "crate::cli",
                "egui",
            ],
        ),
        (
            "model/",
            &[
                "crate::io",
                "crate::memory",
                "crate::app",
                "crate::cli",
                "egui",
            ],
        ),
        (
            "io/",
            &[
                "crate::app",
                "crate::cli",
                "crate::memory",
                "crate::library",
                "egui",
            ],
        ),
        (
            "memory/",
            &["crate::app", "crate::cli", "crate::library", "egui"],
        ),
        ("library/", &["crate::app", "crate::cli", "egui"]),
        ("vcs/", &["crate::app", "crate::cli", "egui"]),
        // The window's words: no egui, no files, and nothing the command line would print.
        (
            "l10n/",
            &[
                "crate::app",
                "crate::cli",
                "crate::io",
                "crate::model",
                "egui",
            ],
        ),
        // Only the window speaks the interface language: everything below it, and the command
        // line, words things in English.
        ("cli/", &["crate::l10n"]),
        ("align/", &["crate::l10n"]),
        ("model/", &["crate::l10n"]),
        ("io/", &["crate::l10n"]),
        ("memory/", &["crate::l10n"]),
        ("library/", &["crate::l10n"]),
        ("vcs/", &["crate::l10n"]),
        ("qa/", &["crate::l10n", "crate::app", "crate::cli", "egui"]),
        (
            "find/",
            &["crate::l10n", "crate::app", "crate::cli", "egui"],
        ),
        (
            "spell/",
            &["crate::l10n", "crate::app", "crate::cli", "egui"],
        ),
        ("app/", &["crate::cli"]),
        ("cli/", &["crate::app", "egui"]),
    ];
    let mut broken = Vec::new();
    for (file, code) in sources() {
        for (layer, forbidden) in rules {
            if !file.starts_with(layer) {
                continue;
            }
            for word in *forbidden {
                if code.contains(word) {
                    broken.push(format!("{file} uses {word}"));
                }
            }
        }
    }
    assert!(broken.is_empty(), "layers crossed:\n{}", broken.join("\n"));
}

/// The top-level submodule of `io` a file belongs to (`io/web/extract.rs` → `web`).
fn io_module(file: &str) -> Option<String> {
    let rest = file.strip_prefix("io/")?;
    let first = rest.split('/').next()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "mod").then(|| name.to_owned())
}

/// Depth-first search for a cycle through `module`.
fn visit(
    module: &str,
    edges: &BTreeMap<String, BTreeSet<String>>,
    path: &mut Vec<String>,
    done: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    if let Some(start) = path.iter().position(|seen| seen == module) {
        let mut cycle = path[start..].to_vec();
        cycle.push(module.to_owned());
        return Some(cycle);
    }
    if done.contains(module) {
        return None;
    }
    path.push(module.to_owned());
    for next in edges.get(module).into_iter().flatten() {
        if let Some(cycle) = visit(next, edges, path, done) {
            return Some(cycle);
        }
    }
    path.pop();
    done.insert(module.to_owned());
    None
}

#[test]
fn the_submodules_of_io_import_each_other_without_cycles() {
    let sources = sources();
    let modules: BTreeSet<String> = sources
        .iter()
        .filter_map(|(file, _)| io_module(file))
        .collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, code) in &sources {
        let Some(from) = io_module(file) else {
            continue;
        };
        for to in &modules {
            if *to == from {
                continue;
            }
            // How deep the file's module sits under io (`io/web/mod.rs` is `io::web`, whose
            // `super` is `io`, like `io/fs.rs`'s).
            let top_level = file.matches('/').count() - usize::from(file.ends_with("/mod.rs")) == 1;
            let mentions = code.contains(&format!("crate::io::{to}"))
                || (top_level && code.contains(&format!("super::{to}")))
                || (!top_level && code.contains(&format!("super::super::{to}")));
            if mentions {
                edges.entry(from.clone()).or_default().insert(to.clone());
            }
        }
    }
    let mut done = BTreeSet::new();
    for module in &modules {
        if let Some(cycle) = visit(module, &edges, &mut Vec::new(), &mut done) {
            panic!("io modules import each other: {}", cycle.join(" → "));
        }
    }
    assert!(modules.contains("fs"), "{modules:?}");
}
