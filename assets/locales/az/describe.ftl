# Kitabxananın hesabatları pəncərənin dediyi kimi: kilidlər, sinxronlaşdırma, bərpa, XLIFF idxalı.

describe-lock-starting = yenicə işə düşən başqa bir Diptych prosesi
describe-lock-holder = { $host } kompüterində { $pid } nömrəli proses
describe-lock-holder-since = { $host } kompüterində { $pid } nömrəli proses, { $since } tarixindən
describe-sync-set-up = bu klon layihələri sətir-sətir birləşdirmək üçün sazlandı (git-setup)
describe-sync-committed = kommit: { $message }
describe-sync-nothing-to-commit = kommit üçün yeni heç nə yoxdur
describe-sync-detached = heç bir budaq seçilməyib (ayrılmış HEAD): iş burada kommit edildi, heç nə alınmadı və göndərilmədi
describe-sync-no-remote = { $branch } budağının sinxronlaşdırmaq üçün uzaq repozitoriyası yoxdur (git remote add origin URL): iş burada kommit edildi
describe-sync-up-to-date = digərlərindən yenilik yoxdur
describe-sync-merged = digərlərinin işi layihəyə birləşdirildi
describe-sync-merged-unchanged = digərlərinin kommitləri birləşdirildi (onlar layihəni dəyişməyib)
describe-sync-note = qeyd: { $note }
describe-sync-conflicted = birləşdirildi, { $count } ziddiyyət hər iki versiya ilə saxlanıldı: pəncərədə seçin, saxlayın və birləşməni bitirmək üçün yenidən sinxronlaşdırın
describe-sync-conflicts-left = həll edilməli { $count } birləşmə ziddiyyəti
describe-sync-offline = oflayn: uzaq repozitoriyaya qoşulmaq olmadı ({ $reason }); iş burada kommit edildi və növbəti sinxronlaşdırmada göndəriləcək
describe-sync-merge-failed = git birləşdirə bilmədi: { $reason }
describe-sync-merge-failed-short = birləşmə alınmadı; yerli iş kommit edilib
describe-sync-pushed = { $count } kommit göndərildi
describe-sync-not-pushed-offline = göndərilmədi (oflayn: { $reason })
describe-sync-not-pushed = göndərilmədi: { $reason }
describe-sync-push-failed = göndərmə alınmadı

describe-recovery-translations = { $language }: fərqli tərcümə sayı — { $count }
describe-recovery-metadata = metaməlumatlar fərqlidir: { $fields }
describe-recovery-targets = hədəf dilləri fərqlidir
describe-recovery-source = orijinal fərqlidir (saxlanılmışda abzas: { $saved }, bərpa olunmuşda: { $recovered })
describe-recovery-aligned = uyğunlaşdırılmış tərcümələr və ya onların əlaqələri fərqlidir
describe-recovery-row = sətir { $row }
describe-recovery-paragraph-id = abzas, id { $id }

describe-xliff-counts = yenilənib: { $updated }, dəyişməyib: { $unchanged }, ziddiyyət: { $conflicts }, naməlum vahid: { $unknown }
describe-xliff-source-changed = ixracdan sonra burada mənbə mətni dəyişmiş vahidlər (toxunulmadı): { $count }
describe-xliff-other-language = başqa dildə olan vahidlər (buraxıldı): { $count }
describe-xliff-excluded = bu layihədə tərcümə olunmayan abzasların tərcümələri (buraxıldı): { $count }
describe-xliff-repeated = abzası təkrar göstərən vahidlər (sonuncu nəzərə alındı): { $count }

report-fill = dəqiq uyğunluqlarla (qaralama kimi) doldurulub: { $filled }, artıq tərcümə edilib: { $translated }, uyğunluğu yoxdur: { $unmatched }
report-fill-ambiguous = , yaddaş onları müxtəlif cür tərcümə etdiyi üçün boş saxlanılıb: { $count }
report-pretranslate = { $language }: qaralama kimi doldurulmuş boş tərcümə: { $filled } (dəqiq: { $exact }, { $minimum }% və yuxarı qeyri-dəqiq: { $fuzzy }, hər birinin uyğunluğunu göstərən qeydi var), uyğunluğu olmayan: { $without }
report-pretranslate-numbers = ; boş saxlanılıb: { $count } — onların ən yaxşı uyğunluğunda başqa rəqəmlər var və onları tərcüməyə təhlükəsiz köçürmək olmur
report-bag = Arxiv paketi yazıldı: { $path } (fayl: { $files }, faydalı məlumatın həcmi, bayt: { $bytes }).
report-glossary-exported = { $path } faylına yazılmış termin cütü (TBX-Basic): { $pairs }
report-glossary-dropped = ; XML-in daşıya bilmədiyi simvollar buraxıldı: { $count }
report-memory-looking-for-cache = Tərcümə yaddaşının keşi axtarılır
report-memory-reading = Oxunur: { $path }
report-memory-units = { $file }: oxunmuş vahid { $read } / { $total }
report-memory-writing-cache = Tərcümə yaddaşının keşi yazılır
report-memory-indexed = İndeksləşdirildi
report-library-looking-through = Kitabxanaya baxılır
report-library-indexing = Kitabxana indeksləşdirilir: layihə { $taken } / { $total }
