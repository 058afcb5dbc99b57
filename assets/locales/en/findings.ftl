# The QA findings' own messages, as the QA panel shows them (the command line, its JSON and
# the project's ignored findings keep them in English).

# A word or a phrase quoted in a finding, as an item of a list.
finding-quoted = “{ $text }”
# Two alternatives, each quoted: the glossary's translations of a term.
finding-or = { $first } or { $second }

# $figures: figures, times (15:00) and months (finding-month), separated by commas.
finding-figures-lost = not in the translation: { $figures }
finding-figures-gained = in the translation but not the source: { $figures }
# A month named in a text (1–12).
finding-month = month { $month }
# $names: names, separated by commas; some as finding-name-fewer.
finding-names-lost = names not in the translation: { $names }
# A name the translation writes fewer times than the source.
finding-name-fewer = { $name } ({ $times } times in the source, { $written } here)
# $addresses: web and e-mail addresses, separated by commas.
finding-addresses-lost = not in the translation: { $addresses }
# $status: a translation status (translated, reviewed, approved).
finding-empty = marked { $status } but the translation is empty
finding-no-counterpart = the source paragraph has no counterpart in the translation
finding-extra-paragraph = the translation has a paragraph the source does not
finding-identical = the translation is the source text again
finding-script-latin = the translation is mostly in Latin letters, not Cyrillic: is it in the right language?
finding-script-cyrillic = the translation is mostly in Cyrillic letters, not Latin: is it in the right language?
# $source, $target: one of the finding-mark- messages below.
finding-final-mark = the source ends with { $source }, the translation with { $target }
finding-mark-question = a question mark
finding-mark-exclamation = an exclamation mark
finding-mark-colon = a colon
finding-mark-full-stop = a full stop
finding-mark-none = no final mark
# $marks: brackets such as ( ) and « », or finding-pair-quotes, separated by commas.
finding-unpaired = unpaired in the translation: { $marks }
finding-pair-quotes = quotation marks
finding-quotes-inside = “…” inside «…»: Russian usually writes „…“ there
finding-quotes-russian = quotation marks of another language: Russian uses «…» (or „…“ inside)
finding-quotes-english = quotation marks of another language: English uses “…”
finding-quotes-azerbaijani = quotation marks of another language: Azerbaijani uses “…” or «…»
finding-double-space = two spaces in a row
# $marks: punctuation marks separated by spaces (, .).
finding-space-before = a space before { $marks }
finding-edge-space = white space at the start or the end
finding-hyphen = a hyphen between words where a dash (—) is written
# $words: words separated by commas.
finding-doubled = a word written twice: { $words }
# $words: words separated by commas.
finding-mixed-script = Latin and Cyrillic letters in one word (a letter typed in the other layout?): { $words }
# $ratio: a decimal number above 1 (the translation is longer than usual).
finding-length-longer = the translation is { $ratio } times as long as translations usually are: is something missing or repeated?
# $ratio: a decimal number below 1 (the translation is shorter than usual).
finding-length-shorter = the translation is { $ratio } times as long as translations usually are: is something missing or repeated?
# $expected: the glossary's translations, each quoted, joined by finding-or.
finding-glossary-unused = “{ $term }” is translated without the glossary's { $expected }
# $used: the forbidden translations, each quoted, separated by commas.
finding-glossary-forbidden = “{ $term }” is translated with the forbidden { $used }
finding-inconsistent = the same source is translated { $count } different ways in this project
# $language: a language code (en, ru, az…). Used in finding-spelling-repeated and
# finding-not-in-dictionary.
finding-dictionary = the { $language } dictionary
finding-spelling-repeated = “{ $word }” is not in { $dictionary }, but the project writes it so more than once
finding-not-in-dictionary = “{ $word }” is not in { $dictionary }
finding-misspelt = “{ $word }” looks misspelt (“{ $suggestion }”?)
# $language: a language code (en, ru, az…).
finding-misspelt-order = “{ $word }” looks misspelt: no known { $language } word has its letters in that order
# $ours, $theirs: the two versions' texts, cut short.
finding-conflict = a merge kept two versions, ours “{ $ours }” and theirs “{ $theirs }”; choose one in the row
finding-conflict-note = a merge kept two versions, the notes: ours “{ $ours }” and theirs “{ $theirs }”; choose one in the row
# $field: one of the finding-field- messages below.
finding-conflict-field = a merge kept two versions of the article's { $field }: ours “{ $ours }” and theirs “{ $theirs }”; choose one in the project panel
finding-field-title = title
finding-field-description = description
finding-field-outlet = outlet
finding-field-url = url
finding-field-author = author
finding-field-published = published
finding-field-modified = modified
finding-field-captured = captured
finding-field-capture-tool = capture tool
finding-field-direction = text direction
finding-field-tags = tags
finding-field-note = note
# $earlier: the source text the translation follows, cut short.
finding-stale = the source changed in a new capture; the translation follows the earlier text “{ $earlier }” (confirm the row once it is right)
