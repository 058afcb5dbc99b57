//! Finishing a merge: what the merge in progress makes of the project, worked out again
//! from the three versions git holds, and the check that the saved project keeps what it
//! brought in.

use super::git::Repository;
use super::sync::SyncError;
use crate::model::Project;

/// The project version at `revision` (`None` when it has no such file or it does not read).
pub(super) fn project_at(
    repository: &Repository,
    revision: &str,
    relative: &str,
) -> Option<Project> {
    repository
        .run(["show", &format!("{revision}:{relative}")])
        .ok()
        .and_then(|text| crate::io::project_file::parse_project(revision, text.as_bytes()).ok())
}

/// What the merge in progress makes of the project: the merge of our and their commit's
/// versions over their common ancestor's, as the driver made it. `None` when a version is
/// missing (nothing to check against); an error when the versions cannot be merged per record
/// (git left the file unmerged: a side has to be chosen).
pub(super) fn merge_in_progress(
    repository: &Repository,
    relative: &str,
    unmerged: bool,
) -> Result<Option<Project>, SyncError> {
    let (Some(ours), Some(theirs)) = (
        project_at(repository, "HEAD", relative),
        project_at(repository, "MERGE_HEAD", relative),
    ) else {
        return Ok(None);
    };
    let ancestor = repository
        .run(["merge-base", "HEAD", "MERGE_HEAD"])
        .ok()
        .and_then(|base| project_at(repository, base.trim(), relative));
    let Some(ancestor) = ancestor else {
        return Ok(None);
    };
    match crate::model::merge_projects(&ancestor, &ours, &theirs) {
        Ok(outcome) => Ok(Some(outcome.project)),
        // Until a version is chosen and staged (git add), there is nothing to finish.
        Err(_) if unmerged => Err(SyncError::Unmerged),
        Err(_) => Ok(None),
    }
}

/// Finishing a merge: the saved project must keep what the merge brought in. `merged` is
/// the merge result (conflicts and all); the saved project may resolve its conflicts and
/// change anything further, but going back to our version before the merge (an undo of the
/// merge in the window) would drop the others' work in a merge commit.
pub(super) fn check_merge_kept(
    repository: &Repository,
    relative: &str,
    merged: &Project,
    saved: &Project,
) -> Result<(), SyncError> {
    let Some(ours_before) = project_at(repository, "HEAD", relative) else {
        return Ok(());
    };
    let without_conflicts = |project: &Project| {
        let mut project = project.clone();
        for per_paragraph in project.translations.values_mut() {
            for translation in per_paragraph.values_mut() {
                translation.conflict = None;
            }
            per_paragraph.retain(|_, translation| !translation.is_empty());
        }
        project
            .translations
            .retain(|_, per_paragraph| !per_paragraph.is_empty());
        project.metadata_conflicts.clear();
        project
    };
    let brought = without_conflicts(merged);
    // What the merge brought, applied again onto the saved project: anything that comes
    // back was dropped.
    let Ok(again) = crate::model::merge_projects(&ours_before, saved, &brought) else {
        return Ok(());
    };
    let again = without_conflicts(&again.project);
    if again == *saved {
        return Ok(());
    }
    let mut dropped = Vec::new();
    for (language, per_paragraph) in &again.translations {
        for (paragraph_id, translation) in per_paragraph {
            if saved.translation(*paragraph_id, language) != translation {
                dropped.push(format!("the {language} translation of ¶{}", paragraph_id.0));
            }
        }
    }
    for (language, per_paragraph) in &saved.translations {
        for paragraph_id in per_paragraph.keys() {
            if again.translation(*paragraph_id, language).is_empty() {
                dropped.push(format!("the {language} translation of ¶{}", paragraph_id.0));
            }
        }
    }
    if dropped.is_empty() {
        dropped.push("the metadata, links or paragraphs".to_owned());
    }
    Err(SyncError::MergeUndone(dropped.len(), dropped[0].clone()))
}
