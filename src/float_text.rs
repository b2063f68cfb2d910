//! Rust's `{}` text of a float, from JavaScript's `String(x)` of it. Both write the shortest
//! digits that read back as `x`, the closest such to `x`, but they differ in two ways: JavaScript
//! uses an exponent below 1e-6 and from 1e21 ("1.5e-7", "1e+21") where Rust never does
//! ("0.00000015", "1000000000000000000000"), and when `x` lies exactly halfway between two
//! closest candidates JavaScript takes the even one, Rust the larger ("…883.25": "…883.2" in
//! JavaScript, "…883.3" in Rust). The wasm's option errors use this (`wasm_de.rs`) instead of
//! linking Rust's float formatting.

/// Rust's `{}` of the finite `x`, whose JavaScript `String(x)` is `js`.
pub fn rust_display(x: f64, js: &str) -> String {
    let (mantissa, exponent) = js.split_once('e').unwrap_or((js, "0"));
    // The significant digits, and how many of them stand before the decimal point.
    let mut digits = Vec::new();
    let mut point = exponent.parse::<i32>().unwrap_or(0);
    let mut fraction = false;
    for b in mantissa.bytes() {
        match b {
            b'.' => fraction = true,
            b'0' if digits.is_empty() => point -= fraction as i32,
            b'0'..=b'9' => {
                digits.push(b);
                point += !fraction as i32;
            }
            _ => {}
        }
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    let d = digits.iter().fold(0, |d, b| d * 10 + (b - b'0') as u64);
    if halfway(x, d, point - digits.len() as i32) {
        *digits.last_mut().unwrap() += 1; // JavaScript chose the even neighbour: no carry
    }
    let mut text = if x.is_sign_negative() {
        "-".to_string()
    } else {
        String::new()
    };
    if digits.is_empty() {
        text.push('0'); // JavaScript's String(-0) is "0", Rust's "-0"
    } else if point <= 0 {
        text.push_str("0.");
        text.extend(std::iter::repeat('0').take(-point as usize));
        point = digits.len() as i32;
    }
    digits.resize(digits.len().max(point as usize), b'0');
    for (i, &b) in digits.iter().enumerate() {
        if i == point as usize {
            text.push('.');
        }
        text.push(b as char);
    }
    text
}

/// Whether |x| is exactly (d + 1/2) × 10^q, that is (2d + 1) × 5^q × 2^(q - 1).
fn halfway(x: f64, d: u64, q: i32) -> bool {
    let bits = x.abs().to_bits();
    let (biased, fraction) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
    // |x| = m × 2^e with m odd.
    let (m, e) = match biased {
        0 => (fraction, -1074),
        _ => (fraction | 1 << 52, biased - 1075),
    };
    if m == 0 {
        return false;
    }
    let (mut m, e) = (m >> m.trailing_zeros(), e + m.trailing_zeros() as i32);
    let mut odd = 2 * d + 1;
    // Both sides' odd parts must agree (both are below 2^58 but for a power of five), and so
    // must their powers of two.
    for _ in 0..q.unsigned_abs() {
        let grown = if q > 0 { &mut odd } else { &mut m };
        if *grown > 1 << 58 {
            return false;
        }
        *grown *= 5;
    }
    m == odd && e == q - 1
}

#[cfg(test)]
mod tests {
    use super::rust_display;

    /// JavaScript's `String(x)` for the cases below, none of which is a tie: Rust's shortest
    /// digits, in JavaScript's layout.
    fn js(x: f64) -> String {
        if (1e-6..1e21).contains(&x.abs()) {
            return format!("{x}");
        }
        let exp = format!("{x:e}");
        match exp.split_once('e') {
            Some((m, e)) if !e.starts_with('-') => format!("{m}e+{e}"),
            _ => exp,
        }
    }

    #[test]
    fn matches_rust_display() {
        let mut xs = vec![
            0.0,
            1e21,
            1.5e21,
            1e-7,
            1.5e-7,
            9.99e-7,
            1e-6,
            123.456,
            5e-324,
            f64::MAX,
        ];
        xs.extend([
            f64::MIN_POSITIVE,
            2.5e-300,
            1e300,
            0.1,
            100.0,
            1e15,
            120.0,
            0.0012,
        ]);
        let mut bits = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..100_000 {
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            xs.push(f64::from_bits(bits));
        }
        for x in xs.into_iter().filter(|x| x.is_finite()) {
            for x in [x, -x] {
                assert_eq!(rust_display(x, &js(x)), format!("{x}"), "{x:e}");
            }
        }
    }

    #[test]
    fn ties_go_up() {
        // 1646587108261883.25 is exactly a double; JavaScript writes it "1646587108261883.2".
        let x = 1646587108261883.0 + 0.25;
        assert_eq!(format!("{x}"), "1646587108261883.3");
        assert_eq!(rust_display(x, "1646587108261883.2"), "1646587108261883.3");
        assert_eq!(
            rust_display(-x, "-1646587108261883.2"),
            "-1646587108261883.3"
        );
    }

    #[test]
    fn examples() {
        assert_eq!(rust_display(1e21, "1e+21"), "1000000000000000000000");
        assert_eq!(rust_display(-1.5e-7, "-1.5e-7"), "-0.00000015");
        assert_eq!(
            rust_display(2.5e25, "2.5e+25"),
            "25000000000000000000000000"
        );
        assert_eq!(rust_display(1e-6, "0.000001"), "0.000001");
        assert_eq!(rust_display(12.5, "12.5"), "12.5");
        assert_eq!(rust_display(1000.0, "1000"), "1000");
        assert_eq!(rust_display(0.0, "0"), "0");
        assert_eq!(rust_display(-0.0, "0"), "-0");
    }
}
