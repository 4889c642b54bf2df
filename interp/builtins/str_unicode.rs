//! Unicode character classes and case mappings as Python 3.11's str methods define them:
//! the `is*` predicates, whitespace and line breaks, identifiers, and `upper`/`lower`/
//! `title`/`capitalize`/`swapcase`/`casefold` of whole strings.
//!
//! Classes come from the generated tables in `str_unitab.rs` (Unicode 14.0, as CPython
//! 3.11) with ASCII answered inline; simple case mappings come from Rust's `char` methods
//! (full mappings, as CPython) plus the two exception tables where Python differs
//! (title case and case folding). The final-sigma rule uses a small approximation of
//! Unicode's case-ignorable set.

use super::unitab::{
    ALPHA, CASEFOLD, DECIMAL, DIGIT, ID_CONTINUE_ONLY, ID_START, NUMERIC, PRINTABLE, TITLE,
    TITLECASE,
};
use std::cmp::Ordering;

/// Is `c` in a table of sorted inclusive ranges?
fn in_table(t: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    t.binary_search_by(|&(a, b)| {
        if b < c {
            Ordering::Less
        } else if a > c {
            Ordering::Greater
        } else {
            Ordering::Equal
        }
    })
    .is_ok()
}

fn special(t: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    t.binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| t[i].1)
}

/// `str.isspace` for one character (also the separator of `split()` and `strip()`).
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// A line boundary for `str.splitlines` (`\r\n` is handled by the caller).
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(ALPHA, c)
    }
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(DECIMAL, c)
    }
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(DIGIT, c)
    }
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(NUMERIC, c)
    }
}

pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_alpha(c) || is_numeric(c)
    }
}

/// `str.isprintable` for one character (what `repr` shows unescaped).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_table(PRINTABLE, c)
    }
}

pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && TITLECASE.binary_search(&(c as u32)).is_ok()
}

fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase()
    }
}

fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        c.is_lowercase()
    }
}

/// Has a case (upper, lower or title).
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
    }
}

fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '_'
    } else {
        in_table(ID_START, c)
    }
}

fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        in_table(ID_START, c) || in_table(ID_CONTINUE_ONLY, c)
    }
}

/// `str.isidentifier`.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_id_start(c) => it.all(is_id_continue),
        _ => false,
    }
}

/// `str.isupper` (`upper == true`) or `str.islower`: no cased character of the other
/// kinds, and at least one of this kind.
pub fn is_all_case(s: &str, upper: bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let (this, other) = if upper {
            (is_upper(c), is_lower(c))
        } else {
            (is_lower(c), is_upper(c))
        };
        if other || is_titlecase(c) {
            return false;
        }
        cased |= this;
    }
    cased
}

/// `str.istitle`: upper/title-case letters only after uncased characters, lower-case
/// letters only after cased ones, and at least one cased character.
pub fn is_title(s: &str) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// Approximation of Unicode's Case_Ignorable property for the final-sigma rule.
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{ad}'
            | '\u{b7}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
    ) || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Unicode's Final_Sigma condition for the `Σ` at byte offset `i` of `s`.
fn final_sigma(s: &str, i: usize) -> bool {
    let before = s
        .get(..i)
        .unwrap_or("")
        .chars()
        .rev()
        .find(|&c| !is_case_ignorable(c));
    let after = s
        .get(i + 'Σ'.len_utf8()..)
        .unwrap_or("")
        .chars()
        .find(|&c| !is_case_ignorable(c));
    before.is_some_and(is_cased) && !after.is_some_and(is_cased)
}

/// Lower-case mapping of the character at byte offset `i` of `s` (context for `Σ`).
fn push_lower_at(out: &mut String, s: &str, i: usize, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c == 'Σ' {
        out.push(if final_sigma(s, i) { 'ς' } else { 'σ' });
    } else {
        out.extend(c.to_lowercase());
    }
}

fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        out.extend(c.to_uppercase());
    }
}

fn push_title(out: &mut String, c: char) {
    match special(TITLE, c) {
        Some(t) => out.push_str(t),
        None => push_upper(out, c),
    }
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_uppercase()
    } else {
        s.to_uppercase()
    }
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        let mut out = String::with_capacity(s.len());
        for (i, c) in s.char_indices() {
            push_lower_at(&mut out, s, i, c);
        }
        out
    }
}

pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match special(CASEFOLD, c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if is_upper(c) {
            push_lower_at(&mut out, s, i, c);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.title`: title case after an uncased character, lower case after a cased one.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, c) in s.char_indices() {
        if prev_cased {
            push_lower_at(&mut out, s, i, c);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.capitalize`: the first character in title case, the rest in lower case.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, s, i, c);
        }
    }
    out
}
