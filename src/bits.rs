//! Bit streams and Rice codes for the compiled-in tables that store sorted numbers: the word
//! clusters' fingerprints (`lexicon/clusters.rs`) and the model's feature keys
//! (`model/weights.rs`). Gaps between sorted numbers are near-random, so gzip cannot shorten
//! them and a Rice code can; one reader keeps both formats' bounds checks in one place.

/// Rice parameter for `count` sorted values below 2^`bits`: log2 of the mean gap, rounded down.
pub(crate) fn rice_k(bits: u32, count: u64) -> u32 {
    ((1u64 << bits) / (count + 1)).max(1).ilog2()
}

/// Why a stream could not be read.
#[derive(Debug, PartialEq)]
pub(crate) enum BitError {
    Truncated,
    OutOfRange,
}

impl std::fmt::Display for BitError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(match self {
            BitError::Truncated => "truncated",
            BitError::OutOfRange => "value out of range",
        })
    }
}

/// Reads a byte slice as a bit stream, most significant bit first, up to 57 bits at a time.
pub(crate) struct BitReader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> BitReader<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        BitReader { data, at: 0 }
    }

    /// Bits read so far.
    pub(crate) fn position(&self) -> usize {
        self.at
    }

    /// The 64 bits from `at` on (zeros past the end); the first 57 are always the stream's.
    fn peek(&self) -> u64 {
        let start = self.at / 8;
        let word = match self.data.get(start..start + 8) {
            Some(eight) => eight.try_into().unwrap_or_default(),
            None => {
                let mut word = [0u8; 8];
                let tail = self.data.get(start..).unwrap_or_default();
                word[..tail.len()].copy_from_slice(tail);
                word
            }
        };
        u64::from_be_bytes(word) << (self.at % 8)
    }

    /// Moves past `n` bits, which must lie within the data.
    fn skip(&mut self, n: usize) -> Result<(), BitError> {
        self.at += n;
        if self.at > self.data.len() * 8 {
            return Err(BitError::Truncated);
        }
        Ok(())
    }

    /// A Rice code with parameter `k` (at most 32): the quotient in unary (ones ended by a
    /// zero), then `k` bits. Quotients past `limit` are rejected, so no input makes it loop
    /// long or overflow.
    pub(crate) fn rice(&mut self, k: u32, limit: u64) -> Result<u64, BitError> {
        let mut q = 0u64;
        loop {
            let ones = self.peek().leading_ones().min(57);
            q += u64::from(ones);
            if q > limit {
                return Err(BitError::OutOfRange);
            }
            self.skip(ones as usize)?;
            if ones < 57 {
                break;
            }
        }
        self.skip(1)?;
        let low = if k == 0 { 0 } else { self.peek() >> (64 - k) };
        self.skip(k as usize)?;
        Ok(q << k | low)
    }
}
