//! Spell-checking: a [`Speller`] per language, built from a Hunspell dictionary (read by
//! `io::dictionaries`; checked by the `spellbook` crate) or, for a language whose dictionary
//! has no affix rules — Azerbaijani — from a word list with a suffix-aware, cautious judge
//! ([`word_list`]). Personal words and words learned from the user's own articles are
//! accepted on top. [`Speller::misspellings`] finds the misspelt words of a text, leaving
//! alone what a dictionary cannot judge: figures, acronyms, links, words in another script,
//! and (when asked) names.

pub mod learned;
pub mod letter_model;
pub mod load;
mod verdicts;
pub mod word_list;

use crate::align::letters::is_letter;
use std::collections::HashSet;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::io::dictionaries::DictionaryText;
use word_list::WordList;

/// Marks that may stand inside a word without being seen: a soft hyphen, a word joiner and a
/// zero-width no-break space (not the zero-width joiners, which some languages' words hold).
const INVISIBLE: [char; 3] = ['\u{ad}', '\u{2060}', '\u{feff}'];

/// At most this many suggestions are offered for a word.
const MAX_SUGGESTIONS: usize = 8;

/// Longer runs of letters are no words: they are neither judged nor searched for a slip (the
/// work of both grows with the square of the length).
const LONGEST_WORD: usize = 60;

/// What judges words.
enum Engine {
    Hunspell(Box<spellbook::Dictionary>),
    Words(Box<WordList>),
}

/// A language's spell-checker.
pub struct Speller {
    language: String,
    engine: Engine,
    /// Folded words accepted whatever the dictionary says (personal and learned words).
    accepted: HashSet<String>,
    /// The slips worked out so far ([`Speller::slip_correction`] costs a millisecond a word,
    /// and the same unknown words come back at every check of a project).
    slips: std::sync::Mutex<std::collections::HashMap<String, Option<String>>>,
    /// The engine's verdicts on words asked about so far ([`Speller::is_correct`]).
    verdicts: verdicts::Verdicts,
    /// The Hunspell dictionary's own verdicts so far ([`Speller::in_dictionary`]).
    listed: verdicts::Verdicts,
}

impl std::fmt::Debug for Speller {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Speller")
            .field("language", &self.language)
            .field(
                "engine",
                &match &self.engine {
                    Engine::Hunspell(_) => "hunspell",
                    Engine::Words(_) => "word list",
                },
            )
            .field("accepted", &self.accepted.len())
            .field("slips", &self.slips.lock().map_or(0, |slips| slips.len()))
            .field("verdicts", &self.verdicts.len())
            .field("listed", &self.listed.len())
            .finish()
    }
}

/// Why a dictionary could not be used.
#[derive(Debug, thiserror::Error)]
#[error("{reason}")]
pub struct SpellError {
    language: String,
    reason: String,
}

/// A misspelt word in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misspelling {
    /// Where the word is, in bytes of the text.
    pub range: Range<usize>,
    pub word: String,
}

/// Whether an affix file has affix rules (a flat word list dressed as a Hunspell dictionary
/// has none).
fn has_affix_rules(aff: &str) -> bool {
    aff.lines().any(|line| {
        let line = line.trim_start();
        line.starts_with("SFX ") || line.starts_with("PFX ") || line.starts_with("COMPOUND")
    })
}

/// The words of a `.dic` file without their flags (the first line is a count).
fn dictionary_words(dic: &str) -> impl Iterator<Item = &str> {
    dic.lines()
        .enumerate()
        .filter(|(number, line)| !(*number == 0 && line.trim().parse::<usize>().is_ok()))
        .map(|(_, line)| line.split(['/', '\t']).next().unwrap_or("").trim())
        .filter(|word| !word.is_empty())
}

impl Speller {
    /// A speller from a dictionary read by `io::dictionaries`: Hunspell when it has affix
    /// rules, the cautious word-list judge otherwise.
    pub fn from_dictionary(language: &str, text: &DictionaryText) -> Result<Self, SpellError> {
        if dictionary_words(&text.dic).next().is_none() {
            return Err(SpellError {
                language: language.to_owned(),
                reason: "it holds no words".to_owned(),
            });
        }
        let engine = if has_affix_rules(&text.aff) {
            let dictionary =
                spellbook::Dictionary::new(&text.aff, &text.dic).map_err(|error| SpellError {
                    language: language.to_owned(),
                    reason: error.to_string(),
                })?;
            Engine::Hunspell(Box::new(dictionary))
        } else {
            let mut words = WordList::new(language);
            for word in dictionary_words(&text.dic) {
                words.add(word, 1);
            }
            words.finish();
            Engine::Words(Box::new(words))
        };
        Ok(Self {
            language: language.to_owned(),
            engine,
            accepted: HashSet::new(),
            slips: std::sync::Mutex::default(),
            verdicts: verdicts::Verdicts::default(),
            listed: verdicts::Verdicts::default(),
        })
    }

    /// A speller that knows only `words` with their counts (a language with no dictionary,
    /// from the user's own articles).
    pub fn from_words<'a>(language: &str, words: impl IntoIterator<Item = (&'a str, u32)>) -> Self {
        let mut list = WordList::new(language);
        for (word, count) in words {
            list.add(word, count);
        }
        list.finish();
        Self {
            language: language.to_owned(),
            engine: Engine::Words(Box::new(list)),
            accepted: HashSet::new(),
            slips: std::sync::Mutex::default(),
            verdicts: verdicts::Verdicts::default(),
            listed: verdicts::Verdicts::default(),
        }
    }

    /// The language (primary subtag) this speller checks.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// Whether the dictionary is Hunspell's (false: a word list judged cautiously).
    pub fn is_hunspell(&self) -> bool {
        matches!(self.engine, Engine::Hunspell(_))
    }

    fn fold(&self, word: &str) -> String {
        crate::memory::text::fold(word, &self.language)
    }

    /// Accepts `word` from now on (a personal word, or one the user chose to ignore).
    pub fn accept(&mut self, word: &str) {
        let folded = self.fold(word.trim());
        if !folded.is_empty() {
            self.accepted.insert(folded);
        }
    }

    /// Learns words seen in the user's own articles with their counts: the word list's
    /// judge knows them (with their stems); a Hunspell dictionary accepts those seen at
    /// least twice.
    pub fn learn<'a>(&mut self, words: impl IntoIterator<Item = (&'a str, u32)>) {
        match &mut self.engine {
            Engine::Words(list) => {
                for (word, count) in words {
                    list.add(word, count);
                }
                list.finish();
                self.verdicts.clear();
            }
            Engine::Hunspell(_) => {
                for (word, count) in words {
                    if count >= 2 {
                        self.accept(word);
                    }
                }
            }
        }
    }

    /// Learns the words of the text being checked (a project's own words in the language,
    /// with their counts) into a word list; a Hunspell dictionary, which judges without
    /// them, learns nothing. A word seen there only once may be the very slip to find, so it
    /// vouches for nothing: the list learns from it only how the language orders its
    /// letters; a word seen at least twice is learned as from the user's articles (see
    /// [`Speller::learn`]).
    pub fn learn_own_words(&mut self, counts: &learned::WordCounts) {
        let Engine::Words(list) = &mut self.engine else {
            return;
        };
        for (word, count) in counts {
            if *count >= 2 {
                list.add(word, *count);
            } else {
                list.add_unlisted(word);
            }
        }
        list.finish();
        self.verdicts.clear();
    }

    /// A speller knowing only the words of the text being checked (see
    /// [`Speller::learn_own_words`]), for a language with neither a dictionary nor articles
    /// in the library.
    pub fn from_own_words(language: &str, counts: &learned::WordCounts) -> Self {
        let mut speller = Self::from_words(language, std::iter::empty());
        speller.learn_own_words(counts);
        speller
    }

    /// Whether capitalised `word`, written in lower case, is a slip of a common word: a
    /// Hunspell dictionary's word in lower case one common slip away, or a slip the word list
    /// is sure of. Names are left to the names check; this is for a sentence's first word.
    fn slip_of_common_word(&self, word: &str) -> bool {
        let lower = lower_first(word, &self.language);
        if lower.chars().any(char::is_uppercase) || self.is_correct(&lower) || self.is_correct(word)
        {
            return false;
        }
        match &self.engine {
            // A vowel for another is how names are transliterated (Грэм: грим), so only
            // the fingers' slips count here.
            Engine::Hunspell(_) => self.slip_correction(&lower).is_some_and(|meant| {
                word_list::finger_slip(&self.fold(&meant), &self.fold(&lower))
            }),
            Engine::Words(list) => list.looks_misspelt(&lower),
        }
    }

    /// Whether `word` passes: accepted, known to the dictionary, or (for a word list) not
    /// clearly a misspelling.
    pub fn is_correct(&self, word: &str) -> bool {
        let word = if word.contains('\u{2019}') {
            std::borrow::Cow::Owned(word.replace('\u{2019}', "'"))
        } else {
            std::borrow::Cow::Borrowed(word)
        };
        let word = word.as_ref();
        if !self.accepted.is_empty() && self.accepted.contains(&self.fold(word)) {
            return true;
        }
        self.verdicts.of(word, || match &self.engine {
            Engine::Hunspell(dictionary) => {
                dictionary.check(word)
                    || (word.contains(['ё', 'Ё'])
                        && dictionary.check(&word.replace('ё', "е").replace('Ё', "Е")))
                    || word
                        .strip_suffix("'s")
                        .is_some_and(|stem| dictionary.check(stem))
            }
            Engine::Words(list) => !list.looks_misspelt(word),
        })
    }

    /// Whether the Hunspell dictionary itself has `word` as written (personal and learned
    /// words aside; false for a word-list speller). A lower-case word it has is a common
    /// word; a name it has only capitalised.
    pub fn in_dictionary(&self, word: &str) -> bool {
        match &self.engine {
            Engine::Hunspell(dictionary) => self.listed.of(word, || dictionary.check(word)),
            Engine::Words(_) => false,
        }
    }

    /// A dictionary word `word` is one common slip away from — two neighbouring letters
    /// swapped, a letter typed twice or once where it is doubled, one vowel for another —
    /// when there is one: the sign that an unknown word is a typo rather than a word the
    /// dictionary lacks (фейковых, соцсетях). Only Hunspell dictionaries are asked (a word
    /// list judges slips itself).
    pub fn slip_correction(&self, word: &str) -> Option<String> {
        if let Some(known) = self
            .slips
            .lock()
            .ok()
            .and_then(|slips| slips.get(word).cloned())
        {
            return known;
        }
        let found = self.work_out_slip(word);
        if let Ok(mut slips) = self.slips.lock() {
            slips.insert(word.to_owned(), found.clone());
        }
        found
    }

    /// The word `word` is with two neighbouring letters swapped back, when that is the slip
    /// that marked it: a dictionary word (Hunspell), or a swap the word list's letter model
    /// finds far likelier. A word carried over from the source is reported only then.
    pub fn swap_correction(&self, word: &str) -> Option<String> {
        match &self.engine {
            Engine::Hunspell(_) => self
                .slip_correction(word)
                .filter(|meant| word_list::swapped_letters(&self.fold(meant), &self.fold(word))),
            Engine::Words(list) => list.swap_fix(word),
        }
    }

    /// Whether capitalised `word` is a common word of the language rather than a name: the
    /// Hunspell dictionary has it in lower case, or the word list has seen a form of it
    /// written so.
    pub fn common_word(&self, word: &str) -> bool {
        match &self.engine {
            Engine::Hunspell(_) => self.in_dictionary(&crate::align::letters::lowercase(word)),
            Engine::Words(list) => list.written_in_lower_case(word),
        }
    }

    /// Whether the dictionary (or the word list) has `word` itself: not only a form of a
    /// stem it knows, and not by the user's leave.
    pub fn lists(&self, word: &str) -> bool {
        match &self.engine {
            Engine::Hunspell(dictionary) => dictionary.check(word),
            Engine::Words(list) => list.lists(word),
        }
    }

    fn work_out_slip(&self, word: &str) -> Option<String> {
        let Engine::Hunspell(dictionary) = &self.engine else {
            return None;
        };
        let letters: Vec<char> = word.chars().collect();
        // Some fifty dictionary checks a letter: a run of letters far longer than any word
        // is not worked on.
        if !(4..=LONGEST_WORD).contains(&letters.len()) {
            return None;
        }
        let vowels = vowels_of(&self.language);
        let known = |candidate: &[char]| {
            let candidate: String = candidate.iter().collect();
            dictionary.check(&candidate).then_some(candidate)
        };
        // A Hunspell check of a word that is not there costs microseconds (every affix is
        // tried), so only the commonest slips are tried: some fifty candidates a word.
        let mut candidates: Vec<Vec<char>> = Vec::new();
        for at in 0..letters.len() {
            if at + 1 < letters.len() && letters[at] != letters[at + 1] {
                let mut swapped = letters.clone();
                swapped.swap(at, at + 1);
                candidates.push(swapped);
            }
            let mut shorter = letters.clone();
            shorter.remove(at);
            candidates.push(shorter);
            let mut doubled = letters.clone();
            doubled.insert(at, letters[at]);
            candidates.push(doubled);
            // One vowel for another (малако, seperate).
            if vowels.contains(letters[at]) {
                for vowel in vowels.chars().filter(|vowel| *vowel != letters[at]) {
                    let mut changed = letters.clone();
                    changed[at] = vowel;
                    candidates.push(changed);
                }
            }
        }
        candidates.iter().find_map(|candidate| known(candidate))
    }

    /// Corrections for `word`, the likeliest first.
    pub fn suggestions(&self, word: &str) -> Vec<String> {
        let mut found = match &self.engine {
            Engine::Hunspell(dictionary) => {
                let mut found = Vec::new();
                dictionary.suggest(word, &mut found);
                found
            }
            Engine::Words(list) => {
                // Two letters the wrong way round, by the order the language writes letters
                // in, first: when there is such a swap, it is what marked the word.
                let mut found: Vec<String> = list
                    .swap_fix(word)
                    .map(|fixed| match_case(word, &fixed, &self.language))
                    .into_iter()
                    .collect();
                for near in list.near(word) {
                    let near = match_case(word, near, &self.language);
                    if !found.contains(&near) {
                        found.push(near);
                    }
                }
                if found.is_empty() {
                    // A typo in an inflected form: correct the stem, keep the ending.
                    let folded = self.fold(word);
                    let stem = crate::memory::azerbaijani::stem(&folded);
                    if let Some(ending) = folded.strip_prefix(&stem).filter(|e| !e.is_empty()) {
                        found = list
                            .near(&stem)
                            .into_iter()
                            .map(|near| {
                                match_case(word, &format!("{near}{ending}"), &self.language)
                            })
                            .collect();
                    }
                }
                found
            }
        };
        found.truncate(MAX_SUGGESTIONS);
        found
    }

    /// The misspelt words of `text`. Figures, acronyms, abbreviations, links and e-mail
    /// addresses, single letters, words in another script and short parts of hyphenated
    /// words (плей-офф) and endings of figures (40-летие) are not judged; with `skip_names`, neither are capitalised words
    /// (names a dictionary does not know, at a sentence's start too).
    pub fn misspellings(&self, text: &str, skip_names: bool) -> Vec<Misspelling> {
        let links = link_ranges(text);
        let script = language_script(&self.language);
        let mut found = Vec::new();
        for (at, word) in text.split_word_bound_indices() {
            let range = at..at + word.len();
            if !judged(word, script) || links.iter().any(|link| link.contains(&at)) {
                continue;
            }
            // A capitalised word may be a name the dictionary cannot know, unless it begins a
            // sentence and is, in lower case, a slip of a common word (Оджнако, Höukmət).
            if skip_names
                && starts_upper(word)
                && !(starts_sentence(&text[..at]) && self.slip_of_common_word(word))
            {
                continue;
            }
            let hyphenated =
                text[..at].ends_with(['-', '‑']) || text[range.end..].starts_with(['-', '‑']);
            if hyphenated && word.chars().count() < 5 {
                continue;
            }
            // The ending of a figure (40-летие, 2017-ci, 80%-dən) is not a word; a word
            // joined to one is (10-килограммовая).
            let after_figure = text[..at]
                .strip_suffix(['-', '‑'])
                .and_then(|before| before.chars().next_back())
                .is_some_and(|c| c.is_ascii_digit() || c == '%');
            if after_figure && (word.chars().count() <= 4 || word.starts_with("лет")) {
                continue;
            }
            if word.contains('.') {
                continue;
            }
            // Invisible marks inside a word (a soft hyphen, a word joiner) are no letters.
            let bare = if word.contains(INVISIBLE) {
                std::borrow::Cow::Owned(word.replace(INVISIBLE, ""))
            } else {
                std::borrow::Cow::Borrowed(word)
            };
            if !self.is_correct(&bare) {
                found.push(Misspelling {
                    range,
                    word: word.to_owned(),
                });
            }
        }
        found
    }
}

/// The vowels of a language's alphabet.
fn vowels_of(language: &str) -> &'static str {
    match language_script(language) {
        Script::Cyrillic => "аеиоуыэюя",
        _ if language == "az" || language == "tr" => "aeəiıoöuü",
        _ => "aeiouy",
    }
}

/// `replacement` written in the case pattern of `word` (all capitals, capitalised, lower).
fn match_case(word: &str, replacement: &str, language: &str) -> String {
    let upper = |text: &str| {
        if language == "az" || language == "tr" {
            text.replace('i', "İ").to_uppercase()
        } else {
            text.to_uppercase()
        }
    };
    let letters: Vec<char> = word.chars().filter(|c| is_letter(*c)).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        upper(replacement)
    } else if letters.first().is_some_and(|c| c.is_uppercase()) {
        let mut chars = replacement.chars();
        chars.next().map_or_else(String::new, |first| {
            upper(&first.to_string()) + chars.as_str()
        })
    } else {
        replacement.to_owned()
    }
}

/// The script a language is written in, for leaving other scripts' words alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Other,
}

fn language_script(language: &str) -> Script {
    match language {
        "ru" | "uk" | "be" | "bg" | "sr" | "mk" | "kk" | "ky" | "tg" => Script::Cyrillic,
        "ka" | "hy" | "el" | "ar" | "fa" | "he" | "zh" | "ja" | "ko" => Script::Other,
        _ => Script::Latin,
    }
}

fn script_of(letter: char) -> Script {
    match u32::from(letter) {
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        _ if letter.is_ascii_alphabetic() => Script::Latin,
        0x00C0..=0x02AF | 0x1E00..=0x1EFF => Script::Latin,
        _ => Script::Other,
    }
}

/// Whether a dictionary of `script` can judge `word`: two letters or more, all letters of that
/// script, no digits, not an acronym in capitals.
fn judged(word: &str, script: Script) -> bool {
    let (mut letters, mut capitals, mut inner_capital) = (0_usize, 0_usize, false);
    for letter in word.chars() {
        if letter.is_numeric() || letter == '_' {
            return false;
        }
        if !is_letter(letter) {
            continue;
        }
        if script_of(letter) != script {
            return false;
        }
        if letter.is_uppercase() {
            capitals += 1;
            // A capital inside a word (iPhone, McDonald, ЦентрИнвест) is a brand or a name.
            inner_capital |= letters > 0;
        }
        letters += 1;
    }
    (2..=LONGEST_WORD).contains(&letters) && capitals < letters && !inner_capital
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word after `before` begins a sentence: nothing but spaces, opening quotation
/// marks, brackets or dashes since the start of the text or the end of a sentence.
fn starts_sentence(before: &str) -> bool {
    let before =
        before.trim_end_matches(|c: char| c.is_whitespace() || "«“„\"'‘‚([—–-".contains(c));
    before.is_empty() || before.ends_with(['.', '!', '?', '…'])
}

/// `word` with its first letter in lower case (Azerbaijani and Turkish I as ı, İ as i).
fn lower_first(word: &str, language: &str) -> String {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let turkic = language == "az" || language == "tr";
    let mut lowered = match first {
        'I' if turkic => "ı".to_owned(),
        'İ' => "i".to_owned(),
        other => other.to_lowercase().collect(),
    };
    lowered.push_str(chars.as_str());
    lowered
}

/// The byte ranges of links and e-mail addresses in `text` (runs without spaces holding
/// `://`, `@` or starting `www.`).
fn link_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = None;
    for (at, letter) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if letter.is_whitespace() {
            if let Some(begin) = start.take() {
                let run: &str = &text[begin..at];
                if run.contains("://") || run.contains('@') || run.starts_with("www.") {
                    ranges.push(begin..at);
                }
            }
        } else if start.is_none() {
            start = Some(at);
        }
    }
    ranges
}

#[cfg(test)]
mod tests;
