//! Numeric literal scanning: ints in all bases with underscores, floats, exponents and
//! imaginary literals, with CPython 3.11's tokenizer errors and error positions.
//!
//! What must stay true: the scanner follows CPython's `tok_get` number branch step by step
//! (which character is consumed before an error is raised decides the reported column), and
//! a number immediately followed by an ASCII identifier character is an error unless that
//! character starts one of the keywords CPython tolerates (`1if x else 2`).

use num_bigint::BigInt;
use num_traits::Num as _;

/// A scanned numeric literal.
#[derive(Clone, Debug, PartialEq)]
pub enum Num {
    Int(BigInt),
    Float(f64),
    Imag(f64),
}

/// A number error: message plus the byte range CPython highlights (`pos` gives the
/// 1-based offset `col(pos) + 1`; `end` likewise).
#[derive(Clone, Debug, PartialEq)]
pub struct NumError {
    pub msg: String,
    pub pos: usize,
    pub end: usize,
}

struct Scanner<'a> {
    s: &'a [u8],
    i: usize,
    start: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> u8 {
        self.s.get(self.i).copied().unwrap_or(0)
    }
    fn at(&self, off: usize) -> u8 {
        self.s.get(self.i + off).copied().unwrap_or(0)
    }
    /// CPython's `syntaxerror` after backing up to the offending character at `self.i`:
    /// the reported offset is that character's 0-based column.
    fn err_here(&self, msg: String) -> NumError {
        let p = self.i.saturating_sub(1).max(self.start);
        NumError {
            msg,
            pos: p,
            end: p,
        }
    }
    /// Error raised with the offending character (at `self.i`) consumed: the reported
    /// offset is its column + 1.
    fn err_consumed(&self, msg: String) -> NumError {
        NumError {
            msg,
            pos: self.i,
            end: self.i,
        }
    }

    /// Digits with single underscores between them (`tok_decimal_tail`).
    fn decimal_tail(&mut self) -> Result<(), NumError> {
        loop {
            while self.peek().is_ascii_digit() {
                self.i += 1;
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.i += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.err_here("invalid decimal literal".into()));
            }
        }
    }

    /// CPython's `verify_end_of_number`: what may follow a number directly.
    fn verify_end(&self, kind: &str) -> Result<(), NumError> {
        let c = self.peek();
        let rest = &self.s[(self.i + 1).min(self.s.len())..];
        let tolerated = match c {
            b'a' => rest.starts_with(b"nd"),
            b'e' => rest.starts_with(b"lse"),
            b'f' => rest.starts_with(b"or"),
            b'i' => matches!(rest.first(), Some(b'f' | b'n' | b's')),
            b'o' => rest.starts_with(b"r"),
            b'n' => rest.starts_with(b"ot"),
            _ => false,
        };
        if !tolerated && (c.is_ascii_alphanumeric() || c == b'_') {
            return Err(self.err_here(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    fn radix_digits(&mut self, radix: u32, name: &str) -> Result<(), NumError> {
        loop {
            if self.peek() == b'_' {
                self.i += 1;
            }
            let c = self.peek();
            if !(c as char).is_digit(radix) {
                if radix < 10 && c.is_ascii_digit() {
                    return Err(self
                        .err_consumed(format!("invalid digit '{}' in {name} literal", c as char)));
                }
                return Err(self.err_here(format!("invalid {name} literal")));
            }
            while (self.peek() as char).is_digit(radix) {
                self.i += 1;
            }
            if self.peek() != b'_' {
                break;
            }
        }
        let c = self.peek();
        if radix < 10 && c.is_ascii_digit() {
            return Err(
                self.err_consumed(format!("invalid digit '{}' in {name} literal", c as char))
            );
        }
        self.verify_end(name)
    }

    /// Fraction digits (after the '.') and everything that may follow them.
    fn fraction(&mut self) -> Result<Num, NumError> {
        if self.peek().is_ascii_digit() {
            self.decimal_tail()?;
        }
        self.exponent_and_suffix(true)
    }

    /// Optional exponent, then optional `j`; `is_float` says a '.' was seen.
    fn exponent_and_suffix(&mut self, mut is_float: bool) -> Result<Num, NumError> {
        if matches!(self.peek(), b'e' | b'E') {
            let e_pos = self.i;
            let c = self.at(1);
            if c == b'+' || c == b'-' {
                if !self.at(2).is_ascii_digit() {
                    self.i += 2;
                    return Err(self.err_here("invalid decimal literal".into()));
                }
                self.i += 2;
                self.decimal_tail()?;
                is_float = true;
            } else if c.is_ascii_digit() {
                self.i += 1;
                self.decimal_tail()?;
                is_float = true;
            } else {
                // `1else`: the number stops before the 'e' if a keyword follows.
                self.verify_end("decimal")?;
                self.i = e_pos;
                return self.finish(is_float, false);
            }
        }
        if matches!(self.peek(), b'j' | b'J') {
            self.i += 1;
            self.verify_end("imaginary")?;
            return self.finish(true, true);
        }
        self.verify_end("decimal")?;
        self.finish(is_float, false)
    }

    fn finish(&self, is_float: bool, imag: bool) -> Result<Num, NumError> {
        let end = if imag { self.i - 1 } else { self.i };
        let text: String = self.s[self.start..end]
            .iter()
            .filter(|&&b| b != b'_')
            .map(|&b| b as char)
            .collect();
        if is_float || imag {
            let v: f64 = text.parse().unwrap_or(f64::NAN);
            Ok(if imag { Num::Imag(v) } else { Num::Float(v) })
        } else {
            Ok(Num::Int(parse_int(&text, 10)))
        }
    }
}

fn parse_int(digits: &str, radix: u32) -> BigInt {
    if digits.len() <= 18 {
        if let Ok(v) = i64::from_str_radix(digits, radix) {
            return BigInt::from(v);
        }
    }
    BigInt::from_str_radix(digits, radix).unwrap_or_default()
}

/// Scans the number starting at byte `start` of `src` (a digit, or '.' then a digit).
/// Returns the value and the end offset.
pub fn scan_number(src: &str, start: usize) -> Result<(Num, usize), NumError> {
    let mut sc = Scanner {
        s: src.as_bytes(),
        i: start,
        start,
    };
    let num = scan(&mut sc)?;
    Ok((num, sc.i))
}

fn scan(sc: &mut Scanner<'_>) -> Result<Num, NumError> {
    let first = sc.peek();
    if first == b'.' {
        sc.i += 1;
        return sc.fraction();
    }
    if first == b'0' {
        let radix = match sc.at(1) {
            b'x' | b'X' => Some((16, "hexadecimal")),
            b'o' | b'O' => Some((8, "octal")),
            b'b' | b'B' => Some((2, "binary")),
            _ => None,
        };
        if let Some((radix, name)) = radix {
            sc.i += 2;
            let digits_start = sc.i;
            sc.radix_digits(radix, name)?;
            let digits: String = sc.s[digits_start..sc.i]
                .iter()
                .filter(|&&b| b != b'_')
                .map(|&b| b as char)
                .collect();
            return Ok(Num::Int(parse_int(&digits, radix)));
        }
        sc.i += 1;
        // Leading zeros: only more zeros may follow unless this becomes a float.
        loop {
            if sc.peek() == b'_' {
                sc.i += 1;
                if !sc.peek().is_ascii_digit() {
                    return Err(sc.err_here("invalid decimal literal".into()));
                }
            }
            if sc.peek() != b'0' {
                break;
            }
            sc.i += 1;
        }
        let zeros_end = sc.i;
        let nonzero = sc.peek().is_ascii_digit();
        if nonzero {
            sc.decimal_tail()?;
        }
        return match sc.peek() {
            b'.' => {
                sc.i += 1;
                sc.fraction()
            }
            b'e' | b'E' | b'j' | b'J' => sc.exponent_and_suffix(false),
            _ if nonzero => Err(NumError {
                msg: "leading zeros in decimal integer literals are not permitted; \
                      use an 0o prefix for octal integers"
                    .into(),
                pos: sc.start,
                end: zeros_end,
            }),
            _ => {
                sc.verify_end("decimal")?;
                Ok(Num::Int(BigInt::from(0)))
            }
        };
    }
    sc.decimal_tail()?;
    if sc.peek() == b'.' {
        sc.i += 1;
        return sc.fraction();
    }
    sc.exponent_and_suffix(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> Num {
        let (n, end) = scan_number(s, 0).unwrap();
        assert_eq!(end, s.len(), "{s}");
        n
    }
    fn int(v: i64) -> Num {
        Num::Int(BigInt::from(v))
    }
    fn err(s: &str) -> (String, usize) {
        let e = scan_number(s, 0).unwrap_err();
        (e.msg, e.pos + 1)
    }

    #[test]
    fn valid_numbers() {
        assert_eq!(ok("0"), int(0));
        assert_eq!(ok("00"), int(0));
        assert_eq!(ok("0_0"), int(0));
        assert_eq!(ok("1_000"), int(1000));
        assert_eq!(ok("0x_1f"), int(31));
        assert_eq!(ok("0XFF"), int(255));
        assert_eq!(ok("0o17"), int(15));
        assert_eq!(ok("0b1_01"), int(5));
        assert_eq!(ok("1.5"), Num::Float(1.5));
        assert_eq!(ok("1."), Num::Float(1.0));
        assert_eq!(ok(".5"), Num::Float(0.5));
        assert_eq!(ok("1e3"), Num::Float(1000.0));
        assert_eq!(ok("1_0.0_1e+0_1"), Num::Float(100.1));
        assert_eq!(ok("09.5"), Num::Float(9.5));
        assert_eq!(ok("09e1"), Num::Float(90.0));
        assert_eq!(ok("09j"), Num::Imag(9.0));
        assert_eq!(ok("1.e5j"), Num::Imag(100000.0));
        assert_eq!(ok("1e400"), Num::Float(f64::INFINITY));
        let big = "123456789012345678901234567890";
        assert_eq!(ok(big), Num::Int(big.parse().unwrap()));
        assert_eq!(
            ok("0xffffffffffffffffff"),
            Num::Int(BigInt::from_str_radix("ffffffffffffffffff", 16).unwrap())
        );
    }

    #[test]
    fn tolerated_keyword_suffixes() {
        assert_eq!(scan_number("1if", 0).unwrap().1, 1);
        assert_eq!(scan_number("1else", 0).unwrap().1, 1);
        assert_eq!(scan_number("0xfor", 0).unwrap().1, 3);
        assert_eq!(scan_number("1or", 0).unwrap().1, 1);
        assert_eq!(scan_number("0b1and", 0).unwrap().1, 3);
    }

    #[test]
    fn number_errors_match_cpython_offsets() {
        assert_eq!(err("1abc"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("1__0"), ("invalid decimal literal".into(), 2));
        assert_eq!(err("1_"), ("invalid decimal literal".into(), 2));
        assert_eq!(err("0x"), ("invalid hexadecimal literal".into(), 2));
        assert_eq!(err("1e"), ("invalid decimal literal".into(), 1));
        assert_eq!(
            err("0b12"),
            ("invalid digit '2' in binary literal".into(), 4)
        );
        assert_eq!(
            err("0b102"),
            ("invalid digit '2' in binary literal".into(), 5)
        );
        assert_eq!(err("0o8"), ("invalid digit '8' in octal literal".into(), 3));
        assert_eq!(err("0b1_"), ("invalid binary literal".into(), 4));
        assert_eq!(err("1e5x"), ("invalid decimal literal".into(), 3));
        assert_eq!(err("1jx"), ("invalid imaginary literal".into(), 2));
        assert_eq!(err("0o17a"), ("invalid octal literal".into(), 4));
        assert_eq!(err("1_000_"), ("invalid decimal literal".into(), 6));
        assert_eq!(err("1.e"), ("invalid decimal literal".into(), 2));
        assert_eq!(err("1e_1"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("1._5"), ("invalid decimal literal".into(), 2));
        assert_eq!(err("5_.5"), ("invalid decimal literal".into(), 2));
        assert_eq!(err("1.5e+"), ("invalid decimal literal".into(), 5));
        let e = scan_number("0777", 0).unwrap_err();
        assert!(e.msg.starts_with("leading zeros"));
        assert_eq!((e.pos, e.end), (0, 1));
    }
}
