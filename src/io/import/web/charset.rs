//! Choosing the character encoding of an HTML document: a byte-order mark, then the transport
//! (`Content-Type` of the HTTP response or MIME part), then `<meta charset>` / `http-equiv`, then
//! detection. A declared legacy charset on bytes that are valid, non-ASCII UTF-8 is not
//! believed: saved pages are often re-encoded to UTF-8 with the old declaration left in place.

use crate::model::TextEncoding;

/// How the encoding was decided, for the provenance panel and `inspect`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharsetSource {
    ByteOrderMark,
    Transport,
    Meta,
    Detected,
    /// Valid UTF-8 although something else was declared.
    Utf8Despite,
    /// Detected, because the bytes are not valid in the charset the page declares.
    DetectedDespite(&'static encoding_rs::Encoding),
    /// Chosen by the user.
    Override,
}

impl CharsetSource {
    /// Why the encoding was chosen, in a sentence's words.
    pub fn reason(self) -> String {
        match self {
            Self::ByteOrderMark => "its byte-order mark".to_owned(),
            Self::Transport => "declared by the HTTP/MIME Content-Type".to_owned(),
            Self::Meta => "declared by <meta charset>".to_owned(),
            Self::Detected => "detected (nothing was declared)".to_owned(),
            Self::Utf8Despite => {
                "the bytes are valid UTF-8, although another charset was declared".to_owned()
            }
            Self::DetectedDespite(declared) => format!(
                "detected: the page declares {}, but its bytes are not valid {}",
                declared.name(),
                declared.name()
            ),
            Self::Override => "chosen by the user".to_owned(),
        }
    }
}

/// How a page's charset was decided: the encoding, why, and whether some bytes were not valid
/// in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CharsetReading {
    pub encoding: TextEncoding,
    pub source: CharsetSource,
    pub had_errors: bool,
}

impl CharsetReading {
    /// "windows-1251 (detected: the page declares UTF-8, but …)", plus a warning when some
    /// bytes were not valid in it: the English the command line prints.
    pub fn decision(&self) -> String {
        let mut text = format!("{} ({})", self.encoding.label(), self.source.reason());
        if self.had_errors {
            text.push_str("; some bytes are not valid in it and show as �");
        }
        text
    }
}

impl DecodedHtml {
    /// How the charset was decided.
    pub fn reading(&self) -> CharsetReading {
        CharsetReading {
            encoding: self.encoding,
            source: self.source,
            had_errors: self.had_errors,
        }
    }

    /// "windows-1251 (detected: the page declares UTF-8, but …)", plus a warning when some
    /// bytes still did not decode.
    pub fn decision(&self) -> String {
        self.reading().decision()
    }
}

/// The decoded document.
#[derive(Debug, Clone)]
pub struct DecodedHtml {
    pub text: String,
    pub encoding: TextEncoding,
    pub source: CharsetSource,
    /// Whether some bytes were not valid in the encoding (they became U+FFFD).
    pub had_errors: bool,
}

/// Decodes HTML bytes; `forced` is the user's choice, which wins over everything.
pub fn decode_html(
    bytes: &[u8],
    transport: Option<&str>,
    forced: Option<TextEncoding>,
) -> DecodedHtml {
    if let Some(encoding) = forced {
        return decode_with(bytes, encoding, CharsetSource::Override);
    }
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        return decode_with(
            bytes,
            TextEncoding::from_web(encoding),
            CharsetSource::ByteOrderMark,
        );
    }
    let declared = transport
        .and_then(|label| encoding_rs::Encoding::for_label(label.trim().as_bytes()))
        .map(|encoding| (encoding, CharsetSource::Transport))
        .or_else(|| meta_charset(bytes).map(|encoding| (encoding, CharsetSource::Meta)));
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    match declared {
        Some((encoding, source)) => {
            // A page saved as UTF-16 still declares it in ASCII; the prescan cannot have read it.
            let encoding = if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE
            {
                encoding_rs::UTF_8
            } else {
                encoding
            };
            if encoding != encoding_rs::UTF_8 && valid_utf8 && !bytes.is_ascii() {
                return decode_with(bytes, TextEncoding::Utf8, CharsetSource::Utf8Despite);
            }
            let decoded = decode_with(bytes, TextEncoding::from_web(encoding), source);
            if !decoded.had_errors {
                return decoded;
            }
            // The declaration is wrong (a page re-encoded without updating it): detect, and
            // keep the detection when it reads the bytes cleanly.
            let detected = detect(bytes, CharsetSource::DetectedDespite(encoding));
            if detected.had_errors {
                decoded
            } else {
                detected
            }
        }
        None if valid_utf8 => decode_with(bytes, TextEncoding::Utf8, CharsetSource::Detected),
        None => detect(bytes, CharsetSource::Detected),
    }
}

/// Decodes with the encoding chardetng guesses (as browsers do for undeclared pages).
fn detect(bytes: &[u8], source: CharsetSource) -> DecodedHtml {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let decoded = decode_with(bytes, TextEncoding::from_web(encoding), source);
    // chardetng names the KOI8 family KOI8-U; without Ukrainian letters it is KOI8-R.
    let ukrainian = decoded
        .text
        .contains(['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ']);
    if decoded.encoding == TextEncoding::Koi8U && !ukrainian {
        decode_with(bytes, TextEncoding::Koi8R, source)
    } else {
        decoded
    }
}

fn decode_with(bytes: &[u8], encoding: TextEncoding, source: CharsetSource) -> DecodedHtml {
    let web = match encoding {
        TextEncoding::Utf8 | TextEncoding::Utf8Bom => encoding_rs::UTF_8,
        TextEncoding::Utf16LeBom => encoding_rs::UTF_16LE,
        TextEncoding::Utf16BeBom => encoding_rs::UTF_16BE,
        other => other.legacy_encoding().unwrap_or(encoding_rs::UTF_8),
    };
    // A BOM always decides, as in browsers; `decode` strips it.
    let (text, actual, had_errors) = web.decode(bytes);
    let encoding = if source == CharsetSource::ByteOrderMark || actual != web {
        match TextEncoding::from_web(actual) {
            TextEncoding::Utf8 => TextEncoding::Utf8Bom,
            other => other,
        }
    } else {
        encoding
    };
    DecodedHtml {
        text: text.into_owned(),
        encoding,
        source,
        had_errors,
    }
}

/// The charset declared by `<meta charset=…>` or `<meta http-equiv=Content-Type content=…>` in
/// the first 4 KB (the HTML prescan looks at 1 KB; saved pages often put it later).
fn meta_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(at) = rest.find("<meta") {
        rest = &rest[at + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(position) = tag.find("charset") {
            let value = tag[position + 7..]
                .trim_start()
                .strip_prefix('=')
                .unwrap_or_default()
                .trim_start()
                .trim_start_matches(['"', '\'']);
            let end = value
                .find(|c: char| c == '"' || c == '\'' || c == ';' || c == '/' || c.is_whitespace())
                .unwrap_or(value.len());
            if let Some(encoding) = encoding_rs::Encoding::for_label(&value.as_bytes()[..end]) {
                return Some(encoding);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_decodes_windows_1251() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("<html><head><meta charset=\"windows-1251\"></head><p>Привет</p></html>");
        let decoded = decode_html(&bytes, None, None);
        assert_eq!(decoded.encoding, TextEncoding::Windows1251);
        assert_eq!(decoded.source, CharsetSource::Meta);
        assert!(decoded.text.contains("Привет"));
    }

    #[test]
    fn transport_wins_over_meta_and_utf8_wins_over_a_wrong_declaration() {
        let (koi8, _, _) = encoding_rs::KOI8_R.encode(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">Мир",
        );
        let decoded = decode_html(&koi8, Some("koi8-r"), None);
        assert_eq!(decoded.encoding, TextEncoding::Koi8R);
        assert!(decoded.text.contains("Мир"));
        let utf8 = "<meta charset=gb2312><p>深度 мир</p>".as_bytes();
        let decoded = decode_html(utf8, None, None);
        assert_eq!(decoded.encoding, TextEncoding::Utf8);
        assert_eq!(decoded.source, CharsetSource::Utf8Despite);
    }

    #[test]
    fn a_page_declaring_utf8_with_windows_1251_bytes_is_detected_and_says_so() {
        let page = "<html><head><meta charset=\"utf-8\"><title>Новости</title></head><body>\
                    <p>Полиция перекрыла площадь в центре Баку за час до начала митинга \
                    оппозиции, сообщили очевидцы.</p></body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(page);
        let decoded = decode_html(&bytes, None, None);
        assert_eq!(decoded.encoding, TextEncoding::Windows1251);
        assert_eq!(
            decoded.source,
            CharsetSource::DetectedDespite(encoding_rs::UTF_8)
        );
        assert!(!decoded.had_errors);
        assert!(decoded.text.contains("Полиция перекрыла площадь"));
        let decision = decoded.decision();
        assert!(
            decision.contains("declares UTF-8, but its bytes are not valid UTF-8"),
            "{decision}"
        );
    }

    #[test]
    fn bom_and_override() {
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("<p>Şəki</p>".encode_utf16().flat_map(u16::to_le_bytes));
        let decoded = decode_html(&utf16, Some("utf-8"), None);
        assert_eq!(decoded.encoding, TextEncoding::Utf16LeBom);
        assert_eq!(decoded.text, "<p>Şəki</p>");
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("<p>Баку</p>");
        let forced = decode_html(&cp1251, None, Some(TextEncoding::Koi8R));
        assert_eq!(forced.source, CharsetSource::Override);
        assert!(!forced.text.contains("Баку"));
    }

    #[test]
    fn undeclared_legacy_bytes_are_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(
            "<html><body><p>Президент подписал указ о реформе городского транспорта в столице.</p></body></html>",
        );
        let decoded = decode_html(&bytes, None, None);
        assert_eq!(decoded.encoding, TextEncoding::Windows1251);
        assert!(decoded.text.contains("городского"));
    }
}
