//! The word-by-word difference of two texts: pieces kept, removed and added, cut at word
//! boundaries with figures (`15:00`, `1,5`) whole.

use unicode_segmentation::UnicodeSegmentation;

/// What a piece of a word-by-word difference is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffPieceKind {
    /// In both texts.
    Kept,
    /// Only in the older text.
    Removed,
    /// Only in the newer text.
    Added,
}

impl DiffPieceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Kept => "kept",
            Self::Removed => "removed",
            Self::Added => "added",
        }
    }
}

/// A run of text in a word-by-word difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffPiece {
    pub kind: DiffPieceKind,
    pub text: String,
}

/// A text cut at word boundaries, with figures written with separators (`15:00`, `1,5`,
/// `40.000`, `20/11`) kept whole; the pieces spell the text.
pub(super) fn diff_tokens(text: &str) -> Vec<&str> {
    let bounds: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
    let digit_start = |piece: &str| piece.chars().next().is_some_and(|ch| ch.is_ascii_digit());
    let digit_end = |piece: &str| piece.chars().last().is_some_and(|ch| ch.is_ascii_digit());
    let mut tokens: Vec<&str> = Vec::with_capacity(bounds.len());
    let mut k = 0;
    while k < bounds.len() {
        let (start, mut piece) = bounds[k];
        let mut end = start + piece.len();
        k += 1;
        while digit_end(piece)
            && k + 1 < bounds.len()
            && matches!(bounds[k].1, ":" | "." | "," | "/" | "-")
            && digit_start(bounds[k + 1].1)
        {
            end = bounds[k + 1].0 + bounds[k + 1].1.len();
            piece = bounds[k + 1].1;
            k += 2;
        }
        tokens.push(&text[start..end]);
    }
    tokens
}

/// The word-by-word difference of two texts: the kept and removed pieces spell the old text,
/// the kept and added pieces the new one. A changed word is shown removed, then added.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPiece> {
    let old_pieces = diff_tokens(old);
    let new_pieces = diff_tokens(new);
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &old_pieces, &new_pieces);
    let mut out: Vec<DiffPiece> = Vec::new();
    let mut push = |kind: DiffPieceKind, pieces: &[&str]| {
        if pieces.is_empty() {
            return;
        }
        let text: String = pieces.concat();
        match out.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(&text),
            _ => out.push(DiffPiece { kind, text }),
        }
    };
    for op in ops {
        match op {
            similar::DiffOp::Equal { old_index, len, .. } => {
                push(DiffPieceKind::Kept, &old_pieces[old_index..old_index + len]);
            }
            similar::DiffOp::Delete {
                old_index, old_len, ..
            } => push(
                DiffPieceKind::Removed,
                &old_pieces[old_index..old_index + old_len],
            ),
            similar::DiffOp::Insert {
                new_index, new_len, ..
            } => push(
                DiffPieceKind::Added,
                &new_pieces[new_index..new_index + new_len],
            ),
            similar::DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push(
                    DiffPieceKind::Removed,
                    &old_pieces[old_index..old_index + old_len],
                );
                push(
                    DiffPieceKind::Added,
                    &new_pieces[new_index..new_index + new_len],
                );
            }
        }
    }
    out
}
