# The QA panel (quality checks and their findings) and spelling: the dictionaries, the
# translation editor's menu for misspelt words and the personal word list.

qa-panel-title = Quality checks
qa-counts = { $errors } error(s) · { $warnings } warning(s) · { $notes } note(s)
qa-check-now = Check now
qa-check-now-tooltip = Run every check on the whole project again
qa-filter-all = All findings
qa-filter-warnings = Warnings and errors
qa-filter-errors = Errors only
qa-filter-severity-label = QA severity
qa-all-languages = All languages
qa-filter-language-label = QA language
qa-nothing-found = Nothing found.
qa-nothing-found-filtered = Nothing found that the filters show.

# A group of findings: a severity mark, the check's name and how many it found.
qa-group-title = { $mark } { $check } ({ $count })
# Where a finding is: a language code and a place below.
qa-finding-place = { $language } { $place }
qa-place-paragraph = paragraph { $id }
qa-place-row = row { $row }
qa-place-changed-link = a changed link
qa-place-link = link { $link }
qa-go-to-tooltip = Show this row or link
qa-go-to-label = Go to { $place } { $check }
qa-ignore = Ignore
qa-ignore-tooltip = Stop reporting this finding here (kept in the project)
qa-ignore-label = Ignore { $place } { $check }
qa-link-changed = That link has changed since it was checked; the findings are being updated.

qa-ignored-title = Ignored in this project ({ $count })
# An ignored finding: language code, place, check name and the finding's own message.
qa-ignored-line = { $language } { $place } · { $check }: { $message }
qa-report-again = Report again
qa-report-again-tooltip = Stop ignoring this finding
qa-report-again-label = Report again { $language } { $place } { $check }
qa-ignored-more = … and { $count } more
qa-report-all-again = Report them all again
qa-report-all-again-tooltip = Stop ignoring every finding of this project (Ctrl+Z takes it back)
qa-checks-title = Checks in this project

# The checks: their names (as the command line knows them) and what each looks for.
qa-check-numbers = numbers
qa-check-numbers-description = figures, times, dates and months differ
qa-check-names = names
qa-check-names-description = a name of one side is missing in the other
qa-check-urls = urls
qa-check-urls-description = a link or e-mail address is missing
qa-check-empty = empty
qa-check-empty-description = a translation marked done is empty
qa-check-missing = missing
qa-check-missing-description = a paragraph has no counterpart in the aligned translation
qa-check-identical = identical
qa-check-identical-description = the translation is the source, untranslated
qa-check-script = script
qa-check-script-description = the translation is in the wrong script
qa-check-punctuation = punctuation
qa-check-punctuation-description = the final punctuation differs
qa-check-brackets = brackets
qa-check-brackets-description = brackets or quotation marks are unpaired
qa-check-quotes = quotes
qa-check-quotes-description = quotation marks are not the language's
qa-check-spaces = spaces
qa-check-spaces-description = double spaces, a space before punctuation, spaces at the ends
qa-check-dash = dash
qa-check-dash-description = a hyphen where a dash is expected
qa-check-doubled = doubled
qa-check-doubled-description = a word written twice
qa-check-length = length
qa-check-length-description = the translation is far longer or shorter than usual
qa-check-glossary = glossary
qa-check-glossary-description = a glossary term is not used, or a forbidden one is
qa-check-consistency = consistency
qa-check-consistency-description = one source translated two ways, or one translation for two sources
qa-check-spelling = spelling
qa-check-spelling-description = a word the language's dictionary does not know
qa-check-stale = stale
qa-check-stale-description = a new capture changed the source after it was translated
qa-check-conflict = conflict
qa-check-conflict-description = two merged versions changed the translation differently

qa-spelling-title = Spelling dictionaries
# A language's name and where its dictionary comes from (or why there is none).
qa-spelling-line = { $language }: { $origin }
qa-dictionaries-folder = Dictionaries folder…
qa-dictionaries-folder-tooltip = A folder of Hunspell dictionaries (.aff and .dic) to use first

spelling-reading = reading the dictionary…
spelling-reading-stopped = reading the dictionary stopped
# $code: a language code, part of a Debian package name.
spelling-no-dictionary = not checked: no usable dictionary (Debian: hunspell-{ $code }; or choose a folder in Settings)
spelling-cannot-read = cannot read the dictionary: { $error }
spelling-word-list-stopped = Writing to { $list } stopped unexpectedly
spelling-word-list-failed = Cannot add the word to { $list }: { $error } (it passes until Diptych closes)
spelling-not-dictionary-folder = { $folder } is not a folder of dictionaries
spelling-no-library = There is no library to keep the word list in; “{ $word }” passes until Diptych closes.
spelling-cannot-write = Cannot write to { $path }: { $error }
# A misspelt word in the editor's right-click menu.
spelling-word = “{ $word }”
spelling-no-suggestions = No suggestions
spelling-add-to-dictionary = Add to dictionary
spelling-add-to-dictionary-tooltip = Keep the word in your personal word list in the library
spelling-ignore = Ignore
spelling-ignore-tooltip = Let the word pass until Diptych closes
spelling-source-library = the words of { $count } project(s) in the library
spelling-source-project = { $count } word(s) the project uses more than once
spelling-source-personal = { $count } personal word(s)
