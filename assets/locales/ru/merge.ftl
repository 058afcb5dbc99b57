# Примечания драйвера слияния после синхронизации: что он выбрал без конфликта.

merge-note-ours-replaced = связь { $source } – { $target }, изменённая у нас, заменена в их версии
merge-note-theirs-replaced = связь { $source } – { $target }, изменённая в их версии, заменена у нас
merge-note-theirs-removed-target = в их версии удалён язык перевода { $language }, но у нас он изменён: язык остаётся
merge-note-ours-removed-target = у нас удалён язык перевода { $language }, но в их версии он изменён: язык остаётся
merge-note-link-lost-paragraph = { $language }: связь потеряла абзац, которого в объединённой статье больше нет; она снова предложена
merge-note-paragraph-unlinked = { $language }: после слияния { $paragraph } не вошёл ни в одну связь; ему дана отдельная связь, предложенная
merge-note-our-status-left = { $language } { $paragraph }: наш статус относился к тексту, который в их версии переписан; статус следует новому тексту
merge-note-their-status-left = { $language } { $paragraph }: их статус относился к тексту, который у нас переписан; статус следует новому тексту
