# Layihə panelində surətlər və orijinalın mənşəyi: surətlərin tarixçəsi, yeni surətin cari
# olmazdan əvvəl nəzərdən keçirilməsi, onun tətbiqi barədə mesajlar və orijinal faylın məlumatları.

## Surətlərin tarixçəsi

capture-one = Bir surət: məqalə saxlandığı kimi.
capture-count = { $count } surət; sonuncusu cari surətdir.
capture-stale = ⟳ { $count } tərcümə əvvəlki surətə əsaslanır
capture-current-line = surət vaxtı: { $captured } · cari
capture-earlier-line = surət vaxtı: { $captured } · əvəzlənib: { $replaced }
capture-unknown-time = naməlum
capture-kept = Növbəti surətdə silinmiş abzasların { $count } tərcüməsi

## Yeni surətin nəzərdən keçirilməsi

capture-review-summary = { $file }: məqalə abzasları — dəyişməyib: { $unchanged }, dəyişib: { $changed }, əlavə olunub: { $added }, silinib: { $removed } (onlardan yeri dəyişib: { $moved }).
capture-review-stale = Köhnəlmiş kimi işarələnəcək tərcümələr: { $stale } (saxlanılacaq, yeni mətnlə tutuşdurulmalıdır); silinmiş abzasların surət tarixçəsində saxlanılacaq tərcümələri: { $retired }.
capture-review-restored = Geri qayıdan abzaslara tarixçədən { $count } tərcümə bərpa olunacaq.
capture-review-unrelated = ⚠ Cari surətin { $total } məqalə abzasından yalnız { $kept } bu fayldadır: deyəsən, bu başqa məqalədir.
capture-review-address = Ünvan dəyişir: { $before } → { $after }.
capture-review-links = Yenidən yoxlanılmalı olan uyğunlaşdırma əlaqələri: { $count }.
capture-review-show-other = Məqalə mətnindən kənar dəyişiklikləri göstər ({ $count })
capture-review-nothing = Məqalənin heç bir abzası dəyişməyib: yalnız surətin özü yenidir.
capture-make-current = Cari et
capture-make-current-tooltip = Cari surəti tarixçədə saxla və bunu cari et (Ctrl+Z geri alır)
capture-cancel = Ləğv et
capture-change-moved = yeri dəyişib
capture-change-kind = növü dəyişib
capture-change-changed-moved = dəyişib və yeri dəyişib
capture-change-changed = dəyişib
capture-change-added = əlavə olunub
capture-change-removed = silinib
capture-translations-kept = tərcümələr tarixçədə saxlanılacaq: { $languages }
capture-translations-back = tərcümələr tarixçədən qayıdacaq: { $languages }
capture-translations-stale = tərcümələr köhnələcək: { $languages }

## Yeni surətin oxunması və tətbiqi; köhnəlmiş tərcümələr və birləşmə ziddiyyətləri

capture-cannot-read = Yeni surəti oxumaq mümkün olmadı: { $error }
capture-not-added = { $path } surət kimi əlavə edilmədi: { $error }
capture-not-compared = { $path } müqayisə edilmədi: indi başqa layihə açıqdır, ya da fayl oxunarkən onun abzasları və ya dilləri dəyişib. Surəti yenidən əlavə edin.
capture-not-applied = Yeni surət tətbiq edilmədi: müqayisədən sonra layihə dəyişib. Surəti yenidən əlavə edin.
capture-applied = Surət { $number } cari oldu: abzaslar — dəyişib: { $changed }, əlavə olunub: { $added }, silinib: { $removed }; köhnəlmiş tərcümələr: { $stale } (onlara keçmək üçün Alt+Shift+S). Ctrl+Z geri alır.
capture-choose-target = Əvvəlcə hədəf dilini seçin.
capture-no-stale = Köhnəlmiş tərcümə yoxdur ({ $language }).
capture-field-conflict = «{ $field }» sahəsinin birləşmədən sonra iki versiyası var: layihə panelində birini seçin.
capture-no-conflict = Birləşmə ziddiyyəti qalmayıb.

## Orijinal fayl (mənşə)

provenance-file = Fayl
provenance-format = Format
provenance-page = Səhifə
provenance-encoding = Kodlaşdırma
provenance-encoding-with-bom = { $encoding } (BOM ilə)
provenance-encoding-tooltip = Mətn pozulmuş görünürsə, orijinalı başqa kodlaşdırma ilə yenidən oxu (Ctrl+Z geri qaytarır)
provenance-decided-by = Nəyə əsasən
provenance-size = Ölçü
provenance-bytes = { $count } bayt
provenance-integrity = Bütövlük
provenance-intact = bayt-bayt saxlanılıb
provenance-not-intact = öz heşinə uyğun gəlmir
provenance-paragraphs = Abzaslar: { $summary }
provenance-kind-count = { $kind }: { $count }
provenance-page-kept = Səhifədəki hər şey (menyular, şərhlər, skriptlər) saxlanılan orijinalda qalır; `diptych export-original` onu bayt-bayt geri yazır.

provenance-charset-reading = { $encoding } ({ $why })
provenance-charset-with-errors = { $reading }; bəzi baytlar onda yolverilməzdir və � kimi görünür
provenance-charset-chosen = { $encoding } (istifadəçi seçib; səhifə özü oxunanda belə çıxır: { $reading })
provenance-charset-bom = bayt sırası işarəsinə (BOM) görə
provenance-charset-transport = HTTP/MIME Content-Type başlığında bildirilib
provenance-charset-meta = <meta charset> ilə bildirilib
provenance-charset-detected = məzmuna görə müəyyən edilib (heç nə bildirilməyib)
provenance-charset-utf8-despite = başqa kodlaşdırma bildirilsə də, baytlar düzgün UTF-8-dir
provenance-charset-detected-despite = məzmuna görə müəyyən edilib: səhifə { $declared } bildirir, lakin baytları { $declared } üçün yolverilməzdir
provenance-charset-override = istifadəçi seçib
