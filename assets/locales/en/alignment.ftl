# The alignment review: links between source and translation paragraphs, their filters and
# columns, the sentences of a link, and the link operations' messages.

align-filter-unconfirmed = unconfirmed
align-filter-low-confidence = low confidence
align-filter-not-one-to-one = not 1:1
align-filter-moved = moved
align-sentences-title = Sentences of link { $number }
align-no-match = No link matches the filters.
align-summary = { $links } links · { $confirmed } confirmed · { $low } low confidence · { $uneven } not 1:1 · { $moved } moved
align-show-only = Show only:
align-columns = Columns: { $source } | { $target } |
align-confidence-tooltip = Confidence { $confidence }: { $reason }
align-confidence-tooltip-state = Confidence { $confidence }: { $reason } ({ $state })
align-moved-mark = moved
align-continued = ↑ continued from the row above
align-no-counterpart = — no counterpart —
align-split-tooltip = Double-click to split this paragraph
align-source-accessible = source { $id } of link { $link }
align-target-accessible = target { $id } of link { $link }
align-column-accessible = { $language } { $id } of link { $link }
align-finished = Aligned { $links } links: { $uneven } not 1:1, { $moved } moved, { $low } low confidence.
align-side-empty = That side of the link is empty.
align-not-applicable = That operation does not apply to this link.
align-split-failed = Cannot split: { $error }
align-split-cursor = Put the cursor inside the text: both parts must keep some of it.
