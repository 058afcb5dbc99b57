# Диалоги поверх окна: окна выбора файлов (заголовки, фильтры), модальные диалоги
# (несохранённые изменения, ввод пути, ход работы, страницы веб-архива, разделение абзаца),
# вопросы о блокировках, резервных копиях, восстановлении и конфликтах импорта, а также
# диалог и файл настроек.

## Окна выбора файлов

dialog-title-open-article = Новый проект из статьи
dialog-title-open-project = Открыть проект
dialog-title-save-project = Сохранить проект как
dialog-title-import-translation = Импорт перевода
dialog-title-fill-from-memory = Импорт переводов
dialog-title-library = Папка библиотеки
dialog-title-dictionaries = Папка орфографических словарей
dialog-title-export-glossary = Экспорт глоссария
dialog-title-export-bag = Экспорт архивного пакета
dialog-title-export-bag-folder = Экспорт архивного пакета (новая папка)
dialog-title-add-capture = Добавить новый снимок статьи
dialog-filter-articles = Статьи и сохранённые страницы
dialog-filter-all = Все файлы
dialog-filter-xliff-tmx = XLIFF и TMX
dialog-filter-projects = Проекты Diptych
dialog-filter-tbx = Глоссарии TBX
dialog-unavailable-no-portal = Не удалось показать окно выбора файла (портал рабочего стола не ответил).
dialog-unavailable-stopped = Окно выбора файла неожиданно закрылось.

## Модальные диалоги: заголовки

modal-title-unsaved = Несохранённые изменения
modal-title-palette = Палитра команд
modal-title-translation-language = Язык перевода
modal-title-aligning = Выравнивание
modal-title-opening = Открытие
modal-title-split = Разделение абзаца
modal-title-archive-page = Выбор страницы веб-архива
modal-title-backups = Возврат к резервной копии
modal-title-export = Экспорт
modal-title-import-conflicts = Конфликтующие переводы
modal-title-concordance = Конкорданс
modal-title-recover = Восстановить несохранённую работу?
modal-title-locked = Открыт в другом окне
modal-title-edit-term = Изменить термин
modal-title-add-term = Добавить термин
modal-title-glossary = Глоссарий
modal-title-settings = Настройки
modal-title-recapture = Новый снимок статьи

## Модальные диалоги: содержимое

modal-save = Сохранить
modal-discard = Не сохранять
modal-cancel = Отмена
modal-ok = ОК
modal-close = Закрыть
modal-unsaved-question = В проекте «{ $title }» есть несохранённые изменения. Сохранить их?
modal-path-folder-instead = Введите вместо этого полный путь к папке:
modal-path-file-instead = Введите вместо этого полный путь к файлу:
modal-path-label = Путь
modal-translation-into = { $path } — перевод на язык:
modal-translation-language-label = Язык перевода
modal-import-and-align = Импортировать и выровнять
modal-split-instructions = Поставьте курсор туда, где нужно разделить абзац, и нажмите Enter.
modal-split-label = Абзац для разделения
modal-split-at-cursor = Разделить по курсору
modal-archive-question = В файле { $path } { $count ->
        [one] { $count } веб-страница
        [few] { $count } веб-страницы
        [many] { $count } веб-страниц
       *[other] { $count } веб-страницы
    }. Какая из них — статья?
modal-archive-record-details = снимок от { $date }, { $size } КБ
modal-opening = Открытие: { $file }…
modal-aligning = Импорт и выравнивание: { $file }…

## Резервные копии

question-backups-none = У этого проекта пока нет резервных копий. Копия создаётся всякий раз, когда проект сохраняется поверх прежней версии.
question-backups-explanation = При каждом сохранении заменяемая версия остаётся в резервной копии. Откройте копию, чтобы просмотреть её; если её сохранить, она станет текущей версией (для текущего файла сначала создаётся резервная копия).
question-backup-saved-at = { $stamp } UTC
question-backup-size = { $size } КБ
question-backup-open = Открыть
question-backup-open-label = Открыть резервную копию { $stamp }
question-backups-to-keep = Резервных копий на проект:
question-backups-to-keep-label = Число резервных копий

## Блокировку держит другое окно

question-locked-by = Файл { $path } открыт в другом экземпляре Diptych: { $holder }.
question-locked-file = Файл блокировки: { $path }.
question-locked-read-only = Здесь он открыт только для чтения: его можно читать, копировать из него текст и сохранить копию под другим именем («Файл → Сохранить как»), но не изменять.
question-locked-take-over-warning = Если вы уверены, что того окна больше нет (его закрыли на другом компьютере или оно осталось после сбоя), проект можно перехватить. Если же оно всё ещё открыто, два окна будут затирать работу друг друга.
question-locked-keep = Оставить только для чтения
question-locked-take-over = Перехватить
question-locked-close = Закрыть проект

## Восстановление несохранённой работы

question-recover-several = Окон с несохранённой работой: { $count }. Восстановите работу одного из них (остальные будут предлагаться, пока вы их не удалите) или удалите все.
question-recover-closed = При закрытии Diptych осталась несохранённая работа.
question-recover-closed-in = При закрытии Diptych в проекте { $project } осталась несохранённая работа.
question-recover-written = Записана в { $file } ({ $when }).
question-recover-written-earlier = Записана ранее в { $file }.
question-recover-compared = По сравнению с открытым сейчас:
question-recover-restore-numbered = Восстановить № { $number }
question-recover-discard-numbered = Удалить № { $number }
question-recover-restore = Восстановить
question-recover-discard = Удалить восстановленное

## Конфликты импорта

question-conflicts-differ = { $count ->
        [one] { $count } перевод в { $path } отличается от текущего.
        [few] { $count } перевода в { $path } отличаются от текущих.
        [many] { $count } переводов в { $path } отличаются от текущих.
       *[other] { $count } перевода в { $path } отличаются от текущих.
    } Они оставлены как есть; замену можно будет отменить одним шагом.
question-conflicts-row = Строка
question-conflicts-here = Здесь
question-conflicts-in-file = В файле
question-conflicts-keep = Оставить текущие переводы
question-conflicts-replace = Заменить переводами из файла

## Настройки

settings-library-heading = Папка библиотеки
settings-library-explanation = Проекты из неё (и из папки открытого проекта) пополняют память переводов; в её папке tm/ хранятся памяти переводов (TMX), а в папке glossary/ — глоссарии.
settings-library-none = нет (домашняя папка не задана)
settings-library-default = (по умолчанию)
settings-choose = Выбрать…
settings-use-default = По умолчанию
settings-memory-heading = Память переводов
settings-match-minimum = порог показа совпадений
settings-match-minimum-label = Минимальная оценка совпадения
settings-dictionaries-heading = Орфографические словари
settings-dictionaries-explanation = Словари Hunspell (например, en_GB.aff с en_GB.dic) ищутся в этой папке, затем в папке spelling/ библиотеки, затем в /usr/share/hunspell. Для азербайджанского языка также учитываются слова ваших собственных статей из библиотеки.
settings-dictionaries-none = не выбрана
settings-choose-dictionaries = Выбрать папку словарей…
settings-use-no-folder = Не использовать папку
settings-unreadable = Не удалось прочитать настройки из { $path } ({ $error }); используются значения по умолчанию.
settings-cannot-read = Не удалось прочитать настройки { $path }: { $error }
settings-cannot-save = Не удалось сохранить настройки в { $path }: { $error }
