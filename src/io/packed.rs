//! The compact text form of original bytes kept inside a project file: gzip, then standard
//! base64 on one line. Unpacking is capped, so a damaged or hostile file cannot expand without
//! bound.

use std::io::{Read as _, Write as _};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// The largest original Diptych keeps (and so the most unpacking may produce).
pub const MAX_ORIGINAL_BYTES: u64 = super::fs::MAX_FILE_BYTES;

/// gzip + base64.
pub fn pack_bytes(bytes: &[u8]) -> String {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    let compressed = encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .unwrap_or_default();
    STANDARD.encode(compressed)
}

/// Why packed bytes could not be unpacked; the message says what is wrong.
#[derive(Debug, thiserror::Error)]
pub enum UnpackError {
    #[error("not base64: {0}")]
    NotBase64(base64::DecodeError),
    #[error("not gzip data: {0}")]
    NotGzip(std::io::Error),
    #[error("the compressed data expands to more than {limit_mb} MB")]
    TooLarge { limit_mb: u64 },
}

/// Two errors are equal when they say the same thing (`std::io::Error` has no equality).
impl PartialEq for UnpackError {
    fn eq(&self, other: &Self) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
            && self.to_string() == other.to_string()
    }
}

/// The inverse of [`pack_bytes`]; the error says what is wrong.
pub fn unpack_bytes(packed: &str) -> Result<Vec<u8>, UnpackError> {
    let compressed = STANDARD
        .decode(packed.trim())
        .map_err(UnpackError::NotBase64)?;
    gunzip_capped(&compressed, MAX_ORIGINAL_BYTES)
}

/// Decompresses gzip data (all members), refusing output larger than `cap` bytes.
pub fn gunzip_capped(compressed: &[u8], cap: u64) -> Result<Vec<u8>, UnpackError> {
    let mut bytes = Vec::new();
    flate2::read::MultiGzDecoder::new(compressed)
        .take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(UnpackError::NotGzip)?;
    if bytes.len() as u64 > cap {
        return Err(UnpackError::TooLarge {
            limit_mb: cap / (1024 * 1024),
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_round_trips_and_damage_is_reported() {
        let bytes: Vec<u8> = (0..5000u32).map(|n| (n * 7 % 251) as u8).collect();
        let packed = pack_bytes(&bytes);
        assert!(!packed.contains('\n'));
        assert_eq!(unpack_bytes(&packed), Ok(bytes));
        assert!(unpack_bytes("not base64!").is_err());
        assert!(unpack_bytes(&STANDARD.encode(b"plain")).is_err());
    }

    #[test]
    fn expansion_is_capped() {
        let zeros = vec![0u8; 100_000];
        let packed = pack_bytes(&zeros);
        let compressed = STANDARD.decode(packed).unwrap();
        assert!(gunzip_capped(&compressed, 99_999).is_err());
        assert_eq!(
            gunzip_capped(&compressed, 100_000).map(|b| b.len()),
            Ok(100_000)
        );
    }
}
