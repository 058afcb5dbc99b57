# Отчёты библиотеки так, как их передаёт окно: блокировки, синхронизация, восстановление, импорт XLIFF.

describe-lock-starting = другой процесс Diptych, который только запускается
describe-lock-holder = процесс { $pid } на { $host }
describe-lock-holder-since = процесс { $pid } на { $host }, с { $since }

describe-sync-set-up = этот клон настроен на слияние проектов по записям (git-setup)
describe-sync-committed = коммит: { $message }
describe-sync-nothing-to-commit = нового для коммита нет
describe-sync-detached = ни одна ветка не выбрана (отсоединённый HEAD): коммит сделан локально, ничего не получено и не отправлено
describe-sync-no-remote = у ветки { $branch } нет удалённого репозитория для синхронизации (git remote add origin URL): коммит сделан локально
describe-sync-up-to-date = изменений от коллег нет
describe-sync-merged = работа коллег влита в проект
describe-sync-merged-unchanged = коммиты коллег влиты (проект они не меняли)
describe-sync-note = примечание: { $note }
describe-sync-conflicted = { $count ->
    [one] слияние выполнено, { $count } конфликт оставлен с обеими версиями: выберите версию в окне, сохраните и синхронизируйте снова, чтобы завершить слияние
    [few] слияние выполнено, { $count } конфликта оставлены с обеими версиями: выберите версии в окне, сохраните и синхронизируйте снова, чтобы завершить слияние
    [many] слияние выполнено, { $count } конфликтов оставлены с обеими версиями: выберите версии в окне, сохраните и синхронизируйте снова, чтобы завершить слияние
   *[other] слияние выполнено, { $count } конфликта оставлены с обеими версиями: выберите версии в окне, сохраните и синхронизируйте снова, чтобы завершить слияние
}
describe-sync-conflicts-left = { $count ->
    [one] { $count } конфликт слияния ждёт решения
    [few] { $count } конфликта слияния ждут решения
    [many] { $count } конфликтов слияния ждут решения
   *[other] { $count } конфликта слияния ждут решения
}
describe-sync-offline = нет сети: удалённый репозиторий недоступен ({ $reason }); коммит сделан локально и уйдёт при следующей синхронизации
describe-sync-merge-failed = git не смог выполнить слияние: { $reason }
describe-sync-merge-failed-short = слияние не удалось; локальная работа сохранена в коммите
describe-sync-pushed = { $count ->
    [one] отправлен { $count } коммит
    [few] отправлено { $count } коммита
    [many] отправлено { $count } коммитов
   *[other] отправлено { $count } коммита
}
describe-sync-not-pushed-offline = не отправлено (нет сети: { $reason })
describe-sync-not-pushed = не отправлено: { $reason }
describe-sync-push-failed = отправка не удалась

describe-recovery-translations = { $language }: различающихся переводов — { $count }
describe-recovery-metadata = метаданные различаются: { $fields }
describe-recovery-targets = языки перевода различаются
describe-recovery-source = оригинал различается (абзацев в сохранённом: { $saved }, в восстановленном: { $recovered })
describe-recovery-aligned = выровненные переводы или их связи различаются
describe-recovery-row = строка { $row }
describe-recovery-paragraph-id = абзац с id { $id }

describe-xliff-counts = обновлено: { $updated }, без изменений: { $unchanged }, конфликтов: { $conflicts }, неизвестных единиц: { $unknown }
describe-xliff-source-changed = единиц, исходный текст которых изменили здесь после экспорта (оставлены как есть): { $count }
describe-xliff-other-language = единиц на другом языке (пропущены): { $count }
describe-xliff-excluded = переводов абзацев, которые в этом проекте не переводятся (пропущены): { $count }
describe-xliff-repeated = единиц, повторно указывающих на абзац (учтена последняя): { $count }

report-fill = заполнено точными совпадениями (как черновики): { $filled }, уже переведено: { $translated }, без совпадения: { $unmatched }
report-fill-ambiguous = , оставлено пустыми, потому что память переводит их по-разному: { $count }
report-pretranslate = { $language }: пустых переводов заполнено как черновики: { $filled } (точных: { $exact }, нечётких от { $minimum } % и выше: { $fuzzy }, у каждого примечание с его совпадением), без совпадения: { $without }
report-pretranslate-numbers = ; оставлено пустыми: { $count } — в их лучшем совпадении другие числа, и перенести их в перевод безопасно нельзя
report-bag = Архивный пакет записан: { $path } (файлов: { $files }, байт полезных данных: { $bytes }).
report-glossary-exported = Пар терминов записано в { $path } (TBX-Basic): { $pairs }
report-glossary-dropped = ; пропущено символов, которые XML не может передать: { $count }
report-memory-looking-for-cache = Поиск кэша памяти переводов
report-memory-reading = Чтение { $path }
report-memory-units = { $file }: прочитано единиц — { $read } из { $total }
report-memory-writing-cache = Запись кэша памяти переводов
report-memory-indexed = Проиндексировано
report-library-looking-through = Просмотр библиотеки
report-library-indexing = Индексация библиотеки: проектов { $taken } из { $total }
