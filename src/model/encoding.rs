//! How an original file was stored: its container format (plain text, web page, MHTML, WARC)
//! and the character encoding of its text.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The container an original came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceFormat {
    /// A plain-text or Markdown dump.
    Text,
    /// An HTML page (browser-saved or SingleFile).
    Html,
    /// A MIME multipart web archive (`.mhtml`, `.mht`).
    Mhtml,
    /// A WARC web archive.
    Warc,
    /// A gzip-compressed WARC web archive.
    WarcGz,
}

impl SourceFormat {
    pub fn label(self) -> &'static str {
        match self {
            Self::Text => "plain text",
            Self::Html => "HTML page",
            Self::Mhtml => "MHTML archive",
            Self::Warc => "WARC archive",
            Self::WarcGz => "WARC archive (gzip)",
        }
    }
}

impl fmt::Display for SourceFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Any encoding of the WHATWG Encoding Standard, stored by its canonical name.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct WebEncoding(pub &'static encoding_rs::Encoding);

impl fmt::Debug for WebEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.name())
    }
}

impl Serialize for WebEncoding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0.name())
    }
}

impl<'de> Deserialize<'de> for WebEncoding {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        encoding_rs::Encoding::for_label(name.as_bytes())
            .map(WebEncoding)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown encoding {name:?}")))
    }
}

/// How the original file's bytes encoded its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextEncoding {
    Utf8,
    Utf8Bom,
    Utf16LeBom,
    Utf16BeBom,
    /// Legacy single-byte encodings of Russian, Azerbaijani and Western text.
    Windows1251,
    Koi8R,
    Koi8U,
    Ibm866,
    Iso8859_5,
    Windows1252,
    Windows1254,
    /// Any other encoding a web page declared (for example `gbk` or `windows-1250`).
    Other(WebEncoding),
}

impl TextEncoding {
    pub fn label(self) -> &'static str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Utf8Bom => "UTF-8 with BOM",
            Self::Utf16LeBom => "UTF-16LE with BOM",
            Self::Utf16BeBom => "UTF-16BE with BOM",
            Self::Windows1251 => "windows-1251",
            Self::Koi8R => "KOI8-R",
            Self::Koi8U => "KOI8-U",
            Self::Ibm866 => "IBM866",
            Self::Iso8859_5 => "ISO-8859-5",
            Self::Windows1252 => "windows-1252",
            Self::Windows1254 => "windows-1254",
            Self::Other(encoding) => encoding.0.name(),
        }
    }

    /// The legacy encodings, with their `encoding_rs` counterparts.
    pub const LEGACY: [(Self, &'static encoding_rs::Encoding); 7] = [
        (Self::Windows1251, encoding_rs::WINDOWS_1251),
        (Self::Koi8R, encoding_rs::KOI8_R),
        (Self::Koi8U, encoding_rs::KOI8_U),
        (Self::Ibm866, encoding_rs::IBM866),
        (Self::Iso8859_5, encoding_rs::ISO_8859_5),
        (Self::Windows1252, encoding_rs::WINDOWS_1252),
        (Self::Windows1254, encoding_rs::WINDOWS_1254),
    ];

    /// The encodings a user can choose when overriding the detected one, in menu order.
    pub const CHOICES: [Self; 11] = [
        Self::Utf8,
        Self::Utf8Bom,
        Self::Utf16LeBom,
        Self::Utf16BeBom,
        Self::Windows1251,
        Self::Koi8R,
        Self::Koi8U,
        Self::Ibm866,
        Self::Iso8859_5,
        Self::Windows1252,
        Self::Windows1254,
    ];

    /// The `encoding_rs` encoding of a legacy (or other declared) variant.
    pub fn legacy_encoding(self) -> Option<&'static encoding_rs::Encoding> {
        if let Self::Other(encoding) = self {
            return Some(encoding.0);
        }
        Self::LEGACY
            .iter()
            .find(|(variant, _)| *variant == self)
            .map(|(_, encoding)| *encoding)
    }

    /// The variant for an `encoding_rs` encoding (UTF-16 only with its BOM).
    pub fn from_web(encoding: &'static encoding_rs::Encoding) -> Self {
        if encoding == encoding_rs::UTF_8 {
            return Self::Utf8;
        }
        if encoding == encoding_rs::UTF_16LE {
            return Self::Utf16LeBom;
        }
        if encoding == encoding_rs::UTF_16BE {
            return Self::Utf16BeBom;
        }
        Self::LEGACY
            .iter()
            .find(|(_, candidate)| *candidate == encoding)
            .map_or(Self::Other(WebEncoding(encoding)), |(variant, _)| *variant)
    }

    /// Re-encodes `text` to exactly the bytes the original file held.
    pub fn encode(self, text: &str) -> Vec<u8> {
        match self {
            Self::Utf8 => text.as_bytes().to_vec(),
            Self::Utf8Bom => [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
            Self::Utf16LeBom => {
                let mut bytes = vec![0xFF, 0xFE];
                bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
                bytes
            }
            Self::Utf16BeBom => {
                let mut bytes = vec![0xFE, 0xFF];
                bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
                bytes
            }
            legacy => match legacy.legacy_encoding() {
                Some(encoding) => encoding.encode(text).0.into_owned(),
                None => text.as_bytes().to_vec(),
            },
        }
    }
}

impl fmt::Display for TextEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_encodings_round_trip_through_ron() {
        let encoding = TextEncoding::from_web(encoding_rs::GBK);
        assert_eq!(encoding.label(), "GBK");
        let text = ron::to_string(&encoding).unwrap_or_default();
        let back: TextEncoding = ron::from_str(&text).unwrap_or(TextEncoding::Utf8);
        assert_eq!(back, encoding);
        assert_eq!(
            TextEncoding::from_web(encoding_rs::WINDOWS_1251),
            TextEncoding::Windows1251
        );
        assert!(ron::from_str::<TextEncoding>("other(\"no-such\")").is_err());
    }
}
