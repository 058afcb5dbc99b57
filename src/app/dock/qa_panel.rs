//! The QA panel: the findings of the checks, grouped by check with counts, filtered by
//! severity and language. A click on a finding shows its row (grid) or link (alignment
//! review); a finding can be ignored (the project keeps it ignored) and a check switched off
//! for the project. The checks run by themselves a moment after each change.

use egui::{RichText, Ui};

use super::DockView;
use crate::app::commands::Command;
use crate::app::set_accessible_label;
use crate::app::theme;
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

/// Where a finding is, for people: the grid's row, or the link's row in the alignment
/// review.
fn place_label(project: &Project, language: &LanguageTag, place: &Place) -> String {
    match place {
        Place::Paragraph(id) => project.paragraph_index(*id).map_or_else(
            || format!("paragraph {}", id.0),
            |index| format!("row {}", index + 1),
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
            .map_or_else(
                || "a changed link".to_owned(),
                |index| format!("link {}", index + 1),
            ),
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
                ui.heading("Quality checks");
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
            ui.label(format!(
                "{} error(s) · {} warning(s) · {} note(s)",
                count(Severity::Error),
                count(Severity::Warning),
                count(Severity::Info)
            ));
            filters_ui(ui, project, filter);
            ui.horizontal(|ui| {
                if ui
                    .button("Check now")
                    .on_hover_text("Run every check on the whole project again")
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
            None => "All findings",
            Some(Severity::Info | Severity::Warning) => "Warnings and errors",
            Some(Severity::Error) => "Errors only",
        };
        let response = egui::ComboBox::from_id_salt("qa_severity")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.minimum, None, "All findings");
                ui.selectable_value(
                    &mut filter.minimum,
                    Some(Severity::Warning),
                    "Warnings and errors",
                );
                ui.selectable_value(&mut filter.minimum, Some(Severity::Error), "Errors only");
            })
            .response;
        set_accessible_label(&response, "QA severity");
        let languages = crate::qa::checked_languages(project, &[]);
        let shown = filter
            .language
            .as_ref()
            .map_or_else(|| "All languages".to_owned(), LanguageTag::display_name);
        let response = egui::ComboBox::from_id_salt("qa_language")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.language, None, "All languages");
                for language in languages {
                    let name = language.display_name();
                    ui.selectable_value(&mut filter.language, Some(language), name);
                }
            })
            .response;
        set_accessible_label(&response, "QA language");
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
            "Nothing found."
        } else {
            "Nothing found that the filters show."
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
        let title = RichText::new(format!(
            "{} {check} ({})",
            severity_mark(worst),
            group.len()
        ))
        .color(theme::severity_color(worst));
        egui::CollapsingHeader::new(title)
            .id_salt(("qa_group", *check))
            .default_open(true)
            .show(ui, |ui| {
                ui.weak(*description);
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
        .on_hover_text(finding.severity.as_str());
        let place = format!(
            "{} {}",
            finding.language.as_str(),
            place_label(project, &finding.language, &finding.place)
        );
        let go = ui.link(&place).on_hover_text("Show this row or link");
        set_accessible_label(&go, format!("Go to {place} {}", finding.check));
        if go.clicked() {
            commands.push(Command::GoToFinding {
                language: finding.language.clone(),
                place: finding.place.clone(),
            });
        }
        ui.label(&finding.message);
        let ignore = ui
            .small_button("Ignore")
            .on_hover_text("Stop reporting this finding here (kept in the project)");
        set_accessible_label(&ignore, format!("Ignore {place} {}", finding.check));
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
    egui::CollapsingHeader::new(format!("Ignored in this project ({})", ignored.len()))
        .id_salt("qa_ignored")
        .show(ui, |ui| {
            for finding in ignored.iter().take(500) {
                ui.horizontal_wrapped(|ui| {
                    let place = place_label(project, &finding.language, &finding.place);
                    ui.weak(format!(
                        "{} {place} · {}: {}",
                        finding.language.as_str(),
                        finding.check,
                        finding.message
                    ));
                    let again = ui
                        .small_button("Report again")
                        .on_hover_text("Stop ignoring this finding");
                    set_accessible_label(
                        &again,
                        format!(
                            "Report again {} {place} {}",
                            finding.language.as_str(),
                            finding.check
                        ),
                    );
                    if again.clicked() {
                        commands.push(Command::UnignoreFinding(Box::new(finding.clone())));
                    }
                });
            }
            if ignored.len() > 500 {
                ui.weak(format!("… and {} more", ignored.len() - 500));
            }
            if ui
                .button("Report them all again")
                .on_hover_text("Stop ignoring every finding of this project (Ctrl+Z takes it back)")
                .clicked()
            {
                commands.push(Command::ShowIgnoredFindings);
            }
        });
}

fn checks_ui(ui: &mut Ui, project: &Project, commands: &mut Vec<Command>) {
    egui::CollapsingHeader::new("Checks in this project")
        .id_salt("qa_checks")
        .show(ui, |ui| {
            for (check, description) in CHECKS {
                let mut enabled = project.qa.is_enabled(check);
                let response = ui
                    .checkbox(&mut enabled, *check)
                    .on_hover_text(*description);
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
    egui::CollapsingHeader::new("Spelling dictionaries")
        .id_salt("qa_spelling")
        .show(ui, |ui| {
            for (language, origin) in qa.spelling_summary() {
                ui.label(format!("{}: {origin}", language.display_name()));
            }
            if ui
                .button("Dictionaries folder…")
                .on_hover_text("A folder of Hunspell dictionaries (.aff and .dic) to use first")
                .clicked()
            {
                commands.push(Command::ChooseDictionaries);
            }
        });
}
