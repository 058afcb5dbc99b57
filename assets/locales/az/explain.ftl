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

explain-cannot-read = oxumaq mümkün olmadı: { $path }: { $reason }
explain-not-text = { $path } mətn faylı deyil ({ $offset } nömrəli baytda yolverilməz UTF-8)
explain-syntax = { $path } layihə faylı zədələnib (sətir { $line }, mövqe { $column }: { $message })
explain-newer-version = { $path } Diptych-in daha yeni versiyası ilə yazılıb (layihə formatının versiyası: { $found }); bu quraşdırma { $current } versiyasına qədər oxuyur. Diptych-i yeniləyin.
explain-unknown-version = { $path }: layihə formatının { $found } versiyasını Diptych heç vaxt yazmayıb
explain-inconsistent = { $path }: layihə ziddiyyətlidir: { $problem }
explain-with-path = { $path }: { $reason }
explain-too-large = { $path }: mətn { $size } MB-dır; sadə mətn məqalələri { $limit } MB-a qədər idxal edilir
explain-no-text = { $path }: faylda idxal ediləcək mətn yoxdur (yalnız boşluqlar)
explain-no-such-record = { $path } faylında { $url } səhifəsi yoxdur
explain-empty-file = fayl boşdur
explain-binary = bu, məqalə mətni deyil, ikili fayla oxşayır
explain-unsupported-encoding = fayl nə UTF-8-dir, nə də məlum köhnə kodlaşdırmalardandır (müəyyən edilən: { $detected })
explain-not-reproducible = fayl düzgün { $encoding } mətni deyil və ya bayt-bayt saxlanıla bilməzdi; ondan heç nə itməsin deyə idxal edilmədi
explain-invalid-utf16 = UTF-16 mətni zədələnib (tək uzunluq və ya cütsüz surrogat)

explain-sync-other-conflicts = başqa fayllarda ziddiyyət var ({ $files }); əvvəlcə həmin birləşməni git-də başa çatdırın
explain-sync-unreadable = birləşdirilmiş layihə açılmır: { $reason }
explain-sync-unresolved = hələ həll edilməmiş birləşmə ziddiyyəti: { $count }; heç nə kommit edilmədi və göndərilmədi (ziddiyyətli hər sətirdə versiya seçin, saxlayın, sonra sinxronlaşdırın)
explain-sync-merge-undone = saxlanılmış layihədə birləşmənin gətirdiyi dəyişikliklər yoxdur (sayı: { $count }, məsələn { $example }): birləşmə geri alınıb? Heç nə kommit edilmədi; onu təkrarlayın (Ctrl+Y) və sinxronlaşdırın, ya da onları həqiqətən atmaq lazımdırsa, birləşməni git-də bitirin
explain-sync-unmerged = git layihəni birləşdirilməmiş qoyub, iki versiyanı isə qeydlər üzrə birləşdirmək olmur (hər ikisində orijinal dəyişib): heç nə kommit edilmədi. Birləşməni dayandırın (git merge --abort) və bir tərəfin dəyişikliyini Diptych-də təkrarlayın, ya da versiya seçin (git checkout --ours və ya --theirs FAYL, sonra git add FAYL) və sinxronlaşdırın
explain-sync-other-unresolved = { $project } (bu işçi nüsxənin başqa layihəsi) hələ həll edilməmiş birləşmə ziddiyyətləri saxlayır: heç nə kommit edilmədi; onu Diptych-də açın, seçin, saxlayın, sonra sinxronlaşdırın
explain-sync-detached = heç bir budaq seçilməyib (HEAD budaqdan kənardadır): heç nə kommit edilmədi; budağa keçin (git switch main) və yenidən sinxronlaşdırın
explain-git-not-installed = git quraşdırılmayıb (və ya PATH-da yoxdur): { $reason }
explain-git-not-a-repository = { $path } git işçi nüsxəsində deyil (komandanın repozitoriyasını klonlayın və ya orada git init edin, sonra diptych git-setup)
explain-git-no-such-file = { $path } mövcud deyil
explain-git-outside = { $project } { $top } işçi nüsxəsindən kənardadır
explain-git-failed = git { $command } alınmadı: { $message }

explain-note-encoding = kodlaşdırma: { $decision }
explain-note-fallback = görünən səhifədə məqalə mətni demək olar ki, yoxdur; məqalə (söz: { $words }) buradan götürüldü: { $source }
explain-source-noscript = səhifənin <noscript> versiyası
explain-source-json-ld = səhifənin JSON-LD articleBody sahəsi
explain-note-few-words = { $kilobytes } KB-lıq səhifədə məqalə mətnindən cəmi { $words } söz tapıldı (o, Diptych-in heç vaxt işə salmadığı skriptlərlə yüklənə bilər); bütün səhifə orijinal kimi saxlanılıb

explain-io-not-found = belə fayl və ya qovluq yoxdur
explain-io-permission-denied = giriş icazəsi yoxdur
explain-io-storage-full = disk doludur
explain-io-read-only = fayl sistemi yalnız oxumaq üçündür
explain-not-regular = bu, { $kind } növüdür; Diptych yalnız adi faylları oxuyur və yazır
explain-not-regular-reached = { $path } (keçidin apardığı yer) { $kind } növüdür; Diptych yalnız adi faylları oxuyur və yazır
explain-kind-fifo = adlı kanal (FIFO)
explain-kind-socket = soket
explain-kind-device = qurğu
explain-kind-folder = qovluq
explain-kind-other = adi olmayan fayl
