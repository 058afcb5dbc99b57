# Значения модели так, как их называет окно.

word-status-new = новый
word-status-draft = черновик
word-status-translated = переведён
word-status-reviewed = проверен
word-status-approved = утверждён

word-kind-headline = заголовок
word-kind-lead = лид
word-kind-heading = подзаголовок
word-kind-body = текст
word-kind-quote = цитата
word-kind-caption = подпись
word-kind-junk = мусор
word-kind-duplicate = дубликат
word-kind-teaser = анонс
word-kind-footer = подвал

word-link-proposed = предложена
word-link-confirmed = подтверждена

word-field-title = Заголовок
word-field-description = Описание
word-field-outlet = Издание
word-field-url = URL
word-field-author = Автор
word-field-published = Опубликовано
word-field-modified = Изменено
word-field-captured = Сохранено
word-field-capture-tool = Чем сохранено
word-field-direction = Направление текста
word-field-tags = Метки
word-field-note = Примечание

word-format-text = простой текст
word-format-html = HTML-страница
word-format-mhtml = архив MHTML
word-format-warc = архив WARC
word-format-warc-gz = архив WARC (gzip)

word-language-en = английский
word-language-ru = русский
word-language-az = азербайджанский
word-language-tr = турецкий
word-language-ka = грузинский
word-language-hy = армянский
word-language-uk = украинский
word-language-de = немецкий
word-language-fr = французский

word-resolution-ours = Оставить нашу версию
word-resolution-theirs = Взять их версию
word-resolution-as-edited = Оставить правку

word-severity-error = ошибка
word-severity-warning = предупреждение
word-severity-info = сведения
