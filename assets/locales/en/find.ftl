# The find bar (Ctrl+F, Ctrl+H): the query, its switches, where to look, the count of
# matches, replacing, and what replacing reports.

find-label = Find:
find-hint = word, phrase or expression
find-field-label = Find text
find-no-matches = no matches
# The match shown and how many there are.
find-position = { $current } of { $total }
find-match-count = { $count } matches
find-previous-tooltip = The previous match
find-next-tooltip = The next match
find-close-tooltip = Close the find bar (Escape)
find-replace-with = Replace with:
find-replacement-hint-regex = text; {"${1}, ${2}"} … for the groups
find-replacement-hint = text
find-replacement-label = Replace with
find-replace = Replace
find-replace-tooltip = Replace the match shown and go to the next one
find-replace-disabled-tooltip = Only translations are replaced: the source and aligned translations are originals
find-replace-all = Replace all
find-replace-all-tooltip = Replace every match in the translations, as one undo step

find-match-case-tooltip = Match case
find-whole-word = Whole word
find-whole-word-tooltip = Only whole words
find-regex-tooltip = A regular expression; the replacement can use $1, $2 … for its groups
find-yo-tooltip = Russian ё and е as one letter
find-any-script = Any script
find-any-script-tooltip = Names in any script and form: Hajili also finds Гаджилы and Hacılının

find-in = In:
find-scope-translations = Translations
find-scope-source = Source
find-scope-both = Both
find-all-languages = All languages
find-any-status = Any status
find-any-kind = Any kind

find-nothing-replaced = Nothing replaced: { $error }
find-original-not-replaced = This match is in the source or an aligned translation: originals are not changed.
find-replaced-all = Replaced { $matches } match(es) in { $translations } translation(s). Ctrl+Z takes it back.
# $originals: matches in the source or aligned translations, which are never replaced.
find-replaced-all-left = Replaced { $matches } match(es) in { $translations } translation(s); { $originals } in the source or aligned translations left as they are (originals). Ctrl+Z takes it back.
find-nothing-to-replace = Nothing to replace in the translations.
find-nothing-to-replace-left = Nothing to replace in the translations; { $originals } in the source or aligned translations left as they are (originals).
