# Tərcümə yaddaşı: «Uyğunluqlar» paneli, konkordans pəncərəsi, ilkin tərcümə və yaddaşın və ya
# XLIFF faylının layihəyə oxunması.

matches-summary-building = Tərcümə yaddaşı qurulur…
matches-summary-not-built = Tərcümə yaddaşı qurulmadı.
matches-summary-stopped = Tərcümə yaddaşı qurulmadı (dayandırıldı).
matches-summary = { $projects } layihədən və { $memories } yaddaş faylından { $segments } seqment
matches-summary-unreadable = { $projects } layihədən və { $memories } yaddaş faylından { $segments } seqment; { $unreadable } fayl oxunmadı (hansılar olduğunu görmək üçün göstəricini buraya gətirin)

matches-heading = Uyğunluqlar
matches-build = Yaddaşı qur
matches-select-row = Yaddaşdakı uyğunluqları görmək üçün sətir seçin.
matches-none = Bu sətir üçün { $minimum }% və daha yüksək uyğunluq yoxdur.
matches-score = { $score }%
matches-insert = Daxil et (Ctrl+{ $number })
matches-insert-tooltip = Bu tərcüməni seçilmiş sətrə daxil et
matches-numbers-differ = ⚠ Buradakı rəqəmlər bu sətirdən deyil, uyğunluqdan götürülüb: daxil etdikdən sonra onları yoxlayın.
matches-details = { $origin } · sözlər { $words }%, bütün tokenlər { $all }%
matches-details-dated = { $origin } · { $date } · sözlər { $words }%, bütün tokenlər { $all }%
matches-build-failed = Tərcümə yaddaşını qurmaq olmur: { $error }
matches-no-match = Bu sətir üçün { $number } nömrəli uyğunluq yoxdur («Uyğunluqlar» panelini açın: Ctrl+M).

concordance-hint = iki dildən birində söz və ya ifadə
concordance-search = Konkordans axtarışı
concordance-searching = Axtarılır… (hələ qurulan yaddaşda axtarış o hazır olanda aparılacaq)
concordance-searching-count = Axtarılır… İndiyədək tapılan cüt: { $count }
concordance-found = «{ $phrase }» olan cütlər: { $count }
concordance-close = Bağla

memory-pretranslate-stale = İlkin tərcümə tətbiq edilmədi: o icra olunarkən layihə dəyişdi (və ya yalnız oxumaq üçün oldu). İlkin tərcüməni yenidən başladın.
memory-pretranslated-undo = { $report }. Ctrl+Z hamısını geri alır.
memory-still-reading = Yaddaş hələ oxunur; onu gözləyin və ya əvvəlcə ləğv edin.
memory-start-failed = Oxumağa başlamaq olmur: { $error }
memory-not-used = { $path } istifadə edilmədi: fayl oxunarkən layihə dəyişdi (və ya yalnız oxumaq üçün oldu). Onu yenidən idxal edin.
memory-filled = { $path } ({ $units } tərcümə vahidi): { $report }.
memory-filled-drafts = { $path } ({ $units } tərcümə vahidi): { $report }. Doldurulan tərcümələr qaralamadır; Ctrl+Z hamısını geri alır.
memory-dropped-markup = { $count } sətirdaxili element silindi; onların mətni saxlanıldı.
memory-import-undo = Ctrl+Z bütün idxalı geri alır.
memory-replaced = { $count } tərcümə fayldakı ilə əvəz edildi.
memory-changed-since = { $count } tərcümə fayl oxunandan sonra burada dəyişib və olduğu kimi saxlanılıb.
memory-replaced-undo = Ctrl+Z onları geri alır.
