# Working together: merge conflicts (in the grid and the project panel), the History panel,
# the project panel, and Sync with git.

conflict-ours-status = Ours ({ $status })
conflict-theirs-status = Theirs ({ $status })
conflict-ours-note = Ours's note:
conflict-theirs-note = Theirs's note:
conflict-empty = (empty)
conflict-no-note = (none)
conflict-title = ⚠ Merge conflict: two versions of this translation
conflict-tooltip =
    Two people changed it differently. The row shows ours until you choose.
    Base (before both): { $base }
conflict-accessible = Conflict { $id }
conflict-ours-hint = Keep our version of what conflicts
conflict-theirs-hint = Take their version of what conflicts
conflict-as-edited-hint = Keep what the field holds now (ours, or what you typed since)
conflict-resolution-accessible = { $resolution } { $name }
conflict-metadata-title = ⚠ { $field }: two versions from a merge
conflict-ours = Ours
conflict-theirs = Theirs
conflict-base = Base

history-title = History
history-unsaved = Save the project in a git working tree to see its history.
history-reading-log = Reading the history from git…
history-no-history = No history: { $error }
history-commit-count = { $count } commit(s) of the project
history-select-row = Select a row to see who changed its translation when.
history-row-title = ¶{ $id } in { $language }
history-reading = Reading…
history-no-changes = No commit has changed this translation.
history-empty = (empty)
history-status-note = { $status } · note: { $note }
history-restore = Restore
history-restore-tooltip = Make this version the row's translation again (one undo step)
history-restore-disabled = The row holds this version now
history-restore-accessible = Restore version { $number }

project-article = Article
project-targets = Target languages
project-original = Original
project-captures = Captures
project-source = Source: { $name } ({ $code })
project-edited-count = { $count } edited
project-remove = Remove
project-remove-accessible = Remove { $language }
project-remove-tooltip = Remove this language and its translations (Ctrl+Z brings them back)
project-new-target-hint = e.g. de, tr
project-new-target-accessible = New target language
project-add-language = Add language

sync-read-only = This project is open read-only (another Diptych holds it); Sync from there.
sync-running = A Sync is running already.
sync-not-started = Sync did not start: { $error }
sync-failed = Sync failed: { $error }
sync-other-project = Synced { $path } (no longer open here).
sync-outcome = Sync: { $outcome }
sync-merge-refused = The others' work is merged in the file, but not into what you typed during the Sync ({ $refusal }). Save a copy under another name, then reopen the project.
