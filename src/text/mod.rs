//! The text once, shared by every recogniser: tokens with byte offsets, sentence ranges, and
//! the byte → UTF-16 conversion done in one forward pass at the end. Long texts are read in
//! segments.

mod offsets;
mod segments;
mod sentences;
mod tokens;

pub use offsets::Utf16Cursor;
pub use segments::{segments, SEGMENT_BYTES};
pub use sentences::split_sentences;
pub use tokens::{tokenize, Token, TokenKind};
