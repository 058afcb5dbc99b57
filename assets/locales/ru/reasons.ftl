# Почему связь такова — как это говорят подсказки при проверке выравнивания (в файле проекта
# причина хранится по-английски).

reason-moved = перемещена: { $reason }
reason-merge-conflict = конфликт слияния: в их версии связаны { $source } и { $target }
reason-no-paragraph = (ничего)
reason-not-in-source = нет в оригинале
reason-no-counterpart = нет соответствия в переводе
reason-unlinked = связь разорвана
reason-merged-by-hand = объединена вручную
reason-swapped-by-hand = переставлена вручную
reason-shifted-by-hand = сдвинута вручную
reason-empty-cell-by-hand = вручную вставлена пустая ячейка
reason-split-by-hand = абзац разделён вручную
reason-new-in-capture = новый абзац в этом снимке
reason-left-by-merge = после слияния осталась без пары
reason-removed-by-merge = абзац этой связи удалён при слиянии
reason-source-changed = исходный абзац изменился в новом снимке
reason-source-removed = в новом снимке удалён исходный абзац
reason-length-ratio = соотношение длин { $ratio }
reason-numbers-differ = числа расходятся: в оригинале { $source }, в переводе { $target }
reason-shared-numbers = общих чисел: { $count }
reason-shared-names = общих имён: { $count }
