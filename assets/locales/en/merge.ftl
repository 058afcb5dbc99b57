# The merge driver's notes after a Sync: what it chose without a conflict.

merge-note-ours-replaced = the link { $source } – { $target } changed on our side was replaced on theirs
merge-note-theirs-replaced = the link { $source } – { $target } changed on their side was replaced on ours
merge-note-theirs-removed-target = theirs removed the target { $language }, but ours changed it: it stays
merge-note-ours-removed-target = ours removed the target { $language }, but theirs changed it: it stays
merge-note-link-lost-paragraph = { $language }: a link lost a paragraph the merged article no longer has; it is proposed again
merge-note-paragraph-unlinked = { $language }: { $paragraph } was left in no link by the merge; it has one of its own, proposed
merge-note-our-status-left = { $language } { $paragraph }: ours' status change was for the text the other side rewrote; the status follows the new text
merge-note-their-status-left = { $language } { $paragraph }: theirs' status change was for the text the other side rewrote; the status follows the new text
