# Совместная работа: конфликты слияния (в таблице и на панели проекта), панель истории,
# панель проекта и синхронизация через git.

conflict-ours-status = Наша версия ({ $status })
conflict-theirs-status = Их версия ({ $status })
conflict-ours-note = Наше примечание:
conflict-theirs-note = Их примечание:
conflict-empty = (пусто)
conflict-no-note = (нет)
conflict-title = ⚠ Конфликт слияния: две версии перевода
conflict-tooltip =
    Два человека изменили этот перевод по-разному. Пока вы не выберете, в строке показана наша версия.
    Основа (до обоих изменений): { $base }
conflict-accessible = Конфликт { $id }
conflict-ours-hint = Оставить нашу версию конфликтующих частей
conflict-theirs-hint = Взять их версию конфликтующих частей
conflict-as-edited-hint = Оставить то, что сейчас в поле (нашу версию или то, что вы ввели после)
conflict-resolution-accessible = { $resolution } { $name }
conflict-metadata-title = ⚠ { $field }: две версии после слияния
conflict-ours = Наша версия
conflict-theirs = Их версия
conflict-base = Основа

history-title = История
history-unsaved = Чтобы увидеть историю, сохраните проект в рабочей копии git.
history-reading-log = Чтение истории из git…
history-no-history = Истории нет: { $error }
history-commit-count = Коммитов проекта: { $count }
history-select-row = Выберите строку, чтобы увидеть, кто и когда менял её перевод.
history-row-title = ¶{ $id }, { $language }
history-reading = Чтение…
history-no-changes = Ни один коммит не менял этот перевод.
history-empty = (пусто)
history-status-note = { $status } · примечание: { $note }
history-restore = Восстановить
history-restore-tooltip = Снова сделать эту версию переводом строки (отменяется одним шагом)
history-restore-disabled = Эта версия уже в строке
history-restore-accessible = Восстановить версию { $number }

project-article = Статья
project-targets = Языки перевода
project-original = Оригинал
project-captures = Снимки
project-source = Исходный язык: { $name } ({ $code })
project-edited-count = изменено: { $count }
project-remove = Удалить
project-remove-accessible = Удалить { $language }
project-remove-tooltip = Удалить этот язык и его переводы (Ctrl+Z вернёт их)
project-new-target-hint = напр. de, tr
project-new-target-accessible = Новый язык перевода
project-add-language = Добавить язык

sync-read-only = Проект открыт только для чтения (он занят другим экземпляром Diptych); синхронизируйте его оттуда.
sync-running = Синхронизация уже выполняется.
sync-not-started = Синхронизация не запустилась: { $error }
sync-failed = Синхронизация не удалась: { $error }
sync-other-project = Синхронизировано: { $path } (здесь уже не открыт).
sync-outcome = Синхронизация: { $outcome }
sync-merge-refused = Работа коллег влита в файл, но не объединена с тем, что вы ввели во время синхронизации ({ $refusal }). Сохраните копию под другим именем, затем откройте проект заново.
