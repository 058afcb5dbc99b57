# Uyğunlaşdırmanın yoxlanması: mənbə və tərcümə abzasları arasındakı əlaqələr, onların
# filtrləri və sütunları, əlaqənin cümlələri və əlaqə əməliyyatlarının mesajları.

align-filter-unconfirmed = təsdiqlənməmiş
align-filter-low-confidence = aşağı əminlikli
align-filter-not-one-to-one = 1:1 olmayan
align-filter-moved = yeri dəyişmiş
align-sentences-title = Əlaqə { $number }: cümlələr
align-no-match = Filtrlərə uyğun əlaqə yoxdur.
align-summary = { $links } əlaqə · { $confirmed } təsdiqlənmiş · { $low } aşağı əminlikli · { $uneven } 1:1 olmayan · { $moved } yeri dəyişmiş
align-show-only = Yalnız göstər:
align-columns = Sütunlar: { $source } | { $target } |
align-confidence-tooltip = Əminlik { $confidence } — { $reason }
align-confidence-tooltip-state = Əminlik { $confidence } — { $reason } ({ $state })
align-moved-mark = yeri dəyişib
align-continued = ↑ yuxarıdakı sətrin davamı
align-no-counterpart = — qarşılığı yoxdur —
align-split-tooltip = Abzası bölmək üçün iki dəfə klikləyin
align-source-accessible = orijinal { $id }, əlaqə { $link }
align-target-accessible = tərcümə { $id }, əlaqə { $link }
align-column-accessible = { $language } { $id }, əlaqə { $link }
align-finished = { $links } əlaqə uyğunlaşdırıldı: { $uneven } 1:1 olmayan, { $moved } yeri dəyişmiş, { $low } aşağı əminlikli.
align-side-empty = Əlaqənin bu tərəfi boşdur.
align-not-applicable = Bu əməliyyat bu əlaqəyə tətbiq olunmur.
align-split-failed = Bölmək alınmadı: { $error }
align-split-cursor = Kursoru mətnin içinə qoyun: hər iki hissədə mətn qalmalıdır.
