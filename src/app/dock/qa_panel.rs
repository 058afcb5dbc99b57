//! The QA panel: the findings of the checks, grouped by check with counts, filtered by
//! severity and language. A click on a finding shows its row (grid) or link (alignment
//! review); a finding can be ignored (the project keeps it ignored) and a check switched off
//! for the project. The checks run by themselves a moment after each change.

use egui::{RichText, Ui};

use super::DockView;
use crate::app::commands::Command;
use crate::app::describe;
use crate::app::set_accessible_label;
use crate::app::theme;
use crate::app::words;
use crate::l10n::tr;
use crate::model::{LanguageTag, Project};
use crate::qa::{CHECKS, Finding, Place, Severity};

/// What the panel shows, kept between frames.
#[derive(Debug, Clone, Default)]
pub struct QaFilter {
    /// Leave out findings less serious than this (`None`: show notes too).
    pub minimum: Option<Severity>,
    /// Only this language.
    pub language: Option<LanguageTag>,
}

impl QaFilter {
    fn shows(&self, finding: &Finding) -> bool {
        self.minimum
            .is_none_or(|minimum| finding.severity >= minimum)
            && self
                .language
                .as_ref()
                .is_none_or(|language| finding.language == *language)
    }
}

fn severity_mark(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✗",
        Severity::Warning => "⚠",
        Severity::Info => "ℹ",
    }
}

/// A check's name in the interface language (the library's id in English; an unknown id as
/// it is).
fn check_name(check: &str) -> String {
    match check {
        "numbers" => tr::qa_check_numbers(),
        "names" => tr::qa_check_names(),
        "urls" => tr::qa_check_urls(),
        "empty" => tr::qa_check_empty(),
        "missing" => tr::qa_check_missing(),
        "identical" => tr::qa_check_identical(),
        "script" => tr::qa_check_script(),
        "punctuation" => tr::qa_check_punctuation(),
        "brackets" => tr::qa_check_brackets(),
        "quotes" => tr::qa_check_quotes(),
        "spaces" => tr::qa_check_spaces(),
        "dash" => tr::qa_check_dash(),
        "doubled" => tr::qa_check_doubled(),
        "length" => tr::qa_check_length(),
        "glossary" => tr::qa_check_glossary(),
        "consistency" => tr::qa_check_consistency(),
        "spelling" => tr::qa_check_spelling(),
        "stale" => tr::qa_check_stale(),
        "conflict" => tr::qa_check_conflict(),
        _ => check.to_owned(),
    }
}

/// What a check looks for, in the interface language (the library's English description
/// for a check the window does not know).
fn check_description(check: &str, english: &str) -> String {
    match check {
        "numbers" => tr::qa_check_numbers_description(),
        "names" => tr::qa_check_names_description(),
        "urls" => tr::qa_check_urls_description(),
        "empty" => tr::qa_check_empty_description(),
        "missing" => tr::qa_check_missing_description(),
        "identical" => tr::qa_check_identical_description(),
        "script" => tr::qa_check_script_description(),
        "punctuation" => tr::qa_check_punctuation_description(),
        "brackets" => tr::qa_check_brackets_description(),
        "quotes" => tr::qa_check_quotes_description(),
        "spaces" => tr::qa_check_spaces_description(),
        "dash" => tr::qa_check_dash_description(),
        "doubled" => tr::qa_check_doubled_description(),
        "length" => tr::qa_check_length_description(),
        "glossary" => tr::qa_check_glossary_description(),
        "consistency" => tr::qa_check_consistency_description(),
        "spelling" => tr::qa_check_spelling_description(),
        "stale" => tr::qa_check_stale_description(),
        "conflict" => tr::qa_check_conflict_description(),
        _ => english.to_owned(),
    }
}

/// Where a finding is, for people: the grid's row, or the link's row in the alignment
/// review.
fn place_label(project: &Project, language: &LanguageTag, place: &Place) -> String {
    match place {
        Place::Paragraph(id) => project.paragraph_index(*id).map_or_else(
            || tr::qa_place_paragraph(id.0.to_string()),
            |index| tr::qa_place_row((index + 1).to_string()),
        ),
        Place::Link { source, target } => project
            .aligned
            .get(language)
            .and_then(|aligned| {
                aligned
                    .links
                    .iter()
                    .position(|link| link.source == *source && link.target == *target)
            })
            .map_or_else(tr::qa_place_changed_link, |index| {
                tr::qa_place_link((index + 1).to_string())
            }),
    }
}

/// Draws the panel on the right side of the window.
pub fn qa_panel_ui(
    ui: &mut Ui,
    view: &DockView<'_>,
    filter: &mut QaFilter,
    commands: &mut Vec<Command>,
) {
    let qa = view.qa;
    let project = &view.document.project;
    egui::Panel::right("qa_panel")
        .resizable(true)
        .default_size(360.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(tr::qa_panel_title());
                if qa.is_running() {
                    ui.spinner();
                }
            });
            let count = |severity| {
                qa.findings
                    .iter()
                    .filter(|finding| finding.severity == severity)
                    .count()
            };
            ui.label(tr::qa_counts(
                count(Severity::Error),
                count(Severity::Warning),
                count(Severity::Info),
            ));
            filters_ui(ui, project, filter);
            ui.horizontal(|ui| {
                if ui
                    .button(tr::qa_check_now())
                    .on_hover_text(tr::qa_check_now_tooltip())
                    .clicked()
                {
                    commands.push(Command::RunQa);
                }
            });
            ui.separator();
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    findings_ui(ui, project, &qa.findings, filter, commands);
                    ui.separator();
                    ignored_ui(ui, project, commands);
                    checks_ui(ui, project, commands);
                    spelling_ui(ui, qa, commands);
                });
        });
}

fn filters_ui(ui: &mut Ui, project: &Project, filter: &mut QaFilter) {
    ui.horizontal(|ui| {
        let shown = match filter.minimum {
            None => tr::qa_filter_all(),
            Some(Severity::Info | Severity::Warning) => tr::qa_filter_warnings(),
            Some(Severity::Error) => tr::qa_filter_errors(),
        };
        let response = egui::ComboBox::from_id_salt("qa_severity")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.minimum, None, tr::qa_filter_all());
                ui.selectable_value(
                    &mut filter.minimum,
                    Some(Severity::Warning),
                    tr::qa_filter_warnings(),
                );
                ui.selectable_value(
                    &mut filter.minimum,
                    Some(Severity::Error),
                    tr::qa_filter_errors(),
                );
            })
            .response;
        set_accessible_label(&response, tr::qa_filter_severity_label());
        let languages = crate::qa::checked_languages(project, &[]);
        let shown = filter
            .language
            .as_ref()
            .map_or_else(tr::qa_all_languages, words::language_name);
        let response = egui::ComboBox::from_id_salt("qa_language")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.language, None, tr::qa_all_languages());
                for language in languages {
                    let name = words::language_name(&language);
                    ui.selectable_value(&mut filter.language, Some(language), name);
                }
            })
            .response;
        set_accessible_label(&response, tr::qa_filter_language_label());
    });
}

fn findings_ui(
    ui: &mut Ui,
    project: &Project,
    findings: &[Finding],
    filter: &QaFilter,
    commands: &mut Vec<Command>,
) {
    let shown: Vec<&Finding> = findings
        .iter()
        .filter(|finding| filter.shows(finding))
        .collect();
    if shown.is_empty() {
        ui.label(if findings.is_empty() {
            tr::qa_nothing_found()
        } else {
            tr::qa_nothing_found_filtered()
        });
        return;
    }
    for (check, description) in CHECKS {
        let group: Vec<&&Finding> = shown
            .iter()
            .filter(|finding| finding.check == *check)
            .collect();
        if group.is_empty() {
            continue;
        }
        let worst = group
            .iter()
            .map(|finding| finding.severity)
            .max()
            .unwrap_or(Severity::Info);
        let title = RichText::new(tr::qa_group_title(
            severity_mark(worst),
            check_name(check),
            group.len(),
        ))
        .color(theme::severity_color(worst));
        egui::CollapsingHeader::new(title)
            .id_salt(("qa_group", *check))
            .default_open(true)
            .show(ui, |ui| {
                ui.weak(check_description(check, description));
                for finding in group {
                    finding_ui(ui, project, finding, commands);
                }
            });
    }
}

fn finding_ui(ui: &mut Ui, project: &Project, finding: &Finding, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(
            theme::severity_color(finding.severity),
            severity_mark(finding.severity),
        )
        .on_hover_text(words::severity(finding.severity));
        let place = tr::qa_finding_place(
            finding.language.as_str(),
            place_label(project, &finding.language, &finding.place),
        );
        let check = check_name(finding.check);
        let go = ui.link(&place).on_hover_text(tr::qa_go_to_tooltip());
        set_accessible_label(&go, tr::qa_go_to_label(&place, &check));
        if go.clicked() {
            commands.push(Command::GoToFinding {
                language: finding.language.clone(),
                place: finding.place.clone(),
            });
        }
        ui.label(describe::finding(&finding.text));
        let ignore = ui
            .small_button(tr::qa_ignore())
            .on_hover_text(tr::qa_ignore_tooltip());
        set_accessible_label(&ignore, tr::qa_ignore_label(&place, &check));
        if ignore.clicked() {
            commands.push(Command::IgnoreFinding(Box::new(finding.ignored())));
        }
    });
}

/// The findings ignored in this project, each of which can be reported again.
fn ignored_ui(ui: &mut Ui, project: &Project, commands: &mut Vec<Command>) {
    let ignored = &project.qa.ignored;
    if ignored.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(tr::qa_ignored_title(ignored.len()))
        .id_salt("qa_ignored")
        .show(ui, |ui| {
            for finding in ignored.iter().take(500) {
                ui.horizontal_wrapped(|ui| {
                    let place = place_label(project, &finding.language, &finding.place);
                    let check = check_name(&finding.check);
                    ui.weak(tr::qa_ignored_line(
                        finding.language.as_str(),
                        &place,
                        &check,
                        &finding.message,
                    ));
                    let again = ui
                        .small_button(tr::qa_report_again())
                        .on_hover_text(tr::qa_report_again_tooltip());
                    set_accessible_label(
                        &again,
                        tr::qa_report_again_label(finding.language.as_str(), &place, &check),
                    );
                    if again.clicked() {
                        commands.push(Command::UnignoreFinding(Box::new(finding.clone())));
                    }
                });
            }
            if ignored.len() > 500 {
                ui.weak(tr::qa_ignored_more(ignored.len() - 500));
            }
            if ui
                .button(tr::qa_report_all_again())
                .on_hover_text(tr::qa_report_all_again_tooltip())
                .clicked()
            {
                commands.push(Command::ShowIgnoredFindings);
            }
        });
}

fn checks_ui(ui: &mut Ui, project: &Project, commands: &mut Vec<Command>) {
    egui::CollapsingHeader::new(tr::qa_checks_title())
        .id_salt("qa_checks")
        .show(ui, |ui| {
            for (check, description) in CHECKS {
                let mut enabled = project.qa.is_enabled(check);
                let response = ui
                    .checkbox(&mut enabled, check_name(check))
                    .on_hover_text(check_description(check, description));
                if response.changed() {
                    commands.push(Command::SetCheckEnabled {
                        check: (*check).to_owned(),
                        enabled,
                    });
                }
            }
        });
}

fn spelling_ui(ui: &mut Ui, qa: &crate::app::qa::QaState, commands: &mut Vec<Command>) {
    egui::CollapsingHeader::new(tr::qa_spelling_title())
        .id_salt("qa_spelling")
        .show(ui, |ui| {
            for (language, origin) in qa.spelling_summary() {
                ui.label(tr::qa_spelling_line(
                    words::language_name(&language),
                    origin,
                ));
            }
            if ui
                .button(tr::qa_dictionaries_folder())
                .on_hover_text(tr::qa_dictionaries_folder_tooltip())
                .clicked()
            {
                commands.push(Command::ChooseDictionaries);
            }
        });
}
