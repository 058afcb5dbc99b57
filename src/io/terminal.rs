//! Text printed to a terminal (by the CLI, and by the window on startup errors) is escaped so
//! that article text and file names, which can hold anything, cannot act on the terminal.

/// Text for a terminal: control characters other than line breaks and tabs (escape
/// sequences that retitle the window, move the cursor or clear the screen, a carriage return
/// that hides what came before it) and the bidirectional overrides that reorder what follows
/// them are shown as `\u{1b}` instead of acting. Article text and file names can hold anything.
pub fn escape_for_terminal(text: &str) -> String {
    escape_with(text, |character| character == '\n' || character == '\t')
}

/// Like [`escape_for_terminal`], and line breaks are shown as `\u{a}` too: an error message
/// stays one line whatever file name it quotes.
pub fn escape_to_one_line(text: &str) -> String {
    escape_with(text, |character| character == '\t')
}

fn escape_with(text: &str, kept: impl Fn(char) -> bool) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        let reorders = matches!(character, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if (character.is_control() || reorders) && !kept(character) {
            escaped.push_str(&character.escape_unicode().to_string());
        } else {
            escaped.push(character);
        }
    }
    escaped
}
