# Pəncərənin çərçivəsi: menyular, status sətri, əmr palitrası, dil menyusu.

palette-hint = Əmr yazın…
palette-field = Əmr
palette-no-match = Uyğun əmr yoxdur.

menu-file = Fayl
menu-edit = Redaktə
menu-align = Uyğunlaşdırma
menu-view = Görünüş
menu-recent-files = Son fayllar
menu-no-recent-files = Son fayl yoxdur
menu-target-language = Hədəf dili
menu-target-language-item = { $name } ({ $code })
menu-nothing-to-align = Uyğunlaşdırmaq üçün tərcüməni idxal edin («Fayl» menyusu).
menu-interface-language = İnterfeys dili
menu-interface-language-tooltip = Diptych menyularının, panellərinin və mesajlarının dili (əmr sətri ingiliscə qalır)
menu-system-language = Sistemin dili ({ $language })
menu-system-language-tooltip = Sistemin dilinə uyğun ol (LANG, LC_MESSAGES), ilk işə salınmada olduğu kimi
menu-bar-target = Tərcümə:

status-read-only = ⚠ yalnız oxunan
status-read-only-tooltip = Bu layihəni burada dəyişmək olmaz ({ $holder }): dəyişikliklər və saxlama rədd edilir. Başqa fayl kimi saxlayın və ya «Fayl → Layihəni ələ al» seçin.
status-unsaved = ● saxlanılmayıb
status-unsaved-tooltip = Layihədə saxlanılmamış dəyişikliklər var
status-saved = saxlanılıb
status-links = { $confirmed }/{ $links } əlaqə təsdiqlənib · aşağı əminlikli: { $low }
status-aligned-pair = { $source } ↔ { $target } (uyğunlaşdırılmış tərcümə)
status-progress = tərcümə olunub: { $paragraphs }/{ $paragraphs-total } abzas · { $words }/{ $words-total } söz
status-stale = ⟳ { $count } köhnəlmiş
status-stale-tooltip = Orijinalı yeni surətdə dəyişmiş tərcümələr; növbətiyə keçmək üçün klikləyin (və ya Alt+Shift+S)
status-conflicts = ⚠ { $count } ziddiyyət
status-conflicts-tooltip = Birləşmə burada iki versiya saxlayıb; növbətiyə keçib seçmək üçün klikləyin (və ya Alt+Shift+C)
status-language-pair = { $source } → { $target }
status-no-target = { $source } → hədəf dili yoxdur
status-cancel-job = Ləğv et

git-detached = budaqsız
git-merging = birləşmə
git-offline = oflayn
git-tooltip-working-tree = Layihə git işçi nüsxəsindədir.
git-tooltip-no-upstream = Cari budaq heç bir uzaq budağı izləmir: sinxronlaşdırma yalnız kommit edir.
git-tooltip-upstream = { $upstream } budağına göndəriləcək kommit: { $ahead }, alınacaq: { $behind } (son yoxlamaya görə).
git-tooltip-uncommitted = ● Layihədə hələ kommit edilməmiş dəyişikliklər var.
git-tooltip-merging = Birləşmə tamamlanmayıb: ziddiyyətləri həll edin, sonra onu başa çatdırmaq üçün sinxronlaşdırın.
git-tooltip-offline = Son cəhddə uzaq repozitoriyaya qoşulmaq mümkün olmadı; iş burada davam edir.
git-tooltip-click = Sinxronlaşdırmaq üçün klikləyin (və ya Alt+Shift+G): kommit, digərlərinin işini abzas-abzas birləşdirmə, göndərmə.

app-cannot-open = { $path } açılmadı: { $reason }
app-library-not-a-folder = { $path } kitabxana ola bilməz: qovluğun tam yolunu göstərin
app-library-set-missing = Kitabxana indi budur: { $path }, lakin belə qovluq hələ yoxdur: o, termin əlavə etdikdə yaradılır və siz ora layihələr, yaddaşlar (tm/) və ya qlossarilər (glossary/) qoyana qədər boş qalır.
app-library-set = Kitabxana indi budur: { $path }.
app-library-none = Kitabxana qovluğu yoxdur (ev qovluğu təyin edilməyib).
app-alignment-stopped = Uyğunlaşdırma dayandırıldı ({ $subject }): onun aid olduğu layihə bağlandı.
app-import-note = İdxal haqqında qeyd: { $note }
app-original-altered = DƏYİŞDİRİLİB: { $findings }. İş itməsin deyə layihə açıqdır, lakin onda saxlanılan orijinal artıq idxal olunanla eyni deyil.
palette-interface-language = İnterfeys dili: { $language }
palette-system-language = sistemdəki kimi
