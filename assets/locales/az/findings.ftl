# Keyfiyyət yoxlaması (QA) iradlarının mətnləri, keyfiyyət yoxlaması panelinin göstərdiyi
# kimi (əmr sətri, onun JSON çıxışı və layihənin nəzərə alınmayan iradları onları ingiliscə
# saxlayır).

# İradda dırnaq içində söz və ya ifadə, siyahının elementi.
finding-quoted = «{ $text }»
# İki variant, hər biri dırnaq içində: terminin qlossaridəki tərcümələri.
finding-or = { $first } və ya { $second }

# $figures: vergüllə ayrılmış rəqəmlər, vaxt (15:00) və aylar (finding-month).
finding-figures-lost = tərcümədə yoxdur: { $figures }
finding-figures-gained = tərcümədə var, mənbə mətnində yoxdur: { $figures }
# Mətndə adı çəkilən ay (1–12).
finding-month = { $month ->
        [1] yanvar
        [2] fevral
        [3] mart
        [4] aprel
        [5] may
        [6] iyun
        [7] iyul
        [8] avqust
        [9] sentyabr
        [10] oktyabr
        [11] noyabr
        [12] dekabr
       *[other] ay { $month }
    }
# $names: vergüllə ayrılmış adlar, bəziləri finding-name-fewer kimi.
finding-names-lost = tərcümədə olmayan adlar: { $names }
# Tərcümədə mənbə mətnindən az yazılmış ad.
finding-name-fewer = { $name } (mənbə mətnində { $times } dəfə, burada { $written })
# $addresses: vergüllə ayrılmış veb və e-poçt ünvanları.
finding-addresses-lost = tərcümədə yoxdur: { $addresses }
# $status: tərcümənin statusu (tərcümə edilib, yoxlanılıb, təsdiqlənib).
finding-empty = status «{ $status }», amma tərcümə boşdur
finding-no-counterpart = mənbə abzasının tərcümədə qarşılığı yoxdur
finding-extra-paragraph = tərcümədə mənbə mətnində olmayan abzas var
finding-identical = tərcümə mənbə mətninin eynisidir
finding-script-latin = tərcümə əsasən kiril deyil, latın hərfləri ilə yazılıb: dil düzgündürmü?
finding-script-cyrillic = tərcümə əsasən latın deyil, kiril hərfləri ilə yazılıb: dil düzgündürmü?
# $source, $target: aşağıdakı finding-mark- mesajlarından biri («… ilə»).
finding-final-mark = mənbə mətni { $source } bitir, tərcümə isə { $target }
finding-mark-question = sual işarəsi ilə
finding-mark-exclamation = nida işarəsi ilə
finding-mark-colon = iki nöqtə ilə
finding-mark-full-stop = nöqtə ilə
finding-mark-none = durğu işarəsiz
# $marks: vergüllə ayrılmış mötərizələr, məsələn ( ) və « », və ya finding-pair-quotes.
finding-unpaired = tərcümədə cütü olmayan işarələr: { $marks }
finding-pair-quotes = dırnaq işarələri
finding-quotes-inside = «…» daxilində “…”: rus dilində orada adətən „…“ yazılır
finding-quotes-russian = başqa dilin dırnaq işarələri: rus dilində «…» (daxildə isə „…“) yazılır
finding-quotes-english = başqa dilin dırnaq işarələri: ingilis dilində “…” yazılır
finding-quotes-azerbaijani = başqa dilin dırnaq işarələri: Azərbaycan dilində “…” və ya «…» yazılır
finding-double-space = ardıcıl iki boşluq
# $marks: boşluqla ayrılmış durğu işarələri (, .).
finding-space-before = durğu işarəsindən əvvəl boşluq: { $marks }
finding-edge-space = əvvəldə və ya sonda boşluq
finding-hyphen = sözlər arasında tire (—) yazılan yerdə defis
# $words: vergüllə ayrılmış sözlər.
finding-doubled = söz ardıcıl iki dəfə yazılıb: { $words }
# $words: vergüllə ayrılmış sözlər.
finding-mixed-script = bir sözdə latın və kiril hərfləri (hərf başqa klaviatura düzümündə yazılıb?): { $words }
# $ratio: 1-dən böyük onluq kəsr (tərcümə adi haldan uzundur).
finding-length-longer = tərcümə adi haldan { $ratio } dəfə uzundur: nəsə buraxılıb, yoxsa təkrarlanıb?
# $ratio: 1-dən kiçik onluq kəsr (tərcümə adi haldan qısadır).
finding-length-shorter = tərcümə adi haldan xeyli qısadır (adi uzunluğun { $ratio } hissəsi): nəsə buraxılıb, yoxsa təkrarlanıb?
# $expected: qlossaridəki tərcümələr, hər biri dırnaq içində, finding-or ilə birləşdirilmiş.
finding-glossary-unused = «{ $term }» termini qlossaridəki { $expected } olmadan tərcümə edilib
# $used: vergüllə ayrılmış qadağan olunmuş tərcümələr, hər biri dırnaq içində.
finding-glossary-forbidden = «{ $term }» termini qadağan olunmuş tərcümə ilə verilib: { $used }
finding-inconsistent = eyni mənbə mətni bu layihədə { $count } müxtəlif şəkildə tərcümə edilib
# $language: dil kodu (en, ru, az…). Yerlik halında: «rus dili lüğətində».
finding-dictionary = { $language ->
        [en] ingilis dili lüğətində
        [ru] rus dili lüğətində
        [az] Azərbaycan dili lüğətində
        [tr] türk dili lüğətində
        [ka] gürcü dili lüğətində
        [hy] erməni dili lüğətində
        [uk] ukrayna dili lüğətində
        [de] alman dili lüğətində
        [fr] fransız dili lüğətində
       *[other] lüğətdə ({ $language })
    }
finding-spelling-repeated = «{ $word }» sözü { $dictionary } yoxdur, amma layihədə bir neçə dəfə məhz belə yazılıb
finding-not-in-dictionary = «{ $word }» sözü { $dictionary } yoxdur
finding-misspelt = «{ $word }» səhv yazılmış kimi görünür («{ $suggestion }»?)
# $language: dil kodu (en, ru, az…).
finding-misspelt-order = «{ $word }» səhv yazılmış kimi görünür: heç bir məlum { $language ->
        [en] ingilis sözündə
        [ru] rus sözündə
        [az] Azərbaycan sözündə
        [tr] türk sözündə
        [ka] gürcü sözündə
        [hy] erməni sözündə
        [uk] ukrayna sözündə
        [de] alman sözündə
        [fr] fransız sözündə
       *[other] sözdə ({ $language })
    } bu hərflər bu ardıcıllıqla gəlmir
# $ours, $theirs: iki versiyanın qısaldılmış mətnləri.
finding-conflict = birləşdirmə iki versiyanı saxlayıb: bizimki «{ $ours }», onlarınkı «{ $theirs }»; sətirdə birini seçin
finding-conflict-note = birləşdirmə qeydin iki versiyasını saxlayıb: bizimki «{ $ours }», onlarınkı «{ $theirs }»; sətirdə birini seçin
# $field: aşağıdakı finding-field- mesajlarından biri.
finding-conflict-field = birləşdirmə məqalənin «{ $field }» sahəsinin iki versiyasını saxlayıb: bizimki «{ $ours }», onlarınkı «{ $theirs }»; layihə panelində birini seçin
finding-field-title = başlıq
finding-field-description = təsvir
finding-field-outlet = nəşr
finding-field-url = URL
finding-field-author = müəllif
finding-field-published = dərc tarixi
finding-field-modified = dəyişdirilmə tarixi
finding-field-captured = saxlanılma tarixi
finding-field-capture-tool = saxlama aləti
finding-field-direction = mətnin istiqaməti
finding-field-tags = teqlər
finding-field-note = qeyd
# $earlier: tərcümənin əsaslandığı qısaldılmış mənbə mətni.
finding-stale = mənbə mətni yeni surətdə dəyişib; tərcümə əvvəlki mətnə əsaslanır: «{ $earlier }» (düzgün olduqda sətri təsdiqləyin)
