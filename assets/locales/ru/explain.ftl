# Почему экспорт не выполнен или файл не записан, и замечания о выполненном экспорте — так,
# как их говорит окно (называя варианты диалога экспорта, а не флаги командной строки).

explain-not-a-target = { $language } — не язык перевода этого проекта (его языки перевода: { $targets })
explain-untranslated = { $language }: ещё не переведено абзацев: { $count } — { $list }; переведите их или выберите в диалоге экспорта «{ export-allow-incomplete }»
explain-untranslated-row = строка { $row } «{ $excerpt }»
explain-untranslated-more = и ещё { $count }
explain-nothing-to-export = в проекте нечего сдавать: все абзацы относятся к видам, которые не переводятся (мусор, анонс, подвал, дубликат); сначала измените вид абзаца
explain-empty-memory = ни у одного абзаца или связи выравнивания ещё нет готового перевода (переведён или выше), и память переводов получилась бы пустой; подтвердите какие-нибудь переводы или выберите «Включить черновики»
explain-cannot-write = не удалось записать { $path }: { $reason }
explain-exists = файл { $path } уже существует; отметьте, что его можно заменить (его резервная копия сохранится)
explain-is-project = { $path } — проект Diptych; экспорт не будет его заменять. Запишите в другой файл.
explain-backup-failed = не удалось сделать резервную копию { $path }, поэтому файл не перезаписан: { $reason }

explain-source-kept = { $language }: абзацев без перевода — { $count }, для них оставлен исходный текст
explain-stale = { $language }: переводов, сделанных по прежнему снимку статьи (устаревших), — { $count }; их оригинал с тех пор изменился
explain-conflicts = { $language }: переводов с двумя версиями после слияния, ещё не разрешёнными, — { $count }; сдана наша версия
explain-dropped = пропущено управляющих символов, которые XML не может передать: { $count }

explain-cannot-read = не удалось прочитать { $path }: { $reason }
explain-not-text = { $path } — не текстовый файл (недопустимый UTF-8 в байте { $offset })
explain-syntax = файл проекта { $path } повреждён (строка { $line }, позиция { $column }: { $message })
explain-newer-version = файл { $path } записан более новой версией Diptych (формат проекта версии { $found }); эта сборка читает версии до { $current }. Обновите Diptych.
explain-unknown-version = { $path }: версии формата проекта { $found } Diptych никогда не записывал
explain-inconsistent = { $path }: проект внутренне противоречив: { $problem }
explain-with-path = { $path }: { $reason }
explain-too-large = { $path }: текст занимает { $size } МБ; статьи в виде простого текста импортируются до { $limit } МБ
explain-no-text = { $path }: в файле нет текста для импорта (только пробелы)
explain-no-such-record = в { $path } нет страницы { $url }
explain-empty-file = файл пуст
explain-binary = похоже, это двоичный файл, а не текст статьи
explain-unsupported-encoding = файл не в UTF-8 и не в известной старой кодировке (определено: { $detected })
explain-not-reproducible = файл не является корректным текстом { $encoding } или не сохранился бы байт в байт; он не импортирован, чтобы ничего из него не потерять
explain-invalid-utf16 = текст UTF-16 повреждён (нечётная длина или непарный суррогат)

explain-sync-other-conflicts = в других файлах есть конфликты ({ $files }); сначала завершите это слияние в git
explain-sync-unreadable = объединённый проект не открывается: { $reason }
explain-sync-unresolved = ещё не разрешено конфликтов слияния: { $count }; ничего не закоммичено и не отправлено (выберите версию в каждой строке с конфликтом, сохраните и синхронизируйте)
explain-sync-merge-undone = в сохранённом проекте нет изменений, принесённых слиянием (их { $count }, например { $example }): слияние отменено? Ничего не закоммичено; верните его (Ctrl+Y) и синхронизируйте или завершите слияние в git, если их действительно нужно отбросить
explain-sync-unmerged = git оставил проект не слитым, а две версии нельзя объединить по записям (в обеих изменён оригинал): ничего не закоммичено. Прервите слияние (git merge --abort) и повторите изменение одной стороны в Diptych или выберите версию (git checkout --ours или --theirs ФАЙЛ, затем git add ФАЙЛ) и синхронизируйте
explain-sync-other-unresolved = в { $project } (другом проекте этой рабочей копии) ещё есть неразрешённые конфликты слияния: ничего не закоммичено; откройте его в Diptych, выберите версии, сохраните и синхронизируйте
explain-sync-detached = ни одна ветка не выбрана (HEAD вне ветки): ничего не закоммичено; перейдите на ветку (git switch main) и синхронизируйте снова
explain-git-not-installed = git не установлен (или его нет в PATH): { $reason }
explain-git-not-a-repository = { $path } не находится в рабочей копии git (клонируйте репозиторий команды или выполните там git init, затем diptych git-setup)
explain-git-no-such-file = { $path } не существует
explain-git-outside = { $project } находится вне рабочей копии { $top }
explain-git-failed = команда git { $command } не удалась: { $message }

explain-note-encoding = кодировка: { $decision }
explain-note-fallback = на видимой странице почти нет текста статьи; статья (слов: { $words }) взята из { $source }
explain-source-noscript = её версии в <noscript>
explain-source-json-ld = поля articleBody в JSON-LD страницы
explain-note-few-words = на странице размером { $kilobytes } КБ найдено слов текста статьи: { $words } (возможно, он загружается скриптами, которые Diptych никогда не запускает); вся страница сохранена как оригинал

explain-io-not-found = такого файла или папки нет
explain-io-permission-denied = нет доступа
explain-io-storage-full = диск заполнен
explain-io-read-only = файловая система доступна только для чтения
explain-not-regular = это { $kind }; Diptych читает и записывает только обычные файлы
explain-not-regular-reached = { $path } (куда ведёт ссылка) — это { $kind }; Diptych читает и записывает только обычные файлы
explain-kind-fifo = именованный канал (FIFO)
explain-kind-socket = сокет
explain-kind-device = устройство
explain-kind-folder = папка
explain-kind-other = не обычный файл
