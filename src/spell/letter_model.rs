//! How likely a word's letters are in their order, learned from the words a language is known
//! to have: a model of each letter given the three before it (Witten–Bell interpolation down
//! to single letters), read forwards and backwards. A word list knows only the forms it has
//! seen, and Azerbaijani builds most words with suffixes, so an unknown word is usually a
//! right one; but two letters typed the wrong way round (sürlüməsi, əyalətəlrinə) leave runs
//! a language never writes, which swapping them back puts right. [`LetterModel::swap_fix`]
//! finds such a swap when it makes the word far more likely than it was.

use crate::align::letters::is_letter;
use std::collections::HashMap;

/// Letters of context before each letter.
const ORDER: usize = 3;

/// Marks the edges of a word.
const EDGE: char = '\u{2}';

/// A swap must make the word this many times more likely (as a natural logarithm: e^8 ≈
/// 3,000) to count as a slip put right. Rarer spellings of right words (loanwords, names
/// written in lower case) seldom gain as much from swapping two letters.
const LIKELIER_BY: f64 = 8.0;

/// How much likelier a swap must make a word that the caller knows (a known word, or a form
/// of a known stem).
const SUPPORTED_GAIN: f64 = 4.0;

/// What a swap of a word's first two or last two letters must gain on top of
/// [`LIKELIER_BY`].
const EDGE_PENALTY: f64 = 4.0;

/// Words shorter than this are not judged: too few letters to tell.
const SHORTEST: usize = 5;

/// Longer words are not judged: no word of a language is this long, and the work grows
/// with the square of the length.
const LONGEST: usize = 60;

/// The model needs this many known words before its judgement is trusted.
const VOCABULARY: usize = 3000;

/// Counts of letters after each context of up to [`ORDER`] letters, read in one direction.
#[derive(Debug, Default)]
struct Counts {
    /// (context, letter) → how many known words have that letter after that context.
    next: HashMap<(Context, char), u32>,
    /// context → (letters seen after it in all, distinct letters seen after it).
    contexts: HashMap<Context, (u32, u32)>,
}

/// What one learned word added to a [`Counts`], to take away again: its letters after each
/// context, and per context the letters it added in all and the letters only it had there.
#[derive(Debug, Default)]
struct LeftOut {
    next: HashMap<(Context, char), u32>,
    contexts: HashMap<Context, (u32, u32)>,
}

impl LeftOut {
    /// What the marked word `letters` added to `counts` (which learned it).
    fn of(letters: &[char], counts: &Counts) -> Self {
        let mut word = Counts::default();
        word.count(letters);
        let mut contexts: HashMap<Context, (u32, u32)> = word
            .contexts
            .iter()
            .map(|(context, &(total, _))| (*context, (total, 0)))
            .collect();
        for ((context, letter), count) in &word.next {
            if counts.next.get(&(*context, *letter)) == Some(count)
                && let Some(entry) = contexts.get_mut(context)
            {
                entry.1 += 1;
            }
        }
        Self {
            next: word.next,
            contexts,
        }
    }
}

/// Counts of letters read forwards and backwards: a swap is judged from both sides, as the
/// run it breaks may show only after it (the letters before a swapped pair say little of it).
#[derive(Debug, Default)]
pub struct LetterModel {
    forward: Counts,
    backward: Counts,
    /// Distinct letters of the language, the edge mark included.
    alphabet: u32,
    words: usize,
}

/// Up to [`ORDER`] letters, the earliest first, padded with `\0` in front.
type Context = [char; ORDER];

fn context_of(letters: &[char], at: usize, length: usize) -> Context {
    let mut context = ['\0'; ORDER];
    for back in 0..length {
        let Some(index) = at.checked_sub(back + 1) else {
            break;
        };
        context[ORDER - 1 - back] = letters[index];
    }
    context
}

/// A folded word with its edges marked.
fn marked(folded: &str) -> Vec<char> {
    std::iter::once(EDGE)
        .chain(folded.chars())
        .chain(std::iter::once(EDGE))
        .collect()
}

impl Counts {
    /// Counts the letters of a marked word, each after its contexts.
    fn count(&mut self, letters: &[char]) {
        for at in 1..letters.len() {
            for length in 0..=ORDER.min(at) {
                let context = context_of(letters, at, length);
                let seen = self.next.entry((context, letters[at])).or_default();
                *seen += 1;
                let first = *seen == 1;
                let entry = self.contexts.entry(context).or_default();
                entry.0 += 1;
                entry.1 += u32::from(first);
            }
        }
    }

    /// The natural logarithm of the probability of `letter` after the letters before `at`,
    /// as if the word `left_out` takes away had not been learned.
    fn log_probability(
        &self,
        letters: &[char],
        at: usize,
        alphabet: u32,
        left_out: Option<&LeftOut>,
    ) -> f64 {
        let mut probability = 1.0 / f64::from(alphabet + 1);
        for length in 0..=ORDER.min(at) {
            let context = context_of(letters, at, length);
            let Some(&(mut total, mut distinct)) = self.contexts.get(&context) else {
                break;
            };
            let mut seen = self.next.get(&(context, letters[at])).copied().unwrap_or(0);
            if let Some(word) = left_out
                && let Some(&(word_total, gone)) = word.contexts.get(&context)
            {
                total = total.saturating_sub(word_total);
                if total == 0 {
                    break;
                }
                seen = seen
                    .saturating_sub(word.next.get(&(context, letters[at])).copied().unwrap_or(0));
                distinct = distinct.saturating_sub(gone);
            }
            probability =
                (f64::from(seen) + f64::from(distinct) * probability) / f64::from(total + distinct);
        }
        probability.ln()
    }

    /// The natural logarithm of the probability of a marked word's letters (as if the word
    /// counted in `left_out` had not been learned).
    fn log_likelihood(&self, letters: &[char], alphabet: u32, left_out: Option<&LeftOut>) -> f64 {
        (1..letters.len())
            .map(|at| self.log_probability(letters, at, alphabet, left_out))
            .sum()
    }
}

impl LetterModel {
    /// Learns from known words (folded as the language folds them), each counted once.
    pub fn learn<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut model = Self::default();
        let mut alphabet = std::collections::HashSet::new();
        for word in words {
            model.words += 1;
            let letters = marked(word);
            alphabet.extend(letters.iter().skip(1).copied());
            model.forward.count(&letters);
            let reversed: Vec<char> = letters.iter().rev().copied().collect();
            model.backward.count(&reversed);
        }
        model.alphabet = u32::try_from(alphabet.len()).unwrap_or(u32::MAX).max(1);
        model
    }

    /// Whether enough words were learned for the model to judge.
    pub fn is_trained(&self) -> bool {
        self.words >= VOCABULARY
    }

    /// The natural logarithm of the probability of a folded word's letters, the mean of
    /// reading it forwards and backwards.
    pub fn log_likelihood(&self, folded: &str) -> f64 {
        self.log_likelihood_without(folded, None)
    }

    /// [`LetterModel::log_likelihood`] as if the word `left_out` takes away (forwards,
    /// backwards) had not been learned.
    fn log_likelihood_without(&self, folded: &str, left_out: Option<&(LeftOut, LeftOut)>) -> f64 {
        let letters = marked(folded);
        let reversed: Vec<char> = letters.iter().rev().copied().collect();
        f64::midpoint(
            self.forward
                .log_likelihood(&letters, self.alphabet, left_out.map(|word| &word.0)),
            self.backward
                .log_likelihood(&reversed, self.alphabet, left_out.map(|word| &word.1)),
        )
    }

    /// What learning the folded word `folded` added to the model, to take away again.
    fn left_out(&self, folded: &str) -> (LeftOut, LeftOut) {
        let letters = marked(folded);
        let reversed: Vec<char> = letters.iter().rev().copied().collect();
        (
            LeftOut::of(&letters, &self.forward),
            LeftOut::of(&reversed, &self.backward),
        )
    }

    /// `folded` with two neighbouring letters swapped back, when that makes it far likelier
    /// than it is (see [`LIKELIER_BY`]), or somewhat likelier (see [`SUPPORTED_GAIN`]) and a
    /// word `known` vouches for: the word probably meant. `None` when the model is not
    /// trained, the word is short, or no swap gains enough.
    ///
    /// `learned_it` says the model learned `folded` itself (a word seen once in the text
    /// being checked, which may be the very slip): it is then judged as if the model had
    /// not, or the slip would vouch for itself.
    pub fn swap_fix(
        &self,
        folded: &str,
        learned_it: bool,
        known: impl Fn(&str) -> bool,
    ) -> Option<String> {
        self.swaps(folded, learned_it)
            .into_iter()
            .find(|(gain, swapped)| {
                *gain > LIKELIER_BY || (*gain > SUPPORTED_GAIN && known(swapped))
            })
            .map(|(_, swapped)| swapped)
    }

    /// `folded` with each pair of different neighbouring letters swapped that makes it
    /// likelier, with how much likelier (a natural logarithm; a swap of the first two or last
    /// two letters is charged [`EDGE_PENALTY`]), the likeliest first. Empty when the model
    /// is not trained or the word is short.
    fn swaps(&self, folded: &str, learned_it: bool) -> Vec<(f64, String)> {
        let letters: Vec<char> = folded.chars().collect();
        if !self.is_trained()
            || !(SHORTEST..=LONGEST).contains(&letters.len())
            || !letters.iter().all(|c| is_letter(*c))
        {
            return Vec::new();
        }
        let left_out = learned_it.then(|| self.left_out(folded));
        let (forward_out, backward_out) = match &left_out {
            Some((forward, backward)) => (Some(forward), Some(backward)),
            None => (None, None),
        };
        // Each letter's probability as typed, read both ways; a swap changes only those of
        // the two letters and the few after them (their contexts), so only those are
        // worked out again.
        let forwards = marked(folded);
        let backwards: Vec<char> = forwards.iter().rev().copied().collect();
        let probabilities = |counts: &Counts, marked: &[char], out: Option<&LeftOut>| -> Vec<f64> {
            (0..marked.len())
                .map(|at| {
                    if at == 0 {
                        0.0
                    } else {
                        counts.log_probability(marked, at, self.alphabet, out)
                    }
                })
                .collect()
        };
        let forward_typed = probabilities(&self.forward, &forwards, forward_out);
        let backward_typed = probabilities(&self.backward, &backwards, backward_out);
        let last = forwards.len() - 1;
        let change = |counts: &Counts,
                      typed: &[char],
                      as_typed: &[f64],
                      first: usize,
                      out: Option<&LeftOut>|
         -> f64 {
            let mut swapped = typed.to_vec();
            swapped.swap(first, first + 1);
            (first..=(first + 1 + ORDER).min(last))
                .map(|at| counts.log_probability(&swapped, at, self.alphabet, out) - as_typed[at])
                .sum()
        };
        let mut found: Vec<(f64, String)> = Vec::new();
        for at in 0..letters.len() - 1 {
            if letters[at] == letters[at + 1] {
                continue;
            }
            // The two letters in the marked word read forwards, and read backwards.
            let forward_at = at + 1;
            let backward_at = letters.len() - forward_at;
            let gain = f64::midpoint(
                change(
                    &self.forward,
                    &forwards,
                    &forward_typed,
                    forward_at,
                    forward_out,
                ),
                change(
                    &self.backward,
                    &backwards,
                    &backward_typed,
                    backward_at,
                    backward_out,
                ),
            );
            // At a word's edges words differ most (roots begin, endings end), so a swap
            // there must gain more.
            let edge = at == 0 || at + 2 == letters.len();
            let penalty = if edge { EDGE_PENALTY } else { 0.0 };
            if gain - penalty > 0.0 {
                let mut swapped = letters.clone();
                swapped.swap(at, at + 1);
                found.push((gain - penalty, swapped.into_iter().collect()));
            }
        }
        found.sort_by(|a, b| b.0.total_cmp(&a.0));
        found
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Azerbaijani-like words, enough of them for the model to judge.
    fn model() -> LetterModel {
        let words = sample_words();
        LetterModel::learn(words.iter().map(String::as_str))
    }

    /// Azerbaijani-like words (stems with endings), [`VOCABULARY`] of them or more, all
    /// different.
    pub(crate) fn sample_words() -> Vec<String> {
        let stems = [
            "ölkə",
            "şəhər",
            "hökumət",
            "prezident",
            "seçki",
            "əyalət",
            "telefon",
            "məlumat",
            "xəbər",
            "kitab",
            "insan",
            "dövlət",
            "millət",
            "sürət",
            "qəzet",
            "bələdiyyə",
            "nazir",
        ];
        let endings = [
            "",
            "lər",
            "lərin",
            "lərə",
            "də",
            "dən",
            "in",
            "ə",
            "i",
            "ləri",
            "lərinə",
            "mizin",
            "dir",
            "siz",
            "çi",
            "lik",
            "li",
            "ləşmə",
            "ləşdirmə",
        ];
        let extras = ["", "dir", "mi", "sə", "dır", "dü", "ki", "lə", "nı", "ca"];
        let mut words = Vec::new();
        for stem in stems {
            for ending in endings {
                for extra in extras {
                    words.push(format!("{stem}{ending}{extra}"));
                }
            }
        }
        words.sort();
        words.dedup();
        assert!(words.len() >= VOCABULARY, "{}", words.len());
        words
    }

    #[test]
    fn a_swap_that_breaks_the_language_s_letter_order_is_put_right() {
        let model = model();
        assert!(model.is_trained());
        assert_eq!(
            model.swap_fix("əyalətəlrinə", false, |_| false).as_deref(),
            Some("əyalətlərinə")
        );
        assert_eq!(
            model.swap_fix("hökuəmtdən", false, |_| false).as_deref(),
            Some("hökumətdən")
        );
        // Right words, seen or not, are left alone.
        for right in ["əyalətlərinə", "şəhərlərdən", "kitablarda", "nazirlərdən"] {
            assert_eq!(model.swap_fix(right, false, |_| false), None, "{right}");
        }
    }

    #[test]
    fn a_slip_the_model_learned_once_is_judged_as_if_it_had_not() {
        let mut words = sample_words();
        words.push("əyalətəlrinə".to_owned());
        let model = LetterModel::learn(words.iter().map(String::as_str));
        // Told it learned the word, the model leaves it out and finds the slip again.
        assert_eq!(
            model.swap_fix("əyalətəlrinə", true, |_| false).as_deref(),
            Some("əyalətlərinə")
        );
        // Leaving a right word out does not make it wrong.
        for right in ["şəhərlərdən", "kitablarda", "nazirlərdən"] {
            assert_eq!(model.swap_fix(right, true, |_| false), None, "{right}");
        }
        // Leaving out is exact: a word learned once and left out scores as never learned.
        let without = LetterModel::learn(sample_words().iter().map(String::as_str));
        let left_out = model.left_out("əyalətəlrinə");
        assert!(
            (model.log_likelihood_without("əyalətəlrinə", Some(&left_out))
                - without.log_likelihood("əyalətəlrinə"))
            .abs()
                < 1e-9
        );
    }

    #[test]
    fn a_swap_s_gain_worked_out_near_it_is_the_whole_word_s() {
        let model = model();
        for (word, learned_it) in [
            ("əyalətəlrinə", false),
            ("hökuəmtdən", true),
            ("şəhərlərdən", false),
            ("kitablarda", true),
            ("abcdefghijklmnop", false),
        ] {
            let left_out = learned_it.then(|| model.left_out(word));
            let as_typed = model.log_likelihood_without(word, left_out.as_ref());
            let found = model.swaps(word, learned_it);
            let letters: Vec<char> = word.chars().collect();
            for at in 0..letters.len() - 1 {
                let mut swapped = letters.clone();
                swapped.swap(at, at + 1);
                let swapped: String = swapped.into_iter().collect();
                let edge = at == 0 || at + 2 == letters.len();
                let whole = model.log_likelihood_without(&swapped, left_out.as_ref())
                    - as_typed
                    - if edge { EDGE_PENALTY } else { 0.0 };
                match found.iter().find(|(_, candidate)| *candidate == swapped) {
                    Some((gain, _)) => assert!((gain - whole).abs() < 1e-9, "{swapped}"),
                    None => assert!(whole <= 1e-9 || letters[at] == letters[at + 1], "{swapped}"),
                }
            }
        }
    }

    #[test]
    fn an_untrained_model_or_a_short_word_is_not_judged() {
        let little = LetterModel::learn(["hökumət", "şəhər"]);
        assert!(!little.is_trained());
        assert_eq!(little.swap_fix("hökuəmt", false, |_| false), None);
        assert_eq!(model().swap_fix("əvl", false, |_| false), None);
        // A run of letters far longer than any word is not judged (nor worked on for long).
        let endless = "əyalətəlrinə".repeat(10_000);
        assert_eq!(model().swap_fix(&endless, false, |_| false), None);
    }

    #[test]
    fn likelier_spellings_score_higher() {
        let model = model();
        assert!(model.log_likelihood("hökumət") > model.log_likelihood("hökuəmt"));
        assert!(model.log_likelihood("hökumət") < 0.0);
    }
}
