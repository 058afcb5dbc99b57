# The library's reports as the window says them: locks, Sync, recovery, XLIFF imports.

describe-lock-starting = another Diptych process, which is just starting
describe-lock-holder = process { $pid } on { $host }
describe-lock-holder-since = process { $pid } on { $host }, since { $since }

describe-sync-set-up = set this clone up to merge projects per record (git-setup)
describe-sync-committed = committed: { $message }
describe-sync-nothing-to-commit = nothing new to commit
describe-sync-detached = no branch is checked out (detached HEAD): the work is committed here, nothing pulled or pushed
describe-sync-no-remote = the branch { $branch } has no remote to sync with (git remote add origin URL): the work is committed here
describe-sync-up-to-date = up to date with the others
describe-sync-merged = merged the others' work into the project
describe-sync-merged-unchanged = merged the others' commits (the project was not changed by them)
describe-sync-note = note: { $note }
describe-sync-conflicted = merged, keeping { $count } conflict(s) with both versions: choose in the window, save, and Sync again to finish the merge
describe-sync-conflicts-left = { $count } merge conflict(s) to resolve
describe-sync-offline = offline: the remote could not be reached ({ $reason }); the work is committed here and goes out with the next Sync
describe-sync-merge-failed = git could not merge: { $reason }
describe-sync-merge-failed-short = the merge did not go through; the local work is committed
describe-sync-pushed = pushed { $count } commit(s)
describe-sync-not-pushed-offline = not pushed (offline: { $reason })
describe-sync-not-pushed = not pushed: { $reason }
describe-sync-push-failed = the push failed

describe-recovery-translations = { $count ->
    [one] { $count } { $language } translation differs
   *[other] { $count } { $language } translations differ
}
describe-recovery-metadata = metadata differs: { $fields }
describe-recovery-targets = the target languages differ
describe-recovery-source = the source differs ({ $saved } paragraphs saved, { $recovered } recovered)
describe-recovery-aligned = the aligned translations or their links differ
describe-recovery-row = row { $row }
describe-recovery-paragraph-id = paragraph id { $id }

describe-xliff-counts = { $updated } updated, { $unchanged } unchanged, { $conflicts } conflict(s), { $unknown } unknown unit(s)
describe-xliff-source-changed = { $count } unit(s) whose source text was changed here since the export (left alone)
describe-xliff-other-language = { $count } unit(s) in another language (left out)
describe-xliff-excluded = { $count } translation(s) of paragraphs not translated in this project (left out)
describe-xliff-repeated = { $count } unit(s) naming a paragraph again (the last one counted)

report-fill = { $filled } filled from exact matches (as drafts), { $translated } already translated, { $unmatched } without a match
report-fill-ambiguous = , { $count } left empty because the memory translates them in different ways
report-pretranslate = { $language }: { $filled } empty translation(s) filled as drafts ({ $exact } exact, { $fuzzy } fuzzy at { $minimum }% or more, each with a note naming its match), { $without } without a match
report-pretranslate-numbers = ; { $count } left empty: their best match has other numbers, which could not be carried into its translation safely
report-bag = Wrote the archival package { $path } ({ $files } files, { $bytes } bytes of payload).
report-glossary-exported = { $pairs } term pair(s) written to { $path } (TBX-Basic)
report-glossary-dropped = ; { $count } character(s) XML cannot carry were left out
report-memory-looking-for-cache = Looking for the memory's cache
report-memory-reading = Reading { $path }
report-memory-units = { $file }: { $read } of { $total } units
report-memory-writing-cache = Writing the memory's cache
report-memory-indexed = Indexed
report-library-looking-through = Looking through the library
report-library-indexing = Indexing the library: { $taken } of { $total } projects
