//! `__format__` for int, float and str: applying a parsed [`FormatSpec`] to a value.
//!
//! Numbers are laid out as `<lpad><sign><prefix><spad><grouped digits><rest><rpad>` where
//! `rest` is everything after the integer digits (point, fraction, exponent, `%`). With fill
//! `0` and `=` alignment the zero padding is produced inside the digit grouping, so
//! separators appear in it (`0,001,234,567`).
//!
//! What must stay true: error checks run in CPython's order (grouping/type compatibility,
//! then the type dispatch, then the type's own restrictions).

use super::float_text::{double_to_string, FloatFlags};
use super::int_text::IntValue;
use super::spec::{unknown_code, FormatSpec};
use super::FmtError;

/// `format(v, spec)` for an int (`type_name` is `int`, `bool` or a subclass name).
pub fn format_int<'a>(
    v: impl Into<IntValue<'a>>,
    spec: &str,
    type_name: &str,
) -> Result<String, FmtError> {
    let v = v.into();
    if spec.is_empty() {
        return Ok(super::int_to_str_radix(v, 10, false));
    }
    format_int_spec(v, &FormatSpec::parse(spec, type_name)?, type_name)
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(super::float_repr(x));
    }
    format_float_spec(x, &FormatSpec::parse(spec, type_name)?, type_name)
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(s.to_owned());
    }
    format_str_spec(s, &FormatSpec::parse(spec, type_name)?, type_name)
}

/// `int.__format__` with a parsed spec: types `b c d o x X n` and none, and the float types
/// `e E f F g G %` (after converting to float).
pub fn format_int_spec<'a>(
    v: impl Into<IntValue<'a>>,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FmtError> {
    let v = v.into();
    let ty = spec.ty.unwrap_or('d');
    spec.check_grouping(ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, spec, ty),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = v
                .to_f64()
                .ok_or_else(|| FmtError::overflow("int too large to convert to float"))?;
            format_double(x, spec, Some(ty))
        }
        _ => Err(unknown_code(ty, type_name)),
    }
}

/// `float.__format__` with a parsed spec: types `e E f F g G n %` and none.
pub fn format_float_spec(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    spec.check_grouping(spec.ty.unwrap_or('\0'))?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_double(x, spec, spec.ty)
        }
        Some(ty) => Err(unknown_code(ty, type_name)),
    }
}

/// `str.__format__` with a parsed spec: type `s` or none; precision truncates.
pub fn format_str_spec(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    let ty = spec.ty.unwrap_or('s');
    spec.check_grouping(ty)?;
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match spec.sign {
        Some(' ') => {
            return Err(FmtError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FmtError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FmtError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FmtError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align_or('<');
    if align == '=' {
        return Err(FmtError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let total_chars = s.chars().count();
    let (text, len) = match spec.precision {
        Some(p) if p < total_chars => {
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            (&s[..cut], p)
        }
        _ => (s, total_chars),
    };
    let pad = spec.width.unwrap_or(0).saturating_sub(len);
    let left = match align {
        '>' => pad,
        '^' => pad / 2,
        _ => 0,
    };
    let fill = spec.fill_char();
    let mut out = String::with_capacity(text.len() + pad);
    push_fill(&mut out, fill, left);
    out.push_str(text);
    push_fill(&mut out, fill, pad - left);
    Ok(out)
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

/// The integer presentation types (`c` and the bases).
fn format_long(v: IntValue<'_>, spec: &FormatSpec, ty: char) -> Result<String, FmtError> {
    if spec.precision.is_some() {
        return Err(FmtError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FmtError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FmtError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FmtError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = v
            .to_i64()
            .ok_or_else(|| FmtError::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&code) {
            return Err(FmtError::overflow("%c arg not in range(0x110000)"));
        }
        // Deliberate difference: our strings are UTF-8 and cannot hold lone surrogates.
        let ch =
            char::from_u32(code as u32).ok_or_else(|| FmtError::value("surrogates not allowed"))?;
        let rest = ch.to_string();
        return Ok(layout_number(spec, false, "", "", &rest, None));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    // Decimal i64s (the common `{n:05d}`/`{n:>3}`) are written into a stack buffer.
    let mut buf = [0u8; 20];
    let mut digits = match v {
        IntValue::Small(n) if radix == 10 => {
            std::borrow::Cow::Borrowed(decimal_digits(n.unsigned_abs(), &mut buf))
        }
        _ => std::borrow::Cow::Owned(v.abs_digits(radix)),
    };
    if ty == 'X' {
        digits.to_mut().make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let group = match (spec.grouping, ty) {
        (None, _) | (_, 'n') => None,
        (Some(sep), 'b' | 'o' | 'x' | 'X') => Some((4, sep)),
        (Some(sep), _) => Some((3, sep)),
    };
    Ok(layout_number(
        spec,
        v.is_negative(),
        prefix,
        &digits,
        "",
        group,
    ))
}

/// The float presentation types; `ty` is `None` for "no type" (repr, or `g` that keeps a
/// `.0` when a precision is given).
fn format_double(x: f64, spec: &FormatSpec, ty: Option<char>) -> Result<String, FmtError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FmtError::value("precision too big"));
    }
    let mut flags = FloatFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..FloatFlags::default()
    };
    let mut value = x;
    let mut percent = false;
    let mut default_precision = 6;
    let code = match ty {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            if spec.precision.is_some() {
                'g'
            } else {
                'r'
            }
        }
        Some('n') => 'g',
        Some('%') => {
            value *= 100.0;
            percent = true;
            'f'
        }
        Some(c) => c,
    };
    let precision = spec.precision.unwrap_or(default_precision);
    let mut text = double_to_string(value, code, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text.as_str()),
    };
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(split);
    let group = match (spec.grouping, ty) {
        (None, _) | (_, Some('n')) => None,
        (Some(sep), _) => Some((3, sep)),
    };
    Ok(layout_number(spec, negative, "", digits, rest, group))
}

/// Pads and groups a number split into sign, prefix (`0x`), integer digits and the rest.
/// The decimal digits of `m`, written at the end of `buf`.
fn decimal_digits(mut m: u64, buf: &mut [u8; 20]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    std::str::from_utf8(&buf[i..]).unwrap_or("0")
}

fn layout_number(
    spec: &FormatSpec,
    negative: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
    group: Option<(usize, char)>,
) -> String {
    let fill = spec.fill_char();
    let align = spec.align_or('>');
    let sign = match (spec.sign, negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let non_digits = i64::from(sign.is_some()) + prefix.len() as i64 + rest.chars().count() as i64;
    // CPython uses -1 for "no width"; the arithmetic below relies on that.
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_width = if fill == '0' && align == '=' {
        width - non_digits
    } else {
        0
    };
    // Without separators the digits are only zero-padded: written straight into `out`.
    let (grouped, zeros) = match group {
        _ if digits.is_empty() => (None, 0),
        Some((size, sep)) => (Some(group_digits(digits, min_width, size, sep)), 0),
        None => (None, (min_width - digits.len() as i64).max(0) as usize),
    };
    let body = grouped.as_deref().unwrap_or(digits);
    let padding = (width - non_digits - (zeros + body.len()) as i64).max(0) as usize;
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(padding + non_digits as usize + zeros + body.len());
    push_fill(&mut out, fill, lpad);
    out.extend(sign);
    out.push_str(prefix);
    push_fill(&mut out, fill, spad);
    push_fill(&mut out, '0', zeros);
    out.push_str(body);
    out.push_str(rest);
    push_fill(&mut out, fill, rpad);
    out
}

/// Inserts separators every `size` digits from the right, and zero-pads (with separators)
/// to at least `min_width` characters, the way CPython's thousands grouping does.
fn group_digits(digits: &str, min_width: i64, size: usize, sep: char) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let size = size as i64;
    // Built right to left, then reversed; everything here is ASCII.
    let mut rev: Vec<u8> = Vec::with_capacity(d.len() * 2);
    let mut first = true;
    loop {
        let l = size.min(remaining.max(min_width).max(1));
        let zeros = (l - remaining).max(0);
        let chars = remaining.min(l).max(0);
        if !first {
            rev.push(sep as u8);
        }
        first = false;
        for i in 0..chars {
            rev.push(d[(remaining - 1 - i) as usize]);
        }
        rev.extend(std::iter::repeat_n(b'0', zeros as usize));
        remaining -= chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    rev.reverse();
    String::from_utf8(rev).unwrap_or_default()
}
