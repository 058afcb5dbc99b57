# Dialogs over the window: file dialogs (titles, filters), the modal dialogs (unsaved changes,
# path entry, progress, web archive pages, splitting a paragraph), the questions about locks,
# backups, recovery and import conflicts, and the settings dialog and file.

## File dialogs

dialog-title-open-article = New project from article
dialog-title-open-project = Open project
dialog-title-save-project = Save project as
dialog-title-import-translation = Import translation
dialog-title-fill-from-memory = Import translations
dialog-title-library = Library folder
dialog-title-dictionaries = Spelling dictionaries folder
dialog-title-export-glossary = Export the glossary
dialog-title-export-bag = Export archival package
dialog-title-export-bag-folder = Export archival package (a new folder)
dialog-title-add-capture = Add a new capture of the article
dialog-filter-articles = Articles and saved pages
dialog-filter-all = All files
dialog-filter-xliff-tmx = XLIFF and TMX
dialog-filter-projects = Diptych projects
dialog-filter-tbx = TBX glossaries
dialog-unavailable-no-portal = No file dialog could be shown (no desktop portal answered).
dialog-unavailable-stopped = The file dialog stopped unexpectedly.

## Modal dialogs: titles

modal-title-unsaved = Unsaved changes
modal-title-palette = Command palette
modal-title-translation-language = Language of the translation
modal-title-aligning = Aligning
modal-title-opening = Opening
modal-title-split = Split paragraph
modal-title-archive-page = Choose a page of the web archive
modal-title-backups = Revert to backup
modal-title-export = Export
modal-title-import-conflicts = Conflicting translations
modal-title-concordance = Concordance
modal-title-recover = Restore unsaved work?
modal-title-locked = Open in another window
modal-title-edit-term = Edit term
modal-title-add-term = Add term
modal-title-glossary = Glossary
modal-title-settings = Settings
modal-title-recapture = A new capture of the article

## Modal dialogs: contents

modal-save = Save
modal-discard = Discard
modal-cancel = Cancel
modal-ok = OK
modal-close = Close
modal-unsaved-question = “{ $title }” has changes that are not saved. Save them first?
modal-path-folder-instead = Type the folder's full path instead:
modal-path-file-instead = Type the file's full path instead:
modal-path-label = Path
modal-translation-into = { $path } is the translation into:
modal-translation-language-label = Translation language
modal-import-and-align = Import and align
modal-split-instructions = Put the cursor where the paragraph should be split, then press Enter.
modal-split-label = Paragraph to split
modal-split-at-cursor = Split at cursor
modal-archive-question = { $path } holds { $count } web pages. Which one is the article?
modal-archive-record-details = captured { $date }, { $size } KB
modal-opening = Opening { $file }…
modal-aligning = Importing and aligning { $file }…

## Backups

question-backups-none = This project has no backups yet. One is kept each time the project is saved over an earlier version.
question-backups-explanation = Each save keeps the version it replaces. Open one to look at it; saving it makes it the current version (the current file is backed up first).
question-backup-saved-at = { $stamp } UTC
question-backup-size = { $size } KB
question-backup-open = Open
question-backup-open-label = Open backup { $stamp }
question-backups-to-keep = Backups to keep per project:
question-backups-to-keep-label = Backups to keep

## Another window holds the lock

question-locked-by = { $path } is open in another Diptych: { $holder }.
question-locked-file = Its lock file is { $path }.
question-locked-read-only = It is open here read-only: you can read it, copy from it and save a copy under another name (File → Save as), but not change it.
question-locked-take-over-warning = If you are sure that other window is gone (closed on another computer, or left by a crash), you can take the project over. If it is in fact still open, the two windows will overwrite each other's work.
question-locked-keep = Keep it open read-only
question-locked-take-over = Take over
question-locked-close = Close it

## Recovery of unsaved work

question-recover-several = { $count } windows left unsaved work. Restore one of them (the others stay offered until discarded) or discard them.
question-recover-closed = Diptych was closed with unsaved work.
question-recover-closed-in = Diptych was closed with unsaved work in { $project }.
question-recover-written = Written { $when } to { $file }.
question-recover-written-earlier = Written earlier to { $file }.
question-recover-compared = Compared with what is open now:
question-recover-restore-numbered = Restore #{ $number }
question-recover-discard-numbered = Discard #{ $number }
question-recover-restore = Restore
question-recover-discard = Discard recovered work

## Import conflicts

question-conflicts-differ = { $count } translation(s) in { $path } differ from the ones here. They were left as they are; replacing them is one more undo step.
question-conflicts-row = Row
question-conflicts-here = Here
question-conflicts-in-file = In the file
question-conflicts-keep = Keep the translations here
question-conflicts-replace = Replace them with the file's

## Settings

settings-library-heading = Library folder
settings-library-explanation = Projects in it (and in the open project's folder) feed the translation memory; its tm/ folder holds memories (TMX) and its glossary/ folder glossaries.
settings-library-none = none (no home folder is set)
settings-library-default = (the default)
settings-choose = Choose…
settings-use-default = Use the default
settings-memory-heading = Translation memory
settings-match-minimum = lowest match score shown
settings-match-minimum-label = Lowest match score
settings-dictionaries-heading = Spelling dictionaries
settings-dictionaries-explanation = Hunspell dictionaries (such as en_GB.aff with en_GB.dic) are looked for in this folder, then in the library's spelling/ folder, then in /usr/share/hunspell. For Azerbaijani, the words of your own articles in the library are learned too.
settings-dictionaries-none = none chosen
settings-choose-dictionaries = Choose a dictionaries folder…
settings-use-no-folder = Use no folder
settings-unreadable = Settings in { $path } could not be read ({ $error }); using defaults.
settings-cannot-read = Cannot read settings { $path }: { $error }
settings-cannot-save = Cannot save settings to { $path }: { $error }
