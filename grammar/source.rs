//! Source text handling: decoding source bytes (UTF-8, BOM, PEP 263 coding cookies) and
//! mapping byte offsets to CPython-style positions.
//!
//! What must stay true: every position the parser reports goes through `LineIndex`, which
//! turns a byte offset into a 1-based line and a 0-based *character* column; lines break at
//! `\n`, `\r\n` and lone `\r`, exactly as the lexer counts them.

use super::ast::{ParseError, ParseErrorKind};
use std::cell::Cell;

/// Line starts of one source text, for offset → (line, column) conversion.
pub struct LineIndex<'s> {
    src: &'s str,
    starts: Vec<usize>,
    ascii: bool,
    /// Most positions are asked for in increasing order: remember the last line found.
    last: Cell<usize>,
}

impl<'s> LineIndex<'s> {
    pub fn new(src: &'s str) -> Self {
        let bytes = src.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            src,
            starts,
            ascii: src.is_ascii(),
            last: Cell::new(0),
        }
    }

    pub fn src(&self) -> &'s str {
        self.src
    }

    /// 0-based index of the line containing byte `pos`.
    pub fn line_idx(&self, pos: usize) -> usize {
        let last = self.last.get();
        let starts = &self.starts;
        if starts[last] <= pos && starts.get(last + 1).is_none_or(|&n| pos < n) {
            return last;
        }
        let idx = match starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        self.last.set(idx);
        idx
    }

    pub fn line_start(&self, idx: usize) -> usize {
        self.starts[idx]
    }

    /// (1-based line, 0-based character column) of byte `pos`.
    pub fn pos(&self, pos: usize) -> (u32, u32) {
        let idx = self.line_idx(pos);
        let start = self.starts[idx];
        let col = if self.ascii {
            pos - start
        } else {
            let end = pos.min(self.src.len());
            self.src.get(start..end).map_or(0, |s| s.chars().count())
        };
        (idx as u32 + 1, col as u32)
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

/// Decodes source bytes as CPython does for `compile(bytes, ...)`: strips a UTF-8 BOM,
/// honours a `latin-1` / `utf-8` coding cookie on the first two lines, and reports invalid
/// UTF-8 as `SyntaxError: (unicode error) 'utf-8' codec can't decode ...`.
pub fn decode_source(bytes: &[u8]) -> Result<String, ParseError> {
    let (bytes, had_bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    if let Some(enc) = coding_cookie(bytes) {
        // With a BOM, CPython accepts only a cookie spelled as (a variant of) "utf-8".
        let lower = enc.to_ascii_lowercase().replace('_', "-");
        if had_bom && lower != "utf-8" && !lower.starts_with("utf-8-") {
            return Err(simple_error(format!("encoding problem: {enc} with BOM")));
        }
        match normalize_encoding(&enc).as_str() {
            "utf-8" => {}
            "latin-1" => return Ok(bytes.iter().map(|&b| b as char).collect()),
            "cp1252" => return Ok(bytes.iter().map(|&b| cp1252(b)).collect()),
            _ => return Err(simple_error(format!("unknown encoding: {enc}"))),
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => Err(utf8_error(bytes, &e)),
    }
}

/// Like `decode_source`, but words invalid UTF-8 the way CPython does when it runs a
/// script file: `Non-UTF-8 code starting with '\xff' in file x.py on line 2, ...`.
pub fn decode_script(bytes: &[u8], path: &str) -> Result<String, ParseError> {
    decode_source(bytes).map_err(|mut err| {
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if let Err(e) = std::str::from_utf8(body) {
            if err.msg.starts_with("(unicode error)") && coding_cookie(body).is_none() {
                let bad = body[e.valid_up_to()];
                err.msg = format!(
                    "Non-UTF-8 code starting with '\\x{bad:02x}' in file {path} on line {}, \
                     but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    err.line
                );
                err.col = 0;
                err.end_col = None;
            }
        }
        err
    })
}

fn simple_error(msg: String) -> ParseError {
    ParseError {
        kind: ParseErrorKind::SyntaxError,
        msg,
        line: 0,
        col: 0,
        end_col: None,
        incomplete: false,
    }
}

fn utf8_error(bytes: &[u8], e: &std::str::Utf8Error) -> ParseError {
    let bad = e.valid_up_to();
    let line_start = bytes[..bad]
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(0, |p| p + 1);
    let line = 1 + bytes[..line_start]
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count();
    let pos = bad - line_start;
    let prefix = String::from_utf8_lossy(&bytes[line_start..bad]);
    let col = prefix.chars().count() as u32 + 1;
    let first = bytes[bad];
    let (len, reason) = match e.error_len() {
        None => (bytes.len() - bad, "unexpected end of data"),
        Some(n) => {
            let start_ok = matches!(first, 0xC2..=0xF4);
            (
                n,
                if start_ok {
                    "invalid continuation byte"
                } else {
                    "invalid start byte"
                },
            )
        }
    };
    let what = if len == 1 {
        format!("byte 0x{first:02x} in position {pos}")
    } else {
        format!("bytes in position {pos}-{}", pos + len - 1)
    };
    ParseError {
        kind: ParseErrorKind::SyntaxError,
        msg: format!("(unicode error) 'utf-8' codec can't decode {what}: {reason}"),
        line: line as u32,
        col,
        end_col: None,
        incomplete: false,
    }
}

/// The PEP 263 encoding named on line 1 or 2 (line 2 only if line 1 is a comment/blank).
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n').take(2);
    for (i, line) in lines.by_ref().enumerate() {
        let text: String = line.iter().map(|&b| b as char).collect();
        let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
        if !trimmed.starts_with('#') {
            if i == 0 && !trimmed.trim().is_empty() {
                return None;
            }
            continue;
        }
        if let Some(enc) = cookie_in_comment(trimmed) {
            return Some(enc);
        }
    }
    None
}

fn cookie_in_comment(line: &str) -> Option<String> {
    let at = line.find("coding")?;
    let rest = &line[at + 6..];
    let rest = rest.strip_prefix([':', '='])?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}

/// Windows-1252: Latin-1 except for 0x80..=0x9F.
fn cp1252(b: u8) -> char {
    const HIGH: [u16; 32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ];
    match b {
        0x80..=0x9F => char::from_u32(HIGH[(b - 0x80) as usize] as u32).unwrap_or('\u{FFFD}'),
        _ => b as char,
    }
}

fn normalize_encoding(enc: &str) -> String {
    let lower = enc.to_ascii_lowercase().replace('_', "-");
    if lower == "utf-8" || lower == "utf8" || lower.starts_with("utf-8-") {
        "utf-8".into()
    } else if matches!(
        lower.as_str(),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "cp819"
    ) || lower.starts_with("latin-1-")
        || lower.starts_with("iso-8859-1-")
    {
        "latin-1".into()
    } else if matches!(lower.as_str(), "cp1252" | "windows-1252") {
        "cp1252".into()
    } else {
        lower
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_positions() {
        let idx = LineIndex::new("ab\r\ncd\ré\nx");
        assert_eq!(idx.pos(0), (1, 0));
        assert_eq!(idx.pos(4), (2, 0));
        assert_eq!(idx.pos(7), (3, 0));
        assert_eq!(idx.pos(10), (4, 0));
        assert_eq!(idx.pos(9), (3, 1));
    }

    #[test]
    fn decode_bom_and_errors() {
        assert_eq!(decode_source(b"\xEF\xBB\xBFx = 1").unwrap(), "x = 1");
        let e = decode_source(b"x = 1\ny = \"\xff\"\n").unwrap_err();
        assert_eq!(
            e.msg,
            "(unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte"
        );
        assert_eq!((e.line, e.col), (2, 6));
        let e = decode_source(b"x=\"\xe2\x82\"").unwrap_err();
        assert!(e
            .msg
            .ends_with("bytes in position 3-4: invalid continuation byte"));
        let e = decode_source(b"x=\xe2\x82").unwrap_err();
        assert!(e.msg.ends_with("unexpected end of data"));
        let e = decode_script(b"x = '\xff'", "a.py").unwrap_err();
        assert!(e
            .msg
            .starts_with("Non-UTF-8 code starting with '\\xff' in file a.py on line 1"));
    }

    #[test]
    fn coding_cookies() {
        assert_eq!(
            decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n").unwrap(),
            "# -*- coding: latin-1 -*-\nx = '\u{e9}'\n"
        );
        assert!(decode_source(b"#!/usr/bin/env python\n# coding=utf-8\nx=1").is_ok());
        let e = decode_source(b"# coding: klingon\n").unwrap_err();
        assert_eq!(e.msg, "unknown encoding: klingon");
        let e = decode_source(b"\xEF\xBB\xBF# coding: utf8\n").unwrap_err();
        assert_eq!(e.msg, "encoding problem: utf8 with BOM");
        assert!(decode_source(b"\xEF\xBB\xBF# coding: utf-8\n").is_ok());
        assert_eq!(
            decode_source(b"# coding: cp1252\nx = '\x80'").unwrap(),
            "# coding: cp1252\nx = '\u{20ac}'"
        );
    }
}
