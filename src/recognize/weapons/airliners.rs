//! Boeing's airliners by number (PRODUCT): "Boeing 747", "the 767", "737 jetliners", "757-200s".
//! A bare number to the tagger and to the number parsers (CARDINAL), the model is a product in
//! OntoNotes, the maker outside it. A number of the form 7x7 is a model in an article that names
//! Boeing or an airline ("Airlines", "Airways") unless a noun it counts or a magnitude follows
//! it ("747 people", "757 million"); never a piece of a longer number ("162,767",
//! "787.02") or an amount ("$757"). OntoNotes train: all 17 gold models found, 14 exactly (gold
//! draws "747 Combis", "747 airplanes" and "the 757 - 200s" longer), no other number. Read in
//! the weapons recogniser's walk over the tokens rather than as a recogniser of its own, for
//! the page's bytes (docs/DESIGN.md, "Names, round 13").

use super::{glued, word, Sentence};
use crate::recognize::dates_and_amounts::words::{counted_noun, MAGNITUDES};
use crate::text::TokenKind;

/// The end (token index, exclusive) of an airliner's model at token `i`, if one is there;
/// `article` is whether the article names Boeing or an airline, read the first time it is asked.
pub(super) fn at(s: &Sentence, i: usize, article: &mut Option<bool>) -> Option<usize> {
    let tokens = s.tokens;
    let w = word(s, i).as_bytes();
    if !matches!(w.strip_suffix(b"s").unwrap_or(w), [b'7', b'0'..=b'8', b'7'])
        || i > s.first
            && glued(&tokens[i - 1], &tokens[i])
            && tokens[i - 1].kind == TokenKind::Punct
    {
        return None;
    }
    let mut end = i + 1;
    if end + 1 < s.end && tokens[end + 1].kind != TokenKind::Punct {
        if word(s, end) == "-" && word(s, end + 1).starts_with(|c: char| c.is_ascii_digit()) {
            // A variant: "747-400s", "767 - 300ER".
            end += 2;
        } else if tokens[end].kind == TokenKind::Punct
            && glued(&tokens[i], &tokens[end])
            && glued(&tokens[end], &tokens[end + 1])
        {
            // "767,000", "787.02".
            return None;
        }
    }
    // A count: a noun the number parsers read as counted ("747 people", "737 jobs") or a
    // magnitude ("757 million") after it; or, after a lower-case word but an article ("hired
    // 747 engineers", not "the 747 lands"), a lower-case plural but an aircraft's ("a dozen 737
    // jetliners", "747 freighters", "Boeing 747 airplanes", "planes", "jets": read by their
    // first two letters).
    let count = end < s.end && {
        let next = word(s, end);
        let before = if i > s.first { word(s, i - 1) } else { "" };
        let lower = |w: &str| w.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
        counted_noun(next)
            || MAGNITUDES.iter().any(|m| m.0 == next)
            || lower(before)
                && !matches!(before, "the" | "a" | "an")
                && lower(next)
                && next.ends_with('s')
                && !matches!(next.get(..2), Some("je" | "ai" | "fr" | "pl"))
    };
    let airliners = || {
        tokens
            .iter()
            .any(|t| matches!(t.text(s.text), "Airlines" | "Airways" | "Boeing"))
    };
    (!count && *article.get_or_insert_with(airliners)).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;

    #[test]
    fn models_in_an_article_on_boeing_or_an_airline() {
        let text = "Delta ordered ten Boeing 787s and two Boeing Co. 777-300ER planes; a \
                    Pacific Airways 747 landing in Perth, 737 jetliners and the 757 - 200 twin-jet.";
        assert_eq!(
            found(text),
            ["787s", "777-300ER", "747", "737", "757 - 200"]
        );
        let text = "Boeing may build a longer version. Parts of the 767, and of the 777, \
                    come from Japan; Boeing's 747 landed.";
        assert_eq!(found(text), ["767", "777", "747"]);
        assert_eq!(
            found("A Korean Airlines 747 that veered off course."),
            ["747"]
        );
        // Not counts: an article before the number, or an aircraft's plural after it.
        let text = "Boeing said the 747 lands at noon, a 767 carries more and it sold a dozen \
                    737 jetliners, eight 777 freighters and two 787 airplanes.";
        assert_eq!(found(text), ["747", "767", "737", "777", "787"]);
    }

    #[test]
    fn amounts_longer_numbers_counts_and_other_articles_are_none() {
        let text = "Boeing raised $757 million; it made 162,767 parts and 767,000 more, sold \
                    787.02 tons, earned 757 million and hired 797 pilots and 747 workers.";
        assert_eq!(found(text), Vec::<&str>::new());
        let text = "Boeing hired 747 engineers and trained 767 mechanics.";
        assert_eq!(found(text), Vec::<&str>::new());
        let text = "The city sold 747 houses and 767 planes flew elsewhere.";
        assert_eq!(found(text), Vec::<&str>::new());
    }
}
