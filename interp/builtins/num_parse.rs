//! Text to number: the grammar `int(text, base)` and `float(text)` accept (whitespace,
//! signs, base prefixes, underscores between digits, `inf`/`nan`), independent of the object
//! model. Callers turn `None` into CPython's "invalid literal" / "could not convert" errors.
//!
//! What must stay true: a string is accepted exactly when CPython 3.11 accepts it, and
//! float text is converted with correct rounding (Rust's parser, after validation here).

use num_bigint::BigInt;
use num_traits::Num;

/// CPython's `str.isspace` for the characters `int()` / `float()` strip.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// The code points of the digit zero of every Unicode decimal digit run (Unicode 14, as in
/// CPython 3.11); each run holds the digits 0-9 in order.
const DECIMAL_ZEROS: [u32; 65] = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Non-ASCII decimal digits become ASCII ones and white space becomes a space, as CPython
/// does before parsing number text.
fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let map = |c: char| -> char {
        let n = c as u32;
        if is_py_space(c) {
            return ' ';
        }
        let i = DECIMAL_ZEROS.partition_point(|&z| z <= n);
        match i.checked_sub(1).map(|k| DECIMAL_ZEROS[k]) {
            Some(z) if n - z < 10 => char::from(b'0' + (n - z) as u8),
            _ => c,
        }
    };
    std::borrow::Cow::Owned(s.chars().map(map).collect())
}

/// Why an int literal was rejected.
pub enum IntParseError {
    Invalid,
    /// More decimal digits than `sys.get_int_max_str_digits()` allows (the digit count).
    TooManyDigits(usize),
}

/// The int-to-str digit limit of CPython 3.11 (`sys.int_info.default_max_str_digits`).
pub const MAX_STR_DIGITS: usize = 4300;

/// Parse `text` as `int(text, base)` does (`base` is 0 or 2..=36; with 0 the literal's
/// own prefix decides, and decimal literals may not have leading zeros).
pub fn parse_int(text: &str, base: u32) -> Result<BigInt, IntParseError> {
    let text = ascii_digits(text);
    let s = text.trim_matches(is_py_space);
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower2 = s.get(..2).map(|p| p.to_ascii_lowercase());
    let prefix_base = match lower2.as_deref() {
        Some("0x") => Some(16),
        Some("0o") => Some(8),
        Some("0b") => Some(2),
        _ => None,
    };
    let req_base = base;
    let (base, digits, after_prefix) = match (base, prefix_base) {
        (0, Some(b)) => (b, &s[2..], true),
        (0, None) => (10, s, false),
        (b, Some(p)) if b == p => (b, &s[2..], true),
        (b, _) => (b, s, false),
    };
    // A single underscore may follow a base prefix; otherwise underscores sit between digits.
    let digits = if after_prefix {
        digits.strip_prefix('_').unwrap_or(digits)
    } else {
        digits
    };
    let mut clean = String::with_capacity(digits.len());
    let mut prev_digit = false;
    for c in digits.chars() {
        if c == '_' {
            if !prev_digit {
                return Err(IntParseError::Invalid);
            }
            prev_digit = false;
            continue;
        }
        if !c.is_digit(base) {
            return Err(IntParseError::Invalid);
        }
        clean.push(c);
        prev_digit = true;
    }
    if clean.is_empty() || !prev_digit {
        return Err(IntParseError::Invalid);
    }
    // With base 0, a decimal literal may not have leading zeros (except zero itself).
    if req_base == 0 && !after_prefix && clean.starts_with('0') && clean.bytes().any(|b| b != b'0')
    {
        return Err(IntParseError::Invalid);
    }
    if !base.is_power_of_two() && clean.len() > MAX_STR_DIGITS {
        return Err(IntParseError::TooManyDigits(clean.len()));
    }
    let v = if clean.len() <= 18 && base <= 10 || clean.len() <= 12 {
        BigInt::from(i64::from_str_radix(&clean, base).map_err(|_| IntParseError::Invalid)?)
    } else {
        BigInt::from_str_radix(&clean, base).map_err(|_| IntParseError::Invalid)?
    };
    Ok(if neg { -v } else { v })
}

/// Parse `text` as `float(text)` does; `None` when it is not a float literal.
pub fn parse_float(text: &str) -> Option<f64> {
    let text = ascii_digits(text);
    let s = text.trim_matches(is_py_space);
    if s.is_empty() || !s.is_ascii() {
        return None;
    }
    let (sign, body) = match s.as_bytes()[0] {
        b'-' => (-1.0, &s[1..]),
        b'+' => (1.0, &s[1..]),
        _ => (1.0, s),
    };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(sign * f64::NAN),
        _ => {}
    }
    let clean = strip_digit_underscores(body)?;
    if !is_decimal_literal(&clean) {
        return None;
    }
    let v: f64 = clean.parse().ok()?;
    Some(sign * v)
}

/// Remove underscores that sit between two digits; any other underscore is an error.
fn strip_digit_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let before = i > 0 && b[i - 1].is_ascii_digit();
            let after = b.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if !(before && after) {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(out)
}

/// `digits[.digits][e[sign]digits]` or `.digits[...]`, with at least one mantissa digit.
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut mantissa_digits = i - int_start;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let f = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        mantissa_digits += i - f;
    }
    if mantissa_digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let e = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == e {
            return false;
        }
    }
    i == b.len()
}
