//! The library's reports in the interface language: who holds a lock, what a Sync did, how a
//! recovered project differs, what an XLIFF import changed, what a QA finding says.
//! The library describes the same in English for the command line; git's own words, merge
//! notes and commit messages stay as they are.

use crate::io::import::xliff_update::XliffReport;
use crate::io::lock::LockInfo;
use crate::io::recovery::{RecoveryDifference, shorten};
use crate::l10n::{Arg, format_date_time, tr};
use crate::model::MetadataField;
use crate::qa::FindingText;
use crate::qa::text::{Figure, FinalMark, LostName, PairedMark, QuoteStyle, Script, marks_text};
use crate::vcs::{Pulled, Pushed, SyncOutcome, first_line};

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
                    .map(|note| tr::describe_sync_note(super::merge_note::merge_note(note))),
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

/// What a QA finding says, in the interface language (in English, the finding's message).
#[must_use]
pub fn finding(text: &FindingText) -> String {
    match text {
        FindingText::FiguresLost(figures) => tr::finding_figures_lost(figure_list(figures)),
        FindingText::FiguresGained(figures) => tr::finding_figures_gained(figure_list(figures)),
        FindingText::NamesLost(names) => tr::finding_names_lost(
            names
                .iter()
                .map(|name| match name {
                    LostName::Missing(name) => name.clone(),
                    LostName::Fewer {
                        name,
                        in_source,
                        written,
                    } => tr::finding_name_fewer(name.as_str(), *in_source, *written),
                })
                .collect::<Vec<_>>()
                .join(", "),
        ),
        FindingText::AddressesLost(addresses) => tr::finding_addresses_lost(addresses.join(", ")),
        FindingText::Empty(status) => tr::finding_empty(words::status(*status)),
        FindingText::NoCounterpart => tr::finding_no_counterpart(),
        FindingText::ExtraParagraph => tr::finding_extra_paragraph(),
        FindingText::Identical => tr::finding_identical(),
        FindingText::WrongScript { found } => match found {
            Script::Latin => tr::finding_script_latin(),
            Script::Cyrillic => tr::finding_script_cyrillic(),
        },
        FindingText::FinalMark { source, target } => {
            tr::finding_final_mark(final_mark(*source), final_mark(*target))
        }
        FindingText::Unpaired(marks) => tr::finding_unpaired(
            marks
                .iter()
                .map(|mark| paired_mark(*mark))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        FindingText::QuotesInside => tr::finding_quotes_inside(),
        FindingText::ForeignQuotes(style) => match style {
            QuoteStyle::Russian => tr::finding_quotes_russian(),
            QuoteStyle::English => tr::finding_quotes_english(),
            QuoteStyle::Azerbaijani => tr::finding_quotes_azerbaijani(),
        },
        FindingText::DoubleSpace => tr::finding_double_space(),
        FindingText::SpaceBefore(marks) => tr::finding_space_before(marks_text(marks)),
        FindingText::EdgeSpace => tr::finding_edge_space(),
        FindingText::Hyphen => tr::finding_hyphen(),
        FindingText::Doubled(doubled) => tr::finding_doubled(doubled.join(", ")),
        FindingText::MixedScript(words) => tr::finding_mixed_script(words.join(", ")),
        FindingText::Length { tenths } => {
            #[expect(clippy::cast_precision_loss, reason = "a ratio in tenths")]
            let ratio = Arg::decimal(*tenths as f64 / 10.0, 1);
            if *tenths >= 10 {
                tr::finding_length_longer(ratio)
            } else {
                tr::finding_length_shorter(ratio)
            }
        }
        FindingText::GlossaryUnused { term, expected } => {
            let mut quoted = expected.iter().map(tr::finding_quoted);
            let first = quoted.next().unwrap_or_default();
            let expected = quoted.fold(first, tr::finding_or);
            tr::finding_glossary_unused(term.as_str(), expected)
        }
        FindingText::GlossaryForbidden { term, used } => tr::finding_glossary_forbidden(
            term.as_str(),
            used.iter()
                .map(tr::finding_quoted)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        FindingText::Inconsistent { ways } => tr::finding_inconsistent(*ways),
        FindingText::SpellingRepeated { word, language } => {
            tr::finding_spelling_repeated(word.as_str(), tr::finding_dictionary(language.as_str()))
        }
        FindingText::Misspelt { word, suggestion } => {
            tr::finding_misspelt(word.as_str(), suggestion.as_str())
        }
        FindingText::NotInDictionary { word, language } => {
            tr::finding_not_in_dictionary(word.as_str(), tr::finding_dictionary(language.as_str()))
        }
        FindingText::MisspeltOrder { word, language } => {
            tr::finding_misspelt_order(word.as_str(), language.as_str())
        }
        FindingText::Conflict { ours, theirs } => {
            tr::finding_conflict(ours.as_str(), theirs.as_str())
        }
        FindingText::NoteConflict { ours, theirs } => {
            tr::finding_conflict_note(ours.as_str(), theirs.as_str())
        }
        FindingText::FieldConflict {
            field,
            ours,
            theirs,
        } => tr::finding_conflict_field(conflict_field(*field), ours.as_str(), theirs.as_str()),
        FindingText::Stale { earlier } => tr::finding_stale(earlier.as_str()),
    }
}

/// Figures, times and months, separated by commas.
fn figure_list(figures: &[Figure]) -> String {
    figures
        .iter()
        .map(|figure| match figure {
            Figure::Number(key) => key.clone(),
            Figure::Month(month) => tr::finding_month(*month),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// How a text ends, as `finding-final-mark` takes it.
fn final_mark(mark: FinalMark) -> String {
    match mark {
        FinalMark::Question => tr::finding_mark_question(),
        FinalMark::Exclamation => tr::finding_mark_exclamation(),
        FinalMark::Colon => tr::finding_mark_colon(),
        FinalMark::FullStop => tr::finding_mark_full_stop(),
        FinalMark::None => tr::finding_mark_none(),
    }
}

/// Brackets by their symbols, quotation marks in words.
fn paired_mark(mark: PairedMark) -> String {
    mark.symbols()
        .map_or_else(tr::finding_pair_quotes, str::to_owned)
}

/// A metadata field as `finding-conflict-field` takes it.
fn conflict_field(field: MetadataField) -> String {
    match field {
        MetadataField::Title => tr::finding_field_title(),
        MetadataField::Description => tr::finding_field_description(),
        MetadataField::Outlet => tr::finding_field_outlet(),
        MetadataField::Url => tr::finding_field_url(),
        MetadataField::Author => tr::finding_field_author(),
        MetadataField::Published => tr::finding_field_published(),
        MetadataField::Modified => tr::finding_field_modified(),
        MetadataField::Captured => tr::finding_field_captured(),
        MetadataField::CaptureTool => tr::finding_field_capture_tool(),
        MetadataField::Direction => tr::finding_field_direction(),
        MetadataField::Tags => tr::finding_field_tags(),
        MetadataField::Note => tr::finding_field_note(),
    }
}

#[cfg(test)]
mod tests;
