//! Benchmarks for the exchange formats: a 10,000-paragraph project, every paragraph translated,
//! exported as TMX, XLIFF 2.1 and XLIFF 1.2 and read back (the XLIFF also applied to the
//! project). The files are left in target/bench-exchange/ so that scripts/bench-interop.sh
//! can time translate-toolkit reading the very same files (it reads TMX and XLIFF 1.2). Run
//! with `cargo bench --bench exchange`.
#![expect(
    clippy::unwrap_used,
    clippy::print_stdout,
    reason = "a benchmark stops at the first surprise, and prints the sizes it measures"
)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use diptych::io::export::{ExportFormat, ExportOptions, export_article};
use diptych::io::import::text::synthetic_article;
use diptych::io::import::tmx::read_tmx;
use diptych::io::import::xliff::read_xliff;
use diptych::io::import::xliff_update::{LanguageChoice, xliff_update};
use diptych::io::{ImportOptions, import_article_bytes};
use diptych::model::{Edit, LanguageTag, Project, TranslationStatus};

/// About 10,000 paragraphs, each translated into Russian.
fn translated_project() -> Project {
    let text = synthetic_article(10_000);
    let mut project =
        import_article_bytes("bench.txt", text.as_bytes(), &ImportOptions::default()).unwrap();
    let ru = LanguageTag::parse("ru").unwrap();
    let paragraphs: Vec<_> = project
        .translatable_paragraphs()
        .map(|paragraph| (paragraph.paragraph_id, paragraph.text.len()))
        .collect();
    for (paragraph_id, length) in paragraphs {
        Edit::Batch(vec![
            Edit::SetTranslationText {
                paragraph_id,
                language: ru.clone(),
                text: format!(
                    "Полиция перекрыла площадь в центре Баку за час до начала митинга ({length})."
                ),
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

fn exchange_benchmarks(c: &mut Criterion) {
    let project = translated_project();
    let options = ExportOptions {
        language: LanguageTag::parse("ru").unwrap(),
        allow_incomplete: false,
        also: Vec::new(),
        include_drafts: false,
        sentences: false,
    };
    let tmx = export_article(&project, ExportFormat::Tmx, &options)
        .unwrap()
        .text;
    let xliff = export_article(&project, ExportFormat::Xliff, &options)
        .unwrap()
        .text;
    let xliff12 = export_article(&project, ExportFormat::Xliff12, &options)
        .unwrap()
        .text;
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-exchange");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("bench.tmx"), &tmx).unwrap();
    std::fs::write(folder.join("bench.xlf"), &xliff).unwrap();
    std::fs::write(folder.join("bench.xliff12.xlf"), &xliff12).unwrap();
    println!(
        "exchange: {} paragraphs; TMX {} units, {} bytes; XLIFF 2.1 {} bytes; XLIFF 1.2 {} \
         bytes (in {})",
        project.paragraphs().len(),
        tmx.matches("<tu ").count(),
        tmx.len(),
        xliff.len(),
        xliff12.len(),
        folder.display()
    );
    c.bench_function("export 10k paragraphs to TMX", |b| {
        b.iter(|| black_box(export_article(&project, ExportFormat::Tmx, &options).unwrap()));
    });
    c.bench_function("export 10k paragraphs to XLIFF 2.1", |b| {
        b.iter(|| black_box(export_article(&project, ExportFormat::Xliff, &options).unwrap()));
    });
    c.bench_function("export 10k paragraphs to XLIFF 1.2", |b| {
        b.iter(|| black_box(export_article(&project, ExportFormat::Xliff12, &options).unwrap()));
    });
    c.bench_function("read a 10k-unit TMX", |b| {
        b.iter(|| black_box(read_tmx(tmx.as_bytes()).unwrap()));
    });
    c.bench_function("read and apply a 10k-unit XLIFF", |b| {
        b.iter(|| {
            let document = read_xliff(xliff.as_bytes()).unwrap();
            black_box(xliff_update(&project, &document, LanguageChoice::default(), false).unwrap())
        });
    });
    c.bench_function("read and apply a 10k-unit XLIFF 1.2", |b| {
        b.iter(|| {
            let document = read_xliff(xliff12.as_bytes()).unwrap();
            black_box(xliff_update(&project, &document, LanguageChoice::default(), false).unwrap())
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = exchange_benchmarks
}
criterion_main!(benches);
