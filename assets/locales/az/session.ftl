# İşin qorunması: saxlama, layihə kilidi və yalnız oxumaq rejimi, ehtiyat nüsxələr,
# avtomatik saxlama və bərpa faylları, saxlanılmış orijinalların yenidən yoxlanılması.

## Saxlama

session-read-only-save-copy = Bu layihə yalnız oxumaq üçün açıqdır (onu başqa Diptych pəncərəsi tutur); nüsxəsini başqa adla saxlayın.
session-saved = Saxlanıldı: { $path }
session-saved-with-conflicts = Saxlanıldı: { $path }. Həll edilməmiş birləşmə ziddiyyətləri: { $count }; hər iki versiya faylda saxlanılır (Alt+Shift+C növbətiyə keçir)
session-example-project = nümunə layihə

## Layihə kilidi

lock-save-as-held = Saxlanılmadı: { $path } başqa Diptych pəncərəsində açıqdır ({ $holder }). Başqa ad seçin.
lock-save-as-cannot-lock = { $path } kilidlənə bilmədi ({ $error }); yenə də saxlanılır.
lock-lost-reason = kilidi yenidən götürmək mümkün deyil: { $reason }
lock-locked-again = { $path } yenidən kilidləndi; onu burada dəyişmək olar.
lock-taken-over-by-other = { $path } başqa Diptych pəncərəsi tərəfindən ələ alındı ({ $holder }). İndi burada yalnız oxumaq üçündür: dəyişikliklərinizi başqa adla saxlayın (Fayl → Fərqli saxla).
lock-removed = Bu pəncərənin kilidi silinib və onu yenidən götürmək mümkün deyil ({ $error }). Fayl: { $path }. Bu mümkün olana qədər (bir neçə saniyədən bir yoxlanılır) layihə burada yalnız oxumaq üçündür; bu arada «Fərqli saxla» işləyir.
lock-cannot-lock = { $path } kilidlənə bilmədi ({ $error }); başqa Diptych pəncərəsi onu eyni vaxtda dəyişə bilər.
lock-already-writable = Bu pəncərə layihəni artıq dəyişə bilər.
lock-took-over = { $path } ələ alındı; indi onu burada dəyişmək olar.
lock-not-taken-over = Ələ alınmadı: bu arada kilid başqasına keçdi ({ $holder }).
lock-cannot-take-over = { $path } ələ alına bilmədi: { $error }
lock-read-only-not-saved = Saxlanılmadı: bu layihə burada yalnız oxumaq üçündür ({ $holder }). Başqa fayl kimi saxlayın və ya layihəni ələ alın (Fayl → Layihəni ələ al).
lock-read-only-refused = Yalnız oxumaq üçün ({ $holder }). Nüsxə üzərində işləmək üçün başqa fayl kimi saxlayın və ya layihəni ələ alın (Fayl → Layihəni ələ al).

## Ehtiyat nüsxələr

session-backups-none-unsaved = Bu layihə hələ saxlanılmayıb, ona görə də ehtiyat nüsxəsi yoxdur.
session-backup-opened = Ehtiyat nüsxə açıldı: { $backup }. Onu cari versiya etmək üçün saxlayın (layihə: { $path }; əvvəlcə cari faylın ehtiyat nüsxəsi çıxarılır).
session-backup-cannot-open = Ehtiyat nüsxəni açmaq mümkün deyil: { $error }

## Avtomatik saxlama və bərpa

autosave-cannot-write = Saxlanılmamış dəyişiklikləri bərpa faylına yazmaq mümkün olmadı: { $error }
recovery-cannot-remove = Bərpa faylını silmək mümkün deyil ({ $path }): { $error }
recovery-cannot-remove-stale = Köhnəlmiş bərpa faylını silmək mümkün deyil ({ $path }): { $error }
recovery-unreadable = Bərpa faylı var, lakin oxuna bilmir ({ $error }); o, yerində saxlanıldı.
recovery-cannot-restore = Bərpa etmək mümkün deyil: { $error }
recovery-restored = Saxlanılmamış iş bərpa faylından bərpa edildi. Onu itirməmək üçün saxlayın.
recovery-restored-written = Saxlanılmamış iş bərpa edildi (yazılıb: { $when }). Onu itirməmək üçün saxlayın.

## Saxlanılmış orijinalların yenidən yoxlanılması

verify-all-intact = { $path }: saxlanılmış bütün orijinallar ({ $count }) öz SHA-256 dəyərlərinə uyğundur.
verify-altered = { $path }: saxlanılmış orijinal idxaldan sonra DƏYİŞDİRİLİB: { $list }
verify-cannot = Yoxlamaq mümkün deyil: { $error }
verify-original-intact = Orijinal ({ $file }, sha256 { $hash }) öz SHA-256 dəyərinə uyğundur.
verify-altered-originals = DƏYİŞDİRİLMİŞ orijinallar: { $list }
