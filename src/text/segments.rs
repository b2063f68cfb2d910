//! Long texts are read in segments: the tokens, sentences and recogniser state of one segment
//! are dropped before the next is read, so memory stays proportional to the entities found, not
//! to the tokens of the whole text, and each segment's working set stays in the CPU's cache.
//!
//! A segment ends at a line break where one is near its end (no entity crosses a line break:
//! sentences end there and date phrases stop there), else after a space, else at a char
//! boundary. An article is far shorter than a segment, so it is read as a whole and its
//! article-wide cues (a name's type, acronyms defined once) see all of it.

use std::ops::Range;

/// Bytes per segment: a long news article is 20 KB.
pub const SEGMENT_BYTES: usize = 64 * 1024;

/// Byte ranges that cover `text` in order, each at most `max` bytes unless a single character
/// is longer, each starting and ending on a char boundary.
pub fn segments(text: &str, max: usize) -> Vec<Range<usize>> {
    let max = max.max(4);
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / max + 1);
    let mut start = 0;
    while text.len() - start > max {
        let window = &bytes[start..start + max];
        // The last line break in the second half of the window, else the last space, else the
        // last char boundary.
        let half = max / 2;
        let cut = window[half..]
            .iter()
            .rposition(|&b| b == b'\n')
            .or_else(|| window[half..].iter().rposition(|&b| b == b' '))
            .map(|k| start + half + k + 1)
            .unwrap_or_else(|| {
                (start + 1..=start + max)
                    .rev()
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(start + max)
            });
        out.push(start..cut);
        start = cut;
    }
    if start < text.len() || text.is_empty() {
        out.push(start..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, max: usize) -> Vec<&str> {
        let parts = segments(text, max);
        let mut at = 0;
        for p in &parts {
            assert_eq!(p.start, at, "segments are contiguous");
            assert!(text.is_char_boundary(p.end));
            at = p.end;
        }
        assert_eq!(at, text.len(), "segments cover the text");
        parts.into_iter().map(|p| &text[p]).collect()
    }

    #[test]
    fn short_texts_are_one_segment() {
        assert_eq!(check("Biden met Putin.", 64), ["Biden met Putin."]);
        assert_eq!(check("", 64), [""]);
    }

    #[test]
    fn long_texts_end_segments_at_line_breaks_then_spaces() {
        assert_eq!(
            check("aaaa bbbb\ncccc dddd\neeee", 12),
            ["aaaa bbbb\n", "cccc dddd\n", "eeee"]
        );
        assert_eq!(check("aaaa bbbb cccc", 8), ["aaaa ", "bbbb ", "cccc"]);
    }

    #[test]
    fn a_text_without_spaces_is_cut_between_characters() {
        let text = "€".repeat(10);
        let parts = check(&text, 8);
        assert!(parts.iter().all(|p| p.len() <= 8 && !p.is_empty()));
    }
}
