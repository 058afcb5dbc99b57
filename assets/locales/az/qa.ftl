# Keyfiyyət yoxlaması paneli (yoxlamalar və iradlar) və orfoqrafiya: lüğətlər, tərcümə
# redaktorunda səhv yazılmış sözlərin menyusu və şəxsi söz siyahısı.

qa-panel-title = Keyfiyyət yoxlaması
qa-counts = { $errors } xəta · { $warnings } xəbərdarlıq · { $notes } məlumat
qa-check-now = Yoxla
qa-check-now-tooltip = Bütün yoxlamaları bütün layihə üzrə yenidən işə sal
qa-filter-all = Bütün iradlar
qa-filter-warnings = Xəbərdarlıqlar və xətalar
qa-filter-errors = Yalnız xətalar
qa-filter-severity-label = İradların ciddiliyi (QA)
qa-all-languages = Bütün dillər
qa-filter-language-label = İradların dili (QA)
qa-nothing-found = Heç nə tapılmadı.
qa-nothing-found-filtered = Filtrlərə uyğun heç nə tapılmadı.

# İrad qrupu: ciddilik işarəsi, yoxlamanın adı və iradların sayı.
qa-group-title = { $mark } { $check } ({ $count })
# İradın yeri: dil kodu və aşağıdakı yer.
qa-finding-place = { $language } { $place }
qa-place-paragraph = abzas { $id }
qa-place-row = sətir { $row }
qa-place-changed-link = dəyişmiş əlaqə
qa-place-link = əlaqə { $link }
qa-go-to-tooltip = Bu sətri və ya əlaqəni göstər
qa-go-to-label = Keç: { $place }, { $check }
qa-ignore = Nəzərə alma
qa-ignore-tooltip = Bu iradı burada daha göstərmə (layihədə yadda saxlanılır)
qa-ignore-label = Nəzərə alma: { $place }, { $check }
qa-link-changed = Əlaqə yoxlanıldıqdan sonra dəyişib; iradlar yenilənir.

qa-ignored-title = Bu layihədə nəzərə alınmayanlar ({ $count })
# Nəzərə alınmayan irad: dil kodu, yer, yoxlamanın adı və iradın mətni.
qa-ignored-line = { $language } { $place } · { $check }: { $message }
qa-report-again = Yenidən göstər
qa-report-again-tooltip = Bu iradı yenidən nəzərə al
qa-report-again-label = Yenidən göstər: { $language } { $place }, { $check }
qa-ignored-more = … və daha { $count } irad
qa-report-all-again = Hamısını yenidən göstər
qa-report-all-again-tooltip = Layihənin bütün iradlarını yenidən nəzərə al (Ctrl+Z ilə geri alınır)
qa-checks-title = Bu layihədəki yoxlamalar

# Yoxlamalar: adları və hər birinin nəyi axtardığı.
qa-check-numbers = rəqəmlər
qa-check-numbers-description = rəqəmlər, vaxt, tarixlər və ya aylar fərqlənir
qa-check-names = adlar
qa-check-names-description = bir tərəfdəki ad digər tərəfdə yoxdur
qa-check-urls = keçidlər
qa-check-urls-description = keçid və ya e-poçt ünvanı çatışmır
qa-check-empty = boş
qa-check-empty-description = hazır kimi işarələnmiş tərcümə boşdur
qa-check-missing = çatışmayanlar
qa-check-missing-description = abzasın uyğunlaşdırılmış tərcümədə qarşılığı yoxdur
qa-check-identical = eyni
qa-check-identical-description = tərcümə mənbə mətni ilə eynidir, tərcümə edilməyib
qa-check-script = əlifba
qa-check-script-description = tərcümə səhv əlifba ilə yazılıb
qa-check-punctuation = durğu işarələri
qa-check-punctuation-description = sondakı durğu işarələri fərqlənir
qa-check-brackets = mötərizələr
qa-check-brackets-description = mötərizələr və ya dırnaq işarələri cüt deyil
qa-check-quotes = dırnaqlar
qa-check-quotes-description = dırnaq işarələri bu dildə qəbul olunanlar deyil
qa-check-spaces = boşluqlar
qa-check-spaces-description = qoşa boşluqlar, durğu işarəsindən əvvəl boşluq, kənarlarda boşluqlar
qa-check-dash = tire
qa-check-dash-description = tire lazım olan yerdə defis
qa-check-doubled = təkrarlar
qa-check-doubled-description = söz iki dəfə yazılıb
qa-check-length = uzunluq
qa-check-length-description = tərcümə adi haldan xeyli uzun və ya qısadır
qa-check-glossary = qlossari
qa-check-glossary-description = qlossari termini işlədilməyib və ya qadağan olunmuş termin işlədilib
qa-check-consistency = ardıcıllıq
qa-check-consistency-description = bir mənbə mətni iki cür tərcümə edilib və ya iki mənbə mətninin tərcüməsi eynidir
qa-check-spelling = orfoqrafiya
qa-check-spelling-description = dilin lüğətində olmayan söz
qa-check-stale = köhnəlmiş
qa-check-stale-description = yeni surət tərcümədən sonra mənbə mətnini dəyişib
qa-check-conflict = ziddiyyətlər
qa-check-conflict-description = birləşdirilmiş iki versiya tərcüməni fərqli dəyişib

qa-spelling-title = Orfoqrafiya lüğətləri
# Dilin adı və lüğətinin haradan götürüldüyü (və ya niyə lüğət olmadığı).
qa-spelling-line = { $language }: { $origin }
qa-dictionaries-folder = Lüğətlər qovluğu…
qa-dictionaries-folder-tooltip = İlk növbədə istifadə olunan Hunspell lüğətlərinin (.aff və .dic) qovluğu

spelling-reading = lüğət oxunur…
spelling-reading-stopped = lüğətin oxunması dayandı
# $code: dil kodu, Debian paketinin adının hissəsi.
spelling-no-dictionary = yoxlanılmır: yararlı lüğət yoxdur (Debian: hunspell-{ $code }; və ya «Parametrlər» pəncərəsində qovluq seçin)
spelling-cannot-read = lüğəti oxumaq mümkün deyil: { $error }
spelling-word-list-stopped = { $list } siyahısına yazma gözlənilmədən dayandı
spelling-word-list-failed = Söz { $list } siyahısına əlavə edilmədi: { $error } (Diptych bağlanana qədər qəbul olunur)
spelling-not-dictionary-folder = Lüğət qovluğu deyil: { $folder }
spelling-no-library = Söz siyahısını saxlamaq üçün kitabxana yoxdur; «{ $word }» Diptych bağlanana qədər qəbul olunur.
spelling-cannot-write = { $path } faylına yazmaq mümkün deyil: { $error }
# Redaktorun kontekst menyusunda səhv yazılmış söz.
spelling-word = «{ $word }»
spelling-no-suggestions = Təklif yoxdur
spelling-add-to-dictionary = Lüğətə əlavə et
spelling-add-to-dictionary-tooltip = Sözü kitabxanadakı şəxsi söz siyahınızda saxla
spelling-ignore = Nəzərə alma
spelling-ignore-tooltip = Diptych bağlanana qədər bu sözü qəbul et
spelling-source-library = kitabxana layihələrinin sözləri (layihə: { $count })
spelling-source-project = layihədə bir neçə dəfə işlənən sözlər (söz: { $count })
spelling-source-personal = şəxsi lüğət (söz: { $count })
