//! The name tagger: an averaged perceptron over BIO tags for the eleven OntoNotes name types
//! (PERSON … LANGUAGE), decoded by beam search over each sentence (`decode::Beam`).
//!
//! `features.rs` turns words into hashed features, `decode.rs` chooses tags from feature lists
//! (training), `tagger.rs` makes the same choices from weights summed per distinct word (the
//! pipeline; its vector kernels are `lanes.rs`), `weights.rs` reads the compact model shipped in
//! `weights.bin` (hashed features, int8 weights with a scale per row; the hashing is
//! `crate::hash`). The model is trained by
//! `make train` (`train.rs`, behind the `train` cargo feature so none of it enters the wasm) on
//! OntoNotes 5.0 and CoNLL-2003; the text itself is never shipped.

pub mod confidence;
pub(crate) mod decode;
pub(crate) mod features;
pub(crate) mod lanes;
pub mod score;
pub(crate) mod tagger;
#[cfg(feature = "train")]
pub mod train;
pub mod weights;

use crate::blob::Blob;
use crate::text::{Token, TokenKind};
use std::ops::Range;
use std::sync::OnceLock;

/// OntoNotes name types, in tag order. (The seven value types, dates to cardinals, are the
/// rule recognisers'.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Person,
    Norp,
    Fac,
    Org,
    Gpe,
    Loc,
    Product,
    Event,
    WorkOfArt,
    Law,
    Language,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::Person,
        Kind::Norp,
        Kind::Fac,
        Kind::Org,
        Kind::Gpe,
        Kind::Loc,
        Kind::Product,
        Kind::Event,
        Kind::WorkOfArt,
        Kind::Law,
        Kind::Language,
    ];

    #[cfg(any(test, feature = "train"))]
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "PERSON",
            Kind::Norp => "NORP",
            Kind::Fac => "FAC",
            Kind::Org => "ORG",
            Kind::Gpe => "GPE",
            Kind::Loc => "LOC",
            Kind::Product => "PRODUCT",
            Kind::Event => "EVENT",
            Kind::WorkOfArt => "WORK_OF_ART",
            Kind::Law => "LAW",
            Kind::Language => "LANGUAGE",
        }
    }

    #[cfg(feature = "train")]
    pub(crate) fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The kinds a CoNLL-2003 type stands for (coarser than OntoNotes'): PER a PERSON, LOC a
    /// GPE, LOC or FAC, ORG an ORG, MISC any of the rest.
    pub fn of_conll(s: &str) -> Option<&'static [Kind]> {
        Some(match s {
            "PER" => &[Kind::Person],
            "LOC" => &[Kind::Gpe, Kind::Loc, Kind::Fac],
            "ORG" => &[Kind::Org],
            "MISC" => &[
                Kind::Norp,
                Kind::Product,
                Kind::Event,
                Kind::WorkOfArt,
                Kind::Law,
                Kind::Language,
            ],
            _ => return None,
        })
    }

    /// The CoNLL-2003 type this kind falls under.
    pub fn conll(self) -> &'static str {
        match self {
            Kind::Person => "PER",
            Kind::Gpe | Kind::Loc | Kind::Fac => "LOC",
            Kind::Org => "ORG",
            _ => "MISC",
        }
    }
}

/// The CoNLL-2003 type a name label falls under (as [`Kind::conll`] for the tagger's kinds); none
/// for the value labels and TITLE. What `newsmark-eval` and `newsmark-calibrate` score CoNLL by.
pub fn conll_type(label: crate::Label) -> Option<&'static str> {
    use crate::Label;
    Some(match label {
        Label::Person => "PER",
        Label::Gpe | Label::Loc | Label::Fac => "LOC",
        Label::Org => "ORG",
        Label::Norp
        | Label::Event
        | Label::Product
        | Label::WorkOfArt
        | Label::Law
        | Label::Language => "MISC",
        _ => return None,
    })
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

static TAGGER: OnceLock<tagger::Tagger> = OnceLock::new();

/// The shipped model's bytes as `build.rs` entropy-codes them (`crate::rans`), laid out at the
/// end of the wasm with the word clusters (`crate::blob`).
static WEIGHTS: Blob<{ include_bytes!(concat!(env!("OUT_DIR"), "/weights.rans")).len() }> =
    Blob::new(include_bytes!(concat!(env!("OUT_DIR"), "/weights.rans")));

/// The tagger with the model compiled into the binary, loaded on first use.
pub(crate) fn shipped() -> &'static tagger::Tagger {
    TAGGER.get_or_init(|| {
        let bytes = crate::rans::decode(WEIGHTS.bytes());
        tagger::Tagger::new(
            bytes
                .and_then(|b| weights::Model::parse(&b))
                .expect("the shipped model is well-formed"),
        )
    })
}

/// Empties the word caches every thread keeps from article to article (the tagger's summed
/// windows, up to 10.5 MB, and the words read, up to 2.8 MB), so that what an extraction
/// allocates next reuses their memory instead of adding to it: the pipeline calls it once a
/// long text's segments are all read, whose words are mostly its own names (in the wasm, whose
/// memory never shrinks, the caches sat under the whole rest of the extraction:
/// docs/PERFORMANCE.md, "Peak memory, round 6"). The next article sums its words again.
pub(crate) fn forget_words() {
    if let Some(tagger) = TAGGER.get() {
        tagger.forget();
    }
    features::forget_known();
}

/// The sentences of a tokenised text as the tagger sees them.
pub(crate) fn sentences<'a>(
    text: &'a str,
    tokens: &[Token],
    ranges: &[Range<usize>],
) -> features::Sentences<'a> {
    let words = ranges.iter().map(|r| r.len()).sum();
    let mut out = features::Sentences::with_capacity(words, ranges.len());
    for r in ranges {
        let sentence = &tokens[r.clone()];
        out.push(sentence.iter().enumerate().map(|(i, t)| {
            let inner_hyphen = t.kind == TokenKind::Punct
                && matches!(t.text(text), "-" | "‐" | "‑")
                && i > 0
                && sentence[i - 1].end == t.start
                && sentence
                    .get(i + 1)
                    .is_some_and(|n| n.start == t.end && n.kind != TokenKind::Punct);
            (t.text(text), inner_hyphen)
        }));
    }
    out
}

/// Spans `(first, end, kind)` in token indices (end exclusive) from a BIO tag sequence, one
/// after another and building no list; an I- tag that does not continue a span of its kind
/// starts one.
pub(crate) fn spans(tags: &[Tag]) -> impl Iterator<Item = (usize, usize, Kind)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(&t) = tags.get(i) {
            let first = i;
            i += 1;
            let Some(kind) = kind_of(t) else { continue };
            while tags.get(i) == Some(&inside(kind)) {
                i += 1;
            }
            return Some((first, i, kind));
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_from_bio_tags() {
        let tags = [
            0,
            begin(Kind::Person),
            inside(Kind::Person),
            begin(Kind::Person),
            0,
            inside(Kind::Gpe),
            inside(Kind::Org),
            inside(Kind::Org),
        ];
        assert_eq!(
            spans(&tags).collect::<Vec<_>>(),
            [
                (1, 3, Kind::Person),
                (3, 4, Kind::Person),
                (5, 6, Kind::Gpe),
                (6, 8, Kind::Org)
            ]
        );
    }
}
