//! Numbers as news writes them: "1,700", "7.5", "1,00,000", "7.5 lakh", "two million",
//! "twenty-five", "$4.5bn" (the "4.5bn" part). [`number`] reads one at a token; money, percent,
//! quantity, duration and date parsers build on it. [`cardinal`] finds the numbers that stand
//! alone or count something (CARDINAL), with the modifier OntoNotes keeps inside an amount ("about",
//! "more than"; [`modified`] does the same for money, percentages and measures).

use super::{ages, Found};
use crate::candidate::RawValue;
use crate::recognize::dates_and_amounts::token_view::{Number, Start, TokenView};
use crate::recognize::dates_and_amounts::words::{
    currency_name, day_part, follows_pronoun_one, GLUED_MAGNITUDES,
};
use crate::resolve::priority;

use crate::{Label, Value};

/// The number starting at token `i`, if one does.
#[inline]
pub fn number(view: &TokenView, i: usize) -> Option<Number> {
    match view.numbers.get(i)?.get() {
        Some(n) => n,
        None => read_once(view, i),
    }
}

/// The number at token `i`, read and kept for the next parser that asks (apart from
/// [`number`], so that what is kept costs no more than a look).
#[inline(never)]
fn read_once(view: &TokenView, i: usize) -> Option<Number> {
    let n = read(view, i).map(|n| plus(view, n));
    if let Some(memo) = view.numbers.get(i) {
        memo.set(Some(n));
    }
    n
}

/// "50-plus", "10,000 - plus": the "plus" stays inside the number (OntoNotes train: 12 of 15
/// inside an amount, 3 unmarked).
fn plus(view: &TokenView, n: Number) -> Number {
    if view.hyphen(n.end) && view.is(n.end + 1, "plus") {
        Number {
            end: n.end + 2,
            plain: false,
            ..n
        }
    } else {
        n
    }
}

fn read(view: &TokenView, i: usize) -> Option<Number> {
    if view.digits(i) > 0 || view.digits_then_letters(i).is_some() {
        digits(view, i)
    } else {
        words(view, i)
    }
}

fn digits(view: &TokenView, i: usize) -> Option<Number> {
    // A number glued to letters or a hyphen before it is part of a name: "S-400", "AK-203".
    if view.joined(i) && (view.is_word(i - 1) || view.raw(i - 1) == "-" && view.joined(i - 1)) {
        return None;
    }
    // The tail of a longer number or code: the "3" of "1.2.3", the "45" of "8:45".
    if view.joined(i)
        && matches!(view.raw(i - 1), "." | "," | ":" | "/")
        && view.joined(i - 1)
        && i >= 2
        && view.digits(i - 2) > 0
    {
        return None;
    }
    let mut j = i;
    let mut value;
    let mut plain = true;
    let mut suffix = "";
    if let Some((n, s)) = view.digits_then_letters(i) {
        value = n as f64;
        suffix = s;
        j += 1;
    } else {
        value = view.num(i)? as f64;
        j += 1;
        // Thousands separators: "1,700,000", or the Indian "1,00,000".
        let mut groups = 0;
        let mut lens = [0u8; 8];
        let mut k = j;
        while view.joined(k) && view.raw(k) == "," && view.joined(k + 1) && view.digits(k + 1) >= 2
        {
            if groups == lens.len() || view.digits(k + 1) > 3 {
                break;
            }
            lens[groups] = view.digits(k + 1);
            groups += 1;
            k += 2;
        }
        let valid = groups > 0
            && view.digits(i) <= 3
            && (lens[..groups].iter().all(|&l| l == 3)
                || (lens[groups - 1] == 3 && lens[..groups - 1].iter().all(|&l| l == 2)));
        if valid {
            for (g, len) in lens[..groups].iter().enumerate() {
                value = value * 10f64.powi(*len as i32) + view.num(j + 1 + 2 * g)? as f64;
            }
            j = k;
            plain = false;
        }
        // Decimals: "7.5", "4.5bn".
        if view.joined(j) && view.raw(j) == "." && view.joined(j + 1) {
            let frac = if view.digits(j + 1) > 0 {
                view.num(j + 1)
                    .map(|n| (n, view.digits(j + 1) as usize, ""))
            } else {
                view.digits_then_letters(j + 1)
                    .map(|(n, s)| (n, view.raw(j + 1).len() - s.len(), s))
            };
            if let Some((f, len, s)) = frac {
                // One division of exact integers: 12.53 reads as the nearest double to 12.53,
                // and no float parser enters the wasm (docs/DESIGN.md).
                let scale = 10f64.powi(len as i32);
                value = (value * scale + f as f64) / scale;
                suffix = s;
                j += 2;
                plain = false;
            }
        }
    }
    // Fractions, as share and bond prices are quoted: "1/4", "3 1/4", "103 12/32" (OntoNotes
    // train keeps the fraction inside the number in all of its 140 exact mixed fractions).
    if suffix.is_empty() && j == i + 1 {
        if let Some((f, end)) = fraction(view, i) {
            value = f;
            j = end;
            plain = false;
        } else if view.near(j) && !view.joined(j) {
            if let Some((f, end)) = fraction(view, j).filter(|&(f, _)| f < 1.0) {
                value += f;
                j = end;
                plain = false;
            }
        }
    }
    let mut scaled = false;
    if !suffix.is_empty() {
        value *= glued_magnitude(view, suffix)?;
        scaled = true;
        plain = false;
    } else if let Some(m) = view.near(j).then(|| view.keyword(j).magnitude).flatten() {
        value *= m;
        j += 1;
        scaled = true;
        plain = false;
    }
    Some(Number {
        end: j,
        value,
        words: false,
        plain,
        scaled,
    })
}

/// A fraction at `k` with a denominator prices use ("1/4", "12/32", "7/8"), below one:
/// its value and the token after it. Not the start of a date or a longer code ("3/4/2021").
fn fraction(view: &TokenView, k: usize) -> Option<(f64, usize)> {
    if !(view.joined(k + 1) && view.raw(k + 1) == "/" && view.joined(k + 2)) {
        return None;
    }
    let (a, b) = (view.num(k)?, view.num(k + 2)?);
    if a >= b || !matches!(b, 2 | 4 | 8 | 16 | 32 | 64) || view.digits(k) != view.raw(k).len() as u8
    {
        return None;
    }
    if view.joined(k + 3) && matches!(view.raw(k + 3), "/" | "-" | ".") && view.digits(k + 4) > 0 {
        return None;
    }
    Some((a as f64 / b as f64, k + 3))
}

/// Short magnitudes glued to digits: "10m", "4.5bn", "20k", "3cr".
fn glued_magnitude(view: &TokenView, suffix: &str) -> Option<f64> {
    match GLUED_MAGNITUDES.iter().find(|(short, _)| *short == suffix) {
        Some(&(_, m)) => Some(m),
        None => view.keyword_of(suffix).magnitude,
    }
}

/// The longest spelled-out number read ("one hundred and twenty-five thousand ..." is shorter).
const MAX_WORDS: usize = 12;

/// `x % m` for a whole `x` below 2^128 (what [`words`] adds up stays whole), in integers, so
/// that no `fmod` enters the wasm (docs/DESIGN.md).
fn rem(x: f64, m: u64) -> u64 {
    let v = x as u128;
    let (high, low) = ((v >> 64) as u64, v as u64);
    // 2^64 ≡ (u64::MAX % m + 1) (mod m)
    (high % m * ((u64::MAX % m + 1) % m) + low % m) % m
}

/// Spelled-out numbers: "two", "twenty-five", "one hundred and twenty", "two million",
/// "a million", "several thousand" (the "a" or "several" only before a magnitude).
fn words(view: &TokenView, i: usize) -> Option<Number> {
    let mut total = 0f64;
    let mut current = 0f64;
    let mut j = i;
    let mut any = false;
    let mut scaled = false;
    let magnitude_at = |k: usize| view.near(k) && view.keyword(k).magnitude.is_some();
    if view.is(i, "a") && magnitude_at(i + 1) {
        current = 1.0;
        j += 1;
    } else if view.is(i, "several") && magnitude_at(i + 1) {
        // "several hundred", "a few million": valued by the magnitude, as "hundreds of" is
        // (OntoNotes train keeps "several"/"a few" inside 49 times of 58).
        current = 1.0;
        j += 1;
    } else if view.is(i, "a") && view.next_is(i + 1, "few") && magnitude_at(i + 2) {
        current = 1.0;
        j += 2;
    }
    // Bounded, so that "hundred hundred hundred ..." stays linear.
    while j < view.len() && j < i + MAX_WORDS && (j == i || view.near(j)) {
        if let Some(n) = view.keyword(j).small_number {
            if any && rem(current, 100) != 0 && rem(current, 10) == 0 && n < 10 {
                current += n as f64;
            } else if any && rem(current, 100) != 0 {
                break;
            } else {
                current += n as f64;
            }
            any = true;
            j += 1;
            // "twenty-five", and "twenty - five" as tokenised text writes it; only after a
            // multiple of ten ("five - six" is a range).
            let tens = rem(current, 10) == 0 && rem(current, 100) >= 20;
            if tens && view.hyphen(j) {
                if let Some(u) = view
                    .keyword(j + 1)
                    .small_number
                    .filter(|&u| (1..10).contains(&u))
                {
                    current += u as f64;
                    j += 2;
                }
            }
        } else if view.is(j, "point") && any && !scaled && view.near(j + 1) {
            // "seven point one billion", "twenty six point two miles": a decimal read aloud.
            let Some((frac, end)) = spoken_decimal(view, j + 1) else {
                break;
            };
            current += frac;
            j = end;
            if let Some(m) = view.keyword(j).magnitude.filter(|&m| m >= 1000.0) {
                total += current * m;
                current = 0.0;
                scaled = true;
                j += 1;
            }
            break;
        } else if let Some(m) = view.keyword(j).magnitude.filter(|_| any || current > 0.0) {
            if m == 100.0 {
                current *= m;
            } else {
                total += current * m;
                current = 0.0;
            }
            any = true;
            scaled = true;
            j += 1;
            if view.is(j, "and") && view.keyword(j + 1).small_number.is_some() {
                j += 1;
            }
        } else {
            break;
        }
    }
    if j > i && view.is(j - 1, "and") {
        j -= 1;
    }
    any.then_some(Number {
        end: j,
        value: total + current,
        words: true,
        plain: false,
        scaled,
    })
}

/// The digits after a spoken "point" ("one point four five" → 0.45, ending at the token after
/// them): single digit words only (OntoNotes train: 8 of 9 "N point D" read so are one amount,
/// CARDINAL, MONEY or QUANTITY; the ninth is an article number, "article two point two").
fn spoken_decimal(view: &TokenView, k: usize) -> Option<(f64, usize)> {
    let mut frac = 0.0;
    let mut scale = 0.1;
    let mut j = k;
    while j < k + MAX_WORDS && (j == k || view.near(j)) {
        match view.keyword(j).small_number.filter(|&d| d < 10) {
            Some(d) => frac += d as f64 * scale,
            None => break,
        }
        scale /= 10.0;
        j += 1;
    }
    (j > k).then_some((frac, j))
}

/// The word "one" at `i` (ending at `end`) is a count: a word follows that is no verb or
/// function word ("one can", "one that"), or a hyphen and a word ("one - time", "one-party":
/// train CARDINAL 48 of 64 where nothing longer is read), or "or" and a number ("one or two":
/// 17 of 20); and no determiner or "than" ("more than one") comes before.
fn counts_one(view: &TokenView, i: usize, end: usize) -> bool {
    let before = i > 0
        && view.near(i)
        && matches!(
            view.low(i - 1),
            "no" | "the" | "this" | "that" | "than" | "every" | "each" | "another" | "any"
        );
    // "the only one", and "one another" (train: CARDINAL 0 of 5 and 0 of 19).
    let the_only = i > 1 && view.is(i - 1, "only") && view.is(i - 2, "the");
    let compound = view.hyphen(end) && view.is_word(end + 1);
    let or_more = view.next_is(end, "or")
        && view.near(end + 1)
        && (view.keyword(end + 1).small_number.is_some() || view.is(end + 1, "more"));
    // "one morning", "one night": a time of day, no count (train: we marked 14, 2 CARDINAL).
    let word_after = view.near(end)
        && view.is_word(end)
        && !follows_pronoun_one(view.low(end))
        && !view.is(end, "another")
        && day_part(view.low(end)).is_none();
    !before && !the_only && (word_after || compound || or_more)
}

/// A digit said as a word in a run of three or more ("one eight seven seven", "two oh
/// three"): a phone number or code read out, no count ("six seven times" stays two counts).
fn in_digit_run(view: &TokenView, i: usize, n: &Number) -> bool {
    let digit_word = |k: usize| {
        view.is(k, "oh")
            || view.is(k, "zero")
            || view.keyword(k).small_number.is_some_and(|d| d < 10)
    };
    if !(n.words && !n.scaled && n.end == i + 1) {
        return false;
    }
    let mut run = 1;
    let mut k = i;
    while run < 3 && k > 0 && view.near(k) && digit_word(k - 1) {
        (run, k) = (run + 1, k - 1);
    }
    k = i + 1;
    while run < 3 && view.near(k) && digit_word(k) {
        (run, k) = (run + 1, k + 1);
    }
    run >= 3
}

/// Where [`cardinal`] can begin: a number ("a" for "a million"), or a modifier.
pub const START: Start = Start::AMOUNT;

/// The token after the modifier of an amount at `i` ("about", "more than", "as much as"), or
/// `i` when there is none: OntoNotes keeps the modifier inside the amount.
pub fn after_modifier(view: &TokenView, i: usize) -> usize {
    let k = view.after_one_modifier(i);
    // "only about 40", "only some": two modifiers, both inside (train: "only about" 26 of 26).
    if k > i && view.is(i, "only") && view.near(k) {
        return view.after_one_modifier(k);
    }
    k
}

/// What `read` finds at `i`, or after the modifier that begins at `i`, which then joins the
/// find.
pub fn modified(
    view: &TokenView,
    i: usize,
    read: fn(&TokenView, usize) -> Option<Found>,
) -> Option<Found> {
    let k = after_modifier(view, i);
    if k == i {
        return read(view, i);
    }
    if !view.near(k) {
        return None;
    }
    let mut f = read(view, k)?;
    (f.start == k).then(|| {
        f.start = i;
        f
    })
}

/// Numbers that stand alone or count something: CARDINAL, as OntoNotes labels a count of things
/// ("7.5 lakh" of "7.5 lakh AK-203 assault rifles", "two" of "the two leaders"); QUANTITY is
/// only a measure with a unit (`quantities.rs`).
///
/// "one" counts only before a word ("one person", "one of them") and not after a determiner:
/// "no one", "the one", "this one" are pronouns.
pub fn cardinal(view: &TokenView, i: usize) -> Option<Found> {
    if let Some(f) = vague_count(view, i)
        .or_else(|| bare_plural(view, i))
        .or_else(|| between(view, i))
        .or_else(|| ages::after_name(view, i))
        .or_else(|| ages::after_word(view, i))
    {
        return Some(f);
    }
    // "#1", "#90": the sign stays in (train: of "#N" with no magnitude, 13 CARDINAL with the
    // sign, 7 MONEY, 2 unmarked; "#18.5 million" is pounds, `money.rs`).
    if view.raw(i) == "#" {
        let n = number(view, i + 1).filter(|n| view.joined(i + 1) && !n.scaled)?;
        let f = bare_cardinal(view, i + 1).filter(|f| f.end == n.end)?;
        return Some(Found { start: i, ..f });
    }
    // A modifier before a length of time is the length's to take or leave (durations.rs): with
    // it the count would be the longer span and win ("an additional [two] hours").
    let f = modified(view, i, bare_cardinal)?;
    let before_a_length = view.near(f.end) && view.keyword(f.end).unit.is_some();
    (after_modifier(view, i) == i || !before_a_length).then_some(f)
}

/// Where [`vague_count`], [`half`], [`between`] and a "#" before a number can begin.
pub const VAGUE_START: Start = Start {
    words: &[
        "hundreds",
        "thousands",
        "dozens",
        "millions",
        "billions",
        "tens",
        "half",
        "between",
        "#",
    ],
    ..Start::NOWHERE
};

/// The magnitude a plural number word counts in ("hundreds" 100).
fn plural_magnitude(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 12.0,
        "hundreds" => 100.0,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        _ => return None,
    })
}

/// "hundreds of", "tens of thousands of", "hundreds of millions of" at `i`: the magnitude they
/// count in (100, 10,000, 1e8) and the index of their last "of".
pub fn plural_magnitudes(view: &TokenView, i: usize) -> Option<(f64, usize)> {
    let first = match view.low(i) {
        "tens" => 10.0,
        w => plural_magnitude(w)?,
    };
    if !view.next_is(i + 1, "of") {
        return None;
    }
    // A chain not followed by "of" ("tens of thousands died") is [`bare_plural`]'s.
    match plural_magnitude(view.low(i + 2)).filter(|_| view.near(i + 2)) {
        Some(m) if view.next_is(i + 3, "of") => Some((first * m, i + 3)),
        None if first != 10.0 => Some((first, i + 1)),
        _ => None,
    }
}

/// "hundreds of [people]", "tens of thousands of", "hundreds of millions of": a CARDINAL
/// without "of" (OntoNotes train: 208 of 300 "hundreds/thousands/dozens/millions of" phrasings
/// marked so, plus the chains), valued by the magnitude it counts in (100, 10,000, 1e8). Not
/// before money, a length or a measure ("billions of dollars", "thousands of years"), which
/// OntoNotes marks whole as MONEY (`money::magnitudes`), DATE, QUANTITY.
fn vague_count(view: &TokenView, i: usize) -> Option<Found> {
    let (value, end) = plural_magnitudes(view, i)?;
    // `end` is the "of" after the count; what it counts follows.
    let k = end + 1;
    let counted = view.keyword(k);
    if !view.near(k)
        || counted.unit.is_some()
        || counted.measure.is_some()
        || currency_name(view.low(k)).is_some()
    {
        return None;
    }
    Some(vague_count_found(i, end, value))
}

/// "thousands", "dozens", "tens of thousands" with nothing counted after them ("killed
/// hundreds", "Dozens were hurt", "is worth millions"): a CARDINAL valued by the magnitude, as
/// [`vague_count`] values "hundreds of" (OntoNotes train: 53 of 75 such words CARDINAL, 11 more
/// inside a longer CARDINAL, 5 MONEY, 6 unmarked). Not after a number, "$", "of" or a hyphen
/// ("$2 billions", "tens of thousands", "hundreds - of - billions"), nor before "of" or a hyphen.
fn bare_plural(view: &TokenView, i: usize) -> Option<Found> {
    let first = match view.low(i) {
        "tens" => 10.0,
        w => plural_magnitude(w)?,
    };
    let (value, end) = match plural_magnitude(view.low(i + 2)) {
        Some(m) if view.next_is(i + 1, "of") && view.near(i + 2) => (first * m, i + 3),
        _ if first == 10.0 => return None,
        _ => (first, i + 1),
    };
    let b = i.wrapping_sub(1);
    let after_number = i > 0
        && view.near(i)
        && (view.digits(b) > 0 || matches!(view.raw(b), "$" | "-") || view.is(b, "of"));
    let before_more = view.near(end) && (view.is(end, "of") || view.raw(end) == "-");
    if after_number || before_more {
        return None;
    }
    Some(vague_count_found(i, end, value))
}

/// A vague count ("hundreds of", "dozens"): a CARDINAL valued by its magnitude.
fn vague_count_found(start: usize, end: usize, value: f64) -> Found {
    Found {
        start,
        end,
        label: Label::Cardinal,
        rule: "number/vague-count",
        priority: priority::NUMBER,
        value: RawValue::Final(Value::Number(value)),
    }
}

/// "between 28 and 30", "between five and six thousand": one CARDINAL valued by its upper end,
/// as ranges of money and percentages are (OntoNotes train: 10 of 12 such ranges with nothing
/// counted in a unit after them marked whole). Not before a unit, a currency or a percent sign
/// (those are the measure's, the money's, the percentage's), nor between years.
fn between(view: &TokenView, i: usize) -> Option<Found> {
    if !view.is(i, "between") || !view.near(i + 1) {
        return None;
    }
    let low = number(view, i + 1)?;
    if !view.next_is(low.end, "and") || !view.near(low.end + 1) {
        return None;
    }
    let high = number(view, low.end + 1)?;
    let k = high.end;
    let after = view.keyword(k);
    let unit_after = view.near(k)
        && (after.unit.is_some()
            || after.measure.is_some()
            || currency_name(view.low(k)).is_some()
            || matches!(view.low(k), "%" | "percent" | "pct" | "per"));
    let year = |n: &Number| n.plain && (1000.0..2100.0).contains(&n.value);
    if unit_after || year(&low) || year(&high) {
        return None;
    }
    Some(Found {
        start: i,
        end: k,
        label: Label::Cardinal,
        rule: "number/range",
        priority: priority::NUMBER,
        value: RawValue::Final(Value::Number(high.value)),
    })
}

/// The denominator a fraction word names ("third" 3, "quarters" 4), singular or plural.
fn denominator(w: &str) -> Option<(f64, bool)> {
    Some(match w {
        "third" => (3.0, false),
        "thirds" => (3.0, true),
        "quarter" | "fourth" => (4.0, false),
        "quarters" | "fourths" => (4.0, true),
        "fifth" => (5.0, false),
        "fifths" => (5.0, true),
        "sixth" => (6.0, false),
        "sixths" => (6.0, true),
        "seventh" => (7.0, false),
        "sevenths" => (7.0, true),
        "eighth" => (8.0, false),
        "eighths" => (8.0, true),
        "ninth" => (9.0, false),
        "ninths" => (9.0, true),
        "tenth" => (10.0, false),
        "tenths" => (10.0, true),
        _ => return None,
    })
}

/// "a third of", "one - fourth of", "two-thirds of": a share of a whole, a CARDINAL valued as
/// the fraction (train: before "of" CARDINAL 78 times, unmarked 10, ORDINAL 5). Not before "of
/// a" or "of one" ("a third of a watt", "a tenth of a percentage point": a measure) nor after
/// "first" or "last" ("the first three quarters of the year": a date).
fn share(view: &TokenView, i: usize) -> Option<Found> {
    if view.is(i, "half") {
        return half(view, i);
    }
    let numerator = match view.low(i) {
        "a" | "one" => 1.0,
        _ => f64::from(
            view.keyword(i)
                .small_number
                .filter(|n| (2..10).contains(n))?,
        ),
    };
    let k = if view.hyphen(i + 1) { i + 2 } else { i + 1 };
    let (d, plural) = denominator(view.low(k)).filter(|_| view.near(k))?;
    let of = view.next_is(k + 1, "of");
    let of_a_measure = of && matches!(view.low(k + 2), "a" | "an" | "one");
    let after_rank = i > 0 && matches!(view.low(i - 1), "first" | "last");
    // Written with a hyphen ("two - thirds", "one-fifth") it is a fraction even without "of"
    // (train: "two - thirds" and the like end a CARDINAL 15 times where we stopped before them).
    let hyphenated = k == i + 2 && !view.is(i, "a");
    if plural != (numerator > 1.0) || !(of || hyphenated) || of_a_measure || after_rank {
        return None;
    }
    // "three quarters of them", "about a quarter of the vote": a share, not three quarters of a
    // year, so over the length `durations.rs` reads in the same words (train: of such phrasings
    // the length had, 6 CARDINAL, 1 DATE). Of a period it stays the length's ("a quarter of
    // the year").
    let of_a_period = {
        let w = if matches!(view.low(k + 2), "the" | "this" | "last" | "next" | "each") {
            k + 3
        } else {
            k + 2
        };
        view.keyword(w).unit.is_some() || view.digits(w) > 0
    };
    let share_of = of && d == 4.0 && !of_a_period;
    Some(Found {
        start: i,
        end: k + 1,
        label: Label::Cardinal,
        rule: "number/share",
        priority: if share_of {
            priority::AMOUNT
        } else {
            priority::NUMBER
        },
        value: RawValue::Final(Value::Number(numerator / d)),
    })
}

/// "half of", "half the", "about half its": a share, 0.5 (train: "half" before "of" CARDINAL 29
/// times alone and 35 with a modifier, inside a DATE 31 ("the first half of"), unmarked 8;
/// before "the" 12 alone, 22 with a modifier, unmarked 9). Not a part of a year or an hour
/// after a rank or "a" ("the first half", "an hour and a half").
fn half(view: &TokenView, i: usize) -> Option<Found> {
    // "half a dozen", a count of six.
    if view.next_is(i + 1, "a") && view.next_is(i + 2, "dozen") {
        return Some(Found {
            start: i,
            end: i + 3,
            label: Label::Cardinal,
            rule: "number/cardinal",
            priority: priority::NUMBER,
            value: RawValue::Final(Value::Number(6.0)),
        });
    }
    let whole_follows = view.near(i + 1)
        && matches!(
            view.low(i + 1),
            "of" | "the" | "its" | "his" | "her" | "their"
        )
        && !matches!(view.low(i + 2), "a" | "an" | "one");
    let after_rank = i > 0
        && matches!(
            view.low(i - 1),
            "first" | "second" | "last" | "a" | "one" | "and" | "the" | "latter" | "other"
        );
    if after_rank || !(whole_follows || alone_half(view, i)) {
        return None;
    }
    Some(Found {
        start: i,
        end: i + 1,
        label: Label::Cardinal,
        rule: "number/share",
        priority: priority::NUMBER,
        value: RawValue::Final(Value::Number(0.5)),
    })
}

/// "half" with nothing it is a share of after it, but "in" or a modifier before it: "cut in
/// half", "nearly half have quit", "only half right" (OntoNotes train: "in half" CARDINAL 8 of
/// 10, a modifier and "half" with no whole after it 12 of 16 whole and 2 more "half" alone). Not
/// before what it measures ("in half a day", "about half an hour", "nearly half - price", "only
/// half way").
fn alone_half(view: &TokenView, i: usize) -> bool {
    let measured = view.near(i + 1)
        && (matches!(view.low(i + 1), "a" | "an" | "-" | "/" | "way")
            || view.keyword(i + 1).unit.is_some()
            || view.keyword(i + 1).measure.is_some()
            || view.keyword(i + 1).magnitude.is_some());
    let after_in = i > 0 && view.near(i) && view.is(i - 1, "in");
    let modified = (i.saturating_sub(3)..i).any(|j| after_modifier(view, j) == i);
    !measured && (after_in || modified)
}

/// The number in digits at `i` is part of the name before it: "the S&P 500", "a Boeing 747",
/// "Form 8300", "Section 8" (a capitalised word inside a sentence, no keyword such as a month,
/// right before the digits). OntoNotes train: of such numbers we marked CARDINAL, 35 were one,
/// 28 unmarked and 88 inside a name; "No. 1" (after a full stop) stays a count. A capitalised
/// number word the same: "the Big Three", "Game Three", "Zhu Five" (train: of 21 we marked, 5
/// CARDINAL).
fn names_number(view: &TokenView, i: usize) -> bool {
    let w = i.wrapping_sub(1);
    let named = view.digits(i) > 0 || view.capitalised(i) && view.keyword(i).small_number.is_some();
    i > 0
        && named
        && view.near(i)
        && !view.joined(i)
        && view.is_word(w)
        && view.capitalised(w)
        // "Record" is a keyword only for "a record $5 billion" (`money.rs`): "Campy Record 10".
        && (!view.is_keyword(w) || view.is(w, "record"))
        && view
            .sentences
            .get(view.sentence[w] as usize)
            .is_some_and(|s| s.start < w)
}

/// Either number of "9 / 11" or "nine eleven" as tokenised text writes them: the attacks' name
/// (OntoNotes train: an EVENT, a DATE or inside a name 27 times of 27 with a space around the
/// slash or none, never a CARDINAL; "9 - 11 p.m." is a clock range and stays).
fn nine_eleven(view: &TokenView, i: usize) -> bool {
    let nine = |k: usize| view.raw(k) == "9" || view.is(k, "nine");
    let eleven = |k: usize| view.raw(k) == "11" || view.is(k, "eleven");
    let pair = |k: usize| {
        nine(k)
            && (view.near(k + 1) && view.is(k + 1, "eleven")
                || view.raw(k) == "9"
                    && view.raw(k + 1) == "/"
                    && view.near(k + 1)
                    && view.near(k + 2)
                    && view.raw(k + 2) == "11")
    };
    pair(i) || eleven(i) && (i >= 1 && pair(i - 1) || i >= 2 && pair(i - 2))
}

fn bare_cardinal(view: &TokenView, i: usize) -> Option<Found> {
    if let Some(f) = share(view, i) {
        return Some(f);
    }
    let n = number(view, i)?;
    if n.words && !n.scaled && n.value == 1.0 && !counts_one(view, i, n.end)
        || in_digit_run(view, i, &n)
    {
        return None;
    }
    // The second number of a score or pair as tokenised text writes it ("2 - 0", "12 - 2"):
    // OntoNotes train never marks it alone (the first alone 26 times, the pair 14, neither 23).
    if i >= 2 && view.spaced_hyphen(i - 1) && view.digits(i - 2) > 0 && view.digits(i) > 0 {
        return None;
    }
    // A code or model after a spaced hyphen, as tokenised text writes "S-400": "single - A -
    // 3", "MD - 80", "Baa - 1" (train: 93 such numbers unmarked or inside a name, 12 CARDINAL).
    if i >= 2
        && view.spaced_hyphen(i - 1)
        && view.digits(i) > 0
        && view.is_word(i - 2)
        && view.keyword(i - 2).small_number.is_none()
        && !matches!(
            view.low(i - 2),
            "to" | "for" | "in" | "by" | "and" | "or" | "than" | "over" | "under" | "about" | "of"
        )
    {
        return None;
    }
    // "article seven", "section 8", "chapter 11": a law's part, named (train: a LAW or inside
    // one 11 of 11 after these words in lower case; capitalised at a line's start they head a
    // list, "Article Seven:", CARDINAL 5 of 6).
    let law_part =
        i > 0 && view.near(i) && matches!(view.raw(i - 1), "article" | "section" | "chapter");
    let nine_or_eleven = n.value == 9.0 || n.value == 11.0;
    if names_number(view, i) || law_part || nine_or_eleven && nine_eleven(view, i) {
        return None;
    }
    // Part of a longer code or score: "7-Eleven", "1.2.3".
    if view.joined(n.end)
        && matches!(view.raw(n.end), "-" | "." | "/" | ":")
        && view.joined(n.end + 1)
    {
        return None;
    }
    // A query or an address: "?id=64&cat=9", "k_84@mail.com" (train: 21 such numbers, none
    // marked).
    let glued = |k: usize| matches!(view.raw(k), "=" | "&" | "_" | "@");
    if i > 0 && view.joined(i) && glued(i - 1) || view.joined(n.end) && glued(n.end) {
        return None;
    }
    // A toll-free or premium telephone prefix: "a 900 number", "800 service", "the 800 - line"
    // (train: 16 of 16 unmarked).
    let k = if view.hyphen(n.end) { n.end + 1 } else { n.end };
    if matches!(view.raw(i), "800" | "900")
        && n.end == i + 1
        && view.near(k)
        && matches!(
            view.low(k),
            "number" | "numbers" | "service" | "services" | "line" | "lines" | "call" | "calls"
        )
    {
        return None;
    }
    // A list item's number at the start of a line, "2- stealing a phone" (train: 13 of 13
    // unmarked).
    let line_start = i == 0 || !view.near(i);
    if line_start && view.joined(n.end) && view.raw(n.end) == "-" && !view.joined(n.end + 1) {
        return None;
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
        with_context(text, |context| {
            let lower = context.text.to_ascii_lowercase();
            let view = TokenView::new(
                context,
                &lower,
                crate::recognize::dates_and_amounts::parsers::keyword_table(),
            );
            let n = number(&view, 0)?;
            Some((n.value, text[..view.tokens[n.end - 1].end].to_string()))
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
        assert_eq!(
            read("seven point one billion dollar"),
            Some((7.1e9, "seven point one billion".into()))
        );
        assert_eq!(
            read("twenty six point two miles"),
            Some((26.2, "twenty six point two".into()))
        );
        // No digit word after "point": the number ends before it.
        assert_eq!(read("one point of view"), Some((1.0, "one".into())));
        assert_eq!(read("two point"), Some((2.0, "two".into())));
    }
}
