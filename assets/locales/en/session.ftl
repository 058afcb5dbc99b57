# Keeping work safe: saving, the project lock and read-only mode, backups, autosave and
# recovery files, and rechecking the stored originals.

## Saving

session-read-only-save-copy = This project is open read-only (another Diptych holds it); save a copy under another name.
session-saved = Saved { $path }
session-saved-with-conflicts = Saved { $path } with { $count } merge conflict(s) still to choose; both versions are kept in the file (Alt+Shift+C goes to the next)
session-example-project = example project

## The project lock

lock-save-as-held = Not saved: { $path } is open in another Diptych ({ $holder }). Choose another name.
lock-save-as-cannot-lock = Cannot lock { $path } ({ $error }); saving all the same.
lock-lost-reason = its lock cannot be taken again: { $reason }
lock-locked-again = { $path } is locked again; it can be changed here.
lock-taken-over-by-other = { $path } was taken over by another Diptych ({ $holder }). It is read-only here now: save your changes under another name (File → Save as).
lock-removed = This window's lock on { $path } was removed and cannot be taken again ({ $error }). The project is read-only here until it can be (tried every few seconds); Save as works meanwhile.
lock-cannot-lock = Cannot lock { $path } ({ $error }); another Diptych could change it at the same time.
lock-already-writable = This window can already change the project.
lock-took-over = Took over { $path }; it can be changed here now.
lock-not-taken-over = Not taken over: the lock changed hands meanwhile ({ $holder }).
lock-cannot-take-over = Cannot take over { $path }: { $error }
lock-read-only-not-saved = Not saved: this project is read-only here ({ $holder }). Save as another file, or take it over (File → Take over the project).
lock-read-only-refused = Read-only ({ $holder }). Save as another file to work on a copy, or take it over (File → Take over the project).

## Backups

session-backups-none-unsaved = This project has not been saved yet, so it has no backups.
session-backup-opened = Opened the backup { $backup }. Save to make it the current version of { $path } (the current file is backed up first).
session-backup-cannot-open = Cannot open the backup: { $error }

## Autosave and recovery

autosave-cannot-write = Unsaved changes could not be written to a recovery file: { $error }
recovery-cannot-remove = Cannot remove the recovery file { $path }: { $error }
recovery-cannot-remove-stale = Cannot remove the stale recovery file { $path }: { $error }
recovery-unreadable = A recovery file exists but cannot be read ({ $error }); it was left in place.
recovery-cannot-restore = Cannot restore: { $error }
recovery-restored = Restored the unsaved work from the recovery file. Save to keep it.
recovery-restored-written = Restored the unsaved work from { $when }. Save to keep it.

## Rechecking the stored originals

verify-all-intact = { $path }: all { $count } stored original(s) match their SHA-256.
verify-altered = { $path }: the stored original was ALTERED since import: { $list }
verify-cannot = Cannot verify: { $error }
verify-original-intact = The original ({ $file }, sha256 { $hash }) matches its SHA-256.
verify-altered-originals = ALTERED originals: { $list }
