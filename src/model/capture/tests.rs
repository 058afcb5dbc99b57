use super::*;
use crate::model::{AlignmentLink, LinkState, TextEncoding, TranslationStatus};

/// A source document of `paragraphs` (the first a headline), ids from `first_id`.
fn document(paragraphs: &[&str], first_id: u32) -> SourceDocument {
    let text = paragraphs.join("\n\n");
    let mut start = 0;
    let mut list = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        list.push(Paragraph {
            paragraph_id: ParagraphId(first_id + index as u32),
            kind: if index == 0 {
                ParagraphKind::Headline
            } else {
                ParagraphKind::Body
            },
            text: (*paragraph).to_owned(),
            byte_range: start..start + paragraph.len(),
        });
        start += paragraph.len() + 2;
    }
    SourceDocument {
        language: LanguageTag::builtin("ru"),
        original: Original::new("story.txt".into(), TextEncoding::Utf8, text),
        paragraphs: list,
    }
}

fn translation(text: &str, status: TranslationStatus) -> Translation {
    Translation {
        text: text.into(),
        status,
        note: String::new(),
        stale_source: None,
        conflict: None,
    }
}

const FIRST: [&str; 5] = [
    "Мэр подал в отставку после скандала",
    "Мэр города объявил об отставке во вторник вечером.",
    "Решение приняли после проверки контрактов на 15 млн манатов.",
    "Горсовет соберётся в пятницу в 15:00.",
    "Жители встретили новость спокойно.",
];

const SECOND: [&str; 5] = [
    "Мэр ушёл в отставку",
    "Горсовет соберётся в пятницу в 15:00.",
    "Мэр города объявил об отставке во вторник вечером.",
    "Решение приняли после проверки контрактов на 16 млн манатов.",
    "Прокуратура начала проверку.",
];

fn project() -> Project {
    let mut project = Project::new(
        Metadata {
            title: FIRST[0].into(),
            url: "https://example.org/mayor".into(),
            captured: "2026-11-20T10:00:00Z".into(),
            tags: "politics".into(),
            ..Metadata::default()
        },
        document(&FIRST, 0),
        vec![LanguageTag::builtin("en"), LanguageTag::builtin("az")],
    );
    let en = LanguageTag::builtin("en");
    for (id, text) in [
        (0, "Mayor resigns after scandal"),
        (1, "The mayor announced his resignation on Tuesday evening."),
        (
            2,
            "The decision followed an audit of contracts worth 15 million manats.",
        ),
        (4, "Residents took the news calmly."),
    ] {
        project.replace_translation(
            ParagraphId(id),
            &en,
            translation(text, TranslationStatus::Reviewed),
        );
    }
    project.replace_translation(
        ParagraphId(2),
        &LanguageTag::builtin("az"),
        translation(
            "Qərar 15 milyon manatlıq müqavilələrin yoxlanışından sonra verilib.",
            TranslationStatus::Draft,
        ),
    );
    project
}

fn incoming() -> IncomingCapture {
    IncomingCapture {
        metadata: Metadata {
            title: SECOND[0].into(),
            captured: "2026-11-22T08:00:00Z".into(),
            capture_tool: "SingleFile".into(),
            ..Metadata::default()
        },
        source: document(&SECOND, 0),
    }
}

/// The project after the second capture was made current.
fn recaptured() -> Project {
    let mut project = project();
    plan_recapture(&project, incoming(), "t1")
        .unwrap()
        .edit
        .apply(&mut project)
        .unwrap();
    project
}

/// A capture of `paragraphs` that says nothing about itself.
fn plain_capture(paragraphs: &[&str]) -> IncomingCapture {
    IncomingCapture {
        metadata: Metadata::default(),
        source: document(paragraphs, 0),
    }
}

#[test]
fn a_recapture_keeps_moves_marks_changes_stale_adds_and_retires() {
    let mut project = project();
    let before = project.clone();
    let plan = plan_recapture(&project, incoming(), "2026-12-02T09:00:00Z").unwrap();
    let report = &plan.report;
    assert_eq!(
        (
            report.unchanged,
            report.changed,
            report.added,
            report.removed
        ),
        (2, 2, 1, 1),
        "{report:#?}"
    );
    // The headline (en) and paragraph 2 (en, az) became stale; paragraph 4's en went to
    // the history.
    assert_eq!((report.stale, report.retired), (3, 1));
    assert_eq!(report.moved, 1);
    plan.edit.clone().apply(&mut project).unwrap();

    let en = LanguageTag::builtin("en");
    // Paragraph 3 moved up unchanged and keeps its id; paragraph 1 keeps its translation.
    let ids: Vec<u32> = project
        .paragraphs()
        .iter()
        .map(|p| p.paragraph_id.0)
        .collect();
    assert_eq!(ids, vec![0, 3, 1, 2, 5]);
    assert_eq!(project.next_paragraph_id, 6);
    assert!(!project.translation(ParagraphId(1), &en).is_stale());
    let stale = project.translation(ParagraphId(2), &en);
    assert_eq!(stale.stale_source.as_deref(), Some(FIRST[2]));
    assert_eq!(stale.status, TranslationStatus::Reviewed);
    assert_eq!(project.paragraph(ParagraphId(2)).unwrap().text, SECOND[3]);
    assert_eq!(project.stale_count(), 3);
    assert!(project.translation(ParagraphId(4), &en).is_empty());
    // The history holds the first capture, its paragraphs and the removed translation.
    assert_eq!(project.capture_count(), 2);
    let first = &project.captures[0];
    assert_eq!(first.original, before.source.original);
    assert_eq!(first.paragraphs.len(), 5);
    assert_eq!(first.details.captured, "2026-11-20T10:00:00Z");
    assert_eq!(
        first.retired[&en][&ParagraphId(4)].text,
        "Residents took the news calmly."
    );
    // The metadata follows the new capture; the project's own stays.
    assert_eq!(project.metadata.title, SECOND[0]);
    assert_eq!(project.metadata.url, "https://example.org/mayor");
    assert_eq!(project.metadata.capture_tool, "SingleFile");
    assert_eq!(project.metadata.tags, "politics");

    // The memory learns the stale translation with the text it translates.
    let pairs = crate::model::translation_pairs(&project, &en, false);
    let stale_pair = pairs
        .iter()
        .find(|pair| pair.target.contains("15 million"))
        .unwrap();
    assert_eq!(stale_pair.source, FIRST[2]);

    // The changed paragraph shows what changed, word by word.
    let change = report
        .paragraphs
        .iter()
        .find(|change| change.old_id == Some(ParagraphId(2)))
        .unwrap();
    assert_eq!(change.change, ParagraphChangeKind::Changed);
    assert!(
        change.diff.iter().any(|piece| piece.text == "15"
            && piece.kind == crate::align::revision::DiffPieceKind::Removed)
    );
}

#[test]
fn a_recapture_is_one_undoable_edit() {
    let mut project = project();
    let before = project.clone();
    let plan = plan_recapture(&project, incoming(), "2026-12-02T09:00:00Z").unwrap();
    let inverse = plan.edit.apply(&mut project).unwrap();
    assert_ne!(project, before);
    let redo = inverse.apply(&mut project).unwrap();
    assert_eq!(project, before);
    redo.apply(&mut project).unwrap();
    assert_eq!(project.capture_count(), 2);
}

#[test]
fn the_same_file_or_another_language_is_refused() {
    let project = project();
    let same = plain_capture(&FIRST);
    assert!(matches!(
        plan_recapture(&project, same, "now"),
        Err(RecaptureError::SameBytes(_))
    ));
    let mut other = incoming();
    other.source.language = LanguageTag::builtin("az");
    assert!(matches!(
        plan_recapture(&project, other, "now"),
        Err(RecaptureError::OtherLanguage { .. })
    ));
}

#[test]
fn aligned_links_follow_the_new_capture() {
    let mut project = project();
    let en = LanguageTag::builtin("en");
    let target_text =
        "Mayor quits\n\nThe mayor resigned.\n\nAudit of 15 million.\n\nCouncil on Friday.\n\nCalm.";
    let mut target_paragraphs = Vec::new();
    let mut start = 0;
    for (index, piece) in target_text.split("\n\n").enumerate() {
        target_paragraphs.push(Paragraph {
            paragraph_id: ParagraphId(10 + index as u32),
            kind: ParagraphKind::Body,
            text: piece.into(),
            byte_range: start..start + piece.len(),
        });
        start += piece.len() + 2;
    }
    project.next_paragraph_id = 15;
    project.aligned.insert(
        en.clone(),
        AlignedTranslation {
            original: Original::new(
                "en.txt".into(),
                crate::model::TextEncoding::Utf8,
                target_text.into(),
            ),
            paragraphs: target_paragraphs,
            links: (0..5)
                .map(|k| {
                    AlignmentLink::manual(
                        vec![ParagraphId(k)],
                        vec![ParagraphId(10 + k)],
                        "by hand",
                    )
                })
                .collect(),
        },
    );
    let plan = plan_recapture(&project, incoming(), "now").unwrap();
    // Two changed paragraphs, one removed, one new: four links to review.
    assert_eq!(plan.report.links_to_review, 4);
    plan.edit.apply(&mut project).unwrap();
    let links = &project.aligned[&en].links;
    let sources: Vec<Vec<u32>> = links
        .iter()
        .map(|l| l.source.iter().map(|id| id.0).collect())
        .collect();
    // In the new source order; the removed paragraph's target stands alone after the
    // paragraph it followed (3, which moved up); the new paragraph (id 15) has a link of
    // its own.
    assert_eq!(
        sources,
        vec![vec![0], vec![3], vec![], vec![1], vec![2], vec![15]]
    );
    assert_eq!(links[0].state, LinkState::Proposed);
    assert_eq!(links[1].state, LinkState::Confirmed);
    assert_eq!(links[2].target, vec![ParagraphId(14)]);
    assert_eq!(links[2].reason, SOURCE_REMOVED_REASON);
    assert_eq!(links[2].state, LinkState::Proposed);
    assert_eq!(links[4].reason, SOURCE_CHANGED_REASON);
}

#[test]
fn a_paragraph_changed_back_makes_its_stale_translation_up_to_date() {
    let mut project = recaptured();
    let en = LanguageTag::builtin("en");
    assert!(project.translation(ParagraphId(2), &en).is_stale());
    // A third capture has the figure back as it was (and the rest as in the second).
    let mut third: Vec<&str> = SECOND.to_vec();
    third[3] = FIRST[2];
    let back = plain_capture(&third);
    let plan = plan_recapture(&project, back, "t2").unwrap();
    plan.edit.apply(&mut project).unwrap();
    assert!(!project.translation(ParagraphId(2), &en).is_stale());
    assert_eq!(project.capture_count(), 3);
    // The headline is still stale: it did not change back.
    assert!(project.translation(ParagraphId(0), &en).is_stale());
}

#[test]
fn a_paragraph_removed_and_back_gets_its_translations_back() {
    let mut project = recaptured();
    let en = LanguageTag::builtin("en");
    // "Residents took the news calmly." (paragraph 4) was removed with its translation;
    // a third capture has it again at the end.
    let mut third: Vec<&str> = SECOND.to_vec();
    third.push(FIRST[4]);
    let back = plain_capture(&third);
    let plan = plan_recapture(&project, back, "t2").unwrap();
    assert_eq!((plan.report.added, plan.report.restored), (1, 1));
    plan.edit.apply(&mut project).unwrap();
    let returned = project
        .paragraphs()
        .iter()
        .find(|paragraph| paragraph.text == FIRST[4])
        .unwrap()
        .paragraph_id;
    assert_eq!(
        project.translation(returned, &en).text,
        "Residents took the news calmly."
    );
}

#[test]
fn another_article_looks_unrelated_and_another_address_is_noted() {
    let project = project();
    let other = IncomingCapture {
        metadata: Metadata {
            url: "https://example.org/other".into(),
            ..Metadata::default()
        },
        source: document(
            &[
                "Park opens in Ganja",
                "A new park of 12 hectares opened in the centre of Ganja.",
                "More than 3,000 trees were planted there.",
            ],
            0,
        ),
    };
    let plan = plan_recapture(&project, other, "t").unwrap();
    assert!(
        plan.report.looks_unrelated(),
        "{:?}",
        plan.report.kept_share
    );
    assert_eq!(
        plan.report.address_changed,
        Some((
            "https://example.org/mayor".into(),
            "https://example.org/other".into()
        ))
    );
    assert!(
        !plan_recapture(&project, incoming(), "t")
            .unwrap()
            .report
            .looks_unrelated()
    );
}

#[test]
fn a_paragraph_removed_and_back_edited_gets_its_translations_back_stale() {
    let mut project = recaptured();
    let en = LanguageTag::builtin("en");
    let mut third: Vec<&str> = SECOND.to_vec();
    third.push("Жители встретили эту новость спокойно.");
    let back = plain_capture(&third);
    let plan = plan_recapture(&project, back, "t2").unwrap();
    assert_eq!(plan.report.restored, 1);
    plan.edit.apply(&mut project).unwrap();
    let returned = project
        .paragraphs()
        .iter()
        .find(|paragraph| paragraph.text.contains("эту новость"))
        .unwrap()
        .paragraph_id;
    let translation = project.translation(returned, &en);
    assert_eq!(translation.text, "Residents took the news calmly.");
    assert_eq!(translation.stale_source.as_deref(), Some(FIRST[4]));
}
