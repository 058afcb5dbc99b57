//! A virtualised vertical list of rows of varying height: only the visible rows are laid out.
//! Heights start as estimates, are replaced by measured heights as rows are drawn, and are
//! kept per width; prefix sums map scroll offsets to rows.

use egui::{Rect, Stroke, Ui, vec2};

/// Row heights and scroll requests of one list; survives between frames.
#[derive(Debug)]
pub struct VirtualRows {
    heights: Vec<f32>,
    /// `offsets[i]` is the top of row `i`; the last entry is the total height.
    offsets: Vec<f32>,
    width: f32,
    stale: bool,
    /// Scroll so that this row is fully visible.
    pub scroll_to: Option<usize>,
    viewport: Rect,
}

impl Default for VirtualRows {
    fn default() -> Self {
        Self {
            heights: Vec::new(),
            offsets: Vec::new(),
            width: 0.0,
            stale: false,
            scroll_to: None,
            viewport: Rect::ZERO,
        }
    }
}

impl VirtualRows {
    /// Forgets all heights (the rows changed).
    pub fn reset(&mut self) {
        let scroll_to = self.scroll_to;
        *self = Self::default();
        self.scroll_to = scroll_to;
    }

    fn total_height(&self) -> f32 {
        self.offsets.last().copied().unwrap_or_default()
    }

    fn ensure(&mut self, count: usize, width: f32, estimate: &dyn Fn(usize) -> f32) {
        if self.heights.len() != count || (self.width - width).abs() > 1.0 {
            self.heights = (0..count).map(estimate).collect();
            self.width = width;
            self.stale = true;
        }
        if self.stale || self.offsets.len() != count + 1 {
            self.offsets.clear();
            self.offsets.reserve(count + 1);
            let mut top = 0.0;
            self.offsets.push(top);
            for height in &self.heights {
                top += height;
                self.offsets.push(top);
            }
            self.stale = false;
        }
    }

    /// Draws rows `0..count` in a vertical scroll area. `estimate` guesses a row's height
    /// before it was ever drawn; `draw_row` draws row `index` into the given rectangle (its
    /// height is the current estimate) and returns the height it really took.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        id_salt: &str,
        count: usize,
        estimate: &dyn Fn(usize) -> f32,
        draw_row: &mut dyn FnMut(&mut Ui, Rect, usize) -> f32,
    ) {
        let width = ui.available_width();
        self.ensure(count, width, estimate);
        let mut scroll_area = egui::ScrollArea::vertical()
            .id_salt(id_salt)
            .auto_shrink([false, false]);
        if let Some(index) = self.scroll_to.take()
            && index < count
        {
            let top = self.offsets[index];
            let bottom = self.offsets[index + 1];
            let visible_height = self.viewport.height().max(1.0);
            let current = self.viewport.min.y;
            let target = if top < current || bottom - top > visible_height {
                Some(top)
            } else if bottom > current + visible_height {
                Some(bottom - visible_height)
            } else {
                None
            };
            if let Some(offset) = target {
                scroll_area = scroll_area.vertical_scroll_offset(offset.max(0.0));
            }
        }
        scroll_area.show_viewport(ui, |ui, viewport| {
            self.viewport = viewport;
            let origin = ui.max_rect().min;
            let mut index = self
                .offsets
                .partition_point(|top| *top <= viewport.min.y)
                .saturating_sub(1);
            while index < count && self.offsets[index] < viewport.max.y {
                let rect = Rect::from_min_size(
                    origin + vec2(0.0, self.offsets[index]),
                    vec2(width, self.heights[index]),
                );
                let height = draw_row(ui, rect, index);
                if (self.heights[index] - height).abs() > 0.5 {
                    self.heights[index] = height;
                    self.stale = true;
                }
                index += 1;
            }
            if self.stale {
                ui.ctx().request_repaint();
            }
            ui.set_min_size(vec2(width, self.total_height()));
        });
        // Heights measured this frame may have moved rows: rebuild the sums for the next frame.
        if self.stale {
            self.ensure(count, width, estimate);
        }
    }
}

/// Paints a drawn row's background into the `placeholder` shape reserved before its content
/// (selection or alternate-row tint) and the separator line under it.
pub fn paint_row_background(
    ui: &Ui,
    placeholder: egui::layers::ShapeIdx,
    rect: Rect,
    index: usize,
    selected: bool,
) {
    let visuals = ui.visuals();
    let fill = if selected {
        visuals.selection.bg_fill.gamma_multiply(0.25)
    } else if index % 2 == 1 {
        visuals.faint_bg_color
    } else {
        crate::app::theme::NO_FILL
    };
    ui.painter()
        .set(placeholder, egui::Shape::rect_filled(rect, 0.0, fill));
    ui.painter().hline(
        rect.x_range(),
        rect.max.y - 0.5,
        Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
    );
}
