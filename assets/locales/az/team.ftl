# Birgə iş: birləşmə ziddiyyətləri (cədvəldə və layihə panelində), Tarixçə paneli,
# layihə paneli və git ilə sinxronlaşdırma.

conflict-ours-status = Bizim versiya ({ $status })
conflict-theirs-status = Onların versiyası ({ $status })
conflict-ours-note = Bizim qeyd:
conflict-theirs-note = Onların qeydi:
conflict-empty = (boş)
conflict-no-note = (yoxdur)
conflict-title = ⚠ Birləşmə ziddiyyəti: bu tərcümənin iki versiyası
conflict-tooltip =
    İki nəfər bu tərcüməni fərqli dəyişib. Siz seçənə qədər sətirdə bizim versiya göstərilir.
    Əsas (hər iki dəyişiklikdən əvvəl): { $base }
conflict-accessible = Ziddiyyət { $id }
conflict-ours-hint = Ziddiyyətli hissələrdə bizim versiyanı saxla
conflict-theirs-hint = Ziddiyyətli hissələrdə onların versiyasını götür
conflict-as-edited-hint = Sahədə indi olanı saxla (bizim versiyanı və ya sonradan yazdığınızı)
conflict-resolution-accessible = { $resolution } { $name }
conflict-metadata-title = ⚠ { $field }: birləşmədən sonra iki versiya
conflict-ours = Bizim versiya
conflict-theirs = Onların versiyası
conflict-base = Əsas

history-title = Tarixçə
history-unsaved = Tarixçəni görmək üçün layihəni git işçi nüsxəsində saxlayın.
history-reading-log = Tarixçə git vasitəsilə oxunur…
history-no-history = Tarixçə yoxdur: { $error }
history-commit-count = Layihənin kommitləri: { $count }
history-select-row = Tərcüməsini kimin nə vaxt dəyişdiyini görmək üçün sətir seçin.
history-row-title = ¶{ $id }, { $language }
history-reading = Oxunur…
history-no-changes = Heç bir kommit bu tərcüməni dəyişməyib.
history-empty = (boş)
history-status-note = { $status } · qeyd: { $note }
history-restore = Bərpa et
history-restore-tooltip = Bu versiyanı yenidən sətrin tərcüməsi et (bir addımla geri alınır)
history-restore-disabled = Sətirdə indi bu versiyadır
history-restore-accessible = Versiyanı bərpa et: { $number }

project-article = Məqalə
project-targets = Hədəf dilləri
project-original = Orijinal
project-captures = Surətlər
project-source = Mənbə dili: { $name } ({ $code })
project-edited-count = dəyişdirilib: { $count }
project-remove = Sil
project-remove-accessible = Sil: { $language }
project-remove-tooltip = Bu dili və onun tərcümələrini sil (Ctrl+Z onları geri qaytarır)
project-new-target-hint = məs. de, tr
project-new-target-accessible = Yeni hədəf dili
project-add-language = Dil əlavə et

sync-read-only = Bu layihə yalnız oxumaq üçün açıqdır (onu başqa Diptych pəncərəsi tutur); sinxronlaşdırmanı oradan edin.
sync-running = Sinxronlaşdırma artıq icra olunur.
sync-not-started = Sinxronlaşdırma başlamadı: { $error }
sync-failed = Sinxronlaşdırma alınmadı: { $error }
sync-other-project = Sinxronlaşdırıldı: { $path } (artıq burada açıq deyil).
sync-outcome = Sinxronlaşdırma: { $outcome }
sync-merge-refused = Digərlərinin işi fayla birləşdirildi, lakin sinxronlaşdırma zamanı yazdıqlarınızla yox ({ $refusal }). Başqa adla nüsxə saxlayın, sonra layihəni yenidən açın.
