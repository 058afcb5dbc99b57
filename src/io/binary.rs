//! A small little-endian binary layout for caches: numbers as eight bytes, texts and byte
//! strings length-prefixed. [`Reader`] reads it back and refuses counts larger than what is
//! left, so a cut or damaged cache is reported, never trusted or allowed to allocate wildly.

/// Appends `value` as eight little-endian bytes.
pub fn put_u64(out: &mut Vec<u8>, value: u64) {
    out.extend_from_slice(&value.to_le_bytes());
}

/// Appends `value` as four little-endian bytes.
pub fn put_u32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

/// Appends `text`, length first.
pub fn put_text(out: &mut Vec<u8>, text: &str) {
    put_u64(out, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

/// Seals a cache file: `magic`, the `header` (what the cache was made from, compared on
/// reading), the body's length and SHA-256, then the body.
pub fn seal(magic: &[u8], header: &str, body: &[u8]) -> Vec<u8> {
    use sha2::Digest as _;
    let mut out = Vec::with_capacity(body.len() + header.len() + magic.len() + 48);
    out.extend_from_slice(magic);
    put_text(&mut out, header);
    put_u64(&mut out, body.len() as u64);
    out.extend_from_slice(&sha2::Sha256::digest(body));
    out.extend_from_slice(body);
    out
}

/// A sealed cache opened: its header, and its body until the checksum is checked.
pub struct Sealed<'a> {
    pub header: String,
    body: &'a [u8],
    checksum: &'a [u8],
}

impl<'a> Sealed<'a> {
    /// The body, if its checksum is right.
    pub fn checked_body(self) -> Result<&'a [u8], Damaged> {
        use sha2::Digest as _;
        if sha2::Sha256::digest(self.body).as_slice() == self.checksum {
            Ok(self.body)
        } else {
            Err(damaged("its checksum is wrong"))
        }
    }
}

/// Opens what [`seal`] wrote with `magic` (`what` names the kind of cache in the message
/// when the magic is not there). The header can be compared before the body is hashed.
pub fn open_sealed<'a>(bytes: &'a [u8], magic: &[u8], what: &str) -> Result<Sealed<'a>, Damaged> {
    let rest = bytes
        .strip_prefix(magic)
        .ok_or_else(|| Damaged(format!("it is not a {what} of this version")))?;
    let mut reader = Reader::new(rest);
    let header = reader.text()?;
    let length = reader.count()?;
    let checksum = reader.take(32)?;
    let body = reader.take(length)?;
    Ok(Sealed {
        header,
        body,
        checksum,
    })
}

/// Why bytes could not be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Damaged(pub String);

fn damaged(reason: &str) -> Damaged {
    Damaged(reason.to_owned())
}

/// Reads what the `put_*` functions wrote, front to back.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0 }
    }

    /// The next `count` bytes.
    pub fn take(&mut self, count: usize) -> Result<&'a [u8], Damaged> {
        let end = self
            .at
            .checked_add(count)
            .filter(|&end| end <= self.bytes.len())
            .ok_or_else(|| damaged("it ends too early"))?;
        let taken = &self.bytes[self.at..end];
        self.at = end;
        Ok(taken)
    }

    pub fn number(&mut self) -> Result<u64, Damaged> {
        let mut buffer = [0u8; 8];
        buffer.copy_from_slice(self.take(8)?);
        Ok(u64::from_le_bytes(buffer))
    }

    pub fn number32(&mut self) -> Result<u32, Damaged> {
        let mut buffer = [0u8; 4];
        buffer.copy_from_slice(self.take(4)?);
        Ok(u32::from_le_bytes(buffer))
    }

    /// A count of things that each take at least `each` bytes: one past the end is damage.
    pub fn count_of(&mut self, each: usize) -> Result<usize, Damaged> {
        let count = usize::try_from(self.number()?).map_err(|_| damaged("a count is too large"))?;
        if count.saturating_mul(each.max(1)) > self.bytes.len() - self.at {
            return Err(damaged("a count is larger than the file"));
        }
        Ok(count)
    }

    /// A count of things that each take at least one byte.
    pub fn count(&mut self) -> Result<usize, Damaged> {
        self.count_of(1)
    }

    pub fn text(&mut self) -> Result<String, Damaged> {
        let length = self.count()?;
        let bytes = self.take(length)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| damaged("a text is not UTF-8"))
    }

    /// Whether everything was read.
    pub fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back_and_cut_or_lying_bytes_are_damage() {
        let mut out = Vec::new();
        put_text(&mut out, "Bakı – Москва");
        put_u64(&mut out, 7);
        put_u32(&mut out, 9);
        let mut reader = Reader::new(&out);
        assert_eq!(reader.text().unwrap(), "Bakı – Москва");
        assert_eq!(reader.number().unwrap(), 7);
        assert_eq!(reader.number32().unwrap(), 9);
        assert!(reader.is_done());
        let mut cut = Reader::new(&out[..5]);
        assert!(cut.text().is_err());
        let mut lying = Vec::new();
        put_u64(&mut lying, u64::MAX / 2);
        assert!(Reader::new(&lying).count_of(8).is_err());
    }
}
