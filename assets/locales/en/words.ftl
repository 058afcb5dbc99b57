# The model's values as the window names them.

word-status-new = new
word-status-draft = draft
word-status-translated = translated
word-status-reviewed = reviewed
word-status-approved = approved

word-kind-headline = headline
word-kind-lead = lead
word-kind-heading = heading
word-kind-body = body
word-kind-quote = quote
word-kind-caption = caption
word-kind-junk = junk
word-kind-duplicate = duplicate
word-kind-teaser = teaser
word-kind-footer = footer

word-link-proposed = proposed
word-link-confirmed = confirmed

word-field-title = Title
word-field-description = Description
word-field-outlet = Outlet
word-field-url = URL
word-field-author = Author
word-field-published = Published
word-field-modified = Modified
word-field-captured = Captured
word-field-capture-tool = Capture tool
word-field-direction = Text direction
word-field-tags = Tags
word-field-note = Note

word-format-text = plain text
word-format-html = HTML page
word-format-mhtml = MHTML archive
word-format-warc = WARC archive
word-format-warc-gz = WARC archive (gzip)

word-language-en = English
word-language-ru = Russian
word-language-az = Azerbaijani
word-language-tr = Turkish
word-language-ka = Georgian
word-language-hy = Armenian
word-language-uk = Ukrainian
word-language-de = German
word-language-fr = French

word-resolution-ours = Keep ours
word-resolution-theirs = Take theirs
word-resolution-as-edited = Keep as edited

word-severity-error = error
word-severity-warning = warning
word-severity-info = info
