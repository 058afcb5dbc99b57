//! The open document: a project, its undo history, where it lives on disk, and data derived
//! from it once (word counts) so that every frame stays cheap.

use std::path::PathBuf;

use crate::align::word_count;
use crate::model::{
    Edit, EditError, EditGroup, History, LanguageProgress, LanguageTag, Project, progress_with,
};

fn word_counts(project: &Project) -> Vec<usize> {
    project
        .paragraphs()
        .iter()
        .map(|paragraph| word_count(&paragraph.text))
        .collect()
}

/// How the original's charset is decided when the page is read by itself, and the encoding
/// the user chose instead (see [`crate::io::import::web::charset_reading`]).
pub type CharsetDecision = (
    crate::io::import::web::CharsetReading,
    Option<crate::model::TextEncoding>,
);

/// Where the open project came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The example project built into the program.
    Example,
    /// A project file; saving writes back to it.
    ProjectFile(PathBuf),
    /// An article imported into a new project that has not been saved yet.
    ImportedArticle(PathBuf),
}

/// The project being worked on.
pub struct Document {
    pub project: Project,
    pub history: History,
    pub origin: Origin,
    /// Words per source paragraph, in document order (recomputed when the source changes).
    word_counts: Vec<usize>,
    /// The source revision the word counts were made for.
    counted_revision: u64,
    /// Size in bytes of the original file.
    pub original_size: usize,
    /// Whether the original text still matches its SHA-256.
    pub original_intact: bool,
    /// Stored originals found altered when the project file was opened (shown to the user).
    pub altered: Vec<String>,
    /// How an imported article was read (shown once as warnings).
    pub import_notes: Vec<crate::io::import::web::ImportNote>,
    /// How the encoding of a web original is decided, for the original it was worked out for
    /// (its hash and chosen encoding).
    charset_cache: Option<(
        (String, crate::model::TextEncoding),
        Option<CharsetDecision>,
    )>,
    progress_cache: Option<(u64, LanguageTag, LanguageProgress)>,
}

impl Document {
    pub fn new(project: Project, origin: Origin) -> Self {
        let word_counts = word_counts(&project);
        let counted_revision = project.source_revision();
        let original_bytes = project.source.original.bytes();
        let original_size = original_bytes.len();
        let original_intact =
            crate::model::sha256_hex(&original_bytes) == project.source.original.sha256;
        let mut history = History::new();
        if matches!(origin, Origin::ImportedArticle(_)) {
            history.mark_unsaved();
        }
        Self {
            project,
            history,
            origin,
            word_counts,
            counted_revision,
            original_size,
            original_intact,
            altered: Vec::new(),
            import_notes: Vec::new(),
            charset_cache: None,
            progress_cache: None,
        }
    }

    /// The path saving writes to, if the project has one.
    pub fn save_path(&self) -> Option<&PathBuf> {
        match &self.origin {
            Origin::ProjectFile(path) => Some(path),
            Origin::Example | Origin::ImportedArticle(_) => None,
        }
    }

    /// A short name for the title and status bars.
    pub fn display_name(&self) -> String {
        match &self.origin {
            Origin::Example => crate::l10n::tr::session_example_project(),
            Origin::ProjectFile(path) | Origin::ImportedArticle(path) => {
                crate::io::fs::file_name_or_path(path)
            }
        }
    }

    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    pub fn apply(&mut self, edit: Edit, group: Option<EditGroup>) -> Result<bool, EditError> {
        let applied = self.history.apply(&mut self.project, edit, group)?;
        self.refresh_if_source_changed();
        Ok(applied)
    }

    pub fn undo(&mut self) -> Result<bool, EditError> {
        let undone = self.history.undo(&mut self.project)?;
        self.refresh_if_source_changed();
        Ok(undone)
    }

    pub fn redo(&mut self) -> Result<bool, EditError> {
        let redone = self.history.redo(&mut self.project)?;
        self.refresh_if_source_changed();
        Ok(redone)
    }

    /// Recounts words when an edit (or its undo) changed the source paragraphs: the model
    /// moves the project's source revision on whenever one does. The original's bytes never
    /// change through edits (re-reading keeps them), so its size and integrity stay as computed
    /// on opening.
    fn refresh_if_source_changed(&mut self) {
        let revision = self.project.source_revision();
        if revision != self.counted_revision {
            self.counted_revision = revision;
            self.word_counts = word_counts(&self.project);
            self.progress_cache = None;
        }
    }

    /// How the encoding of the source's original is decided (see
    /// [`crate::io::import::web::charset_decision`]); worked out once per original and encoding.
    pub fn charset_decision(&mut self) -> Option<CharsetDecision> {
        let original = &self.project.source.original;
        let key = (original.sha256.clone(), original.encoding);
        if let Some((cached_key, decision)) = &self.charset_cache
            && *cached_key == key
        {
            return *decision;
        }
        let decision = crate::io::import::web::charset_reading(original);
        self.charset_cache = Some((key, decision));
        decision
    }

    pub fn word_count_at(&self, index: usize) -> usize {
        self.word_counts.get(index).copied().unwrap_or_default()
    }

    /// Progress of a target language, recomputed only when the project changed.
    pub fn progress(&mut self, language: &LanguageTag) -> LanguageProgress {
        let revision = self.history.revision();
        if let Some((cached_revision, cached_language, figures)) = &self.progress_cache
            && *cached_revision == revision
            && cached_language == language
        {
            return *figures;
        }
        let word_counts = &self.word_counts;
        let figures = progress_with(&self.project, language, |index, _| {
            word_counts.get(index).copied().unwrap_or_default()
        });
        self.progress_cache = Some((revision, language.clone(), figures));
        figures
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{ImportOptions, import_article_bytes};
    use crate::model::SourceReplacement;

    #[test]
    fn word_counts_follow_a_replaced_source_through_undo_and_redo() {
        let short = "Headline\n\nOne two three.\n";
        let long = "Headline\n\nOne two three four five six seven.\n";
        let import = |text: &str| {
            import_article_bytes("a.txt", text.as_bytes(), &ImportOptions::default()).unwrap()
        };
        let mut document = Document::new(import(short), Origin::Example);
        let ru = LanguageTag::parse("ru").unwrap();
        assert_eq!(document.progress(&ru).words_total, 4);
        let replacement = import(long);
        let edit = Edit::ReplaceSource(Box::new(SourceReplacement {
            next_paragraph_id: replacement.next_paragraph_id,
            source: replacement.source,
            metadata: replacement.metadata,
            translations: replacement.translations,
        }));
        document.apply(edit, None).unwrap();
        assert_eq!(document.word_count_at(1), 7);
        assert_eq!(document.progress(&ru).words_total, 8);
        document.undo().unwrap();
        assert_eq!(document.word_count_at(1), 3);
        assert_eq!(document.progress(&ru).words_total, 4);
        document.redo().unwrap();
        assert_eq!(document.progress(&ru).words_total, 8);
    }

    #[test]
    fn word_counts_follow_a_paragraph_replaced_in_place() {
        let text = "Headline\n\nOne two three.\n";
        let project =
            import_article_bytes("a.txt", text.as_bytes(), &ImportOptions::default()).unwrap();
        let mut document = Document::new(project, Origin::Example);
        assert_eq!(document.word_count_at(1), 3);
        let mut longer = document.project.paragraphs()[1].clone();
        longer.text = "One two three four five.".into();
        let edit = Edit::ReplaceParagraphs {
            document: crate::model::DocumentRef::Source,
            start: 1,
            removed: 1,
            paragraphs: vec![longer],
            next_paragraph_id: document.project.next_paragraph_id,
        };
        document.apply(edit, None).unwrap();
        assert_eq!(document.word_count_at(1), 5);
        document.undo().unwrap();
        assert_eq!(document.word_count_at(1), 3);
    }
}
