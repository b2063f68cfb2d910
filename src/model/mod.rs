//! The name tagger: an averaged perceptron over BIO tags for CoNLL's four types (PER, LOC, ORG,
//! MISC), decoded by beam search over each sentence (`decode::Beam`).
//!
//! `features.rs` turns words into hashed features, `decode.rs` chooses tags from feature lists
//! (training), `tagger.rs` makes the same choices from weights summed per distinct word (the
//! pipeline), `weights.rs` reads the compact model shipped in `weights.bin` (hashed features,
//! int8 weights with a scale per row; the hashing is `crate::hash`). The model is trained by
//! `make train` (`train.rs`, behind the `train` cargo feature so none of it enters the wasm) on
//! CoNLL-2003; the text itself is never shipped.

pub mod confidence;
pub(crate) mod decode;
pub(crate) mod features;
pub mod score;
pub(crate) mod tagger;
#[cfg(feature = "train")]
pub mod train;
pub mod weights;

use crate::text::{Token, TokenKind};
use std::ops::Range;
use std::sync::OnceLock;

/// CoNLL entity types, in tag order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Per,
    Loc,
    Org,
    Misc,
}

impl Kind {
    pub(crate) const ALL: [Kind; 4] = [Kind::Per, Kind::Loc, Kind::Org, Kind::Misc];

    #[cfg(feature = "train")]
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Kind::Per => "PER",
            Kind::Loc => "LOC",
            Kind::Org => "ORG",
            Kind::Misc => "MISC",
        }
    }

    #[cfg(feature = "train")]
    pub(crate) fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Number of tags: O, then B- and I- for each kind.
pub const TAGS: usize = 1 + 2 * Kind::ALL.len();

/// A BIO tag as an index: 0 is O, `1 + 2k` is B-kind, `2 + 2k` is I-kind.
pub type Tag = usize;

#[cfg(any(test, feature = "train"))]
pub(crate) fn begin(kind: Kind) -> Tag {
    1 + 2 * kind as usize
}

pub(crate) fn inside(kind: Kind) -> Tag {
    2 + 2 * kind as usize
}

pub(crate) fn kind_of(tag: Tag) -> Option<Kind> {
    (tag > 0).then(|| Kind::ALL[(tag - 1) / 2])
}

/// How many taggings the beam keeps (`decode::Beam`), in training and tagging: wider gains
/// nothing (docs/DESIGN.md, "Beam search, width 4").
pub const BEAM: usize = 4;

/// Anything that scores features: the float weights while training, the shipped model after.
pub trait Scorer {
    /// Adds the weights of `feature` for every tag to `scores`.
    fn add(&self, feature: u32, scores: &mut [f32; TAGS]);
}

/// The tagger with the model compiled into the binary, loaded on first use.
pub(crate) fn shipped() -> &'static tagger::Tagger {
    static TAGGER: OnceLock<tagger::Tagger> = OnceLock::new();
    TAGGER.get_or_init(|| {
        tagger::Tagger::new(
            weights::Model::parse(include_bytes!("weights.bin"))
                .expect("the shipped model is well-formed"),
        )
    })
}

/// The sentences of a tokenised text as the tagger sees them.
pub(crate) fn sentences<'a>(
    text: &'a str,
    tokens: &[Token],
    ranges: &[Range<usize>],
) -> Vec<features::Sentence<'a>> {
    ranges
        .iter()
        .map(|r| {
            let ts = &tokens[r.clone()];
            let inner_hyphen = (0..ts.len())
                .map(|i| {
                    ts[i].kind == TokenKind::Punct
                        && matches!(ts[i].text(text), "-" | "‐" | "‑")
                        && i > 0
                        && ts[i - 1].end == ts[i].start
                        && ts
                            .get(i + 1)
                            .is_some_and(|n| n.start == ts[i].end && n.kind != TokenKind::Punct)
                })
                .collect();
            features::Sentence {
                words: ts.iter().map(|t| t.text(text)).collect(),
                inner_hyphen,
            }
        })
        .collect()
}

/// Spans `(first, end, kind)` in token indices (end exclusive) from a BIO tag sequence; an I-
/// tag that does not continue a span of its kind starts one.
pub(crate) fn spans(tags: &[Tag]) -> Vec<(usize, usize, Kind)> {
    let mut out: Vec<(usize, usize, Kind)> = Vec::new();
    for (i, &t) in tags.iter().enumerate() {
        let Some(kind) = kind_of(t) else { continue };
        match out.last_mut() {
            Some(last) if t == inside(kind) && last.1 == i && last.2 == kind => last.1 = i + 1,
            _ => out.push((i, i + 1, kind)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_from_bio_tags() {
        let tags = [
            0,
            begin(Kind::Per),
            inside(Kind::Per),
            begin(Kind::Per),
            0,
            inside(Kind::Loc),
        ];
        assert_eq!(
            spans(&tags),
            [(1, 3, Kind::Per), (3, 4, Kind::Per), (5, 6, Kind::Loc)]
        );
    }
}
