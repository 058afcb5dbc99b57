//! Three-way merge of two versions of a project that grew from a common base (git's merge of
//! a project file), record by record: each metadata field, each paragraph, each translation
//! (language, paragraph) field by field, each alignment link, each QA choice. A change made on
//! one side is taken; the same change on both sides merges; a translation (or metadata field)
//! changed differently on both sides keeps both in a conflict (see [`super::conflict`]) for
//! someone to resolve. What cannot be kept together — both sides changing the source document
//! or re-importing an aligned translation differently — is refused, and nothing is merged.

mod ids;
mod links;
mod repair;
mod translations;

use std::collections::{BTreeMap, BTreeSet};

use super::{
    AlignedTranslation, LanguageTag, MetadataConflict, MetadataField, Project, SourceDocument,
};

/// Of three versions, the one to take: ours when theirs did not change it (or both changed it
/// alike), theirs when only theirs changed it, `None` when both changed it differently.
pub(crate) fn three_way<'a, T: PartialEq>(
    base: &'a T,
    ours: &'a T,
    theirs: &'a T,
) -> Option<&'a T> {
    if ours == theirs || theirs == base {
        Some(ours)
    } else if ours == base {
        Some(theirs)
    } else {
        None
    }
}

/// What the merge took from where, as it goes.
#[derive(Debug, Default)]
pub(super) struct Counts {
    ours: usize,
    theirs: usize,
    notes: Vec<String>,
}

/// What a merge did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Records taken from ours because only ours changed them (or changed on both sides).
    pub from_ours: usize,
    /// Records taken from theirs because only theirs changed them.
    pub from_theirs: usize,
    /// What both sides changed differently, in words ("ru translation of ¶12"); each is kept
    /// in the project as a conflict (translations, metadata fields).
    pub conflicts: Vec<String>,
    /// Choices made without a conflict, worth saying ("theirs removed az, ours translated in it:
    /// kept"; links re-linked both ways, ours kept and proposed for review).
    pub notes: Vec<String>,
    /// Paragraph ids of theirs moved past ours (both sides numbered new paragraphs).
    pub renumbered: usize,
}

/// A merged project and what happened.
#[derive(Debug, Clone)]
pub struct MergeOutcome {
    pub project: Project,
    pub report: MergeReport,
}

/// Why two versions cannot be merged record by record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeRefusal {
    #[error(
        "both sides changed the source document differently ({what}); choose one side's file \
         (git checkout --ours or --theirs) and redo the other side's change in Diptych"
    )]
    SourceChanged { what: String },
    #[error(
        "both sides changed the aligned {language} translation differently ({what}); choose one \
         side's file and redo the other side's change in Diptych"
    )]
    AlignedChanged { language: LanguageTag, what: String },
    #[error("the two versions are not of the same article: {what}")]
    NotTheSameArticle { what: String },
}

/// Merges `ours` and `theirs`, both grown from `base`.
pub fn merge_projects(
    base: &Project,
    ours: &Project,
    theirs: &Project,
) -> Result<MergeOutcome, MergeRefusal> {
    if base.source.language != ours.source.language
        || base.source.language != theirs.source.language
    {
        return Err(MergeRefusal::NotTheSameArticle {
            what: format!(
                "source languages {}, {} and {}",
                base.source.language, ours.source.language, theirs.source.language
            ),
        });
    }
    let (theirs, renumbered) = ids::renumbered(base, ours, theirs);
    let theirs = &theirs;
    let mut counts = Counts::default();
    let mut conflicts = Vec::new();
    let (source, captures) = merge_source(base, ours, theirs, &mut counts)?;
    let (metadata, metadata_conflicts) = merge_metadata(base, ours, theirs, &mut counts);
    for field in metadata_conflicts.keys() {
        if !ours.metadata_conflicts.contains_key(field) {
            conflicts.push(format!("metadata: {}", field.label()));
        }
    }
    let targets = merge_targets(base, ours, theirs, &mut counts);
    let mut project = Project {
        metadata,
        source,
        targets,
        translations: BTreeMap::new(),
        aligned: BTreeMap::new(),
        next_paragraph_id: ours.next_paragraph_id.max(theirs.next_paragraph_id),
        qa: super::QaSettings {
            disabled_checks: merge_set(
                &base.qa.disabled_checks,
                &ours.qa.disabled_checks,
                &theirs.qa.disabled_checks,
            ),
            ignored: merge_set(&base.qa.ignored, &ours.qa.ignored, &theirs.qa.ignored),
        },
        captures,
        metadata_conflicts,
        source_revision: super::SourceRevision::default(),
    };
    translations::merge_translations(
        [base, ours, theirs],
        &mut project,
        &mut counts,
        &mut conflicts,
    )?;
    for language in project.targets.clone() {
        if let Some(aligned) = merge_aligned(
            [base, ours, theirs].map(|side| side.aligned.get(&language)),
            &language,
            &mut counts,
        )? {
            project.aligned.insert(language, aligned);
        }
    }
    repair::repair_links(&mut project, [base, ours, theirs], &mut counts);
    Ok(MergeOutcome {
        project,
        report: MergeReport {
            from_ours: counts.ours,
            from_theirs: counts.theirs,
            conflicts,
            notes: counts.notes,
            renumbered,
        },
    })
}

/// The source document and the capture history, taken whole from the side that changed them;
/// when both did, paragraph by paragraph if the paragraphs are the same ones on every side.
fn merge_source(
    base: &Project,
    ours: &Project,
    theirs: &Project,
    counts: &mut Counts,
) -> Result<(SourceDocument, Vec<super::Capture>), MergeRefusal> {
    let Some(captures) = three_way(&base.captures, &ours.captures, &theirs.captures).cloned()
    else {
        return Err(MergeRefusal::SourceChanged {
            what: "each made its own new capture of the article".into(),
        });
    };
    if let Some(source) = three_way(&base.source, &ours.source, &theirs.source) {
        if *source != base.source {
            if *source == ours.source {
                counts.ours += 1;
            } else {
                counts.theirs += 1;
            }
        }
        return Ok((source.clone(), captures));
    }
    let same_original = ours.source.original == base.source.original
        && theirs.source.original == base.source.original;
    let ids = |side: &Project| {
        side.paragraphs()
            .iter()
            .map(|paragraph| paragraph.paragraph_id)
            .collect::<Vec<_>>()
    };
    if !same_original || ids(ours) != ids(base) || ids(theirs) != ids(base) {
        return Err(MergeRefusal::SourceChanged {
            what: "paragraphs split, joined or re-read on both sides".into(),
        });
    }
    let mut source = ours.source.clone();
    for (index, merged) in source.paragraphs.iter_mut().enumerate() {
        let [before, mine, yours] = [base, ours, theirs].map(|side| &side.paragraphs()[index]);
        let Some(chosen) = three_way(before, mine, yours) else {
            return Err(MergeRefusal::SourceChanged {
                what: format!("paragraph ¶{} changed on both sides", before.paragraph_id.0),
            });
        };
        if chosen != before {
            if chosen == mine {
                counts.ours += 1;
            } else {
                counts.theirs += 1;
            }
        }
        merged.clone_from(chosen);
    }
    Ok((source, captures))
}

/// Each metadata field three ways; tags as a set (each side's added tags kept, removed ones
/// gone); a field changed differently on both sides holds ours, with a conflict.
fn merge_metadata(
    base: &Project,
    ours: &Project,
    theirs: &Project,
    counts: &mut Counts,
) -> (super::Metadata, BTreeMap<MetadataField, MetadataConflict>) {
    let mut metadata = ours.metadata.clone();
    let mut conflicts = BTreeMap::new();
    for field in MetadataField::ALL {
        let [before, mine, yours] = [base, ours, theirs].map(|side| field.get(&side.metadata));
        let value = match three_way(before, mine, yours) {
            Some(value) => value.clone(),
            None if field == MetadataField::Tags => {
                counts.ours += 1;
                counts.theirs += 1;
                merge_tags(before, mine, yours)
            }
            None => {
                conflicts.insert(
                    field,
                    MetadataConflict {
                        base: before.clone(),
                        ours: mine.clone(),
                        theirs: yours.clone(),
                    },
                );
                mine.clone()
            }
        };
        if value != *before {
            if value == *mine {
                counts.ours += 1;
            }
            if value == *yours {
                counts.theirs += 1;
            }
        }
        *field.get_mut(&mut metadata) = value;
    }
    // Conflicts the versions already held: a resolution on one side wins.
    let fields: BTreeSet<MetadataField> = [base, ours, theirs]
        .iter()
        .flat_map(|side| side.metadata_conflicts.keys().copied())
        .collect();
    for field in fields {
        if conflicts.contains_key(&field) {
            continue;
        }
        let [before, mine, yours] =
            [base, ours, theirs].map(|side| side.metadata_conflicts.get(&field));
        if let Some(Some(kept)) = three_way(&before, &mine, &yours) {
            conflicts.insert(field, (*kept).clone());
        }
    }
    (metadata, conflicts)
}

/// Tags (comma-separated) as sets, compared without case: kept where both kept them, added
/// where either added them (in the first spelling met).
fn merge_tags(base: &str, ours: &str, theirs: &str) -> String {
    let split = |tags: &str| -> Vec<String> {
        tags.split(',')
            .map(str::trim)
            .filter(|tag| !tag.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let folded = |tags: &[String]| -> BTreeSet<String> {
        tags.iter().map(|tag| tag.to_lowercase()).collect()
    };
    let (before, mine, yours) = (split(base), split(ours), split(theirs));
    let (before_keys, yours_keys) = (folded(&before), folded(&yours));
    let mut merged: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    for tag in mine.iter().chain(&yours) {
        let key = tag.to_lowercase();
        let in_mine = mine.iter().any(|mine| mine.to_lowercase() == key);
        let kept = if in_mine {
            yours_keys.contains(&key) || !before_keys.contains(&key)
        } else {
            !before_keys.contains(&key)
        };
        if kept && seen.insert(key) {
            merged.push(tag.clone());
        }
    }
    merged.join(", ")
}

/// A set three ways: an element stays where neither removed it and comes where either added it.
fn merge_set<T: Ord + Clone>(
    base: &BTreeSet<T>,
    ours: &BTreeSet<T>,
    theirs: &BTreeSet<T>,
) -> BTreeSet<T> {
    ours.union(theirs)
        .filter(|item| !base.contains(item) || (ours.contains(item) && theirs.contains(item)))
        .cloned()
        .collect()
}

/// Whether a side changed anything of a language (translations or aligned translation).
fn changed_language(base: &Project, side: &Project, language: &LanguageTag) -> bool {
    base.translations.get(language) != side.translations.get(language)
        || base.aligned.get(language) != side.aligned.get(language)
}

/// The targets: ours' order, theirs' new ones after; a language one side removed goes unless
/// the other side changed something in it (then it stays, and that is said).
fn merge_targets(
    base: &Project,
    ours: &Project,
    theirs: &Project,
    counts: &mut Counts,
) -> Vec<LanguageTag> {
    let mut targets = Vec::new();
    for language in &ours.targets {
        let removed_by_theirs =
            base.targets.contains(language) && !theirs.targets.contains(language);
        if removed_by_theirs && !changed_language(base, ours, language) {
            counts.theirs += 1;
            continue;
        }
        if removed_by_theirs {
            counts.notes.push(format!(
                "theirs removed the target {language}, but ours changed it: it stays"
            ));
        }
        targets.push(language.clone());
    }
    for language in &theirs.targets {
        if targets.contains(language) {
            continue;
        }
        let removed_by_ours = base.targets.contains(language);
        if !removed_by_ours {
            counts.theirs += 1;
            targets.push(language.clone());
        } else if changed_language(base, theirs, language) {
            counts.notes.push(format!(
                "ours removed the target {language}, but theirs changed it: it stays"
            ));
            targets.push(language.clone());
        } else {
            counts.ours += 1;
        }
    }
    targets
}

/// One language's aligned translation: the document from the side that changed it (refused
/// when both did differently, or when one re-imported it and the other reviewed its links),
/// the links merged one by one when the document is the same.
fn merge_aligned(
    [base, ours, theirs]: [Option<&AlignedTranslation>; 3],
    language: &LanguageTag,
    counts: &mut Counts,
) -> Result<Option<AlignedTranslation>, MergeRefusal> {
    let document = |aligned: Option<&AlignedTranslation>| {
        aligned.map(|aligned| (aligned.original.clone(), aligned.paragraphs.clone()))
    };
    let [before, mine, yours] = [base, ours, theirs].map(document);
    let refused = |what: &str| MergeRefusal::AlignedChanged {
        language: language.clone(),
        what: what.to_owned(),
    };
    if three_way(&before, &mine, &yours).is_none() {
        return Err(refused("each side imported or removed it its own way"));
    }
    match (ours, theirs) {
        (None, None) => Ok(None),
        (Some(ours), Some(theirs)) if mine == yours => {
            let base_links = match base {
                Some(base) if before == mine => base.links.as_slice(),
                _ => &[],
            };
            // Links re-linked both ways keep ours, proposed again with theirs in the reason:
            // the alignment review is where they are settled, so they are no conflict here.
            let (merged, relinked) =
                links::merge_links(base_links, &ours.links, &theirs.links, counts);
            counts.notes.extend(
                relinked
                    .into_iter()
                    .map(|note| format!("to review in the {language} alignment: {note}")),
            );
            Ok(Some(AlignedTranslation {
                links: merged,
                ..ours.clone()
            }))
        }
        (mine_side, yours_side) => {
            // One side replaced or removed the document; the other must not have changed it.
            let (changed, other) = if mine == before {
                (yours_side, ours)
            } else {
                (mine_side, theirs)
            };
            if other.map(|other| &other.links) != base.map(|base| &base.links) {
                return Err(refused(
                    "one side re-imported or removed it while the other reviewed its links",
                ));
            }
            if mine == before {
                counts.theirs += 1;
            } else {
                counts.ours += 1;
            }
            Ok(changed.cloned())
        }
    }
}

#[cfg(test)]
mod tests;
