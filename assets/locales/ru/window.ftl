# Рамка окна: меню, строка состояния, палитра команд, меню языка.

palette-hint = Введите команду…
palette-field = Команда
palette-no-match = Нет подходящих команд.

menu-file = Файл
menu-edit = Правка
menu-align = Выравнивание
menu-view = Вид
menu-recent-files = Недавние файлы
menu-no-recent-files = Недавних файлов нет
menu-target-language = Язык перевода
menu-target-language-item = { $name } ({ $code })
menu-nothing-to-align = Импортируйте перевод, чтобы выровнять его (меню «Файл»).
menu-interface-language = Язык интерфейса
menu-interface-language-tooltip = Язык меню, панелей и сообщений Diptych (командная строка остаётся на английском)
menu-system-language = Язык системы ({ $language })
menu-system-language-tooltip = Следовать языку системы (LANG, LC_MESSAGES), как при первом запуске
menu-bar-target = Перевод:

status-read-only = ⚠ только чтение
status-read-only-tooltip = Здесь этот проект нельзя изменить ({ $holder }): изменения и сохранение отклоняются. Сохраните его в другой файл или выберите «Файл → Перехватить проект».
status-unsaved = ● не сохранено
status-unsaved-tooltip = В проекте есть несохранённые изменения
status-saved = сохранено
status-links = подтверждено связей: { $confirmed }/{ $links } · низкая уверенность: { $low }
status-aligned-pair = { $source } ↔ { $target } (выровненный перевод)
status-progress = переведено абзацев: { $paragraphs }/{ $paragraphs-total } · слов: { $words }/{ $words-total }
status-stale = { $count ->
    [one] ⟳ { $count } устаревший
    [few] ⟳ { $count } устаревших
    [many] ⟳ { $count } устаревших
   *[other] ⟳ { $count } устаревших
}
status-stale-tooltip = Переводы, оригинал которых изменился в новом снимке; щёлкните (или Alt+Shift+S), чтобы перейти к следующему
status-conflicts = { $count ->
    [one] ⚠ { $count } конфликт
    [few] ⚠ { $count } конфликта
    [many] ⚠ { $count } конфликтов
   *[other] ⚠ { $count } конфликта
}
status-conflicts-tooltip = После слияния здесь осталось две версии; щёлкните (или Alt+Shift+C), чтобы перейти к следующей и выбрать
status-language-pair = { $source } → { $target }
status-no-target = { $source } → нет языка перевода
status-cancel-job = Отменить

git-detached = вне ветки
git-merging = слияние
git-offline = нет сети
git-tooltip-working-tree = Проект находится в рабочей копии git.
git-tooltip-no-upstream = Текущая ветка не отслеживает удалённую: синхронизация только создаёт коммит.
git-tooltip-upstream = Коммитов к отправке в { $upstream }: { $ahead }, к получению: { $behind } (по последней проверке).
git-tooltip-uncommitted = ● В проекте есть изменения без коммита.
git-tooltip-merging = Слияние не завершено: разрешите конфликты, затем синхронизируйте проект, чтобы его завершить.
git-tooltip-offline = При последней попытке удалённый репозиторий был недоступен; работа здесь продолжается.
git-tooltip-click = Щёлкните (или Alt+Shift+G), чтобы синхронизировать: коммит, слияние работы коллег по абзацам, отправка.

app-cannot-open = Не удалось открыть { $path }: { $reason }
app-library-not-a-folder = { $path } не может быть библиотекой: укажите полный путь к папке
app-library-set-missing = Теперь библиотека — { $path }, но такой папки ещё нет: она появится, когда вы добавите термин, и будет пуста, пока вы не положите в неё проекты, памяти переводов (tm/) или глоссарии (glossary/).
app-library-set = Теперь библиотека — { $path }.
app-library-none = Папки библиотеки нет (не задана домашняя папка).
app-alignment-stopped = Выравнивание файла { $subject } остановлено: проект, для которого оно выполнялось, закрыт.
app-import-note = Примечание к импорту: { $note }
app-original-altered = ИЗМЕНЁН: { $findings }. Проект открыт, чтобы не потерять работу, но хранящийся в нём оригинал уже не совпадает с импортированным.
palette-interface-language = Язык интерфейса: { $language }
palette-system-language = как в системе
