//! A dictionary's verdicts on words, remembered: a Hunspell check of a word costs
//! microseconds (every affix is tried), and a project's checks ask about the same words
//! thousands of times (и, в, the, və). Shared by the threads that check a project in
//! parts, so the memory is split into shards, each behind its own lock.

use foldhash::HashMap;
use std::sync::Mutex;

/// How many shards the verdicts are split into (threads rarely wait for one another).
const SHARDS: usize = 16;

/// At most this many words a shard remembers; a full shard starts again (a project's
/// commonest words come back first).
const SHARD_WORDS: usize = 8_192;

/// Words and whether the dictionary accepts them.
pub(super) struct Verdicts {
    shards: [Mutex<HashMap<String, bool>>; SHARDS],
}

impl Default for Verdicts {
    fn default() -> Self {
        Self {
            shards: std::array::from_fn(|_| Mutex::default()),
        }
    }
}

impl Verdicts {
    /// The verdict on `word`: the one remembered, or `judge`'s, then remembered.
    pub(super) fn of(&self, word: &str, judge: impl FnOnce() -> bool) -> bool {
        let shard = &self.shards[shard_of(word)];
        if let Some(verdict) = shard.lock().ok().and_then(|words| words.get(word).copied()) {
            return verdict;
        }
        let verdict = judge();
        if let Ok(mut words) = shard.lock() {
            if words.len() >= SHARD_WORDS {
                words.clear();
            }
            words.insert(word.to_owned(), verdict);
        }
        verdict
    }

    /// Forgets every verdict (the dictionary has learned words).
    pub(super) fn clear(&mut self) {
        for shard in &mut self.shards {
            if let Ok(words) = shard.get_mut() {
                words.clear();
            }
        }
    }

    /// How many words are remembered.
    pub(super) fn len(&self) -> usize {
        self.shards
            .iter()
            .map(|shard| shard.lock().map_or(0, |words| words.len()))
            .sum()
    }
}

/// The shard of `word` (FNV-1a of its bytes).
fn shard_of(word: &str) -> usize {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in word.bytes() {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    hash as usize % SHARDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verdict_is_worked_out_once_and_forgotten_on_clear() {
        let mut verdicts = Verdicts::default();
        let asked = std::cell::Cell::new(0);
        let judge = |verdict: bool| {
            asked.set(asked.get() + 1);
            verdict
        };
        assert!(verdicts.of("сообщение", || judge(true)));
        assert!(verdicts.of("сообщение", || judge(false)));
        assert!(!verdicts.of("сабщение", || judge(false)));
        assert_eq!(asked.get(), 2);
        assert_eq!(verdicts.len(), 2);
        verdicts.clear();
        assert!(!verdicts.of("сообщение", || judge(false)));
        assert_eq!(asked.get(), 3);
    }

    #[test]
    fn a_full_shard_starts_again() {
        let verdicts = Verdicts::default();
        for number in 0..SHARD_WORDS * SHARDS * 2 {
            verdicts.of(&format!("w{number}"), || true);
        }
        assert!(verdicts.len() <= SHARD_WORDS * SHARDS);
        assert!(verdicts.len() > SHARD_WORDS);
    }
}
