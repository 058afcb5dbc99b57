# The glossary: the Terms panel, the Add/Edit term dialog, the Glossary dialog and the
# glossary's messages.

glossary-summary-reading = Reading the glossaries…
glossary-summary-not-read = The glossaries were not read.
glossary-summary-stopped = The glossaries were not read (stopped).
glossary-summary = { $pairs } term pair(s) from { $files } file(s)
glossary-summary-unreadable = { $pairs } term pair(s) from { $files } file(s); could not read: { $unreadable }

glossary-term-label = Term ({ $language })
glossary-term-hint = as the source writes it, e.g. unauthorized rally
glossary-source-term = Source term
glossary-translation-label = Translation ({ $language })
glossary-target-term = Target term
glossary-note = Note
glossary-note-hint = for translators (optional)
glossary-term-note = Term note
glossary-forbidden = Forbidden: this translation must not be used
glossary-inflected-forms = Terms are found in any inflected form (президента, prezidentlə).
glossary-save = Save
glossary-add = Add
glossary-cancel = Cancel

glossary-choose-target = Choose a target language to see its glossary.
glossary-close = Close
glossary-filter-hint = filter: a word of either term or the note
glossary-filter = Glossary filter
glossary-add-term = Add term… ({ $shortcut })
glossary-export-tbx = Export as TBX…
glossary-export-tbx-tooltip = Write every term pair of these languages to one TBX-Basic file
glossary-shown = { $shown } of { $total } term pair(s)
glossary-file = File
glossary-really-delete = Really delete
glossary-keep = Keep
glossary-edit = Edit
glossary-edit-pair = Edit { $pair }
glossary-delete = Delete
glossary-delete-pair = Delete { $pair }
glossary-read-only = read-only
glossary-read-only-tooltip = From a file you added to the library's glossary folder; edit that file, or add the term here to keep your own version

glossary-load-failed = cannot read the glossaries: { $error }
glossary-choose-target-first = Choose a target language first: a term pairs the source with it.
glossary-no-library = There is no library folder to keep the glossary in: choose one in the settings.
glossary-change-failed = cannot change the glossary now: { $error }
glossary-export-not-read = The glossary is not read yet; export it once the Terms panel shows its terms.
glossary-export-failed = cannot export the glossary now: { $error }
glossary-added = Added “{ $source }” → “{ $target }”: { $file } has { $count } term pair(s).
glossary-changed = Changed “{ $source }” → “{ $target }”: { $file } has { $count } term pair(s).
glossary-deleted = Deleted “{ $source }” → “{ $target }” (the file before is in its .diptych-backups folder): { $file } has { $count } term pair(s).

terms-heading = Terms
terms-glossary = Glossary…
terms-choose-target = Choose a target language to see its terms.
terms-select-row = Select a row to see the glossary's terms in it.
terms-none = No glossary term in this row.
terms-forbidden = Forbidden: do not use this translation
terms-forbidden-used = used in the translation!
terms-insert-tooltip = Put this term into the translation at the cursor
terms-insert-label = Insert term { $term }
terms-used = ✔ used
terms-not-used = not used yet
terms-edit-label = Edit term { $source } → { $target }
