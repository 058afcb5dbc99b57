# Modelin dəyərləri pəncərənin adlandırdığı kimi.

word-status-new = yeni
word-status-draft = qaralama
word-status-translated = tərcümə edilib
word-status-reviewed = yoxlanılıb
word-status-approved = təsdiqlənib

word-kind-headline = başlıq
word-kind-lead = lid
word-kind-heading = yarımbaşlıq
word-kind-body = mətn
word-kind-quote = sitat
word-kind-caption = şəkilaltı yazı
word-kind-junk = zibil
word-kind-duplicate = dublikat
word-kind-teaser = anons
word-kind-footer = altlıq

word-link-proposed = təklif edilib
word-link-confirmed = təsdiqlənib

word-field-title = Başlıq
word-field-description = Təsvir
word-field-outlet = Nəşr
word-field-url = URL
word-field-author = Müəllif
word-field-published = Dərc edilib
word-field-modified = Dəyişdirilib
word-field-captured = Saxlanılıb
word-field-capture-tool = Nə ilə saxlanılıb
word-field-direction = Mətnin istiqaməti
word-field-tags = Teqlər
word-field-note = Qeyd

word-format-text = sadə mətn
word-format-html = HTML səhifəsi
word-format-mhtml = MHTML arxivi
word-format-warc = WARC arxivi
word-format-warc-gz = WARC arxivi (gzip)

word-language-en = ingilis dili
word-language-ru = rus dili
word-language-az = Azərbaycan dili
word-language-tr = türk dili
word-language-ka = gürcü dili
word-language-hy = erməni dili
word-language-uk = ukrayna dili
word-language-de = alman dili
word-language-fr = fransız dili

word-resolution-ours = Bizimkini saxla
word-resolution-theirs = Onlarınkını götür
word-resolution-as-edited = Düzəlişi saxla

word-severity-error = xəta
word-severity-warning = xəbərdarlıq
word-severity-info = məlumat
