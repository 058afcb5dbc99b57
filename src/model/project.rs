//! The project: metadata, the source document (kept verbatim), its classified paragraphs, the
//! target languages and one translation per translatable paragraph and target.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{AlignedTranslation, LanguageTag, SourceFormat, TextEncoding};

/// A paragraph's identity. Ids are assigned once and never reused, so translations and links
/// keep pointing at the same paragraph when others are edited, split or merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ParagraphId(pub u32);

impl fmt::Display for ParagraphId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// What a paragraph of the source article is. Kinds that are not article text (junk,
/// duplicates, teasers, footers) stay in the project but are excluded from translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    Headline,
    Lead,
    Heading,
    Body,
    /// A quotation set apart from the text (`<blockquote>`).
    Quote,
    /// A figure or photo caption.
    Caption,
    Junk,
    Duplicate,
    Teaser,
    Footer,
}

impl ParagraphKind {
    pub const ALL: [Self; 10] = [
        Self::Headline,
        Self::Lead,
        Self::Heading,
        Self::Body,
        Self::Quote,
        Self::Caption,
        Self::Junk,
        Self::Duplicate,
        Self::Teaser,
        Self::Footer,
    ];

    /// Whether paragraphs of this kind are translated (and counted, and visited by navigation).
    pub fn is_translatable(self) -> bool {
        matches!(
            self,
            Self::Headline | Self::Lead | Self::Heading | Self::Body | Self::Quote | Self::Caption
        )
    }

    /// The stable lower-case name used in files, JSON and the UI.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Headline => "headline",
            Self::Lead => "lead",
            Self::Heading => "heading",
            Self::Body => "body",
            Self::Quote => "quote",
            Self::Caption => "caption",
            Self::Junk => "junk",
            Self::Duplicate => "duplicate",
            Self::Teaser => "teaser",
            Self::Footer => "footer",
        }
    }
}

impl fmt::Display for ParagraphKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One paragraph of the source document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub paragraph_id: ParagraphId,
    pub kind: ParagraphKind,
    /// The cleaned text (surrounding white space and markup markers removed).
    pub text: String,
    /// Where the paragraph stands in [`Original::text`], in bytes.
    pub byte_range: Range<usize>,
}

/// The article exactly as received. `text` is what the paragraphs point into: the decoded file
/// for plain text, or the text extracted from a web page. The original bytes are either rebuilt
/// from `text` (`encoding.encode(&text)`, for plain text) or kept in `stored_bytes` (web pages,
/// MHTML and WARC files, whose bytes cannot be rebuilt from the extracted text). `sha256` is the
/// hash of those bytes either way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Original {
    pub file_name: String,
    pub format: SourceFormat,
    pub encoding: TextEncoding,
    pub text: String,
    pub sha256: String,
    pub stored_bytes: Option<Arc<[u8]>>,
    /// For a web archive holding several pages: the URL of the page the text came from.
    pub record: String,
}

impl Original {
    /// A plain-text original whose bytes are `encoding.encode(&text)`.
    pub fn new(file_name: String, encoding: TextEncoding, text: String) -> Self {
        let sha256 = sha256_hex(&encoding.encode(&text));
        Self {
            file_name,
            format: SourceFormat::Text,
            encoding,
            text,
            sha256,
            stored_bytes: None,
            record: String::new(),
        }
    }

    /// An original whose bytes are kept as they are (web pages and archives).
    pub fn with_bytes(
        file_name: String,
        format: SourceFormat,
        encoding: TextEncoding,
        text: String,
        bytes: Vec<u8>,
    ) -> Self {
        Self {
            file_name,
            format,
            encoding,
            text,
            sha256: sha256_hex(&bytes),
            stored_bytes: Some(bytes.into()),
            record: String::new(),
        }
    }

    /// The original file's bytes, exactly.
    pub fn bytes(&self) -> Vec<u8> {
        match &self.stored_bytes {
            Some(bytes) => bytes.to_vec(),
            None => self.encoding.encode(&self.text),
        }
    }

    /// Whether the stored text or bytes still match the stored hash.
    pub fn is_intact(&self) -> bool {
        sha256_hex(&self.bytes()) == self.sha256
    }
}

/// Lower-case hexadecimal SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut hex, byte| {
            let _ = write!(hex, "{byte:02x}");
            hex
        })
}

/// The source side of a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceDocument {
    pub language: LanguageTag,
    pub original: Original,
    pub paragraphs: Vec<Paragraph>,
}

/// Descriptive data about the article. Empty strings mean "not known".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    pub title: String,
    pub description: String,
    pub outlet: String,
    pub url: String,
    pub author: String,
    pub published: String,
    /// When the article was last modified, as the page says.
    pub modified: String,
    /// When the page was saved or archived.
    pub captured: String,
    /// What saved it (browser, SingleFile, wget, Webrecorder …).
    pub capture_tool: String,
    /// Text direction declared by the page: `ltr`, `rtl` or empty.
    pub direction: String,
    /// The project's tags, comma-separated as the user typed them (see [`Metadata::tag_list`]).
    pub tags: String,
    /// A free note on the project (an archivist's or editor's), not part of the article.
    pub note: String,
}

impl Metadata {
    /// The tags, each trimmed, empty ones left out, each once (ignoring case).
    pub fn tag_list(&self) -> Vec<String> {
        let mut tags: Vec<String> = Vec::new();
        for tag in self
            .tags
            .split(',')
            .map(str::trim)
            .filter(|tag| !tag.is_empty())
        {
            if !tags
                .iter()
                .any(|own| own.to_lowercase() == tag.to_lowercase())
            {
                tags.push(tag.to_owned());
            }
        }
        tags
    }
}

/// Where a translation of one paragraph stands in the workflow.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum TranslationStatus {
    #[default]
    New,
    Draft,
    Translated,
    Reviewed,
    Approved,
}

impl TranslationStatus {
    pub const ALL: [Self; 5] = [
        Self::New,
        Self::Draft,
        Self::Translated,
        Self::Reviewed,
        Self::Approved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::New => "new",
            Self::Draft => "draft",
            Self::Translated => "translated",
            Self::Reviewed => "reviewed",
            Self::Approved => "approved",
        }
    }

    /// Translated, reviewed and approved rows count as done in progress figures.
    pub fn is_done(self) -> bool {
        self >= Self::Translated
    }
}

impl fmt::Display for TranslationStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The translation of one paragraph into one target language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Translation {
    pub text: String,
    pub status: TranslationStatus,
    pub note: String,
    /// Set when a later capture of the article changed the paragraph after this translation
    /// was made: the source text the translation follows. The translation is *stale* until
    /// someone confirms it again.
    pub stale_source: Option<String>,
    /// Set when a merge found this translation changed differently on two sides: both
    /// versions and their base, until someone resolves it.
    pub conflict: Option<Box<super::TranslationConflict>>,
}

static EMPTY_TRANSLATION: Translation = Translation {
    text: String::new(),
    status: TranslationStatus::New,
    note: String::new(),
    stale_source: None,
    conflict: None,
};

impl Translation {
    pub fn is_empty(&self) -> bool {
        self == &EMPTY_TRANSLATION
    }

    /// Whether a later capture changed the source since this translation was made.
    pub fn is_stale(&self) -> bool {
        self.stale_source.is_some()
    }
}

/// The highest value the paragraph id counter may take. Ids are given at import and on splits,
/// one per paragraph, so no real project comes near it; a file claiming more was tampered with
/// or broken, and refusing it keeps every id addition far from overflowing.
pub const MAX_PARAGRAPH_ID_COUNTER: u32 = u32::MAX / 2;

/// Ids for `count` new paragraphs starting at `next`: the first id and the counter after them,
/// or an error when the ids are used up.
pub fn allocate_paragraph_ids(next: u32, count: usize) -> Result<(u32, u32), IdsExhausted> {
    u32::try_from(count)
        .ok()
        .and_then(|count| next.checked_add(count))
        .filter(|after| *after <= MAX_PARAGRAPH_ID_COUNTER)
        .map(|after| (next, after))
        .ok_or(IdsExhausted)
}

/// The project has given out all the paragraph ids it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "the project has no paragraph ids left (its counter is at the limit of {MAX_PARAGRAPH_ID_COUNTER})"
)]
pub struct IdsExhausted;

/// A whole Diptych project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    pub metadata: Metadata,
    pub source: SourceDocument,
    /// Target languages in the order the user chose them.
    pub targets: Vec<LanguageTag>,
    /// Non-empty translations, per target, per paragraph. An absent entry is an empty `new` one.
    pub translations: BTreeMap<LanguageTag, BTreeMap<ParagraphId, Translation>>,
    /// Imported translations aligned with the source, per target language.
    pub aligned: BTreeMap<LanguageTag, AlignedTranslation>,
    /// The id the next new paragraph receives.
    pub next_paragraph_id: u32,
    /// The checks switched off and the findings ignored.
    pub qa: super::QaSettings,
    /// The earlier captures of the article, oldest first (the current one is `source`).
    pub captures: Vec<super::Capture>,
    /// Metadata fields a merge found changed differently on two sides (the field holds ours).
    pub metadata_conflicts: BTreeMap<super::MetadataField, super::MetadataConflict>,
    /// Moves on whenever an edit changes the source paragraphs (see
    /// [`Project::source_revision`]).
    pub source_revision: SourceRevision,
}

/// A counter of changes to the source paragraphs, for caches of figures derived from them
/// (word counts). It is not part of the project's content: two projects with the same content
/// are equal whatever their counters, and it is never saved.
#[derive(Debug, Clone, Copy, Default)]
pub struct SourceRevision(u64);

impl PartialEq for SourceRevision {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

impl Eq for SourceRevision {}

impl Project {
    /// Builds a project from a classified source document.
    pub fn new(metadata: Metadata, source: SourceDocument, targets: Vec<LanguageTag>) -> Self {
        let next_paragraph_id = source
            .paragraphs
            .iter()
            .map(|paragraph| paragraph.paragraph_id.0 + 1)
            .max()
            .unwrap_or(0);
        let mut unique_targets: Vec<LanguageTag> = Vec::new();
        for target in targets {
            if target != source.language && !unique_targets.contains(&target) {
                unique_targets.push(target);
            }
        }
        Self {
            metadata,
            source,
            targets: unique_targets,
            translations: BTreeMap::new(),
            aligned: BTreeMap::new(),
            next_paragraph_id,
            qa: super::QaSettings::default(),
            captures: Vec::new(),
            metadata_conflicts: BTreeMap::new(),
            source_revision: SourceRevision::default(),
        }
    }

    /// The source paragraphs' revision: it changes whenever an edit (or its undo) changes
    /// them, so figures derived from their text can be cached against it.
    pub fn source_revision(&self) -> u64 {
        self.source_revision.0
    }

    /// Notes that the source paragraphs changed.
    pub(crate) fn source_changed(&mut self) {
        self.source_revision.0 = self.source_revision.0.wrapping_add(1);
    }

    /// The stored originals (the source's, each aligned translation's and each earlier
    /// capture's) whose bytes no
    /// longer match their SHA-256, described for people ("source (story.html)").
    pub fn altered_originals(&self) -> Vec<String> {
        let mut altered = Vec::new();
        if !self.source.original.is_intact() {
            altered.push(format!("source ({})", self.source.original.file_name));
        }
        for (language, aligned) in &self.aligned {
            if !aligned.original.is_intact() {
                altered.push(format!(
                    "aligned {language} ({})",
                    aligned.original.file_name
                ));
            }
        }
        for (number, capture) in self.captures.iter().enumerate() {
            if !capture.original.is_intact() {
                altered.push(format!(
                    "capture {} ({})",
                    number + 1,
                    capture.original.file_name
                ));
            }
        }
        altered
    }

    /// How many captures of the article the project holds (the current one included).
    pub fn capture_count(&self) -> usize {
        self.captures.len() + 1
    }

    /// The translations a later capture made stale, over every target language.
    pub fn stale_count(&self) -> usize {
        self.translations
            .values()
            .flat_map(BTreeMap::values)
            .filter(|translation| translation.is_stale())
            .count()
    }

    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.source.paragraphs
    }

    /// The position of a paragraph in document order.
    pub fn paragraph_index(&self, paragraph_id: ParagraphId) -> Option<usize> {
        // Ids are assigned in document order at import, so the id is usually the index.
        let guess = paragraph_id.0 as usize;
        if self
            .source
            .paragraphs
            .get(guess)
            .is_some_and(|paragraph| paragraph.paragraph_id == paragraph_id)
        {
            return Some(guess);
        }
        self.source
            .paragraphs
            .iter()
            .position(|paragraph| paragraph.paragraph_id == paragraph_id)
    }

    pub fn paragraph(&self, paragraph_id: ParagraphId) -> Option<&Paragraph> {
        self.paragraph_index(paragraph_id)
            .map(|index| &self.source.paragraphs[index])
    }

    pub(crate) fn paragraph_mut(&mut self, paragraph_id: ParagraphId) -> Option<&mut Paragraph> {
        self.paragraph_index(paragraph_id)
            .map(|index| &mut self.source.paragraphs[index])
    }

    /// The translation of a paragraph (an empty `new` one when nothing was entered).
    pub fn translation(&self, paragraph_id: ParagraphId, language: &LanguageTag) -> &Translation {
        self.translations
            .get(language)
            .and_then(|per_paragraph| per_paragraph.get(&paragraph_id))
            .unwrap_or(&EMPTY_TRANSLATION)
    }

    /// Replaces a translation, returning the previous one. Empty translations are not stored,
    /// so that setting a value and setting it back gives an identical project.
    pub(crate) fn replace_translation(
        &mut self,
        paragraph_id: ParagraphId,
        language: &LanguageTag,
        translation: Translation,
    ) -> Translation {
        let per_paragraph = self.translations.entry(language.clone()).or_default();
        let previous = if translation.is_empty() {
            per_paragraph.remove(&paragraph_id)
        } else {
            per_paragraph.insert(paragraph_id, translation)
        };
        if per_paragraph.is_empty() {
            self.translations.remove(language);
        }
        previous.unwrap_or_default()
    }

    /// Paragraphs that are translated, in document order.
    pub fn translatable_paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.source
            .paragraphs
            .iter()
            .filter(|paragraph| paragraph.kind.is_translatable())
    }

    /// The paragraph text as it stands in the original (before cleaning).
    pub fn original_slice(&self, paragraph: &Paragraph) -> &str {
        self.source
            .original
            .text
            .get(paragraph.byte_range.clone())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_encoding_reproduces_its_bytes() {
        let text = "Hacılı — Гаджилы\r\nə İ ı ğ ş";
        for encoding in [
            TextEncoding::Utf8,
            TextEncoding::Utf8Bom,
            TextEncoding::Utf16LeBom,
            TextEncoding::Utf16BeBom,
        ] {
            let original = Original::new("a.txt".into(), encoding, text.into());
            assert!(original.is_intact());
            assert_eq!(original.sha256.len(), 64);
        }
        let plain = Original::new("a.txt".into(), TextEncoding::Utf8, "abc".into());
        assert_eq!(
            plain.sha256,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn status_order_defines_done() {
        assert!(!TranslationStatus::Draft.is_done());
        assert!(TranslationStatus::Translated.is_done());
        assert!(TranslationStatus::Approved.is_done());
    }
}
