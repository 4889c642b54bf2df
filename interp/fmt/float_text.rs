//! Float to text: `repr(float)`, the `e`/`f`/`g` conversions behind `%`-formatting and
//! `format()`, and `round(x, n)`.
//!
//! Digits come from correctly rounded sources (ryu for the shortest round-trip digits, Rust's
//! exact `{:.N}` / `{:.Ne}` for fixed precision, which round half to even on the exact binary
//! value like CPython's dtoa); [`double_to_string`] then lays them out with CPython's rules
//! (where to switch to an exponent, `e+16` / `e-05` exponents, `.0` for integral reprs).
//!
//! What must stay true: output equals CPython 3.11's `PyOS_double_to_string` for the same
//! code, precision and flags.

use super::FmtError;
use num_bigint::BigInt;
use num_integer::Integer;

/// Options of [`double_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// Always write a sign (`+1.5`).
    pub sign: bool,
    /// Integral results get `.0` (repr, and `format()` with no type).
    pub add_dot_0: bool,
    /// `#`: keep the decimal point and (for `g`) trailing zeros.
    pub alt: bool,
    /// `z`: a result that rounds to zero is written without `-`.
    pub no_neg_0: bool,
}

/// Every finite double is exact within 767 significant digits and 1074 digits after the
/// point, so asking Rust for more only adds zeros, which the layout pads anyway. (Rust's
/// formatter also rejects precisions above `u16::MAX`.)
const EXACT_DIGITS: usize = 1100;

/// A decimal digit string `0.d1d2d3… × 10^decpt` with no leading or trailing zeros
/// (zero itself is `"0"` with `decpt == 1`).
struct Decimal {
    digits: Vec<u8>,
    decpt: i64,
}

impl Decimal {
    /// Parses Rust's/ryu's own output (`123.45`, `1.5e-7`, `1e16`) into digits and a point.
    fn parse(s: &str) -> Decimal {
        let (mant, exp) = match s.split_once(['e', 'E']) {
            Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
            None => (s, 0),
        };
        let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
        let mut digits: Vec<u8> = Vec::with_capacity(int_part.len() + frac_part.len());
        digits.extend_from_slice(int_part.as_bytes());
        digits.extend_from_slice(frac_part.as_bytes());
        let mut decpt = int_part.len() as i64 + exp;
        let lead = digits.iter().take_while(|&&d| d == b'0').count();
        digits.drain(..lead);
        decpt -= lead as i64;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            digits.push(b'0');
            decpt = 1;
        }
        Decimal { digits, decpt }
    }

    fn is_zero(&self) -> bool {
        self.digits == b"0"
    }

    /// Shortest digits that round-trip.
    fn shortest(a: f64) -> Decimal {
        let mut buf = ryu::Buffer::new();
        Decimal::parse(buf.format_finite(a))
    }

    /// `n >= 1` significant digits, correctly rounded.
    fn significant(a: f64, n: usize) -> Decimal {
        let n = n.clamp(1, EXACT_DIGITS);
        Decimal::parse(&format!("{:.*e}", n - 1, a))
    }

    /// `n` digits after the point, correctly rounded.
    fn fixed(a: f64, n: usize) -> Decimal {
        let n = n.min(EXACT_DIGITS);
        Decimal::parse(&format!("{a:.n$}"))
    }
}

/// CPython's `PyOS_double_to_string`. `code` is `'e'`, `'f'`, `'g'` or `'r'` (repr; precision
/// ignored); `'E'`, `'F'`, `'G'` give upper-case exponents and `INF`/`NAN`. Any other code
/// is treated as `'r'`. A precision of 0 means 1 for `'g'`.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: FloatFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        // The sign of a NaN is never shown.
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let a = x.abs();
    // CPython's precisions are C ints; larger ones would only overflow the arithmetic below.
    let precision = precision.min(i32::MAX as usize);
    let prec = precision as i64;
    let (d, mut vend, use_exp) = match code {
        'e' => {
            let d = Decimal::significant(a, precision.saturating_add(1));
            (d, prec + 1, true)
        }
        'f' => {
            let d = Decimal::fixed(a, precision);
            let vend = d.decpt + prec;
            (d, vend, false)
        }
        'g' => {
            let p = prec.max(1);
            let d = Decimal::significant(a, precision.max(1));
            let limit = if flags.add_dot_0 { p - 1 } else { p };
            let use_exp = d.decpt <= -4 || d.decpt > limit;
            let vend = if flags.alt { p } else { d.digits.len() as i64 };
            (d, vend, use_exp)
        }
        _ => {
            let d = Decimal::shortest(a);
            // Exponent from 1e16 on: 17 significant places would show made-up digits.
            let use_exp = d.decpt <= -4 || d.decpt > 16;
            let vend = d.digits.len() as i64;
            (d, vend, use_exp)
        }
    };
    let negative = x.is_sign_negative() && !(flags.no_neg_0 && d.is_zero());
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }

    // Write the slice [vstart, vend) of the digit string padded with zeros on both sides,
    // with the point before position `decpt`.
    let mut decpt = d.decpt;
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && flags.add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };
    out.reserve((vend - vstart).max(0) as usize + 8);
    for i in vstart..vend {
        if i == decpt {
            out.push('.');
        }
        let digit = usize::try_from(i)
            .ok()
            .and_then(|i| d.digits.get(i))
            .copied()
            .unwrap_or(b'0');
        out.push(char::from(digit));
    }
    if decpt == vend && flags.alt {
        out.push('.');
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

/// `repr(x)`: shortest round-trip digits, exponent outside `1e-4 <= |x| < 1e16`.
pub fn float_repr(x: f64) -> String {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

/// `str(x)`: the same as `repr(x)` in Python 3.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// `round(x, ndigits)` for a float: the decimal value nearest to `x` with `ndigits` digits
/// after the point (ties to even, on the exact binary value, so `round(2.675, 2) == 2.67`),
/// converted back to the nearest float. NaN and infinities round to themselves; a result too
/// large for a float is an `OverflowError`.
pub fn round_half_even(x: f64, ndigits: i64) -> Result<f64, FmtError> {
    // Past these bounds every float rounds to itself, or to zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x)
    } else {
        let q = round_to_power_of_ten(x.abs(), ndigits.unsigned_abs() as u32);
        let sign = if x.is_sign_negative() { "-" } else { "" };
        format!("{sign}{q}e{}", -ndigits)
    };
    match text.parse::<f64>() {
        Ok(r) if r.is_finite() => Ok(r),
        _ => Err(FmtError::overflow("rounded value too large to represent")),
    }
}

/// `a / 10^k` rounded to an integer, ties to even, computed exactly.
fn round_to_power_of_ten(a: f64, k: u32) -> BigInt {
    let bits = a.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    // a = mantissa * 2^exp = num / den
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::from(10u32).pow(k);
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    q
}
