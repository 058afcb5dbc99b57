# Панель контроля качества (проверки и их замечания) и орфография: словари, меню
# редактора перевода для слов с ошибками и личный список слов.

qa-panel-title = Контроль качества
qa-counts = { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
        [many] { $errors } ошибок
       *[other] { $errors } ошибки
    } · { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
        [many] { $warnings } предупреждений
       *[other] { $warnings } предупреждения
    } · { $notes ->
        [one] { $notes } сообщение
        [few] { $notes } сообщения
        [many] { $notes } сообщений
       *[other] { $notes } сообщения
    }
qa-check-now = Проверить
qa-check-now-tooltip = Заново выполнить все проверки по всему проекту
qa-filter-all = Все замечания
qa-filter-warnings = Предупреждения и ошибки
qa-filter-errors = Только ошибки
qa-filter-severity-label = Важность замечаний (QA)
qa-all-languages = Все языки
qa-filter-language-label = Язык замечаний (QA)
qa-nothing-found = Ничего не найдено.
qa-nothing-found-filtered = Ничего не найдено с учётом фильтров.

# Группа замечаний: значок важности, название проверки и число замечаний.
qa-group-title = { $mark } { $check } ({ $count })
# Где замечание: код языка и место (ниже).
qa-finding-place = { $language } { $place }
qa-place-paragraph = абзац { $id }
qa-place-row = строка { $row }
qa-place-changed-link = изменённая связь
qa-place-link = связь { $link }
qa-go-to-tooltip = Показать эту строку или связь
qa-go-to-label = Перейти: { $place }, { $check }
qa-ignore = Игнорировать
qa-ignore-tooltip = Больше не показывать здесь это замечание (запоминается в проекте)
qa-ignore-label = Игнорировать: { $place }, { $check }
qa-link-changed = Связь изменилась после проверки; замечания обновляются.

qa-ignored-title = Игнорируемые в проекте ({ $count })
# Игнорируемое замечание: код языка, место, название проверки и текст замечания.
qa-ignored-line = { $language } { $place } · { $check }: { $message }
qa-report-again = Показывать снова
qa-report-again-tooltip = Перестать игнорировать это замечание
qa-report-again-label = Показывать снова: { $language } { $place }, { $check }
qa-ignored-more = … и ещё { $count }
qa-report-all-again = Показывать снова все
qa-report-all-again-tooltip = Перестать игнорировать все замечания проекта (Ctrl+Z — отменить)
qa-checks-title = Проверки в этом проекте

# Проверки: названия и что каждая ищет.
qa-check-numbers = числа
qa-check-numbers-description = различаются числа, время, даты или месяцы
qa-check-names = имена
qa-check-names-description = имя есть только на одной стороне
qa-check-urls = ссылки
qa-check-urls-description = не хватает ссылки или адреса эл. почты
qa-check-empty = пустые
qa-check-empty-description = перевод, отмеченный как готовый, пуст
qa-check-missing = пропуски
qa-check-missing-description = у абзаца нет соответствия в выровненном переводе
qa-check-identical = идентичные
qa-check-identical-description = перевод совпадает с оригиналом — не переведено
qa-check-script = алфавит
qa-check-script-description = перевод написан не тем алфавитом
qa-check-punctuation = пунктуация
qa-check-punctuation-description = различаются знаки препинания в конце
qa-check-brackets = скобки
qa-check-brackets-description = непарные скобки или кавычки
qa-check-quotes = кавычки
qa-check-quotes-description = кавычки не те, что приняты в языке
qa-check-spaces = пробелы
qa-check-spaces-description = двойные пробелы, пробел перед знаком препинания, пробелы по краям
qa-check-dash = тире
qa-check-dash-description = дефис там, где нужно тире
qa-check-doubled = повторы
qa-check-doubled-description = слово написано дважды
qa-check-length = длина
qa-check-length-description = перевод намного длиннее или короче обычного
qa-check-glossary = глоссарий
qa-check-glossary-description = не использован термин глоссария или использован запрещённый
qa-check-consistency = согласованность
qa-check-consistency-description = один оригинал переведён по-разному или у разных оригиналов один перевод
qa-check-spelling = орфография
qa-check-spelling-description = слова нет в словаре языка
qa-check-stale = устаревшие
qa-check-stale-description = новый снимок изменил оригинал уже после перевода
qa-check-conflict = конфликты
qa-check-conflict-description = две объединённые версии изменили перевод по-разному

qa-spelling-title = Орфографические словари
# Название языка и откуда его словарь (или почему словаря нет).
qa-spelling-line = { $language }: { $origin }
qa-dictionaries-folder = Папка словарей…
qa-dictionaries-folder-tooltip = Папка словарей Hunspell (.aff и .dic), которые используются в первую очередь

spelling-reading = чтение словаря…
spelling-reading-stopped = чтение словаря прервалось
# $code: код языка, часть имени пакета Debian.
spelling-no-dictionary = не проверяется: нет подходящего словаря (Debian: hunspell-{ $code }; или выберите папку в окне настроек)
spelling-cannot-read = не удалось прочитать словарь: { $error }
spelling-word-list-stopped = Запись в { $list } неожиданно прервалась
spelling-word-list-failed = Не удалось добавить слово в { $list }: { $error } (оно пропускается до закрытия Diptych)
spelling-not-dictionary-folder = { $folder } — не папка словарей
spelling-no-library = Нет библиотеки для хранения списка слов; «{ $word }» пропускается до закрытия Diptych.
spelling-cannot-write = Не удалось записать в { $path }: { $error }
# Слово с ошибкой в контекстном меню редактора.
spelling-word = «{ $word }»
spelling-no-suggestions = Нет вариантов
spelling-add-to-dictionary = Добавить в словарь
spelling-add-to-dictionary-tooltip = Сохранить слово в личном списке слов в библиотеке
spelling-ignore = Пропустить
spelling-ignore-tooltip = Пропускать это слово до закрытия Diptych
spelling-source-library = слова проектов библиотеки (проектов: { $count })
spelling-source-project = слова, которые проект использует не раз (слов: { $count })
spelling-source-personal = личный словарь (слов: { $count })
