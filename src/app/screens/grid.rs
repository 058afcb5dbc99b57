//! The translation grid: one row per source paragraph, source on the left, the translation for
//! the chosen target on the right. Rows are virtualised (see [`VirtualRows`]).

use egui::text::{CCursor, CCursorRange};
use egui::{Align, Id, Layout, Rect, RichText, Sense, TextEdit, Ui, UiBuilder, vec2};

use super::virtual_rows::{VirtualRows, paint_row_background};
use crate::app::commands::Command;
use crate::app::set_accessible_label;
use crate::app::theme;
use crate::app::words;
use crate::l10n::tr;
use crate::model::{LanguageTag, ParagraphId, ParagraphKind, Project, TranslationStatus};

const GUTTER_WIDTH: f32 = 52.0;
const COLUMN_GAP: f32 = 12.0;
const ROW_PADDING: f32 = 6.0;

/// What the grid draws from.
pub struct GridView<'a> {
    pub project: &'a Project,
    pub target: Option<&'a LanguageTag>,
    pub selected: Option<ParagraphId>,
    /// The glossary's term places in each paragraph (worked out before drawing).
    pub glossary: &'a crate::app::glossary::GlossaryState,
    /// The QA findings (row marks) and misspelt words.
    pub qa: &'a crate::app::qa::QaState,
}

/// Estimated height of row `index` before it is drawn: wrapped lines of both sides.
fn estimate_row_height(
    view: &GridView<'_>,
    index: usize,
    chars_per_line: f32,
    font_height: f32,
) -> f32 {
    let paragraph = &view.project.paragraphs()[index];
    let lines = |text: &str| {
        (text.chars().count() as f32 / chars_per_line)
            .ceil()
            .max(1.0)
    };
    // The translation shown, for a translated row (its stale box is drawn under the source).
    let translation = view
        .target
        .filter(|_| paragraph.kind.is_translatable())
        .map(|language| view.project.translation(paragraph.paragraph_id, language));
    let stale = translation.is_some_and(crate::model::Translation::is_stale);
    let source = lines(&paragraph.text) * font_height * if stale { 2.0 } else { 1.0 }
        + if stale { 70.0 } else { 24.0 };
    let target = translation.map_or(font_height, |translation| {
        lines(&translation.text).max(2.0) * font_height + 40.0
    }) + view.target.map_or(0.0, |language| {
        super::conflict_box::estimated_height(
            view.project,
            paragraph.paragraph_id,
            language,
            font_height,
            lines,
        )
    });
    source.max(target) + ROW_PADDING * 2.0
}

/// Characters that fit on one line of a column, and the line height.
pub fn text_metrics(ui: &Ui, column: f32) -> (f32, f32) {
    let font_height = ui.text_style_height(&egui::TextStyle::Body);
    ((column / (font_height * 0.52)).max(8.0), font_height)
}

/// The width a combo box needs to show the longest of `labels` (small text) beside its arrow,
/// at least `minimum`: Russian and Azerbaijani names are longer than the English ones.
fn combo_width(ui: &Ui, labels: impl Iterator<Item = String>, minimum: f32) -> f32 {
    labels
        .map(|label| {
            egui::WidgetText::from(RichText::new(label).small())
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Small,
                )
                .size()
                .x
        })
        .fold(minimum, |widest, width| widest.max(width + 28.0))
}

fn column_width(total: f32) -> f32 {
    ((total - GUTTER_WIDTH - COLUMN_GAP * 2.0) / 2.0).max(120.0)
}

/// The id of the translation editor of a row.
pub fn translation_editor_id(paragraph_id: ParagraphId, language: &LanguageTag) -> Id {
    Id::unique(("translation", paragraph_id, language.as_str()))
}

fn note_editor_id(paragraph_id: ParagraphId, language: &LanguageTag) -> Id {
    Id::unique(("note", paragraph_id, language.as_str()))
}

/// Draws the grid and pushes what the user did as commands. `focus_request` is cleared once
/// the requested row's editor has been focused.
pub fn grid_ui(
    ui: &mut Ui,
    rows: &mut VirtualRows,
    view: &GridView<'_>,
    focus_request: &mut Option<crate::app::view::FocusRequest>,
    commands: &mut Vec<Command>,
) {
    let count = view.project.paragraphs().len();
    if count == 0 {
        ui.weak(tr::grid_no_paragraphs());
        return;
    }
    let (chars_per_line, font_height) = text_metrics(ui, column_width(ui.available_width()));
    let dark = ui.visuals().dark_mode;
    rows.show(
        ui,
        "grid",
        count,
        &|index| estimate_row_height(view, index, chars_per_line, font_height),
        &mut |ui, rect, index| row_ui(ui, rect, index, view, dark, focus_request, commands),
    );
}

fn row_ui(
    ui: &mut Ui,
    row_rect: Rect,
    index: usize,
    view: &GridView<'_>,
    dark: bool,
    focus_request: &mut Option<crate::app::view::FocusRequest>,
    commands: &mut Vec<Command>,
) -> f32 {
    let paragraph = &view.project.paragraphs()[index];
    let paragraph_id = paragraph.paragraph_id;
    let selected = view.selected == Some(paragraph_id);
    let translatable = paragraph.kind.is_translatable();

    let background = ui.painter().add(egui::Shape::Noop);
    let row_click = ui.interact(row_rect, Id::unique(("row", paragraph_id)), Sense::click());
    if row_click.clicked() {
        commands.push(Command::SelectRow(paragraph_id));
    }

    let column = column_width(row_rect.width());
    let inner_top = row_rect.min.y + ROW_PADDING;
    let gutter_rect = Rect::from_min_size(
        egui::pos2(row_rect.min.x, inner_top),
        vec2(GUTTER_WIDTH, 20.0),
    );
    let source_rect = Rect::from_min_size(
        egui::pos2(row_rect.min.x + GUTTER_WIDTH + COLUMN_GAP, inner_top),
        vec2(column, f32::INFINITY),
    );
    let target_rect = Rect::from_min_size(
        egui::pos2(source_rect.max.x + COLUMN_GAP, inner_top),
        vec2(column, f32::INFINITY),
    );

    let mut gutter = ui.new_child(
        UiBuilder::new()
            .max_rect(gutter_rect)
            .layout(Layout::top_down(Align::Max)),
    );
    gutter.weak(format!("{}", index + 1));
    if let Some(severity) = view
        .target
        .and_then(|language| view.qa.mark(paragraph_id, language))
    {
        let mark = gutter
            .colored_label(theme::severity_color(severity), "●")
            .on_hover_text(tr::grid_qa_mark_tooltip(words::severity(severity)));
        let name = tr::grid_qa_mark_accessible(words::severity(severity), paragraph_id.to_string());
        mark.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
    }

    // Source side: kind badge (changeable) and the text.
    let mut source_ui = ui.new_child(
        UiBuilder::new()
            .id_salt(("source", paragraph_id))
            .max_rect(source_rect)
            .layout(Layout::top_down(Align::Min)),
    );
    source_ui.horizontal(|ui| {
        let color = theme::kind_color(paragraph.kind, dark);
        let kind_response = egui::ComboBox::from_id_salt(("kind", paragraph_id))
            .selected_text(
                RichText::new(words::paragraph_kind(paragraph.kind))
                    .small()
                    .color(color),
            )
            .width(combo_width(
                ui,
                ParagraphKind::ALL.into_iter().map(words::paragraph_kind),
                86.0,
            ))
            .show_ui(ui, |ui| {
                for kind in ParagraphKind::ALL {
                    let label = RichText::new(words::paragraph_kind(kind))
                        .color(theme::kind_color(kind, dark));
                    if ui.selectable_label(kind == paragraph.kind, label).clicked()
                        && kind != paragraph.kind
                    {
                        commands.push(Command::SetKind { paragraph_id, kind });
                    }
                }
            })
            .response
            .on_hover_text(tr::grid_kind_tooltip());
        set_accessible_label(
            &kind_response,
            tr::grid_kind_accessible(paragraph_id.to_string()),
        );
    });
    // Clicking the text selects the row, as clicking the row does.
    if source_text_ui(&mut source_ui, view, paragraph, translatable).clicked() {
        commands.push(Command::SelectRow(paragraph_id));
    }
    if let Some(language) = view.target.filter(|_| translatable) {
        stale_source_ui(&mut source_ui, view.project, paragraph, language, commands);
    }
    let mut height = source_ui.min_rect().height();

    // Target side.
    let mut target_ui = ui.new_child(
        UiBuilder::new()
            .id_salt(("target", paragraph_id))
            .max_rect(target_rect)
            .layout(Layout::top_down(Align::Min)),
    );
    match (translatable, view.target) {
        (true, Some(language)) => {
            translation_cell_ui(
                &mut target_ui,
                paragraph_id,
                language,
                view,
                focus_request,
                commands,
            );
            super::conflict_box::conflict_ui(
                &mut target_ui,
                view.project,
                paragraph_id,
                language,
                commands,
            );
        }
        (false, _) => {
            target_ui.weak(tr::grid_not_translated(words::paragraph_kind(
                paragraph.kind,
            )));
        }
        (true, None) => {
            target_ui.weak(tr::grid_add_target());
        }
    }
    height = height.max(target_ui.min_rect().height()) + ROW_PADDING * 2.0;

    let full_rect = Rect::from_min_size(row_rect.min, vec2(row_rect.width(), height));
    paint_row_background(ui, background, full_rect, index, selected);
    height
}

/// For a translation a new capture made stale: what changed in the source since it was
/// translated (the earlier text against the current, word by word), and a button that keeps
/// the translation as it is.
fn stale_source_ui(
    ui: &mut Ui,
    project: &Project,
    paragraph: &crate::model::Paragraph,
    language: &LanguageTag,
    commands: &mut Vec<Command>,
) {
    let translation = project.translation(paragraph.paragraph_id, language);
    let Some(earlier) = translation.stale_source.as_deref() else {
        return;
    };
    let paragraph_id = paragraph.paragraph_id;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let title = ui
            .colored_label(
                theme::severity_color(crate::qa::Severity::Warning),
                tr::grid_stale_title(),
            )
            .on_hover_text(tr::grid_stale_tooltip(earlier));
        let name = tr::grid_stale_accessible(paragraph_id.to_string());
        title.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
        let pieces = crate::align::revision::word_diff(earlier, &paragraph.text);
        ui.add(egui::Label::new(theme::word_diff_text(ui, &pieces)).wrap());
        let keep = ui
            .small_button(tr::grid_keep_translation())
            .on_hover_text(tr::grid_keep_translation_tooltip());
        set_accessible_label(
            &keep,
            tr::grid_keep_translation_accessible(paragraph_id.to_string()),
        );
        if keep.clicked() {
            commands.push(Command::KeepStaleTranslation {
                paragraph_id,
                language: language.clone(),
            });
        }
    });
}

/// The source text, its glossary terms underlined; resting the pointer on a term shows its
/// translations.
fn source_text_ui(
    ui: &mut Ui,
    view: &GridView<'_>,
    paragraph: &crate::model::Paragraph,
    translatable: bool,
) -> egui::Response {
    let places = view.glossary.places(paragraph.paragraph_id);
    let strong = paragraph.kind == ParagraphKind::Headline;
    if places.is_empty() || !translatable {
        let text = RichText::new(&paragraph.text);
        let text = if translatable { text } else { text.weak() };
        let text = if strong { text.strong() } else { text };
        return ui.add(egui::Label::new(text).wrap());
    }
    let ranges: Vec<std::ops::Range<usize>> =
        places.iter().map(|place| place.range.clone()).collect();
    let job = theme::text_with_terms(ui, &paragraph.text, &ranges, strong);
    let (galley_pos, galley, response) = egui::Label::new(job).wrap().layout_in_ui(ui);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, ui.is_enabled(), galley.text())
    });
    let hovered_at = response.hover_pos().map(|pointer| {
        let cursor = galley.cursor_from_pos(pointer - galley_pos);
        let index = usize::from(cursor.index);
        paragraph
            .text
            .char_indices()
            .nth(index)
            .map_or(paragraph.text.len(), |(at, _)| at)
    });
    egui::text_selection::LabelSelectionState::label_text_selection(
        ui,
        &response,
        galley_pos,
        galley,
        ui.visuals().text_color(),
        egui::Stroke::NONE,
    );
    let Some(at) = hovered_at else {
        return response;
    };
    let under: Vec<&crate::memory::terms::FoundTerm> = places
        .iter()
        .filter(|place| place.range.start <= at && at < place.range.end)
        .collect();
    if under.is_empty() {
        return response;
    }
    response.on_hover_ui_at_pointer(|ui| {
        for place in under {
            for entry in place
                .entries
                .iter()
                .filter_map(|&index| view.glossary.entry(index))
            {
                if entry.forbidden {
                    ui.label(
                        RichText::new(tr::grid_term_forbidden(&entry.source, &entry.target))
                            .color(ui.visuals().error_fg_color),
                    );
                } else {
                    ui.label(format!("{} → {}", entry.source, entry.target));
                }
                if !entry.note.is_empty() {
                    ui.weak(&entry.note);
                }
            }
        }
        ui.weak(tr::grid_terms_panel_hint());
    })
}

fn translation_cell_ui(
    ui: &mut Ui,
    paragraph_id: ParagraphId,
    language: &LanguageTag,
    view: &GridView<'_>,
    focus_request: &mut Option<crate::app::view::FocusRequest>,
    commands: &mut Vec<Command>,
) {
    let translation = view.project.translation(paragraph_id, language);
    let editor_id = translation_editor_id(paragraph_id, language);
    if let Some(request) = focus_request
        .as_ref()
        .filter(|request| request.paragraph_id == paragraph_id)
    {
        let characters = translation.text.chars().count();
        let range = request.selection.clone().unwrap_or(characters..characters);
        focus_with_selection(ui, editor_id, range);
        *focus_request = None;
    }
    let mut text = translation.text.clone();
    let qa = view.qa;
    let mut layouter = |ui: &Ui, buffer: &dyn egui::TextBuffer, wrap_width: f32| {
        let shown = buffer.as_str();
        let misspelt = qa.misspelt(paragraph_id, language, shown);
        let mut job = theme::text_with_misspellings(ui, shown, misspelt);
        job.wrap.max_width = wrap_width;
        ui.fonts_mut(|fonts| fonts.layout_job(job))
    };
    let response = ui.add(
        TextEdit::multiline(&mut text)
            .id(editor_id)
            .desired_width(f32::INFINITY)
            .desired_rows(2)
            .layouter(&mut layouter)
            .hint_text(tr::grid_translation_hint(words::language_name(language))),
    );
    super::spelling_menu::spelling_menu(
        &response,
        editor_id,
        (paragraph_id, language),
        &translation.text,
        qa,
        commands,
    );
    set_accessible_label(
        &response,
        tr::grid_translation_accessible(language.as_str(), paragraph_id.to_string()),
    );
    if response.has_focus() {
        remember_selection(ui.ctx(), editor_id, paragraph_id, language);
    }
    if response.changed() {
        commands.push(Command::SetTranslationText {
            paragraph_id,
            language: language.clone(),
            text,
        });
    }
    track_cell_focus(&response, paragraph_id, commands);

    ui.horizontal(|ui| {
        let status_id = Id::unique(("status", paragraph_id, language.as_str()));
        let status_response = egui::ComboBox::from_id_salt(status_id)
            .selected_text(
                RichText::new(words::status(translation.status))
                    .small()
                    .color(theme::status_color(translation.status)),
            )
            .width(combo_width(
                ui,
                TranslationStatus::ALL.into_iter().map(words::status),
                96.0,
            ))
            .show_ui(ui, |ui| {
                for status in TranslationStatus::ALL {
                    if ui
                        .selectable_label(status == translation.status, words::status(status))
                        .clicked()
                        && status != translation.status
                    {
                        commands.push(Command::SetStatus {
                            paragraph_id,
                            language: language.clone(),
                            status,
                        });
                    }
                }
            })
            .response;
        set_accessible_label(
            &status_response,
            tr::grid_status_accessible(language.as_str(), paragraph_id.to_string()),
        );
        let mut note = translation.note.clone();
        let note_id = note_editor_id(paragraph_id, language);
        let note_response = ui.add(
            TextEdit::singleline(&mut note)
                .id(note_id)
                .desired_width(f32::INFINITY)
                .hint_text(tr::grid_note_hint()),
        );
        set_accessible_label(
            &note_response,
            tr::grid_note_accessible(language.as_str(), paragraph_id.to_string()),
        );
        if note_response.changed() {
            commands.push(Command::SetTranslationNote {
                paragraph_id,
                language: language.clone(),
                note,
            });
        }
        track_cell_focus(&note_response, paragraph_id, commands);
    });
}

/// The selection (character range, in order) a translation editor had when it last had the
/// focus, with its row and language: clicking a term in the Terms panel takes the focus away
/// (and with it the editor's selection), and the term goes in its place.
#[derive(Debug, Clone, PartialEq)]
pub struct LastSelection {
    pub paragraph_id: ParagraphId,
    pub language: LanguageTag,
    pub range: (usize, usize),
}

/// Where [`LastSelection`] is kept in egui's memory.
pub fn last_selection_id() -> Id {
    Id::unique("diptych-last-translation-selection")
}

fn remember_selection(
    ctx: &egui::Context,
    editor_id: Id,
    paragraph_id: ParagraphId,
    language: &LanguageTag,
) {
    let Some(range) = egui::text_edit::TextEditState::load(ctx, editor_id)
        .and_then(|state| state.cursor.char_range())
    else {
        return;
    };
    let [start, end] = range.sorted_cursors();
    let selection = LastSelection {
        paragraph_id,
        language: language.clone(),
        range: (usize::from(start.index), usize::from(end.index)),
    };
    ctx.data_mut(|data| data.insert_temp(last_selection_id(), selection));
}

/// Focuses an editor with the characters `range` selected (an empty range: the cursor there).
fn focus_with_selection(ui: &Ui, editor_id: Id, range: std::ops::Range<usize>) {
    ui.memory_mut(|memory| memory.request_focus(editor_id));
    let mut state = egui::text_edit::TextEditState::load(ui.ctx(), editor_id).unwrap_or_default();
    state.cursor.set_char_range(Some(CCursorRange::two(
        CCursor::new(range.start),
        CCursor::new(range.end),
    )));
    state.store(ui.ctx(), editor_id);
}

/// Focusing a cell selects its row; leaving it ends the typing group (one undo step).
fn track_cell_focus(
    response: &egui::Response,
    paragraph_id: ParagraphId,
    commands: &mut Vec<Command>,
) {
    if response.gained_focus() {
        commands.push(Command::SelectRow(paragraph_id));
    }
    if response.lost_focus() {
        commands.push(Command::EndTyping);
    }
}
