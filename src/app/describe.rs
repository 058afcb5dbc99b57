//! The library's reports in the interface language: who holds a lock, what a Sync did, how a
//! recovered project differs, what an XLIFF import changed.
//! The library describes the same in English for the command line; git's own words, merge
//! notes and commit messages stay as they are.

use crate::io::import::xliff_update::XliffReport;
use crate::io::lock::LockInfo;
use crate::io::recovery::{RecoveryDifference, shorten};
use crate::l10n::{format_date_time, tr};
use crate::vcs::{Pulled, Pushed, SyncOutcome};

use super::words;

/// "process 4242 on HOST, since 2 Dec 2026, 10:48 UTC".
#[must_use]
pub fn lock_holder(holder: &LockInfo) -> String {
    if holder.pid == 0 {
        return tr::describe_lock_starting();
    }
    if holder.since.is_empty() {
        tr::describe_lock_holder(holder.pid.to_string(), holder.host.as_str())
    } else {
        tr::describe_lock_holder_since(
            holder.pid.to_string(),
            holder.host.as_str(),
            format_date_time(&holder.since),
        )
    }
}

fn first_line(message: &str) -> &str {
    message
        .lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or(message)
        .trim()
}

/// What a Sync did, one line per step, and a one-line failure when it left something to do.
#[must_use]
pub fn sync_outcome(outcome: &SyncOutcome) -> (String, Option<String>) {
    let mut lines = Vec::new();
    if outcome.set_up {
        lines.push(tr::describe_sync_set_up());
    }
    lines.push(match &outcome.committed {
        Some(message) => tr::describe_sync_committed(message.as_str()),
        None => tr::describe_sync_nothing_to_commit(),
    });
    let mut failure = None;
    match &outcome.pulled {
        Pulled::NoUpstream => lines.push(if outcome.state.branch.is_empty() {
            tr::describe_sync_detached()
        } else {
            tr::describe_sync_no_remote(outcome.state.branch.as_str())
        }),
        Pulled::UpToDate => lines.push(tr::describe_sync_up_to_date()),
        Pulled::Merged {
            project_changed,
            notes,
        } => {
            lines.push(if *project_changed {
                tr::describe_sync_merged()
            } else {
                tr::describe_sync_merged_unchanged()
            });
            lines.extend(
                notes
                    .iter()
                    .map(|note| tr::describe_sync_note(note.as_str())),
            );
        }
        Pulled::Conflicted => {
            let conflicts = outcome
                .merged_project
                .as_ref()
                .map_or(0, |project| project.conflict_count());
            lines.push(tr::describe_sync_conflicted(conflicts));
            failure = Some(tr::describe_sync_conflicts_left(conflicts));
        }
        Pulled::Offline(message) => {
            lines.push(tr::describe_sync_offline(first_line(message)));
        }
        Pulled::Failed(message) => {
            lines.push(tr::describe_sync_merge_failed(first_line(message)));
            failure = Some(tr::describe_sync_merge_failed_short());
        }
    }
    match &outcome.pushed {
        Pushed::Pushed(count) => lines.push(tr::describe_sync_pushed(*count)),
        Pushed::Offline(message) => {
            lines.push(tr::describe_sync_not_pushed_offline(first_line(message)));
        }
        Pushed::Failed(message) => {
            lines.push(tr::describe_sync_not_pushed(first_line(message)));
            failure.get_or_insert_with(tr::describe_sync_push_failed);
        }
        Pushed::NoUpstream | Pushed::NothingToPush | Pushed::Waiting => {}
    }
    (lines.join("\n"), failure)
}

/// One difference of a recovered project from the saved one.
#[must_use]
pub fn recovery_difference(difference: &RecoveryDifference) -> String {
    match difference {
        RecoveryDifference::Translations { language, count } => {
            tr::describe_recovery_translations(*count, words::language_name(language))
        }
        RecoveryDifference::Metadata(fields) => {
            let names: Vec<String> = fields
                .iter()
                .map(|field| words::metadata_field(*field))
                .collect();
            tr::describe_recovery_metadata(names.join(", "))
        }
        RecoveryDifference::Targets => tr::describe_recovery_targets(),
        RecoveryDifference::Source { saved, recovered } => {
            tr::describe_recovery_source(*saved, *recovered)
        }
        RecoveryDifference::Aligned => tr::describe_recovery_aligned(),
        RecoveryDifference::Example {
            row,
            id,
            language,
            before,
            after,
        } => {
            let row = row.map_or_else(
                || tr::describe_recovery_paragraph_id(id.to_string()),
                |row| tr::describe_recovery_row(row.to_string()),
            );
            format!(
                "  {row} {language}: «{}» ({}) → «{}» ({})",
                shorten(&before.0),
                words::status(before.1),
                shorten(&after.0),
                words::status(after.1)
            )
        }
    }
}

/// What an XLIFF import did, in counts.
#[must_use]
pub fn xliff_report(report: &XliffReport) -> String {
    let mut parts = vec![tr::describe_xliff_counts(
        report.updated,
        report.unchanged,
        report.conflicts,
        report.unknown,
    )];
    if report.source_changed > 0 {
        parts.push(tr::describe_xliff_source_changed(report.source_changed));
    }
    if report.other_language > 0 {
        parts.push(tr::describe_xliff_other_language(report.other_language));
    }
    if report.excluded > 0 {
        parts.push(tr::describe_xliff_excluded(report.excluded));
    }
    if report.repeated > 0 {
        parts.push(tr::describe_xliff_repeated(report.repeated));
    }
    parts.join(", ")
}
