# İxracın niyə edilmədiyi və ya faylın niyə yazılmadığı, edilmiş ixrac haqqında qeydlər —
# pəncərənin dediyi kimi (əmr sətrinin bayraqlarını yox, ixrac dialoqunun seçimlərini adlandırır).

explain-not-a-target = { $language } bu layihənin hədəf dili deyil (hədəf dilləri: { $targets })
explain-untranslated = { $language }: hələ tərcümə olunmamış abzas: { $count } — { $list }; onları tərcümə edin və ya ixrac dialoqunda «{ export-allow-incomplete }» seçin
explain-untranslated-row = sətir { $row } «{ $excerpt }»
explain-untranslated-more = və daha { $count }
explain-nothing-to-export = bu layihədə təhvil veriləcək heç nə yoxdur: bütün abzaslar tərcümə olunmayan növlərdəndir (zibil, anons, altlıq, dublikat); əvvəlcə abzasın növünü dəyişin
explain-empty-memory = heç bir abzasın və ya uyğunlaşdırma əlaqəsinin hələ hazır tərcüməsi (tərcümə edilib və ya daha yuxarı) yoxdur, yaddaş boş olardı; bəzi tərcümələri təsdiqləyin və ya «Qaralamaları da daxil et» seçin
explain-cannot-write = yazmaq mümkün olmadı: { $path }: { $reason }
explain-exists = { $path } artıq mövcuddur; onun əvəz edilməsinə icazə verin (ehtiyat nüsxəsi saxlanılır)
explain-is-project = { $path } Diptych layihəsidir; ixrac onu əvəz etməyəcək. Başqa fayla yazın.
explain-backup-failed = { $path } üçün ehtiyat nüsxə çıxarmaq mümkün olmadı, ona görə də fayl üzərinə yazılmadı: { $reason }

explain-source-kept = { $language }: tərcüməsi olmayan abzas: { $count } — onların mənbə mətni saxlanıldı
explain-stale = { $language }: məqalənin əvvəlki surətinə əsaslanan (köhnəlmiş) tərcümə: { $count } — onların orijinalı o vaxtdan dəyişib
explain-conflicts = { $language }: birləşmədən sonra iki versiyası qalmış, hələ həll edilməmiş tərcümə: { $count } — bizim versiya təhvil verildi
explain-dropped = XML-in daşıya bilmədiyi idarəedici simvollar buraxıldı: { $count }
