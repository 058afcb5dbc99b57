//! Reading a project's original again in another character encoding: the stored bytes are
//! imported afresh and the result becomes one undoable [`Edit::ReplaceSource`].

use super::import::{ImportError, ImportOptions, import_article_bytes};
use crate::model::{Edit, EditError, Project, SourceReplacement, TextEncoding};

/// Why the original could not be read again.
#[derive(Debug, thiserror::Error)]
pub enum RedecodeError {
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Edit(#[from] EditError),
}

/// The edit that replaces the source with the original read as `encoding`. Translations stay
/// on the paragraphs with the same ids; the count of those that had to be dropped (their
/// paragraph no longer exists) is returned too.
pub fn redecode_edit(
    project: &Project,
    encoding: TextEncoding,
) -> Result<(Edit, usize), RedecodeError> {
    if !project.aligned.is_empty() {
        let languages: Vec<&str> = project
            .aligned
            .keys()
            .map(crate::model::LanguageTag::as_str)
            .collect();
        return Err(EditError::SourceHasAlignments(languages.join(", ")).into());
    }
    let original = &project.source.original;
    let options = ImportOptions {
        source_language: Some(project.source.language.clone()),
        targets: Some(project.targets.clone()),
        encoding: Some(encoding),
        record: (!original.record.is_empty()).then(|| original.record.clone()),
    };
    let reread = import_article_bytes(&original.file_name, &original.bytes(), &options)?;
    let ids: std::collections::HashSet<_> = reread
        .paragraphs()
        .iter()
        .map(|paragraph| paragraph.paragraph_id)
        .collect();
    let mut dropped = 0;
    let mut translations = project.translations.clone();
    for per_paragraph in translations.values_mut() {
        let before = per_paragraph.len();
        per_paragraph.retain(|paragraph_id, _| ids.contains(paragraph_id));
        dropped += before - per_paragraph.len();
    }
    translations.retain(|_, per_paragraph| !per_paragraph.is_empty());
    let replacement = SourceReplacement {
        next_paragraph_id: project.next_paragraph_id.max(reread.next_paragraph_id),
        source: reread.source,
        metadata: reread.metadata,
        translations,
    };
    Ok((Edit::ReplaceSource(Box::new(replacement)), dropped))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LanguageTag, ParagraphId};

    #[test]
    fn rereading_is_one_undoable_edit_that_keeps_the_bytes() {
        let text = "Заголовок новости\n\nПервый абзац статьи о транспорте в Баку, с подробностями.\n\nВторой абзац.\n";
        let bytes = encoding_rs::WINDOWS_1251.encode(text).0.into_owned();
        let wrong = ImportOptions {
            encoding: Some(TextEncoding::Koi8R),
            ..ImportOptions::default()
        };
        let mut project = import_article_bytes("a.txt", &bytes, &wrong).unwrap();
        assert_eq!(project.source.original.encoding, TextEncoding::Koi8R);
        let en = LanguageTag::parse("en").unwrap();
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(1),
            language: en.clone(),
            text: "First paragraph".into(),
        }
        .apply(&mut project)
        .unwrap();
        let before = project.clone();
        let (edit, dropped) = redecode_edit(&project, TextEncoding::Windows1251).unwrap();
        assert_eq!(dropped, 0);
        let inverse = edit.apply(&mut project).unwrap();
        assert_eq!(project.source.original.encoding, TextEncoding::Windows1251);
        assert_eq!(project.paragraphs()[0].text, "Заголовок новости");
        assert_eq!(project.source.original.bytes(), bytes);
        assert_eq!(
            project.translation(ParagraphId(1), &en).text,
            "First paragraph"
        );
        inverse.apply(&mut project).unwrap();
        assert_eq!(project, before);
        // Bytes that are not valid in the chosen encoding are refused, project unchanged.
        assert!(redecode_edit(&project, TextEncoding::Utf8).is_err());
    }
}
