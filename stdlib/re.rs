//! The `_re` module: the native regex engine behind the frozen `re` module.
//!
//! Python syntax is translated (re_translate.rs) and compiled with fancy-regex. The Python
//! layer (stdlib/py/re.py) builds Pattern/Match objects over three primitives:
//! `compile(pattern, flags)`, `search(prog, string, pos, endpos, mode)` and
//! `scan(prog, string, pos, endpos, limit)`. All positions crossing this boundary are
//! character indices; fancy-regex works in byte offsets, so non-ASCII strings get a
//! char→byte table per call. Spans are flat lists `[s0, e0, s1, e1, ...]`, -1 if unmatched.

#[path = "re_translate.rs"]
mod re_translate;

use crate::builtins::native;
use crate::object::{NativeData, ObjRef, Payload};
use crate::objects::module::{module_dict, new_module};
use crate::objects::str::{intern, PyStr};
use crate::objects::types::{new_class, types};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use fancy_regex::{Regex, RegexBuilder};
use std::sync::OnceLock;

const BACKTRACK_LIMIT: usize = 50_000_000;

/// A compiled pattern: the search form is built eagerly (to report errors at compile time);
/// the anchored forms used by `match`/`fullmatch` on first use.
struct Prog {
    rx: String,
    search: Regex,
    anchored: OnceLock<Option<Regex>>,
    full: OnceLock<Option<Regex>>,
    /// Anchored and required to consume at least one character (`(?!\G)` at the end).
    nonempty: OnceLock<Option<Regex>>,
}

fn prog_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        new_class(
            "_re_program",
            vec![types().object.clone()],
            vec![types().object.clone()],
            crate::objects::dict::Dict::new(),
            true,
            None,
        )
    })
}

impl NativeData for Prog {
    fn type_obj(&self) -> &'static ObjRef {
        prog_type()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn build(rx: &str) -> Result<Regex, String> {
    RegexBuilder::new(rx)
        .backtrack_limit(BACKTRACK_LIMIT)
        .build()
        .map_err(|e| compile_error_text(&e))
}

impl Prog {
    /// The regex for a mode: 0 search, 1 anchored at the start position (`\G`),
    /// 2 anchored at both ends, 3 anchored and non-empty. None if it fails to build.
    fn regex(&self, mode: i64) -> Option<&Regex> {
        match mode {
            1 => self
                .anchored
                .get_or_init(|| build(&format!("\\G(?:{})", self.rx)).ok())
                .as_ref(),
            2 => self
                .full
                .get_or_init(|| build(&format!("\\G(?:{})\\z", self.rx)).ok())
                .as_ref(),
            3 => self
                .nonempty
                .get_or_init(|| build(&format!("\\G(?:{})(?!\\G)", self.rx)).ok())
                .as_ref(),
            _ => Some(&self.search),
        }
    }
}

fn compile_error_text(e: &fancy_regex::Error) -> String {
    use fancy_regex::{CompileError, Error};
    match e {
        Error::CompileError(CompileError::LookBehindNotConst) => {
            "look-behind requires fixed-width pattern".into()
        }
        other => other.to_string(),
    }
}

/// `compile(pattern, flags)` → `(prog, flags, groups, groupindex, parents)` or
/// `(None, message, position)` (position -1 if unknown).
fn re_compile(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let pat = a.pos.first().and_then(|v| v.as_str());
    let Some(pat) = pat else {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    };
    let flags = match a.pos.get(1) {
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        _ => 0,
    };
    let t = match re_translate::translate(pat, flags) {
        Ok(t) => t,
        Err(e) => {
            return Ok(Value::tuple(vec![
                Value::None,
                Value::str(e.msg),
                Value::from(e.pos),
            ]))
        }
    };
    let search = match build(&t.rx) {
        Ok(r) => r,
        Err(e) => {
            return Ok(Value::tuple(vec![
                Value::None,
                Value::str(e),
                Value::Int(-1),
            ]))
        }
    };
    let groupindex = crate::objects::dict::Dict::new();
    for (name, g) in &t.names {
        groupindex.set_str(Value::str(name.as_str()), Value::from(*g));
    }
    let parents = t.parents.iter().map(|&p| Value::from(p)).collect();
    let prog = Prog {
        rx: t.rx,
        search,
        anchored: OnceLock::new(),
        full: OnceLock::new(),
        nonempty: OnceLock::new(),
    };
    Ok(Value::tuple(vec![
        Value::obj(Payload::Native(Box::new(prog))),
        Value::Int(t.flags),
        Value::from(t.groups),
        Value::obj(Payload::Dict(Box::new(groupindex))),
        Value::list(parents),
    ]))
}

/// Character-index ↔ byte-offset conversion for one subject string.
struct Offsets<'a> {
    s: &'a PyStr,
    /// Byte offset of each character, plus the length; empty for ASCII strings.
    starts: Vec<usize>,
}

impl<'a> Offsets<'a> {
    fn new(s: &'a PyStr) -> Offsets<'a> {
        let starts = if s.is_ascii() {
            Vec::new()
        } else {
            let t = s.as_str();
            t.char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(t.len()))
                .collect()
        };
        Offsets { s, starts }
    }

    fn byte(&self, ch: usize) -> usize {
        if self.starts.is_empty() {
            ch.min(self.s.as_str().len())
        } else {
            self.starts[ch.min(self.starts.len() - 1)]
        }
    }

    fn char(&self, b: usize) -> usize {
        if self.starts.is_empty() {
            b
        } else {
            self.starts.partition_point(|&x| x < b)
        }
    }
}

fn prog_of<'a>(vm: &Vm, v: Option<&'a Value>) -> PyResult<&'a Prog> {
    match v.and_then(|v| v.payload()) {
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<Prog>() {
            Some(p) => Ok(p),
            None => Err(vm.type_error("expected a compiled _re program")),
        },
        _ => Err(vm.type_error("expected a compiled _re program")),
    }
}

fn int_arg(a: &Args<'_>, i: usize, default: i64) -> i64 {
    match a.pos.get(i) {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        _ => default,
    }
}

/// The common arguments `(prog, string, pos, endpos, ...)`, with pos/endpos clamped.
fn subject<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<(&'a Prog, &'a PyStr, usize, usize)> {
    let prog = prog_of(vm, a.pos.first())?;
    let Some(s) = a.pos.get(1).and_then(|v| v.as_pystr()) else {
        let tn = a
            .pos
            .get(1)
            .map_or("NoneType", crate::objects::types::type_name_of);
        return Err(vm.type_error(format!("expected string or bytes-like object, got '{tn}'")));
    };
    let n = s.char_len() as i64;
    let pos = int_arg(a, 2, 0).clamp(0, n) as usize;
    let endpos = int_arg(a, 3, n).clamp(0, n) as usize;
    Ok((prog, s, pos, endpos))
}

/// One match attempt at byte offset `from` in `text`; flat char spans on success.
fn run(
    vm: &Vm,
    rx: &Regex,
    text: &str,
    from: usize,
    off: &Offsets<'_>,
) -> PyResult<Option<Vec<i64>>> {
    match rx.captures_from_pos(text, from) {
        Ok(None) => Ok(None),
        Ok(Some(c)) => {
            let mut v = Vec::with_capacity(c.len() * 2);
            for i in 0..c.len() {
                match c.get(i) {
                    Some(m) => {
                        v.push(off.char(m.start()) as i64);
                        v.push(off.char(m.end()) as i64);
                    }
                    None => v.extend([-1, -1]),
                }
            }
            Ok(Some(v))
        }
        Err(e) => Err(vm.new_error("RuntimeError", format!("regular expression failed: {e}"))),
    }
}

fn spans_value(v: Vec<i64>) -> Value {
    Value::list(v.into_iter().map(Value::Int).collect())
}

/// `search(prog, string, pos, endpos, mode)`: mode 0 search, 1 match, 2 fullmatch.
fn re_search(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (prog, s, pos, endpos) = subject(vm, &a)?;
    if endpos < pos {
        return Ok(Value::None);
    }
    let Some(rx) = prog.regex(int_arg(&a, 4, 0)) else {
        return Err(vm.new_error("RuntimeError", "cannot build anchored pattern"));
    };
    let off = Offsets::new(s);
    let text = &s.as_str()[..off.byte(endpos)];
    Ok(run(vm, rx, text, off.byte(pos), &off)?.map_or(Value::None, spans_value))
}

/// `scan(prog, string, pos, endpos, limit)`: successive non-overlapping matches (at most
/// `limit` if it is positive). As in CPython, after an empty match the next match must not
/// be empty at the same position: the best non-empty match there is tried first, then the
/// search resumes one character further on.
fn re_scan(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (prog, s, pos, endpos) = subject(vm, &a)?;
    let limit = int_arg(&a, 4, 0);
    let mut out = Vec::new();
    if endpos < pos {
        return Ok(Value::list(out));
    }
    let off = Offsets::new(s);
    let text = &s.as_str()[..off.byte(endpos)];
    let mut at = pos;
    let mut prev_empty = false;
    while at <= endpos && (limit <= 0 || (out.len() as i64) < limit) {
        let mut found = None;
        if prev_empty {
            if let Some(rx) = prog.regex(3) {
                found = run(vm, rx, text, off.byte(at), &off)?;
            }
            if found.is_none() {
                at += 1;
                if at > endpos {
                    break;
                }
            }
        }
        if found.is_none() {
            found = run(vm, &prog.search, text, off.byte(at), &off)?;
        }
        let Some(m) = found else {
            break;
        };
        prev_empty = m[0] == m[1];
        at = m[1] as usize;
        out.push(spans_value(m));
    }
    Ok(Value::list(out))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_re");
    if let Some(d) = module_dict(&m) {
        let fns: [(&'static str, crate::objects::function::NativeFnPtr); 3] = [
            ("compile", re_compile),
            ("search", re_search),
            ("scan", re_scan),
        ];
        for (name, f) in fns {
            d.set_str(intern(name), native(name, f));
        }
    }
    Ok(m)
}
