//! bytearray's mutating methods: `append`, `extend`, `insert`, `pop`, `remove`,
//! `reverse`, `clear`, `copy`, item and slice assignment and deletion, `+=` and `*=`.
//!
//! Arguments are converted first (that may run Python code and may read this very
//! bytearray); the lock is taken only to apply the finished change.

use super::{buf_of, byte_value};
use crate::builtins::str_methods::args::{
    bad_receiver, check_build, int_arg, no_args, one_arg, pos_args,
};
use crate::object::{ObjRef, Payload};
use crate::objects::seq::{index_of, resolve_slice};
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use parking_lot::Mutex;

const BYTE_RANGE: &str = "byte must be in range(0, 256)";

/// The receiver's buffer (a bytearray or a subclass instance).
fn ba<'a>(vm: &Vm, a: &Args<'a>, qual: &str) -> PyResult<&'a Mutex<Vec<u8>>> {
    match a.pos.first() {
        Some(v) => match v.payload() {
            Some(Payload::ByteArray(b)) => Ok(b),
            _ => Err(bad_receiver(vm, v, qual)),
        },
        None => Err(vm.type_error(format!("unbound method {qual}() needs an argument"))),
    }
}

pub fn append(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = ba(vm, &a, "bytearray.append")?;
    let x = one_arg(vm, &a, "bytearray.append")?;
    let x = byte_value(vm, x, BYTE_RANGE)?;
    b.lock().push(x);
    Ok(Value::None)
}

/// The bytes an iterable of ints (or a bytes-like object) stands for.
fn int_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = buf_of(v) {
        return Ok(d.into_owned());
    }
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        out.push(byte_value(vm, x, BYTE_RANGE)?);
    }
    Ok(out)
}

pub fn extend(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = ba(vm, &a, "bytearray.extend")?;
    let src = one_arg(vm, &a, "bytearray.extend")?;
    if buf_of(src).is_none() && vm.iter(src).is_err() {
        return Err(vm.type_error(format!("can't extend bytearray with {}", type_name_of(src))));
    }
    let data = int_items(vm, src)?;
    b.lock().extend_from_slice(&data);
    Ok(Value::None)
}

pub fn insert(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = ba(vm, &a, "bytearray.insert")?;
    let args = pos_args(vm, &a, "bytearray.insert", 2, 2)?;
    let i = int_arg(vm, &args[0])?;
    let x = byte_value(vm, &args[1], BYTE_RANGE)?;
    let mut g = b.lock();
    let n = g.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    g.insert(at as usize, x);
    Ok(Value::None)
}

pub fn pop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = ba(vm, &a, "bytearray.pop")?;
    let args = pos_args(vm, &a, "bytearray.pop", 0, 1)?;
    let i = match args.first() {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let mut g = b.lock();
    if g.is_empty() {
        drop(g);
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let n = g.len() as i64;
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        drop(g);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(Value::Int(g.remove(at as usize) as i64))
}

pub fn remove(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = ba(vm, &a, "bytearray.remove")?;
    let x = one_arg(vm, &a, "bytearray.remove")?;
    let x = byte_value(vm, x, BYTE_RANGE)?;
    let mut g = b.lock();
    match g.iter().position(|&c| c == x) {
        Some(p) => {
            g.remove(p);
            Ok(Value::None)
        }
        None => {
            drop(g);
            Err(vm.value_error("value not found in bytearray"))
        }
    }
}

pub fn reverse(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = ba(vm, &a, "bytearray.reverse")?;
    no_args(vm, &a, "bytearray.reverse")?;
    b.lock().reverse();
    Ok(Value::None)
}

pub fn clear(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = ba(vm, &a, "bytearray.clear")?;
    no_args(vm, &a, "bytearray.clear")?;
    b.lock().clear();
    Ok(Value::None)
}

pub fn copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = ba(vm, &a, "bytearray.copy")?;
    no_args(vm, &a, "bytearray.copy")?;
    let data = b.lock().clone();
    Ok(Value::obj(Payload::ByteArray(Mutex::new(data))))
}

fn bad_key(vm: &Vm, key: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "bytearray indices must be integers or slices, not {}",
        type_name_of(key)
    ))
}

/// `target[key] = value` for a bytearray `target` (int or slice key).
pub fn assign(vm: &mut Vm, target: &ObjRef, key: &Value, value: &Value) -> PyResult<()> {
    let Payload::ByteArray(b) = &target.payload else {
        return Err(bad_receiver(
            vm,
            &Value::Obj(target.clone()),
            "bytearray.__setitem__",
        ));
    };
    if let Some(Payload::Slice { start, stop, step }) = key.payload() {
        if crate::objects::int::is_int(value) || value.as_str().is_some() {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        let data = match int_items(vm, value) {
            Ok(d) => d,
            Err(e) if vm.exc_matches(&e, "TypeError") && vm.iter(value).is_err() => {
                return Err(vm.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ))
            }
            Err(e) => return Err(e),
        };
        let len = b.lock().len();
        let s = resolve_slice(vm, start, stop, step, len)?;
        let mut g = b.lock();
        if s.step == 1 {
            let lo = (s.start.max(0) as usize).min(g.len());
            let hi = (lo + s.len).min(g.len());
            g.splice(lo..hi, data);
            return Ok(());
        }
        if data.len() != s.len {
            drop(g);
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                data.len(),
                s.len
            )));
        }
        for (i, x) in s.indices().zip(data) {
            if let Some(slot) = g.get_mut(i) {
                *slot = x;
            }
        }
        return Ok(());
    }
    let Some(i) = index_of(vm, key)? else {
        return Err(bad_key(vm, key));
    };
    let x = byte_value(vm, value, BYTE_RANGE)?;
    let mut g = b.lock();
    let n = g.len() as i64;
    let at = if i < 0 { i + n } else { i };
    match usize::try_from(at).ok().and_then(|at| g.get_mut(at)) {
        Some(slot) => {
            *slot = x;
            Ok(())
        }
        None => {
            drop(g);
            Err(vm.index_error("bytearray index out of range"))
        }
    }
}

pub fn setitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    ba(vm, &a, "bytearray.__setitem__")?;
    let args = pos_args(vm, &a, "bytearray.__setitem__", 2, 2)?;
    if let Some(o) = a.pos[0].as_obj() {
        assign(vm, &o.clone(), &args[0], &args[1])?;
    }
    Ok(Value::None)
}

pub fn delitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = ba(vm, &a, "bytearray.__delitem__")?;
    let key = one_arg(vm, &a, "bytearray.__delitem__")?;
    let len = b.lock().len();
    if let Some(Payload::Slice { start, stop, step }) = key.payload() {
        let s = resolve_slice(vm, start, stop, step, len)?;
        let mut drop_at = vec![false; len];
        for i in s.indices() {
            if let Some(d) = drop_at.get_mut(i) {
                *d = true;
            }
        }
        let mut g = b.lock();
        let mut k = 0;
        g.retain(|_| {
            k += 1;
            !drop_at.get(k - 1).copied().unwrap_or(false)
        });
        return Ok(Value::None);
    }
    let Some(i) = index_of(vm, key)? else {
        return Err(bad_key(vm, key));
    };
    let mut g = b.lock();
    let n = g.len() as i64;
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        drop(g);
        return Err(vm.index_error("bytearray index out of range"));
    }
    g.remove(at as usize);
    Ok(Value::None)
}

pub fn iadd(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = ba(vm, &a, "bytearray.__iadd__")?;
    let other = one_arg(vm, &a, "bytearray.__iadd__")?;
    let Some(data) = buf_of(other) else {
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            type_name_of(other),
            type_name_of(&a.pos[0])
        )));
    };
    let data = data.into_owned();
    b.lock().extend_from_slice(&data);
    Ok(a.pos[0].clone())
}

pub fn imul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = ba(vm, &a, "bytearray.__imul__")?;
    let n = one_arg(vm, &a, "bytearray.__imul__")?;
    let n = usize::try_from(int_arg(vm, n)?).unwrap_or(0);
    let len = b.lock().len();
    check_build(vm, len.saturating_mul(n))?;
    let mut g = b.lock();
    let once = g.clone();
    g.clear();
    for _ in 0..n {
        g.extend_from_slice(&once);
    }
    Ok(a.pos[0].clone())
}
