# Why a link was made, as the alignment review's tooltips say it (the project file keeps the
# English words).

reason-moved = moved: { $reason }
reason-merge-conflict = merge conflict: theirs linked { $source } with { $target }
reason-no-paragraph = nothing
reason-not-in-source = not in the source
reason-no-counterpart = no counterpart in the translation
reason-unlinked = unlinked
reason-merged-by-hand = merged by hand
reason-swapped-by-hand = swapped by hand
reason-shifted-by-hand = shifted by hand
reason-empty-cell-by-hand = empty cell inserted by hand
reason-split-by-hand = paragraph split by hand
reason-new-in-capture = new in this capture
reason-left-by-merge = left without a counterpart by a merge
reason-removed-by-merge = a paragraph of this link was removed by a merge
reason-source-changed = the source paragraph changed in a new capture
reason-source-removed = a source paragraph was removed in a new capture
reason-length-ratio = length ratio { $ratio }
reason-numbers-differ = numbers differ: { $source } vs { $target }
reason-shared-numbers = { $count ->
    [one] { $count } shared number
   *[other] { $count } shared numbers
}
reason-shared-names = { $count ->
    [one] { $count } shared name
   *[other] { $count } shared names
}
