//! The library screen (Ctrl+L): every project of the library in a sortable, filterable table
//! — title, outlet, languages with progress bars, address, dates, captures, tags, last change
//! — or, when words are typed in the search field, the paragraphs found in every language,
//! best first, with what matched marked. Only the visible rows are laid out, so ten thousand
//! projects scroll smoothly. Files dropped here are added to the library. Drawing changes
//! only the filter (the screen's own widget state); everything else is a command.

use egui::text::LayoutJob;
use egui::{Align, Layout, RichText, TextFormat, Ui, vec2};

use crate::app::commands::Command;
use crate::app::library::{AddResult, LibraryState, SortColumn};
use crate::l10n::{Arg, format_date, format_date_time, tr};
use crate::library::add::AddOutcome;
use crate::library::record::Field;
use crate::library::{Entry, Hit, Sameness, WorkStatus};

const ROW_HEIGHT: f32 = 24.0;
const HIT_HEIGHT: f32 = 62.0;

/// A column of the table: its name (in the interface language), width, and the sort it
/// stands for.
type Column = (fn() -> String, f32, Option<SortColumn>);

/// The table's columns.
const COLUMNS: [Column; 9] = [
    (tr::library_col_title, 330.0, Some(SortColumn::Title)),
    (tr::library_outlet, 110.0, Some(SortColumn::Outlet)),
    (tr::library_col_lang, 44.0, Some(SortColumn::Language)),
    (tr::library_col_targets, 190.0, Some(SortColumn::Progress)),
    (tr::library_published, 118.0, Some(SortColumn::Published)),
    (tr::library_col_captured, 118.0, Some(SortColumn::Captured)),
    (tr::library_col_captures, 64.0, None),
    (tr::library_tags, 100.0, None),
    (tr::library_col_modified, 190.0, Some(SortColumn::Modified)),
];

/// How far a project's work has come, in the interface language.
fn work_status(status: WorkStatus) -> String {
    match status {
        WorkStatus::Untranslated => tr::library_status_untranslated(),
        WorkStatus::InProgress => tr::library_status_in_progress(),
        WorkStatus::Done => tr::library_status_done(),
        WorkStatus::Stale => tr::library_status_stale(),
    }
}

/// What part of a project a search hit is in, in the interface language.
fn hit_field(field: Field) -> String {
    match field {
        Field::Metadata => tr::library_field_metadata(),
        Field::Source => tr::library_field_source(),
        Field::Translation => tr::library_field_translation(),
        Field::Aligned => tr::library_field_aligned(),
    }
}

/// Why a dropped article is taken for a saved one, in the interface language.
fn sameness(way: Sameness) -> String {
    match way {
        Sameness::Address => tr::library_same_address(),
        Sameness::Bytes => tr::library_same_file(),
        Sameness::Text => tr::library_same_text(),
        Sameness::NearText(share) => {
            tr::library_near_text(Arg::decimal(f64::from(share) * 100.0, 0))
        }
    }
}

/// Draws the library screen.
pub fn library_ui(ui: &mut Ui, state: &mut LibraryState, commands: &mut Vec<Command>) {
    egui::CentralPanel::default().show(ui, |ui| {
        filters_ui(ui, state, commands);
        if !state.added.is_empty() {
            added_ui(ui, &state.added, commands);
        }
        describing_ui(ui, state, commands);
        ui.separator();
        if state.filter.search.trim().is_empty() {
            table_ui(ui, state, commands);
        } else {
            hits_ui(ui, state, commands);
        }
    });
}

fn filters_ui(ui: &mut Ui, state: &mut LibraryState, commands: &mut Vec<Command>) {
    let languages = languages_of(state.entries());
    let filter = &mut state.filter;
    ui.horizontal_wrapped(|ui| {
        let search = ui.add(
            egui::TextEdit::singleline(&mut filter.search)
                .hint_text(tr::library_search_hint())
                .desired_width(300.0),
        );
        crate::app::set_accessible_label(&search, tr::library_search_label());
        search.on_hover_text(tr::library_search_tooltip());
        ui.label(tr::library_filter_language());
        egui::ComboBox::from_id_salt("library-language")
            .selected_text(filter.lang.clone().unwrap_or_else(tr::library_filter_all))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.lang, None, tr::library_filter_all());
                for language in &languages {
                    ui.selectable_value(&mut filter.lang, Some(language.clone()), language);
                }
            });
        ui.label(tr::library_filter_status());
        egui::ComboBox::from_id_salt("library-status")
            .selected_text(
                filter
                    .status
                    .map_or_else(tr::library_filter_all, work_status),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.status, None, tr::library_filter_all());
                for status in WorkStatus::ALL {
                    ui.selectable_value(&mut filter.status, Some(status), work_status(status));
                }
            });
        ui.label(tr::library_outlet());
        let outlet = ui.add(egui::TextEdit::singleline(&mut filter.outlet).desired_width(90.0));
        crate::app::set_accessible_label(&outlet, tr::library_outlet());
        ui.label(tr::library_filter_tag());
        let tag = ui.add(egui::TextEdit::singleline(&mut filter.tag).desired_width(70.0));
        crate::app::set_accessible_label(&tag, tr::library_filter_tag());
        ui.label(tr::library_published());
        ui.add(
            egui::TextEdit::singleline(&mut filter.from)
                .hint_text(tr::library_filter_from())
                .desired_width(80.0),
        );
        ui.add(
            egui::TextEdit::singleline(&mut filter.to)
                .hint_text(tr::library_filter_to())
                .desired_width(80.0),
        );
        if ui
            .button(tr::library_refresh())
            .on_hover_text(Command::RefreshLibrary.tooltip())
            .clicked()
        {
            commands.push(Command::RefreshLibrary);
        }
        if ui
            .button(tr::library_back())
            .on_hover_text(Command::ToggleLibrary.tooltip())
            .clicked()
        {
            commands.push(Command::ToggleLibrary);
        }
    });
    let folder = state
        .folder()
        .map_or_else(tr::library_no_folder, |folder| folder.display().to_string());
    let mut summary = tr::library_summary(
        state.entries().len(),
        folder,
        if state.filter.search.trim().is_empty() {
            state.rows().len()
        } else {
            state.hits().len()
        },
    );
    if state.busy {
        summary = format!("{summary} · {}", tr::library_indexing());
    }
    ui.horizontal(|ui| {
        ui.label(RichText::new(summary).weak());
        if !state.unreadable().is_empty() {
            ui.label(
                RichText::new(tr::library_unreadable(state.unreadable().len()))
                    .color(ui.visuals().warn_fg_color),
            )
            .on_hover_text(
                state
                    .unreadable()
                    .iter()
                    .map(|(path, reason)| format!("{}: {reason}", path.display()))
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
        }
        if state.entries().is_empty() && !state.busy {
            ui.label(RichText::new(tr::library_drop_hint()).weak());
        }
    });
}

/// Every language of the projects, sorted.
fn languages_of(entries: &[Entry]) -> Vec<String> {
    let mut languages: Vec<String> = entries
        .iter()
        .flat_map(|entry| {
            std::iter::once(entry.source_language.clone())
                .chain(entry.targets.iter().map(|target| target.lang.clone()))
                .chain(entry.aligned.iter().cloned())
        })
        .collect();
    languages.sort();
    languages.dedup();
    languages
}

/// What the last drop of files did, with the choices for articles saved already.
fn added_ui(ui: &mut Ui, added: &[AddResult], commands: &mut Vec<Command>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.strong(tr::library_added_heading());
            if ui.small_button(tr::library_dismiss()).clicked() {
                commands.push(Command::DismissLibraryAdded);
            }
        });
        egui::ScrollArea::vertical()
            .id_salt("library-added")
            .max_height(140.0)
            .show(ui, |ui| {
                for result in added {
                    let name = crate::io::fs::file_name_or_path(&result.file);
                    ui.horizontal_wrapped(|ui| match &result.outcome {
                        Ok(AddOutcome::Added { project, title }) => {
                            ui.label(tr::library_added_as(&name, title));
                            if ui.small_button(tr::library_open()).clicked() {
                                commands.push(Command::OpenLibraryProject(project.clone()));
                            }
                        }
                        Ok(AddOutcome::Duplicate(duplicates)) => {
                            ui.label(
                                RichText::new(tr::library_saved_already(&name))
                                    .color(ui.visuals().warn_fg_color),
                            );
                            for duplicate in duplicates {
                                let why: Vec<String> =
                                    duplicate.ways.iter().map(|way| sameness(*way)).collect();
                                ui.label(tr::library_duplicate_as(
                                    &duplicate.title,
                                    why.join(", "),
                                ));
                                if ui.small_button(tr::library_open_it()).clicked() {
                                    commands.push(Command::OpenLibraryProject(
                                        duplicate.project.clone(),
                                    ));
                                }
                                if ui
                                    .small_button(tr::library_add_capture())
                                    .on_hover_text(tr::library_add_capture_tooltip())
                                    .clicked()
                                {
                                    commands.push(Command::AddLibraryCapture {
                                        project: duplicate.project.clone(),
                                        file: result.file.clone(),
                                    });
                                }
                            }
                            if ui
                                .small_button(tr::library_import_separately())
                                .on_hover_text(tr::library_import_separately_tooltip())
                                .clicked()
                            {
                                commands.push(Command::AddToLibrary {
                                    files: vec![result.file.clone()],
                                    separate: true,
                                });
                            }
                        }
                        Err(error) => {
                            ui.label(
                                RichText::new(format!("✖ {name}: {error}"))
                                    .color(ui.visuals().error_fg_color),
                            );
                        }
                    });
                }
            });
    });
}

/// The tags and note of the project chosen with ✎, editable.
fn describing_ui(ui: &mut Ui, state: &mut LibraryState, commands: &mut Vec<Command>) {
    let Some(describing) = &mut state.describing else {
        return;
    };
    let mut close = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.strong(tr::library_describe_heading(&describing.title));
        ui.horizontal(|ui| {
            ui.label(tr::library_tags());
            let tags = ui.add(
                egui::TextEdit::singleline(&mut describing.tags)
                    .hint_text(tr::library_tags_hint())
                    .desired_width(400.0),
            );
            crate::app::set_accessible_label(&tags, tr::library_tags_label());
        });
        ui.horizontal(|ui| {
            ui.label(tr::library_note());
            let note = ui.add(
                egui::TextEdit::multiline(&mut describing.note)
                    .desired_rows(2)
                    .desired_width(400.0),
            );
            crate::app::set_accessible_label(&note, tr::library_note_label());
        });
        ui.horizontal(|ui| {
            if ui
                .button(tr::library_save_description())
                .on_hover_text(tr::library_save_description_tooltip())
                .clicked()
            {
                commands.push(Command::DescribeLibraryProject {
                    project: describing.project.clone(),
                    tags: describing.tags.clone(),
                    note: describing.note.clone(),
                });
                close = true;
            }
            if ui.button(tr::library_cancel()).clicked() {
                close = true;
            }
        });
    });
    if close {
        state.describing = None;
    }
}

fn header_ui(ui: &mut Ui, state: &mut LibraryState) {
    ui.horizontal(|ui| {
        for (name, width, sort) in COLUMNS {
            cell(ui, width, |ui| {
                let name = name();
                let Some(sort) = sort else {
                    ui.strong(name);
                    return;
                };
                let arrow = match (state.filter.sort == sort, state.filter.descending) {
                    (true, false) => " ▲",
                    (true, true) => " ▼",
                    (false, _) => "",
                };
                if ui
                    .add(
                        egui::Button::new(RichText::new(format!("{name}{arrow}")).strong())
                            .frame(false),
                    )
                    .on_hover_text(tr::library_sort_tooltip())
                    .clicked()
                {
                    if state.filter.sort == sort {
                        state.filter.descending = !state.filter.descending;
                    } else {
                        state.filter.sort = sort;
                        state.filter.descending = false;
                    }
                }
            });
        }
        ui.strong(tr::library_col_address());
    });
}

/// A cell of exactly `width`: what does not fit is cut off.
fn cell(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui)) {
    let (rect, _) = ui.allocate_exact_size(vec2(width, ROW_HEIGHT), egui::Sense::hover());
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect.shrink2(vec2(4.0, 0.0)))
            .layout(Layout::left_to_right(Align::Center)),
    );
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    add(&mut child);
}

/// A clickable title that is cut off with "…" where it does not fit.
fn title_link(ui: &mut Ui, text: &str) -> egui::Response {
    ui.add(
        egui::Label::new(RichText::new(text).color(ui.visuals().hyperlink_color))
            .truncate()
            .sense(egui::Sense::click()),
    )
    .on_hover_cursor(egui::CursorIcon::PointingHand)
}

fn text_or_dash(text: &str) -> &str {
    if text.trim().is_empty() { "—" } else { text }
}

fn table_ui(ui: &mut Ui, state: &mut LibraryState, commands: &mut Vec<Command>) {
    egui::ScrollArea::horizontal()
        .id_salt("library-table-width")
        .show(ui, |ui| {
            header_ui(ui, state);
            ui.separator();
            let rows = state.rows();
            let entries = state.entries();
            let mut chosen = None;
            egui::ScrollArea::vertical()
                .id_salt("library-table")
                .auto_shrink([false, false])
                .show_rows(ui, ROW_HEIGHT, rows.len(), |ui, visible| {
                    for &row in &rows[visible] {
                        if row_ui(ui, &entries[row], commands) {
                            chosen = Some(row);
                        }
                    }
                });
            if let Some(row) = chosen {
                let entry = &state.entries()[row];
                state.describing = Some(crate::app::library::Describing {
                    project: entry.project.clone(),
                    title: entry.display_title().to_owned(),
                    tags: entry.tags.join(", "),
                    note: entry.note.clone(),
                });
            }
        });
}

/// One project's row; whether its ✎ (edit the tags and note) was clicked.
fn row_ui(ui: &mut Ui, entry: &Entry, commands: &mut Vec<Command>) -> bool {
    let mut describe = false;
    ui.horizontal(|ui| {
        ui.set_height(ROW_HEIGHT);
        cell(ui, COLUMNS[0].1, |ui| {
            if title_link(ui, entry.display_title())
                .on_hover_text(tr::library_open_tooltip(
                    entry.project.display().to_string(),
                    text_or_dash(&entry.note),
                ))
                .clicked()
            {
                commands.push(Command::OpenLibraryProject(entry.project.clone()));
            }
        });
        cell(ui, COLUMNS[1].1, |ui| {
            ui.add(egui::Label::new(text_or_dash(&entry.outlet)).truncate());
        });
        cell(ui, COLUMNS[2].1, |ui| {
            ui.label(&entry.source_language);
        });
        cell(ui, COLUMNS[3].1, |ui| {
            if entry.targets.is_empty() && entry.aligned.is_empty() {
                ui.label("—");
            }
            for target in &entry.targets {
                ui.label(&target.lang);
                ui.add(
                    egui::ProgressBar::new(target.fraction())
                        .desired_width(40.0)
                        .desired_height(8.0)
                        .corner_radius(2.0),
                )
                .on_hover_text(tr::library_target_progress(
                    &target.lang,
                    target.done,
                    target.total,
                    target.started,
                ));
            }
            for aligned in &entry.aligned {
                ui.label(RichText::new(format!("{aligned}⇄")).weak())
                    .on_hover_text(tr::library_aligned_tooltip(aligned));
            }
        });
        cell(ui, COLUMNS[4].1, |ui| {
            ui.label(text_or_dash(&format_date(
                entry.published.get(..10).unwrap_or(&entry.published),
            )))
            .on_hover_text(text_or_dash(&format_date_time(&entry.published)));
        });
        cell(ui, COLUMNS[5].1, |ui| {
            ui.label(text_or_dash(&format_date(
                entry.captured.get(..10).unwrap_or(&entry.captured),
            )))
            .on_hover_text(text_or_dash(&format_date_time(&entry.captured)));
        });
        cell(ui, COLUMNS[6].1, |ui| {
            if entry.stale > 0 {
                ui.colored_label(
                    crate::app::theme::severity_color(crate::qa::Severity::Warning),
                    format!("{} ⟳", entry.captures),
                )
                .on_hover_text(tr::library_stale_tooltip(entry.stale));
            } else {
                ui.label(entry.captures.to_string());
            }
        });
        cell(ui, COLUMNS[7].1, |ui| {
            let button = ui
                .small_button("✎")
                .on_hover_text(tr::library_edit_tooltip());
            crate::app::set_accessible_label(
                &button,
                tr::library_edit_label(entry.display_title()),
            );
            describe = button.clicked();
            ui.add(egui::Label::new(text_or_dash(&entry.tags.join(", "))).truncate());
        });
        cell(ui, COLUMNS[8].1, |ui| {
            ui.label(format_date_time(&entry.modified));
        });
        ui.label(RichText::new(text_or_dash(&entry.url)).weak())
            .on_hover_text(text_or_dash(&entry.url));
    });
    describe
}

/// The snippet with what matched in strong colour.
fn snippet_job(ui: &Ui, hit: &Hit) -> LayoutJob {
    let normal = TextFormat {
        color: ui.visuals().text_color(),
        ..TextFormat::default()
    };
    let marked = TextFormat {
        color: ui.visuals().strong_text_color(),
        background: ui.visuals().selection.bg_fill.gamma_multiply(0.5),
        ..TextFormat::default()
    };
    let mut job = LayoutJob::default();
    let characters: Vec<char> = hit.snippet.chars().collect();
    let mut at = 0;
    for range in &hit.highlights {
        if range.start < at || range.end > characters.len() {
            continue;
        }
        job.append(
            &characters[at..range.start].iter().collect::<String>(),
            0.0,
            normal.clone(),
        );
        job.append(
            &characters[range.clone()].iter().collect::<String>(),
            0.0,
            marked.clone(),
        );
        at = range.end;
    }
    job.append(&characters[at..].iter().collect::<String>(), 0.0, normal);
    job.wrap.max_rows = 2;
    job
}

fn hits_ui(ui: &mut Ui, state: &LibraryState, commands: &mut Vec<Command>) {
    let hits = state.hits();
    if hits.is_empty() {
        ui.label(if state.busy {
            tr::library_searching()
        } else {
            tr::library_nothing_found()
        });
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("library-hits")
        .auto_shrink([false, false])
        .show_rows(ui, HIT_HEIGHT, hits.len(), |ui, visible| {
            for hit in &hits[visible] {
                ui.allocate_ui(vec2(ui.available_width(), HIT_HEIGHT), |ui| {
                    ui.set_height(HIT_HEIGHT - 4.0);
                    ui.horizontal(|ui| {
                        if ui
                            .link(RichText::new(&hit.title).strong())
                            .on_hover_text(tr::library_hit_tooltip(
                                hit.project.display().to_string(),
                            ))
                            .clicked()
                        {
                            commands.push(Command::OpenLibraryHit(Box::new(hit.clone())));
                        }
                        ui.label(
                            RichText::new(tr::library_hit_details(
                                &hit.lang,
                                hit_field(hit.field),
                                Arg::decimal(f64::from(hit.score), 2),
                            ))
                            .weak(),
                        );
                    });
                    ui.add(egui::Label::new(snippet_job(ui, hit)).wrap());
                });
                ui.painter().hline(
                    ui.min_rect().x_range(),
                    ui.cursor().top(),
                    ui.visuals().widgets.noninteractive.bg_stroke,
                );
            }
        });
}
