# Тексты замечаний проверок (QA) так, как их показывает панель контроля качества (командная
# строка, её JSON и игнорируемые замечания проекта хранят их по-английски).

# Слово или фраза в кавычках внутри замечания, элемент списка.
finding-quoted = «{ $text }»
# Два варианта, каждый в кавычках: переводы термина из глоссария.
finding-or = { $first } или { $second }

# $figures: числа, время (15:00) и месяцы (finding-month) через запятую.
finding-figures-lost = в переводе нет: { $figures }
finding-figures-gained = есть в переводе, но нет в оригинале: { $figures }
# Месяц, названный в тексте (1–12).
finding-month = { $month ->
        [1] январь
        [2] февраль
        [3] март
        [4] апрель
        [5] май
        [6] июнь
        [7] июль
        [8] август
        [9] сентябрь
        [10] октябрь
        [11] ноябрь
        [12] декабрь
       *[other] месяц { $month }
    }
# $names: имена через запятую, некоторые — как finding-name-fewer.
finding-names-lost = в переводе нет имён: { $names }
# Имя, которое в переводе встречается реже, чем в оригинале.
finding-name-fewer = { $name } (в оригинале { $times ->
        [one] { $times } раз
        [few] { $times } раза
        [many] { $times } раз
       *[other] { $times } раза
    }, здесь { $written })
# $addresses: веб-адреса и адреса эл. почты через запятую.
finding-addresses-lost = в переводе нет: { $addresses }
# $status: статус перевода (переведён, проверен, утверждён).
finding-empty = статус «{ $status }», но перевод пуст
finding-no-counterpart = у абзаца оригинала нет соответствия в переводе
finding-extra-paragraph = в переводе есть абзац, которого нет в оригинале
finding-identical = перевод повторяет исходный текст
finding-script-latin = перевод написан в основном латиницей, а не кириллицей: тот ли это язык?
finding-script-cyrillic = перевод написан в основном кириллицей, а не латиницей: тот ли это язык?
# $source, $target: одно из сообщений finding-mark- ниже (в творительном падеже).
finding-final-mark = оригинал заканчивается { $source }, а перевод — { $target }
finding-mark-question = вопросительным знаком
finding-mark-exclamation = восклицательным знаком
finding-mark-colon = двоеточием
finding-mark-full-stop = точкой
finding-mark-none = без знака препинания
# $marks: скобки, например ( ) и « », или finding-pair-quotes, через запятую.
finding-unpaired = непарные знаки в переводе: { $marks }
finding-pair-quotes = кавычки
finding-quotes-inside = “…” внутри «…»: по-русски там обычно пишут „…“
finding-quotes-russian = кавычки другого языка: по-русски пишут «…» (а внутри — „…“)
finding-quotes-english = кавычки другого языка: по-английски пишут “…”
finding-quotes-azerbaijani = кавычки другого языка: по-азербайджански пишут “…” или «…»
finding-double-space = два пробела подряд
# $marks: знаки препинания через пробел (, .).
finding-space-before = пробел перед знаком препинания: { $marks }
finding-edge-space = пробел в начале или в конце
finding-hyphen = дефис между словами там, где пишется тире (—)
# $words: слова через запятую.
finding-doubled = слово написано дважды подряд: { $words }
# $words: слова через запятую.
finding-mixed-script = латинские и кириллические буквы в одном слове (буква набрана в другой раскладке?): { $words }
# $ratio: десятичная дробь больше 1 (перевод длиннее обычного).
finding-length-longer = перевод в { $ratio } раза длиннее обычного: что-то пропущено или повторено?
# $ratio: десятичная дробь меньше 1 (перевод короче обычного).
finding-length-shorter = перевод намного короче обычного ({ $ratio } от привычной длины): что-то пропущено или повторено?
# $expected: переводы из глоссария, каждый в кавычках, через finding-or.
finding-glossary-unused = термин «{ $term }» переведён не так, как в глоссарии: { $expected }
# $used: запрещённые переводы, каждый в кавычках, через запятую.
finding-glossary-forbidden = для термина «{ $term }» использован запрещённый перевод: { $used }
finding-inconsistent = один и тот же оригинал переведён в этом проекте { $count ->
        [one] { $count } разным способом
       *[other] { $count } разными способами
    }
# $language: код языка (en, ru, az…). В предложном падеже: «нет в русском словаре».
finding-dictionary = { $language ->
        [en] английском словаре
        [ru] русском словаре
        [az] азербайджанском словаре
        [tr] турецком словаре
        [ka] грузинском словаре
        [hy] армянском словаре
        [uk] украинском словаре
        [de] немецком словаре
        [fr] французском словаре
       *[other] словаре ({ $language })
    }
finding-spelling-repeated = слова «{ $word }» нет в { $dictionary }, но в проекте оно не раз написано именно так
finding-not-in-dictionary = слова «{ $word }» нет в { $dictionary }
finding-misspelt = «{ $word }» — похоже, опечатка («{ $suggestion }»?)
# $language: код языка (en, ru, az…).
finding-misspelt-order = «{ $word }» — похоже, опечатка: ни в одном известном { $language ->
        [en] английском слове
        [ru] русском слове
        [az] азербайджанском слове
        [tr] турецком слове
        [ka] грузинском слове
        [hy] армянском слове
        [uk] украинском слове
        [de] немецком слове
        [fr] французском слове
       *[other] слове ({ $language })
    } нет этих букв в таком порядке
# $ours, $theirs: тексты двух версий, сокращённые.
finding-conflict = при слиянии сохранились две версии: наша «{ $ours }» и их «{ $theirs }»; выберите одну в строке
finding-conflict-note = при слиянии сохранились две версии примечания: наша «{ $ours }» и их «{ $theirs }»; выберите одну в строке
# $field: одно из сообщений finding-field- ниже (в родительном падеже).
finding-conflict-field = при слиянии сохранились две версии { $field } статьи: наша «{ $ours }» и их «{ $theirs }»; выберите одну в панели проекта
finding-field-title = заголовка
finding-field-description = описания
finding-field-outlet = издания
finding-field-url = URL
finding-field-author = автора
finding-field-published = даты публикации
finding-field-modified = даты изменения
finding-field-captured = даты сохранения
finding-field-capture-tool = инструмента сохранения
finding-field-direction = направления текста
finding-field-tags = меток
finding-field-note = примечания
# $earlier: исходный текст, которому следует перевод, сокращённый.
finding-stale = оригинал изменился в новом снимке; перевод сделан по прежнему тексту «{ $earlier }» (подтвердите строку, когда перевод будет верным)
