//! Benchmark of the QA checks on real translations: a 10,000-paragraph English article made
//! of the NTREX development set's sentences (two per paragraph; the test fixtures when the
//! corpus is missing) with every paragraph translated into Russian, checked whole with the
//! system's Russian Hunspell dictionary (every check, spelling included; the English one for
//! the names check, as `diptych qa` has it), one row checked as the window does on every key
//! press, a 1,000-word Russian paragraph spell-checked, and two rows a careless paste makes
//! (20,000 names; one misspelt word 2,000 times).
//! Targets: the whole project under 1 s, one row under 5 ms, the spell-check under 20 ms.
//! Run with `cargo bench --bench qa`.
#![expect(
    clippy::unwrap_used,
    clippy::print_stdout,
    reason = "a benchmark stops at the first surprise, and prints the sizes it measures"
)]

use std::collections::BTreeSet;
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use diptych::io::dictionaries::{find_dictionary, read_dictionary, system_dictionary_dirs};
use diptych::io::{ImportOptions, import_article_bytes};
use diptych::model::{Edit, LanguageTag, Project, TranslationStatus};
use diptych::qa::checks::check_pair;
use diptych::qa::{QaResources, check_project_with, check_row, spelling_issues};
use diptych::spell::Speller;

/// English sentences and their Russian translations.
fn sentence_pairs() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pairs = Vec::new();
    if let Ok(entries) = std::fs::read_dir(root.join("../shared/corpora/ntrex-dev")) {
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
                if !source.trim().is_empty() && !target.trim().is_empty() {
                    pairs.push((source.trim().to_owned(), target.trim().to_owned()));
                }
            }
        }
    }
    if pairs.is_empty() {
        let fixtures = root.join("tests/fixtures");
        let en = std::fs::read_to_string(fixtures.join("en-tbilisi-metro.txt")).unwrap();
        let ru = std::fs::read_to_string(fixtures.join("ru-tbilisi-metro.txt")).unwrap();
        for (source, target) in en.split("\n\n").zip(ru.split("\n\n")) {
            pairs.push((source.trim().to_owned(), target.trim().to_owned()));
        }
        println!("../shared/corpora/ntrex-dev is missing: the fixtures' sentences are used");
    }
    pairs
}

/// A project of `paragraphs` rows, each two sentences, all translated into Russian.
fn translated_project(paragraphs: usize) -> (Project, LanguageTag) {
    let pairs = sentence_pairs();
    let count = pairs.len();
    let pick = |row: usize| {
        let (one, other) = (row % count, (row / count * 13 + row + 1) % count);
        (
            format!("{} {}", pairs[one].0, pairs[other].0),
            format!("{} {}", pairs[one].1, pairs[other].1),
        )
    };
    let mut article = String::new();
    let mut translations = Vec::new();
    for row in 0..paragraphs {
        let (source, target) = pick(row);
        article.push_str(&source);
        article.push_str("\n\n");
        translations.push((source, target));
    }
    let options = ImportOptions {
        source_language: Some(LanguageTag::parse("en").unwrap()),
        ..ImportOptions::default()
    };
    let mut project = import_article_bytes("bench.txt", article.as_bytes(), &options).unwrap();
    let ru = LanguageTag::parse("ru").unwrap();
    let rows: Vec<_> = project
        .translatable_paragraphs()
        .map(|paragraph| (paragraph.paragraph_id, paragraph.text.clone()))
        .collect();
    let mut edits = Vec::new();
    for (id, text) in rows {
        let Some((_, target)) = translations.iter().find(|(source, _)| *source == text) else {
            continue;
        };
        edits.push(Edit::SetTranslationText {
            paragraph_id: id,
            language: ru.clone(),
            text: target.clone(),
        });
        edits.push(Edit::SetTranslationStatus {
            paragraph_id: id,
            language: ru.clone(),
            status: TranslationStatus::Translated,
        });
    }
    Edit::Batch(edits).apply(&mut project).unwrap();
    (project, ru)
}

fn system_speller(language: &str) -> Option<Speller> {
    let files = find_dictionary(
        &system_dictionary_dirs(),
        &LanguageTag::parse(language).unwrap(),
    )?;
    Some(Speller::from_dictionary(language, &read_dictionary(&files).unwrap()).unwrap())
}

fn qa_benchmarks(c: &mut Criterion) {
    let started = Instant::now();
    let (project, ru) = translated_project(10_000);
    let rows = project.translatable_paragraphs().count();
    println!(
        "project: {rows} translatable rows of {} paragraphs, built in {:.1} s",
        project.paragraphs().len(),
        started.elapsed().as_secs_f64()
    );
    let mut resources = QaResources::default();
    match system_speller("ru") {
        Some(speller) => {
            resources.spellers.insert(ru.clone(), Arc::new(speller));
        }
        None => println!("no Russian Hunspell dictionary (hunspell-ru): spelling is not timed"),
    }
    // The source language's dictionary, which `diptych qa` gives the names check.
    match system_speller("en") {
        Some(speller) => {
            let en = LanguageTag::parse("en").unwrap();
            resources.spellers.insert(en, Arc::new(speller));
        }
        None => println!("no English Hunspell dictionary (hunspell-en-us): names read without"),
    }
    let started = Instant::now();
    let findings = check_project_with(&project, &[], &mut QaResources::default());
    println!(
        "without spelling: {} findings in {:.2} s",
        findings.len(),
        started.elapsed().as_secs_f64()
    );
    let started = Instant::now();
    let findings = check_project_with(&project, &[], &mut resources);
    println!(
        "with spelling: {} findings in {:.2} s",
        findings.len(),
        started.elapsed().as_secs_f64()
    );
    let mut group = c.benchmark_group("qa");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("all checks, 10,000 rows, spelling included", |bench| {
        bench.iter(|| black_box(check_project_with(&project, &[], &mut resources)));
    });
    let row = project
        .translatable_paragraphs()
        .nth(rows / 2)
        .unwrap()
        .paragraph_id;
    group.sample_size(100);
    group.measurement_time(Duration::from_secs(3));
    group.bench_function("one row (the live re-check)", |bench| {
        bench.iter(|| black_box(check_row(&project, row, &ru, &mut resources)));
    });
    if let Some(speller) = resources.spellers.get(&ru) {
        let mut paragraph = String::new();
        let mut words = 0;
        for (_, target) in sentence_pairs() {
            words += target.split_whitespace().count();
            paragraph.push_str(&target);
            paragraph.push(' ');
            if words >= 1000 {
                break;
            }
        }
        println!("spell-checked paragraph: {words} words");
        group.bench_function("spelling, a 1,000-word Russian paragraph", |bench| {
            bench.iter(|| black_box(speller.misspellings(&paragraph, true)));
        });
    }
    // A paragraph a careless paste makes: thousands of names, and one misspelt word
    // thousands of times; every lookup must stay a hash or a binary search.
    let names: Vec<String> = (0..20_000)
        .map(|at| format!("Zel{}ov", char::from(b'a' + u8::try_from(at % 26).unwrap())))
        .collect();
    let source = format!("Title {}.", names.join(" "));
    let target = format!("Заголовок {}.", "кошка ".repeat(20_000).trim_end());
    group.sample_size(10);
    group.bench_function("names, one row of 20,000 names", |bench| {
        bench.iter(|| black_box(check_pair(&source, &target, ("en", "ru"))));
    });
    if let Some(speller) = resources.spellers.get(&ru) {
        let target = "сабщение ".repeat(2_000);
        group.bench_function("spelling, one word misspelt 2,000 times", |bench| {
            bench.iter(|| {
                black_box(spelling_issues(
                    speller,
                    (&source, &target),
                    ("en", "ru"),
                    &BTreeSet::new(),
                    None,
                ))
            });
        });
    }
    group.finish();
}

criterion_group!(benches, qa_benchmarks);
criterion_main!(benches);
