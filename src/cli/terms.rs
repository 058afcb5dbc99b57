//! `diptych terms PROJECT --lang ru`: for each paragraph, the glossary terms found in its
//! source (in any inflected form) and whether its translation uses an expected target term
//! (or a forbidden one). Glossaries come from the library's `glossary/` folder and
//! `--glossary FILE` (TBX, TSV, CSV).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::bail;

use crate::memory::sources::load_glossaries;
use crate::memory::terms::Glossary;
use crate::model::LanguageTag;

/// What `terms` was asked.
pub struct TermsRequest<'a> {
    pub project: &'a Path,
    pub lang: &'a str,
    pub library: Option<&'a Path>,
    pub glossaries: &'a [PathBuf],
    pub json: bool,
}

/// Runs the command; returns its output.
pub fn terms(request: &TermsRequest<'_>) -> anyhow::Result<String> {
    let language = LanguageTag::parse(request.lang)?;
    let project = crate::io::load_project(request.project)?;
    if !project.targets.contains(&language) {
        bail!(
            "{language} is not a target language of {}",
            request.project.display()
        );
    }
    let library = request
        .library
        .map(Path::to_path_buf)
        .or_else(crate::io::library::default_library_dir);
    for file in request.glossaries {
        crate::memory::sources::read_glossary_file(file, &project.source.language, &language)
            .map_err(|error| anyhow::anyhow!("{}: {error}", file.display()))?;
    }
    let (entries, skipped) = load_glossaries(
        library.as_deref(),
        request.glossaries,
        &project.source.language,
        &language,
    );
    let mut glossary = Glossary::new(
        entries,
        project.source.language.primary(),
        language.primary(),
    );
    let mut output = String::new();
    for line in &skipped {
        eprintln!("skipped: {line}");
    }
    if !request.json {
        // Writing to a String cannot fail.
        let _ = writeln!(output, "glossary: {} term pair(s)", glossary.len());
    }
    for (index, paragraph) in project.paragraphs().iter().enumerate() {
        if !paragraph.kind.is_translatable() {
            continue;
        }
        let translation = &project.translation(paragraph.paragraph_id, &language).text;
        let uses = glossary.check(&paragraph.text, translation);
        if uses.is_empty() {
            continue;
        }
        let row = index + 1;
        if request.json {
            let _ = writeln!(
                output,
                "{}",
                crate::io::terminal::json_for_terminal(
                    &serde_json::json!({
                        "row": row,
                        "paragraph": paragraph.paragraph_id.0,
                        "translated": !translation.trim().is_empty(),
                        "terms": uses,
                    })
                    .to_string()
                )
            );
            continue;
        }
        let _ = writeln!(output, "row {row}:");
        for found in uses {
            let verdict = if translation.trim().is_empty() {
                "not translated yet"
            } else if found.used {
                "used"
            } else {
                "MISSING in the translation"
            };
            let _ = writeln!(
                output,
                "  {} → {} ({verdict})",
                found.term,
                found.expected.join(" / ")
            );
            for forbidden in &found.forbidden_used {
                let _ = writeln!(output, "    FORBIDDEN term used: {forbidden}");
            }
        }
    }
    Ok(output.trim_end().to_owned())
}
