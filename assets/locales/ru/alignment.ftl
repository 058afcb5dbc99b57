# Проверка выравнивания: связи между абзацами оригинала и перевода, их фильтры и столбцы,
# предложения связи и сообщения операций со связями.

align-filter-unconfirmed = неподтверждённые
align-filter-low-confidence = низкая уверенность
align-filter-not-one-to-one = не 1:1
align-filter-moved = перемещённые
align-sentences-title = Предложения связи { $number }
align-no-match = Ни одна связь не подходит под фильтры.
align-summary = Связей: { $links } · подтверждено: { $confirmed } · низкая уверенность: { $low } · не один к одному: { $uneven } · перемещено: { $moved }
align-show-only = Показать только:
align-columns = Столбцы: { $source } | { $target } |
align-confidence-tooltip = Уверенность { $confidence } — { $reason }
align-confidence-tooltip-state = Уверенность { $confidence } — { $reason } ({ $state })
align-moved-mark = перемещена
align-continued = ↑ продолжение строки выше
align-no-counterpart = — нет соответствия —
align-split-tooltip = Двойной щелчок — разделить абзац
align-source-accessible = оригинал { $id }, связь { $link }
align-target-accessible = перевод { $id }, связь { $link }
align-column-accessible = { $language } { $id }, связь { $link }
align-finished = Выровнено связей: { $links }; не один к одному: { $uneven }, перемещено: { $moved }, с низкой уверенностью: { $low }.
align-side-empty = Эта сторона связи пуста.
align-not-applicable = Операция неприменима к этой связи.
align-split-failed = Не удалось разделить: { $error }
align-split-cursor = Поставьте курсор внутрь текста: в обеих частях должен остаться текст.
