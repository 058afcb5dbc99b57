//! Benchmark of the library's search: 10,000 articles made of the NTREX development set's
//! real sentences (English, Russian or Azerbaijani source, 20 paragraphs of two sentences,
//! each translated into the other two languages — 600,000 texts), the records cut into terms
//! and stemmed, the index built from them, and queries of several kinds timed. Target: a
//! query over 10,000 articles in under 50 ms. Run with `cargo bench --bench library`
//! (`DIPTYCH_BENCH_ARTICLES=N` for another size).
#![expect(
    clippy::unwrap_used,
    clippy::print_stdout,
    reason = "a benchmark stops at the first surprise, and prints the sizes it measures"
)]

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use diptych::io::fs::FileStamp;
use diptych::library::record::{Field, Record};
use diptych::library::{Entry, Fingerprints, LibraryIndex, Query, search};

/// English, Russian and Azerbaijani versions of each sentence of the corpus.
fn sentence_triples() -> Vec<[String; 3]> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut triples = Vec::new();
    let corpus = root.join("../shared/corpora/ntrex-dev");
    let mut english: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .map(|entries| {
            entries
                .flatten()
                .map(|entry| entry.path())
                .filter(|path| path.to_string_lossy().ends_with(".en.txt"))
                .collect()
        })
        .unwrap_or_default();
    english.sort();
    for path in english {
        let other = |language: &str| {
            std::fs::read_to_string(path.to_string_lossy().replace(".en.txt", language))
        };
        let (Ok(en), Ok(ru), Ok(az)) = (
            std::fs::read_to_string(&path),
            other(".ru.txt"),
            other(".az.txt"),
        ) else {
            continue;
        };
        for ((en, ru), az) in en.lines().zip(ru.lines()).zip(az.lines()) {
            if [en, ru, az].iter().all(|line| !line.trim().is_empty()) {
                triples.push([
                    en.trim().to_owned(),
                    ru.trim().to_owned(),
                    az.trim().to_owned(),
                ]);
            }
        }
    }
    if triples.is_empty() {
        let fixtures = root.join("tests/fixtures");
        let read = |name: &str| std::fs::read_to_string(fixtures.join(name)).unwrap();
        let (en, ru, az) = (
            read("en-tbilisi-metro.txt"),
            read("ru-tbilisi-metro.txt"),
            read("az-tbilisi-metro.txt"),
        );
        for ((en, ru), az) in en.split("\n\n").zip(ru.split("\n\n")).zip(az.split("\n\n")) {
            triples.push([
                en.trim().to_owned(),
                ru.trim().to_owned(),
                az.trim().to_owned(),
            ]);
        }
        println!("../shared/corpora/ntrex-dev is missing: the fixtures' sentences are used");
    }
    triples
}

const LANGUAGES: [&str; 3] = ["en", "ru", "az"];

/// Article `number`'s record: 20 paragraphs of two sentences in its source language, each
/// translated into the other two.
fn article(number: usize, triples: &[[String; 3]]) -> Record {
    let count = triples.len();
    let source = number % 3;
    let mut paragraphs: Vec<[String; 3]> = Vec::new();
    for row in 0..20 {
        let one = (number * 7919 + row * 104_729) % count;
        let other = (number * 31 + row * 17 + 1) % count;
        paragraphs.push(std::array::from_fn(|language| {
            format!("{} {}", triples[one][language], triples[other][language])
        }));
    }
    let path = PathBuf::from(format!("/library/article-{number}.diptych.ron"));
    let entry = Entry {
        project: path,
        title: paragraphs[0][source].chars().take(80).collect(),
        outlet: ["BBC", "ABC News", "JAMnews"][number % 3].to_owned(),
        url: String::new(),
        source_language: LANGUAGES[source].to_owned(),
        targets: Vec::new(),
        aligned: Vec::new(),
        published: format!("2026-{:02}-{:02}", number % 12 + 1, number % 28 + 1),
        published_day: format!("2026-{:02}-{:02}", number % 12 + 1, number % 28 + 1),
        captured: String::new(),
        captures: 1,
        stale: 0,
        tags: Vec::new(),
        note: String::new(),
        modified: String::new(),
        file_name: format!("article-{number}.html"),
        paragraphs: 20,
        fingerprints: Fingerprints::default(),
    };
    let mut texts = Vec::new();
    for (row, paragraph) in paragraphs.iter().enumerate() {
        let id = u32::try_from(row).unwrap();
        for (language, text) in paragraph.iter().enumerate() {
            let field = if language == source {
                Field::Source
            } else {
                Field::Translation
            };
            texts.push((Some(id), LANGUAGES[language], field, text.as_str()));
        }
    }
    Record::from_texts(entry, texts)
}

fn resident_megabytes() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with("VmRSS:"))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|kilobytes| kilobytes.parse::<f64>().ok())
        })
        .map_or(0.0, |kilobytes| kilobytes / 1024.0)
}

fn library(criterion: &mut Criterion) {
    let articles: usize = std::env::var("DIPTYCH_BENCH_ARTICLES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(10_000);
    let triples = sentence_triples();
    let before = resident_megabytes();
    let mut index = LibraryIndex::new(PathBuf::from("/library"));
    let (mut cut, mut built) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
    for number in 0..articles {
        let started = Instant::now();
        let record = article(number, &triples);
        cut += started.elapsed();
        let started = Instant::now();
        let stamp = FileStamp::of(record.entry.project.clone());
        index.insert(record, stamp);
        built += started.elapsed();
    }
    index.compact();
    println!(
        "{articles} articles, {} texts, {} terms: cutting and stemming {:.1} s (one core), \
         index {:.1} s, {:.0} MB resident",
        index.text_count(),
        index.dictionary().len(),
        cut.as_secs_f64(),
        built.as_secs_f64(),
        resident_megabytes() - before
    );
    let queries = [
        ("en word", "parliament", None),
        ("en two words", "government said", None),
        ("en phrase", "\"the government\"", None),
        ("ru inflected", "правительством", None),
        ("ru phrase", "\"по словам\"", None),
        ("az inflected", "hökumətin", None),
        ("az two words, lang az", "prezident hökumət", Some("az")),
        ("nothing", "qwertyuiop", None),
    ];
    for (name, text, lang) in queries {
        let query = Query {
            text: text.to_owned(),
            lang: lang.map(str::to_owned),
            ..Query::default()
        };
        let hits = search(&index, &query, 20);
        println!("{name}: {text:?} gives {} hit(s)", hits.len());
        criterion.bench_function(&format!("search {name}"), |bencher| {
            bencher.iter(|| black_box(search(&index, black_box(&query), 20)));
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = library
}
criterion_main!(benches);
