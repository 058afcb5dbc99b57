# Отчёты библиотеки так, как их передаёт окно: блокировки, синхронизация, восстановление, импорт XLIFF.

describe-lock-starting = другой процесс Diptych, который только запускается
describe-lock-holder = процесс { $pid } на { $host }
describe-lock-holder-since = процесс { $pid } на { $host }, с { $since }

describe-sync-set-up = этот клон настроен на слияние проектов по записям (git-setup)
describe-sync-committed = коммит: { $message }
describe-sync-nothing-to-commit = нового для коммита нет
describe-sync-detached = ни одна ветка не выбрана (отсоединённый HEAD): работа закоммичена здесь, ничего не получено и не отправлено
describe-sync-no-remote = у ветки { $branch } нет удалённого репозитория для синхронизации (git remote add origin URL): работа закоммичена здесь
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
describe-sync-offline = нет связи: удалённый репозиторий недоступен ({ $reason }); работа закоммичена здесь и уйдёт при следующей синхронизации
describe-sync-merge-failed = git не смог выполнить слияние: { $reason }
describe-sync-merge-failed-short = слияние не прошло; локальная работа закоммичена
describe-sync-pushed = { $count ->
    [one] отправлен { $count } коммит
    [few] отправлено { $count } коммита
    [many] отправлено { $count } коммитов
   *[other] отправлено { $count } коммита
}
describe-sync-not-pushed-offline = не отправлено (нет связи: { $reason })
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
