//! Reading the capture history back from its records: each earlier capture's original
//! (checked against its SHA-256 like the source's), its paragraphs (ids unique within the
//! capture and below the counter, byte ranges inside its text) and the translations kept
//! with it (naming its paragraphs).

use std::collections::{BTreeMap, HashSet};

use super::check::{checked_original, checked_paragraph};
use super::format::{CaptureParagraphV6, CaptureTranslationV6, CaptureV6};
use super::problem::ProjectProblem;
use crate::model::{Capture, CaptureDetails, ParagraphId, Translation};

/// The capture records: (captures, their paragraphs, their kept translations).
pub(super) type CaptureRecords = (
    Vec<CaptureV6>,
    Vec<CaptureParagraphV6>,
    Vec<CaptureTranslationV6>,
);

/// The earlier captures, oldest first, from their records.
pub(super) fn captures_from_file(
    (records, paragraphs, translations): CaptureRecords,
    next_paragraph_id: u32,
    altered: &mut Option<Vec<String>>,
) -> Result<Vec<Capture>, ProjectProblem> {
    let mut captures: Vec<Capture> = Vec::with_capacity(records.len());
    for (index, record) in records.into_iter().enumerate() {
        let expected = u32::try_from(index + 1).unwrap_or(u32::MAX);
        if record.number != expected {
            return Err(ProjectProblem::CaptureNumber {
                found: record.number,
                expected,
            });
        }
        let original = checked_original(
            record.original(),
            &format!("capture {}", record.number),
            altered,
        )?;
        captures.push(Capture {
            details: CaptureDetails {
                title: record.title,
                url: record.url,
                published: record.published,
                modified: record.modified,
                captured: record.captured,
                capture_tool: record.capture_tool,
            },
            original,
            paragraphs: Vec::new(),
            retired: BTreeMap::new(),
            superseded: record.superseded,
        });
    }
    let mut seen: Vec<HashSet<u32>> = vec![HashSet::new(); captures.len()];
    for paragraph in paragraphs {
        let slot = slot_of(paragraph.capture, captures.len(), "a capture's paragraph")?;
        if seen[slot].contains(&paragraph.id) {
            return Err(ProjectProblem::CaptureIdTwice {
                capture: paragraph.capture,
                id: paragraph.id,
            });
        }
        let capture = &mut captures[slot];
        let checked = checked_paragraph(
            (
                paragraph.id,
                paragraph.kind,
                paragraph.start,
                paragraph.end,
                paragraph.text,
            ),
            &capture.original.text,
            &mut seen[slot],
            next_paragraph_id,
            ("paragraph of an earlier capture", "that capture's text"),
        )?;
        capture.paragraphs.push(checked);
    }
    for record in translations {
        let slot = slot_of(record.capture, captures.len(), "a kept translation")?;
        if !seen[slot].contains(&record.id) {
            return Err(ProjectProblem::CaptureTranslationOfMissing {
                capture: record.capture,
                language: record.lang,
                id: record.id,
            });
        }
        let translation = Translation {
            text: record.text,
            status: record.status,
            note: record.note,
            stale_source: record.stale_source,
            conflict: None,
        };
        let previous = captures[slot]
            .retired
            .entry(record.lang.clone())
            .or_default()
            .insert(ParagraphId(record.id), translation);
        if previous.is_some() {
            return Err(ProjectProblem::TwoTranslations {
                id: record.id,
                language: record.lang,
            });
        }
    }
    Ok(captures)
}

/// The index of capture `number` (counted from 1) among `count`.
fn slot_of(number: u32, count: usize, what: &'static str) -> Result<usize, ProjectProblem> {
    (number as usize)
        .checked_sub(1)
        .filter(|slot| *slot < count)
        .ok_or(ProjectProblem::NoSuchCapture {
            what,
            capture: number,
        })
}
