# Sinxronlaşdırmadan sonra birləşmə drayverinin qeydləri: ziddiyyətsiz nəyi seçdiyi.

merge-note-ours-replaced = bizdə dəyişdirilmiş { $source } – { $target } əlaqəsi onların versiyasında əvəz edilib
merge-note-theirs-replaced = onların versiyasında dəyişdirilmiş { $source } – { $target } əlaqəsi bizdə əvəz edilib
merge-note-theirs-removed-target = onların versiyasında { $language } hədəf dili silinib, lakin bizdə dəyişdirilib: dil qalır
merge-note-ours-removed-target = bizdə { $language } hədəf dili silinib, lakin onların versiyasında dəyişdirilib: dil qalır
merge-note-link-lost-paragraph = { $language }: əlaqə birləşdirilmiş məqalədə artıq olmayan abzası itirib; yenidən təklif edilir
merge-note-paragraph-unlinked = { $language }: birləşmədən sonra { $paragraph } heç bir əlaqəyə düşməyib; ona ayrıca əlaqə verilib, təklif edilir
merge-note-our-status-left = { $language } { $paragraph }: bizim status dəyişikliyi onların versiyasında yenidən yazılmış mətnə aid idi; status yeni mətnə uyğunlaşır
merge-note-their-status-left = { $language } { $paragraph }: onların status dəyişikliyi bizdə yenidən yazılmış mətnə aid idi; status yeni mətnə uyğunlaşır
