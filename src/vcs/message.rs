//! The commit message Sync writes: what changed in the project since the last commit, in the
//! words a team uses ("ru: 12 paragraphs translated, 3 reviewed; az: 2 edited; 4 links
//! confirmed"), worked out from the committed version and the saved one.

use std::collections::HashMap;

use crate::model::{LinkState, MetadataField, ParagraphId, Project, TranslationStatus};

/// `count` with its noun ("1 paragraph", "3 paragraphs").
fn counted(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

/// The message when nothing a person would name changed.
pub const NOTHING_CHANGED: &str = "Save the project";

/// One line saying what changed from `before` (the committed version; `None` for a new file)
/// to `after`.
pub fn change_summary(before: Option<&Project>, after: &Project) -> String {
    let Some(before) = before else {
        let title = if after.metadata.title.trim().is_empty() {
            after.source.original.file_name.clone()
        } else {
            after.metadata.title.trim().to_owned()
        };
        return format!(
            "Add “{title}” ({}, {})",
            after.source.language,
            counted(after.paragraphs().len(), "paragraph", "paragraphs")
        );
    };
    let mut parts = Vec::new();
    if after.captures.len() > before.captures.len() {
        parts.push("a new capture of the article".to_owned());
    }
    for language in &after.targets {
        let (mut translated, mut reviewed, mut drafted, mut edited) = (0, 0, 0, 0);
        let (mut notes, mut resolved, mut removed) = (0, 0, 0);
        for paragraph in after.paragraphs() {
            let id = paragraph.paragraph_id;
            let (old, new) = (
                before.translation(id, language),
                after.translation(id, language),
            );
            if old == new {
                continue;
            }
            if !old.text.trim().is_empty() && new.text.trim().is_empty() {
                removed += 1;
            } else if old.status < TranslationStatus::Reviewed
                && new.status >= TranslationStatus::Reviewed
            {
                reviewed += 1;
            } else if !old.status.is_done() && new.status.is_done() {
                translated += 1;
            } else if old.text.trim().is_empty() && !new.text.trim().is_empty() {
                drafted += 1;
            } else if old.text != new.text || old.status != new.status {
                edited += 1;
            }
            if old.note != new.note {
                notes += 1;
            }
            if old.conflict.is_some() && new.conflict.is_none() {
                resolved += 1;
            }
        }
        let mut said = Vec::new();
        if translated > 0 {
            said.push(format!(
                "{} translated",
                counted(translated, "paragraph", "paragraphs")
            ));
        }
        if reviewed > 0 {
            said.push(format!("{reviewed} reviewed"));
        }
        if drafted > 0 {
            said.push(format!("{drafted} drafted"));
        }
        if edited > 0 {
            said.push(format!("{edited} edited"));
        }
        if removed > 0 {
            said.push(format!("{removed} removed"));
        }
        if notes > 0 {
            said.push(counted(notes, "note", "notes"));
        }
        if resolved > 0 {
            said.push(format!(
                "{} resolved",
                counted(resolved, "conflict", "conflicts")
            ));
        }
        if !before.targets.contains(language) {
            said.insert(0, "added".to_owned());
        }
        if !said.is_empty() {
            parts.push(format!("{language}: {}", said.join(", ")));
        }
        if let Some(links) = link_changes(before, after, language) {
            parts.push(links);
        }
    }
    for language in &before.targets {
        if !after.targets.contains(language) {
            parts.push(format!("{language}: removed"));
        }
    }
    for language in before.aligned.keys() {
        if after.targets.contains(language) && !after.aligned.contains_key(language) {
            parts.push(format!("{language}: aligned translation removed"));
        }
    }
    let fields: Vec<&str> = MetadataField::ALL
        .iter()
        .filter(|field| field.get(&before.metadata) != field.get(&after.metadata))
        .map(|field| field.label())
        .collect();
    if !fields.is_empty() {
        parts.push(format!("metadata: {}", fields.join(", ").to_lowercase()));
    }
    if before.paragraphs() != after.paragraphs() && after.captures.len() == before.captures.len() {
        parts.push("source paragraphs changed".to_owned());
    }
    if before.qa != after.qa {
        parts.push("QA choices".to_owned());
    }
    if parts.is_empty() {
        NOTHING_CHANGED.to_owned()
    } else {
        parts.join("; ")
    }
}

/// "ru alignment: 4 links confirmed, 2 re-linked", or `None` when its links did not change.
fn link_changes(
    before: &Project,
    after: &Project,
    language: &crate::model::LanguageTag,
) -> Option<String> {
    let new = after.aligned.get(language)?;
    let Some(old) = before.aligned.get(language) else {
        return Some(format!(
            "{language}: translation aligned ({} links)",
            new.links.len()
        ));
    };
    if old.links == new.links {
        return None;
    }
    let previous: HashMap<(&[ParagraphId], &[ParagraphId]), LinkState> = old
        .links
        .iter()
        .map(|link| ((link.source.as_slice(), link.target.as_slice()), link.state))
        .collect();
    let (mut confirmed, mut relinked) = (0, 0);
    for link in &new.links {
        match previous.get(&(link.source.as_slice(), link.target.as_slice())) {
            Some(LinkState::Proposed) if link.state == LinkState::Confirmed => confirmed += 1,
            Some(_) => {}
            None => relinked += 1,
        }
    }
    let mut said = Vec::new();
    if confirmed > 0 {
        said.push(format!("{} confirmed", counted(confirmed, "link", "links")));
    }
    if relinked > 0 {
        said.push(format!("{} re-linked", counted(relinked, "link", "links")));
    }
    if said.is_empty() {
        said.push("links changed".to_owned());
    }
    Some(format!("{language} alignment: {}", said.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, LanguageTag};

    fn project() -> Project {
        let text = "Headline\n\nFirst.\n\nSecond.\n\nThird.\n";
        crate::io::import_article_bytes(
            "a.txt",
            text.as_bytes(),
            &crate::io::ImportOptions::default(),
        )
        .unwrap()
    }

    #[test]
    fn says_what_was_translated_reviewed_and_edited_per_language() {
        let before = project();
        let ru = LanguageTag::parse("ru").unwrap();
        let mut after = before.clone();
        let ids: Vec<ParagraphId> = after
            .paragraphs()
            .iter()
            .map(|paragraph| paragraph.paragraph_id)
            .collect();
        let mut set = |id: ParagraphId, text: &str, status| {
            for edit in [
                Edit::SetTranslationText {
                    paragraph_id: id,
                    language: ru.clone(),
                    text: text.into(),
                },
                Edit::SetTranslationStatus {
                    paragraph_id: id,
                    language: ru.clone(),
                    status,
                },
            ] {
                edit.apply(&mut after).unwrap();
            }
        };
        set(ids[1], "Первый.", TranslationStatus::Translated);
        set(ids[2], "Второй.", TranslationStatus::Translated);
        set(ids[3], "Третий.", TranslationStatus::Reviewed);
        Edit::SetMetadata {
            field: MetadataField::Tags,
            value: "metro".into(),
        }
        .apply(&mut after)
        .unwrap();
        assert_eq!(
            change_summary(Some(&before), &after),
            "ru: 2 paragraphs translated, 1 reviewed; metadata: tags"
        );
        let mut later = after.clone();
        Edit::SetTranslationText {
            paragraph_id: ids[1],
            language: ru.clone(),
            text: "Первое.".into(),
        }
        .apply(&mut later)
        .unwrap();
        assert_eq!(change_summary(Some(&after), &later), "ru: 1 edited");
        assert_eq!(change_summary(Some(&later), &later), "Save the project");
        let mut emptied = later.clone();
        Edit::SetTranslationText {
            paragraph_id: ids[2],
            language: ru.clone(),
            text: String::new(),
        }
        .apply(&mut emptied)
        .unwrap();
        assert_eq!(change_summary(Some(&later), &emptied), "ru: 1 removed");
        assert!(change_summary(None, &later).starts_with("Add “Headline” (en, 4 paragraphs)"));
    }
}
