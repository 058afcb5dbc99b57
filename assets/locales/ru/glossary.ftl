# Глоссарий: панель «Термины», окно добавления и изменения термина, окно «Глоссарий» и
# сообщения глоссария.

glossary-summary-reading = Чтение глоссариев…
glossary-summary-not-read = Глоссарии не прочитаны.
glossary-summary-stopped = Глоссарии не прочитаны (остановлено).
glossary-summary = { $pairs ->
    [one] { $pairs } пара терминов
    [few] { $pairs } пары терминов
    [many] { $pairs } пар терминов
   *[other] { $pairs } пары терминов
} из { $files ->
    [one] { $files } файла
    [few] { $files } файлов
    [many] { $files } файлов
   *[other] { $files } файла
}
glossary-summary-unreadable = { $pairs ->
    [one] { $pairs } пара терминов
    [few] { $pairs } пары терминов
    [many] { $pairs } пар терминов
   *[other] { $pairs } пары терминов
} из { $files ->
    [one] { $files } файла
    [few] { $files } файлов
    [many] { $files } файлов
   *[other] { $files } файла
}; не удалось прочитать: { $unreadable }

glossary-term-label = Термин ({ $language })
glossary-term-hint = как в оригинале, напр. unauthorized rally
glossary-source-term = Исходный термин
glossary-translation-label = Перевод ({ $language })
glossary-target-term = Термин перевода
glossary-note = Примечание
glossary-note-hint = для переводчиков (необязательно)
glossary-term-note = Примечание к термину
glossary-forbidden = Запрещён: этот перевод нельзя использовать
glossary-inflected-forms = Термины распознаются в любой словоформе (президента, prezidentlə).
glossary-save = Сохранить
glossary-add = Добавить
glossary-cancel = Отмена

glossary-choose-target = Выберите язык перевода, чтобы увидеть его глоссарий.
glossary-close = Закрыть
glossary-filter-hint = фильтр: слово из любого термина или примечания
glossary-filter = Фильтр глоссария
glossary-add-term = Добавить термин… ({ $shortcut })
glossary-export-tbx = Экспортировать в TBX…
glossary-export-tbx-tooltip = Записать все пары терминов этих языков в один файл TBX-Basic
glossary-shown = { $shown } из { $total ->
    [one] { $total } пары терминов
    [few] { $total } пар терминов
    [many] { $total } пар терминов
   *[other] { $total } пары терминов
}
glossary-file = Файл
glossary-really-delete = Да, удалить
glossary-keep = Оставить
glossary-edit = Изменить
glossary-edit-pair = Изменить { $pair }
glossary-delete = Удалить
glossary-delete-pair = Удалить { $pair }
glossary-read-only = только чтение
glossary-read-only-tooltip = Из файла, который вы добавили в папку глоссариев библиотеки; измените этот файл или добавьте термин здесь, чтобы хранить свою версию

glossary-load-failed = Не удаётся прочитать глоссарии: { $error }
glossary-choose-target-first = Сначала выберите язык перевода: термин — это пара из оригинала и перевода на этот язык.
glossary-no-library = Нет папки библиотеки для хранения глоссария: выберите её в настройках.
glossary-change-failed = Сейчас не удаётся изменить глоссарий: { $error }
glossary-export-not-read = Глоссарий ещё не прочитан; экспортируйте его, когда панель «Термины» покажет термины.
glossary-export-failed = Сейчас не удаётся экспортировать глоссарий: { $error }
glossary-added = Добавлено: «{ $source }» → «{ $target }». В файле { $file } { $count ->
    [one] { $count } пара терминов
    [few] { $count } пары терминов
    [many] { $count } пар терминов
   *[other] { $count } пары терминов
}.
glossary-changed = Изменено: «{ $source }» → «{ $target }». В файле { $file } { $count ->
    [one] { $count } пара терминов
    [few] { $count } пары терминов
    [many] { $count } пар терминов
   *[other] { $count } пары терминов
}.
glossary-deleted = Удалено: «{ $source }» → «{ $target }» (прежняя версия файла — в его папке .diptych-backups). В файле { $file } { $count ->
    [one] { $count } пара терминов
    [few] { $count } пары терминов
    [many] { $count } пар терминов
   *[other] { $count } пары терминов
}.

terms-heading = Термины
terms-glossary = Глоссарий…
terms-choose-target = Выберите язык перевода, чтобы увидеть его термины.
terms-select-row = Выберите строку, чтобы увидеть термины глоссария в ней.
terms-none = В этой строке нет терминов глоссария.
terms-forbidden = Запрещён: не используйте этот перевод
terms-forbidden-used = используется в переводе!
terms-insert-tooltip = Вставить термин в перевод в позиции курсора
terms-insert-label = Вставить термин { $term }
terms-used = ✔ используется
terms-not-used = ещё не используется
terms-edit-label = Изменить термин { $source } → { $target }
