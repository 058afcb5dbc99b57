//! The alignment review view: one row per link between source and translation paragraphs,
//! with a confidence bar (the reason in its tooltip), markers for links that are not 1:1,
//! moved, low in confidence or confirmed, and filters. Rows are virtualised.

use egui::{Id, Layout, Rect, RichText, Sense, Ui, UiBuilder, vec2};

use super::virtual_rows::{VirtualRows, paint_row_background};
use crate::app::commands::Command;
use crate::app::{set_accessible_label, theme, words};
use crate::l10n::tr;
use crate::model::{
    AlignedTranslation, LanguageTag, LinkFilter, LinkState, ParagraphId, Project, SentencePair,
    sentence_pairs,
};

const GUTTER_WIDTH: f32 = 76.0;
const COLUMN_GAP: f32 = 12.0;
const ROW_PADDING: f32 = 6.0;

/// State of the view between frames.
#[derive(Debug, Default)]
pub struct AlignmentView {
    pub rows: VirtualRows,
    /// The selected link (index into all links), and the other end of a shift-click range.
    pub selected: Option<usize>,
    pub range_anchor: Option<usize>,
    /// Active filters; a link is shown when it matches any of them (all links when none).
    pub filters: Vec<LinkFilter>,
    /// Other aligned languages shown as extra columns (at most two), pivoted on the source.
    pub extra_columns: Vec<LanguageTag>,
    /// Show the sentence alignment of the selected link under the rows.
    pub show_sentences: bool,
    /// Sentence links of one link, keyed by its paragraphs: (source, target, confidence).
    sentence_cache: Option<(SentenceKey, Vec<SentencePair>)>,
}

type SentenceKey = (Vec<ParagraphId>, Vec<ParagraphId>);

/// How a filter is named on its toggle.
pub fn link_filter_label(filter: LinkFilter) -> String {
    match filter {
        LinkFilter::Unconfirmed => tr::align_filter_unconfirmed(),
        LinkFilter::LowConfidence => tr::align_filter_low_confidence(),
        LinkFilter::NotOneToOne => tr::align_filter_not_one_to_one(),
        LinkFilter::Moved => tr::align_filter_moved(),
    }
}

fn sentences_panel_ui(
    ui: &mut Ui,
    view: &mut AlignmentView,
    project: &Project,
    aligned: &AlignedTranslation,
    language: &LanguageTag,
) {
    let Some(link) = view.selected.and_then(|index| aligned.links.get(index)) else {
        return;
    };
    let key = (link.source.clone(), link.target.clone());
    if view
        .sentence_cache
        .as_ref()
        .is_none_or(|(cached, _)| *cached != key)
    {
        view.sentence_cache = Some((key, sentence_pairs(project, aligned, language, link)));
    }
    let Some((_, pairs)) = &view.sentence_cache else {
        return;
    };
    egui::Panel::bottom("sentences")
        .resizable(true)
        .default_size(180.0)
        .show(ui, |ui| {
            ui.label(
                RichText::new(tr::align_sentences_title(
                    view.selected.map_or(0, |index| index + 1).to_string(),
                ))
                .strong(),
            );
            egui::ScrollArea::vertical().show(ui, |ui| {
                let column = ((ui.available_width() - 60.0) / 2.0).max(100.0);
                for (source, target, confidence) in pairs {
                    ui.horizontal_top(|ui| {
                        ui.add_sized(
                            [40.0, 16.0],
                            egui::Label::new(
                                RichText::new(crate::l10n::format_decimal(
                                    f64::from(*confidence),
                                    2,
                                ))
                                .color(theme::confidence_color((confidence * 1000.0) as u16)),
                            ),
                        );
                        for text in [source, target] {
                            let shown = if text.is_empty() {
                                "—"
                            } else {
                                text.as_str()
                            };
                            ui.allocate_ui(vec2(column, 0.0), |ui| {
                                ui.set_width(column);
                                ui.add(egui::Label::new(shown).wrap());
                            });
                        }
                    });
                    ui.separator();
                }
            });
        });
}

/// Most columns shown side by side: the source, the reviewed translation and one more.
pub const MAX_COLUMNS: usize = 3;

/// Another aligned language shown beside the main one: which of its links holds each source
/// paragraph.
struct ExtraColumn<'a> {
    language: &'a LanguageTag,
    aligned: &'a AlignedTranslation,
    link_of_source: std::collections::HashMap<ParagraphId, usize>,
}

impl<'a> ExtraColumn<'a> {
    fn new(language: &'a LanguageTag, aligned: &'a AlignedTranslation) -> Self {
        let link_of_source = aligned
            .links
            .iter()
            .enumerate()
            .flat_map(|(index, link)| link.source.iter().map(move |id| (*id, index)))
            .collect();
        Self {
            language,
            aligned,
            link_of_source,
        }
    }

    /// The paragraphs of this language linked to any of `source` (each link once, in order),
    /// and whether a link also covers source paragraphs of an earlier row (its text is then
    /// shown there, not repeated here).
    fn paragraphs_for(&self, source: &[ParagraphId]) -> (Vec<&'a crate::model::Paragraph>, bool) {
        let mut links: Vec<usize> = source
            .iter()
            .filter_map(|id| self.link_of_source.get(id).copied())
            .collect();
        links.dedup();
        let mut continued = false;
        let paragraphs = links
            .into_iter()
            .filter(|index| {
                let starts_here = self.aligned.links[*index]
                    .source
                    .first()
                    .is_some_and(|first| source.contains(first));
                continued |= !starts_here;
                starts_here
            })
            .flat_map(|index| &self.aligned.links[index].target)
            .filter_map(|id| self.aligned.paragraph(*id))
            .collect();
        (paragraphs, continued)
    }
}

impl AlignmentView {
    /// Indexes of the links the filters let through.
    pub fn visible_links(&self, aligned: &AlignedTranslation) -> Vec<usize> {
        (0..aligned.links.len())
            .filter(|index| {
                self.filters.is_empty()
                    || self
                        .filters
                        .iter()
                        .any(|filter| filter.matches(&aligned.links[*index]))
            })
            .collect()
    }

    /// The selected range of links (inclusive), in order.
    pub fn selected_range(&self) -> Option<(usize, usize)> {
        let selected = self.selected?;
        let anchor = self.range_anchor.unwrap_or(selected);
        Some((anchor.min(selected), anchor.max(selected)))
    }
}

fn paragraph_texts<'a>(
    ids: &[ParagraphId],
    lookup: impl Fn(ParagraphId) -> Option<&'a crate::model::Paragraph>,
) -> Vec<&'a crate::model::Paragraph> {
    ids.iter().filter_map(|id| lookup(*id)).collect()
}

/// Draws the toolbar and the rows of links.
pub fn alignment_ui(
    ui: &mut Ui,
    view: &mut AlignmentView,
    project: &Project,
    language: &LanguageTag,
    commands: &mut Vec<Command>,
) {
    let Some(aligned) = project.aligned.get(language) else {
        return;
    };
    toolbar_ui(ui, view, project, language, aligned, commands);
    ui.separator();
    if view.show_sentences {
        sentences_panel_ui(ui, view, project, aligned, language);
    }
    let visible = view.visible_links(aligned);
    if visible.is_empty() {
        ui.weak(tr::align_no_match());
        return;
    }
    let extras: Vec<ExtraColumn<'_>> = view
        .extra_columns
        .iter()
        .filter(|extra| *extra != language)
        .filter_map(|extra| {
            project
                .aligned
                .get(extra)
                .map(|aligned| ExtraColumn::new(extra, aligned))
        })
        .take(MAX_COLUMNS - 2)
        .collect();
    let columns = 2 + extras.len();
    let column = ((ui.available_width() - GUTTER_WIDTH - COLUMN_GAP * columns as f32)
        / columns as f32)
        .max(100.0);
    let (chars_per_line, font_height) = super::grid::text_metrics(ui, column);
    let estimate = |row: usize| {
        let link = &aligned.links[visible[row]];
        let lines = |ids: &[ParagraphId], source: bool| -> f32 {
            ids.iter()
                .map(|id| {
                    let text = if source {
                        project
                            .paragraph(*id)
                            .map_or("", |paragraph| paragraph.text.as_str())
                    } else {
                        aligned
                            .paragraph(*id)
                            .map_or("", |paragraph| paragraph.text.as_str())
                    };
                    (text.chars().count() as f32 / chars_per_line)
                        .ceil()
                        .max(1.0)
                })
                .sum::<f32>()
                .max(1.0)
        };
        lines(&link.source, true).max(lines(&link.target, false)) * (font_height + 4.0)
            + ROW_PADDING * 2.0
    };
    let selected_range = view.selected_range();
    view.rows.show(
        ui,
        "alignment",
        visible.len(),
        &estimate,
        &mut |ui, rect, row| {
            let index = visible[row];
            let in_range = selected_range.is_some_and(|(low, high)| (low..=high).contains(&index));
            link_row_ui(
                ui, rect, index, project, aligned, language, &extras, in_range, column, commands,
            )
        },
    );
}

fn toolbar_ui(
    ui: &mut Ui,
    view: &AlignmentView,
    project: &Project,
    language: &LanguageTag,
    aligned: &AlignedTranslation,
    commands: &mut Vec<Command>,
) {
    let summary = aligned.summary();
    ui.horizontal_wrapped(|ui| {
        ui.label(tr::align_summary(
            summary.links,
            summary.confirmed,
            summary.low_confidence,
            summary.not_one_to_one,
            summary.moved,
        ));
        ui.separator();
        ui.label(tr::align_show_only());
        for filter in LinkFilter::ALL {
            let mut active = view.filters.contains(&filter);
            let response = ui.checkbox(&mut active, link_filter_label(filter));
            if response.changed() {
                commands.push(Command::ToggleLinkFilter(filter));
            }
        }
        let others: Vec<&LanguageTag> = project
            .aligned
            .keys()
            .filter(|other| *other != language)
            .collect();
        if !others.is_empty() {
            ui.separator();
            ui.label(tr::align_columns(
                project.source.language.as_str(),
                language.as_str(),
            ));
            for other in others {
                let mut shown = view.extra_columns.contains(other);
                let full = !shown && view.extra_columns.len() + 2 >= MAX_COLUMNS;
                let response =
                    ui.add_enabled(!full, egui::Checkbox::new(&mut shown, other.as_str()));
                if response.changed() {
                    commands.push(Command::ToggleAlignedColumn(other.clone()));
                }
            }
        }
    });
}

#[expect(
    clippy::too_many_arguments,
    reason = "a row reads several independent parts of the view; a struct would only rename them"
)]
fn link_row_ui(
    ui: &mut Ui,
    row_rect: Rect,
    index: usize,
    project: &Project,
    aligned: &AlignedTranslation,
    aligned_language: &LanguageTag,
    extras: &[ExtraColumn<'_>],
    selected: bool,
    column: f32,
    commands: &mut Vec<Command>,
) -> f32 {
    let link = &aligned.links[index];
    let background = ui.painter().add(egui::Shape::Noop);
    let click = ui.interact(row_rect, Id::unique(("link", index)), Sense::click());
    if click.clicked() {
        let extend = ui.input(|input| input.modifiers.shift);
        commands.push(Command::SelectLink { index, extend });
    }
    let top = row_rect.min.y + ROW_PADDING;

    // Gutter: number, shape and markers; the confidence bar is painted after measuring.
    let gutter_rect = Rect::from_min_size(
        egui::pos2(row_rect.min.x + 10.0, top),
        vec2(GUTTER_WIDTH - 10.0, 40.0),
    );
    let mut gutter = ui.new_child(
        UiBuilder::new()
            .max_rect(gutter_rect)
            .layout(Layout::top_down(egui::Align::Min)),
    );
    let shape = format!("{}:{}", link.source.len(), link.target.len());
    let mut marks = format!("{} ", index + 1);
    if link.state == LinkState::Confirmed {
        marks.push('✓');
    }
    let number = gutter.label(RichText::new(marks).small());
    let confidence = crate::l10n::Arg::decimal(f64::from(link.confidence()), 2);
    let tooltip = if link.state == LinkState::Confirmed {
        tr::align_confidence_tooltip_state(
            confidence,
            crate::app::link_reason::link_reason(&link.reason),
            words::link_state(link.state),
        )
    } else {
        tr::align_confidence_tooltip(
            confidence,
            crate::app::link_reason::link_reason(&link.reason),
        )
    };
    number.on_hover_text(tooltip.clone());
    let shape_text = if link.is_one_to_one() {
        RichText::new(shape).small().weak()
    } else {
        RichText::new(shape)
            .small()
            .strong()
            .color(ui.visuals().warn_fg_color)
    };
    gutter.label(shape_text);
    if link.moved {
        gutter.label(
            RichText::new(tr::align_moved_mark())
                .small()
                .color(ui.visuals().warn_fg_color),
        );
    }

    let source_rect = Rect::from_min_size(
        egui::pos2(row_rect.min.x + GUTTER_WIDTH + COLUMN_GAP, top),
        vec2(column, f32::INFINITY),
    );
    let target_rect = Rect::from_min_size(
        egui::pos2(source_rect.max.x + COLUMN_GAP, top),
        vec2(column, f32::INFINITY),
    );
    let mut height: f32 = gutter.min_rect().height();
    let mut sides = vec![
        (
            source_rect,
            paragraph_texts(&link.source, |id| project.paragraph(id)),
            "source".to_owned(),
            false,
        ),
        (
            target_rect,
            paragraph_texts(&link.target, |id| aligned.paragraph(id)),
            "target".to_owned(),
            false,
        ),
    ];
    for (position, extra) in extras.iter().enumerate() {
        let left = target_rect.max.x + COLUMN_GAP + (column + COLUMN_GAP) * position as f32;
        let rect = Rect::from_min_size(egui::pos2(left, top), vec2(column, f32::INFINITY));
        let (paragraphs, continued) = extra.paragraphs_for(&link.source);
        sides.push((
            rect,
            paragraphs,
            extra.language.as_str().to_owned(),
            continued,
        ));
    }
    for (rect, paragraphs, salt, continued) in sides {
        let salt = salt.as_str();
        let mut side = ui.new_child(
            UiBuilder::new()
                .id_salt((salt, index))
                .max_rect(rect)
                .layout(Layout::top_down(egui::Align::Min)),
        );
        if continued {
            side.weak(tr::align_continued());
        } else if paragraphs.is_empty() {
            side.weak(tr::align_no_counterpart());
        }
        for (position, paragraph) in paragraphs.iter().enumerate() {
            if position > 0 {
                side.separator();
            }
            let text = RichText::new(&paragraph.text);
            let text = if paragraph.kind.is_translatable() {
                text
            } else {
                text.weak()
            };
            let label = side.add(egui::Label::new(text).wrap().sense(Sense::click()));
            if label.clicked() {
                let extend = label.ctx.input(|input| input.modifiers.shift);
                commands.push(Command::SelectLink { index, extend });
            }
            if label.double_clicked() {
                let document = if salt == "source" {
                    Some(crate::model::DocumentRef::Source)
                } else if salt == "target" {
                    Some(crate::model::DocumentRef::Aligned(aligned_language.clone()))
                } else {
                    None
                };
                if let Some(document) = document {
                    commands.push(Command::AskSplit {
                        document,
                        paragraph_id: paragraph.paragraph_id,
                    });
                }
            }
            let label = label.on_hover_text(tr::align_split_tooltip());
            let (id, link_number) = (paragraph.paragraph_id.to_string(), (index + 1).to_string());
            let name = match salt {
                "source" => tr::align_source_accessible(id, link_number),
                "target" => tr::align_target_accessible(id, link_number),
                language => tr::align_column_accessible(language, id, link_number),
            };
            set_accessible_label(&label, name);
        }
        height = height.max(side.min_rect().height());
    }
    let height = height + ROW_PADDING * 2.0;
    let full = Rect::from_min_size(row_rect.min, vec2(row_rect.width(), height));
    paint_row_background(ui, background, full, index, selected);
    let bar = Rect::from_min_size(full.min + vec2(2.0, 3.0), vec2(5.0, height - 6.0));
    ui.painter()
        .rect_filled(bar, 2.0, theme::confidence_color(link.confidence_permille));
    ui.interact(bar, Id::unique(("confidence", index)), Sense::hover())
        .on_hover_text(tooltip);
    height
}
