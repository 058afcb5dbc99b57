//! Turning a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, and legacy
//! single-byte encodings (windows-1251, KOI8-R …) detected with chardetng. Binary files and text
//! that would not re-encode to exactly the same bytes are refused rather than altered.

use crate::model::TextEncoding;

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("this looks like a binary file ({0}), not a text article")]
    Binary(&'static str),
    #[error("the file is neither UTF-8 nor a known legacy encoding (detected {detected})")]
    UnsupportedEncoding { detected: &'static str },
    #[error(
        "the file is not valid {encoding} text, or would not be kept byte for byte; \
         it was not imported so that nothing of it is lost"
    )]
    NotReproducible { encoding: &'static str },
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
    refuse_binary(bytes)?;
    let (body, encoding) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => (rest, TextEncoding::Utf8Bom),
        None => (bytes, TextEncoding::Utf8),
    };
    match std::str::from_utf8(body) {
        Ok(text) => Ok((text.to_owned(), encoding)),
        Err(_) if encoding == TextEncoding::Utf8Bom => {
            Err(DecodeError::NotReproducible { encoding: "UTF-8" })
        }
        Err(_) => {
            let (text, encoding) = decode_legacy(body, detect_legacy(body)?)?;
            // chardetng names the KOI8 family KOI8-U; without Ukrainian letters the bytes mean
            // the same in KOI8-R, which is what Russian files are.
            let ukrainian = text.contains(['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ']);
            if encoding == TextEncoding::Koi8U && !ukrainian {
                return decode_legacy(body, TextEncoding::Koi8R);
            }
            Ok((text, encoding))
        }
    }
}

/// Decodes `bytes` as the encoding the user chose, refusing bytes that are not valid in it or
/// would not be kept byte for byte.
pub fn decode_as(bytes: &[u8], encoding: TextEncoding) -> Result<String, DecodeError> {
    let refused = || DecodeError::NotReproducible {
        encoding: encoding.label(),
    };
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    // A chosen encoding changes how text is read, not what counts as text.
    let utf16 = matches!(
        encoding,
        TextEncoding::Utf16LeBom | TextEncoding::Utf16BeBom
    );
    if !utf16 {
        refuse_binary(bytes)?;
    }
    let text = match encoding {
        TextEncoding::Utf8 => std::str::from_utf8(bytes)
            .map_err(|_| refused())?
            .to_owned(),
        TextEncoding::Utf8Bom => std::str::from_utf8(
            bytes
                .strip_prefix(&[0xEF, 0xBB, 0xBF])
                .ok_or_else(refused)?,
        )
        .map_err(|_| refused())?
        .to_owned(),
        TextEncoding::Utf16LeBom => decode_utf16(
            bytes.strip_prefix(&[0xFF, 0xFE]).ok_or_else(refused)?,
            u16::from_le_bytes,
        )?,
        TextEncoding::Utf16BeBom => decode_utf16(
            bytes.strip_prefix(&[0xFE, 0xFF]).ok_or_else(refused)?,
            u16::from_be_bytes,
        )?,
        legacy => decode_legacy(bytes, legacy)?.0,
    };
    Ok(text)
}

/// The encoding for a user's label, or why it cannot be used: unknown, or one that the
/// Encoding Standard maps to "replacement" (ISO-2022-KR, HZ-GB-2312 …, unsafe to decode).
pub fn parse_encoding_label(label: &str) -> Result<TextEncoding, String> {
    if let Some(encoding) = encoding_from_label(label) {
        return Ok(encoding);
    }
    let normalized = label.trim().to_ascii_lowercase();
    if encoding_rs::Encoding::for_label(normalized.as_bytes()) == Some(encoding_rs::REPLACEMENT) {
        Err(format!(
            "the encoding {label:?} is not supported for import (browsers refuse to decode it \
             too, because it can hide text); convert the file to UTF-8 first"
        ))
    } else {
        Err(format!(
            "unknown encoding {label:?} (try utf-8, windows-1251, koi8-r, iso-8859-5, utf-16le …)"
        ))
    }
}

/// The encoding for a user's label (`windows-1251`, `cp1251`, `koi8-r`, `utf-16le` …); UTF-16
/// always means "with its BOM", the only form Diptych keeps byte for byte. Labels of the
/// Encoding Standard's "replacement" encoding give `None`.
pub fn encoding_from_label(label: &str) -> Option<TextEncoding> {
    let trimmed = label.trim();
    if let Some(choice) = TextEncoding::CHOICES
        .iter()
        .find(|choice| choice.label().eq_ignore_ascii_case(trimmed))
    {
        return Some(*choice);
    }
    let normalized = trimmed.to_ascii_lowercase().replace("cp125", "windows-125");
    encoding_rs::Encoding::for_label(normalized.as_bytes())
        .filter(|encoding| *encoding != encoding_rs::REPLACEMENT)
        .map(TextEncoding::from_web)
}

/// Guesses the legacy encoding of text that is not UTF-8 (chardetng, as browsers do).
fn detect_legacy(bytes: &[u8]) -> Result<TextEncoding, DecodeError> {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    TextEncoding::LEGACY
        .iter()
        .find(|(_, encoding)| *encoding == guess)
        .map(|(variant, _)| *variant)
        .ok_or(DecodeError::UnsupportedEncoding {
            detected: guess.name(),
        })
}

/// Decodes `bytes` as the legacy `encoding`, refusing anything that would not re-encode to
/// exactly the same bytes.
pub fn decode_legacy(
    bytes: &[u8],
    encoding: TextEncoding,
) -> Result<(String, TextEncoding), DecodeError> {
    let refused = || DecodeError::NotReproducible {
        encoding: encoding.label(),
    };
    let legacy = encoding.legacy_encoding().ok_or_else(refused)?;
    let text = legacy
        .decode_without_bom_handling_and_without_replacement(bytes)
        .ok_or_else(refused)?
        .into_owned();
    if encoding.encode(&text) != bytes {
        return Err(refused());
    }
    Ok((text, encoding))
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

/// Refuses bytes that are not text in any byte-oriented encoding: a known binary format, or
/// NUL bytes (UTF-16, which has them, is checked after decoding).
fn refuse_binary(bytes: &[u8]) -> Result<(), DecodeError> {
    if let Some(kind) = binary_signature(bytes) {
        return Err(DecodeError::Binary(kind));
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary("it contains NUL bytes"));
    }
    Ok(())
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
    ];
    if let Some((_, kind)) = SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
    {
        return Some(kind);
    }
    // "MZ" alone starts words too ("MZ Holdings reports …"): a DOS/Windows executable has a
    // 64-byte header full of binary fields, zeros among them.
    if bytes.starts_with(b"MZ") && bytes.len() >= 64 && bytes[2..64].contains(&0) {
        return Some("Windows executable");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_cyrillic_encodings_are_detected_and_kept_byte_for_byte() {
        let text = "Полиция перекрыла площадь в центре Баку за час до начала митинга. \
                    Несколько десятков человек были задержаны, в том числе двое журналистов.\r\n";
        for (encoding, expected) in [
            (encoding_rs::WINDOWS_1251, TextEncoding::Windows1251),
            (encoding_rs::KOI8_R, TextEncoding::Koi8R),
        ] {
            let bytes = encoding.encode(text).0.into_owned();
            let (decoded, detected) = decode_text(&bytes).unwrap();
            assert_eq!(detected, expected);
            assert_eq!(decoded, text);
            assert_eq!(detected.encode(&decoded), bytes);
        }
    }

    #[test]
    fn western_legacy_text_decodes() {
        let (text, encoding) = decode_text(b"Caf\xe9 au lait, cr\xe8me br\xfbl\xe9e.\n").unwrap();
        assert_eq!(text, "Café au lait, crème brûlée.\n");
        assert_eq!(encoding, TextEncoding::Windows1252);
    }

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
            decode_text(&[0xEF, 0xBB, 0xBF, b'o', b'k', 0xC3, 0x28]),
            Err(DecodeError::NotReproducible { encoding: "UTF-8" })
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

    #[test]
    fn text_starting_with_mz_is_text_and_a_real_executable_header_is_not() {
        let article = "MZ Holdings reports record profit\n\nThe company said on Monday …\n";
        assert!(decode_text(article.as_bytes()).is_ok());
        let mut executable = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF".to_vec();
        executable.resize(128, 0);
        assert_eq!(
            decode_text(&executable),
            Err(DecodeError::Binary("Windows executable"))
        );
    }

    #[test]
    fn a_chosen_encoding_still_refuses_binary_files_and_nul_bytes() {
        let font = b"\x00\x01\x00\x00\x00\x0F\x00\x80\x00\x03\x00\x70GDEF";
        assert!(matches!(
            decode_as(font, TextEncoding::Windows1252),
            Err(DecodeError::Binary(_))
        ));
        assert!(matches!(
            decode_as(b"text\0more", TextEncoding::Utf8),
            Err(DecodeError::Binary(_))
        ));
        assert!(matches!(
            decode_as(b"\x89PNG\r\n\x1a\n", TextEncoding::Windows1251),
            Err(DecodeError::Binary(_))
        ));
    }

    #[test]
    fn replacement_labels_are_not_supported_for_import() {
        for label in ["iso-2022-kr", "hz-gb-2312", "csiso2022kr"] {
            assert_eq!(encoding_from_label(label), None);
            let message = parse_encoding_label(label).unwrap_err();
            assert!(message.contains("not supported for import"), "{message}");
        }
        assert!(
            parse_encoding_label("no-such-encoding")
                .unwrap_err()
                .contains("unknown")
        );
        assert_eq!(
            parse_encoding_label("cp1251"),
            Ok(TextEncoding::Windows1251)
        );
    }
}
