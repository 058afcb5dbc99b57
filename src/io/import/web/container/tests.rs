use super::*;

#[test]
fn quoted_printable_decodes_escapes_and_soft_breaks() {
    let decoded = decode_quoted_printable(b"caf=C3=A9 =\r\nlong line=3D1\r\n");
    assert_eq!(String::from_utf8_lossy(&decoded), "café long line=1");
}

#[test]
fn chunked_bodies_are_joined() {
    assert_eq!(
        dechunk(b"4\r\nWiki\r\n6;x=y\r\npedia \r\n0\r\n\r\n"),
        Some(b"Wikipedia ".to_vec())
    );
    assert_eq!(dechunk(b"ff\r\nshort"), None);
}

/// A valid brotli stream made of stored (uncompressed) meta-blocks, written by hand from
/// RFC 7932: WBITS, then per block ISLAST=0, MNIBBLES=4, MLEN-1, ISUNCOMPRESSED=1, padding
/// and the bytes, then an empty last meta-block.
fn brotli_stored(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut bits: Vec<bool> = vec![false];
    let flush = |bits: &mut Vec<bool>, out: &mut Vec<u8>| {
        while !bits.len().is_multiple_of(8) {
            bits.push(false);
        }
        for byte_bits in bits.chunks(8) {
            out.push(
                byte_bits
                    .iter()
                    .enumerate()
                    .map(|(at, bit)| u8::from(*bit) << at)
                    .sum(),
            );
        }
        bits.clear();
    };
    for chunk in bytes.chunks(65536) {
        bits.extend([false, false, false]);
        let length = chunk.len() - 1;
        bits.extend((0..16).map(|at| length >> at & 1 == 1));
        bits.push(true);
        flush(&mut bits, &mut out);
        out.extend_from_slice(chunk);
    }
    bits.extend([true, true]);
    flush(&mut bits, &mut out);
    out
}

#[test]
fn http_bodies_are_dechunked_and_decompressed_or_taken_as_stored() {
    let page = "<html><body><p>Баку</p></body></html>".repeat(3000);
    let mut response =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: br\r\n\r\n"
            .to_vec();
    response.extend(brotli_stored(page.as_bytes()));
    let cap = 64 * 1024 * 1024;
    let (bytes, charset) = http_html_body(&response, cap).unwrap();
    assert_eq!(bytes, page.as_bytes());
    assert_eq!(charset.as_deref(), Some("utf-8"));
    // Stored already decoded although the headers still say gzip and chunked.
    let stored = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\
         Content-Encoding: gzip\r\n\r\n{page}"
    );
    assert_eq!(
        http_html_body(stored.as_bytes(), cap).unwrap().0,
        page.as_bytes()
    );
    // A body that expands past the cap is refused.
    let zeros = {
        use std::io::Write as _;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&vec![0u8; 4 * 1024 * 1024]).unwrap();
        encoder.finish().unwrap()
    };
    let mut bomb =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
    bomb.extend(&zeros);
    let error = http_html_body(&bomb, 1024 * 1024).unwrap_err().to_string();
    assert!(error.contains("expands to more than 1 MB"), "{error}");
    // Not a page: not taken.
    assert!(
        http_html_head(b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\nx").is_none()
    );
    assert!(http_html_head(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nx").is_none());
}

#[test]
fn many_large_compressed_pages_are_listed_without_decoding_them() {
    use std::io::Write as _;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(&vec![b' '; 32 * 1024 * 1024]).unwrap();
    let body = encoder.finish().unwrap();
    let mut archive = Vec::new();
    for index in 0..24 {
        let mut block =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
                .to_vec();
        block.extend(&body);
        archive.extend(
            format!(
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/{index}\r\n\
                 Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
                block.len()
            )
            .as_bytes(),
        );
        archive.extend(&block);
        archive.extend(b"\r\n\r\n");
    }
    let contents = warc_contents(archive);
    assert_eq!(contents.records.len(), 24);
    // Each record is its compressed size: nothing was expanded to list them.
    assert!(
        contents
            .records
            .iter()
            .all(|record| record.stored_size() < 100_000)
    );
    // The chosen one is decoded, under the cap it is given.
    let error = contents
        .payload(&contents.records[3], 16 * 1024 * 1024)
        .unwrap_err()
        .to_string();
    assert!(error.contains("expands"), "{error}");
    let page = contents
        .payload(&contents.records[3], 64 * 1024 * 1024)
        .unwrap();
    assert_eq!(page.bytes.len(), 32 * 1024 * 1024);
    assert_eq!(page.url, "https://example.org/3");
}

#[test]
fn header_parameters_are_found_case_insensitively() {
    assert_eq!(
        header_parameter("text/html; Charset=\"windows-1251\"", "charset"),
        Some("windows-1251".into())
    );
    assert_eq!(header_parameter("text/html", "charset"), None);
}

#[test]
fn heads_end_at_the_first_blank_line_of_either_kind() {
    assert_eq!(
        split_head(b"A: 1\r\nB: 2\r\n\r\nbody\n\nmore"),
        Some((&b"A: 1\r\nB: 2"[..], &b"body\n\nmore"[..]))
    );
    assert_eq!(
        split_head(b"A: 1\nB: 2\n\nbody\r\n\r\n"),
        Some((&b"A: 1\nB: 2"[..], &b"body\r\n\r\n"[..]))
    );
    assert_eq!(
        split_head(b"A: 1\r\n\nbody"),
        Some((&b"A: 1\r"[..], &b"body"[..]))
    );
    assert_eq!(split_head(b"A: 1\n\r\nB"), None);
    assert_eq!(split_head(b"no blank line\r\n"), None);
}

#[test]
fn an_overlong_multipart_boundary_is_refused_at_once() {
    let boundary = "a".repeat(10_000);
    let mut mhtml = format!(
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"{boundary}b\"\r\n\r\n"
    )
    .into_bytes();
    mhtml.extend(std::iter::repeat_n(b'a', 2_000_000));
    let error = mhtml_payload(&mhtml).unwrap_err().to_string();
    assert!(error.contains("at most 70"), "{error}");
}
