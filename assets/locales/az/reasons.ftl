# Əlaqənin niyə belə qurulduğu — uyğunlaşdırmanın yoxlanışında izahların dediyi kimi (layihə
# faylında səbəb ingiliscə saxlanılır).

reason-moved = yeri dəyişib: { $reason }
reason-merge-conflict = birləşmə ziddiyyəti: onların versiyasında { $source } və { $target } əlaqələndirilib
reason-no-paragraph = (heç nə)
reason-not-in-source = orijinalda yoxdur
reason-no-counterpart = tərcümədə qarşılığı yoxdur
reason-unlinked = əlaqə ayrılıb
reason-merged-by-hand = əl ilə birləşdirilib
reason-swapped-by-hand = əl ilə yerbəyer edilib
reason-shifted-by-hand = əl ilə sürüşdürülüb
reason-empty-cell-by-hand = əl ilə boş xana əlavə edilib
reason-split-by-hand = abzas əl ilə bölünüb
reason-new-in-capture = bu surətdə yeni abzas
reason-left-by-merge = birləşmədən sonra qarşılıqsız qalıb
reason-removed-by-merge = bu əlaqənin abzası birləşmə zamanı silinib
reason-source-changed = mənbə abzası yeni surətdə dəyişib
reason-source-removed = yeni surətdə mənbə abzası silinib
reason-length-ratio = uzunluq nisbəti { $ratio }
reason-numbers-differ = rəqəmlər fərqlidir: orijinalda { $source }, tərcümədə { $target }
reason-shared-numbers = ortaq rəqəm: { $count }
reason-shared-names = ortaq ad: { $count }
