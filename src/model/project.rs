//! The project: metadata, the source document (kept verbatim), its classified paragraphs, the
//! target languages and one translation per translatable paragraph and target.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{AlignedTranslation, LanguageTag};

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
    Junk,
    Duplicate,
    Teaser,
    Footer,
}

impl ParagraphKind {
    pub const ALL: [Self; 8] = [
        Self::Headline,
        Self::Lead,
        Self::Heading,
        Self::Body,
        Self::Junk,
        Self::Duplicate,
        Self::Teaser,
        Self::Footer,
    ];

    /// Whether paragraphs of this kind are translated (and counted, and visited by navigation).
    pub fn is_translatable(self) -> bool {
        matches!(
            self,
            Self::Headline | Self::Lead | Self::Heading | Self::Body
        )
    }

    /// The stable lower-case name used in files, JSON and the UI.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Headline => "headline",
            Self::Lead => "lead",
            Self::Heading => "heading",
            Self::Body => "body",
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

/// How the original file's bytes encoded its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextEncoding {
    Utf8,
    Utf8Bom,
    Utf16LeBom,
    Utf16BeBom,
    /// Legacy single-byte encodings of Russian, Azerbaijani and Western text.
    Windows1251,
    Koi8R,
    Koi8U,
    Ibm866,
    Iso8859_5,
    Windows1252,
    Windows1254,
}

impl TextEncoding {
    pub fn label(self) -> &'static str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Utf8Bom => "UTF-8 with BOM",
            Self::Utf16LeBom => "UTF-16LE with BOM",
            Self::Utf16BeBom => "UTF-16BE with BOM",
            Self::Windows1251 => "windows-1251",
            Self::Koi8R => "KOI8-R",
            Self::Koi8U => "KOI8-U",
            Self::Ibm866 => "IBM866",
            Self::Iso8859_5 => "ISO-8859-5",
            Self::Windows1252 => "windows-1252",
            Self::Windows1254 => "windows-1254",
        }
    }

    /// The legacy encodings, with their `encoding_rs` counterparts.
    pub const LEGACY: [(Self, &'static encoding_rs::Encoding); 7] = [
        (Self::Windows1251, encoding_rs::WINDOWS_1251),
        (Self::Koi8R, encoding_rs::KOI8_R),
        (Self::Koi8U, encoding_rs::KOI8_U),
        (Self::Ibm866, encoding_rs::IBM866),
        (Self::Iso8859_5, encoding_rs::ISO_8859_5),
        (Self::Windows1252, encoding_rs::WINDOWS_1252),
        (Self::Windows1254, encoding_rs::WINDOWS_1254),
    ];

    /// The `encoding_rs` encoding of a legacy variant.
    pub fn legacy_encoding(self) -> Option<&'static encoding_rs::Encoding> {
        Self::LEGACY
            .iter()
            .find(|(variant, _)| *variant == self)
            .map(|(_, encoding)| *encoding)
    }

    /// Re-encodes `text` to exactly the bytes the original file held.
    pub fn encode(self, text: &str) -> Vec<u8> {
        match self {
            Self::Utf8 => text.as_bytes().to_vec(),
            Self::Utf8Bom => [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
            Self::Utf16LeBom => {
                let mut bytes = vec![0xFF, 0xFE];
                bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
                bytes
            }
            Self::Utf16BeBom => {
                let mut bytes = vec![0xFE, 0xFF];
                bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
                bytes
            }
            legacy => match legacy.legacy_encoding() {
                Some(encoding) => encoding.encode(text).0.into_owned(),
                None => text.as_bytes().to_vec(),
            },
        }
    }
}

/// The article exactly as received: its decoded text, how it was encoded and the SHA-256 of
/// the original bytes. `encoding.encode(&text)` gives those bytes back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Original {
    pub file_name: String,
    pub encoding: TextEncoding,
    pub text: String,
    pub sha256: String,
}

impl Original {
    pub fn new(file_name: String, encoding: TextEncoding, text: String) -> Self {
        let sha256 = sha256_hex(&encoding.encode(&text));
        Self {
            file_name,
            encoding,
            text,
            sha256,
        }
    }

    /// The original file's bytes, reconstructed.
    pub fn bytes(&self) -> Vec<u8> {
        self.encoding.encode(&self.text)
    }

    /// Whether the stored text still matches the stored hash.
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
    pub captured: String,
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
}

static EMPTY_TRANSLATION: Translation = Translation {
    text: String::new(),
    status: TranslationStatus::New,
    note: String::new(),
};

impl Translation {
    pub fn is_empty(&self) -> bool {
        self == &EMPTY_TRANSLATION
    }
}

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
}

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
        }
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
