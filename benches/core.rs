//! Benchmarks for the core paths: import of a 10,000-paragraph article and of saved web pages,
//! RON save and load of a 10,000-row project, and headless frame time of the grid at 10,000 and 50,000 rows.
//! Run with `cargo bench`; numbers are printed by criterion, nothing is asserted.
#![expect(
    clippy::unwrap_used,
    clippy::print_stdout,
    reason = "a benchmark stops at the first surprise, and prints the sizes it measures"
)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use diptych::align::eval::{Perturbation, build_test_pair};
use diptych::align::{AlignOptions, align_texts};
use diptych::app::{AppConfig, Command, DiptychApp, Document, Origin, ScriptedDialogs};
use diptych::io::import::text::synthetic_article;
use diptych::io::project_file::{parse_project, to_ron_string};
use diptych::io::{ImportOptions, import_article_bytes, save_project};
use diptych::model::{Edit, LanguageTag, Project, TranslationStatus};

/// A project of about `paragraphs` rows with every third row translated into Russian.
fn translated_project(paragraphs: usize) -> Project {
    let text = synthetic_article(paragraphs);
    let mut project =
        import_article_bytes("bench.txt", text.as_bytes(), &ImportOptions::default()).unwrap();
    let ru = LanguageTag::parse("ru").unwrap();
    let ids: Vec<_> = project
        .translatable_paragraphs()
        .map(|paragraph| paragraph.paragraph_id)
        .step_by(3)
        .collect();
    for paragraph_id in ids {
        Edit::Batch(vec![
            Edit::SetTranslationText {
                paragraph_id,
                language: ru.clone(),
                text: "Полиция перекрыла площадь в центре Баку за час до начала митинга.".into(),
            },
            Edit::SetTranslationStatus {
                paragraph_id,
                language: ru.clone(),
                status: TranslationStatus::Translated,
            },
        ])
        .apply(&mut project)
        .unwrap();
    }
    project
}

fn import_benchmark(c: &mut Criterion) {
    let text = synthetic_article(10_000);
    let rows = import_article_bytes("bench.txt", text.as_bytes(), &ImportOptions::default())
        .unwrap()
        .paragraphs()
        .len();
    println!("import: {rows} paragraphs, {} bytes", text.len());
    c.bench_function("import 10k-paragraph article", |b| {
        b.iter(|| {
            import_article_bytes(
                "bench.txt",
                black_box(text.as_bytes()),
                &ImportOptions::default(),
            )
            .unwrap()
        });
    });
}

fn ron_benchmarks(c: &mut Criterion) {
    let project = translated_project(10_000);
    let text = to_ron_string(&project).unwrap();
    println!(
        "ron: {} rows, {} bytes",
        project.paragraphs().len(),
        text.len()
    );
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("bench.ron");
    c.bench_function("RON serialise 10k rows", |b| {
        b.iter(|| to_ron_string(black_box(&project)).unwrap());
    });
    c.bench_function("RON save 10k rows (atomic, fsync)", |b| {
        b.iter(|| save_project(black_box(&project), &path).unwrap());
    });
    c.bench_function("RON load 10k rows", |b| {
        b.iter(|| parse_project("bench.ron", black_box(text.as_bytes())).unwrap());
    });
}

fn frame_input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1200.0, 800.0),
        )),
        ..egui::RawInput::default()
    }
}

fn frame_benchmarks(c: &mut Criterion) {
    for (rows, language) in [
        (10_000, diptych::l10n::Language::English),
        (10_000, diptych::l10n::Language::Russian),
        (50_000, diptych::l10n::Language::English),
    ] {
        let project = translated_project(rows);
        let middle = project.paragraphs()[project.paragraphs().len() / 2].paragraph_id;
        let config = AppConfig {
            settings_path: None,
            dialogs: Box::new(ScriptedDialogs::default()),
            recovery_dir: None,
            library_dir: None,
            interface_language: Some(language),
            system_language: None,
        };
        let mut app = DiptychApp::new(Document::new(project, Origin::Example), config);
        let ctx = egui::Context::default();
        // The interface language in the name, except for English (the names earlier runs
        // were recorded under).
        let spoken = match language {
            diptych::l10n::Language::English => String::new(),
            other => format!(", {} interface", other.code()),
        };
        let frame = |app: &mut DiptychApp| {
            let output = ctx.run_ui(frame_input(), |ui| app.ui_root(ui));
            ctx.tessellate(output.shapes, output.pixels_per_point)
        };
        for _ in 0..5 {
            frame(&mut app);
        }
        println!(
            "frame: {} rows, {} clipped primitives drawn",
            app.document().project.paragraphs().len(),
            frame(&mut app).len()
        );
        c.bench_function(&format!("frame {rows} rows (top{spoken})"), |b| {
            b.iter(|| black_box(frame(&mut app)));
        });
        app.send(Command::SelectRow(middle));
        app.send(Command::NextRow);
        for _ in 0..5 {
            frame(&mut app);
        }
        c.bench_function(&format!("frame {rows} rows (middle{spoken})"), |b| {
            b.iter(|| black_box(frame(&mut app)));
        });
    }
}

/// Parallel "sentences" in English and Russian, each carrying its number as an anchor.
fn parallel_sentences(count: usize) -> (Vec<String>, Vec<String>) {
    const PAIRS: [(&str, &str); 4] = [
        (
            "The police closed the square in central Baku an hour before the rally.",
            "Полиция перекрыла площадь в центре Баку за час до начала митинга.",
        ),
        (
            "Several dozen people were detained, including two journalists.",
            "Несколько десятков человек были задержаны, в том числе двое журналистов.",
        ),
        (
            "The city council approved the new budget on Tuesday.",
            "Городской совет во вторник утвердил новый бюджет.",
        ),
        (
            "Officials said the fare had not changed for years.",
            "Чиновники заявили, что тариф не менялся много лет.",
        ),
    ];
    (0..count)
        .map(|index| {
            let (english, russian) = PAIRS[index % PAIRS.len()];
            (
                format!("{english} Item {index}."),
                format!("{russian} Пункт {index}."),
            )
        })
        .unzip()
}

fn align_benchmark(c: &mut Criterion) {
    let (english, russian) = parallel_sentences(25_000);
    let pair = build_test_pair(&english, &russian, 1, Perturbation::default());
    println!(
        "align: {} source × {} target paragraphs",
        pair.source.len(),
        pair.target.len()
    );
    let options = AlignOptions::default();
    let links = align_texts(&pair.source, "en", &pair.target, "ru", &options);
    let pairs: Vec<_> = links.iter().map(diptych::align::Link::pair).collect();
    let scores = diptych::align::score_links(&pairs, &pair.gold);
    println!(
        "align: strict F1 {:.3}, lax F1 {:.3} on the benchmark pair",
        scores.strict.f1, scores.lax.f1
    );
    c.bench_function("align 10k x 10k paragraphs (features + search)", |b| {
        b.iter(|| {
            align_texts(
                black_box(&pair.source),
                "en",
                black_box(&pair.target),
                "ru",
                &options,
            )
        });
    });
}

/// Our fixture page with its article body repeated until the page is about 1 MB, plus the same
/// page in a two-page gzip WARC: importing covers decoding, parsing, metadata and extraction.
fn web_import_benchmark(c: &mut Criterion) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ru-baku-electric-buses.html");
    let page = std::fs::read_to_string(path).unwrap();
    let start = page.find("<div class=\"post-content\">").unwrap();
    let end = page[start..].find("<div class=\"tags\">").unwrap() + start;
    let body = &page[start..end];
    let big = format!(
        "{}{}{}",
        &page[..start],
        body.repeat(1_000_000 / body.len()),
        &page[end..]
    );
    let paragraphs = import_article_bytes("big.html", big.as_bytes(), &ImportOptions::default())
        .unwrap()
        .paragraphs()
        .len();
    println!(
        "web import: {paragraphs} paragraphs from a {} byte page",
        big.len()
    );
    c.bench_function("import 1 MB saved web page", |b| {
        b.iter(|| {
            import_article_bytes(
                "big.html",
                black_box(big.as_bytes()),
                &ImportOptions::default(),
            )
            .unwrap()
        });
    });
    // The parse alone, measured (element count, depth, work budgets) against scraper's plain
    // parse of the same page, in the same run.
    c.bench_function("parse 1 MB page, bounded", |b| {
        b.iter(|| diptych::io::import::web::parse_bounded(black_box(&big)).unwrap());
    });
    c.bench_function("parse 1 MB page, scraper unbounded", |b| {
        b.iter(|| scraper::Html::parse_document(black_box(&big)));
    });
    c.bench_function("import 6 KB saved web page", |b| {
        b.iter(|| {
            import_article_bytes(
                "page.html",
                black_box(page.as_bytes()),
                &ImportOptions::default(),
            )
            .unwrap()
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = import_benchmark, web_import_benchmark, ron_benchmarks, frame_benchmarks,
        align_benchmark
}
criterion_main!(benches);
