//! The fonts the app embeds: `DejaVu Sans` first, so Azerbaijani (ə İ ı ğ ş) and Cyrillic letters
//! render everywhere, with egui's own fonts behind it for symbols and emoji.

use std::sync::Arc;

const DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Installs the embedded fonts in `ctx`.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "DejaVuSans".to_owned(),
        Arc::new(egui::FontData::from_static(DEJAVU_SANS)),
    );
    if let Some(proportional) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
        proportional.insert(0, "DejaVuSans".to_owned());
    }
    if let Some(monospace) = fonts.families.get_mut(&egui::FontFamily::Monospace) {
        monospace.push("DejaVuSans".to_owned());
    }
    ctx.set_fonts(fonts);
}
