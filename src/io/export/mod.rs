//! Delivering a translation: the article in a target language as plain text, Markdown or a
//! standalone HTML page. Exports read the project and never change it; [`write_export_file`]
//! writes one safely.

mod article;
pub mod bag;
mod bilingual;
mod docx;
mod html;
mod tbx;
mod text;
mod tmx;
mod write;
mod xliff;
mod xliff12;

use std::path::{Path, PathBuf};

use crate::io::import::xml::xml_can_carry;
use crate::model::{LanguageTag, ParagraphId, Project};

pub use article::{ArticleBlock, TranslatedArticle, translated_article};
pub use tbx::glossary_tbx;
pub use write::{WriteExportError, write_export_file};

/// What an article can be exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Plain text: the headline, then paragraphs separated by blank lines.
    Txt,
    /// Markdown: `#` headline, `##` headings, `>` quotes.
    Md,
    /// A standalone HTML page with its metadata and schema.org `NewsArticle` JSON-LD.
    Html,
    /// A review copy: source and translation(s) side by side, with statuses and notes,
    /// print-ready.
    BilingualHtml,
    /// A TMX 1.4b translation memory: translated paragraphs and alignment links.
    Tmx,
    /// XLIFF 2.1 core: every paragraph as a unit, for other CAT tools (and back).
    Xliff,
    /// XLIFF 1.2 strict, for tools that read only the older version.
    Xliff12,
    /// The translated article for Word and LibreOffice.
    Docx,
    /// The review table (source beside translations) for Word and LibreOffice.
    BilingualDocx,
}

impl ExportFormat {
    pub const ALL: [Self; 9] = [
        Self::Txt,
        Self::Md,
        Self::Html,
        Self::BilingualHtml,
        Self::Tmx,
        Self::Xliff,
        Self::Xliff12,
        Self::Docx,
        Self::BilingualDocx,
    ];

    /// The name used on the command line and in settings.
    pub fn name(self) -> &'static str {
        match self {
            Self::Txt => "txt",
            Self::Md => "md",
            Self::Html => "html",
            Self::BilingualHtml => "bilingual-html",
            Self::Tmx => "tmx",
            Self::Xliff => "xliff",
            Self::Xliff12 => "xliff12",
            Self::Docx => "docx",
            Self::BilingualDocx => "bilingual-docx",
        }
    }

    /// The usual file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Txt => "txt",
            Self::Md => "md",
            Self::Html => "html",
            Self::BilingualHtml => "review.html",
            Self::Tmx => "tmx",
            Self::Xliff => "xlf",
            Self::Xliff12 => "xliff12.xlf",
            Self::Docx => "docx",
            Self::BilingualDocx => "review.docx",
        }
    }

    /// The format called `name`, if there is one.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|format| format.name().eq_ignore_ascii_case(name))
    }
}

/// Choices of an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportOptions {
    /// The target language to deliver.
    pub language: LanguageTag,
    /// Keep the source text where a paragraph has no translation (instead of refusing).
    pub allow_incomplete: bool,
    /// A second target language shown beside the first (review copies), or also exported
    /// (translation memories).
    pub also: Vec<LanguageTag>,
    /// Translation memories: take draft translations too (not only translated or better).
    pub include_drafts: bool,
    /// Translation memories: split each pair into sentence pairs (with the sentence aligner).
    pub sentences: bool,
}

/// A paragraph that has no translation, for the refusal's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Untranslated {
    /// Its number in the article (1-based, as in the window).
    pub row: usize,
    pub paragraph_id: ParagraphId,
    /// The beginning of its source text.
    pub excerpt: String,
}

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{language} is not a target language of this project (its targets: {targets})")]
    NotATarget {
        language: LanguageTag,
        targets: String,
    },
    #[error(
        "{count} paragraph(s) have no {language} translation yet: {list}; translate them, or \
         let the export keep their source text (--allow-incomplete, or the export dialog's \
         \"Keep the source text\" choice)",
        count = missing.len(),
        list = describe_untranslated(missing)
    )]
    Untranslated {
        language: LanguageTag,
        missing: Vec<Untranslated>,
    },
    #[error(
        "this project has nothing to deliver: every paragraph is of a kind that is not \
         translated (junk, teaser, footer, duplicate); change a paragraph's kind first"
    )]
    NothingToExport,
    #[error(
        "no paragraph or alignment link has a finished translation (translated or better) yet, \
         so the memory would be empty; confirm some translations, or take drafts too \
         (--include-drafts, or the dialog's \"Include drafts\")"
    )]
    EmptyMemory,
    #[error(transparent)]
    Docx(#[from] docx::DocxError),
}

fn describe_untranslated(missing: &[Untranslated]) -> String {
    const SHOWN: usize = 12;
    let mut list: Vec<String> = missing
        .iter()
        .take(SHOWN)
        .map(|paragraph| format!("row {} «{}»", paragraph.row, paragraph.excerpt))
        .collect();
    if missing.len() > SHOWN {
        list.push(format!("and {} more", missing.len() - SHOWN));
    }
    list.join(", ")
}

/// Something the user should be told about an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportNote {
    /// `count` paragraphs had no `language` translation: their source text was kept.
    SourceKept { count: usize, language: LanguageTag },
    /// `count` `language` translations follow an earlier capture (stale).
    Stale { count: usize, language: LanguageTag },
    /// `count` `language` translations have two versions from a merge; ours was delivered.
    Conflicts { count: usize, language: LanguageTag },
    /// `count` control characters XML cannot carry were left out.
    Dropped { count: usize },
}

impl ExportNote {
    /// The note in English, as the command line says it.
    pub fn describe(&self) -> String {
        match self {
            Self::SourceKept { count, language } => format!(
                "{count} paragraph(s) have no {language} translation: their source text was kept"
            ),
            Self::Stale { count, language } => format!(
                "{count} {language} translation(s) follow an earlier capture of the article \
                 (stale): their source has changed since"
            ),
            Self::Conflicts { count, language } => format!(
                "{count} {language} translation(s) have two versions from a merge, not resolved \
                 yet: ours was delivered"
            ),
            Self::Dropped { count } => {
                format!("{count} control character(s) XML cannot carry were left out")
            }
        }
    }
}

/// An export: the text of the file (or its bytes, for a binary format), and what the user
/// should be told about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub text: String,
    /// The file's bytes when it is not text (DOCX).
    pub binary: Option<Vec<u8>>,
    pub notes: Vec<ExportNote>,
}

impl Export {
    /// The bytes to write.
    pub fn bytes(&self) -> &[u8] {
        self.binary.as_deref().unwrap_or(self.text.as_bytes())
    }
}

/// Where an export goes by default: beside the project, named after it, the language(s) and
/// the format (`metro.diptych.ron` → `metro.ru.html`, `metro.ru+az.tmx`).
pub fn default_export_path(
    project: &Path,
    languages: &[LanguageTag],
    format: ExportFormat,
) -> PathBuf {
    let languages: Vec<&str> = languages.iter().map(LanguageTag::as_str).collect();
    let languages = languages.join("+");
    let name = project
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name
        .strip_suffix(".ron")
        .unwrap_or(&name)
        .trim_end_matches(".diptych");
    let stem = if stem.is_empty() { "article" } else { stem };
    project.with_file_name(format!("{stem}.{languages}.{}", format.extension()))
}

/// Exports the article of `project` in `options.language` as `format`.
pub fn export_article(
    project: &Project,
    format: ExportFormat,
    options: &ExportOptions,
) -> Result<Export, ExportError> {
    let page = |article: &TranslatedArticle| match format {
        ExportFormat::Txt => text::plain_text(article),
        ExportFormat::Md => text::markdown(article),
        // (Review copies and memories are made below, not from the article.)
        ExportFormat::Html
        | ExportFormat::BilingualHtml
        | ExportFormat::Tmx
        | ExportFormat::Xliff
        | ExportFormat::Xliff12
        | ExportFormat::Docx
        | ExportFormat::BilingualDocx => html::html_page(project, article),
    };
    if !matches!(format, ExportFormat::Tmx) && project.translatable_paragraphs().next().is_none() {
        // Every paragraph is of a kind that is not translated: an empty article, review
        // copy or XLIFF file helps no one.
        check_target(project, &options.language)?;
        return Err(ExportError::NothingToExport);
    }
    if matches!(format, ExportFormat::Xliff | ExportFormat::Xliff12) {
        check_target(project, &options.language)?;
        let file_name = &project.source.original.file_name;
        let (text, dropped) = if format == ExportFormat::Xliff {
            xliff::xliff2_document(project, &options.language, file_name)
        } else {
            xliff12::xliff12_document(project, &options.language, file_name)
        };
        return Ok(Export {
            text,
            binary: None,
            notes: dropped_note(dropped),
        });
    }
    if format == ExportFormat::Tmx {
        let languages = checked_languages(project, options)?;
        let (text, dropped, units) = tmx::tmx_document(
            project,
            &languages,
            options.include_drafts,
            options.sentences,
            std::time::SystemTime::now(),
        );
        if units == 0 {
            return Err(ExportError::EmptyMemory);
        }
        return Ok(Export {
            text,
            binary: None,
            notes: dropped_note(dropped),
        });
    }
    if format == ExportFormat::BilingualDocx {
        let languages = checked_languages(project, options)?;
        return Ok(Export {
            text: String::new(),
            binary: Some(docx::docx_bilingual(
                project,
                &languages,
                std::time::SystemTime::now(),
            )?),
            notes: Vec::new(),
        });
    }
    if format == ExportFormat::BilingualHtml {
        // A review copy shows what is missing rather than refusing it.
        let languages = checked_languages(project, options)?;
        return Ok(Export {
            text: bilingual::bilingual_page(project, &languages),
            binary: None,
            notes: languages
                .iter()
                .flat_map(|language| {
                    stale_note(project, language)
                        .into_iter()
                        .chain(conflict_note(project, language))
                })
                .collect(),
        });
    }
    let article = translated_article(project, options)?;
    let (text, binary) = if format == ExportFormat::Docx {
        let bytes = docx::docx_article(project, &article, std::time::SystemTime::now())?;
        (String::new(), Some(bytes))
    } else {
        (page(&article), None)
    };
    let mut notes = Vec::new();
    let kept = article
        .blocks
        .iter()
        .filter(|block| block.is_source)
        .count();
    if kept > 0 {
        notes.push(ExportNote::SourceKept {
            count: kept,
            language: options.language.clone(),
        });
    }
    notes.extend(stale_note(project, &options.language));
    notes.extend(conflict_note(project, &options.language));
    Ok(Export {
        text,
        binary,
        notes,
    })
}

/// A note on the translations into `language` that a new capture made stale (they were
/// delivered as they are), if there are any.
fn stale_note(project: &Project, language: &LanguageTag) -> Option<ExportNote> {
    let stale = project
        .translatable_paragraphs()
        .filter(|paragraph| {
            let translation = project.translation(paragraph.paragraph_id, language);
            translation.is_stale() && !translation.text.trim().is_empty()
        })
        .count();
    (stale > 0).then(|| ExportNote::Stale {
        count: stale,
        language: language.clone(),
    })
}

/// A note on the translations into `language` a merge left with two versions (ours was
/// delivered), if there are any.
fn conflict_note(project: &Project, language: &LanguageTag) -> Option<ExportNote> {
    let conflicts = project
        .translatable_paragraphs()
        .filter(|paragraph| {
            project
                .translation(paragraph.paragraph_id, language)
                .conflict
                .is_some()
        })
        .count();
    (conflicts > 0).then(|| ExportNote::Conflicts {
        count: conflicts,
        language: language.clone(),
    })
}

/// Text as a delivered document shows it: line ends as `\n` (a lone `\r` too), a run of
/// blank lines inside one paragraph as a single line break (so that plain text and Markdown
/// keep it one paragraph), and control characters and non-characters left out — Word and
/// every XML reader refuse them.
pub(crate) fn deliverable_text(text: &str) -> String {
    let unified = text
        .replace("\r\n", "\n")
        .replace(['\r', '\u{85}', '\u{2028}', '\u{2029}'], "\n");
    unified
        .split('\n')
        .map(|line| {
            line.chars()
                .filter(|&character| {
                    xml_can_carry(character) && (character == '\t' || !character.is_control())
                })
                .collect::<String>()
        })
        .filter(|line| !line.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// An XML document written by `body` into memory, after the declaration (and `doctype`),
/// indented, with a final line break.
pub(crate) fn xml_document(
    doctype: Option<&str>,
    body: impl FnOnce(&mut quick_xml::Writer<Vec<u8>>) -> std::io::Result<()>,
) -> String {
    use quick_xml::events::{BytesDecl, BytesText, Event};
    let mut writer = quick_xml::Writer::new_with_indent(Vec::new(), b' ', 2);
    let written = writer
        .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .and_then(|()| match doctype {
            Some(doctype) => writer.write_event(Event::DocType(BytesText::from_escaped(doctype))),
            None => Ok(()),
        })
        .and_then(|()| body(&mut writer));
    // Writing into a Vec cannot fail.
    debug_assert!(written.is_ok(), "writing into memory failed: {written:?}");
    let mut text = String::from_utf8(writer.into_inner()).unwrap_or_default();
    text.push('\n');
    text
}

/// Whether `url` may be written as a link: only web addresses (`http`, `https`), never
/// `javascript:` or `data:` from a page someone saved.
pub(crate) fn is_web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    else {
        return false;
    };
    // A host, and nothing a browser would have to guess about.
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && !host.starts_with(['\\', '@', ':'])
        && !lower
            .chars()
            .any(|character| character.is_whitespace() || character.is_control())
}

/// What to say about characters XML could not carry.
fn dropped_note(dropped: usize) -> Vec<ExportNote> {
    if dropped == 0 {
        return Vec::new();
    }
    vec![ExportNote::Dropped { count: dropped }]
}

/// The export's languages (the main one, then the others), each a target of the project.
fn checked_languages(
    project: &Project,
    options: &ExportOptions,
) -> Result<Vec<LanguageTag>, ExportError> {
    let mut languages = vec![options.language.clone()];
    languages.extend(options.also.iter().cloned());
    for language in &languages {
        check_target(project, language)?;
    }
    Ok(languages)
}

/// Refuses a language that is not a target of the project.
fn check_target(project: &Project, language: &LanguageTag) -> Result<(), ExportError> {
    if project.targets.contains(language) {
        return Ok(());
    }
    Err(ExportError::NotATarget {
        language: language.clone(),
        targets: project
            .targets
            .iter()
            .map(LanguageTag::as_str)
            .collect::<Vec<_>>()
            .join(", "),
    })
}

#[cfg(test)]
mod tests;
