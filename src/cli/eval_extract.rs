//! `diptych eval-extract`: article extraction measured on saved pages with known content.
//! For `readability-dev` cases: word-level precision, recall and F1 of the extracted article
//! against the text of `expected.html`, and title/byline/lang agreement with
//! `expected-metadata.json`. For `cyrillic-html-dev`: F1 against the Zyte ground truth and the
//! share of trafilatura's must / must-not snippets found. Optionally times Mozilla Readability
//! (node + jsdom) on the same pages in the same run.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context as _;
use scraper::Html;

use crate::io::ImportOptions;
use crate::io::import::sniff_format;
use crate::io::import::web::{ExtractedPage, collapse, extract_page};
use crate::model::ParagraphKind;

/// Words for comparison: runs of letters and digits, lower-cased; each CJK character is a word.
pub fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        let cjk = ('\u{3400}'..='\u{9FFF}').contains(&c) || ('\u{F900}'..='\u{FAFF}').contains(&c);
        if c.is_alphanumeric() && !cjk {
            current.extend(c.to_lowercase());
            continue;
        }
        if !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        if cjk {
            words.push(c.to_string());
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// Bag-of-words precision, recall and F1 of `found` against `expected`.
pub fn word_scores(found: &str, expected: &str) -> (f64, f64, f64) {
    let mut expected_counts: HashMap<String, usize> = HashMap::new();
    let expected_words = words(expected);
    for word in &expected_words {
        *expected_counts.entry(word.clone()).or_default() += 1;
    }
    let found_words = words(found);
    let mut overlap = 0usize;
    for word in &found_words {
        if let Some(count) = expected_counts.get_mut(word)
            && *count > 0
        {
            *count -= 1;
            overlap += 1;
        }
    }
    let precision = if found_words.is_empty() {
        0.0
    } else {
        overlap as f64 / found_words.len() as f64
    };
    let recall = if expected_words.is_empty() {
        1.0
    } else {
        overlap as f64 / expected_words.len() as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (precision, recall, f1)
}

/// The article text as evaluated: every translatable paragraph except the headline.
fn article_text(page: &ExtractedPage) -> String {
    page.blocks
        .iter()
        .filter(|block| block.kind.is_translatable() && block.kind != ParagraphKind::Headline)
        .map(|block| block.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn extract_timed(name: &str, bytes: &[u8]) -> anyhow::Result<(ExtractedPage, f64)> {
    let started = Instant::now();
    let page = extract_page(name, bytes, sniff_format(bytes), &ImportOptions::default())?;
    Ok((page, started.elapsed().as_secs_f64() * 1000.0))
}

fn json_string(value: &serde_json::Value, key: &str) -> String {
    value
        .get(key)
        .and_then(serde_json::Value::as_str)
        .map(collapse)
        .unwrap_or_default()
}

struct Totals {
    f1: Vec<f64>,
    title: (usize, usize),
    byline: (usize, usize),
    lang: (usize, usize),
    ms: Vec<f64>,
}

fn count(tally: &mut (usize, usize), ok: bool) -> &'static str {
    tally.1 += 1;
    if ok {
        tally.0 += 1;
        "="
    } else {
        "≠"
    }
}

/// Runs the evaluation and returns the report.
pub fn eval_extract_command(corpora: &Path, readability: Option<&Path>) -> anyhow::Result<String> {
    let mut report = String::new();
    let mut totals = Totals {
        f1: Vec::new(),
        title: (0, 0),
        byline: (0, 0),
        lang: (0, 0),
        ms: Vec::new(),
    };
    let mut timed_pages: Vec<PathBuf> = Vec::new();
    let readability_dir = corpora.join("readability-dev");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&readability_dir)
        .with_context(|| format!("cannot read {}", readability_dir.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join("source.html").is_file())
        .collect();
    cases.sort();
    // Writing into a String cannot fail: the ignored fmt::Result is always Ok.
    let _ = writeln!(
        report,
        "readability-dev: word precision / recall / F1 against expected.html; title, byline, lang\n\
         {:<28} {:>6} {:>6} {:>6} {:>8}  t b l",
        "case", "P", "R", "F1", "ms"
    );
    for case in &cases {
        let name = case
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source = case.join("source.html");
        let bytes = std::fs::read(&source)?;
        let (page, ms) = extract_timed(&name, &bytes)?;
        let expected_html = std::fs::read_to_string(case.join("expected.html"))?;
        let expected_text: String = Html::parse_document(&expected_html)
            .root_element()
            .text()
            .collect::<Vec<_>>()
            .join(" ");
        let (precision, recall, f1) = word_scores(&article_text(&page), &expected_text);
        let metadata: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
            case.join("expected-metadata.json"),
        )?)?;
        let title = count(
            &mut totals.title,
            page.metadata.title == json_string(&metadata, "title"),
        );
        let byline = count(
            &mut totals.byline,
            page.metadata.byline == json_string(&metadata, "byline"),
        );
        let lang = count(
            &mut totals.lang,
            page.metadata
                .lang
                .eq_ignore_ascii_case(&json_string(&metadata, "lang")),
        );
        let _ = writeln!(
            report,
            "{name:<28} {precision:>6.3} {recall:>6.3} {f1:>6.3} {ms:>8.2}  {title} {byline} {lang}"
        );
        totals.f1.push(f1);
        totals.ms.push(ms);
        timed_pages.push(source);
    }
    let mean = |values: &[f64]| values.iter().sum::<f64>() / values.len().max(1) as f64;
    let _ = writeln!(
        report,
        "mean body F1 {:.3}; title {}/{} exact; byline {}/{}; lang {}/{}; {:.2} ms per page",
        mean(&totals.f1),
        totals.title.0,
        totals.title.1,
        totals.byline.0,
        totals.byline.1,
        totals.lang.0,
        totals.lang.1,
        mean(&totals.ms)
    );
    cyrillic_report(
        &corpora.join("cyrillic-html-dev"),
        &mut report,
        &mut timed_pages,
    )?;
    if let Some(node_dir) = readability {
        readability_report(node_dir, &timed_pages, &mut report)?;
    }
    Ok(report)
}

fn cyrillic_report(
    folder: &Path,
    report: &mut String,
    timed_pages: &mut Vec<PathBuf>,
) -> anyhow::Result<()> {
    // Writing into a String cannot fail: the ignored fmt::Result is always Ok.
    let _ = writeln!(report, "\ncyrillic-html-dev");
    let truth_path = folder.join("scrapinghub/ground-truth.json");
    if let Ok(text) = std::fs::read_to_string(&truth_path) {
        let truth: serde_json::Value = serde_json::from_str(&text)?;
        for (hash, entry) in truth.as_object().into_iter().flatten() {
            let gz = folder.join(format!("scrapinghub/html/{hash}.html.gz"));
            let compressed = std::fs::read(&gz)?;
            let bytes = crate::io::packed::gunzip_capped(&compressed, 64 * 1024 * 1024)
                .map_err(|problem| anyhow::anyhow!("{}: {problem}", gz.display()))?;
            let (page, ms) = extract_timed(hash, &bytes)?;
            let (precision, recall, f1) =
                word_scores(&article_text(&page), &json_string(entry, "articleBody"));
            let _ = writeln!(
                report,
                "zyte {:<23} P {precision:.3} R {recall:.3} F1 {f1:.3} {ms:.2} ms",
                &hash[..12.min(hash.len())]
            );
        }
    }
    let subset_path = folder.join("trafilatura/evaldata-subset.json");
    if let Ok(text) = std::fs::read_to_string(&subset_path) {
        let subset: serde_json::Value = serde_json::from_str(&text)?;
        for (url, entry) in subset.as_object().into_iter().flatten() {
            let file = folder.join("trafilatura").join(json_string(entry, "file"));
            let bytes = std::fs::read(&file)?;
            let (page, ms) = extract_timed(url, &bytes)?;
            let found = collapse(&article_text(&page));
            let snippets = |key: &str| -> Vec<String> {
                entry
                    .get(key)
                    .and_then(serde_json::Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(serde_json::Value::as_str)
                    .map(collapse)
                    .collect()
            };
            let with = snippets("with");
            let without = snippets("without");
            let kept = with.iter().filter(|s| found.contains(s.as_str())).count();
            let left_out = without
                .iter()
                .filter(|s| !found.contains(s.as_str()))
                .count();
            let title = if page.metadata.title == json_string(entry, "title") {
                "title ="
            } else {
                "title ≠"
            };
            let _ = writeln!(
                report,
                "trafilatura {}: must-have snippets found {kept}/{}, must-not left out {left_out}/{}, {title}, {ms:.2} ms",
                json_string(entry, "file"),
                with.len(),
                without.len()
            );
            timed_pages.push(file);
        }
    }
    Ok(())
}

/// Times Mozilla Readability (jsdom parse + `parse()`) on the same pages with node, and Diptych
/// on the same pages again (best of 5 each).
fn readability_report(
    node_dir: &Path,
    pages: &[PathBuf],
    report: &mut String,
) -> anyhow::Result<()> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/readability-time.js");
    let output = std::process::Command::new("node")
        .arg(&script)
        .args(pages)
        .env("NODE_PATH", node_dir.join("node_modules"))
        .output()
        .context("cannot run node (is it installed?)")?;
    if !output.status.success() {
        anyhow::bail!(
            "Readability timing failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let timings: HashMap<String, f64> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let (path, ms) = line.rsplit_once('\t')?;
            Some((path.to_owned(), ms.trim().parse().ok()?))
        })
        .collect();
    // Writing into a String cannot fail: the ignored fmt::Result is always Ok.
    let _ = writeln!(
        report,
        "\nspeed (best of 5 per page, parse included): Diptych vs Mozilla Readability + jsdom"
    );
    let (mut ours_total, mut theirs_total) = (0.0, 0.0);
    for page in pages {
        let bytes = std::fs::read(page)?;
        let mut best = f64::MAX;
        for _ in 0..5 {
            best = best.min(extract_timed("page", &bytes)?.1);
        }
        let Some(theirs) = timings.get(&page.display().to_string()) else {
            continue;
        };
        ours_total += best;
        theirs_total += theirs;
        let _ = writeln!(
            report,
            "{:<60} {best:>8.2} ms {theirs:>8.2} ms  {:>5.1}×",
            page.display(),
            theirs / best
        );
    }
    let _ = writeln!(
        report,
        "total {ours_total:.1} ms vs {theirs_total:.1} ms: Diptych is {:.1}× faster",
        theirs_total / ours_total.max(f64::EPSILON)
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_scores_count_each_word_once() {
        let (precision, recall, f1) = word_scores("the cat the dog", "The cat sat");
        assert!((precision - 0.5).abs() < 1e-9);
        assert!((recall - 2.0 / 3.0).abs() < 1e-9);
        assert!(f1 > 0.5 && f1 < 0.6);
        assert_eq!(words("深度 Мир-2"), vec!["深", "度", "мир", "2"]);
    }
}
