# Слова, общие для нескольких частей окна.

count-paragraphs = { $count ->
    [one] { $count } абзац
    [few] { $count } абзаца
    [many] { $count } абзацев
   *[other] { $count } абзаца
}
