//! The merge driver's notes in the interface language. The driver runs as its own process
//! (git starts it) and says what it chose without a conflict in English ("the link ¶3 – ¶5
//! changed on our side was replaced on theirs"); a Sync reads those lines back, and this words
//! the known ones again. Anything else is shown as it is.

use super::link_reason::paragraphs;
use crate::l10n::tr;

/// `note` in the interface language, or as it is when it is not a known note.
#[must_use]
pub fn merge_note(note: &str) -> String {
    known(note).unwrap_or_else(|| note.to_owned())
}

fn known(note: &str) -> Option<String> {
    if let Some(rest) = note.strip_prefix("the link ") {
        if let Some(link) = rest.strip_suffix(" changed on our side was replaced on theirs") {
            let (source, target) = link.split_once(" – ")?;
            return Some(tr::merge_note_ours_replaced(
                paragraphs(source),
                paragraphs(target),
            ));
        }
        let link = rest.strip_suffix(" changed on their side was replaced on ours")?;
        let (source, target) = link.split_once(" – ")?;
        return Some(tr::merge_note_theirs_replaced(
            paragraphs(source),
            paragraphs(target),
        ));
    }
    if let Some(language) = note
        .strip_prefix("theirs removed the target ")
        .and_then(|rest| rest.strip_suffix(", but ours changed it: it stays"))
    {
        return Some(tr::merge_note_theirs_removed_target(language));
    }
    if let Some(language) = note
        .strip_prefix("ours removed the target ")
        .and_then(|rest| rest.strip_suffix(", but theirs changed it: it stays"))
    {
        return Some(tr::merge_note_ours_removed_target(language));
    }
    if let Some(language) = note.strip_suffix(
        ": a link lost a paragraph the merged article no longer has; it is proposed again",
    ) {
        return Some(tr::merge_note_link_lost_paragraph(language));
    }
    if let Some(rest) =
        note.strip_suffix(" was left in no link by the merge; it has one of its own, proposed")
    {
        let (language, paragraph) = rest.split_once(": ")?;
        return Some(tr::merge_note_paragraph_unlinked(language, paragraph));
    }
    let rest = note.strip_suffix(
        "' status change was for the text the other side rewrote; the status follows the new text",
    )?;
    let (row, side) = rest.rsplit_once(": ")?;
    let (language, paragraph) = row.split_once(' ')?;
    Some(match side {
        "ours" => tr::merge_note_our_status_left(language, paragraph),
        "theirs" => tr::merge_note_their_status_left(language, paragraph),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::{Language, with_language};

    const NOTES: [&str; 7] = [
        "the link ¶3+¶4 – ¶5 changed on our side was replaced on theirs",
        "the link ¶3 – nothing changed on their side was replaced on ours",
        "theirs removed the target az, but ours changed it: it stays",
        "ours removed the target ru, but theirs changed it: it stays",
        "ru: a link lost a paragraph the merged article no longer has; it is proposed again",
        "ru: ¶12 was left in no link by the merge; it has one of its own, proposed",
        "az ¶7: theirs' status change was for the text the other side rewrote; the status follows the new text",
    ];

    #[test]
    fn the_drivers_notes_are_worded_again() {
        for note in NOTES {
            assert_eq!(with_language(Language::English, || merge_note(note)), note);
            let russian = with_language(Language::Russian, || merge_note(note));
            let azerbaijani = with_language(Language::Azerbaijani, || merge_note(note));
            assert_ne!(russian, note);
            assert_ne!(azerbaijani, note);
            assert!(!russian.contains('{') && !azerbaijani.contains('{'));
        }
        assert_eq!(
            with_language(Language::Russian, || merge_note(NOTES[0])),
            "связь ¶3+¶4 – ¶5, изменённая у нас, заменена в их версии"
        );
        assert_eq!(
            merge_note("a note of a newer version"),
            "a note of a newer version"
        );
    }
}
