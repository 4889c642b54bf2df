//! JSON decoding (`json.loads`, `JSONDecoder.decode`/`raw_decode`): a recursive-descent
//! scanner over the UTF-8 text with CPython's error messages and positions (in
//! characters), hooks (`object_hook`, `object_pairs_hook`, `parse_float`, `parse_int`,
//! `parse_constant`) and `strict` control-character checking.
//!
//! Python strings cannot hold lone surrogates here: an unpaired `\udXXX` escape decodes to
//! U+FFFD.

use crate::objects::dict::Dict;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::collections::HashMap;

#[derive(Default)]
pub struct DecodeOpts {
    pub object_hook: Option<Value>,
    pub object_pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
    pub strict: bool,
}

/// A decoding failure: the message and the byte offset it refers to.
pub enum Fail {
    At(&'static str, usize),
    Py(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

type R<T> = Result<T, Fail>;

pub struct Scanner<'a> {
    s: &'a [u8],
    text: &'a str,
    opts: &'a DecodeOpts,
    memo: HashMap<&'a str, Value>,
    depth: usize,
    limit: usize,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

impl<'a> Scanner<'a> {
    pub fn new(vm: &Vm, text: &'a str, opts: &'a DecodeOpts) -> Scanner<'a> {
        Scanner {
            s: text.as_bytes(),
            text,
            opts,
            memo: HashMap::new(),
            depth: 0,
            limit: vm.recursion_limit() as usize,
        }
    }

    pub fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.s.len() && is_ws(self.s[i]) {
            i += 1;
        }
        i
    }

    fn starts(&self, i: usize, lit: &str) -> bool {
        self.s[i..].starts_with(lit.as_bytes())
    }

    fn constant(&self, vm: &mut Vm, name: &str, v: f64) -> PyResult<Value> {
        match &self.opts.parse_constant {
            Some(f) => vm.call(f, &[Value::str(name)]),
            None => Ok(Value::Float(v)),
        }
    }

    /// Decode one value starting at byte `i`; returns it and the offset after it.
    pub fn value(&mut self, vm: &mut Vm, i: usize) -> R<(Value, usize)> {
        let Some(&c) = self.s.get(i) else {
            return Err(Fail::At("Expecting value", i));
        };
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((Value::str(s), end))
            }
            b'{' => self.nested(vm, i + 1, true),
            b'[' => self.nested(vm, i + 1, false),
            b'n' if self.starts(i, "null") => Ok((Value::None, i + 4)),
            b't' if self.starts(i, "true") => Ok((Value::Bool(true), i + 4)),
            b'f' if self.starts(i, "false") => Ok((Value::Bool(false), i + 5)),
            b'N' if self.starts(i, "NaN") => Ok((self.constant(vm, "NaN", f64::NAN)?, i + 3)),
            b'I' if self.starts(i, "Infinity") => {
                Ok((self.constant(vm, "Infinity", f64::INFINITY)?, i + 8))
            }
            b'-' if self.starts(i, "-Infinity") => {
                Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, i + 9))
            }
            _ => self.number(vm, i),
        }
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> R<(Value, usize)> {
        let s = self.s;
        let digits = |mut i: usize| {
            while i < s.len() && s[i].is_ascii_digit() {
                i += 1;
            }
            i
        };
        let mut i = start;
        if s.get(i) == Some(&b'-') {
            i += 1;
        }
        match s.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i = digits(i),
            _ => return Err(Fail::At("Expecting value", start)),
        }
        let mut is_float = false;
        if s.get(i) == Some(&b'.') && s.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            i = digits(i + 1);
            is_float = true;
        }
        if matches!(s.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(s.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if s.get(j).is_some_and(|c| c.is_ascii_digit()) {
                i = digits(j);
                is_float = true;
            }
        }
        let text = &self.text[start..i];
        let v = if is_float {
            match &self.opts.parse_float {
                Some(f) => vm.call(f, &[Value::str(text)])?,
                None => Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.opts.parse_int {
                Some(f) => vm.call(f, &[Value::str(text)])?,
                None => match text.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => match text.parse::<num_bigint::BigInt>() {
                        Ok(b) => Value::from_bigint(b),
                        Err(_) => return Err(Fail::At("Expecting value", start)),
                    },
                },
            }
        };
        Ok((v, i))
    }

    /// A string body starting after its opening quote at `begin`; returns the text and the
    /// offset after the closing quote.
    pub fn string(&self, begin: usize) -> R<(String, usize)> {
        let s = self.s;
        let mut out = String::new();
        let mut i = begin;
        loop {
            let chunk_start = i;
            while i < s.len()
                && s[i] != b'"'
                && s[i] != b'\\'
                && (s[i] >= 0x20 || !self.opts.strict)
            {
                i += 1;
            }
            out.push_str(&self.text[chunk_start..i]);
            let Some(&c) = s.get(i) else {
                return Err(Fail::At("Unterminated string starting at", begin - 1));
            };
            match c {
                b'"' => return Ok((out, i + 1)),
                b'\\' => {
                    let Some(&e) = s.get(i + 1) else {
                        return Err(Fail::At("Unterminated string starting at", begin - 1));
                    };
                    let simple = match e {
                        b'"' => Some('"'),
                        b'\\' => Some('\\'),
                        b'/' => Some('/'),
                        b'b' => Some('\u{8}'),
                        b'f' => Some('\u{c}'),
                        b'n' => Some('\n'),
                        b'r' => Some('\r'),
                        b't' => Some('\t'),
                        _ => None,
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        i += 2;
                        continue;
                    }
                    if e != b'u' {
                        return Err(Fail::At("Invalid \\escape", i));
                    }
                    let Some(hi) = self.hex4(i + 2) else {
                        return Err(Fail::At("Invalid \\uXXXX escape", i + 1));
                    };
                    i += 6;
                    let mut code = hi;
                    if (0xd800..0xdc00).contains(&hi)
                        && s.get(i) == Some(&b'\\')
                        && s.get(i + 1) == Some(&b'u')
                    {
                        match self.hex4(i + 2) {
                            Some(lo) if (0xdc00..0xe000).contains(&lo) => {
                                code = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
                                i += 6;
                            }
                            Some(_) => {}
                            None => return Err(Fail::At("Invalid \\uXXXX escape", i + 1)),
                        }
                    }
                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                }
                _ => return Err(Fail::At("Invalid control character at", i)),
            }
        }
    }

    fn hex4(&self, i: usize) -> Option<u32> {
        let h = self.s.get(i..i + 4)?;
        if !h.iter().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
    }

    /// An object (`{` already consumed) or an array (`[` consumed).
    fn nested(&mut self, vm: &mut Vm, i: usize, object: bool) -> R<(Value, usize)> {
        self.depth += 1;
        if self.depth > self.limit {
            let what = if object { "object" } else { "array" };
            return Err(Fail::Py(vm.new_error(
                "RecursionError",
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
            )));
        }
        let r = if object {
            self.object(vm, i)
        } else {
            self.array(vm, i)
        };
        self.depth -= 1;
        r
    }

    fn array(&mut self, vm: &mut Vm, i: usize) -> R<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(i);
        if self.s.get(i) == Some(&b']') {
            return Ok((Value::list(items), i + 1));
        }
        loop {
            let (v, end) = self.value(vm, i)?;
            items.push(v);
            i = self.skip_ws(end);
            match self.s.get(i) {
                Some(b']') => return Ok((Value::list(items), i + 1)),
                Some(b',') => i = self.skip_ws(i + 1),
                _ => return Err(Fail::At("Expecting ',' delimiter", i)),
            }
        }
    }

    fn key(&mut self, i: usize) -> R<(Value, usize)> {
        let (k, end) = self.string(i + 1)?;
        let raw = &self.text[i + 1..end - 1];
        if let Some(v) = self.memo.get(raw) {
            return Ok((v.clone(), end));
        }
        let v = Value::str(k);
        self.memo.insert(raw, v.clone());
        Ok((v, end))
    }

    fn object(&mut self, vm: &mut Vm, i: usize) -> R<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(i);
        let end = if self.s.get(i) == Some(&b'}') {
            i + 1
        } else {
            loop {
                if self.s.get(i) != Some(&b'"') {
                    return Err(Fail::At(
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (k, after) = self.key(i)?;
                i = self.skip_ws(after);
                if self.s.get(i) != Some(&b':') {
                    return Err(Fail::At("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (v, after) = self.value(vm, i)?;
                pairs.push((k, v));
                i = self.skip_ws(after);
                match self.s.get(i) {
                    Some(b'}') => break i + 1,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(Fail::At("Expecting ',' delimiter", i)),
                }
            }
        };
        if let Some(h) = &self.opts.object_pairs_hook {
            let list = Value::list(
                pairs
                    .into_iter()
                    .map(|(k, v)| Value::tuple(vec![k, v]))
                    .collect(),
            );
            return Ok((vm.call(h, &[list])?, end));
        }
        let d = Dict::new();
        for (k, v) in pairs {
            d.set_str(k, v);
        }
        let dv = crate::stdlib::os::util::dict_value(d);
        match &self.opts.object_hook {
            Some(h) => Ok((vm.call(h, &[dv])?, end)),
            None => Ok((dv, end)),
        }
    }
}
