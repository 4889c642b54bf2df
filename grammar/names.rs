//! Identifier validation for non-ASCII names and the "invalid character" errors.
//!
//! What must stay true: the raw lexer groups every run of potential identifier characters
//! (as CPython's tokenizer does) and this module decides, character by character, whether
//! it is a valid identifier; the first bad character is reported, as
//! `invalid character '€' (U+20AC)` or `invalid non-printable character U+00A0`.
//! Without a Unicode database the XID classes are approximated with `char` predicates plus
//! the common combining-mark and connector ranges, and NFKC normalisation covers only
//! fullwidth ASCII forms and MICRO SIGN (`normalize`).

use super::errors::Error;

fn in_ranges(c: char, ranges: &[(u32, u32)]) -> bool {
    let v = c as u32;
    ranges.iter().any(|&(lo, hi)| lo <= v && v <= hi)
}

/// Combining marks, connector punctuation and other XID_Continue-only characters that
/// `char::is_alphanumeric` misses.
const EXTRA_CONTINUE: &[(u32, u32)] = &[
    (0x00B7, 0x00B7),
    (0x0300, 0x036F),
    (0x0387, 0x0387),
    (0x0483, 0x0487),
    (0x0591, 0x05BD),
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06DC),
    (0x06DF, 0x06E4),
    (0x06E7, 0x06ED),
    (0x0900, 0x0903),
    (0x093A, 0x094F),
    (0x0E31, 0x0E3A),
    (0x0E47, 0x0E4E),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x203F, 0x2040),
    (0x2054, 0x2054),
    (0x20D0, 0x20FF),
    (0xFE00, 0xFE0F),
    (0xFE20, 0xFE2F),
    (0xFE33, 0xFE34),
    (0xFE4D, 0xFE4F),
    (0xFF3F, 0xFF3F),
    (0xE0100, 0xE01EF),
];

/// Numeric characters that are not decimal digits (category No): not identifier parts.
const OTHER_NUMBERS: &[(u32, u32)] = &[
    (0x00B2, 0x00B3),
    (0x00B9, 0x00B9),
    (0x00BC, 0x00BE),
    (0x2070, 0x209F),
    (0x2150, 0x215F),
    (0x2460, 0x24FF),
    (0x2776, 0x2793),
];

pub fn is_id_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

pub fn is_id_continue(c: char) -> bool {
    is_id_start(c)
        || (c.is_numeric() && !in_ranges(c, OTHER_NUMBERS))
        || in_ranges(c, EXTRA_CONTINUE)
}

/// Approximates `str.isprintable()` for one character.
fn is_printable(c: char) -> bool {
    const NON_PRINTABLE: &[(u32, u32)] = &[
        (0x0000, 0x001F),
        (0x007F, 0x00A0),
        (0x00AD, 0x00AD),
        (0x061C, 0x061C),
        (0x1680, 0x1680),
        (0x180E, 0x180E),
        (0x2000, 0x200F),
        (0x2028, 0x202F),
        (0x205F, 0x206F),
        (0x3000, 0x3000),
        (0xD800, 0xF8FF),
        (0xFEFF, 0xFEFF),
        (0xFFF9, 0xFFFB),
        (0xE0000, 0xE007F),
        (0xF0000, 0x10FFFF),
    ];
    !in_ranges(c, NON_PRINTABLE)
}

/// The error for a character that cannot start any token.
pub fn invalid_char_error(c: char, start: usize, end: usize) -> Error {
    if c == '\0' {
        return Error::lexer("source code cannot contain null bytes", start, None);
    }
    if c.is_ascii() && is_printable(c) {
        // `$`, `?`, `` ` ``, a lone `!`: CPython's parser rejects the token.
        return Error::lexer("invalid syntax", start, Some(end.max(start + 1)));
    }
    char_error(c, start)
}

fn char_error(c: char, pos: usize) -> Error {
    let msg = if is_printable(c) {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    };
    Error::lexer(msg, pos, Some(pos))
}

/// NFKC-normalises the common case CPython relies on: fullwidth ASCII letters, digits and
/// `_` become their ASCII forms (`ｗｉｄｔｈ` is `width`) and MICRO SIGN becomes GREEK MU.
/// Other compatibility mappings are not applied.
pub fn normalize(text: &str) -> String {
    text.chars()
        .map(|c| match c as u32 {
            v @ 0xFF01..=0xFF5E => char::from_u32(v - 0xFEE0).unwrap_or(c),
            0xB5 => '\u{3BC}',
            _ => c,
        })
        .collect()
}

/// Validates a name containing non-ASCII characters that starts at byte `start`.
pub fn check_identifier(text: &str, start: usize) -> Result<(), Error> {
    for (i, c) in text.char_indices() {
        let ok = if i == 0 {
            is_id_start(c)
        } else {
            is_id_continue(c)
        };
        if !ok {
            return Err(char_error(c, start + i));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers() {
        assert!(check_identifier("café", 0).is_ok());
        assert!(check_identifier("名前", 0).is_ok());
        assert!(check_identifier("e\u{301}t\u{e9}", 0).is_ok());
        let e = check_identifier("a€", 10).unwrap_err();
        assert_eq!(e.msg, "invalid character '€' (U+20AC)");
        assert_eq!(e.pos, 11);
        let e = check_identifier("\u{a0}", 0).unwrap_err();
        assert_eq!(e.msg, "invalid non-printable character U+00A0");
        assert!(check_identifier("x²", 0).is_err());
    }
}
