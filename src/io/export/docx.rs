//! DOCX for Word and LibreOffice (written with `docx-rs`): the translated article, and the
//! bilingual review table (number, source, one or two translations with status and note) that
//! reviewers mark up. Line breaks inside a paragraph stay line breaks.

use docx_rs::{BreakType, Docx, Paragraph, Run, Table, TableCell, TableRow};

use super::{ArticleBlock, TranslatedArticle};
use crate::model::{LanguageTag, ParagraphKind, Project};

/// Why a DOCX file could not be made.
#[derive(Debug, thiserror::Error)]
#[error("the DOCX file could not be made: {0}")]
pub struct DocxError(String);

/// A run of `text` with its line breaks as breaks, styled by `style`.
fn runs(text: &str, style: impl Fn(Run) -> Run) -> Vec<Run> {
    let mut runs = Vec::new();
    for (index, line) in text.split('\n').enumerate() {
        let mut run = style(Run::new());
        if index > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        runs.push(run.add_text(line));
    }
    runs
}

fn paragraph_of(text: &str, style: impl Fn(Run) -> Run) -> Paragraph {
    runs(text, style)
        .into_iter()
        .fold(Paragraph::new(), Paragraph::add_run)
}

/// Half-points, as DOCX counts font sizes.
const TITLE_SIZE: usize = 36;
const HEADING_SIZE: usize = 28;
const CAPTION_SIZE: usize = 18;
/// Column widths in twentieths of a point: a narrow number column, the text columns sharing
/// the rest of an A4 page's width.
const NUMBER_COLUMN: usize = 600;
const TEXT_WIDTH: usize = 9000;
/// The colour of source text kept where a translation is missing.
const KEPT_SOURCE_COLOR: &str = "996633";

fn block_paragraph(block: &ArticleBlock) -> Paragraph {
    let kept = block.is_source;
    let style = move |kind: ParagraphKind| {
        move |run: Run| {
            let run = match kind {
                ParagraphKind::Headline => run.bold().size(TITLE_SIZE),
                ParagraphKind::Heading => run.bold().size(HEADING_SIZE),
                ParagraphKind::Lead => run.bold(),
                ParagraphKind::Quote => run.italic(),
                ParagraphKind::Caption => run.italic().size(CAPTION_SIZE),
                ParagraphKind::Body
                | ParagraphKind::Junk
                | ParagraphKind::Duplicate
                | ParagraphKind::Teaser
                | ParagraphKind::Footer => run,
            };
            if kept {
                run.color(KEPT_SOURCE_COLOR)
            } else {
                run
            }
        }
    };
    paragraph_of(&block.text, style(block.kind))
}

fn pack(document: Docx) -> Result<Vec<u8>, DocxError> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    document
        .build()
        .pack(&mut bytes)
        .map_err(|error| DocxError(error.to_string()))?;
    Ok(bytes.into_inner())
}

/// The translated article as a DOCX file.
pub fn docx_article(project: &Project, article: &TranslatedArticle) -> Result<Vec<u8>, DocxError> {
    let mut document = Docx::new();
    if !article
        .blocks
        .iter()
        .any(|block| block.kind == ParagraphKind::Headline)
    {
        document = document.add_paragraph(paragraph_of(&article.title, |run| {
            run.bold().size(TITLE_SIZE)
        }));
    }
    for block in &article.blocks {
        document = document.add_paragraph(block_paragraph(block));
    }
    let mut provenance = format!(
        "Translated from {} ({}).",
        article.source_language.display_name(),
        article.source_language
    );
    if !project.metadata.url.is_empty() {
        provenance.push_str(" Original: ");
        provenance.push_str(&project.metadata.url);
    }
    document = document.add_paragraph(paragraph_of(&provenance, |run| {
        run.italic().size(CAPTION_SIZE)
    }));
    pack(document)
}

fn cell(text: &str, style: impl Fn(Run) -> Run) -> TableCell {
    TableCell::new().add_paragraph(paragraph_of(text, style))
}

/// The review table: one row per translatable paragraph, the source beside its translations.
pub fn docx_bilingual(project: &Project, languages: &[LanguageTag]) -> Result<Vec<u8>, DocxError> {
    let source = &project.source.language;
    let mut header = vec![
        cell("#", Run::bold),
        cell(&source.display_name(), Run::bold),
    ];
    header.extend(
        languages
            .iter()
            .map(|language| cell(&language.display_name(), Run::bold)),
    );
    let mut rows = vec![TableRow::new(header)];
    for (index, paragraph) in project.paragraphs().iter().enumerate() {
        if !paragraph.kind.is_translatable() {
            continue;
        }
        let mut cells = vec![
            cell(&(index + 1).to_string(), |run| run),
            cell(&paragraph.text, |run| run),
        ];
        for language in languages {
            let translation = project.translation(paragraph.paragraph_id, language);
            let mut translated = if translation.text.trim().is_empty() {
                TableCell::new().add_paragraph(paragraph_of("not translated", |run| {
                    run.italic().color(KEPT_SOURCE_COLOR)
                }))
            } else {
                TableCell::new().add_paragraph(paragraph_of(&translation.text, |run| run))
            };
            translated = translated
                .add_paragraph(paragraph_of(translation.status.as_str(), |run| {
                    run.size(CAPTION_SIZE).color("666666")
                }));
            if !translation.note.trim().is_empty() {
                translated = translated.add_paragraph(paragraph_of(&translation.note, |run| {
                    run.italic().size(CAPTION_SIZE)
                }));
            }
            cells.push(translated);
        }
        rows.push(TableRow::new(cells));
    }
    let text_columns = 1 + languages.len();
    let mut grid = vec![NUMBER_COLUMN];
    grid.extend(std::iter::repeat_n(TEXT_WIDTH / text_columns, text_columns));
    let title = paragraph_of(&project.metadata.title, |run| run.bold().size(HEADING_SIZE));
    pack(
        Docx::new()
            .add_paragraph(title)
            .add_table(Table::new(rows).set_grid(grid)),
    )
}
