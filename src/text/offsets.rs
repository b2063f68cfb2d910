//! Byte offsets → UTF-16 offsets without rescanning: entities come sorted, so one cursor walks
//! the text forward once for all of them (linear, not quadratic, in the number of entities).

/// Converts UTF-8 byte offsets of one text into UTF-16 code-unit offsets.
pub struct Utf16Cursor<'a> {
    text: &'a str,
    byte: usize,
    utf16: usize,
}

impl<'a> Utf16Cursor<'a> {
    pub fn new(text: &'a str) -> Self {
        Utf16Cursor {
            text,
            byte: 0,
            utf16: 0,
        }
    }

    /// The UTF-16 offset of `byte`, which must be a char boundary of the text. Cheapest when
    /// called with non-decreasing offsets; an earlier offset restarts from the beginning.
    pub fn utf16_at(&mut self, byte: usize) -> usize {
        debug_assert!(self.text.is_char_boundary(byte));
        if byte < self.byte {
            self.byte = 0;
            self.utf16 = 0;
        }
        // Every char is one UTF-16 unit but those above U+FFFF (4 UTF-8 bytes), which are two:
        // count the bytes that start a char, and once more those that start a 4-byte one. A
        // plain loop over bytes, which the compiler vectorises (decoding chars took 4×).
        let gap = &self.text.as_bytes()[self.byte..byte];
        self.utf16 += gap
            .iter()
            .map(|&b| (b as i8 >= -0x40) as usize + (b >= 0xF0) as usize)
            .sum::<usize>();
        self.byte = byte;
        self.utf16
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_utf16_units_across_every_width_of_char() {
        let text = "a\u{e9}\u{20ac}\u{1F600}b"; // 1, 2, 3 and 4 UTF-8 bytes
        let mut c = Utf16Cursor::new(text);
        assert_eq!(c.utf16_at(0), 0);
        assert_eq!(c.utf16_at(1), 1);
        assert_eq!(c.utf16_at(3), 2);
        assert_eq!(c.utf16_at(6), 3);
        assert_eq!(c.utf16_at(10), 5);
        assert_eq!(c.utf16_at(11), 6);
        assert_eq!(c.utf16_at(3), 2, "going back restarts correctly");
        let mixed = "Zoë paid €4 😀 to 北京\u{10FFFF}\u{7F}\u{80}.";
        let mut c = Utf16Cursor::new(mixed);
        for (at, _) in mixed.char_indices() {
            assert_eq!(c.utf16_at(at), mixed[..at].encode_utf16().count());
        }
    }
}
