# Экран библиотеки (все проекты библиотеки, поиск по ним, перетащенные в неё файлы) и фоновые
# задачи, которые читают или записывают библиотеку.

## Таблица

library-col-title = Заголовок
library-outlet = Издание
library-col-lang = Язык
library-col-targets = Переводы
library-published = Опубликовано
library-col-captured = Сохранено
library-col-captures = Снимки
library-tags = Метки
library-col-modified = Изменено
library-col-address = Адрес
library-sort-tooltip = Сортировать по этому столбцу (повторно — в обратном порядке)
library-open-tooltip =
    Открыть { $path }
    { $note }
library-target-progress = { $lang }: готово { $done } из { $total ->
        [one] { $total } абзаца
        [few] { $total } абзацев
        [many] { $total } абзацев
       *[other] { $total } абзаца
    }, начато { $started }
library-aligned-tooltip = Перевод ({ $language }), выровненный с оригиналом
library-stale-tooltip = { $count ->
        [one] { $count } перевод соответствует более раннему снимку статьи
        [few] { $count } перевода соответствуют более раннему снимку статьи
        [many] { $count } переводов соответствуют более раннему снимку статьи
       *[other] { $count } перевода соответствуют более раннему снимку статьи
    }
library-edit-tooltip = Изменить метки и примечание
library-edit-label = Изменить метки: { $title }

## Поиск и фильтры

library-search-hint = Поиск по всем статьям: слова, «фраза»
library-search-label = Поиск в библиотеке
library-search-tooltip = Каждое слово должно быть в абзаце, в любой форме; слова в кавычках должны стоять рядом
library-filter-language = Язык
library-filter-all = все
library-filter-status = Статус
library-filter-tag = Метка
library-filter-from = с
library-filter-to = по
library-refresh = Обновить
library-back = Назад к проекту
library-no-folder = нет папки библиотеки
library-summary = { $count ->
        [one] { $count } проект
        [few] { $count } проекта
        [many] { $count } проектов
       *[other] { $count } проекта
    } ({ $folder }); показано: { $shown }
library-indexing = индексация…
library-unreadable = · не удалось прочитать { $count ->
        [one] { $count } файл
        [few] { $count } файла
        [many] { $count } файлов
       *[other] { $count } файла
    }
library-drop-hint = · перетащите сюда статьи, чтобы добавить их
library-status-untranslated = не переведён
library-status-in-progress = в работе
library-status-done = готов
library-status-stale = устаревший
library-searching = Поиск начнётся после индексации библиотеки…
library-nothing-found = Ничего не найдено. Все слова должны быть в одном абзаце (в любой форме); попробуйте меньше слов.
library-hit-tooltip = Открыть { $path } на этом абзаце
library-hit-details = { $lang } · { $field } · { $score }
library-field-metadata = метаданные
library-field-source = оригинал
library-field-translation = перевод
library-field-aligned = выровненный перевод

## Файлы, перетащенные в библиотеку

library-added-heading = Добавлено в библиотеку
library-dismiss = Скрыть
library-added-as = ✔ { $name }: добавлено как «{ $title }»
library-open = Открыть
library-saved-already = ● { $name }: уже сохранено
library-duplicate-as = как «{ $title }» ({ $reasons })
library-same-address = тот же адрес
library-same-file = тот же исходный файл
library-same-text = тот же текст
library-near-text = почти тот же текст (совпадает { $share } %)
library-open-it = Открыть его
library-add-capture = Добавить как новый снимок
library-add-capture-tooltip = Открыть проект и сравнить этот файл с его статьёй: изменения будут показаны до того, как снимок станет текущим
library-import-separately = Импортировать отдельно
library-import-separately-tooltip = Всё равно импортировать — как отдельный проект
library-added-toast = Библиотека: добавлено — { $new }, уже сохранено — { $saved }, не добавлено — { $failed } (см. экран библиотеки).
library-busy-indexing = Библиотека занята индексацией; перетащите файлы ещё раз, когда она закончит.
library-no-folder-toast = Папка библиотеки не задана: выберите её в меню «Файл → Настройки».
library-cannot-index = Не удалось проиндексировать библиотеку: { $error }

## Метки и примечание проекта

library-describe-heading = Метки и примечание: «{ $title }»
library-tags-hint = через запятую, напр.: транспорт, Баку
library-tags-label = Метки проекта
library-note = Примечание
library-note-label = Примечание к проекту
library-save-description = Сохранить метки и примечание
library-save-description-tooltip = Записываются в файл проекта (после создания резервной копии)
library-cancel = Отмена
library-described-open = Метки и примечание заданы в открытом проекте; они сохранятся вместе с ним.
library-busy-describing = Библиотека занята; задайте метки ещё раз, когда она освободится.
library-cannot-describe = Не удалось задать метки: { $error }
library-described = Метки и примечание сохранены в { $path }.

## Фоновые задачи

library-cannot-write-package = Не удалось записать архивный пакет: { $error }
library-job-package = Запись архивного пакета { $path }
library-job-package-lost = запись пакета неожиданно прервалась
library-job-capture = Чтение нового снимка { $path }
library-job-capture-lost = чтение нового снимка неожиданно прервалось
library-job-indexing = Индексация библиотеки
library-job-adding = Добавление { $count ->
        [one] { $count } файла
        [few] { $count } файлов
        [many] { $count } файлов
       *[other] { $count } файла
    } в библиотеку
library-job-adding-file = Добавление в библиотеку: { $path }
library-job-describe = Запись меток: { $path }
library-job-stopped = прервано
library-job-memory = Построение памяти переводов { $from }→{ $to }
library-job-concordance = Подготовка конкорданса
library-job-pretranslate = Предварительный перевод: { $language }
library-job-empty-rows = Подбор переводов для пустых строк
library-job-glossaries = Чтение глоссариев { $from }→{ $to }
library-job-glossary-write = Запись глоссария
library-job-glossary-export = Экспорт глоссария в { $path }
library-job-glossary-export-lost = экспорт глоссария неожиданно прервался
