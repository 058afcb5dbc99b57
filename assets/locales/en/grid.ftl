# The translation grid (one row per source paragraph) and the editing commands' messages.

grid-no-paragraphs = This project has no paragraphs.
grid-qa-mark-tooltip = QA: { $severity } in this row (F7 shows the findings)
grid-qa-mark-accessible = QA { $severity } { $id }
grid-kind-tooltip = Paragraph kind: junk, duplicate, teaser and footer are not translated
grid-kind-accessible = Kind { $id }
grid-not-translated = Not translated ({ $kind }).
grid-add-target = Add a target language to translate.
grid-stale-title = ⟳ Stale: a new capture changed the source
grid-stale-tooltip =
    The translation follows the earlier text:
    { $earlier }

    Edit it and confirm the row (Ctrl+Enter), or keep it as it is.
grid-stale-accessible = Stale { $id }
grid-keep-translation = Keep the translation
grid-keep-translation-tooltip = The translation is right for the new text as it is
grid-keep-translation-accessible = Keep translation { $id }
grid-term-forbidden = ✗ { $source } → { $target } (forbidden)
grid-terms-panel-hint = Terms panel: Ctrl+Shift+T
grid-translation-hint = { $language } translation
grid-translation-accessible = Translation { $language } { $id }
grid-status-accessible = Status { $language } { $id }
grid-note-hint = Note
grid-note-accessible = Note { $language } { $id }

edit-refused = Could not change the project: { $error }
edit-target-removed = Removed { $language }; Ctrl+Z brings it back.
edit-is-source-language = { $language } is the source language
edit-already-target = { $language } is already a target
edit-undo-failed = Cannot undo/redo: { $error }
edit-redecoded = Read the original again as { $encoding }: { $count } paragraphs.
edit-redecoded-dropped = { $count } translations of paragraphs that no longer exist were removed (Ctrl+Z brings them back).
edit-redecode-failed = Cannot read the original as { $encoding }: { $error }
