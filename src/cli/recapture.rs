//! `diptych recapture PROJECT NEW_FILE`: makes a new capture of the article the project's
//! current one, under the project's lock and after a backup. Paragraphs are compared with the
//! current capture (moved and lightly edited ones found again); unchanged paragraphs keep their
//! translations, translations of changed ones are marked stale, new paragraphs become rows,
//! removed ones go into the capture history with their translations.

use std::path::Path;

use anyhow::{Context as _, bail};
use serde_json::{Value, json};

use crate::align::revision::DiffPieceKind;
use crate::io::backup::DEFAULT_BACKUPS_TO_KEEP;
use crate::io::recapture::plan_recapture_file;
use crate::io::save_project_with_backup;
use crate::model::{LanguageTag, ParagraphChangeKind, RecaptureReport};

/// What the command was asked.
pub struct RecaptureRequest<'a> {
    pub project: &'a Path,
    pub file: &'a Path,
    pub source_lang: Option<&'a str>,
    /// Report only; the project is left as it is.
    pub dry_run: bool,
    /// Make the file current even when it looks like another article.
    pub force: bool,
}

/// The outcome: the report and how many captures the project now holds.
pub struct Recaptured {
    pub report: RecaptureReport,
    pub captures: usize,
    pub saved: bool,
}

/// Plans the recapture and (unless a dry run) applies and saves it.
pub fn recapture_into(request: &RecaptureRequest<'_>) -> anyhow::Result<Recaptured> {
    let path = request.project;
    let _lock = super::lock_project(path)?;
    let mut project = crate::io::load_project(path)?;
    let language = request
        .source_lang
        .map(LanguageTag::parse)
        .transpose()
        .context("--source-lang")?;
    let plan = plan_recapture_file(request.file, &project, language.as_ref())?;
    let report = &plan.report;
    if report.looks_unrelated() && !request.force && !request.dry_run {
        bail!(
            "{} looks like another article: only {} of the {} article paragraphs of the \
             current capture are in it. Nothing was changed; --force makes it current anyway",
            request.file.display(),
            report.kept_paragraphs,
            report.current_article_paragraphs
        );
    }
    if request.dry_run {
        return Ok(Recaptured {
            report: plan.report,
            // What the project would hold.
            captures: project.capture_count() + 1,
            saved: false,
        });
    }
    plan.edit
        .apply(&mut project)
        .context("the new capture could not be applied")?;
    save_project_with_backup(&project, path, DEFAULT_BACKUPS_TO_KEEP)?;
    Ok(Recaptured {
        report: plan.report,
        captures: project.capture_count(),
        saved: true,
    })
}

/// Runs the command; returns what to print.
pub fn recapture(request: &RecaptureRequest<'_>, json: bool) -> anyhow::Result<String> {
    let done = recapture_into(request)?;
    if json {
        let mut value = report_json(&done.report);
        if let Value::Object(map) = &mut value {
            map.insert(
                "project".into(),
                json!(request.project.display().to_string()),
            );
            map.insert("file".into(), json!(request.file.display().to_string()));
            map.insert("captures".into(), json!(done.captures));
            map.insert("saved".into(), json!(done.saved));
        }
        return Ok(crate::io::terminal::json_for_terminal(
            &serde_json::to_string_pretty(&value)?,
        ));
    }
    let mut lines = vec![report_text(&done.report)];
    if done.saved {
        lines.push(format!(
            "saved {} ({} captures; the previous one is kept in its history)",
            request.project.display(),
            done.captures
        ));
    } else {
        lines.push(format!(
            "dry run: {} is unchanged",
            request.project.display()
        ));
    }
    Ok(lines.join("\n"))
}

/// The report as JSON: the counts, then every paragraph with its change.
pub fn report_json(report: &RecaptureReport) -> Value {
    let paragraphs: Vec<Value> = report
        .paragraphs
        .iter()
        .map(|change| {
            json!({
                "change": change.change.as_str(),
                "kind": change.kind.as_str(),
                "kind_before": change.kind_before.map(crate::model::ParagraphKind::as_str),
                "old_id": change.old_id.map(|id| id.0),
                "new_id": change.new_id.map(|id| id.0),
                "moved": change.moved,
                "similarity": (f64::from(change.similarity) * 1000.0).round() / 1000.0,
                "old_text": change.old_text,
                "new_text": change.new_text,
                "diff": change.diff.iter().map(|piece| json!({
                    "kind": piece.kind.as_str(),
                    "text": piece.text,
                })).collect::<Vec<_>>(),
                "translations": change
                    .translations
                    .iter()
                    .map(LanguageTag::as_str)
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "kind_changes": report
            .paragraphs
            .iter()
            .filter(|change| change.kind_before.is_some())
            .count(),
        "restored": report.restored,
        "looks_unrelated": report.looks_unrelated(),
        "address_changed": report.address_changed.as_ref().map(|(before, after)| json!({
            "before": before,
            "after": after,
        })),
        "unchanged": report.unchanged,
        "changed": report.changed,
        "added": report.added,
        "removed": report.removed,
        "stale": report.stale,
        "moved": report.moved,
        "retired": report.retired,
        "links_to_review": report.links_to_review,
        "other_paragraphs_changed": report.other_paragraphs_changed,
        "paragraphs": paragraphs,
    })
}

/// The longest paragraph text shown on one line of the report, in characters.
const SHOWN_CHARACTERS: usize = 400;

/// `text` on one line, cut to [`SHOWN_CHARACTERS`] with an ellipsis.
fn one_line(text: &str) -> String {
    let line = text.replace(['\n', '\r'], " ");
    match line.char_indices().nth(SHOWN_CHARACTERS) {
        Some((cut, _)) => format!("{}… ({} characters)", &line[..cut], line.chars().count()),
        None => line,
    }
}

/// The report for people: the counts, then each change with the words that changed marked
/// `[-removed-]{+added+}`.
pub fn report_text(report: &RecaptureReport) -> String {
    let mut lines = vec![format!(
        "article paragraphs: {} unchanged, {} changed, {} added, {} removed ({} of them \
         moved); {} translation(s) stale, {} kept in the history with removed paragraphs",
        report.unchanged,
        report.changed,
        report.added,
        report.removed,
        report.moved,
        report.stale,
        report.retired
    )];
    if report.restored > 0 {
        lines.push(format!(
            "{} translation(s) given back from the history to paragraphs that came back",
            report.restored
        ));
    }
    if report.looks_unrelated() {
        lines.push(format!(
            "warning: only {} of the {} article paragraphs of the current capture are in the \
             new one: it looks like another article",
            report.kept_paragraphs, report.current_article_paragraphs
        ));
    }
    if let Some((before, after)) = &report.address_changed {
        lines.push(format!(
            "note: the address changed from {before} to {after}"
        ));
    }
    if report.links_to_review > 0 {
        lines.push(format!(
            "{} alignment link(s) to review",
            report.links_to_review
        ));
    }
    if report.other_paragraphs_changed > 0 {
        lines.push(format!(
            "{} other paragraph(s) (navigation, teasers …) changed",
            report.other_paragraphs_changed
        ));
    }
    for change in report
        .paragraphs
        .iter()
        .filter(|change| change.is_translatable() || change.kind_before.is_some())
    {
        let id = change
            .new_id
            .or(change.old_id)
            .map_or_else(String::new, |id| id.to_string());
        let kind_note = change.kind_before.map_or_else(String::new, |before| {
            format!(" ({before} → {})", change.kind)
        });
        let text = match change.change {
            ParagraphChangeKind::Unchanged if change.moved => {
                format!("moved    ¶{id}{kind_note}: {}", one_line(&change.new_text))
            }
            ParagraphChangeKind::Unchanged if change.kind_before.is_some() => {
                format!("kind     ¶{id}{kind_note}: {}", one_line(&change.new_text))
            }
            ParagraphChangeKind::Unchanged => continue,
            ParagraphChangeKind::Changed => {
                let marked: String = change
                    .diff
                    .iter()
                    .map(|piece| match piece.kind {
                        DiffPieceKind::Kept => piece.text.clone(),
                        DiffPieceKind::Removed => format!("[-{}-]", piece.text),
                        DiffPieceKind::Added => format!("{{+{}+}}", piece.text),
                    })
                    .collect();
                let moved = if change.moved { " (moved)" } else { "" };
                format!("changed  ¶{id}{moved}{kind_note}: {}", one_line(&marked))
            }
            ParagraphChangeKind::Added => {
                format!("added    ¶{id}: {}", one_line(&change.new_text))
            }
            ParagraphChangeKind::Removed => {
                format!("removed  ¶{id}: {}", one_line(&change.old_text))
            }
        };
        lines.push(text);
    }
    lines.join("\n")
}
