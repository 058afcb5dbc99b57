# Kitabxana ekranı (kitabxanadakı bütün layihələr, onlarda axtarış, ora sürüklənən fayllar) və
# kitabxananı oxuyan və ya yazan fon tapşırıqları.

## Cədvəl

library-col-title = Başlıq
library-outlet = Nəşr
library-col-lang = Dil
library-col-targets = Tərcümələr
library-published = Dərc edilib
library-col-captured = Saxlanılıb
library-col-captures = Surətlər
library-tags = Teqlər
library-col-modified = Dəyişdirilib
library-col-address = Ünvan
library-sort-tooltip = Bu sütuna görə sırala (yenidən basanda — əks istiqamətdə)
library-open-tooltip =
    Aç: { $path }
    { $note }
library-target-progress = { $lang }: { $total } abzasdan { $done } hazırdır, { $started } başlanıb
library-aligned-tooltip = Orijinalla uyğunlaşdırılmış tərcümə ({ $language })
library-stale-tooltip = { $count } tərcümə məqalənin əvvəlki surətinə əsaslanır
library-edit-tooltip = Teqləri və qeydi redaktə et
library-edit-label = Teqləri redaktə et: { $title }

## Axtarış və filtrlər

library-search-hint = Bütün məqalələrdə axtar: sözlər, «ifadə»
library-search-label = Kitabxanada axtarış
library-search-tooltip = Hər söz abzasda olmalıdır (istənilən formada); dırnaq içindəki sözlər yanaşı durmalıdır
library-filter-language = Dil
library-filter-all = hamısı
library-filter-status = Status
library-filter-tag = Teq
library-filter-from = başlanğıc
library-filter-to = son
library-refresh = Yenilə
library-back = Layihəyə qayıt
library-no-folder = kitabxana qovluğu yoxdur
library-summary = { $count } layihə ({ $folder }); göstərilir: { $shown }
library-indexing = indeksləşdirilir…
library-unreadable = · { $count } faylı oxumaq mümkün olmadı
library-drop-hint = · əlavə etmək üçün məqalələri bura sürükləyin
library-status-untranslated = tərcümə edilməyib
library-status-in-progress = davam edir
library-status-done = hazırdır
library-status-stale = köhnəlmiş
library-searching = Axtarış kitabxana indeksləşdirildikdən sonra başlayacaq…
library-nothing-found = Heç nə tapılmadı. Bütün sözlər bir abzasda olmalıdır (istənilən formada); daha az sözlə yoxlayın.
library-hit-tooltip = Bu abzasda aç: { $path }
library-hit-details = { $lang } · { $field } · { $score }
library-field-metadata = metaməlumatlar
library-field-source = orijinal
library-field-translation = tərcümə
library-field-aligned = uyğunlaşdırılmış tərcümə

## Kitabxanaya sürüklənən fayllar

library-added-heading = Kitabxanaya əlavə edildi
library-dismiss = Gizlət
library-added-as = ✔ { $name }: «{ $title }» kimi əlavə edildi
library-open = Aç
library-saved-already = ● { $name }: artıq saxlanılıb
library-duplicate-as = «{ $title }» kimi ({ $reasons })
library-same-address = eyni ünvan
library-same-file = eyni orijinal fayl
library-same-text = eyni mətn
library-near-text = demək olar ki, eyni mətn (ortaq hissə: { $share }%)
library-open-it = Onu aç
library-add-capture = Yeni surət kimi əlavə et
library-add-capture-tooltip = Layihəni aç və bu faylı onun məqaləsi ilə müqayisə et: dəyişikliklər surət cari olmazdan əvvəl göstərilir
library-import-separately = Ayrıca idxal et
library-import-separately-tooltip = Yenə də idxal et — ayrıca layihə kimi
library-added-toast = Kitabxana: əlavə edildi — { $new }, artıq saxlanılıb — { $saved }, əlavə edilmədi — { $failed } (kitabxana ekranına baxın).
library-busy-indexing = Kitabxana indeksləşdirmə ilə məşğuldur; bitəndə faylları yenidən sürükləyin.
library-no-folder-toast = Kitabxana qovluğu yoxdur: onu «Fayl → Parametrlər» menyusunda seçin.
library-cannot-index = Kitabxananı indeksləşdirmək mümkün olmadı: { $error }

## Layihənin teqləri və qeydi

library-describe-heading = Teqlər və qeyd: «{ $title }»
library-tags-hint = vergüllə ayrılmış, məs.: nəqliyyat, Bakı
library-tags-label = Layihənin teqləri
library-note = Qeyd
library-note-label = Layihə haqqında qeyd
library-save-description = Teqləri və qeydi saxla
library-save-description-tooltip = Layihə faylına yazılır (ehtiyat nüsxə çıxarıldıqdan sonra)
library-cancel = Ləğv et
library-described-open = Teqlər və qeyd açıq layihədə təyin edildi; layihə saxlananda onlar da saxlanılacaq.
library-busy-describing = Kitabxana məşğuldur; boşalanda teqləri yenidən təyin edin.
library-cannot-describe = Teqləri təyin etmək mümkün olmadı: { $error }
library-described = Teqlər və qeyd saxlanıldı: { $path }.

## Fon tapşırıqları

library-cannot-write-package = Arxiv paketini yazmaq mümkün olmadı: { $error }
library-job-package = Arxiv paketi yazılır: { $path }
library-job-package-lost = paketin yazılması gözlənilmədən dayandı
library-job-capture = Yeni surət oxunur: { $path }
library-job-capture-lost = yeni surətin oxunması gözlənilmədən dayandı
library-job-indexing = Kitabxana indeksləşdirilir
library-job-adding = Kitabxanaya { $count } fayl əlavə edilir
library-job-adding-file = Kitabxanaya əlavə edilir: { $path }
library-job-describe = Teqlər yazılır: { $path }
library-job-stopped = dayandırıldı
library-job-memory = { $from }→{ $to } tərcümə yaddaşı qurulur
library-job-concordance = Konkordans hazırlanır
library-job-pretranslate = İlkin tərcümə: { $language }
library-job-empty-rows = Boş sətirlər üçün tərcümə axtarılır
library-job-glossaries = { $from }→{ $to } qlossariləri oxunur
library-job-glossary-write = Qlossari yazılır
library-job-glossary-export = Qlossari ixrac edilir: { $path }
library-job-glossary-export-lost = qlossarinin ixracı gözlənilmədən dayandı
