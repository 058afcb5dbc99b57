//! Why a link was made, in the interface language. Links keep their reason in English in the
//! project file ("length ratio 1.9, 2 shared names", "moved: …", "merged by hand",
//! "…; merge conflict: theirs linked ¶4 with ¶7"), written by the aligner, the link
//! operations, new captures and merges; this reads those phrases back and words them again.
//! Anything it does not know (a reason from a future version) is shown as it is.

use crate::l10n::{Arg, tr};
use crate::model::{SOURCE_CHANGED_REASON, SOURCE_REMOVED_REASON};

/// `reason` in the interface language, or as it is when it is not made of known phrases.
#[must_use]
pub fn link_reason(reason: &str) -> String {
    reason
        .split("; ")
        .map(|segment| segment_text(segment).unwrap_or_else(|| segment.to_owned()))
        .collect::<Vec<_>>()
        .join("; ")
}

fn segment_text(segment: &str) -> Option<String> {
    if let Some(rest) = segment.strip_prefix("moved: ") {
        return Some(tr::reason_moved(
            segment_text(rest).unwrap_or_else(|| rest.to_owned()),
        ));
    }
    if let Some(rest) = segment.strip_prefix("merge conflict: theirs linked ")
        && let Some((source, target)) = rest.split_once(" with ")
    {
        return Some(tr::reason_merge_conflict(
            paragraphs(source),
            paragraphs(target),
        ));
    }
    if let Some(text) = fixed_phrase(segment) {
        return Some(text);
    }
    scored_parts(segment)
}

/// `¶3+¶4`, or "nothing" in the interface language.
pub(crate) fn paragraphs(ids: &str) -> String {
    if ids == "nothing" {
        tr::reason_no_paragraph()
    } else {
        ids.to_owned()
    }
}

fn fixed_phrase(phrase: &str) -> Option<String> {
    Some(match phrase {
        "not in the source" => tr::reason_not_in_source(),
        "no counterpart in the translation" => tr::reason_no_counterpart(),
        "unlinked" => tr::reason_unlinked(),
        "merged by hand" => tr::reason_merged_by_hand(),
        "swapped by hand" => tr::reason_swapped_by_hand(),
        "shifted by hand" => tr::reason_shifted_by_hand(),
        "empty cell inserted by hand" => tr::reason_empty_cell_by_hand(),
        "paragraph split by hand" => tr::reason_split_by_hand(),
        "new in this capture" => tr::reason_new_in_capture(),
        "left without a counterpart by a merge" => tr::reason_left_by_merge(),
        "a paragraph of this link was removed by a merge" => tr::reason_removed_by_merge(),
        _ if phrase == SOURCE_CHANGED_REASON => tr::reason_source_changed(),
        _ if phrase == SOURCE_REMOVED_REASON => tr::reason_source_removed(),
        _ => return None,
    })
}

/// One part of the aligner's reason, as it starts.
enum Part {
    LengthRatio(f64),
    NumbersDiffer(String),
    SharedNumbers(u64),
    SharedNames(u64),
}

fn part_start(token: &str) -> Option<Part> {
    if let Some(ratio) = token.strip_prefix("length ratio ") {
        return ratio.parse().ok().map(Part::LengthRatio);
    }
    if let Some(values) = token.strip_prefix("numbers differ: ") {
        return Some(Part::NumbersDiffer(values.to_owned()));
    }
    let (count, rest) = token.split_once(' ')?;
    let count: u64 = count.parse().ok()?;
    match rest {
        "shared number" | "shared numbers" => Some(Part::SharedNumbers(count)),
        "shared name" | "shared names" => Some(Part::SharedNames(count)),
        _ => None,
    }
}

/// The aligner's "length ratio 1.9, numbers differ: 15:00, 16:00 vs 17:00, 2 shared names":
/// parts joined by ", ", where the differing numbers are joined by ", " too.
fn scored_parts(text: &str) -> Option<String> {
    let mut parts: Vec<Part> = Vec::new();
    for token in text.split(", ") {
        match part_start(token) {
            Some(part) => parts.push(part),
            None => match parts.last_mut() {
                Some(Part::NumbersDiffer(values)) => {
                    values.push_str(", ");
                    values.push_str(token);
                }
                _ => return None,
            },
        }
    }
    let mut words = Vec::with_capacity(parts.len());
    for part in parts {
        words.push(match part {
            Part::LengthRatio(ratio) => tr::reason_length_ratio(Arg::decimal(ratio, 1)),
            Part::NumbersDiffer(values) => {
                let (source, target) = values.split_once(" vs ")?;
                tr::reason_numbers_differ(source, target)
            }
            Part::SharedNumbers(count) => tr::reason_shared_numbers(count),
            Part::SharedNames(count) => tr::reason_shared_names(count),
        });
    }
    (!words.is_empty()).then(|| words.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::{Language, with_language};

    #[test]
    fn the_aligners_reasons_are_worded_again() {
        let reason =
            "moved: length ratio 1.9, numbers differ: 15:00, 16:00 vs 17:00, 2 shared names";
        assert_eq!(
            with_language(Language::English, || link_reason(reason)),
            reason
        );
        assert_eq!(
            with_language(Language::Russian, || link_reason(reason)),
            "перемещена: соотношение длин 1,9, числа расходятся: в оригинале 15:00, 16:00, в переводе 17:00, общих имён: 2"
        );
        assert_eq!(
            with_language(Language::Azerbaijani, || link_reason("1 shared number")),
            "ortaq rəqəm: 1"
        );
    }

    #[test]
    fn hand_edits_captures_and_merges_are_worded_again() {
        let reason = "merged by hand; merge conflict: theirs linked ¶4 with nothing";
        assert_eq!(
            with_language(Language::English, || link_reason(reason)),
            reason
        );
        assert_eq!(
            with_language(Language::Russian, || link_reason(reason)),
            "объединена вручную; конфликт слияния: в их версии связаны ¶4 и (ничего)"
        );
        assert_eq!(
            with_language(Language::Azerbaijani, || link_reason(SOURCE_CHANGED_REASON)),
            "mənbə abzası yeni surətdə dəyişib"
        );
    }

    #[test]
    fn unknown_reasons_are_shown_as_they_are() {
        for reason in [
            "",
            "aligned by a future version",
            "length ratio x",
            "3 shared ideas",
        ] {
            assert_eq!(
                with_language(Language::Russian, || link_reason(reason)),
                reason
            );
        }
    }
}
