//! Turning a file's bytes into text: UTF-8 (with or without BOM) and UTF-16 with BOM, with
//! binary and undecodable files refused rather than guessed at.

use crate::model::TextEncoding;

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("this looks like a binary file ({0}), not a text article")]
    Binary(&'static str),
    #[error(
        "the file is not valid UTF-8 (first bad byte at offset {offset}); \
         legacy encodings such as windows-1251 are not supported yet"
    )]
    InvalidUtf8 { offset: usize },
    #[error("the UTF-16 text is damaged (odd length or an unpaired surrogate)")]
    InvalidUtf16,
}

/// Decodes `bytes`, returning the text and how it was encoded.
pub fn decode_text(bytes: &[u8]) -> Result<(String, TextEncoding), DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes).map(|text| (text, TextEncoding::Utf16LeBom));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes).map(|text| (text, TextEncoding::Utf16BeBom));
    }
    if let Some(kind) = binary_signature(bytes) {
        return Err(DecodeError::Binary(kind));
    }
    let (body, encoding) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => (rest, TextEncoding::Utf8Bom),
        None => (bytes, TextEncoding::Utf8),
    };
    let text = std::str::from_utf8(body).map_err(|error| DecodeError::InvalidUtf8 {
        offset: error.valid_up_to() + (bytes.len() - body.len()),
    })?;
    if text.contains('\0') {
        return Err(DecodeError::Binary("it contains NUL bytes"));
    }
    Ok((text.to_owned(), encoding))
}

fn decode_utf16(bytes: &[u8], to_unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError::InvalidUtf16);
    }
    let units = bytes
        .chunks_exact(2)
        .map(|pair| to_unit([pair[0], pair[1]]));
    let text: String = char::decode_utf16(units)
        .collect::<Result<_, _>>()
        .map_err(|_| DecodeError::InvalidUtf16)?;
    if text.contains('\0') {
        return Err(DecodeError::Binary("it contains NUL characters"));
    }
    Ok(text)
}

/// Recognises common binary formats by their first bytes.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"%PDF", "PDF document"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x1F\x8B", "gzip archive"),
        (b"\x7FELF", "executable"),
        (b"MZ", "Windows executable"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_all_supported_encodings_and_reencodes_exactly() {
        let text = "Hacılı\nГаджилы\r\n";
        for encoding in [
            TextEncoding::Utf8,
            TextEncoding::Utf8Bom,
            TextEncoding::Utf16LeBom,
            TextEncoding::Utf16BeBom,
        ] {
            let bytes = encoding.encode(text);
            let (decoded, detected) = decode_text(&bytes).unwrap();
            assert_eq!(decoded, text);
            assert_eq!(detected, encoding);
        }
    }

    #[test]
    fn refuses_binary_and_broken_input() {
        assert_eq!(decode_text(b""), Err(DecodeError::Empty));
        assert!(matches!(
            decode_text(b"\x89PNG\r\n\x1a\n\0\0"),
            Err(DecodeError::Binary(_))
        ));
        assert!(matches!(
            decode_text(b"\x7FELF\x02\x01"),
            Err(DecodeError::Binary(_))
        ));
        assert_eq!(
            decode_text(b"ok \xC3\x28"),
            Err(DecodeError::InvalidUtf8 { offset: 3 })
        );
        assert_eq!(
            decode_text(b"abc\0def"),
            Err(DecodeError::Binary("it contains NUL bytes"))
        );
        assert_eq!(
            decode_text(&[0xFF, 0xFE, 0x41]),
            Err(DecodeError::InvalidUtf16)
        );
        assert_eq!(
            decode_text(&[0xFF, 0xFE, 0x00, 0xD8]),
            Err(DecodeError::InvalidUtf16)
        );
    }
}
