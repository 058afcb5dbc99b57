# Панель поиска (Ctrl+F, Ctrl+H): запрос, его переключатели, где искать, число совпадений,
# замена и её итоги.

find-label = Найти:
find-hint = слово, фраза или выражение
find-field-label = Текст для поиска
find-no-matches = нет совпадений
# Показанное совпадение и сколько их всего.
find-position = { $current } из { $total }
find-match-count = { $count ->
    [one] { $count } совпадение
    [few] { $count } совпадения
    [many] { $count } совпадений
   *[other] { $count } совпадения
}
find-previous-tooltip = Предыдущее совпадение
find-next-tooltip = Следующее совпадение
find-close-tooltip = Закрыть панель поиска (Escape)
find-replace-with = Заменить на:
find-replacement-hint-regex = текст; {"${1}, ${2}"} … — группы
find-replacement-hint = текст
find-replacement-label = Заменить на
find-replace = Заменить
find-replace-tooltip = Заменить показанное совпадение и перейти к следующему
find-replace-disabled-tooltip = Замена только в переводах: исходный текст и выровненные переводы — оригиналы
find-replace-all = Заменить все
find-replace-all-tooltip = Заменить все совпадения в переводах (отменяется одним шагом)

find-match-case-tooltip = С учётом регистра
find-whole-word = Слово целиком
find-whole-word-tooltip = Только слова целиком
find-regex-tooltip = Регулярное выражение; в замене можно использовать его группы: $1, $2 …
find-yo-tooltip = Русские ё и е как одна буква
find-any-script = Любой алфавит
find-any-script-tooltip = Имена в любом алфавите и форме: по Hajili найдутся и «Гаджилы», и «Hacılının»

find-in = Где:
find-scope-translations = Переводы
find-scope-source = Оригинал
find-scope-both = Везде
find-all-languages = Все языки
find-any-status = Любой статус
find-any-kind = Любой тип

find-nothing-replaced = Ничего не заменено: { $error }
find-original-not-replaced = Это совпадение в оригинале или выровненном переводе: оригиналы не изменяются.
find-replaced-all = { $matches ->
        [one] Заменено { $matches } совпадение
        [few] Заменено { $matches } совпадения
        [many] Заменено { $matches } совпадений
       *[other] Заменено { $matches } совпадения
    } { $translations ->
        [one] в { $translations } переводе
        [few] в { $translations } переводах
        [many] в { $translations } переводах
       *[other] в { $translations } переводах
    }. Ctrl+Z — отменить.
# $originals: совпадения в оригинале и выровненных переводах, которые не заменяются.
find-replaced-all-left = { $matches ->
        [one] Заменено { $matches } совпадение
        [few] Заменено { $matches } совпадения
        [many] Заменено { $matches } совпадений
       *[other] Заменено { $matches } совпадения
    } { $translations ->
        [one] в { $translations } переводе
        [few] в { $translations } переводах
        [many] в { $translations } переводах
       *[other] в { $translations } переводах
    }; в оригинале и выровненных переводах оставлено без изменений: { $originals }. Ctrl+Z — отменить.
find-nothing-to-replace = В переводах нечего заменять.
find-nothing-to-replace-left = В переводах нечего заменять; в оригинале и выровненных переводах оставлено без изменений: { $originals }.
