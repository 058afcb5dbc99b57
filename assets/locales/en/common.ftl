# Words shared by several parts of the window.

count-paragraphs = { $count ->
    [one] { $count } paragraph
   *[other] { $count } paragraphs
}
