//! String literal scanning (finding where a literal ends) and decoding (prefixes, escape
//! sequences, line-ending normalisation), with CPython 3.11's error messages.
//!
//! What must stay true: scanning never looks at escapes except to skip the character after a
//! backslash (so `r'\''` is one literal, as in CPython), and decoding turns `\r\n` / `\r`
//! inside a literal into `\n` because CPython reads source with universal newlines.
//! Error positions inside a literal are counted the way CPython's `unicode_escape` decoder
//! sees the text: non-ASCII characters count as the 10 bytes of a `\UXXXXXXXX` escape.

/// Prefix flags of a string literal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstr: bool,
}

impl Prefix {
    pub fn parse(text: &str) -> Prefix {
        let mut p = Prefix::default();
        for c in text.chars() {
            match c {
                'r' | 'R' => p.raw = true,
                'b' | 'B' => p.bytes = true,
                'f' | 'F' => p.fstr = true,
                _ => {}
            }
        }
        p
    }
}

/// Where a scanned literal's body lies (byte offsets into the scanned text).
#[derive(Clone, Debug, PartialEq)]
pub struct StrScan {
    pub body_start: usize,
    pub body_end: usize,
    pub end: usize,
    pub triple: bool,
}

/// Why a literal could not be scanned: `triple` tells which message to use, `eof` whether
/// the input simply ended (the REPL then asks for more), `detected` is where it was noticed.
#[derive(Clone, Debug, PartialEq)]
pub struct Unterminated {
    pub triple: bool,
    pub detected: usize,
}

/// Scans a literal whose opening quote is at byte `quote_at` of `src`.
pub fn scan_string(src: &str, quote_at: usize) -> Result<StrScan, Unterminated> {
    let s = src.as_bytes();
    let q = s[quote_at];
    let triple = s.get(quote_at + 1) == Some(&q) && s.get(quote_at + 2) == Some(&q);
    let body_start = quote_at + if triple { 3 } else { 1 };
    let mut i = body_start;
    loop {
        let Some(&c) = s.get(i) else {
            return Err(Unterminated {
                triple,
                detected: s.len(),
            });
        };
        if c == q {
            if !triple {
                return Ok(StrScan {
                    body_start,
                    body_end: i,
                    end: i + 1,
                    triple,
                });
            }
            if s.get(i + 1) == Some(&q) && s.get(i + 2) == Some(&q) {
                return Ok(StrScan {
                    body_start,
                    body_end: i,
                    end: i + 3,
                    triple,
                });
            }
            i += 1;
        } else if c == b'\\' {
            // Skip the escaped character; a `\r\n` pair counts as one.
            i += 1;
            if s.get(i) == Some(&b'\r') && s.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            if i < s.len() {
                i += 1;
            }
        } else if !triple && (c == b'\n' || c == b'\r') {
            return Err(Unterminated {
                triple,
                detected: i,
            });
        } else {
            i += 1;
        }
    }
}

/// An escape-decoding failure: CPython's message and the body-relative byte range.
#[derive(Clone, Debug, PartialEq)]
pub struct EscapeError {
    pub msg: String,
}

fn unicode_error(body: &str, start: usize, end: usize, what: &str) -> EscapeError {
    let weight = |s: &str| -> usize { s.chars().map(|c| if c.is_ascii() { 1 } else { 10 }).sum() };
    let a = weight(&body[..start]);
    let b = a + weight(&body[start..end]);
    let range = if b - a <= 1 {
        format!("byte 0x{:02x} in position {a}", body.as_bytes()[start])
    } else {
        format!("bytes in position {a}-{}", b - 1)
    };
    EscapeError {
        msg: format!("(unicode error) 'unicodeescape' codec can't decode {range}: {what}"),
    }
}

/// Pushes the line break starting at `i` as `\n`; returns its length.
fn newline_len(b: &[u8], i: usize) -> usize {
    if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
        2
    } else {
        1
    }
}

fn hex_value(s: &[u8], from: usize, count: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut n = 0;
    while n < count {
        match s.get(from + n).and_then(|&c| (c as char).to_digit(16)) {
            Some(d) => v = v * 16 + d,
            None => break,
        }
        n += 1;
    }
    (v, n)
}

/// Decodes a `str` literal body (no prefix, no quotes).
pub fn decode_str(body: &str, raw: bool) -> Result<String, EscapeError> {
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    let mut plain = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' && c != b'\r' {
            i += 1;
            continue;
        }
        out.push_str(&body[plain..i]);
        if c == b'\r' {
            out.push('\n');
            i += newline_len(b, i);
            plain = i;
            continue;
        }
        if raw {
            // A backslash keeps the next character (even a quote) verbatim.
            out.push('\\');
            i += 1;
            plain = i;
            continue;
        }
        let esc_start = i;
        let Some(&e) = b.get(i + 1) else {
            out.push('\\');
            i += 1;
            plain = i;
            break;
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && matches!(b.get(i), Some(b'0'..=b'7')) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            b'x' | b'u' | b'U' => {
                let (count, name) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (v, n) = hex_value(b, i, count);
                if n < count {
                    return Err(unicode_error(body, esc_start, i + n, name));
                }
                i += n;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    // Lone surrogates cannot live in a Rust string.
                    None if v < 0x11_0000 => out.push('\u{FFFD}'),
                    None => {
                        return Err(unicode_error(
                            body,
                            esc_start,
                            i,
                            "illegal Unicode character",
                        ))
                    }
                }
            }
            b'N' => {
                let close = if b.get(i) == Some(&b'{') {
                    body[i..].find('}').map(|p| i + p)
                } else {
                    None
                };
                return Err(match close {
                    Some(end) if end > i + 1 => {
                        unicode_error(body, esc_start, end + 1, "unknown Unicode character name")
                    }
                    _ => {
                        let end = if b.get(i) == Some(&b'{') { i + 1 } else { i };
                        unicode_error(body, esc_start, end, "malformed \\N character escape")
                    }
                });
            }
            _ => {
                // Unknown escapes keep their backslash (a DeprecationWarning in CPython).
                out.push('\\');
                i = esc_start + 1;
            }
        }
        plain = i;
    }
    out.push_str(&body[plain..]);
    Ok(out)
}

/// Why a bytes literal failed: non-ASCII text, or a bad `\x` escape.
#[derive(Clone, Debug, PartialEq)]
pub enum BytesError {
    NonAscii,
    Escape(String),
}

/// Decodes a `bytes` literal body.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, BytesError> {
    if !body.is_ascii() {
        return Err(BytesError::NonAscii);
    }
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += newline_len(b, i);
            continue;
        }
        if c != b'\\' || raw || i + 1 >= b.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let e = b[i + 1];
        let esc_start = i;
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && matches!(b.get(i), Some(b'0'..=b'7')) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let (v, n) = hex_value(b, i, 2);
                if n < 2 {
                    return Err(BytesError::Escape(format!(
                        "(value error) invalid \\x escape at position {esc_start}"
                    )));
                }
                i += 2;
                out.push(v as u8);
            }
            _ => {
                out.push(b'\\');
                i = esc_start + 1;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scanning() {
        let s = scan_string("'abc' x", 0).unwrap();
        assert_eq!(
            (s.body_start, s.body_end, s.end, s.triple),
            (1, 4, 5, false)
        );
        let s = scan_string(r#""a\"b""#, 0).unwrap();
        assert_eq!(s.end, 6);
        let s = scan_string("'''a'b''c'''", 0).unwrap();
        assert_eq!((s.body_end, s.end, s.triple), (9, 12, true));
        let s = scan_string("''", 0).unwrap();
        assert_eq!((s.body_start, s.body_end), (1, 1));
        let s = scan_string("'a\\\nb'", 0).unwrap();
        assert_eq!(s.end, 6);
        assert_eq!(
            scan_string("'abc\ndef'", 0),
            Err(Unterminated {
                triple: false,
                detected: 4
            })
        );
        assert!(scan_string("'''abc\n", 0).unwrap_err().triple);
        assert!(scan_string("r'\\'", 0).is_err());
    }

    #[test]
    fn str_escapes() {
        let d = |s: &str| decode_str(s, false).unwrap();
        assert_eq!(d(r#"a\nb\tc\\d\'e\"f"#), "a\nb\tc\\d'e\"f");
        assert_eq!(d(r"\x41\101\u00e9\U0001F600"), "AA\u{e9}\u{1F600}");
        assert_eq!(d(r"\0\7\777"), "\0\x07\u{1ff}");
        assert_eq!(d("a\\\nb"), "ab");
        assert_eq!(d("a\\\r\nb"), "ab");
        assert_eq!(d(r"\d\{"), r"\d\{");
        assert_eq!(d("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(d(r"\a\b\f\v\r"), "\x07\x08\x0c\x0b\r");
        assert_eq!(d(r"\ud800"), "\u{FFFD}");
        assert_eq!(decode_str(r"a\nb\'", true).unwrap(), r"a\nb\'");
    }

    #[test]
    fn str_escape_errors() {
        let e = |s: &str| decode_str(s, false).unwrap_err().msg;
        assert_eq!(
            e(r"\x1"),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
        );
        assert!(e(r"ab\x1").contains("position 2-4"));
        assert!(e("\u{e9}\\x1").contains("position 10-12"));
        assert!(e(r"\xg").contains("position 0-1: truncated \\xXX"));
        assert!(e(r"\u12").contains("position 0-3: truncated \\uXXXX escape"));
        assert!(e(r"\U00110000").contains("position 0-9: illegal Unicode character"));
        assert!(e(r"\N").contains("position 0-1: malformed \\N character escape"));
        assert!(e(r"\N{").contains("position 0-2: malformed"));
        assert!(e(r"\N{foo}").contains("position 0-6: unknown Unicode character name"));
    }

    #[test]
    fn bytes_literals() {
        assert_eq!(
            decode_bytes(r"a\x41\n\777\u1234", false).unwrap(),
            b"aA\n\xff\\u1234"
        );
        assert_eq!(decode_bytes(r"\x41", true).unwrap(), br"\x41");
        assert_eq!(decode_bytes("\u{e9}", false), Err(BytesError::NonAscii));
        assert_eq!(
            decode_bytes(r"\x1", false),
            Err(BytesError::Escape(
                "(value error) invalid \\x escape at position 0".into()
            ))
        );
    }
}
