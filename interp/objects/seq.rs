//! Sequences and mappings: indexing and slicing of list/tuple/str/bytes/range, item
//! assignment and deletion for list/dict/bytearray, concatenation and repetition, set
//! algebra operators, and lexicographic comparison.

use crate::grammar::ast::BinOp;
use crate::object::{ObjRef, Payload};
use crate::objects::set::SetData;
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_traits::ToPrimitive;

/// A resolved slice over a sequence of length `len`: start, stop, step and item count.
pub struct SliceIdx {
    pub start: i64,
    /// The clamped stop index (as `slice.indices` gives it).
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

/// An index value as i64 (ints, bools, `__index__`).
pub fn index_of(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    Ok(match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(b.to_i64().unwrap_or(
                if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                },
            )),
            _ => match vm.call_special(v, "__index__", &[])? {
                Some(Value::Int(i)) => Some(i),
                _ => None,
            },
        },
        _ => None,
    })
}

/// Resolve `slice` against a length, as `slice.indices` does.
pub fn resolve_slice(
    vm: &mut Vm,
    start: &Value,
    stop: &Value,
    step: &Value,
    len: usize,
) -> PyResult<SliceIdx> {
    let n = len as i64;
    let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        match index_of(vm, v)? {
            Some(i) => Ok(Some(i)),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let step = get(vm, step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lo, hi) = if step < 0 { (-1, n - 1) } else { (0, n) };
    let clamp = |i: i64| -> i64 {
        if i < 0 {
            (i + n).max(lo)
        } else {
            i.min(hi)
        }
    };
    let start = get(vm, start)?.map_or(if step < 0 { hi } else { lo }, clamp);
    let stop = get(vm, stop)?.map_or(if step < 0 { lo } else { hi }, clamp);
    let count = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok(SliceIdx {
        start,
        stop,
        step,
        len: count as usize,
    })
}

fn norm_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    if let Some(Payload::BigInt(_)) = key.payload() {
        return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
    }
    let Some(i) = index_of(vm, key)? else {
        return Ok(None);
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error(if what.is_empty() {
            "index out of range".to_string()
        } else {
            format!("{what} index out of range")
        }));
    }
    Ok(Some(j as usize))
}

fn bad_index(vm: &Vm, what: &str, key: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "{what} indices must be integers or slices, not {}",
        type_name_of(key)
    ))
}

pub fn getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    if let Some(Payload::Slice { start, stop, step }) = key.payload() {
        let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
        return slice_get(vm, o, &start, &stop, &step);
    }
    Ok(Some(match &o.payload {
        Payload::List(l) => {
            let len = l.lock().len();
            let Some(i) = norm_index(vm, key, len, "list")? else {
                return Err(bad_index(vm, "list", key));
            };
            match l.lock().get(i) {
                Some(v) => v.clone(),
                None => return Err(vm.index_error("list index out of range")),
            }
        }
        Payload::Tuple(t) => {
            let Some(i) = norm_index(vm, key, t.len(), "tuple")? else {
                return Err(bad_index(vm, "tuple", key));
            };
            t[i].clone()
        }
        Payload::Str(s) => {
            let Some(i) = norm_index(vm, key, s.char_len(), "string")? else {
                return Err(vm.type_error(format!(
                    "string indices must be integers, not '{}'",
                    type_name_of(key)
                )));
            };
            vm.char_str(s.char_at(i).unwrap_or(' '))
        }
        Payload::Bytes(b) => {
            let Some(i) = norm_index(vm, key, b.len(), "")? else {
                return Err(bad_index(vm, "byte", key));
            };
            Value::Int(b[i] as i64)
        }
        Payload::ByteArray(b) => {
            let len = b.lock().len();
            let Some(i) = norm_index(vm, key, len, "bytearray")? else {
                return Err(bad_index(vm, "bytearray", key));
            };
            Value::Int(b.lock().get(i).copied().unwrap_or(0) as i64)
        }
        Payload::Range { start, stop, step } => {
            let len = crate::objects::range_len(*start, *stop, *step);
            let Some(i) = norm_index(vm, key, len, "range object")? else {
                return Err(bad_index(vm, "range", key));
            };
            Value::Int(start + i as i64 * step)
        }
        Payload::Dict(d) => match d.get(vm, key)? {
            Some(v) => v,
            None => {
                if o.cls.is_some() {
                    if let Some(r) = vm.call_special(
                        &Value::Obj(o.clone()),
                        "__missing__",
                        std::slice::from_ref(key),
                    )? {
                        return Ok(Some(r));
                    }
                }
                return Err(vm.key_error(key.clone()));
            }
        },
        _ => return Ok(None),
    }))
}

fn slice_get(
    vm: &mut Vm,
    o: &ObjRef,
    start: &Value,
    stop: &Value,
    step: &Value,
) -> PyResult<Option<Value>> {
    Ok(Some(match &o.payload {
        Payload::List(l) => {
            let items = l.lock().clone();
            let s = resolve_slice(vm, start, stop, step, items.len())?;
            Value::list(s.indices().map(|i| items[i].clone()).collect())
        }
        Payload::Tuple(t) => {
            let s = resolve_slice(vm, start, stop, step, t.len())?;
            if s.step == 1 && s.len == t.len() && o.cls.is_none() {
                return Ok(Some(Value::Obj(o.clone())));
            }
            Value::tuple(s.indices().map(|i| t[i].clone()).collect())
        }
        Payload::Str(st) => {
            let s = resolve_slice(vm, start, stop, step, st.char_len())?;
            if s.step == 1 {
                crate::objects::str::new_str(st.substr(s.start as usize, s.start as usize + s.len))
            } else if st.is_ascii() {
                let b = st.as_str().as_bytes();
                Value::str(s.indices().map(|i| b[i] as char).collect::<String>())
            } else {
                let chars: Vec<char> = st.as_str().chars().collect();
                Value::str(s.indices().map(|i| chars[i]).collect::<String>())
            }
        }
        Payload::Bytes(b) => {
            let s = resolve_slice(vm, start, stop, step, b.len())?;
            Value::obj(Payload::Bytes(s.indices().map(|i| b[i]).collect()))
        }
        Payload::ByteArray(b) => {
            let data = b.lock().clone();
            let s = resolve_slice(vm, start, stop, step, data.len())?;
            Value::obj(Payload::ByteArray(parking_lot::Mutex::new(
                s.indices().map(|i| data[i]).collect(),
            )))
        }
        Payload::Range {
            start: a,
            stop: _,
            step: st,
        } => {
            let len = crate::objects::range_len(
                *a,
                match &o.payload {
                    Payload::Range { stop, .. } => *stop,
                    _ => 0,
                },
                *st,
            );
            let s = resolve_slice(vm, start, stop, step, len)?;
            let new_start = a + s.start * st;
            let new_step = st * s.step;
            // As CPython: the slice's own (clamped) stop, mapped into the range.
            let new_stop = a + s.stop * st;
            Value::obj(Payload::Range {
                start: new_start,
                stop: new_stop,
                step: new_step,
            })
        }
        _ => return Ok(None),
    }))
}

pub fn setitem(vm: &mut Vm, o: &ObjRef, key: &Value, v: &Value) -> PyResult<bool> {
    match &o.payload {
        Payload::List(l) => {
            if let Some(Payload::Slice { start, stop, step }) = key.payload() {
                let items = vm.collect(v)?;
                let len = l.lock().len();
                let s = resolve_slice(vm, start, stop, step, len)?;
                let mut g = l.lock();
                if s.step == 1 {
                    let a = (s.start as usize).min(g.len());
                    let b = (a + s.len).min(g.len());
                    g.splice(a..b, items);
                } else {
                    if items.len() != s.len {
                        drop(g);
                        return Err(vm.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            s.len
                        )));
                    }
                    for (i, it) in s.indices().zip(items) {
                        if let Some(slot) = g.get_mut(i) {
                            *slot = it;
                        }
                    }
                }
                return Ok(true);
            }
            let len = l.lock().len();
            let Some(i) = norm_index(vm, key, len, "list assignment")? else {
                return Err(bad_index(vm, "list", key));
            };
            let old = {
                let mut g = l.lock();
                match g.get_mut(i) {
                    Some(slot) => Some(std::mem::replace(slot, v.clone())),
                    None => None,
                }
            };
            if old.is_none() {
                return Err(vm.index_error("list assignment index out of range"));
            }
            Ok(true)
        }
        Payload::Dict(d) => {
            d.set_ref(vm, key, v.clone())?;
            Ok(true)
        }
        Payload::ByteArray(_) => {
            crate::builtins::bytes_methods::mutate::assign(vm, o, key, v)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

pub fn delitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult<bool> {
    match &o.payload {
        Payload::List(l) => {
            if let Some(Payload::Slice { start, stop, step }) = key.payload() {
                let len = l.lock().len();
                let s = resolve_slice(vm, start, stop, step, len)?;
                let mut idx: Vec<usize> = s.indices().collect();
                idx.sort_unstable();
                let removed: Vec<Value> = {
                    let mut g = l.lock();
                    let mut out = Vec::new();
                    for i in idx.into_iter().rev() {
                        if i < g.len() {
                            out.push(g.remove(i));
                        }
                    }
                    out
                };
                drop(removed);
                return Ok(true);
            }
            let len = l.lock().len();
            let Some(i) = norm_index(vm, key, len, "list assignment")? else {
                return Err(bad_index(vm, "list", key));
            };
            let removed = {
                let mut g = l.lock();
                (i < g.len()).then(|| g.remove(i))
            };
            if removed.is_none() {
                return Err(vm.index_error("list assignment index out of range"));
            }
            Ok(true)
        }
        Payload::Dict(d) => match d.remove(vm, key)? {
            Some(_) => Ok(true),
            None => Err(vm.key_error(key.clone())),
        },
        _ => Ok(false),
    }
}

/// The bytes of a bytes-like value.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.lock().clone()),
        _ => None,
    }
}

pub fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    Ok(match n {
        Value::Int(i) => Some((*i).max(0) as usize),
        Value::Bool(b) => Some(*b as usize),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => {
                if b.sign() == num_bigint::Sign::Minus {
                    Some(0)
                } else {
                    return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
            }
            _ => None,
        },
        _ => None,
    })
}

fn check_size(vm: &Vm, unit: usize, n: usize) -> PyResult<()> {
    if unit.saturating_mul(n) > (1usize << 34) {
        return Err(vm.new_error("MemoryError", ""));
    }
    Ok(())
}

/// `+`, `*`, `%` on sequences and set algebra on sets; `None` when not applicable.
pub fn seq_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if let Some(r) = crate::builtins::set_methods::set_binop(vm, a, b, op)? {
        return Ok(Some(r));
    }
    if let Some(r) = crate::builtins::set_methods::set_binop(vm, a, b, op)? {
        return Ok(Some(r));
    }
    let (Some(pa), pb) = (a.payload(), b.payload()) else {
        // int * sequence
        if op == BinOp::Mult && b.payload().is_some() && crate::objects::int::is_int(a) {
            return seq_binop(vm, b, a, op);
        }
        return Ok(None);
    };
    match (op, pa, pb) {
        (BinOp::Add, Payload::Str(x), Some(Payload::Str(y))) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Ok(Some(Value::str(s)))
        }
        (BinOp::Add, Payload::List(x), Some(Payload::List(y))) => {
            let mut v = x.lock().clone();
            v.extend(y.lock().iter().cloned());
            Ok(Some(Value::list(v)))
        }
        (BinOp::Add, Payload::Tuple(x), Some(Payload::Tuple(y))) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Ok(Some(Value::tuple(v)))
        }
        (BinOp::Add, Payload::Bytes(_) | Payload::ByteArray(_), _) => {
            let Some(y) = bytes_of(b) else {
                return Ok(None);
            };
            let mut x = bytes_of(a).unwrap_or_default();
            x.extend(y);
            Ok(Some(if matches!(pa, Payload::ByteArray(_)) {
                Value::obj(Payload::ByteArray(parking_lot::Mutex::new(x)))
            } else {
                Value::obj(Payload::Bytes(x.into_boxed_slice()))
            }))
        }
        (
            BinOp::Mult,
            Payload::Str(_)
            | Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_),
            _,
        ) => {
            let Some(n) = repeat_count(vm, b)? else {
                if b.payload().is_some() && crate::objects::int::is_int(b) {
                    return Ok(None);
                }
                return Ok(None);
            };
            Ok(Some(match pa {
                Payload::Str(s) => {
                    check_size(vm, s.as_str().len(), n)?;
                    Value::str(s.as_str().repeat(n))
                }
                Payload::List(l) => {
                    let items = l.lock().clone();
                    check_size(vm, items.len() * 16, n)?;
                    let mut v = Vec::with_capacity(items.len() * n);
                    for _ in 0..n {
                        v.extend(items.iter().cloned());
                    }
                    Value::list(v)
                }
                Payload::Tuple(t) => {
                    check_size(vm, t.len() * 16, n)?;
                    let mut v = Vec::with_capacity(t.len() * n);
                    for _ in 0..n {
                        v.extend(t.iter().cloned());
                    }
                    Value::tuple(v)
                }
                Payload::Bytes(x) => {
                    check_size(vm, x.len(), n)?;
                    Value::obj(Payload::Bytes(x.repeat(n).into_boxed_slice()))
                }
                Payload::ByteArray(x) => {
                    let data = x.lock().clone();
                    check_size(vm, data.len(), n)?;
                    Value::obj(Payload::ByteArray(parking_lot::Mutex::new(data.repeat(n))))
                }
                _ => return Ok(None),
            }))
        }
        (BinOp::Mod, Payload::Str(s), _) => {
            let s = s.as_str().to_string();
            crate::builtins::strformat::percent_format(vm, &s, b).map(Some)
        }
        (
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
            Payload::Set(x) | Payload::FrozenSet(x),
            Some(Payload::Set(y) | Payload::FrozenSet(y)),
        ) => {
            let r = set_op(vm, x, y, op)?;
            Ok(Some(if matches!(pa, Payload::FrozenSet(_)) {
                Value::obj(Payload::FrozenSet(Box::new(r)))
            } else {
                Value::obj(Payload::Set(Box::new(r)))
            }))
        }
        (BinOp::BitOr, Payload::Dict(x), Some(Payload::Dict(y))) => {
            let d = x.copy();
            for (k, v) in y.items() {
                d.set(vm, k, v)?;
            }
            Ok(Some(Value::obj(Payload::Dict(Box::new(d)))))
        }
        _ => Ok(None),
    }
}

/// Set algebra producing a new set.
pub fn set_op(vm: &mut Vm, x: &SetData, y: &SetData, op: BinOp) -> PyResult<SetData> {
    let out = SetData::new();
    match op {
        BinOp::BitOr => {
            for (h, v) in x.hashed_items() {
                out.insert_hashed(h, v);
            }
            for v in y.items() {
                out.add(vm, v)?;
            }
        }
        BinOp::BitAnd => {
            for v in x.items() {
                if y.contains(vm, &v)? {
                    out.add(vm, v)?;
                }
            }
        }
        BinOp::Sub => {
            for v in x.items() {
                if !y.contains(vm, &v)? {
                    out.add(vm, v)?;
                }
            }
        }
        _ => {
            for v in x.items() {
                if !y.contains(vm, &v)? {
                    out.add(vm, v)?;
                }
            }
            for v in y.items() {
                if !x.contains(vm, &v)? {
                    out.add(vm, v)?;
                }
            }
        }
    }
    Ok(out)
}

/// Mutating in-place operators: list `+=`/`*=`, set `|= &= -= ^=`, dict `|=`.
pub fn inplace_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if let Some(r) = crate::builtins::set_methods::set_inplace(vm, a, b, op)? {
        return Ok(Some(r));
    }
    if let Some(r) = crate::builtins::set_methods::set_inplace(vm, a, b, op)? {
        return Ok(Some(r));
    }
    let Some(pa) = a.payload() else {
        return Ok(None);
    };
    match (op, pa) {
        (BinOp::Add, Payload::List(l)) => {
            let items = vm.collect(b)?;
            l.lock().extend(items);
            Ok(Some(a.clone()))
        }
        (BinOp::Mult, Payload::List(l)) => {
            let Some(n) = repeat_count(vm, b)? else {
                return Ok(None);
            };
            let len = l.lock().len();
            check_size(vm, len * 16, n)?;
            let mut g = l.lock();
            let items = g.clone();
            g.clear();
            for _ in 0..n {
                g.extend(items.iter().cloned());
            }
            Ok(Some(a.clone()))
        }
        (BinOp::Add, Payload::ByteArray(x)) => {
            let Some(y) = bytes_of(b) else {
                return Ok(None);
            };
            x.lock().extend(y);
            Ok(Some(a.clone()))
        }
        (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Payload::Set(x)) => {
            let Some(Payload::Set(y) | Payload::FrozenSet(y)) = b.payload() else {
                return Ok(None);
            };
            let r = set_op(vm, x, y, op)?;
            x.clear();
            for (h, v) in r.hashed_items() {
                x.insert_hashed(h, v);
            }
            Ok(Some(a.clone()))
        }
        (BinOp::BitOr, Payload::Dict(_)) => {
            crate::builtins::core::dict_update_from(vm, a, b)?;
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

/// Comparisons of str/bytes/list/tuple (lexicographic) and sets (subset order).
pub fn seq_compare(vm: &mut Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<bool>> {
    if let Some(r) = crate::builtins::set_methods::set_compare(vm, a, b, op)? {
        return Ok(Some(r));
    }
    if let Some(r) = crate::builtins::set_methods::set_compare(vm, a, b, op)? {
        return Ok(Some(r));
    }
    use std::cmp::Ordering;
    let (Some(pa), Some(pb)) = (a.payload(), b.payload()) else {
        return Ok(match (a, b) {
            (Value::None, Value::None) => match op {
                2 => Some(true),
                3 => Some(false),
                _ => None,
            },
            _ => None,
        });
    };
    let ord_to = |o: Ordering| match op {
        0 => o == Ordering::Less,
        1 => o != Ordering::Greater,
        2 => o == Ordering::Equal,
        3 => o != Ordering::Equal,
        4 => o == Ordering::Greater,
        _ => o != Ordering::Less,
    };
    match (pa, pb) {
        (Payload::Str(x), Payload::Str(y)) => Ok(Some(ord_to(x.as_str().cmp(y.as_str())))),
        (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let (x, y) = (
                bytes_of(a).unwrap_or_default(),
                bytes_of(b).unwrap_or_default(),
            );
            Ok(Some(ord_to(x.cmp(&y))))
        }
        (Payload::List(_), Payload::List(_)) | (Payload::Tuple(_), Payload::Tuple(_)) => {
            let (x, y) = match (pa, pb) {
                (Payload::List(x), Payload::List(y)) => (x.lock().clone(), y.lock().clone()),
                (Payload::Tuple(x), Payload::Tuple(y)) => (x.to_vec(), y.to_vec()),
                _ => return Ok(None),
            };
            for (p, q) in x.iter().zip(y.iter()) {
                if p.is(q) || vm.eq(p, q)? {
                    continue;
                }
                return match op {
                    2 => Ok(Some(false)),
                    3 => Ok(Some(true)),
                    _ => {
                        let r = vm.compare(p, q, op)?;
                        Ok(Some(vm.truthy(&r)?))
                    }
                };
            }
            Ok(Some(ord_to(x.len().cmp(&y.len()))))
        }
        (Payload::Set(x) | Payload::FrozenSet(x), Payload::Set(y) | Payload::FrozenSet(y)) => {
            let sub = |vm: &mut Vm, p: &SetData, q: &SetData| -> PyResult<bool> {
                for v in p.items() {
                    if !q.contains(vm, &v)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
            let (lx, ly) = (x.len(), y.len());
            Ok(Some(match op {
                0 => lx < ly && sub(vm, x, y)?,
                1 => sub(vm, x, y)?,
                2 => lx == ly && sub(vm, x, y)?,
                3 => !(lx == ly && sub(vm, x, y)?),
                4 => lx > ly && sub(vm, y, x)?,
                _ => sub(vm, y, x)?,
            }))
        }
        (Payload::Dict(x), Payload::Dict(y)) if op == 2 || op == 3 => {
            let mut equal = x.len() == y.len();
            if equal {
                for (k, v) in x.items() {
                    match y.get(vm, &k)? {
                        Some(w) if w.is(&v) || vm.eq(&v, &w)? => {}
                        _ => {
                            equal = false;
                            break;
                        }
                    }
                }
            }
            Ok(Some(equal == (op == 2)))
        }
        (Payload::Range { .. }, Payload::Range { .. }) if op == 2 || op == 3 => {
            let (x, y) = (vm.collect(a)?, vm.collect(b)?);
            let mut equal = x.len() == y.len();
            if equal {
                for (p, q) in x.iter().zip(y.iter()) {
                    if !vm.eq(p, q)? {
                        equal = false;
                        break;
                    }
                }
            }
            Ok(Some(equal == (op == 2)))
        }
        _ => Ok(None),
    }
}
