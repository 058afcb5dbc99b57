# The translation memory: the Matches panel, the concordance dialog, pre-translation, and
# reading a memory or an XLIFF file into the project.

matches-summary-building = Building the translation memory…
matches-summary-not-built = The translation memory was not built.
matches-summary-stopped = The translation memory was not built (stopped).
matches-summary = { $segments } segment(s) from { $projects } project(s) and { $memories } memory file(s)
matches-summary-unreadable = { $segments } segment(s) from { $projects } project(s) and { $memories } memory file(s); { $unreadable } file(s) could not be read (rest the pointer here to see which)

matches-heading = Matches
matches-build = Build the memory
matches-select-row = Select a row to see the memory's matches for it.
matches-none = No match of { $minimum }% or more for this row.
matches-score = { $score }%
matches-insert = Insert (Ctrl+{ $number })
matches-insert-tooltip = Put this translation into the selected row
matches-numbers-differ = ⚠ Its numbers are the match's, not this row's: check them after inserting.
matches-details = { $origin } · words { $words }%, all tokens { $all }%
matches-details-dated = { $origin } · { $date } · words { $words }%, all tokens { $all }%
matches-build-failed = cannot build the translation memory: { $error }
matches-no-match = There is no match { $number } for this row (open the Matches panel: Ctrl+M).

concordance-hint = a word or phrase, in either language
concordance-search = Concordance search
concordance-searching = Searching… (a memory still being built is searched once it is there)
concordance-searching-count = Searching… { $count } pair(s) so far
concordance-found = { $count } pair(s) with «{ $phrase }»
concordance-close = Close

memory-pretranslate-stale = The pre-translation was not applied: the project changed (or became read-only) while it ran. Pre-translate again.
memory-pretranslated-undo = { $report }. Ctrl+Z takes them all back.
memory-still-reading = A memory is still being read; wait for it or cancel it first.
memory-start-failed = cannot start reading: { $error }
memory-not-used = { $path } was not used: the project changed (or became read-only) while it was read. Fill from it again.
memory-filled = { $path } ({ $units } units): { $report }.
memory-filled-drafts = { $path } ({ $units } units): { $report }. Filled translations are drafts; Ctrl+Z takes them all back.
memory-dropped-markup = { $count } inline element(s) were dropped; their text was kept.
memory-import-undo = Ctrl+Z takes the whole import back.
memory-replaced = { $count } translation(s) replaced with the file's.
memory-changed-since = { $count } changed here since the file was read and were left as they are.
memory-replaced-undo = Ctrl+Z takes them back.
