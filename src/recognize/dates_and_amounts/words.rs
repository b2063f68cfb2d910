//! The English words the date and amount parsers know, in one place: months, weekdays, number
//! words, magnitudes, time units, tense cues, function words, units of measure, time zones,
//! currencies. The lists that many tokens are checked against are in the keyword table of
//! [`TokenView`](super::token_view::TokenView), so that each token is hashed once; the others
//! are looked up where a parser needs them.

use crate::timex::calendar::Weekday;
use crate::timex::{DayPart, Season, Unit, Vague};

/// Months, in full and short ("Sept" and "Sep").
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// The weekdays, in full.
pub const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// Whether `word` names a weekday, in any case ("Friday").
pub fn is_weekday(word: &str) -> bool {
    WEEKDAYS.iter().any(|(d, _)| d.eq_ignore_ascii_case(word))
}

/// Whether `word` names a month, in full or short, in any case ("March", "Dec").
pub fn is_month(word: &str) -> bool {
    MONTHS.iter().any(|(m, _)| m.eq_ignore_ascii_case(word))
}

/// "one" … "ninety": the words a spelled-out number is built from, below a hundred.
pub const SMALL_NUMBERS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Multipliers written after a number: "7.5 lakh", "two million", "$4.5bn".
pub const MAGNITUDES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("lac", 1e5),
    ("lacs", 1e5),
    ("million", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("crore", 1e7),
    ("crores", 1e7),
    ("billion", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
    // "a dozen", "three dozen" (OntoNotes train: CARDINAL 53 of 70 uses, DATE "a dozen years").
    ("dozen", 12.0),
];

/// Short magnitudes glued to digits: "20k", "10m", "4.5b", "3cr" (the other magnitudes glue
/// too: "4.5bn").
pub const GLUED_MAGNITUDES: &[(&str, f64)] = &[("k", 1e3), ("m", 1e6), ("b", 1e9), ("cr", 1e7)];

/// "first" … "twentieth" and the round ones after (the tens through "ninetieth": OntoNotes
/// train marks "sixtieth", "seventieth", "eightieth" ORDINAL 3 of 3 uses outside a name).
pub const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
    ("thousandth", 1000),
];

/// A time unit, singular or plural.
pub const UNITS: &[(&str, Unit)] = &[
    ("second", Unit::Second),
    ("seconds", Unit::Second),
    ("minute", Unit::Minute),
    ("minutes", Unit::Minute),
    ("hour", Unit::Hour),
    ("hours", Unit::Hour),
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("quarter", Unit::Quarter),
    ("quarters", Unit::Quarter),
    ("year", Unit::Year),
    ("years", Unit::Year),
    ("decade", Unit::Decade),
    ("decades", Unit::Decade),
    ("century", Unit::Century),
    ("centuries", Unit::Century),
];

/// Words that point to the future.
pub const FUTURE_CUES: &[&str] = &[
    "will",
    "shall",
    "ll",
    "upcoming",
    "coming",
    "scheduled",
    "expected",
    "due",
    "plans",
    "planned",
    "planning",
    "tomorrow",
    "next",
    "going",
    "aims",
    "intends",
    "hopes",
    "expects",
    "expect",
    "payable",
    "intend",
];

/// Words that point to the past (besides participles in "-ed").
pub const PAST_CUES: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "ago",
    "yesterday",
    "last",
    "came",
    "met",
    "took",
    "told",
    "went",
    "held",
    "made",
    "gave",
    "began",
    "left",
    "won",
    "lost",
    "fell",
    "rose",
    "saw",
    "spoke",
    "wrote",
    "sent",
    "found",
    "got",
    "earlier",
    "previously",
    "brought",
    "paid",
    "led",
    "sold",
    "bought",
    "struck",
    "hit",
    "shot",
    "broke",
    "chose",
    "knew",
    "thought",
    "felt",
];

/// Words that make a participle after them passive ("will be held").
pub const AUXILIARIES: &[&str] = &[
    "be", "been", "being", "is", "are", "am", "to", "also", "get",
];

/// Units of measure: the short form, and the words written for it. They are in the keyword
/// table as `Keyword::measure`.
pub const UNITS_OF_MEASURE: &[(&str, &[&str])] = &[
    (
        "km",
        &[
            "km",
            "kms",
            "kilometre",
            "kilometres",
            "kilometer",
            "kilometers",
        ],
    ),
    ("mi", &["mile", "miles"]),
    ("m", &["metre", "metres", "meter", "meters"]),
    ("cm", &["cm", "centimetres", "centimeters"]),
    ("mm", &["mm", "millimetres", "millimeters"]),
    ("ft", &["foot", "feet", "ft"]),
    ("in", &["inch", "inches"]),
    ("yd", &["yard", "yards"]),
    (
        "kg",
        &["kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"],
    ),
    ("g", &["gram", "grams"]),
    ("t", &["tonne", "tonnes", "ton", "tons"]),
    ("lb", &["lb", "lbs", "pound", "pounds"]),
    ("oz", &["ounce", "ounces", "oz"]),
    ("deg", &["degree", "degrees"]),
    ("l", &["litre", "litres", "liter", "liters"]),
    ("gal", &["gallon", "gallons"]),
    ("bbl", &["barrel", "barrels"]),
    ("acre", &["acre", "acres"]),
    ("ha", &["hectare", "hectares"]),
    ("mph", &["mph"]),
    ("km/h", &["kmph"]),
    ("MW", &["mw", "megawatts", "megawatt"]),
    ("GW", &["gw", "gigawatts", "gigawatt"]),
    ("kWh", &["kwh"]),
    ("GB", &["gb", "gigabytes"]),
    ("MB", &["mb", "megabytes"]),
    // Singulars written as adjectives ("a 40-megabyte disk", "a 15-centimeter turtle"), and
    // the units OntoNotes train marks QUANTITY that were missing (megabyte 6, bushels 3, watt 3).
    ("cm", &["centimetre", "centimeter"]),
    ("mm", &["millimetre", "millimeter"]),
    ("GB", &["gigabyte"]),
    ("MB", &["megabyte"]),
    ("KB", &["kilobyte", "kilobytes"]),
    ("TB", &["terabyte", "terabytes"]),
    ("bu", &["bushel", "bushels"]),
    ("W", &["watt", "watts"]),
    ("kW", &["kilowatt", "kilowatts"]),
    ("ct", &["carat", "carats"]),
];

/// Time-zone abbreviations common in news, with their offset in minutes east of UTC.
pub fn time_zone(abbr: &str) -> Option<i16> {
    Some(match abbr {
        "GMT" | "UTC" | "Z" => 0,
        "IST" => 330,
        "BST" | "CET" => 60,
        "CEST" | "EET" => 120,
        "EEST" | "MSK" => 180,
        "PKT" => 300,
        "WIB" | "ICT" => 420,
        "SGT" | "HKT" | "AWST" => 480,
        "JST" | "KST" => 540,
        "AEST" => 600,
        "AEDT" => 660,
        "EST" => -300,
        "EDT" => -240,
        "CST" => -360,
        "CDT" => -300,
        "MST" => -420,
        "MDT" => -360,
        "PST" => -480,
        "PDT" => -420,
        // The season-neutral American zones: standard time.
        "ET" => -300,
        "CT" => -360,
        "MT" => -420,
        "PT" => -480,
        _ => return None,
    })
}

/// Currency signs, written before the amount: a bare "$" is the US dollar.
pub fn currency_sign(raw: &str) -> Option<&'static str> {
    Some(match raw {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "₹" => "INR",
        "¥" => "JPY",
        "₽" => "RUB",
        _ => return None,
    })
}

/// The letters before "$" that name another dollar: "US$", "C$", "A$", "HK$", "S$", "NZ$",
/// "NT$".
pub fn dollar_prefix(raw: &str) -> Option<&'static str> {
    Some(match raw {
        "US" => "USD",
        "C" => "CAD",
        "A" => "AUD",
        "HK" => "HKD",
        "S" => "SGD",
        "NZ" => "NZD",
        "NT" => "TWD",
        _ => return None,
    })
}

/// Whose dollar a word before "dollars" names ("Hong Kong dollars", "Taiwan dollars"); the
/// letters of [`dollar_prefix`] serve too ("US dollars", "HK dollars").
pub fn dollar_country(raw: &str) -> Option<&'static str> {
    Some(match raw {
        "Hong" | "Kong" => "HKD",
        "Taiwan" | "NT" => "TWD",
        "Canadian" => "CAD",
        "Australian" => "AUD",
        "Singapore" => "SGD",
        "Zealand" => "NZD",
        _ => return dollar_prefix(raw),
    })
}

/// ISO 4217 codes written as such, before or after the amount ("USD 20", "500 CHF").
pub fn currency_code(raw: &str) -> Option<&'static str> {
    [
        "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "CHF", "CAD", "AUD",
    ]
    .into_iter()
    .find(|c| *c == raw)
}

/// Currency names written after the amount ("500 roubles", "10 million dollars").
pub fn currency_name(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" => "USD",
        "euro" | "euros" => "EUR",
        "pound" | "pounds" | "sterling" => "GBP",
        "rupee" | "rupees" => "INR",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "yen" => "JPY",
        "yuan" | "renminbi" | "rmb" => "CNY",
        "franc" | "francs" => "CHF",
        "mark" | "marks" => "DEM",
        "lira" | "lire" => "ITL",
        "riyal" | "riyals" => "SAR",
        "won" => "KRW",
        "punt" | "punts" => "IEP",
        "buck" | "bucks" => "USD",
        "krona" | "kronor" => "SEK",
        "guilder" | "guilders" => "NLG",
        "peseta" | "pesetas" => "ESP",
        "rand" => "ZAR",
        "rupiah" | "rupiahs" => "IDR",
        "markka" => "FIM",
        _ => return None,
    })
}

/// Parts of the day: "Tuesday morning", "last night".
pub fn day_part(w: &str) -> Option<DayPart> {
    match w {
        "morning" => Some(DayPart::Morning),
        "afternoon" => Some(DayPart::Afternoon),
        "evening" => Some(DayPart::Evening),
        "night" => Some(DayPart::Night),
        _ => None,
    }
}

/// Seasons: "this summer", "the fall of 2021".
pub fn season(w: &str) -> Option<Season> {
    match w {
        "spring" => Some(Season::Spring),
        "summer" => Some(Season::Summer),
        "fall" | "autumn" => Some(Season::Fall),
        "winter" => Some(Season::Winter),
        _ => None,
    }
}

/// "this" / "last" / "next" as an offset in the unit that follows (0, -1, +1): "June this
/// year", "last summer".
pub fn offset_word(word: &str) -> Option<i32> {
    match word {
        "this" => Some(0),
        "last" => Some(-1),
        "next" => Some(1),
        _ => None,
    }
}

/// What an economy yields in a year, which "annual" before it leaves unmarked in OntoNotes
/// ("annual output", "annual GDP", "annual foreign trade"; `durations::adverb`).
pub fn yield_measure(w: &str) -> bool {
    matches!(
        w,
        "production"
            | "output"
            | "growth"
            | "gdp"
            | "import"
            | "imports"
            | "export"
            | "exports"
            | "foreign"
    )
}

/// Adverbs of repetition and the period each repeats by ("weekly" every week). OntoNotes mode
/// marks "daily" only in lower case (`durations::adverb`).
pub fn repeat_adverb(w: &str) -> Option<Unit> {
    match w {
        "hourly" => Some(Unit::Hour),
        "daily" => Some(Unit::Day),
        "weekly" => Some(Unit::Week),
        "monthly" => Some(Unit::Month),
        "annually" | "yearly" => Some(Unit::Year),
        _ => None,
    }
}

/// Words TimeML marks as pointing at the present, past or future without a date ("now"
/// `PRESENT_REF`, "recently" `PAST_REF`); each stands alone as the whole expression.
pub fn vague_adverb(w: &str) -> Option<Vague> {
    match w {
        "now" | "currently" | "nowadays" => Some(Vague::Present),
        "recently" | "formerly" => Some(Vague::Past),
        _ => None,
    }
}

/// The modifiers OntoNotes keeps inside an amount ("about $3 million", "more than 20", "at
/// least 70"), each as its words; those its annotators leave outside as often as not ("over",
/// "just", "below", "a total of") are not here. Their first words are in the keyword table as
/// `Keyword::amount_modifier`.
pub const AMOUNT_MODIFIERS: &[&[&str]] = &[
    &["about"],
    &["around"],
    &["approximately"],
    &["roughly"],
    &["nearly"],
    &["almost"],
    &["only"],
    &["some"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["no", "more", "than"],
    &["at", "least"],
    &["up", "to"],
    &["close", "to"],
    &["an", "estimated"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["as", "few", "as"],
    &["as", "little", "as"],
    // OntoNotes train: inside 15 more times than we had it (MONEY 12 of 16).
    &["an", "additional"],
];

/// Words after which "one" is a pronoun, not a count ("one can", "one that", "one is"): OntoNotes
/// train marks "one" before them as CARDINAL in 125 of 515 uses, before other words in 1,015
/// of 2,015.
pub fn follows_pronoun_one(w: &str) -> bool {
    matches!(
        w,
        "to" | "and"
            | "in"
            | "with"
            | "or"
            | "can"
            | "after"
            | "might"
            | "is"
            | "could"
            | "being"
            | "would"
            | "that"
            | "for"
            | "who"
            | "was"
            | "has"
            | "at"
            | "from"
            | "must"
            | "may"
            | "should"
            | "will"
            | "does"
            | "did"
            | "i"
            | "you"
            | "he"
            | "she"
            | "we"
            | "they"
            | "it"
            | "but"
            | "on"
            | "as"
            | "by"
            | "if"
            | "when"
            | "which"
            | "had"
            | "have"
            | "are"
            | "were"
            | "be"
            | "been"
            | "not"
    )
}

/// Words the parsers read right after "the", "a" or "an" that no other list holds ("the
/// weekend", "the beginning of the year", "the near future", "a few days", "an estimated", "a record $5 billion", "a light 1.7 million ounces"). With the other
/// keywords and numbers they are all that an article can begin an expression before:
/// [`super::token_view::TokenView`] tries no parser at any other article (a new reading of
/// "the ..." adds its word here).
pub const READ_AFTER_ARTICLE: &[&str] = &[
    "weekend",
    "beginning",
    "start",
    "middle",
    "future",
    "present",
    "near",
    "period",
    "time",
    "century",
    "decade",
    "half",
    "quarter",
    "few",
    "couple",
    "estimated",
    "following",
    "prior",
    "additional",
    "full",
    "record",
    "light",
    "moderate",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];

/// A decade in words ("the sixties"): the last century's, its first year.
pub fn spelled_decade(word: &str) -> Option<i32> {
    let tens = match word {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
        _ => return None,
    };
    Some(1900 + 10 * tens)
}

/// Plural nouns of people and things that a number in the range of years counts ("2000
/// troops", "1500 votes"): before any other lower-case word such a number is a year used as a
/// modifier ("a 2010 commando raid", "1989 sales"; OntoNotes train: DATE 159 times, CARDINAL
/// 4).
pub fn counted_noun(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "persons"
            | "troops"
            | "soldiers"
            | "police"
            | "policemen"
            | "officers"
            | "workers"
            | "employees"
            | "students"
            | "residents"
            | "civilians"
            | "refugees"
            | "prisoners"
            | "victims"
            | "children"
            | "families"
            | "members"
            | "delegates"
            | "observers"
            | "votes"
            | "voters"
            | "jobs"
            | "cases"
            | "deaths"
            | "houses"
            | "homes"
            | "vehicles"
            | "cars"
            | "units"
            | "shares"
            | "copies"
            | "tons"
            | "tonnes"
            | "metres"
            | "meters"
            | "feet"
            | "kilometres"
            | "kilometers"
            | "miles"
    )
}

/// Verbs of change before a price or rate ("rose $3.40 to $372.50", "fell 2% to 5%"): the two
/// amounts are a change and a level, not a range.
pub fn verb_of_change(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "fell"
            | "dropped"
            | "gained"
            | "lost"
            | "climbed"
            | "jumped"
            | "slipped"
            | "declined"
            | "advanced"
            | "up"
            | "down"
            | "increased"
            | "decreased"
            | "eased"
            | "added"
            | "slid"
            | "soared"
            | "plunged"
            | "tumbled"
            | "surged"
            | "off"
            | "cut"
            | "raised"
            | "lowered"
            | "boosted"
            | "sank"
            | "firmed"
            | "shed"
            | "dipped"
            | "edged"
            | "rallied"
            | "plummeted"
            | "retreated"
    )
}
