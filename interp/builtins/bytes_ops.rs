//! bytes/bytearray methods that search and cut: `find`/`rfind`/`index`/`rindex`/`count`,
//! `startswith`/`endswith`, `replace`, `partition`/`rpartition`, `removeprefix`/
//! `removesuffix`, `join`, `split`/`rsplit`/`splitlines`, `strip`/`lstrip`/`rstrip`.
//!
//! The algorithms are `str_find`'s; positions are byte indices. Whitespace is ASCII
//! (`\t\n\x0b\x0c\r` and space), line breaks are `\n`, `\r` and `\r\n` only.

use super::{buf_arg, buf_of, qual, recv, same_or, Kind};
use crate::builtins::str_methods::args::{
    bounds, c_int_arg, index_arg, int_arg, kw_args, one_arg, pos_args, var_args, MAX_BUILD,
};
use crate::builtins::str_methods::find::{self, is_bytes_space, Replaced};
use crate::object::Payload;
use crate::objects::int::is_int;
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::borrow::Cow;

/// The needle of find/count/index: bytes-like or an int in range(256).
fn needle<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(b) = buf_of(v) {
        return Ok(b);
    }
    if is_int(v) || matches!(v.payload(), Some(Payload::BigInt(_))) {
        let i = index_arg(vm, v)?;
        return match u8::try_from(i) {
            Ok(b) => Ok(Cow::Owned(vec![b])),
            Err(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        };
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        type_name_of(v)
    )))
}

/// The byte window `[start, end)`, or `None` when a needle of `need` bytes can't fit.
fn window((st, en): (usize, usize), need: usize) -> Option<(usize, usize)> {
    (en >= st && en - st >= need).then_some((st, en))
}

fn search(vm: &mut Vm, a: &Args<'_>, name: &str, rev: bool) -> PyResult<Option<usize>> {
    let (data, kind) = recv(vm, a, name)?;
    let q = match name {
        "find" => qual!(kind, "find"),
        "rfind" => qual!(kind, "rfind"),
        "index" => qual!(kind, "index"),
        _ => qual!(kind, "rindex"),
    };
    let args = var_args(vm, a, q, 1, 3)?;
    // CPython reads the bounds before it checks the needle.
    let range = bounds(vm, args.get(1), args.get(2), data.len())?;
    let sub = needle(vm, &args[0])?;
    let Some((st, en)) = window(range, sub.len()) else {
        return Ok(None);
    };
    let hay = &data[st..en];
    let p = if rev {
        find::rfind(hay, &sub)
    } else {
        find::find(hay, &sub)
    };
    Ok(p.map(|p| p + st))
}

fn found_or(vm: &Vm, r: Option<usize>, raise: bool) -> PyResult<Value> {
    match r {
        Some(i) => Ok(Value::from(i)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

pub fn find(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = search(vm, &a, "find", false)?;
    found_or(vm, r, false)
}

pub fn rfind(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = search(vm, &a, "rfind", true)?;
    found_or(vm, r, false)
}

pub fn index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = search(vm, &a, "index", false)?;
    found_or(vm, r, true)
}

pub fn rindex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = search(vm, &a, "rindex", true)?;
    found_or(vm, r, true)
}

pub fn count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (data, kind) = recv(vm, &a, "count")?;
    let args = var_args(vm, &a, qual!(kind, "count"), 1, 3)?;
    let range = bounds(vm, args.get(1), args.get(2), data.len())?;
    let sub = needle(vm, &args[0])?;
    let Some((st, en)) = window(range, sub.len()) else {
        return Ok(Value::Int(0));
    };
    if sub.is_empty() {
        return Ok(Value::from(en - st + 1));
    }
    Ok(Value::from(find::count(&data[st..en], &sub, usize::MAX)))
}

fn tail_match(vm: &mut Vm, a: Args<'_>, suffix: bool) -> PyResult<Value> {
    let name = if suffix { "endswith" } else { "startswith" };
    let (data, kind) = recv(vm, &a, name)?;
    let q = if suffix {
        qual!(kind, "endswith")
    } else {
        qual!(kind, "startswith")
    };
    let args = var_args(vm, &a, q, 1, 3)?;
    let (st, en) = bounds(vm, args.get(1), args.get(2), data.len())?;
    let hay = if en >= st { &data[st..en] } else { &[] };
    let hit = |p: &[u8]| {
        en >= st
            && en - st >= p.len()
            && if suffix {
                hay.ends_with(p)
            } else {
                hay.starts_with(p)
            }
    };
    if let Some(Payload::Tuple(t)) = args[0].payload() {
        // Items are checked as they come, as in CPython: a match ends the scan.
        for x in t.iter() {
            if hit(&buf_arg(vm, x)?) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match buf_of(&args[0]) {
        Some(p) => Ok(Value::Bool(hit(&p))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name_of(&args[0])
        ))),
    }
}

pub fn startswith(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    tail_match(vm, a, false)
}

pub fn endswith(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    tail_match(vm, a, true)
}

pub fn replace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (data, kind) = recv(vm, &a, "replace")?;
    let args = pos_args(vm, &a, qual!(kind, "replace"), 2, 3)?;
    let old = buf_arg(vm, &args[0])?;
    let new = buf_arg(vm, &args[1])?;
    let max = match args.get(2) {
        Some(c) => usize::try_from(int_arg(vm, c)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    if old.is_empty() {
        let n = max.min(data.len() + 1);
        if n == 0 {
            return Ok(same_or(&a, kind, &data, &data));
        }
        let size = new.len().saturating_mul(n).saturating_add(data.len());
        if size > MAX_BUILD {
            return Err(vm.new_error("MemoryError", ""));
        }
        let mut out = Vec::with_capacity(size);
        for (i, &b) in data.iter().enumerate() {
            if i < n {
                out.extend_from_slice(&new);
            }
            out.push(b);
        }
        if data.len() < n {
            out.extend_from_slice(&new);
        }
        return Ok(kind.make(out));
    }
    match find::replace(&data, &old, &new, max, MAX_BUILD) {
        Replaced::Unchanged => Ok(same_or(&a, kind, &data, &data)),
        Replaced::TooBig => Err(vm.new_error("MemoryError", "")),
        Replaced::Done(v) => Ok(kind.make(v)),
    }
}

fn part(vm: &mut Vm, a: Args<'_>, rev: bool) -> PyResult<Value> {
    let (data, kind) = recv(vm, &a, if rev { "rpartition" } else { "partition" })?;
    let q = if rev {
        qual!(kind, "rpartition")
    } else {
        qual!(kind, "partition")
    };
    let sep = buf_arg(vm, one_arg(vm, &a, q)?)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let pos = if rev {
        find::rfind(&data, &sep)
    } else {
        find::find(&data, &sep)
    };
    let items = match pos {
        Some(p) => vec![
            kind.make(data[..p].to_vec()),
            // bytes hands back the separator object itself; bytearray a new bytearray.
            match kind {
                Kind::Bytes => a.pos[1].clone(),
                Kind::ByteArray => kind.make(sep.to_vec()),
            },
            kind.make(data[p + sep.len()..].to_vec()),
        ],
        None if rev => vec![
            kind.make(vec![]),
            kind.make(vec![]),
            same_or(&a, kind, &data, &data),
        ],
        None => vec![
            same_or(&a, kind, &data, &data),
            kind.make(vec![]),
            kind.make(vec![]),
        ],
    };
    Ok(Value::tuple(items))
}

pub fn partition(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    part(vm, a, false)
}

pub fn rpartition(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    part(vm, a, true)
}

fn remove_affix(vm: &mut Vm, a: Args<'_>, suffix: bool) -> PyResult<Value> {
    let (data, kind) = recv(
        vm,
        &a,
        if suffix {
            "removesuffix"
        } else {
            "removeprefix"
        },
    )?;
    let q = if suffix {
        qual!(kind, "removesuffix")
    } else {
        qual!(kind, "removeprefix")
    };
    let x = buf_arg(vm, one_arg(vm, &a, q)?)?;
    let rest = if suffix {
        data.strip_suffix(&x[..])
    } else {
        data.strip_prefix(&x[..])
    };
    Ok(match rest {
        Some(r) => same_or(&a, kind, &data, r),
        None => same_or(&a, kind, &data, &data),
    })
}

pub fn removeprefix(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, a, false)
}

pub fn removesuffix(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, a, true)
}

pub fn join(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (sep, kind) = recv(vm, &a, "join")?;
    let it = one_arg(vm, &a, qual!(kind, "join"))?;
    let items = match it.payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => vm.collect(it)?,
        _ => {
            let iter = match vm.iter(it) {
                Ok(i) => i,
                Err(e) if vm.exc_matches(&e, "TypeError") => {
                    return Err(vm.type_error("can only join an iterable"))
                }
                Err(e) => return Err(e),
            };
            let mut v = Vec::new();
            while let Some(x) = vm.next(&iter)? {
                v.push(x);
            }
            v
        }
    };
    let mut out = Vec::new();
    for (i, v) in items.iter().enumerate() {
        let Some(b) = buf_of(v) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name_of(v)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
        if out.len() > MAX_BUILD {
            return Err(vm.new_error("MemoryError", ""));
        }
    }
    Ok(kind.make(out))
}

fn do_split(vm: &mut Vm, a: Args<'_>, rev: bool) -> PyResult<Value> {
    let name = if rev { "rsplit" } else { "split" };
    let (data, kind) = recv(vm, &a, name)?;
    let [sep, max] = kw_args(vm, &a, name, ["sep", "maxsplit"], 1)?;
    // CPython converts `maxsplit` before it looks at `sep`.
    let max = match max {
        Some(m) => usize::try_from(int_arg(vm, m)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = buf_arg(vm, v)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let mut items = Vec::new();
    let mut push = |x: usize, y: usize| items.push(kind.make(data[x..y].to_vec()));
    match (&sep, rev) {
        (Some(s), false) => find::split_each(&data, s, max, &mut push),
        (Some(s), true) => find::rsplit_each(&data, s, max, &mut push),
        (None, false) => find::split_ws_each(&data, max, is_bytes_space, &mut push),
        (None, true) => find::rsplit_ws_each(&data, max, is_bytes_space, &mut push),
    }
    if rev {
        items.reverse();
    }
    Ok(Value::list(items))
}

pub fn split(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    do_split(vm, a, false)
}

pub fn rsplit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    do_split(vm, a, true)
}

pub fn splitlines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (data, kind) = recv(vm, &a, "splitlines")?;
    let [keep] = kw_args(vm, &a, "splitlines", ["keepends"], 1)?;
    let keep = match keep {
        Some(k) => c_int_arg(vm, k)? != 0,
        None => false,
    };
    let mut items = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < data.len() {
        let c = data[i];
        if c != b'\n' && c != b'\r' {
            i += 1;
            continue;
        }
        let mut next = i + 1;
        if c == b'\r' && data.get(next) == Some(&b'\n') {
            next += 1;
        }
        items.push(kind.make(data[start..if keep { next } else { i }].to_vec()));
        start = next;
        i = next;
    }
    if start < data.len() {
        items.push(kind.make(data[start..].to_vec()));
    }
    Ok(Value::list(items))
}

fn do_strip(
    vm: &mut Vm,
    a: Args<'_>,
    name: &'static str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (data, kind) = recv(vm, &a, name)?;
    let q = match (left, right) {
        (true, true) => qual!(kind, "strip"),
        (true, false) => qual!(kind, "lstrip"),
        _ => qual!(kind, "rstrip"),
    };
    let args = pos_args(vm, &a, q, 0, 1)?;
    let mut set = [false; 256];
    match args.first() {
        None | Some(Value::None) => {
            for b in [b' ', b'\t', b'\n', b'\r', 0x0b, 0x0c] {
                set[b as usize] = true;
            }
        }
        Some(v) => {
            for &b in buf_arg(vm, v)?.iter() {
                set[b as usize] = true;
            }
        }
    }
    let (mut x, mut y) = (0, data.len());
    if left {
        while x < y && set[data[x] as usize] {
            x += 1;
        }
    }
    if right {
        while y > x && set[data[y - 1] as usize] {
            y -= 1;
        }
    }
    Ok(same_or(&a, kind, &data, &data[x..y]))
}

pub fn strip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    do_strip(vm, a, "strip", true, true)
}

pub fn lstrip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    do_strip(vm, a, "lstrip", true, false)
}

pub fn rstrip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    do_strip(vm, a, "rstrip", false, true)
}
