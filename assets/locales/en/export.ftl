# The export dialog and the messages about an export.

export-format-txt = Plain text (.txt)
export-format-md = Markdown (.md)
export-format-html = Web page (.html)
export-format-review-html = Review copy, side by side (.review.html)
export-format-tmx = Translation memory (.tmx)
export-format-xliff = XLIFF 2.1 for other CAT tools (.xlf)
export-format-xliff12 = XLIFF 1.2 for older tools (.xliff12.xlf)
export-format-docx = Word document (.docx)
export-format-review-docx = Review table for Word (.review.docx)
export-format = Format
export-language = Language
export-also-show = Also show
export-no-other-language = no other language
export-allow-incomplete = Keep the source text where there is no translation yet
export-include-drafts = Include drafts (not only translated, reviewed and approved paragraphs)
export-sentences = Sentence pairs (split each paragraph pair with the sentence aligner)
export-replace = Replace the file if it exists (a backup of it is kept)
export-write-to = Write to
export-path = Export path
export-to-file = Export to this file
export-cancel = Cancel

export-no-target = This project has no target language to export yet (add one in the project panel).
export-busy = Another export is still being written; wait for it or cancel it first.
export-progress = Exporting { $path }
export-progress-writing = Writing
export-start-failed = cannot start exporting: { $error }
export-done = Exported { $path }
export-cancelled = The export was cancelled; { $path } was not written.
export-failed = Not exported: { $error }
