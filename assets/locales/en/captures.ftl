# Captures and provenance in the project panel: the capture history, the review of a new
# capture before it becomes current, what applying it says, and the original file's identity.

## The capture history

capture-one = One capture: the article as it was saved.
capture-count = { $count } captures; the last is current.
capture-stale = ⟳ { $count } translation(s) follow an earlier capture
capture-current-line = captured { $captured } · current
capture-earlier-line = captured { $captured } · replaced { $replaced }
capture-unknown-time = at an unknown time
capture-kept = { $count } translation(s) of paragraphs the next capture removed

## The review of a new capture

capture-review-summary = { $file }: { $unchanged } article paragraph(s) unchanged, { $changed } changed, { $added } added, { $removed } removed ({ $moved } of them moved).
capture-review-stale = { $stale } translation(s) will be marked stale (kept, to be checked against the new text); { $retired } of removed paragraphs will be kept in the capture history.
capture-review-restored = { $count } translation(s) will come back from the history to paragraphs that return.
capture-review-unrelated = ⚠ Only { $kept } of the { $total } article paragraphs of the current capture are in this file: it looks like another article.
capture-review-address = The address changes from { $before } to { $after }.
capture-review-links = { $count } alignment link(s) will need review again.
capture-review-show-other = Show the { $count } change(s) outside the article text
capture-review-nothing = No article paragraph changed: only the capture itself is new.
capture-make-current = Make it current
capture-make-current-tooltip = Keep the current capture in the history and make this one current (Ctrl+Z undoes it)
capture-cancel = Cancel
capture-change-moved = moved
capture-change-kind = kind changed
capture-change-changed-moved = changed and moved
capture-change-changed = changed
capture-change-added = added
capture-change-removed = removed
capture-translations-kept = translations kept in the history: { $languages }
capture-translations-back = translations back from the history: { $languages }
capture-translations-stale = translations become stale: { $languages }

## Reading and applying a new capture; stale translations and merge conflicts

capture-cannot-read = cannot read the new capture: { $error }
capture-not-added = { $path } was not added as a capture: { $error }
capture-not-compared = { $path } was not compared: another project is open now, or its paragraphs or languages changed while it was read. Add the capture again.
capture-not-applied = The new capture was not applied: the project changed since it was compared. Add the capture again.
capture-applied = Capture { $number } is current: { $changed } paragraph(s) changed, { $added } added, { $removed } removed; { $stale } translation(s) stale (Alt+Shift+S visits them). Ctrl+Z undoes it.
capture-choose-target = Choose a target language first.
capture-no-stale = No { $language } translation is stale.
capture-field-conflict = { $field } has two versions from a merge: choose one in the project panel.
capture-no-conflict = No merge conflict is left.

## The original file (provenance)

provenance-file = File
provenance-format = Format
provenance-page = Page
provenance-encoding = Encoding
provenance-encoding-with-bom = { $encoding } with BOM
provenance-encoding-tooltip = Read the original again in another encoding if the text looks garbled (Ctrl+Z goes back)
provenance-decided-by = Decided by
provenance-size = Size
provenance-bytes = { $count } bytes
provenance-integrity = Integrity
provenance-intact = kept byte for byte
provenance-not-intact = does not match its hash
provenance-paragraphs = Paragraphs: { $summary }
provenance-kind-count = { $count } { $kind }
provenance-page-kept = Everything the page held (menus, comments, scripts) stays in the stored original; `diptych export-original` writes it back byte for byte.

provenance-charset-reading = { $encoding } ({ $why })
provenance-charset-with-errors = { $reading }; some bytes are not valid in it and show as �
provenance-charset-chosen = { $encoding } (chosen by the user; read by itself the page gives { $reading })
provenance-charset-bom = its byte-order mark
provenance-charset-transport = declared by the HTTP/MIME Content-Type
provenance-charset-meta = declared by <meta charset>
provenance-charset-detected = detected (nothing was declared)
provenance-charset-utf8-despite = the bytes are valid UTF-8, although another charset was declared
provenance-charset-detected-despite = detected: the page declares { $declared }, but its bytes are not valid { $declared }
provenance-charset-override = chosen by the user
