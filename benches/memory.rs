//! Benchmark of the translation memory: a memory of 1,000,000 English→Russian segments
//! (`DIPTYCH_BENCH_SEGMENTS` to change it) made from real news sentences — the NTREX
//! development set in ../shared/corpora when it is there, else the test fixtures — each
//! with a few words swapped and its numbers changed. It prints the index's build time, then
//! criterion times a top-5 search for a 25-word query through the index and by scoring
//! every segment (the same scorer), and checks both find the same matches. The memory's stem
//! sequences and the queries go to target/bench-memory/ so that scripts/bench-rapidfuzz.sh
//! can time rapidfuzz's linear scan over the same data. Run with `cargo bench --bench memory`.
#![expect(
    clippy::unwrap_used,
    clippy::print_stdout,
    reason = "a benchmark stops at the first surprise, and prints the sizes it measures"
)]

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use diptych::memory::index::{MemorySegment, TranslationMemory};

/// A small deterministic generator (xorshift), so every run builds the same memory.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % bound as u64).unwrap()
    }
}

/// English sentences and their Russian translations.
fn sentence_pairs() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ntrex = root.join("../shared/corpora/ntrex-dev");
    let mut pairs = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&ntrex) {
        let mut english: Vec<_> = entries
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.to_string_lossy().ends_with(".en.txt"))
            .collect();
        english.sort();
        for path in english {
            let russian = path.to_string_lossy().replace(".en.txt", ".ru.txt");
            let (Ok(en), Ok(ru)) = (
                std::fs::read_to_string(&path),
                std::fs::read_to_string(&russian),
            ) else {
                continue;
            };
            for (source, target) in en.lines().zip(ru.lines()) {
                if source.split_whitespace().count() >= 8 {
                    pairs.push((source.to_owned(), target.to_owned()));
                }
            }
        }
    }
    if pairs.is_empty() {
        println!("memory: ../shared/corpora/ntrex-dev is not here; using the test fixtures");
        let en = std::fs::read_to_string(root.join("tests/fixtures/en-tbilisi-metro.txt")).unwrap();
        for line in en
            .lines()
            .filter(|line| line.split_whitespace().count() >= 8)
        {
            pairs.push((line.to_owned(), format!("[ru] {line}")));
        }
    }
    pairs
}

/// `sentence` with `swaps` words replaced by words of `vocabulary` and its numbers changed.
fn varied(sentence: &str, vocabulary: &[&str], swaps: usize, random: &mut Random) -> String {
    let mut words: Vec<String> = sentence.split_whitespace().map(str::to_owned).collect();
    for _ in 0..swaps {
        let at = random.below(words.len());
        vocabulary[random.below(vocabulary.len())].clone_into(&mut words[at]);
    }
    for word in &mut words {
        if word.chars().all(|character| character.is_ascii_digit()) {
            *word = (random.below(2000) + 1).to_string();
        }
    }
    words.join(" ")
}

fn memory_benchmarks(c: &mut Criterion) {
    let pairs = sentence_pairs();
    let joined: String = pairs
        .iter()
        .map(|(source, _)| source.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let vocabulary: Vec<&str> = joined.split_whitespace().collect();
    let size: usize = std::env::var("DIPTYCH_BENCH_SEGMENTS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(1_000_000);
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let started = Instant::now();
    let mut memory = TranslationMemory::new("en", "ru");
    // Generated pairs that happen to repeat one already held are kept once, so generate
    // until the memory holds `size` distinct pairs.
    let mut index = 0;
    while memory.len() < size && index < size * 2 {
        index += 1;
        let (source, target) = &pairs[index % pairs.len()];
        let swaps = 1 + random.below(4);
        memory.add(MemorySegment {
            source: varied(source, &vocabulary, swaps, &mut random),
            target: target.clone(),
            origin: format!("segment {index}"),
            date: String::new(),
        });
    }
    let built = started.elapsed();
    println!(
        "memory: {} segments from {} sentence pairs; generated and indexed in {:.1} s",
        memory.len(),
        pairs.len(),
        built.as_secs_f64()
    );
    // The index kept on disk: written, then read back (what the next start does).
    let manifest = diptych::memory::cache::manifest(
        &diptych::memory::sources::MemorySources::default(),
        &diptych::model::LanguageTag::parse("en").unwrap(),
        &diptych::model::LanguageTag::parse("ru").unwrap(),
    );
    let report = diptych::memory::sources::BuildReport::default();
    let started = Instant::now();
    let bytes = diptych::memory::cache::encode(&memory, &report, &manifest);
    let encoded = started.elapsed();
    let started = Instant::now();
    let (mut cached, _) = diptych::memory::cache::decode(&bytes, &manifest).unwrap();
    let decoded = started.elapsed();
    println!(
        "cache: {:.0} MB, encoded in {:.1} s, read back and checked in {:.1} s (vs {:.1} s to build)",
        bytes.len() as f64 / 1e6,
        encoded.as_secs_f64(),
        decoded.as_secs_f64(),
        built.as_secs_f64()
    );
    drop(bytes);
    // Queries: 25-word real sentences, one word changed.
    let mut queries: Vec<String> = pairs
        .iter()
        .map(|(source, _)| source)
        .filter(|source| source.split_whitespace().count() >= 20)
        .take(20)
        .map(|source| {
            let words: Vec<&str> = source.split_whitespace().take(25).collect();
            varied(&words.join(" "), &vocabulary, 1, &mut random)
        })
        .collect();
    if queries.is_empty() {
        queries.push(varied(&pairs[0].0, &vocabulary, 1, &mut random));
    }
    for query in queries.iter().take(5) {
        let indexed = memory.search(query, 50, 5);
        assert_eq!(indexed, cached.search(query, 50, 5), "{query}");
        let linear = memory.search_linearly(query, 50, 5);
        let scores = |matches: &[diptych::memory::index::Match]| -> Vec<u8> {
            matches.iter().map(|found| found.score).collect()
        };
        assert_eq!(scores(&indexed), scores(&linear), "{query}");
    }
    drop(cached);
    // The concordance: folding every pair once (done in the build job), then a search for a
    // phrase in no pair (every pair scanned) and for a common word (stops at 100 hits).
    let started = Instant::now();
    let concordance = diptych::memory::concordance::FoldedMemory::new(&memory, ("en", "ru"));
    let folding = started.elapsed();
    let sides = [
        diptych::memory::concordance::Side::Source,
        diptych::memory::concordance::Side::Target,
    ];
    let started = Instant::now();
    let none = concordance.search(&memory, "zanzibar quokka", &sides, 100);
    let scan = started.elapsed();
    let started = Instant::now();
    let common = concordance.search(&memory, "the", &sides, 100);
    let common_time = started.elapsed();
    println!(
        "concordance: folded in {:.1} s; a phrase in no pair {:.0} ms ({} hits), a common word {:.1} ms ({} hits)",
        folding.as_secs_f64(),
        scan.as_secs_f64() * 1000.0,
        none.len(),
        common_time.as_secs_f64() * 1000.0,
        common.len()
    );
    drop(concordance);
    // The same data for rapidfuzz: each segment's stems, and each query's.
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-memory");
    std::fs::create_dir_all(&folder).unwrap();
    let mut segments = String::new();
    for index in 0..memory.len() {
        let stems: Vec<String> = memory.stems_of(index).iter().map(u32::to_string).collect();
        writeln!(segments, "{}", stems.join(" ")).unwrap();
    }
    std::fs::write(folder.join("segments.txt"), segments).unwrap();
    let mut stems = String::new();
    for query in &queries {
        let ids: Vec<String> = memory
            .query_stems(query)
            .iter()
            .map(u32::to_string)
            .collect();
        writeln!(stems, "{}", ids.join(" ")).unwrap();
    }
    std::fs::write(folder.join("queries.txt"), stems).unwrap();
    let mut next = 0;
    c.bench_function("top 5 of 1M segments, indexed", |b| {
        b.iter(|| {
            next = (next + 1) % queries.len();
            black_box(memory.search(&queries[next], 50, 5))
        });
    });
    c.bench_function("top 5 of 1M segments, every segment scored", |b| {
        b.iter(|| {
            next = (next + 1) % queries.len();
            black_box(memory.search_linearly(&queries[next], 50, 5))
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    targets = memory_benchmarks
}
criterion_main!(benches);
