# Снимки и происхождение оригинала на панели проекта: история снимков, просмотр нового снимка
# до того, как он станет текущим, сообщения о его применении и сведения об исходном файле.

## История снимков

capture-one = Один снимок: статья в том виде, в каком была сохранена.
capture-count = { $count ->
        [one] { $count } снимок
        [few] { $count } снимка
        [many] { $count } снимков
       *[other] { $count } снимка
    }; последний — текущий.
capture-stale = ⟳ { $count ->
        [one] { $count } перевод соответствует
        [few] { $count } перевода соответствуют
        [many] { $count } переводов соответствуют
       *[other] { $count } перевода соответствуют
    } более раннему снимку
capture-current-line = снят { $captured } · текущий
capture-earlier-line = снят { $captured } · заменён { $replaced }
capture-unknown-time = в неизвестное время
capture-kept = { $count ->
        [one] { $count } перевод абзацев, удалённых в следующем снимке
        [few] { $count } перевода абзацев, удалённых в следующем снимке
        [many] { $count } переводов абзацев, удалённых в следующем снимке
       *[other] { $count } перевода абзацев, удалённых в следующем снимке
    }

## Просмотр нового снимка

capture-review-summary = { $file }: абзацев статьи без изменений — { $unchanged }, изменено — { $changed }, добавлено — { $added }, удалено — { $removed } (из них перемещено — { $moved }).
capture-review-stale = Устаревшими будут помечены переводы ({ $stale }): они сохранятся для сверки с новым текстом; переводы удалённых абзацев ({ $retired }) сохранятся в истории снимков.
capture-review-restored = Из истории вернутся переводы ({ $count }) к абзацам, которые появились снова.
capture-review-unrelated = ⚠ В этом файле только { $kept } из { $total ->
        [one] { $total } абзаца
        [few] { $total } абзацев
        [many] { $total } абзацев
       *[other] { $total } абзаца
    } статьи текущего снимка: похоже, это другая статья.
capture-review-address = Адрес меняется: { $before } → { $after }.
capture-review-links = Связи выравнивания, которые нужно будет проверить заново: { $count }.
capture-review-show-other = Показать изменения вне текста статьи ({ $count })
capture-review-nothing = Ни один абзац статьи не изменился: нов только сам снимок.
capture-make-current = Сделать текущим
capture-make-current-tooltip = Сохранить текущий снимок в истории и сделать этот текущим (Ctrl+Z отменяет)
capture-cancel = Отмена
capture-change-moved = перемещён
capture-change-kind = изменён тип
capture-change-changed-moved = изменён и перемещён
capture-change-changed = изменён
capture-change-added = добавлен
capture-change-removed = удалён
capture-translations-kept = переводы сохранятся в истории: { $languages }
capture-translations-back = переводы вернутся из истории: { $languages }
capture-translations-stale = переводы устареют: { $languages }

## Чтение и применение нового снимка; устаревшие переводы и конфликты слияния

capture-cannot-read = Не удалось прочитать новый снимок: { $error }
capture-not-added = Файл { $path } не добавлен как снимок: { $error }
capture-not-compared = Файл { $path } не сравнён: открыт другой проект, либо его абзацы или языки изменились, пока файл читался. Добавьте снимок ещё раз.
capture-not-applied = Новый снимок не применён: проект изменился после сравнения. Добавьте снимок ещё раз.
capture-applied = Снимок { $number } стал текущим: абзацев изменено — { $changed }, добавлено — { $added }, удалено — { $removed }; устаревших переводов — { $stale } (Alt+Shift+S — перейти к ним). Ctrl+Z отменяет.
capture-choose-target = Сначала выберите язык перевода.
capture-no-stale = Устаревших переводов нет ({ $language }).
capture-field-conflict = У поля «{ $field }» две версии после слияния: выберите одну на панели проекта.
capture-no-conflict = Конфликтов слияния не осталось.

## Исходный файл (происхождение)

provenance-file = Файл
provenance-format = Формат
provenance-page = Страница
provenance-encoding = Кодировка
provenance-encoding-with-bom = { $encoding } с BOM
provenance-encoding-tooltip = Перечитать оригинал в другой кодировке, если текст выглядит искажённым (Ctrl+Z — вернуть)
provenance-decided-by = Определена по
provenance-size = Размер
provenance-bytes = { $count ->
        [one] { $count } байт
        [few] { $count } байта
        [many] { $count } байт
       *[other] { $count } байта
    }
provenance-integrity = Целостность
provenance-intact = сохранён байт в байт
provenance-not-intact = не совпадает со своим хешем
provenance-paragraphs = Абзацы: { $summary }
provenance-kind-count = { $kind }: { $count }
provenance-page-kept = Всё, что было на странице (меню, комментарии, скрипты), остаётся в сохранённом оригинале; `diptych export-original` записывает его обратно байт в байт.

provenance-charset-reading = { $encoding } ({ $why })
provenance-charset-with-errors = { $reading }; часть байтов в ней недопустима и показана как �
provenance-charset-chosen = { $encoding } (выбрана пользователем; сама по себе страница читается как { $reading })
provenance-charset-bom = по метке порядка байтов (BOM)
provenance-charset-transport = объявлена в Content-Type HTTP/MIME
provenance-charset-meta = объявлена в <meta charset>
provenance-charset-detected = определена по содержимому (ничего не объявлено)
provenance-charset-utf8-despite = байты — допустимый UTF-8, хотя объявлена другая кодировка
provenance-charset-detected-despite = определена по содержимому: страница объявляет { $declared }, но её байты недопустимы в { $declared }
provenance-charset-override = выбрана пользователем
