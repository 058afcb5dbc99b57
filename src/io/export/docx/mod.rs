//! DOCX for Word and LibreOffice (written with `docx-rs`): the translated article, and the
//! bilingual review table (number, source, one or two translations with status and note) that
//! reviewers mark up. Paragraphs carry Word's named styles and every run the language it is
//! written in (see `parts`); line breaks inside a paragraph stay line breaks; the core
//! properties give the title, author, language and date.

mod parts;

use std::time::SystemTime;

use docx_rs::{BreakType, Docx, Paragraph, Run, Table, TableCell, TableRow};

use super::{ArticleBlock, TranslatedArticle, deliverable_text};
use crate::model::{LanguageTag, Project};
use parts::{CoreProperties, core_xml, language_style, paragraph_style, styles_xml};

/// Why a DOCX file could not be made.
#[derive(Debug, thiserror::Error)]
#[error("the DOCX file could not be made: {0}")]
pub struct DocxError(String);

/// Runs of `text` in `language`, its line breaks as breaks, styled by `style`.
fn runs(text: &str, language: &LanguageTag, style: impl Fn(Run) -> Run) -> Vec<Run> {
    let language_style = language_style(language);
    let mut runs = Vec::new();
    for (index, line) in deliverable_text(text).split('\n').enumerate() {
        let mut run = style(Run::new().style(&language_style));
        if index > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        runs.push(run.add_text(line));
    }
    runs
}

fn paragraph_of(text: &str, language: &LanguageTag, style: impl Fn(Run) -> Run) -> Paragraph {
    runs(text, language, style)
        .into_iter()
        .fold(Paragraph::new(), Paragraph::add_run)
}

/// Half-points, as DOCX counts font sizes.
const CAPTION_SIZE: usize = 18;
/// Column widths in twentieths of a point: a narrow number column, the text columns sharing
/// the rest of an A4 page's width.
const NUMBER_COLUMN: usize = 600;
const TEXT_WIDTH: usize = 9000;
/// The colour of source text kept where a translation is missing.
const KEPT_SOURCE_COLOR: &str = "996633";

fn block_paragraph(block: &ArticleBlock, article: &TranslatedArticle) -> Paragraph {
    let (language, kept) = if block.is_source {
        (&article.source_language, true)
    } else {
        (&article.language, false)
    };
    let paragraph = paragraph_of(&block.text, language, |run| {
        if kept {
            run.color(KEPT_SOURCE_COLOR)
        } else {
            run
        }
    });
    match paragraph_style(block.kind) {
        Some(style) => paragraph.style(style),
        None => paragraph,
    }
}

/// `2026-12-01T06:44:00Z`, as the core properties give dates.
fn w3c_time(time: SystemTime) -> String {
    let stamp = crate::io::fs::utc_stamp(time);
    // 2026-12-01T06-44-00.123Z → 2026-12-01T06:44:00Z
    format!(
        "{}T{}:{}:{}Z",
        &stamp[0..10],
        &stamp[11..13],
        &stamp[14..16],
        &stamp[17..19]
    )
}

/// Packs `document` with Diptych's styles and core properties.
fn pack(
    document: Docx,
    main: &LanguageTag,
    languages: &[&LanguageTag],
    core: &CoreProperties<'_>,
) -> Result<Vec<u8>, DocxError> {
    let mut xml = document.build();
    xml.styles = styles_xml(main, languages);
    xml.doc_props.core = core_xml(core);
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes)
        .map_err(|error| DocxError(error.to_string()))?;
    Ok(bytes.into_inner())
}

/// What the article says about where it comes from.
fn provenance(project: &Project, source: &LanguageTag) -> String {
    let mut provenance = format!("Translated from {} ({source}).", source.display_name());
    if !project.metadata.url.is_empty() {
        provenance.push_str(" Original: ");
        provenance.push_str(&project.metadata.url);
    }
    deliverable_text(&provenance)
}

/// The translated article as a DOCX file.
pub fn docx_article(
    project: &Project,
    article: &TranslatedArticle,
    time: SystemTime,
) -> Result<Vec<u8>, DocxError> {
    let mut document = Docx::new();
    if !article
        .blocks
        .iter()
        .any(|block| block.kind == crate::model::ParagraphKind::Headline)
    {
        document = document.add_paragraph(
            paragraph_of(&article.title, &article.language, |run| run).style("Title"),
        );
    }
    for block in &article.blocks {
        document = document.add_paragraph(block_paragraph(block, article));
    }
    let provenance = provenance(project, &article.source_language);
    document = document.add_paragraph(
        paragraph_of(&provenance, &LanguageTag::builtin("en"), |run| run).style("Caption"),
    );
    let english = LanguageTag::builtin("en");
    let author = deliverable_text(&project.metadata.author);
    let time = w3c_time(time);
    pack(
        document,
        &article.language,
        &[&article.language, &article.source_language, &english],
        &CoreProperties {
            title: &article.title,
            author: &author,
            description: &provenance,
            language: &article.language,
            time: &time,
        },
    )
}

fn cell(text: &str, language: &LanguageTag, style: impl Fn(Run) -> Run) -> TableCell {
    TableCell::new().add_paragraph(paragraph_of(text, language, style))
}

/// The review table: one row per translatable paragraph, the source beside its translations.
pub fn docx_bilingual(
    project: &Project,
    languages: &[LanguageTag],
    time: SystemTime,
) -> Result<Vec<u8>, DocxError> {
    let source = &project.source.language;
    let english = LanguageTag::builtin("en");
    let mut header = vec![
        cell("#", &english, Run::bold),
        cell(&source.display_name(), &english, Run::bold),
    ];
    header.extend(
        languages
            .iter()
            .map(|language| cell(&language.display_name(), &english, Run::bold)),
    );
    let mut rows = vec![TableRow::new(header)];
    for (index, paragraph) in project.paragraphs().iter().enumerate() {
        if !paragraph.kind.is_translatable() {
            continue;
        }
        let mut cells = vec![
            cell(&(index + 1).to_string(), &english, |run| run),
            cell(&paragraph.text, source, |run| run),
        ];
        for language in languages {
            let translation = project.translation(paragraph.paragraph_id, language);
            let mut translated = if translation.text.trim().is_empty() {
                TableCell::new().add_paragraph(paragraph_of("not translated", &english, |run| {
                    run.italic().color(KEPT_SOURCE_COLOR)
                }))
            } else {
                TableCell::new().add_paragraph(paragraph_of(&translation.text, language, |run| run))
            };
            translated = translated.add_paragraph(paragraph_of(
                translation.status.as_str(),
                &english,
                |run| run.size(CAPTION_SIZE).color("666666"),
            ));
            if !translation.note.trim().is_empty() {
                translated =
                    translated.add_paragraph(paragraph_of(&translation.note, language, |run| {
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
    let title = deliverable_text(&project.metadata.title);
    let heading = paragraph_of(&title, source, |run| run).style("Heading1");
    let mut used: Vec<&LanguageTag> = vec![source, &english];
    used.extend(languages);
    let main = languages.first().unwrap_or(source);
    let names: Vec<String> = languages.iter().map(LanguageTag::display_name).collect();
    let description = format!(
        "Review copy: {} beside {}",
        source.display_name(),
        names.join(", ")
    );
    let author = deliverable_text(&project.metadata.author);
    let time = w3c_time(time);
    pack(
        Docx::new()
            .add_paragraph(heading)
            .add_table(Table::new(rows).set_grid(grid)),
        main,
        &used,
        &CoreProperties {
            title: &title,
            author: &author,
            description: &description,
            language: main,
            time: &time,
        },
    )
}
