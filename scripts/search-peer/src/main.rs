//! The peer of `cargo bench --bench library` (run by scripts/bench-search-tantivy.sh): the
//! same 10,000 three-language articles as Diptych's benches/library.rs, indexed with tantivy
//! (one document per paragraph text, a stemmed field per language), then the same queries
//! timed, each hit's stored text fetched as Diptych's hits carry theirs.
use std::time::Instant;
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::*;
use tantivy::tokenizer::{Language, LowerCaser, SimpleTokenizer, Stemmer, TextAnalyzer};
use tantivy::{Index, doc};

fn triples() -> Vec<[String; 3]> {
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&std::env::args().nth(2).unwrap_or_else(|| "../shared/corpora/ntrex-dev".to_owned())).unwrap()
        .flatten().map(|e| e.path()).filter(|p| p.to_string_lossy().ends_with(".en.txt")).collect();
    files.sort();
    for path in files {
        let other = |l: &str| std::fs::read_to_string(path.to_string_lossy().replace(".en.txt", l));
        let (Ok(en), Ok(ru), Ok(az)) = (std::fs::read_to_string(&path), other(".ru.txt"), other(".az.txt")) else { continue };
        for ((en, ru), az) in en.lines().zip(ru.lines()).zip(az.lines()) {
            if [en, ru, az].iter().all(|l| !l.trim().is_empty()) {
                out.push([en.trim().to_owned(), ru.trim().to_owned(), az.trim().to_owned()]);
            }
        }
    }
    out
}

fn main() {
    let articles: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let triples = triples();
    let mut builder = Schema::builder();
    let text_options = |tokenizer: &str| TextOptions::default()
        .set_indexing_options(TextFieldIndexing::default().set_tokenizer(tokenizer).set_index_option(IndexRecordOption::WithFreqsAndPositions))
        .set_stored();
    let en = builder.add_text_field("en", text_options("en_stem"));
    let ru = builder.add_text_field("ru", text_options("ru_stem"));
    let az = builder.add_text_field("az", text_options("default"));
    let project = builder.add_text_field("project", STRING | STORED);
    let schema = builder.build();
    let dir = std::env::temp_dir().join("tantivy-probe-index");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let index = Index::create_in_dir(&dir, schema).unwrap();
    index.tokenizers().register("ru_stem", TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).filter(Stemmer::new(Language::Russian)).build());
    let started = Instant::now();
    let mut writer = index.writer(200_000_000).unwrap();
    let fields = [en, ru, az];
    let count = triples.len();
    for number in 0..articles {
        let name = format!("/library/article-{number}.diptych.ron");
        for row in 0..20 {
            let one = (number * 7919 + row * 104_729) % count;
            let other = (number * 31 + row * 17 + 1) % count;
            for language in 0..3 {
                let text = format!("{} {}", triples[one][language], triples[other][language]);
                writer.add_document(doc!(fields[language] => text, project => name.clone())).unwrap();
            }
        }
    }
    writer.commit().unwrap();
    println!("tantivy: {articles} articles indexed in {:.1} s (writer threads: default)", started.elapsed().as_secs_f64());
    let reader = index.reader().unwrap();
    let searcher = reader.searcher();
    let parser = QueryParser::for_index(&index, vec![en, ru, az]);
    for query in ["parliament", "government AND said", "\"the government\"", "правительством", "\"по словам\"", "hökumətin", "prezident AND hökumət", "qwertyuiop"] {
        let parsed = parser.parse_query(query).unwrap();
        let mut times = Vec::new();
        let mut hits = 0;
        for _ in 0..30 {
            let started = Instant::now();
            let top = searcher.search(&parsed, &TopDocs::with_limit(20)).unwrap();
            // Diptych's hits carry the text for snippets: fetch the stored documents too.
            for (_, address) in &top { let _: TantivyDocument = searcher.doc(*address).unwrap(); }
            hits = top.len();
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(|a, b| a.total_cmp(b));
        println!("tantivy {query:?}: {hits} hits, median {:.2} ms", times[times.len() / 2]);
    }
}
