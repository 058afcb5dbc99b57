//! Toasts: short messages in the bottom-right corner. Errors stay until dismissed.

use egui::{Align2, Id, RichText};

use super::{Toast, ToastLevel};
use crate::app::theme;

/// Only the newest few messages stay on screen, so that they never bury the grid.
const TOASTS_SHOWN: usize = 4;

/// Draws the toasts in the bottom-right corner and drops the expired ones.
pub fn toasts_ui(ctx: &egui::Context, toasts: &mut Vec<Toast>) {
    if toasts.is_empty() {
        return;
    }
    if toasts.len() > TOASTS_SHOWN {
        toasts.drain(..toasts.len() - TOASTS_SHOWN);
    }
    let now = ctx.input(|input| input.time);
    toasts.retain(|toast| {
        let lifetime = match toast.level {
            ToastLevel::Info => 4.0,
            ToastLevel::Warning => 10.0,
            ToastLevel::Error => f64::INFINITY,
        };
        toast.shown_at.is_none_or(|shown| now - shown < lifetime)
    });
    let mut dismissed = None;
    egui::Area::new(Id::unique("toasts"))
        .anchor(Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -36.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            for (index, toast) in toasts.iter_mut().enumerate() {
                toast.shown_at.get_or_insert(now);
                let (fill, icon) = match toast.level {
                    ToastLevel::Info => (ui.visuals().extreme_bg_color, "ℹ"),
                    ToastLevel::Warning => (theme::WARNING_FILL, "⚠"),
                    ToastLevel::Error => (theme::ERROR_FILL, "⚠"),
                };
                let text_color = if toast.level == ToastLevel::Info {
                    ui.visuals().text_color()
                } else {
                    theme::ON_ALERT_FILL
                };
                egui::Frame::popup(ui.style()).fill(fill).show(ui, |ui| {
                    ui.set_max_width(460.0);
                    ui.horizontal_top(|ui| {
                        if toast.level == ToastLevel::Error && ui.small_button("✕").clicked() {
                            dismissed = Some(index);
                        }
                        // Long messages wrap inside the box instead of running off the window.
                        ui.add(
                            egui::Label::new(
                                RichText::new(format!("{icon} {}", toast.text)).color(text_color),
                            )
                            .wrap(),
                        );
                    });
                });
            }
        });
    if let Some(index) = dismissed {
        toasts.remove(index);
    }
    ctx.request_repaint_after(std::time::Duration::from_millis(500));
}
