//! Names found by the statistical tagger (`crate::model`), labelled with OntoNotes labels
//! (`name_labels.rs`), plus two things CoNLL never taught it:
//!
//! - weapon and model designators, a short capitalised code, a hyphen and a number ("S-400",
//!   "AK-203", "MiG-29") → PRODUCT;
//! - acronyms defined in parentheses: "North Atlantic Treaty Organisation (NATO)" makes both the
//!   expansion and every "NATO" in the article one label (the tagger's for the expansion if it
//!   had one, else LAW for "... Act" and the like, else ORG), so linking can join them.

use super::lexicon::{is_month, is_weekday};
use super::name_labels::{label_for, LAW_WORDS};
use super::titled_names::{is_title, PARTICLES};
use super::{Candidate, Context, Recognizer};
use crate::lexicon::{Gazetteer, Lexicon};
use crate::model;
use crate::model::hash::{FastMap, FastSet};
use crate::resolve::priority;
use crate::text::{Token, TokenKind};
use crate::Label;

pub struct Names;

/// Priority of the tagger's spans; the hand rules here and titled names outrank it on ties.

/// A name in token indices of the whole text (`end` exclusive).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Span {
    first: usize,
    end: usize,
    label: Label,
}

impl Recognizer for Names {
    fn name(&self) -> &'static str {
        "names"
    }

    fn recognize(&self, cx: &Context, out: &mut Vec<Candidate>) {
        let sentences = model::sentences(cx.text, cx.tokens, cx.sentences);
        let tags = model::tag_document(&sentences);
        let mut spans: Vec<Span> = Vec::new();
        for (range, tags) in cx.sentences.iter().zip(&tags) {
            for (a, b, kind) in model::spans(tags) {
                let label = label_for(kind);
                // A name begins with a word or number, ends with one or with the full stop of
                // an abbreviation, glued to a short word ("U.S.", "Fla.", "Inc."; not the
                // sentence's in "at Christmas."), and has a Latin capital: the tagger learnt
                // English news, so its guesses on other scripts ("مرحبا") or on lower-case words
                // are noise.
                let ts = &cx.tokens[range.start..];
                let Some(a) = (a..b).find(|&i| ts[i].kind != TokenKind::Punct) else {
                    continue;
                };
                let abbreviation_dot = |i: usize| {
                    ts[i].text(cx.text) == "."
                        && ts[i - 1].end == ts[i].start
                        && ts[i - 1].text(cx.text).chars().count() <= 5
                };
                let b = (a..b)
                    .rev()
                    .find(|&i| ts[i].kind != TokenKind::Punct || (i > a && abbreviation_dot(i)))
                    .unwrap_or(a)
                    + 1;
                let latin = |t: &crate::text::Token| {
                    t.text(cx.text)
                        .chars()
                        .any(|c| is_latin_letter(c) && c.is_uppercase())
                };
                if ts[a..b]
                    .iter()
                    .any(|t| t.kind == TokenKind::Word && latin(t))
                {
                    spans.push(Span {
                        first: range.start + a,
                        end: range.start + b,
                        label,
                    });
                }
            }
        }
        let spans = split_titles(cx, spans, out);
        let spans = split_hyphens(cx, spans);
        let spans = split_at_lower_case(cx, spans);
        let spans = consistent(cx, spans);
        let spans = fill_untagged(cx, spans);
        for s in &spans {
            let end = extend_organisation(cx, s);
            out.push(Candidate {
                start: cx.tokens[s.first].start,
                end: cx.tokens[end - 1].end,
                label: s.label,
                rule: "names/tagger",
                priority: priority::TAGGED_NAME,
                value: None,
            });
        }
        titles_after_names(cx, &spans, out);
        designators(cx, out);
        let tagged: Vec<(usize, usize, Label)> = spans
            .iter()
            .map(|s| (cx.tokens[s.first].start, cx.tokens[s.end - 1].end, s.label))
            .collect();
        acronyms(cx, &tagged, out);
    }
}

/// Basic Latin, Latin-1, Latin Extended A/B and Additional letters ("a", "é", "ł", "ạ").
fn is_latin_letter(c: char) -> bool {
    c.is_alphabetic() && (c < '\u{250}' || ('\u{1e00}'..='\u{1eff}').contains(&c))
}

fn words<'a>(cx: &Context<'a>, first: usize, end: usize) -> Vec<&'a str> {
    cx.tokens[first..end]
        .iter()
        .map(|t| t.text(cx.text))
        .collect()
}

/// The label of a place, people or organisation word in front of a title ("US President",
/// "Russian President", "Kremlin spokesperson").
fn label_before_title(words: &[&str]) -> Label {
    let lex = Lexicon::get();
    let bits = lex.lookup(words.iter().copied());
    if bits & (Gazetteer::Demonym.bit() | Gazetteer::Group.bit()) != 0 {
        Label::Norp
    } else if bits & (Gazetteer::Country.bit() | Gazetteer::City.bit()) != 0 {
        Label::Gpe
    } else {
        Label::Org
    }
}

/// Titles are never part of a name: "US President" becomes GPE + TITLE, "President Biden"
/// loses its title (the titled-names recogniser marks it and the name after it), a span that
/// is only a title goes, unless the tagger took it for a person's surname. A possessive title
/// names a place or team ("Lord's", "Queen's Park").
fn split_titles(cx: &Context, spans: Vec<Span>, out: &mut Vec<Candidate>) -> Vec<Span> {
    let mut kept = Vec::new();
    for mut s in spans {
        let w = words(cx, s.first, s.end);
        // The first title in the span, longest first: (start, length) in words.
        let title = (0..w.len()).find_map(|k| {
            (1..=3.min(w.len() - k))
                .rev()
                .find(|&m| {
                    is_title(&w[k..k + m])
                        && !matches!(w.get(k + m), Some(&("'s" | "'" | "’" | "’s")))
                        // "Hun Sen": abbreviations ("Sen", "Gen") only stand before names.
                        && !(k > 0 && m == 1 && w[k].len() <= 3)
                })
                .map(|m| (k, m))
        });
        // "said King": a title alone that the tagger took for a person, with no article
        // before it, is a surname.
        let article = s.first > 0
            && cx.tokens[s.first - 1]
                .text(cx.text)
                .eq_ignore_ascii_case("the");
        if title == Some((0, w.len())) && s.label == Label::Person && !article {
            kept.push(s);
            continue;
        }
        if let Some((k, m)) = title {
            if k > 0 {
                out.push(Candidate {
                    start: cx.tokens[s.first + k].start,
                    end: cx.tokens[s.first + k + m - 1].end,
                    label: Label::Title,
                    rule: "names/title-after",
                    priority: priority::NAME_RULE,
                    value: None,
                });
                s.label = label_before_title(&w[..k]);
            }
            // "The King": an article alone before the title is no name.
            s.end = if w[..k] == ["The"] {
                s.first
            } else {
                s.first + k
            };
        }
        if s.first < s.end {
            kept.push(s);
        }
    }
    kept
}

/// A name tagged somewhere in the article is the same name where the tagger missed it: every
/// capitalised occurrence of a one-word name (or of a word of a person's full name) is added.
fn fill_untagged(cx: &Context, mut spans: Vec<Span>) -> Vec<Span> {
    let mut known: FastMap<&str, Label> = FastMap::default();
    for s in &spans {
        let w = words(cx, s.first, s.end);
        if w.len() == 1 || s.label == Label::Person {
            for word in w
                .into_iter()
                .filter(|w| w.chars().count() > 1 && w.starts_with(char::is_uppercase))
            {
                known.entry(word).or_insert(s.label);
            }
        }
    }
    let mut covered = vec![false; cx.tokens.len()];
    for s in &spans {
        covered[s.first..s.end].iter_mut().for_each(|c| *c = true);
    }
    for (i, t) in cx.tokens.iter().enumerate() {
        let Some(&label) = known.get(t.text(cx.text)) else {
            continue;
        };
        let joined = |j: Option<usize>| {
            j.and_then(|j| cx.tokens.get(j)).is_some_and(|n| {
                n.kind == TokenKind::Word && (n.end == t.start || n.start == t.end)
            })
        };
        if !covered[i] && !joined(i.checked_sub(1)) && !joined(Some(i + 1)) {
            spans.push(Span {
                first: i,
                end: i + 1,
                label,
            });
        }
    }
    crate::sort::sort_by(&mut spans, |a, b| a.first.cmp(&b.first));
    spans
}

/// "Kremlin spokesperson", "Russian President", "White House Press Secretary": a title right
/// after an organisation, place or people is a TITLE, with or without a name after it.
fn titles_after_names(cx: &Context, spans: &[Span], out: &mut Vec<Candidate>) {
    for s in spans
        .iter()
        .filter(|s| matches!(s.label, Label::Org | Label::Gpe | Label::Norp))
    {
        let next = s.end;
        let same_line =
            |i: usize| !cx.text[cx.tokens[i - 1].end..cx.tokens[i].start].contains('\n');
        let longest = (1..=3)
            .rev()
            .filter(|&m| next + m <= cx.tokens.len() && (next..next + m).all(same_line))
            .find(|&m| is_title(&words(cx, next, next + m)));
        if let Some(m) = longest {
            out.push(Candidate {
                start: cx.tokens[next].start,
                end: cx.tokens[next + m - 1].end,
                label: Label::Title,
                rule: "names/title-after",
                priority: priority::NAME_RULE,
                value: None,
            });
        }
    }
}

/// "Biden-Putin", "US-Russia": names joined by a hyphen are separate names when each part is a
/// name elsewhere in the article or in the gazetteers, and take that label. An organisation
/// the tagger found whole stays whole ("Rolls-Royce", "UWP-Hachette").
fn split_hyphens(cx: &Context, spans: Vec<Span>) -> Vec<Span> {
    let text_of = |s: &Span| words(cx, s.first, s.end).join(" ");
    // Names as the tagger found them; each word of a person's full name names them too.
    let mut elsewhere: FastMap<String, Label> = FastMap::default();
    for s in spans
        .iter()
        .filter(|s| !words(cx, s.first, s.end).contains(&"-"))
    {
        elsewhere.entry(text_of(s)).or_insert(s.label);
    }
    for s in spans
        .iter()
        .filter(|s| s.label == Label::Person && s.end - s.first > 1)
    {
        for w in words(cx, s.first, s.end) {
            elsewhere.entry(w.to_string()).or_insert(Label::Person);
        }
    }
    let mut out = Vec::new();
    for s in spans {
        let hyphens: Vec<usize> = (s.first + 1..s.end.saturating_sub(1))
            .filter(|&i| {
                cx.tokens[i].text(cx.text) == "-"
                    && cx.tokens[i - 1]
                        .text(cx.text)
                        .starts_with(char::is_uppercase)
                    && cx.tokens[i + 1]
                        .text(cx.text)
                        .starts_with(char::is_uppercase)
            })
            .collect();
        if hyphens.is_empty() || s.label == Label::Org {
            out.push(s);
            continue;
        }
        let mut parts = Vec::new();
        let mut first = s.first;
        for end in hyphens.iter().copied().chain([s.end]) {
            let part = words(cx, first, end);
            let known = elsewhere.get(&part.join(" ")).copied();
            if let Some(label) =
                known.or_else(|| Some(label_before_title(&part)).filter(|l| *l != Label::Org))
            {
                parts.push(Span { first, end, label });
            }
            first = end + 1;
        }
        // Only when every part is a name in its own right ("Anglo-Dutch" stays whole), and not
        // peoples only ("Arab-Israeli" talks are one thing).
        if parts.len() == hyphens.len() + 1 && parts.iter().any(|p| p.label != Label::Norp) {
            out.extend(parts);
        } else {
            out.push(s);
        }
    }
    out
}

/// Lower-case words that may stand inside a name, beside [`CONNECTORS`] and the particles of
/// person names ("Bank *of* England", "Charles *de* Gaulle", "Tour *de* France").
const LOWER_CASE_IN_NAMES: &[&str] = &["at", "upon", "y", "del", "della", "das", "el", "des"];

/// A name never has a lower-case word other than those standing apart: "Biden pressed Putin"
/// is two names and a verb. Spans are cut at such words; each part that begins with a capital
/// keeps the span's label, for [`consistent`] to settle. Lower-case parts joined by a hyphen
/// stay ("Kim In-so", "Inzamam-ul-Haq", "post-Games", and "Boston-based", one MISC name in
/// CoNLL's convention); a part of one letter alone ("serie *A*") is no name.
fn split_at_lower_case(cx: &Context, spans: Vec<Span>) -> Vec<Span> {
    let breaks = |i: usize| {
        let (t, w) = (&cx.tokens[i], cx.tokens[i].text(cx.text));
        t.kind == TokenKind::Word
            && w.starts_with(char::is_lowercase)
            && w.chars().all(|c| !c.is_alphabetic() || c.is_lowercase())
            && !(i > 0 && glued(&cx.tokens[i - 1], t))
            && !cx.tokens.get(i + 1).is_some_and(|n| glued(t, n))
            && !CONNECTORS.contains(&w)
            && !PARTICLES.contains(&w)
            && !LOWER_CASE_IN_NAMES.contains(&w)
    };
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        if !(s.first..s.end).any(breaks) {
            out.push(s);
            continue;
        }
        let mut first = s.first;
        for end in (s.first..s.end).filter(|&i| breaks(i)).chain([s.end]) {
            let part = words(cx, first, end);
            if part
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                && !(part.len() == 1 && part[0].chars().count() == 1)
            {
                out.push(Span {
                    first,
                    end,
                    label: s.label,
                });
            }
            first = end + 1;
        }
    }
    out
}

/// Words after which a name is a person's without being a title: "his Russian counterpart
/// Vladimir Putin", "his wife Naina".
const KIN: &[&str] = &[
    "counterpart",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "widow",
    "colleague",
    "successor",
    "predecessor",
];

/// Labels the gazetteers or the article settle: a name after a word like "counterpart" is a
/// PERSON, a well-known organisation ORG, a region LOC, a country the tagger took for an
/// organisation or a region GPE, the surname of a person named in full in the article PERSON
/// unless the tagger took it for an organisation (companies bear their founders' names:
/// "Pirelli", "Ford"). (A vote for each name's most frequent label cost 0.5 F1 on CoNLL dev,
/// so the tagger's own document history is trusted instead.)
fn consistent(cx: &Context, mut spans: Vec<Span>) -> Vec<Span> {
    let lex = Lexicon::get();
    for s in spans.iter_mut().filter(|s| s.first > 0) {
        if KIN.contains(&cx.tokens[s.first - 1].text(cx.text)) {
            s.label = Label::Person;
        }
    }
    let person_words: FastSet<&str> = spans
        .iter()
        .filter(|s| s.label == Label::Person && s.end - s.first > 1)
        .flat_map(|s| words(cx, s.first, s.end))
        .filter(|w| w.starts_with(char::is_uppercase))
        .collect();
    for s in spans.iter_mut() {
        let w = words(cx, s.first, s.end);
        let bits = lex.lookup(w.iter().copied());
        s.label = if bits & Gazetteer::Organisation.bit() != 0 {
            Label::Org
        } else if bits & Gazetteer::Region.bit() != 0 {
            Label::Loc
        } else if w.len() == 1 && s.label != Label::Org && person_words.contains(&w[0]) {
            Label::Person
        } else {
            s.label
        };
        if matches!(s.label, Label::Org | Label::Loc) && bits & Gazetteer::Country.bit() != 0 {
            s.label = Label::Gpe;
        }
        // "Russian S-400": the nationality alone; the designator is found on its own.
        if w.len() > 1
            && matches!(s.label, Label::Product | Label::Norp | Label::Event)
            && lex.contains(Gazetteer::Demonym, [w[0]])
            && w[1..]
                .iter()
                .any(|x| x.starts_with(|c: char| c.is_ascii_digit()))
        {
            (s.end, s.label) = (s.first + 1, Label::Norp);
        }
    }
    spans
}

/// Legal forms that end a company's name: "Kia Motor Corp *of South Korea*" says where it is.
const LEGAL_FORMS: &[&str] = &["Co", "Corp", "Inc", "Ltd", "Plc", "PLC", "plc"];

/// "Cabinet Committee" + "on Security": an organisation ending in a word like "Committee" or
/// "Ministry" (not a legal form like "Inc") takes a following "of/on/for" and capitalised
/// words, days and months aside. Returns the new end.
fn extend_organisation(cx: &Context, s: &Span) -> usize {
    let lex = Lexicon::get();
    let last = cx.tokens[s.end - 1].text(cx.text);
    if s.label != Label::Org
        || !lex.contains(Gazetteer::OrgWord, [last])
        || LEGAL_FORMS.contains(&last)
    {
        return s.end;
    }
    let same_line = |i: usize| !cx.text[cx.tokens[i - 1].end..cx.tokens[i].start].contains('\n');
    let joiner = cx.tokens.get(s.end).map(|t| t.text(cx.text));
    if !matches!(joiner, Some("of" | "on" | "for")) || !same_line(s.end) {
        return s.end;
    }
    let mut end = s.end + 1;
    while end < cx.tokens.len()
        && end - s.end <= 4
        && same_line(end)
        && cx.tokens[end].text(cx.text).starts_with(char::is_uppercase)
        // Days and months: "Security Council *on Friday*" is a date after the name.
        && !is_weekday(cx.tokens[end].text(cx.text))
        && !is_month(cx.tokens[end].text(cx.text))
    {
        end += 1;
    }
    if end > s.end + 1 {
        end
    } else {
        s.end
    }
}

fn glued(a: &Token, b: &Token) -> bool {
    a.end == b.start
}

/// "S-400", "AK-203", "MiG-29", "Su-30MKI": up to four letters starting with a capital, a
/// hyphen, then a number (digits first).
fn designators(cx: &Context, out: &mut Vec<Candidate>) {
    for w in cx.tokens.windows(3) {
        // Cheap tests first: this runs at every token.
        if w[0].kind != TokenKind::Word || !glued(&w[0], &w[1]) || !glued(&w[1], &w[2]) {
            continue;
        }
        let (code, dash, number) = (w[0].text(cx.text), w[1].text(cx.text), w[2].text(cx.text));
        let is_code = code.chars().count() <= 4
            && code.starts_with(|c: char| c.is_ascii_uppercase())
            && code.chars().all(|c| c.is_ascii_alphabetic());
        if is_code && dash == "-" && number.starts_with(|c: char| c.is_ascii_digit()) {
            out.push(Candidate {
                start: w[0].start,
                end: w[2].end,
                label: Label::Product,
                rule: "names/designator",
                priority: priority::NAME_RULE,
                value: None,
            });
        }
    }
}

/// Small words allowed inside an expansion without an initial ("Treaty *of* Rome").
const CONNECTORS: &[&str] = &[
    "of", "for", "on", "and", "the", "to", "in", "'", "’", "s", "&",
];

/// The acronym's letters, if `word` looks like one ("NATO", "CAATSA"; not "I" or "The").
fn acronym_letters(word: &str) -> Option<String> {
    let letters: String = word.chars().filter(|c| c.is_uppercase()).collect();
    (letters.chars().count() >= 2
        && word.chars().all(|c| c.is_alphabetic())
        && letters.len() == word.len())
    .then_some(letters)
}

/// The token index where an expansion ending just before `open` starts, when the initials of
/// its capitalised words spell `letters`.
fn expansion_start(
    cx: &Context,
    sentence_start: usize,
    open: usize,
    letters: &str,
) -> Option<usize> {
    let mut initials = String::new();
    let mut i = open;
    while i > sentence_start && open - i < 16 {
        i -= 1;
        let word = cx.tokens[i].text(cx.text);
        let first = word.chars().next()?;
        if first.is_uppercase() {
            initials.insert(0, first);
            if initials == letters {
                return Some(i);
            }
            if !letters.ends_with(&initials) {
                return None;
            }
        } else if !CONNECTORS.contains(&word) {
            return None;
        }
    }
    None
}

/// The label the tagger gave `word` most often where it tagged it alone: it sees the acronym
/// in every context, the expansion once ("National League for Democracy" looks like an event).
fn acronym_label(cx: &Context, tagged: &[(usize, usize, Label)], word: &str) -> Option<Label> {
    let mut votes: Vec<(Label, usize)> = Vec::new();
    for &(_, _, label) in tagged.iter().filter(|t| &cx.text[t.0..t.1] == word) {
        match votes.iter_mut().find(|v| v.0 == label) {
            Some(v) => v.1 += 1,
            None => votes.push((label, 1)),
        }
    }
    // The first of the most frequent, for determinism.
    let best = votes.iter().map(|v| v.1).max()?;
    votes.iter().find(|v| v.1 == best).map(|v| v.0)
}

fn acronyms(cx: &Context, tagged: &[(usize, usize, Label)], out: &mut Vec<Candidate>) {
    let mut defined: FastMap<&str, Label> = FastMap::default();
    for range in cx.sentences {
        let ts = &cx.tokens[range.clone()];
        for j in 1..ts.len().saturating_sub(2) {
            if ts[j].text(cx.text) != "(" || ts[j + 2].text(cx.text) != ")" {
                continue;
            }
            let word = ts[j + 1].text(cx.text);
            let Some(letters) = acronym_letters(word) else {
                continue;
            };
            let Some(start) = expansion_start(cx, range.start, range.start + j, &letters) else {
                continue;
            };
            let (from, to) = (cx.tokens[start].start, ts[j - 1].end);
            let last = ts[j - 1].text(cx.text).to_lowercase();
            let tagger = tagged
                .iter()
                .filter(|t| t.0 >= from && t.1 <= to && t.1 - t.0 > (to - from) / 2)
                .map(|t| t.2)
                .find(|l| !matches!(l, Label::Person | Label::Norp));
            let label = if LAW_WORDS.contains(&last.as_str()) {
                Label::Law
            } else {
                acronym_label(cx, tagged, word)
                    .or(tagger)
                    .unwrap_or(Label::Org)
            };
            for (start, end, rule) in [
                (from, to, "names/acronym-expansion"),
                (ts[j + 1].start, ts[j + 1].end, "names/acronym"),
            ] {
                out.push(Candidate {
                    start,
                    end,
                    label,
                    rule,
                    priority: priority::NAME_RULE,
                    value: None,
                });
            }
            defined.entry(word).or_insert(label);
        }
    }
    // The acronym alone, elsewhere in the article, is the same thing.
    if defined.is_empty() {
        return;
    }
    for t in cx.tokens {
        if let Some(&label) = defined.get(t.text(cx.text)) {
            out.push(Candidate {
                start: t.start,
                end: t.end,
                label,
                rule: "names/acronym",
                priority: priority::NAME_RULE,
                value: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::with_context;
    use crate::resolve::resolve;

    /// What the names recogniser alone finds, after overlap resolution.
    fn found(text: &str) -> Vec<(&str, Label)> {
        let mut out = Vec::new();
        with_context(text, |cx| Names.recognize(cx, &mut out));
        resolve(out)
            .iter()
            .map(|c| (&text[c.start..c.end], c.label))
            .collect()
    }

    fn has(text: &str, name: &str, label: Label) -> bool {
        found(text).contains(&(name, label))
    }

    #[test]
    fn weapon_designators_are_products() {
        let text = "India will receive the S-400 system and AK-203 rifles, not the MiG-29.";
        for name in ["S-400", "AK-203", "MiG-29"] {
            assert!(has(text, name, Label::Product), "{name}: {:?}", found(text));
        }
        assert!(!found("a 2-0 win in the 3-1 final")
            .iter()
            .any(|f| f.1 == Label::Product));
    }

    #[test]
    fn acronyms_defined_in_parentheses_take_the_expansions_label() {
        let text = "Sanctions under the Countering America's Adversaries Through Sanctions Act \
                    (CAATSA) may follow. CAATSA was passed in 2017.";
        let f = found(text);
        let act = "Countering America's Adversaries Through Sanctions Act";
        assert!(f.contains(&(act, Label::Law)), "{f:?}");
        assert_eq!(
            f.iter().filter(|x| *x == &("CAATSA", Label::Law)).count(),
            2,
            "{f:?}"
        );
        let text = "troops of the North Atlantic Treaty Organisation (NATO) moved east.";
        // As OntoNotes draws it, with its article.
        assert!(
            has(text, "the North Atlantic Treaty Organisation", Label::Org),
            "{:?}",
            found(text)
        );
        assert!(has(text, "NATO", Label::Org));
        let text = "He said (OK) it was fine.";
        let mut out = Vec::new();
        with_context(text, |cx| acronyms(cx, &[], &mut out));
        assert!(out.is_empty(), "no expansion, no acronym: {out:?}");
    }

    #[test]
    fn titles_are_split_from_the_names_around_them() {
        let text = "The call was confirmed by the Russian President on Monday.";
        assert!(has(text, "Russian", Label::Norp), "{:?}", found(text));
        assert!(!found(text)
            .iter()
            .any(|(t, _)| t.contains("President") && *t != "President"));
    }

    #[test]
    fn abbreviated_titles_stand_before_names_and_an_article_is_no_name() {
        let text = "Cambodia's co-premiers Norodom Ranariddh and Hun Sen agreed.";
        assert!(has(text, "Hun Sen", Label::Person), "{:?}", found(text));
        let text = "The King said he would go.";
        assert!(
            !found(text).iter().any(|x| x.0 == "The"),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn titles_after_an_organisation_or_place_are_titles_even_without_a_name() {
        let text = "The Kremlin spokesperson then mentioned it. The White House Press Secretary \
                    said so, and the Pentagon rules apply.";
        let f = found(text);
        assert!(f.contains(&("spokesperson", Label::Title)), "{f:?}");
        assert!(f.contains(&("Press Secretary", Label::Title)), "{f:?}");
        assert!(!f.iter().any(|x| x.0 == "rules"), "{f:?}");
    }

    #[test]
    fn names_joined_by_a_hyphen_split_when_each_is_a_name() {
        let text = "Joe Biden met Vladimir Putin. Biden-Putin talks on US-Russia ties went on.";
        let f = found(text);
        assert!(f.contains(&("Putin", Label::Person)), "{f:?}");
        assert!(
            f.iter()
                .filter(|x| x.0 == "Biden")
                .all(|x| x.1 == Label::Person),
            "{f:?}"
        );
        // "Russia" after the glued hyphen is missed by the tagger learnt on OntoNotes, whose
        // text spaces such hyphens ("U.S. - Russia").
        assert!(f.contains(&("US", Label::Gpe)), "{f:?}");
    }

    #[test]
    fn well_known_organisations_and_regions_override_the_tagger() {
        let text = "The Kremlin has said that the Pentagon will watch the Arctic.";
        let f = found(text);
        assert!(f.contains(&("Kremlin", Label::Org)), "{f:?}");
        assert!(f.contains(&("Pentagon", Label::Org)), "{f:?}");
        assert!(f.contains(&("Arctic", Label::Loc)), "{f:?}");
    }

    #[test]
    fn surnames_of_people_named_in_full_are_people_everywhere() {
        let text = "Mr Smith said that Mary Jones would go. Jones went to London, and Jones \
                    and Smith took the train.";
        let f = found(text);
        assert!(f.contains(&("Mary Jones", Label::Person)), "{f:?}");
        assert_eq!(f.iter().filter(|x| x.0 == "Jones").count(), 2, "{f:?}");
        assert!(
            f.iter()
                .filter(|x| x.0 == "Jones")
                .all(|x| x.1 == Label::Person),
            "{f:?}"
        );
    }

    #[test]
    fn a_name_after_counterpart_or_wife_is_a_person_everywhere() {
        let text = "Biden will call his Russian counterpart Vladimir Putin. Biden pressed Putin \
                    to act.";
        let f = found(text);
        assert!(f.contains(&("Vladimir Putin", Label::Person)), "{f:?}");
        assert!(f.contains(&("Putin", Label::Person)), "{f:?}");
    }

    #[test]
    fn organisations_stop_before_dates_and_after_legal_forms() {
        for text in [
            "The U.N. Security Council on Friday condemned the coup.",
            "A car made by Kia Motor Corp of South Korea arrived at the port.",
        ] {
            let f = found(text);
            assert!(
                !f.iter()
                    .any(|x| x.1 == Label::Org && (x.0.contains("Friday") || x.0.contains("Korea"))),
                "{f:?}"
            );
        }
    }

    #[test]
    fn organisations_ending_in_committee_take_their_remit() {
        let text = "The final approval came from the Cabinet Committee on Security yesterday.";
        assert!(
            has(text, "Cabinet Committee on Security", Label::Org),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn names_have_letters_and_no_punctuation_at_their_ends() {
        let text =
            "👩🏽‍💻 e\u{301} \r\nשלום مرحبا President Joe Biden met on 16 June 2021 🇺🇸 «Moscow».";
        for (name, _) in found(text) {
            assert!(name.starts_with(char::is_alphanumeric), "{name:?}");
            assert!(
                name.ends_with(char::is_alphanumeric) || name.ends_with('.'),
                "{name:?}"
            );
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            "(",
            "()",
            "(A)",
            "-",
            "A-",
            "-1",
            "S-",
            "\u{301}(NATO)",
            "A (B) C (DE)",
        ] {
            found(text);
        }
    }
}
