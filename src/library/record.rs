//! What the library keeps of one project for its catalogue and its search: the project's
//! [`Entry`] and its searchable texts — metadata, source paragraphs, translations and aligned
//! translations — each already cut into terms (folded, stemmed words and numbers), so that
//! the index is rebuilt from these records without stemming anything again.
//!
//! Each record is cached in the library's `.diptych-cache/search/` folder, one file per project
//! (named by a hash of the project's path) holding the project file's stamp. A record is read
//! from there only while the project file is unchanged and the record's checksum is right;
//! otherwise the project is read again. Layout (little-endian): the magic line, the stamp
//! (JSON), the body's length and SHA-256, then the body: the entry (JSON), the vocabulary, and
//! the texts (paragraph id + 1 or 0, language, field, text, term ids).

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use unicode_segmentation::UnicodeSegmentation as _;

use super::catalogue::Entry;
use crate::io::binary::{Damaged, Reader, open_sealed, put_text, put_u32, put_u64, seal};
use crate::io::fs::FileStamp;
use crate::memory::stem::Stemmer;
use crate::model::{Project, primary_language};

const MAGIC: &[u8] = b"DIPTYCH LIBRARY RECORD 3\n";
/// The largest record read back (a larger one is rebuilt from its project).
const MAX_RECORD_BYTES: u64 = 512 * 1024 * 1024;

/// Which part of a project a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// Title, description and author.
    Metadata,
    /// A paragraph of the source article.
    Source,
    /// A translation written in the grid.
    Translation,
    /// A paragraph of a translation imported and aligned with the source.
    Aligned,
}

impl Field {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Metadata => "metadata",
            Self::Source => "source",
            Self::Translation => "translation",
            Self::Aligned => "aligned",
        }
    }

    fn code(self) -> u64 {
        match self {
            Self::Metadata => 0,
            Self::Source => 1,
            Self::Translation => 2,
            Self::Aligned => 3,
        }
    }

    fn from_code(code: u64) -> Option<Self> {
        Some(match code {
            0 => Self::Metadata,
            1 => Self::Source,
            2 => Self::Translation,
            3 => Self::Aligned,
            _ => return None,
        })
    }
}

/// One searchable text of a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The paragraph it is or translates (the source paragraph for a translation, the aligned
    /// paragraph for an aligned translation); none for metadata.
    pub paragraph_id: Option<u32>,
    /// Its language's primary subtag.
    pub lang: String,
    pub field: Field,
    pub text: String,
    /// Its terms in order, as indexes into the record's vocabulary.
    pub terms: Vec<u32>,
}

/// A project's entry and its texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub entry: Entry,
    /// The record's distinct terms, each `lang` + U+001F + stem.
    pub vocabulary: Vec<String>,
    pub texts: Vec<Text>,
}

/// The words and numbers of `text` in `language`, folded, each with the byte range of `text`
/// it stands in.
/// Soft hyphens and the invisible joiners and spaces that may sit inside a word
/// (`trans\u{ad}port` is "transport").
fn is_invisible_in_word(character: char) -> bool {
    matches!(character, '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}')
}

pub fn term_spans(text: &str, language: &str) -> Vec<(Range<usize>, String)> {
    let (folded, places) = crate::memory::text::fold_with_places(text, language);
    folded
        .split_word_bound_indices()
        .filter(|(_, piece)| piece.chars().any(char::is_alphanumeric))
        .map(|(at, piece)| {
            // Folded again whole, so that a decomposed "é" or "ё" is composed (and "ё" read
            // as "е") like the letters queries type.
            let word = fold_word(piece, language);
            (places[at]..places[at + piece.len()], word)
        })
        .collect()
}

/// A word as typed (a query's), folded the way texts' words are: invisible marks left out,
/// composed, case and `ё` folded for `language`.
pub fn fold_word(word: &str, language: &str) -> String {
    let visible: String = word
        .chars()
        .filter(|character| !is_invisible_in_word(*character))
        .collect();
    crate::memory::text::fold(&visible, language)
}

/// The term of a folded word in `language`: the language, U+001F and the word's stem (a
/// number is its own stem). Azerbaijani stems are then written in plain Latin letters (ə e,
/// ı i, ş s, ç c, ğ g, ö o, ü u), as people type them without an Azerbaijani keyboard and
/// as foreign names come in capitals ("TBILISI" is "tbılısı" folded the Azerbaijani way).
pub fn term_key(stemmer: &Stemmer, language: &str, folded: &str) -> String {
    let stem = if !folded.chars().any(char::is_alphabetic) {
        folded.to_owned()
    } else if language == "az" {
        crate::memory::azerbaijani::plain_latin_stem(folded)
    } else {
        stemmer.stem(folded)
    };
    format!("{language}\u{1f}{stem}")
}

/// Builds a record's vocabulary and texts, stemming each distinct word once.
struct Builder {
    vocabulary: Vec<String>,
    ids: HashMap<String, u32>,
    /// Per language: its stemmer and the ids of the words seen.
    languages: HashMap<String, (Stemmer, HashMap<String, u32>)>,
    texts: Vec<Text>,
}

impl Builder {
    fn add(&mut self, paragraph_id: Option<u32>, language: &str, field: Field, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let language = primary_language(language);
        let (stemmer, seen) = self
            .languages
            .entry(language.clone())
            .or_insert_with(|| (Stemmer::for_language(&language), HashMap::new()));
        let mut terms = Vec::new();
        for (_, word) in term_spans(text, &language) {
            let id = if let Some(&id) = seen.get(&word) {
                id
            } else {
                let key = term_key(stemmer, &language, &word);
                let next = u32::try_from(self.vocabulary.len()).unwrap_or(u32::MAX);
                let id = *self.ids.entry(key.clone()).or_insert_with(|| {
                    self.vocabulary.push(key);
                    next
                });
                seen.insert(word, id);
                id
            };
            terms.push(id);
        }
        self.texts.push(Text {
            paragraph_id,
            lang: language,
            field,
            text: text.to_owned(),
            terms,
        });
    }
}

/// A text for [`Record::from_texts`]: paragraph id, language, field and text.
pub type TextSource<'a> = (Option<u32>, &'a str, Field, &'a str);

impl Record {
    /// A record of `entry` and `texts` (blank texts are left out), each cut into terms.
    pub fn from_texts<'a>(entry: Entry, texts: impl IntoIterator<Item = TextSource<'a>>) -> Self {
        let mut builder = Builder {
            vocabulary: Vec::new(),
            ids: HashMap::new(),
            languages: HashMap::new(),
            texts: Vec::new(),
        };
        for (paragraph_id, language, field, text) in texts {
            builder.add(paragraph_id, language, field, text);
        }
        Self {
            entry,
            vocabulary: builder.vocabulary,
            texts: builder.texts,
        }
    }

    /// The record of `project`, saved at `path` and last changed at `modified`: its
    /// metadata, translatable source paragraphs, translations and aligned translations.
    pub fn of(project: &Project, path: PathBuf, modified: String) -> Self {
        let source_language = project.source.language.as_str();
        let metadata = &project.metadata;
        // What a paragraph says already (the title as headline, the description as lead) is
        // searched there, not twice.
        let paragraphs: std::collections::HashSet<&str> = project
            .translatable_paragraphs()
            .map(|paragraph| paragraph.text.trim())
            .collect();
        let about = [
            &metadata.title,
            &metadata.description,
            &metadata.author,
            &metadata.tags,
            &metadata.note,
        ]
        .iter()
        .map(|text| text.trim())
        .filter(|text| !text.is_empty() && !paragraphs.contains(text))
        .collect::<Vec<_>>()
        .join("\n");
        let mut texts: Vec<TextSource<'_>> = vec![(None, source_language, Field::Metadata, &about)];
        texts.extend(project.translatable_paragraphs().map(|paragraph| {
            (
                Some(paragraph.paragraph_id.0),
                source_language,
                Field::Source,
                paragraph.text.as_str(),
            )
        }));
        for (lang, translations) in &project.translations {
            texts.extend(translations.iter().map(|(paragraph_id, translation)| {
                (
                    Some(paragraph_id.0),
                    lang.as_str(),
                    Field::Translation,
                    translation.text.as_str(),
                )
            }));
        }
        for (lang, aligned) in &project.aligned {
            texts.extend(
                aligned
                    .paragraphs
                    .iter()
                    .filter(|paragraph| paragraph.kind.is_translatable())
                    .map(|paragraph| {
                        (
                            Some(paragraph.paragraph_id.0),
                            lang.as_str(),
                            Field::Aligned,
                            paragraph.text.as_str(),
                        )
                    }),
            );
        }
        Self::from_texts(Entry::of(project, path, modified), texts)
    }
}

/// Where the record of the project at `project` is cached in `library`.
pub fn record_path(library: &Path, project: &Path) -> PathBuf {
    let canonical = crate::io::fs::canonical_file_path(project);
    let hash = crate::model::sha256_hex(canonical.to_string_lossy().as_bytes());
    record_folder(library).join(format!("{}.rec", &hash[..32]))
}

/// The folder of the library's cached records.
pub fn record_folder(library: &Path) -> PathBuf {
    library.join(".diptych-cache").join("search")
}

/// Whether `name` is a record file's name (the only files the library removes there).
pub fn is_record_name(name: &str) -> bool {
    name.strip_suffix(".rec")
        .is_some_and(|hash| hash.len() == 32 && hash.bytes().all(|byte| byte.is_ascii_hexdigit()))
}

/// A record's bytes, for the project file as `stamp` describes it.
pub fn encode(record: &Record, stamp: &FileStamp) -> Vec<u8> {
    let mut body = Vec::new();
    put_text(
        &mut body,
        &serde_json::to_string(&record.entry).unwrap_or_default(),
    );
    put_u64(&mut body, record.vocabulary.len() as u64);
    for term in &record.vocabulary {
        put_text(&mut body, term);
    }
    put_u64(&mut body, record.texts.len() as u64);
    for text in &record.texts {
        put_u64(
            &mut body,
            text.paragraph_id.map_or(0, |id| u64::from(id) + 1),
        );
        put_text(&mut body, &text.lang);
        put_u64(&mut body, text.field.code());
        put_text(&mut body, &text.text);
        put_u64(&mut body, text.terms.len() as u64);
        for &term in &text.terms {
            put_u32(&mut body, term);
        }
    }
    seal(
        MAGIC,
        &serde_json::to_string(stamp).unwrap_or_default(),
        &body,
    )
}

/// Why a cached record was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordMiss {
    Missing,
    /// Made from another version of the project file.
    Stale,
    Damaged(String),
}

impl From<Damaged> for RecordMiss {
    fn from(damage: Damaged) -> Self {
        Self::Damaged(damage.0)
    }
}

/// The record in `bytes`, if it was made from the project file as `stamp` describes it.
pub fn decode(bytes: &[u8], stamp: &FileStamp) -> Result<Record, RecordMiss> {
    let damaged = |reason: &str| RecordMiss::Damaged(reason.to_owned());
    let sealed = open_sealed(bytes, MAGIC, "library record")?;
    let recorded: FileStamp = serde_json::from_str(&sealed.header)
        .map_err(|error| RecordMiss::Damaged(format!("its stamp: {error}")))?;
    if recorded != *stamp {
        return Err(RecordMiss::Stale);
    }
    let body = sealed.checked_body()?;
    let mut reader = Reader::new(body);
    let entry: Entry = serde_json::from_str(&reader.text()?)
        .map_err(|error| RecordMiss::Damaged(format!("its entry: {error}")))?;
    let vocabulary_size = reader.count_of(8)?;
    let mut vocabulary = Vec::with_capacity(vocabulary_size);
    for _ in 0..vocabulary_size {
        vocabulary.push(reader.text()?);
    }
    let text_count = reader.count_of(40)?;
    let mut texts = Vec::with_capacity(text_count);
    for _ in 0..text_count {
        let paragraph_id = match reader.number()? {
            0 => None,
            id => Some(u32::try_from(id - 1).map_err(|_| damaged("a paragraph id is too large"))?),
        };
        let lang = reader.text()?;
        let field = Field::from_code(reader.number()?).ok_or_else(|| damaged("a field"))?;
        let text = reader.text()?;
        let term_count = reader.count_of(4)?;
        let mut terms = Vec::with_capacity(term_count);
        for _ in 0..term_count {
            let term = reader.number32()?;
            if term as usize >= vocabulary.len() {
                return Err(damaged("a term is not in the vocabulary"));
            }
            terms.push(term);
        }
        texts.push(Text {
            paragraph_id,
            lang,
            field,
            text,
            terms,
        });
    }
    if !reader.is_done() {
        return Err(damaged("it has bytes after its end"));
    }
    Ok(Record {
        entry,
        vocabulary,
        texts,
    })
}

/// The cached record of the project `stamp` describes, from `library`'s cache.
pub fn read_record(library: &Path, stamp: &FileStamp) -> Result<Record, RecordMiss> {
    let path = record_path(library, stamp.path());
    match crate::io::fs::read_own_file(&path, MAX_RECORD_BYTES, "library records") {
        Ok(Some(bytes)) => decode(&bytes, stamp),
        Ok(None) => Err(RecordMiss::Missing),
        Err(reason) => Err(RecordMiss::Damaged(reason)),
    }
}

/// Writes the record of the project `stamp` describes into `library`'s cache.
pub fn write_record(library: &Path, record: &Record, stamp: &FileStamp) -> std::io::Result<()> {
    let path = record_path(library, stamp.path());
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }
    crate::io::fs::replace_own_file(&path, &encode(record, stamp))
}
