//! str methods that search: `find`/`rfind`/`index`/`rindex`/`count`, `startswith`/
//! `endswith`, `replace`, `partition`/`rpartition`, `removeprefix`/`removesuffix`, and
//! `join`.
//!
//! Searching runs on the UTF-8 bytes (see `str_find`); `start`/`end` and returned
//! positions are character indices, converted only for non-ASCII text. Where CPython
//! returns the receiver itself (nothing to change, exact `str`), so do we: no copy.

use super::args::{
    arg_type, bounds, check_build, int_arg, is_exact_str, one_arg, pos_args, str_self, var_args,
    MAX_BUILD,
};
use super::find::{self, Replaced};
use crate::object::Payload;
use crate::objects::str::{new_str, PyStr};
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// A str argument: `must be str, not int`.
pub fn str_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyStr> {
    v.as_pystr()
        .ok_or_else(|| vm.type_error(format!("must be str, not {}", type_name_of(v))))
}

/// Byte offset of character index `ci` (clamped to the length).
fn byte_off(s: &PyStr, ci: usize) -> usize {
    s.byte_offset(ci.min(s.char_len()))
}

/// Number of characters between byte offsets `from` and `to` (character boundaries).
fn char_idx(s: &PyStr, from: usize, to: usize) -> usize {
    if s.is_ascii() {
        to - from
    } else {
        s.as_str().get(from..to).map_or(0, |p| p.chars().count())
    }
}

/// A new str value for a piece of text; one-character ASCII pieces are shared.
pub fn piece(vm: &Vm, t: &str) -> Value {
    match t.as_bytes() {
        [b] if b.is_ascii() => vm.char_str(*b as char),
        _ => new_str(t),
    }
}

/// The receiver unchanged when it is an exact str, else a plain copy of its text.
pub fn same(recv: &Value, s: &PyStr) -> Value {
    if is_exact_str(recv) {
        recv.clone()
    } else {
        new_str(s.as_str())
    }
}

/// The window `[start, end)` (character bounds) of `s` a search looks at, as (first char
/// index, byte range), or `None` when a needle of `need` characters cannot fit.
fn window(s: &PyStr, (st, en): (usize, usize), need: usize) -> Option<(usize, usize, usize)> {
    if en < st || en - st < need {
        return None;
    }
    if st == 0 && en == s.char_len() {
        return Some((0, 0, s.as_str().len()));
    }
    Some((st, byte_off(s, st), byte_off(s, en)))
}

/// Shared body of find/rfind/index/rindex: the character index or `None`.
fn search(vm: &mut Vm, a: &Args<'_>, qual: &str, rev: bool) -> PyResult<Option<usize>> {
    let s = str_self(vm, a, qual)?;
    let args = var_args(vm, a, qual, 1, 3)?;
    // CPython reads the bounds before it checks the needle's type.
    let range = bounds(vm, args.get(1), args.get(2), s.char_len())?;
    let sub = str_arg(vm, &args[0])?;
    let Some((st, bs, be)) = window(s, range, sub.char_len()) else {
        return Ok(None);
    };
    let hay = &s.as_str().as_bytes()[bs..be];
    let pos = if rev {
        find::rfind(hay, sub.as_str().as_bytes())
    } else {
        find::find(hay, sub.as_str().as_bytes())
    };
    Ok(pos.map(|p| st + char_idx(s, bs, bs + p)))
}

fn found_or(vm: &Vm, r: Option<usize>, raise: bool) -> PyResult<Value> {
    match r {
        Some(i) => Ok(Value::from(i)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

pub fn find(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = search(vm, &a, "str.find", false)?;
    found_or(vm, r, false)
}

pub fn rfind(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = search(vm, &a, "str.rfind", true)?;
    found_or(vm, r, false)
}

pub fn index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = search(vm, &a, "str.index", false)?;
    found_or(vm, r, true)
}

pub fn rindex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = search(vm, &a, "str.rindex", true)?;
    found_or(vm, r, true)
}

pub fn count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.count")?;
    let args = var_args(vm, &a, "str.count", 1, 3)?;
    let range = bounds(vm, args.get(1), args.get(2), s.char_len())?;
    let sub = str_arg(vm, &args[0])?;
    let Some((_, bs, be)) = window(s, range, sub.char_len()) else {
        return Ok(Value::Int(0));
    };
    if sub.char_len() == 0 {
        return Ok(Value::from(char_idx(s, bs, be) + 1));
    }
    let hay = &s.as_str().as_bytes()[bs..be];
    Ok(Value::from(find::count(
        hay,
        sub.as_str().as_bytes(),
        usize::MAX,
    )))
}

fn tail_match(vm: &mut Vm, a: Args<'_>, qual: &str, suffix: bool) -> PyResult<Value> {
    let name = &qual[4..];
    let s = str_self(vm, &a, qual)?;
    let args = var_args(vm, &a, qual, 1, 3)?;
    let (st, en) = bounds(vm, args.get(1), args.get(2), s.char_len())?;
    let hay = if en >= st {
        &s.as_str().as_bytes()[byte_off(s, st)..byte_off(s, en)]
    } else {
        &[]
    };
    let hit = |p: &PyStr| {
        let pb = p.as_str().as_bytes();
        en >= st
            && en - st >= p.char_len()
            && if suffix {
                hay.ends_with(pb)
            } else {
                hay.starts_with(pb)
            }
    };
    match args[0].payload() {
        Some(Payload::Str(p)) => Ok(Value::Bool(hit(p))),
        Some(Payload::Tuple(t)) => {
            // Items are checked as they come, as in CPython: a match ends the scan.
            for x in t.iter() {
                match x.as_pystr() {
                    Some(p) if hit(p) => return Ok(Value::Bool(true)),
                    Some(_) => {}
                    None => {
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            type_name_of(x)
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name_of(&args[0])
        ))),
    }
}

pub fn startswith(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    tail_match(vm, a, "str.startswith", false)
}

pub fn endswith(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    tail_match(vm, a, "str.endswith", true)
}

pub fn replace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.replace")?;
    let args = pos_args(vm, &a, "str.replace", 2, 3)?;
    let arg = |vm: &Vm, i: usize| {
        args[i].as_pystr().ok_or_else(|| {
            vm.type_error(format!(
                "replace() argument {} must be str, not {}",
                i + 1,
                arg_type(&args[i])
            ))
        })
    };
    let (old, new) = (arg(vm, 0)?, arg(vm, 1)?);
    let max = match args.get(2) {
        Some(c) => usize::try_from(int_arg(vm, c)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    if old.char_len() == 0 {
        return insert_between(vm, &a.pos[0], s, new.as_str(), max);
    }
    let (hay, o, n) = (
        s.as_str().as_bytes(),
        old.as_str().as_bytes(),
        new.as_str().as_bytes(),
    );
    match find::replace(hay, o, n, max, MAX_BUILD) {
        Replaced::Unchanged => Ok(same(&a.pos[0], s)),
        Replaced::TooBig => Err(vm.new_error("MemoryError", "")),
        Replaced::Done(v) => {
            Ok(Value::str(String::from_utf8(v).unwrap_or_else(|e| {
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            })))
        }
    }
}

/// `s.replace('', new, max)`: `new` before each character and at the end.
fn insert_between(vm: &Vm, recv: &Value, s: &PyStr, new: &str, max: usize) -> PyResult<Value> {
    let n = max.min(s.char_len() + 1);
    if n == 0 {
        return Ok(same(recv, s));
    }
    let size = new
        .len()
        .checked_mul(n)
        .and_then(|x| x.checked_add(s.as_str().len()));
    check_build(vm, size.unwrap_or(usize::MAX))?;
    let mut out = String::with_capacity(size.unwrap_or(0));
    let mut done = 0;
    for c in s.as_str().chars() {
        if done < n {
            out.push_str(new);
            done += 1;
        }
        out.push(c);
    }
    if done < n {
        out.push_str(new);
    }
    Ok(Value::str(out))
}

fn part(vm: &mut Vm, a: Args<'_>, qual: &str, rev: bool) -> PyResult<Value> {
    let s = str_self(vm, &a, qual)?;
    let sep = str_arg(vm, one_arg(vm, &a, qual)?)?;
    if sep.char_len() == 0 {
        return Err(vm.value_error("empty separator"));
    }
    let (hay, sb) = (s.as_str().as_bytes(), sep.as_str().as_bytes());
    let pos = if rev {
        find::rfind(hay, sb)
    } else {
        find::find(hay, sb)
    };
    let empty = || Value::str("");
    let items = match pos {
        Some(p) => {
            let t = s.as_str();
            vec![
                piece(vm, &t[..p]),
                a.pos[1].clone(),
                piece(vm, &t[p + sb.len()..]),
            ]
        }
        None if rev => vec![empty(), empty(), same(&a.pos[0], s)],
        None => vec![same(&a.pos[0], s), empty(), empty()],
    };
    Ok(Value::tuple(items))
}

pub fn partition(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    part(vm, a, "str.partition", false)
}

pub fn rpartition(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    part(vm, a, "str.rpartition", true)
}

fn remove_affix(vm: &mut Vm, a: Args<'_>, qual: &str, suffix: bool) -> PyResult<Value> {
    let s = str_self(vm, &a, qual)?;
    let v = one_arg(vm, &a, qual)?;
    let Some(x) = v.as_pystr() else {
        return Err(vm.type_error(format!(
            "{}() argument must be str, not {}",
            &qual[4..],
            arg_type(v)
        )));
    };
    let (t, x) = (s.as_str(), x.as_str());
    let rest = if suffix {
        t.strip_suffix(x)
    } else {
        t.strip_prefix(x)
    };
    Ok(match rest {
        Some(r) if !x.is_empty() => Value::str(r),
        _ => same(&a.pos[0], s),
    })
}

pub fn removeprefix(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, a, "str.removeprefix", false)
}

pub fn removesuffix(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, a, "str.removesuffix", true)
}

/// Joins `items` with `sep`, or reports the first non-str item.
fn join_items(sep: &str, items: &[Value]) -> Result<String, (usize, String)> {
    let mut size = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, v) in items.iter().enumerate() {
        match v.as_str() {
            Some(t) => size = size.saturating_add(t.len()),
            None => return Err((i, type_name_of(v).to_string())),
        }
    }
    if size > MAX_BUILD {
        return Err((usize::MAX, String::new()));
    }
    let mut out = String::with_capacity(size);
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(v.as_str().unwrap_or(""));
    }
    Ok(out)
}

pub fn join(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.join")?;
    let it = one_arg(vm, &a, "str.join")?;
    let sep = s.as_str();
    let r = match it.payload() {
        // The list stays locked only while its items are read: nothing here calls Python.
        Some(Payload::List(l)) => {
            let g = l.lock();
            if let [one] = g.as_slice() {
                if is_exact_str(one) {
                    return Ok(one.clone());
                }
            }
            join_items(sep, &g)
        }
        Some(Payload::Tuple(t)) => {
            if let [one] = &t[..] {
                if is_exact_str(one) {
                    return Ok(one.clone());
                }
            }
            join_items(sep, t)
        }
        _ => {
            let items = match vm.iter(it) {
                Ok(i) => i,
                Err(e) if vm.exc_matches(&e, "TypeError") => {
                    return Err(vm.type_error("can only join an iterable"))
                }
                Err(e) => return Err(e),
            };
            let mut v = Vec::new();
            while let Some(x) = vm.next(&items)? {
                v.push(x);
            }
            join_items(sep, &v)
        }
    };
    match r {
        Ok(out) => Ok(Value::str(out)),
        Err((usize::MAX, _)) => Err(vm.new_error("MemoryError", "")),
        Err((i, t)) => Err(vm.type_error(format!(
            "sequence item {i}: expected str instance, {t} found"
        ))),
    }
}
