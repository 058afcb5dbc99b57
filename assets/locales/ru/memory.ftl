# Память переводов: панель «Совпадения», окно конкорданса, предварительный перевод и чтение
# памяти или файла XLIFF в проект.

matches-summary-building = Построение памяти переводов…
matches-summary-not-built = Память переводов не построена.
matches-summary-stopped = Память переводов не построена (остановлено).
matches-summary = { $segments ->
    [one] { $segments } сегмент
    [few] { $segments } сегмента
    [many] { $segments } сегментов
   *[other] { $segments } сегмента
} из { $projects ->
    [one] { $projects } проекта
    [few] { $projects } проектов
    [many] { $projects } проектов
   *[other] { $projects } проекта
} и { $memories ->
    [one] { $memories } файла памяти
    [few] { $memories } файлов памяти
    [many] { $memories } файлов памяти
   *[other] { $memories } файла памяти
}
matches-summary-unreadable = { $segments ->
    [one] { $segments } сегмент
    [few] { $segments } сегмента
    [many] { $segments } сегментов
   *[other] { $segments } сегмента
} из { $projects ->
    [one] { $projects } проекта
    [few] { $projects } проектов
    [many] { $projects } проектов
   *[other] { $projects } проекта
} и { $memories ->
    [one] { $memories } файла памяти
    [few] { $memories } файлов памяти
    [many] { $memories } файлов памяти
   *[other] { $memories } файла памяти
}; не удалось прочитать файлов: { $unreadable } (наведите сюда указатель, чтобы увидеть их список)

matches-heading = Совпадения
matches-build = Построить память
matches-select-row = Выберите строку, чтобы увидеть совпадения из памяти для неё.
matches-none = Для этой строки нет совпадений от { $minimum } % и выше.
matches-score = { $score } %
matches-insert = Вставить (Ctrl+{ $number })
matches-insert-tooltip = Вставить этот перевод в выбранную строку
matches-numbers-differ = ⚠ Числа в нём взяты из совпадения, а не из этой строки: проверьте их после вставки.
matches-details = { $origin } · слова { $words } %, все токены { $all } %
matches-details-dated = { $origin } · { $date } · слова { $words } %, все токены { $all } %
matches-build-failed = Не удаётся построить память переводов: { $error }
matches-no-match = Для этой строки нет совпадения { $number } (откройте панель «Совпадения»: Ctrl+M).

concordance-hint = слово или фраза на любом из двух языков
concordance-search = Поиск по конкордансу
concordance-searching = Поиск… (в памяти, которая ещё строится, поиск пройдёт, когда она будет готова)
concordance-searching-count = Поиск… Найдено пар: { $count }
concordance-found = Пар с «{ $phrase }»: { $count }
concordance-close = Закрыть

memory-pretranslate-stale = Предварительный перевод не применён: пока он выполнялся, проект изменился (или стал доступен только для чтения). Запустите предварительный перевод снова.
memory-pretranslated-undo = { $report }. Ctrl+Z отменит всё заполнение.
memory-still-reading = Память ещё читается; дождитесь окончания или сначала отмените чтение.
memory-start-failed = Не удаётся начать чтение: { $error }
memory-not-used = Файл { $path } не использован: пока он читался, проект изменился (или стал доступен только для чтения). Импортируйте его ещё раз.
memory-filled = { $path } ({ $units ->
    [one] { $units } единица перевода
    [few] { $units } единицы перевода
    [many] { $units } единиц перевода
   *[other] { $units } единицы перевода
}): { $report }.
memory-filled-drafts = { $path } ({ $units ->
    [one] { $units } единица перевода
    [few] { $units } единицы перевода
    [many] { $units } единиц перевода
   *[other] { $units } единицы перевода
}): { $report }. Заполненные переводы — черновики; Ctrl+Z отменит всё заполнение.
memory-dropped-markup = Удалено встроенных элементов: { $count }; их текст сохранён.
memory-import-undo = Ctrl+Z отменит весь импорт.
memory-replaced = Заменено переводов версиями из файла: { $count }.
memory-changed-since = Изменено здесь после чтения файла и оставлено как есть: { $count }.
memory-replaced-undo = Ctrl+Z отменит замену.
