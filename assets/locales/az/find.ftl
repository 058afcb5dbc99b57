# Axtarış paneli (Ctrl+F, Ctrl+H): sorğu, onun açarları, harada axtarmaq, uyğunluqların
# sayı, əvəzetmə və onun nəticələri.

find-label = Tap:
find-hint = söz, fraza və ya ifadə
find-field-label = Axtarılan mətn
find-no-matches = uyğunluq yoxdur
# Göstərilən uyğunluq və ümumi say.
find-position = { $current } / { $total }
find-match-count = { $count } uyğunluq
find-previous-tooltip = Əvvəlki uyğunluq
find-next-tooltip = Növbəti uyğunluq
find-close-tooltip = Axtarış panelini bağla (Escape)
find-replace-with = Əvəz et:
find-replacement-hint-regex = mətn; qruplar üçün {"${1}, ${2}"} …
find-replacement-hint = mətn
find-replacement-label = Əvəzedici mətn
find-replace = Əvəz et
find-replace-tooltip = Göstərilən uyğunluğu əvəz et və növbətiyə keç
find-replace-disabled-tooltip = Yalnız tərcümələr əvəz edilir: mənbə mətni və uyğunlaşdırılmış tərcümələr orijinaldır
find-replace-all = Hamısını əvəz et
find-replace-all-tooltip = Tərcümələrdəki bütün uyğunluqları əvəz et (bir addımla geri alınır)

find-match-case-tooltip = Registrə həssas
find-whole-word = Bütöv söz
find-whole-word-tooltip = Yalnız bütöv sözlər
find-regex-tooltip = Requlyar ifadə; əvəzləmədə onun qrupları üçün $1, $2 … yazmaq olar
find-yo-tooltip = Rus dilinin ё və е hərfləri eyni hərf kimi
find-any-script = İstənilən əlifba
find-any-script-tooltip = Adlar istənilən əlifbada və formada: Hajili axtarışı «Гаджилы» və «Hacılının» sözlərini də tapır

find-in = Harada:
find-scope-translations = Tərcümələr
find-scope-source = Mənbə mətni
find-scope-both = Hər ikisi
find-all-languages = Bütün dillər
find-any-status = İstənilən status
find-any-kind = İstənilən növ

find-nothing-replaced = Heç nə əvəz edilmədi: { $error }
find-original-not-replaced = Bu uyğunluq mənbə mətnində və ya uyğunlaşdırılmış tərcümədədir: orijinallar dəyişdirilmir.
find-replaced-all = Əvəz edilən uyğunluq: { $matches }, tərcümə: { $translations }. Ctrl+Z ilə geri alınır.
# $originals: mənbə mətnində və uyğunlaşdırılmış tərcümələrdəki uyğunluqlar, onlar əvəz edilmir.
find-replaced-all-left = Əvəz edilən uyğunluq: { $matches }, tərcümə: { $translations }; mənbə mətnində və uyğunlaşdırılmış tərcümələrdə olduğu kimi saxlanılan: { $originals }. Ctrl+Z ilə geri alınır.
find-nothing-to-replace = Tərcümələrdə əvəz ediləcək heç nə yoxdur.
find-nothing-to-replace-left = Tərcümələrdə əvəz ediləcək heç nə yoxdur; mənbə mətnində və uyğunlaşdırılmış tərcümələrdə olduğu kimi saxlanılan: { $originals }.
