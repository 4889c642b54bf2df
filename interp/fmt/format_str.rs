//! `str.format` templates: splitting `"a{0.x[k]!r:>{w}}b"` into literal text and replacement
//! fields, field names into a first part and an accessor chain, and automatic numbering.
//!
//! What must stay true: every stage is lazy in the places CPython is lazy (the template
//! iterator, the accessor chain), so a caller that renders as it goes raises the same error
//! first as CPython when a template has several problems. Scanning works on bytes: all the
//! syntax characters are ASCII, which never occur inside a UTF-8 multi-byte sequence.

use super::FmtError;

/// Raised when a spec nests fields two levels deep (`'{:{:{}}}'`).
pub const MAX_RECURSION_MSG: &str = "Max string recursion exceeded";
/// `str.format_map` with a positional field.
pub const POSITIONAL_IN_FORMAT_MAP_MSG: &str = "Format string contains positional fields";

/// `IndexError` message for a positional field past the arguments.
pub fn index_out_of_range_msg(index: usize) -> String {
    format!("Replacement index {index} out of range for positional args tuple")
}

/// One replacement field `{name!conversion:spec}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    /// Raw field name; split it with [`split_field_name`] when rendering.
    pub name: String,
    /// The character after `!`, unchecked; see [`check_conversion`].
    pub conversion: Option<char>,
    /// Raw spec text (empty if none).
    pub spec: String,
    /// The spec contains `{...}` fields to substitute before it is parsed.
    pub spec_needs_expanding: bool,
}

/// A piece of a `str.format` template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatPiece {
    /// Text to copy, with `{{`/`}}` already unescaped. Never empty.
    Literal(String),
    Field(FieldSpec),
}

/// Lazy template parser: yields pieces, or one error and then nothing.
pub struct FormatIter<'a> {
    s: &'a str,
    pos: usize,
    pending: Option<FieldSpec>,
    failed: bool,
}

impl<'a> FormatIter<'a> {
    pub fn new(template: &'a str) -> FormatIter<'a> {
        FormatIter {
            s: template,
            pos: 0,
            pending: None,
            failed: false,
        }
    }

    fn step(&mut self) -> Result<Option<FormatPiece>, FmtError> {
        let b = self.s.as_bytes();
        let start = self.pos;
        let mut brace = None;
        while self.pos < b.len() {
            let c = b[self.pos];
            self.pos += 1;
            if c == b'{' || c == b'}' {
                brace = Some(c);
                break;
            }
        }
        let at_end = self.pos >= b.len();
        let Some(c) = brace else {
            return Ok(Some(FormatPiece::Literal(self.s[start..].to_owned())));
        };
        if c == b'}' && (at_end || b[self.pos] != b'}') {
            return Err(FmtError::value("Single '}' encountered in format string"));
        }
        if c == b'{' && at_end {
            return Err(FmtError::value("Single '{' encountered in format string"));
        }
        if b[self.pos] == c {
            // Doubled brace: the literal keeps one.
            self.pos += 1;
            return Ok(Some(FormatPiece::Literal(
                self.s[start..self.pos - 1].to_owned(),
            )));
        }
        let literal = &self.s[start..self.pos - 1];
        let field = self.parse_field()?;
        if literal.is_empty() {
            Ok(Some(FormatPiece::Field(field)))
        } else {
            self.pending = Some(field);
            Ok(Some(FormatPiece::Literal(literal.to_owned())))
        }
    }

    /// Parses after an opening `{` up to and including the matching `}`.
    fn parse_field(&mut self) -> Result<FieldSpec, FmtError> {
        let s = self.s;
        let b = s.as_bytes();
        let name_start = self.pos;
        let mut last = None;
        while self.pos < b.len() {
            let c = b[self.pos];
            self.pos += 1;
            last = Some(c);
            match c {
                b'{' => return Err(FmtError::value("unexpected '{' in field name")),
                // Brackets may hide `:` `!` `}` (`{0[:]}`); the `]` itself is read next.
                b'[' => {
                    while self.pos < b.len() && b[self.pos] != b']' {
                        self.pos += 1;
                    }
                }
                b'}' | b':' | b'!' => break,
                _ => {}
            }
        }
        if !matches!(last, Some(b'}' | b'!' | b':')) {
            return Err(FmtError::value("expected '}' before end of string"));
        }
        // `last` is the ASCII terminator just before `pos`, so this is a char boundary.
        let mut field = FieldSpec {
            name: s[name_start..self.pos - 1].to_owned(),
            conversion: None,
            spec: String::new(),
            spec_needs_expanding: false,
        };
        if last == Some(b'}') {
            return Ok(field);
        }
        if last == Some(b'!') {
            let Some(conv) = s[self.pos..].chars().next() else {
                return Err(FmtError::value(
                    "end of string while looking for conversion specifier",
                ));
            };
            field.conversion = Some(conv);
            self.pos += conv.len_utf8();
            if self.pos < b.len() {
                let c = b[self.pos];
                self.pos += 1;
                if c == b'}' {
                    return Ok(field);
                }
                if c != b':' {
                    return Err(FmtError::value("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = self.pos;
        let mut depth = 1;
        while self.pos < b.len() {
            let c = b[self.pos];
            self.pos += 1;
            match c {
                b'{' => {
                    field.spec_needs_expanding = true;
                    depth += 1;
                }
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = s[spec_start..self.pos - 1].to_owned();
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        Err(FmtError::value("unmatched '{' in format spec"))
    }
}

impl Iterator for FormatIter<'_> {
    type Item = Result<FormatPiece, FmtError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(f) = self.pending.take() {
            return Some(Ok(FormatPiece::Field(f)));
        }
        if self.failed || self.pos >= self.s.len() {
            return None;
        }
        match self.step() {
            Ok(piece) => piece.map(Ok),
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }
}

/// Parses a whole template eagerly (first error wins).
pub fn parse_format_string(template: &str) -> Result<Vec<FormatPiece>, FmtError> {
    FormatIter::new(template).collect()
}

/// The part of a field name before any `.` or `[`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldFirst {
    /// Empty: the next automatic number.
    Auto,
    /// All digits: a positional argument.
    Index(usize),
    /// Anything else: a keyword argument.
    Name(String),
}

/// Where a field's value comes from, after automatic numbering.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldKey {
    Index(usize),
    Name(String),
}

/// One step of a field name's chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldAccessor {
    /// `.name`: getattr.
    Attr(String),
    /// `[123]`: sequence index (or an int key for non-sequences).
    Index(usize),
    /// `[text]`: string key.
    Key(String),
}

/// Parses an all-ASCII-digit string; `Ok(None)` if it is empty or has another character.
fn parse_index(s: &str) -> Result<Option<usize>, FmtError> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    match s.parse::<usize>() {
        Ok(n) if n <= isize::MAX as usize => Ok(Some(n)),
        _ => Err(FmtError::value("Too many decimal digits in format string")),
    }
}

/// Splits a field name into its first part and the lazy accessor chain.
pub fn split_field_name(name: &str) -> Result<(FieldFirst, FieldRest<'_>), FmtError> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let first = if first.is_empty() {
        FieldFirst::Auto
    } else {
        match parse_index(first)? {
            Some(i) => FieldFirst::Index(i),
            None => FieldFirst::Name(first.to_owned()),
        }
    };
    Ok((
        first,
        FieldRest {
            s: name,
            pos: first_end,
        },
    ))
}

/// The `.attr` / `[key]` chain of a field name; yields one error and then stops.
pub struct FieldRest<'a> {
    s: &'a str,
    pos: usize,
}

impl FieldRest<'_> {
    fn step(&mut self) -> Result<FieldAccessor, FmtError> {
        let b = self.s.as_bytes();
        let c = b[self.pos];
        self.pos += 1;
        let start = self.pos;
        let accessor = match c {
            b'.' => {
                while self.pos < b.len() && b[self.pos] != b'.' && b[self.pos] != b'[' {
                    self.pos += 1;
                }
                FieldAccessor::Attr(self.s[start..self.pos].to_owned())
            }
            b'[' => {
                while self.pos < b.len() && b[self.pos] != b']' {
                    self.pos += 1;
                }
                if self.pos >= b.len() {
                    return Err(FmtError::value("Missing ']' in format string"));
                }
                let key = &self.s[start..self.pos];
                self.pos += 1;
                match parse_index(key)? {
                    Some(i) => FieldAccessor::Index(i),
                    None => FieldAccessor::Key(key.to_owned()),
                }
            }
            _ => {
                return Err(FmtError::value(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        if matches!(&accessor, FieldAccessor::Attr(s) | FieldAccessor::Key(s) if s.is_empty()) {
            return Err(FmtError::value("Empty attribute in format string"));
        }
        Ok(accessor)
    }
}

impl Iterator for FieldRest<'_> {
    type Item = Result<FieldAccessor, FmtError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.s.len() {
            return None;
        }
        let r = self.step();
        if r.is_err() {
            self.pos = self.s.len();
        }
        Some(r)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NumberingState {
    Init,
    Auto,
    Manual,
}

/// Automatic field numbering state for one `str.format` call (shared with nested specs).
#[derive(Clone, Debug)]
pub struct AutoNumber {
    state: NumberingState,
    next: usize,
}

impl Default for AutoNumber {
    fn default() -> Self {
        AutoNumber::new()
    }
}

impl AutoNumber {
    pub fn new() -> AutoNumber {
        AutoNumber {
            state: NumberingState::Init,
            next: 0,
        }
    }

    /// Numbers an automatic field, and rejects mixing `{}` with `{0}`.
    pub fn resolve(&mut self, first: FieldFirst) -> Result<FieldKey, FmtError> {
        match first {
            FieldFirst::Name(n) => Ok(FieldKey::Name(n)),
            FieldFirst::Auto => {
                if self.state == NumberingState::Manual {
                    return Err(FmtError::value(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                self.state = NumberingState::Auto;
                self.next += 1;
                Ok(FieldKey::Index(self.next - 1))
            }
            FieldFirst::Index(i) => {
                if self.state == NumberingState::Auto {
                    return Err(FmtError::value(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                self.state = NumberingState::Manual;
                Ok(FieldKey::Index(i))
            }
        }
    }
}

/// A `!r` / `!s` / `!a` conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    Str,
    Repr,
    Ascii,
}

/// Checks the character after `!` (CPython does this after looking the value up).
pub fn check_conversion(c: char) -> Result<Conversion, FmtError> {
    match c {
        's' => Ok(Conversion::Str),
        'r' => Ok(Conversion::Repr),
        'a' => Ok(Conversion::Ascii),
        _ if (c as u32) > 32 && (c as u32) < 127 => {
            Err(FmtError::value(format!("Unknown conversion specifier {c}")))
        }
        _ => Err(FmtError::value(format!(
            "Unknown conversion specifier \\x{:x}",
            c as u32
        ))),
    }
}
