//! Web pages and archives built from our fixture page, shared by the import and CLI tests.

use std::io::Write as _;
use std::path::Path;

pub fn page() -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ru-baku-electric-buses.html");
    std::fs::read_to_string(path).unwrap()
}

/// A Russian news page in windows-1251 whose `<meta charset>` still says UTF-8 (a page
/// re-encoded without updating its declaration), written to `directory/news.html`.
pub fn mislabelled_windows_1251_page(directory: &Path) -> std::path::PathBuf {
    let html = "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\">\
                <title>Полиция перекрыла площадь</title></head><body><article>\
                <h1>Полиция перекрыла площадь</h1><p>Полиция перекрыла площадь в центре Баку \
                за час до начала митинга оппозиции, сообщили очевидцы.</p><p>Задержаны \
                несколько человек, среди них журналисты.</p></article></body></html>";
    let page = directory.join("news.html");
    std::fs::write(&page, encoding_rs::WINDOWS_1251.encode(html).0).unwrap();
    page
}

pub fn quoted_printable(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut line = 0;
    for &byte in bytes {
        let piece = if byte == b'\n' {
            line = 0;
            out.push_str("\r\n");
            continue;
        } else if (33..=126).contains(&byte) && byte != b'=' || byte == b' ' {
            (byte as char).to_string()
        } else {
            format!("={byte:02X}")
        };
        if line + piece.len() > 73 {
            out.push_str("=\r\n");
            line = 0;
        }
        line += piece.len();
        out.push_str(&piece);
    }
    out
}

pub fn mhtml(html: &[u8], transfer: &str) -> Vec<u8> {
    let body = if transfer == "base64" {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(html)
    } else {
        quoted_printable(html)
    };
    format!(
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/ru/baku-electric-buses\r\n\
         Subject: =?utf-8?Q?test?=\r\nDate: Tue, 24 Nov 2026 09:12:44 +0400\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n\
         ------MultipartBoundary--abc\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n\
         Content-Transfer-Encoding: {transfer}\r\nContent-Location: https://example.org/ru/baku-electric-buses\r\n\r\n\
         {body}\r\n------MultipartBoundary--abc\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\
         Content-Location: https://example.org/bus.jpg\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--abc--\r\n"
    )
    .into_bytes()
}

pub fn warc_record(kind: &str, url: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut record = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{}>\r\n\
         WARC-Date: 2026-11-24T05:12:44Z\r\nWARC-Target-URI: {url}\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        url.len(),
        block.len()
    )
    .into_bytes();
    record.extend_from_slice(block);
    record.extend_from_slice(b"\r\n\r\n");
    record
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// A WARC as wget writes it: warcinfo, a request, a chunked+gzip HTML response in KOI8-R
/// (declared only in the HTTP header), an image, and a second HTML page.
pub fn warc_records() -> Vec<Vec<u8>> {
    let undeclared = page().replacen("<meta charset=\"utf-8\">", "", 1);
    let koi8 = encoding_rs::KOI8_R.encode(&undeclared).0.into_owned();
    let compressed = gzip(&koi8);
    let mut chunked = Vec::new();
    for chunk in compressed.chunks(1000) {
        chunked.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        chunked.extend_from_slice(chunk);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let mut response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=koi8-r\r\n\
        Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"
        .to_vec();
    response.extend_from_slice(&chunked);
    let other = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html lang=en><head><title>About us</title></head>\
        <body><h1>About us</h1><p>We are a small newsroom covering the South Caucasus, with editors in three cities.</p></body></html>";
    vec![
        warc_record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: Wget/1.21.4 (linux-gnu)\r\nformat: WARC File Format 1.0\r\n",
        ),
        warc_record(
            "request",
            "https://example.org/ru/baku-electric-buses",
            "application/http; msgtype=request",
            b"GET /ru/baku-electric-buses HTTP/1.1\r\nHost: example.org\r\n\r\n",
        ),
        warc_record(
            "response",
            "https://example.org/ru/baku-electric-buses",
            "application/http; msgtype=response",
            &response,
        ),
        warc_record(
            "response",
            "https://example.org/bus.jpg",
            "application/http; msgtype=response",
            b"HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff",
        ),
        warc_record(
            "response",
            "https://example.org/about",
            "application/http; msgtype=response",
            other,
        ),
    ]
}
