# Таблица перевода (строка на каждый абзац оригинала) и сообщения команд правки.

grid-no-paragraphs = В этом проекте нет абзацев.
grid-qa-mark-tooltip = QA: { $severity } в этой строке (F7 — список замечаний)
grid-qa-mark-accessible = QA: { $severity }, абзац { $id }
grid-kind-tooltip = Тип абзаца: мусор, дубликат, анонс и подвал не переводятся
grid-kind-accessible = Тип абзаца { $id }
grid-not-translated = Не переводится ({ $kind }).
grid-add-target = Чтобы переводить, добавьте язык перевода.
grid-stale-title = ⟳ Устарел: новый снимок изменил оригинал
grid-stale-tooltip =
    Перевод сделан по прежнему тексту:
    { $earlier }

    Исправьте его и подтвердите строку (Ctrl+Enter) или оставьте как есть.
grid-stale-accessible = Устаревший перевод { $id }
grid-keep-translation = Оставить перевод
grid-keep-translation-tooltip = Перевод подходит к новому тексту без изменений
grid-keep-translation-accessible = Оставить перевод { $id }
grid-term-forbidden = ✗ { $source } → { $target } (запрещён)
grid-terms-panel-hint = Панель терминов: Ctrl+Shift+T
grid-translation-hint = Перевод на { $language }
grid-translation-accessible = Перевод { $language } { $id }
grid-status-accessible = Статус { $language } { $id }
grid-note-hint = Примечание
grid-note-accessible = Примечание { $language } { $id }

edit-refused = Не удалось изменить проект: { $error }
edit-target-removed = Язык удалён: { $language }. Ctrl+Z вернёт его.
edit-is-source-language = { $language } — исходный язык
edit-already-target = { $language } уже есть среди языков перевода
edit-undo-failed = Не удалось отменить или повторить: { $error }
edit-redecoded = Оригинал перечитан в кодировке { $encoding }: { $count ->
        [one] { $count } абзац.
        [few] { $count } абзаца.
        [many] { $count } абзацев.
       *[other] { $count } абзаца.
    }
edit-redecoded-dropped = Удалены переводы абзацев, которых больше нет: { $count } (Ctrl+Z вернёт их).
edit-redecode-failed = Не удалось прочитать оригинал в кодировке { $encoding }: { $error }
