# Pəncərənin bir neçə hissəsində işlənən sözlər.

count-paragraphs = { $count } abzas
