//! Getting the HTML out of web archives: MHTML (MIME multipart with quoted-printable or base64
//! parts) and WARC (response or resource records, with HTTP chunked and gzip bodies). Nothing
//! here touches the network or the file system: names and URLs from the input are only text.

use std::io::Read as _;

use base64::Engine as _;

use crate::io::packed::{MAX_ORIGINAL_BYTES, UnpackError, gunzip_capped};

/// An HTML document found inside an archive, with what the archive says about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlPayload {
    pub bytes: Vec<u8>,
    /// The charset from the part's or the HTTP response's `Content-Type`, if any.
    pub transport_charset: Option<String>,
    pub url: String,
    pub captured: String,
    pub capture_tool: String,
}

/// Header lines up to the first blank line, unfolded; names are lower-cased.
fn parse_headers(text: &str) -> Headers {
    let mut headers: Headers = Vec::new();
    for line in text.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    headers
}

type Headers = Vec<(String, String)>;

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(candidate, _)| candidate == name)
        .map(|(_, value)| value.as_str())
}

/// A parameter of a header value such as `text/html; charset="utf-8"`.
pub fn header_parameter(value: &str, parameter: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|part| {
        let (name, value) = part.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case(parameter)
            .then(|| value.trim().trim_matches(['"', '\'']).to_owned())
    })
}

fn media_type(value: &str) -> String {
    value
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

fn is_html_type(value: &str) -> bool {
    matches!(
        media_type(value).as_str(),
        "text/html" | "application/xhtml+xml"
    )
}

/// Splits `bytes` at the first blank line (CRLF CRLF or LF LF): headers and body. One pass
/// that stops at the first blank line, so a record's size does not matter.
fn split_head(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|byte| *byte == b'\n') {
        let newline = at + offset;
        match bytes.get(newline + 1) {
            Some(b'\n') => return Some((&bytes[..newline], &bytes[newline + 2..])),
            Some(b'\r')
                if bytes.get(newline + 2) == Some(&b'\n')
                    && newline > 0
                    && bytes[newline - 1] == b'\r' =>
            {
                return Some((&bytes[..newline - 1], &bytes[newline + 3..]));
            }
            _ => at = newline + 1,
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// Why the HTML page of an MHTML file could not be found.
#[derive(Debug, thiserror::Error)]
pub enum MhtmlError {
    #[error("the MIME header has no end")]
    NoHeaderEnd,
    #[error("no Content-Type header")]
    NoContentType,
    #[error("no multipart boundary")]
    NoBoundary,
    #[error("the multipart boundary is empty")]
    EmptyBoundary,
    #[error("the multipart boundary is {length} characters long; MIME allows at most 70")]
    LongBoundary { length: usize },
    #[error("the archive holds no HTML part")]
    NoHtmlPart,
    #[error("the HTML part is not valid base64: {0}")]
    Base64(base64::DecodeError),
}

/// Why a web archive, or a page in it, could not be read.
#[derive(Debug, thiserror::Error)]
pub enum WarcError {
    /// The compressed archive expands past the cap.
    #[error(transparent)]
    Gzip(UnpackError),
    #[error("the gzip data is damaged or truncated")]
    Damaged,
    #[error("the record lies outside the archive")]
    OutsideArchive,
    #[error("the record is not an HTML response")]
    NotHtmlResponse,
    #[error("the page expands to more than {limit_mb} MB")]
    Expands { limit_mb: u64 },
    #[error("the page is over {limit_mb} MB, the most Diptych imports")]
    PageTooLarge { limit_mb: usize },
}

/// Whether the bytes start like an MHTML file: MIME headers with a multipart type.
pub fn looks_like_mhtml(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let Some((head, _)) = split_head(head) else {
        return false;
    };
    let headers = parse_headers(&String::from_utf8_lossy(head));
    header(&headers, "content-type").is_some_and(|value| {
        media_type(value).starts_with("multipart/") && header_parameter(value, "boundary").is_some()
    })
}

/// The HTML part of an MHTML file (the one at the snapshot location, else the first).
pub fn mhtml_payload(bytes: &[u8]) -> Result<HtmlPayload, MhtmlError> {
    let (head, body) = split_head(bytes).ok_or(MhtmlError::NoHeaderEnd)?;
    let headers = parse_headers(&String::from_utf8_lossy(head));
    let content_type = header(&headers, "content-type").ok_or(MhtmlError::NoContentType)?;
    let boundary = header_parameter(content_type, "boundary").ok_or(MhtmlError::NoBoundary)?;
    if boundary.is_empty() {
        return Err(MhtmlError::EmptyBoundary);
    }
    // MIME allows 1–70 characters; a longer one only makes the search for it slower.
    if boundary.len() > 70 {
        return Err(MhtmlError::LongBoundary {
            length: boundary.len(),
        });
    }
    let snapshot = header(&headers, "snapshot-content-location").unwrap_or_default();
    let delimiter = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut rest = body;
    while let Some(at) = find(rest, delimiter.as_bytes()) {
        let after = &rest[at + delimiter.len()..];
        if after.starts_with(b"--") {
            break;
        }
        let next = find(after, delimiter.as_bytes()).unwrap_or(after.len());
        parts.push(&after[..next]);
        rest = &after[next..];
    }
    let mut chosen: Option<(Headers, &[u8])> = None;
    for part in parts {
        let part = part.strip_prefix(b"\r\n").unwrap_or(part);
        let part = part.strip_prefix(b"\n").unwrap_or(part);
        let Some((part_head, part_body)) = split_head(part) else {
            continue;
        };
        let part_headers = parse_headers(&String::from_utf8_lossy(part_head));
        if !header(&part_headers, "content-type").is_some_and(is_html_type) {
            continue;
        }
        let at_snapshot =
            !snapshot.is_empty() && header(&part_headers, "content-location") == Some(snapshot);
        if chosen.is_none() || at_snapshot {
            chosen = Some((part_headers, part_body));
            if at_snapshot {
                break;
            }
        }
    }
    let (part_headers, part_body) = chosen.ok_or(MhtmlError::NoHtmlPart)?;
    let encoding = header(&part_headers, "content-transfer-encoding")
        .unwrap_or("8bit")
        .to_ascii_lowercase();
    let decoded = match encoding.as_str() {
        "quoted-printable" => decode_quoted_printable(part_body),
        "base64" => {
            let compact: Vec<u8> = part_body
                .iter()
                .copied()
                .filter(|byte| !byte.is_ascii_whitespace())
                .collect();
            base64::engine::general_purpose::STANDARD
                .decode(compact)
                .map_err(MhtmlError::Base64)?
        }
        _ => trim_part_end(part_body).to_vec(),
    };
    let from = header(&headers, "from").unwrap_or_default();
    let capture_tool = if from.contains("Blink") {
        "Chromium-based browser (MHTML, Blink)".to_owned()
    } else if from.is_empty() {
        "MHTML".to_owned()
    } else {
        format!("MHTML ({from})")
    };
    Ok(HtmlPayload {
        bytes: decoded,
        transport_charset: header(&part_headers, "content-type")
            .and_then(|value| header_parameter(value, "charset")),
        url: if snapshot.is_empty() {
            header(&part_headers, "content-location")
                .unwrap_or_default()
                .to_owned()
        } else {
            snapshot.to_owned()
        },
        captured: header(&headers, "date").unwrap_or_default().to_owned(),
        capture_tool,
    })
}

/// A part body ends with the line break before the next delimiter.
fn trim_part_end(body: &[u8]) -> &[u8] {
    let body = body.strip_suffix(b"\r\n").unwrap_or(body);
    body.strip_suffix(b"\n").unwrap_or(body)
}

/// Quoted-printable: `=XX` escapes and `=` soft line breaks.
pub fn decode_quoted_printable(body: &[u8]) -> Vec<u8> {
    let body = trim_part_end(body);
    let mut out = Vec::with_capacity(body.len());
    let mut index = 0;
    while index < body.len() {
        let byte = body[index];
        if byte != b'=' {
            out.push(byte);
            index += 1;
            continue;
        }
        let rest = &body[index + 1..];
        if rest.starts_with(b"\r\n") {
            index += 3;
        } else if rest.starts_with(b"\n") {
            index += 2;
        } else if let Some(value) = rest
            .get(..2)
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
        {
            out.push(value);
            index += 3;
        } else {
            out.push(byte);
            index += 1;
        }
    }
    out
}

/// One HTML record of a WARC file: where its page lies in the archive, not the page itself.
/// Only the page the user chooses is decoded, so an archive of many large (or compressed)
/// pages never holds more than one of them in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarcRecord {
    pub url: String,
    pub date: String,
    /// The record's block in the (decompressed) archive data.
    block: std::ops::Range<usize>,
    /// Whether the block is an HTTP response (headers, then a body that may be chunked or
    /// compressed) rather than the page itself.
    http: bool,
    transport_charset: Option<String>,
}

impl WarcRecord {
    /// The size of the page as stored in the archive (before any HTTP decoding).
    pub fn stored_size(&self) -> usize {
        self.block.len()
    }
}

/// What a WARC file holds: its data, its HTML records and the tool that wrote it.
#[derive(Debug, Clone, Default)]
pub struct WarcContents {
    data: Vec<u8>,
    pub records: Vec<WarcRecord>,
    pub software: String,
    /// Set when the file ends in the middle of a record (the complete records are kept).
    pub truncated: bool,
}

/// Whether gzip-decompressed or plain bytes start a WARC file.
pub fn looks_like_warc(bytes: &[u8]) -> bool {
    bytes.starts_with(b"WARC/")
}

/// Decompresses a `.warc.gz` (one gzip member per record), keeping what was readable when the
/// file is cut short. Returns the data and whether it was complete.
pub fn gunzip_warc(bytes: &[u8]) -> Result<(Vec<u8>, bool), WarcError> {
    match gunzip_capped(bytes, MAX_ORIGINAL_BYTES) {
        Ok(data) => Ok((data, true)),
        Err(too_large @ UnpackError::TooLarge { .. }) => Err(WarcError::Gzip(too_large)),
        Err(_) => {
            // Keep the members that did decompress; the parser then stops at the break. The
            // read error is expected here (it is why this branch runs) and so not checked.
            let mut data = Vec::new();
            let _ = flate2::read::MultiGzDecoder::new(bytes)
                .take(MAX_ORIGINAL_BYTES)
                .read_to_end(&mut data);
            if data.is_empty() {
                Err(WarcError::Damaged)
            } else {
                Ok((data, false))
            }
        }
    }
}

impl WarcContents {
    /// The page of one of the records, decoded (de-chunked, decompressed), with what the
    /// archive says about it. A page that expands to more than `cap` bytes is refused.
    pub fn payload(&self, record: &WarcRecord, cap: usize) -> Result<HtmlPayload, WarcError> {
        let block = self
            .data
            .get(record.block.clone())
            .ok_or(WarcError::OutsideArchive)?;
        let (bytes, transport_charset) = if record.http {
            http_html_body(block, cap)?
        } else {
            (block.to_vec(), record.transport_charset.clone())
        };
        if bytes.len() > cap {
            return Err(WarcError::PageTooLarge {
                limit_mb: cap / (1024 * 1024),
            });
        }
        Ok(HtmlPayload {
            bytes,
            transport_charset,
            url: record.url.clone(),
            captured: record.date.clone(),
            capture_tool: if self.software.is_empty() {
                "WARC".to_owned()
            } else {
                self.software.clone()
            },
        })
    }
}

/// Reads the records of an (uncompressed) WARC file and notes where its HTML pages are.
pub fn warc_contents(data: Vec<u8>) -> WarcContents {
    let mut contents = WarcContents::default();
    let records = html_records(&data, &mut contents);
    contents.records = records;
    contents.data = data;
    contents
}

fn html_records(data: &[u8], contents: &mut WarcContents) -> Vec<WarcRecord> {
    let mut records = Vec::new();
    let mut rest = data;
    loop {
        while let Some(stripped) = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
        {
            rest = stripped;
        }
        if rest.is_empty() {
            break;
        }
        if !looks_like_warc(rest) {
            contents.truncated = true;
            break;
        }
        let Some((head, body)) = split_head(rest) else {
            contents.truncated = true;
            break;
        };
        let headers = parse_headers(&String::from_utf8_lossy(head));
        let Some(length) =
            header(&headers, "content-length").and_then(|value| value.parse::<usize>().ok())
        else {
            contents.truncated = true;
            break;
        };
        if body.len() < length {
            contents.truncated = true;
            break;
        }
        let block = &body[..length];
        let block_start = data.len() - body.len();
        let block_range = block_start..block_start + length;
        rest = &body[length..];
        let kind = header(&headers, "warc-type").unwrap_or_default();
        let url = header(&headers, "warc-target-uri")
            .unwrap_or_default()
            .trim_matches(['<', '>'])
            .to_owned();
        let warc_date = header(&headers, "warc-date").unwrap_or_default().to_owned();
        let block_type = header(&headers, "content-type").unwrap_or_default();
        match kind {
            "warcinfo" => {
                let info = parse_headers(&String::from_utf8_lossy(block));
                if let Some(software) = header(&info, "software") {
                    software.clone_into(&mut contents.software);
                }
            }
            "response"
                if media_type(block_type) == "application/http"
                    && http_html_head(block).is_some() =>
            {
                records.push(WarcRecord {
                    url,
                    date: warc_date,
                    block: block_range,
                    http: true,
                    transport_charset: None,
                });
            }
            "response" | "resource" if is_html_type(block_type) => {
                records.push(WarcRecord {
                    url,
                    date: warc_date,
                    block: block_range,
                    http: false,
                    transport_charset: header_parameter(block_type, "charset"),
                });
            }
            _ => {}
        }
    }
    records
}

/// The headers and body of an HTTP response when it is an HTML page with status 200–299.
fn http_html_head(block: &[u8]) -> Option<(Headers, &[u8])> {
    let (head, body) = split_head(block)?;
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status: u16 = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    if !(200..300).contains(&status) {
        return None;
    }
    let headers = parse_headers(&lines.collect::<Vec<_>>().join("\n"));
    let content_type = header(&headers, "content-type")?;
    if !is_html_type(content_type) {
        return None;
    }
    Some((headers, body))
}

/// The body of an HTML response, de-chunked and decompressed (up to `cap` bytes), and the
/// charset its headers name.
fn http_html_body(block: &[u8], cap: usize) -> Result<(Vec<u8>, Option<String>), WarcError> {
    let (headers, body) = http_html_head(block).ok_or(WarcError::NotHtmlResponse)?;
    let cap = cap as u64;
    let content_type = header(&headers, "content-type").unwrap_or_default();
    // Archivers differ: some keep the body as sent (chunked, compressed), some store it decoded
    // but keep the headers. A step that fails on the stored bytes is taken as already undone.
    let mut bytes = body.to_vec();
    if header(&headers, "transfer-encoding").is_some_and(|value| value.contains("chunked"))
        && let Some(joined) = dechunk(&bytes)
    {
        bytes = joined;
    }
    let coding = header(&headers, "content-encoding")
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let decoded = if coding.contains("gzip") {
        read_capped(flate2::read::MultiGzDecoder::new(bytes.as_slice()), cap)?
    } else if coding.contains("deflate") {
        read_capped(flate2::read::ZlibDecoder::new(bytes.as_slice()), cap)?
    } else if coding.contains("br") {
        read_capped(
            brotli_decompressor::Decompressor::new(bytes.as_slice(), 4096),
            cap,
        )?
    } else {
        None
    };
    if let Some(decoded) = decoded {
        bytes = decoded;
    }
    Ok((bytes, header_parameter(content_type, "charset")))
}

/// Reads a decompressor to the end: `None` when the data does not decompress (then it is
/// taken as stored), an error when it expands past `cap`.
fn read_capped(reader: impl std::io::Read, cap: u64) -> Result<Option<Vec<u8>>, WarcError> {
    let mut out = Vec::new();
    if reader.take(cap + 1).read_to_end(&mut out).is_err() {
        return Ok(None);
    }
    if out.len() as u64 > cap {
        return Err(WarcError::Expands {
            limit_mb: cap / (1024 * 1024),
        });
    }
    Ok(Some(out))
}

/// Undoes HTTP/1.1 chunked transfer encoding.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = find(body, b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size + 2..).unwrap_or_default();
    }
}

#[cfg(test)]
mod tests;
