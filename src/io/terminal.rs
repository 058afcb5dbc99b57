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

/// A line of JSON made safe to print as it is: characters that reorder the text around them
/// (bidirectional overrides and isolates) become JSON `\uXXXX` escapes, so the line stays
/// valid JSON, reads back the same, and cannot disguise itself in a terminal; so do DEL and the
/// C1 controls, which the JSON writer leaves as they are (it escapes those below U+0020).
pub fn json_for_terminal(json: &str) -> String {
    use std::fmt::Write as _;
    let mut safe = String::with_capacity(json.len());
    for character in json.chars() {
        if matches!(
            character,
            '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        ) {
            // Writing to a String cannot fail.
            let _ = write!(safe, "\\u{:04x}", u32::from(character));
        } else {
            safe.push(character);
        }
    }
    safe
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

#[cfg(test)]
mod json_tests {
    use super::json_for_terminal;

    #[test]
    fn reordering_marks_become_json_escapes_that_read_back() {
        let json = serde_json::json!({ "term": "a\u{202e}b\u{2066}c" }).to_string();
        let safe = json_for_terminal(&json);
        assert!(!safe.contains('\u{202e}'), "{safe}");
        let read: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(read["term"], "a\u{202e}b\u{2066}c");
    }
}
