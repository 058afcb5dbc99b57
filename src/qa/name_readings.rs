//! How the letters of a name are read across languages and scripts: the consonant
//! skeleton a name keeps in any spelling (Hajili, Гаджилы, Hacılı), loosened where
//! spellings disagree most, and the other ways translations read an English name
//! (Michael: Майкл; Scotland: Şotlandiya; Yong-ho: Юн Хо).

use crate::align::letters::is_letter;
use crate::align::{Orthography, skeleton, skeleton_of_lowered};

/// A skeleton loosened for comparing across languages: the classes spellings confuse most
/// (English g and j against дж and г: Giants, Джайантс; a leading h or y: Japanese, Японский)
/// made one.
pub(super) fn loose(key: String) -> String {
    let mut key = merged(key);
    // A leading h or y is dropped only when enough is left to tell names apart.
    if key.len() >= 3 && key.starts_with('H') {
        key.remove(0);
    }
    key
}

/// The skeleton of an English word with a soft c written as s (Francis, Фрэнсис), and a
/// possessive ('s) left off.
pub(super) fn source_skeleton(word: &str, orthography: Orthography) -> String {
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    if orthography != Orthography::English {
        return skeleton(word, orthography);
    }
    // Chr is kr (Christmas, Chris: Кристмас, Kris); w is a vowel in English spellings the
    // other scripts write with у or u (Rowlett: Роулетт, Dwyer: Duayer).
    let lowered = crate::align::letters::lowercase_chars(word);
    let mut read: Vec<char> = Vec::with_capacity(lowered.len());
    let mut at = 0;
    while let Some(&letter) = lowered.get(at) {
        if lowered[at..].starts_with(&['c', 'h', 'r']) {
            read.extend(['k', 'r']);
            at += 3;
            continue;
        }
        read.push(if letter == 'w' { 'u' } else { letter });
        at += 1;
    }
    let mut softened: Vec<char> = Vec::with_capacity(read.len() + 2);
    for (index, &character) in read.iter().enumerate() {
        let soft = character == 'c'
            && read
                .get(index + 1)
                .is_some_and(|next| matches!(next, 'e' | 'i' | 'y'));
        match character {
            // x is k-s in English (Mexico: Мексика), not the Azerbaijani x (х).
            'x' => softened.extend(['k', 's']),
            _ => softened.push(if soft { 's' } else { character }),
        }
    }
    skeleton_of_lowered(&softened, orthography)
}

/// The loosened keys of a source word: its usual reading, and for English the other
/// readings translations follow — ch or c as k (Michael: Майкл; Macedonia: Македония), w as v (Washington:
/// Вашингтон), x as h (Texas: Техас), sc as s and g as q (Scotland: Şotlandiya, Oregon:
/// Oreqon), a final h after a vowel or d silent (Sarah: Сара; Eilidh: Эйлид); and a
/// compound's first name.
pub(super) fn source_keys(word: &str, orthography: Orthography) -> Vec<String> {
    let mut keys = vec![loose(source_skeleton(word, orthography))];
    if orthography == Orthography::English {
        let lower = crate::align::letters::lowercase(word);
        let mut readings = english_readings(&lower);
        // A compound of names (Kim-Trump, Yong-ho: Юн Хо) is there when its first name is,
        // in any of its readings.
        if let Some((first, _)) = lower.split_once('-')
            && first.chars().count() >= 2
        {
            readings.push(first.to_owned());
            readings.extend(english_readings(first));
        }
        for reading in readings {
            let key = loose(source_skeleton(&reading, orthography));
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    keys
}

/// The other ways translations read an English word (in lower case) — only those that
/// change it.
fn english_readings(lower: &str) -> Vec<String> {
    let mut readings: Vec<String> = [
        ("ch", "k"),
        // Macedonia: Македония.
        ("c", "k"),
        ("w", "v"),
        ("x", "h"),
        // Scotland: Şotlandiya; Oregon: Oreqon.
        ("sc", "s"),
        ("g", "q"),
        // Europe, Eurosceptics: Европа, евроскептики; Aceh: Ачех, Açex.
        ("eu", "ev"),
        ("c", "ch"),
    ]
    .iter()
    .filter(|(from, _)| lower.contains(from))
    .map(|(from, to)| lower.replace(from, to))
    .collect();
    // A plural of a name (the Koreas: Кореями) is there when the name is; a final ng is
    // often н (Yong: Ён).
    if lower.chars().count() >= 5
        && let Some(single) = lower.strip_suffix('s')
    {
        readings.push(single.to_owned());
    }
    if let Some(stem) = lower.strip_suffix("ng") {
        readings.push(format!("{stem}n"));
    }
    // A final h after a vowel or d is silent (Sarah: Сара; Eilidh: Эйлид), and so is an h
    // between a vowel and a consonant (Diehl: Dil; Lehman: Леман).
    if let Some(rest) = lower.strip_suffix('h')
        && rest.ends_with(['a', 'e', 'i', 'o', 'u', 'd'])
    {
        readings.push(rest.to_owned());
    }
    let letters: Vec<char> = lower.chars().collect();
    let vowel = |letter: char| "aeiouy".contains(letter);
    if let Some(at) = (1..letters.len().saturating_sub(1)).find(|&at| {
        letters[at] == 'h'
            && vowel(letters[at - 1])
            && is_letter(letters[at + 1])
            && !vowel(letters[at + 1])
    }) {
        let mut silent = letters.clone();
        silent.remove(at);
        readings.push(silent.into_iter().collect());
    }
    readings
}

/// A skeleton with g/j and h/y as one class, v and f as one (Vettel, Fettel), s and z as
/// one (Theresa, Тереза) and repeated classes merged.
fn merged(key: String) -> String {
    if !key.is_ascii() {
        // No skeleton: merged letter by letter.
        let mut merged = String::with_capacity(key.len());
        for class in key.chars() {
            let class = u8::try_from(class).map_or(class, |byte| char::from(merged_class(byte)));
            if !merged.ends_with(class) {
                merged.push(class);
            }
        }
        return merged;
    }
    // The classes are ASCII letters: merged in place.
    let mut classes = key.into_bytes();
    for class in &mut classes {
        *class = merged_class(*class);
    }
    classes.dedup();
    String::from_utf8(classes).unwrap_or_default()
}

/// A class of a skeleton as [`merged`] reads it.
fn merged_class(class: u8) -> u8 {
    match class {
        b'J' => b'H',
        b'V' => b'F',
        b'Z' => b'S',
        other => other,
    }
}

/// The consonant skeleton of a word written in `language` (a primary subtag), the classes
/// spellings confuse merged: the same for a name in any script (Hajili, Гаджилы, Hacılı),
/// with case endings adding classes at the end (Hacılının).
pub(crate) fn name_key(word: &str, language: &str) -> String {
    merged(source_skeleton(word, Orthography::for_language(language)))
}

/// The first three classes of a loosened skeleton (the whole of a shorter one). Two keys
/// name the same when their heads agree: case endings and suffixes add classes after them
/// (Алиева, олимпийский), and a shorter key must be the same whole key.
pub(super) fn name_head(key: &str) -> &str {
    key.char_indices().nth(3).map_or(key, |(at, _)| &key[..at])
}
