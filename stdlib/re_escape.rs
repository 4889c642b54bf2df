//! Escapes and character classes of the Python pattern translator (see re_translate.rs).
//!
//! Every literal is emitted through `lit`/`hex`, so class members never form target-syntax
//! operators (`&&`, `--`, nested `[`), which Python does not have.

use super::{err, hex, lit, Last, ReError, Tr, F_ASCII};

const ASCII_WORD: &[(u32, u32)] = &[(0x30, 0x39), (0x41, 0x5a), (0x5f, 0x5f), (0x61, 0x7a)];
const ASCII_DIGIT: &[(u32, u32)] = &[(0x30, 0x39)];
const ASCII_SPACE: &[(u32, u32)] = &[(0x09, 0x0d), (0x20, 0x20)];

/// Class items for `ranges`, or for their complement within all code points.
fn ranges_items(ranges: &[(u32, u32)], negate: bool) -> String {
    let mut v: Vec<(u32, u32)> = ranges.to_vec();
    if negate {
        let mut comp = Vec::new();
        let mut next = 0u32;
        for &(a, b) in ranges {
            if a > next {
                comp.push((next, a - 1));
            }
            next = b + 1;
        }
        // Surrogates are not chars; the upper bound of the last range is the max code point.
        comp.push((next, 0x10FFFF));
        v = comp;
    }
    let mut s = String::new();
    for (a, b) in v {
        s.push_str(&hex(a));
        if b != a {
            s.push('-');
            s.push_str(&hex(b));
        }
    }
    s
}

impl Tr {
    pub(super) fn class_escape(&self, name: char, flags: i64, in_class: bool) -> String {
        let ascii = flags & F_ASCII != 0;
        let neg = name.is_ascii_uppercase();
        let set = match name.to_ascii_lowercase() {
            'd' => ASCII_DIGIT,
            'w' => ASCII_WORD,
            _ => ASCII_SPACE,
        };
        let items = if ascii {
            ranges_items(set, neg && in_class)
        } else if neg && in_class {
            // A complement cannot be written as members of an enclosing class; the target
            // syntax's own class is close (it differs on a few rare code points).
            return format!("\\{name}");
        } else if name.eq_ignore_ascii_case(&'s') {
            // Python's str.isspace also counts the information separators 0x1C-0x1F.
            "\\s\\x{1C}-\\x{1F}".into()
        } else if name.eq_ignore_ascii_case(&'w') {
            // Python's word characters are str.isalnum() plus '_': letters and numbers,
            // not the marks and connectors that the target syntax's \w adds.
            "\\p{L}\\p{N}_".into()
        } else {
            return format!("\\{name}");
        };
        if in_class {
            items
        } else if neg {
            format!("[^{items}]")
        } else {
            format!("[{items}]")
        }
    }

    /// A character escape (shared by classes and the top level), cursor after the escaped
    /// letter `c`; returns the code point or None if `c` is not a character escape.
    pub(super) fn char_escape(&mut self, c: char, start: usize) -> Result<Option<u32>, ReError> {
        let fixed = |t: &mut Tr, n: usize| -> Result<u32, ReError> {
            let s: String = t.p[t.i..]
                .iter()
                .take(n)
                .take_while(|c| c.is_ascii_hexdigit())
                .collect();
            if s.len() != n {
                return err(format!("incomplete escape \\{c}{s}"), start);
            }
            t.i += n;
            u32::from_str_radix(&s, 16).or_else(|_| err("bad escape", start))
        };
        Ok(Some(match c {
            'a' => 7,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            'x' => fixed(self, 2)?,
            'u' => fixed(self, 4)?,
            'U' => {
                let v = fixed(self, 8)?;
                if char::from_u32(v).is_none() {
                    let shown: String = self.p[start..self.i].iter().collect();
                    return err(format!("bad escape {shown}"), start);
                }
                v
            }
            _ => return Ok(None),
        }))
    }

    pub(super) fn octal(&mut self, first: u32, start: usize) -> Result<u32, ReError> {
        let mut v = first;
        for _ in 0..2 {
            match self.peek().and_then(|c| c.to_digit(8)) {
                Some(d) => {
                    v = v * 8 + d;
                    self.i += 1;
                }
                None => break,
            }
        }
        if v > 0o377 {
            let shown: String = self.p[start..self.i].iter().collect();
            return err(
                format!("octal escape value {shown} outside of range 0-0o377"),
                start,
            );
        }
        Ok(v)
    }

    pub(super) fn emit_code(&mut self, v: u32, start: usize) -> Result<(), ReError> {
        match char::from_u32(v) {
            Some(ch) => {
                lit(ch, &mut self.out);
                Ok(())
            }
            None => err("surrogate code points are not supported", start),
        }
    }

    pub(super) fn parse_escape(&mut self, flags: i64, start: usize) -> Result<Last, ReError> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        match c {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                let s = self.class_escape(c, flags, false);
                self.out.push_str(&s);
            }
            'A' => {
                self.out.push_str("\\A");
                return Ok(Last::Anchor);
            }
            'Z' => {
                self.out.push_str("\\z");
                return Ok(Last::Anchor);
            }
            'b' | 'B' => {
                if flags & F_ASCII != 0 {
                    let w = "[0-9A-Za-z_]";
                    let s = if c == 'b' {
                        format!("(?:(?<={w})(?!{w})|(?<!{w})(?={w}))")
                    } else {
                        format!("(?!\\A\\z)(?:(?<={w})(?={w})|(?<!{w})(?!{w}))")
                    };
                    self.out.push_str(&s);
                } else {
                    // CPython's \B never matches in an empty string.
                    self.out
                        .push_str(if c == 'b' { "\\b" } else { "(?:(?!\\A\\z)\\B)" });
                }
                return Ok(Last::Anchor);
            }
            '0' => {
                let v = self.octal(0, start)?;
                self.emit_code(v, start)?;
            }
            '1'..='9' => {
                let d1 = c;
                let d2 = self.peek().filter(|c| c.is_ascii_digit());
                let d3 = self.peek_at(1);
                let is_oct = |c: Option<char>| c.is_some_and(|c| ('0'..='7').contains(&c));
                if d2.is_some() && is_oct(Some(d1)) && is_oct(d2) && is_oct(d3) {
                    let v = self.octal(d1 as u32 - '0' as u32, start)?;
                    self.emit_code(v, start)?;
                } else {
                    let mut n = d1 as usize - '0' as usize;
                    if let Some(d2) = d2 {
                        n = n * 10 + (d2 as usize - '0' as usize);
                        self.i += 1;
                    }
                    self.check_trailing(self.i)?;
                    if n > self.groups {
                        return err(format!("invalid group reference {n}"), start + 1);
                    }
                    if self.open.contains(&n) {
                        return err("cannot refer to an open group", start);
                    }
                    self.out.push_str(&format!("(?:\\{n})"));
                }
            }
            'N' if self.peek() != Some('{') => return err("missing {", self.i),
            c if c.is_ascii_alphanumeric() => match self.char_escape(c, start)? {
                Some(v) => self.emit_code(v, start)?,
                None => return err(format!("bad escape \\{c}"), start),
            },
            c => lit(c, &mut self.out),
        }
        Ok(Last::Item)
    }

    /// One class member: Ok(Some(code)) for a single character, Ok(None) if it was a
    /// category escape (already pushed to `items`).
    pub(super) fn class_atom(
        &mut self,
        flags: i64,
        items: &mut String,
    ) -> Result<Option<u32>, ReError> {
        let start = self.i;
        let c = self.p[self.i];
        self.i += 1;
        if c != '\\' {
            return Ok(Some(c as u32));
        }
        let Some(e) = self.peek() else {
            return err("unterminated character set", start);
        };
        self.i += 1;
        match e {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                items.push_str(&self.class_escape(e, flags, true));
                Ok(None)
            }
            'b' => Ok(Some(8)),
            '0'..='7' => Ok(Some(self.octal(e as u32 - '0' as u32, start)?)),
            e if e.is_ascii_alphanumeric() => match self.char_escape(e, start)? {
                Some(v) => Ok(Some(v)),
                None => err(format!("bad escape \\{e}"), start),
            },
            e => Ok(Some(e as u32)),
        }
    }

    pub(super) fn parse_class(&mut self, flags: i64, start: usize) -> Result<(), ReError> {
        let mut items = String::new();
        let neg = self.eat('^');
        let mut first = true;
        loop {
            self.check_trailing(self.i)?;
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            if c == ']' && !first {
                self.i += 1;
                break;
            }
            first = false;
            let astart = self.i;
            let Some(lo) = self.class_atom(flags, &mut items)? else {
                if self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']') {
                    self.i += 1;
                    self.class_atom(flags, &mut String::new())?;
                    let shown: String = self.p[astart..self.i].iter().collect();
                    return err(format!("bad character range {shown}"), astart);
                }
                continue;
            };
            if self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']') {
                self.i += 1;
                let mut dummy = String::new();
                let hi = self.class_atom(flags, &mut dummy)?;
                let shown: String = self.p[astart..self.i].iter().collect();
                let Some(hi) = hi else {
                    return err(format!("bad character range {shown}"), astart);
                };
                if hi < lo {
                    return err(format!("bad character range {shown}"), astart);
                }
                items.push_str(&hex(lo));
                items.push('-');
                items.push_str(&hex(hi));
            } else {
                items.push_str(&hex(lo));
            }
        }
        if items.is_empty() {
            // `[^]` cannot occur (`]` first is literal); an empty set matches nothing.
            self.out.push_str(if neg { "(?s:.)" } else { "(?!)" });
            return Ok(());
        }
        self.out.push('[');
        if neg {
            self.out.push('^');
        }
        self.out.push_str(&items);
        self.out.push(']');
        Ok(())
    }
}
