//! `%`-formatting: parsing `%[(key)][flags][width][.precision][hlL]conv` templates and
//! rendering one converted int, float or string with flags, width and precision.
//!
//! What must stay true: parsing follows CPython's reader exactly (one length modifier, `%`
//! only special right after `%`, unsupported conversions reported after the argument is
//! fetched), and padding follows CPython's rules (zero fill only for numbers, sign and `0x`
//! before zero fill, right padding always with spaces).

use super::float_text::{double_to_string, FloatFlags};
use super::int_text::IntValue;
use super::FmtError;

pub const NOT_ENOUGH_ARGS: &str = "not enough arguments for format string";
pub const NOT_ALL_CONVERTED: &str = "not all arguments converted during string formatting";
/// `TypeError` for `%(key)` when the right operand is not a mapping (the parser raises it).
pub const FORMAT_REQUIRES_MAPPING: &str = "format requires a mapping";
/// `TypeError` for a `*` width or precision argument that is not an int.
pub const STAR_WANTS_INT: &str = "* wants int";
/// `OverflowError` for `%c` with an int outside the code point range.
pub const PERCENT_C_RANGE: &str = "%c arg not in range(0x110000)";
/// `TypeError` for `%c` with anything but an int or a one-character str.
pub const PERCENT_C_TYPE: &str = "%c requires int or char";

/// `TypeError` for `%x`/`%o`/`%X` with a non-integer: `%x format: an integer is required, not
/// float`.
pub fn percent_needs_int_msg(conv: char, type_name: &str) -> String {
    format!("%{conv} format: an integer is required, not {type_name}")
}

/// `TypeError` for `%d`/`%i`/`%u`/`%e`/… with a non-number: `%d format: a real number is
/// required, not str`.
pub fn percent_needs_real_msg(conv: char, type_name: &str) -> String {
    format!("%{conv} format: a real number is required, not {type_name}")
}

/// The flag characters `-+ #0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`
    pub left: bool,
    /// `+`
    pub sign: bool,
    /// ` `
    pub space: bool,
    /// `#`
    pub alt: bool,
    /// `0`
    pub zero: bool,
}

/// A width or precision: a number, or `*` (taken from the next argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    Num(usize),
    Star,
}

/// Which formatter a conversion character needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentKind {
    /// `d i u o x X`: [`percent_format_int`].
    Int,
    /// `e E f F g G`: [`percent_format_float`].
    Float,
    /// `s r a`: convert, then [`percent_pad_str`] with the precision.
    Str,
    /// `c`: make the character, then [`percent_pad_str`] without precision.
    Char,
    /// Anything else: fetch the argument, then raise [`PercentSpec::unsupported_error`].
    Unsupported,
}

/// One `%…` conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)s`: the mapping key.
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<PercentCount>,
    pub precision: Option<PercentCount>,
    pub conv: char,
    /// Character index of `conv` in the template, for the error message; only set when the
    /// conversion is unsupported (0 otherwise).
    pub index: usize,
}

impl PercentSpec {
    pub fn kind(&self) -> PercentKind {
        match self.conv {
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => PercentKind::Int,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => PercentKind::Float,
            's' | 'r' | 'a' => PercentKind::Str,
            'c' => PercentKind::Char,
            _ => PercentKind::Unsupported,
        }
    }

    /// The `ValueError` for an unsupported conversion character.
    pub fn unsupported_error(&self) -> FmtError {
        let code = self.conv as u32;
        let shown = if (31..=126).contains(&code) {
            self.conv
        } else {
            '?'
        };
        FmtError::value(format!(
            "unsupported format character '{shown}' ({code:#x}) at index {}",
            self.index
        ))
    }

    /// Applies a `*` width argument: a negative width means left-justified.
    pub fn star_width(&mut self, w: i64) -> usize {
        if w < 0 {
            self.flags.left = true;
        }
        w.unsigned_abs() as usize
    }

    /// A `*` precision argument: negative counts as zero; outside a C int it is an
    /// `OverflowError`. (A `*` width beyond i64 is the caller's "Python int too large to
    /// convert to C ssize_t".)
    pub fn star_precision(p: i64) -> Result<usize, FmtError> {
        if i32::try_from(p).is_err() {
            return Err(FmtError::overflow(
                "Python int too large to convert to C int",
            ));
        }
        Ok(p.max(0) as usize)
    }
}

/// A piece of a `%` template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text to copy, with `%%` already folded to `%`. Never empty.
    Literal(String),
    Spec(PercentSpec),
}

/// Lazy `%` template parser: yields pieces, or one error and then nothing.
pub struct PercentIter<'a> {
    s: &'a str,
    pos: usize,
    mapping: bool,
    failed: bool,
}

impl<'a> PercentIter<'a> {
    /// `mapping`: the right operand is a mapping (CPython: a mapping that is neither a
    /// tuple nor a str); without one, `%(key)` is a `TypeError`.
    pub fn new(template: &'a str, mapping: bool) -> PercentIter<'a> {
        PercentIter {
            s: template,
            pos: 0,
            mapping,
            failed: false,
        }
    }

    fn read(&mut self) -> Option<char> {
        let c = self.s[self.pos..].chars().next()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn literal(&mut self) -> String {
        let mut out = String::new();
        loop {
            let rest = &self.s[self.pos..];
            let stop = rest.find('%').unwrap_or(rest.len());
            out.push_str(&rest[..stop]);
            self.pos += stop;
            if !self.s[self.pos..].starts_with("%%") {
                return out;
            }
            out.push('%');
            self.pos += 2;
        }
    }

    /// Parses one conversion; `self.pos` is just after its `%`.
    fn spec(&mut self) -> Result<PercentSpec, FmtError> {
        let b = self.s.as_bytes();
        let mut key = None;
        if b.get(self.pos) == Some(&b'(') {
            if !self.mapping {
                return Err(FmtError::type_error(FORMAT_REQUIRES_MAPPING));
            }
            self.pos += 1;
            let start = self.pos;
            let mut depth = 1;
            while depth > 0 && self.pos < b.len() {
                match b[self.pos] {
                    b')' => depth -= 1,
                    b'(' => depth += 1,
                    _ => {}
                }
                self.pos += 1;
            }
            if depth > 0 {
                return Err(FmtError::value("incomplete format key"));
            }
            key = Some(self.s[start..self.pos - 1].to_owned());
        }
        let mut flags = PercentFlags::default();
        let mut ch = self.read();
        loop {
            match ch {
                Some('-') => flags.left = true,
                Some('+') => flags.sign = true,
                Some(' ') => flags.space = true,
                Some('#') => flags.alt = true,
                Some('0') => flags.zero = true,
                _ => break,
            }
            ch = self.read();
        }
        let mut width = None;
        if ch == Some('*') {
            width = Some(PercentCount::Star);
            ch = self.read();
        } else if ch.is_some_and(|c| c.is_ascii_digit()) {
            let (n, next) = self.read_number(ch, isize::MAX as usize, "width too big")?;
            width = Some(PercentCount::Num(n));
            ch = next;
        }
        let mut precision = None;
        if ch == Some('.') {
            precision = Some(PercentCount::Num(0));
            ch = self.read();
            if ch == Some('*') {
                precision = Some(PercentCount::Star);
                ch = self.read();
            } else if ch.is_some_and(|c| c.is_ascii_digit()) {
                let (n, next) = self.read_number(ch, i32::MAX as usize, "precision too big")?;
                precision = Some(PercentCount::Num(n));
                ch = next;
            }
        }
        if matches!(ch, Some('h' | 'l' | 'L')) {
            ch = self.read();
        }
        let conv = ch.ok_or_else(|| FmtError::value("incomplete format"))?;
        let mut spec = PercentSpec {
            key,
            flags,
            width,
            precision,
            conv,
            index: 0,
        };
        // Only the error message needs the character index; don't count for every spec.
        if spec.kind() == PercentKind::Unsupported {
            spec.index = self.s[..self.pos - conv.len_utf8()].chars().count();
        }
        Ok(spec)
    }

    /// Reads digits starting with `first`; returns the number and the next character.
    fn read_number(
        &mut self,
        first: Option<char>,
        max: usize,
        too_big: &str,
    ) -> Result<(usize, Option<char>), FmtError> {
        let mut n: usize = 0;
        let mut ch = first;
        while let Some(d) = ch.and_then(|c| c.to_digit(10)) {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(d as usize))
                .filter(|&n| n <= max)
                .ok_or_else(|| FmtError::value(too_big))?;
            ch = self.read();
        }
        Ok((n, ch))
    }
}

impl Iterator for PercentIter<'_> {
    type Item = Result<PercentPiece, FmtError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.s.len() {
            return None;
        }
        if !self.s[self.pos..].starts_with('%') || self.s[self.pos..].starts_with("%%") {
            return Some(Ok(PercentPiece::Literal(self.literal())));
        }
        self.pos += 1;
        match self.spec() {
            Ok(spec) => Some(Ok(PercentPiece::Spec(spec))),
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }
}

/// Parses a whole `%` template eagerly (first error wins).
pub fn parse_percent(template: &str, mapping: bool) -> Result<Vec<PercentPiece>, FmtError> {
    PercentIter::new(template, mapping).collect()
}

/// `%d %i %u %o %x %X` of an int. `prec` is the minimum number of digits.
pub fn percent_format_int<'a>(
    v: impl Into<IntValue<'a>>,
    flags: &PercentFlags,
    width: Option<usize>,
    prec: Option<usize>,
    conv: char,
) -> String {
    let v = v.into();
    let (radix, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.abs_digits(radix);
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if flags.alt { prefix } else { "" };
    let zeros = prec.unwrap_or(0).saturating_sub(digits.len());
    let mut body = String::with_capacity(digits.len() + zeros + 3);
    if v.is_negative() {
        body.push('-');
    }
    body.push_str(prefix);
    body.extend(std::iter::repeat_n('0', zeros));
    body.push_str(&digits);
    pad_number(&body, flags, width, prefix.len())
}

/// `%e %E %f %F %g %G` of a float (precision defaults to 6).
pub fn percent_format_float(
    x: f64,
    flags: &PercentFlags,
    width: Option<usize>,
    prec: Option<usize>,
    conv: char,
) -> String {
    let float_flags = FloatFlags {
        alt: flags.alt,
        ..FloatFlags::default()
    };
    let body = double_to_string(x, conv, prec.unwrap_or(6), float_flags);
    pad_number(&body, flags, width, 0)
}

/// `%s %r %a` (already converted text; `prec` truncates) and `%c` (pass `prec = None`):
/// pads with spaces to `width`, on the right with the `-` flag. Sign and zero flags do
/// nothing for text.
pub fn percent_pad_str(
    s: &str,
    flags: &PercentFlags,
    width: Option<usize>,
    prec: Option<usize>,
) -> String {
    let total = s.chars().count();
    let (text, len) = match prec {
        Some(p) if p < total => {
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            (&s[..cut], p)
        }
        _ => (s, total),
    };
    let pad = width.unwrap_or(0).saturating_sub(len);
    let mut out = String::with_capacity(text.len() + pad);
    if !flags.left {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    out.push_str(text);
    if flags.left {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    out
}

/// Pads a formatted number (ASCII, maybe starting with `-`, then `prefix_len` prefix bytes).
fn pad_number(body: &str, flags: &PercentFlags, width: Option<usize>, prefix_len: usize) -> String {
    let fill = if flags.zero { '0' } else { ' ' };
    let (sign, digits) = match body.strip_prefix('-') {
        Some(rest) => (Some('-'), rest),
        None if flags.sign => (Some('+'), body),
        None if flags.space => (Some(' '), body),
        None => (None, body),
    };
    let (prefix, digits) = digits.split_at(prefix_len);
    let used = usize::from(sign.is_some()) + prefix.len() + digits.len();
    let pad = width.unwrap_or(0).saturating_sub(used);
    let mut out = String::with_capacity(used + pad);
    if flags.left {
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(digits);
        out.extend(std::iter::repeat_n(' ', pad));
    } else if fill == '0' {
        out.extend(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', pad));
        out.push_str(digits);
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(digits);
    }
    out
}
