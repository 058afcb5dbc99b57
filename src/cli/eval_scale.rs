//! `diptych eval-align-scale`: how alignment time and memory grow with the input. Test pairs
//! of 5k to 50k units are built from a parallel corpus repeated end to end, with a line of
//! boilerplate (the same words and name everywhere) every few sentences, so that anchors are
//! not rare: the case where a band around rare anchors would widen. Each size runs in its own
//! process so that its peak memory is its own; strict and lax F1 show the quality kept.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context as _, bail};

use crate::align::eval::{Perturbation, build_test_pair};
use crate::align::{AlignOptions, align_texts, score_links};

use super::eval_align::{dump_pair, read_corpus_lines};

/// One sentence in this many is boilerplate.
const BOILERPLATE_EVERY: usize = 8;

/// The same sentence in every language, naming the same outlet and channel.
fn boilerplate(language: &str) -> &'static str {
    match language {
        "ru" => "Подписывайтесь на канал Diptych News в Telegram.",
        "az" => "Diptych News-un Telegram kanalına abunə olun.",
        _ => "Follow Diptych News on Telegram.",
    }
}

/// The sentences of a side: the corpus repeated until `units` paragraphs of 1–4 sentences
/// (2.5 on average) can be built, with boilerplate mixed in.
fn repeated(corpus: &[String], language: &str, units: usize) -> Vec<String> {
    let wanted = units * 5 / 2;
    (0..wanted)
        .map(|index| {
            if index % BOILERPLATE_EVERY == BOILERPLATE_EVERY - 1 {
                boilerplate(language).to_owned()
            } else {
                corpus[index % corpus.len()].clone()
            }
        })
        .collect()
}

/// The options of a run.
pub struct ScaleRequest<'a> {
    pub corpus: &'a Path,
    pub from: &'a str,
    pub to: &'a str,
    pub sizes: &'a [usize],
    pub dump: Option<&'a Path>,
}

/// Runs every size in a child process (this same program) and gathers their lines.
pub fn eval_align_scale(request: &ScaleRequest<'_>) -> anyhow::Result<String> {
    let program = std::env::current_exe().context("cannot find this program to run each size")?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}→{}, the corpus repeated with boilerplate every {BOILERPLATE_EVERY} sentences; merge 10%, split 10%, drop 5%, move one",
        request.from, request.to
    );
    let _ = writeln!(
        out,
        "source × target units     align time   peak memory   strict F1   lax F1"
    );
    let mut times: Vec<(usize, f64)> = Vec::new();
    for &size in request.sizes {
        let mut command = std::process::Command::new(&program);
        command
            .arg("eval-align-scale")
            .arg("--corpus")
            .arg(request.corpus)
            .args(["--from", request.from, "--to", request.to])
            .args(["--one-size", &size.to_string()]);
        if let Some(folder) = request.dump {
            command.arg("--dump").arg(folder);
        }
        let output = command
            .output()
            .with_context(|| format!("cannot run the {size}-unit measurement"))?;
        if !output.status.success() {
            bail!(
                "the {size}-unit measurement failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
        let line = String::from_utf8_lossy(&output.stdout).trim().to_owned();
        if let Some(seconds) = line
            .split_whitespace()
            .nth(3)
            .and_then(|field| field.parse::<f64>().ok())
        {
            times.push((size, seconds));
        }
        let _ = writeln!(out, "{line}");
    }
    for pair in times.windows(2) {
        let ((small, small_time), (large, large_time)) = (pair[0], pair[1]);
        let _ = writeln!(
            out,
            "{large} / {small} units: {:.2}× the time for {:.2}× the units",
            large_time / small_time.max(1e-9),
            large as f64 / small as f64
        );
    }
    Ok(out)
}

/// Measures one size in this process: builds the pair, aligns it, scores it and reports this
/// process's peak memory.
pub fn measure_one_size(request: &ScaleRequest<'_>, size: usize) -> anyhow::Result<String> {
    let source_corpus = read_corpus_lines(request.corpus, request.from)?;
    let target_corpus = read_corpus_lines(request.corpus, request.to)?;
    if source_corpus.is_empty() || source_corpus.len() != target_corpus.len() {
        bail!(
            "{} has no parallel {}/{} lines",
            request.corpus.display(),
            request.from,
            request.to
        );
    }
    let pair = build_test_pair(
        &repeated(&source_corpus, request.from, size),
        &repeated(&target_corpus, request.to, size),
        size as u64,
        Perturbation::default(),
    );
    if let Some(folder) = request.dump {
        std::fs::create_dir_all(folder)
            .with_context(|| format!("cannot create {}", folder.display()))?;
        dump_pair(
            folder,
            &format!("scale.{size}.{}-{}", request.from, request.to),
            &pair,
        )?;
    }
    let started = Instant::now();
    let links = align_texts(
        &pair.source,
        request.from,
        &pair.target,
        request.to,
        &AlignOptions::default(),
    );
    let seconds = started.elapsed().as_secs_f64();
    let predicted: Vec<_> = links.iter().map(crate::align::Link::pair).collect();
    let scores = score_links(&predicted, &pair.gold);
    let memory = peak_memory_mib().map_or_else(|| "n/a".to_owned(), |mib| format!("{mib:.0} MiB"));
    Ok(format!(
        "{:>7} × {:<7}         {seconds:>8.3} s   {memory:>11}   {:>9.3}   {:>6.3}",
        pair.source.len(),
        pair.target.len(),
        scores.strict.f1,
        scores.lax.f1
    ))
}

/// This process's peak resident memory, from Linux's /proc (None elsewhere).
fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}
