# Why an export was not made or not written, and notes on one that was, as the window says them
# (naming the export dialog's choices, not the command line's flags).

explain-not-a-target = { $language } is not a target language of this project (its targets: { $targets })
explain-untranslated = { $count } paragraph(s) have no { $language } translation yet: { $list }; translate them, or choose “{ export-allow-incomplete }” in the export dialog
explain-untranslated-row = row { $row } «{ $excerpt }»
explain-untranslated-more = and { $count } more
explain-nothing-to-export = this project has nothing to deliver: every paragraph is of a kind that is not translated (junk, teaser, footer, duplicate); change a paragraph's kind first
explain-empty-memory = no paragraph or alignment link has a finished translation (translated or better) yet, so the memory would be empty; confirm some translations, or choose "Include drafts"
explain-cannot-write = cannot write { $path }: { $reason }
explain-exists = { $path } already exists; choose to replace it (a backup of it is kept)
explain-is-project = { $path } is a Diptych project; an export will not replace it. Write to another file.
explain-backup-failed = { $path } could not be backed up, so it was not overwritten: { $reason }

explain-source-kept = { $count } paragraph(s) have no { $language } translation: their source text was kept
explain-stale = { $count } { $language } translation(s) follow an earlier capture of the article (stale): their source has changed since
explain-conflicts = { $count } { $language } translation(s) have two versions from a merge, not resolved yet: ours was delivered
explain-dropped = { $count } control character(s) XML cannot carry were left out

explain-cannot-read = cannot read { $path }: { $reason }
explain-not-text = { $path } is not a text file (invalid UTF-8 at byte { $offset })
explain-syntax = { $path }:{ $line }:{ $column }: { $message }
explain-newer-version = { $path } was written by a newer Diptych (project format version { $found }); this build reads versions up to { $current }. Please update Diptych.
explain-unknown-version = { $path }: project format version { $found } is not a version Diptych ever wrote
explain-inconsistent = { $path }: the project is inconsistent: { $problem }
explain-with-path = { $path }: { $reason }
explain-too-large = { $path }: the text is { $size } MB; plain-text articles are imported up to { $limit } MB
explain-no-text = { $path }: the file has no text to import (only white space)
explain-no-such-record = { $path } has no page { $url }
explain-empty-file = the file is empty
explain-binary = this looks like a binary file, not a text article
explain-unsupported-encoding = the file is neither UTF-8 nor a known legacy encoding (detected { $detected })
explain-not-reproducible = the file is not valid { $encoding } text, or would not be kept byte for byte; it was not imported so that nothing of it is lost
explain-invalid-utf16 = the UTF-16 text is damaged (odd length or an unpaired surrogate)

explain-sync-other-conflicts = other files are in conflict ({ $files }); finish that merge in git first
explain-sync-unreadable = the merged project does not open: { $reason }
explain-sync-unresolved = { $count } merge conflict(s) are still to resolve: nothing was committed or pushed (choose a version in each conflicted row, save, then Sync)
explain-sync-merge-undone = the saved project leaves out { $count } change(s) the merge brought in (for example { $example }): was the merge undone? Nothing was committed; redo it (Ctrl+Y) and Sync, or finish the merge with git if dropping them is meant
explain-sync-unmerged = git left the project unmerged and the two versions cannot be merged per record (both changed its source): nothing was committed. Abort the merge (git merge --abort) and redo one side's change in Diptych, or choose a version (git checkout --ours or --theirs FILE, then git add FILE) and Sync
explain-sync-other-unresolved = { $project } (another project of this working tree) has merge conflicts still to resolve: nothing was committed; open it in Diptych, choose, save, then Sync
explain-sync-detached = no branch is checked out (detached HEAD): nothing was committed; check out a branch (git switch main) and Sync again
explain-git-not-installed = git is not installed (or not on PATH): { $reason }
explain-git-not-a-repository = { $path } is not in a git working tree (clone the team's repository, or git init there, then diptych git-setup)
explain-git-no-such-file = { $path } does not exist
explain-git-outside = { $project } is outside the working tree { $top }
explain-git-failed = git { $command } failed: { $message }

explain-note-encoding = encoding: { $decision }
explain-note-fallback = the visible page holds almost no article text; the article ({ $words } words) was taken from { $source }
explain-source-noscript = its <noscript> version
explain-source-json-ld = the page's JSON-LD articleBody
explain-note-few-words = only { $words } words of article text were found in a { $kilobytes } KB page (it may be loaded by scripts, which Diptych never runs); the whole page is kept as the original

explain-io-not-found = there is no such file or folder
explain-io-permission-denied = permission denied
explain-io-storage-full = the disk is full
explain-io-read-only = the file system is read-only
explain-not-regular = it is { $kind }; Diptych reads and writes only regular files
explain-not-regular-reached = { $path } (where it leads) is { $kind }; Diptych reads and writes only regular files
explain-kind-fifo = a named pipe (FIFO)
explain-kind-socket = a socket
explain-kind-device = a device
explain-kind-folder = a folder
explain-kind-other = not a regular file
