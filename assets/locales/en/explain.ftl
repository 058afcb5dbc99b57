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
