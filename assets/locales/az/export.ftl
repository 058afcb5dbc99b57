# İxrac pəncərəsi və ixrac haqqında mesajlar.

export-format-txt = Sadə mətn (.txt)
export-format-md = Markdown (.md)
export-format-html = Veb səhifə (.html)
export-format-review-html = Yoxlama nüsxəsi, yan-yana (.review.html)
export-format-tmx = Tərcümə yaddaşı (.tmx)
export-format-xliff = Digər CAT alətləri üçün XLIFF 2.1 (.xlf)
export-format-xliff12 = Köhnə alətlər üçün XLIFF 1.2 (.xliff12.xlf)
export-format-docx = Word sənədi (.docx)
export-format-review-docx = Word üçün yoxlama cədvəli (.review.docx)
export-format = Format
export-language = Dil
export-also-show = Həmçinin göstər
export-no-other-language = başqa dil olmadan
export-allow-incomplete = Hələ tərcümə olmayan yerlərdə mənbə mətnini saxla
export-include-drafts = Qaralamaları da daxil et (yalnız tərcümə edilmiş, yoxlanılmış və təsdiqlənmiş abzasları deyil)
export-sentences = Cümlə cütləri (hər abzas cütünü cümlə uyğunlaşdırıcısı ilə böl)
export-replace = Fayl varsa, onu əvəz et (onun ehtiyat nüsxəsi saxlanılır)
export-write-to = Hara yazılsın
export-path = İxrac yolu
export-to-file = Bu fayla ixrac et
export-cancel = Ləğv et

export-no-target = Bu layihədə hələ ixrac ediləcək hədəf dili yoxdur (onu layihə panelində əlavə edin).
export-busy = Başqa ixrac hələ yazılır; onu gözləyin və ya əvvəlcə ləğv edin.
export-progress = İxrac: { $path }
export-progress-writing = Yazılır
export-start-failed = İxraca başlamaq olmur: { $error }
export-done = İxrac edildi: { $path }
export-cancelled = İxrac ləğv edildi; { $path } yazılmadı.
export-failed = İxrac edilmədi: { $error }
