# Qlossari: «Terminlər» paneli, termin əlavə etmə və redaktə pəncərəsi, «Qlossari» pəncərəsi
# və qlossarinin mesajları.

glossary-summary-reading = Qlossarilər oxunur…
glossary-summary-not-read = Qlossarilər oxunmadı.
glossary-summary-stopped = Qlossarilər oxunmadı (dayandırıldı).
glossary-summary = { $files } fayldan { $pairs } termin cütü
glossary-summary-unreadable = { $files } fayldan { $pairs } termin cütü; oxunmadı: { $unreadable }

glossary-term-label = Termin ({ $language })
glossary-term-hint = mənbə mətnində olduğu kimi, məs. unauthorized rally
glossary-source-term = Mənbə termini
glossary-translation-label = Tərcümə ({ $language })
glossary-target-term = Tərcümə termini
glossary-note = Qeyd
glossary-note-hint = tərcüməçilər üçün (məcburi deyil)
glossary-term-note = Termin qeydi
glossary-forbidden = Qadağandır: bu tərcümə işlədilməməlidir
glossary-inflected-forms = Terminlər istənilən qrammatik formada tapılır (президента, prezidentlə).
glossary-save = Saxla
glossary-add = Əlavə et
glossary-cancel = Ləğv et

glossary-choose-target = Qlossarini görmək üçün hədəf dilini seçin.
glossary-close = Bağla
glossary-filter-hint = filtr: terminlərdən birinin və ya qeydin sözü
glossary-filter = Qlossari filtri
glossary-add-term = Termin əlavə et… ({ $shortcut })
glossary-export-tbx = TBX kimi ixrac et…
glossary-export-tbx-tooltip = Bu dillərin bütün termin cütlərini bir TBX-Basic faylına yaz
glossary-shown = Göstərilir: { $shown } / { $total } termin cütü
glossary-file = Fayl
glossary-really-delete = Bəli, sil
glossary-keep = Silmə
glossary-edit = Redaktə et
glossary-edit-pair = Redaktə et: { $pair }
glossary-delete = Sil
glossary-delete-pair = Sil: { $pair }
glossary-read-only = yalnız oxunan
glossary-read-only-tooltip = Kitabxananın qlossari qovluğuna əlavə etdiyiniz fayldandır; həmin faylı redaktə edin və ya öz versiyanızı saxlamaq üçün termini burada əlavə edin

glossary-load-failed = Qlossariləri oxumaq olmur: { $error }
glossary-choose-target-first = Əvvəlcə hədəf dilini seçin: termin mənbə mətnini həmin dildəki tərcümə ilə cütləşdirir.
glossary-no-library = Qlossarini saxlamaq üçün kitabxana qovluğu yoxdur: onu parametrlərdə seçin.
glossary-change-failed = Qlossarini indi dəyişmək olmur: { $error }
glossary-export-not-read = Qlossari hələ oxunmayıb; «Terminlər» paneli terminləri göstərəndə onu ixrac edin.
glossary-export-failed = Qlossarini indi ixrac etmək olmur: { $error }
glossary-added = Əlavə edildi: «{ $source }» → «{ $target }». { $file } faylında { $count } termin cütü var.
glossary-changed = Dəyişdirildi: «{ $source }» → «{ $target }». { $file } faylında { $count } termin cütü var.
glossary-deleted = Silindi: «{ $source }» → «{ $target }» (faylın əvvəlki halı onun .diptych-backups qovluğundadır). { $file } faylında { $count } termin cütü var.

terms-heading = Terminlər
terms-glossary = Qlossari…
terms-choose-target = Terminləri görmək üçün hədəf dilini seçin.
terms-select-row = Qlossari terminlərini görmək üçün sətir seçin.
terms-none = Bu sətirdə qlossari termini yoxdur.
terms-forbidden = Qadağandır: bu tərcüməni işlətməyin
terms-forbidden-used = tərcümədə işlənib!
terms-insert-tooltip = Termini tərcümədə kursorun olduğu yerə daxil et
terms-insert-label = Termini daxil et: { $term }
terms-used = ✔ işlənib
terms-not-used = hələ işlənməyib
terms-edit-label = Termini redaktə et: { $source } → { $target }
