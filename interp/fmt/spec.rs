//! The format-spec mini-language: parsing `[[fill]align][sign][z][#][0][width][grouping]
//! [.precision][type]` into a [`FormatSpec`], and the checks shared by all types.
//!
//! What must stay true: parsing is type-independent except for the type name in one message;
//! the things CPython decides from the object's default type or alignment (the `0` flag's
//! `=` alignment, the grouping/type compatibility) are resolved by the formatters through
//! [`FormatSpec::align_or`] and [`FormatSpec::check_grouping`], in CPython's error order.

use super::FmtError;

/// A parsed format spec. `None` fields were not given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: Option<char>,
    /// `'<'`, `'>'`, `'^'` or `'='`.
    pub align: Option<char>,
    /// `'+'`, `'-'` or `' '`.
    pub sign: Option<char>,
    /// `z`: no negative zero.
    pub no_neg_zero: bool,
    /// `#`.
    pub alternate: bool,
    /// A `0` before the width with no explicit fill.
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `','` or `'_'`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type character, if any.
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

/// Reads a run of ASCII digits at `*pos`; `Ok(None)` if there is none.
fn read_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FmtError> {
    let start = *pos;
    let mut acc: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| FmtError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

impl FormatSpec {
    /// Parses a spec. `type_name` is the object's type, used only in the "Invalid format
    /// specifier" message.
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
        let c: Vec<char> = spec.chars().collect();
        let end = c.len();
        let mut f = FormatSpec::default();
        let mut pos = 0;
        if end >= 2 && is_align(c[1]) {
            f.fill = Some(c[0]);
            f.align = Some(c[1]);
            pos = 2;
        } else if end >= 1 && is_align(c[0]) {
            f.align = Some(c[0]);
            pos = 1;
        }
        if let Some(&s @ ('+' | '-' | ' ')) = c.get(pos) {
            f.sign = Some(s);
            pos += 1;
        }
        if c.get(pos) == Some(&'z') {
            f.no_neg_zero = true;
            pos += 1;
        }
        if c.get(pos) == Some(&'#') {
            f.alternate = true;
            pos += 1;
        }
        if f.fill.is_none() && c.get(pos) == Some(&'0') {
            f.zero_pad = true;
            pos += 1;
        }
        f.width = read_count(&c, &mut pos)?;
        if c.get(pos) == Some(&',') {
            f.grouping = Some(',');
            pos += 1;
        }
        if c.get(pos) == Some(&'_') {
            if f.grouping.is_some() {
                return Err(both_separators());
            }
            f.grouping = Some('_');
            pos += 1;
        }
        if c.get(pos) == Some(&',') && f.grouping == Some('_') {
            return Err(both_separators());
        }
        if c.get(pos) == Some(&'.') {
            pos += 1;
            f.precision = read_count(&c, &mut pos)?;
            if f.precision.is_none() {
                return Err(FmtError::value("Format specifier missing precision"));
            }
        }
        match end - pos {
            0 => {}
            1 => f.ty = Some(c[pos]),
            _ => {
                return Err(FmtError::value(format!(
                    "Invalid format specifier '{spec}' for object of type '{type_name}'"
                )))
            }
        }
        Ok(f)
    }

    /// The fill character: explicit, or `0` from the zero flag, or a space.
    pub(crate) fn fill_char(&self) -> char {
        match self.fill {
            Some(c) => c,
            None if self.zero_pad => '0',
            None => ' ',
        }
    }

    /// The alignment, given the type's default (`'>'` numbers, `'<'` strings). The `0` flag
    /// means `=` only for types that align right by default.
    pub(crate) fn align_or(&self, default: char) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero_pad && default == '>' => '=',
            None => default,
        }
    }

    /// CPython checks at parse time that a thousands separator suits the (default-filled)
    /// type `ty`; `'\0'` stands for "no type".
    pub(crate) fn check_grouping(&self, ty: char) -> Result<(), FmtError> {
        let Some(g) = self.grouping else {
            return Ok(());
        };
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(()),
            'b' | 'o' | 'x' | 'X' if g == '_' => Ok(()),
            _ if ty > ' ' && (ty as u32) < 128 => Err(FmtError::value(format!(
                "Cannot specify '{g}' with '{ty}'."
            ))),
            _ => Err(FmtError::value(format!(
                "Cannot specify '{g}' with '\\x{:x}'.",
                ty as u32
            ))),
        }
    }
}

fn both_separators() -> FmtError {
    FmtError::value("Cannot specify both ',' and '_'.")
}

/// "Unknown format code 'q' for object of type 'int'".
pub(crate) fn unknown_code(ty: char, type_name: &str) -> FmtError {
    let code = ty as u32;
    if code > 32 && code < 128 {
        FmtError::value(format!(
            "Unknown format code '{ty}' for object of type '{type_name}'"
        ))
    } else {
        FmtError::value(format!(
            "Unknown format code '\\x{code:x}' for object of type '{type_name}'"
        ))
    }
}
