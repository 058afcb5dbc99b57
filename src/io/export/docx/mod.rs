//! DOCX for Word and LibreOffice (written with `docx-rs`): the translated article, and the
//! bilingual review table (number, source, one or two translations with status and note) that
//! reviewers mark up. Paragraphs carry Word's named styles and every run a character style
//! that gives its language and look (see `parts`); line breaks inside a paragraph stay line
//! breaks; the core properties give the title, author, language and date.

mod parts;

use std::time::SystemTime;

use docx_rs::{BreakType, Docx, Paragraph, Run, Table, TableCell, TableRow};

use super::{ArticleBlock, TranslatedArticle, deliverable_text};
use crate::model::{LanguageTag, Project};
use parts::{CoreProperties, Look, Role, core_xml, is_right_to_left, paragraph_style, styles_xml};

/// Why a DOCX file could not be made.
#[derive(Debug, thiserror::Error)]
#[error("the DOCX file could not be made: {0}")]
pub struct DocxError(String);

/// Builds paragraphs whose runs carry only a character style, remembering the styles used.
#[derive(Default)]
struct Looks(Vec<Look>);

impl Looks {
    /// A paragraph of `text` in `role` and `language`, its line breaks as breaks.
    fn paragraph(&mut self, text: &str, role: Role, language: &LanguageTag) -> Paragraph {
        let look = Look::new(role, language);
        let id = look.style_id();
        if !self.0.contains(&look) {
            self.0.push(look);
        }
        let mut paragraph = Paragraph::new();
        if is_right_to_left(language) {
            paragraph.property = paragraph.property.bidi(true);
        }
        for (index, line) in deliverable_text(text).split('\n').enumerate() {
            let mut run = Run::new().style(&id);
            if index > 0 {
                run = run.add_break(BreakType::TextWrapping);
            }
            paragraph = paragraph.add_run(run.add_text(line));
        }
        paragraph
    }

    fn cell(&mut self, text: &str, role: Role, language: &LanguageTag) -> TableCell {
        TableCell::new().add_paragraph(self.paragraph(text, role, language))
    }
}

/// Column widths in twentieths of a point: a narrow number column, the text columns sharing
/// the rest of an A4 page's width.
const NUMBER_COLUMN: usize = 600;
const TEXT_WIDTH: usize = 9000;

fn block_paragraph(
    looks: &mut Looks,
    block: &ArticleBlock,
    article: &TranslatedArticle,
) -> Paragraph {
    let paragraph = if block.is_source {
        looks.paragraph(&block.text, Role::KeptSource, &article.source_language)
    } else {
        looks.paragraph(&block.text, Role::Plain, &article.language)
    };
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

/// `text` on one line, its white space runs as single spaces (for properties).
fn one_line(text: &str) -> String {
    deliverable_text(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `docx-rs` writes an empty run-properties element first in every paragraph's properties,
/// where the schema wants the style first; empty, it says nothing, so it goes.
fn drop_empty_paragraph_run_properties(document: &[u8]) -> Vec<u8> {
    const EMPTY: &[u8] = b"<w:pPr><w:rPr />";
    let mut cleaned = Vec::with_capacity(document.len());
    let mut rest = document;
    while let Some(at) = memchr::memmem::find(rest, EMPTY) {
        cleaned.extend_from_slice(&rest[..at]);
        cleaned.extend_from_slice(b"<w:pPr>");
        rest = &rest[at + EMPTY.len()..];
    }
    cleaned.extend_from_slice(rest);
    cleaned
}

/// Packs `document` with Diptych's styles and core properties.
fn pack(
    document: Docx,
    main: &LanguageTag,
    looks: &Looks,
    core: &CoreProperties<'_>,
) -> Result<Vec<u8>, DocxError> {
    let mut xml = document.build();
    xml.styles = styles_xml(main, &looks.0);
    xml.document = drop_empty_paragraph_run_properties(&xml.document);
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
    let mut looks = Looks::default();
    let mut document = Docx::new();
    if !article
        .blocks
        .iter()
        .any(|block| block.kind == crate::model::ParagraphKind::Headline)
    {
        document = document.add_paragraph(
            looks
                .paragraph(&article.title, Role::Plain, &article.language)
                .style("Title"),
        );
    }
    for block in &article.blocks {
        document = document.add_paragraph(block_paragraph(&mut looks, block, article));
    }
    let english = LanguageTag::builtin("en");
    let provenance = provenance(project, &article.source_language);
    document = document.add_paragraph(
        looks
            .paragraph(&provenance, Role::Plain, &english)
            .style("Caption"),
    );
    let author = one_line(&project.metadata.author);
    let title = one_line(&article.title);
    let time = w3c_time(time);
    pack(
        document,
        &article.language,
        &looks,
        &CoreProperties {
            title: &title,
            author: &author,
            description: &provenance,
            language: &article.language,
            time: &time,
        },
    )
}

/// The review table: one row per translatable paragraph, the source beside its translations.
pub fn docx_bilingual(
    project: &Project,
    languages: &[LanguageTag],
    time: SystemTime,
) -> Result<Vec<u8>, DocxError> {
    let source = &project.source.language;
    let english = LanguageTag::builtin("en");
    let mut looks = Looks::default();
    let mut header = vec![
        looks.cell("#", Role::Header, &english),
        looks.cell(&source.display_name(), Role::Header, &english),
    ];
    for language in languages {
        header.push(looks.cell(&language.display_name(), Role::Header, &english));
    }
    let mut rows = vec![TableRow::new(header)];
    for (index, paragraph) in project.paragraphs().iter().enumerate() {
        if !paragraph.kind.is_translatable() {
            continue;
        }
        let mut cells = vec![
            looks.cell(&(index + 1).to_string(), Role::Plain, &english),
            looks.cell(&paragraph.text, Role::Plain, source),
        ];
        for language in languages {
            let translation = project.translation(paragraph.paragraph_id, language);
            let mut translated = if translation.text.trim().is_empty() {
                looks.cell("not translated", Role::Missing, &english)
            } else {
                looks.cell(&translation.text, Role::Plain, language)
            };
            translated = translated.add_paragraph(looks.paragraph(
                translation.status.as_str(),
                Role::Status,
                &english,
            ));
            if !translation.note.trim().is_empty() {
                translated = translated.add_paragraph(looks.paragraph(
                    &translation.note,
                    Role::Note,
                    language,
                ));
            }
            cells.push(translated);
        }
        rows.push(TableRow::new(cells));
    }
    let text_columns = 1 + languages.len();
    let mut grid = vec![NUMBER_COLUMN];
    grid.extend(std::iter::repeat_n(TEXT_WIDTH / text_columns, text_columns));
    let title = one_line(&project.metadata.title);
    let heading = looks
        .paragraph(&title, Role::Plain, source)
        .style("Heading1");
    let main = languages.first().unwrap_or(source);
    let names: Vec<String> = languages.iter().map(LanguageTag::display_name).collect();
    let description = format!(
        "Review copy: {} beside {}",
        source.display_name(),
        names.join(", ")
    );
    let author = one_line(&project.metadata.author);
    let time = w3c_time(time);
    pack(
        Docx::new()
            .add_paragraph(heading)
            .add_table(Table::new(rows).set_grid(grid)),
        main,
        &looks,
        &CoreProperties {
            title: &title,
            author: &author,
            description: &description,
            language: main,
            time: &time,
        },
    )
}
