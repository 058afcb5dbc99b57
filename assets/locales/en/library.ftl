# The library screen (every project of the library, its search, the files dropped on it) and
# the background jobs that read or write the library.

## The table

library-col-title = Title
library-outlet = Outlet
library-col-lang = Lang
library-col-targets = Targets
library-published = Published
library-col-captured = Captured
library-col-captures = Captures
library-tags = Tags
library-col-modified = Modified
library-col-address = Address
library-sort-tooltip = Sort by this column (again: the other way)
library-open-tooltip =
    Open { $path }
    { $note }
library-target-progress = { $lang }: { $done } of { $total } paragraphs done, { $started } started
library-aligned-tooltip = A translation into { $language } aligned with the source
library-stale-tooltip = { $count } translation(s) follow an earlier capture of the article
library-edit-tooltip = Edit the tags and note
library-edit-label = Edit the tags of { $title }

## Search and filters

library-search-hint = Search every article: words, "a phrase"
library-search-label = Search the library
library-search-tooltip = Every word must be in the paragraph, in any inflected form; words in quotes must stand together
library-filter-language = Language
library-filter-all = all
library-filter-status = Status
library-filter-tag = Tag
library-filter-from = from
library-filter-to = to
library-refresh = Refresh
library-back = Back to the project
library-no-folder = no library folder
library-summary = { $count } project(s) in { $folder }; { $shown } shown
library-indexing = indexing…
library-unreadable = · { $count } file(s) could not be read
library-drop-hint = · drop articles here to add them
library-status-untranslated = untranslated
library-status-in-progress = in progress
library-status-done = done
library-status-stale = stale
library-searching = Searching once the library is indexed…
library-nothing-found = Nothing found. Every word must be in one paragraph (in any form); try fewer words.
library-hit-tooltip = Open { $path } at this paragraph
library-hit-details = { $lang } · { $field } · { $score }
library-field-metadata = metadata
library-field-source = source
library-field-translation = translation
library-field-aligned = aligned

## Files dropped on the library

library-added-heading = Added to the library
library-dismiss = Dismiss
library-added-as = ✔ { $name }: added as “{ $title }”
library-open = Open
library-saved-already = ● { $name }: saved already
library-duplicate-as = as “{ $title }” ({ $reasons })
library-same-address = the same address
library-same-file = the same original file
library-same-text = the same text
library-near-text = nearly the same text ({ $share }% of it shared)
library-open-it = Open it
library-add-capture = Add as a new capture
library-add-capture-tooltip = Open it and compare this file with its article: what changed is shown before it becomes current
library-import-separately = Import separately
library-import-separately-tooltip = Import it anyway, as a project of its own
library-added-toast = Library: { $new } added, { $saved } saved already, { $failed } not added (see the library screen).
library-busy-indexing = The library is busy indexing; drop the files again when it is done.
library-no-folder-toast = There is no library folder: choose one in File → Settings.
library-cannot-index = cannot index the library: { $error }

## A project's tags and note

library-describe-heading = Tags and note of “{ $title }”
library-tags-hint = comma-separated, e.g. transport, Baku
library-tags-label = Tags of the project
library-note = Note
library-note-label = Note on the project
library-save-description = Save tags and note
library-save-description-tooltip = Written into the project file (after a backup)
library-cancel = Cancel
library-described-open = The tags and note are set in the open project; they are kept when it is saved.
library-busy-describing = The library is busy; set the tags again when it is done.
library-cannot-describe = cannot set the tags: { $error }
library-described = Tags and note saved in { $path }.

## Background jobs

library-cannot-write-package = cannot write the archival package: { $error }
library-job-package = Writing the archival package { $path }
library-job-package-lost = writing the package stopped unexpectedly
library-job-capture = Reading the new capture { $path }
library-job-capture-lost = reading the new capture stopped unexpectedly
library-job-indexing = Indexing the library
library-job-adding = Adding { $count } file(s) to the library
library-job-adding-file = Adding { $path } to the library
library-job-describe = Setting the tags of { $path }
library-job-stopped = stopped
library-job-memory = Building the { $from }→{ $to } translation memory
library-job-concordance = Preparing the concordance
library-job-pretranslate = Pre-translating into { $language }
library-job-empty-rows = Looking up every empty row
library-job-glossaries = Reading the { $from }→{ $to } glossaries
library-job-glossary-write = Writing the glossary
library-job-glossary-export = Exporting the glossary to { $path }
library-job-glossary-export-lost = exporting the glossary stopped unexpectedly
