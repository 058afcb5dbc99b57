//! The window's colours as named tokens: what a colour *means* (a status, a paragraph kind, a
//! confidence, a toast) is decided here, once. Screens ask for a token and never spell a raw
//! colour (clippy's `disallowed-methods` refuses `Color32::from_rgb` and friends elsewhere).
#![expect(
    clippy::disallowed_methods,
    reason = "the one place where raw colours are defined"
)]

use egui::Color32;

use crate::model::{LOW_CONFIDENCE_PERMILLE, ParagraphKind, TranslationStatus};

/// A link at or above this confidence (per mille) is shown green.
pub const HIGH_CONFIDENCE_PERMILLE: u16 = 800;

/// A colour for the light theme and one for the dark theme.
#[derive(Debug, Clone, Copy)]
struct Pair {
    light: Color32,
    dark: Color32,
}

const fn pair(light: Color32, dark: Color32) -> Pair {
    Pair { light, dark }
}

const HEADLINE: Pair = pair(
    Color32::from_rgb(150, 60, 20),
    Color32::from_rgb(240, 150, 90),
);
const LEAD: Pair = pair(
    Color32::from_rgb(140, 90, 0),
    Color32::from_rgb(230, 190, 80),
);
const HEADING: Pair = pair(
    Color32::from_rgb(20, 90, 160),
    Color32::from_rgb(120, 180, 240),
);
const BODY: Pair = pair(
    Color32::from_rgb(60, 110, 60),
    Color32::from_rgb(140, 200, 140),
);
const QUOTE: Pair = pair(
    Color32::from_rgb(110, 60, 140),
    Color32::from_rgb(200, 150, 230),
);
const CAPTION: Pair = pair(
    Color32::from_rgb(20, 120, 120),
    Color32::from_rgb(110, 210, 210),
);
const EXCLUDED: Pair = pair(Color32::from_gray(120), Color32::from_gray(150));

const STATUS_NEW: Color32 = Color32::from_gray(128);
const STATUS_DRAFT: Color32 = Color32::from_rgb(200, 130, 20);
const STATUS_TRANSLATED: Color32 = Color32::from_rgb(40, 140, 200);
const STATUS_REVIEWED: Color32 = Color32::from_rgb(120, 90, 200);
const STATUS_APPROVED: Color32 = Color32::from_rgb(40, 160, 70);

const CONFIDENCE_HIGH: Color32 = Color32::from_rgb(60, 170, 80);
const CONFIDENCE_MEDIUM: Color32 = Color32::from_rgb(220, 170, 40);
const CONFIDENCE_LOW: Color32 = Color32::from_rgb(210, 60, 50);

/// Behind the words of a memory match that differ from the row's source.
pub const MATCH_DIFFERENCE: Color32 = Color32::from_rgba_premultiplied(200, 120, 0, 70);
/// The line under a glossary term in the source (light and dark theme).
const TERM_LINE: (Color32, Color32) = (
    Color32::from_rgb(40, 110, 200),
    Color32::from_rgb(110, 170, 255),
);
/// The fill of a warning toast.
/// A misspelt word's underline.
const MISSPELT_LINE: Color32 = Color32::from_rgb(220, 40, 40);

/// QA severities: error, warning, note.
const SEVERITY_ERROR: Color32 = Color32::from_rgb(210, 50, 50);
const SEVERITY_WARNING: Color32 = Color32::from_rgb(215, 150, 20);
const SEVERITY_INFO: Color32 = Color32::from_rgb(90, 140, 200);

pub const WARNING_FILL: Color32 = Color32::from_rgb(120, 90, 10);
/// The fill of an error toast.
pub const ERROR_FILL: Color32 = Color32::from_rgb(150, 30, 30);
/// Text on a warning or error fill.
pub const ON_ALERT_FILL: Color32 = Color32::WHITE;
/// A row with nothing to mark.
pub const NO_FILL: Color32 = Color32::TRANSPARENT;

/// The colour of a paragraph kind's badge.
pub fn kind_color(kind: ParagraphKind, dark: bool) -> Color32 {
    let pair = match kind {
        ParagraphKind::Headline => HEADLINE,
        ParagraphKind::Lead => LEAD,
        ParagraphKind::Heading => HEADING,
        ParagraphKind::Body => BODY,
        ParagraphKind::Quote => QUOTE,
        ParagraphKind::Caption => CAPTION,
        ParagraphKind::Junk
        | ParagraphKind::Duplicate
        | ParagraphKind::Teaser
        | ParagraphKind::Footer => EXCLUDED,
    };
    if dark { pair.dark } else { pair.light }
}

/// The colour that marks a translation status.
pub fn status_color(status: TranslationStatus) -> Color32 {
    match status {
        TranslationStatus::New => STATUS_NEW,
        TranslationStatus::Draft => STATUS_DRAFT,
        TranslationStatus::Translated => STATUS_TRANSLATED,
        TranslationStatus::Reviewed => STATUS_REVIEWED,
        TranslationStatus::Approved => STATUS_APPROVED,
    }
}

/// The colour of a confidence (per mille): green when high, amber, red when low.
pub fn confidence_color(permille: u16) -> Color32 {
    if permille >= HIGH_CONFIDENCE_PERMILLE {
        CONFIDENCE_HIGH
    } else if permille >= LOW_CONFIDENCE_PERMILLE {
        CONFIDENCE_MEDIUM
    } else {
        CONFIDENCE_LOW
    }
}

/// Body text made of `pieces`, those marked `true` set off (strong, on the difference
/// fill): the words of a memory match that differ, a concordance hit's places.
pub fn marked_text<'t>(
    ui: &egui::Ui,
    pieces: impl IntoIterator<Item = (&'t str, bool)>,
) -> egui::text::LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let plain = egui::text::TextFormat {
        font_id: font.clone(),
        color: ui.visuals().text_color(),
        ..egui::text::TextFormat::default()
    };
    let marked = egui::text::TextFormat {
        font_id: font,
        color: ui.visuals().strong_text_color(),
        background: MATCH_DIFFERENCE,
        ..egui::text::TextFormat::default()
    };
    let mut job = egui::text::LayoutJob::default();
    for (piece, is_marked) in pieces {
        let format = if is_marked { &marked } else { &plain };
        job.append(piece, 0.0, format.clone());
    }
    job
}

/// A source text with the byte ranges `terms` (glossary terms) underlined; `strong` for a
/// headline. Overlapping ranges are underlined once.
pub fn text_with_terms(
    ui: &egui::Ui,
    text: &str,
    terms: &[std::ops::Range<usize>],
    strong: bool,
) -> egui::text::LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = if strong {
        ui.visuals().strong_text_color()
    } else {
        ui.visuals().text_color()
    };
    let line = if ui.visuals().dark_mode {
        TERM_LINE.1
    } else {
        TERM_LINE.0
    };
    let plain = egui::text::TextFormat {
        font_id: font,
        color,
        ..egui::text::TextFormat::default()
    };
    let underlined = egui::text::TextFormat {
        underline: egui::Stroke::new(1.5, line),
        ..plain.clone()
    };
    let mut cuts: Vec<usize> = terms
        .iter()
        .flat_map(|range| [range.start, range.end])
        .chain([0, text.len()])
        .filter(|&at| text.is_char_boundary(at))
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut job = egui::text::LayoutJob::default();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let marked = terms
            .iter()
            .any(|range| range.start <= start && end <= range.end);
        let format = if marked { &underlined } else { &plain };
        job.append(&text[start..end], 0.0, format.clone());
    }
    job
}

/// The colour of a QA finding's severity.
pub fn severity_color(severity: crate::qa::Severity) -> Color32 {
    match severity {
        crate::qa::Severity::Error => SEVERITY_ERROR,
        crate::qa::Severity::Warning => SEVERITY_WARNING,
        crate::qa::Severity::Info => SEVERITY_INFO,
    }
}

/// A translation's text with its misspelt words (byte ranges) underlined in red, as the
/// translation editor lays it out.
pub fn text_with_misspellings(
    ui: &egui::Ui,
    text: &str,
    misspelt: &[std::ops::Range<usize>],
) -> egui::text::LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let plain = egui::text::TextFormat {
        font_id: font,
        color: ui.visuals().text_color(),
        ..egui::text::TextFormat::default()
    };
    let underlined = egui::text::TextFormat {
        underline: egui::Stroke::new(1.5, MISSPELT_LINE),
        ..plain.clone()
    };
    let mut job = egui::text::LayoutJob::default();
    let mut at = 0;
    for range in misspelt {
        if range.start < at
            || range.end > text.len()
            || !text.is_char_boundary(range.start)
            || !text.is_char_boundary(range.end)
        {
            continue;
        }
        job.append(&text[at..range.start], 0.0, plain.clone());
        job.append(&text[range.clone()], 0.0, underlined.clone());
        at = range.end;
    }
    job.append(&text[at..], 0.0, plain);
    job
}

/// Text removed by a new capture (struck through, on a red fill).
const DIFF_REMOVED: Pair = pair(
    Color32::from_rgb(255, 215, 215),
    Color32::from_rgb(110, 35, 35),
);
/// Text added by a new capture (on a green fill).
const DIFF_ADDED: Pair = pair(
    Color32::from_rgb(205, 245, 205),
    Color32::from_rgb(30, 90, 40),
);

/// A word-by-word difference of two captures' texts: kept text plain, removed text struck
/// through on red, added text on green.
pub fn word_diff_text(
    ui: &egui::Ui,
    pieces: &[crate::align::revision::DiffPiece],
) -> egui::text::LayoutJob {
    use crate::align::revision::DiffPieceKind;
    let dark = ui.visuals().dark_mode;
    let fill = |pair: Pair| if dark { pair.dark } else { pair.light };
    let font = egui::TextStyle::Body.resolve(ui.style());
    let plain = egui::text::TextFormat {
        font_id: font,
        color: ui.visuals().text_color(),
        ..egui::text::TextFormat::default()
    };
    let mut job = egui::text::LayoutJob::default();
    for (index, piece) in pieces.iter().enumerate() {
        // A replaced word reads apart from its replacement.
        let replaced = piece.kind == DiffPieceKind::Removed
            && pieces
                .get(index + 1)
                .is_some_and(|next| next.kind == DiffPieceKind::Added);
        let format = match piece.kind {
            DiffPieceKind::Kept => plain.clone(),
            DiffPieceKind::Removed => egui::text::TextFormat {
                background: fill(DIFF_REMOVED),
                strikethrough: egui::Stroke::new(1.0, ui.visuals().text_color()),
                ..plain.clone()
            },
            DiffPieceKind::Added => egui::text::TextFormat {
                background: fill(DIFF_ADDED),
                color: ui.visuals().strong_text_color(),
                ..plain.clone()
            },
        };
        job.append(&piece.text, 0.0, format);
        if replaced {
            job.append(" ", 0.0, plain.clone());
        }
    }
    job
}
