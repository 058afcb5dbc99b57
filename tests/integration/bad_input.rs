//! Hostile and broken files, built here, fed to the real binary (`inspect`, which imports or
//! loads without writing anything): each gives a clear one-line error or a clean import, within
//! bounded time and memory (the process runs under `ulimit -v`), never a panic, and the input
//! file is never modified.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// What a case must produce: an error mentioning a phrase, a clean import, or either.
enum Expect {
    Error(&'static str),
    Imported,
    ErrorOrImported,
}

struct Case {
    name: &'static str,
    bytes: Vec<u8>,
    expect: Expect,
}

fn gzip(bytes: &[u8], level: u32) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// gzip members of zeros that expand to 1 GB.
fn zeros_bomb() -> Vec<u8> {
    let zeros = gzip(&vec![0u8; 16 * 1024 * 1024], 9);
    zeros.repeat(64)
}

fn project_text() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/tbilisi-metro-fares.diptych.ron"),
    )
    .unwrap()
}

fn cases() -> Vec<Case> {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..4000u32).map(|n| (n * 31 % 256) as u8));
    let mut elf = b"\x7fELF\x02\x01\x01\0".to_vec();
    elf.extend((0..4000u32).map(|n| (n * 17 % 256) as u8));
    let invalid_utf8: Vec<u8> = b"Headline\n\nBody \xff\xfe\xc3\x28 text \xe2\x82 more\n".to_vec();
    let mut mixed = "Заголовок статьи\n\nПервый абзац в UTF-8.\n\n"
        .as_bytes()
        .to_vec();
    mixed.extend(
        encoding_rs::WINDOWS_1251
            .encode("Второй абзац в windows-1251.\n")
            .0
            .iter(),
    );
    let line = "Полиция перекрыла площадь в центре Баку за час до начала митинга оппозиции.\n\n";
    let huge = line.repeat(200 * 1024 * 1024 / line.len() + 1).into_bytes();
    let deep = format!(
        "<!DOCTYPE html><html><body>{}deep{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let records = crate::archives::warc_records();
    let gzipped: Vec<u8> = records.iter().flat_map(|record| gzip(record, 6)).collect();
    let first_two: usize = records[..2]
        .iter()
        .map(|record| gzip(record, 6).len())
        .sum();
    let truncated = gzipped[..first_two + 40].to_vec();
    // A gzip bomb: a WARC header, then members of zeros that expand to about 1 GB.
    let mut bomb = gzip(
        b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 1073741824\r\n\r\n",
        6,
    );
    bomb.extend(zeros_bomb());
    let project = project_text();
    let truncated_project = project[..project.len() / 2].to_owned();
    let unknown_field = project.replacen(
        "  source_language:",
        "  colour: \"red\",\n  source_language:",
        1,
    );
    let newer = project.replacen("version: 7,", "version: 99,", 1);
    assert_ne!(newer, project);
    let at = project.rfind("Officials promise").unwrap();
    let altered = format!("{}Officials premise{}", &project[..at], &project[at + 17..]);
    let bomb_inside = {
        use base64::Engine as _;
        let packed = base64::engine::general_purpose::STANDARD.encode(zeros_bomb());
        project
            .replacen("    format: text,", "    format: html,", 1)
            .replacen(
                "    bytes: None,",
                &format!("    bytes: Some(\"{packed}\"),"),
                1,
            )
    };
    // Each paragraph re-opens 2,000 formatting elements that differ in their attributes.
    let unclosed: String = (0..2_000)
        .flat_map(|id| ["<b id=".to_owned(), id.to_string(), ">".to_owned()])
        .collect();
    let reopened = format!(
        "<!DOCTYPE html><html><body><div>{unclosed}</div>{}",
        "<p>x</p>".repeat(4_000)
    );
    // An end tag that closes nothing: estimated depth 1, real depth 200,000.
    let unknown_end_tags = format!("<!DOCTYPE html><html><body>{}", "<div></x>".repeat(200_000));
    let headings = format!(
        "<!DOCTYPE html><html><body>{}<p>{}</p>",
        "<h1><span>".repeat(4_000),
        "word <i>x</i> ".repeat(150_000)
    );
    // 24 HTTP responses whose gzip bodies each expand to 250 MB: listing the pages must not
    // expand them (6 GB at once).
    let zeros_body = gzip(&vec![0u8; 250 * 1024 * 1024], 1);
    let mut many_bombs = Vec::new();
    for index in 0..24 {
        let mut block =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
                .to_vec();
        block.extend(&zeros_body);
        many_bombs.extend(
            format!(
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/{index}\r\n\
                 Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
                block.len()
            )
            .into_bytes(),
        );
        many_bombs.extend(block);
        many_bombs.extend(b"\r\n\r\n");
    }
    let mut bom_project = "\u{feff}".as_bytes().to_vec();
    bom_project.extend(project.as_bytes());
    let mhtml_broken = b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: image/png\r\n\r\nAAAA\r\n--x--\r\n".to_vec();
    vec![
        Case {
            name: "empty.txt",
            bytes: Vec::new(),
            expect: Expect::Error("empty"),
        },
        Case {
            name: "spaces.txt",
            bytes: b" \n\t\n  \r\n".to_vec(),
            expect: Expect::Error("only white space"),
        },
        Case {
            name: "picture.png",
            bytes: png,
            expect: Expect::Error("binary"),
        },
        Case {
            name: "program",
            bytes: elf,
            expect: Expect::Error("binary"),
        },
        Case {
            name: "invalid-utf8.txt",
            bytes: invalid_utf8,
            expect: Expect::ErrorOrImported,
        },
        Case {
            name: "mixed-encodings.txt",
            bytes: mixed,
            expect: Expect::ErrorOrImported,
        },
        Case {
            name: "huge.txt",
            bytes: huge,
            expect: Expect::Error("imported up to 64 MB"),
        },
        Case {
            name: "short-lines.txt",
            bytes: "a\n".repeat(100_000).into_bytes(),
            expect: Expect::Imported,
        },
        Case {
            name: "short-paragraphs.txt",
            bytes: "a\n\n".repeat(100_000).into_bytes(),
            expect: Expect::Imported,
        },
        Case {
            name: "deep.html",
            bytes: deep.into_bytes(),
            expect: Expect::Error("nests elements"),
        },
        Case {
            name: "cut.warc.gz",
            bytes: truncated,
            expect: Expect::Error("truncated"),
        },
        Case {
            name: "bomb.warc.gz",
            bytes: bomb,
            expect: Expect::Error("expands to more than"),
        },
        Case {
            name: "broken.mhtml",
            bytes: mhtml_broken,
            expect: Expect::Error("no HTML part"),
        },
        Case {
            name: "truncated.ron",
            bytes: truncated_project.into_bytes(),
            expect: Expect::Error("truncated.ron:"),
        },
        Case {
            name: "unknown-field.ron",
            bytes: unknown_field.into_bytes(),
            expect: Expect::Error("colour"),
        },
        Case {
            name: "newer.ron",
            bytes: newer.into_bytes(),
            expect: Expect::Error("newer Diptych"),
        },
        Case {
            name: "altered.ron",
            bytes: altered.into_bytes(),
            expect: Expect::Error("altered"),
        },
        Case {
            name: "bomb-inside.ron",
            bytes: bomb_inside.into_bytes(),
            expect: Expect::Error("expands to more than"),
        },
        Case {
            name: "reopened-formatting.html",
            bytes: reopened.into_bytes(),
            expect: Expect::Error("was not imported"),
        },
        Case {
            name: "unknown-end-tags.html",
            bytes: unknown_end_tags.into_bytes(),
            expect: Expect::Error("was not imported"),
        },
        Case {
            name: "nested-headings.html",
            bytes: headings.into_bytes(),
            expect: Expect::Error("was not imported"),
        },
        Case {
            name: "many-bombs.warc",
            bytes: many_bombs,
            expect: Expect::Error("holds 24 web pages"),
        },
        Case {
            name: "reuters.txt",
            bytes: b"(Reuters) - Parliament passed a new version of the election law on Tuesday.\n\nThe vote was 72 to 21.\n".to_vec(),
            expect: Expect::Imported,
        },
        Case {
            name: "mz-holdings.txt",
            bytes: b"MZ Holdings reports record profit\n\nThe Baku-based group said revenue rose 18 per cent in the first half of the year, helped by construction contracts.\n".to_vec(),
            expect: Expect::Imported,
        },
        Case {
            name: "old-mac.txt",
            bytes: b"Headline of the story\r\rFirst paragraph of the story.\rSecond paragraph.\r".to_vec(),
            expect: Expect::Imported,
        },
        Case {
            name: "escapes.txt",
            bytes: b"\x1b]0;owned\x07Headline \x1b[2J\x1b[31mred\n\nBody text.\n".to_vec(),
            expect: Expect::ErrorOrImported,
        },
        Case {
            name: "notepad-bom.ron",
            bytes: bom_project,
            expect: Expect::Imported,
        },
        Case {
            name: "binary.ron",
            bytes: (0..3000u32).map(|n| (n * 101 % 256) as u8).collect(),
            expect: Expect::Error("not a text file"),
        },
    ]
}

fn run_limited(path: &Path) -> (Option<i32>, String, String, Duration) {
    let started = Instant::now();
    // 4 GB of address space at most; the file size limit stops any accidental write.
    let output = Command::new("bash")
        .arg("-c")
        .arg("ulimit -v 4000000; exec \"$0\" inspect \"$1\" --format text")
        .arg(env!("CARGO_BIN_EXE_diptych"))
        .arg(path)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        started.elapsed(),
    )
}

fn fingerprint(path: &Path) -> (Vec<u8>, std::time::SystemTime) {
    (
        std::fs::read(path).unwrap(),
        std::fs::metadata(path).unwrap().modified().unwrap(),
    )
}

#[test]
fn bad_files_give_clear_errors_or_clean_imports_and_stay_untouched() {
    let directory = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for case in cases() {
        let path: PathBuf = directory.path().join(case.name);
        std::fs::write(&path, &case.bytes).unwrap();
        let before = fingerprint(&path);
        let (code, stdout, stderr, elapsed) = run_limited(&path);
        let after = fingerprint(&path);
        let mut problems = Vec::new();
        if before != after {
            problems.push("the input file changed".to_owned());
        }
        if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") {
            problems.push(format!("panic: {stderr}"));
        }
        if stdout.contains('\x1b') || stderr.contains('\x1b') {
            problems.push("a terminal escape sequence was printed raw".to_owned());
        }
        if elapsed > Duration::from_secs(30) {
            problems.push(format!("took {elapsed:?}"));
        }
        match (&case.expect, code) {
            (Expect::Error(phrase), Some(1)) => {
                if !stderr.contains(phrase) {
                    problems.push(format!("error without {phrase:?}: {stderr}"));
                }
                if stderr.trim().lines().count() != 1 {
                    problems.push(format!("error is not one line: {stderr}"));
                }
            }
            (Expect::Imported | Expect::ErrorOrImported, Some(0)) => {
                if !stdout.contains("Source:") {
                    problems.push(format!("no report: {stdout}"));
                }
            }
            (Expect::ErrorOrImported, Some(1)) => {
                if stderr.trim().lines().count() != 1 {
                    problems.push(format!("error is not one line: {stderr}"));
                }
            }
            (_, code) => problems.push(format!("exit {code:?}: {stderr}")),
        }
        println!(
            "{:<22} exit {code:?} in {elapsed:?}: {}",
            case.name,
            stderr.trim()
        );
        if !problems.is_empty() {
            failures.push(format!("{}: {}", case.name, problems.join("; ")));
        }
        std::fs::remove_file(&path).unwrap();
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
