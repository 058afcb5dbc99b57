# Окно экспорта и сообщения об экспорте.

export-format-txt = Простой текст (.txt)
export-format-md = Markdown (.md)
export-format-html = Веб-страница (.html)
export-format-review-html = Копия для проверки в два столбца (.review.html)
export-format-tmx = Память переводов (.tmx)
export-format-xliff = XLIFF 2.1 для других CAT-систем (.xlf)
export-format-xliff12 = XLIFF 1.2 для старых программ (.xliff12.xlf)
export-format-docx = Документ Word (.docx)
export-format-review-docx = Таблица для проверки в Word (.review.docx)
export-format = Формат
export-language = Язык
export-also-show = Показать также
export-no-other-language = без другого языка
export-allow-incomplete = Оставлять исходный текст там, где ещё нет перевода
export-include-drafts = Включить черновики (не только переведённые, проверенные и утверждённые абзацы)
export-sentences = Пары предложений (разбить каждую пару абзацев выравниванием по предложениям)
export-replace = Заменить файл, если он существует (его резервная копия сохраняется)
export-write-to = Куда записать
export-path = Путь экспорта
export-to-file = Экспортировать в этот файл
export-cancel = Отмена

export-no-target = В проекте пока нет языка перевода для экспорта (добавьте его на панели проекта).
export-busy = Другой экспорт ещё записывается; дождитесь его окончания или сначала отмените его.
export-progress = Экспорт: { $path }
export-progress-writing = Запись
export-start-failed = Не удаётся начать экспорт: { $error }
export-done = Экспортировано: { $path }
export-cancelled = Экспорт отменён; файл { $path } не записан.
export-failed = Не экспортировано: { $error }
