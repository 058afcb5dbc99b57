//! Team work through git on the command line: `diptych merge-driver BASE OURS THEIRS` (git's
//! merge-driver protocol, `%O %A %B`), `diptych git-setup [DIR]`, `diptych sync PROJECT` and
//! `diptych history PROJECT`. The driver reads the three versions (migrating older formats),
//! merges them record by record and writes the result over OURS in the canonical form the
//! window saves; conflicts stay in the project (both versions kept) and make it exit 1 so that
//! git marks the file unmerged. A version that does not read, or a merge that cannot be made
//! per record, leaves OURS as it was and exits 1 with the reason.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context as _;

use super::CheckReport;
use crate::io::project_file::{parse_project, to_checked_ron_string};
use crate::model::{MergeReport, Project, merge_projects};

/// What git handed over.
pub struct MergeRequest<'a> {
    pub base: &'a Path,
    pub ours: &'a Path,
    pub theirs: &'a Path,
    /// The project's path in the repository (`%P`), for messages.
    pub path: Option<&'a str>,
}

fn read(path: &Path, what: &str, name: &str) -> anyhow::Result<Vec<u8>> {
    crate::io::fs::read_file_capped(path)
        .with_context(|| format!("cannot read {what} version of {name} ({})", path.display()))
}

fn parse(bytes: &[u8], what: &str, name: &str) -> anyhow::Result<Project> {
    parse_project(&format!("{what} version of {name}"), bytes).map_err(anyhow::Error::from)
}

/// Merges and writes the result over `ours`; the report, and a failure when conflicts remain.
pub fn merge_driver(request: &MergeRequest<'_>) -> anyhow::Result<CheckReport> {
    let name = request
        .path
        .map_or_else(|| request.ours.display().to_string(), str::to_owned);
    let ours = parse(&read(request.ours, "our", &name)?, "our", &name)?;
    let theirs = parse(&read(request.theirs, "their", &name)?, "their", &name)?;
    let base_bytes = read(request.base, "the base", &name)?;
    // Added on both sides: there is no common version, so both count as new work on the
    // same article.
    let base = if base_bytes.is_empty() {
        Project {
            translations: std::collections::BTreeMap::new(),
            aligned: std::collections::BTreeMap::new(),
            qa: crate::model::QaSettings::default(),
            metadata_conflicts: std::collections::BTreeMap::new(),
            ..ours.clone()
        }
    } else {
        parse(&base_bytes, "the base", &name)?
    };
    let outcome = merge_projects(&base, &ours, &theirs)
        .with_context(|| format!("{name} was not merged (our version is left as it was)"))?;
    let text = to_checked_ron_string(&outcome.project, request.ours).map_err(|error| {
        anyhow::anyhow!(
            "{name} was not merged (our version is left as it was): the merged project would \
             not be valid ({error})"
        )
    })?;
    crate::io::fs::write_atomically(request.ours, text.as_bytes())
        .with_context(|| format!("cannot write the merged {name}"))?;
    let mut report = describe(&name, &outcome.report);
    // Conflicts the versions held already count too: they are no more resolved for merging.
    let remaining = outcome.project.conflict_count();
    let earlier = remaining.saturating_sub(outcome.report.conflicts.len());
    if earlier > 0 {
        let _ = write!(
            report,
            "\n{earlier} earlier conflict(s) are still unresolved"
        );
    }
    let failure = (remaining > 0).then(|| {
        format!(
            "{name}: {remaining} conflict(s) kept in the project with both versions; open it in \
             Diptych, resolve them, save, then git add it"
        )
    });
    Ok(CheckReport { report, failure })
}

fn describe(name: &str, report: &MergeReport) -> String {
    let mut text = format!(
        "merged {name} per record: {} change(s) from ours, {} from theirs",
        report.from_ours, report.from_theirs
    );
    if report.renumbered > 0 {
        let _ = write!(
            text,
            "; {} new paragraph(s) of theirs renumbered after ours",
            report.renumbered
        );
    }
    for note in &report.notes {
        let _ = write!(text, "\nnote: {note}");
    }
    for conflict in &report.conflicts {
        let _ = write!(text, "\nconflict: {conflict} (both kept)");
    }
    text
}

/// `diptych git-setup [DIR]`: sets the repository up and says what it did.
pub fn git_setup(folder: &Path) -> anyhow::Result<String> {
    let program = std::env::current_exe().context("cannot tell where this diptych program is")?;
    let done = crate::vcs::set_up(folder, &program)?;
    let top = done.repository.display();
    let mut text = if done.attributes_added {
        format!(
            "added `{}` to {top}/.gitattributes (commit it, so that every clone merges project files per record)",
            crate::vcs::GITATTRIBUTES_LINE
        )
    } else {
        format!("{top}/.gitattributes sends project files to Diptych already")
    };
    let _ = write!(
        text,
        "\nset merge.diptych.driver in this clone's git config: {}",
        done.driver
    );
    if !done.excluded.is_empty() {
        let _ = write!(
            text,
            "\nadded {} to this clone's .git/info/exclude (Diptych's locks, recovery files, backups and caches stay out of commits)",
            done.excluded.join(" ")
        );
    }
    if let Some(before) = &done.replaced {
        let _ = write!(text, "\n(it was: {before})");
    }
    text.push_str(
        "\ngit does not copy its config between clones: run `diptych git-setup` once in each clone",
    );
    Ok(text)
}

/// `diptych sync PROJECT`: what Sync in the window does, for scripts: commits the project,
/// merges the upstream's work (with the merge driver) and pushes. Conflicts kept in the
/// project make it fail (exit 1) after saying so.
pub fn sync(project: &Path) -> anyhow::Result<CheckReport> {
    let _lock = super::lock_project(project)?;
    let saved = crate::io::load_project(project)?;
    let program = std::env::current_exe().context("cannot tell where this diptych program is")?;
    let outcome = crate::vcs::sync(project, &saved, &program)?;
    let (report, failure) = outcome.describe();
    Ok(CheckReport { report, failure })
}

/// `diptych history PROJECT [--paragraph ID --lang L]`: the commits that changed the project,
/// or who changed one row's translation when.
pub fn history(
    project: &Path,
    row: Option<(u32, &str)>,
    limit: usize,
    json: bool,
) -> anyhow::Result<String> {
    let Some((id, language)) = row else {
        let commits = crate::vcs::project_log(project, limit)?;
        if json {
            let list: Vec<serde_json::Value> = commits
                .iter()
                .map(|commit| {
                    serde_json::json!({
                        "commit": commit.id,
                        "author": commit.author,
                        "date": commit.date,
                        "summary": commit.summary,
                    })
                })
                .collect();
            return Ok(serde_json::to_string_pretty(&list)?);
        }
        if commits.is_empty() {
            return Ok("no commit has changed this project yet".to_owned());
        }
        return Ok(commits
            .iter()
            .map(|commit| {
                format!(
                    "{} {} {}: {}",
                    commit.short_id, commit.date, commit.author, commit.summary
                )
            })
            .collect::<Vec<_>>()
            .join("\n"));
    };
    let language = crate::model::LanguageTag::parse(language).context("--lang")?;
    let changes =
        crate::vcs::row_history(project, crate::model::ParagraphId(id), &language, limit)?;
    if json {
        let list: Vec<serde_json::Value> = changes
            .iter()
            .map(|change| {
                serde_json::json!({
                    "commit": change.commit.id,
                    "author": change.commit.author,
                    "date": change.commit.date,
                    "summary": change.commit.summary,
                    "text": change.version.text,
                    "status": change.version.status.as_str(),
                    "note": change.version.note,
                })
            })
            .collect();
        return Ok(serde_json::to_string_pretty(&list)?);
    }
    if changes.is_empty() {
        return Ok(format!(
            "no commit changed the {language} translation of paragraph {id}"
        ));
    }
    Ok(changes
        .iter()
        .map(|change| {
            format!(
                "{} {} {} ({}): {}",
                change.commit.short_id,
                change.commit.date,
                change.commit.author,
                change.version.status,
                if change.version.text.is_empty() {
                    "(empty)"
                } else {
                    change.version.text.as_str()
                }
            )
        })
        .collect::<Vec<_>>()
        .join("\n"))
}
