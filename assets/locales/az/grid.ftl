# Tərcümə cədvəli (mənbə mətninin hər abzasına bir sətir) və redaktə əmrlərinin mesajları.

grid-no-paragraphs = Bu layihədə abzas yoxdur.
grid-qa-mark-tooltip = QA: bu sətirdə { $severity } (iradlar üçün F7)
grid-qa-mark-accessible = QA: { $severity }, abzas { $id }
grid-kind-tooltip = Abzasın növü: zibil, dublikat, anons və altlıq tərcümə edilmir
grid-kind-accessible = Abzasın növü { $id }
grid-not-translated = Tərcümə edilmir ({ $kind }).
grid-add-target = Tərcümə etmək üçün hədəf dili əlavə edin.
grid-stale-title = ⟳ Köhnəlib: yeni surət mənbə mətnini dəyişib
grid-stale-tooltip =
    Tərcümə əvvəlki mətnə əsaslanır:
    { $earlier }

    Onu düzəldin və sətri təsdiqləyin (Ctrl+Enter) və ya olduğu kimi saxlayın.
grid-stale-accessible = Köhnəlmiş tərcümə { $id }
grid-keep-translation = Tərcüməni saxla
grid-keep-translation-tooltip = Tərcümə yeni mətnə olduğu kimi uyğundur
grid-keep-translation-accessible = Tərcüməni saxla { $id }
grid-term-forbidden = ✗ { $source } → { $target } (qadağandır)
grid-terms-panel-hint = Terminlər paneli: Ctrl+Shift+T
grid-translation-hint = Tərcümə ({ $language })
grid-translation-accessible = Tərcümə { $language } { $id }
grid-status-accessible = Status { $language } { $id }
grid-note-hint = Qeyd
grid-note-accessible = Qeyd { $language } { $id }

edit-refused = Layihəni dəyişmək alınmadı: { $error }
edit-target-removed = Dil silindi: { $language }. Ctrl+Z onu geri qaytarır.
edit-is-source-language = { $language } mənbə dilidir
edit-already-target = { $language } artıq hədəf dilləri arasındadır
edit-undo-failed = Geri almaq və ya təkrarlamaq alınmadı: { $error }
edit-redecoded = Orijinal { $encoding } kodlaşdırması ilə yenidən oxundu: { $count } abzas.
edit-redecoded-dropped = Artıq olmayan abzasların tərcümələri silindi: { $count } (Ctrl+Z onları geri qaytarır).
edit-redecode-failed = Orijinalı { $encoding } kodlaşdırması ilə oxumaq alınmadı: { $error }
