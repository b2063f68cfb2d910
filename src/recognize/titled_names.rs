//! People named right after a title: "President Joe Biden", "Prime Minister Narendra Modi",
//! "Kremlin spokesperson Dmitry Peskov". The title becomes a TITLE span of its own and the
//! capitalised words after it a PERSON span, so titles never leak into names. The titles and
//! the words that are no names are in `names/words.rs`. A department between them ("Secretary of
//! State James Baker") is left to the names recogniser, which marks it an ORG.

use super::dates_and_amounts::words::is_weekday;
use super::names::is_department;
use super::names::words::{may_begin_title, ADDRESS, DEPARTMENTS, NOT_NAMES, PARTICLES, TITLES};
use super::{Candidate, Context, Recognizer};
use crate::resolve::priority;
use crate::text::{Token, TokenKind};
use crate::Label;
use rustc_hash::FxHashMap;

const MAX_NAME_WORDS: usize = 4;

pub(crate) struct TitledNames {
    /// Titles as words, by their first word, longest first: most tokens are ruled out by
    /// [`may_begin_title`] (a table look-up the names passes share), the rest try only the titles
    /// that begin with them.
    by_first_word: FxHashMap<&'static [u8], Vec<Vec<&'static str>>>,
}

/// `word`'s bytes with ASCII letters lower-cased, in `buf`; `None` when it is longer. Other
/// bytes stay as they are and match no title, every title being ASCII.
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b [u8]> {
    let bytes = buf.get_mut(..word.len())?;
    bytes.copy_from_slice(word.as_bytes());
    bytes.make_ascii_lowercase();
    Some(bytes)
}

impl TitledNames {
    pub(crate) fn new() -> Self {
        let mut by_first_word: FxHashMap<&[u8], Vec<Vec<&str>>> = FxHashMap::default();
        for t in TITLES {
            let words: Vec<&str> = t.split([' ', '-']).collect();
            by_first_word
                .entry(words[0].as_bytes())
                .or_default()
                .push(words);
        }
        for titles in by_first_word.values_mut() {
            crate::sort::sort_by(titles, |a, b| b.len().cmp(&a.len()));
        }
        TitledNames { by_first_word }
    }

    /// Length in tokens of the title starting at `tokens[0]`, if one does (a trailing "." of an
    /// abbreviation such as "Dr." included; "-" inside "secretary-general" matched).
    fn title_at(&self, text: &str, tokens: &[Token]) -> Option<usize> {
        let first = tokens.first().filter(|t| t.kind == TokenKind::Word)?;
        if !may_begin_title(first.text(text)) {
            return None;
        }
        let titles = self
            .by_first_word
            .get(ascii_lower(first.text(text), &mut [0; 24])?)?;
        let words = &tokens[..tokens.len().min(6)];
        'titles: for title in titles {
            let mut i = 0;
            for (w, part) in title.iter().enumerate() {
                if w > 0 && words.get(i).is_some_and(|t| t.text(text) == "-") {
                    i += 1;
                }
                match words.get(i) {
                    Some(t)
                        if t.kind == TokenKind::Word && t.text(text).eq_ignore_ascii_case(part) =>
                    {
                        i += 1
                    }
                    _ => continue 'titles,
                }
            }
            // "will miss England": forms of address are written with a capital.
            let lower_case = first.text(text).starts_with(char::is_lowercase);
            if lower_case && title.len() == 1 && ADDRESS.contains(&title[0]) {
                continue 'titles;
            }
            if words
                .get(i)
                .is_some_and(|t| t.text(text) == "." && t.start == words[i - 1].end)
            {
                i += 1;
            }
            return Some(i);
        }
        None
    }
}

impl Default for TitledNames {
    fn default() -> Self {
        Self::new()
    }
}

fn is_name_word(text: &str, token: &Token) -> bool {
    let word = token.text(text);
    token.kind == TokenKind::Word
        && word.starts_with(char::is_uppercase)
        && !NOT_NAMES.contains(&word)
        && !is_weekday(word)
        // "NATO" and "US" are organisations and places, not given names.
        && !(word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase()))
}

/// Length in tokens of the name starting at `tokens[0]` (0 when none).
fn name_at(text: &str, tokens: &[Token]) -> usize {
    let mut len = 0;
    let mut words = 0;
    while len < tokens.len() && words < MAX_NAME_WORDS {
        let t = &tokens[len];
        let adjacent = len == 0 || text[tokens[len - 1].end..t.start].chars().all(|c| c == ' ');
        if !adjacent {
            break;
        }
        if is_name_word(text, t) {
            len += 1;
            words += 1;
        } else if words > 0
            && PARTICLES.contains(&t.text(text))
            && tokens.get(len + 1).is_some_and(|n| is_name_word(text, n))
        {
            len += 1;
        } else {
            break;
        }
    }
    len
}

impl Recognizer for TitledNames {
    fn name(&self) -> &'static str {
        "person"
    }

    fn recognize(&self, context: &Context, out: &mut Vec<Candidate>) {
        for sentence in context.sentences {
            let tokens = &context.tokens[sentence.clone()];
            let mut i = 0;
            while i < tokens.len() {
                let Some(title_len) = self.title_at(context.text, &tokens[i..]) else {
                    i += 1;
                    continue;
                };
                // "Secretary of State James Baker": the name comes after the department, which
                // is an ORG of its own where the names recogniser marks it, else in the title.
                let word = |j: usize| tokens.get(j).map_or("", |t| t.text(context.text));
                let mut title_end = i + title_len;
                let department =
                    word(title_end) == "of" && DEPARTMENTS.contains(&word(title_end + 1));
                let after = if department { title_end + 2 } else { title_end };
                if department && !is_department(context, sentence.start + title_end + 1) {
                    title_end = after;
                }
                // "President President Biden": a title is never the name after a title.
                if self.title_at(context.text, &tokens[after..]).is_some() {
                    i = after;
                    continue;
                }
                let name_len = name_at(context.text, &tokens[after..]);
                if name_len == 0 {
                    i = after;
                    continue;
                }
                let title = (tokens[i].start, tokens[title_end - 1].end);
                let name = (tokens[after].start, tokens[after + name_len - 1].end);
                out.push(Candidate {
                    start: title.0,
                    end: title.1,
                    label: Label::Title,
                    rule: "title/before-name",
                    priority: priority::TITLED_NAME,
                    value: None,
                    margin: None,
                });
                out.push(Candidate {
                    start: name.0,
                    end: name.1,
                    label: Label::Person,
                    rule: "person/after-title",
                    priority: priority::TITLED_NAME,
                    value: None,
                    margin: None,
                });
                i = after + name_len;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::with_context;

    fn found(text: &str) -> Vec<(&str, Label)> {
        let mut out = Vec::new();
        with_context(text, |context| {
            TitledNames::new().recognize(context, &mut out)
        });
        out.iter()
            .map(|c| (&text[c.start..c.end], c.label))
            .collect()
    }

    #[test]
    fn splits_title_and_name() {
        assert_eq!(
            found("US President Joe Biden said"),
            [("President", Label::Title), ("Joe Biden", Label::Person)]
        );
        assert_eq!(
            found("with Prime Minister Narendra Modi on"),
            [
                ("Prime Minister", Label::Title),
                ("Narendra Modi", Label::Person)
            ]
        );
        assert_eq!(
            found("Kremlin spokesperson Dmitry Peskov has"),
            [
                ("spokesperson", Label::Title),
                ("Dmitry Peskov", Label::Person)
            ]
        );
        assert_eq!(
            found("Secretary of State Jane Lee"),
            [("Secretary", Label::Title), ("Jane Lee", Label::Person)]
        );
        assert_eq!(
            found("Deputy Secretary of State Jane Lee"),
            [
                ("Secretary of State", Label::Title),
                ("Jane Lee", Label::Person)
            ]
        );
        assert_eq!(
            found("Dr. Jane van Dyke"),
            [("Dr.", Label::Title), ("Jane van Dyke", Label::Person)]
        );
    }

    #[test]
    fn forms_of_address_need_a_capital() {
        assert!(found("Both will miss England's opening match").is_empty());
        assert_eq!(
            found("Miss Jane Austen wrote"),
            [("Miss", Label::Title), ("Jane Austen", Label::Person)]
        );
    }

    #[test]
    fn needs_a_capitalised_name_in_the_same_sentence() {
        assert!(found("the president said").is_empty());
        assert!(found("the President. Biden").is_empty());
        assert!(found("President The").is_empty());
        assert!(
            found("US President\nJoe Biden").is_empty(),
            "a line break ends the name"
        );
    }
}
