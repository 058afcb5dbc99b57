# Pəncərənin üzərindəki dialoqlar: fayl seçmə pəncərələri (başlıqlar, filtrlər), modal
# dialoqlar (saxlanılmamış dəyişikliklər, yolun daxil edilməsi, gediş, veb arxivin
# səhifələri, abzasın bölünməsi), kilidlər, ehtiyat nüsxələr, bərpa və idxal ziddiyyətləri
# haqqında suallar, həmçinin parametrlər dialoqu və faylı.

## Fayl seçmə pəncərələri

dialog-title-open-article = Məqalədən yeni layihə
dialog-title-open-project = Layihəni aç
dialog-title-save-project = Layihəni fərqli saxla
dialog-title-import-translation = Tərcüməni idxal et
dialog-title-fill-from-memory = Tərcümələri idxal et
dialog-title-library = Kitabxana qovluğu
dialog-title-dictionaries = Orfoqrafiya lüğətləri qovluğu
dialog-title-export-glossary = Qlossarini ixrac et
dialog-title-export-bag = Arxiv paketini ixrac et
dialog-title-export-bag-folder = Arxiv paketini ixrac et (yeni qovluq)
dialog-title-add-capture = Məqalənin yeni surətini əlavə et
dialog-filter-articles = Məqalələr və saxlanılmış səhifələr
dialog-filter-all = Bütün fayllar
dialog-filter-xliff-tmx = XLIFF və TMX
dialog-filter-projects = Diptych layihələri
dialog-filter-tbx = TBX qlossariləri
dialog-unavailable-no-portal = Fayl seçmə pəncərəsi göstərilə bilmədi (iş masasının portalı cavab vermədi).
dialog-unavailable-stopped = Fayl seçmə pəncərəsi gözlənilmədən bağlandı.

## Modal dialoqlar: başlıqlar

modal-title-unsaved = Saxlanılmamış dəyişikliklər
modal-title-palette = Əmr palitrası
modal-title-translation-language = Tərcümənin dili
modal-title-aligning = Uyğunlaşdırma
modal-title-opening = Açılır
modal-title-split = Abzasın bölünməsi
modal-title-archive-page = Veb arxivin səhifəsini seçin
modal-title-backups = Ehtiyat nüsxəyə qayıt
modal-title-export = İxrac
modal-title-import-conflicts = Ziddiyyətli tərcümələr
modal-title-concordance = Konkordans
modal-title-recover = Saxlanılmamış iş bərpa edilsin?
modal-title-locked = Başqa pəncərədə açıqdır
modal-title-edit-term = Termini redaktə et
modal-title-add-term = Termin əlavə et
modal-title-glossary = Qlossari
modal-title-settings = Parametrlər
modal-title-recapture = Məqalənin yeni surəti

## Modal dialoqlar: məzmun

modal-save = Saxla
modal-discard = Saxlama
modal-cancel = Ləğv et
modal-ok = OK
modal-close = Bağla
modal-unsaved-question = «{ $title }» layihəsində saxlanılmamış dəyişikliklər var. Dəyişiklikləri saxlamaq istəyirsiniz?
modal-path-folder-instead = Əvəzində qovluğun tam yolunu yazın:
modal-path-file-instead = Əvəzində faylın tam yolunu yazın:
modal-path-label = Yol
modal-translation-into = { $path } — bu dilə tərcümədir:
modal-translation-language-label = Tərcümənin dili
modal-import-and-align = İdxal et və uyğunlaşdır
modal-split-instructions = Kursoru abzasın bölünəcəyi yerə qoyun, sonra Enter düyməsini basın.
modal-split-label = Bölünəcək abzas
modal-split-at-cursor = Kursorun yerində böl
modal-archive-question = { $path } faylında { $count } veb səhifə var. Məqalə hansıdır?
modal-archive-record-details = surət: { $date }, { $size } KB
modal-opening = Açılır: { $file }…
modal-aligning = İdxal və uyğunlaşdırma: { $file }…

## Ehtiyat nüsxələr

question-backups-none = Bu layihənin hələ ehtiyat nüsxəsi yoxdur. Layihə hər dəfə əvvəlki versiyanın üzərinə saxlananda bir nüsxə saxlanılır.
question-backups-explanation = Hər saxlamada əvəz olunan versiya saxlanılır. Baxmaq üçün birini açın; onu saxlasanız, cari versiya olacaq (əvvəlcə cari faylın ehtiyat nüsxəsi çıxarılır).
question-backup-saved-at = { $stamp } UTC
question-backup-size = { $size } KB
question-backup-open = Aç
question-backup-open-label = Ehtiyat nüsxəni aç: { $stamp }
question-backups-to-keep = Hər layihə üçün ehtiyat nüsxə:
question-backups-to-keep-label = Ehtiyat nüsxə sayı

## Kilidi başqa pəncərə tutur

question-locked-by = { $path } başqa Diptych pəncərəsində açıqdır: { $holder }.
question-locked-file = Kilid faylı: { $path }.
question-locked-read-only = Burada yalnız oxumaq üçün açılıb: onu oxuya, ondan mətn köçürə və nüsxəsini başqa adla saxlaya bilərsiniz (Fayl → Fərqli saxla), lakin dəyişə bilməzsiniz.
question-locked-take-over-warning = O biri pəncərənin artıq olmadığına əminsinizsə (başqa kompüterdə bağlanıb və ya qəzadan sonra qalıb), layihəni ələ ala bilərsiniz. Əgər o, əslində hələ açıqdırsa, iki pəncərə bir-birinin işinin üzərinə yazacaq.
question-locked-keep = Yalnız oxumaq üçün açıq saxla
question-locked-take-over = Ələ al
question-locked-close = Layihəni bağla

## Saxlanılmamış işin bərpası

question-recover-several = Saxlanılmamış iş qalan pəncərələr: { $count }. Onlardan birinin işini bərpa edin (digərləri silinənə qədər təklif olunacaq) və ya hamısını silin.
question-recover-closed = Diptych saxlanılmamış işlə bağlandı.
question-recover-closed-in = Diptych saxlanılmamış işlə bağlandı (layihə: { $project }).
question-recover-written = Yazılıb: { $file } ({ $when }).
question-recover-written-earlier = Əvvəllər yazılıb: { $file }.
question-recover-compared = İndi açıq olanla müqayisədə:
question-recover-restore-numbered = Bərpa et (#{ $number })
question-recover-discard-numbered = Sil (#{ $number })
question-recover-restore = Bərpa et
question-recover-discard = Bərpa olunan işi sil

## İdxal ziddiyyətləri

question-conflicts-differ = { $path } faylındakı { $count } tərcümə buradakılardan fərqlənir. Onlar olduğu kimi saxlanıldı; onları əvəz etsəniz, bu da bir addımla geri alınır.
question-conflicts-row = Sətir
question-conflicts-here = Burada
question-conflicts-in-file = Faylda
question-conflicts-keep = Buradakı tərcümələri saxla
question-conflicts-replace = Fayldakılarla əvəz et

## Parametrlər

settings-library-heading = Kitabxana qovluğu
settings-library-explanation = İçindəki layihələr (və açıq layihənin qovluğundakılar) tərcümə yaddaşını doldurur; onun tm/ qovluğunda tərcümə yaddaşları (TMX), glossary/ qovluğunda isə qlossarilər saxlanılır.
settings-library-none = yoxdur (ev qovluğu təyin edilməyib)
settings-library-default = (standart)
settings-choose = Seç…
settings-use-default = Standartdan istifadə et
settings-memory-heading = Tərcümə yaddaşı
settings-match-minimum = göstərilən ən aşağı uyğunluq balı
settings-match-minimum-label = Ən aşağı uyğunluq balı
settings-dictionaries-heading = Orfoqrafiya lüğətləri
settings-dictionaries-explanation = Hunspell lüğətləri (məsələn, en_GB.aff və en_GB.dic) əvvəlcə bu qovluqda, sonra kitabxananın spelling/ qovluğunda, sonra isə /usr/share/hunspell qovluğunda axtarılır. Azərbaycan dili üçün kitabxanadakı öz məqalələrinizin sözləri də öyrənilir.
settings-dictionaries-none = seçilməyib
settings-choose-dictionaries = Lüğətlər qovluğunu seç…
settings-use-no-folder = Qovluqdan istifadə etmə
settings-unreadable = Parametrlər oxuna bilmədi ({ $error }); standart dəyərlər istifadə olunur. Fayl: { $path }
settings-cannot-read = Parametrləri oxumaq mümkün deyil ({ $path }): { $error }
settings-cannot-save = Parametrləri saxlamaq mümkün deyil ({ $path }): { $error }
