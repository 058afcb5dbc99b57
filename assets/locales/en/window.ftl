# The window's frame: menus, the status bar, the command palette, the language menu.

palette-hint = Type a command…
palette-field = Command
palette-no-match = No command matches.

menu-file = File
menu-edit = Edit
menu-align = Align
menu-view = View
menu-recent-files = Recent files
menu-no-recent-files = No recent files
menu-target-language = Target language
menu-target-language-item = { $name } ({ $code })
menu-nothing-to-align = Import a translation to align it (File menu).
menu-interface-language = Language
menu-interface-language-tooltip = The language of Diptych's menus, panels and messages (the command line stays English)
menu-system-language = System language ({ $language })
menu-system-language-tooltip = Follow the system's language (LANG, LC_MESSAGES), as on the first start
menu-bar-target = Target:

status-read-only = ⚠ read-only
status-read-only-tooltip = This project cannot be changed here ({ $holder }): changes and Save are refused. Save as another file, or File → Take over the project.
status-unsaved = ● unsaved
status-unsaved-tooltip = The project has changes that are not saved
status-saved = saved
status-links = { $confirmed }/{ $links } links confirmed · { $low } low confidence
status-aligned-pair = { $source } ↔ { $target } (aligned translation)
status-progress = { $paragraphs }/{ $paragraphs-total } paragraphs · { $words }/{ $words-total } words translated
status-stale = ⟳ { $count } stale
status-stale-tooltip = Translations whose source a new capture changed; click (or Alt+Shift+S) to go to the next
status-conflicts = { $count ->
    [one] ⚠ { $count } conflict
   *[other] ⚠ { $count } conflicts
}
status-conflicts-tooltip = A merge kept two versions here; click (or Alt+Shift+C) to go to the next and choose
status-language-pair = { $source } → { $target }
status-no-target = { $source } → no target language
status-cancel-job = Cancel

git-detached = detached
git-merging = merging
git-offline = offline
git-tooltip-working-tree = The project is in a git working tree.
git-tooltip-no-upstream = It follows no remote branch: Sync only commits.
git-tooltip-upstream = { $ahead } commit(s) to push to { $upstream }, { $behind } to pull (as last fetched).
git-tooltip-uncommitted = ● The project has changes not committed yet.
git-tooltip-merging = A merge is waiting: resolve its conflicts, then Sync to finish it.
git-tooltip-offline = The remote could not be reached when last tried; work goes on here.
git-tooltip-click = Click (or Alt+Shift+G) to Sync: commit, merge the others' work per paragraph, push.

app-cannot-open = Cannot open { $path }: { $reason }
app-library-not-a-folder = { $path } cannot be the library: give the full path of a folder
app-library-set-missing = The library is { $path } now, but there is no such folder yet: it is made when you add a term, and holds nothing until you put projects, memories (tm/) or glossaries (glossary/) in it.
app-library-set = The library is { $path } now.
app-library-none = There is no library folder (no home folder is set).
app-alignment-stopped = Stopped aligning { $subject }: the project it was for was closed.
app-import-note = Note on the import: { $note }
app-original-altered = ALTERED: { $findings }. The project is open so that no work is lost, but its stored original is no longer what was imported.
palette-interface-language = Interface language: { $language }
palette-system-language = the system's
