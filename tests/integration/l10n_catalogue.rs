//! The catalogues compared key by key: every message of the English catalogue exists in
//! Russian and Azerbaijani with the same variables and nothing more, plural selectors carry
//! each language's forms, and no user-visible English string is written in the window's code
//! outside the catalogue.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use crate::layers::{production_code, source_files};

const LANGUAGES: [&str; 3] = ["en", "ru", "az"];

#[derive(Debug, Default)]
struct Message {
    file: String,
    variables: BTreeSet<String>,
    /// The variant keys of each selector on a variable, by variable.
    selectors: Vec<(String, BTreeSet<String>)>,
}

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/locales")
}

fn catalogue(language: &str) -> BTreeMap<String, Message> {
    let mut messages = BTreeMap::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(locales().join(language))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "ftl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no catalogue for {language}");
    for path in files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{language}/{file} does not parse: {errors:?}"));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let mut found = Message {
                        file: file.clone(),
                        ..Message::default()
                    };
                    assert!(
                        message.attributes.is_empty(),
                        "{} has attributes",
                        message.id.name
                    );
                    if let Some(pattern) = &message.value {
                        pattern_parts(pattern, &mut found);
                    }
                    let id = message.id.name.to_owned();
                    let previous = messages.insert(id.clone(), found);
                    assert!(previous.is_none(), "{id} twice in {language}");
                }
                ast::Entry::Junk { content } => panic!("{language}/{file}: junk {content:?}"),
                _ => {}
            }
        }
    }
    messages
}

fn pattern_parts(pattern: &ast::Pattern<&str>, found: &mut Message) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_parts(expression, found);
        }
    }
}

fn expression_parts(expression: &ast::Expression<&str>, found: &mut Message) {
    match expression {
        ast::Expression::Inline(inline) => inline_parts(inline, found),
        ast::Expression::Select { selector, variants } => {
            inline_parts(selector, found);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|variant| match &variant.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    })
                    .collect();
                found.selectors.push((id.name.to_owned(), keys));
            }
            for variant in variants {
                pattern_parts(&variant.value, found);
            }
        }
    }
}

fn inline_parts(inline: &ast::InlineExpression<&str>, found: &mut Message) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_parts(expression, found),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_parts(argument, found);
            }
        }
        _ => {}
    }
}

#[test]
fn every_message_exists_in_every_language_with_the_same_variables() {
    let english = catalogue("en");
    assert!(
        english.len() > 600,
        "only {} English messages",
        english.len()
    );
    for language in &LANGUAGES[1..] {
        let other = catalogue(language);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<&String> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language} has messages English lacks: {extra:?}"
        );
        for (id, message) in &english {
            let translated = &other[id];
            assert_eq!(
                message.variables, translated.variables,
                "{id}: {language} uses other variables than English"
            );
            assert_eq!(
                message.file, translated.file,
                "{id} is in another file in {language}"
            );
        }
    }
}

#[test]
fn plural_selectors_carry_each_languages_forms() {
    // Russian needs [one] and [other] (fractions) at least; a message that tells [few] from
    // the rest tells [many] too. (After a preposition such as «из» the genitive has only two
    // forms: «из 1 абзаца», «из 5 абзацев», «из 22 абзацев».)
    for (language, required) in [("en", &["one", "other"][..]), ("ru", &["one", "other"][..])] {
        for (id, message) in catalogue(language) {
            for (variable, keys) in &message.selectors {
                let plural = keys
                    .iter()
                    .any(|key| key == "one" || key == "few" || key == "many");
                if !plural {
                    continue;
                }
                for key in required {
                    assert!(
                        keys.contains(*key),
                        "{language} {id}: the plural of ${variable} lacks [{key}]"
                    );
                }
                assert!(
                    !keys.contains("few") || keys.contains("many"),
                    "{language} {id}: the plural of ${variable} has [few] but not [many]"
                );
            }
        }
    }
    // Azerbaijani does not inflect a noun after a numeral: no plural selectors at all.
    for (id, message) in catalogue("az") {
        for (variable, keys) in &message.selectors {
            assert!(
                !keys.iter().any(|key| key == "few" || key == "many"),
                "az {id}: ${variable} selects Russian plural forms"
            );
        }
    }
}

/// Strings of the window's code that may hold letters without being messages: names that
/// are the same in every language, and data.
const ALLOWED: &[&str] = &["Diptych", "DejaVuSans", "UTC", "git", "HEAD", "SHA-256"];

/// Calls that put their text argument on the screen (or in front of a screen reader).
const SHOWING_CALLS: &[&str] = &[
    ".label(",
    ".button(",
    ".small_button(",
    ".heading(",
    ".weak(",
    ".strong(",
    ".small(",
    ".monospace(",
    ".code(",
    ".link(",
    ".hyperlink_to(",
    ".hint_text(",
    ".on_hover_text(",
    ".on_disabled_hover_text(",
    ".checkbox(",
    ".radio(",
    ".radio_value(",
    ".selectable_label(",
    ".selectable_value(",
    ".menu_button(",
    ".colored_label(",
    ".selected_text(",
    ".toast(",
    ".show_error(",
    ".collapsing(",
    "RichText::new(",
    "Button::new(",
    "Label::new(",
    "Checkbox::new(",
    "Window::new(",
    "CollapsingHeader::new(",
    "Hyperlink::from_label_and_url(",
    "set_accessible_label(",
];

/// The string literals of `code` (comments removed beforehand) with their byte offsets.
fn string_literals(code: &str) -> Vec<(usize, String)> {
    let bytes = code.as_bytes();
    let mut found = Vec::new();
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'\'' => {
                // A char literal ('"', '\'') or a lifetime: skip it whole.
                if bytes.get(index + 1) == Some(&b'\\') {
                    index += 4;
                } else if bytes.get(index + 2) == Some(&b'\'') {
                    index += 3;
                } else {
                    index += 1;
                }
            }
            b'"' => {
                let start = index;
                index += 1;
                let mut text = String::new();
                while index < bytes.len() && bytes[index] != b'"' {
                    if bytes[index] == b'\\' {
                        index += 1;
                    }
                    index += 1;
                }
                text.push_str(&code[start + 1..index.min(code.len())]);
                found.push((start, text));
                index += 1;
            }
            _ => index += 1,
        }
    }
    found
}

/// `code` with the contents of its string literals blanked (same byte offsets), so that
/// brackets inside strings do not count when calls are matched.
fn mask_strings(code: &str) -> String {
    let mut masked = code.as_bytes().to_vec();
    for (offset, literal) in string_literals(code) {
        for byte in &mut masked[offset + 1..(offset + 1 + literal.len()).min(code.len())] {
            if byte.is_ascii() {
                *byte = b' ';
            }
        }
    }
    String::from_utf8(masked).unwrap()
}

fn has_words(text: &str) -> bool {
    let mut run = 0;
    for character in text.chars() {
        if character.is_alphabetic() {
            run += 1;
            if run >= 2 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Calls whose text never reaches the window: the terminal, assertions, errors for `main`,
/// and egui ids.
const UNSHOWN_CALLS: &[&str] = &[
    "eprintln!(",
    "println!(",
    "debug_assert!(",
    "assert!(",
    "panic!(",
    "unreachable!(",
    "anyhow!(",
    "id_salt(",
    "Grid::new(",
    "Id::new(",
    "push_id(",
    "from_id_salt(",
    "parse_project(",
    "with_app_id(",
    "run_native(",
    "spawn_named(",
];

/// The calls a literal at `offset` is an argument of, innermost first: for each unclosed
/// parenthesis before it, the code just before that parenthesis, up to it.
fn enclosing_calls(code: &str, offset: usize) -> Vec<&str> {
    let before = &code[..offset];
    let mut calls = Vec::new();
    let mut depth = 0_i32;
    for (index, character) in before.char_indices().rev() {
        match character {
            ')' | ']' | '}' => depth += 1,
            '(' | '[' | '{' if depth > 0 => depth -= 1,
            '(' => {
                let line_start = before[..index].rfind('\n').map_or(0, |start| start + 1);
                calls.push(before[line_start..=index].trim_start());
            }
            '{' => break,
            _ => {}
        }
    }
    calls
}

/// The showing call a literal is the text of (through `format!`), if any.
fn showing_call(code: &str, offset: usize) -> Option<&'static str> {
    for call in enclosing_calls(code, offset) {
        if call.ends_with("format!(") || call.ends_with("&format!(") {
            continue;
        }
        return SHOWING_CALLS
            .iter()
            .copied()
            .find(|name| call.ends_with(name));
    }
    None
}

fn unshown(code: &str, offset: usize) -> bool {
    enclosing_calls(code, offset)
        .iter()
        .any(|call| UNSHOWN_CALLS.iter().any(|name| call.ends_with(name)))
}

/// `literal` without its format placeholders (`{count}`, `{:?}`) and the names that are the
/// same in every language.
fn wording(literal: &str) -> String {
    let mut text = String::new();
    let mut depth = 0;
    for character in literal.chars() {
        match character {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => text.push(character),
            _ => {}
        }
    }
    text.split_whitespace()
        .filter(|token| {
            let core = token.trim_matches(|c: char| !c.is_alphanumeric());
            !ALLOWED.contains(&core)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Files of `src/app` whose English phrases are matched, never shown: the reasons links keep
/// in project files and the merge driver's notes, read back to be worded in the interface
/// language.
const MATCHING_FILES: &[&str] = &["link_reason.rs", "merge_note.rs"];

/// Literals with words that are not messages, by file (under `src/app`) and text.
const ALLOWED_LITERALS: &[(&str, &str)] = &[
    // The README's keyboard table, written in English on purpose.
    ("commands/table.rs", "| command | keys |\\n| --- | --- |\\n"),
    // Language codes, the same in every language.
    ("overlays/modal.rs", "ru, az, en …"),
];

#[test]
fn the_window_code_writes_no_user_visible_words_outside_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let mut files = Vec::new();
    source_files(&root, &mut files);
    files.sort();
    let mut offences = Vec::new();
    for path in &files {
        if path
            .file_name()
            .is_some_and(|name| MATCHING_FILES.iter().any(|allowed| name == *allowed))
        {
            continue;
        }
        let code = production_code(path);
        let masked = mask_strings(&code);
        for (offset, literal) in string_literals(&code) {
            let words = wording(&literal);
            let relative = path.strip_prefix(&root).unwrap().display().to_string();
            if !has_words(&words)
                || unshown(&masked, offset)
                || code[..offset].trim_end().ends_with("reason =")
                || ALLOWED_LITERALS.contains(&(relative.as_str(), literal.as_str()))
            {
                continue;
            }
            let line = code[..offset].matches('\n').count() + 1;
            let shown = showing_call(&masked, offset);
            // Sentences anywhere (two words with a space) are suspect too: they are how
            // messages look, wherever they are kept before being shown.
            let sentence = words
                .split_whitespace()
                .filter(|word| has_words(word))
                .count()
                >= 2;
            if shown.is_some() || sentence {
                offences.push(format!("{relative}:{line}: {literal:?}"));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "user-visible strings outside the catalogue (assets/locales):\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_lint_finds_a_label_written_in_the_code() {
    let code = "fn f(ui: &mut Ui) {\n    ui.label(\"Hello there\");\n    ui.label(format!(\"{} rows\", n));\n    ui.push_id(\"grid\", |ui| {});\n    ui.label(\"→\");\n}\n";
    let masked = mask_strings(code);
    let flagged: Vec<String> = string_literals(code)
        .into_iter()
        .filter(|(offset, literal)| {
            has_words(&wording(literal)) && showing_call(&masked, *offset).is_some()
        })
        .map(|(_, literal)| literal)
        .collect();
    assert_eq!(flagged, ["Hello there", "{} rows"]);
    // Placeholders alone are no words; ids and the terminal are not the window.
    let code = "fn f() {\n    ui.label(format!(\"{count}: {name}\"));\n    eprintln!(\"cannot start it\");\n    egui::Grid::new(\"import conflicts\");\n}\n";
    let masked = mask_strings(code);
    for (offset, literal) in string_literals(code) {
        assert!(
            !has_words(&wording(&literal)) || unshown(&masked, offset),
            "{literal}"
        );
    }
}
