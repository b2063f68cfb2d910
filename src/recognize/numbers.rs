//! Numbers as news writes them: "1,700", "7.5", "1,00,000", "7.5 lakh", "two million",
//! "twenty-five", "$4.5bn" (the "4.5bn" part). [`number`] reads one at a token; money, percent,
//! quantity, duration and date parsers build on it. [`cardinal`] finds the numbers that stand
//! alone (CARDINAL) or count something (QUANTITY, see `quantities.rs`).

use super::dates_and_amounts::Found;
use super::lexicon::{glued_magnitude, Lexed, Start};
use super::RawValue;
use crate::resolve::priority;
use crate::{Label, Value};

/// A number read from tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num {
    pub end: usize,
    pub value: f64,
    /// Written in words ("two million").
    pub words: bool,
    /// Plain digits without separators, decimals or magnitude ("2021", "7"): could be a year
    /// or a day.
    pub plain: bool,
    /// Carries a magnitude ("lakh", "million", "bn").
    pub scaled: bool,
}

/// The number starting at token `i`, if one does.
pub fn number(lx: &Lexed, i: usize) -> Option<Num> {
    match lx.last_number.get() {
        Some((at, n)) if at == i => n,
        _ => {
            let n = read(lx, i);
            lx.last_number.set(Some((i, n)));
            n
        }
    }
}

fn read(lx: &Lexed, i: usize) -> Option<Num> {
    if lx.digits(i) > 0 || lx.digits_then_letters(i).is_some() {
        digits(lx, i)
    } else {
        words(lx, i)
    }
}

fn digits(lx: &Lexed, i: usize) -> Option<Num> {
    // A number glued to letters or a hyphen before it is part of a name: "S-400", "AK-203".
    if lx.joined(i) && (lx.is_word(i - 1) || lx.raw(i - 1) == "-" && lx.joined(i - 1)) {
        return None;
    }
    // The tail of a longer number or code: the "3" of "1.2.3", the "45" of "8:45".
    if lx.joined(i)
        && matches!(lx.raw(i - 1), "." | "," | ":" | "/")
        && lx.joined(i - 1)
        && i >= 2
        && lx.digits(i - 2) > 0
    {
        return None;
    }
    let mut j = i;
    let mut value;
    let mut plain = true;
    let mut suffix = "";
    if let Some((n, s)) = lx.digits_then_letters(i) {
        value = n as f64;
        suffix = s;
        j += 1;
    } else {
        value = lx.num(i)? as f64;
        j += 1;
        // Thousands separators: "1,700,000", or the Indian "1,00,000".
        let mut groups = 0;
        let mut lens = [0u8; 8];
        let mut k = j;
        while lx.joined(k) && lx.raw(k) == "," && lx.joined(k + 1) && lx.digits(k + 1) >= 2 {
            if groups == lens.len() || lx.digits(k + 1) > 3 {
                break;
            }
            lens[groups] = lx.digits(k + 1);
            groups += 1;
            k += 2;
        }
        let valid = groups > 0
            && lx.digits(i) <= 3
            && (lens[..groups].iter().all(|&l| l == 3)
                || (lens[groups - 1] == 3 && lens[..groups - 1].iter().all(|&l| l == 2)));
        if valid {
            for (g, len) in lens[..groups].iter().enumerate() {
                value = value * 10f64.powi(*len as i32) + lx.num(j + 1 + 2 * g)? as f64;
            }
            j = k;
            plain = false;
        }
        // Decimals: "7.5", "4.5bn".
        if lx.joined(j) && lx.raw(j) == "." && lx.joined(j + 1) {
            let frac = if lx.digits(j + 1) > 0 {
                lx.num(j + 1).map(|n| (n, lx.digits(j + 1) as usize, ""))
            } else {
                lx.digits_then_letters(j + 1)
                    .map(|(n, s)| (n, lx.raw(j + 1).len() - s.len(), s))
            };
            if let Some((f, len, s)) = frac {
                // One division of exact integers: 12.53 reads as the nearest double to 12.53.
                // The decimals come as an integer, not from str::parse::<f64>, which would bring
                // Rust's float parser into the wasm (14 KB gzip).
                let scale = 10f64.powi(len as i32);
                value = (value * scale + f as f64) / scale;
                suffix = s;
                j += 2;
                plain = false;
            }
        }
    }
    let mut scaled = false;
    if !suffix.is_empty() {
        value *= glued_magnitude(suffix)?;
        scaled = true;
        plain = false;
    } else if let Some(m) = lx.near(j).then(|| lx.keyword(j).magnitude).flatten() {
        value *= m;
        j += 1;
        scaled = true;
        plain = false;
    }
    Some(Num {
        end: j,
        value,
        words: false,
        plain,
        scaled,
    })
}

/// The longest spelled-out number read ("one hundred and twenty-five thousand ..." is shorter).
const MAX_WORDS: usize = 12;

/// `x % m` for a whole `x` below 2^128 (what [`words`] adds up stays whole), in integers: the
/// float `%` would bring a 2 KB `fmod` into the wasm.
fn rem(x: f64, m: u64) -> u64 {
    let v = x as u128;
    let (high, low) = ((v >> 64) as u64, v as u64);
    // 2^64 ≡ (u64::MAX % m + 1) (mod m)
    (high % m * ((u64::MAX % m + 1) % m) + low % m) % m
}

/// Spelled-out numbers: "two", "twenty-five", "one hundred and twenty", "two million",
/// "a million" (the "a" only before a magnitude).
fn words(lx: &Lexed, i: usize) -> Option<Num> {
    let mut total = 0f64;
    let mut current = 0f64;
    let mut j = i;
    let mut any = false;
    let mut scaled = false;
    if lx.is(i, "a") && lx.near(i + 1) && lx.keyword(i + 1).magnitude.is_some() {
        current = 1.0;
        j += 1;
    }
    // Bounded, so that "hundred hundred hundred ..." stays linear.
    while j < lx.len() && j < i + MAX_WORDS && (j == i || lx.near(j)) {
        if let Some(n) = lx.keyword(j).small_number {
            if any && rem(current, 100) != 0 && rem(current, 10) == 0 && n < 10 {
                current += n as f64;
            } else if any && rem(current, 100) != 0 {
                break;
            } else {
                current += n as f64;
            }
            any = true;
            j += 1;
            // "twenty-five"
            if lx.raw(j) == "-" && lx.joined(j) && lx.joined(j + 1) {
                if let Some(u) = lx
                    .keyword(j + 1)
                    .small_number
                    .filter(|&u| (1..10).contains(&u))
                {
                    current += u as f64;
                    j += 2;
                }
            }
        } else if let Some(m) = lx.keyword(j).magnitude.filter(|_| any || current > 0.0) {
            if m == 100.0 {
                current *= m;
            } else {
                total += current * m;
                current = 0.0;
            }
            any = true;
            scaled = true;
            j += 1;
            if lx.is(j, "and") && lx.keyword(j + 1).small_number.is_some() {
                j += 1;
            }
        } else {
            break;
        }
    }
    if j > i && lx.is(j - 1, "and") {
        j -= 1;
    }
    any.then_some(Num {
        end: j,
        value: total + current,
        words: true,
        plain: false,
        scaled,
    })
}

/// Words that, right after a number, say it counts something rather than standing alone.
fn counts_a_noun(lx: &Lexed, j: usize) -> bool {
    lx.near(j)
        && lx.is_word(j)
        && lx.raw(j).starts_with(|c: char| c.is_ascii_lowercase())
        && !is_function_word(lx, j)
}

/// Words that end a counted noun phrase or say a number counts nothing ("5 of the", "7 on
/// Friday"); in the keyword table as `Keyword::function_word`.
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "but", "to", "in", "on", "at", "by", "for", "from",
    "with", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
    "can", "could", "may", "might", "that", "which", "who", "this", "these", "those", "than",
    "per", "percent", "so", "if", "more", "less", "said", "says", "say", "times", "into", "over",
    "under", "after", "before", "since", "until", "about", "between", "during", "against", "among",
    "up", "down", "out", "off", "not", "also", "each", "other", "all", "both", "its", "their",
    "his", "her", "our", "when", "where", "while", "it", "they", "we", "he", "she", "you", "i",
    "ahead", "behind", "apart", "ago", "later", "earlier", "apiece", "vs", "v",
];

/// Token `j` is a function word, or no ASCII word at all.
fn is_function_word(lx: &Lexed, j: usize) -> bool {
    lx.low(j).is_empty() || lx.keyword(j).function_word
}

/// Where [`cardinal`] can begin: a number ("a" for "a million").
pub const START: Start = Start::AMOUNT;

/// Stand-alone numbers (CARDINAL) and numbers that count a noun (QUANTITY, with the noun
/// phrase as the unit: "5,000 troops", "7.5 lakh AK-203 assault rifles").
///
/// "one" is left out: it is a pronoun ("one of the") far more often than a count.
pub fn cardinal(lx: &Lexed, i: usize) -> Option<Found> {
    let n = number(lx, i)?;
    if n.words && !n.scaled && n.value <= 1.0 {
        return None;
    }
    // Part of a longer code or score: "7-Eleven", "1.2.3".
    if lx.joined(n.end) && matches!(lx.raw(n.end), "-" | "." | "/" | ":") && lx.joined(n.end + 1) {
        return None;
    }
    // A capitalised word counts after a magnitude only as a product code: "7.5 lakh AK-203".
    let code = lx.is_word(n.end) && lx.raw(n.end + 1) == "-" && lx.joined(n.end + 1);
    let counted = counts_a_noun(lx, n.end) || (n.scaled && lx.near(n.end) && code);
    if let Some(unit) = counted.then(|| counted_noun(lx, n.end)).flatten() {
        return Some(Found {
            start: i,
            end: n.end,
            label: Label::Quantity,
            rule: "quantity/count",
            priority: priority::COUNT,
            value: RawValue::Final(Value::Quantity {
                amount: n.value,
                unit,
            }),
        });
    }
    Some(Found {
        start: i,
        end: n.end,
        label: Label::Cardinal,
        rule: "number/cardinal",
        priority: priority::NUMBER,
        value: RawValue::Final(Value::Number(n.value)),
    })
}

fn is_irregular_plural(w: &str) -> bool {
    matches!(
        w,
        "people" | "men" | "women" | "children" | "police" | "personnel" | "staff" | "cattle"
    )
}

/// The noun phrase a count applies to, from token `j`: words (and hyphenated codes such as
/// "AK-203") up to a function word, punctuation or the fourth word.
fn counted_noun(lx: &Lexed, j: usize) -> Option<String> {
    let mut end = j;
    let mut k = j;
    let mut words = 0;
    while words < 4 && k < j + 12 && k < lx.len() && (k == j || lx.near(k)) {
        if lx.is_word(k) && !is_function_word(lx, k) && !lx.raw(k).ends_with("ly") {
            k += 1;
            end = k;
            words += 1;
            // A plural ends the phrase: "assault rifles", "people".
            let w = lx.low(k - 1);
            if (w.ends_with('s') && !w.ends_with("ss")) || is_irregular_plural(w) {
                break;
            }
        } else if lx.raw(k) == "-" && lx.joined(k) && lx.joined(k + 1) {
            k += 2;
            end = k;
        } else if lx.digits(k) > 0 && k > j && lx.joined(k) {
            k += 1;
            end = k;
        } else {
            break;
        }
    }
    (end > j).then(|| lx.text[lx.t[j].start..lx.t[end - 1].end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::with_context;

    #[test]
    fn rem_is_the_float_remainder_of_whole_numbers() {
        let mut xs = vec![
            0.0,
            5.0,
            110.0,
            1e22,
            1e22 + 5.0,
            99e22,
            2f64.powi(64),
            2f64.powi(127),
        ];
        let mut bits = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..100_000 {
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            let x = f64::from_bits(bits).abs();
            xs.push(x.trunc());
            xs.push((bits % 1_000_000) as f64 * 10f64.powi((bits % 20) as i32));
        }
        for x in xs.into_iter().filter(|x| *x < 2f64.powi(128)) {
            for m in [10, 100] {
                assert_eq!(rem(x, m) as f64, x % m as f64, "{x} % {m}");
            }
        }
    }

    fn read(text: &str) -> Option<(f64, String)> {
        with_context(text, |cx| {
            let lower = cx.text.to_ascii_lowercase();
            let lx = Lexed::new(cx, &lower);
            let n = number(&lx, 0)?;
            Some((n.value, text[..lx.t[n.end - 1].end].to_string()))
        })
    }

    #[test]
    fn reads_digits_separators_decimals_and_magnitudes() {
        let cases = [
            ("1,700 injured", 1700.0, "1,700"),
            ("7.5 lakh rifles", 750_000.0, "7.5 lakh"),
            ("3 crore", 30_000_000.0, "3 crore"),
            ("1,00,000 people", 100_000.0, "1,00,000"),
            ("4.5bn", 4.5e9, "4.5bn"),
            ("10m euros", 1e7, "10m"),
            ("2021 was", 2021.0, "2021"),
            ("1,2 and", 1.0, "1"),
            ("12.53%", 12.53, "12.53"),
        ];
        for (text, value, span) in cases {
            assert_eq!(read(text), Some((value, span.to_string())), "{text}");
        }
    }

    #[test]
    fn reads_spelled_out_numbers() {
        let cases = [
            ("two leaders", 2.0, "two"),
            ("twenty-five years", 25.0, "twenty-five"),
            ("two million people", 2e6, "two million"),
            (
                "one hundred and twenty days",
                120.0,
                "one hundred and twenty",
            ),
            ("a million dollars", 1e6, "a million"),
            ("five hundred thousand", 500_000.0, "five hundred thousand"),
        ];
        for (text, value, span) in cases {
            assert_eq!(read(text), Some((value, span.to_string())), "{text}");
        }
        assert_eq!(read("a day"), None);
        assert_eq!(read("so"), None);
        assert_eq!(read("two five"), Some((2.0, "two".into())));
    }
}
