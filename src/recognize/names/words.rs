//! The closed English word lists of the names subsystem, in one place: titles and forms of
//! address, the small words that may stand inside a name, the words around a name that say what
//! it is (a counterpart, a legal form), the last words that make an acronym's expansion a
//! LAW and those that make any name an EVENT, FAC or LAW. Gazetteers of open classes
//! (countries, given names) are in `data/lexicon/` (`crate::lexicon`).

use crate::Label;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Titles, lower-cased, as token sequences; longer ones are tried first.
pub(in crate::recognize) const TITLES: &[&str] = &[
    "prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "finance minister",
    "press secretary",
    "secretary-general",
    "vice president",
    "chief minister",
    "president",
    "minister",
    "secretary",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "senator",
    "sen",
    "governor",
    "gov",
    "chancellor",
    "premier",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "ambassador",
    "mayor",
    "judge",
    "justice",
    "general",
    "gen",
    "colonel",
    "col",
    "captain",
    "capt",
    "admiral",
    "sergeant",
    "lieutenant",
    "lt",
    "commander",
    "chairman",
    "chairwoman",
    "chairperson",
    "ceo",
    "director",
    "professor",
    "prof",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "sir",
    "dame",
    "lord",
    "lady",
    "rep",
    "representative",
    "envoy",
    "leader",
    "sheikh",
    "emir",
    "sultan",
    "ayatollah",
];

/// Forms of address and abbreviated titles, titles only when capitalised ("Miss", not the verb).
pub(in crate::recognize) const ADDRESS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sen", "gov", "gen", "col",
    "capt", "lt", "rep", "prof", "messrs",
];

/// The titles as [`is_title`] and [`may_begin_title`] read them, made once.
struct TitleKeys {
    /// Each title lower-cased, its words joined by one space ("secretary general").
    keys: FxHashSet<Vec<u8>>,
    /// The lengths (bit `n`: `n` bytes) of the titles' first words, by their first two bytes'
    /// low five bits (`starts_at`), which an ASCII letter's case does not change.
    first_words: [u32; 1024],
}

fn title_keys() -> &'static TitleKeys {
    static KEYS: OnceLock<TitleKeys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut first_words = [0; 1024];
        let keys = (TITLES.iter())
            .map(|t| {
                let words: Vec<&str> = t.split([' ', '-']).collect();
                first_words[starts_at(words[0].as_bytes())] |= 1 << words[0].len();
                words.join(" ").into_bytes()
            })
            .collect();
        TitleKeys { keys, first_words }
    })
}

/// Where a word's first two bytes put it in [`TitleKeys::first_words`].
fn starts_at(word: &[u8]) -> usize {
    let byte = |i: usize| word.get(i).map_or(0, |&b| b as usize & 31);
    byte(0) << 5 | byte(1)
}

/// Whether `word` (any case) may be a title's first word: false for most words, told by a
/// table look-up without a copy or a hash (docs/PERFORMANCE.md, "Speed, round 6" and "round 7").
pub(in crate::recognize) fn may_begin_title(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() < 32 && title_keys().first_words[starts_at(bytes)] >> bytes.len() & 1 == 1
}

/// Whether `words` (as tokens, any case) are one title: "President", "Prime Minister",
/// "Secretary - General". Most words are told by their first word ([`may_begin_title`]); the
/// rest by one set look-up of the words lower-cased into a stack buffer: the names recogniser
/// asks this at most tokens.
pub(in crate::recognize) fn is_title(words: &[&str]) -> bool {
    let mut words = words.iter().filter(|w| **w != "-").peekable();
    if !words.peek().is_some_and(|w| may_begin_title(w)) {
        return false;
    }
    let mut key = [0u8; 64]; // longer than any title
    let mut len = 0;
    for w in words {
        let sep = usize::from(len > 0);
        let Some(slot) = key.get_mut(len..len + sep + w.len()) else {
            return false;
        };
        if sep == 1 {
            slot[0] = b' ';
        }
        slot[sep..].copy_from_slice(w.as_bytes());
        len += sep + w.len();
    }
    key[..len].make_ascii_lowercase(); // non-ASCII bytes stay and match no title
    title_keys().keys.contains(&key[..len])
}

/// Titles that end names as their own last word: "Ministry of Justice", "Burger King", "John
/// King", "Winston Lord", "Edmond Pope", "Notre Dame", "Sharm el - Sheikh", "Media General".
/// OntoNotes *train*, gold names of two words or more: ending in one of the first six 54 times,
/// followed by one 5; "General" 5 and 8, but the names the tagger draws ending in it are
/// companies (train 2 made right, none wrong; dev "Hudson General").
pub(super) const TITLES_ENDING_NAMES: &[&str] = &[
    "justice", "king", "lord", "pope", "dame", "sheikh", "general",
];

/// Name particles kept inside a name when a capitalised word follows ("Charles de Gaulle").
pub(in crate::recognize) const PARTICLES: &[&str] = &[
    "de", "da", "di", "van", "von", "der", "den", "bin", "ibn", "al", "la", "le", "du", "dos",
];

/// Lower-case words that may stand inside a name, beside [`CONNECTORS`] and the particles of
/// person names ("Bank *of* England", "Charles *de* Gaulle", "Tour *de* France").
pub(super) const LOWER_CASE_IN_NAMES: &[&str] =
    &["at", "upon", "y", "del", "della", "das", "el", "des"];

/// Small words allowed inside an expansion without an initial ("Treaty *of* Rome").
pub(super) const CONNECTORS: &[&str] = &[
    "of", "for", "on", "and", "the", "to", "in", "'", "’", "s", "&",
];

/// Capitalised words that begin clauses rather than names (and weekdays, `is_weekday`).
pub(in crate::recognize) const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "And", "But", "Or", "On", "In", "At", "Of", "For", "To", "By", "With", "As",
    "He", "She", "It", "They", "We", "I", "His", "Her", "Their", "This", "That", "Who", "Which",
    "When",
];

/// Words after which a name is a person's without being a title: "his Russian counterpart
/// Vladimir Putin", "his wife Naina".
pub(super) const COUNTERPARTS: &[&str] = &[
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

/// Legal forms that end a company's name: "Kia Motor Corp *of South Korea*" says where it is.
pub(crate) const LEGAL_FORMS: &[&str] = &["Co", "Corp", "Inc", "Ltd", "Plc", "PLC", "plc"];

/// The abbreviations of US states as newspapers write them after a town ("Ogallala, Neb."),
/// each followed by its stop; one string, split where read (`passes/towns_before_states.rs`).
pub(super) const STATE_ABBREVIATIONS: &str = "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind \
    Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C \
    S.D Tenn Tex Va Vt Wash W.Va Wis Wyo D.C";

/// Last words that make a name a law or treaty.
pub(super) const LAW_WORDS: &[&str] = &[
    "act",
    "acts",
    "law",
    "treaty",
    "accord",
    "accords",
    "agreement",
    "convention",
    "constitution",
    "bill",
    "charter",
    "protocol",
    "code",
    "amendment",
    "directive",
    "resolution",
];

/// Words glued by a hyphen after a name that say what the name does, not part of it: "US-led"
/// is GPE "US" as OntoNotes marks it (the part alone is the name in 216 of 218 such phrases in
/// OntoNotes train; the other 90 are no name).
pub(super) const PARTICIPLES: &[&str] = &[
    "affiliated",
    "aligned",
    "allied",
    "backed",
    "based",
    "born",
    "bound",
    "brokered",
    "built",
    "controlled",
    "dominated",
    "era",
    "financed",
    "funded",
    "held",
    "inspired",
    "led",
    "linked",
    "made",
    "occupied",
    "owned",
    "run",
    "sponsored",
    "style",
    "supported",
    "trained",
    "type",
];

/// The two-letter country codes news writes for countries; the others ("GE", "EC", "GM", "NP")
/// name companies and agencies (in OntoNotes train, two-letter codes marked GPE by the gazetteer
/// are right for "US" 606 of 768 times, "UK" 22 of 31, every other code 6 of 196).
pub(super) const COUNTRY_CODES_IN_NEWS: &[&str] = &["UK", "US"];

/// Regions of the gazetteer (kept there for the tagger, which learnt its features with them)
/// that govern themselves, so GPE as OntoNotes marks them (train "West Bank" GPE 101, LOC 4),
/// with their article as a region's ("the West Bank" 56, "West Bank" 22).
const GOVERNED_REGIONS: &[&[&str]] = &[&["West", "Bank"]];

/// Whether `words` (without an article) are one of the [`GOVERNED_REGIONS`].
pub(super) fn is_governed_region(words: &[&str]) -> bool {
    GOVERNED_REGIONS.contains(&words)
}

/// Last words that name a name's kind: an EVENT, a FAC, a LAW, a GPE. Each is that label in at
/// least 80% of the OntoNotes train names of two words or more that end with it (counts after
/// each); words below that stay with the tagger ("Conference" EVENT 15 of 20, "Square" FAC 16 of
/// 21, "Street" FAC 28 of 42: "Wall Street" is ORG).
pub(super) const HEAD_WORDS: &[(&str, Label)] = &[
    ("Championship", Label::Event),  // 3/3
    ("Championships", Label::Event), // 4/4
    ("Cup", Label::Event),           // 17/19
    ("Earthquake", Label::Event),    // 11/11
    ("Exhibition", Label::Event),    // 3/3
    ("Festival", Label::Event),      // 30/31
    ("Games", Label::Event),         // 13/13
    ("Incident", Label::Event),      // 22/23
    ("Meeting", Label::Event),       // 5/5
    ("Olympics", Label::Event),      // 3/3
    ("War", Label::Event),           // 58/59
    ("Airport", Label::Fac),         // 54/55
    ("Base", Label::Fac),            // 12/12
    ("Bridge", Label::Fac),          // 39/39
    ("Building", Label::Fac),        // 11/13
    ("Highway", Label::Fac),         // 4/4
    ("Memorial", Label::Fac),        // 7/7
    ("Mosque", Label::Fac),          // 3/3
    ("Plaza", Label::Fac),           // 6/6
    ("Railway", Label::Fac),         // 13/13
    ("Road", Label::Fac),            // 23/24
    ("Stadium", Label::Fac),         // 4/4
    ("Strip", Label::Gpe),           // 53/53: "the Gaza Strip" (the tagger: LOC 22)
    ("Act", Label::Law),             // 51/51
    ("Agreement", Label::Law),       // 5/5
    ("Amendment", Label::Law),       // 11/11
    ("Charter", Label::Law),         // 6/6
    ("Code", Label::Law),            // 16/16
    ("Constitution", Label::Law),    // 9/10
    ("Treaty", Label::Law),          // 10/10
];

/// Function words, adverbs and frequent verbs that may follow a name without its being a
/// modifier (the verbs and adverbs: those after which OntoNotes train keeps "the" most often;
/// numbers, quantifiers and irregular pasts such as "took" 3/0, "two" 3/0, "led" 6/0 added with
/// round 4): after "the Senate Finance Committee" and "said", "the" is the name's; before a noun
/// ("the Air Force contract") it is the noun's (`passes/the_before_names.rs`). Sorted, lower
/// case: read by binary search (`is_not_a_head_noun`, `span::before_a_noun`).
pub(super) const NOT_A_HEAD_NOUN: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "against",
    "all",
    "almost",
    "alone",
    "already",
    "also",
    "an",
    "and",
    "are",
    "as",
    "at",
    "back",
    "be",
    "became",
    "because",
    "been",
    "before",
    "began",
    "being",
    "between",
    "broke",
    "but",
    "by",
    "came",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "earlier",
    "every",
    "five",
    "for",
    "found",
    "four",
    "from",
    "further",
    "gave",
    "got",
    "had",
    "has",
    "have",
    "held",
    "her",
    "here",
    "his",
    "hit",
    "if",
    "in",
    "into",
    "is",
    "its",
    "itself",
    "just",
    "last",
    "led",
    "like",
    "made",
    "may",
    "might",
    "more",
    "must",
    "near",
    "next",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "only",
    "or",
    "our",
    "over",
    "put",
    "said",
    "say",
    "says",
    "sent",
    "set",
    "several",
    "should",
    "since",
    "so",
    "still",
    "than",
    "that",
    "the",
    "their",
    "then",
    "there",
    "this",
    "through",
    "to",
    "today",
    "together",
    "told",
    "tomorrow",
    "tonight",
    "too",
    "took",
    "twice",
    "two",
    "under",
    "until",
    "was",
    "were",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whose",
    "will",
    "with",
    "without",
    "won",
    "would",
    "wrote",
    "yesterday",
    "yet",
];

/// Whether `word`, in any case, is in `NOT_A_HEAD_NOUN`: a binary search with ASCII letters
/// folded as it compares, so no lower-cased copy (`passes/fill_untagged.rs` asks it of every
/// capitalised word of the names). A word with other letters is lower-cased first, as a few
/// fold to ASCII (the Kelvin sign).
pub(super) fn is_not_a_head_noun(word: &str) -> bool {
    if !word.is_ascii() {
        return NOT_A_HEAD_NOUN
            .binary_search(&word.to_lowercase().as_str())
            .is_ok();
    }
    let folded = || word.bytes().map(|b| b.to_ascii_lowercase());
    NOT_A_HEAD_NOUN
        .binary_search_by(|e| e.bytes().cmp(folded()))
        .is_ok()
}

/// Words before a language's name that make it the language, not the people: "speaks French",
/// "translated into Arabic" (`passes/languages.rs`; "in" and "into" are read apart).
pub(super) const LANGUAGE_VERBS: &[&str] = &[
    "fluent",
    "learn",
    "learned",
    "learning",
    "learns",
    "learnt",
    "speak",
    "speaking",
    "speaks",
    "spoke",
    "spoken",
    "studied",
    "studies",
    "study",
    "studying",
    "taught",
    "teach",
    "teaches",
    "teaching",
    "translate",
    "translated",
    "translates",
    "translating",
];

/// Languages the ISO 639 list in `data/lexicon/languages.txt` names otherwise or not at all.
pub(super) const MORE_LANGUAGES: &[&str] =
    &["Cantonese", "Farsi", "Greek", "Mandarin", "Taiwanese"];

/// Interjections, as written at a sentence's start: never a name alone (OntoNotes train: "Uh"
/// 683 times, "Oh" 101, "OK" 48, "Um" 119, none marked but 2 "Um"; the tagger, which never met
/// "Mm", called it a person 38 times in dev's interviews). Not "Ah", a Chinese name's part.
pub(super) const INTERJECTIONS: &[&str] = &[
    "Aha", "Ahem", "Eh", "Er", "Hm", "Hmm", "Huh", "Mhm", "Mm", "Mmm", "OK", "Oh", "Okay", "Uh",
    "Um", "Wow", "Yeah",
];

/// What follows an apostrophe in a contraction or possessive ("'s", "don't", "we'll"): no part
/// of a name (`passes/tagger_spans.rs`).
pub(super) const CLITICS: &[&str] = &["d", "ll", "m", "re", "s", "t", "ve"];

/// Words that say a work's title follows, up to three words before its opening quote
/// (`passes/quoted_titles.rs`): "the film", "a book titled", "his column".
pub(super) const WORK_WORDS: &[&str] = &[
    "album",
    "article",
    "biography",
    "book",
    "called",
    "column",
    "comedy",
    "documentary",
    "drama",
    "entitled",
    "episode",
    "film",
    "headlined",
    "memoir",
    "movie",
    "musical",
    "novel",
    "opera",
    "painting",
    "play",
    "poem",
    "program",
    "programme",
    "series",
    "show",
    "sitcom",
    "single",
    "song",
    "story",
    "thriller",
    "titled",
];

/// The short words a title may hold in lower case ("Waiting for Godot", "Get Rich or Die
/// Trying").
pub(super) const LOWER_CASE_IN_TITLES: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "but", "by", "for", "from", "in", "is", "it", "its", "my",
    "no", "not", "of", "on", "or", "s", "the", "to", "with", "your",
];

/// Words that name a part of a law by its number ("Chapter 11", "Article II";
/// `passes/legal_sections.rs`).
pub(super) const SECTION_WORDS: &[&str] = &[
    "Article",
    "Chapter",
    "Clause",
    "Paragraph",
    "Section",
    "Title",
];

/// The kinds of storm whose names are written after them (`passes/storms.rs`).
pub(super) const STORM_WORDS: &[&str] = &["Cyclone", "Hurricane", "Typhoon"];

/// The departments whose head is the "Secretary of" them ("Secretary of State",
/// `passes/departments.rs`, and `titled_names.rs` for the person after).
pub(in crate::recognize) const DEPARTMENTS: &[&str] = &[
    "Agriculture",
    "Commerce",
    "Defense",
    "Education",
    "Energy",
    "Health",
    "Housing",
    "Interior",
    "Justice",
    "Labor",
    "State",
    "Transportation",
    "Treasury",
    "Veterans",
];

#[cfg(test)]
mod tests {
    use super::{is_not_a_head_noun, is_title, may_begin_title, NOT_A_HEAD_NOUN, TITLES};

    #[test]
    fn not_a_head_noun_is_sorted_lower_case_for_its_binary_search() {
        assert!(NOT_A_HEAD_NOUN.windows(2).all(|w| w[0] < w[1]));
        assert!(NOT_A_HEAD_NOUN
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase())));
        for (word, is) in [
            ("the", true),
            ("The", true),
            ("YESTERDAY", true),
            ("BAC\u{212A}", true), // the Kelvin sign lower-cases to "k"
            ("\u{212A}", false),
            ("Theresa", false),
            ("Yet", true),
            ("Zurich", false),
            ("", false),
        ] {
            assert_eq!(is_not_a_head_noun(word), is, "{word}");
        }
    }

    #[test]
    fn every_title_passes_the_first_words_filter_in_any_case() {
        for title in TITLES {
            let first = title.split([' ', '-']).next().unwrap_or("");
            let capitalised = first[..1].to_uppercase() + &first[1..];
            for word in [first.to_string(), first.to_uppercase(), capitalised] {
                assert!(may_begin_title(&word), "{word}");
            }
        }
        assert!(!may_begin_title("the"), "most words stop there");
    }

    #[test]
    fn a_title_is_told_in_any_case_with_its_hyphen_apart() {
        assert!(is_title(&["Prime", "Minister"]));
        assert!(is_title(&["PRESS", "SECRETARY"]));
        assert!(is_title(&["Secretary", "-", "General"]));
        assert!(is_title(&["president"]));
        assert!(!is_title(&["Prime"]));
        assert!(!is_title(&["President", "Biden"]));
        assert!(!is_title(&["-"]));
        assert!(!is_title(&[]));
        assert!(!is_title(&["Président"]));
    }
}
