//! Integer text: the [`IntValue`] view (small `i64` or borrowed big int) that every integer
//! formatter takes, digit strings in bases 2/8/10/16, `hex()`/`oct()`/`bin()` text, and the
//! correctly rounded int-to-float conversion that `format(int, 'e')` needs.
//!
//! What must stay true: small ints never allocate a `BigInt`; digit strings are ASCII,
//! lower case, without sign; int-to-float rounds half to even like CPython.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// An integer argument: either a machine int or a borrowed big int.
#[derive(Clone, Copy, Debug)]
pub enum IntValue<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl From<i64> for IntValue<'_> {
    fn from(v: i64) -> Self {
        IntValue::Small(v)
    }
}

impl<'a> From<&'a BigInt> for IntValue<'a> {
    fn from(v: &'a BigInt) -> Self {
        IntValue::Big(v)
    }
}

impl IntValue<'_> {
    pub(crate) fn is_negative(&self) -> bool {
        match self {
            IntValue::Small(v) => *v < 0,
            IntValue::Big(b) => b.sign() == Sign::Minus,
        }
    }

    /// Digits of the absolute value in `radix` (2, 8, 10 or 16), lower case.
    pub(crate) fn abs_digits(&self, radix: u32) -> String {
        match self {
            IntValue::Small(v) => {
                let m = v.unsigned_abs();
                match radix {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                }
            }
            IntValue::Big(b) => b.magnitude().to_str_radix(radix),
        }
    }

    pub(crate) fn to_i64(self) -> Option<i64> {
        match self {
            IntValue::Small(v) => Some(v),
            IntValue::Big(b) => b.to_i64(),
        }
    }

    /// `float(v)`, or `None` when it overflows.
    pub(crate) fn to_f64(self) -> Option<f64> {
        match self {
            // `as` rounds to nearest, ties to even, which is what Python does.
            IntValue::Small(v) => Some(v as f64),
            IntValue::Big(b) => bigint_to_f64(b),
        }
    }
}

/// `str(v)` for radix 10, or `hex`/`oct`/`bin` text (`-0x1f`, `0o17`, `0b101`) for radix
/// 16/8/2 when `prefix` is set; without `prefix`, just the signed digits. Other radixes are
/// treated as 10.
pub fn int_to_str_radix<'a>(v: impl Into<IntValue<'a>>, radix: u32, prefix: bool) -> String {
    let v = v.into();
    let radix = match radix {
        2 | 8 | 16 => radix,
        _ => 10,
    };
    let digits = v.abs_digits(radix);
    let mut out = String::with_capacity(digits.len() + 3);
    if v.is_negative() {
        out.push('-');
    }
    if prefix {
        out.push_str(match radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&digits);
    out
}

/// Correctly rounded (half to even) conversion of a big int to `f64`; `None` if the result
/// would not be finite.
pub fn bigint_to_f64(v: &BigInt) -> Option<f64> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let abs = if bits <= 64 {
        mag.to_u64()? as f64
    } else if bits > 1024 {
        return None;
    } else {
        // Keep the top 64 bits and fold every lower bit into a sticky bit: the u64-to-f64
        // rounding then sees exactly whether the discarded tail is zero, half or more.
        let shift = bits - 64;
        let top = (mag >> shift).to_u64()?;
        let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
        let m = (top | u64::from(sticky)) as f64;
        // Scaling by a power of two is exact unless it overflows.
        m * f64::from_bits((1023 + shift) << 52)
    };
    if !abs.is_finite() {
        return None;
    }
    Some(if v.sign() == Sign::Minus { -abs } else { abs })
}
